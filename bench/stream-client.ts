/**
 * Child process of the streaming benchmark (run with --expose-gc): streams COUNT factors from the mock
 * server at URL and prints items per second and the peak heap growth over the baseline as JSON.
 */
import { createClient, streamFactors } from "twilio-verify";

const [url, count] = [process.argv[2]!, Number(process.argv[3])];
const gc = (globalThis as { gc?: () => void }).gc!;
const client = createClient({ accountSid: "AC" + "0".repeat(32), authToken: "token", baseUrl: url });
gc();
const baseline = process.memoryUsage().heapUsed;
let peak = 0;
let n = 0;
const started = performance.now();
for await (const factor of streamFactors(client, "VA" + "0".repeat(32), "bench-user-0001", {
  limit: count,
  pageSize: 1000,
})) {
  if (factor.sid === null) throw new Error("bad item");
  if (++n % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ items: n, perSecond: n / seconds, peakGrowth: peak }));
