#include "providers/retrypolicy.h"

#include <cmath>

namespace candor {

std::optional<double> RetryPolicy::delayFor(const ProviderError &error, int retryIndex, double random01) const
{
    if (!error.retryable || retryIndex >= maxRetries || error.kind == ErrorKind::Cancelled)
        return std::nullopt;
    if (error.retryAfterSeconds) {
        if (*error.retryAfterSeconds > maxServerDelaySeconds)
            return std::nullopt;
        return std::max(0.0, *error.retryAfterSeconds);
    }
    const double backoff = std::min(capSeconds, baseSeconds * std::pow(2.0, retryIndex));
    return backoff * (1.0 - jitter * random01);
}

bool stopsTheRun(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Auth:
    case ErrorKind::Quota:
    case ErrorKind::ModelNotFound:
    case ErrorKind::ModelNotLoaded:
    case ErrorKind::Insecure:
    case ErrorKind::BadRequest:
        return true;
    default:
        return false;
    }
}

} // namespace candor
