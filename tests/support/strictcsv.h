#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace candor::test {

// A strict RFC 4180 parser for checking Candor's CSV output: every record ends in CRLF; a field holding ',', '"',
// CR or LF is quoted and its quotes are doubled. Anything else (bare LF, a quote inside an unquoted field, junk
// after a closing quote) is an error.
bool parseCsv(const QByteArray &data, QVector<QStringList> *records, QString *error);

} // namespace candor::test
