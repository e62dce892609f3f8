#pragma once

#include "dataset/generationconfig.h"
#include "storage/datasetwriter.h"

#include <QCommandLineParser>

namespace candor::cli {
// The options only LLM mode has: --concurrency, --batch-size, --stream, --temperature, --max-tokens, ...
void addLlmOptions(QCommandLineParser &parser);
// candor-cli generate --mode llm, after the options both modes share were read into config.
int runLlmGeneration(const QCommandLineParser &parser, GenerationConfig config, const QString &outPath,
                     ExportFormat format, bool withMeta, bool quiet);
} // namespace candor::cli
