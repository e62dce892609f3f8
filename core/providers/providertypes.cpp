#include "providers/providertypes.h"

namespace candor {
using namespace Qt::StringLiterals;

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return u"none"_s;
    case ErrorKind::Auth:
        return u"auth"_s;
    case ErrorKind::RateLimited:
        return u"rate_limited"_s;
    case ErrorKind::Quota:
        return u"quota"_s;
    case ErrorKind::ModelNotFound:
        return u"model_not_found"_s;
    case ErrorKind::ModelNotLoaded:
        return u"model_not_loaded"_s;
    case ErrorKind::BadRequest:
        return u"bad_request"_s;
    case ErrorKind::TooLarge:
        return u"too_large"_s;
    case ErrorKind::Overloaded:
        return u"overloaded"_s;
    case ErrorKind::Server:
        return u"server"_s;
    case ErrorKind::UpstreamUnavailable:
        return u"upstream_unavailable"_s;
    case ErrorKind::Truncated:
        return u"truncated"_s;
    case ErrorKind::EmptyResponse:
        return u"empty_response"_s;
    case ErrorKind::Timeout:
        return u"timeout"_s;
    case ErrorKind::Network:
        return u"network"_s;
    case ErrorKind::InvalidResponse:
        return u"invalid_response"_s;
    case ErrorKind::Cancelled:
        return u"cancelled"_s;
    case ErrorKind::Insecure:
        return u"insecure"_s;
    case ErrorKind::Refused:
        return u"refusal"_s;
    }
    return QString();
}

QString finishReasonName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop:
        return u"stop"_s;
    case FinishReason::Length:
        return u"length"_s;
    case FinishReason::Tool:
        return u"tool"_s;
    case FinishReason::Filtered:
        return u"filtered"_s;
    case FinishReason::Refusal:
        return u"refusal"_s;
    case FinishReason::Error:
        return u"error"_s;
    case FinishReason::Unknown:
        return u"unknown"_s;
    }
    return QString();
}

} // namespace candor
