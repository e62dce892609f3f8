#include "reviewpanel.h"

#include "messagebox.h"

#include "storage/jsonlreader.h"
#include "storage/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace candor {
using namespace Qt::StringLiterals;

namespace {

// A filter combo that asks for room to show its whole current choice but can shrink to a few characters when the
// panel is narrow: long translations ("Beliebige Markierungen") are shown whole whenever the row has the space.
class FilterComboBox : public QComboBox
{
public:
    QSize sizeHint() const override
    {
        QStyleOptionComboBox option;
        initStyleOption(&option);
        const QSize text(fontMetrics().horizontalAdvance(currentText()) + 4, fontMetrics().height());
        const QSize whole = style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this);
        return whole.expandedTo(minimumSizeHint());
    }
};

// Text that stays readable on a badge of this colour.
QColor badgeTextColour(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(colour.darker(140));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

// The level column: a coloured badge carrying the level's number, then its label. The number is always there,
// so nothing depends on telling the colours apart.
class LevelBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant colourData = index.data(Qt::DecorationRole);
        if (!colourData.canConvert<QColor>()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const qsizetype space = text.indexOf(u' ');
        const QString number = space > 0 ? text.left(space) : text;
        const QString label = space > 0 ? text.mid(space + 1) : QString();
        const QColor colour = colourData.value<QColor>();
        const QFontMetrics metrics(opt.font);
        const QRect cell = opt.rect.adjusted(4, 3, -4, -3);
        const int badgeWidth = qMax(metrics.horizontalAdvance(u"+2"_s), metrics.horizontalAdvance(number)) + 12;
        const QRect badge(cell.left(), cell.top(), badgeWidth, cell.height());

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(badge, 4, 4);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(badgeTextColour(colour));
        painter->drawText(badge, Qt::AlignCenter, number);
        painter->setFont(opt.font);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect labelRect = cell.adjusted(badgeWidth + 6, 0, 0, 0);
        painter->drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(label, Qt::ElideRight, labelRect.width()));
        painter->restore();
    }
};

// The first column: the review status as a shape (✓ ✗ •) at the left, the row number at the right. The shape is
// there so a reviewed row never shows its status by the row tint's colour alone.
class StatusNumberDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString number = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect cell = opt.rect.adjusted(4, 0, -4, 0);
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(cell, Qt::AlignVCenter | Qt::AlignLeft, index.data(PreviewModel::StatusGlyphRole).toString());
        painter->setFont(opt.font);
        painter->drawText(cell, Qt::AlignVCenter | Qt::AlignRight, number);
        painter->restore();
    }
};

// An undo step the project keeps (Workspace::pushUndoStep), so Undo reaches back past closing and reopening it.
// A step is rebuilt from its encoding with the store already in its "done" (or "undone") state, so its first
// redo (or undo) is skipped.
class PersistentCommand : public QUndoCommand
{
public:
    enum Type : quint8
    {
        Review = 1,
        Rows = 2
    };
    using QUndoCommand::QUndoCommand;

    qint64 stepId = 0;     // the project's id for the step; 0 = not in a project yet
    bool skipRedo = false; // the store already shows the step done
    bool skipUndo = false; // the store already shows the step undone
    bool restored = false; // rebuilt from the project: never merged into the step before it

    virtual QByteArray encode() const = 0;
    // Nothing when data is not a step this Candor wrote, or names rows the store does not have.
    static std::unique_ptr<PersistentCommand> decode(DatasetStore *store, const QString &text, const QByteArray &data);

protected:
    static constexpr quint8 FormatVersion = 1;
    static QByteArray encodeState(const RowState &state)
    {
        QByteArray out;
        appendJsonLine(out, state.row, true);
        if (state.original)
            appendJsonLine(out, *state.original, true);
        return out;
    }
    static std::optional<RowState> decodeState(const QByteArray &data)
    {
        const QList<QByteArray> lines = data.split('\n');
        RowState state;
        QString error;
        if (lines.isEmpty() || !JsonlReader::parseLine(lines.at(0), &state.row, &error))
            return std::nullopt;
        if (lines.size() > 1 && !lines.at(1).isEmpty()) {
            Example original;
            if (!JsonlReader::parseLine(lines.at(1), &original, &error))
                return std::nullopt;
            state.original = std::move(original);
        }
        return state;
    }
};

// A review action on many rows (a key on the selection, a bulk action on every shown row): the rows' statuses and
// reasons before it, one byte per row plus the reasons there were, so undoing a million rows stays small and fast.
class ReviewCommand : public PersistentCommand
{
public:
    // reason: the reason to record, or none to keep each row's own (cleared anyway unless the status is Rejected).
    ReviewCommand(DatasetStore *store, QVector<int> rows, ReviewStatus status, std::optional<QString> reason,
                  const QString &text)
        : PersistentCommand(text), m_store(store), m_rows(std::move(rows)), m_status(status),
          m_reason(std::move(reason))
    {
        m_before.resize(std::size_t(m_rows.size()));
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const Example &e = store->at(m_rows.at(i));
            m_before[std::size_t(i)] = quint8(e.status);
            if (!e.rejectReason.isEmpty())
                m_reasons.insert(i, e.rejectReason);
        }
    }

    void redo() override
    {
        if (std::exchange(skipRedo, false))
            return;
        m_store->setReview(m_rows, [this](qsizetype, ReviewStatus &status, QString &reason) {
            status = m_status;
            if (m_reason)
                reason = *m_reason;
            else if (m_status != ReviewStatus::Rejected)
                reason.clear();
        });
    }
    void undo() override
    {
        if (std::exchange(skipUndo, false))
            return;
        m_store->setReview(m_rows, [this](qsizetype i, ReviewStatus &status, QString &reason) {
            status = ReviewStatus(m_before[std::size_t(i)]);
            reason = m_reasons.value(i);
        });
    }

    QByteArray encode() const override
    {
        QByteArray data;
        QDataStream out(&data, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint8(Review) << FormatVersion << m_rows << quint8(m_status) << bool(m_reason)
            << m_reason.value_or(QString())
            << QByteArray::fromRawData(reinterpret_cast<const char *>(m_before.data()), qsizetype(m_before.size()))
            << m_reasons;
        return data;
    }
    static std::unique_ptr<PersistentCommand> decode(DatasetStore *store, const QString &text, QDataStream &in)
    {
        QVector<int> rows;
        quint8 status = 0;
        bool hasReason = false;
        QString reason;
        QByteArray before;
        QHash<qsizetype, QString> reasons;
        in >> rows >> status >> hasReason >> reason >> before >> reasons;
        if (in.status() != QDataStream::Ok || status > quint8(ReviewStatus::Rejected) || before.size() != rows.size())
            return nullptr;
        for (int row : std::as_const(rows)) {
            if (row < 0 || row >= store->size())
                return nullptr;
        }
        for (const char b : std::as_const(before)) {
            if (quint8(b) > quint8(ReviewStatus::Rejected))
                return nullptr;
        }
        std::unique_ptr<ReviewCommand> command(new ReviewCommand(store, text));
        command->m_rows = std::move(rows);
        command->m_status = ReviewStatus(status);
        if (hasReason)
            command->m_reason = reason;
        command->m_before.assign(before.cbegin(), before.cend());
        command->m_reasons = std::move(reasons);
        return command;
    }

private:
    ReviewCommand(DatasetStore *store, const QString &text) : PersistentCommand(text), m_store(store) {}

    DatasetStore *m_store;
    QVector<int> m_rows;
    ReviewStatus m_status = ReviewStatus::Pending;
    std::optional<QString> m_reason;
    std::vector<quint8> m_before;
    QHash<qsizetype, QString> m_reasons;
};

