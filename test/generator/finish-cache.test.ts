/**
 * The finish cache: finished files are reused only for the same emitted text, the same path and the
 * same tools, and an entry that is damaged is finished again, never trusted.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CACHE_DIR, pruneCache } from "../../generator/engine/cache.ts";
import { FIXTURE_PACKAGES, GENERATED, tempDir } from "../helpers/paths.ts";
import { declarationTokens, packageSources, typescriptDeclarations } from "../helpers/declarations.ts";
import { entryName, finishFiles } from "../../generator/engine/finish.ts";
import { declarationFile } from "../../generator/engine/finish.mjs";
import { runOnWorker, stopWorker } from "../../generator/engine/worker.ts";

afterAll(stopWorker);

const header = "// Generated for a test.\n\n";
const unique = () => ({
  path: "src/sample.ts",
  content: `${header}export const   ID:string = ${JSON.stringify(randomUUID())}\nexport function f ( ) : number { return 1 }\n`,
});

describe("finish cache", () => {
  it("finishes a file once, then serves the same bytes from the cache", async () => {
    const file = unique();
    const entry = join(CACHE_DIR, entryName(file));
    expect(existsSync(entry)).toBe(false);
    const first = await finishFiles([file, { path: "docs/a.md", content: "# A\n\n*  one\n" }]);
    expect(first.map((f) => f.path)).toEqual([
      "dist/sample.d.ts",
      "dist/sample.js",
      "docs/a.md",
      "src/sample.ts",
    ]);
    expect(first.find((f) => f.path === "src/sample.ts")!.content).toContain("export const ID: string = ");
    expect(first.find((f) => f.path === "docs/a.md")!.content).toBe("# A\n\n- one\n");
    expect(existsSync(entry)).toBe(true);
    expect(await finishFiles([file])).toEqual(first.filter((f) => f.path !== "docs/a.md"));
  });

  it("keys entries by path as well as text", async () => {
    const file = unique();
    await finishFiles([file]);
    const moved = { ...file, path: "src/other.ts" };
    expect(entryName(moved)).not.toBe(entryName(file));
    expect((await finishFiles([moved])).map((f) => f.path)).toEqual([
      "dist/other.d.ts",
      "dist/other.js",
      "src/other.ts",
    ]);
  });

  it("finishes again over a damaged entry and replaces it", async () => {
    const file = unique();
    const good = await finishFiles([file]);
    for (const damage of ["{not json", "[]", '[{"path":1}]']) {
      writeFileSync(join(CACHE_DIR, entryName(file)), damage);
      expect(await finishFiles([file])).toEqual(good);
    }
  });
});

// oxc's declarations against TypeScript's own emit (see test/helpers/declarations.ts).
describe("declarations", () => {
  const packages = [GENERATED, ...["hostile", "kinds", "merged"].map((name) => join(FIXTURE_PACKAGES, name))];

  it.each(packages)("are TypeScript's for every source of %s, mostly laid out the same", (root) => {
    const paths = packageSources(root);
    expect(paths.length).toBeGreaterThan(20);
    let identical = 0;
    for (const path of paths) {
      const file = { path, content: readFileSync(join(root, path), "utf8") };
      const ours = declarationFile(file).content;
      const theirs = typescriptDeclarations(file);
      expect(declarationTokens(ours), path).toEqual(declarationTokens(theirs));
      expect(ours, path).not.toMatch(/^\t/m);
      if (ours === theirs) identical++;
    }
    // The layout is TypeScript's too (indentation, comment continuation lines): most files are
    // byte-identical (all but 6 of Verify's 131), the rest differ only in the forms the helper lists.
    expect(identical / paths.length).toBeGreaterThan(0.6);
  });

  it("a source that isolated emit cannot declare is an emitter bug, reported with its path", async () => {
    const file = {
      path: "src/untyped.ts",
      content: `${header}export function f(a: number) { return [a]; }\n`,
    };
    await expect(finishFiles([file])).rejects.toThrow(/declaration emit of src\/untyped\.ts failed/);
  });
});

describe("cache pruning", () => {
  it("removes entries unused for two weeks and dead runs' staging files, once a day, never the builds", () => {
    const dir = tempDir("cache-prune-");
    const now = Date.now();
    const file = (path: string, daysOld: number) => {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), "x");
      const at = new Date(now - daysOld * 86_400_000);
      utimesSync(join(dir, path), at, at);
    };
    file("finished/old.json", 15);
    file("finished/used.json", 13);
    file("wire-types/old.ts", 30);
    file("finished/dead-run.json.123.tmp", 0.5);
    file("finished/live-run.json.456.tmp", 0.01);
    file("build/0123/cli.mjs", 90);
    expect(pruneCache(dir, 14, now)).toBe(3);
    for (const gone of ["finished/old.json", "wire-types/old.ts", "finished/dead-run.json.123.tmp"])
      expect(existsSync(join(dir, gone)), gone).toBe(false);
    for (const kept of ["finished/used.json", "finished/live-run.json.456.tmp", "build/0123/cli.mjs"])
      expect(existsSync(join(dir, kept)), kept).toBe(true);
    file("finished/old-again.json", 20);
    expect(pruneCache(dir, 14, now + 3_600_000)).toBe(0); // within a day of the last pruning
    // A day later: the new old entry, the entry now over two weeks unused and the staging file now dead.
    expect(pruneCache(dir, 14, now + 86_400_000 + 1)).toBe(3);
  });

  it("a cache hit marks its entry as used", async () => {
    const file = unique();
    await finishFiles([file]);
    const entry = join(CACHE_DIR, entryName(file));
    const old = new Date(Date.now() - 20 * 86_400_000);
    utimesSync(entry, old, old);
    await finishFiles([file]);
    expect(Date.now() - statSync(entry).mtimeMs).toBeLessThan(3_600_000);
  });
});

describe("stopping the worker", () => {
  it("rejects its unfinished tasks, so nothing waits on a thread that is gone", async () => {
    const task = runOnWorker("finish", { path: "docs/stopped.md", content: "# Stopped\n\n*  one\n" });
    const outcome = expect(task).rejects.toThrow("the worker was stopped");
    await stopWorker();
    await outcome;
    // The next task starts a new worker.
    expect(await runOnWorker("finish", { path: "docs/next.md", content: "# Next\n" })).toEqual([
      { path: "docs/next.md", content: "# Next\n" },
    ]);
  });
});
