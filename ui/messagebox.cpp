#include "messagebox.h"

#include <QAbstractButton>

namespace candor {
namespace {
QString g_nextAnswer;
QString g_lastAnswered;
int g_asked = 0;
} // namespace

void MessageBox::setNextAnswer(const QString &buttonText)
{
    g_nextAnswer = buttonText;
}

QAbstractButton *MessageBox::ask(QMessageBox &box)
{
    ++g_asked;
    if (g_nextAnswer.isEmpty()) {
        box.exec();
        return box.clickedButton();
    }
    const QString wanted = std::exchange(g_nextAnswer, QString());
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