// Whole rows before and after a change that already happened (an edit, Revert Edits, Regenerate); undo puts the
// earlier rows back exactly, generated versions and review included.
class RowsCommand : public PersistentCommand
{
public:
    enum Kind
    {
        Edit = 1,
        Regenerate,
        Revert
    };
    RowsCommand(DatasetStore *store, Kind kind, int group, const QString &text)
        : PersistentCommand(text), m_store(store), m_kind(kind), m_group(group)
    {}

    void add(int row, RowState before, RowState after)
    {
        m_changes.push_back({row, std::move(before), std::move(after)});
    }
    bool isEmpty() const { return m_changes.empty(); }

    int id() const override { return m_kind == Revert ? -1 : m_kind; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const RowsCommand *>(other);
        if (next->m_group != m_group || next->restored)
            return false;
        // Typing into one row is one step; the rows of one Regenerate are one step.
        for (const Change &change : next->m_changes) {
            auto same = std::find_if(m_changes.begin(), m_changes.end(),
                                     [&](const Change &mine) { return mine.row == change.row; });
            if (same != m_changes.end())
                same->after = change.after;
            else
                m_changes.push_back(change);
        }
        return true;
    }

    void redo() override
    {
        if (std::exchange(m_done, false) || std::exchange(skipRedo, false))
            return; // pushed after the change was made
        for (const Change &change : m_changes)
            m_store->restore(change.row, change.after);
    }
    void undo() override
    {
        if (std::exchange(skipUndo, false))
            return;
        for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
            m_store->restore(it->row, it->before);
    }

    QByteArray encode() const override
    {
        QByteArray data;
        QDataStream out(&data, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint8(Rows) << FormatVersion << qint32(m_kind) << qint32(m_group) << quint32(m_changes.size());
        for (const Change &change : m_changes)
            out << qint32(change.row) << encodeState(change.before) << encodeState(change.after);
        return data;
    }
    static std::unique_ptr<PersistentCommand> decode(DatasetStore *store, const QString &text, QDataStream &in)
    {
        qint32 kind = 0;
        qint32 group = 0;
        quint32 count = 0;
        in >> kind >> group >> count;
        if (in.status() != QDataStream::Ok || kind < Edit || kind > Revert)
            return nullptr;
        auto command = std::make_unique<RowsCommand>(store, Kind(kind), group, text);
        command->m_done = false;
        for (quint32 i = 0; i < count; ++i) {
            qint32 row = -1;
            QByteArray before;
            QByteArray after;
            in >> row >> before >> after;
            const std::optional<RowState> from = decodeState(before);
            const std::optional<RowState> to = decodeState(after);
            if (in.status() != QDataStream::Ok || row < 0 || row >= store->size() || !from || !to)
                return nullptr;
            command->add(row, *from, *to);
        }
        return command;
    }

private:
    struct Change
    {
        int row;
        RowState before;
        RowState after;
    };
    DatasetStore *m_store;
    Kind m_kind;
    int m_group;
    std::vector<Change> m_changes;
    bool m_done = true;
};

std::unique_ptr<PersistentCommand> PersistentCommand::decode(DatasetStore *store, const QString &text,
                                                             const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 type = 0;
    quint8 version = 0;
    in >> type >> version;
    if (in.status() != QDataStream::Ok || version != FormatVersion)
        return nullptr;
    std::unique_ptr<PersistentCommand> command;
    if (type == Review)
        command = ReviewCommand::decode(store, text, in);
    else if (type == Rows)
        command = RowsCommand::decode(store, text, in);
    if (!command || !in.atEnd())
        return nullptr;
    return command;
}

QString joinTags(const QStringList &tags)
{
    return tags.join(u", "_s);
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

QPlainTextEdit *makeTextEdit(const QString &objectName, const QString &accessibleName, const QString &toolTip)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(toolTip);
    edit->setTabChangesFocus(true); // Tab moves on, as in a form; rows never contain tabs
    edit->setMinimumHeight(60);
    return edit;
}

} // namespace

