#!/usr/bin/env bash
# Workbook benchmark (make bench): the generated firm survey written as an .xlsx
# (bench/csv_to_xlsx.py, about 1M cells, then 4M) loaded by `innostat run --only firm_survey`
# (release build) against pandas' read_excel(engine="calamine") + to_sql into SQLite, with
# openpyxl's read-only iteration alongside (it reads, writes nothing). pandas, python-calamine
# and openpyxl come from PyPI into .build/bench/venv. Prints median seconds and peak RSS, the
# ratio to pandas, and checks innostat's aggregates against the independent reading of the CSV.
#
# usage: bench/xlsx.sh      environment: XLSX_ROWS (100000), XLSX_BIG_ROWS (400000, 0 to skip),
#                           XLSX_RUNS (3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${XLSX_ROWS:-100000}
big=${XLSX_BIG_ROWS:-400000}
runs=${XLSX_RUNS:-3}
work=$root/.build/bench/xlsx
bin=$root/.build/release/innostat
venv=$root/.build/bench/venv
mkdir -p "$work/data"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pandas, python_calamine, openpyxl" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pandas==2.2.3" "python-calamine==0.3.1" "openpyxl==3.1.5"
fi
versions=$("$venv/bin/pip" list 2>/dev/null | awk '$1 ~ /^(pandas|python-calamine|openpyxl)$/ {printf "%s %s, ", $1, $2}')

workbook() { # workbook ROWS -> the .xlsx of a generated clean survey (kept between benches)
    local csv="$work/data/survey-$1.csv" xlsx="$work/data/survey-$1.xlsx"
    if [ ! -s "$xlsx" ]; then
        python3 "$root/bench/gen_microdata.py" "$1" "$csv"
        python3 "$root/bench/csv_to_xlsx.py" "$csv" "$xlsx.tmp"
        mv "$xlsx.tmp" "$xlsx"
    fi
    echo "$xlsx"
}

measure() { # measure SIDE COMMAND... -> appends "seconds kib" to SIDE.times
    local side=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/last.err" \
        || { echo "failed: $*" >&2; cat "$work/last.err" >&2; exit 1; }
    cat "$work/time.txt" >>"$work/$side.times"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

bench() { # bench LABEL ROWS
    local label=$1 count=$2 file s
    file=$(workbook "$count")
    rm -rf "$work/raw" "$work/pipelines" && mkdir -p "$work/raw/firm_survey" "$work/pipelines"
    ln -f "$file" "$work/raw/firm_survey/firms.xlsx"
    sed 's#firm_survey/\*\.csv#firm_survey/*.xlsx#' "$root/Pipelines/firm_survey.yaml" \
        >"$work/pipelines/firm_survey.yaml"
    rm -f "$work"/*.times
    for ((i = 0; i < runs; i++)); do
        rm -rf "$work/db" && mkdir -p "$work/db"
        measure innostat "$bin" run --pipelines "$work/pipelines" --raw-data "$work/raw" \
            --warehouse "$work/db/warehouse.sqlite" --only firm_survey
        rm -f "$work/db/pandas.sqlite"
        measure pandas_calamine "$venv/bin/python" "$root/bench/pandas_xlsx.py" calamine \
            "$file" "$work/db/pandas.sqlite"
        measure openpyxl_read "$venv/bin/python" "$root/bench/pandas_xlsx.py" openpyxl "$file"
    done
    for s in innostat pandas_calamine openpyxl_read; do
        sec[$s]=$(cut -d' ' -f1 "$work/$s.times" | median)
        rss[$s]=$(cut -d' ' -f2 "$work/$s.times" | sort -n | tail -1)
        printf '%-6s %-16s %8.3f s %8.1f MiB peak RSS\n' "$label" "$s" "${sec[$s]}" \
            "$(echo "${rss[$s]} / 1024" | bc -l)"
    done
    printf '%-6s innostat/pandas_calamine %.2f (goal <= 0.5)\n' "$label" \
        "$(echo "${sec[innostat]} / ${sec[pandas_calamine]}" | bc -l)"
    python3 "$root/bench/firm_survey_reference.py" aggregates "$work/data/survey-$count.csv" \
        | sort >"$work/expected.txt"
    "$bin" query --warehouse "$work/db/warehouse.sqlite" --format csv \
        "SELECT measure_code, region_code, year, size_code, value, status FROM observation
         WHERE source_id = 'synthetic_firm_survey'" | tail -n +2 | sort >"$work/actual.txt"
    printf '%-6s ' "$label"
    python3 "$root/bench/compare_aggregates.py" "$work/expected.txt" "$work/actual.txt"
}

declare -A sec rss
echo "workbook benchmark, $(date -u +%Y-%m-%d), $(nproc) cores; $versions"
bench 1M "$rows"
[ "$big" -gt 0 ] && bench 4M "$big"
exit 0
