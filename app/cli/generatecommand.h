#pragma once

#include <QStringList>

namespace candor::cli {
int runGenerate(const QStringList &args);
}