ReviewPanel::ReviewPanel(DatasetStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_model = new PreviewModel(m_store, this);
    m_filter = new PreviewFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two lines: the text and level filters, then the status, source and flag filters; in one line they would
    // not fit beside the set-up column on a 1280-pixel screen.
    auto *bar = new QVBoxLayout;
    bar->setSpacing(2);
    buildFilterBar(bar);
    layout->addLayout(bar);

    m_table = new QTableView;
    m_table->setObjectName(u"exampleTableView"_s);
    m_table->setAccessibleName(tr("Dataset rows"));
    m_table->setAccessibleDescription(
        tr("Every generated row. A accepts, R rejects, U marks unreviewed; the arrows move between rows."));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(PreviewModel::Number, new StatusNumberDelegate(m_table));
    m_table->setItemDelegateForColumn(PreviewModel::Level, new LevelBadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed row heights: the view never measures rows, which keeps a million of them cheap to scroll.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    fitColumns();
    m_table->viewport()->installEventFilter(this);
    // Store order first; sorting starts when the user clicks a header.
    header->setSortIndicator(PreviewModel::Number, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(u"tableSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(buildDetailPane());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    // The rubric beside the table, so the levels' meaning stays in view while reviewing; hidden until asked for.
    m_rubricView = new QTextBrowser;
    m_rubricView->setObjectName(u"rubricView"_s);
    m_rubricView->setAccessibleName(tr("Rubric"));
    m_rubricView->setToolTip(tr("The five levels of the honesty rubric: what each one means and what its answers do."));
    QString rubric;
    for (auto it = Rubric::levels().crbegin(); it != Rubric::levels().crend(); ++it) {
        const QColor colour(it->colour);
        rubric +=
            u"<p><span style=\"background-color:%1; color:%2\"><b>&nbsp;%3&nbsp;</b></span> <b>%4</b><br>%5<br>"
            u"<i>%6</i></p>"_s.arg(colour.name(), badgeTextColour(colour).name(), Rubric::formatReward(it->reward),
                                   Rubric::displayLabel(it->reward).toHtmlEscaped(),
                                   Rubric::displayDescription(it->reward).toHtmlEscaped(),
                                   Rubric::displayGuidance(it->reward).toHtmlEscaped());
    }
    m_rubricView->setHtml(rubric);
    m_rubricView->hide();
    m_sideSplitter = new QSplitter(Qt::Horizontal);
    m_sideSplitter->setObjectName(u"rubricSplitter"_s);
    m_sideSplitter->addWidget(m_splitter);
    m_sideSplitter->addWidget(m_rubricView);
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setChildrenCollapsible(false);
    layout->addWidget(m_sideSplitter, 1);

    m_countsLabel = new QLabel;
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_countsLabel->setTextFormat(Qt::RichText);
    m_countsLabel->setAccessibleName(tr("Row counts"));
    m_countsLabel->setToolTip(tr("Rows per level and per review status in the whole dataset, filters aside."));
    layout->addWidget(m_countsLabel);

    // Review actions. The one-key shortcuts act only while the table has focus, so typing in the editors or the
    // filter never accepts a row.
    auto makeAction = [this](const QString &text, const QString &name, const QKeySequence &key,
                             Qt::ShortcutContext context, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(context);
        action->setToolTip(tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        action->setStatusTip(tip);
        return action;
    };
    m_acceptAction = makeAction(tr("&Accept"), u"acceptAction"_s, QKeySequence(Qt::Key_A), Qt::WidgetShortcut,
                                tr("Accept the selected rows and move to the next"));
    m_rejectAction = makeAction(tr("&Reject"), u"rejectAction"_s, QKeySequence(Qt::Key_R), Qt::WidgetShortcut,
                                tr("Reject the selected rows and move to the next"));
    m_rejectReasonAction =
        makeAction(tr("Reject with Rea&son…"), u"rejectReasonAction"_s, QKeySequence(Qt::SHIFT | Qt::Key_R),
                   Qt::WidgetShortcut, tr("Reject the selected rows and type why in the detail pane"));
    m_unreviewAction = makeAction(tr("Mark &Unreviewed"), u"unreviewAction"_s, QKeySequence(Qt::Key_U),
                                  Qt::WidgetShortcut, tr("Set the selected rows back to pending"));
    m_acceptShownAction =
        makeAction(tr("Accept All &Shown Rows…"), u"acceptShownAction"_s, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_A),
                   Qt::WindowShortcut, tr("Accept every row the filters show"));
    m_rejectShownAction =
        makeAction(tr("Reject All Sho&wn Rows…"), u"rejectShownAction"_s, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_R),
                   Qt::WindowShortcut, tr("Reject every row the filters show"));
    m_unreviewShownAction = makeAction(tr("Mark All Shown Rows Unre&viewed…"), u"unreviewShownAction"_s,
                                       QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_U), Qt::WindowShortcut,
                                       tr("Set every row the filters show back to pending"));
    m_undoAction = makeAction(tr("Und&o"), u"undoAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Z), Qt::WindowShortcut,
                              tr("Undo the last review action or edit"));
    m_redoAction = makeAction(tr("Red&o"), u"redoAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                              Qt::WindowShortcut, tr("Redo the review action or edit just undone"));
    m_rubricAction = makeAction(tr("&Rubric"), u"rubricAction"_s, QKeySequence(Qt::ALT | Qt::Key_3), Qt::WindowShortcut,
                                tr("Show the rubric's levels beside the table"));
    m_rubricAction->setCheckable(true);
    m_helpAction = makeAction(tr("&Reviewing a Dataset"), u"reviewHelpAction"_s, QKeySequence(Qt::SHIFT | Qt::Key_F1),
                              Qt::WindowShortcut, tr("List the keys for reviewing rows"));
    m_revertAction = makeAction(tr("Re&vert Edits"), u"revertAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                                Qt::WindowShortcut, tr("Restore the generated text of the selected edited rows"));
    m_regenerateAction = makeAction(tr("Re&generate"), u"regenerateAction"_s, QKeySequence(Qt::CTRL | Qt::Key_R),
                                    Qt::WindowShortcut, tr("Replace the selected rows with newly generated ones"));
    m_copyAction = makeAction(tr("&Copy as JSONL"), u"copyRowsAction"_s, QKeySequence(QKeySequence::Copy),
                              Qt::WidgetShortcut, tr("Copy the selected rows as JSON lines"));
    m_findAction = makeAction(tr("&Find Rows"), u"findAction"_s, QKeySequence(QKeySequence::Find), Qt::WindowShortcut,
                              tr("Type text to filter the rows"));
    m_showLadderAction =
        makeAction(tr("Show &Ladder"), u"showLadderAction"_s, QKeySequence(Qt::Key_L), Qt::WidgetShortcut,
                   tr("Show the current row's contrast ladder: its prompt's answers at every level"));
    connect(m_showLadderAction, &QAction::triggered, this, &ReviewPanel::showLadder);
    auto *editAction = makeAction(tr("&Edit Row"), u"editRowAction"_s, QKeySequence(Qt::Key_Return), Qt::WidgetShortcut,
                                  tr("Move to the detail pane to edit the current row"));
    for (QAction *action : {m_acceptAction, m_rejectAction, m_rejectReasonAction, m_unreviewAction, m_revertAction,
                            m_regenerateAction, m_copyAction, m_showLadderAction, editAction})
        m_table->addAction(action);
    for (QAction *action : {m_findAction, m_revertAction, m_regenerateAction, m_acceptShownAction, m_rejectShownAction,
                            m_unreviewShownAction, m_undoAction, m_redoAction, m_rubricAction, m_helpAction})
        addAction(action);
    connect(m_rejectReasonAction, &QAction::triggered, this, &ReviewPanel::rejectWithReason);
    connect(m_acceptShownAction, &QAction::triggered, this, &ReviewPanel::acceptShown);
    connect(m_rejectShownAction, &QAction::triggered, this, &ReviewPanel::rejectShown);
    connect(m_unreviewShownAction, &QAction::triggered, this, &ReviewPanel::unreviewShown);
    connect(m_rubricAction, &QAction::toggled, m_rubricView, &QWidget::setVisible);
    connect(m_helpAction, &QAction::triggered, this, &ReviewPanel::showReviewHelp);

    // Review actions and edits can be undone: one step per key, bulk action, typing pause run on a row, Revert or
    // Regenerate.
    m_undoStack = new QUndoStack(this);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    // Undo and redo are recorded in the project as they happen, so the history it keeps matches the stack.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this](int index) {
        const int last = std::exchange(m_undoIndex, index);
        Workspace *workspace = m_workspaceSource ? m_workspaceSource() : nullptr;
        if (m_rebuildingUndo || !workspace)
            return;
        for (int i = qMin(index, last); i < qMax(index, last); ++i) {
            const auto *step = static_cast<const PersistentCommand *>(m_undoStack->command(i));
            if (step && step->stepId)
                workspace->setUndoStepUndone(step->stepId, index < last);
        }
    });
    connect(m_undoAction, &QAction::triggered, this, [this] {
        commitEdits();
        m_undoStack->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        commitEdits();
        m_undoStack->redo();
    });
    connect(m_store, &DatasetStore::rowReplaced, this, [this](int row, const RowState &before) {
        auto *command = new RowsCommand(m_store, RowsCommand::Regenerate, m_regenerateSerial, tr("Regenerate"));
        command->add(row, before, m_store->state(row));
        pushStep(command);
    });
    connect(m_acceptAction, &QAction::triggered, this, &ReviewPanel::acceptSelected);
    connect(m_rejectAction, &QAction::triggered, this, &ReviewPanel::rejectSelected);
    connect(m_unreviewAction, &QAction::triggered, this, &ReviewPanel::unreviewSelected);
    connect(m_revertAction, &QAction::triggered, this, &ReviewPanel::revertSelected);
    connect(m_regenerateAction, &QAction::triggered, this, &ReviewPanel::regenerateSelected);
    connect(m_copyAction, &QAction::triggered, this, &ReviewPanel::copySelected);
    connect(m_findAction, &QAction::triggered, this, &ReviewPanel::focusFilter);
    for (QAction *action : {m_acceptAction, m_rejectAction, m_unreviewAction, m_revertAction, m_regenerateAction}) {
        auto *button = new QToolButton;
        button->setObjectName(action->objectName().replace(u"Action"_s, u"Button"_s));
        button->setDefaultAction(action);
        m_buttonRow->addWidget(button);
    }
    connect(editAction, &QAction::triggered, this, [this] {
        if (m_detailRow >= 0)
            m_promptEdit->setFocus(Qt::ShortcutFocusReason);
    });

    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(400);
    connect(&m_commitTimer, &QTimer::timeout, this, &ReviewPanel::commitEdits);
    // Counts are read in O(1) but a streaming run changes them many times a second; repaint them at most 10 times.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(100);
    connect(&m_countsTimer, &QTimer::timeout, this, &ReviewPanel::updateCounts);
    connect(m_store, &DatasetStore::countsChanged, this, [this] {
        if (!m_countsTimer.isActive())
            m_countsTimer.start();
    });
    connect(m_store, &DatasetStore::aboutToReset, this, [this] {
        // The rows the steps name are gone (or are being reloaded: restoreUndoHistory() brings the steps back).
        m_rebuildingUndo = true;
        m_undoStack->clear();
        m_rebuildingUndo = false;
        m_reasonRows.clear();
        m_commitTimer.stop();
        m_dirty = false;
        m_detailRow = -1;
    });
    connect(m_store, &DatasetStore::rowsChanged, this, [this](int first, int last) {
        if (m_applying || m_detailRow < first || m_detailRow > last)
            return;
        // Changed elsewhere (a status key, Revert, Regenerate): show it, unless the user is typing in the pane.
        if (m_dirty)
            return;
        showCurrent();
    });
    connect(m_store, &DatasetStore::rowsAppended, this, [this](int first) {
        // The first rows to arrive become the current row, so the keys work at once and the pane shows a row.
        if (currentRow() < 0)
            setCurrentRow(first);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPanel::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewPanel::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ReviewPanel::updateShown);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReviewPanel::updateShown);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ReviewPanel::updateShown);
    connect(m_filter, &PreviewFilterModel::busyChanged, this, &ReviewPanel::updateShown);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReviewPanel::showCurrent);
    updateCounts();
    updateShown();
    updateActions();
    showCurrent();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::setWorkspaceSource(std::function<Workspace *()> source)
{
    m_workspaceSource = std::move(source);
}

