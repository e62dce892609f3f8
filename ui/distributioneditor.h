#pragma once

#include "dataset/distribution.h"

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
// button, the total and a live chart. It keeps the *shape* the user chose (balanced, shares or counts) apart
// from the counts it shows, so a new total is split by that shape, exactly, by the largest-remainder method:
// balanced stays balanced and 40 % stays 40 % however the total was typed. A count edit changes the total; a
// share edit re-splits it. Fields commit when editing finishes (Return, Tab, arrows), never per keystroke.
class DistributionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionEditor(QWidget *parent = nullptr);

    LevelCounts counts() const;
    int total() const;
    // The shape as chosen: balanced, shares (basis points) or counts. Its countsFor(total()) equals counts().
    Distribution distribution() const;

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
    void showCounts(const LevelCounts &counts);

    std::array<QSpinBox *, Rubric::LevelCount> m_count{};
    std::array<QDoubleSpinBox *, Rubric::LevelCount> m_percent{};
    QLabel *m_totalLabel = nullptr;
    QPushButton *m_balanced = nullptr;
    DistributionChart *m_chart = nullptr;
    bool m_updating = false;
    Distribution::Kind m_shape = Distribution::Kind::Balanced;
    LevelCounts m_weights{1, 1, 1, 1, 1}; // basis points for shares, counts for counts, ones when balanced
};

} // namespace candor
