#include "distributioneditor.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace candor {
using namespace Qt::StringLiterals;

DistributionChart::DistributionChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(70);
    setAccessibleName(tr("Distribution chart"));
}

void DistributionChart::setCounts(const LevelCounts &counts)
{
    m_counts = counts;
    QStringList parts;
    for (int i = 0; i < Rubric::LevelCount; ++i)
        parts << tr("level %1: %Ln rows", nullptr, counts[i]).arg(Rubric::formatReward(Rubric::rewardAt(i)));
    setAccessibleDescription(parts.join(u", "_s));
    setToolTip(parts.join(QLatin1Char('\n')));
    update();
}

void DistributionChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int max = *std::max_element(m_counts.begin(), m_counts.end());
    const QFontMetrics fm(font());
    const int labelHeight = fm.height() + 2;
    const int barArea = height() - 2 * labelHeight;
    const double slot = double(width()) / Rubric::LevelCount;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const int reward = Rubric::rewardAt(i);
        const int h = max > 0 ? int(double(barArea) * m_counts[i] / max) : 0;
        const QRectF bar(i * slot + slot * 0.15, labelHeight + barArea - h, slot * 0.7, h);
        p.fillRect(bar, QColor(Rubric::level(reward).colour));
        p.setPen(palette().color(QPalette::WindowText));
        // The number under each bar and the count above it, so the chart reads without colour.
        p.drawText(QRectF(i * slot, height() - labelHeight, slot, labelHeight), Qt::AlignCenter,
                   Rubric::formatReward(reward));
        p.drawText(QRectF(i * slot, bar.top() - labelHeight, slot, labelHeight), Qt::AlignCenter,
                   QLocale().toString(m_counts[i]));
    }
}

DistributionEditor::DistributionEditor(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Level")), 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Rows")), 0, 2);
    grid->addWidget(new QLabel(tr("Share")), 0, 3);
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const int reward = Rubric::rewardAt(i);
        const RubricLevel &level = Rubric::level(reward);
        auto *badge = new QLabel(Rubric::formatReward(reward));
        badge->setAlignment(Qt::AlignCenter);
        badge->setMinimumWidth(fontMetrics().horizontalAdvance(u"+2"_s) + 12);
        badge->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 3px; "
                             "font-weight: bold; padding: 1px 4px; }"_s.arg(level.colour));
        auto *label = new QLabel(Rubric::displayLabel(reward));
        label->setObjectName(u"levelLabel%1"_s.arg(i));
        label->setToolTip(Rubric::displayDescription(reward));
        m_count[i] = new QSpinBox;
        m_count[i]->setRange(0, 10000000);
        m_count[i]->setObjectName(u"levelCountSpinBox%1"_s.arg(i));
        m_count[i]->setAccessibleName(tr("Rows at level %1").arg(Rubric::formatReward(reward)));
        m_count[i]->setToolTip(tr("How many rows show level %1: %2")
                                   .arg(Rubric::formatReward(reward), Rubric::displayDescription(reward)));
        m_percent[i] = new QDoubleSpinBox;
        m_percent[i]->setRange(0, 100);
        m_percent[i]->setDecimals(2);
        m_percent[i]->setSuffix(u" %"_s);
        m_percent[i]->setObjectName(u"levelPercentSpinBox%1"_s.arg(i));
        m_percent[i]->setAccessibleName(tr("Share of level %1").arg(Rubric::formatReward(reward)));
        m_percent[i]->setToolTip(
            tr("Share of the dataset at level %1; the rows follow.").arg(Rubric::formatReward(reward)));
        label->setBuddy(m_count[i]);
        grid->addWidget(badge, i + 1, 0);
        grid->addWidget(label, i + 1, 1);
        grid->addWidget(m_count[i], i + 1, 2);
        grid->addWidget(m_percent[i], i + 1, 3);
        // Typed digits are not values yet: "10000" passes through 1, 10, 100 and 1000 on the way.
        m_count[i]->setKeyboardTracking(false);
        m_percent[i]->setKeyboardTracking(false);
        connect(m_count[i], &QSpinBox::valueChanged, this, [this] { onCountEdited(); });
        connect(m_percent[i], &QDoubleSpinBox::valueChanged, this, [this, i] { onPercentEdited(i); });
    }
    m_totalLabel = new QLabel;
    m_totalLabel->setObjectName(u"distributionTotalLabel"_s);
    m_balanced = new QPushButton(tr("&Balanced"));
    m_balanced->setObjectName(u"balancedButton"_s);
    m_balanced->setToolTip(tr("Split the rows evenly over the five levels."));
    connect(m_balanced, &QPushButton::clicked, this, &DistributionEditor::balance);
    grid->addWidget(m_balanced, Rubric::LevelCount + 1, 0, 1, 2);
    grid->addWidget(m_totalLabel, Rubric::LevelCount + 1, 2, 1, 2);
    m_chart = new DistributionChart;
    grid->addWidget(m_chart, Rubric::LevelCount + 2, 0, 1, 4);
    balance();
    setTotal(100);
}

