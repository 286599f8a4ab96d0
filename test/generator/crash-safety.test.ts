/**
 * The write stage never leaves a half-written output folder: a write stopped at any step (as a kill
 * would stop it) ends, after the next run's recovery, as exactly the old tree or exactly the new one,
 * and no staging folder is left behind.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, readSpecSource, renderFiles } from "../../generator/engine/generate.ts";
import { prepare } from "../../generator/engine/prepare.ts";
import { TARGETS, type Target } from "../../generator/targets/targets.ts";
import {
  OutputFolderError,
  recoverOutput,
  SimulatedKill,
  withManifest,
  writeTree,
} from "../../generator/engine/write.ts";
import { FACTOR_SPEC } from "../helpers/paths.ts";
import { ROOT, snapshotTree, tempDir } from "../helpers/paths.ts";

const file = (path: string, content: string) => ({ path, content });
// An old and a new tree that differ in every way a write handles: changed, added and removed files, nested folders.
const OLD = withManifest([
  file("a.txt", "old a"),
  file("keep.txt", "same"),
  file("gone/deep/x.txt", "removed later"),
  ...Array.from({ length: 12 }, (_, i) => file(`src/m${i}.ts`, `old ${i}`)),
]);
const NEW = withManifest([
  file("a.txt", "new a"),
  file("keep.txt", "same"),
  file("added/b.txt", "new b"),
  ...Array.from({ length: 12 }, (_, i) => file(`src/m${i}.ts`, i % 3 ? `new ${i}` : `old ${i}`)),
]);
const asMap = (tree: readonly { path: string; content: string }[]) =>
  new Map(tree.map((f) => [f.path, f.content]));

async function oldFolder(): Promise<string> {
  const out = join(tempDir("crash-"), "generated");
  await writeTree(out, OLD);
  expect(snapshotTree(out)).toEqual(asMap(OLD));
  return out;
}

function leftovers(out: string): string[] {
  return readdirSync(dirname(out)).filter((n) => n !== "generated");
}

describe("crash safety of the write", () => {
  it("stopped at every step, the folder ends as the old or the new tree after recovery", async () => {
    const outcomes = new Set<string>();
    for (let step = 0; ; step++) {
      const out = await oldFolder();
      const stopped = await writeTree(out, NEW, (s) => {
        if (s === step) throw new SimulatedKill(`stopped at ${s}`);
      }).then(
        () => false,
        (error: unknown) => {
          if (!(error instanceof SimulatedKill)) throw error;
          return true;
        },
      );
      await recoverOutput(out);
      const tree = snapshotTree(out);
      const which = JSON.stringify([...tree]) === JSON.stringify([...asMap(OLD)]) ? "old" : "new";
      expect(tree, `after a stop at step ${step}`).toEqual(which === "old" ? asMap(OLD) : asMap(NEW));
      expect(leftovers(out), `after a stop at step ${step}`).toEqual([]);
      outcomes.add(which);
      if (!stopped) break; // the write ran to its end: every step was tried
    }
    expect([...outcomes].sort()).toEqual(["new", "old"]);
  });

  it.each([3, 9, 20])(
    "a real SIGKILL at step %i leaves nothing half-written once the next run recovers",
    async (step) => {
      const out = await oldFolder();
      const treeFile = join(tempDir("crash-tree-"), `tree-${step}.json`);
      writeFileSync(treeFile, JSON.stringify(NEW));
      const child = spawnSync(
        process.execPath,
        ["--import", "tsx", join(ROOT, "test/helpers/kill-writer.ts"), out, treeFile, String(step)],
        { cwd: ROOT, encoding: "utf8" },
      );
      expect(child.signal).toBe("SIGKILL");
      await recoverOutput(out);
      const tree = snapshotTree(out);
      expect([asMap(OLD), asMap(NEW)]).toContainEqual(tree);
      expect(leftovers(out)).toEqual([]);
    },
  );

  it("a staging folder left by a killed run is removed by the next write", async () => {
    const out = await oldFolder();
    const stale = join(dirname(out), ".generated.staging-99999");
    mkdirSync(join(stale, "src"), { recursive: true });
    writeFileSync(join(stale, "src/half.ts"), "half");
    await writeTree(out, NEW);
    expect(existsSync(stale)).toBe(false);
    expect(snapshotTree(out)).toEqual(asMap(NEW));
  });
});

describe("output folders refused before any work starts", () => {
  it.each([
    [
      "--out naming a file",
      (dir: string) => writeFileSync(join(dir, "out"), "a file"),
      "which is not a folder",
    ],
    [
      "a corrupt manifest",
      (dir: string) => {
        mkdirSync(join(dir, "out"));
        writeFileSync(join(dir, "out/.generator-manifest.json"), "{ not json");
      },
      "is not valid JSON",
    ],
    [
      "a foreign non-empty folder",
      (dir: string) => {
        mkdirSync(join(dir, "out"));
        writeFileSync(join(dir, "out/precious.txt"), "keep");
      },
      "has no .generator-manifest.json",
    ],
  ])("%s: a one-line OutputFolderError, nothing touched", async (_, prepare, message) => {
    const dir = tempDir();
    prepare(dir);
    const before = snapshotTree(dir);
    const error = await generate({ specFiles: [FACTOR_SPEC], outDir: join(dir, "out"), cwd: ROOT }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutputFolderError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain("\n");
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe("an emitter bug while the worker is busy", () => {
  it("fails the render with the bug while the worker has the text files", async () => {
    const prepared = prepare([await readSpecSource(FACTOR_SPEC, ROOT)]);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    // A target whose modules throw when printed, after every target's text went to the worker.
    const broken: Target = {
      name: "broken",
      description: "a target with a planted bug",
      assets: [],
      uses: [],
      check: () => [],
      emit: async () => ({
        text: [],
        modules: () => {
          throw new Error("emitter bug: planted");
        },
      }),
    };
    await expect(renderFiles(prepared, [...TARGETS, broken])).rejects.toThrow("emitter bug: planted");
  });
});
