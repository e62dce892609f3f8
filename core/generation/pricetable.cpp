#include "generation/pricetable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor {
using namespace Qt::StringLiterals;

PriceTable PriceTable::defaults()
{
    static const PriceTable table = [] {
        PriceTable t;
        QFile file(u":/pricing/prices.json"_s);
        QString error;
        if (file.open(QIODevice::ReadOnly))
            fromJson(QJsonDocument::fromJson(file.readAll()).object(), &t, &error);
        return t;
    }();
    return table;
}

bool PriceTable::fromJson(const QJsonObject &object, PriceTable *out, QString *error)
{
    PriceTable t;
    for (const QJsonValue &v : object.value(u"local_providers"_s).toArray())
        t.m_localProviders << v.toString();
    const QJsonValue prices = object.value(u"prices"_s);
    if (!prices.isArray()) {
        *error = u"\"prices\" must be a list of {provider, model, input, output}"_s;
        return false;
    }
    int index = 0;
    for (const QJsonValue &v : prices.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        Price p;
        p.provider = o.value(u"provider"_s).toString();
        p.model = o.value(u"model"_s).toString();
        const QJsonValue in = o.value(u"input"_s);
        const QJsonValue outValue = o.value(u"output"_s);
        if (p.provider.isEmpty() || p.model.isEmpty() || !in.isDouble() || !outValue.isDouble() || in.toDouble() < 0 ||
            outValue.toDouble() < 0) {
            *error = u"price %1 needs provider, model and non-negative input and output prices"_s.arg(index);
            return false;
        }
        p.inputPerMillion = in.toDouble();
        p.outputPerMillion = outValue.toDouble();
        t.m_prices << p;
    }
    *out = t;
    return true;
}

QJsonObject PriceTable::toJson() const
{
    QJsonArray prices;
    for (const Price &p : m_prices)
        prices.append(QJsonObject{{u"provider"_s, p.provider},
                                  {u"model"_s, p.model},
                                  {u"input"_s, p.inputPerMillion},
                                  {u"output"_s, p.outputPerMillion}});
    return QJsonObject{{u"local_providers"_s, QJsonArray::fromStringList(m_localProviders)}, {u"prices"_s, prices}};
}

std::optional<PriceTable::Price> PriceTable::find(const QString &provider, const QString &model) const
{
    if (m_localProviders.contains(provider))
        return Price{provider, model, 0, 0};
    const Price *best = nullptr;
    for (const Price &p : m_prices) {
        if (p.provider != provider)
            continue;
        if (p.model == model)
            return p;
        if (model.startsWith(p.model) && (!best || p.model.size() > best->model.size()))
            best = &p;
    }
    if (best)
        return *best;
    return std::nullopt;
}

std::optional<double> PriceTable::cost(const QString &provider, const QString &model, qint64 inputTokens,
                                       qint64 outputTokens) const
{
    const auto price = find(provider, model);
    if (!price)
        return std::nullopt;
    return (double(inputTokens) * price->inputPerMillion + double(outputTokens) * price->outputPerMillion) / 1e6;
}

void PriceTable::set(const Price &price)
{
    for (Price &p : m_prices) {
        if (p.provider == price.provider && p.model == price.model) {
            p = price;
            return;
        }
    }
    m_prices << price;
}

} // namespace candor
