/**
 * Cache entries are checked against their digests on every read: an altered entry (a shared
 * `GENERATOR_CACHE_DIR`, a damaged disk) is a miss and a warning, never output, and no altered code
 * is executed: neither the spec schema's cached validator nor the launcher's build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { FIXTURES, ROOT, snapshotTree, tempDir } from "../helpers/paths.ts";

const CLI = join(ROOT, "bin/generate.js");

describe("cache integrity", () => {
  it("altered finished files and launcher build are ignored, said and rebuilt", () => {
    const dir = tempDir();
    // Below the repository's node_modules, where the build's package imports resolve.
    const build = join(ROOT, "node_modules/.cache/resource-client-generator/test-builds", basename(dir));
    onTestFinished(() => rmSync(build, { recursive: true, force: true }));
    const env = {
      ...process.env,
      GENERATOR_CACHE_DIR: join(dir, "cache"),
      GENERATOR_BUILD_DIR: build,
    };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, join(FIXTURES, "kinds/spec.yaml"), ...args], {
        cwd: ROOT,
        env,
        encoding: "utf8",
        timeout: 240_000,
      });
    const first = run("--out", join(dir, "a"));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).not.toContain("warning: the");

    // The spec schema's validator is the one shipped beside the generator: nothing compiled to the cache.
    expect(readdirSync(join(dir, "cache")).filter((n) => n.startsWith("spec-schema-"))).toEqual([]);
    // Every finished file altered as an attacker would (a bound changed, code injected), its digest line kept.
    for (const folder of ["finished"]) {
      const entries = readdirSync(join(dir, "cache", folder));
      expect(entries.length).toBeGreaterThan(10);
      for (const name of entries) {
        const path = join(dir, "cache", folder, name);
        const text = readFileSync(path, "utf8");
        writeFileSync(path, text.replace(/(\n.)/, "$1/* injected */ ").replace(/\b8\b/g, "80"));
      }
    }
    // The launcher's entry module: code that leaves a marker when run.
    const marker = join(dir, "executed");
    const [made] = readdirSync(build);
    const cli = join(build, made!, "cli.mjs");
    writeFileSync(
      cli,
      `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(marker)}, "x");\n${readFileSync(cli, "utf8")}`,
    );

    const second = run("--out", join(dir, "b"));
    expect(second.status, second.stderr).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(second.stderr).toMatch(/warning: the build .* does not match its digests; it was not run/);
    expect(second.stderr).toMatch(/warning: the cache entry .*finished.* does not match its digest/);
    const a = snapshotTree(join(dir, "a"));
    const b = snapshotTree(join(dir, "b"));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);

    // The rebuilt entries are sound again: a third run is quiet, and --check --full agrees.
    const third = run("--out", join(dir, "a"), "--check", "--full");
    expect(third.status, third.stdout + third.stderr).toBe(0);
    expect(third.stderr).not.toContain("warning: the");
    expect(existsSync(marker)).toBe(false);
  }, 300_000);
});
