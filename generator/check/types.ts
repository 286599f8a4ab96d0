/** Check stage, types: one type expression (and the fields of its objects), recursively. */
import { pascalCase } from "../naming.ts";
import type { NodePath } from "../load/load.ts";
import type { Report } from "../load/reporter.ts";
import type { RawField, RawTypeExpr, RawTypeName } from "../load/spec-types.ts";

/** What the type checks need from around them. */
export interface TypeContext {
  readonly report: Report;
  /** `line:col` of a node, for messages that name another place. */
  readonly where: (path: NodePath) => string;
  /** Whether a model of this name exists (for `model:` references). */
  readonly hasModel: (name: string) => boolean;
  /** The defined model names, for hints. */
  readonly modelNames: () => string;
}

type Key = Exclude<keyof RawTypeExpr, "type" | "model">;

// Which type kinds each constraint applies to.
const APPLIES: Record<Key, readonly RawTypeName[]> = {
  enum: ["string"],
  format: ["string"],
  pattern: ["string"],
  minLength: ["string", "map", "json"],
  maxLength: ["string", "map", "json"],
  minimum: ["integer", "number"],
  maximum: ["integer", "number"],
  minItems: ["array"],
  maxItems: ["array"],
  items: ["array"],
  values: ["map"],
  fields: ["object"],
  variantsBy: ["object"],
  variants: ["object"],
};

/** Checks a type expression; `siblings` are the fields beside it (for variants), null outside a model. */
export function checkTypeExpr(
  expr: RawTypeExpr,
  path: NodePath,
  ctx: TypeContext,
  siblings: readonly RawField[] | null,
): void {
  const { report } = ctx;
  const kind = expr.type;
  for (const key of Object.keys(APPLIES) as Key[]) {
    if (expr[key] === undefined) continue;
    if (kind === undefined || !APPLIES[key].includes(kind)) {
      report(
        [...path, key],
        "constraint-type-mismatch",
        `'${key}' does not apply to ${kind === undefined ? `a model reference` : `type ${kind}`}`,
        {
          at: "key",
          hint: `'${key}' applies to ${APPLIES[key].join(", ")}`,
        },
      );
    }
  }
  if (expr.model !== undefined && !ctx.hasModel(expr.model)) {
    report([...path, "model"], "unknown-model", `no model named '${expr.model}'`, {
      hint: `defined models: ${ctx.modelNames()}`,
    });
  }
  for (const key of ["minimum", "maximum"] as const) {
    const bound = expr[key];
    if (bound !== undefined && !Number.isFinite(bound))
      report([...path, key], "invalid-bound", `${key} must be a finite number, got ${String(bound)}`);
  }
  inverted(expr.minimum, expr.maximum, [...path, "minimum"], "range-inverted", "minimum", "maximum", report);
  inverted(
    expr.minLength,
    expr.maxLength,
    [...path, "minLength"],
    "length-inverted",
    "minLength",
    "maxLength",
    report,
  );
  inverted(
    expr.minItems,
    expr.maxItems,
    [...path, "minItems"],
    "items-inverted",
    "minItems",
    "maxItems",
    report,
  );
  if (expr.pattern !== undefined) checkPattern(expr.pattern, [...path, "pattern"], report);
  if (expr.enum) checkEnum(expr.enum, [...path, "enum"], report);
  if (kind === "array") {
    if (!expr.items) report(path, "missing-items", "an array needs 'items', the type of its items");
    else checkTypeExpr(expr.items, [...path, "items"], ctx, null);
  }
  if (kind === "map") {
    if (!expr.values) report(path, "missing-values", "a map needs 'values', the type of its values");
    else checkTypeExpr(expr.values, [...path, "values"], ctx, null);
  }
  if (kind === "object") checkObject(expr, path, ctx, siblings);
}

function inverted(
  min: number | undefined,
  max: number | undefined,
  path: NodePath,
  code: string,
  minName: string,
  maxName: string,
  report: Report,
): void {
  if (min !== undefined && max !== undefined && min > max)
    report(path, code, `${minName} ${min} > ${maxName} ${max}`, { hint: "swap the two bounds" });
}

