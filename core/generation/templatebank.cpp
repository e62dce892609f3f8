#include "generation/templatebank.h"

#include "i18n/trfunction.h"

#include "dataset/example.h"
#include "dataset/rubric.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

namespace candor {
using namespace Qt::StringLiterals;
namespace {

CANDOR_TR_FUNCTION("candor::TemplateBank")

QByteArray escaped(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    appendJsonEscapedUtf8(out, utf8.constData(), utf8.size());
    return out;
}

// Splits "The capital of {country} is {capital}." into literal and slot pieces.
bool compileText(const QString &text, const QStringList &columns, bool allowTopic, TemplateBank::Text *out,
                 QString *error)
{
    static const QRegularExpression slotRe(u"\\{([a-z_0-9]+)\\}"_s);
    qsizetype pos = 0;
    auto addLiteral = [out](const QString &literal) {
        if (!literal.isEmpty())
            out->pieces.append({literal, escaped(literal), -1});
    };
    for (auto it = slotRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        addLiteral(text.mid(pos, m.capturedStart() - pos));
        const QString name = m.captured(1);
        TemplateBank::Piece piece;
        if (name == QLatin1String("topic")) {
            if (!allowTopic) {
                *error =
                    QCoreApplication::translate("candor::TemplateBank", "{topic} is only allowed in generic templates");
                return false;
            }
            piece.slot = TemplateBank::TopicSlot;
        } else {
            piece.slot = int(columns.indexOf(name));
            if (piece.slot < 0) {
                *error = QCoreApplication::translate("candor::TemplateBank",
                                                     "slot {%1} is not a column of the template's table")
                             .arg(name);
                return false;
            }
        }
        out->pieces.append(piece);
        pos = m.capturedEnd();
    }
    addLiteral(text.mid(pos));
    return true;
}

bool readStrings(const QJsonValue &value, QStringList *out, bool allowEmpty = false)
{
    if (value.isString()) {
        *out = {value.toString()};
        return true;
    }
    if (!value.isArray())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || (!allowEmpty && v.toString().isEmpty()))
            return false;
        *out << v.toString();
    }
    return !out->isEmpty();
}

QString normalisedWords(const QString &text)
{
    // Pad with spaces so " keyword " finds whole words and phrases only.
    QString s = text.toCaseFolded();
    for (QChar &c : s) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    return QLatin1Char(' ') + s.simplified() + QLatin1Char(' ');
}

} // namespace

