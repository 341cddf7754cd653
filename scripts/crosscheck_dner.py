#!/usr/bin/env python3
"""Cross-checks the curated lexicon against the `drug-named-entity-recognition` package
(MIT; built from DrugBank open data (CC0) and MeSH). Optional: `pip install
drug-named-entity-recognition`. Prints every alias that the package maps to a *different*
substance than ingredients.txt does, for a human to review; it changes no file.

    python3 scripts/crosscheck_dner.py
"""
import os
import sys

try:
    from drug_named_entity_recognition import find_drugs
except ImportError:
    print("drug-named-entity-recognition not installed; nothing to check", file=sys.stderr)
    sys.exit(0)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    checked = agree = unknown = 0
    disagree = []
    for line in open(os.path.join(ROOT, "scripts", "src", "ingredients.txt"), encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        f = [x.strip() for x in line.split("|")]
        ing = f[0].lower()
        for alias in [ing] + [a.strip() for a in f[3].split(",") if a.strip()]:
            words = alias.split()
            hits = find_drugs(words, is_ignore_case=True)
            # only whole-alias matches count
            names = {h[0]["name"].lower() for h in hits if h[2] - h[1] == len(words)}
            syn = set()
            for h in hits:
                syn |= {s.lower() for s in h[0].get("synonyms", [])}
            checked += 1
            if not names:
                unknown += 1
            elif ing in names or ing in syn or any(ing in n or n in ing for n in names):
                agree += 1
            else:
                disagree.append((alias, ing, sorted(names)))
    for a, i, n in disagree:
        print(f"REVIEW alias {a!r}: lexicon says {i!r}, package says {n}")
    print(f"{checked} aliases checked: {agree} agree, {len(disagree)} to review, {unknown} unknown to the package")


if __name__ == "__main__":
    main()
