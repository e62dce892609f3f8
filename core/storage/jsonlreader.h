#pragma once

#include "dataset/example.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace candor {

// A problem with one line of a dataset file; line numbers start at 1.
struct LineError
{
    qint64 line = 0;
    QString message;
};

// Reads seed-format JSONL a block at a time. A damaged file loses only its bad lines: every good row is
// delivered and every bad line is reported with its number and what is wrong with it.
class JsonlReader
{
public:
    static constexpr qint64 MaxLineBytes = 16 * 1024 * 1024;

    using RowHandler = std::function<bool(Example &&row, qint64 line)>; // return false to stop
    using ErrorHandler = std::function<void(const LineError &error)>;
    using ProgressHandler = std::function<void(qint64 bytesRead, qint64 totalBytes)>;
    // One raw line without its '\n' (a byte order mark at the start of the file removed); return false to stop.
    using LineHandler = std::function<bool(const QByteArray &line, qint64 lineNumber)>;

    // False only when the file cannot be read at all (then fatalError says why).
    static bool read(const QString &path, const RowHandler &onRow, const ErrorHandler &onError, QString *fatalError,
                     const ProgressHandler &onProgress = {});

    // Splits a file into lines a block at a time; lines longer than MaxLineBytes go to onError, not onLine.
    static bool readLines(const QString &path, const LineHandler &onLine, const ErrorHandler &onError,
                          QString *fatalError, const ProgressHandler &onProgress = {});

    struct Result
    {
        QVector<Example> rows;
        QVector<qint64> rowLines;
        QVector<LineError> errors;
    };
    static bool readAll(const QString &path, Result *result, QString *fatalError);

    // Parses one line (without its newline). Empty lines are not rows: returns false with an empty error.
    static bool parseLine(const QByteArray &line, Example *out, QString *error);
    // The first half of parseLine: UTF-8, JSON and an object. Empty lines return false with an empty error.
    static bool parseObject(const QByteArray &line, QJsonObject *out, QString *error);
};

} // namespace candor
