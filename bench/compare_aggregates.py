"""Compares two sorted CSV listings of firm-survey aggregates (measure, region, year, size,
value, status): the independent reading and what innostat loaded. Exits 1 if any differ.

  python3 bench/compare_aggregates.py EXPECTED.txt ACTUAL.txt
"""
import sys


def load(path):
    out = {}
    for line in open(path):
        m, r, y, s, v, st = line.strip().split(",")
        out[(m, r, y, s)] = (float(v) if v else None, st)
    return out


expected, actual = load(sys.argv[1]), load(sys.argv[2])
bad = [k for k in expected.keys() | actual.keys() if expected.get(k) != actual.get(k)]
print(f"check: {len(actual)} aggregates, {len(bad)} differ from the reference")
sys.exit(1 if bad else 0)
