#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace candor {

// Every question the window asks goes through here, so a test can answer the next one by its button text
// instead of racing a timer against the dialog.
class MessageBox
{
public:
    // The next ask() clicks the button whose text (without '&') is buttonText instead of showing the box.
    static void setNextAnswer(const QString &buttonText);
    // The next asks click these buttons in order, for a flow that asks several questions.
    static void setNextAnswers(const QStringList &buttonTexts);
    // Shows the box modally (or answers it as set above) and returns the clicked button, null if none matched.
    static QAbstractButton *ask(QMessageBox &box);
    // The text and informative text of the last box answered by setNextAnswer(), for tests to check.
    static QString lastAnsweredText();
    // How many boxes ask() has been given since the start.
    static int askedCount();
};

} // namespace candor
