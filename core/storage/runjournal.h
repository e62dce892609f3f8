#pragma once

#include "dataset/example.h"
#include "dataset/generationconfig.h"

#include <QFile>
#include <QString>
#include <QVector>

#include <memory>

namespace candor {
using namespace Qt::StringLiterals;

// The append-only record of a run, beside its output file: a header with the run's config (never secrets),
// then one JSONL line (with meta) per accepted row. Each row reaches the kernel as soon as it is accepted, so a
// killed process loses nothing; sync() or syncInBackground() makes it durable on disk (once per completed batch).
class RunJournal
{
public:
    static QString pathFor(const QString &outputPath) { return outputPath + u".journal"_s; }

    RunJournal();
    ~RunJournal();
    RunJournal(const RunJournal &) = delete;
    RunJournal &operator=(const RunJournal &) = delete;

    // Starts a new journal (replacing an old one) with the config as its header.
    bool create(const QString &path, const GenerationConfig &config, QString *error);
    // Continues an existing journal (after load()).
    bool openForAppend(const QString &path, QString *error);
    bool append(const Example &row);
    bool sync(QString *error);
    // Makes what was written so far durable on a background thread and returns at once: fsync waits for the disk,
    // tens of milliseconds when it is busy, and the thread that reads the answers must not wait with it. Requests
    // made while one runs are served by one more fsync. False (with the error) when an earlier one failed.
    bool syncInBackground(QString *error);
    int backgroundSyncs() const; // fsyncs the background thread has finished
    void close();                // waits for a background sync, then syncs once more
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_error; }

    struct Contents
    {
        GenerationConfig config;
        QVector<Example> rows;
        int damagedLines = 0; // e.g. the half-written last line of a killed run
    };
    static bool load(const QString &path, Contents *contents, QString *error);

private:
    struct Syncer;
    std::unique_ptr<Syncer> m_syncer; // started on the first syncInBackground()
    QFile m_file;
    QString m_error;
    QByteArray m_line;
};

} // namespace candor
