#pragma once

#include "distribution.h"

#include <QWidget>

#include <array>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace candor {

// A small bar chart of rows per level; each bar carries its level number and count, not colour alone.
class DistributionChart : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionChart(QWidget *parent = nullptr);
    void setCounts(const LevelCounts &counts);
    const LevelCounts &counts() const { return m_counts; }
    QSize sizeHint() const override { return {220, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    LevelCounts m_counts{};
};

// The reward-distribution editor: a line per level (badge, label, description, count, percentage), a Balanced
// button, the total and a live chart. Counts and percentages stay consistent: a count edit changes the total,
// a percentage edit re-splits the total by the largest-remainder method.
class DistributionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionEditor(QWidget *parent = nullptr);

    LevelCounts counts() const;
    int total() const;
    // As a Distribution with exact counts (what a run uses).
    Distribution distribution() const { return Distribution::fromCounts(counts()); }

    void setCounts(const LevelCounts &counts);
    // Keeps the shares and re-splits them over a new total.
    void setTotal(int total);
    void setDistribution(const Distribution &distribution, int total);

    QSpinBox *countSpinBox(int reward) const { return m_count[Rubric::indexOf(reward)]; }
    QDoubleSpinBox *percentSpinBox(int reward) const { return m_percent[Rubric::indexOf(reward)]; }
    QPushButton *balancedButton() const { return m_balanced; }

public Q_SLOTS:
    void balance();

Q_SIGNALS:
    void changed();

private:
    void onCountEdited();
    void onPercentEdited(int index);
    void refresh();

    std::array<QSpinBox *, Rubric::LevelCount> m_count{};
    std::array<QDoubleSpinBox *, Rubric::LevelCount> m_percent{};
    QLabel *m_totalLabel = nullptr;
    QPushButton *m_balanced = nullptr;
    DistributionChart *m_chart = nullptr;
    bool m_updating = false;
};

} // namespace candor
