#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace candor {

void WheelGuard::install(QWidget *root)
{
    auto *guard = root->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard)
        guard = new WheelGuard(root);
    QList<QWidget *> widgets;
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>())
        widgets << box;
    for (QComboBox *box : root->findChildren<QComboBox *>())
        widgets << box;
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->property("candorWheelGuard").toBool())
            continue;
        widget->setProperty("candorWheelGuard", true);
        // Clicking or tabbing focuses them; the wheel alone does not.
        if (widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        widget->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()) {
            // Ignored and filtered: the widget never sees it and QApplication hands it to the parent to scroll.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace candor
