"""Compares every cell of every input sheet with the output (value, number format, font, fill) using openpyxl.
Prints one line per difference; exit 0 when there is none. Arguments: input, output."""
import sys
from openpyxl import load_workbook

a = load_workbook(sys.argv[1])
b = load_workbook(sys.argv[2])
diffs = []
for ws in a.worksheets:
    if ws.title not in b.sheetnames:
        diffs.append(f"sheet {ws.title} missing")
        continue
    wo = b[ws.title]
    for row in ws.iter_rows():
        for c in row:
            d = wo[c.coordinate]
            for what, x, y in [
                ("value", c.value, d.value),
                ("number_format", c.number_format, d.number_format),
                ("bold", c.font.b, d.font.b),
                ("font colour", c.font.color.rgb if c.font.color else None, d.font.color.rgb if d.font.color else None),
                ("fill", c.fill.fgColor.rgb if c.fill and c.fill.fgColor else None, d.fill.fgColor.rgb if d.fill and d.fill.fgColor else None),
                ("comment", c.comment.text if c.comment else None, d.comment.text if d.comment else None),
                ("comment author", c.comment.author if c.comment else None, d.comment.author if d.comment else None),
            ]:
                if x != y:
                    diffs.append(f"{ws.title}!{c.coordinate} {what}: {x!r} -> {y!r}")
    if sorted(ws.tables.keys()) != sorted(wo.tables.keys()):
        diffs.append(f"{ws.title} tables {sorted(ws.tables.keys())} -> {sorted(wo.tables.keys())}")
print("\n".join(diffs))
sys.exit(1 if diffs else 0)
