#include "seedspinbox.h"

#include <QLineEdit>

#include <limits>

namespace candor {

SeedSpinBox::SeedSpinBox(QWidget *parent) : QAbstractSpinBox(parent)
{
    lineEdit()->setText(QString::number(m_value));
    // Typing changes the value as it goes, as QSpinBox's keyboard tracking does.
    connect(lineEdit(), &QLineEdit::textEdited, this, &SeedSpinBox::takeText);
    connect(this, &QAbstractSpinBox::editingFinished, this, [this] {
        // Whatever was left half-typed (an empty field) shows the value in force again.
        lineEdit()->setText(QString::number(m_value));
    });
}

void SeedSpinBox::setValue(quint64 value)
{
    if (lineEdit()->text() != QString::number(value))
        lineEdit()->setText(QString::number(value));
    if (value == m_value)
        return;
    m_value = value;
    update();
    Q_EMIT valueChanged(m_value);
}

void SeedSpinBox::takeText()
{
    bool ok = false;
    const quint64 typed = lineEdit()->text().toULongLong(&ok);
    if (ok && typed != m_value) {
        m_value = typed;
        Q_EMIT valueChanged(m_value);
    }
}

void SeedSpinBox::stepBy(int steps)
{
    constexpr quint64 max = std::numeric_limits<quint64>::max();
    quint64 next = m_value;
    if (steps > 0)
        next = max - m_value < quint64(steps) ? max : m_value + quint64(steps);
    else if (steps < 0)
        next = m_value < quint64(-qint64(steps)) ? 0 : m_value - quint64(-qint64(steps));
    setValue(next);
    selectAll();
}

QValidator::State SeedSpinBox::validate(QString &input, int &) const
{
    if (input.isEmpty())
        return QValidator::Intermediate;
    for (const QChar c : std::as_const(input)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QValidator::Invalid;
    }
    bool ok = false;
    input.toULongLong(&ok);
    return ok ? QValidator::Acceptable : QValidator::Invalid; // past 18446744073709551615 is not a seed
}

void SeedSpinBox::fixup(QString &input) const
{
    input = QString::number(m_value);
}

QSize SeedSpinBox::sizeHint() const
{
    QSize size = QAbstractSpinBox::sizeHint();
    const int digits = fontMetrics().horizontalAdvance(QString::number(std::numeric_limits<quint64>::max()));
    size.setWidth(qMax(size.width(), digits + 40));
    return size;
}

QAbstractSpinBox::StepEnabled SeedSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (m_value > 0)
        enabled |= StepDownEnabled;
    if (m_value < std::numeric_limits<quint64>::max())
        enabled |= StepUpEnabled;
    return enabled;
}

void SeedSpinBox::focusOutEvent(QFocusEvent *event)
{
    takeText();
    QAbstractSpinBox::focusOutEvent(event);
}

} // namespace candor
