/** Every invalid-spec fixture reports exactly its expected diagnostics and writes nothing. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { generate } from "../../generator/engine/generate.ts";
import { FIXTURES, ROOT, snapshotTree, tempDir } from "../helpers/paths.ts";

const INVALID = join(FIXTURES, "invalid");
const cases = readdirSync(INVALID).sort();

describe("invalid specs", () => {
  it("has a fixture for at least 20 kinds of problem", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s: reports file, line, column and code, and writes nothing", async (name) => {
    // The output path does not exist yet, beside a file that must stay as it is.
    const parent = tempDir();
    writeFileSync(join(parent, "keep.txt"), "untouched");
    const outDir = join(parent, "out");
    const before = snapshotTree(parent);
    // A case is every spec file of its folder, read together (several files may describe one service).
    const specFiles = readdirSync(join(INVALID, name))
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => join(INVALID, name, f));
    const result = await generate({ specFiles, outDir, cwd: ROOT });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const expected = readFileSync(join(INVALID, name, "expected.txt"), "utf8").trimEnd();
    expect(result.diagnostics.map(formatDiagnostic).join("\n")).toBe(expected);
    expect(expected).toContain(`test/fixtures/invalid/${name}/`);
    expect(snapshotTree(parent)).toEqual(before);
  });

  it("reports every problem of a spec with several in one run", async () => {
    const result = await generate({
      specFiles: [join(INVALID, "several-problems", "spec.yaml")],
      outDir: tempDir(),
      cwd: ROOT,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      "missing-path-parameter",
      "unused-path-parameter",
      "range-inverted",
      "unknown-parameter",
      "unknown-model",
    ]);
  });

  it("accepts the base spec the fixtures start from", async () => {
    const result = await generate({
      specFiles: [join(FIXTURES, "base-spec.yaml")],
      outDir: tempDir(),
      cwd: ROOT,
      check: true,
    });
    expect(result.ok).toBe(true);
  });

  it("stops a file's diagnostics at its first YAML syntax error: one error, not the parser's follow-on noise", async () => {
    // An unquoted pattern in a flow map, as a user copies one: the parser reports a cascade after it.
    const base = readFileSync(join(FIXTURES, "base-spec.yaml"), "utf8");
    const broken = base.replace(
      /^(\s+)- name: ShopSid\n/m,
      "$1- { name: ShopSid, pattern: ^SH[0-9a-f]{32}$, type: string }\n$1- name: Other\n",
    );
    expect(broken).not.toBe(base);
    const dir = tempDir();
    writeFileSync(join(dir, "spec.yaml"), broken);
    const result = await generate({
      specFiles: [join(dir, "spec.yaml")],
      outDir: join(dir, "out"),
      cwd: ROOT,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => d.code)).toEqual(["yaml-syntax"]);
  });
});
