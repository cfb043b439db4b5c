#!/usr/bin/env python3
"""An independent reading of firm-survey files, to check what innostat loads.

usage: firm_survey_reference.py responses|rejects|aggregates FILE.csv...

Written apart from the Swift loader (its own region table, its own number and flag rules, the
csv module for parsing) so that agreement between the two means something:

  responses   one line per accepted row: file_index,line,survey_year,firm_id,region_code,
              industry_ksic,size_code,employees,sales_mwon,rd_expenditure_mwon,conducts_rd,
              has_rd_center (empty for NULL)
  rejects     one line per refused field or row: file_index,line,column,reason_code
  aggregates  measure_code,region_code,year,size_code,value,status over all files, the
              value printed with repr() (empty for a missing value)

The region table covers the spellings gen_microdata.py writes (canonical English, Korean,
McCune-Reischauer, KOSTAT statistical codes) plus ISO codes; that is all the tests feed it.
"""
import csv
import re
import sys

REGIONS = [
    ("KR-11", "Seoul", "서울특별시", "Soul", "11"),
    ("KR-26", "Busan", "부산광역시", "Pusan", "21"),
    ("KR-27", "Daegu", "대구광역시", "Taegu", "22"),
    ("KR-28", "Incheon", "인천광역시", "Inchon", "23"),
    ("KR-29", "Gwangju", "광주광역시", "Kwangju", "24"),
    ("KR-30", "Daejeon", "대전광역시", "Taejon", "25"),
    ("KR-31", "Ulsan", "울산광역시", "Ulsan", "26"),
    ("KR-50", "Sejong", "세종특별자치시", "Sejong", "29"),
    ("KR-41", "Gyeonggi", "경기도", "Kyonggi-do", "31"),
    ("KR-42", "Gangwon", "강원도", "Kangwon-do", "32"),
    ("KR-43", "Chungbuk", "충청북도", "Chungchongbuk-do", "33"),
    ("KR-44", "Chungnam", "충청남도", "Chungchongnam-do", "34"),
    ("KR-45", "Jeonbuk", "전라북도", "Chollabuk-do", "35"),
    ("KR-46", "Jeonnam", "전라남도", "Chollanam-do", "36"),
    ("KR-47", "Gyeongbuk", "경상북도", "Kyongsangbuk-do", "37"),
    ("KR-48", "Gyeongnam", "경상남도", "Kyongsangnam-do", "38"),
    ("KR-49", "Jeju", "제주특별자치도", "Cheju-do", "39"),
]
REGION_BY_LABEL = {}
for iso, *labels in REGIONS:
    for label in labels + [iso]:
        REGION_BY_LABEL[label] = iso
ORDER = [r[0] for r in REGIONS]
HEADER = "survey_year,firm_id,region,industry_ksic,size_class,employees,sales_mwon,rd_expenditure_mwon,conducts_rd,has_rd_center".split(",")
NUMBER = re.compile(r"^(\d{1,15}|\d{1,3}(,\d{3})+)$")
KSIC = re.compile(r"^[A-U]\d{2,5}$")
YEAR = re.compile(r"^[12]\d{3}$")


def read(path, file_index):
    """Yields (line, row dict or None, [(column, reason)])."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines_before = 0
    reader = csv.reader(text.splitlines(keepends=True))
    header = None
    for row in reader:
        line = lines_before + 1
        lines_before = reader.line_num
        if not row:
            continue
        if header is None:
            header = [h.strip() for h in row]
            assert header == HEADER, header
            continue
        if len(row) < len(header) or any(x != "" for x in row[len(header):]):
            yield line, None, [(None, "ragged_row")]
            continue
        v = {name: row[i].strip() for i, name in enumerate(header)}
        problems = []

        def col(name):
            return header.index(name) + 1

        def missing(x):
            return x in ("", "-")

        out = {}
        if missing(v["survey_year"]):
            problems.append((col("survey_year"), "missing_dimension"))
        elif not YEAR.match(v["survey_year"]):
            problems.append((col("survey_year"), "bad_period"))
        else:
            out["survey_year"] = int(v["survey_year"])
        if missing(v["firm_id"]):
            problems.append((col("firm_id"), "missing_dimension"))
        out["firm_id"] = v["firm_id"]
        if missing(v["region"]):
            problems.append((col("region"), "missing_dimension"))
        elif v["region"] not in REGION_BY_LABEL:
            problems.append((col("region"), "unknown_region"))
        else:
            out["region_code"] = REGION_BY_LABEL[v["region"]]
        if missing(v["industry_ksic"]):
            out["industry_ksic"] = None
        elif not KSIC.match(v["industry_ksic"]):
            problems.append((col("industry_ksic"), "unexpected_value"))
        else:
            out["industry_ksic"] = v["industry_ksic"]
        size = v["size_class"].upper()
        if missing(size):
            problems.append((col("size_class"), "missing_dimension"))
        elif size not in ("LARGE", "SME"):
            problems.append((col("size_class"), "unknown_size"))
        else:
            out["size_code"] = size
        for name in ("employees", "sales_mwon", "rd_expenditure_mwon"):
            if missing(v[name]):
                out[name] = None
            elif not NUMBER.match(v[name]):
                problems.append((col(name), "not_a_number"))
            else:
                out[name] = int(v[name].replace(",", ""))
        for name in ("conducts_rd", "has_rd_center"):
            x = v[name].upper()
            if missing(x):
                out[name] = None
            elif x in ("Y", "1"):
                out[name] = 1
            elif x in ("N", "0"):
                out[name] = 0
            else:
                problems.append((col(name), "unexpected_value"))
        yield line, (None if problems else out), problems


def fmt(x):
    return "" if x is None else str(x)


def main():
    mode, paths = sys.argv[1], sys.argv[2:]
    cells = {}
    for index, path in enumerate(paths):
        for line, row, problems in read(path, index):
            if mode == "rejects":
                for column, reason in problems:
                    print(f"{index},{line},{fmt(column)},{reason}")
            if row is None:
                continue
            if mode == "responses":
                fields = [row[k] for k in ("survey_year", "firm_id", "region_code", "industry_ksic", "size_code", "employees", "sales_mwon", "rd_expenditure_mwon", "conducts_rd", "has_rd_center")]
                print(",".join([str(index), str(line)] + [fmt(x) for x in fields]))
            for region in (row["region_code"], "KR"):
                for size in (row["size_code"], "ALL"):
                    c = cells.setdefault((row["survey_year"], region, size), [0, 0, 0, 0, 0])
                    c[0] += 1
                    if row["conducts_rd"] is not None:
                        c[1] += 1
                        c[2] += row["conducts_rd"]
                    if row["rd_expenditure_mwon"] is not None:
                        c[3] += 1
                        c[4] += row["rd_expenditure_mwon"]
    if mode != "aggregates":
        return
    for (year, region, size), (n, answered, yes, reported, total) in sorted(cells.items()):
        print(f"firm_survey_responses,{region},{year},{size},{float(n)!r},A")
        if reported == 0:
            print(f"firm_survey_rd_expenditure,{region},{year},{size},,M")
        else:
            print(f"firm_survey_rd_expenditure,{region},{year},{size},{float(total)!r},{'A' if reported == n else 'E'}")
        if size == "SME":
            if answered == 0:
                print(f"sme_conducting_rd_share,{region},{year},{size},,M")
            else:
                print(f"sme_conducting_rd_share,{region},{year},{size},{100 * yes / answered!r},A")


if __name__ == "__main__":
    main()
