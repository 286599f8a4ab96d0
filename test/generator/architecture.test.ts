// The architecture as a test: which folder may import which, what the stages may touch, what the IR
// may say, where vendor knowledge may live. Each rule reads the sources themselves, so moving an
// import across a boundary fails here with the file and the import named.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TARGETS } from "../../generator/targets/targets.ts";
import { ROOT } from "../helpers/paths.ts";

const GENERATOR = join(ROOT, "generator");

/** Every source file of the generator, by its path below `generator/`. */
const SOURCES: ReadonlyMap<string, string> = new Map(
  (readdirSync(GENERATOR, { recursive: true }) as string[])
    .filter((f) => /\.(ts|mts|mjs)$/.test(f))
    .map((f) => [f.split("\\").join("/"), readFileSync(join(GENERATOR, f), "utf8")]),
);

/** The relative imports of a file (static, dynamic, re-exports), resolved to paths below `generator/`. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"/gms),
    ...text.matchAll(/^\s*import\s+"([^"]+)"/gm),
    ...text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
    ...text.matchAll(/\brequire\(\s*"([^"]+)"\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers
    .filter((s) => s.startsWith("."))
    .map((s) =>
      relative(GENERATOR, resolve(GENERATOR, dirname(file), s))
        .split("\\")
        .join("/"),
    );
}

/** The helpers every part may use: positioned diagnostics, exhaustive switches, word splitting, the virtual file and its header. */
const SHARED = new Set(["diagnostics.ts", "exhaustive.ts", "naming.ts", "virtual-file.ts", "yaml-text.ts"]);

/**
 * The generation stages in call order, then what drives them. A file may import its own stage,
 * an earlier one and the shared helpers, never a later one: folder order is call order.
 */
const ORDER = ["load", "resolve", "check", "ir", "targets", "engine", "import", "tool", "cli.ts"] as const;

/** The TypeScript sources the generated package ships (runtime, local server): they import only each other. */
const SHIPPED = new Set(["runtime", "mock-runtime"]);

/** The targets written in TypeScript (the docs show TypeScript); the OpenAPI target is language-neutral. */
const TYPESCRIPT_TARGETS = new Set(["client", "mock", "docs", "ts"]);

const top = (path: string) => path.split("/")[0]!;
const rank = (path: string) => ORDER.indexOf(top(path) as (typeof ORDER)[number]);

