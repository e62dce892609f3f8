#pragma once

#include <QObject>

class QWidget;

namespace candor {

// Spin boxes and combo boxes take the mouse wheel only when they have the keyboard focus, so scrolling a long
// form never changes a setting on the way past; the wheel scrolls the form instead. (Mature Qt applications
// do the same: Qt::StrongFocus, and the unfocused wheel handed on to the parent.)
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards every spin box and combo box under root, now; call again for widgets added later.
    static void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
};

} // namespace candor
