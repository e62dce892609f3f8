#!/usr/bin/env python3
"""Fails when a translation of Candor is unfinished, missing or broken.

Runs lupdate over the sources into temporary copies of translations/candor_<lang>.ts (the committed files are
not touched), then reports per language:
  missing     a source string no .ts entry translates yet (new in the sources, or changed since)
  unfinished  an entry marked unfinished, or with an empty translation or plural form
  broken      a translation whose placeholders (%1, %n, %DELAY%) or HTML tags differ from the source
  stale       an entry whose source string is gone (only reported; `update_translations` drops it)

    check_translations.py [--lupdate PATH] [--ts-dir DIR] [--languages de,es,...] SOURCE_DIR...

Fix a failure with `cmake --build <dir> --target update_translations`, then translate the new entries
(Qt Linguist, or tools/translate-fill.py with a JSON mapping; tools/fill-english-plurals.py for English).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ["de", "es", "fr", "pt_BR", "zh_CN", "en"]
# English is the source language: its file holds only the plural forms ("%n row" / "%n rows").
PLURAL_ONLY = {"en"}
PLACEHOLDER = re.compile(r"%(?:L?\d+|n|Ln|DELAY%)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def find_lupdate(explicit):
    for candidate in [explicit, os.environ.get("LUPDATE"), "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate6"),
                      shutil.which("lupdate")]:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("check_translations: lupdate not found (install qt6-l10n-tools or pass --lupdate)")


def entries(path):
    """(context, source) -> (message element, translation element) for every entry of a .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            result[(name, message.findtext("source") or "")] = message
    return result


def check_language(lupdate, ts_dir, sources, language, workdir):
    committed = os.path.join(ts_dir, "candor_%s.ts" % language)
    if not os.path.isfile(committed):
        return ["%s: %s is missing" % (language, committed)], []
    scratch = os.path.join(workdir, os.path.basename(committed))
    shutil.copyfile(committed, scratch)
    # Without -no-obsolete, so strings that vanished from the sources show up as such.
    extra = ["-pluralonly"] if language in PLURAL_ONLY else []
    run = subprocess.run([lupdate, "-locations", "none", "-silent"] + extra + sources + ["-ts", scratch],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if run.returncode != 0:
        return ["%s: lupdate failed:\n%s" % (language, run.stdout)], []
    before = entries(committed)
    failures, notes = [], []
    for (context, source), message in sorted(entries(scratch).items()):
        translation = message.find("translation")
        kind = translation.get("type")
        where = "%s: [%s] %r" % (language, context, source)
        if kind in ("vanished", "obsolete"):
            notes.append("%s: stale (no longer in the sources)" % where)
            continue
        if (context, source) not in before:
            failures.append("%s: missing (not in %s)" % (where, os.path.basename(committed)))
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
        else:
            forms = [translation.text or ""]
        if kind == "unfinished" or not forms or any(not f.strip() for f in forms):
            failures.append("%s: unfinished" % where)
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                failures.append("%s: broken placeholders in %r" % (where, form))
            elif sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
                failures.append("%s: broken HTML tags in %r" % (where, form))
    return failures, notes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate")
    parser.add_argument("--ts-dir")
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated, e.g. de,pt_BR")
    parser.add_argument("sources", nargs="*")
    args = parser.parse_args()
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    ts_dir = args.ts_dir or os.path.join(root, "translations")
    sources = args.sources or [os.path.join(root, d)
                               for d in ("core", "ui", os.path.join("app", "gui"), os.path.join("app", "cli"))]
    lupdate = find_lupdate(args.lupdate)

    all_failures = []
    with tempfile.TemporaryDirectory(prefix="candor-i18n-") as workdir:
        for language in [l.strip() for l in args.languages.split(",") if l.strip()]:
            failures, notes = check_language(lupdate, ts_dir, sources, language, workdir)
            for note in notes:
                print("note: " + note)
            all_failures += failures
            print("%s: %s" % (language, "ok" if not failures else "%d problem(s)" % len(failures)))
    for failure in all_failures:
        print("FAIL: " + failure)
    if all_failures:
        print("\n%d problem(s). Run the update_translations target, then translate the entries above."
              % len(all_failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
