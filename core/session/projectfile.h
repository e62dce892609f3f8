#pragma once

#include "dataset/generationconfig.h"

#include <QString>

#include <optional>

namespace candor {

// A .candor project as the window saves it and candor-cli --config reads it: a SQLite database (storage/Workspace)
// holding the configuration, the rows, the run history and the review log. The JSON projects of earlier versions
// ({"format":"candor-project","version":1,"config":{...}}, or a bare configuration object) are read too, and
// converted on save. The one loader and writer of the configuration. API keys are never part of it.
class ProjectFile
{
public:
    // A project is a few kilobytes; anything larger is not one, and reading /dev/zero or a 1 GB file whole would
    // exhaust memory.
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    // The configuration in path, or nothing with a one-line reason in error.
    static std::optional<GenerationConfig> load(const QString &path, QString *error);
    // Writes the configuration into the project database at path (made when missing); a JSON project there is kept
    // as NAME.candor.bak first. False with a reason (the project is open in another Candor, a full disk).
    static bool save(const QString &path, const GenerationConfig &config, QString *error);
    // Turns a JSON project into a database project in place (the JSON kept as NAME.candor.bak); a database
    // project is only read. The configuration, or nothing with a reason.
    static std::optional<GenerationConfig> convert(const QString &path, QString *error);
    // Moves path aside to path + ".bak" (replacing an older backup).
    static bool keepAsBackup(const QString &path, QString *error);
    // The path with ".candor" added when it has no extension of its own ("myproj" -> "myproj.candor").
    static QString withSuffix(const QString &path);
};

} // namespace candor
