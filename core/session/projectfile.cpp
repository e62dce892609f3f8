#include "session/projectfile.h"

#include "i18n/trfunction.h"
#include "storage/datasetwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace candor {
using namespace Qt::StringLiterals;

namespace {
CANDOR_TR_FUNCTION("candor::ProjectFile")
} // namespace

std::optional<GenerationConfig> ProjectFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        *error = tr("%1 is larger than %2 MB, too large for a Candor project or configuration")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(MaxBytes >> 20);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    // A project keeps the configuration under "config"; a bare configuration is the object itself.
    QJsonObject object = doc.object();
    if (object.value(u"config"_s).isObject())
        object = object.value(u"config"_s).toObject();
    QString why;
    auto config = doc.isObject() ? GenerationConfig::fromJson(object, &why) : std::nullopt;
    if (!config) {
        *error = tr("%1 is not a Candor project: %2")
                     .arg(QDir::toNativeSeparators(path), doc.isObject() ? why : parseError.errorString());
        return std::nullopt;
    }
    return config;
}

bool ProjectFile::save(const QString &path, const GenerationConfig &config, QString *error)
{
    const QJsonObject project{{u"format"_s, u"candor-project"_s}, {u"version"_s, 1}, {u"config"_s, config.toJson()}};
    // Renaming the temporary file over a pipe or a device would replace the node: a project goes to a regular file.
    if (isStreamNode(path) || !unwritableNodeError(path).isEmpty()) {
        *error = tr("Could not save %1: it is not a regular file").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(project).toJson()) < 0 || !file.commit()) {
        *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString ProjectFile::withSuffix(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + u".candor"_s;
}

} // namespace candor
