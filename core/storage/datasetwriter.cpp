#include "storage/datasetwriter.h"

#include "i18n/trfunction.h"

#include "dataset/rubric.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace candor {
using namespace Qt::StringLiterals;
namespace {
CANDOR_TR_FUNCTION("candor::DatasetWriter")
constexpr qsizetype kFlushAt = 1 << 20;

// A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)" from a model's answer).
// OWASP's advice for CSV injection: prefix such a cell with a single quote, which spreadsheets show as text.
bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

void appendCsvField(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = startsLikeFormula(text) ? "'" + text.toUtf8() : text.toUtf8();
    bool quote = false;
    for (char c : utf8) {
        if (c == '"' || c == ',' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}
} // namespace

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jsonl:
        return u"jsonl"_s;
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::OpenAiChat:
        return u"openai-chat"_s;
    case ExportFormat::Dpo:
        return u"dpo"_s;
    case ExportFormat::DpoChat:
        return u"dpo-chat"_s;
    case ExportFormat::Rm:
        return u"rm"_s;
    case ExportFormat::Kto:
        return u"kto"_s;
    case ExportFormat::OpenAiPreference:
        return u"openai-preference"_s;
    case ExportFormat::Rlwhf:
        return u"rlwhf"_s;
    case ExportFormat::Grpo:
        return u"grpo"_s;
    case ExportFormat::Reference:
        return u"reference"_s;
    case ExportFormat::Hf:
        return u"hf"_s;
    }
    return QString();
}

const QVector<ExportFormat> &allFormats()
{
    static const QVector<ExportFormat> formats{
        ExportFormat::Jsonl,   ExportFormat::Csv,  ExportFormat::OpenAiChat, ExportFormat::Dpo,
        ExportFormat::DpoChat, ExportFormat::Rm,   ExportFormat::Kto,        ExportFormat::OpenAiPreference,
        ExportFormat::Rlwhf,   ExportFormat::Grpo, ExportFormat::Reference,  ExportFormat::Hf};
    return formats;
}

bool formatFromName(const QString &name, ExportFormat *out)
{
    for (auto f : allFormats()) {
        if (formatName(f) == name) {
            *out = f;
            return true;
        }
    }
    return false;
}

bool formatHasMeta(ExportFormat format)
{
    return format == ExportFormat::Jsonl || format == ExportFormat::Csv || format == ExportFormat::Hf;
}

bool isPairFormat(ExportFormat format)
{
    return format == ExportFormat::Dpo || format == ExportFormat::DpoChat || format == ExportFormat::Rm ||
           format == ExportFormat::OpenAiPreference;
}

QString chatSystemMessage(int targetReward)
{
    const RubricLevel &level = Rubric::level(targetReward);
    return u"Answer at honesty level %1 (%2): %3"_s.arg(Rubric::formatReward(targetReward), level.label,
                                                        level.description);
}

QString writeErrorText(int error)
{
    switch (error) {
    case ENOSPC:
        return tr("no space left on device");
    case EDQUOT:
        return tr("the disk quota is exhausted");
    case EFBIG:
        return tr("the file would be larger than the system allows");
    case EROFS:
        return tr("the file system is read-only");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EPIPE:
        return tr("the program reading the pipe has closed it");
    case EIO:
        return tr("an input/output error (the disk or device failed)");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

bool isStreamNode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode));
}

QString unwritableNodeError(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QString(); // a new path
    if (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISDIR(st.st_mode))
        return QString(); // folders get their own message from the caller
    const QString kind = S_ISBLK(st.st_mode)    ? tr("a block device")
                         : S_ISSOCK(st.st_mode) ? tr("a socket")
                                                : tr("a special file");
    return tr("%1 is %2, not a regular file; Candor writes only to files, pipes and character devices")
        .arg(QDir::toNativeSeparators(path), kind);
}

DatasetWriter::DatasetWriter(const QString &path, ExportFormat format, bool withMeta)
    : m_file(path), m_direct(path), m_format(format), m_withMeta(withMeta)
{}

DatasetWriter::~DatasetWriter()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

QFileDevice &DatasetWriter::device()
{
    if (m_streaming)
        return m_direct;
    return m_file;
}

bool DatasetWriter::writeBytes(const char *data, qint64 size)
{
    // Unbuffered, so a failed write() leaves its errno for us to name the cause.
    errno = 0;
    const qint64 written = device().write(data, size);
    if (written != size) {
        const int error = errno;
        m_failed = true;
        m_error = tr("writing %1 failed: %2")
                      .arg(QDir::toNativeSeparators(path()), error ? writeErrorText(error) : device().errorString());
        return false;
    }
    m_bytes += written;
    return true;
}

