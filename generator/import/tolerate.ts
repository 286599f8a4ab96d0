/**
 * Import, per-operation tolerance: what the spec format cannot hold is left out, not the whole
 * document. Each error the check stage finds in an imported spec is traced to the smallest part
 * that holds it (an optional parameter, a field, else its operation), which is left out with a
 * warning at its place in the document naming it and the rule it breaks; the rest is checked again.
 */
import type { Diagnostic } from "../diagnostics.ts";
import type { NodePath } from "../load/load.ts";
import type { RawOperation, RawResource, RawSpec } from "../load/spec-types.ts";
import type { ImportedSpec, ImportReport } from "./context.ts";

/** Reports a warning at a node of the document. */
type Warn = (path: NodePath, code: string, message: string, hint?: string) => void;

/** What one error leaves out: the list holding it, its index there, and what to say. */
interface LeftOut {
  readonly container: NodePath;
  readonly index: number;
  readonly code: string;
  readonly what: string;
  readonly at: NodePath;
  readonly operations: number;
}

/**
 * The specs with what each error stands in is left out (warned of), or null when an error stands
 * in no part that can be (the service, a model, a resource's path parameters): the import fails.
 */
export function leaveOutInvalid(
  specs: readonly ImportedSpec[],
  errors: readonly Diagnostic[],
  specOf: (file: string) => number,
  components: ReadonlySet<string>,
  report: ImportReport,
  warn: Warn,
): ImportedSpec[] | null {
  const chosen = new Map<string, { spec: number; out: LeftOut; reasons: string[] }>();
  for (const error of errors) {
    const spec = specOf(error.file);
    const out = spec < 0 ? null : leftOut(specs[spec]!.spec, error.path.split("."), components);
    if (!out) return null;
    const key = `${spec} ${out.container.join(".")} ${out.index}`;
    const known = chosen.get(key);
    const reason = `${error.message.replace(/^[\w.]+ /, "")}`;
    if (known) known.reasons.push(reason);
    else chosen.set(key, { spec, out, reasons: [reason] });
  }
  const next = specs.map((s) => ({ ...s, spec: structuredClone(s.spec) as RawSpec, notes: [...s.notes] }));
  // Later indexes first, so that each removal leaves the indexes still to remove in place.
  const order = [...chosen.values()].sort((a, b) => b.out.index - a.out.index);
  for (const { spec, out, reasons } of order) {
    warn(
      out.at,
      out.code,
      `${out.what} is left out: the spec format cannot hold it (${[...new Set(reasons)].join("; ")})`,
      "the rest of the document is imported; --strict refuses the document instead",
    );
    const target = next[spec]!;
    (nodeAt(target.spec, out.container) as unknown[]).splice(out.index, 1);
    target.notes = shiftNotes(target.notes, out.container, out.index);
    report.operations -= out.operations;
  }
  // A resource whose every operation was left out goes with them (a spec of models alone stays).
  return next.filter((s) => !s.spec.resources?.length || s.spec.resources.some((r) => r.operations.length));
}

// The part an error at `path` (`resources.0.operations.2.parameters.1.pattern`) stands in.
function leftOut(spec: RawSpec, path: readonly string[], components: ReadonlySet<string>): LeftOut | null {
  const num = (i: number) => (/^\d+$/.test(path[i] ?? "") ? Number(path[i]) : -1);
  const r = path[0] === "resources" ? num(1) : -1;
  const resource: RawResource | undefined = spec.resources?.[r];
  if (resource && path[2] === "operations" && num(3) >= 0) {
    const operation = resource.operations[num(3)]!;
    const at = operationPath(resource, operation);
    const parameter = path[4] === "parameters" && num(5) >= 0 ? operation.parameters?.[num(5)] : undefined;
    if (parameter && !parameter.required && !parameter.requiredWhen)
      return {
        container: ["resources", r, "operations", num(3), "parameters"],
        index: num(5),
        code: "parameter-not-carried",
        what: `the parameter ${parameter.name} (${parameter.in}) of ${operation.id}`,
        at,
        operations: 0,
      };
    return {
      container: ["resources", r, "operations"],
      index: num(3),
      code: "operation-not-carried",
      what: `the operation ${operation.id} (${operation.method} ${at[1]})`,
      at,
      operations: 1,
    };
  }
  const m = resource ? (path[2] === "models" ? num(3) : -1) : path[0] === "models" ? num(1) : -1;
  const base = resource ? 4 : 2;
  const model = (resource ? resource.models : spec.models)?.[m];
  if (model && path[base] === "fields" && num(base + 1) >= 0) {
    const field = model.fields[num(base + 1)]!;
    return {
      container: resource ? ["resources", r, "models", m, "fields"] : ["models", m, "fields"],
      index: num(base + 1),
      code: "field-not-carried",
      what: `the field ${JSON.stringify(field.name)} of the model ${model.name}`,
      at: components.has(model.name) ? ["components", "schemas", model.name, "properties", field.name] : [],
      operations: 0,
    };
  }
  return null;
}

/** Where an operation stands in the document: `paths`, its path, its method. */
function operationPath(resource: RawResource, operation: RawOperation): NodePath {
  const path =
    operation.path === "list" || operation.path === "instance"
      ? (resource.paths[operation.path] ?? "")
      : operation.path;
  return ["paths", path, operation.method.toLowerCase()];
}

function nodeAt(root: unknown, path: NodePath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

// Lift notes under a removed item go with it; those under later items of its list move up one.
function shiftNotes<T extends { readonly path: NodePath }>(
  notes: readonly T[],
  container: NodePath,
  index: number,
): T[] {
  const under = (path: NodePath) => container.every((key, i) => path[i] === key);
  return notes.flatMap((note) => {
    if (!under(note.path)) return [note];
    const i = note.path[container.length] as number;
    if (i === index) return [];
    if (i < index) return [note];
    const path = [...note.path];
    path[container.length] = i - 1;
    return [{ ...note, path }];
  });
}
