/**
 * 2h. What hooks cost per call (issue 36): createFactor and listFactors with no hooks, with one
 * hook of each kind (beforeRequest, afterResponse, onRetry, onError) and with a logger, over the
 * canned transport of the per-call rows. With `--baseline REV`, the same calls of the package as
 * committed at REV (`generated/dist`, taken with `git archive`) run in the same process, paired round
 * by round with this one: the hookless client must cost no more than 3% more. Times are CPU time (this
 * process, all threads) per call, in blocks alternating between the two sides.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as current from "twilio-verify-rest-client";
import { cpuPerCall, paired, type Row } from "./stats.ts";
import { ACCOUNT, cannedFetch, IDENTITY, SERVICE, totp } from "./per-call.ts";

type Package = Pick<typeof current, "createClient" | "createFactor" | "listFactors">;
type Options = current.ClientOptions;

/** The calls measured on one package with one client's options. */
function calls(pkg: Package, options: Partial<Options> = {}) {
  const client = pkg.createClient({
    accountSid: ACCOUNT,
    authToken: "token",
    fetch: cannedFetch,
    ...options,
  });
  return {
    create: () => pkg.createFactor(client, SERVICE, IDENTITY, totp),
    list: () => pkg.listFactors(client, SERVICE, IDENTITY, { pageSize: 20 }),
  };
}

// One hook of each kind, each doing the least a real one does (onRetry and onError never run here).
const hooks: Options["hooks"] = {
  beforeRequest: ({ request }) => {
    request.headers["X-Trace"] = "1";
  },
  afterResponse: ({ response }) => response.status,
  onRetry: () => undefined,
  onError: () => undefined,
};
const logged: unknown[] = [];
const logger: Options["logger"] = (entry) => {
  logged[0] = entry;
};

/** The package as committed at `rev`, extracted below `tmp`. */
async function baselinePackage(root: string, tmp: string, rev: string): Promise<Package> {
  const dir = join(tmp, `baseline-${rev.replace(/[^\w.-]/g, "_")}`);
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync("git", ["archive", rev, "generated/dist", "generated/package.json"], {
    cwd: root,
    maxBuffer: 1 << 28,
  });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  return (await import(pathToFileURL(join(dir, "generated/dist/index.js")).href)) as Package;
}

/** Per-round ratios of `a` to `b`, five times the rounds, each a fifth as long: the two sides of a pair run closer in time. */
async function pairedRounds(
  rounds: number,
  total: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
) {
  const p = await paired(a, b, rounds * 5, Math.ceil(total / 5));
  return { a: p.a, b: p.b, ratio: p.aOverB };
}

/** The hooks rows; with a baseline revision, the hookless calls against that revision's package too. */
export async function hookCost(
  root: string,
  tmp: string,
  rounds: number,
  iterations: number,
  baseline: string | null,
): Promise<Row[]> {
  const plain = calls(current);
  const keys = [
    ["createFactor", "create"],
    ["listFactors (20 items)", "list"],
  ] as const;
  const rows: Row[] = [];
  // Against the baseline first, while this package's transport has seen no client with hooks.
  if (baseline !== null) {
    const before = calls(await baselinePackage(root, tmp, baseline));
    for (const [name, key] of keys) {
      for (const call of [plain[key], before[key]]) await cpuPerCall(call, iterations);
      const against = await pairedRounds(rounds, iterations, plain[key], before[key]);
      rows.push({
        comparison: `Per call, ${name} without hooks against the package at ${baseline} (µs CPU per call, canned transport, paired rounds)`,
        ours: `${against.a.toFixed(2)} µs`,
        peer: `${against.b.toFixed(2)} µs`,
        ratio: `${against.ratio.toFixed(3)}x`,
        // A cost target: no more than 3% slower (a faster figure is the machine's noise, or a gain).
        target: "<= 1.03x",
        pass: against.ratio <= 1.03,
      });
    }
  }
  const hooked = calls(current, { hooks });
  const withLogger = calls(current, { logger });
  for (const [name, key] of keys) {
    for (const call of [plain[key], hooked[key], withLogger[key]]) await cpuPerCall(call, iterations);
    for (const [what, call] of [
      ["one hook of each kind", hooked[key]],
      ["a logger", withLogger[key]],
    ] as const) {
      const cost = await pairedRounds(rounds, iterations, call, plain[key]);
      rows.push({
        comparison: `Per call, ${name} with ${what} (µs CPU per call, canned transport; the same call without, paired rounds)`,
        ours: `${cost.a.toFixed(2)} µs`,
        peer: `${cost.b.toFixed(2)} µs`,
        ratio: `${cost.ratio.toFixed(3)}x`,
        target: "reported",
        pass: true,
      });
    }
  }
  return rows;
}
