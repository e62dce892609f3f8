#pragma once

#include "dataset/example.h"

#include <QFile>
#include <QSaveFile>
#include <QString>
#include <QVector>

namespace candor {

enum class ExportFormat
{
    Jsonl,      // the seed format, optionally with meta
    Csv,        // RFC 4180, CRLF line ends
    OpenAiChat, // OpenAI chat fine-tuning JSONL: system / user / assistant messages (SFT)
    // The trainer formats (storage/exporter.h builds them from ladders of rows that answer the same prompt).
    Dpo,              // TRL preference, standard: {"prompt","chosen","rejected"}
    DpoChat,          // TRL preference, conversational: message lists
    Rm,               // TRL RewardTrainer, implicit prompt, conversational, with "margin"
    Kto,              // TRL unpaired preference: {"prompt","completion","label"}
    OpenAiPreference, // OpenAI-style preference fine-tuning (OpenAI, Together, Fireworks)
    Rlwhf,            // RLWHF tuples: prompt, answer, feedback, reward, metadata
    Grpo,             // prompt-only rows with the reward functions' columns (one per prompt)
    Reference,        // {"prompt","reference"} from +2 rows, for offline evaluators
    Hf                // a Hugging Face dataset folder with a dataset card
};

QString formatName(ExportFormat format);
bool formatFromName(const QString &name, ExportFormat *out);
// Every format, in the order help texts list them.
const QVector<ExportFormat> &allFormats();
// Formats whose rows can carry the "meta" object (seed JSONL, CSV, and the seed config of the HF folder).
bool formatHasMeta(ExportFormat format);
// Formats made of preference pairs (a chosen and a rejected answer to the same prompt).
bool isPairFormat(ExportFormat format);

// Streams rows to a file atomically: everything goes to a temporary file that replaces the target only
// on commit(), so a crash, a cancel or a full disk never leaves a half-written dataset behind.
// Only a regular file (or a new path) is replaced that way. A FIFO or a character device (a pipe to another
// program, /dev/null, /dev/stdout) is written straight into, since renaming over it would replace the node itself;
// any other kind of file (a socket, a block device) is refused.
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
    bool writeBytes(const char *data, qint64 size);
    QFileDevice &device();
    QString path() const { return m_file.fileName(); }

    QSaveFile m_file;
    QFile m_direct; // the FIFO or character device written straight into
    bool m_streaming = false;
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

// What an errno from writing a file means, in words a person can act on ("no space left on device").
QString writeErrorText(int error);

// Refuses a path Candor must not write a file over: an existing node that is neither a regular file, a FIFO nor a
// character device (a socket, a block device). Empty when the path is fine; a new path is fine.
QString unwritableNodeError(const QString &path);
// True when the path names an existing FIFO or character device, which is written straight into.
bool isStreamNode(const QString &path);

} // namespace candor
