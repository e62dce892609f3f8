#pragma once

#include "providers/providertypes.h"

#include <optional>

namespace candor {

// When to try a failed request again and how long to wait first. Mirrors the official SDKs: 0.5 s * 2^n
// capped at 8 s, minus up to 25 % jitter; a server-given delay wins; only retryable kinds are retried.
struct RetryPolicy
{
    int maxRetries = 2;
    double baseSeconds = 0.5;
    double capSeconds = 8.0;
    double jitter = 0.25;
    double maxServerDelaySeconds = 120.0; // longer server delays are reported, not waited for

    // Seconds to wait before retry number retryIndex (0 = the first retry), or nothing when the error must not
    // be retried. random01 is a uniform number in [0, 1) so tests can pin the jitter.
    std::optional<double> delayFor(const ProviderError &error, int retryIndex, double random01) const;
};

// Errors that retrying or re-planning cannot fix (the key, the quota, the model, an insecure key, a bad request):
// a run stops and says why.
bool stopsTheRun(ErrorKind kind);

} // namespace candor
