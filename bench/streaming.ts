/**
 * 5. Streaming at scale: 300,000 factors from the local server over loopback; items per second, and
 * the live heap after a forced collection at 10,000, 100,000 and 300,000 items (flat within 1 MiB).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { start } from "twilio-verify-rest-client/mock";
import { median, type Row } from "./stats.ts";

// Asynchronous: the server answers from this process's event loop while the child streams.
async function streamOnce(
  root: string,
  url: string,
  count: number,
): Promise<{ items: number; perSecond: number; retained: Record<string, number> }> {
  const child = spawn(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(root, "bench/stream-client.ts"), url, String(count)],
    { cwd: root },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  if (code !== 0) throw new Error(`stream client failed: ${stderr}`);
  const result = JSON.parse(stdout) as { items: number; perSecond: number; retained: Record<string, number> };
  if (result.items !== count) throw new Error(`streamed ${result.items} of ${count}`);
  return result;
}

const COUNT = 300_000;

export async function streaming(root: string, rounds: number): Promise<Row[]> {
  // The server runs here; the client in a child process, so its heap holds only the client's work.
  const server = await start();
  try {
    server.seed("/v2/Services/VA00000000000000000000000000000000", { FriendlyName: "bench" });
    server.seed(
      "/v2/Services/VA00000000000000000000000000000000/Entities/bench-user-0001/Factors",
      { FactorType: "totp", FriendlyName: "bench" },
      COUNT,
    );
    const rate: number[] = [];
    const retained: Record<string, number[]> = {};
    for (let i = 0; i < rounds; i++) {
      const run = await streamOnce(root, server.url, COUNT);
      rate.push(run.perSecond);
      for (const [at, bytes] of Object.entries(run.retained)) (retained[at] ??= []).push(bytes);
    }
    const points = Object.keys(retained)
      .map(Number)
      .sort((a, b) => a - b)
      .map((at) => median(retained[at]!));
    const spread = Math.max(...points) - Math.min(...points);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
    return [
      {
        comparison: `Streaming ${COUNT.toLocaleString("en-US")} factors over loopback (items/s, pages of 1000)`,
        ours: `${Math.round(median(rate)).toLocaleString("en-US")}/s`,
        peer: "-",
        ratio: "-",
        target: "-",
        pass: true,
      },
      {
        comparison: "Live heap after a forced GC while streaming, at 10,000 / 100,000 / 300,000 items",
        ours: points.map(mb).join(" / "),
        peer: "-",
        ratio: `spread ${mb(spread)}`,
        target: "flat within 1 MiB",
        pass: spread <= 1024 * 1024,
      },
    ];
  } finally {
    await server.close();
  }
}
