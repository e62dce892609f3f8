#pragma once

#include <QStringList>

namespace candor::cli {
// candor-cli ask: one request to an endpoint, to try a provider, model and key.
int runAsk(const QStringList &args);
// candor-cli models: the endpoint's model ids, one a line. candor-cli test: a one-line connection verdict.
int runModels(const QStringList &args);
int runTest(const QStringList &args);
} // namespace candor::cli
