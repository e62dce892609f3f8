#include "generation/pricetable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor {

PriceTable PriceTable::defaults()
{
    static const PriceTable table = [] {
        PriceTable t;
        QFile file(QStringLiteral(":/pricing/prices.json"));
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
    for (const QJsonValue &v : object.value(QStringLiteral("local_providers")).toArray())
        t.m_localProviders << v.toString();
    const QJsonValue prices = object.value(QStringLiteral("prices"));
    if (!prices.isArray()) {
        *error = QStringLiteral("\"prices\" must be a list of {provider, model, input, output}");
        return false;
    }
    int index = 0;
    for (const QJsonValue &v : prices.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        Price p;
        p.provider = o.value(QStringLiteral("provider")).toString();
        p.model = o.value(QStringLiteral("model")).toString();
        const QJsonValue in = o.value(QStringLiteral("input"));
        const QJsonValue outValue = o.value(QStringLiteral("output"));
        if (p.provider.isEmpty() || p.model.isEmpty() || !in.isDouble() || !outValue.isDouble() || in.toDouble() < 0 ||
            outValue.toDouble() < 0) {
            *error =
                QStringLiteral("price %1 needs provider, model and non-negative input and output prices").arg(index);
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
        prices.append(QJsonObject{{QStringLiteral("provider"), p.provider},
                                  {QStringLiteral("model"), p.model},
                                  {QStringLiteral("input"), p.inputPerMillion},
                                  {QStringLiteral("output"), p.outputPerMillion}});
    return QJsonObject{{QStringLiteral("local_providers"), QJsonArray::fromStringList(m_localProviders)},
                       {QStringLiteral("prices"), prices}};
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
