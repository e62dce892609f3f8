#pragma once

#include <QStringList>

namespace candor::cli {
int runValidate(const QStringList &args);
}
