#include "storage/hfcard.h"

#include <QCoreApplication>
#include <QStringList>

namespace candor {
using namespace Qt::StringLiterals;
namespace {

struct Line
{
    int number = 0; // in the YAML text, from 1
    int indent = 0;
    QString text; // without the indent and a trailing comment
};

QString stripComment(const QString &text)
{
    // A '#' starts a comment at the line start or after a space, outside quotes.
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            if (i == 0 || text.at(i - 1) == u' ' || text.at(i - 1) == u':' || text.at(i - 1) == u'-' ||
                text.at(i - 1) == u'[' || text.at(i - 1) == u',')
                quote = c;
        } else if (c == u'#' && (i == 0 || text.at(i - 1) == u' ')) {
            return text.left(i).trimmed();
        }
    }
    return text.trimmed();
}

class Parser
{
public:
    Parser(QVector<Line> lines) : m_lines(std::move(lines)) {}

    bool parseDocument(QVariant *out)
    {
        if (m_lines.isEmpty()) {
            *out = QVariantMap();
            return true;
        }
        if (!parseBlock(m_lines.first().indent, out))
            return false;
        if (m_pos < m_lines.size())
            return fail(
                m_lines.at(m_pos).number,
                QCoreApplication::translate("candor::HfCard", "this line is indented less than the first line"));
        return true;
    }
    QString error() const { return m_error; }

private:
    bool fail(int line, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("candor::HfCard", "YAML line %1: %2").arg(line).arg(message);
        return false;
    }

    bool parseScalar(const QString &text, int line, QVariant *out)
    {
        if (text.startsWith(u'"')) {
            QString value;
            qsizetype i = 1;
            for (; i < text.size() && text.at(i) != u'"'; ++i) {
                if (text.at(i) == u'\\') {
                    if (++i >= text.size())
                        break;
                    const QChar e = text.at(i);
                    value += e == u'n' ? u'\n' : e == u't' ? u'\t' : e;
                } else {
                    value += text.at(i);
                }
            }
            if (i >= text.size())
                return fail(line,
                            QCoreApplication::translate("candor::HfCard", "a double-quoted string is never closed"));
            if (i != text.size() - 1)
                return fail(line, QCoreApplication::translate("candor::HfCard", "text after a closing quote"));
            *out = value;
            return true;
        }
        if (text.startsWith(u'\'')) {
            QString value;
            qsizetype i = 1;
            for (; i < text.size(); ++i) {
                if (text.at(i) == u'\'') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'\'') {
                        value += u'\'';
                        ++i;
                        continue;
                    }
                    break;
                }
                value += text.at(i);
            }
            if (i >= text.size())
                return fail(line,
                            QCoreApplication::translate("candor::HfCard", "a single-quoted string is never closed"));
            if (i != text.size() - 1)
                return fail(line, QCoreApplication::translate("candor::HfCard", "text after a closing quote"));
            *out = value;
            return true;
        }
        if (text.startsWith(u'[')) {
            if (!text.endsWith(u']'))
                return fail(line, QCoreApplication::translate("candor::HfCard", "a flow list is never closed"));
            QVariantList list;
            const QString inner = text.mid(1, text.size() - 2).trimmed();
            if (!inner.isEmpty()) {
                for (const QString &item : inner.split(u',')) {
                    QVariant value;
                    if (item.trimmed().isEmpty() || !parseScalar(item.trimmed(), line, &value))
                        return fail(line, QCoreApplication::translate("candor::HfCard",
                                                                      "an empty or malformed item in a flow list"));
                    list << value;
                }
            }
            *out = list;
            return true;
        }
        if (text.startsWith(u'{') || text.startsWith(u'&') || text.startsWith(u'*') || text.startsWith(u'|') ||
            text.startsWith(u'>') || text.startsWith(u'!'))
            return fail(line, QCoreApplication::translate("candor::HfCard",
                                                          "\"%1\" is YAML that Candor's card reader does not accept")
                                  .arg(text.left(1)));
        *out = text;
        return true;
    }

    // "key: value" or "key:"; false when the line has no key.
    static bool splitKey(const QString &text, QString *key, QString *rest)
    {
        qsizetype colon = -1;
        if (text.startsWith(u'"') || text.startsWith(u'\''))
            return false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u':' && (i + 1 == text.size() || text.at(i + 1) == u' ')) {
                colon = i;
                break;
            }
        }
        if (colon <= 0)
            return false;
        *key = text.left(colon).trimmed();
        *rest = text.mid(colon + 1).trimmed();
        return !key->isEmpty();
    }

    bool parseBlock(int indent, QVariant *out)
    {
        const Line &first = m_lines.at(m_pos);
        if (first.text.startsWith(u"- "_s) || first.text == u"-"_s)
            return parseSequence(indent, out);
        return parseMapping(indent, out);
    }

    // The value after "key:" or "- ": inline, or a nested block on the following, deeper lines.
    bool parseValue(const QString &rest, int parentIndent, int line, QVariant *out)
    {
        if (!rest.isEmpty())
            return parseScalar(rest, line, out);
        if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > parentIndent)
            return parseBlock(m_lines.at(m_pos).indent, out);
        // A sequence may sit at the same indent as its key ("key:\n- a").
        if (m_pos < m_lines.size() && m_lines.at(m_pos).indent == parentIndent &&
            m_lines.at(m_pos).text.startsWith(u'-'))
            return parseSequence(parentIndent, out);
        *out = QString();
        return true;
    }

    bool parseMapping(int indent, QVariant *out, QVariantMap map = {})
    {
        while (m_pos < m_lines.size()) {
            const Line &line = m_lines.at(m_pos);
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                return fail(line.number, QCoreApplication::translate("candor::HfCard", "unexpected indentation"));
            if (line.text.startsWith(u'-'))
                break; // a sequence at a key's own indent belongs to that key
            QString key;
            QString rest;
            if (!splitKey(line.text, &key, &rest))
                return fail(line.number, QCoreApplication::translate("candor::HfCard", "expected \"key: value\""));
            if (map.contains(key))
                return fail(line.number,
                            QCoreApplication::translate("candor::HfCard", "the key \"%1\" appears twice").arg(key));
            ++m_pos;
            QVariant value;
            if (!parseValue(rest, indent, line.number, &value))
                return false;
            map.insert(key, value);
        }
        *out = map;
        return true;
    }

    bool parseSequence(int indent, QVariant *out)
    {
        QVariantList list;
        while (m_pos < m_lines.size()) {
            const Line line = m_lines.at(m_pos);
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                return fail(line.number, QCoreApplication::translate("candor::HfCard", "unexpected indentation"));
            if (!line.text.startsWith(u"- "_s) && line.text != u"-"_s)
                break;
            const QString item = line.text.mid(1).trimmed();
            ++m_pos;
            QString key;
            QString rest;
            QVariant value;
            if (splitKey(item, &key, &rest)) {
                // "- key: value": a mapping whose further keys sit under the key's column.
                const int column = line.indent + int(line.text.indexOf(item));
                QVariant first;
                if (!parseValue(rest, column, line.number, &first))
                    return false;
                QVariantMap map{{key, first}};
                if (m_pos < m_lines.size() && m_lines.at(m_pos).indent == column) {
                    if (!parseMapping(column, &value, map))
                        return false;
                } else {
                    value = map;
                }
            } else if (!parseValue(item, indent, line.number, &value)) {
                return false;
            }
            list << value;
        }
        *out = list;
        return true;
    }

    QVector<Line> m_lines;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