std::shared_ptr<const TemplateBank> TemplateBank::load(const QString &dirPath, QString *error)
{
    auto bank = std::make_shared<TemplateBank>();
    const QDir dir(dirPath);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = tr("no template files (*.json) in %1").arg(dirPath);
        return nullptr;
    }
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read template file %1: %2").arg(fileName, file.errorString());
            return nullptr;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject()) {
            *error = tr("template file %1 is not valid JSON: %2").arg(fileName, parseError.errorString());
            return nullptr;
        }
        const QJsonObject root = doc.object();
        auto fail = [&](const QString &what) {
            *error = tr("template file %1: %2").arg(fileName, what);
            return nullptr;
        };

        if (fileName == QLatin1String("framings.json")) {
            QStringList prefixes, suffixes;
            if (!readStrings(root.value(u"prefixes"_s), &prefixes, true) && root.contains(u"prefixes"))
                return fail(tr("\"prefixes\" must be a list of strings"));
            if (!readStrings(root.value(u"suffixes"_s), &suffixes, true) && root.contains(u"suffixes"))
                return fail(tr("\"suffixes\" must be a list of strings"));
            // Index 0 stays the plain prompt (no framing) whatever the file says.
            for (const QString &p : prefixes) {
                if (!p.isEmpty() && !bank->m_prefixes.contains(p)) {
                    bank->m_prefixes << p;
                    bank->m_prefixesJson << escaped(p);
                }
            }
            for (const QString &s : suffixes) {
                if (!s.isEmpty() && !bank->m_suffixes.contains(s)) {
                    bank->m_suffixes << s;
                    bank->m_suffixesJson << escaped(s);
                }
            }
            continue;
        }

        Domain domain;
        domain.id = root.value(u"domain"_s).toString();
        domain.name = root.value(u"name"_s).toString(domain.id);
        if (domain.id.isEmpty())
            return fail(tr("\"domain\" is missing"));
        domain.generic = fileName == QLatin1String("generic.json");
        for (const QJsonValue &k : root.value(u"keywords"_s).toArray())
            domain.keywords << k.toString().toCaseFolded();

        const QJsonObject tables = root.value(u"tables"_s).toObject();
        for (auto it = tables.begin(); it != tables.end(); ++it) {
            Table table;
            table.name = it.key();
            const QJsonArray rows = it.value().toArray();
            if (rows.isEmpty())
                return fail(tr("table \"%1\" has no rows").arg(table.name));
            table.columns = rows.first().toObject().keys();
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonObject row = rows.at(r).toObject();
                if (row.keys() != table.columns)
                    return fail(tr("table \"%1\" row %2 has different keys from row 1").arg(table.name).arg(r + 1));
                QStringList cells;
                QVector<QByteArray> cellsJson;
                for (const QString &column : table.columns) {
                    const QString cell = row.value(column).toString();
                    if (cell.isEmpty())
                        return fail(tr("table \"%1\" row %2: \"%3\" must be a non-empty string")
                                        .arg(table.name)
                                        .arg(r + 1)
                                        .arg(column));
                    cells << cell;
                    cellsJson << escaped(cell);
                }
                table.rows << cells;
                table.rowsJson << cellsJson;
            }
            domain.tables << table;
        }

        const int domainIndex = int(bank->m_domains.size());
        const QJsonArray templates = root.value(u"templates"_s).toArray();
        if (templates.isEmpty())
            return fail(tr("no templates"));
        for (int t = 0; t < templates.size(); ++t) {
            const QJsonObject o = templates.at(t).toObject();
            Template tpl;
            tpl.domain = domainIndex;
            tpl.source = u"%1 #%2"_s.arg(fileName).arg(t + 1);
            auto failT = [&](const QString &what) { return fail(tr("template %1: %2").arg(t + 1).arg(what)); };
            const QJsonValue level = o.value(u"level"_s);
            if (!level.isDouble() || !Rubric::isValid(level.toInt()) || level.toDouble() != level.toInt())
                return failT(tr("\"level\" must be -2, -1, 0, 1 or 2"));
            tpl.level = level.toInt();
            tpl.difficulty = o.value(u"difficulty"_s).toString();
            if (tpl.difficulty != QLatin1String("beginner") && tpl.difficulty != QLatin1String("intermediate") &&
                tpl.difficulty != QLatin1String("advanced"))
                return failT(tr("\"difficulty\" must be beginner, intermediate or advanced"));
            QStringList columns;
            const QString tableName = o.value(u"table"_s).toString();
            if (!tableName.isEmpty()) {
                for (int i = 0; i < domain.tables.size(); ++i) {
                    if (domain.tables.at(i).name == tableName)
                        tpl.table = i;
                }
                if (tpl.table < 0)
                    return failT(tr("unknown table \"%1\"").arg(tableName));
                columns = domain.tables.at(tpl.table).columns;
            }
            QStringList prompts, answers;
            if (!readStrings(o.value(u"prompts"_s), &prompts))
                return failT(tr("\"prompts\" must be a non-empty list of strings"));
            if (!readStrings(o.value(u"answers"_s), &answers))
                return failT(tr("\"answers\" must be a non-empty list of strings"));
            const QString feedback = o.value(u"feedback"_s).toString();
            const QString search = o.value(u"search"_s).toString();
            if (feedback.isEmpty() || search.isEmpty())
                return failT(tr("\"feedback\" and \"search\" are required"));
            QString why;
            auto compile = [&](const QString &text, Text *out) {
                return compileText(text, columns, domain.generic, out, &why);
            };
            for (const QString &p : prompts) {
                Text text;
                if (!compile(p, &text))
                    return failT(why);
                tpl.prompts << text;
            }
            for (const QString &a : answers) {
                Text text;
                if (!compile(a, &text))
                    return failT(why);
                tpl.answers << text;
            }
            if (!compile(o.value(u"long"_s).toString(), &tpl.longText) || !compile(feedback, &tpl.feedback) ||
                !compile(search, &tpl.search))
                return failT(why);
            bank->m_templates << tpl;
        }
        bank->m_domains << domain;
    }
    if (bank->m_templates.isEmpty()) {
        *error = tr("the template bank in %1 holds no templates").arg(dirPath);
        return nullptr;
    }
    return bank;
}

std::shared_ptr<const TemplateBank> TemplateBank::builtIn(QString *error)
{
    static QMutex mutex;
    static std::shared_ptr<const TemplateBank> bank;
    static QString loadError;
    QMutexLocker lock(&mutex);
    if (!bank && loadError.isEmpty())
        bank = load(u":/templates"_s, &loadError);
    if (!bank && error)
        *error = loadError;
    return bank;
}

QVector<int> TemplateBank::domainsForTopic(const QString &topic) const
{
    QVector<int> found;
    const QString haystack = normalisedWords(topic);
    if (haystack.trimmed().isEmpty())
        return found;
    for (int i = 0; i < m_domains.size(); ++i) {
        const Domain &d = m_domains.at(i);
        if (d.generic)
            continue;
        QStringList needles = d.keywords;
        needles << d.id << d.name;
        for (const QString &needle : std::as_const(needles)) {
            const QString n = normalisedWords(needle);
            if (n.trimmed().isEmpty())
                continue;
            if (haystack.contains(n)) {
                found << i;
                break;
            }
        }
    }
    return found;
}

int TemplateBank::genericDomain() const
{
    for (int i = 0; i < m_domains.size(); ++i) {
        if (m_domains.at(i).generic)
            return i;
    }
    return -1;
}

} // namespace candor
