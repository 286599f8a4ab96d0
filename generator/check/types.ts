/** Check stage, types: one type expression (and the fields of its objects), recursively. */
import { pascalCase } from "../naming.ts";
import { backtrackingRisk } from "./backtracking.ts";
import type { NodePath } from "../load/load.ts";
import type { Report } from "../load/reporter.ts";
import type { RawDiscriminator, RawField, RawTypeExpr, RawTypeName } from "../load/spec-types.ts";

/** What the type checks need from around them. */
export interface TypeContext {
  readonly report: Report;
  /** `line:col` of a node, for messages that name another place. */
  readonly where: (path: NodePath) => string;
  /** Whether a model of this name exists (for `model:` references). */
  readonly hasModel: (name: string) => boolean;
  /** The defined model names, for hints. */
  readonly modelNames: () => string;
  /** A model's fields, inherited ones included, or undefined when there is no such model. */
  readonly modelFields: (name: string) => readonly RawField[] | undefined;
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
  oneOf: ["union"],
  discriminator: ["union"],
};

/** Checks a type expression; `siblings` are the fields beside it (for variants), null outside a model. */
export function checkTypeExpr(
  expr: RawTypeExpr,
  path: NodePath,
  ctx: TypeContext,
  siblings: readonly RawField[] | null,
  side: TypeSide = "response",
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
  if (kind === "binary" && side === "response")
    report(
      [...path, "type"],
      "binary-outside-part",
      "a file (type binary) is sent in a multipart request, never part of a model or a JSON answer",
      {
        hint: "an answer of bytes is response: { content: binary }",
      },
    );
  if (expr.pattern !== undefined) checkPattern(expr.pattern, [...path, "pattern"], report);
  if (expr.enum) checkEnum(expr.enum, [...path, "enum"], report);
  if (kind === "array") {
    if (!expr.items) report(path, "missing-items", "an array needs 'items', the type of its items");
    else checkTypeExpr(expr.items, [...path, "items"], ctx, null, side);
  }
  if (kind === "map") {
    if (!expr.values) report(path, "missing-values", "a map needs 'values', the type of its values");
    else checkTypeExpr(expr.values, [...path, "values"], ctx, null, side);
  }
  if (kind === "object") checkObject(expr, path, ctx, siblings);
  if (kind === "union") checkUnion(expr, path, ctx, side);
}

/**
 * Which side of the exchange a type expression describes: a request's union branches are inline
 * types (models describe what the API returns), and its discriminator a field of each.
 */
export type TypeSide = "request" | "response";

/**
 * A request union's discriminator: every branch an inline object whose field `d.field` is a
 * required string enum, the enums' values (which select the branch) disjoint.
 */
function checkInlineDiscriminator(
  expr: RawTypeExpr,
  branches: readonly RawTypeExpr[],
  d: RawDiscriminator,
  path: NodePath,
  report: Report,
): void {
  if (d.mapping !== undefined)
    report(
      [...path, "discriminator", "mapping"],
      "discriminator-mapping",
      "a request union's branches are inline objects, which a mapping cannot name",
      {
        at: "key",
        hint: "give each branch's field an enum of the values that select it",
      },
    );
  const seen = new Map<string, number>();
  branches.forEach((branch, i) => {
    const at = [...path, "oneOf", i];
    const field = branch.type === "object" ? branch.fields?.find((f) => f.name === d.field) : undefined;
    if (!field || field.type !== "string" || !field.enum || !field.required) {
      report(
        at,
        "discriminator-branch",
        `with a discriminator, every branch of a request union is an object with a required string enum field '${d.field}'`,
        {
          hint: `add { name: ${d.field}, type: string, enum: [<values selecting this branch>], required: true } to its fields`,
        },
      );
      return;
    }
    for (const value of field.enum) {
      const other = seen.get(value);
      if (other !== undefined)
        report(at, "duplicate-branch", `'${value}' already selects branch ${other + 1} of this union`);
      else seen.set(value, i);
    }
  });
  void expr;
}

/**
 * A union: two or more branches, none itself a union; with a discriminator, every branch a model
 * with that field (a string), and each of the field's values selecting one branch.
 */
