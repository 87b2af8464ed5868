/**
 * Batching of custom-function calls: every call made during a recalculation burst waits a moment, then all
 * of them go through the engine in one call. Calls arriving while a batch is being processed form the next
 * batch. Pure (timer and processor injected).
 */
export interface Batcher<I, O> {
  enqueue(input: I): Promise<O>;
  /** Number of processor calls so far (for tests and the benchmark). */
  readonly batches: number;
}

export interface BatcherOptions<I, O> {
  /** Processes a whole batch; returns one output (or an Error) per input, in order. */
  process(inputs: I[]): Promise<Array<O | Error>>;
  /** Wait after the last call before processing (ms). */
  idleMs?: number;
  /** Longest wait after the first call of a batch (ms), however many calls keep coming. */
  maxWaitMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createBatcher<I, O>(options: BatcherOptions<I, O>): Batcher<I, O> {
  const idleMs = options.idleMs ?? 25;
  const maxWaitMs = options.maxWaitMs ?? 150;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let queue: Array<{ input: I; resolve(o: O): void; reject(e: unknown): void }> = [];
  let timer: unknown = null;
  let firstAt = 0;
  let batches = 0;

  const flush = async () => {
    timer = null;
    const items = queue;
    queue = [];
    if (items.length === 0) return;
    batches++;
    try {
      const outs = await options.process(items.map((i) => i.input));
      items.forEach((item, k) => {
        const o = outs[k];
        if (o instanceof Error) item.reject(o);
        else item.resolve(o as O);
      });
    } catch (error) {
      for (const item of items) item.reject(error);
    }
  };

  return {
    enqueue(input: I): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        const now = Date.now();
        if (queue.length === 0) firstAt = now;
        queue.push({ input, resolve, reject });
        if (timer !== null) clearTimer(timer);
        const wait = Math.max(0, Math.min(idleMs, firstAt + maxWaitMs - now));
        timer = setTimer(() => void flush(), wait);
      });
    },
    get batches() {
      return batches;
    },
  };
}