void ReviewPanel::pushStep(QUndoCommand *command)
{
    m_undoStack->push(command); // may merge into the step on top and delete command
    Workspace *workspace = m_workspaceSource ? m_workspaceSource() : nullptr;
    const int top = m_undoStack->index() - 1;
    if (!workspace || top < 0)
        return;
    auto *step = const_cast<PersistentCommand *>(static_cast<const PersistentCommand *>(m_undoStack->command(top)));
    if (step->stepId)
        workspace->updateUndoStep(step->stepId, step->encode());
    else
        step->stepId = workspace->pushUndoStep(step->text(), step->encode());
}

void ReviewPanel::restoreUndoHistory()
{
    Workspace *workspace = m_workspaceSource ? m_workspaceSource() : nullptr;
    if (!workspace)
        return;
    const QVector<UndoStep> steps = workspace->undoSteps();
    std::vector<std::unique_ptr<PersistentCommand>> commands;
    int undone = 0;
    for (const UndoStep &step : steps) {
        auto command = PersistentCommand::decode(m_store, step.text, step.data);
        if (!command) {
            // A step this Candor cannot read (or one naming rows the project no longer has): the history before it
            // cannot be undone in order, so it starts after it.
            commands.clear();
            undone = 0;
            continue;
        }
        command->stepId = step.id;
        command->restored = true;
        undone = step.undone ? undone + 1 : 0; // only the steps after the last done one can be redone
        commands.push_back(std::move(command));
    }
    m_rebuildingUndo = true;
    m_undoStack->clear();
    for (auto &command : commands) {
        command->skipRedo = true; // the store shows every step done...
        m_undoStack->push(command.release());
    }
    for (int i = 0; i < undone; ++i) {
        // ...except the undone ones at the top: step back over them without touching the store.
        auto *step = const_cast<PersistentCommand *>(
            static_cast<const PersistentCommand *>(m_undoStack->command(m_undoStack->count() - 1 - i)));
        step->skipUndo = true;
    }
    m_undoStack->setIndex(m_undoStack->count() - undone);
    m_undoIndex = m_undoStack->index();
    m_rebuildingUndo = false;
}

void ReviewPanel::buildFilterBar(QVBoxLayout *lines)
{
    auto *bar = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    lines->addLayout(bar);
    lines->addLayout(second);
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(u"filterLineEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter rows…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter text"));
    m_filterEdit->setToolTip(tr("Show only rows whose prompt, answer, feedback or tags contain this text (Ctrl+F)."));
    m_filterEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &PreviewFilterModel::setText);
    bar->addWidget(m_filterEdit, 2);

    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const RubricLevel &level = Rubric::levels().at(i);
        auto *button = new QToolButton;
        button->setObjectName(u"levelFilterButton%1"_s.arg(i));
        button->setCheckable(true);
        button->setText(Rubric::formatReward(level.reward));
        button->setIcon(swatch(QColor(level.colour)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(tr("Show level %1").arg(Rubric::formatReward(level.reward)));
        button->setToolTip(tr("Show level %1 (%2); with no level chosen, every level shows.")
                               .arg(Rubric::formatReward(level.reward), Rubric::displayLabel(level.reward)));
        connect(button, &QToolButton::toggled, this, &ReviewPanel::applyFilterControls);
        m_levelButtons[std::size_t(i)] = button;
        bar->addWidget(button);
    }

    m_statusCombo = new FilterComboBox;
    m_statusCombo->setObjectName(u"statusFilterComboBox"_s);
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->setToolTip(tr("Show rows by review status."));
    const unsigned pending = PreviewFilter::statusBit(ReviewStatus::Pending);
    const unsigned accepted = PreviewFilter::statusBit(ReviewStatus::Accepted);
    const unsigned rejected = PreviewFilter::statusBit(ReviewStatus::Rejected);
    m_statusCombo->addItem(tr("All statuses"), 0u);
    m_statusCombo->addItem(tr("Pending"), pending);
    m_statusCombo->addItem(tr("Accepted"), accepted);
    m_statusCombo->addItem(tr("Rejected"), rejected);
    m_statusCombo->addItem(tr("Reviewed"), accepted | rejected);
    m_statusCombo->addItem(tr("Not rejected"), pending | accepted);
    // The rows a reviewer explained: what to read when deciding which problems a run has.
    m_statusCombo->addItem(tr("Rejected with a reason"), rejected);
    m_statusCombo->setItemData(m_statusCombo->count() - 1, true, Qt::UserRole + 1);
    second->addWidget(m_statusCombo);

    m_sourceCombo = new FilterComboBox;
    m_sourceCombo->setObjectName(u"sourceFilterComboBox"_s);
    m_sourceCombo->setAccessibleName(tr("Source filter"));
    m_sourceCombo->setToolTip(tr("Show rows by where they came from."));
    m_sourceCombo->addItem(tr("All sources"), 0u);
    for (ExampleSource source :
         {ExampleSource::Template, ExampleSource::Llm, ExampleSource::Fallback, ExampleSource::Imported})
        m_sourceCombo->addItem(PreviewModel::sourceText(source), PreviewFilter::sourceBit(source));
    second->addWidget(m_sourceCombo);

    m_flagsCombo = new FilterComboBox;
    m_flagsCombo->setObjectName(u"flagsFilterComboBox"_s);
    m_flagsCombo->setAccessibleName(tr("Flag filter"));
    m_flagsCombo->setToolTip(tr("Show rows by the problems noticed about them, or rows you edited."));
    const unsigned everyFlag =
        FlagEdited | FlagLevelMismatch | FlagTooLong | FlagBadSearchHint | FlagDuplicate | FlagOffByMoreThanOne;
    auto addFlagItem = [this](const QString &text, unsigned flags, PreviewFilter::FlagMatch match) {
        m_flagsCombo->addItem(text, flags);
        m_flagsCombo->setItemData(m_flagsCombo->count() - 1, int(match), Qt::UserRole + 1);
    };
    addFlagItem(tr("Any flags"), 0, PreviewFilter::FlagMatch::Any);
    addFlagItem(tr("Flagged"), everyFlag, PreviewFilter::FlagMatch::Any);
    addFlagItem(tr("Not flagged"), everyFlag, PreviewFilter::FlagMatch::None);
    for (unsigned flag : {unsigned(FlagEdited), unsigned(FlagLevelMismatch), unsigned(FlagTooLong),
                          unsigned(FlagBadSearchHint), unsigned(FlagDuplicate), unsigned(FlagOffByMoreThanOne)})
        addFlagItem(PreviewModel::flagsText(flag), flag, PreviewFilter::FlagMatch::Any);
    second->addWidget(m_flagsCombo);

    m_ladderCombo = new FilterComboBox;
    m_ladderCombo->setObjectName(u"ladderFilterComboBox"_s);
    m_ladderCombo->setAccessibleName(tr("Ladder filter"));
    m_ladderCombo->setToolTip(tr("Show the rows of contrast ladders (one prompt answered at several levels), the "
                                 "independent rows, or one ladder (L on a row)."));
    m_ladderCombo->addItem(tr("All prompts"), int(PreviewFilter::LadderMatch::Any));
    m_ladderCombo->addItem(tr("Ladder rows"), int(PreviewFilter::LadderMatch::InLadder));
    m_ladderCombo->addItem(tr("Independent rows"), int(PreviewFilter::LadderMatch::Independent));
    second->addWidget(m_ladderCombo);
    for (QComboBox *combo : {m_statusCombo, m_sourceCombo, m_flagsCombo, m_ladderCombo}) {
        // Long translations must not squeeze the text filter: the closed combo shows a few characters, the list all.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        connect(combo, &QComboBox::currentIndexChanged, this, &ReviewPanel::applyFilterControls);
        connect(combo, &QComboBox::currentIndexChanged, combo, &QWidget::updateGeometry);
    }

    m_clearButton = new QToolButton;
    m_clearButton->setObjectName(u"clearFiltersButton"_s);
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setAccessibleName(tr("Clear filters"));
    m_clearButton->setToolTip(tr("Show every row again."));
    connect(m_clearButton, &QToolButton::clicked, this, &ReviewPanel::clearFilters);
    second->addWidget(m_clearButton);

    m_shownLabel = new QLabel;
    m_shownLabel->setObjectName(u"shownLabel"_s);
    m_shownLabel->setAccessibleName(tr("Rows shown"));
    second->addWidget(m_shownLabel, 1);
}

