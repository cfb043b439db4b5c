#!/usr/bin/env bash
# Load-throughput benchmark (make bench): `innostat run --only firm_survey` (release build)
# against sqlite3's .import of the same file into an equivalent table and against the C
# baseline bench/c_ceiling.c (libcsv + one prepared insert, no validation), on generated clean
# and --messy files. Runs alternate between the three; prints median seconds, rows/s, peak RSS
# and the median ratios, then checks that the last innostat load matches an independent
# reading of the file (bench/firm_survey_reference.py).
#
# usage: bench/run.sh            environment: BENCH_ROWS (1000000), BENCH_RUNS (5),
#                                BENCH_BIG_ROWS (4000000, 0 to skip), BENCH_BIG_RUNS (3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${BENCH_ROWS:-1000000}
runs=${BENCH_RUNS:-5}
big=${BENCH_BIG_ROWS:-4000000}
big_runs=${BENCH_BIG_RUNS:-3}
work=$root/.build/bench
bin=$root/.build/release/innostat
mkdir -p "$work/data"
cc -O2 -o "$work/c_ceiling" "$root/bench/c_ceiling.c" -lcsv -lsqlite3
schema="CREATE TABLE firm_survey(survey_year INTEGER, firm_id TEXT, region TEXT, industry_ksic TEXT, size_class TEXT, employees INTEGER, sales_mwon INTEGER, rd_expenditure_mwon INTEGER, conducts_rd INTEGER, has_rd_center INTEGER);"

data() { # data NAME ROWS FLAGS -> path of a generated file (kept between benches)
    local file="$work/data/$1-$2.csv"
    if [ ! -s "$file" ]; then
        echo "generating $file" >&2
        python3 "$root/bench/gen_microdata.py" "$2" "$file.tmp" $3
        mv "$file.tmp" "$file"
    fi
    echo "$file"
}

measure() { # measure OUT COMMAND... -> appends "seconds kib" to OUT
    local out=$1 t="$work/time.txt"
    shift
    /usr/bin/time -f "%e %M" -o "$t" "$@" >/dev/null 2>"$work/last.err" \
        || { echo "failed: $*" >&2; cat "$work/last.err" >&2; exit 1; }
    cat "$t" >>"$out.times"
}

side() { # side NAME FILE
    local db="$work/db/$1.sqlite"
    rm -rf "$work/db" && mkdir -p "$work/db"
    case $1 in
    innostat)
        measure "$work/$1" "$bin" run --pipelines "$root/Pipelines" --raw-data "$work/raw" \
            --warehouse "$work/db/warehouse.sqlite" --only firm_survey ;;
    sqlite3_import)
        measure "$work/$1" sqlite3 "$db" "PRAGMA journal_mode=WAL;" "$schema" ".mode csv" \
            ".import --skip 1 $2 firm_survey" ;;
    c_ceiling)
        measure "$work/$1" "$work/c_ceiling" "$2" "$db" ;;
    esac
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

bench() { # bench LABEL FILE RUNS ROWS
    local label=$1 file=$2 n=$3 count=$4 sides=(innostat sqlite3_import c_ceiling)
    rm -rf "$work/raw" && mkdir -p "$work/raw/firm_survey"
    ln -f "$file" "$work/raw/firm_survey/firms.csv"
    rm -f "$work"/*.times
    for ((i = 0; i < n; i++)); do
        for ((j = 0; j < 3; j++)); do side "${sides[(i + j) % 3]}" "$file"; done
    done
    local s
    for s in "${sides[@]}"; do
        sec[$s]=$(cut -d' ' -f1 "$work/$s.times" | median)
        rss[$s]=$(cut -d' ' -f2 "$work/$s.times" | sort -n | tail -1)
        printf '%-9s %-15s %8.3f s %12.0f rows/s %8.1f MiB peak RSS\n' "$label" "$s" \
            "${sec[$s]}" "$(echo "$count / ${sec[$s]}" | bc -l)" "$(echo "${rss[$s]} / 1024" | bc -l)"
    done
    printf '%-9s innostat/sqlite3_import %.2f   innostat/c_ceiling %.2f\n' "$label" \
        "$(echo "${sec[innostat]} / ${sec[sqlite3_import]}" | bc -l)" \
        "$(echo "${sec[innostat]} / ${sec[c_ceiling]}" | bc -l)"
}

check() { # check FILE: the last innostat load against the independent reading
    rm -rf "$work/db" && mkdir -p "$work/db"
    "$bin" run --pipelines "$root/Pipelines" --raw-data "$work/raw" \
        --warehouse "$work/db/warehouse.sqlite" --only firm_survey 2>/dev/null
    python3 "$root/bench/firm_survey_reference.py" aggregates "$1" | sort >"$work/expected.txt"
    "$bin" query --warehouse "$work/db/warehouse.sqlite" --format csv \
        "SELECT measure_code, region_code, year, size_code, value, status FROM observation
         WHERE source_id = 'synthetic_firm_survey'" | tail -n +2 | sort >"$work/actual.txt"
    python3 "$root/bench/compare_aggregates.py" "$work/expected.txt" "$work/actual.txt"
}

declare -A sec rss
echo "innostat load benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
clean=$(data clean "$rows" "")
messy=$(data messy "$rows" --messy)
bench clean "$clean" "$runs" "$rows"
check "$clean"
bench messy "$messy" "$runs" "$rows"
check "$messy"
if [ "$big" -gt 0 ]; then
    bench "clean-${big%000000}M" "$(data clean "$big" "")" "$big_runs" "$big"
fi