function checkObject(
  expr: RawTypeExpr,
  path: NodePath,
  ctx: TypeContext,
  siblings: readonly RawField[] | null,
): void {
  const { report } = ctx;
  if ((expr.variantsBy === undefined) !== (expr.variants === undefined)) {
    report(path, "incomplete-variants", "'variantsBy' and 'variants' go together", {
      hint: "give both, or neither",
    });
    return;
  }
  if (expr.fields && expr.variants) {
    report([...path, "variants"], "constraint-type-mismatch", "an object has either 'fields' or 'variants'", {
      at: "key",
    });
    return;
  }
  if (!expr.fields && !expr.variants) {
    report(path, "object-without-fields", "an object needs 'fields' (or 'variantsBy' and 'variants')", {
      hint: "for any JSON object use type map (values: { type: json }) or type json",
    });
    return;
  }
  if (expr.fields) checkFields(expr.fields, [...path, "fields"], ctx);
  if (!expr.variantsBy || !expr.variants) return;
  const selector = siblings?.find((s) => s.name === expr.variantsBy);
  if (!siblings) {
    report(
      [...path, "variantsBy"],
      "variants-outside-model",
      "variants can only select on a sibling field of a model",
      { at: "key" },
    );
    return;
  }
  if (!selector) {
    report(
      [...path, "variantsBy"],
      "unknown-field",
      `no sibling field named '${expr.variantsBy}' selects the variants`,
    );
    return;
  }
  if (!selector.enum) {
    report(
      [...path, "variantsBy"],
      "condition-subject-not-enum",
      `field '${selector.name}' has no enum, so it cannot select variants`,
    );
    return;
  }
  checkNameableValues(selector.enum, [...path, "variantsBy"], report);
  expr.variants.forEach((variant, vi) => {
    if (!selector.enum!.includes(variant.when)) {
      report(
        [...path, "variants", vi, "when"],
        "condition-value-not-in-enum",
        `'${variant.when}' is not a value of '${selector.name}' (${selector.enum!.join(", ")})`,
      );
    }
    checkFields(variant.fields, [...path, "variants", vi, "fields"], ctx);
  });
}

/** Checks a list of fields: unique wire names, and each field's type. */
export function checkFields(
  fields: readonly RawField[],
  path: NodePath,
  ctx: TypeContext,
  inherited: readonly RawField[] = [],
  topLevel = false,
): void {
  const { report, where } = ctx;
  const byWire = new Map<string, NodePath | null>(inherited.map((f) => [f.name, null]));
  fields.forEach((field, i) => {
    const fieldPath = [...path, i];
    const earlier = byWire.get(field.name);
    if (earlier === null) {
      report(
        [...fieldPath, "name"],
        "duplicate-wire-name",
        `field '${field.name}' is already inherited from the extended model`,
      );
    } else if (earlier) {
      report(
        [...fieldPath, "name"],
        "duplicate-wire-name",
        `field '${field.name}' is already defined at ${where(earlier)}`,
      );
    } else byWire.set(field.name, [...fieldPath, "name"]);
    // Variants select on a sibling of a model's own fields; nested objects describe one shape.
    checkTypeExpr(field, fieldPath, ctx, topLevel ? [...inherited, ...fields] : null);
  });
}

export function checkPattern(pattern: string, path: NodePath, report: Report): void {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    report(
      path,
      "invalid-pattern",
      `pattern is not a valid regular expression: ${(error as Error).message}`,
      {
        hint: "patterns are ECMAScript regular expressions with the u flag",
      },
    );
  }
}

function checkEnum(values: readonly string[], path: NodePath, report: Report): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value))
      report([...path, index], "duplicate-enum-value", `enum value '${value}' is listed twice`);
    seen.add(value);
  });
}

/** Values that select variants become parts of type names (`CreateWidgetPushParams`): each must yield a distinct name. */
export function checkNameableValues(values: readonly string[], path: NodePath, report: Report): void {
  const seen = new Map<string, string>();
  for (const value of values) {
    const name = pascalCase(value);
    const clash = seen.get(name);
    if (!name || !/^[A-Za-z]/.test(name)) {
      report(
        path,
        "invalid-name",
        `value '${value}' selects a variant but gives no usable type name ('${name}')`,
        { hint: "variant-selecting values need a letter first" },
      );
    } else if (clash !== undefined) {
      report(
        path,
        "name-collision",
        `values '${clash}' and '${value}' both become the type name part '${name}'`,
      );
    }
    seen.set(name, value);
  }
}

/** Checks a parameter's default against its type and constraints. */
export function checkDefault(
  expr: RawTypeExpr,
  value: string | number | boolean,
  path: NodePath,
  report: Report,
): void {
  const kind = expr.type;
  const expected =
    kind === "integer" || kind === "number"
      ? "number"
      : kind === "string" || kind === "boolean"
        ? kind
        : null;
  if (expected === null) {
    report(
      path,
      "default-wrong-type",
      `a default applies to strings, numbers and booleans only, not to ${kind ?? "a model reference"}`,
    );
    return;
  }
  if (typeof value !== expected || (kind === "integer" && !Number.isInteger(value))) {
    report(path, "default-wrong-type", `default ${JSON.stringify(value)} is not of type ${kind}`);
    return;
  }
  if (
    typeof value === "number" &&
    ((expr.minimum !== undefined && value < expr.minimum) ||
      (expr.maximum !== undefined && value > expr.maximum))
  ) {
    report(
      path,
      "default-out-of-range",
      `default ${value} is outside ${expr.minimum ?? "-inf"}..${expr.maximum ?? "+inf"}`,
    );
  }
  if (typeof value === "string" && expr.enum && !expr.enum.includes(value)) {
    report(path, "default-not-in-enum", `default '${value}' is not one of: ${expr.enum.join(", ")}`);
  }
}
