#pragma once

#include "dataset/generationconfig.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <limits>
#include <optional>

namespace candor::cli {

// Exit codes: 0 done, 1 the work failed or found problems, 2 the command line was wrong.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// Translates a candor-cli message for the user (never data, JSON, option names or exit codes). lupdate files the
// calls of this free function under its namespace, "candor::cli", the context it looks the text up in; a call
// inside a class would be filed under the class instead, so classes call free helpers. Pass n only for a %n
// plural: lupdate marks any call with a third argument as one.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// n for tr()'s %n, which takes an int; the counts candor-cli prints stay far below 2^31.
inline int pluralCount(qint64 n)
{
    return int(qBound(qint64(0), n, qint64(std::numeric_limits<int>::max())));
}

QTextStream &out();
QTextStream &err();

// Prints "candor-cli: message" on stderr, one line.
void printError(const QString &message);

// Parses args for a subcommand; on a bad option prints a one-line error and returns false.
bool parseOrFail(QCommandLineParser &parser, const QStringList &args);
// Parses args and answers --help. Returns the exit code when the command is already done (help shown or a bad
// option reported), nothing when it should go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args);

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int min, int max);
std::optional<quint64> uint64Option(const QCommandLineParser &parser, const QString &name);

// A progress bar on stderr, drawn only when stderr is a terminal.
class ProgressBar
{
public:
    explicit ProgressBar(qint64 total, bool allowed = true);
    void update(qint64 done);
    void finish();
    bool enabled() const { return m_enabled; }

private:
    qint64 m_total;
    qint64 m_lastDrawMs = -1;
    qint64 m_startMs;
    bool m_enabled;
};

QString formatSeconds(double seconds);

// "; 200 contrast ladders of 5 levels" after the summary of a run with ladders; empty without.
QString ladderNote(const GenerationConfig &config, const LevelCounts &counts);

} // namespace candor::cli
