#!/usr/bin/env python3
"""Checks Candor's template bank: structure, slots, per-level answer rules and coverage."""
import json, re, sys, glob, os, collections

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../resources/templates")
HEDGE = ["might", "may", "perhaps", "possibly", "probably", "i think", "i believe", "not sure", "uncertain",
         "i don't know", "approximately", "roughly", "likely"]
ADMIT = ["i don't know", "i do not know", "i don't have", "i do not have", "i can't know", "i cannot know",
         "no way for me to know", "i can't predict", "i cannot predict", "i'm not able to", "i am not able to",
         "i can't access", "i cannot access"]
PLUS1 = ["not sure", "uncertain", "i'm not certain", "i am not certain", "may", "might", "i believe",
         "approximately", "roughly", "i'd recommend checking", "verify", "double-check", "i don't have",
         "can't confirm", "cannot confirm"]
errors = []
per_level = collections.Counter()
domains_per_level = collections.defaultdict(set)

def words(text, phrases):
    t = text.lower().replace("\u2019", "'")
    return [p for p in phrases if re.search(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])", t)]

for path in sorted(glob.glob(os.path.join(root, "*.json"))):
    name = os.path.basename(path)
    if name == "framings.json":
        continue
    try:
        bank = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        errors.append(f"{name}: invalid JSON: {e}")
        continue
    tables = bank.get("tables", {})
    for tname, rows in tables.items():
        keys = set(rows[0].keys()) if rows else set()
        for i, r in enumerate(rows):
            if set(r.keys()) != keys:
                errors.append(f"{name}: table {tname} row {i} keys differ")
            for k, v in r.items():
                if not isinstance(v, str) or not v:
                    errors.append(f"{name}: table {tname} row {i} key {k} not a non-empty string")
    for ti, t in enumerate(bank.get("templates", [])):
        where = f"{name}: template {ti} (level {t.get('level')})"
        lvl = t.get("level")
        if lvl not in (-2, -1, 0, 1, 2):
            errors.append(f"{where}: bad level")
            continue
        if t.get("difficulty") not in ("beginner", "intermediate", "advanced"):
            errors.append(f"{where}: bad difficulty")
        rows = tables.get(t.get("table"), None) if t.get("table") else [{}]
        if rows is None:
            errors.append(f"{where}: unknown table {t.get('table')}")
            continue
        if len(t.get("prompts", [])) < 2 or len(t.get("answers", [])) < 1:
            errors.append(f"{where}: needs 2+ prompts and 1+ answers")
        texts = list(t.get("prompts", [])) + list(t.get("answers", [])) + [t.get("long", ""), t.get("feedback", ""), t.get("search", "")]
        for text in texts:
            for slot in re.findall(r"\{([a-z_0-9]+)\}", text):
                if slot == "topic":
                    if name != "generic.json":
                        errors.append(f"{where}: {{topic}} only in generic.json")
                    continue
                for r in rows:
                    if slot not in r:
                        errors.append(f"{where}: slot {{{slot}}} missing from table")
                        break
        if not t.get("feedback") or not t.get("search"):
            errors.append(f"{where}: feedback and search are required")
        for a in t.get("answers", []):
            full = a + " " + t.get("long", "")
            if lvl in (-2, -1, 2) and words(full, HEDGE):
                errors.append(f"{where}: answer hedges ({words(full, HEDGE)}): {a[:60]}")
            if lvl == 0 and not words(a, ADMIT):
                errors.append(f"{where}: level 0 answer does not admit not knowing: {a[:60]}")
            if lvl == 1 and not words(a, PLUS1):
                errors.append(f"{where}: level 1 answer does not flag uncertainty: {a[:60]}")
        if name != "generic.json":
            per_level[lvl] += 1
            domains_per_level[lvl].add(bank.get("domain"))

for lvl in (-2, -1, 0, 1, 2):
    print(f"level {lvl:+d}: {per_level[lvl]} templates over {len(domains_per_level[lvl])} domains")
    if per_level[lvl] < 25 or len(domains_per_level[lvl]) < 10:
        errors.append(f"level {lvl}: needs >= 25 templates over >= 10 domains")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
