/**
 * Every fenced block of the README and of every page under docs/ is checked by what its fence says it
 * is, so no example is skipped silently: `yaml` is a complete spec, run through the generator's check
 * (no problem, not even a warning); `yaml fragment` is part of one and must parse (`---` between alternatives); `ts` compiles
 * with strict tsc against the package (the page's blocks make modules as test/helpers/doc-blocks.ts
 * says); `sh` names npm scripts and files that exist; `json` parses; `text` is output, signatures or
 * prose. Any other fence, a bare one included, fails the test.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { prepare } from "../../generator/engine/prepare.ts";
import { fencedBlocks, tsModules, typecheckModules, type FencedBlock } from "../helpers/doc-blocks.ts";
import { ROOT } from "../helpers/paths.ts";

const DOCS = join(ROOT, "docs");
const pages = [
  join(ROOT, "README.md"),
  ...readdirSync(DOCS, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => join(DOCS, f)),
];
const blocks = pages.flatMap((page) => fencedBlocks(relative(ROOT, page), readFileSync(page, "utf8")));
const KINDS = ["yaml", "yaml fragment", "ts", "sh", "json", "text"] as const;
const of = (kind: (typeof KINDS)[number]) => blocks.filter((b) => b.info === kind);
const where = (b: FencedBlock) => `${b.file}:${b.line}`;

describe("every fenced block of README.md and docs/", () => {
  it("says what it is: a fence of a kind this test checks", () => {
    const unknown = blocks.filter((b) => !(KINDS as readonly string[]).includes(b.info));
    expect(
      unknown.map((b) => `${where(b)} \`\`\`${b.info}: use one of ${KINDS.join(", ")}`),
      "a bare fence is not checked: say `text` for output or signatures, `yaml fragment` for part of a spec",
    ).toEqual([]);
    expect(of("yaml").length).toBeGreaterThanOrEqual(1);
    expect(of("ts").length).toBeGreaterThanOrEqual(2);
  });

  it.each(of("yaml").map((b) => [where(b), b] as const))(
    "%s: a complete spec the generator accepts",
    (_, b) => {
      // Blank lines before the block, so a diagnostic's line is the page's.
      const prepared = prepare([{ file: b.file, text: "\n".repeat(b.line) + b.text }]);
      const diagnostics = prepared.ok ? prepared.warnings : prepared.diagnostics;
      expect(diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(prepared.ok).toBe(true);
    },
  );

  it("each `yaml fragment` parses as YAML", () => {
    const broken = of("yaml fragment").flatMap((b) =>
      parseAllDocuments(b.text)
        .flatMap((d) => d.errors)
        .slice(0, 1)
        .map((e) => `${where(b)}: ${e.message.split("\n")[0]}`),
    );
    expect(broken).toEqual([]);
  });

  it("each `json` block parses", () => {
    for (const b of of("json")) expect(() => JSON.parse(b.text), where(b)).not.toThrow();
  });

  it("each `sh` block runs only npm scripts, bins and files that exist", () => {
    const own = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const scripts = Object.keys(own.scripts);
    // This repository's own bin (the tool, as a project that installs it runs it), beside installed ones.
    const ownBins = Object.keys(own.bin ?? {});
    const problems: string[] = [];
    for (const b of of("sh")) {
      for (const command of b.text.split("\n").flatMap((l) => l.replace(/#.*$/, "").split(/&&|\|\||;|\|/))) {
        const words = command.trim().split(/\s+/).filter(Boolean);
        if (words[0] === "npm" && words[1] === "run") {
          const script = words.slice(2).find((w) => !w.startsWith("-"));
          if (!script || !scripts.includes(script)) problems.push(`${where(b)}: no npm script '${script}'`);
        } else if (
          words[0] === "npx" &&
          !ownBins.includes(words[1] ?? "") &&
          !existsSync(join(ROOT, "node_modules/.bin", words[1] ?? ""))
        ) {
          const bin = words[1] ?? "";
          if (
            !existsSync(join(ROOT, "generated/package.json")) ||
            !readFileSync(join(ROOT, "generated/package.json"), "utf8").includes(`"${bin}"`)
          )
            problems.push(`${where(b)}: no bin '${bin}'`);
        } else if (
          words[0] === "node" &&
          words[1] &&
          !words[1].startsWith("-") &&
          !existsSync(join(ROOT, words[1]))
        )
          problems.push(`${where(b)}: no file '${words[1]}'`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("each `ts` block compiles with strict tsc against the package", { timeout: 300_000 }, () => {
    expect(typecheckModules(tsModules(blocks), "test/.tmp/doc-blocks")).toBe("");
  });
});