function checkUnion(expr: RawTypeExpr, path: NodePath, ctx: TypeContext, side: TypeSide): void {
  const { report } = ctx;
  const branches = expr.oneOf;
  if (!branches || branches.length < 2) {
    report(path, "union-branches", "a union needs 'oneOf' with two or more branches", {
      hint: "list the types a value may have under oneOf, or use the one type itself",
    });
    return;
  }
  branches.forEach((branch, i) => {
    const at = [...path, "oneOf", i];
    if (branch.type === "union")
      report([...at, "type"], "nested-union", "a union's branch is not itself a union", {
        hint: "list the inner union's branches in this union's oneOf",
      });
    else checkTypeExpr(branch, at, ctx, null, side);
  });
  const d = expr.discriminator;
  if (!d) return;
  if (side === "request") return checkInlineDiscriminator(expr, branches, d, path, report);
  const models: string[] = [];
  branches.forEach((branch, i) => {
    const at = [...path, "oneOf", i];
    if (branch.model === undefined) {
      report(at, "discriminator-branch", "with a discriminator, every branch is a model", {
        hint: "write { model: <Name> }, or leave the discriminator out to choose branches by shape",
      });
      return;
    }
    if (models.includes(branch.model)) {
      report(at, "duplicate-branch", `model '${branch.model}' is already a branch of this union`);
      return;
    }
    models.push(branch.model);
    const fields = ctx.modelFields(branch.model);
    if (!fields) return; // unknown-model is reported above
    const field = fields.find((f) => f.name === d.field);
    if (!field)
      report(
        [...path, "discriminator", "field"],
        "unknown-field",
        `model '${branch.model}' has no field '${d.field}'`,
      );
    else if (field.type !== "string")
      report(
        [...path, "discriminator", "field"],
        "discriminator-type",
        `field '${d.field}' of model '${branch.model}' is ${field.type ?? "a model"}, not a string`,
      );
    else if (field.enum) {
      const own = discriminatorValues(expr, branch.model);
      for (const value of own.filter((v) => !field.enum!.includes(v)))
        report(
          [...path, "discriminator"],
          "condition-value-not-in-enum",
          `'${value}' selects model '${branch.model}', but its field '${d.field}' takes ${field.enum.join(", ")}`,
          { hint: "map each of the field's values to its model in the discriminator's mapping" },
        );
    }
  });
  for (const [value, model] of Object.entries(d.mapping ?? {}))
    if (!models.includes(model))
      report(
        [...path, "discriminator", "mapping", value],
        "unknown-branch",
        `'${value}' maps to '${model}', which is not a branch of this union`,
        { hint: `the branches: ${models.join(", ")}` },
      );
}

/** The discriminator values selecting `model`: those its mapping gives, else the model's name. */
export function discriminatorValues(expr: RawTypeExpr, model: string): string[] {
  const mapped = Object.entries(expr.discriminator?.mapping ?? {})
    .filter(([, m]) => m === model)
    .map(([value]) => value);
  return mapped.length ? mapped : [model];
}

/**
 * Reports each union in a parameter that does not travel as JSON (a union is one of several JSON
 * shapes: a property of a JSON body, or a whole `requestBody`, carries it).
 */
export function unionsInRequest(expr: RawTypeExpr, path: NodePath, report: Report): void {
  if (expr.type === "union")
    report(
      [...path, "type"],
      "union-in-request",
      "a union travels only in JSON: a property of a JSON body, or a requestBody",
      {
        hint: "use body: json, or requestBody: { content: json, type: union, … }",
      },
    );
  if (expr.items) unionsInRequest(expr.items, [...path, "items"], report);
  if (expr.values) unionsInRequest(expr.values, [...path, "values"], report);
  expr.fields?.forEach((f, i) => unionsInRequest(f, [...path, "fields", i], report));
}

/**
 * Reports each file (`type: binary`) inside a type: a file is a multipart part of its own (or an
 * item of an array of parts), never inside an object, a map, a union or a JSON value.
 */
export function nestedBinary(expr: RawTypeExpr, path: NodePath, report: Report, top: boolean): void {
  if (expr.type === "binary" && !top)
    report(
      [...path, "type"],
      "binary-outside-part",
      "a file (type binary) is a multipart part of its own, not part of another value",
      {
        hint: "make it a parameter of a body: multipart operation, or a requestBody with content: binary",
      },
    );
  if (expr.items) nestedBinary(expr.items, [...path, "items"], report, top && expr.type === "array");
  if (expr.values) nestedBinary(expr.values, [...path, "values"], report, false);
  expr.oneOf?.forEach((b, i) => nestedBinary(b, [...path, "oneOf", i], report, false));
  expr.fields?.forEach((f, i) => nestedBinary(f, [...path, "fields", i], report, false));
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
    return;
  }
  // The validators and the local server run the pattern on every caller's input.
  const risk = backtrackingRisk(pattern);
  if (risk)
    report(path, "unsafe-pattern", `pattern ${JSON.stringify(pattern)} is refused: ${risk}`, {
      hint: "make the repetitions unambiguous (no nested or overlapping quantifiers such as (a+)+ or (a|a)*)",
    });
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
