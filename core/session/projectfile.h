#pragma once

#include "dataset/generationconfig.h"

#include <QString>

#include <optional>

namespace candor {

// A .candor project as the window saves it and candor-cli --config reads it: {"format":"candor-project",
// "version":1,"config":{...}}; a bare configuration object is read too. The one loader and writer of the format.
// API keys are never part of it.
class ProjectFile
{
public:
    // A project is a few kilobytes; anything larger is not one, and reading /dev/zero or a 1 GB file whole would
    // exhaust memory.
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    // The configuration in path, or nothing with a one-line reason in error.
    static std::optional<GenerationConfig> load(const QString &path, QString *error);
    // Writes atomically; false with a reason in error.
    static bool save(const QString &path, const GenerationConfig &config, QString *error);
    // The path with ".candor" added when it has no extension of its own ("myproj" -> "myproj.candor").
    static QString withSuffix(const QString &path);
};

} // namespace candor
