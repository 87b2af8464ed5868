"""Writes an order workbook with openpyxl: comments, a table, data validation, conditional formatting, a chart,
a defined name and styled cells. Argument: the output path."""
import sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table

wb = Workbook()
ws = wb.active
ws.title = "Orders"
header = ["order_id", "item_description", "hs_code", "list_control", "destination", "end_user", "end_use", "delivery_date", "customer_since", "qty"]
ws.append(header)
rows = [
    ["OP-1", "Ball valves", "8481.80", "non-controlled", "US", "Example Valve Works", "Brewery piping", "2027-01-31", "2010-01-01", 5],
    ["OP-2", "Lathe", "845891000", "non-controlled", "China", "Coastal Army Depot", "machining", "2027-01-31", "2026-10-01", 2],
    ["OP-3", "Coffee", "0901.21", "non-controlled", "North Korea", "Pyongyang Trading", "resale", "2027-01-31", "2015-01-01", 7],
]
for r in rows:
    ws.append(r)
ws["A1"].font = Font(bold=True, color="FF0000FF")
ws["B2"].fill = PatternFill("solid", fgColor="FFFFFF00")
ws["J2"].number_format = "0.00"
ws["A2"].comment = Comment("first order, checked", "Tanaka Hanako")
ws["E3"].comment = Comment("destination confirmed by phone", "佐藤")
tab = Table(displayName="OrdersTable", ref="A1:J4")
ws.add_table(tab)
dv = DataValidation(type="list", formula1='"controlled,non-controlled"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("D2:D4")
ws.conditional_formatting.add("J2:J4", CellIsRule(operator="greaterThan", formula=["4"], fill=PatternFill("solid", fgColor="FFFFC7CE")))
chart = BarChart()
chart.add_data(Reference(ws, min_col=10, min_row=1, max_row=4), titles_from_data=True)
ws.add_chart(chart, "L2")
wb.defined_names.append(DefinedName("QtyRange", attr_text="Orders!$J$2:$J$4"))
other = wb.create_sheet("Notes")
other["A1"] = "not screened"
wb.save(sys.argv[1])
