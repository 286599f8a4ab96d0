/**
 * A seeded mutation test of the Factor spec: 200 mutants (lines deleted, duplicated, swapped or
 * re-indented; numbers, values, keys, types and enums changed) go through check, IR, symbols and
 * every emitter. None may throw: each either passes or ends in diagnostics (the CLI's exit 1).
 * A seeded sample of the mutants that pass is generated in full and type-checked strictly, and a
 * few are run through the CLI for their exit codes.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/engine/generate.ts";
import { prepare } from "../../generator/engine/prepare.ts";
import { TARGETS } from "../../generator/targets/targets.ts";
import { FACTOR_SPEC, ROOT, tempDir } from "../helpers/paths.ts";
import { random } from "../helpers/random.ts";
import { tsc } from "../helpers/tsc.ts";

const SPEC = readFileSync(FACTOR_SPEC, "utf8");
const EXTENSION = readFileSync(join(ROOT, "spec/verify/factor.mock.ts"), "utf8");
const GUIDE = readFileSync(join(ROOT, "spec/verify/guide.md"), "utf8");
// The files the Factor spec names beside it.
const beside = (name: string) => (name.endsWith(".md") ? GUIDE : EXTENSION);
const MUTANTS = 200;

const NUMBERS = ["-1", "0", "1e400", ".nan", ".inf", "99999999", "3.5", "-0"];
const VALUES = [
  '""',
  "null",
  "'*/'",
  "'${x}'",
  "Client",
  "Page",
  "Promise",
  "[",
  "{ a: b }",
  "true",
  "default",
  "Class",
];
const TYPES = [
  "string",
  "integer",
  "number",
  "boolean",
  "date-time",
  "array",
  "object",
  "map",
  "json",
  "uuid",
];

