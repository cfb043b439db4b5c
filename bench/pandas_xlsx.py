"""What a data engineer would write instead of innostat for a workbook (make bench): pandas
reads the sheet with calamine (Rust) and writes it to SQLite with to_sql; or openpyxl's
read-only mode iterates its rows.

  python3 bench/pandas_xlsx.py calamine IN.xlsx OUT.sqlite
  python3 bench/pandas_xlsx.py openpyxl IN.xlsx
"""
import sqlite3
import sys


def calamine(source, target):
    import pandas

    frame = pandas.read_excel(source, engine="calamine")
    with sqlite3.connect(target) as db:
        frame.to_sql("firm_survey", db, index=False, chunksize=50_000)
    print(len(frame))


def openpyxl_rows(source):
    import openpyxl

    book = openpyxl.load_workbook(source, read_only=True)
    count = sum(1 for _ in book.active.iter_rows(values_only=True))
    print(count - 1)


if __name__ == "__main__":
    if sys.argv[1] == "calamine":
        calamine(sys.argv[2], sys.argv[3])
    else:
        openpyxl_rows(sys.argv[2])