QWidget *ReviewPanel::buildDetailPane()
{
    auto *pane = new QWidget;
    pane->setObjectName(u"detailPane"_s);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);

    m_detailFields = new QWidget;
    auto *grid = new QGridLayout(m_detailFields);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_levelEdit = new QComboBox;
    m_levelEdit->setObjectName(u"detailLevelComboBox"_s);
    m_levelEdit->setAccessibleName(tr("Row level"));
    m_levelEdit->setToolTip(tr("The rubric level this row shows."));
    for (const RubricLevel &level : Rubric::levels())
        m_levelEdit->addItem(swatch(QColor(level.colour)), PreviewModel::levelText(level.reward), level.reward);
    m_tagsEdit = new QLineEdit;
    m_tagsEdit->setObjectName(u"detailTagsLineEdit"_s);
    m_tagsEdit->setAccessibleName(tr("Row tags"));
    m_tagsEdit->setToolTip(tr("The row's tags, separated by commas."));
    m_hintEdit = new QLineEdit;
    m_hintEdit->setObjectName(u"detailSearchHintLineEdit"_s);
    m_hintEdit->setAccessibleName(tr("Row search hint"));
    m_hintEdit->setToolTip(tr("A [SEARCH:query] hint, or empty."));
    auto addLabelled = [](QHBoxLayout *to, const QString &text, QWidget *field, int stretch) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        to->addWidget(label);
        to->addWidget(field, stretch);
    };
    addLabelled(top, tr("Level:"), m_levelEdit, 0);
    addLabelled(top, tr("Tags:"), m_tagsEdit, 2);
    addLabelled(top, tr("Search hint:"), m_hintEdit, 2);
    m_reasonEdit = new QLineEdit;
    m_reasonEdit->setObjectName(u"detailRejectReasonLineEdit"_s);
    m_reasonEdit->setAccessibleName(tr("Reject reason"));
    m_reasonEdit->setToolTip(
        tr("Why the row is rejected, in a few words; entering a reason rejects the row (Shift+R)."));
    m_reasonEdit->setPlaceholderText(tr("Why rejected?"));
    m_reasonEdit->setMaxLength(500);
    addLabelled(top, tr("Reason:"), m_reasonEdit, 2);
    grid->addLayout(top, 0, 0, 1, 3);

    m_promptEdit = makeTextEdit(u"detailPromptEdit"_s, tr("Prompt"), tr("The question put to the model."));
    m_answerEdit = makeTextEdit(u"detailAnswerEdit"_s, tr("Ideal answer"),
                                tr("The answer that shows this row's level of honesty."));
    m_feedbackEdit = makeTextEdit(u"detailFeedbackEdit"_s, tr("Expected feedback"),
                                  tr("What a grader should say about the answer, and why it earns this level."));
    const std::pair<QString, QPlainTextEdit *> texts[] = {
        {tr("Prompt:"), m_promptEdit}, {tr("Ideal answer:"), m_answerEdit}, {tr("Expected feedback:"), m_feedbackEdit}};
    int column = 0;
    for (const auto &[caption, edit] : texts) {
        auto *label = new QLabel(caption);
        label->setBuddy(edit);
        grid->addWidget(label, 1, column);
        grid->addWidget(edit, 2, column);
        ++column;
    }
    grid->setRowStretch(2, 1);
    layout->addWidget(m_detailFields, 1);

    auto *bottom = new QHBoxLayout;
    m_infoLabel = new QLabel;
    m_infoLabel->setObjectName(u"detailInfoLabel"_s);
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_infoLabel->setAccessibleName(tr("Row details"));
    bottom->addWidget(m_infoLabel, 1);
    m_buttonRow = bottom; // the review buttons join once the actions exist
    layout->addLayout(bottom);

    for (QPlainTextEdit *edit : {m_promptEdit, m_answerEdit, m_feedbackEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &ReviewPanel::scheduleCommit);
    for (QLineEdit *edit : {m_tagsEdit, m_hintEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &ReviewPanel::scheduleCommit);
        connect(edit, &QLineEdit::editingFinished, this, &ReviewPanel::commitEdits);
    }
    connect(m_reasonEdit, &QLineEdit::returnPressed, this, [this] {
        const QVector<int> rows = m_reasonRows;
        const bool moveOnAfter = std::exchange(m_reasonMovesOn, false);
        const int proxyBefore = m_table->currentIndex().row();
        const int current = currentRow();
        commitReason();
        m_table->setFocus(Qt::OtherFocusReason);
        if (moveOnAfter && rows.size() == 1)
            moveOn(proxyBefore, current);
    });
    connect(m_reasonEdit, &QLineEdit::editingFinished, this, &ReviewPanel::commitReason);
    connect(m_levelEdit, &QComboBox::currentIndexChanged, this, [this] {
        scheduleCommit();
        commitEdits(); // a level change is one deliberate choice, not typing
    });
    return pane;
}

