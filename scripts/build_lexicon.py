#!/usr/bin/env python3
"""Builds data/lexicon/*.tsv from the hand-curated scripts/src/*.txt and cross-checks them.

The .txt files are written with ' | ' between fields (easier to edit by hand); this turns
them into tab-separated files with a header, and fails on:
  * a product ingredient that has no row in ingredients.txt,
  * one alias mapped to two different things,
  * a class label used once that differs only in case from another label.
Run from the crate root:  python3 scripts/build_lexicon.py
"""
import collections
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "scripts", "src")
OUT = os.path.join(ROOT, "data", "lexicon")

HEADERS = {
    "ingredients": ["ingredient", "classes", "kind", "aliases", "sources"],
    "products": ["names", "ingredients", "kind", "sources"],
    "max_daily": ["ingredient", "amount_mg", "scope", "context", "source"],
    "unit_conversions": ["ingredient", "from_unit", "to_unit", "factor", "source"],
    "route_hints": ["names", "route", "sources"],
}


def rows(name):
    out = []
    for n, line in enumerate(open(os.path.join(SRC, name + ".txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        out.append((n, [f.strip() for f in line.split("|")]))
    return out


def main():
    errors = []
    os.makedirs(OUT, exist_ok=True)
    tables = {}
    for name, header in HEADERS.items():
        rs = rows(name)
        for n, r in rs:
            if len(r) != len(header):
                errors.append(f"{name}.txt:{n}: {len(r)} fields, want {len(header)}")
        tables[name] = rs
        with open(os.path.join(OUT, name + ".tsv"), "w", encoding="utf-8") as f:
            f.write("\t".join(header) + "\n")
            for _, r in rs:
                f.write("\t".join(r) + "\n")
    salts = [l.strip() for l in open(os.path.join(SRC, "salts.txt")) if l.strip()]
    with open(os.path.join(OUT, "salts.tsv"), "w", encoding="utf-8") as f:
        f.write("# salt\n" if not salts[0].startswith("#") else "")
        for s in salts:
            f.write(s + "\n")

    ingredients = {r[0].lower() for _, r in tables["ingredients"]}
    owner = {}
    for n, r in tables["ingredients"]:
        for a in [r[0]] + [x for x in r[3].split(",") if x.strip()]:
            a = a.strip().lower()
            if a in owner and owner[a] != r[0]:
                errors.append(f"ingredients.txt:{n}: alias {a!r} also names {owner[a]!r}")
            owner[a] = r[0]
    for n, r in tables["products"]:
        for i in r[1].split("+"):
            if i.strip().lower() not in ingredients:
                errors.append(f"products.txt:{n}: ingredient {i!r} has no row in ingredients.txt")
        for a in r[0].split(","):
            a = a.strip().lower()
            if a in owner and owner[a] != r[1]:
                errors.append(f"products.txt:{n}: name {a!r} also names {owner[a]!r}")
            owner[a] = r[1]
    labels = collections.Counter(c for _, r in tables["ingredients"] for c in r[1].split(";"))
    low = collections.defaultdict(set)
    for c in labels:
        low[c.lower()].add(c)
    for k, v in low.items():
        if len(v) > 1:
            errors.append(f"class labels differ only in case: {sorted(v)}")
    for e in errors:
        print("error:", e, file=sys.stderr)
    print(f"{len(tables['ingredients'])} ingredients, {len(tables['products'])} products, "
          f"{len(owner)} names, {len(labels)} class labels")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
