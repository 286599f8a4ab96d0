/** OpenAPI emitter, schemas: JSON Schema (2020-12, as OpenAPI 3.1 uses it) for every type kind, parameter and rule. */
import type {
  IrField,
  IrModel,
  IrOperation,
  IrParameter,
  IrPathParameter,
  IrRefType,
  IrType,
  IrUnionType,
  StringFormat,
} from "../../ir/types.ts";
import { shapesOfFields, unreachable } from "../../ir/walk.ts";

/** A JSON Schema object. */
export type Schema = Record<string, unknown>;

const ENCODINGS: Record<StringFormat, Schema> = {
  base32: { contentEncoding: "base32" },
  base64: { contentEncoding: "base64" },
  "spki-base64": {
    contentEncoding: "base64",
    contentMediaType: "application/pkix-spki",
    "x-format": "spki-base64",
  },
  "ec-p256-spki": {
    contentEncoding: "base64",
    contentMediaType: "application/pkix-spki",
    "x-format": "ec-p256-spki",
  },
  uri: { format: "uri" },
  e164: { "x-format": "e164" },
  "date-time": { format: "date-time" },
};

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

/**
 * The schema of a value of `type`; response objects are component references, input objects
 * inline. A closed enum is `enum`; an open one is `x-extensible-enum` (see the README's OpenAPI notes).
 */
export function typeSchema(type: IrType, side: "response" | "input"): Schema {
  switch (type.kind) {
    case "string":
      return compact({
        type: "string",
        ...(type.format ? ENCODINGS[type.format] : {}),
        minLength: type.minLength,
        maxLength: type.maxLength,
        pattern: type.pattern,
      });
    case "integer":
    case "number":
      return compact({ type: type.kind, minimum: type.minimum, maximum: type.maximum });
    case "boolean":
      return { type: "boolean" };
    case "enum":
      // An open enum (a response's) lists its known values without `enum`, so validators and
      // mock servers reading this document do not reject a value the API adds later; `examples`
      // keeps generated examples among the known values.
      return type.open
        ? { type: "string", "x-extensible-enum": [...type.values], examples: [type.values[0]] }
        : { type: "string", enum: [...type.values] };
    case "date-time":
      return { type: "string", format: "date-time" };
    case "array":
      return compact({
        type: "array",
        items: typeSchema(type.items, side),
        minItems: type.minItems,
        maxItems: type.maxItems,
      });
    case "map":
      return { type: "object", additionalProperties: typeSchema(type.values, side) };
    case "json":
      return {};
    case "object":
      return side === "response" ? ref(type.name) : objectSchema(type.fields, "input");
    case "variants":
      return {
        anyOf: [...type.cases.map((c) => ref(c.name)), { type: "object", additionalProperties: true }],
      };
    case "union":
      return unionSchema(type, side);
    case "ref":
      return ref(type.model);
    case "binary":
      return { type: "string", format: "binary" };
    default:
      return unreachable(type);
  }
}

/**
 * A union: `oneOf` with OpenAPI's discriminator (its mapping lists every value, and each branch
 * holds the field to its values), or `anyOf` without one (the client takes the first branch that
 * fits, so branches may overlap).
 */
function unionSchema(type: IrUnionType, side: "response" | "input"): Schema {
  if (type.discriminator === null) return { anyOf: type.branches.map((b) => typeSchema(b.type, side)) };
  // Each branch is its model with the discriminator field held to the values selecting it, so a
  // validator or mock server reading only the schemas (not the mapping) agrees with the client.
  const field = type.discriminator;
  const branches = type.branches.map((b) => ({
    allOf: [
      typeSchema(b.type, side),
      { type: "object", properties: { [field]: { type: "string", enum: [...b.values] } }, required: [field] },
    ],
  }));
  const mapping = Object.fromEntries(
    type.branches.flatMap((b) =>
      b.type.kind === "ref"
        ? b.values.map((v) => [v, `#/components/schemas/${(b.type as IrRefType).model}`])
        : [],
    ),
  );
  // A request's branches are inline objects, told apart by the field's enum alone (no mapping can name them).
  if (Object.keys(mapping).length === 0) return { oneOf: branches };
  return { oneOf: branches, discriminator: { propertyName: type.discriminator, mapping } };
}

