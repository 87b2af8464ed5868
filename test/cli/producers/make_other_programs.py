"""Writes order workbooks with openpyxl in the shapes other programs and clerks produce (issue 11).
Arguments: the kind and the output path. Kinds:
  merge_right     a user note merged over P4:T4 right of the table, only P4 written (as openpyxl writes merges)
  note_xfa        a user note in column XFA (no room for the result columns before XFD)
  no_styles       the workbook with its styles part removed from the package
  repeat_header   a second block below the first, with the header row repeated, a totals row and a footnote
  example_sheet   a 記入例 (example) sheet with the same headers before the order sheet
  long_party      an end-user cell of 32,767 characters (Excel's cell limit) whose text raises a red flag
"""
import sys
import zipfile
from openpyxl import Workbook

kind, out = sys.argv[1], sys.argv[2]
HEADER = ["受注番号", "品名", "HSコード", "該非判定", "仕向地", "最終需要者", "用途", "インフォーム", "取引開始"]


def order(i, dest="米国", user="Example Valve Works"):
    return [f"EX-{i:03d}", "ボールバルブ", "8481.80", "非該当", dest, user, "配管", "なし", "2010-01-01"]


wb = Workbook()
ws = wb.active
ws.title = "受注"
if kind == "example_sheet":
    ex = ws
    ex.title = "記入例"
    ex.append(HEADER)
    ex.append(["(例) EX-000", "(例) 旋盤", "8458.11", "非該当", "米国", "(例) ABC Corp", "加工", "なし", "2010-01-01"])
    ex.append(["※ この行は記入例です。受注シートに入力してください。"])
    ws = wb.create_sheet("受注")
ws.append(HEADER)
for i in range(1, 6):
    ws.append(order(i))
if kind == "merge_right":
    ws["P4"] = "要確認：顧客へ電話済み"
    ws.merge_cells("P4:T4")
elif kind == "note_xfa":
    ws["XFA2"] = "memo"
elif kind == "repeat_header":
    ws.append(["合計", None, None, None, None, None, None, None, None])
    ws.append([])
    ws.append(HEADER)
    for i in range(6, 9):
        ws.append(order(i, "中国", "Coastal Army Depot"))
    ws.append(["件数", None, None, None, None, None, None, None, None])
    ws.append(["※本一覧は社外秘"])
    ws.append(["", "旋盤", "8458.11", "非該当", "中国", "", "", "", ""])  # no order id, but an order: screened
elif kind == "long_party":
    ws["F3"] = ("Dubai Industrial Research Ltd Trading Electronics Technology Logistics Ltd Engineering International Ltd " * 400)[:32767]
wb.save(out)

if kind == "no_styles":
    src = zipfile.ZipFile(out)
    items = {n: src.read(n) for n in src.namelist() if n != "xl/styles.xml"}
    src.close()
    items["[Content_Types].xml"] = items["[Content_Types].xml"].replace(
        b'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>', b"")
    rels = items["xl/_rels/workbook.xml.rels"].decode()
    import re
    rels = re.sub(r'<Relationship [^>]*Target="[^"]*styles\.xml"[^>]*/>', "", rels)
    items["xl/_rels/workbook.xml.rels"] = rels.encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items.items():
            z.writestr(n, b)
