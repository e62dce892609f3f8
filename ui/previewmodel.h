#pragma once

#include "dataset/datasetstore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPointer>

#include <array>

namespace candor {

// The spot-check table's model: a flat, read-only view of a DatasetStore. It holds no rows of its own, so a million
// rows cost nothing beyond the store; appends arrive as one beginInsertRows per store chunk and edits as dataChanged.
// Display text (one line, elided) and the raw SortRole value are kept apart, so sorting never compares display text.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Level,
        Prompt,
        Answer,
        Feedback,
        Tags,
        Source,
        Status,
        Flags,
        Ladder, // the contrast ladder a row belongs to (one prompt answered at several levels)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: int for number/level/source/status/flags, full text otherwise
        IdRole,
        PromptRole,
        IdealAnswerRole,
        ExpectedFeedbackRole,
        TargetRewardRole, // int
        TagsRole,         // QStringList
        SearchHintRole,
        SourceRole, // int(ExampleSource)
        ProviderRole,
        ModelRole,
        CreatedRole,     // qint64 ms since epoch, 0 = unknown
        StatusRole,      // int(ReviewStatus)
        FlagsRole,       // unsigned ExampleFlag bits
        EditedRole,      // bool: the generated version is kept and can be restored
        StatusGlyphRole, // QString: ✓ accepted, ✗ rejected, • pending; shown in the first column
        RejectReasonRole,
        GroupRole, // QString: meta.group, the row's contrast ladder; empty = none
    };
    Q_ENUM(Role)

    // Text columns show at most this many characters, on one line; the tooltip has the full text.
    static constexpr int DisplayChars = 200;

    explicit PreviewModel(DatasetStore *store, QObject *parent = nullptr);

    DatasetStore *store() const { return m_store; }
    const Example &example(int row) const { return m_store->at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // One line of at most DisplayChars characters: line breaks and tabs become spaces, a cut ends in "…".
    static QString displayText(const QString &text);
    // How people read these values; shared with the filter bar so labels match the table.
    static QString levelText(int reward);
    static QString sourceText(ExampleSource source);
    static QString statusText(ReviewStatus status);
    static QString flagsText(unsigned flags);
    // The ladder's number in its run ("lad-2a-41" is ladder 41), for showing and sorting; -1 without a ladder, and a
    // stable number for a group of another form.
    static qint64 ladderNumber(const QString &group);
    static QString ladderText(const QString &group);
    // A shape per review status, so the status never depends on the row tint's colour alone.
    static QString statusGlyph(ReviewStatus status);

private:
    QVariant displayData(const Example &e, int row, int column) const;
    QVariant sortData(const Example &e, int row, int column) const;
    QVariant toolTipData(const Example &e, int column) const;

    QPointer<DatasetStore> m_store;
    // Built once: data() runs for every visible cell on every repaint.
    std::array<QString, Rubric::LevelCount> m_levelText;
    std::array<QString, Rubric::LevelCount> m_levelDescription;
    std::array<QColor, Rubric::LevelCount> m_levelColour;
};

} // namespace candor
