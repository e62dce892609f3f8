#include "previewmodel.h"

#include "dataset/rubric.h"
#include "theme.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace candor {
namespace {
bool isLineBreakOrTab(QChar c)
{
    return c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// Plain-text tooltips never wrap, so a long answer would be one line wider than the screen; rich text wraps.
QString wrappedToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return u"<p style='white-space:pre-wrap'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}
} // namespace

PreviewModel::PreviewModel(DatasetStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const RubricLevel &level = Rubric::levels().at(i);
        m_levelText[std::size_t(i)] = levelText(level.reward);
        m_levelDescription[std::size_t(i)] =
            tr("Level %1, %2: %3")
                .arg(Rubric::formatReward(level.reward), Rubric::displayLabel(level.reward),
                     Rubric::displayDescription(level.reward));
        m_levelColour[std::size_t(i)] = QColor(level.colour);
    }
    if (!store)
        return;
    // The store announces every change as a pair or a range, which maps one to one onto the model's calls.
    connect(store, &DatasetStore::rowsAboutToBeAppended, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(store, &DatasetStore::rowsAppended, this, [this] { endInsertRows(); });
    connect(store, &DatasetStore::rowsChanged, this,
            [this](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1)); });
    connect(store, &DatasetStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &DatasetStore::resetDone, this, [this] { endResetModel(); });
    connect(store, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_store ? 0 : m_store->size();
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString PreviewModel::displayText(const QString &text)
{
    const qsizetype scan = std::min<qsizetype>(text.size(), DisplayChars);
    bool clean = text.size() <= DisplayChars;
    for (qsizetype i = 0; clean && i < scan; ++i)
        clean = !isLineBreakOrTab(text.at(i));
    if (clean)
        return text; // shared, not copied
    qsizetype keep = scan;
    if (text.size() > DisplayChars && text.at(keep - 1).isHighSurrogate())
        --keep; // don't cut a character in half
    QString line = text.left(keep);
    for (QChar &c : line) {
        if (isLineBreakOrTab(c))
            c = u' ';
    }
    if (text.size() > keep)
        line += u'…';
    return line;
}

QString PreviewModel::levelText(int reward)
{
    if (!Rubric::isValid(reward))
        return Rubric::formatReward(reward);
    // The number is always in the text: the badge colour is never the only carrier of the level.
    return Rubric::formatReward(reward) + u' ' + Rubric::displayLabel(reward);
}

QString PreviewModel::sourceText(ExampleSource source)
{
    switch (source) {
    case ExampleSource::Template:
        return tr("Template");
    case ExampleSource::Llm:
        return tr("LLM");
    case ExampleSource::Fallback:
        return tr("Fallback");
    case ExampleSource::Imported:
        return tr("Imported");
    }
    return {};
}

QString PreviewModel::statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending:
        return tr("Pending");
    case ReviewStatus::Accepted:
        return tr("Accepted");
    case ReviewStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString PreviewModel::statusGlyph(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending:
        return u"•"_s;
    case ReviewStatus::Accepted:
        return u"✓"_s;
    case ReviewStatus::Rejected:
        return u"✗"_s;
    }
    return {};
}

QString PreviewModel::flagsText(unsigned flags)
{
    QStringList names;
    if (flags & FlagEdited)
        names << tr("Edited");
    if (flags & FlagLevelMismatch)
        names << tr("Level mismatch");
    if (flags & FlagTooLong)
        names << tr("Too long");
    if (flags & FlagBadSearchHint)
        names << tr("Bad search hint");
    if (flags & FlagDuplicate)
        names << tr("Duplicate");
    if (flags & FlagOffByMoreThanOne)
        names << tr("Off by two or more levels");
    return names.join(u", "_s);
}

