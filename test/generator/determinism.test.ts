/** Same inputs, byte-identical output: twice in a row, and under another time zone and locale. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateOrThrow } from "../../generator/engine/generate.ts";
import { FACTOR_SPEC, ROOT, snapshotTree, tempDir } from "../helpers/paths.ts";

const CLI = join(ROOT, "bin/generate.js");

function runCli(cwd: string, args: string[], env: Record<string, string> = {}) {
  return execFileSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
}

describe("determinism", () => {
  it("generating twice gives the same bytes", async () => {
    const a = tempDir();
    const b = tempDir();
    await generateOrThrow({ specFiles: [FACTOR_SPEC], outDir: join(a, "out"), cwd: ROOT });
    await generateOrThrow({ specFiles: [FACTOR_SPEC], outDir: join(b, "out"), cwd: ROOT });
    const first = snapshotTree(join(a, "out"));
    expect(first.size).toBeGreaterThan(20);
    expect(snapshotTree(join(b, "out"))).toEqual(first);
  });

  it("another TZ and LANG give the same bytes, with no absolute paths or timestamps", () => {
    const a = tempDir();
    const b = tempDir();
    runCli(ROOT, ["spec/verify/factor.yaml", "--out", join(a, "out")], { TZ: "UTC", LANG: "C", LC_ALL: "C" });
    runCli(ROOT, ["spec/verify/factor.yaml", "--out", join(b, "out")], {
      TZ: "Pacific/Chatham",
      LANG: "tr_TR.UTF-8",
      LC_ALL: "tr_TR.UTF-8",
    });
    const first = snapshotTree(join(a, "out"));
    expect(snapshotTree(join(b, "out"))).toEqual(first);
    for (const [path, content] of first) {
      expect(content.includes(ROOT), path).toBe(false);
      expect(content.includes(a), path).toBe(false);
      expect(
        /20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(?!Z)/.test(content) && !path.endsWith("openapi.yaml"),
        path,
      ).toBe(false);
    }
  });
});
