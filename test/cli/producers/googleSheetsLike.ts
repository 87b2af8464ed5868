/**
 * A workbook with the package layout reported for Google Sheets exports (no real export is available offline, so
 * this is a stand-in written from that description, not a copy of one): absolute relationship targets
 * ("/xl/worksheets/…"), relationship ids that are not rId1…, no docProps, part names other than Excel's (a sheet
 * part named after nothing Excel uses, shared strings and theme under other names; styles stay at xl/styles.xml, where openpyxl looks), shared strings for all text,
 * a theme, a second sheet, and a frozen header row.
 */
import { SafeOutput } from "../../../src/cli/safeOutput";
import { ZipWriter } from "../../../src/cli/zipPackage";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** Part names used (the sheet part the CLI rewrites and the styles part it rewrites). */
export const GS_PARTS = {
  sheet: "xl/worksheets/sheet_orders.xml",
  other: "xl/worksheets/sheet_notes.xml",
  styles: "xl/styles.xml",
  strings: "xl/shared_strings.xml",
  theme: "xl/theme/theme_main.xml",
};

const col = (i: number) => String.fromCharCode(65 + i);

export function writeGoogleSheetsLike(file: string, rows: string[][]): void {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string) => {
    if (!index.has(s)) {
      index.set(s, strings.length);
      strings.push(s);
    }
    return index.get(s)!;
  };
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const sheetRows = rows
    .map(
      (r, k) =>
        `<row r="${k + 1}">${r
          .map((v, i) =>
            v === ""
              ? ""
              : /^\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v)
                ? `<c r="${col(i)}${k + 1}" s="${k === 0 ? 1 : 0}"><v>${v}</v></c>`
                : `<c r="${col(i)}${k + 1}" s="${k === 0 ? 1 : 0}" t="s"><v>${sst(v)}</v></c>`,
          )
          .join("")}</row>`,
    )
    .join("");
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${R}"><sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="1.0" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection activeCell="B2" sqref="B2" pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="14.43" defaultRowHeight="15.75"/><sheetData>${sheetRows}</sheetData></worksheet>`;
  const notes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="s"><v>${sst("メモ / notes")}</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`;
  const sharedStrings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font><font><b/><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9EAD3"/><bgColor rgb="FFD9EAD3"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs><cellXfs count="2"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf><xf borderId="0" fillId="2" fontId="1" numFmtId="0" xfId="0" applyAlignment="1" applyFill="1" applyFont="1"><alignment readingOrder="0"/></xf></cellXfs><cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;
  const theme = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Sheets"><a:themeElements><a:clrScheme name="Sheets"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="000000"/></a:dk2><a:lt2><a:srgbClr val="FFFFFF"/></a:lt2><a:accent1><a:srgbClr val="4285F4"/></a:accent1><a:accent2><a:srgbClr val="EA4335"/></a:accent2><a:accent3><a:srgbClr val="FBBC04"/></a:accent3><a:accent4><a:srgbClr val="34A853"/></a:accent4><a:accent5><a:srgbClr val="FF6D01"/></a:accent5><a:accent6><a:srgbClr val="46BDC6"/></a:accent6><a:hlink><a:srgbClr val="1155CC"/></a:hlink><a:folHlink><a:srgbClr val="1155CC"/></a:folHlink></a:clrScheme><a:fontScheme name="Sheets"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface="Arial"/><a:cs typeface="Arial"/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface="Arial"/><a:cs typeface="Arial"/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${R}"><workbookPr/><sheets><sheet state="visible" name="受注一覧" sheetId="1" r:id="R8a2c4e6f10b3d5a7"/><sheet state="visible" name="メモ" sheetId="2" r:id="R1b3d5f7092a4c6e8"/></sheets><definedNames/><calcPr/></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PR}"><Relationship Id="R5c29e56ada2e432c" Type="${R}/styles" Target="/${GS_PARTS.styles}"/><Relationship Id="R77d0aa1f03c24e11" Type="${R}/theme" Target="/${GS_PARTS.theme}"/><Relationship Id="R0e4b2f6a8c1d3e5f" Type="${R}/sharedStrings" Target="/${GS_PARTS.strings}"/><Relationship Id="R8a2c4e6f10b3d5a7" Type="${R}/worksheet" Target="/${GS_PARTS.sheet}"/><Relationship Id="R1b3d5f7092a4c6e8" Type="${R}/worksheet" Target="/${GS_PARTS.other}"/></Relationships>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PR}"><Relationship Id="R3f9a1b7c5d2e4f60" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`;
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/><Override ContentType="${CT}.worksheet+xml" PartName="/${GS_PARTS.sheet}"/><Override ContentType="${CT}.worksheet+xml" PartName="/${GS_PARTS.other}"/><Override ContentType="${CT}.sharedStrings+xml" PartName="/${GS_PARTS.strings}"/><Override ContentType="${CT}.styles+xml" PartName="/${GS_PARTS.styles}"/><Override ContentType="application/vnd.openxmlformats-officedocument.theme+xml" PartName="/${GS_PARTS.theme}"/><Override ContentType="${CT}.sheet.main+xml" PartName="/xl/workbook.xml"/></Types>`;

  const out = new SafeOutput(file);
  const zip = new ZipWriter(out);
  const parts: Array<[string, string]> = [
    [GS_PARTS.sheet, sheet],
    [GS_PARTS.other, notes],
    [GS_PARTS.theme, theme],
    [GS_PARTS.styles, styles],
    [GS_PARTS.strings, sharedStrings],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", wbRels],
    ["_rels/.rels", rootRels],
    ["[Content_Types].xml", types],
  ];
  for (const [name, text] of parts) zip.add(name, Buffer.from(text, "utf8"));
  zip.finish();
  out.commit();
}
