/**
 * Thin builder over ts-morph's structures: emitters hand it plain statement structures and the
 * names they use; it derives the module's imports from the symbol table and prints each module once
 * from the structures (never node by node), by its own printer where that models every structure
 * and by ts-morph's otherwise.
 */
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";
import type { JSDocStructure, OptionalKind, StatementStructures } from "ts-morph";
import { compareText } from "../../diagnostics.ts";
import { importPath } from "./layout.ts";
import type { SymbolTable } from "./symbols.ts";
import { generatedHeader, type VirtualFile } from "../../virtual-file.ts";
import { docText } from "./escape.ts";
import { printStatements as ownPrinter } from "./printer.ts";
import { StructureKind } from "./structure-kinds.ts";

// ts-morph (with the TypeScript compiler it loads: most of an edit's start) is required only when a
// module has a structure the own printer does not model: a run of the package, the fixtures or the
// whole Twilio API never loads it. Its two enums the emitters build structures with are plain
// values in structure-kinds.ts.
let tsMorph: typeof TsMorph | undefined;
const loadTsMorph = (): typeof TsMorph =>
  // CommonJS: `require` loads it as it is, where an ESM import first has Node scan its source for
  // export names (about 80 ms of every run that prints).
  (tsMorph ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph);

export { StructureKind, VariableDeclarationKind } from "./structure-kinds.ts";
export type { StatementStructures };

/** A statement as a structure, or as already-formed code text (kept for the rare line a structure cannot say). */
export type Statement = string | StatementStructures;

/** The names a module's code refers to; `use` records one and returns it, so code text and imports cannot drift apart. */
export class Uses extends Set<string> {
  use(name: string): string {
    this.add(name);
    return name;
  }
}

const EMITTER_CONSTANT = /^[A-Z0-9_]+_(PATTERN|KEYS)(_\d+)?$/;

/**
 * Prints one module: imports for every used name another module declares (from the symbol table),
 * then the statements. Every name the statements declare must be registered for this module.
 */
export function printModule(
  path: string,
  sources: readonly string[],
  statements: readonly Statement[],
  uses: Iterable<string>,
  symbols: SymbolTable,
): VirtualFile {
  for (const name of declaredNames(statements)) {
    // Module constants an emitter names itself (`CONFIG_ALG_PATTERN`, `CREATE_WIDGET_KEYS`) are
    // unique by construction and cannot meet a spec-derived name, which is never SCREAMING_CASE.
    if (EMITTER_CONSTANT.test(name)) continue;
    if (!symbols.declares(path, name))
      throw new Error(`emitter bug: ${path} declares '${name}', which the symbol table does not know`);
  }
  return printTs(path, sources, [...importsFor(path, uses, symbols), ...statements]);
}

/** Prints one TypeScript file from its statements, under the generated-file header. */
export function printTs(
  path: string,
  sources: readonly string[],
  statements: readonly Statement[],
): VirtualFile {
  return { path, content: generatedHeader(sources, "ts") + "\n" + printText(statements) };
}

function importsFor(path: string, uses: Iterable<string>, symbols: SymbolTable): StatementStructures[] {
  const byModule = new Map<string, { values: string[]; types: string[] }>();
  for (const name of new Set(uses)) {
    if (symbols.declares(path, name)) continue;
    const info = symbols.lookup(name);
    if (!info) throw new Error(`emitter bug: ${path} uses '${name}', which no module declares`);
    if (info.module === "<global>") continue;
    const entry = byModule.get(info.module) ?? { values: [], types: [] };
    byModule.set(info.module, entry);
    (info.typeOnly ? entry.types : entry.values).push(name);
  }
  const out: StatementStructures[] = [];
  for (const [module, { values, types }] of [...byModule].sort(([a], [b]) => compareText(a, b))) {
    if (types.length) out.push(importDecl(importPath(path, module), types, true));
    if (values.length) out.push(importDecl(importPath(path, module), values));
  }
  return out;
}

function declaredNames(statements: readonly Statement[]): string[] {
  const out: string[] = [];
  for (const s of statements) {
    if (typeof s === "string") continue;
    if (s.kind === StructureKind.VariableStatement) out.push(...s.declarations.map((d) => d.name));
    else if ("name" in s && typeof s.name === "string") out.push(s.name);
  }
  return out;
}

/** A TSDoc block from lines of text and `[tag, text]` pairs such as `["defaultValue", "6"]`; all text is escaped. */
export function tsdoc(
  lines: readonly (string | null | undefined)[],
  tags: readonly (readonly [string, string])[] = [],
): OptionalKind<JSDocStructure>[] {
  const body = lines.filter((l): l is string => typeof l === "string" && l.length > 0).map(docText);
  const tagLines = tags.map(([tag, text]) => `@${tag} ${docText(text).replace(/\n/g, " ")}`.trimEnd());
  const description = [...body, ...tagLines].join("\n");
  return description ? [{ description }] : [];
}

/** `@deprecated` as a tag pair, when the spec marks something deprecated. */
export function deprecatedTag(deprecated: boolean): (readonly [string, string])[] {
  return deprecated ? [["deprecated", "The API marks this as deprecated."]] : [];
}

/** An `import type { a, b } from "x"` or value import, with sorted names. */
export function importDecl(from: string, names: readonly string[], typeOnly = false): StatementStructures {
  return {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: from,
    isTypeOnly: typeOnly,
    namedImports: [...new Set(names)].sort(compareText),
  };
}

/**
 * Printed by the builder's own printer (printer.ts), which needs neither ts-morph nor TypeScript;
 * a module with a structure it does not model is printed by ts-morph's structure printer
 * (`printStructure`, without the syntax tree `createSourceFile` would parse). Four-space indents and
 * double quotes, as a ts-morph project prints; the formatter sets the final layout.
 */
function printText(statements: readonly Statement[]): string {
  if (printer === "own") {
    const text = ownPrinter(statements);
    if (text !== null) {
      printedBy.own++;
      return text;
    }
  }
  printedBy.tsMorph++;
  return loadTsMorph().printStructure({ kind: StructureKind.SourceFile, statements: [...statements] });
}

let printer: "own" | "ts-morph" = "own";
const printedBy = { own: 0, tsMorph: 0 };

/**
 * Which printer prints modules from now on (`ts-morph`: every module, as the definition the own
 * printer is tested against). Returns how many modules each printer has printed in this process.
 */
export function usePrinter(next: "own" | "ts-morph"): { readonly own: number; readonly tsMorph: number } {
  printer = next;
  return printedBy;
}
