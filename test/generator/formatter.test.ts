/**
 * The format stage's formatter: oxfmt, held to prettier's bytes. Where oxfmt would lay a construct
 * out otherwise than prettier, the file is prettier's to format; where oxfmt's binding does not load
 * (forced here by `GENERATOR_FORMATTER=prettier`), prettier formats everything, to the same bytes.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import type { FormatConfig } from "oxfmt";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import {
  formatFile,
  layoutsDiffer,
  loadFormatter,
  PRETTIER_OPTIONS,
} from "../../generator/engine/finish.mjs";
import { FIXTURE_PACKAGES, FIXTURES, GENERATED, ROOT, tempDir } from "../helpers/paths.ts";

const prettierTs = (text: string) => format(text, { ...PRETTIER_OPTIONS, parser: "typescript" });
// Emitted text (unformatted) holding both constructs oxfmt lays out otherwise than prettier.
const UNION =
  'export type Resident = (Cat & { readonly kind: "cat" }) | (Dog & { readonly kind: "dog" }) | (Bird & { readonly kind: "bird" });\n';
const NEGATION =
  'export function f(value: unknown, limit: number): number {\n  if (!(typeof value === "number" && Number.isInteger(value) && value > limit && value < limit * 1000 + 7 && value !== limit * 3 + 11)) return 1;\n  return 0;\n}\n';
const NEGATION_FITS =
  'export function g(internationalRoamingDataLimit: unknown): number {\n  if (true) {\n    if (!(typeof internationalRoamingDataLimit === "number" && Number.isInteger(internationalRoamingDataLimit))) return 1;\n  }\n  return 0;\n}\n';
const AGREED =
  'export type Tags = ReadonlyArray<"*" | "factor.deleted" | "factor.created" | "factor.verified" | "challenge.approved">;\n';
// Unions with a member of many lines, which both formatters break one member a line (shapes of
// openapi-typescript's wire types and of an exactlyOneOf group's parameters): no reason for prettier.
const MANY_LINE_MEMBER =
  'export interface Factor {\n  config?: components["schemas"]["FactorPushConfig"] | components["schemas"]["FactorTotpConfig"] | {\n [key: string]: unknown;\n } | null;\n}\n';
const MANY_LINE_FIRST_MEMBER =
  'export type Params = Base & ({ readonly to: string; readonly verificationSid?: string & RuleViolation<"to and verificationSid exclude each other: give exactly one"> } | { readonly verificationSid: string; readonly to?: string });\n';
// A union with a member that keeps its line breaks (an object type written over lines): both break
// it one member a line, though its members' first lines would fit on one.
const MULTILINE_MEMBER =
  "export interface Wire {\n  config?: Push | Totp | {\n    [key: string]: unknown;\n  } | null;\n}\n";

describe("the format stage's formatter", () => {
  it("is oxfmt where its binding loads", async () => {
    expect((await loadFormatter()).name).toBe("oxfmt");
  });

  it.each([
    ["a union that fits its own line", UNION, true],
    ["a broken if (!(…))", NEGATION, true],
    ["a broken if (!(…)) whose inside fits a line", NEGATION_FITS, true],
    ["a union as a type argument", AGREED, false],
    ["a union whose member goes on over lines", MANY_LINE_MEMBER, false],
    ["a union whose first member goes on over lines", MANY_LINE_FIRST_MEMBER, false],
    ["a union with a member over lines", MULTILINE_MEMBER, false],
  ])("tells oxfmt's layout of %s from prettier's", async (_, text, differs) => {
    const oxfmt = await import("oxfmt");
    const { code } = await oxfmt.format("a.ts", text, PRETTIER_OPTIONS as FormatConfig);
    expect(layoutsDiffer(code)).toBe(differs);
    expect(code === (await prettierTs(text))).toBe(!differs);
  });

  it.each([UNION, NEGATION, NEGATION_FITS, AGREED, MANY_LINE_MEMBER, MULTILINE_MEMBER])(
    "writes prettier's bytes for %#",
    async (text) => {
      const formatted = await formatFile({ path: "src/a.ts", content: text });
      expect(formatted.content).toBe(await prettierTs(text));
    },
  );

  // prettier's load and warm-up cost a cold run about a second of CPU: the Verify package's emitters
  // and runtime avoid both constructs, so oxfmt's layout of every source file is prettier's.
  it("hands no source of the Verify package to prettier", async () => {
    const oxfmt = await import("oxfmt");
    const sources = (readdirSync(join(GENERATED, "src"), { recursive: true }) as string[]).filter((f) =>
      f.endsWith(".ts"),
    );
    expect(sources.length).toBeGreaterThan(50);
    for (const path of sources) {
      const text = readFileSync(join(GENERATED, "src", path), "utf8");
      const { code } = await oxfmt.format(path, text, PRETTIER_OPTIONS as FormatConfig);
      expect(layoutsDiffer(code), path).toBe(false);
    }
  });

  // A whole fixture rendered with prettier in a child process: about 17 s idle, minutes under load.
  it(
    "falls back to prettier, with the same bytes, where oxfmt is not to be used",
    { timeout: 600_000 },
    () => {
      // A process of its own: the formatter is chosen once per thread. The unions fixture holds a
      // union oxfmt lays out otherwise; every file of it must come out as the snapshot holds it.
      const dir = tempDir("formatter-");
      const script = join(dir, "render.mts");
      writeFileSync(
        script,
        `const { filesFor } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "test/helpers/render.ts")).href)});
      const { loadFormatter } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "generator/engine/finish.mjs")).href)});
      const files = await filesFor(${JSON.stringify(join(FIXTURES, "unions/spec.yaml"))});
      process.stdout.write(JSON.stringify({ name: (await loadFormatter()).name, files }), () => process.exit(0));`,
      );
      // A cache of its own: the finished files' cache key names the formatter asked for anyway.
      const output = execFileSync(process.execPath, ["--import", "tsx", script], {
        cwd: ROOT,
        env: { ...process.env, GENERATOR_FORMATTER: "prettier", GENERATOR_CACHE_DIR: join(dir, "cache") },
        encoding: "utf8",
        maxBuffer: 1 << 28,
      });
      const { name, files } = JSON.parse(output) as {
        name: string;
        files: { path: string; content: string }[];
      };
      expect(name).toBe("prettier");
      const expected = join(FIXTURE_PACKAGES, "unions");
      const compared = files.filter((f) => /\.(ts|md)$/.test(f.path));
      expect(compared.length).toBeGreaterThan(20);
      for (const file of compared)
        expect(file.content, file.path).toBe(readFileSync(join(expected, file.path), "utf8"));
    },
  );
});
