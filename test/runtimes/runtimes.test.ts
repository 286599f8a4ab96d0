/**
 * The runtime matrix: the same lifecycle (test/runtimes/lifecycle.mjs) against the local server over
 * loopback, in Node as ESM, Node through require(), Deno and Bun (binaries from their npm packages),
 * and a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) loading a page
 * from another origin that runs the esbuild-bundled client; and, in each but require(), a binary
 * download of the Kennel fixture's client (test/runtimes/download.mjs) read chunk by chunk from its
 * web stream against its own local server. A runtime whose binary cannot be had is skipped with a
 * message saying so; every other result must equal Node's.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type MockServer } from "twilio-verify-rest-client/mock";
import { FIXTURES, ROOT } from "../helpers/paths.ts";

const DIR = join(ROOT, "test/runtimes");
const EXPECTED = {
  created: true,
  fetched: true,
  listed: 1,
  streamed: 1,
  validation: { instanceOf: true, count: 5 },
  notFound: { instanceOf: true, status: 404, code: 20404 },
};

/** The first candidate binary that answers `--version`, or null. */
function binary(candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    const path = join(ROOT, candidate);
    if (
      existsSync(path) &&
      spawnSync(path, ["--version"], { encoding: "utf8", timeout: 30_000 }).status === 0
    )
      return path;
  }
  return null;
}

const DENO = binary(["node_modules/@deno/linux-x64-glibc/deno", "node_modules/deno/bin/deno"]);
const BUN = binary(["node_modules/@oven/bun-linux-x64/bin/bun", "node_modules/bun/bin/bun.exe"]);
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p)) ?? null;
if (!DENO) console.warn("SKIPPED Deno: no working binary in node_modules/@deno or node_modules/deno");
if (!BUN) console.warn("SKIPPED Bun: no working binary in node_modules/@oven or node_modules/bun");
if (!CHROMIUM) console.warn("SKIPPED Chromium: /usr/bin/chromium is not installed (.ci/run installs it)");

let server: MockServer;
beforeAll(async () => {
  server = await start();
});
afterAll(() => server.close());

// Asynchronous: the server answering the child runs in this process, so its event loop must stay free.
async function run(command: string, args: readonly string[]): Promise<unknown> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "", NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  clearTimeout(timer);
  expect(stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/g, ""), "stderr").toBe("");
  expect(code, stdout).toBe(0);
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

describe("the same lifecycle in every runtime the README names", () => {
  it("Node, ESM import", async () => {
    expect(await run(process.execPath, [join(DIR, "run.mjs"), server.url])).toEqual(EXPECTED);
  });

  it("Node, require() of the ESM-only package (Node 20.19+)", async () => {
    expect(await run(process.execPath, [join(DIR, "run.cjs"), server.url])).toEqual(EXPECTED);
  });

  it.skipIf(!DENO)("Deno (from the deno npm package)", async () => {
    const deno = ["run", "--allow-net=127.0.0.1", "--allow-read", "--allow-env", "--no-prompt"];
    expect(await run(DENO!, [...deno, join(DIR, "run.mjs"), server.url])).toEqual(EXPECTED);
  });

  it.skipIf(!BUN)("Bun (from the bun npm package)", async () => {
    expect(await run(BUN!, ["run", join(DIR, "run.mjs"), server.url])).toEqual(EXPECTED);
  });

  it.skipIf(!CHROMIUM)(
    "headless Chromium, a page on another origin calling the server (CORS), bundled by esbuild",
    async () => {
      expect(await inChromium("browser.mjs", server.url)).toEqual({ summary: EXPECTED });
    },
    180_000,
  );
});

/**
 * Runs `entry` (bundled by esbuild) in a page of headless Chromium on another origin than `api`,
 * the server it calls; returns what the page leaves on `window.result`.
 */
async function inChromium(entry: string, api: string): Promise<unknown> {
  const out = join(ROOT, "test/.tmp/browser", entry.replace(/\.mjs$/, ""));
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(DIR, entry)],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outfile: join(out, "app.js"),
    absWorkingDir: ROOT,
    logLevel: "silent",
  });
  writeFileSync(
    join(out, "index.html"),
    '<!doctype html><meta charset="utf-8"><script type="module" src="app.js"></script>',
  );
  const page: Server = createServer((req, res) => {
    const file = req.url?.startsWith("/app.js") ? "app.js" : "index.html";
    res.writeHead(200, { "content-type": file.endsWith(".js") ? "text/javascript" : "text/html" });
    res.end(readFileSync(join(out, file)));
  });
  await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(page.address() as { port: number }).port}`;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM!,
    headless: true,
    args: ["--no-sandbox"],
  });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.goto(`${origin}/?api=${encodeURIComponent(api)}`);
    const result = await tab.evaluate(() => (window as unknown as { result: Promise<unknown> }).result);
    expect(errors).toEqual([]);
    expect(origin).not.toBe(api);
    return result;
  } finally {
    await browser.close();
    page.close();
  }
}

/** FNV-1a, as test/runtimes/download.mjs hashes what it reads. */
function fnv(bytes: Uint8Array): number {
  let hash = 2166136261;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 16777619) >>> 0;
  return hash;
}

describe("a binary download read through its web stream in every runtime (the Kennel fixture)", () => {
  const size = 256 * 1024;
  const DOWNLOADED = {
    contentType: "application/octet-stream",
    contentLength: size,
    size,
    streamed: true,
    hash: fnv(Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) & 255)),
    photo: { type: "image/png", size },
  };
  let kennel: MockServer;
  beforeAll(async () => {
    const mock = await import(pathToFileURL(join(FIXTURES, "responses/expected/dist/mock/index.js")).href);
    kennel = await mock.start();
  });
  afterAll(() => kennel.close());
  const script = join(DIR, "run-download.mjs");

  it("Node", async () => {
    expect(await run(process.execPath, [script, kennel.url])).toEqual(DOWNLOADED);
  });

  it.skipIf(!DENO)("Deno", async () => {
    const deno = ["run", "--allow-net=127.0.0.1", "--allow-read", "--allow-env", "--no-prompt"];
    expect(await run(DENO!, [...deno, script, kennel.url])).toEqual(DOWNLOADED);
  });

  it.skipIf(!BUN)("Bun", async () => {
    expect(await run(BUN!, ["run", script, kennel.url])).toEqual(DOWNLOADED);
  });

  it.skipIf(!CHROMIUM)(
    "headless Chromium, from a page on another origin",
    async () => {
      expect(await inChromium("browser-download.mjs", kennel.url)).toEqual({ summary: DOWNLOADED });
    },
    180_000,
  );
});
