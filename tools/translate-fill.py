#!/usr/bin/env python3
"""Fill translations into a Qt Linguist .ts file from a JSON mapping, checking each one.

    tools/translate-fill.py translations/candor_de.ts de.json [--keep-unfinished]

The JSON maps a source text (or "context\\u0004source" for one context only) to its translation; a numerus
entry (a source with %n) maps to a list with one string per plural form the language needs (de, es, fr,
pt_BR: 2; zh_CN: 1). Each translation must keep the source's placeholders (%1, %n, %DELAY%), its HTML tags,
its leading/trailing spaces and, when the source has one, exactly one & accelerator; entries that fail are
reported and left unfinished. Run the update_translations target (or lupdate) afterwards to re-format the file.
"""
import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n|Ln|DELAY%)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
NUMERUS_FORMS = {"zh_CN": 1, "zh": 1, "ja": 1, "ko": 1}


def accelerators(text):
    # "&&" is a literal ampersand; an accelerator is a single & before a visible character.
    return len(re.findall(r"(?<!&)&(?=[^&\s])", text.replace("&&", "")))


def problems(source, translation):
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        # %n may be dropped in a singular form only in languages that say "one" in words; Candor keeps it.
        found.append("placeholders %s vs %s" % (sorted(PLACEHOLDER.findall(source)),
                                                sorted(PLACEHOLDER.findall(translation))))
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        found.append("HTML tags differ")
    if accelerators(source) != accelerators(translation):
        found.append("accelerator (&) count %d vs %d" % (accelerators(source), accelerators(translation)))
    lead = lambda s: s[: len(s) - len(s.lstrip())]
    trail = lambda s: s[len(s.rstrip()):]
    if lead(source) != lead(translation) or trail(source) != trail(translation):
        found.append("leading/trailing whitespace differs")
    if not translation.strip() and source.strip():
        found.append("empty")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ts")
    parser.add_argument("mapping")
    parser.add_argument("--keep-unfinished", action="store_true",
                        help="do not touch entries that are already finished")
    args = parser.parse_args()

    mapping = json.load(open(args.mapping, encoding="utf-8"))
    tree = ET.parse(args.ts)
    root = tree.getroot()
    language = root.get("language", "")
    forms_needed = NUMERUS_FORMS.get(language, NUMERUS_FORMS.get(language.split("_")[0], 2))
    filled = skipped = 0
    errors = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            value = mapping.get(name + "\u0004" + source, mapping.get(source))
            if value is None:
                skipped += 1
                continue
            numerus = message.get("numerus") == "yes"
            forms = value if isinstance(value, list) else [value]
            if numerus and len(forms) != forms_needed:
                errors.append("%s: %r: %d plural forms, %s needs %d" % (name, source, len(forms), language,
                                                                       forms_needed))
                continue
            bad = [p for f in forms for p in problems(source, f)]
            if bad:
                errors.append("%s: %r: %s" % (name, source, "; ".join(bad)))
                continue
            for child in list(translation):
                translation.remove(child)
            if numerus:
                translation.text = None
                for f in forms:
                    ET.SubElement(translation, "numerusform").text = f
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
            filled += 1
    with open(args.ts, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    print("%s: %d filled, %d not in the mapping, %d rejected" % (args.ts, filled, skipped, len(errors)))
    for e in errors:
        print("  rejected: " + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
