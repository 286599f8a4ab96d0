/**
 * The finish cache: finished files are reused only for the same emitted text, the same path and the
 * same tools, and an entry that is damaged is finished again, never trusted.
 */
import { randomUUID } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CACHE_DIR } from "../../generator/cache.ts";
import { entryName, finishFiles } from "../../generator/format/finish.ts";
import { stopWorker } from "../../generator/format/worker.ts";

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