Distribution DistributionEditor::distribution() const
{
    switch (m_shape) {
    case Distribution::Kind::Balanced:
        return Distribution::balanced();
    case Distribution::Kind::Percentages:
        return Distribution::fromBasisPoints(m_weights);
    case Distribution::Kind::Counts:
        break;
    }
    return Distribution::fromCounts(counts());
}

LevelCounts DistributionEditor::counts() const
{
    LevelCounts c{};
    for (int i = 0; i < Rubric::LevelCount; ++i)
        c[i] = m_count[i]->value();
    return c;
}

int DistributionEditor::total() const
{
    return totalOf(counts());
}

void DistributionEditor::setCounts(const LevelCounts &counts)
{
    m_shape = Distribution::Kind::Counts;
    m_weights = counts;
    showCounts(counts);
}

void DistributionEditor::showCounts(const LevelCounts &counts)
{
    m_updating = true;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const QSignalBlocker block(m_count[i]);
        m_count[i]->setValue(counts[i]);
    }
    m_updating = false;
    refresh();
}

void DistributionEditor::setTotal(int total)
{
    // The kept weights, not the counts on screen: a total of 1 shows 1/0/0/0/0 but must not become the shape.
    if (totalOf(m_weights) == 0) {
        m_shape = Distribution::Kind::Balanced;
        m_weights = {1, 1, 1, 1, 1};
    }
    showCounts(largestRemainder(qMax(total, 0), m_weights));
}

void DistributionEditor::setDistribution(const Distribution &distribution, int total)
{
    switch (distribution.kind()) {
    case Distribution::Kind::Balanced:
        m_shape = distribution.kind();
        m_weights = {1, 1, 1, 1, 1};
        break;
    case Distribution::Kind::Percentages:
    case Distribution::Kind::Counts:
        m_shape = distribution.kind();
        m_weights = distribution.values();
        break;
    }
    setTotal(total);
}

void DistributionEditor::balance()
{
    m_shape = Distribution::Kind::Balanced;
    m_weights = {1, 1, 1, 1, 1};
    showCounts(largestRemainder(qMax(total(), 0), m_weights));
}

void DistributionEditor::onCountEdited()
{
    if (m_updating)
        return;
    m_shape = Distribution::Kind::Counts;
    m_weights = counts();
    refresh();
}

void DistributionEditor::onPercentEdited(int index)
{
    if (m_updating)
        return;
    // The edited share is kept; the others shrink or grow in proportion so the shares sum to exactly 100 %.
    const int n = total() > 0 ? total() : 100;
    const int edited = qBound(0, qRound(m_percent[index]->value() * 100), 10000);
    LevelCounts others{};
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        if (i != index)
            others[i] = qRound(m_percent[i]->value() * 100);
    }
    if (totalOf(others) == 0) {
        for (int i = 0; i < Rubric::LevelCount; ++i)
            others[i] = i == index ? 0 : 1;
    }
    LevelCounts basis = largestRemainder(10000 - edited, others);
    basis[index] = edited;
    m_shape = Distribution::Kind::Percentages;
    m_weights = basis;
    showCounts(largestRemainder(n, basis));
}

void DistributionEditor::refresh()
{
    const LevelCounts c = counts();
    const int sum = totalOf(c);
    m_updating = true;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const QSignalBlocker block(m_percent[i]);
        // Shares show the shape itself (40.00 % stays 40.00 %), the others what the counts come to.
        const double share = m_shape == Distribution::Kind::Percentages ? m_weights[i] / 100.0
                             : sum > 0                                  ? 100.0 * c[i] / sum
                                                                        : 0.0;
        m_percent[i]->setValue(share);
    }
    m_updating = false;
    m_totalLabel->setText(tr("Total: %Ln rows", nullptr, sum));
    m_chart->setCounts(c);
    Q_EMIT changed();
}

} // namespace candor
