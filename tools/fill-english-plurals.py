#!/usr/bin/env python3
"""Fills translations/candor_en.ts, the English plural forms (made with lupdate -pluralonly): "%n row(s)" becomes
"%n row" / "%n rows", and "%n rows" becomes "%n row" / "%n rows". Entries already finished are left alone.

    tools/fill-english-plurals.py translations/candor_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET


def forms(source):
    if "(s)" in source:
        return source.replace("(s)", ""), source.replace("(s)", "s")
    # "%n rows", "%n models listed": the word after %n carries the number.
    singular = re.sub(r"%n (\w+?)s\b", r"%n \1", source, count=1)
    return singular, source


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        one, many = forms(message.findtext("source"))
        for element in list(translation):
            translation.remove(element)
        for text in (one, many):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print("%s: %d plural entries filled" % (path, filled))


if __name__ == "__main__":
    main(sys.argv[1])
