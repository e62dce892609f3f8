#include "messagebox.h"

#include <QAbstractButton>

namespace candor {
namespace {
QStringList g_nextAnswers;
QString g_lastAnswered;
int g_asked = 0;
} // namespace

void MessageBox::setNextAnswer(const QString &buttonText)
{
    g_nextAnswers = QStringList{buttonText};
}

void MessageBox::setNextAnswers(const QStringList &buttonTexts)
{
    g_nextAnswers = buttonTexts;
}

QAbstractButton *MessageBox::ask(QMessageBox &box)
{
    ++g_asked;
    if (g_nextAnswers.isEmpty()) {
        box.exec();
        return box.clickedButton();
    }
    const QString wanted = g_nextAnswers.takeFirst();
    g_lastAnswered = box.text() + u'\n' + box.informativeText();
    const QList<QAbstractButton *> buttons = box.buttons();
    for (QAbstractButton *button : buttons) {
        if (button->text().remove(u'&') == wanted)
            return button;
    }
    return nullptr;
}

QString MessageBox::lastAnsweredText()
{
    return g_lastAnswered;
}

int MessageBox::askedCount()
{
    return g_asked;
}

} // namespace candor
