/** Small helpers every comparison shares: medians, timing a child process, alternating rounds. */
import { spawnSync } from "node:child_process";

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of one cold process, in milliseconds; throws when it fails. */
export function timeProcess(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
  expectedStatus = 0,
): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== expectedStatus)
    throw new Error(`${args.join(" ")} exited ${r.status}, not ${expectedStatus}:\n${r.stderr}\n${r.stdout}`);
  return ms;
}

/** Runs each contender once per round, alternating, and returns the median of each. */
export async function alternate<K extends string>(
  rounds: number,
  contenders: Record<K, () => number | Promise<number>>,
): Promise<Record<K, number>> {
  const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let i = 0; i < rounds; i++) {
    for (const key of Object.keys(contenders) as K[]) samples[key].push(await contenders[key]());
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v as number[])])) as Record<
    K,
    number
  >;
}

/** One row of the results table. */
export interface Row {
  readonly comparison: string;
  readonly ours: string;
  readonly peer: string;
  readonly ratio: string;
  readonly target: string;
  readonly pass: boolean;
}

/** What `paired` measured: each side's median CPU time per call and the medians of per-pair ratios. */
export interface Paired {
  readonly a: number;
  readonly b: number;
  /** The median over the pairs of `b / a`: how many times `a`'s CPU time `b` takes. */
  readonly bOverA: number;
  /** The median over the pairs of `a / b`. */
  readonly aOverB: number;
}

/**
 * CPU time (user and system, all threads) of one call over `iterations` sequential calls, in
 * microseconds, after a forced garbage collection (garbage left by the other side is not this
 * side's to collect): on a loaded machine wall time mostly measures the wait for a core.
 */
export async function cpuPerCall(call: () => Promise<unknown>, iterations: number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("the bench needs node --expose-gc (npm run bench passes it)");
  gc();
  // process.cpuUsage counts every thread: let V8's helpers finish the collection's sweeping first,
  // or this batch is charged with it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const started = process.cpuUsage();
  for (let i = 0; i < iterations; i++) await call();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / iterations;
}

/**
 * Two calls compared by pairs of short batches: each pair runs one batch of each, which goes first
 * alternating, a forced GC before each, timed in CPU time; the result is the median of the pairs'
 * ratios, so a slow spell of the machine (which lands on both batches of a pair) moves neither side.
 */
export async function paired(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  pairs: number,
  batch: number,
): Promise<Paired> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      as.push(await cpuPerCall(a, batch));
      bs.push(await cpuPerCall(b, batch));
    } else {
      bs.push(await cpuPerCall(b, batch));
      as.push(await cpuPerCall(a, batch));
    }
  }
  return {
    a: median(as),
    b: median(bs),
    bOverA: median(as.map((x, i) => bs[i]! / x)),
    aOverB: median(as.map((x, i) => x / bs[i]!)),
  };
}
