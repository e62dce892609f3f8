#include "session/projectfile.h"

#include "i18n/trfunction.h"
#include "storage/datasetwriter.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor {
using namespace Qt::StringLiterals;

namespace {
CANDOR_TR_FUNCTION("candor::ProjectFile")
} // namespace

std::optional<GenerationConfig> ProjectFile::load(const QString &path, QString *error)
{
    if (Workspace::isDatabase(path)) {
        WorkspaceError failure;
        const auto object = Workspace::readConfig(path, &failure);
        if (!object) {
            *error = failure.message;
            return std::nullopt;
        }
        QString why;
        auto config = GenerationConfig::fromJson(*object, &why);
        if (!config)
            *error = tr("%1 is not a Candor project: %2").arg(QDir::toNativeSeparators(path), why);
        return config;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // Read in pieces up to the cap: QFile::read(MaxBytes + 1) sets aside 16 MB for a file of a few hundred bytes.
    QByteArray bytes;
    char piece[65536];
    for (qint64 n; bytes.size() <= MaxBytes && (n = file.read(piece, sizeof piece)) > 0;)
        bytes.append(piece, n);
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
    // Renaming over a pipe or a device would replace the node: a project goes to a regular file.
    if (isStreamNode(path) || !unwritableNodeError(path).isEmpty()) {
        *error = tr("Could not save %1: it is not a regular file").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // A JSON project from an earlier Candor at this path is kept beside it as NAME.candor.bak.
    if (QFileInfo(path).isFile() && !Workspace::isDatabase(path) && !keepAsBackup(path, error))
        return false;
    WorkspaceError failure;
    auto workspace = Workspace::open(path, true, &failure);
    if (workspace) {
        workspace->setConfig(config.toJson());
        failure = workspace->flush();
    }
    if (failure) {
        *error = failure.message;
        return false;
    }
    return true;
}

bool ProjectFile::keepAsBackup(const QString &path, QString *error)
{
    const QString backup = path + u".bak"_s;
    QFile::remove(backup);
    if (!QFile::rename(path, backup)) {
        *error = tr("Could not keep the earlier project as %1.").arg(QDir::toNativeSeparators(backup));
        return false;
    }
    return true;
}

std::optional<GenerationConfig> ProjectFile::convert(const QString &path, QString *error)
{
    if (Workspace::isDatabase(path))
        return load(path, error);
    auto config = load(path, error);
    if (!config || !save(path, *config, error))
        return std::nullopt;
    return config;
}

QString ProjectFile::withSuffix(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + u".candor"_s;
}

} // namespace candor
