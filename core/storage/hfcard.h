#pragma once

#include <QString>
#include <QVariant>

namespace candor {

// A string as a YAML double-quoted scalar ("..." with \" \\ and \n escaped).
QString yamlQuoted(const QString &text);

// Reads the subset of YAML a Hugging Face dataset card's front matter uses, which is what Candor writes: block
// mappings and sequences by indentation (spaces only), "- key: value" items, plain, single- and double-quoted
// scalars, flow lists of plain scalars ([a, b]) and comments. Mappings become QVariantMap, sequences QVariantList,
// scalars QString. Anything else (tabs, a line without "key:", a bad indent, a duplicate key, an open quote) is
// refused with the line it is on.
bool parseYamlSubset(const QString &text, QVariant *out, QString *error);

// The YAML between a README.md's first line "---" and the next line "---". False (with the reason) when the file
// does not start with front matter or never closes it.
bool frontMatter(const QByteArray &readme, QString *yaml, QString *error);

} // namespace candor
