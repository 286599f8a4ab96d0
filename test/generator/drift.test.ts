/** generated/ is exactly what the generator makes from spec/ today: one test per file, so a failure names it. */
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT, SPEC_FILES, snapshotTree } from "../helpers/paths.ts";
import { filesFor } from "../helpers/render.ts";

describe("drift: generated/ equals a fresh generation of spec/", async () => {
  const files = await filesFor(...SPEC_FILES);
  const onDisk = snapshotTree(GENERATED);

  it.each(files.map((f) => [f.path, f.content] as const))("%s", (path, content) => {
    expect(onDisk.has(path), `${path} is missing from generated/`).toBe(true);
    expect(readFileSync(join(GENERATED, path), "utf8")).toBe(content);
  });

  it("has each file's mode as the generator writes it: the package's bin executable, on disk and in git", () => {
    const bins = files.filter((f) => f.executable).map((f) => f.path);
    expect(bins).toEqual(["dist/mock/cli.js"]);
    const executable = (path: string) => (statSync(join(GENERATED, path)).mode & 0o111) !== 0;
    expect(files.filter((f) => executable(f.path) !== (f.executable === true)).map((f) => f.path)).toEqual(
      [],
    );
    // The committed mode, so that `npm ci` (which makes a bin executable) leaves a fresh clone clean.
    const index = execFileSync("git", ["ls-files", "-s", "--", "generated"], { cwd: ROOT, encoding: "utf8" });
    const modes = new Map(
      index
        .split("\n")
        .filter(Boolean)
        .map((l) => [l.split("\t")[1]!.slice("generated/".length), l.split(" ")[0]!]),
    );
    for (const f of files)
      if (modes.has(f.path)) expect(modes.get(f.path), f.path).toBe(f.executable ? "100755" : "100644");
  });

  it("holds no file the generator would not write", () => {
    const expected = new Set(files.map((f) => f.path));
    expect([...onDisk.keys()].filter((p) => !expected.has(p) && p !== "node_modules")).toEqual([]);
  });
});
