/**
 * TypeScript's names of the spec's fields and parameters, checked before anything is emitted: two
 * wire names that fold to one property (`size` and `Size`), a property every object inherits, a
 * parameter nested under another one's value, a stream whose item cap has no name left. Each is a
 * diagnostic at the spec node, naming the other place.
 */
import type { Diagnostic } from "../../diagnostics.ts";
import type { Place } from "./symbols.ts";
import { isInherited, propertyName } from "./naming.ts";
import type { TsField, TsModel, TsOperation, TsView } from "./model.ts";
import { shapesOfFields, namedShapes } from "./walk.ts";

const HINT = "two wire names may not differ only in case or separators";

/** Every naming problem of the view; `origins` locate IR nodes (the view maps its nodes to them). */
export function checkTsNames(view: TsView, irOrigins: WeakMap<object, Place>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const place = (node: object) => irOrigins.get(view.source.get(node) ?? node) ?? null;
  const report = (node: object, code: string, message: (here: Located) => string, hint?: string) => {
    const here = located(place(node));
    out.push({
      code,
      severity: "error",
      message: message(here),
      ...here.at,
      path: "",
      ...(hint ? { hint } : {}),
    });
  };
  for (const service of view.ir.services) {
    const models = [...service.models, ...service.resources.flatMap((r) => r.models)];
    const byName = new Map(models.map((m) => [m.name, m]));
    for (const model of models) {
      checkFields(model.fields, inheritedCount(model, byName), report, place);
      for (const shape of shapesOfFields(model.fields)) checkFields(shape.fields, 0, report, place);
    }
    for (const op of service.resources.flatMap((r) => r.operations)) checkOperation(op, report, place);
  }
  return out;
}

type Report = (node: object, code: string, message: (here: Located) => string, hint?: string) => void;

/** A place as a diagnostic holds it, and another place as this one's message names it. */
interface Located {
  readonly at: { readonly file: string; readonly line: number; readonly column: number };
  /** `line:col` in the same file, else `file:line:col`. */
  name(other: Place | null): string;
}

function located(place: Place | null): Located {
  const parse = (p: Place | null) => {
    const match = p ? /^(.*):(\d+):(\d+)$/.exec(String(p)) : null;
    return match
      ? { file: match[1]!, line: Number(match[2]), column: Number(match[3]) }
      : { file: "<generator>", line: 1, column: 1 };
  };
  const at = parse(place);
  return {
    at,
    name: (other) => {
      const o = parse(other);
      return o.file === at.file ? `${o.line}:${o.column}` : `${o.file}:${o.line}:${o.column}`;
    },
  };
}

// How many of a model's fields (listed first) come from the models it extends.
function inheritedCount(model: TsModel, byName: ReadonlyMap<string, TsModel>): number {
  const parent = model.extends ? byName.get(model.extends) : undefined;
  return parent ? parent.fields.length : 0;
}

function checkFields(
  fields: readonly TsField[],
  inherited: number,
  report: Report,
  place: (node: object) => Place | null,
): void {
  const seen = new Map<string, TsField>();
  fields.forEach((field, i) => {
    const earlier = seen.get(field.tsName);
    if (earlier && i >= inherited)
      report(
        field,
        "name-collision",
        (here) =>
          `field '${field.wireName}' becomes '${field.tsName}', like ${
            fields.indexOf(earlier) < inherited
              ? `the inherited field '${earlier.wireName}'`
              : `the field at ${here.name(place(earlier))}`
          }`,
        HINT,
      );
    if (!earlier) seen.set(field.tsName, field);
  });
}

function checkOperation(op: TsOperation, report: Report, place: (node: object) => Place | null): void {
  const byPath = new Map<string, (typeof op.parameters)[number]>();
  for (const p of op.parameters) {
    const key = p.tsPath.join(".");
    const clash = byPath.get(key);
    if (clash)
      report(
        p,
        "name-collision",
        (here) =>
          `parameter '${p.wireName}' becomes '${key}', like '${clash.wireName}' at ${here.name(place(clash))}`,
        HINT,
      );
    else byPath.set(key, p);
    if (p.property !== null && isInherited(p.property))
      report(
        p,
        "inherited-property-name",
        () =>
          `'${p.property}' is a member every JavaScript object inherits, so a params object without it would still have one`,
        `choose another name, such as '${propertyName(p.property!)}'`,
      );
    for (const shape of namedShapes(p.type)) checkFields(shape.fields, 0, report, place);
  }
  // `Config` and `Config.Alg` cannot both exist: one is a value, the other an object holding values.
  for (const p of op.parameters)
    for (let n = 1; n < p.tsPath.length; n++) {
      const leaf = byPath.get(p.tsPath.slice(0, n).join("."));
      if (leaf)
        report(
          p,
          "name-collision",
          (here) =>
            `parameter '${p.wireName}' nests under '${leaf.wireName}', which is itself a parameter (at ${here.name(place(leaf))})`,
        );
    }
  const names = op.parameters.map((p) => p.tsPath[0]!);
  if (op.stream && names.includes("limit") && names.includes("maxItems"))
    report(
      op,
      "name-collision",
      () =>
        "the stream needs an option capping the items it yields, but parameters already take both 'limit' and 'maxItems'",
    );
}
