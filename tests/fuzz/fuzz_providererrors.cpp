// Provider error bodies: a failed HTTP exchange (status, headers, body) in every dialect, errors inside streams, and
// the secret scrubber that every message goes through.
#include "fuzzheaders.h"
#include "fuzzinput.h"
#include "providers/providererrors.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace candor;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const int statuses[] = {400, 401, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 504, 529, 200, 302};
    const Dialect dialect = Dialect(data[0] % 7);
    const int status = statuses[data[1] % 16];
    QByteArray body;
    const HeaderMap headers = fuzz::headersAndBody(fuzz::bytes(data + 2, size - 2), &body);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1755780000, Qt::UTC);
    const ProviderError e = classifyHttpFailure(dialect, u"Provider"_s, status, headers, body, u"model"_s, now);
    if (!e.isError() || e.message.isEmpty())
        std::abort(); // a failure is always typed and explained
    if (e.retryAfterSeconds && !(*e.retryAfterSeconds >= 0))
        std::abort();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        classifyStreamError(dialect, u"Provider"_s, doc.object());
    }
    scrubSecrets(QString::fromUtf8(body));
    return 0;
}
