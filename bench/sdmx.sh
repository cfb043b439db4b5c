#!/usr/bin/env bash
# SDMX-CSV memory benchmark (make bench): a synthetic SDMX-CSV 1.0 reply (bench/gen_sdmx_csv.py)
# of about 250k and 1M rows loaded by `innostat run` (release build); prints seconds and peak
# RSS of each, which must stay flat: the reply is streamed like any CSV.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/.build/bench/sdmx
bin=$root/.build/release/innostat
mkdir -p "$work"
echo "SDMX-CSV benchmark, $(date -u +%Y-%m-%d), $(nproc) cores"
for rows in 250000 1000000; do
    rm -rf "$work/p" "$work/raw" "$work/db" && mkdir -p "$work/p" "$work/raw/sdmx" "$work/db"
    (cd "$root" && python3 bench/gen_sdmx_csv.py "$rows" "$work/raw/sdmx/reply.csv")
    cat >"$work/p/sdmx.yaml" <<'YAML'
source: {id: sdmx_bench, publisher: innostat bench, title: synthetic SDMX-CSV, synthetic: true}
inputs: [sdmx/reply.csv]
layout: long
columns: {region: REF_AREA, period: TIME_PERIOD, value: OBS_VALUE, status: OBS_STATUS, unit_multiplier: UNIT_MULT, note: [DECIMALS]}
status_codes: sdmx
rules:
  - when: {MEASURE: M1}
    set: {measure: sdmx_bench_m1}
  - when: {MEASURE: M2}
    set: {measure: sdmx_bench_m2}
measures:
  sdmx_bench_m1: {name: synthetic 1, unit: count}
  sdmx_bench_m2: {name: synthetic 2, unit: count}
YAML
    lines=$(($(wc -l <"$work/raw/sdmx/reply.csv") - 1))
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$bin" run --pipelines "$work/p" \
        --raw-data "$work/raw" --warehouse "$work/db/w.sqlite" >"$work/run.txt" 2>&1 \
        || { cat "$work/run.txt" >&2; exit 1; }
    read -r seconds kib <"$work/time.txt"
    loaded=$("$bin" query --warehouse "$work/db/w.sqlite" --format csv \
        "SELECT count(*) FROM observation" | tail -1)
    printf '%8d rows  %7.2f s  %6.1f MiB peak RSS  %d figures\n' "$lines" "$seconds" \
        "$(echo "$kib / 1024" | bc -l)" "$loaded"
done
