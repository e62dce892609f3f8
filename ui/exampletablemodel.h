#pragma once

#include "example.h"

#include <QAbstractTableModel>
#include <QVector>

namespace candor {

// Table model over generated rows for the main window's spot-check table.
class ExampleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        LevelColumn,
        PromptColumn,
        AnswerColumn,
        FeedbackColumn,
        TagsColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit ExampleTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setExamples(QVector<Example> examples);
    // Adds rows at the end with one insert notification, so views keep their place while rows stream in.
    void appendExamples(const QVector<Example> &examples);
    const QVector<Example> &examples() const { return m_examples; }

private:
    QVector<Example> m_examples;
};

} // namespace candor
