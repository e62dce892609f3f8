#pragma once

#include <QAbstractSpinBox>

namespace candor {

// The seed field: a spin box over the whole unsigned 64-bit range. QSpinBox holds an int, which clamped seeds of
// 2^31 and more, so the window made another dataset than candor-cli from the same project.
class SeedSpinBox : public QAbstractSpinBox
{
    Q_OBJECT
public:
    explicit SeedSpinBox(QWidget *parent = nullptr);

    quint64 value() const { return m_value; }
    void setValue(quint64 value);

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void valueChanged(quint64 value);

protected:
    StepEnabled stepEnabled() const override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void takeText();

    quint64 m_value = 0;
};

} // namespace candor
