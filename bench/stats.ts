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
