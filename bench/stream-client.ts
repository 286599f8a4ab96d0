/**
 * Child process of the streaming benchmark (run with --expose-gc): streams COUNT factors from the mock
 * server at URL and prints, as JSON, items per second (garbage collections excluded) and the live
 * heap above the baseline after a forced collection at each checkpoint (10,000, 100,000, 300,000
 * items): what the stream retains, not when V8 happens to collect.
 */
import { createClient, streamFactors } from "twilio-verify-rest-client";

const [url, count] = [process.argv[2]!, Number(process.argv[3])];
const gc = (globalThis as { gc?: () => void }).gc!;
const CHECKPOINTS = [10_000, 100_000, 300_000];
const client = createClient({ accountSid: "AC" + "0".repeat(32), authToken: "token", baseUrl: url });
const live = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const baseline = live();
const retained: Record<string, number> = {};
let n = 0;
let paused = 0;
const started = performance.now();
for await (const factor of streamFactors(client, "VA" + "0".repeat(32), "bench-user-0001", {
  limit: count,
  pageSize: 1000,
})) {
  if (factor.sid.length !== 34) throw new Error("bad item");
  if (CHECKPOINTS.includes(++n)) {
    const before = performance.now();
    retained[n] = live() - baseline;
    paused += performance.now() - before;
  }
}
const seconds = (performance.now() - started - paused) / 1000;
process.stdout.write(JSON.stringify({ items: n, perSecond: n / seconds, retained }));