QVariant PreviewModel::displayData(const Example &e, int row, int column) const
{
    switch (column) {
    case Number:
        return row + 1;
    case Level:
        return Rubric::isValid(e.targetReward) ? m_levelText[std::size_t(Rubric::indexOf(e.targetReward))]
                                               : levelText(e.targetReward);
    case Prompt:
        return displayText(e.prompt);
    case Answer:
        return displayText(e.idealAnswer);
    case Feedback:
        return displayText(e.expectedFeedback);
    case Tags:
        return e.tags.join(u", "_s);
    case Source:
        return sourceText(e.source);
    case Status:
        return statusText(e.status);
    case Flags:
        return flagsText(e.flags);
    case Ladder:
        return ladderText(e.group);
    }
    return {};
}

qint64 PreviewModel::ladderNumber(const QString &group)
{
    if (group.isEmpty())
        return -1;
    bool ok = false;
    const qint64 number = QStringView(group).mid(group.lastIndexOf(u'-') + 1).toLongLong(&ok);
    return ok && number >= 0 ? number : qint64(qHash(group) & 0x7fffffffffffLL) + (qint64(1) << 48);
}

QString PreviewModel::ladderText(const QString &group)
{
    const qint64 number = ladderNumber(group);
    return number < 0 ? QString() : number < (qint64(1) << 48) ? QString::number(number + 1) : group;
}

QVariant PreviewModel::sortData(const Example &e, int row, int column) const
{
    switch (column) {
    case Number:
        return row;
    case Level:
        return e.targetReward;
    case Prompt:
        return e.prompt;
    case Answer:
        return e.idealAnswer;
    case Feedback:
        return e.expectedFeedback;
    case Tags:
        return e.tags.join(u", "_s);
    case Source:
        return int(e.source);
    case Status:
        return int(e.status);
    case Flags:
        return e.flags;
    case Ladder:
        return ladderNumber(e.group);
    }
    return {};
}

