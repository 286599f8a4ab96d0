/**
 * A seeded mutation test of the importer: documents with keys deleted, values replaced by values of
 * the wrong kind (null, numbers, empty lists and objects, dangling or malformed $refs, unknown types,
 * impossible bounds, reserved names) or their text cut short. None may throw: each either imports
 * (every spec passing the check stage) or ends in positioned diagnostics with nothing written. A
 * sample of the mutants that import is rendered in full. The in-repository fixture always runs;
 * Twilio's Verify document joins when ../shared has it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { checkSpecs } from "../../generator/engine/check-specs.ts";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { renderSpecs } from "../../generator/engine/generate.ts";
import { importDocument, type ImportResult } from "../../generator/import/import.ts";
import { FIXTURES, ROOT, SHARED_OAI, sharedPresent, tempDir } from "../helpers/paths.ts";
import { random } from "../helpers/random.ts";

const WRONG_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  "",
  "x",
  [],
  {},
  true,
  { $ref: "#/components/schemas/absent" },
  { $ref: 5 },
  { $ref: "#/paths" },
  { type: "weird" },
  { type: ["string", "null"] },
  { enum: [] },
  { allOf: [] },
  { oneOf: [{}] },
  { minimum: "a" },
  { maxLength: -5 },
  { minLength: 9, maxLength: 2 },
  { pattern: "(" },
  { type: "object", properties: null },
  { type: "array" },
  { in: "body", name: "x" },
  { name: "class", in: "query", schema: { type: "string" } },
  { name: "constructor", in: "path", required: true, schema: { type: "integer" } },
];

type Node = Record<string | number, unknown>;

/** Every (container, key) pair of a parsed document, depth first. */
function slots(value: unknown, out: [Node, string | number, string][] = [], at = ""): typeof out {
  if (value && typeof value === "object")
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      out.push([value as Node, key, `${at}/${key}`]);
      slots((value as Node)[key], out, `${at}/${key}`);
    }
  return out;
}

/** One mutant's text and what was changed: one to three edits of the document, or its text cut short. */
function mutate(text: string, next: () => number): { text: string; what: string } {
  const pick = (n: number) => Math.floor(next() * n);
  if (next() < 0.1) {
    const at = pick(text.length);
    return { text: text.slice(0, at), what: `cut at character ${at}` };
  }
  const doc = parse(text) as unknown;
  const edits: string[] = [];
  for (let n = 1 + pick(3); n > 0; n--) {
    const all = slots(doc);
    const [parent, key, path] = all[pick(all.length)]!;
    if (next() < 0.3) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      edits.push(`delete ${path}`);
    } else {
      const value = structuredClone(WRONG_VALUES[pick(WRONG_VALUES.length)]);
      parent[key] = value;
      edits.push(`set ${path} = ${JSON.stringify(value)}`);
    }
  }
  return { text: stringify(doc, { aliasDuplicateObjects: false }), what: edits.join("; ") };
}

const inputs = [
  { name: "widgets fixture", file: join(FIXTURES, "import/widgets.yaml"), mutants: 60 },
  ...(sharedPresent(SHARED_OAI, "Verify's mutants (the fixture's still run)")
    ? [{ name: "Twilio Verify v2", file: SHARED_OAI, mutants: 30 }]
    : []),
];

describe.each(inputs)("mutations of an OpenAPI document: $name", ({ file, mutants }) => {
  const next = random(20261127);
  const source = readFileSync(file, "utf8");
  const dir = tempDir();
  const outcomes: { what: string; result: ImportResult; specDir: string; docPath: string }[] = [];

  it(`${mutants} seeded mutants: each imports or ends in positioned diagnostics, none throws`, async () => {
    const thrown: string[] = [];
    for (let i = 0; i < mutants; i++) {
      const mutant = mutate(source, next);
      const docPath = join(dir, `mutant-${i}.yaml`);
      const specDir = join(dir, `spec-${i}`);
      writeFileSync(docPath, mutant.text);
      try {
        const result = await importDocument({ document: docPath, outDir: specDir, cwd: dir });
        outcomes.push({ what: mutant.what, result, specDir, docPath });
      } catch (error) {
        thrown.push(`${mutant.what}: ${(error as Error).stack?.split("\n").slice(0, 3).join(" | ")}`);
      }
    }
    expect(thrown).toEqual([]);
    const failed = outcomes.filter((o) => !o.result.ok);
    const imported = outcomes.filter((o) => o.result.ok && o.result.files.length > 0);
    // The mutations reach both outcomes: a test whose mutants all pass (or all fail) proves little.
    expect(failed.length).toBeGreaterThan(0);
    expect(imported.length).toBeGreaterThan(mutants / 4);
    for (const { result, specDir, what } of failed) {
      expect(result.diagnostics.length, what).toBeGreaterThan(0);
      const lines = result.diagnostics.map(formatDiagnostic);
      for (const line of lines)
        expect(line, what).toMatch(/^\S+\.yaml:\d+:\d+ (error|warning)\[[a-z0-9-]+\] \S/);
      // Said at the document, even when the details are placed in the spec the import would write.
      expect(
        lines.some((line) => line.startsWith("mutant-")),
        what,
      ).toBe(true);
      expect(existsSync(specDir), `${what}: nothing written`).toBe(false);
    }
    for (const { result, what } of imported) {
      const { diagnostics } = checkSpecs(
        result.files.map((f) => ({ file: f.name, text: f.text })),
        { warnings: false },
      );
      expect(diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic), what).toEqual([]);
    }
  });

  it(
    "a sample of the mutants that import renders in full (format and compile included)",
    { timeout: 300_000 },
    async () => {
      const imported = outcomes.filter((o) => o.result.ok && o.result.files.length > 0);
      expect(imported.length).toBeGreaterThan(0);
      for (const { result, what } of [imported[0]!, imported[imported.length - 1]!]) {
        const rendered = await renderSpecs(
          result.files.map((f) => ({ file: `spec/${f.name}`, text: f.text })),
        );
        expect(rendered.ok ? [] : rendered.diagnostics.map(formatDiagnostic), what).toEqual([]);
        if (rendered.ok)
          expect(
            rendered.files.some((f) => f.path === "src/index.ts"),
            what,
          ).toBe(true);
      }
    },
  );
});

it("the inputs include the fixture, which needs nothing outside the repository", () => {
  expect(existsSync(join(ROOT, "test/fixtures/import/widgets.yaml"))).toBe(true);
});