QList<QAction *> ReviewPanel::reviewActions() const
{
    return {m_acceptAction,      m_rejectAction,        m_rejectReasonAction, m_unreviewAction,  m_acceptShownAction,
            m_rejectShownAction, m_unreviewShownAction, m_undoAction,         m_redoAction,      m_revertAction,
            m_regenerateAction,  m_copyAction,          m_findAction,         m_showLadderAction};
}

void ReviewPanel::applyFilterControls()
{
    PreviewFilter f = m_filter->filter();
    f.levels = 0;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        if (m_levelButtons[std::size_t(i)]->isChecked())
            f.levels |= PreviewFilter::levelBit(Rubric::rewardAt(i));
    }
    f.statuses = m_statusCombo->currentData().toUInt();
    f.withReason = m_statusCombo->currentData(Qt::UserRole + 1).toBool();
    f.sources = m_sourceCombo->currentData().toUInt();
    f.flags = m_flagsCombo->currentData().toUInt();
    f.flagMatch = PreviewFilter::FlagMatch(m_flagsCombo->currentData(Qt::UserRole + 1).toInt());
    f.judgeLevels = m_flagsCombo->currentData(Qt::UserRole + 2).toUInt();
    f.ladders = PreviewFilter::LadderMatch(m_ladderCombo->currentData().toInt());
    f.group = m_ladderCombo->currentData(Qt::UserRole + 1).toString();
    f.text = m_filterEdit->text();
    m_filter->setFilter(f);
}

void ReviewPanel::clearFilters()
{
    const QSignalBlocker blockText(m_filterEdit);
    m_filterEdit->clear();
    for (QToolButton *button : m_levelButtons) {
        const QSignalBlocker block(button);
        button->setChecked(false);
    }
    for (QComboBox *combo : {m_statusCombo, m_sourceCombo, m_flagsCombo, m_ladderCombo}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    removeOneLadderItem();
    removeJudgeItem();
    m_filter->clearFilter();
}

void ReviewPanel::removeJudgeItem()
{
    const QSignalBlocker block(m_flagsCombo);
    for (int i = m_flagsCombo->count() - 1; i >= 0; --i) {
        if (m_flagsCombo->itemData(i, Qt::UserRole + 2).toUInt())
            m_flagsCombo->removeItem(i);
    }
}

void ReviewPanel::showJudgedRows(int target, int judge)
{
    commitEdits();
    // The rows of one cell of the judge's confusion matrix: the target level's button, and "Judge said L" in the
    // flag filter, so the filter bar says what is shown and Ctrl+Shift+F shows every row again.
    {
        const QSignalBlocker blockText(m_filterEdit);
        m_filterEdit->clear();
        for (int i = 0; i < Rubric::LevelCount; ++i) {
            QToolButton *button = m_levelButtons[std::size_t(i)];
            const QSignalBlocker block(button);
            button->setChecked(Rubric::rewardAt(i) == target);
        }
        for (QComboBox *combo : {m_statusCombo, m_sourceCombo, m_ladderCombo}) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
        removeOneLadderItem();
        removeJudgeItem();
        const QSignalBlocker block(m_flagsCombo);
        m_flagsCombo->addItem(tr("Judge said %1").arg(Rubric::formatReward(judge)), 0u);
        const int item = m_flagsCombo->count() - 1;
        m_flagsCombo->setItemData(item, int(PreviewFilter::FlagMatch::Any), Qt::UserRole + 1);
        m_flagsCombo->setItemData(item, PreviewFilter::levelBit(judge), Qt::UserRole + 2);
        m_flagsCombo->setCurrentIndex(item);
    }
    applyFilterControls();
}

void ReviewPanel::removeOneLadderItem()
{
    const QSignalBlocker block(m_ladderCombo);
    while (m_ladderCombo->count() > 3)
        m_ladderCombo->removeItem(3);
}

void ReviewPanel::showLadder()
{
    commitEdits();
    const int row = currentRow();
    if (row < 0)
        return;
    const QString group = m_store->at(row).group;
    if (group.isEmpty()) {
        m_infoLabel->setText(tr("Row %1 is not in a contrast ladder.").arg(row + 1));
        return;
    }
    // The ladder's rows side by side in the table (one per level, in level order), with the other filters lifted,
    // so its answers and feedback read together and A, R and U apply to each.
    {
        const QSignalBlocker blockText(m_filterEdit);
        m_filterEdit->clear();
        for (QToolButton *button : m_levelButtons) {
            const QSignalBlocker block(button);
            button->setChecked(false);
        }
        for (QComboBox *combo : {m_statusCombo, m_sourceCombo, m_flagsCombo}) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
        removeOneLadderItem();
        const QSignalBlocker block(m_ladderCombo);
        m_ladderCombo->addItem(tr("Ladder %1").arg(PreviewModel::ladderText(group)),
                               int(PreviewFilter::LadderMatch::InLadder));
        m_ladderCombo->setItemData(3, group, Qt::UserRole + 1);
        m_ladderCombo->setCurrentIndex(3);
    }
    // The row stays current once the filter (on a worker at a million rows) has shown the ladder.
    auto *context = new QObject(this);
    connect(m_filter, &PreviewFilterModel::filterApplied, context, [this, row, context] {
        context->deleteLater();
        setCurrentRow(row);
    });
    applyFilterControls();
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void ReviewPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QVector<int> ReviewPanel::selectedRows() const
{
    QVector<int> rows;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int proxyRow = range.top(); proxyRow <= range.bottom(); ++proxyRow) {
            if (proxyRow < m_filter->rowCount())
                rows << m_filter->sourceRow(proxyRow);
        }
    }
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

int ReviewPanel::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_filter->rowCount())
        return -1;
    return m_filter->sourceRow(current.row());
}

void ReviewPanel::setCurrentRow(int storeRow)
{
    const int proxyRow = storeRow >= 0 && storeRow < m_store->size() ? m_filter->proxyRow(storeRow) : -1;
    if (proxyRow < 0)
        return;
    const QModelIndex index = m_filter->index(proxyRow, qMax(0, m_table->currentIndex().column()));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

namespace {
QString reviewStepText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Accepted:
        return ReviewPanel::tr("Accept");
    case ReviewStatus::Rejected:
        return ReviewPanel::tr("Reject");
    case ReviewStatus::Pending:
        break;
    }
    return ReviewPanel::tr("Mark Unreviewed");
}
} // namespace

void ReviewPanel::setStatusOfSelection(ReviewStatus status)
{
    commitEdits();
    const QVector<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int proxyBefore = m_table->currentIndex().row();
    const int current = currentRow();
    pushStep(new ReviewCommand(m_store, rows, status, std::nullopt, reviewStepText(status)));
    if (rows.size() == 1)
        moveOn(proxyBefore, current);
}

void ReviewPanel::moveOn(int proxyBefore, int current)
{
    if (proxyBefore < 0)
        return;
    // Spot-checking is one key per row: move on to the next. When a status filter hid the row just reviewed, the
    // next row has taken its place.
    const bool stillShown = current >= 0 && m_filter->proxyRow(current) >= 0;
    const int next = stillShown ? proxyBefore + 1 : proxyBefore;
    if (next < m_filter->rowCount())
        setCurrentRow(m_filter->sourceRow(next));
    else if (stillShown)
        setCurrentRow(current);
    else if (m_filter->rowCount() > 0)
        setCurrentRow(m_filter->sourceRow(m_filter->rowCount() - 1));
}

