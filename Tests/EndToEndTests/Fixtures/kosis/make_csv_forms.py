"""Writes the register-population table of the KOSIS xlsx download in KOSIS's two CSV forms,
from the cells an independent reader took from the xlsx (../../../XLSXStreamTests/Fixtures/
*.cells.tsv, written by make_fixtures.py there). Figures are the xlsx's, digit for digit.

  python3 make_csv_forms.py
"""
import collections
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "행정구역_시군구_별__성별_인구수_20250626192009"
CELLS = os.path.join(HERE, "../../../XLSXStreamTests/Fixtures", STEM + ".cells.tsv")
# The resident-register table's own codes for its regions (KOSIS DT_1B040A3, 행정구역 codes).
CODES = {
    "전국": "00", "서울특별시": "11", "부산광역시": "26", "대구광역시": "27", "인천광역시": "28",
    "광주광역시": "29", "대전광역시": "30", "울산광역시": "31", "세종특별자치시": "36",
    "경기도": "41", "강원특별자치도": "51", "충청북도": "43", "충청남도": "44",
    "전북특별자치도": "52", "전라남도": "46", "경상북도": "47", "경상남도": "48",
    "제주특별자치도": "50",
}


def read_cells():
    rows = collections.OrderedDict()
    sheet = None
    with open(CELLS, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# "):
                sheet = line[2:]
                continue
            if sheet != "데이터":
                continue
            row, column, value = line.split("\t", 2)
            rows.setdefault(int(row), {})[int(column)] = value
    width = max(max(r) for r in rows.values())
    return [[r.get(c, "") for c in range(1, width + 1)] for r in rows.values()]


def plain(text):
    """`4.7732558E7` and `5166605.0` as KOSIS's CSV writes them: `47732558`, `5166605`."""
    try:
        number = float(text)
    except ValueError:
        return text
    return str(int(number)) if number == int(number) else text


def quoted(text):
    return '"' + text.replace('"', '""') + '"'


def main():
    rows = read_cells()
    header, data = rows[:2], rows[2:]
    # The current form: UTF-8 with a byte-order mark, LF, the first field quoted.
    lines = [",".join([quoted(r[0])] + r[1:]) for r in header]
    lines += [",".join([quoted(r[0])] + [plain(v) for v in r[1:]]) for r in data]
    with open(os.path.join(HERE, STEM + "_utf8.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\n".join(lines) + "\n")
    # The older form: CP949, CRLF, every field quoted, a title line and a blank line, a code
    # column whose codes start with an apostrophe.
    title = "행정구역(시군구)별, 성별 인구수"
    lines = [quoted(title), ""]
    lines += [",".join(quoted(v) for v in ["C" + r[0]] + r) for r in header]
    lines += [
        ",".join(quoted(v) for v in ["'" + CODES[r[0]], r[0]] + [plain(v) for v in r[1:]])
        for r in data
    ]
    with open(os.path.join(HERE, STEM + "_cp949.csv"), "w", encoding="cp949", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