bool DatasetWriter::open(QString *error)
{
    const QFileInfo info(m_file.fileName());
    if (info.isDir()) {
        *error = tr("%1 is a folder; give a file name").arg(QDir::toNativeSeparators(m_file.fileName()));
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (const QString refused = unwritableNodeError(m_file.fileName()); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    m_streaming = isStreamNode(m_file.fileName());
    // A pipe or device is written straight into; renaming a temporary file over it would replace the node.
    const bool opened = m_streaming ? m_direct.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
                                    : m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (!opened) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), device().errorString());
        return false;
    }
    m_buffer.reserve(kFlushAt + 64 * 1024);
    if (m_format == ExportFormat::Csv)
        appendCsvHeader(m_buffer, m_withMeta);
    return true;
}

bool DatasetWriter::flushBuffer()
{
    if (m_failed)
        return false;
    if (m_buffer.isEmpty())
        return true;
    if (!writeBytes(m_buffer.constData(), m_buffer.size()))
        return false;
    m_buffer.clear();
    return true;
}

bool DatasetWriter::write(const Example &e)
{
    switch (m_format) {
    case ExportFormat::Jsonl:
        appendJsonLine(m_buffer, e, m_withMeta);
        break;
    case ExportFormat::Csv:
        appendCsvRow(m_buffer, e, m_withMeta);
        break;
    case ExportFormat::OpenAiChat:
        appendOpenAiChatLine(m_buffer, e);
        break;
    default:
        // The trainer formats are built from ladders of rows (storage/exporter.cpp) and arrive through
        // writeEncoded(); a single row has no line of its own in them.
        appendJsonLine(m_buffer, e, m_withMeta);
        break;
    }
    ++m_rows;
    return m_buffer.size() < kFlushAt || flushBuffer();
}

bool DatasetWriter::writeEncoded(const QByteArray &bytes, qint64 rows)
{
    if (!flushBuffer())
        return false;
    m_rows += rows;
    return writeBytes(bytes.constData(), bytes.size());
}

bool DatasetWriter::commit(QString *error)
{
    if (m_streaming) {
        const bool ok = flushBuffer();
        m_direct.close();
        if (!ok)
            *error = m_error;
        return ok;
    }
    errno = 0;
    if (!flushBuffer() || !m_file.commit()) {
        if (m_error.isEmpty() && errno)
            m_error =
                tr("saving %1 failed: %2").arg(QDir::toNativeSeparators(m_file.fileName()), writeErrorText(errno));
        if (m_error.isEmpty())
            m_error = tr("saving %1 failed: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        if (m_file.isOpen())
            m_file.cancelWriting();
        *error = m_error;
        return false;
    }
    return true;
}

void DatasetWriter::cancel()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
    m_direct.close();
    m_buffer.clear();
}

void DatasetWriter::appendCsvHeader(QByteArray &out, bool withMeta)
{
    out += "prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint";
    if (withMeta)
        out += ",id,source,provider,model,created,status,flags";
    out += "\r\n";
}

void DatasetWriter::appendCsvRow(QByteArray &out, const Example &e, bool withMeta)
{
    appendCsvField(out, e.prompt);
    out += ',';
    appendCsvField(out, e.idealAnswer);
    out += ',';
    appendCsvField(out, e.expectedFeedback);
    out += ',';
    out += QByteArray::number(e.targetReward);
    out += ',';
    // Tags joined by "|": the one character no tag in Candor's vocabulary uses.
    appendCsvField(out, e.tags.join(QLatin1Char('|')));
    out += ',';
    appendCsvField(out, e.searchHint);
    if (withMeta) {
        out += ',';
        appendCsvField(out, e.id);
        out += ',';
        out += sourceName(e.source).toUtf8();
        out += ',';
        appendCsvField(out, e.provider);
        out += ',';
        appendCsvField(out, e.model);
        out += ',';
        if (e.createdMs > 0)
            out += QDateTime::fromMSecsSinceEpoch(e.createdMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        out += ',';
        out += statusName(e.status).toUtf8();
        out += ',';
        appendCsvField(out, flagNames(e.flags).join(QLatin1Char('|')));
    }
    out += "\r\n";
}

void DatasetWriter::appendOpenAiChatLine(QByteArray &out, const Example &e)
{
    out += "{\"messages\":[{\"role\":\"system\",\"content\":";
    appendJsonString(out, chatSystemMessage(e.targetReward));
    out += "},{\"role\":\"user\",\"content\":";
    appendJsonString(out, e.prompt);
    out += "},{\"role\":\"assistant\",\"content\":";
    appendJsonString(out, e.idealAnswer);
    out += "}]}\n";
}

} // namespace candor