void ReviewPanel::rejectWithReason()
{
    commitEdits();
    const QVector<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    pushStep(new ReviewCommand(m_store, rows, ReviewStatus::Rejected, std::nullopt, tr("Reject")));
    m_reasonRows = rows;
    m_reasonMovesOn = true;
    m_reasonEdit->setFocus(Qt::ShortcutFocusReason);
    m_reasonEdit->selectAll();
}

void ReviewPanel::commitReason()
{
    QVector<int> rows = m_reasonRows;
    if (rows.isEmpty() && m_detailRow >= 0)
        rows << m_detailRow;
    const QString reason = m_reasonEdit->text().simplified();
    bool changes = false;
    for (int row : std::as_const(rows)) {
        if (row >= m_store->size())
            return;
        const Example &e = m_store->at(row);
        // An empty field leaves an unrejected row alone; a reason rejects it.
        changes = changes || e.rejectReason != reason || (!reason.isEmpty() && e.status != ReviewStatus::Rejected);
    }
    if (!changes)
        return;
    pushStep(new ReviewCommand(m_store, rows, ReviewStatus::Rejected, reason, tr("Reject with Reason")));
}

void ReviewPanel::setStatusOfShown(ReviewStatus status)
{
    commitEdits();
    const int count = m_filter->rowCount();
    if (count == 0)
        return;
    if (count > 1) {
        const QLocale locale;
        QString question;
        QString button;
        switch (status) {
        case ReviewStatus::Accepted:
            question = tr("Accept all %1 rows the filters show?").arg(locale.toString(count));
            button = tr("&Accept Rows");
            break;
        case ReviewStatus::Rejected:
            question = tr("Reject all %1 rows the filters show?").arg(locale.toString(count));
            button = tr("&Reject Rows");
            break;
        case ReviewStatus::Pending:
            question = tr("Mark all %1 rows the filters show as unreviewed?").arg(locale.toString(count));
            button = tr("&Mark Unreviewed");
            break;
        }
        QMessageBox box(QMessageBox::Question, tr("Candor"), question, QMessageBox::Cancel, this);
        box.setInformativeText(tr("Undo (Ctrl+Z) takes it back."));
        QPushButton *yes = box.addButton(button, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        if (MessageBox::ask(box) != yes)
            return;
    }
    QVector<int> rows(count);
    for (int i = 0; i < count; ++i)
        rows[i] = m_filter->sourceRow(i);
    std::sort(rows.begin(), rows.end()); // a sorted view lists them in its own order; the store walks them in its
    pushStep(new ReviewCommand(m_store, std::move(rows), status, std::nullopt, reviewStepText(status)));
}

void ReviewPanel::acceptShown()
{
    setStatusOfShown(ReviewStatus::Accepted);
}

void ReviewPanel::rejectShown()
{
    setStatusOfShown(ReviewStatus::Rejected);
}

void ReviewPanel::unreviewShown()
{
    setStatusOfShown(ReviewStatus::Pending);
}

void ReviewPanel::showReviewHelp()
{
    QMessageBox box(QMessageBox::Information, tr("Reviewing a Dataset"), tr("Keys in the table:"), QMessageBox::Ok,
                    this);
    box.setObjectName(u"reviewHelpBox"_s);
    box.setInformativeText(
        tr("A: accept the row and move to the next\n"
           "R: reject the row and move to the next\n"
           "Shift+R: reject and type a reason; Return records it and moves on\n"
           "U: mark the row unreviewed\n"
           "Up, Down: move between rows; Shift with them selects several\n"
           "Return: edit the row in the detail pane\n"
           "L: show the row's contrast ladder (its prompt at every level); Ctrl+Shift+F shows all rows again\n"
           "Ctrl+C: copy the selected rows as JSON lines\n"
           "Alt+Shift+A, Alt+Shift+R, Alt+Shift+U: accept, reject or mark unreviewed every shown row\n"
           "Ctrl+Z, Ctrl+Shift+Z: undo, redo\n"
           "Ctrl+Shift+U: revert edits; Ctrl+R: regenerate\n"
           "Ctrl+F: filter; Ctrl+Shift+F: clear the filters\n"
           "Alt+3: show the rubric"));
    MessageBox::ask(box);
}

void ReviewPanel::acceptSelected()
{
    setStatusOfSelection(ReviewStatus::Accepted);
}

void ReviewPanel::rejectSelected()
{
    setStatusOfSelection(ReviewStatus::Rejected);
}

void ReviewPanel::unreviewSelected()
{
    setStatusOfSelection(ReviewStatus::Pending);
}

void ReviewPanel::revertSelected()
{
    // Drop what is being typed first: Revert means "back to the generated text".
    m_commitTimer.stop();
    m_dirty = false;
    auto *command = new RowsCommand(m_store, RowsCommand::Revert, 0, tr("Revert Edits"));
    for (int row : selectedRows()) {
        RowState before = m_store->state(row);
        if (m_store->reset(row))
            command->add(row, std::move(before), m_store->state(row));
    }
    if (command->isEmpty())
        delete command;
    else
        pushStep(command);
    showCurrent();
}

void ReviewPanel::regenerateSelected()
{
    commitEdits();
    const QVector<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    ++m_regenerateSerial; // the rows this request replaces are undone together
    Q_EMIT regenerateRequested(rows);
}

void ReviewPanel::copySelected()
{
    QByteArray lines;
    for (int row : selectedRows())
        appendJsonLine(lines, m_store->at(row), false);
    if (lines.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(lines));
}

void ReviewPanel::scheduleCommit()
{
    if (m_loading || m_detailRow < 0)
        return;
    m_dirty = true;
    m_commitTimer.start();
}

void ReviewPanel::commitEdits()
{
    m_commitTimer.stop();
    if (!m_dirty || m_detailRow < 0 || m_detailRow >= m_store->size())
        return;
    Example e = m_store->at(m_detailRow);
    e.prompt = m_promptEdit->toPlainText().trimmed();
    e.idealAnswer = m_answerEdit->toPlainText().trimmed();
    e.expectedFeedback = m_feedbackEdit->toPlainText().trimmed();
    e.targetReward = m_levelEdit->currentData().toInt();
    e.tags = splitTags(m_tagsEdit->text());
    e.searchHint = m_hintEdit->text().trimmed();
    if (e.prompt.isEmpty() || e.idealAnswer.isEmpty() || e.expectedFeedback.isEmpty()) {
        // Not written: a row without one of these is not a dataset row. The pane keeps the text being edited.
        m_infoLabel->setText(tr("The prompt, the ideal answer and the expected feedback cannot be empty; this edit "
                                "is not saved yet."));
        return;
    }
    RowState before = m_store->state(m_detailRow);
    m_applying = true;
    m_store->update(m_detailRow, e);
    m_applying = false;
    if (m_store->at(m_detailRow) != before.row) {
        // A run of typing on one row is one undo step (the steps merge while they name the same row).
        auto *command = new RowsCommand(m_store, RowsCommand::Edit, m_detailRow, tr("Edit Row"));
        command->add(m_detailRow, std::move(before), m_store->state(m_detailRow));
        pushStep(command);
    }
    m_dirty = false;
    showCurrent();
}

void ReviewPanel::showCurrent()
{
    if (m_detailRow != currentRow()) {
        commitEdits(); // the row being left keeps its edits
        m_reasonRows.clear();
        m_reasonMovesOn = false;
    }
    m_detailRow = currentRow();
    m_loading = true;
    const bool has = m_detailRow >= 0;
    m_detailFields->setEnabled(has);
    if (!has) {
        for (QPlainTextEdit *edit : {m_promptEdit, m_answerEdit, m_feedbackEdit})
            edit->clear();
        m_tagsEdit->clear();
        m_hintEdit->clear();
        m_reasonEdit->clear();
        m_infoLabel->setText(m_store->isEmpty() ? tr("Generate a preview or open a dataset; its rows appear here.")
                                                : tr("Select a row to read and edit it here."));
        m_loading = false;
        updateActions();
        return;
    }
    const Example &e = m_store->at(m_detailRow);
    // Replace text only when it differs, so the cursor stays put when the store echoes an edit.
    auto setText = [](QPlainTextEdit *edit, const QString &text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    setText(m_promptEdit, e.prompt);
    setText(m_answerEdit, e.idealAnswer);
    setText(m_feedbackEdit, e.expectedFeedback);
    // A row's short fields show their beginning, not the end where setText leaves the cursor.
    auto setLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) {
            edit->setText(text);
            edit->setCursorPosition(0);
        }
    };
    setLine(m_tagsEdit, joinTags(e.tags));
    setLine(m_hintEdit, e.searchHint);
    if (!m_reasonEdit->hasFocus())
        setLine(m_reasonEdit, e.rejectReason);
    const int levelIndex = m_levelEdit->findData(e.targetReward);
    if (levelIndex >= 0)
        m_levelEdit->setCurrentIndex(levelIndex);

    QStringList info;
    info << tr("Row %1").arg(QLocale().toString(m_detailRow + 1)) << e.id << PreviewModel::sourceText(e.source);
    const QString origin = QStringList{e.provider, e.model}.join(u' ').trimmed();
    if (!origin.isEmpty())
        info << origin;
    if (e.createdMs > 0)
        info << QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.createdMs), QLocale::ShortFormat);
    info << (e.rejectReason.isEmpty() ? PreviewModel::statusText(e.status)
                                      : tr("%1: %2").arg(PreviewModel::statusText(e.status), e.rejectReason));
    if (e.flags)
        info << PreviewModel::flagsText(e.flags);
    QString text = info.join(u" · "_s);
    if (m_store->isEdited(m_detailRow))
        text += u"\n"_s + tr("Edited by hand; the generated text is kept and Revert Edits restores it.");
    else if (e.flags & FlagEdited)
        text += u"\n"_s + tr("Edited by hand before it was saved; the generated text was not kept, so there is "
                             "nothing to revert to.");
    m_infoLabel->setText(text);
    m_loading = false;
    updateActions();
}