function compact(schema: Record<string, unknown>): Schema {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== null && v !== undefined));
}

/** An object's schema: properties under wire names, the required ones listed. */
function objectSchema(fields: readonly IrField[], side: "response" | "input", description?: string): Schema {
  const required = fields.filter((f) => f.required).map((f) => f.wireName);
  return {
    type: "object",
    ...(description !== undefined ? { description } : {}),
    properties: Object.fromEntries(fields.map((f) => [f.wireName, fieldSchema(f, side)])),
    ...(required.length ? { required } : {}),
  };
}

/** The schema of a field, with null allowed where the API may send it. */
export function fieldSchema(f: IrField, side: "response" | "input" = "response"): Schema {
  const schema = typeSchema(f.type, side);
  const extra = { description: f.description, ...(f.deprecated ? { deprecated: true } : {}) };
  if (!f.nullable || f.type.kind === "json") return { ...schema, ...extra };
  if (typeof schema["type"] === "string") {
    const out: Schema = { ...schema, type: [schema["type"], "null"] };
    if (Array.isArray(schema["enum"])) out["enum"] = [...schema["enum"], null];
    return { ...out, ...extra };
  }
  if (Array.isArray(schema["anyOf"])) return { anyOf: [...schema["anyOf"], { type: "null" }], ...extra };
  return { anyOf: [schema, { type: "null" }], ...extra };
}

/** Component schemas of a model: the model itself plus every shape inside it. */
export function modelSchemas(model: IrModel): Record<string, Schema> {
  const out: Record<string, Schema> = {
    [model.name]: objectSchema(model.fields, "response", model.description),
  };
  for (const shape of shapesOfFields(model.fields))
    out[shape.name] = objectSchema(shape.fields, "response", `${shape.name}, inside ${model.name}.`);
  return out;
}

/** The schema of a request parameter's wire value: JSON-encoded ones as strings with their content schema. */
export function parameterSchema(p: IrParameter | IrPathParameter): Schema {
  const out: Schema = "encoding" in p ? encodedSchema(p) : typeSchema(p.type, "input");
  Object.assign(out, { description: p.description });
  if ("default" in p && p.default !== null) out["default"] = p.default;
  if (p.deprecated) out["deprecated"] = true;
  return out;
}

function encodedSchema(p: IrParameter): Schema {
  const asJsonText = (type: IrType): Schema => {
    const bounds =
      type.kind === "map" || type.kind === "json"
        ? compact({ minLength: type.minLength, maxLength: type.maxLength })
        : {};
    return {
      type: "string",
      contentMediaType: "application/json",
      contentSchema: typeSchema(type, "input"),
      ...bounds,
    };
  };
  switch (p.encoding.kind) {
    case "text":
    case "json-body":
    case "delimited":
    case "form-object":
    case "deep-object":
    case "part":
      return typeSchema(p.type, "input");
    case "dotted":
      // The keys are the prefix and each leaf's path; the value is described as the object it spells.
      return { ...typeSchema(p.type, "input"), "x-dotted-keys": p.encoding.prefix };
    case "json":
      return asJsonText(p.type);
    case "repeat": {
      if (p.type.kind !== "array") return typeSchema(p.type, "input");
      const items = p.type.items;
      const isText = ["string", "enum", "integer", "number", "boolean", "date-time"].includes(items.kind);
      return compact({
        type: "array",
        items: isText ? typeSchema(items, "input") : asJsonText(items),
        minItems: p.type.minItems,
        maxItems: p.type.maxItems,
      });
    }
    default:
      return unreachable(p.encoding);
  }
}

