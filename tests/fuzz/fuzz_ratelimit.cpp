// Rate-limit headers: every header family, Retry-After (seconds and HTTP dates), Go durations and "try again in"
// sentences. Delays are never negative or NaN.
#include "fuzzheaders.h"
#include "fuzzinput.h"
#include "providers/ratelimit.h"

#include <cmath>
#include <cstdlib>

using namespace candor;

namespace {
void checkDelay(const std::optional<double> &seconds)
{
    if (seconds && !(*seconds >= 0))
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1755780000, Qt::UTC);
    QByteArray body;
    const HeaderMap headers = fuzz::headersAndBody(input, &body);
    const RateLimitSnapshot s = parseRateLimitHeaders(headers, now);
    checkDelay(s.resetRequestsSeconds);
    checkDelay(s.resetTokensSeconds);
    checkDelay(s.retryAfterSeconds);
    checkDelay(parseGoDuration(input));
    checkDelay(parseRetryAfter(input, now));
    parseHttpDate(input);
    checkDelay(parseTryAgainIn(QString::fromUtf8(input)));
    return 0;
}
