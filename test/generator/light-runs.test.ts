/**
 * The command's short runs load only what they need: a spec error is reported from the check
 * stage's modules (YAML, the schema check) without loading any tool that prints, formats, derives
 * wire types or renders text; `--check` on an output folder whose inputs are unchanged compares the
 * manifest's hashes and loads no package at all. Each run is a new process with a hook that notes
 * every module loaded (ES modules by a loader hook, CommonJS by `Module._load`).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, tempDir } from "../helpers/paths.ts";

// Preloaded by --import into the generator's process: every module's URL and every require()d
// request is appended to LOAD_LOG.
const PRELOAD = `import { register } from "node:module";
import Module from "node:module";
import { appendFileSync } from "node:fs";
register(new URL("./hooks.mjs", import.meta.url));
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  const loaded = load.call(this, request, parent, ...rest);
  appendFileSync(process.env.LOAD_LOG, "require " + Module._resolveFilename(request, parent) + "\\n");
  return loaded;
};
`;
const HOOKS = `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(process.env.LOAD_LOG, "import " + url + "\\n");
  return next(url, context);
}
`;

/** The tools a run that prints, formats or renders loads; neither short run may load any. */
const HEAVY = [
  "ts-morph",
  "@ts-morph/common",
  "typescript",
  "oxfmt",
  "prettier",
  "openapi-typescript",
  "handlebars",
  "oxc-transform",
];

/** Runs the command in `cwd` with the hook; its exit status, output and the packages it loaded. */
function run(dir: string, cwd: string, args: readonly string[]) {
  const log = join(dir, `loaded-${args.join("-").replace(/\W+/g, "_")}.log`);
  writeFileSync(log, "");
  const r = spawnSync(process.execPath, [join(ROOT, "bin/generate.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GENERATOR_CACHE_DIR: join(dir, "cache"),
      NODE_OPTIONS: `--import ${join(dir, "preload.mjs")}`,
      LOAD_LOG: log,
    },
  });
  const lines = readFileSync(log, "utf8").split("\n").filter(Boolean);
  const packages = new Set(
    lines.flatMap((line) => {
      const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/.][^\\/]*)[\\/]/.exec(line);
      return m && !line.includes(".cache") ? [m[1]!.replace("\\", "/")] : [];
    }),
  );
  const worker = lines.some((line) => /engine[\\/](worker|finish)\.mjs/.test(line));
  return { status: r.status, out: r.stdout + r.stderr, packages, worker };
}

describe("the command's short runs", () => {
  const dir = tempDir("light-runs-");
  writeFileSync(join(dir, "preload.mjs"), PRELOAD);
  writeFileSync(join(dir, "hooks.mjs"), HOOKS);

  it("a spec error loads the check stage's modules only: no printer, formatter, wire types or templates", () => {
    const r = run(dir, dir, [join(FIXTURES, "invalid/range-inverted/spec.yaml"), "--out", "never"]);
    expect(r.status, r.out).toBe(1);
    expect(r.out).toContain("error[range-inverted]");
    // The control: the hook sees what the run does load.
    expect([...r.packages]).toEqual(expect.arrayContaining(["js-yaml", "ajv"]));
    // The error is placed from js-yaml's own records: `yaml`'s positioned parser is not needed.
    for (const name of [...HEAVY, "redos-detector", "yaml"]) expect([...r.packages]).not.toContain(name);
    expect(r.worker).toBe(false);
  }, 120_000);

  it("--check of an up-to-date folder compares the manifest's hashes and loads no package", () => {
    // The spec alone in its folder: files beside a spec are inputs of the run.
    mkdirSync(join(dir, "spec"));
    cpSync(join(FIXTURES, "paging/spec.yaml"), join(dir, "spec/paging.yaml"));
    const generated = run(dir, dir, ["spec/paging.yaml", "--out", "out"]);
    expect(generated.status, generated.out).toBe(0);
    // The control: generating loads the heavy tools, and the hook sees them.
    expect([...generated.packages]).toEqual(expect.arrayContaining(["oxfmt"]));
    // The builder's own printer prints every module of the fixture and the wire types are typed from
    // the IR: neither ts-morph nor TypeScript is loaded.
    expect([...generated.packages]).not.toContain("ts-morph");
    expect([...generated.packages]).not.toContain("typescript");
    expect([...generated.packages]).not.toContain("openapi-typescript");

    const r = run(dir, dir, ["spec/paging.yaml", "--out", "out", "--check"]);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain("inputs unchanged; compared with the manifest's hashes");
    // esbuild only when the launcher has no build of the current sources to run.
    expect([...r.packages].filter((name) => name !== "esbuild")).toEqual([]);
    expect(r.worker).toBe(false);
  }, 240_000);
});
