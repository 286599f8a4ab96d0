#!/usr/bin/env node
// The `generate` command. The generator is written in TypeScript; this launcher runs it as
// JavaScript: the first run after a change to generator/ bundles it with esbuild (about 0.1 s) into
// node_modules/.cache, keyed by a hash of its sources, and every later run imports that build.
// Dynamic imports stay separate chunks, so a spec error is printed before the heavy tools load. When
// esbuild cannot run, tsx's loader runs the TypeScript sources instead (same output, slower start).
// A build records the SHA-256 of each of its files (digests.json), checked before it is imported:
// a build whose files were altered is never run, but said once and made again.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SOURCES = join(ROOT, "generator");
// GENERATOR_BUILD_DIR moves the builds (a test alters one there without touching the shared builds).
const CACHE = process.env.GENERATOR_BUILD_DIR
  ? resolve(process.env.GENERATOR_BUILD_DIR)
  : join(ROOT, "node_modules/.cache/resource-client-generator/build");
const DIGESTS = "digests.json";

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/** The digest of every file of a build folder, by name. */
function digestsOf(dir) {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name !== DIGESTS)
      .sort()
      .map((name) => [name, sha256(readFileSync(join(dir, name)))]),
  );
}

/** Whether a build's files are those it was made with (every file listed, none changed, none added). */
function intact(dir) {
  try {
    const recorded = JSON.parse(readFileSync(join(dir, DIGESTS), "utf8"));
    const now = digestsOf(dir);
    const names = Object.keys(now);
    return (
      names.length === Object.keys(recorded).length && names.every((name) => recorded[name] === now[name])
    );
  } catch {
    return false;
  }
}

/** Every source file under generator/ (the runtime folders are copied as text, but hashing them is harmless). */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.m?[jt]s$/.test(e.name) ? [join(dir, e.name)] : [],
    );
}

/** The build of the current sources, made when missing; null when esbuild cannot make it. */
async function build() {
  const files = sourceFiles(SOURCES);
  const hash = createHash("sha256");
  const sources = new Map(files.map((file) => [file, readFileSync(file)]));
  for (const [file, bytes] of sources)
    hash.update(file.slice(ROOT.length)).update("\0").update(bytes).update("\0");
  const dir = join(CACHE, hash.digest("hex").slice(0, 20));
  const entry = join(dir, "cli.mjs");
  if (existsSync(entry)) {
    if (intact(dir)) return entry;
    process.stderr.write(
      `generate: warning: the build ${dir} does not match its digests; it was not run and is made again\n`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    return null;
  }
  const staging = `${dir}.${process.pid}.tmp`;
  // The sources that name their own location, with their text: only these go through the plugin
  // below (each file the plugin loads is a round trip between esbuild and this process).
  const located = new Map();
  for (const [file, bytes] of sources) {
    const text = bytes.toString("utf8");
    if (text.includes("import.meta.url")) located.set(file, text);
  }
  try {
    await esbuild.build({
      entryPoints: { cli: join(SOURCES, "cli.ts") },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      outdir: staging,
      outExtension: { ".js": ".mjs" },
      logLevel: "silent",
      plugins: [
        {
          // Each module keeps its own location: files it reads beside itself (templates, the runtime
          // sources, the worker) are found where they are in generator/.
          name: "source-location",
          setup(b) {
            if (located.size === 0) return;
            const escaped = [...located.keys()].map((file) => file.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"));
            b.onLoad({ filter: new RegExp(`^(?:${escaped.join("|")})$`) }, (args) => ({
              loader: args.path.endsWith(".ts") ? "ts" : "js",
              contents: (located.get(args.path) ?? readFileSync(args.path, "utf8")).replaceAll(
                "import.meta.url",
                JSON.stringify(pathToFileURL(args.path).href),
              ),
            }));
          },
        },
      ],
    });
    writeFileSync(join(staging, DIGESTS), JSON.stringify(digestsOf(staging)));
    mkdirSync(CACHE, { recursive: true });
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another run built the same sources first
    }
    // Builds of older sources go once they are an hour old (a run that started on one may still
    // load its lazy chunks for a while).
    for (const name of readdirSync(CACHE)) {
      const path = join(CACHE, name);
      if (
        name !== basename(dir) &&
        (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < Date.now() - 3_600_000
      )
        rmSync(path, { recursive: true, force: true });
    }
    return existsSync(entry) ? entry : null;
  } catch {
    rmSync(staging, { recursive: true, force: true });
    return null;
  }
}

const entry = process.env.GENERATOR_FROM_SOURCE ? null : await build();
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../generator/cli.ts");
}
