/** OpenAPI emitter, schemas: JSON Schema (2020-12, as OpenAPI 3.1 uses it) for fields, parameters and rules. */
import type { IrConstraints, IrField, IrModel, IrOperation, IrParameter, IrPathParameter } from "../../ir/types.ts";
import { pascalCase } from "../../naming.ts";

/** A JSON Schema object. */
export type Schema = Record<string, unknown>;

const ENCODINGS: Record<string, Schema> = {
  base32: { contentEncoding: "base32" },
  base64: { contentEncoding: "base64" },
  "der-base64": { contentEncoding: "base64", contentMediaType: "application/pkix-spki", "x-format": "der-base64" },
  uri: { format: "uri" },
  "date-time": { format: "date-time" },
};

/** The constraint keywords of a value. */
export function constraintKeywords(c: IrConstraints): Schema {
  const out: Schema = {};
  if (c.enum) out["enum"] = [...c.enum];
  if (c.format) Object.assign(out, ENCODINGS[c.format]);
  if (c.minimum !== null) out["minimum"] = c.minimum;
  if (c.maximum !== null) out["maximum"] = c.maximum;
  if (c.minLength !== null) out["minLength"] = c.minLength;
  if (c.maxLength !== null) out["maxLength"] = c.maxLength;
  if (c.pattern !== null) out["pattern"] = c.pattern;
  return out;
}

/** The schema of a request parameter's wire value. */
export function parameterSchema(p: IrParameter | IrPathParameter): Schema {
  const type = "type" in p ? p.type : "string";
  const base: Schema =
    type === "string-map"
      ? {
          type: "string",
          contentMediaType: "application/json",
          contentSchema: { type: "object", additionalProperties: { type: "string" } },
        }
      : { type };
  const out: Schema = { ...base, ...constraintKeywords(p.constraints), description: p.description };
  if ("default" in p && p.default !== null) out["default"] = p.default;
  return out;
}

/** The schema of a response field; `$ref`s name component schemas. */
export function fieldSchema(f: IrField, owner: string): Schema {
  const described = (s: Schema): Schema => ({ ...s, description: f.description });
  if (f.variants) {
    const options: Schema[] = f.variants.cases.map((c) => ({ $ref: `#/components/schemas/${c.typeName}` }));
    options.push({ type: "object", additionalProperties: true });
    if (f.nullable) options.push({ type: "null" });
    return described({ anyOf: options });
  }
  if (f.type === "unknown") return described({});
  if (f.type === "object" && f.fields) {
    const ref = { $ref: `#/components/schemas/${owner}${pascalCase(f.wireName)}` };
    return described(f.nullable ? { anyOf: [ref, { type: "null" }] } : ref);
  }
  const base: Schema =
    f.type === "string-map"
      ? { type: "object", additionalProperties: { type: "string" } }
      : f.type === "object"
        ? { type: "object", additionalProperties: true }
        : { type: f.type };
  const keywords = constraintKeywords(f.constraints);
  if (f.nullable) {
    base["type"] = [base["type"], "null"];
    if (keywords["enum"]) keywords["enum"] = [...(keywords["enum"] as string[]), null];
  }
  return described({ ...base, ...keywords });
}

/** Component schemas of a model: the model itself plus its variant and nested object shapes. */
export function modelSchemas(model: IrModel): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  const objectSchema = (name: string, description: string, fields: readonly IrField[]) => {
    out[name] = {
      type: "object",
      description,
      properties: Object.fromEntries(fields.map((f) => [f.wireName, fieldSchema(f, name)])),
      ...(fields.some((f) => f.required) ? { required: fields.filter((f) => f.required).map((f) => f.wireName) } : {}),
    };
    for (const f of fields) {
      if (f.type === "object" && f.fields && !f.variants) objectSchema(`${name}${pascalCase(f.wireName)}`, f.description, f.fields);
      for (const c of f.variants?.cases ?? []) objectSchema(c.typeName, `${f.description} (${f.variants!.by} ${c.value})`, c.fields);
    }
  };
  objectSchema(model.name, model.description, model.fields);
  return out;
}

/** The form body schema of an operation, with its conditional rules as `if`/`then`. */
export function requestBodySchema(op: IrOperation): Schema {
  const body = op.parameters.filter((p) => p.location === "body");
  const schema: Schema = {
    type: "object",
    title: `${op.id}Request`,
    properties: Object.fromEntries(body.map((p) => [p.wireName, parameterSchema(p)])),
  };
  const required = body.filter((p) => p.required).map((p) => p.wireName);
  if (required.length) schema["required"] = required;
  const rules = conditionalRules(body);
  if (rules.length) schema["allOf"] = rules;
  const serverRules = body.flatMap((p) =>
    (["requiredWhen", "onlyWhen"] as const)
      .filter((k) => p[k]?.checkedBy === "server")
      .map((k) => ({ parameter: p.wireName, rule: k, resourceField: p[k]!.wireName, in: [...p[k]!.values] })),
  );
  if (serverRules.length) schema["x-resource-state-rules"] = serverRules;
  return schema;
}

// Client-checkable conditions, grouped by subject and values: `if FactorType is push then require ...`.
function conditionalRules(params: readonly IrParameter[]): Schema[] {
  const groups = new Map<string, { subject: string; values: readonly string[]; required: string[]; allowed: string[] }>();
  const group = (subject: string, values: readonly string[]) => {
    const key = JSON.stringify([subject, values]);
    if (!groups.has(key)) groups.set(key, { subject, values, required: [], allowed: [] });
    return groups.get(key)!;
  };
  for (const p of params) {
    if (p.requiredWhen?.checkedBy === "client") group(p.requiredWhen.wireName, p.requiredWhen.values).required.push(p.wireName);
    if (p.onlyWhen?.checkedBy === "client") group(p.onlyWhen.wireName, p.onlyWhen.values).allowed.push(p.wireName);
  }
  const out: Schema[] = [];
  for (const g of groups.values()) {
    const holds = { properties: { [g.subject]: g.values.length === 1 ? { const: g.values[0] } : { enum: [...g.values] } }, required: [g.subject] };
    if (g.required.length) out.push({ if: holds, then: { required: g.required } });
    if (g.allowed.length) {
      out.push({ if: { not: holds }, then: { properties: Object.fromEntries(g.allowed.map((name) => [name, false])) } });
    }
  }
  return out;
}
