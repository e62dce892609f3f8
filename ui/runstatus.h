#pragma once

#include "generation/generationengine.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QWidget;

namespace candor {

// The run's voice in the window's status bar, always in view: the status line (plain text, or the live figures of
// an LLM run with a link to the log), the progress bar and the run log with its dialog.
class RunStatus : public QObject
{
    Q_OBJECT
public:
    // Takes the widgets into the status bar; the log dialog is a child of dialogParent.
    RunStatus(QStatusBar *bar, QLabel *label, QProgressBar *progress, QPushButton *logButton, QWidget *dialogParent);

    // A sentence for the status line. Plain: messages quote file names, model names and server texts, which must
    // never be read as markup.
    void setText(const QString &text);
    QString text() const;
    // The live figures of an LLM run.
    void showStats(const GenerationEngine::Stats &stats);
    void startRun(int targetRows);
    void setProgress(int done, int target);
    // A run that stopped short keeps its bar where it stopped; a finished one shows it full.
    void finishRun(bool ok);

    void log(const QString &line);
    QString logText() const { return m_log.join(QLatin1Char('\n')); }
    void showLog();

    static QString formatDuration(double seconds);

private:
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_logButton;
    QWidget *m_dialogParent;
    QStringList m_log;
    QPointer<QPlainTextEdit> m_logView;
};

} // namespace candor
