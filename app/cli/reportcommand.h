#pragma once

#include <QStringList>

namespace candor::cli {
// candor-cli report IN --out FILE.html: the dataset report of a JSONL dataset or a .candor project.
int runReport(const QStringList &args);
} // namespace candor::cli
