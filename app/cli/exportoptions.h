#pragma once

#include "storage/exporter.h"

#include <QCommandLineParser>

#include <optional>

namespace candor::cli {
// "jsonl, csv, openai-chat, dpo, ..." for help texts and errors.
QString formatNameList();
// The options of the trainer formats that export and generate share: --pairs, --min-margin, --kto-threshold,
// --sft-min-level, --split, --license, --hf-language, --hf-name.
void addTrainerOptions(QCommandLineParser &parser);
// Reads --format (jsonl-meta too when allowJsonlMeta), --with-meta and the trainer options into options; seed is
// the HF split's seed. An option the chosen format does not use is an error, not a silent no-op: prints it and
// returns the exit code.
std::optional<int> readExportOptions(const QCommandLineParser &parser, bool allowJsonlMeta, quint64 seed,
                                     ExportOptions *options);
// Prints what an export wrote (exportReport) on stdout.
void printExportReport(const ExportSummary &summary, const ExportOptions &options);
} // namespace candor::cli
