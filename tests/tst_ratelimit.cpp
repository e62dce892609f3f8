// Rate-limit facts from headers and error texts: Go durations, Retry-After (seconds and HTTP dates), "try again in",
// and the OpenAI / Together / Anthropic header families.
#include "providers/ratelimit.h"

#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

// "-" for an absent value, so a test can tell "not stated" from 0.
QString opt(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 6) : u"-"_s;
}
QString opt(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : u"-"_s;
}
QString opt(const std::optional<bool> &v)
{
    return v ? (*v ? u"true"_s : u"false"_s) : u"-"_s;
}

QString describe(const RateLimitSnapshot &s)
{
    return u"lr=%1 rr=%2 lt=%3 rt=%4 rsr=%5 rst=%6 ra=%7 sr=%8"_s.arg(
        opt(s.limitRequests), opt(s.remainingRequests), opt(s.limitTokens), opt(s.remainingTokens),
        opt(s.resetRequestsSeconds), opt(s.resetTokensSeconds), opt(s.retryAfterSeconds), opt(s.shouldRetry));
}

const QDateTime kNow(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
const QDateTime kAnthropicNow(QDate(2025, 8, 21), QTime(12, 40, 30), Qt::UTC);

} // namespace

class TestRateLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goDuration_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("seconds");

        QTest::newRow("12ms") << QByteArray("12ms") << true << 0.012;
        QTest::newRow("1s") << QByteArray("1s") << true << 1.0;
        QTest::newRow("1.34s") << QByteArray("1.34s") << true << 1.34;
        QTest::newRow("6m0s") << QByteArray("6m0s") << true << 360.0;
        QTest::newRow("1h2m3s") << QByteArray("1h2m3s") << true << 3723.0;
        QTest::newRow("1m30.5s") << QByteArray("1m30.5s") << true << 90.5;
        QTest::newRow("250us") << QByteArray("250us") << true << 0.00025;
        QTest::newRow("250 micro sign") << QByteArray("250\xC2\xB5s") << true << 0.00025;
        QTest::newRow("250 greek mu") << QByteArray("250\xCE\xBCs") << true << 0.00025;
        QTest::newRow("20ns") << QByteArray("20ns") << true << 2e-8;
        QTest::newRow("0s") << QByteArray("0s") << true << 0.0;
        QTest::newRow("bare 0") << QByteArray("0") << true << 0.0;
        QTest::newRow("1.5h") << QByteArray("1.5h") << true << 5400.0;
        QTest::newRow(".5s") << QByteArray(".5s") << true << 0.5;
        QTest::newRow("plus sign") << QByteArray("+2s") << true << 2.0;
        QTest::newRow("surrounding space") << QByteArray(" 7s ") << true << 7.0;
        QTest::newRow("2h0m0s") << QByteArray("2h0m0s") << true << 7200.0;

        QTest::newRow("empty") << QByteArray() << false << 0.0;
        QTest::newRow("garbage") << QByteArray("soon") << false << 0.0;
        QTest::newRow("number without unit") << QByteArray("12") << false << 0.0;
        QTest::newRow("negative") << QByteArray("-1s") << false << 0.0;
        QTest::newRow("unknown unit") << QByteArray("3d") << false << 0.0;
        QTest::newRow("unit only") << QByteArray("s") << false << 0.0;
        QTest::newRow("two dots") << QByteArray("1.2.3s") << false << 0.0;
        QTest::newRow("space inside") << QByteArray("1 s") << false << 0.0;
        QTest::newRow("trailing number") << QByteArray("12ms3") << false << 0.0;
        QTest::newRow("exponent") << QByteArray("1e3s") << false << 0.0;
        QTest::newRow("inf") << QByteArray("infs") << false << 0.0;
        QTest::newRow("dot only") << QByteArray(".s") << false << 0.0;
    }
    void goDuration()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(double, seconds);
        const auto d = parseGoDuration(text);
        QCOMPARE(d.has_value(), valid);
        if (valid)
            QCOMPARE(*d, seconds);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("seconds");

        QTest::newRow("integer") << QByteArray("120") << true << 120.0;
        QTest::newRow("zero") << QByteArray("0") << true << 0.0;
        QTest::newRow("fractional") << QByteArray("1.5") << true << 1.5;
        QTest::newRow("padded") << QByteArray(" 20 ") << true << 20.0;
        QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << true << 30.0;
        QTest::newRow("IMF-fixdate lower-case") << QByteArray("wed, 21 oct 2015 07:29:00 gmt") << true << 90.0;
        QTest::newRow("IMF-fixdate UTC") << QByteArray("Wed, 21 Oct 2015 08:27:30 UTC") << true << 3600.0;
        QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:28:00 GMT") << true << 30.0;
        QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:00 2015") << true << 30.0;
        QTest::newRow("asctime padded day") << QByteArray("Thu Oct  22 07:27:30 2015") << true << 86400.0;
        QTest::newRow("date in the past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << true << 0.0;
        QTest::newRow("date without weekday") << QByteArray("21 Oct 2015 07:27:40 GMT") << true << 10.0;

        QTest::newRow("largest accepted") << QByteArray("1000000000") << true << 1e9;
        // Out of range: a broken header, not a wait that overflows on conversion.
        QTest::newRow("huge") << QByteArray("99999999999999999999999999") << false << 0.0;
        QTest::newRow("just over the range") << QByteArray("1000000001") << false << 0.0;
        QTest::newRow("empty") << QByteArray() << false << 0.0;
        QTest::newRow("word") << QByteArray("soon") << false << 0.0;
        QTest::newRow("negative") << QByteArray("-5") << false << 0.0;
        QTest::newRow("exponent") << QByteArray("1e3") << false << 0.0;
        QTest::newRow("inf") << QByteArray("inf") << false << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << false << 0.0;
        QTest::newRow("Go duration is not a Retry-After") << QByteArray("20s") << false << 0.0;
        QTest::newRow("bad day") << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT") << false << 0.0;
        QTest::newRow("bad month") << QByteArray("Wed, 21 Foo 2015 07:28:00 GMT") << false << 0.0;
        QTest::newRow("bad clock") << QByteArray("Wed, 21 Oct 2015 25:28:00 GMT") << false << 0.0;
        QTest::newRow("local zone") << QByteArray("Wed, 21 Oct 2015 07:28:00 PST") << false << 0.0;
        QTest::newRow("missing zone") << QByteArray("Wed, 21 Oct 2015 07:28:00") << false << 0.0;
        QTest::newRow("trailing junk") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT extra") << false << 0.0;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        QFETCH(double, seconds);
        const auto d = parseRetryAfter(value, kNow);
        QCOMPARE(d.has_value(), valid);
        if (valid)
            QCOMPARE(*d, seconds);
    }

    void httpDate()
    {
        const auto d = parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QVERIFY(d.has_value());
        QCOMPARE(*d, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        const auto rfc850 = parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT");
        QVERIFY(rfc850.has_value());
        QCOMPARE(*rfc850, *d);
        const auto asctime = parseHttpDate("Sun Nov  6 08:49:37 1994");
        QVERIFY(asctime.has_value());
        QCOMPARE(*asctime, *d);
    }

    void tryAgainIn_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("seconds");

        QTest::newRow("OpenAI TPM")
            << u"Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): "
               u"Limit 30000, Used 29000, Requested 1538. Please try again in 1.34s. Visit "
               u"https://platform.openai.com/account/rate-limits to learn more."_s
            << true << 1.34;
        QTest::newRow("milliseconds") << u"Please try again in 20ms."_s << true << 0.02;
        QTest::newRow("minutes and seconds") << u"Please try again in 6m0s."_s << true << 360.0;
        QTest::newRow("fractional seconds in minutes") << u"Please try again in 1m12.5s."_s << true << 72.5;
        QTest::newRow("hours") << u"try again in 1h"_s << true << 3600.0;
        QTest::newRow("capitalised") << u"Try again in 3s"_s << true << 3.0;
        QTest::newRow("micro sign") << u"Please try again in 250\u00B5s."_s << true << 0.00025;
        QTest::newRow("prose seconds") << u"Please try again in 5 seconds."_s << true << 5.0;
        QTest::newRow("prose minutes") << u"Try again in 2 minutes"_s << true << 120.0;
        QTest::newRow("prose milliseconds") << u"try again in 750 milliseconds"_s << true << 0.75;
        QTest::newRow("retry in") << u"Server busy; retry in 500ms"_s << true << 0.5;
        QTest::newRow("no delay") << u"Please try again later."_s << false << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("words only") << u"try again in a moment"_s << false << 0.0;
        QTest::newRow("Ollama busy") << u"server busy, please try again.  maximum pending requests exceeded"_s << false
                                     << 0.0;
    }
    void tryAgainIn()
    {
        QFETCH(QString, message);
        QFETCH(bool, valid);
        QFETCH(double, seconds);
        const auto d = parseTryAgainIn(message);
        QCOMPARE(d.has_value(), valid);
        if (valid)
            QCOMPARE(*d, seconds);
    }

    void headers_data()
    {
        QTest::addColumn<HeaderMap>("headers");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");

        QTest::newRow("none") << HeaderMap{{"content-type", "application/json"}} << kNow
                              << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=- sr=-"_s;
        QTest::newRow("OpenAI") << HeaderMap{{"x-ratelimit-limit-requests", "10000"},
                                             {"x-ratelimit-limit-tokens", "30000000"},
                                             {"x-ratelimit-remaining-requests", "9999"},
                                             {"x-ratelimit-remaining-tokens", "29999000"},
                                             {"x-ratelimit-reset-requests", "6ms"},
                                             {"x-ratelimit-reset-tokens", "2ms"}}
                                << kNow << u"lr=10000 rr=9999 lt=30000000 rt=29999000 rsr=0.006 rst=0.002 ra=- sr=-"_s;
        QTest::newRow("OpenAI long resets") << HeaderMap{{"x-ratelimit-limit-requests", "200"},
                                                         {"x-ratelimit-remaining-requests", "0"},
                                                         {"x-ratelimit-reset-requests", "6m0s"},
                                                         {"x-ratelimit-reset-tokens", "1h2m3s"}}
                                            << kNow << u"lr=200 rr=0 lt=- rt=- rsr=360 rst=3723 ra=- sr=-"_s;
        QTest::newRow("OpenAI usage_based variants")
            << HeaderMap{{"x-ratelimit-limit-tokens_usage_based", "100000"},
                         {"x-ratelimit-remaining-tokens_usage_based", "99000"},
                         {"x-ratelimit-reset-tokens_usage_based", "1.34s"}}
            << kNow << u"lr=- rr=- lt=100000 rt=99000 rsr=- rst=1.34 ra=- sr=-"_s;
        QTest::newRow("plain header beats usage_based")
            << HeaderMap{{"x-ratelimit-limit-tokens", "5000"}, {"x-ratelimit-limit-tokens_usage_based", "100000"}}
            << kNow << u"lr=- rr=- lt=5000 rt=- rsr=- rst=- ra=- sr=-"_s;
        QTest::newRow("reset in plain seconds") << HeaderMap{{"x-ratelimit-reset-requests", "20"}} << kNow
                                                << u"lr=- rr=- lt=- rt=- rsr=20 rst=- ra=- sr=-"_s;
        QTest::newRow("Together") << HeaderMap{{"x-ratelimit-limit", "600"},
                                               {"x-ratelimit-remaining", "599"},
                                               {"x-ratelimit-reset", "1"},
                                               {"x-tokenlimit-limit", "180000"},
                                               {"x-tokenlimit-remaining", "179000"}}
                                  << kNow << u"lr=600 rr=599 lt=180000 rt=179000 rsr=1 rst=- ra=- sr=-"_s;
        QTest::newRow("Together fractional")
            << HeaderMap{{"x-ratelimit-limit", "600.0"}, {"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", "0.25"}}
            << kNow << u"lr=600 rr=0 lt=- rt=- rsr=0.25 rst=- ra=- sr=-"_s;
        QTest::newRow("Anthropic") << HeaderMap{{"anthropic-ratelimit-requests-limit", "50"},
                                                {"anthropic-ratelimit-requests-remaining", "49"},
                                                {"anthropic-ratelimit-requests-reset", "2025-08-21T12:40:59Z"},
                                                {"anthropic-ratelimit-tokens-limit", "100000"},
                                                {"anthropic-ratelimit-tokens-remaining", "0"},
                                                {"anthropic-ratelimit-tokens-reset", "2025-08-21T12:41:30Z"},
                                                {"anthropic-ratelimit-input-tokens-limit", "80000"},
                                                {"anthropic-ratelimit-input-tokens-remaining", "70000"},
                                                {"anthropic-ratelimit-input-tokens-reset", "2025-08-21T12:40:31Z"},
                                                {"anthropic-ratelimit-output-tokens-limit", "20000"},
                                                {"anthropic-ratelimit-output-tokens-remaining", "19000"},
                                                {"anthropic-ratelimit-output-tokens-reset", "2025-08-21T12:40:32Z"}}
                                   << kAnthropicNow << u"lr=50 rr=49 lt=100000 rt=0 rsr=29 rst=60 ra=- sr=-"_s;
        QTest::newRow("Anthropic input-tokens fallback")
            << HeaderMap{{"anthropic-ratelimit-input-tokens-limit", "80000"},
                         {"anthropic-ratelimit-input-tokens-remaining", "70000"},
                         {"anthropic-ratelimit-input-tokens-reset", "2025-08-21T12:40:40Z"},
                         {"anthropic-ratelimit-output-tokens-limit", "20000"}}
            << kAnthropicNow << u"lr=- rr=- lt=80000 rt=70000 rsr=- rst=10 ra=- sr=-"_s;
        QTest::newRow("Anthropic reset in the past")
            << HeaderMap{{"anthropic-ratelimit-requests-reset", "2025-08-21T12:00:00Z"}} << kAnthropicNow
            << u"lr=- rr=- lt=- rt=- rsr=0 rst=- ra=- sr=-"_s;
        QTest::newRow("Anthropic fractional reset")
            << HeaderMap{{"anthropic-ratelimit-requests-reset", "2025-08-21T12:40:30.500Z"}} << kAnthropicNow
            << u"lr=- rr=- lt=- rt=- rsr=0.5 rst=- ra=- sr=-"_s;
        QTest::newRow("Anthropic offset reset")
            << HeaderMap{{"anthropic-ratelimit-tokens-reset", "2025-08-21T14:41:30+02:00"}} << kAnthropicNow
            << u"lr=- rr=- lt=- rt=- rsr=- rst=60 ra=- sr=-"_s;
        QTest::newRow("retry-after seconds")
            << HeaderMap{{"retry-after", "20"}} << kNow << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=20 sr=-"_s;
        QTest::newRow("retry-after date") << HeaderMap{{"retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"}} << kNow
                                          << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=30 sr=-"_s;
        QTest::newRow("retry-after-ms beats retry-after")
            << HeaderMap{{"retry-after-ms", "1500.5"}, {"retry-after", "20"}} << kNow
            << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=1.5005 sr=-"_s;
        QTest::newRow("bad retry-after-ms falls back") << HeaderMap{{"retry-after-ms", "soon"}, {"retry-after", "7"}}
                                                       << kNow << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=7 sr=-"_s;
        QTest::newRow("huge retry-after-ms ignored") << HeaderMap{{"retry-after-ms", "99999999999999999999999"}} << kNow
                                                     << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=- sr=-"_s;
        QTest::newRow("bad retry-after") << HeaderMap{{"retry-after", "later"}} << kNow
                                         << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=- sr=-"_s;
        QTest::newRow("should retry true")
            << HeaderMap{{"x-should-retry", "true"}} << kNow << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=- sr=true"_s;
        QTest::newRow("should retry FALSE")
            << HeaderMap{{"x-should-retry", "FALSE"}} << kNow << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=- sr=false"_s;
        QTest::newRow("should retry garbage")
            << HeaderMap{{"x-should-retry", "maybe"}} << kNow << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=- sr=-"_s;
        QTest::newRow("garbage values stay unknown") << HeaderMap{{"x-ratelimit-limit-requests", "lots"},
                                                                  {"x-ratelimit-remaining-requests", "-1"},
                                                                  {"x-ratelimit-reset-requests", "soon"},
                                                                  {"x-ratelimit-limit-tokens", ""}}
                                                     << kNow << u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=- sr=-"_s;
        QTest::newRow("mixed-case names") << HeaderMap{{"X-RateLimit-Limit-Requests", "10"}, {"Retry-After", "2"}}
                                          << kNow << u"lr=10 rr=- lt=- rt=- rsr=- rst=- ra=2 sr=-"_s;
        QTest::newRow("Anthropic 429") << HeaderMap{{"retry-after", "12"},
                                                    {"x-should-retry", "true"},
                                                    {"anthropic-ratelimit-requests-remaining", "0"}}
                                       << kAnthropicNow << u"lr=- rr=0 lt=- rt=- rsr=- rst=- ra=12 sr=true"_s;
    }
    void headers()
    {
        QFETCH(HeaderMap, headers);
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        const RateLimitSnapshot snap = parseRateLimitHeaders(headers, now);
        QCOMPARE(describe(snap), expected);
        QCOMPARE(snap.isEmpty(), expected == u"lr=- rr=- lt=- rt=- rsr=- rst=- ra=- sr=-"_s);
    }

    void headerLookup()
    {
        const HeaderMap headers{{"x-request-id", "req_1"}, {"Request-Id", "req_2"}};
        QCOMPARE(headerValue(headers, "x-request-id"), QByteArray("req_1"));
        QCOMPARE(headerValue(headers, "request-id"), QByteArray("req_2"));
        QCOMPARE(headerValue(headers, "missing"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
