/**
 * The light half of the pipeline: read -> load -> check -> IR -> symbols, with none of the heavy
 * tools (ts-morph, prettier, openapi-typescript) loaded, so a spec problem is reported at once.
 * `generate()` and the tests continue from its result; the CLI runs it before loading the rest.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { checkSpecs, type SpecSource } from "../check/check.ts";
import { sortDiagnostics, type Diagnostic } from "../diagnostics.ts";
import { buildIr } from "../ir/build.ts";
import type { Ir } from "../ir/types.ts";
import { buildSymbols, type SymbolTable } from "../targets/ts/symbols.ts";

/** The specs checked, with their IR and symbol table, or every problem found. */
export type Prepared =
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly ok: true;
      readonly ir: Ir;
      readonly symbols: SymbolTable;
      readonly warnings: readonly Diagnostic[];
    };

/** Checks the sources and builds the IR and the symbol table. */
export function prepare(sources: readonly SpecSource[]): Prepared {
  const { catalog, diagnostics } = checkSpecs(sources);
  if (!catalog) return { ok: false, diagnostics };
  const { ir, origins } = buildIr(catalog);
  const symbols = buildSymbols(ir, origins);
  if (symbols.diagnostics.length)
    return { ok: false, diagnostics: sortDiagnostics([...diagnostics, ...symbols.diagnostics]) };
  return { ok: true, ir, symbols, warnings: diagnostics };
}

/** A spec file as the check stage reads it: display path, text, and access to files beside it. */
export async function readSpecSource(path: string, cwd: string): Promise<SpecSource> {
  return {
    file: relative(cwd, path).split(sep).join("/"),
    text: await readFile(path, "utf8"),
    readBeside: (name: string) => {
      const beside = join(dirname(path), name);
      if (!existsSync(beside)) return null;
      if (!statSync(beside).isFile()) throw Object.assign(new Error("not a file"), { code: "not a file" });
      return readFileSync(beside, "utf8");
    },
  };
}
