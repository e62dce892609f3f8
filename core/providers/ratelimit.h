#pragma once

#include "providers/providertypes.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace candor {

// A Go time.Duration string ("12ms", "1s", "1.34s", "6m0s", "1h2m3s", "250us", "250µs", "0") in seconds.
// nullopt for anything else, including negative durations (a reset or a delay cannot lie in the past).
std::optional<double> parseGoDuration(QByteArrayView text);

// An HTTP date (RFC 7231 IMF-fixdate, plus the obsolete RFC 850 and asctime forms it obliges us to accept).
std::optional<QDateTime> parseHttpDate(QByteArrayView text);

// A Retry-After value: delay seconds (integer or fractional) or an HTTP date, as seconds from now (never negative).
std::optional<double> parseRetryAfter(QByteArrayView value, const QDateTime &now);

// The delay in an error text such as "Please try again in 1.34s." / "in 20ms" / "in 6m0s" / "in 5 seconds".
std::optional<double> parseTryAgainIn(const QString &message);

// The value of a header; names in a HeaderMap are lower-case, but a caller that forgot is still served.
QByteArray headerValue(const HeaderMap &headers, QByteArrayView lowerCaseName);

// Everything the rate-limit headers of one response say: OpenAI x-ratelimit-*-{requests,tokens} (Go durations,
// also the *_usage_based variants), Together x-ratelimit-* / x-tokenlimit-* (reset in seconds), Anthropic
// anthropic-ratelimit-* (RFC 3339 resets), retry-after-ms / retry-after and x-should-retry. Facts the headers do not
// state stay empty.
RateLimitSnapshot parseRateLimitHeaders(const HeaderMap &headers, const QDateTime &now);

} // namespace candor
