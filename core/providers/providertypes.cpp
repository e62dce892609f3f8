#include "providers/providertypes.h"

namespace candor {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorKind::Quota:
        return QStringLiteral("quota");
    case ErrorKind::ModelNotFound:
        return QStringLiteral("model_not_found");
    case ErrorKind::ModelNotLoaded:
        return QStringLiteral("model_not_loaded");
    case ErrorKind::BadRequest:
        return QStringLiteral("bad_request");
    case ErrorKind::TooLarge:
        return QStringLiteral("too_large");
    case ErrorKind::Overloaded:
        return QStringLiteral("overloaded");
    case ErrorKind::Server:
        return QStringLiteral("server");
    case ErrorKind::UpstreamUnavailable:
        return QStringLiteral("upstream_unavailable");
    case ErrorKind::Truncated:
        return QStringLiteral("truncated");
    case ErrorKind::EmptyResponse:
        return QStringLiteral("empty_response");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::InvalidResponse:
        return QStringLiteral("invalid_response");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Insecure:
        return QStringLiteral("insecure");
    }
    return QString();
}

QString finishReasonName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop:
        return QStringLiteral("stop");
    case FinishReason::Length:
        return QStringLiteral("length");
    case FinishReason::Tool:
        return QStringLiteral("tool");
    case FinishReason::Filtered:
        return QStringLiteral("filtered");
    case FinishReason::Refusal:
        return QStringLiteral("refusal");
    case FinishReason::Error:
        return QStringLiteral("error");
    case FinishReason::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

} // namespace candor
