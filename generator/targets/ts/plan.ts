/**
 * The TypeScript client's plan of an IR: its TypeScript view (names), the problems of those names,
 * and the symbol table of every declaration (the runtime's exports and JavaScript's globals
 * reserved). Light (no ts-morph, no prettier), so the command reports a name collision before it
 * loads the heavy tools; made once per IR and runtime.
 */
import type { Diagnostic } from "../../diagnostics.ts";
import type { Ir } from "../../ir/types.ts";
import { tsView, type TsView } from "./model.ts";
import { checkTsNames } from "./name-checks.ts";
import { runtimeExports, type RuntimeExport } from "./runtime-exports.ts";
import { buildSymbols, type Place, type SymbolTable } from "./symbols.ts";

/** The TypeScript view and its symbol table, with the naming problems found. */
export interface TsPlan {
  readonly view: TsView;
  readonly runtime: readonly RuntimeExport[];
  readonly symbols: SymbolTable;
  readonly diagnostics: readonly Diagnostic[];
}

const plans = new WeakMap<Ir, { runtime: ReadonlyMap<string, string>; plan: TsPlan }>();

/** The plan of `ir` with these runtime sources (file name -> text). */
export function planTypeScript(
  ir: Ir,
  origins: WeakMap<object, Place>,
  runtimeSources: ReadonlyMap<string, string>,
): TsPlan {
  const known = plans.get(ir);
  if (known?.runtime === runtimeSources) return known.plan;
  const view = tsView(ir);
  const runtime = runtimeExports(runtimeSources);
  const symbols = buildSymbols(view, origins, runtime);
  const plan = {
    view,
    runtime,
    symbols,
    diagnostics: [...checkTsNames(view, origins), ...symbols.diagnostics],
  };
  plans.set(ir, { runtime: runtimeSources, plan });
  return plan;
}
