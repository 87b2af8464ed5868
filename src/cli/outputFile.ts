/**
 * Where the output goes and how it is written: never over an input file, always through a temporary file
 * in the same folder renamed into place, so a crash or a full disk never leaves a half-written output.
 */
import * as fs from "fs";
import * as path from "path";
import { InputError, msg } from "./messages";

/** `<dir>/<name>.screened.<ext>` beside the input. */
export function defaultOutputPath(input: string, format?: "jsonl"): string {
  const ext = format === "jsonl" ? ".jsonl" : path.extname(input);
  const base = path.basename(input, path.extname(input));
  return path.join(path.dirname(input), `${base}.screened${ext}`);
}

/** True when the two paths name the same file (same resolved path, or the same inode when both exist). */
export function sameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** Throws when the output would replace any of the files the run reads. */
export function checkOutputPath(out: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (sameFile(out, input)) throw new InputError(msg.outIsInput(out));
  }
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir)) throw new InputError(msg.outDirMissing(dir));
}

export { writeFileAtomic } from "./safeOutput";
