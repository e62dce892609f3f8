#include "providers/ratelimit.h"

#include <QByteArrayList>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace candor {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A plain non-negative decimal ("3", "1.5", ".5"); rejects signs, exponents, "inf" and "nan" that toDouble accepts.
std::optional<double> parsePlainSeconds(QByteArrayView text)
{
    const QByteArrayView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    bool digits = false;
    bool dot = false;
    for (const char c : s) {
        if (isDigit(c)) {
            digits = true;
        } else if (c == '.' && !dot) {
            dot = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits)
        return std::nullopt;
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Counts are integers, but a server that writes "600.0" still means 600.
std::optional<qint64> parseCount(QByteArrayView text)
{
    const QByteArrayView s = text.trimmed();
    bool ok = false;
    const qint64 whole = s.toLongLong(&ok);
    if (ok)
        return whole >= 0 ? std::optional<qint64>(whole) : std::nullopt;
    const auto value = parsePlainSeconds(s);
    if (!value || *value > 9e15)
        return std::nullopt;
    return qint64(std::floor(*value));
}

// OpenAI writes resets as Go durations; other servers copying its header names sometimes write plain seconds.
std::optional<double> parseDurationOrSeconds(QByteArrayView text)
{
    if (const auto d = parseGoDuration(text))
        return d;
    return parsePlainSeconds(text);
}

double secondsUntil(const QDateTime &when, const QDateTime &now)
{
    return std::max(0.0, now.msecsTo(when) / 1000.0);
}

// Anthropic's resets are RFC 3339 instants; fall back to a duration for servers that imitate the names loosely.
std::optional<double> parseResetInstant(QByteArrayView text, const QDateTime &now)
{
    const QString value = QString::fromLatin1(text.trimmed());
    if (value.isEmpty())
        return std::nullopt;
    const QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (when.isValid() && now.isValid())
        return secondsUntil(when, now);
    return parseDurationOrSeconds(text);
}

int monthFromName(QByteArrayView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() != 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QByteArrayView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

bool isAlpha(QByteArrayView token)
{
    if (token.isEmpty())
        return false;
    for (const char c : token) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

std::optional<int> parseNumber(QByteArrayView token, int maxDigits)
{
    if (token.isEmpty() || token.size() > maxDigits)
        return std::nullopt;
    for (const char c : token) {
        if (!isDigit(c))
            return std::nullopt;
    }
    return int(token.toInt());
}

std::optional<QTime> parseClock(QByteArrayView token)
{
    if (token.size() != 8 || token[2] != ':' || token[5] != ':')
        return std::nullopt;
    const QByteArrayView parts[] = {token.sliced(0, 2), token.sliced(3, 2), token.sliced(6, 2)};
    const auto h = parseNumber(parts[0], 2);
    const auto m = parseNumber(parts[1], 2);
    const auto s = parseNumber(parts[2], 2);
    if (!h || !m || !s)
        return std::nullopt;
    // HTTP allows a leap second (60); QTime does not, so it is folded into 59.
    const QTime t(*h, *m, std::min(*s, 59));
    if (!t.isValid())
        return std::nullopt;
    return t;
}

} // namespace

std::optional<double> parseGoDuration(QByteArrayView text)
{
    QByteArrayView s = text.trimmed();
    if (!s.isEmpty() && s.front() == '+')
        s = s.sliced(1);
    if (s.isEmpty())
        return std::nullopt;
    if (s == QByteArrayView("0"))
        return 0.0;
    double total = 0;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const qsizetype numberStart = i;
        bool digits = false;
        while (i < n && isDigit(s[i])) {
            ++i;
            digits = true;
        }
        if (i < n && s[i] == '.') {
            ++i;
            while (i < n && isDigit(s[i])) {
                ++i;
                digits = true;
            }
        }
        if (!digits)
            return std::nullopt;
        bool ok = false;
        const double number = s.sliced(numberStart, i - numberStart).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < n && !isDigit(s[i]) && s[i] != '.')
            ++i;
        const QByteArrayView unit = s.sliced(unitStart, i - unitStart);
        double factor = 0;
        if (unit == QByteArrayView("h"))
            factor = 3600;
        else if (unit == QByteArrayView("m"))
            factor = 60;
        else if (unit == QByteArrayView("s"))
            factor = 1;
        else if (unit == QByteArrayView("ms"))
            factor = 1e-3;
        else if (unit == QByteArrayView("us") || unit == QByteArrayView("\xC2\xB5s") ||
                 unit == QByteArrayView("\xCE\xBCs")) // micro sign and Greek mu, both accepted by Go
            factor = 1e-6;
        else if (unit == QByteArrayView("ns"))
            factor = 1e-9;
        else
            return std::nullopt;
        total += number * factor;
    }
    if (!std::isfinite(total))
        return std::nullopt;
    return total;
}

std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    // Tokenise on spaces and commas; RFC 850 glues day-month-year with dashes.
    QList<QByteArrayView> tokens;
    const QByteArrayView s = text.trimmed();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool separator = i == s.size() || s[i] == ' ' || s[i] == ',' || s[i] == '\t';
        if (separator) {
            if (start >= 0)
                tokens.append(s.sliced(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    if (tokens.size() < 4)
        return std::nullopt;
    int index = 0;
    if (isAlpha(tokens[0]) && monthFromName(tokens[0]) == 0)
        ++index; // the weekday; not checked against the date, as lenient parsers do
    std::optional<int> day, month, year;
    std::optional<QTime> time;
    bool asctime = false;
    const auto remaining = [&] { return tokens.size() - index; };
    if (remaining() >= 1 && tokens[index].count('-') == 2) {
        const QByteArrayView t = tokens[index];
        const qsizetype d1 = t.indexOf('-');
        const qsizetype d2 = t.lastIndexOf('-');
        day = parseNumber(t.sliced(0, d1), 2);
        month = monthFromName(t.sliced(d1 + 1, d2 - d1 - 1));
        year = parseNumber(t.sliced(d2 + 1), 4);
        if (year && t.size() - d2 - 1 == 2)
            *year += *year < 70 ? 2000 : 1900;
        ++index;
        if (remaining() < 1)
            return std::nullopt;
        time = parseClock(tokens[index++]);
    } else if (remaining() >= 4 && isAlpha(tokens[index])) {
        // asctime: "Sun Nov  6 08:49:37 1994"
        asctime = true;
        month = monthFromName(tokens[index]);
        day = parseNumber(tokens[index + 1], 2);
        time = parseClock(tokens[index + 2]);
        year = parseNumber(tokens[index + 3], 4);
        index += 4;
    } else if (remaining() >= 4) {
        day = parseNumber(tokens[index], 2);
        month = monthFromName(tokens[index + 1]);
        year = parseNumber(tokens[index + 2], 4);
        time = parseClock(tokens[index + 3]);
        index += 4;
    }
    if (!day || !month || *month == 0 || !year || !time)
        return std::nullopt;
    if (!asctime) {
        // HTTP dates are always GMT; accept the usual spellings of UTC and nothing else.
        if (remaining() != 1)
            return std::nullopt;
        const QByteArrayView zone = tokens[index];
        if (zone.compare("GMT", Qt::CaseInsensitive) != 0 && zone.compare("UTC", Qt::CaseInsensitive) != 0 &&
            zone.compare("UT", Qt::CaseInsensitive) != 0 && zone != QByteArrayView("Z") &&
            zone != QByteArrayView("+0000") && zone != QByteArrayView("-0000"))
            return std::nullopt;
    } else if (remaining() != 0) {
        return std::nullopt;
    }
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, *time, Qt::UTC);
}

// No server means a wait of decades; a larger Retry-After is a broken header, ignored like any other, rather than a
// number that overflows when turned into milliseconds or minutes.
constexpr double kMaxRetryAfterSeconds = 1e9;

std::optional<double> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    if (const auto seconds = parsePlainSeconds(value))
        return *seconds <= kMaxRetryAfterSeconds ? seconds : std::nullopt;
    const auto when = parseHttpDate(value);
    if (!when || !now.isValid())
        return std::nullopt;
    return secondsUntil(*when, now);
}

std::optional<double> parseTryAgainIn(const QString &message)
{
    // Go durations glued to their units ("1.34s", "6m0s", "20ms"); "ms" must be tried before "m" and "s".
    static const QRegularExpression goForm(
        u"(?:try again|retry) in\\s+((?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:ns|us|\u00B5s|\u03BCs|ms|h|m|s)"
        u"(?:(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:ns|us|\u00B5s|\u03BCs|ms|h|m|s))*)(?![A-Za-z])"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Prose units: "try again in 20 seconds".
    static const QRegularExpression wordForm(
        u"(?:try again|retry) in\\s+(\\d+(?:\\.\\d+)?)\\s*"
        u"(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)(?![A-Za-z])"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch go = goForm.match(message);
    if (go.hasMatch()) {
        if (const auto d = parseGoDuration(go.captured(1).toLower().toUtf8()))
            return d;
    }
    const QRegularExpressionMatch word = wordForm.match(message);
    if (!word.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = word.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = word.captured(2).toLower();
    if (unit.startsWith(u"ms") || unit.startsWith(u"milli") || unit.startsWith(u"msec"))
        return number / 1000.0;
    if (unit.startsWith(u'h'))
        return number * 3600.0;
    if (unit.startsWith(u'm'))
        return number * 60.0;
    return number;
}

QByteArray headerValue(const HeaderMap &headers, QByteArrayView lowerCaseName)
{
    const auto it = headers.constFind(lowerCaseName.toByteArray());
    if (it != headers.constEnd())
        return it.value();
    for (auto i = headers.cbegin(); i != headers.cend(); ++i) {
        if (QByteArrayView(i.key()).compare(lowerCaseName, Qt::CaseInsensitive) == 0)
            return i.value();
    }
    return QByteArray();
}

RateLimitSnapshot parseRateLimitHeaders(const HeaderMap &headers, const QDateTime &now)
{
    RateLimitSnapshot snap;
    // The first header in the list that is present and parses wins, so one family never blanks another's fact.
    const auto firstCount = [&](std::initializer_list<const char *> names) -> std::optional<qint64> {
        for (const char *name : names) {
            const QByteArray v = headerValue(headers, name);
            if (v.isEmpty())
                continue;
            if (const auto c = parseCount(v))
                return c;
        }
        return std::nullopt;
    };
    const auto firstReset = [&](std::initializer_list<const char *> durationNames,
                                std::initializer_list<const char *> instantNames) -> std::optional<double> {
        for (const char *name : durationNames) {
            const QByteArray v = headerValue(headers, name);
            if (v.isEmpty())
                continue;
            if (const auto d = parseDurationOrSeconds(v))
                return d;
        }
        for (const char *name : instantNames) {
            const QByteArray v = headerValue(headers, name);
            if (v.isEmpty())
                continue;
            if (const auto d = parseResetInstant(v, now))
                return d;
        }
        return std::nullopt;
    };

    snap.limitRequests = firstCount({"x-ratelimit-limit-requests", "x-ratelimit-limit-requests_usage_based",
                                     "x-ratelimit-limit-requests-usage-based", "x-ratelimit-limit",
                                     "anthropic-ratelimit-requests-limit"});
    snap.remainingRequests = firstCount({"x-ratelimit-remaining-requests", "x-ratelimit-remaining-requests_usage_based",
                                         "x-ratelimit-remaining-requests-usage-based", "x-ratelimit-remaining",
                                         "anthropic-ratelimit-requests-remaining"});
    snap.limitTokens = firstCount({"x-ratelimit-limit-tokens", "x-ratelimit-limit-tokens_usage_based",
                                   "x-ratelimit-limit-tokens-usage-based", "x-tokenlimit-limit",
                                   "anthropic-ratelimit-tokens-limit", "anthropic-ratelimit-input-tokens-limit"});
    snap.remainingTokens =
        firstCount({"x-ratelimit-remaining-tokens", "x-ratelimit-remaining-tokens_usage_based",
                    "x-ratelimit-remaining-tokens-usage-based", "x-tokenlimit-remaining",
                    "anthropic-ratelimit-tokens-remaining", "anthropic-ratelimit-input-tokens-remaining"});
    snap.resetRequestsSeconds = firstReset({"x-ratelimit-reset-requests", "x-ratelimit-reset-requests_usage_based",
                                            "x-ratelimit-reset-requests-usage-based", "x-ratelimit-reset"},
                                           {"anthropic-ratelimit-requests-reset"});
    snap.resetTokensSeconds = firstReset(
        {"x-ratelimit-reset-tokens", "x-ratelimit-reset-tokens_usage_based", "x-ratelimit-reset-tokens-usage-based"},
        {"anthropic-ratelimit-tokens-reset", "anthropic-ratelimit-input-tokens-reset"});

    if (const auto ms = parsePlainSeconds(headerValue(headers, "retry-after-ms"));
        ms && *ms / 1000.0 <= kMaxRetryAfterSeconds)
        snap.retryAfterSeconds = *ms / 1000.0;
    else if (const auto s = parseRetryAfter(headerValue(headers, "retry-after"), now))
        snap.retryAfterSeconds = s;

    const QByteArray shouldRetry = headerValue(headers, "x-should-retry").trimmed();
    if (shouldRetry.compare("true", Qt::CaseInsensitive) == 0)
        snap.shouldRetry = true;
    else if (shouldRetry.compare("false", Qt::CaseInsensitive) == 0)
        snap.shouldRetry = false;
    return snap;
}

} // namespace candor
