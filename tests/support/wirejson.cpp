#include "support/wirejson.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace candor::test::wire {

JsonStyle JsonStyle::compact()
{
    return JsonStyle{};
}

JsonStyle JsonStyle::python()
{
    JsonStyle s;
    s.itemSeparator = ", ";
    s.keySeparator = ": ";
    return s;
}

JsonStyle JsonStyle::pythonSorted()
{
    JsonStyle s = python();
    s.sortKeys = true;
    return s;
}

JsonStyle JsonStyle::pretty(int indent)
{
    JsonStyle s;
    s.indent = indent;
    s.keySeparator = ": ";
    return s;
}

JsonStyle JsonStyle::go()
{
    JsonStyle s;
    s.escape = Escape::Go;
    return s;
}

Json::Json(bool value) : m_type(Type::Bool), m_bool(value) {}
Json::Json(int value) : m_type(Type::Int), m_int(value) {}
Json::Json(qint64 value) : m_type(Type::Int), m_int(value) {}
Json::Json(quint64 value) : m_type(Type::UInt), m_uint(value) {}
Json::Json(double value) : m_type(Type::Double), m_double(value) {}
Json::Json(const QString &text) : m_type(Type::String), m_string(text) {}
Json::Json(const char *utf8) : m_type(Type::String), m_string(QString::fromUtf8(utf8)) {}
Json::Json(const QByteArray &utf8) : m_type(Type::String), m_string(QString::fromUtf8(utf8)) {}

Json Json::object(std::initializer_list<std::pair<QByteArray, Json>> members)
{
    Json j;
    j.m_type = Type::Object;
    for (const auto &m : members)
        j.insert(m.first, m.second);
    return j;
}

Json Json::array(std::initializer_list<Json> items)
{
    Json j;
    j.m_type = Type::Array;
    j.m_items.assign(items.begin(), items.end());
    return j;
}

Json Json::array(const std::vector<Json> &items)
{
    Json j;
    j.m_type = Type::Array;
    j.m_items = items;
    return j;
}

Json Json::strings(const QList<QByteArray> &utf8Items)
{
    Json j = array();
    for (const QByteArray &s : utf8Items)
        j.append(Json(s));
    return j;
}

Json Json::raw(const QByteArray &json)
{
    Json j;
    j.m_type = Type::Raw;
    j.m_raw = json;
    return j;
}

Json &Json::insert(const QByteArray &key, const Json &value)
{
    if (m_type != Type::Object) {
        *this = object();
    }
    const auto it = std::find(m_keys.begin(), m_keys.end(), key);
    if (it != m_keys.end()) {
        m_items[size_t(it - m_keys.begin())] = value;
    } else {
        m_keys.push_back(key);
        m_items.push_back(value);
    }
    return *this;
}

Json &Json::remove(const QByteArray &key)
{
    const auto it = std::find(m_keys.begin(), m_keys.end(), key);
    if (it != m_keys.end()) {
        m_items.erase(m_items.begin() + (it - m_keys.begin()));
        m_keys.erase(it);
    }
    return *this;
}

Json &Json::append(const Json &item)
{
    if (m_type != Type::Array)
        *this = array();
    m_items.push_back(item);
    return *this;
}

QByteArray Json::dump(const JsonStyle &style) const
{
    QByteArray out;
    write(out, style, 0);
    return out;
}

QByteArray Json::quote(const QString &text, JsonStyle::Escape escape)
{
    static const char hex[] = "0123456789abcdef";
    const auto unicodeEscape = [](QByteArray &out, char16_t unit) {
        out += "\\u";
        out += hex[(unit >> 12) & 0xf];
        out += hex[(unit >> 8) & 0xf];
        out += hex[(unit >> 4) & 0xf];
        out += hex[unit & 0xf];
    };
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '<':
            case '>':
            case '&':
                if (escape == JsonStyle::Escape::Go)
                    unicodeEscape(out, c);
                else
                    out += char(c);
                break;
            default:
                if (c < 0x20)
                    unicodeEscape(out, c);
                else
                    out += char(c);
            }
            continue;
        }
        if (escape == JsonStyle::Escape::Ascii) {
            unicodeEscape(out, c); // surrogate pairs come out as two escapes, as Python writes them
            continue;
        }
        if (escape == JsonStyle::Escape::Go && (c == 0x2028 || c == 0x2029)) {
            unicodeEscape(out, c);
            continue;
        }
        // A run of non-ASCII code units is converted in one go so surrogate pairs stay together.
        qsizetype j = i + 1;
        while (j < n && text.at(j).unicode() >= 0x80 &&
               !(escape == JsonStyle::Escape::Go && (text.at(j).unicode() == 0x2028 || text.at(j).unicode() == 0x2029)))
            ++j;
        out += QStringView(text).mid(i, j - i).toUtf8();
        i = j - 1;
    }
    out += '"';
    return out;
}

void Json::write(QByteArray &out, const JsonStyle &style, int depth) const
{
    const auto newline = [&](int level) {
        out += '\n';
        out += QByteArray(qsizetype(level) * style.indent, ' ');
    };
    switch (m_type) {
    case Type::Null:
        out += "null";
        return;
    case Type::Bool:
        out += m_bool ? "true" : "false";
        return;
    case Type::Int:
        out += QByteArray::number(m_int);
        return;
    case Type::UInt:
        out += QByteArray::number(m_uint);
        return;
    case Type::Double:
        if (std::isfinite(m_double) && std::floor(m_double) == m_double && std::fabs(m_double) < 1e15)
            out += QByteArray::number(qint64(m_double));
        else
            out += QByteArray::number(m_double, 'g', QLocale::FloatingPointShortest);
        return;
    case Type::String:
        out += quote(m_string, style.escape);
        return;
    case Type::Raw:
        out += m_raw;
        return;
    case Type::Array:
        if (m_items.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out += style.itemSeparator;
            if (style.indent > 0)
                newline(depth + 1);
            m_items[i].write(out, style, depth + 1);
        }
        if (style.indent > 0)
            newline(depth);
        out += ']';
        return;
    case Type::Object: {
        if (m_items.empty()) {
            out += "{}";
            return;
        }
        std::vector<size_t> order(m_keys.size());
        std::iota(order.begin(), order.end(), size_t(0));
        if (style.sortKeys)
            std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) { return m_keys[a] < m_keys[b]; });
        out += '{';
        bool first = true;
        for (const size_t i : order) {
            if (!first)
                out += style.itemSeparator;
            first = false;
            if (style.indent > 0)
                newline(depth + 1);
            out += quote(QString::fromUtf8(m_keys[i]), style.escape);
            out += style.keySeparator;
            m_items[i].write(out, style, depth + 1);
        }
        if (style.indent > 0)
            newline(depth);
        out += '}';
        return;
    }
    }
}

} // namespace candor::test::wire
