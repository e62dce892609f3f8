#include "storage/jsonlreader.h"

#include "i18n/trfunction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace candor {
namespace {
CANDOR_TR_FUNCTION("candor::JsonlReader")
constexpr qint64 kBlock = 4 * 1024 * 1024;

int hexValue(const QByteArray &s, qsizetype at)
{
    if (at + 4 > s.size())
        return -1;
    int v = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const char c = s.at(i);
        const int d = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

// What Qt's parser lets through but strict JSON parsers (and RFC 8259) refuse: a raw control character inside
// a string, and a \uD800-\uDFFF escape that is not half of a pair (Qt turns it into U+FFFD without a word).
// Runs on a line that already parsed, so only strings and their escapes need tracking.
bool strictJsonProblem(const QByteArray &line, QString *error)
{
    bool inString = false;
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = line.at(i);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            *error = tr("raw control character U+%1 inside a string at column %2; JSON needs it escaped")
                         .arg(int(static_cast<unsigned char>(c)), 4, 16, QLatin1Char('0'))
                         .arg(i + 1);
            return true;
        } else if (c == '\\' && i + 1 < n) {
            if (line.at(i + 1) != 'u') {
                ++i;
                continue;
            }
            const int unit = hexValue(line, i + 2);
            if (unit >= 0xD800 && unit <= 0xDBFF && i + 7 < n && line.at(i + 6) == '\\' && line.at(i + 7) == 'u') {
                const int low = hexValue(line, i + 8);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    i += 11;
                    continue;
                }
            }
            if (unit >= 0xD800 && unit <= 0xDFFF) {
                *error = tr("lone surrogate escape \\u%1 at column %2; it is not a character")
                             .arg(QString::fromLatin1(line.mid(i + 2, 4)))
                             .arg(i + 1);
                return true;
            }
            i += 5;
        }
    }
    return false;
}
} // namespace

bool JsonlReader::parseObject(const QByteArray &rawLine, QJsonObject *out, QString *error)
{
    QByteArray line = rawLine;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty()) {
        error->clear();
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(line);
    if (decoder.hasError()) {
        *error = tr("not valid UTF-8 text");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("invalid JSON at column %1: %2").arg(parseError.offset + 1).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("not a JSON object");
        return false;
    }
    if (strictJsonProblem(line, error))
        return false;
    *out = doc.object();
    return true;
}

bool JsonlReader::parseLine(const QByteArray &rawLine, Example *out, QString *error)
{
    QJsonObject object;
    return parseObject(rawLine, &object, error) && exampleFromJson(object, out, error);
}

bool JsonlReader::read(const QString &path, const RowHandler &onRow, const ErrorHandler &onError, QString *fatalError,
                       const ProgressHandler &onProgress)
{
    return readLines(
        path,
        [&](const QByteArray &line, qint64 lineNumber) {
            Example row;
            QString error;
            if (parseLine(line, &row, &error))
                return onRow(std::move(row), lineNumber);
            if (!error.isEmpty())
                onError({lineNumber, error});
            return true;
        },
        onError, fatalError, onProgress);
}

bool JsonlReader::readLines(const QString &path, const LineHandler &onLine, const ErrorHandler &onError,
                            QString *fatalError, const ProgressHandler &onProgress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *fatalError = tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const qint64 total = file.size();
    QByteArray pending;
    qint64 lineNumber = 0;
    qint64 bytesRead = 0;
    bool skippingLongLine = false;
    bool first = true;

    auto handleLine = [&](QByteArray line) -> bool {
        ++lineNumber;
        if (first) {
            first = false;
            if (line.startsWith("\xEF\xBB\xBF")) // a byte order mark some editors add
                line.remove(0, 3);
        }
        if (line.size() > MaxLineBytes) {
            onError({lineNumber, tr("line is longer than %1 MB; skipped").arg(MaxLineBytes >> 20)});
            return true;
        }
        return onLine(line, lineNumber);
    };

    while (true) {
        // A small file is read in one block of its own size: read(kBlock) would set aside 4 MB each time.
        const qint64 left = file.isSequential() ? kBlock : file.size() - file.pos();
        const QByteArray block = file.read(qBound<qint64>(1, left, kBlock));
        if (block.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                *fatalError = tr("reading %1 failed: %2").arg(QDir::toNativeSeparators(path), file.errorString());
                return false;
            }
            break;
        }
        bytesRead += block.size();
        qsizetype start = 0;
        while (true) {
            const qsizetype nl = block.indexOf('\n', start);
            if (nl < 0) {
                if (!skippingLongLine)
                    pending.append(block.constData() + start, block.size() - start);
                if (pending.size() > MaxLineBytes) {
                    // Report once and drop the rest of the line instead of buffering a runaway file.
                    skippingLongLine = true;
                    pending.clear();
                }
                break;
            }
            if (skippingLongLine) {
                ++lineNumber;
                onError({lineNumber, tr("line is longer than %1 MB; skipped").arg(MaxLineBytes >> 20)});
                skippingLongLine = false;
                first = false;
            } else if (pending.isEmpty()) {
                if (!handleLine(block.mid(start, nl - start)))
                    return true;
            } else {
                pending.append(block.constData() + start, nl - start);
                if (!handleLine(pending))
                    return true;
                pending.clear();
            }
            start = nl + 1;
        }
        if (onProgress)
            onProgress(bytesRead, total);
    }
    if (skippingLongLine) {
        ++lineNumber;
        onError({lineNumber, tr("line is longer than %1 MB; skipped").arg(MaxLineBytes >> 20)});
    } else if (!pending.isEmpty()) {
        handleLine(pending); // a last line without its newline is still a row
    }
    return true;
}

bool JsonlReader::readAll(const QString &path, Result *result, QString *fatalError)
{
    return read(
        path,
        [result](Example &&row, qint64 line) {
            result->rows.append(std::move(row));
            result->rowLines.append(line);
            return true;
        },
        [result](const LineError &error) { result->errors.append(error); }, fatalError);
}

} // namespace candor
