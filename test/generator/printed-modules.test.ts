/**
 * A run served from the disk cache, and an edit, write the bytes a cold run writes. Every module of
 * the fixture is printed by the builder's own printer, so no run, cold or edited, loads ts-morph.
 * The builder's copies of ts-morph's two enums are ts-morph's own values.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type * as TsMorph from "ts-morph";
import { describe, expect, it } from "vitest";
import { StructureKind, VariableDeclarationKind } from "../../generator/targets/ts/builder.ts";
import { FIXTURES, ROOT, snapshotTree, tempDir } from "../helpers/paths.ts";

const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof TsMorph;

// Preloaded into the generator's process (and its worker): notes in a file when ts-morph is loaded.
const HOOK = `const Module = require("node:module");
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === "ts-morph") require("node:fs").appendFileSync(process.env.TS_MORPH_LOG, "loaded\\n");
  return load.call(this, request, ...rest);
};
`;

describe("printed-module cache", () => {
  it("the builder's StructureKind and VariableDeclarationKind are ts-morph's", () => {
    const numeric = (e: object) => Object.entries(e).filter(([, v]) => typeof v === "number");
    expect(numeric(StructureKind)).toEqual(numeric(tsMorph.StructureKind));
    expect({ ...VariableDeclarationKind }).toEqual({ ...tsMorph.VariableDeclarationKind });
  });

  it("a run served from the cache matches a cold run, an edit matches a cold run of the edit, and none loads ts-morph", () => {
    const dir = tempDir("printed-");
    const hook = join(dir, "hook.cjs");
    writeFileSync(hook, HOOK);
    cpSync(join(FIXTURES, "paging/spec.yaml"), join(dir, "spec.yaml"));
    const run = (out: string, cache: string) => {
      const log = join(dir, `${out}.log`);
      writeFileSync(log, "");
      const r = spawnSync(process.execPath, [join(ROOT, "bin/generate.js"), "spec.yaml", "--out", out], {
        cwd: dir,
        encoding: "utf8",
        env: {
          ...process.env,
          GENERATOR_CACHE_DIR: join(dir, cache),
          NODE_OPTIONS: `--require ${hook}`,
          TS_MORPH_LOG: log,
        },
      });
      expect(r.status, r.stderr).toBe(0);
      // The manifest's input fingerprint names the output folder; every other file must match.
      const tree = snapshotTree(join(dir, out));
      tree.delete(".generator-manifest.json");
      return { loaded: readFileSync(log, "utf8").includes("loaded"), tree };
    };
    // The control: the hook notes ts-morph when something loads it.
    const control = join(dir, "control.log");
    writeFileSync(control, "");
    spawnSync(process.execPath, ["-e", 'require("ts-morph")'], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: `--require ${hook}`, TS_MORPH_LOG: control },
    });
    expect(readFileSync(control, "utf8")).toContain("loaded");

    const cold = run("cold", "cache");
    expect(cold.loaded).toBe(false);
    const warm = run("warm", "cache");
    expect(warm.loaded).toBe(false);
    expect(warm.tree).toEqual(cold.tree);

    const spec = readFileSync(join(dir, "spec.yaml"), "utf8");
    const edited = spec.replace(/^(\s+summary: )(.*)$/m, "$1$2 Edited.");
    expect(edited).not.toBe(spec);
    writeFileSync(join(dir, "spec.yaml"), edited);
    const edit = run("edit", "cache");
    expect(edit.loaded).toBe(false);
    const coldEdit = run("cold-edit", "empty-cache");
    expect(edit.tree).toEqual(coldEdit.tree);
    expect(edit.tree).not.toEqual(cold.tree);
  }, 240_000);
});
