/**
 * Re-screening after a list update: compares a previous output file with the current one and lists the rows
 * whose decision or party match changed (`--previous FILE`). Rows are paired by a key column (order_id by
 * default); rows present on one side only are reported as well.
 */

export interface ScreeningState {
  decision: string;
  party_match_id: string;
}

export interface ScreeningChange {
  key: string;
  before: ScreeningState;
  after: ScreeningState;
}

function state(row: Record<string, string> | undefined): ScreeningState {
  return { decision: (row?.decision ?? "").trim(), party_match_id: (row?.party_match_id ?? "").trim() };
}

/** Keys of rows: the key column's value, or the row number (#n) when empty; repeated keys get #2, #3 … */
function keyed(rows: Record<string, string>[], keyField: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const counts = new Map<string, number>();
  rows.forEach((row, i) => {
    const base = (row[keyField] ?? "").trim() || `#${i + 1}`;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    out.set(n === 1 ? base : `${base}#${n}`, row);
  });
  return out;
}

/** Party match ids compare as a set (their order may change with the scores). */
function sameMatches(a: string, b: string): boolean {
  const set = (s: string) =>
    s
      .split(";")
      .map((x) => x.trim())
      .filter(Boolean)
      .sort()
      .join(";");
  return set(a) === set(b);
}

export function compareWithPrevious(
  previousRows: Record<string, string>[],
  currentRows: Record<string, string>[],
  keyField = "order_id",
): Array<{ key: string; before: ScreeningState; after: ScreeningState }> {
  const before = keyed(previousRows, keyField);
  const after = keyed(currentRows, keyField);
  const changes: ScreeningChange[] = [];
  for (const [key, row] of after) {
    const b = state(before.get(key));
    const a = state(row);
    if (!before.has(key) || b.decision !== a.decision || !sameMatches(b.party_match_id, a.party_match_id))
      changes.push({ key, before: b, after: a });
  }
  for (const [key, row] of before)
    if (!after.has(key)) changes.push({ key, before: state(row), after: state(undefined) });
  return changes;
}
