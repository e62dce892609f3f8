#include "cli/cliutil.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <unistd.h>

namespace candor::cli {
using namespace Qt::StringLiterals;
namespace {

// Free functions rather than ProgressBar members, so that lupdate files them under "candor::cli" (see tr()).
QString rateText(qint64 rowsPerSecond)
{
    return tr(" rows %1/s").arg(rowsPerSecond);
}

QString etaText(const QString &eta)
{
    return tr(" ETA %1").arg(eta);
}

} // namespace

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("candor::cli", text, disambiguation, n);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printError(const QString &message)
{
    out().flush();
    err() << "candor-cli: " << message << Qt::endl;
}

bool parseOrFail(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        printError(parser.errorText() + tr(" (see --help)"));
        return false;
    }
    return true;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args)
{
    if (!parseOrFail(parser, args))
        return ExitUsage;
    // --help-all (Qt's options too) is accepted by every command; the commands have no Qt options to add.
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int min, int max)
{
    bool ok = false;
    const QString text = parser.value(name);
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        printError(tr("--%1: \"%2\" is not a whole number from %3 to %4").arg(name, text).arg(min).arg(max));
        return std::nullopt;
    }
    return int(value);
}

std::optional<quint64> uint64Option(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const QString text = parser.value(name);
    const quint64 value = text.toULongLong(&ok);
    if (!ok) {
        printError(tr("--%1: \"%2\" is not a whole number from 0 to 18446744073709551615").arg(name, text));
        return std::nullopt;
    }
    return value;
}

ProgressBar::ProgressBar(qint64 total, bool allowed)
    : m_total(total), m_startMs(QDateTime::currentMSecsSinceEpoch()), m_enabled(allowed && isatty(fileno(stderr)) == 1)
{}

void ProgressBar::update(qint64 done)
{
    if (!m_enabled)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastDrawMs >= 0 && now - m_lastDrawMs < 100 && done < m_total)
        return;
    m_lastDrawMs = now;
    constexpr int width = 30;
    const double fraction = m_total > 0 ? double(done) / double(m_total) : 1.0;
    const int filled = int(fraction * width);
    const double elapsed = (now - m_startMs) / 1000.0;
    const double rate = elapsed > 0 ? done / elapsed : 0;
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('-'));
    QString eta;
    if (rate > 0 && done < m_total)
        eta = etaText(formatSeconds((m_total - done) / rate));
    err() << "\r[" << bar << "] " << done << '/' << m_total << rateText(qint64(rate)) << eta << "   ";
    err().flush();
}

void ProgressBar::finish()
{
    if (!m_enabled)
        return;
    update(m_total);
    err() << '\n';
    err().flush();
}

QString formatSeconds(double seconds)
{
    if (seconds < 60)
        return QString::number(seconds, 'f', seconds < 10 ? 2 : 1) + QLatin1Char('s');
    const qint64 s = qint64(seconds);
    if (s < 3600)
        return u"%1m%2s"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1h%2m"_s.arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ladderNote(const GenerationConfig &config, const LevelCounts &counts)
{
    const RowPlan plan = config.rowPlan(counts);
    if (plan.ladders == 0)
        return {};
    return u"; "_s + tr("%n contrast ladder(s) of %1 levels", nullptr, plan.ladders).arg(plan.ladderSize());
}

} // namespace candor::cli
