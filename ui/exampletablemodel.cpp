#include "exampletablemodel.h"

#include "rubric.h"

#include <QColor>

namespace candor {

ExampleTableModel::ExampleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int ExampleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_examples.size());
}

int ExampleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExampleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Example &e = m_examples.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case LevelColumn:
            return QStringLiteral("%1 %2").arg(Rubric::formatReward(e.targetReward),
                                               Rubric::level(e.targetReward).label);
        case PromptColumn:
            return e.prompt;
        case AnswerColumn:
            return e.idealAnswer;
        case FeedbackColumn:
            return e.expectedFeedback;
        case TagsColumn:
            return e.tags.join(QStringLiteral(", "));
        case SourceColumn:
            return sourceName(e.source);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NumberColumn:
            return index.row();
        case LevelColumn:
            return e.targetReward;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && index.column() == LevelColumn)
        return QColor(Rubric::level(e.targetReward).colour);
    return {};
}

QVariant ExampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case LevelColumn:
        return tr("Level");
    case PromptColumn:
        return tr("Prompt");
    case AnswerColumn:
        return tr("Ideal answer");
    case FeedbackColumn:
        return tr("Feedback");
    case TagsColumn:
        return tr("Tags");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

void ExampleTableModel::appendExamples(const QVector<Example> &examples)
{
    if (examples.isEmpty())
        return;
    const int first = int(m_examples.size());
    beginInsertRows({}, first, first + int(examples.size()) - 1);
    m_examples += examples;
    endInsertRows();
}

void ExampleTableModel::setExamples(QVector<Example> examples)
{
    beginResetModel();
    m_examples = std::move(examples);
    endResetModel();
}

} // namespace candor
