#!/usr/bin/env python3
"""Writes oecd_gov_debt.v2.csv and oecd_gov_debt.labelled.csv from oecd_gov_debt.csv (see
ORIGIN.md): the same figures as SDMX-CSV 2.0 and as labelled SDMX-CSV 1.0."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMN_LABELS = {
    "DATAFLOW": "Dataflow", "FREQ": "Frequency of observation", "REF_AREA": "Reference area",
    "MEASURE": "Measure", "UNIT_MEASURE": "Unit of measure", "SECTOR": "Institutional sector",
    "EDITION": "Edition", "CATEGORY": "Category", "TIME_PERIOD": "Time period",
    "OBS_VALUE": "Observation value", "OBS_STATUS": "Observation status",
    "UNIT_MULT": "Unit multiplier", "PRICE_BASE": "Price base", "BASE_PER": "Base period",
}
CODE_LABELS = {
    "FREQ": {"A": "Annual"}, "MEASURE": {"GGD": "General government debt"},
    "UNIT_MEASURE": {"PT_B1GQ": "Percentage of GDP"}, "SECTOR": {"S13": "General government"},
    "OBS_STATUS": {"A": "Normal value"}, "UNIT_MULT": {"0": "Units"},
    "PRICE_BASE": {"_Z": "Not applicable"},
}


def area_names():
    names = {}
    path = os.path.join(HERE, "../country-codes/country-codes.csv")
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names[row["ISO3166-1-Alpha-3"]] = row["CLDR display name"]
    names.update({"OECD": "OECD", "EU27_2020": "European Union (27 countries from 01/02/2020)"})
    return names


def main():
    with open(os.path.join(HERE, "oecd_gov_debt.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, data = rows[0], rows[1:]
    with open(os.path.join(HERE, "oecd_gov_debt.v2.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["STRUCTURE", "STRUCTURE_ID", "ACTION"] + header[1:])
        for row in data:
            writer.writerow(["dataflow", row[0], "I"] + row[1:])
    areas = area_names()
    with open(os.path.join(HERE, "oecd_gov_debt.labelled.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([f"{name}: {COLUMN_LABELS[name]}" for name in header])
        for row in data:
            cells = []
            for name, cell in zip(header, row):
                label = areas.get(cell) if name == "REF_AREA" else CODE_LABELS.get(name, {}).get(cell)
                cells.append(f"{cell}: {label}" if label else cell)
            writer.writerow(cells)


main()
