#!/usr/bin/env python3
"""Writes DT_1B040A3_2022_2024.json: the register population of ../kosis/행정구역_시군구_별__성별_인구수_
20250626192009.xlsx (the real KOSIS download) for 2022-2024, nation and provinces, in the shape
of a KOSIS OpenAPI data reply (see ORIGIN.md). Needs openpyxl (.build/bench/venv has it)."""
import json
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "../kosis/행정구역_시군구_별__성별_인구수_20250626192009.xlsx")
# 행정표준코드 (administrative codes) as the register tables use them.
CODES = {
    "전국": "00", "서울특별시": "11", "부산광역시": "26", "대구광역시": "27", "인천광역시": "28",
    "광주광역시": "29", "대전광역시": "30", "울산광역시": "31", "세종특별자치시": "36",
    "경기도": "41", "강원특별자치도": "51", "충청북도": "43", "충청남도": "44",
    "전북특별자치도": "52", "전라남도": "46", "경상북도": "47", "경상남도": "48",
    "제주특별자치도": "50",
}
ITEMS = {"총인구수": "T20", "남자인구수": "T21", "여자인구수": "T22"}


def main():
    book = openpyxl.load_workbook(SOURCE, read_only=True)
    sheet = book["데이터"]
    sheet.reset_dimensions()
    rows = list(sheet.iter_rows(values_only=True))
    periods, items = rows[0], rows[1]
    reply = []
    for row in rows[2:]:
        region = row[0]
        if region not in CODES:
            continue
        for column in range(1, len(row)):
            period = periods[column]
            if period not in ("2022", "2023", "2024") or row[column] is None:
                continue
            item = items[column].split(" (")[0]
            reply.append({
                "ORG_ID": "101", "TBL_ID": "DT_1B040A3", "TBL_NM": "행정구역(시군구)별, 성별 인구수",
                "C1": CODES[region], "C1_NM": region, "C1_OBJ_NM": "행정구역(시군구)별",
                "ITM_ID": ITEMS[item], "ITM_NM": item, "UNIT_NM": "명", "PRD_SE": "A",
                "PRD_DE": period, "DT": str(int(row[column])),
            })
    with open(os.path.join(HERE, "DT_1B040A3_2022_2024.json"), "w", encoding="utf-8") as out:
        json.dump(reply, out, ensure_ascii=False)
    print(len(reply), "elements")


main()