/** A source without its comments and string or template literals: the code itself, not the code it emits. */
function codeOnly(text: string): string {
  return text
    .replace(/`(?:[^`\\]|\\.)*`/g, "``")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
}

const EDGES = [...SOURCES].flatMap(([file, text]) => importsOf(file, text).map((to) => ({ from: file, to })));

describe("architecture", () => {
  it("reads the generator's sources and their imports", () => {
    expect(SOURCES.size).toBeGreaterThan(80);
    expect(EDGES.length).toBeGreaterThan(200);
    // Every import resolves to a file that exists, so the rules below see real edges.
    const missing = EDGES.filter(({ to }) => !SOURCES.has(to) && !SOURCES.has(to.replace(/\.js$/, ".ts")))
      .filter(({ to }) => !to.endsWith(".json"))
      .map(({ from, to }) => `${from} -> ${to}`);
    expect(missing).toEqual([]);
  });

  it("every file belongs to a stage, the engine, the importer, a shipped folder or the shared helpers", () => {
    const homeless = [...SOURCES.keys()].filter((f) => !SHARED.has(f) && rank(f) < 0 && !SHIPPED.has(top(f)));
    expect(homeless).toEqual([]);
  });

  it("no stage imports a later stage or the engine; the shipped sources import only each other", () => {
    const wrong = EDGES.filter(({ from, to }) => {
      if (SHARED.has(to)) return SHIPPED.has(top(from));
      if (SHIPPED.has(top(from))) return !SHIPPED.has(top(to));
      if (SHARED.has(from)) return !SHARED.has(to);
      if (SHIPPED.has(top(to))) return false; // a target reads the shipped sources' types to check its data against them
      return rank(to) > rank(from);
    }).map(({ from, to }) => `${from} -> ${to}`);
    expect(wrong).toEqual([]);
  });

  it("a target imports only the IR, the shared helpers, the TypeScript layer, the target contract and its own folder", () => {
    const wrong = EDGES.filter(({ from, to }) => {
      const [stage, folder] = from.split("/");
      if (stage !== "targets" || folder === "targets.ts") return false;
      if (SHARED.has(to) || top(to) === "ir" || SHIPPED.has(top(to))) return false;
      if (to === "targets/target.ts") return false;
      // The TypeScript layer (names, builder, layout) serves the targets that emit TypeScript.
      if (to.startsWith("targets/ts/")) return !TYPESCRIPT_TARGETS.has(folder!);
      if (top(to) === "load" && to.endsWith("spec-types.ts")) return false; // the spec's own vocabulary (formats, roles)
      return !to.startsWith(`targets/${folder}/`);
    }).map(({ from, to }) => `${from} -> ${to}`);
    expect(wrong).toEqual([]);
  });

  it("the stages are pure: no file system, threads, child processes or process state", () => {
    const stages = ["load", "resolve", "check", "ir", "targets"];
    const impure = [...SOURCES]
      .filter(([file]) => stages.includes(top(file)))
      .flatMap(([file, text]) =>
        [
          /from\s+"(?:node:)?(?:fs|fs\/promises|worker_threads|child_process|os)"/.exec(text)?.[0],
          /\bprocess\.(?:env|cwd|argv|exit|stdout|stderr|on)\b/.exec(codeOnly(text))?.[0],
        ]
          .filter((hit) => hit !== undefined)
          .map((hit) => `${file}: ${hit}`),
      );
    expect(impure).toEqual([]);
  });

  it("the IR carries no TypeScript naming", () => {
    const ir = SOURCES.get("ir/types.ts")!.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(ir.match(/\b(?:tsName|tsPath|typeName|functionName|paramsTypeName|propertyName)\b/g)).toBeNull();
  });

  it("only the importer's conventions reader knows a vendor's extension, and nothing outside spec/ says Factor", () => {
    const vendor = [...SOURCES]
      .filter(([file, text]) => file !== "import/conventions.ts" && /x-twilio/i.test(text))
      .map(([file]) => file);
    expect(vendor).toEqual([]);
    const factor = [...SOURCES].filter(([, text]) => /\bfactor\b/i.test(text)).map(([file]) => file);
    expect(factor).toEqual([]);
  });

  it("every stage and output reads auth through an exhaustive switch on its scheme", () => {
    // A new scheme in the spec's RawAuth or the IR's IrAuth makes tsc list each of these switches.
    const spec = /switch \(scheme\.scheme\)[\s\S]*?unreachable\(scheme\)/;
    const ir = /switch \(scheme\.kind\)[\s\S]*?unreachable\(scheme\)/;
    const switches: Record<string, RegExp> = {
      "check/auth.ts": spec,
      "ir/build.ts": spec,
      "targets/client/entry.ts": ir,
      "targets/openapi/document.ts": ir,
      "targets/docs/view-model.ts": ir,
      "targets/mock/mock-files.ts": ir,
      "mock-runtime/server.ts": ir,
      "runtime/auth.ts": ir,
      "import/security.ts": /switch \(scheme\.scheme\)/,
    };
    for (const [file, pattern] of Object.entries(switches)) expect(SOURCES.get(file), file).toMatch(pattern);
    // Nothing else reaches into a scheme's own data (Basic's credential pairs) without that switch.
    const readers = [...SOURCES]
      .filter(([file, text]) => /\bauth\.credentials\b/.test(codeOnly(text)) && !(file in switches))
      .map(([file]) => file);
    expect(readers).toEqual([]);
  });

  it("every stage and output reads paging through an exhaustive switch on its style", () => {
    // A new style in RawPagination, IrPaging or MockPaging makes tsc list each of these switches.
    const exhaustive = /switch \((?:p|style|paging)\.style\)[\s\S]*?unreachable\((?:p|style|paging)\)/;
    const switches: Record<string, RegExp> = {
      "check/paging.ts": exhaustive,
      "ir/build.ts": exhaustive,
      "ir/paging.ts": exhaustive,
      "import/paging.ts": exhaustive,
      "targets/client/page-links.ts": exhaustive,
      "targets/docs/view-model.ts": exhaustive,
      "targets/mock/mock-files.ts": exhaustive,
      // The shipped local server has no unreachable(): its switches return from every case, so a
      // missing style is tsc's "lacks ending return statement".
      "mock-runtime/handlers.ts": /switch \(paging\.style\)/,
    };
    for (const [file, pattern] of Object.entries(switches)) expect(SOURCES.get(file), file).toMatch(pattern);
    // Nothing else reaches into a style's own keys without that switch.
    const own =
      /\.(?:nextUrlField|cursorField|hasMoreField|itemCursorField|cursorParameter|totalField|offsetParameter)\b/;
    const readers = [...SOURCES]
      .filter(([file, text]) => own.test(codeOnly(text)) && !(file in switches))
      .map(([file]) => file);
    expect(readers).toEqual([]);
  });

  it("ts-morph is used through its public API only", () => {
    const privateUse = [...SOURCES].filter(([, text]) => /\b_context\b/.test(text)).map(([file]) => file);
    expect(privateUse).toEqual([]);
  });

  it("generate, --check, --watch and the mutation test take their outputs from the one table of targets", () => {
    // generate() renders through renderFiles, whose targets default to the table; the CLI's plain
    // run, --check and every --watch run call generate(); fingerprints (--check without --full)
    // hash the rows' assets.
    expect(SOURCES.get("engine/generate.ts")).toMatch(/targets: readonly Target\[\] = TARGETS/);
    expect(SOURCES.get("engine/prepare.ts")).toMatch(/options\.targets \?\? TARGETS/);
    expect(SOURCES.get("engine/fingerprint.ts")).toMatch(/TARGETS\.flatMap/);
    expect(SOURCES.get("cli.ts")).toMatch(/await generate\(\{/);
    expect(readFileSync(join(ROOT, "test/generator/mutations.test.ts"), "utf8")).toMatch(/\bTARGETS\b/);
    // No driver names a target's emitter itself: a new row is all a new output needs.
    const drivers = [...SOURCES].filter(([file]) => ["engine", "cli.ts"].includes(top(file)));
    const named = drivers
      .filter(([, text]) => /from\s+"(?:\.\.?\/)+targets\/(?!targets\.ts|target\.ts)/.test(text))
      .map(([file]) => file);
    expect(named).toEqual([]);
    expect(TARGETS.map((t) => t.name)).toEqual(["openapi", "client", "mock", "docs"]);
  });
});
