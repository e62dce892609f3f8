#pragma once

#include <QStringList>

namespace candor::cli {
// candor-cli judge IN --provider P --out OUT: a judge model's verdict on every row, with agreement figures;
// candor-cli judge IN --report: the agreement of rows judged before.
int runJudge(const QStringList &args);
} // namespace candor::cli
