#!/usr/bin/env python3
"""Writes a synthetic SDMX-CSV 1.0 reply of about ROWS rows for the memory benchmark
(bench/sdmx.sh): every ISO 3166-1 alpha-3 area of the country-code fixture, two measures,
one observation per month from 1900-01 on, seeded random values with an SDMX status. Synthetic:
loaded only into the benchmark's own warehouse."""
import csv
import random
import sys

rows, path = int(sys.argv[1]), sys.argv[2]
codes = "Tests/InnoStatCoreTests/Fixtures/country-codes/country-codes.csv"
with open(codes, encoding="utf-8") as handle:
    areas = [row["ISO3166-1-Alpha-3"] for row in csv.DictReader(handle)]
months = max(1, rows // (2 * len(areas)))
random.seed(20261206)
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("DATAFLOW,FREQ,REF_AREA,MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,DECIMALS\n")
    for measure in ("M1", "M2"):
        for area in areas:
            for month in range(months):
                period = f"{1900 + month // 12}-{month % 12 + 1:02d}"
                status = random.choice("AAAAAAAEP")
                value = f"{random.uniform(0, 1000):.3f}" if random.random() > 0.01 else "NaN"
                out.write(f"BENCH:DF_SYNTH(1.0),A,{area},{measure},{period},{value},{status},0,3\n")