QString yamlQuoted(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else
            out += c;
    }
    return out + u'"';
}

bool parseYamlSubset(const QString &text, QVariant *out, QString *error)
{
    QVector<Line> lines;
    const QStringList raw = text.split(u'\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString l = raw.at(i);
        if (l.endsWith(u'\r'))
            l.chop(1);
        int indent = 0;
        while (indent < l.size() && l.at(indent) == u' ')
            ++indent;
        if (indent < l.size() && l.at(indent) == u'\t') {
            *error = QCoreApplication::translate("candor::HfCard",
                                                 "YAML line %1: a tab in the indentation (YAML indents with spaces)")
                         .arg(i + 1);
            return false;
        }
        const QString content = stripComment(l.mid(indent));
        if (content.isEmpty())
            continue;
        lines.append({int(i + 1), indent, content});
    }
    Parser parser(std::move(lines));
    if (!parser.parseDocument(out)) {
        *error = parser.error();
        return false;
    }
    return true;
}

bool frontMatter(const QByteArray &readme, QString *yaml, QString *error)
{
    const QString text = QString::fromUtf8(readme);
    const QStringList lines = text.split(u'\n');
    if (lines.isEmpty() || lines.first().trimmed() != u"---"_s) {
        *error = QCoreApplication::translate("candor::HfCard",
                                             "README.md does not start with YAML front matter (a line \"---\")");
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == u"---"_s) {
            *yaml = lines.mid(1, i - 1).join(u'\n');
            return true;
        }
    }
    *error = QCoreApplication::translate("candor::HfCard",
                                         "README.md's front matter is never closed (no second line \"---\")");
    return false;
}

} // namespace candor
