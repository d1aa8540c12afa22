/** Small statistics and timing helpers for the benchmark. */
/** CPU time of this process in ms: on a busy machine it shows the work itself, without waiting for a core. */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function median(xs: number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

export const round = (x: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * Longest stretch this thread's event loop was blocked: a 1 ms timer chain notes how late each
 * tick fires. Cheap enough not to disturb a worker thread sharing the machine.
 */
export class BlockMonitor {
  private timer: NodeJS.Timeout | undefined;
  private last = 0;
  max = 0;

  start(): void {
    this.last = performance.now();
    const tick = (): void => {
      const t = performance.now();
      this.max = Math.max(this.max, t - this.last - 1);
      this.last = t;
      this.timer = setTimeout(tick, 1);
    };
    this.timer = setTimeout(tick, 1);
  }

  stop(): number {
    if (this.timer) clearTimeout(this.timer);
    this.max = Math.max(this.max, performance.now() - this.last - 1);
    return Math.max(0, this.max);
  }
}

/** Samples heap use while work runs on this thread (the work must yield, as the analyzer does). */
export class HeapSampler {
  private timer: NodeJS.Timeout | undefined;
  peak = 0;

  start(): void {
    this.peak = process.memoryUsage().heapUsed;
    this.timer = setInterval(() => (this.peak = Math.max(this.peak, process.memoryUsage().heapUsed)), 5);
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.peak = Math.max(this.peak, process.memoryUsage().heapUsed);
    return this.peak;
  }
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Seeded PRNG (mulberry32) so keystroke positions are the same from run to run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
