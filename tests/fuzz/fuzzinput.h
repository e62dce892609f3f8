// Helpers the libFuzzer harnesses share: a deterministic way to cut the input into pieces and a scratch file for
// the loaders that read from a path.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QString>
#include <QVector>

#include <unistd.h>

#include <cstddef>
#include <cstdint>

namespace candor::fuzz {
using namespace Qt::StringLiterals;

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Cuts data into pieces whose sizes come from the first byte, so the fuzzer explores chunk boundaries too; the byte
// itself is not part of the stream.
inline QVector<QByteArrayView> pieces(QByteArrayView data)
{
    QVector<QByteArrayView> out;
    if (data.isEmpty())
        return out;
    quint32 state = quint8(data.front()) * 2654435761U + 1;
    data = data.sliced(1);
    const int maxPiece = (state >> 28) + 1;
    while (!data.isEmpty()) {
        state = state * 1103515245U + 12345U;
        const qsizetype n = qMin<qsizetype>(data.size(), qsizetype((state >> 16) % unsigned(maxPiece)) + 1);
        out.append(data.first(n));
        data = data.sliced(n);
    }
    return out;
}

// A file in the temporary directory, private to this process, rewritten for each input.
inline QString scratchFile(QByteArrayView contents, const char *suffix)
{
    // Memory-backed where there is one: a file on disk costs a write-back per input.
    static const QString dir = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
    const QString path = dir + u"/candor-fuzz-"_s + QString::number(::getpid()) + QString::fromLatin1(suffix);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(contents.data(), contents.size());
    return path;
}

} // namespace candor::fuzz