/**
 * A parameter's `style` and `explode` in OpenAPI's terms, where they differ from its location's
 * defaults (a tab-delimited array, which OpenAPI cannot name, says `x-delimiter`).
 */
export function styleOf(p: IrParameter): Schema {
  const e = p.encoding;
  switch (e.kind) {
    case "repeat":
      return { explode: true };
    case "delimited":
      if (p.location === "header") return {};
      return e.delimiter === ","
        ? { style: "form", explode: false }
        : e.delimiter === " "
          ? { style: "spaceDelimited", explode: false }
          : e.delimiter === "|"
            ? { style: "pipeDelimited", explode: false }
            : { style: "form", explode: false, "x-delimiter": "\t" };
    case "form-object":
      return { style: "form", explode: e.explode };
    case "deep-object":
      return { style: "deepObject", explode: true };
    case "text":
    case "json":
    case "json-body":
    case "dotted":
    case "part":
      return {};
    default:
      return unreachable(e);
  }
}

/** The request body schema of an operation (form or JSON), with its conditional rules as `if`/`then`. */
export function requestBodySchema(op: IrOperation): Schema {
  const body = op.parameters.filter((p) => p.location === "body");
  const schema: Schema = {
    type: "object",
    title: `${op.id}Request`,
    properties: Object.fromEntries(body.map((p) => [p.wireName, parameterSchema(p)])),
  };
  const required = body.filter((p) => p.required).map((p) => p.wireName);
  if (required.length) schema["required"] = required;
  if (op.additionalBodyProperties) schema["additionalProperties"] = true;
  const inBody = new Set(body.map((p) => p.wireName));
  const rules = [
    ...conditionalRules(body),
    ...op.exactlyOneOf
      .filter((g) => g.every((n) => inBody.has(n)))
      .map((g) => ({ oneOf: g.map((name) => ({ required: [name] })) })),
    ...op.atLeastOneOf
      .filter((g) => g.every((n) => inBody.has(n)))
      .map((g) => ({ anyOf: g.map((name) => ({ required: [name] })) })),
  ];
  if (rules.length) schema["allOf"] = rules;
  const serverRules = body.flatMap((p) =>
    (["requiredWhen", "onlyWhen"] as const)
      .filter((k) => p[k]?.checkedBy === "server")
      .map((k) => ({ parameter: p.wireName, rule: k, resourceField: p[k]!.wireName, in: [...p[k]!.values] })),
  );
  if (serverRules.length) schema["x-resource-state-rules"] = serverRules;
  return schema;
}

// Client-checkable conditions, grouped by subject and values: `if Kind is push then require ...`.
function conditionalRules(params: readonly IrParameter[]): Schema[] {
  const groups = new Map<
    string,
    { subject: string; values: readonly (string | boolean)[]; required: string[]; allowed: string[] }
  >();
  const group = (subject: string, values: readonly (string | boolean)[]) => {
    const key = JSON.stringify([subject, values]);
    if (!groups.has(key)) groups.set(key, { subject, values, required: [], allowed: [] });
    return groups.get(key)!;
  };
  for (const p of params) {
    if (p.requiredWhen?.checkedBy === "client")
      group(p.requiredWhen.wireName, p.requiredWhen.values).required.push(p.wireName);
    if (p.onlyWhen?.checkedBy === "client")
      group(p.onlyWhen.wireName, p.onlyWhen.values).allowed.push(p.wireName);
  }
  const out: Schema[] = [];
  for (const g of groups.values()) {
    const holds = {
      properties: { [g.subject]: g.values.length === 1 ? { const: g.values[0] } : { enum: [...g.values] } },
      required: [g.subject],
    };
    if (g.required.length) out.push({ if: holds, then: { required: g.required } });
    if (g.allowed.length)
      out.push({
        if: { not: holds },
        then: { properties: Object.fromEntries(g.allowed.map((name) => [name, false])) },
      });
  }
  return out;
}
