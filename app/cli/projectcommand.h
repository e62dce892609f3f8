#pragma once

#include <QStringList>

namespace candor::cli {
// candor-cli project info P.candor: what a project holds.
int runProject(const QStringList &args);
// candor-cli export P.candor --format F --rows R --out FILE: a project's rows in a trainer's format.
int runExport(const QStringList &args);
// candor-cli import FILE.jsonl --project P.candor: a dataset's rows appended to a project.
int runImport(const QStringList &args);
} // namespace candor::cli
