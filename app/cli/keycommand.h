#pragma once

#include <QStringList>

namespace candor::cli {
int runKey(const QStringList &args);
}
