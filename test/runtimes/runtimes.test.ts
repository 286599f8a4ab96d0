/**
 * The runtime matrix: the same lifecycle (test/runtimes/lifecycle.mjs) against the local server over
 * loopback, in Node as ESM, Node through require(), Deno and Bun (binaries from their npm packages),
 * and a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) loading a page
 * from another origin that runs the esbuild-bundled client; and, in each but require(), a binary
 * download of the Kennel fixture's client (test/runtimes/download.mjs) read chunk by chunk from its
 * web stream against its own local server. A runtime whose binary cannot be had is skipped with a
 * message saying so (in CI, where `.ci/run` installs them all, it fails instead); every other result
 * must equal Node's.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type MockServer } from "twilio-verify-rest-client/mock";
import { FIXTURE_PACKAGES, ROOT } from "../helpers/paths.ts";

const DIR = join(ROOT, "test/runtimes");
const EXPECTED = {
  webhook: { genuine: true, tampered: false, request: true, event: "factor.verified" },
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
  // Outside CI a missing runtime is skipped, loudly; CI installs all three, so there one missing is a failure.
  it.runIf(process.env["CI"] === "true")("in CI, no runtime is skipped", () => {
    expect({ deno: DENO !== null, bun: BUN !== null, chromium: CHROMIUM !== null }).toEqual({
      deno: true,
      bun: true,
      chromium: true,
    });
  });

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

describe("webhook validation bundles for the browser", () => {
  it("the webhooks module bundles for platform browser with no Node built-in (WebCrypto only)", async () => {
    const result = await build({
      entryPoints: [join(ROOT, "generated/dist/verify/webhooks.js")],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      absWorkingDir: ROOT,
      logLevel: "silent",
      metafile: true,
    });
    const text = result.outputFiles[0]!.text;
    expect(Object.keys(result.metafile.inputs).filter((file) => file.startsWith("node:"))).toEqual([]);
    expect(text).not.toMatch(/node:|require\(|createHmac/);
    expect(text).toContain("crypto.subtle");
  });
});

/**
 * Runs `entry` (bundled by esbuild) in a page of headless Chromium on another origin than `api`,
 * the server it calls; returns what the page leaves on `window.result`.
 */
