#include "judgedialog.h"

#include "providerform.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace candor {
using namespace Qt::StringLiterals;

JudgeDialog::JudgeDialog(DatasetStore *store, QVector<int> rows, ProviderForm *form, QWidget *parent)
    : QDialog(parent), m_store(store), m_rows(std::move(rows)), m_form(form)
{
    setObjectName(u"judgeDialog"_s);
    setWindowTitle(tr("Verify with a Judge Model"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(
        tr("%Ln row(s) will be judged by %1 (%2), the model set up under Model.", nullptr, int(m_rows.size()))
            .arg(form->model(), form->providerId()),
        this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *options = new QFormLayout;
    m_votes = new QSpinBox(this);
    m_votes->setObjectName(u"judgeVotesSpinBox"_s);
    m_votes->setRange(1, 9);
    m_votes->setValue(1);
    m_votes->setToolTip(tr("Calls per row; the majority is the verdict and the spread is kept (3 recommended)."));
    options->addRow(tr("&Votes per row:"), m_votes);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(u"judgeConcurrencySpinBox"_s);
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(4);
    m_concurrency->setToolTip(tr("Requests at a time."));
    options->addRow(tr("&Requests at a time:"), m_concurrency);
    layout->addLayout(options);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, qMax(1, int(m_rows.size())));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"judgeStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_agreementLabel = new QLabel(this);
    m_agreementLabel->setObjectName(u"judgeAgreementLabel"_s);
    m_agreementLabel->setWordWrap(true);
    layout->addWidget(m_agreementLabel);
    m_matrix = new QTableWidget(Rubric::LevelCount, Rubric::LevelCount, this);
    m_matrix->setObjectName(u"judgeMatrix"_s);
    m_matrix->setAccessibleName(tr("Confusion matrix: rows are target levels, columns the judge's levels"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QStringList labels;
    for (int l = Rubric::LevelCount - 1; l >= 0; --l)
        labels << Rubric::formatReward(Rubric::rewardAt(l));
    m_matrix->setHorizontalHeaderLabels(labels);
    m_matrix->setVerticalHeaderLabels(labels);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->setVisible(false);
    m_matrix->setToolTip(tr("Rows: the level each row was made for; columns: the judge's level. Click a cell to "
                            "show its rows in the table."));
    connect(m_matrix, &QTableWidget::cellClicked, this, [this](int row, int column) {
        Q_EMIT cellChosen(Rubric::rewardAt(Rubric::LevelCount - 1 - row),
                          Rubric::rewardAt(Rubric::LevelCount - 1 - column));
    });
    layout->addWidget(m_matrix);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_startButton = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"judgeStartButton"_s);
    m_startButton->setDefault(true);
    m_startButton->setEnabled(!m_rows.isEmpty());
    layout->addWidget(buttons);
    connect(m_startButton, &QPushButton::clicked, this, &JudgeDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &JudgeDialog::reject);
    // Verdicts reach the table in batches: one view update and one project write per batch, not per row.
    m_flushTimer.setInterval(200);
    connect(&m_flushTimer, &QTimer::timeout, this, &JudgeDialog::flush);
    for (int row : std::as_const(m_rows))
        m_ids << m_store->at(row).id;
}

JudgeDialog::~JudgeDialog() = default;

void JudgeDialog::start()
{
    if (isRunning())
        return;
    m_startButton->setEnabled(false);
    m_status->setText(tr("Looking up the key…"));
    m_form->endpoint(this, [this](const EndpointSettings &endpoint, const QString &error) {
        if (!error.isEmpty()) {
            m_status->setText(error);
            m_startButton->setEnabled(true);
            return;
        }
        JudgeOptions options;
        options.provider = m_form->providerId();
        options.model = m_form->model();
        options.votes = m_votes->value();
        options.concurrency = m_concurrency->value();
        m_run = std::make_unique<JudgeRun>(endpoint, options);
        QVector<Example> rows;
        for (int row : std::as_const(m_rows))
            rows << m_store->at(row);
        connect(m_run.get(), &JudgeRun::rowJudged, this, [this](int index, const Example &row) {
            m_pendingRows << int(index);
            m_pendingVerdicts << row.judge;
        });
        connect(m_run.get(), &JudgeRun::progress, this, [this](int judged, int total) {
            m_progress->setValue(judged);
            m_status->setText(tr("%1 of %2 rows judged.").arg(judged).arg(total));
        });
        connect(m_run.get(), &JudgeRun::finished, this, [this](bool ok, const QString &summary) {
            m_flushTimer.stop();
            flush();
            m_status->setText(summary);
            showAgreement();
            m_startButton->setEnabled(true);
            Q_EMIT runFinished(ok);
        });
        QString startError;
        if (!m_run->start(rows, {}, &startError)) {
            m_status->setText(startError);
            m_startButton->setEnabled(true);
            return;
        }
        m_flushTimer.start();
        m_status->setText(tr("Judging…"));
    });
}

void JudgeDialog::flush()
{
    if (m_pendingRows.isEmpty())
        return;
    // The table may have changed since the start (a new run, rows opened): a verdict goes to the row with its id.
    QVector<int> rows;
    QVector<std::shared_ptr<const JudgeVerdict>> verdicts;
    for (qsizetype i = 0; i < m_pendingRows.size(); ++i) {
        const int index = m_pendingRows.at(i);
        const int row = m_store->rowOf(m_ids.value(index));
        if (row >= 0) {
            rows << row;
            verdicts << m_pendingVerdicts.at(i);
        }
    }
    m_pendingRows.clear();
    m_pendingVerdicts.clear();
    m_store->setJudgements(rows, verdicts);
}

void JudgeDialog::showAgreement()
{
    Agreement::Matrix matrix{};
    for (const QString &id : std::as_const(m_ids)) {
        const int current = m_store->rowOf(id);
        if (current < 0)
            continue;
        const Example &e = m_store->at(current);
        if (e.judge && Rubric::isValid(e.targetReward))
            ++matrix[std::size_t(Rubric::indexOf(e.targetReward))][std::size_t(Rubric::indexOf(e.judge->level))];
    }
    m_agreement = agreementOf(matrix);
    if (m_agreement.pairs == 0) {
        m_agreementLabel->setText(tr("No row was judged."));
        m_matrix->setVisible(false);
        return;
    }
    const QLocale locale;
    auto coefficient = [&locale](const std::optional<double> &v) {
        return v ? locale.toString(*v, 'f', 3) : tr("undefined");
    };
    m_agreementLabel->setText(
        tr("Over %Ln judged row(s): exact agreement %1, within one level %2, quadratic-weighted kappa %3 (95% "
           "interval %4 to %5).",
           nullptr, int(m_agreement.pairs))
            .arg(locale.toString(m_agreement.exact * 100, 'f', 1) + u'%',
                 locale.toString(m_agreement.withinOne * 100, 'f', 1) + u'%', coefficient(m_agreement.quadraticKappa),
                 coefficient(m_agreement.quadraticKappaInterval[0]),
                 coefficient(m_agreement.quadraticKappaInterval[1])));
    // A heat map: the darker a cell, the more rows; the diagonal is agreement.
    qint64 most = 1;
    for (const auto &r : m_agreement.matrix)
        for (qint64 c : r)
            most = std::max(most, c);
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        for (int j = 0; j < Rubric::LevelCount; ++j) {
            const qint64 count =
                m_agreement.matrix[std::size_t(Rubric::LevelCount - 1 - i)][std::size_t(Rubric::LevelCount - 1 - j)];
            auto *item = new QTableWidgetItem(locale.toString(count));
            item->setTextAlignment(Qt::AlignCenter);
            const double share = double(count) / double(most);
            QColor colour = i == j ? QColor(39, 174, 96) : QColor(192, 57, 43);
            colour.setAlphaF(0.1 + 0.6 * share);
            item->setBackground(count ? colour : QColor(Qt::transparent));
            m_matrix->setItem(i, j, item);
        }
    }
    m_matrix->setVisible(true);
}

void JudgeDialog::reject()
{
    if (isRunning()) {
        m_run->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace candor
