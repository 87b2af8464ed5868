/**
 * Parser for the text of a CSV file whose first pass found it regular (CsvSource.regular: quotes only around whole
 * cells, doubled inside; every line ending outside quotes the same). On such text it gives exactly csv-parse's
 * records with the CLI's options (checked against csv-parse by a property test, test/cli/csvPieces.test.ts) at a
 * fraction of the cost: csv-parse turns the text into bytes and back and handles every option on every character,
 * which made it the largest single cost of a worker after the engine. Any other file is parsed by csv-parse.
 * Not for irregular text: it does not detect or relax malformed quoting.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The records of `text` (whole records of a regular file, the last one possibly without a line ending). */
export function parseRegularCsv(text: string, delimiter: string): string[][] {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  let i = 0;
  while (i < n) {
    const rec: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = "";
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) throw new Error("unterminated quote in regular CSV text");
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          i = q + 1;
          break;
        }
        rec.push(value);
      } else {
        let k = i;
        for (; k < n; k++) {
          const c = text.charCodeAt(k);
          if (c === delim || c === LF || c === CR) break;
        }
        rec.push(text.slice(i, k));
        i = k;
      }
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i++;
      break;
    }
    records.push(rec);
  }
  return records;
}
