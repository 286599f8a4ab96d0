/** IR stage, types: a spec type expression -> `IrType`, naming every object type it declares. */
import { pascalCase } from "../naming.ts";
import type { RawField, RawTypeExpr } from "../load/spec-types.ts";
import type { IrField, IrType } from "./types.ts";
import { discriminatorValues } from "../check/types.ts";

/**
 * Which side of the exchange a type describes: `request` enums are closed (the client rejects other
 * values), `response` enums are open (the API may add values; see `IrEnumType`).
 */
export type Side = "request" | "response";

/** Records where each declared IR node came from, for the symbol table's messages. */
export type Origin = (node: object, path: readonly (string | number)[]) => void;

/**
 * The IR type of `expr`. `name` names the object shape it would declare (`WidgetConfig`); items of
 * an array and values of a map append `Item` and `Value`. `side` makes its enums closed or open.
 */
export function buildType(
  expr: RawTypeExpr,
  name: string,
  path: readonly (string | number)[],
  origin: Origin,
  side: Side,
): IrType {
  if (expr.model !== undefined) return { kind: "ref", model: expr.model };
  const type = expr.type!;
  switch (type) {
    case "string":
      if (expr.enum) return { kind: "enum", values: [...expr.enum], open: side === "response" };
      return {
        kind: "string",
        format: expr.format ?? null,
        minLength: expr.minLength ?? null,
        maxLength: expr.maxLength ?? null,
        pattern: expr.pattern ?? null,
      };
    case "integer":
    case "number":
      return { kind: type, minimum: expr.minimum ?? null, maximum: expr.maximum ?? null };
    case "boolean":
      return { kind: "boolean" };
    case "date-time":
      return { kind: "date-time" };
    case "array":
      return {
        kind: "array",
        items: buildType(expr.items!, `${name}Item`, [...path, "items"], origin, side),
        minItems: expr.minItems ?? null,
        maxItems: expr.maxItems ?? null,
      };
    case "map":
      return {
        kind: "map",
        values: buildType(expr.values!, `${name}Value`, [...path, "values"], origin, side),
        minLength: expr.minLength ?? null,
        maxLength: expr.maxLength ?? null,
      };
    case "json":
      return { kind: "json", minLength: expr.minLength ?? null, maxLength: expr.maxLength ?? null };
    case "binary":
      return { kind: "binary" };
    case "object": {
      if (expr.fields) {
        const node = {
          kind: "object" as const,
          name,
          fields: buildFields(expr.fields, name, [...path, "fields"], origin, side),
        };
        origin(node, path);
        return node;
      }
      throw new Error(`object without fields at ${path.join(".")}: the check stage should have reported it`);
    }
    case "union": {
      const branches = expr.oneOf!;
      const node = {
        kind: "union" as const,
        name,
        branches: branches.map((b, i) => ({
          type: buildType(b, `${name}Option${i + 1}`, [...path, "oneOf", i], origin, side),
          values: branchValues(expr, b),
        })),
        discriminator: expr.discriminator?.field ?? null,
      };
      origin(node, path);
      return node;
    }
  }
}

/**
 * The discriminator values selecting branch `b`: a model's (its mapping's, or its name), or an inline
 * object's (the discriminator field's enum, as a request union has them); none without a discriminator.
 */
function branchValues(expr: RawTypeExpr, b: RawTypeExpr): string[] {
  const d = expr.discriminator;
  if (!d) return [];
  if (b.model !== undefined) return discriminatorValues(expr, b.model);
  return [...(b.fields?.find((f) => f.name === d.field)?.enum ?? [])];
}

/** Fields of a model or object type named `owner`, on `side` of the exchange. */
export function buildFields(
  fields: readonly RawField[],
  owner: string,
  path: readonly (string | number)[],
  origin: Origin,
  side: Side,
): IrField[] {
  return fields.map((f, i) => buildField(f, owner, [...path, i], origin, side));
}

function buildField(
  f: RawField,
  owner: string,
  path: readonly (string | number)[],
  origin: Origin,
  side: Side,
): IrField {
  const fieldName = pascalCase(f.name);
  let type: IrType;
  if (f.type === "object" && f.variantsBy && f.variants) {
    type = {
      kind: "variants",
      by: f.variantsBy,
      cases: f.variants.map((v, vi) => {
        const name = `${owner}${pascalCase(v.when)}${fieldName}`;
        const node = {
          value: v.when,
          name,
          fields: buildFields(v.fields, name, [...path, "variants", vi, "fields"], origin, side),
        };
        origin(node, [...path, "variants", vi, "when"]);
        return node;
      }),
    };
  } else type = buildType(f, `${owner}${fieldName}`, path, origin, side);
  const node = {
    wireName: f.name,
    type,
    nullable: f.nullable ?? false,
    required: f.required ?? false,
    description: f.description,
    deprecated: f.deprecated ?? false,
  };
  origin(node, [...path, "name"]);
  return node;
}