async function inChromium(entry: string, api: string, query: Record<string, string> = {}): Promise<unknown> {
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
    await tab.goto(`${origin}/?${new URLSearchParams({ api, ...query })}`);
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
    const mock = await import(pathToFileURL(join(FIXTURE_PACKAGES, "responses/dist/mock/index.js")).href);
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

/** What the recorder keeps of one part: its name, file name, type, size and bytes' hash. */
interface PartSummary {
  readonly name: string;
  readonly fileName: string | null;
  readonly type: string | null;
  readonly size: number;
  readonly hash: number;
}

describe("uploads in every runtime: multipart with a file, and a binary body (the Drive fixture)", () => {
  const uploaded = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 13 + 5) & 255);
  const text = (value: string): PartSummary => ({
    name: "",
    fileName: null,
    type: null,
    size: value.length,
    hash: fnv(new TextEncoder().encode(value)),
  });
  // What the recorder must have got from each runtime, request by request.
  const RECEIVED = [
    { method: "POST", path: "/v1/Documents", parts: null, size: null },
    {
      method: "POST",
      path: "/v1/Uploads",
      parts: [
        { name: "file", fileName: "report.pdf", type: "application/pdf", size: 100_000, hash: fnv(uploaded) },
        { ...text("Report"), name: "title" },
        { ...text("a"), name: "tags" },
        { ...text("b"), name: "tags" },
        {
          name: "attachments",
          fileName: "blob",
          type: "application/octet-stream",
          size: 10,
          hash: fnv(uploaded.slice(0, 10)),
        },
        { ...text('{"author_name":"Ann"}'), name: "metadata", fileName: "blob", type: "application/json" },
      ],
      size: null,
    },
    {
      method: "PUT",
      path: "/v1/Documents/<id>/Archive",
      parts: null,
      size: { bytes: 100_000, hash: fnv(uploaded) },
    },
  ];
  const ANSWERED = [
    { receipt: true, archive: 204 },
    { receipt: true, archive: 204 },
  ];
  let drive: MockServer;
  let recorder: Server;
  let recordUrl = "";
  let received: unknown[] = [];
  beforeAll(async () => {
    const mock = await import(pathToFileURL(join(FIXTURE_PACKAGES, "bodies/dist/mock/index.js")).href);
    drive = await mock.start({ maxBodyBytes: 1 << 20 });
    // Records each request's parts (or bytes), answering as the API would; it allows a page of any origin.
    recorder = createServer((req, res) => {
      res.setHeader("Access-Control-Allow-Origin", String(req.headers["origin"] ?? "*"));
      if (req.method === "OPTIONS") {
        res.setHeader("Access-Control-Allow-Methods", "POST, PUT");
        res.setHeader(
          "Access-Control-Allow-Headers",
          String(req.headers["access-control-request-headers"] ?? ""),
        );
        return res.writeHead(204).end();
      }
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", async () => {
        const bytes = new Uint8Array(Buffer.concat(chunks));
        const path = req.url!.replace(/^\/v1\/Documents\/doc-[a-z0-9]+\//, "/v1/Documents/<id>/");
        const type = String(req.headers["content-type"] ?? "");
        let parts: PartSummary[] | null = null;
        if (type.startsWith("multipart/form-data")) {
          const entries: PartSummary[] = [];
          const form = await new Response(bytes, { headers: { "content-type": type } }).formData();
          for (const [name, value] of form) {
            const data =
              typeof value === "string"
                ? new TextEncoder().encode(value)
                : new Uint8Array(await value.arrayBuffer());
            entries.push({
              name,
              fileName: typeof value === "string" ? null : value.name,
              // Without its parameters: Bun adds ";charset=utf-8" to a JSON Blob's type.
              type: typeof value === "string" ? null : value.type.split(";")[0]!,
              size: data.byteLength,
              hash: fnv(data),
            });
          }
          parts = entries;
        }
        const size = path.endsWith("/Archive") ? { bytes: bytes.byteLength, hash: fnv(bytes) } : null;
        received.push({ method: req.method, path, parts, size });
        if (path === "/v1/Documents")
          res.writeHead(201, { "content-type": "application/json" }).end('{"id":"doc-1"}');
        else if (path === "/v1/Uploads")
          res.writeHead(201, { "content-type": "application/json" }).end('{"received":true}');
        else res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => recorder.listen(0, "127.0.0.1", resolve));
    recordUrl = `http://127.0.0.1:${(recorder.address() as { port: number }).port}`;
  });
  afterAll(() => Promise.all([drive.close(), new Promise((resolve) => recorder.close(resolve))]));
  const script = join(DIR, "run-upload.mjs");
  const uploads = async (result: Promise<unknown>, wrap: (x: unknown) => unknown = (x) => x) => {
    received = [];
    expect(await result).toEqual(wrap(ANSWERED));
    expect(received).toEqual(RECEIVED);
  };

  it("Node", async () => {
    await uploads(run(process.execPath, [script, drive.url, recordUrl]));
  });

  it.skipIf(!DENO)("Deno", async () => {
    const deno = ["run", "--allow-net=127.0.0.1", "--allow-read", "--allow-env", "--no-prompt"];
    await uploads(run(DENO!, [...deno, script, drive.url, recordUrl]));
  });

  it.skipIf(!BUN)("Bun", async () => {
    await uploads(run(BUN!, ["run", script, drive.url, recordUrl]));
  });

  it.skipIf(!CHROMIUM)(
    "headless Chromium, from a page on another origin",
    async () => {
      await uploads(inChromium("browser-upload.mjs", drive.url, { record: recordUrl }), (summary) => ({
        summary,
      }));
    },
    180_000,
  );
});
