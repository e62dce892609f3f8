#include "runstatus.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

namespace candor {
using namespace Qt::StringLiterals;

RunStatus::RunStatus(QStatusBar *bar, QLabel *label, QProgressBar *progress, QPushButton *logButton,
                     QWidget *dialogParent)
    : QObject(bar), m_label(label), m_progress(progress), m_logButton(logButton), m_dialogParent(dialogParent)
{
    m_label->setWordWrap(false);
    // Long messages are cut at the window's edge (the whole text is the tooltip) rather than widening the window.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setMinimumWidth(1);
    bar->addWidget(m_label, 1);
    m_progress->setMaximumWidth(220);
    bar->addPermanentWidget(m_progress);
    m_logButton->setFlat(true);
    bar->addPermanentWidget(m_logButton);
    connect(m_logButton, &QPushButton::clicked, this, &RunStatus::showLog);
    connect(m_label, &QLabel::linkActivated, this, &RunStatus::showLog);
}

QString RunStatus::formatDuration(double seconds)
{
    const int s = qRound(seconds);
    if (s < 60)
        return tr("%Ln s", nullptr, s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

void RunStatus::setText(const QString &text)
{
    m_label->setTextFormat(Qt::PlainText);
    m_label->setText(text);
    m_label->setToolTip(text);
}

QString RunStatus::text() const
{
    return m_label->text();
}

void RunStatus::startRun(int targetRows)
{
    m_progress->setRange(0, qMax(1, targetRows));
    m_progress->setValue(0);
    m_progress->setVisible(true);
}

void RunStatus::setProgress(int done, int target)
{
    m_progress->setRange(0, qMax(1, target));
    m_progress->setValue(qMin(done, qMax(1, target)));
}

void RunStatus::finishRun(bool ok)
{
    if (ok)
        m_progress->setValue(m_progress->maximum());
}

void RunStatus::showStats(const GenerationEngine::Stats &s)
{
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 of %2 rows").arg(locale.toString(s.acceptedTotal()), locale.toString(s.targetTotal()))
          << tr("%1 rows/s").arg(locale.toString(s.rowsPerSecond, 'f', 1))
          << tr("%Ln request(s) in flight", nullptr, s.inFlight)
          << (s.requests > 0 && s.inputTokens == 0 && s.outputTokens == 0
                  // The server sent no usage: unknown is not zero.
                  ? tr("tokens unknown")
                  : tr("tokens %1 in / %2 out").arg(locale.toString(s.inputTokens), locale.toString(s.outputTokens)) +
                        // Counted from text lengths where the server sent no usage.
                        (s.tokensPartlyUnknown ? u' ' + tr("(some estimated)") : QString()))
          << (s.costUsd ? (s.costEstimated ? tr("about $%1 (estimated)") : tr("$%1")).arg(*s.costUsd, 0, 'f', 4)
                        : tr("no price"));
    // Paused, nothing moves: an ETA would only grow.
    if (s.etaSeconds && *s.etaSeconds > 0 && !s.paused)
        parts << tr("ETA %1").arg(formatDuration(*s.etaSeconds));
    if (s.paused)
        parts << tr("paused");
    else if (s.waitingSeconds > 0)
        parts << tr("waiting %1 for the rate limit").arg(formatDuration(s.waitingSeconds));
    int errors = 0;
    for (int count : s.errorsByKind)
        errors += count;
    QString text = parts.join(u" · "_s).toHtmlEscaped();
    // People read the connector's sentence; the error kinds, with every retry, are in the run log behind the link.
    if (errors > 0)
        text += u" · <a href=\"#log\">"_s +
                tr("%Ln error(s), the last: %1", nullptr, errors).arg(s.lastError).toHtmlEscaped() + u"</a>"_s;
    m_label->setToolTip(s.lastError);
    m_label->setTextFormat(Qt::RichText);
    m_label->setText(text);
    m_logButton->setText(errors ? tr("Run &Log (%Ln error(s))…", nullptr, errors) : tr("Run &Log…"));
}

void RunStatus::log(const QString &line)
{
    m_log << u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), line);
    if (m_logView)
        m_logView->appendPlainText(m_log.constLast());
}

void RunStatus::showLog()
{
    if (!m_logView) {
        auto *dialog = new QDialog(m_dialogParent);
        dialog->setObjectName(u"logDialog"_s);
        dialog->setWindowTitle(tr("Run Log"));
        auto *layout = new QVBoxLayout(dialog);
        m_logView = new QPlainTextEdit(dialog);
        m_logView->setObjectName(u"logView"_s);
        m_logView->setReadOnly(true);
        m_logView->setAccessibleName(tr("Run log"));
        m_logView->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(m_logView);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::hide);
        layout->addWidget(buttons);
        dialog->resize(760, 420);
    }
    m_logView->setPlainText(logText());
    auto *dialog = qobject_cast<QDialog *>(m_logView->parentWidget());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace candor
