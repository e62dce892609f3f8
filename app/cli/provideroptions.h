#pragma once

#include "providers/connector.h"

#include <QCommandLineParser>

#include <optional>

namespace candor::cli {

// The options every command that talks to a provider shares: --provider, --profile, --base-url, --model,
// --api-key-env, --timeout, --allow-insecure-key.
void addProviderOptions(QCommandLineParser &parser, bool withModel);

struct ProviderChoice
{
    EndpointSettings endpoint;
    QString model;
};

// Reads the provider options and the API key through EndpointResolver: --profile supplies what the other options
// leave out; the key is the variable named by --api-key-env, else the profile's keychain entry, else the provider's.
// Waits for the keychain with a local event loop (this is the command line, not the GUI).
// Prints a one-line error and returns nothing when something is wrong; exitCode says which code to use.
// What a loaded configuration says, used where the options are not given.
struct ProviderDefaults
{
    QString provider;
    QString model;
    QString baseUrl;
};

// withModel says whether the command defines --model at all.
std::optional<ProviderChoice> resolveProvider(const QCommandLineParser &parser, bool withModel, bool needModel,
                                              int *exitCode, const ProviderDefaults &defaults = {});

} // namespace candor::cli
