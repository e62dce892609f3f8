#pragma once

#include "dataset/example.h"
#include "dataset/generationconfig.h"

#include <QFile>
#include <QString>
#include <QVector>

namespace candor {
using namespace Qt::StringLiterals;

// The append-only record of a run, beside its output file: a header with the run's config (never secrets),
// then one JSONL line (with meta) per accepted row. Each row reaches the kernel as soon as it is accepted, so a
// killed process loses nothing; sync() makes it durable on disk (once per completed batch).
class RunJournal
{
public:
    static QString pathFor(const QString &outputPath) { return outputPath + u".journal"_s; }

    RunJournal() = default;
    ~RunJournal();
    RunJournal(const RunJournal &) = delete;
    RunJournal &operator=(const RunJournal &) = delete;

    // Starts a new journal (replacing an old one) with the config as its header.
    bool create(const QString &path, const GenerationConfig &config, QString *error);
    // Continues an existing journal (after load()).
    bool openForAppend(const QString &path, QString *error);
    bool append(const Example &row);
    bool sync(QString *error);
    void close();
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
    QFile m_file;
    QString m_error;
    QByteArray m_line;
};

} // namespace candor
