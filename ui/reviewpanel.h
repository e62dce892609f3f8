#pragma once

#include "dataset/datasetstore.h"
#include "previewfiltermodel.h"
#include "previewmodel.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>

class QAction;
class QComboBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QEvent;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;
class QUndoCommand;
class QUndoStack;

namespace candor {

class Workspace;

// The spot-check side of Candor's window: a filter bar, the live table over the dataset store, a detail pane where
// the current row is read and edited, and the counts per level and review status. Rows stream into the store while
// the user reviews; nothing here blocks the GUI thread for long at a million rows.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    // The panel shows and edits store, which it does not own (the session does).
    explicit ReviewPanel(DatasetStore *store, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    DatasetStore *store() const { return m_store; }
    PreviewModel *model() const { return m_model; }
    PreviewFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QSplitter *splitter() const { return m_splitter; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Store rows of the selection, in table order; the current row when nothing is selected.
    QVector<int> selectedRows() const;
    // Shows the rows made for level target that a judge placed at level judge (a cell of its confusion matrix).
    void showJudgedRows(int target, int judge);
    int currentRow() const; // store row, or -1
    void setCurrentRow(int storeRow);

    // Review actions, for the window's menu: accept, reject (with a reason), mark unreviewed, the same for every
    // shown row, undo, redo, revert edits, regenerate, find, copy.
    QList<QAction *> reviewActions() const;
    // Shows or hides the rubric beside the table (for the View menu).
    QAction *rubricAction() const { return m_rubricAction; }
    // Lists the review keys (for the Help menu).
    QAction *reviewHelpAction() const { return m_helpAction; }

    // Where the undo history is kept: the project the session has open, if any (nullptr: only in memory).
    void setWorkspaceSource(std::function<Workspace *()> source);
    // Rebuilds the undo stack from the project's history once its rows are in the store (after opening it).
    void restoreUndoHistory();

    // Writes what the detail pane holds into the store now rather than after the typing pause.
    void commitEdits();

public Q_SLOTS:
    void acceptSelected();
    void rejectSelected();
    // Rejects the selected rows and moves to the reason field; Return there records the reason and moves on.
    void rejectWithReason();
    void unreviewSelected();
    // The same for every row the filters show, after asking when that is more than one row.
    void acceptShown();
    void rejectShown();
    void unreviewShown();
    void showReviewHelp();
    void revertSelected();
    void regenerateSelected();
    void copySelected();
    void focusFilter();
    void clearFilters();

Q_SIGNALS:
    // The user asked for new versions of these store rows; the window generates them and calls store()->replace().
    void regenerateRequested(const QVector<int> &rows);

private:
    void buildFilterBar(QVBoxLayout *lines);
    QWidget *buildDetailPane();
    void applyFilterControls();
    void setStatusOfSelection(ReviewStatus status);
    void setStatusOfShown(ReviewStatus status);
    void moveOn(int proxyBefore, int current);
    void commitReason();
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showCurrent();
    void scheduleCommit();
    void updateCounts();
    void updateShown();
    void updateActions();

    DatasetStore *m_store = nullptr;
    PreviewModel *m_model = nullptr;
    PreviewFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QTextBrowser *m_rubricView = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::function<Workspace *()> m_workspaceSource;
    int m_undoIndex = 0;           // the stack's index before its last change
    bool m_rebuildingUndo = false; // clearing or rebuilding the stack is not undoing
    // Pushes a step and records it (or its growth, when it merged) in the project.
    void pushStep(QUndoCommand *command);

    QLineEdit *m_filterEdit = nullptr;
    std::array<QToolButton *, Rubric::LevelCount> m_levelButtons{};
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_flagsCombo = nullptr;
    QComboBox *m_ladderCombo = nullptr; // a 4th item shows one ladder (showLadder())
    QToolButton *m_clearButton = nullptr;
    QLabel *m_shownLabel = nullptr;
    QLabel *m_countsLabel = nullptr;

    QComboBox *m_levelEdit = nullptr;
    QPlainTextEdit *m_promptEdit = nullptr;
    QPlainTextEdit *m_answerEdit = nullptr;
    QPlainTextEdit *m_feedbackEdit = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    QLineEdit *m_hintEdit = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_infoLabel = nullptr;
    QWidget *m_detailFields = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;

    QAction *m_acceptAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_rejectReasonAction = nullptr;
    QAction *m_acceptShownAction = nullptr;
    QAction *m_rejectShownAction = nullptr;
    QAction *m_unreviewShownAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_rubricAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_unreviewAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_regenerateAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_showLadderAction = nullptr;
    void showLadder();
    void removeOneLadderItem();
    void removeJudgeItem(); // the "Judge said" entry of the flag filter, when there is one

    int m_detailRow = -1;            // store row the detail pane shows
    bool m_loading = false;          // filling the detail pane: its change signals are not edits
    bool m_dirty = false;            // the detail pane holds edits not yet in the store
    bool m_applying = false;         // writing the detail pane's edits: the store's echo is not reloaded
    QVector<int> m_reasonRows;       // the rows Shift+R rejected, which the reason field's text is for
    bool m_reasonMovesOn = false;    // Return in the reason field goes back to the table and on to the next row
    std::vector<int> m_fittedWidths; // column widths fitColumns() set; a user's or a restored layout differs
    int m_regenerateSerial = 0;      // groups the rows of one Regenerate into one undo step
    QTimer m_commitTimer;
    QTimer m_countsTimer;
};

} // namespace candor
