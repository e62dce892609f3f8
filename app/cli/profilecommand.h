#pragma once

#include <QStringList>

namespace candor::cli {
int runProfile(const QStringList &args);
}
