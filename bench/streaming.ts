/** 5. Streaming at scale: 100,000 factors from the local server over loopback; heap growth for 10k vs 100k. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { start } from "twilio-verify/mock";
import { median, type Row } from "./stats.ts";

// Asynchronous: the server answers from this process's event loop while the child streams.
async function streamOnce(
  root: string,
  url: string,
  count: number,
): Promise<{ items: number; perSecond: number; peakGrowth: number }> {
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
  const result = JSON.parse(stdout) as { items: number; perSecond: number; peakGrowth: number };
  if (result.items !== count) throw new Error(`streamed ${result.items} of ${count}`);
  return result;
}

export async function streaming(root: string, rounds: number): Promise<Row[]> {
  // The server runs here; the client in a child process, so its heap holds only the client's work.
  const server = await start();
  try {
    server.seed("/v2/Services/VA00000000000000000000000000000000", { FriendlyName: "bench" });
    server.seed(
      "/v2/Services/VA00000000000000000000000000000000/Entities/bench-user-0001/Factors",
      { FactorType: "totp", FriendlyName: "bench" },
      100_000,
    );
    const small: number[] = [];
    const large: number[] = [];
    const rate: number[] = [];
    for (let i = 0; i < rounds; i++) {
      small.push((await streamOnce(root, server.url, 10_000)).peakGrowth);
      const big = await streamOnce(root, server.url, 100_000);
      large.push(big.peakGrowth);
      rate.push(big.perSecond);
    }
    const [s, l] = [median(small), median(large)];
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    return [
      {
        comparison: "Streaming 100,000 factors over loopback (items/s, pages of 1000)",
        ours: `${Math.round(median(rate)).toLocaleString("en-US")}/s`,
        peer: "-",
        ratio: "-",
        target: "-",
        pass: true,
      },
      {
        comparison: "Peak heap growth, 100,000 vs 10,000 streamed items",
        ours: mb(l),
        peer: mb(s),
        ratio: `${(l / s).toFixed(2)}x`,
        target: "<= 1.5x",
        pass: l <= 1.5 * s,
      },
    ];
  } finally {
    await server.close();
  }
}
