/**
 * Progress on stderr while a file is screened: on a terminal a bar (cli-progress) with rows, rows/s and time
 * left; otherwise (a log, a pipe) one line every 10 %; nothing with --quiet. Never on stdout, which carries the
 * summary.
 */
import type { Lang } from "../engine/types";

export interface Progress {
  /** Rows read so far (the header and title rows included). */
  update(rows: number): void;
  /** The total changed (an estimate got better). */
  setTotal(total: number): void;
  stop(): void;
}

export const NO_PROGRESS: Progress = { update: () => undefined, setTotal: () => undefined, stop: () => undefined };

const L = {
  rows: { ja: "行", en: "rows" },
  perSec: { ja: "行/秒", en: "rows/s" },
  left: { ja: "残り約", en: "about" },
  leftTail: { ja: "", en: " left" },
  done: { ja: "完了", en: "done" },
};

const num = (n: number) => Math.round(n).toLocaleString("en-US");

function seconds(s: number, lang: Lang): string {
  if (!Number.isFinite(s) || s < 0) return "?";
  if (s < 90) return lang === "ja" ? `${Math.ceil(s)} 秒` : `${Math.ceil(s)} s`;
  const m = Math.ceil(s / 60);
  return lang === "ja" ? `${m} 分` : `${m} min`;
}

interface BarLike {
  start(total: number, value: number, payload?: Record<string, unknown>): void;
  update(value: number, payload?: Record<string, unknown>): void;
  setTotal(total: number): void;
  stop(): void;
}

/** Chooses the kind of progress for this run. `isTty` is stderr's. */
export function createProgress(opts: {
  quiet: boolean;
  isTty: boolean;
  total: number;
  lang: Lang;
  write: (s: string) => void;
  now?: () => number;
}): Progress {
  if (opts.quiet || opts.total <= 0) return NO_PROGRESS;
  const now = opts.now ?? (() => Date.now());
  const started = now();
  let total = opts.total;
  const l = opts.lang;
  const rate = (rows: number) => rows / Math.max(0.001, (now() - started) / 1000);

  if (opts.isTty) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cliProgress = require("cli-progress") as {
      SingleBar: new (o: Record<string, unknown>, preset: unknown) => BarLike;
      Presets: { shades_classic: unknown };
    };
    const bar = new cliProgress.SingleBar(
      {
        format: `{bar} {percentage}% | {value}/{total} ${L.rows[l]} | {speed} ${L.perSec[l]} | ${L.left[l]} {left}${L.leftTail[l]}`,
        stream: process.stderr,
        hideCursor: false,
        clearOnComplete: true,
        formatValue: (v: number, _o: unknown, type: string) =>
          type === "value" || type === "total" ? num(v) : String(v),
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { speed: "0", left: "?" });
    return {
      update(rows) {
        const r = rate(rows);
        bar.update(Math.min(rows, total), { speed: num(r), left: seconds((total - rows) / r, l) });
      },
      setTotal(t) {
        total = t;
        bar.setTotal(t);
      },
      stop() {
        bar.stop();
      },
    };
  }

  let nextStep = 1;
  return {
    update(rows) {
      while (nextStep <= 10 && rows >= (total * nextStep) / 10) {
        const r = rate(rows);
        opts.write(
          `${nextStep * 10}% ${num(rows)}/${num(total)} ${L.rows[l]}, ${num(r)} ${L.perSec[l]}` +
            (nextStep < 10
              ? `, ${L.left[l]} ${seconds((total - rows) / r, l)}${L.leftTail[l]}\n`
              : ` (${L.done[l]})\n`),
        );
        nextStep++;
      }
    },
    setTotal(t) {
      total = t;
    },
    stop() {},
  };
}
