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

#include <algorithm>
#include <initializer_list>

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

// Keys of obj that are not in allowed, for "unknown key" errors that catch typos.
QString unknownKey(const QJsonObject &obj, std::initializer_list<QLatin1StringView> allowed)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            return it.key();
    }
    return {};
}

bool validDifficulty(const QString &difficulty)
{
    return difficulty == QLatin1String("beginner") || difficulty == QLatin1String("intermediate") ||
           difficulty == QLatin1String("advanced");
}

// Reads one entry of "ladders" (see FORMAT.md). Returns false with *error set to a message without the file name.
bool readLadder(const QJsonValue &value, const TemplateBank::Domain &domain, TemplateBank::Ladder *ladder,
                QString *error)
{
    if (!value.isObject()) {
        *error = tr("must be an object");
        return false;
    }
    const QJsonObject o = value.toObject();
    if (const QString key = unknownKey(o, {"table"_L1, "difficulty"_L1, "prompts"_L1, "search"_L1, "levels"_L1});
        !key.isEmpty()) {
        *error = tr("unknown key \"%1\"").arg(key);
        return false;
    }
    QStringList columns;
    const QString tableName = o.value(u"table"_s).toString();
    if (!tableName.isEmpty()) {
        for (int i = 0; i < domain.tables.size(); ++i) {
            if (domain.tables.at(i).name == tableName)
                ladder->table = i;
        }
        if (ladder->table < 0) {
            *error = tr("unknown table \"%1\"").arg(tableName);
            return false;
        }
        columns = domain.tables.at(ladder->table).columns;
    } else if (!domain.generic) {
        *error = tr("\"table\" is required outside generic.json");
        return false;
    }
    ladder->difficulty = o.value(u"difficulty"_s).toString();
    if (!validDifficulty(ladder->difficulty)) {
        *error = tr("\"difficulty\" must be beginner, intermediate or advanced");
        return false;
    }
    auto compile = [&](const QString &text, TemplateBank::Text *out) {
        return compileText(text, columns, domain.generic, out, error);
    };
    QStringList prompts;
    if (!readStrings(o.value(u"prompts"_s), &prompts)) {
        *error = tr("\"prompts\" must be a non-empty list of strings");
        return false;
    }
    for (const QString &p : std::as_const(prompts)) {
        TemplateBank::Text text;
        if (!compile(p, &text))
            return false;
        ladder->prompts << text;
    }
    const QString search = o.value(u"search"_s).toString();
    if (search.isEmpty()) {
        *error = tr("\"search\" is required");
        return false;
    }
    if (!compile(search, &ladder->search))
        return false;

    const QJsonValue levelsValue = o.value(u"levels"_s);
    if (!levelsValue.isObject()) {
        *error = tr("\"levels\" must be an object with the keys \"-2\", \"-1\", \"0\", \"1\" and \"2\"");
        return false;
    }
    const QJsonObject levels = levelsValue.toObject();
    if (const QString key = unknownKey(levels, {"-2"_L1, "-1"_L1, "0"_L1, "1"_L1, "2"_L1}); !key.isEmpty()) {
        *error = tr("unknown level \"%1\" (the levels are \"-2\", \"-1\", \"0\", \"1\" and \"2\")").arg(key);
        return false;
    }
    for (int reward = Rubric::MinReward; reward <= Rubric::MaxReward; ++reward) {
        const QString name = QString::number(reward);
        auto failLevel = [&](const QString &what) {
            *error = tr("level %1: %2").arg(name, what);
            return false;
        };
        if (!levels.contains(name))
            return failLevel(tr("missing (a ladder needs all five levels)"));
        if (!levels.value(name).isObject())
            return failLevel(tr("must be an object"));
        const QJsonObject lo = levels.value(name).toObject();
        if (const QString key = unknownKey(lo, {"answers"_L1, "long"_L1, "feedback"_L1, "claims"_L1}); !key.isEmpty())
            return failLevel(tr("unknown key \"%1\"").arg(key));
        TemplateBank::LadderLevel &level = ladder->levels[size_t(Rubric::indexOf(reward))];
        QStringList answers;
        if (!readStrings(lo.value(u"answers"_s), &answers))
            return failLevel(tr("\"answers\" must be a non-empty list of strings"));
        for (const QString &a : std::as_const(answers)) {
            TemplateBank::Text text;
            if (!compile(a, &text))
                return failLevel(*error);
            level.answers << text;
        }
        const QString feedback = lo.value(u"feedback"_s).toString();
        if (feedback.isEmpty())
            return failLevel(tr("\"feedback\" is required"));
        if (!compile(feedback, &level.feedback) || !compile(lo.value(u"long"_s).toString(), &level.longText))
            return failLevel(*error);
        if (!lo.value(u"claims"_s).isArray())
            return failLevel(tr("\"claims\" must be a list (empty if the answer makes no claim)"));
        const QJsonArray claims = lo.value(u"claims"_s).toArray();
        for (int c = 0; c < claims.size(); ++c) {
            auto failClaim = [&](const QString &what) { return failLevel(tr("claim %1: %2").arg(c + 1).arg(what)); };
            if (!claims.at(c).isObject())
                return failClaim(tr("must be an object"));
            const QJsonObject co = claims.at(c).toObject();
            if (const QString key = unknownKey(co, {"claim"_L1, "true"_L1, "correction"_L1}); !key.isEmpty())
                return failClaim(tr("unknown key \"%1\"").arg(key));
            const QString claimText = co.value(u"claim"_s).toString();
            if (claimText.isEmpty())
                return failClaim(tr("\"claim\" must be a non-empty string"));
            if (!co.value(u"true"_s).isBool())
                return failClaim(tr("\"true\" must be true or false"));
            TemplateBank::LadderLevel::Claim claim;
            claim.truth = co.value(u"true"_s).toBool();
            const QString correction = co.value(u"correction"_s).toString();
            if (!claim.truth && correction.isEmpty())
                return failClaim(tr("a false claim needs a \"correction\""));
            if (claim.truth && co.contains(u"correction"_s))
                return failClaim(tr("a true claim takes no \"correction\""));
            if (!compile(claimText, &claim.text) || !compile(correction, &claim.correction))
                return failClaim(*error);
            level.claims << claim;
        }
    }
    return true;
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
            if (!validDifficulty(tpl.difficulty))
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
        const QJsonValue ladders = root.value(u"ladders"_s);
        if (!ladders.isUndefined() && !ladders.isArray())
            return fail(tr("\"ladders\" must be a list"));
        const QJsonArray ladderList = ladders.toArray();
        for (int l = 0; l < ladderList.size(); ++l) {
            Ladder ladder;
            ladder.domain = domainIndex;
            ladder.source = u"%1 ladder #%2"_s.arg(fileName).arg(l + 1);
            QString why;
            if (!readLadder(ladderList.at(l), domain, &ladder, &why))
                return fail(tr("ladder %1: %2").arg(l + 1).arg(why));
            bank->m_ladders << ladder;
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