void ReviewPanel::updateCounts()
{
    QStringList levels;
    const QLocale locale;
    for (const RubricLevel &level : Rubric::levels()) {
        const QColor colour(level.colour);
        levels << u"<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span> %4"_s.arg(
            colour.name(), badgeTextColour(colour).name(), Rubric::formatReward(level.reward),
            locale.toString(m_store->levelCount(level.reward)));
    }
    const QString statuses = tr("%1 pending · %2 accepted · %3 rejected · %4 edited")
                                 .arg(locale.toString(m_store->statusCount(ReviewStatus::Pending)),
                                      locale.toString(m_store->statusCount(ReviewStatus::Accepted)),
                                      locale.toString(m_store->statusCount(ReviewStatus::Rejected)),
                                      locale.toString(m_store->editedCount()));
    m_countsLabel->setText(levels.join(u"&nbsp;&nbsp;"_s) + u"&nbsp;&nbsp;|&nbsp;&nbsp;"_s + statuses.toHtmlEscaped());
}

void ReviewPanel::updateShown()
{
    const QLocale locale;
    QString text =
        m_filter->filter().isActive()
            ? tr("%1 of %2 rows").arg(locale.toString(m_filter->rowCount()), locale.toString(m_store->size()))
            : tr("%1 rows").arg(locale.toString(m_store->size()));
    if (m_filter->isBusy())
        text += u' ' + tr("(filtering…)");
    m_shownLabel->setText(text);
    m_clearButton->setEnabled(m_filter->filter().isActive());
}

void ReviewPanel::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection() || currentRow() >= 0;
    for (QAction *action :
         {m_acceptAction, m_rejectAction, m_rejectReasonAction, m_unreviewAction, m_regenerateAction, m_copyAction})
        action->setEnabled(any);
    // Revert needs a generated version to go back to; rows read back from a file may say "edited" without one.
    bool revertible = false;
    if (any && m_store->hasOriginals()) {
        const QVector<int> rows = selectedRows();
        revertible = std::any_of(rows.begin(), rows.end(), [this](int row) { return m_store->isEdited(row); });
    }
    m_revertAction->setEnabled(revertible);
}

void ReviewPanel::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!m_fittedWidths.empty()) {
        // Widths someone else set (the user, or the window restoring the saved layout) win over fitting.
        // The stretched last section follows the view's width by itself; it says nothing about who set it.
        const int stretched = header->logicalIndex(header->count() - 1);
        for (int column = 0; column < PreviewModel::ColumnCount; ++column) {
            if (column != stretched && header->sectionSize(column) != m_fittedWidths[std::size_t(column)])
                return;
        }
    }
    // Number, level, tags, source, status and flags get what they need; the three texts share the rest, so status
    // and flags stay in view beside the set-up column on a 1280-pixel window.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int pad = 2 * metrics.averageCharWidth() + 8;
    const int numberWidth = metrics.horizontalAdvance(u"✓ 100,000"_s) + pad;
    const int levelWidth = metrics.horizontalAdvance(u"+2 Confident fab"_s) + 24;
    const int tagsWidth = metrics.averageCharWidth() * 12 + pad;
    const int sourceWidth = metrics.averageCharWidth() * 8 + pad;
    const int statusWidth = metrics.averageCharWidth() * 9 + pad;
    const int flagsWidth = metrics.averageCharWidth() * 9 + pad;
    const int fixed = numberWidth + levelWidth + tagsWidth + sourceWidth + statusWidth + flagsWidth;
    const int available = m_table->viewport()->width() > 100 ? m_table->viewport()->width() : 1000;
    const int textWidth = std::max(metrics.averageCharWidth() * 6, (available - fixed - 2) / 3);
    int widths[PreviewModel::ColumnCount] = {numberWidth, levelWidth,  textWidth,   textWidth, textWidth,
                                             tagsWidth,   sourceWidth, statusWidth, flagsWidth};
    // A column is never narrower than its title ("Erwartetes Feedback"); in a long language the table scrolls
    // sideways rather than cut a title.
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int headerPad = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
    for (int column = 0; column < PreviewModel::ColumnCount; ++column) {
        const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
        widths[column] = std::max(widths[column], headerMetrics.horizontalAdvance(title) + headerPad);
    }
    m_fittedWidths.assign(std::begin(widths), std::end(widths));
    for (int column = 0; column < PreviewModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    // The last section stretches and may have grown: note what it really is.
    for (int column = 0; column < PreviewModel::ColumnCount; ++column)
        m_fittedWidths[std::size_t(column)] = header->sectionSize(column);
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

} // namespace candor
