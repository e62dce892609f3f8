#pragma once

#include "dataset/datasetstore.h"
#include "generation/judge.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace candor {

class ProviderForm;

// Verify with a judge model: the rows the window chose (all, the shown or the selected ones) go to the model set
// up in the provider form, K votes each; verdicts land on the rows as they come (meta.judge and the
// level_mismatch / off_by_more_than_one flags, kept in the project), and the agreement and the confusion matrix
// show when the run ends.
class JudgeDialog : public QDialog
{
    Q_OBJECT
public:
    JudgeDialog(DatasetStore *store, QVector<int> rows, ProviderForm *form, QWidget *parent = nullptr);
    ~JudgeDialog() override;

    void start();
    bool isRunning() const { return m_run && m_run->isRunning(); }
    // The agreement over the judged rows of the store, as last shown.
    const Agreement &agreement() const { return m_agreement; }

Q_SIGNALS:
    void runFinished(bool ok);
    // A cell of the confusion matrix was clicked: show the rows made for target that the judge put at judge.
    void cellChosen(int target, int judge);

protected:
    void reject() override;

private:
    void flush();
    void showAgreement();

    DatasetStore *m_store;
    QVector<int> m_rows;
    ProviderForm *m_form;
    std::unique_ptr<JudgeRun> m_run;
    QVector<QString> m_ids; // the ids of m_rows at the start: a verdict finds its row by id
    QVector<int> m_pendingRows;
    QVector<std::shared_ptr<const JudgeVerdict>> m_pendingVerdicts;
    QTimer m_flushTimer;
    Agreement m_agreement;
    QLabel *m_summary = nullptr;
    QSpinBox *m_votes = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_agreementLabel = nullptr;
    QTableWidget *m_matrix = nullptr;
    QPushButton *m_startButton = nullptr;
};

} // namespace candor
