#include "reviewpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
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
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace candor {
using namespace Qt::StringLiterals;

namespace {

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
    const int widths[PreviewModel::ColumnCount] = {64, 215, 320, 320, 240, 150, 80, 90, 120};
    for (int column = 0; column < PreviewModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
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
    layout->addWidget(m_splitter, 1);

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
    m_unreviewAction = makeAction(tr("Mark &Unreviewed"), u"unreviewAction"_s, QKeySequence(Qt::Key_U),
                                  Qt::WidgetShortcut, tr("Set the selected rows back to pending"));
    m_revertAction = makeAction(tr("Re&vert Edits"), u"revertAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                                Qt::WindowShortcut, tr("Restore the generated text of the selected edited rows"));
    m_regenerateAction = makeAction(tr("Re&generate"), u"regenerateAction"_s, QKeySequence(Qt::CTRL | Qt::Key_R),
                                    Qt::WindowShortcut, tr("Replace the selected rows with newly generated ones"));
    m_copyAction = makeAction(tr("&Copy as JSONL"), u"copyRowsAction"_s, QKeySequence(QKeySequence::Copy),
                              Qt::WidgetShortcut, tr("Copy the selected rows as JSON lines"));
    m_findAction = makeAction(tr("&Find Rows"), u"findAction"_s, QKeySequence(QKeySequence::Find), Qt::WindowShortcut,
                              tr("Type text to filter the rows"));
    auto *editAction = makeAction(tr("&Edit Row"), u"editRowAction"_s, QKeySequence(Qt::Key_Return), Qt::WidgetShortcut,
                                  tr("Move to the detail pane to edit the current row"));
    for (QAction *action : {m_acceptAction, m_rejectAction, m_unreviewAction, m_revertAction, m_regenerateAction,
                            m_copyAction, editAction})
        m_table->addAction(action);
    addAction(m_findAction);
    addAction(m_revertAction);
    addAction(m_regenerateAction);
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

    m_statusCombo = new QComboBox;
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
    second->addWidget(m_statusCombo);

    m_sourceCombo = new QComboBox;
    m_sourceCombo->setObjectName(u"sourceFilterComboBox"_s);
    m_sourceCombo->setAccessibleName(tr("Source filter"));
    m_sourceCombo->setToolTip(tr("Show rows by where they came from."));
    m_sourceCombo->addItem(tr("All sources"), 0u);
    for (ExampleSource source :
         {ExampleSource::Template, ExampleSource::Llm, ExampleSource::Fallback, ExampleSource::Imported})
        m_sourceCombo->addItem(PreviewModel::sourceText(source), PreviewFilter::sourceBit(source));
    second->addWidget(m_sourceCombo);

    m_flagsCombo = new QComboBox;
    m_flagsCombo->setObjectName(u"flagsFilterComboBox"_s);
    m_flagsCombo->setAccessibleName(tr("Flag filter"));
    m_flagsCombo->setToolTip(tr("Show rows by the problems noticed about them, or rows you edited."));
    const unsigned everyFlag = FlagEdited | FlagLevelMismatch | FlagTooLong | FlagBadSearchHint | FlagDuplicate;
    auto addFlagItem = [this](const QString &text, unsigned flags, PreviewFilter::FlagMatch match) {
        m_flagsCombo->addItem(text, flags);
        m_flagsCombo->setItemData(m_flagsCombo->count() - 1, int(match), Qt::UserRole + 1);
    };
    addFlagItem(tr("Any flags"), 0, PreviewFilter::FlagMatch::Any);
    addFlagItem(tr("Flagged"), everyFlag, PreviewFilter::FlagMatch::Any);
    addFlagItem(tr("Not flagged"), everyFlag, PreviewFilter::FlagMatch::None);
    for (unsigned flag : {unsigned(FlagEdited), unsigned(FlagLevelMismatch), unsigned(FlagTooLong),
                          unsigned(FlagBadSearchHint), unsigned(FlagDuplicate)})
        addFlagItem(PreviewModel::flagsText(flag), flag, PreviewFilter::FlagMatch::Any);
    second->addWidget(m_flagsCombo);
    for (QComboBox *combo : {m_statusCombo, m_sourceCombo, m_flagsCombo}) {
        // Long translations must not squeeze the text filter: the closed combo shows a few characters, the list all.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        connect(combo, &QComboBox::currentIndexChanged, this, &ReviewPanel::applyFilterControls);
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
    connect(m_levelEdit, &QComboBox::currentIndexChanged, this, [this] {
        scheduleCommit();
        commitEdits(); // a level change is one deliberate choice, not typing
    });
    return pane;
}

QList<QAction *> ReviewPanel::reviewActions() const
{
    return {m_acceptAction,     m_rejectAction, m_unreviewAction, m_revertAction,
            m_regenerateAction, m_copyAction,   m_findAction};
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
    f.sources = m_sourceCombo->currentData().toUInt();
    f.flags = m_flagsCombo->currentData().toUInt();
    f.flagMatch = PreviewFilter::FlagMatch(m_flagsCombo->currentData(Qt::UserRole + 1).toInt());
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
    for (QComboBox *combo : {m_statusCombo, m_sourceCombo, m_flagsCombo}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    m_filter->clearFilter();
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

void ReviewPanel::setStatusOfSelection(ReviewStatus status)
{
    commitEdits();
    const QVector<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int proxyBefore = m_table->currentIndex().row();
    const int current = currentRow();
    m_store->setStatus(rows, status);
    if (rows.size() != 1 || proxyBefore < 0)
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
    for (int row : selectedRows())
        m_store->reset(row);
    showCurrent();
}

void ReviewPanel::regenerateSelected()
{
    commitEdits();
    const QVector<int> rows = selectedRows();
    if (!rows.isEmpty())
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
    m_applying = true;
    m_store->update(m_detailRow, e);
    m_applying = false;
    m_dirty = false;
    showCurrent();
}

void ReviewPanel::showCurrent()
{
    if (m_detailRow != currentRow())
        commitEdits(); // the row being left keeps its edits
    m_detailRow = currentRow();
    m_loading = true;
    const bool has = m_detailRow >= 0;
    m_detailFields->setEnabled(has);
    if (!has) {
        for (QPlainTextEdit *edit : {m_promptEdit, m_answerEdit, m_feedbackEdit})
            edit->clear();
        m_tagsEdit->clear();
        m_hintEdit->clear();
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
    if (m_tagsEdit->text() != joinTags(e.tags))
        m_tagsEdit->setText(joinTags(e.tags));
    if (m_hintEdit->text() != e.searchHint)
        m_hintEdit->setText(e.searchHint);
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
    info << PreviewModel::statusText(e.status);
    if (e.flags)
        info << PreviewModel::flagsText(e.flags);
    QString text = info.join(u" · "_s);
    if (m_store->isEdited(m_detailRow))
        text += u"\n"_s + tr("Edited by hand; the generated text is kept and Revert Edits restores it.");
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
         {m_acceptAction, m_rejectAction, m_unreviewAction, m_revertAction, m_regenerateAction, m_copyAction})
        action->setEnabled(any);
}

} // namespace candor