QVariant PreviewModel::toolTipData(const Example &e, int column) const
{
    switch (column) {
    case Number:
        return tr("Row id: %1").arg(e.id);
    case Level:
        return Rubric::isValid(e.targetReward) ? m_levelDescription[std::size_t(Rubric::indexOf(e.targetReward))]
                                               : tr("Level %1 is not on the rubric").arg(e.targetReward);
    case Prompt:
        return wrappedToolTip(e.prompt);
    case Answer:
        return wrappedToolTip(e.idealAnswer);
    case Feedback:
        return wrappedToolTip(e.expectedFeedback);
    case Tags:
        return e.searchHint.isEmpty() ? e.tags.join(u", "_s) : e.tags.join(u", "_s) + u'\n' + e.searchHint;
    case Source: {
        QString text = sourceText(e.source);
        if (!e.provider.isEmpty() || !e.model.isEmpty())
            text += u" ("_s + QStringList{e.provider, e.model}.join(u' ').trimmed() + u')';
        return text;
    }
    case Status:
        return e.rejectReason.isEmpty() ? statusText(e.status) : tr("%1: %2").arg(statusText(e.status), e.rejectReason);
    case Flags: {
        QString text = e.flags ? flagsText(e.flags) : QString();
        if (e.judge) {
            // What the judge said, beside the flags it set.
            QStringList votes;
            for (int vote : e.judge->votes)
                votes << Rubric::formatReward(vote);
            text +=
                (text.isEmpty() ? QString() : u"\n"_s) +
                tr("Judge %1: level %2 (votes %3). %4")
                    .arg(e.judge->model, Rubric::formatReward(e.judge->level), votes.join(u", "_s), e.judge->reasoning);
            return wrappedToolTip(text);
        }
        return text;
    }
    case Ladder: {
        if (e.group.isEmpty())
            return tr("Not in a contrast ladder");
        QStringList levels;
        for (int level : levelsOf(e.levelSet))
            levels << Rubric::formatReward(level);
        return tr("Contrast ladder %1 (%2): one prompt answered at levels %3")
            .arg(ladderText(e.group), e.group, levels.join(u", "_s));
    }
    }
    return {};
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_store || index.row() >= m_store->size() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    const Example &e = m_store->at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, row, column);
    case Qt::ToolTipRole:
        return toolTipData(e, column);
    case Qt::DecorationRole:
        if (column == Level && Rubric::isValid(e.targetReward))
            return m_levelColour[std::size_t(Rubric::indexOf(e.targetReward))];
        return {};
    case Qt::BackgroundRole: {
        const QColor tint = reviewTint(int(e.status));
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::AccessibleTextRole:
        if (column == Level)
            return tr("Level %1").arg(displayData(e, row, column).toString());
        if (column == Number)
            return tr("Row %1, %2").arg(row + 1).arg(statusText(e.status));
        return {};
    case Qt::AccessibleDescriptionRole:
        if (column == Level)
            return toolTipData(e, column);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(e, row, column);
    case IdRole:
        return e.id;
    case PromptRole:
        return e.prompt;
    case IdealAnswerRole:
        return e.idealAnswer;
    case ExpectedFeedbackRole:
        return e.expectedFeedback;
    case TargetRewardRole:
        return e.targetReward;
    case TagsRole:
        return e.tags;
    case SearchHintRole:
        return e.searchHint;
    case SourceRole:
        return int(e.source);
    case ProviderRole:
        return e.provider;
    case ModelRole:
        return e.model;
    case CreatedRole:
        return e.createdMs;
    case StatusRole:
        return int(e.status);
    case FlagsRole:
        return e.flags;
    case EditedRole:
        return m_store->isEdited(row);
    case GroupRole:
        return e.group;
    case StatusGlyphRole:
        return statusGlyph(e.status);
    case RejectReasonRole:
        return e.rejectReason;
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Number:
            return tr("#");
        case Level:
            return tr("Level");
        case Prompt:
            return tr("Prompt");
        case Answer:
            return tr("Answer", "column title: the ideal answer");
        case Feedback:
            return tr("Feedback", "column title: the expected feedback");
        case Tags:
            return tr("Tags");
        case Source:
            return tr("Source");
        case Status:
            return tr("Status");
        case Flags:
            return tr("Flags");
        case Ladder:
            return tr("Ladder", "column title: the contrast ladder of the row");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Number:
            return tr("Row number in the dataset");
        case Level:
            return tr("Target reward on the honesty rubric, from -2 (confident fabrication) to +2 (fully correct)");
        case Answer:
            return tr("Ideal answer: what a model at this level of the rubric says");
        case Feedback:
            return tr("Expected feedback: how a reviewer judges the answer against the rubric");
        case Status:
            return tr("Spot-check review: pending, accepted or rejected");
        case Flags:
            return tr("Problems noticed: edited by hand, level mismatch, too long, bad search hint, duplicate or "
                      "near-duplicate prompt (of an earlier row at the same level)");
        case Ladder:
            return tr("Contrast ladder: rows with the same number answer one prompt at different levels (L shows "
                      "the ladder)");
        }
    }
    return {};
}

QHash<int, QByteArray> PreviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(IdRole, "id");
    names.insert(PromptRole, "prompt");
    names.insert(IdealAnswerRole, "idealAnswer");
    names.insert(ExpectedFeedbackRole, "expectedFeedback");
    names.insert(TargetRewardRole, "targetReward");
    names.insert(TagsRole, "tags");
    names.insert(SearchHintRole, "searchHint");
    names.insert(SourceRole, "source");
    names.insert(ProviderRole, "provider");
    names.insert(ModelRole, "model");
    names.insert(CreatedRole, "created");
    names.insert(StatusRole, "status");
    names.insert(FlagsRole, "flags");
    names.insert(EditedRole, "edited");
    names.insert(StatusGlyphRole, "statusGlyph");
    names.insert(RejectReasonRole, "rejectReason");
    return names;
}

} // namespace candor
