/**
 * Writes that cannot lose data. The output goes to a temporary file beside the target; every byte is written
 * (short writes are continued until the chunk is out), the file is flushed to disk (fsync), its size on disk is
 * checked against the bytes written, and only then is it renamed over the target. On any failure — disk full,
 * permissions, a signal — the temporary file is removed and the previous output stays as it was.
 *
 * Temporary files are named `.<target>.<pid>-<random>.anpo-tmp`. A run that was killed (SIGKILL, power cut)
 * cannot clean up; the next run writing the same target removes such files whose process no longer exists and
 * says so (removeStaleTemps).
 */
import * as fs from "fs";
import * as path from "path";
import type { Text } from "../engine/types";
import { InputError, msg } from "./messages";

/** The file operations used, replaceable in tests to inject short writes and errors. */
export interface WriteOps {
  openSync: (file: string, flags: string) => number;
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: (fd: number) => void;
  fstatSync: (fd: number) => { size: number };
  closeSync: (fd: number) => void;
  renameSync: (from: string, to: string) => void;
  unlinkSync: (file: string) => void;
}

export const NODE_WRITE_OPS: WriteOps = {
  openSync: (f, flags) => fs.openSync(f, flags, 0o644),
  writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fstatSync: (fd) => fs.fstatSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (f) => fs.unlinkSync(f),
};

const TEMP_SUFFIX = ".anpo-tmp";

/** Temporary files still open in this process, removed by the signal handler. */
const openTemps = new Set<SafeOutput>();

function tempName(target: string): string {
  const rand = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${rand}${TEMP_SUFFIX}`);
}

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const text = e instanceof Error ? e.message : String(e);
  return code && !text.includes(code) ? `${code}: ${text}` : text;
}

const BUFFER_BYTES = 1 << 20;

/** One output file being written. Call write() any number of times, then commit(); abort() on failure. */
export class SafeOutput {
  readonly target: string;
  readonly temp: string;
  private fd: number | undefined;
  private written = 0;
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private buffered = 0;
  private done = false;

  constructor(
    target: string,
    private readonly ops: WriteOps = NODE_WRITE_OPS,
  ) {
    this.target = path.resolve(target);
    this.temp = tempName(this.target);
    try {
      this.fd = ops.openSync(this.temp, "wx");
    } catch (e) {
      throw new InputError(msg.writeFailed(this.target, why(e)));
    }
    openTemps.add(this);
  }

  /** Bytes handed to write() so far. */
  get size(): number {
    return this.written + this.buffered;
  }

  /** Appends bytes (buffered in 1 MB blocks). */
  write(data: Uint8Array | string): void {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    if (bytes.length >= BUFFER_BYTES) {
      this.flushBuffer();
      this.writeAll(bytes);
      return;
    }
    if (this.buffered + bytes.length > BUFFER_BYTES) this.flushBuffer();
    this.buffer.set(bytes, this.buffered);
    this.buffered += bytes.length;
  }

  private flushBuffer(): void {
    if (this.buffered === 0) return;
    const chunk = this.buffer.subarray(0, this.buffered);
    this.buffered = 0;
    this.writeAll(chunk);
  }

  /** Writes the whole chunk: a write may take fewer bytes than offered (a full disk, a signal); continue until done. */
  private writeAll(bytes: Uint8Array): void {
    if (this.fd === undefined) throw new InputError(msg.writeFailed(this.target, "closed"));
    let offset = 0;
    try {
      while (offset < bytes.length) {
        const n = this.ops.writeSync(this.fd, bytes, offset, bytes.length - offset);
        // No progress at all is a full disk that does not say so; give up rather than spin.
        if (!(n > 0)) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
        offset += n;
      }
    } catch (e) {
      this.written += offset;
      this.fail(e);
    }
    this.written += offset;
  }

  /** Flushes, checks the size on disk, closes and renames over the target. */
  commit(): void {
    if (this.done) throw new Error("SafeOutput already finished");
    try {
      this.flushBuffer();
      const fd = this.fd!;
      this.ops.fsyncSync(fd);
      const onDisk = this.ops.fstatSync(fd).size;
      if (onDisk !== this.written) throw new Error(`size on disk ${onDisk} bytes, written ${this.written} bytes`);
      this.fd = undefined;
      this.ops.closeSync(fd);
      this.ops.renameSync(this.temp, this.target);
    } catch (e) {
      if (e instanceof InputError) throw e;
      this.fail(e);
    }
    this.done = true;
    openTemps.delete(this);
    syncDir(path.dirname(this.target));
  }

  /** Closes and removes the temporary file; the target is not touched. Safe to call more than once. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    openTemps.delete(this);
    if (this.fd !== undefined) {
      try {
        this.ops.closeSync(this.fd);
      } catch {
        /* already closed */
      }
      this.fd = undefined;
    }
    try {
      this.ops.unlinkSync(this.temp);
    } catch {
      /* already gone */
    }
  }

  private fail(e: unknown): never {
    this.abort();
    throw new InputError(msg.writeFailed(this.target, why(e)));
  }
}

/** Makes the rename durable (best effort: some file systems do not allow opening a folder). */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch {
    /* not supported here */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes one buffer safely (temporary file, every byte, fsync, size check, rename). */
export function writeFileAtomic(target: string, data: Uint8Array, ops: WriteOps = NODE_WRITE_OPS): void {
  const out = new SafeOutput(target, ops);
  try {
    out.write(data);
    out.commit();
  } catch (e) {
    out.abort();
    throw e;
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temporary files left beside the target by runs that were killed (their process is gone).
 * Returns a note per file removed.
 */
export function removeStaleTemps(target: string): Text[] {
  const dir = path.dirname(path.resolve(target));
  const prefix = `.${path.basename(target)}.`;
  const notes: Text[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return notes;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const m = /^(\d+)-[a-z0-9]+$/.exec(name.slice(prefix.length, -TEMP_SUFFIX.length));
    if (!m || processAlive(Number(m[1]))) continue;
    try {
      fs.unlinkSync(path.join(dir, name));
      notes.push(msg.staleTempRemoved(path.join(dir, name)));
    } catch {
      /* someone else removed it */
    }
  }
  return notes;
}

/** Removes every temporary file this process has open (signal handler; synchronous). */
export function abortAllOutputs(): number {
  const all = [...openTemps];
  for (const o of all) o.abort();
  return all.length;
}

let installed = false;

/**
 * On SIGINT / SIGTERM (and SIGHUP): remove the temporary files, say so in both languages, exit 130 / 143 / 129.
 * The previous output is untouched because the rename has not happened.
 */
export function installSignalCleanup(stderr: (s: string) => void = (s) => process.stderr.write(s)): void {
  if (installed) return;
  installed = true;
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const sig of Object.keys(codes) as NodeJS.Signals[]) {
    process.on(sig, () => {
      abortAllOutputs();
      const t = msg.interrupted(sig);
      stderr(`\n${t.ja}\n${t.en}\n`);
      process.exit(codes[sig]);
    });
  }
}
