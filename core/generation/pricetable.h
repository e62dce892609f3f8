#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace candor {

// USD per million tokens for (provider, model); editable. Unknown models have no price ("no price"), which is
// not the same as free.
class PriceTable
{
public:
    struct Price
    {
        QString provider;
        QString model;
        double inputPerMillion = 0;
        double outputPerMillion = 0;
    };

    // Candor's defaults (resources/pricing/prices.json).
    static PriceTable defaults();
    // Reads a table in the same format; false with a message on bad input.
    static bool fromJson(const QJsonObject &object, PriceTable *out, QString *error);
    QJsonObject toJson() const;

    // Exact model id first, then the longest listed id the model name starts with; local providers cost 0.
    std::optional<Price> find(const QString &provider, const QString &model) const;
    // Cost in USD, or nothing when the model has no price.
    std::optional<double> cost(const QString &provider, const QString &model, qint64 inputTokens,
                               qint64 outputTokens) const;

    void set(const Price &price);
    const QVector<Price> &prices() const { return m_prices; }

private:
    QVector<Price> m_prices;
    QStringList m_localProviders;
};

} // namespace candor
