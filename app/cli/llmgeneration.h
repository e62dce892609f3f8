#pragma once

#include "dataset/generationconfig.h"
#include "storage/exporter.h"

#include <QCommandLineParser>

namespace candor::cli {
// The options only LLM mode has: --concurrency, --batch-size, --stream, --temperature, --max-tokens, ...
void addLlmOptions(QCommandLineParser &parser);
// candor-cli generate --mode llm, after the options both modes share were read into config. With projectPath, the
// rows are committed to that project as the engine accepts them (outPath may then be empty).
// output.path may be empty when projectPath is set; any export format works (the session exports the rows).
int runLlmGeneration(const QCommandLineParser &parser, GenerationConfig config, const ExportOptions &output, bool quiet,
                     const QString &projectPath = QString());
} // namespace candor::cli
