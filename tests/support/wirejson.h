// An ordered JSON writer for the provider test server. QJsonDocument sorts keys and has one layout, but each
// provider's server stack writes its own bytes (Go field order, Python separators, pretty-printing, \u escapes),
// and the connectors must be tested against exactly those bytes.
#pragma once

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <utility>
#include <vector>

namespace candor::test::wire {

struct JsonStyle
{
    enum class Escape
    {
        Utf8,  // only what JSON requires; non-ASCII stays raw UTF-8 (OpenAI, Anthropic, Starlette, FastChat)
        Ascii, // Python json.dumps default (ensure_ascii): non-ASCII as lower-case \uXXXX, surrogate pairs
        Go     // Go encoding/json: raw UTF-8, but <, >, & and U+2028/U+2029 as \u003c \u003e \u0026 \u2028 \u2029
    };

    int indent = 0; // > 0: pretty-printed, one member per line, this many spaces per level
    QByteArray itemSeparator = ",";
    QByteArray keySeparator = ":";
    Escape escape = Escape::Utf8;
    bool sortKeys = false;

    static JsonStyle compact();          // {"a":1,"b":[1,2]}
    static JsonStyle python();           // json.dumps defaults, ensure_ascii=False: {"a": 1, "b": [1, 2]}
    static JsonStyle pythonSorted();     // the same with sort_keys=True
    static JsonStyle pretty(int indent); // {\n  "a": 1\n}
    static JsonStyle go();               // json.Marshal
};

class Json
{
public:
    enum class Type
    {
        Null,
        Bool,
        Int,
        UInt,
        Double,
        String,
        Array,
        Object,
        Raw
    };

    Json() = default; // null
    Json(std::nullptr_t) {}
    Json(bool value);
    Json(int value);
    Json(qint64 value);
    Json(quint64 value); // exact, also above 2^53 (Together's seed)
    Json(double value);
    Json(const QString &text);
    Json(const char *utf8);
    Json(const QByteArray &utf8);

    static Json object(std::initializer_list<std::pair<QByteArray, Json>> members = {});
    static Json array(std::initializer_list<Json> items = {});
    static Json array(const std::vector<Json> &items);
    static Json strings(const QList<QByteArray> &utf8Items);
    // Inserted verbatim: pre-rendered JSON such as a tool input object.
    static Json raw(const QByteArray &json);

    // Appends the member, or replaces the value in place when the key exists (order is kept).
    Json &insert(const QByteArray &key, const Json &value);
    Json &remove(const QByteArray &key);
    Json &append(const Json &item);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    QByteArray dump(const JsonStyle &style = JsonStyle::compact()) const;

    static QByteArray quote(const QString &text, JsonStyle::Escape escape);

private:
    void write(QByteArray &out, const JsonStyle &style, int depth) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    quint64 m_uint = 0;
    double m_double = 0;
    QString m_string;
    QByteArray m_raw;               // verbatim text of a Raw value
    std::vector<Json> m_items;      // Array items, or Object values
    std::vector<QByteArray> m_keys; // Object keys, parallel to m_items
};

} // namespace candor::test::wire