/** One mutant: the spec with one seeded change, and what the change was. */
function mutate(next: () => number): { text: string; what: string } {
  const lines = SPEC.split("\n");
  const pick = (n: number) => Math.floor(next() * n);
  const i = pick(lines.length);
  const line = lines[i]!;
  switch (pick(9)) {
    case 0:
      lines.splice(i, 1);
      return { text: lines.join("\n"), what: `delete line ${i + 1}` };
    case 1:
      lines.splice(i, 0, line);
      return { text: lines.join("\n"), what: `duplicate line ${i + 1}` };
    case 2: {
      const j = Math.min(lines.length - 1, i + 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return { text: lines.join("\n"), what: `swap lines ${i + 1} and ${j + 1}` };
    }
    case 3:
      lines[i] = next() < 0.5 ? `  ${line}` : line.replace(/^ {2}/, "");
      return { text: lines.join("\n"), what: `re-indent line ${i + 1}` };
    case 4: {
      const numbered = lines.map((l, k) => [l, k] as const).filter(([l]) => /:\s*-?\d/.test(l));
      const [l, k] = numbered[pick(numbered.length)]!;
      lines[k] = l.replace(/(:\s*)-?\d[\d.e]*/, `$1${NUMBERS[pick(NUMBERS.length)]}`);
      return { text: lines.join("\n"), what: `number on line ${k + 1}` };
    }
    case 5: {
      const valued = lines.map((l, k) => [l, k] as const).filter(([l]) => /^\s*-?\s*\w+: \S/.test(l));
      const [l, k] = valued[pick(valued.length)]!;
      lines[k] = l.replace(/(\w+: ).*$/, `$1${VALUES[pick(VALUES.length)]}`);
      return { text: lines.join("\n"), what: `value on line ${k + 1}` };
    }
    case 6: {
      const keyed = lines.map((l, k) => [l, k] as const).filter(([l]) => /^\s*-?\s*[a-zA-Z]+:/.test(l));
      const [l, k] = keyed[pick(keyed.length)]!;
      lines[k] = l.replace(/([a-zA-Z])([a-zA-Z]*):/, (_, a: string, b: string) => `${b}${a}:`);
      return { text: lines.join("\n"), what: `key on line ${k + 1}` };
    }
    case 7: {
      const typed = lines.map((l, k) => [l, k] as const).filter(([l]) => /\btype: \w/.test(l));
      const [l, k] = typed[pick(typed.length)]!;
      lines[k] = l.replace(/type: [\w-]+/, `type: ${TYPES[pick(TYPES.length)]}`);
      return { text: lines.join("\n"), what: `type on line ${k + 1}` };
    }
    default: {
      const enums = lines.map((l, k) => [l, k] as const).filter(([l]) => /enum: \[/.test(l));
      const [l, k] = enums[pick(enums.length)]!;
      lines[k] = l.replace(/enum: \[.*\]/, next() < 0.5 ? "enum: []" : "enum: [push, push]");
      return { text: lines.join("\n"), what: `enum on line ${k + 1}` };
    }
  }
}

/** Runs a mutant through every stage and every target of the table but formatting; returns "ok", "diagnostics", or throws. */
async function run(text: string): Promise<"ok" | "diagnostics"> {
  const prepared = prepare([{ file: "spec/verify/factor.yaml", text, readBeside: beside }], {
    warnings: false,
  });
  if (!prepared.ok) return "diagnostics";
  const products = new Map<string, unknown>();
  for (const target of TARGETS) {
    const output = await target.emit(prepared, products);
    products.set(target.name, output.product);
    output.modules?.();
  }
  return "ok";
}

const next = random(20261127);
const mutants = Array.from({ length: MUTANTS }, () => mutate(next));
// Each mutant's outcome, computed once: "ok", "diagnostics", or the error it threw.
const outcomes: ("ok" | "diagnostics" | Error)[] = [];
for (const m of mutants) outcomes.push(await run(m.text).catch((error: unknown) => error as Error));

describe("mutations of the Factor spec", () => {
  it(`${MUTANTS} seeded mutants: each passes or ends in diagnostics, none throws`, () => {
    const crashes = mutants.flatMap((m, i) => {
      const outcome = outcomes[i];
      return outcome instanceof Error
        ? [`${m.what}: ${outcome.stack?.split("\n").slice(0, 3).join(" | ")}`]
        : [];
    });
    const count = (what: string) => outcomes.filter((o) => o === what).length;
    expect(crashes).toEqual([]);
    expect(count("diagnostics")).toBeGreaterThan(MUTANTS / 4);
    expect(count("ok")).toBeGreaterThan(10);
  });

  it(
    "a seeded sample of the mutants that pass generates in full and compiles under strict tsc",
    { timeout: 180_000 },
    async () => {
      const passing = mutants.filter((m, i) => outcomes[i] === "ok" && m.text !== SPEC);
      const sample = [passing[0]!, passing[Math.floor(passing.length / 2)]!];
      for (const m of sample) {
        const dir = tempDir("mutant-");
        mkdirSync(join(dir, "spec"));
        writeFileSync(join(dir, "spec/factor.yaml"), m.text);
        copyFileSync(join(ROOT, "spec/verify/factor.mock.ts"), join(dir, "spec/factor.mock.ts"));
        copyFileSync(join(ROOT, "spec/verify/guide.md"), join(dir, "spec/guide.md"));
        const result = await generate({
          specFiles: [join(dir, "spec/factor.yaml")],
          outDir: join(dir, "out"),
          cwd: dir,
        });
        expect(result.ok, m.what).toBe(true);
        writeFileSync(
          join(dir, "tsconfig.json"),
          JSON.stringify({
            compilerOptions: {
              target: "ES2022",
              module: "NodeNext",
              moduleResolution: "NodeNext",
              strict: true,
              noUnusedLocals: true,
              noEmit: true,
              lib: ["ES2022", "DOM"],
              types: ["node"],
              typeRoots: [join(ROOT, "node_modules/@types")],
            },
            include: ["out/src"],
          }),
        );
        expect(tsc(join(dir, "tsconfig.json")), m.what).toBe("");
      }
    },
  );

  it("the CLI exits with 1 (never a stack trace) on mutants that end in diagnostics", () => {
    const failing = mutants.filter((_, i) => outcomes[i] === "diagnostics").slice(0, 2);
    for (const m of failing) {
      const dir = tempDir("mutant-cli-");
      writeFileSync(join(dir, "factor.yaml"), m.text);
      writeFileSync(join(dir, "factor.mock.ts"), EXTENSION);
      writeFileSync(join(dir, "guide.md"), GUIDE);
      let status = 0;
      let stderr = "";
      try {
        execFileSync(
          process.execPath,
          [join(ROOT, "bin/generate.js"), join(dir, "factor.yaml"), "--out", join(dir, "out")],
          { cwd: dir, encoding: "utf8", stdio: "pipe" },
        );
      } catch (error) {
        ({ status, stderr } = error as { status: number; stderr: string });
      }
      expect(status, m.what).toBe(1);
      expect(stderr, m.what).toMatch(/error\[[a-z-]+\]/);
      expect(stderr, m.what).not.toContain("    at ");
    }
  });
});
