#pragma once

#include "dataset/example.h"

#include <QSaveFile>
#include <QString>

namespace candor {

enum class ExportFormat
{
    Jsonl,     // the seed format, optionally with meta
    Csv,       // RFC 4180, CRLF line ends
    OpenAiChat // OpenAI chat fine-tuning JSONL: system / user / assistant messages
};

QString formatName(ExportFormat format);
bool formatFromName(const QString &name, ExportFormat *out);

// Streams rows to a file atomically: everything goes to a temporary file that replaces the target only
// on commit(), so a crash, a cancel or a full disk never leaves a half-written dataset behind.
class DatasetWriter
{
public:
    DatasetWriter(const QString &path, ExportFormat format, bool withMeta);
    ~DatasetWriter();

    bool open(QString *error);
    bool write(const Example &example);
    // Pre-encoded rows (the template generator's fast path), rows = how many rows the bytes hold.
    bool writeEncoded(const QByteArray &bytes, qint64 rows);
    // Flushes and moves the file into place. On failure the previous file at the path is untouched.
    bool commit(QString *error);
    // Drops everything written so far.
    void cancel();

    qint64 rowsWritten() const { return m_rows; }
    qint64 bytesWritten() const { return m_bytes; }
    QString errorString() const { return m_error; }

    static void appendCsvHeader(QByteArray &out, bool withMeta);
    static void appendCsvRow(QByteArray &out, const Example &example, bool withMeta);
    static void appendOpenAiChatLine(QByteArray &out, const Example &example);

private:
    bool flushBuffer();

    QSaveFile m_file;
    ExportFormat m_format;
    bool m_withMeta;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    QString m_error;
    bool m_failed = false;
};

// System message used for the OpenAI chat fine-tuning export: it tells the tuned model the target level.
QString chatSystemMessage(int targetReward);

} // namespace candor
