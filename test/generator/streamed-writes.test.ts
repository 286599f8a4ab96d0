/**
 * Files reach the disk as they are finished: the pipeline hands each finished file over at once,
 * and the writer stages it beside the output folder while the old tree stands; `finish` swaps the
 * whole tree in, and a failed run leaves no staging folder and the old tree.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderFiles } from "../../generator/engine/generate.ts";
import { prepare, readSpecSource } from "../../generator/engine/prepare.ts";
import { stopWorker } from "../../generator/engine/worker.ts";
import { TreeWriter, withManifest, writeTree } from "../../generator/engine/write.ts";
import type { VirtualFile } from "../../generator/virtual-file.ts";
import { FIXTURES, ROOT, snapshotTree, tempDir } from "../helpers/paths.ts";

afterAll(stopWorker);

const OLD = withManifest([{ path: "a.txt", content: "old a\n" }]);
const NEW = withManifest([
  { path: "a.txt", content: "new a\n" },
  { path: "b/c.txt", content: "new c\n" },
]);
const staging = (out: string) =>
  readdirSync(dirname(out))
    .filter((n) => n.includes(".staging-"))
    .map((n) => join(dirname(out), n));

describe("streamed writes", () => {
  it("stages each file as it is handed over, with the old tree standing until finish", async () => {
    const out = join(tempDir(), "out");
    await writeTree(out, OLD);
    const writer = new TreeWriter(out);
    writer.add(NEW.find((f) => f.path === "b/c.txt")!);
    const [folder] = staging(out);
    expect(readFileSync(join(folder!, "b/c.txt"), "utf8")).toBe("new c\n");
    expect(snapshotTree(out).get("a.txt")).toBe("old a\n");
    expect(existsSync(join(out, "b/c.txt"))).toBe(false);
    const summary = await writer.finish(NEW);
    expect(summary.written).toEqual([".generator-manifest.json", "a.txt", "b/c.txt"]);
    expect(Object.fromEntries(snapshotTree(out))).toEqual(
      Object.fromEntries(NEW.map((f) => [f.path, f.content])),
    );
    expect(staging(out)).toEqual([]);
  });

  it("an aborted write deletes its staging folder and leaves the old tree", async () => {
    const out = join(tempDir(), "out");
    await writeTree(out, OLD);
    const writer = new TreeWriter(out);
    writer.add(NEW[1]!);
    expect(staging(out)).toHaveLength(1);
    writer.abort(new Error("an emitter failed"));
    writer.add(NEW[2]!); // a part still finishing after the failure stages nothing
    expect(staging(out)).toEqual([]);
    expect(Object.fromEntries(snapshotTree(out))).toEqual(
      Object.fromEntries(OLD.map((f) => [f.path, f.content])),
    );
  });

  it("the pipeline hands over every file as it is finished, the same files it returns", async () => {
    const source = await readSpecSource(join(FIXTURES, "paging/spec.yaml"), ROOT);
    const prepared = prepare([source]);
    if (!prepared.ok) throw new Error("the fixture does not check");
    const handed: VirtualFile[] = [];
    const files = await renderFiles(prepared, undefined, (file) => handed.push(file));
    expect(handed.length).toBe(files.length);
    const byPath = (a: VirtualFile, b: VirtualFile) => (a.path < b.path ? -1 : 1);
    expect([...handed].sort(byPath)).toEqual(files);
  }, 120_000);
});
