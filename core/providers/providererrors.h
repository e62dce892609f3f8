#pragma once

#include "providers/providertypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace candor {

// A server-given delay longer than this is reported but not waited for (the official SDKs ignore such delays too).
inline constexpr double kMaxServerRetryDelaySeconds = 120.0;

// What a failed HTTP exchange means, for every provider dialect and error shape in PROTOCOLS.md: kind, whether a
// retry can help, the server's delay (retry-after-ms, retry-after, rate-limit reset headers, "try again in" text),
// the provider's code and request id, and a sentence that names the provider and says what to do. providerName is
// the name shown to people ("OpenAI", "Ollama", a custom server's name); model is the model that was requested.
ProviderError classifyHttpFailure(Dialect dialect, const QString &providerName, int httpStatus,
                                  const HeaderMap &headers, const QByteArray &body, const QString &model,
                                  const QDateTime &now);

// An error that arrived inside a stream after HTTP 200: OpenAI/Together/xAI data:{"error":{...}}, Anthropic
// "event: error" payloads, Ollama {"error":"..."} lines and Transformer Lab {"error_code":N,"text":"..."} chunks.
// Kind None when the payload is not an error (an "error" member that is null or empty does not count). A transient
// failure is retryable whether or not text had arrived: the answer was never delivered, so asking again is the way to
// get it (a front end that already printed the partial text decides for itself not to repeat it).
ProviderError classifyStreamError(Dialect dialect, const QString &providerName, const QJsonObject &payload);

// A transport failure (a QNetworkReply::NetworkError value that is not an HTTP status). OperationCanceledError comes
// back as Cancelled: only the connector knows whether it aborted for a timeout or for the person.
ProviderError networkFailure(const QString &providerName, int qNetworkReplyError, const QString &errorString,
                             const QUrl &url);

// Replaces anything that looks like a credential (sk-..., sk-ant-..., xai-..., Bearer tokens, masked key echoes such
// as "sk-abc***xyz", long hex or base64 runs) with "[redacted]".
QString scrubSecrets(const QString &text);
// The same, and the given key wherever it appears (as a whole or its last 16 characters) in whatever form.
QString scrubSecrets(const QString &text, const QString &key);
// For server-given identifiers (request ids, model ids, error codes): the key and key-shaped tokens only, since
// real ids are long runs of letters and digits that the text scrubber would take for secrets.
QString scrubIdentifier(const QString &id, const QString &key);
// An error with every server-originated string scrubbed.
ProviderError scrubbed(ProviderError error, const QString &key);

} // namespace candor
