/** generated/ is exactly what the generator makes from spec/ today: one test per file, so a failure names it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, SPEC_FILES, snapshotTree } from "../helpers/paths.ts";
import { filesFor } from "../helpers/render.ts";

describe("drift: generated/ equals a fresh generation of spec/", async () => {
  const files = await filesFor(...SPEC_FILES);
  const onDisk = snapshotTree(GENERATED);

  it.each(files.map((f) => [f.path, f.content] as const))("%s", (path, content) => {
    expect(onDisk.has(path), `${path} is missing from generated/`).toBe(true);
    expect(readFileSync(join(GENERATED, path), "utf8")).toBe(content);
  });

  it("holds no file the generator would not write", () => {
    const expected = new Set(files.map((f) => f.path));
    expect([...onDisk.keys()].filter((p) => !expected.has(p) && p !== "node_modules")).toEqual([]);
  });
});
