#include "support/strictcsv.h"

namespace candor::test {
using namespace Qt::StringLiterals;

bool parseCsv(const QByteArray &data, QVector<QStringList> *records, QString *error)
{
    QStringList record;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        field.clear();
        if (data.at(i) == '"') {
            ++i;
            while (true) {
                if (i >= n) {
                    *error = u"unterminated quoted field"_s;
                    return false;
                }
                const char c = data.at(i++);
                if (c != '"') {
                    field += c;
                } else if (i < n && data.at(i) == '"') {
                    field += '"';
                    ++i;
                } else {
                    break;
                }
            }
        } else {
            while (i < n && data.at(i) != ',' && data.at(i) != '\r' && data.at(i) != '\n') {
                if (data.at(i) == '"') {
                    *error = u"quote inside an unquoted field at byte %1"_s.arg(i);
                    return false;
                }
                field += data.at(i++);
            }
        }
        record << QString::fromUtf8(field);
        if (i >= n) {
            *error = u"the last record does not end in CRLF"_s;
            return false;
        }
        if (data.at(i) == ',') {
            ++i;
            if (i >= n) {
                *error = u"the data ends after a comma"_s;
                return false;
            }
            continue;
        }
        if (data.at(i) == '\r' && i + 1 < n && data.at(i + 1) == '\n') {
            i += 2;
            records->append(record);
            record.clear();
            continue;
        }
        *error = u"unexpected byte 0x%1 at %2 (bare CR/LF or junk after a quoted field)"_s
                     .arg(uint(uchar(data.at(i))), 2, 16, QLatin1Char('0'))
                     .arg(i);
        return false;
    }
    return true;
}

} // namespace candor::test
