#include "storage/runjournal.h"

#include "i18n/trfunction.h"

#include "storage/jsonlreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <utility>

namespace candor {
using namespace Qt::StringLiterals;
namespace {
CANDOR_TR_FUNCTION("candor::RunJournal")
constexpr int kJournalVersion = 1;
} // namespace

// One thread per open journal that runs fsync when asked. It only touches the file descriptor, which stays open
// until the thread has been joined (close()).
struct RunJournal::Syncer
{
    explicit Syncer(int descriptor) : fd(descriptor), thread([this] { run(); }) {}
    ~Syncer()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
        wake.notify_one();
        thread.join();
    }

    void request()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            pending = true;
        }
        wake.notify_one();
    }

    QString takeError()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return std::exchange(error, QString());
    }

    void run()
    {
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return pending || stop; });
            if (!pending)
                return; // stopping, and nothing left to sync
            pending = false;
            lock.unlock();
            const int result = ::fsync(fd);
            const int code = errno;
            lock.lock();
            ++done;
            if (result != 0 && error.isEmpty())
                error = tr("saving the run journal to disk failed: %1").arg(QString::fromLocal8Bit(strerror(code)));
        }
    }

    const int fd;
    std::mutex mutex;
    std::condition_variable wake;
    bool pending = false;
    bool stop = false;
    int done = 0;
    QString error;
    std::thread thread; // last: it starts running in the constructor
};

RunJournal::RunJournal() = default;

RunJournal::~RunJournal()
{
    close();
}

bool RunJournal::syncInBackground(QString *error)
{
    if (!m_file.isOpen())
        return true;
    if (!m_syncer)
        m_syncer = std::make_unique<Syncer>(m_file.handle());
    m_syncer->request();
    const QString failed = m_syncer->takeError();
    if (failed.isEmpty())
        return true;
    *error = failed;
    return false;
}

int RunJournal::backgroundSyncs() const
{
    if (!m_syncer)
        return 0;
    std::lock_guard<std::mutex> lock(m_syncer->mutex);
    return m_syncer->done;
}

bool RunJournal::create(const QString &path, const GenerationConfig &config, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        *error = tr("cannot create the run journal %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    const QJsonObject header{{u"candor_journal"_s, kJournalVersion},
                             {u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                             {u"config"_s, config.toJson()}};
    QByteArray line = QJsonDocument(header).toJson(QJsonDocument::Compact);
    line += '\n';
    if (m_file.write(line) != line.size())
        return (*error = tr("writing the run journal failed: %1").arg(m_file.errorString()), false);
    // Not waited for: a run starts its first requests while the disk catches up.
    return syncInBackground(error);
}

bool RunJournal::openForAppend(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = tr("cannot reopen the run journal %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    // A killed run may have left half a line: start on a fresh one so the next row is not glued to it.
    QFile check(path);
    if (check.open(QIODevice::ReadOnly) && check.size() > 0) {
        check.seek(check.size() - 1);
        if (check.read(1) != "\n")
            m_file.write("\n");
    }
    return true;
}

bool RunJournal::append(const Example &row)
{
    if (!m_file.isOpen())
        return false;
    m_line.clear();
    appendJsonLine(m_line, row, true);
    // Unbuffered: the write reaches the kernel now, so a kill -9 right after cannot lose the row.
    if (m_file.write(m_line) != m_line.size()) {
        m_error = tr("writing the run journal failed: %1").arg(m_file.errorString());
        return false;
    }
    return true;
}

bool RunJournal::sync(QString *error)
{
    if (!m_file.isOpen())
        return true;
    if (::fsync(m_file.handle()) != 0) {
        *error = tr("saving the run journal to disk failed: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

void RunJournal::close()
{
    m_syncer.reset(); // finishes a sync under way before the descriptor goes
    if (m_file.isOpen()) {
        ::fsync(m_file.handle());
        m_file.close();
    }
}

bool RunJournal::load(const QString &path, Contents *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open the run journal %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray headerLine = file.readLine();
    const QJsonObject header = QJsonDocument::fromJson(headerLine).object();
    if (header.value(u"candor_journal"_s).toInt() < 1) {
        *error = tr("%1 is not a Candor run journal").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const auto config = GenerationConfig::fromJson(header.value(u"config"_s).toObject(), error);
    if (!config)
        return false;
    contents->config = *config;
    file.close();
    QString fatal;
    bool first = true;
    const bool ok = JsonlReader::read(
        path,
        [&](Example &&row, qint64) {
            contents->rows.append(std::move(row));
            return true;
        },
        [&](const LineError &) {
            // The header line is not a row; every other bad line is damage (normally only a torn last line).
            if (first)
                first = false;
            else
                ++contents->damagedLines;
        },
        &fatal);
    if (!ok) {
        *error = fatal;
        return false;
    }
    return true;
}

} // namespace candor
