#!/usr/bin/env python3
"""Adds Spanish ("es") beside every English ("en") content text, from a reviewable translation table.

  translate.py todo FILE     list the English texts of FILE that the table lacks, as "id<TAB>English"
  translate.py add FILE.es   merge "id<TAB>Spanish" lines (ids from todo) into table.json (English -> Spanish)
  translate.py apply FILE    insert "es" right after "en" in FILE wherever the table has the English text
  translate.py check         list table entries whose Spanish lost or gained a number or a source id

FILE is a name under src/main/resources/org/secondlook/knowledge/. The JSON is read and written with the same
layout (two-space indent), so the diff shows only the added "es" lines.
"""
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTENT = HERE.parents[2] / "main/resources/org/secondlook/knowledge"
TABLE = HERE / "table.json"


def text_id(english):
    return hashlib.sha1(english.encode("utf-8")).hexdigest()[:8]


def load_table():
    return json.loads(TABLE.read_text("utf-8")) if TABLE.exists() else {}


def save_table(table):
    TABLE.write_text(json.dumps(table, ensure_ascii=False, indent=2) + "\n", "utf-8")


def texts(node):
    """Every localized-text object (a dict holding "en" and only strings) in document order."""
    if isinstance(node, dict):
        if "en" in node and all(isinstance(v, str) for v in node.values()):
            yield node
            return
        for value in node.values():
            yield from texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from texts(value)


def read(name):
    return json.loads((CONTENT / name).read_text("utf-8"))


def write(name, doc):
    (CONTENT / name).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", "utf-8")


def todo(name):
    table, seen = load_table(), set()
    for text in texts(read(name)):
        english = text["en"]
        if english not in table and english not in seen:
            seen.add(english)
            print(f"{text_id(english)}\t{english}")


def add(path):
    table = load_table()
    english_by_id = {}
    for name in ("metadata.json", "general.json", "glossary.json", "options.json", "conditions.json"):
        for text in texts(read(name)):
            english_by_id[text_id(text["en"])] = text["en"]
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        key, spanish = line.split("\t", 1)
        if key not in english_by_id:
            sys.exit(f"{path}:{number}: no English text has id {key}")
        table[english_by_id[key]] = spanish.strip()
    save_table(table)


def apply(name):
    table, doc, missing = load_table(), read(name), 0
    for text in texts(doc):
        spanish = table.get(text["en"])
        if spanish is None:
            missing += 1
            continue
        rebuilt = {}
        for language, value in text.items():
            if language != "es":
                rebuilt[language] = value
            if language == "en":
                rebuilt["es"] = spanish
        text.clear()
        text.update(rebuilt)
    write(name, doc)
    print(f"{name}: {missing} texts still without Spanish")


NUMBER = re.compile(r"\[S[0-9]+\]|[0-9]+(?:[.,][0-9]+)*")


def check(_=None):
    bad = 0
    for english, spanish in load_table().items():
        if sorted(NUMBER.findall(english)) != sorted(NUMBER.findall(spanish)):
            bad += 1
            print(f"{text_id(english)}\t{sorted(NUMBER.findall(english))} != {sorted(NUMBER.findall(spanish))}\n  {spanish}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    {"todo": todo, "add": add, "apply": apply, "check": check}[sys.argv[1]](*sys.argv[2:])
