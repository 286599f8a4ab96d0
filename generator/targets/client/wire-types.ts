/**
 * `src/wire.ts`: the raw JSON on the wire, typed from the IR as the OpenAPI document's schemas say
 * it (one declaration per component schema: every model, each shape inside one, each list
 * operation's page), in openapi-typescript's layout. openapi-typescript is this emitter's test
 * oracle: a test derives its types from `openapi.yaml` and finds each declaration equal to ours.
 */
import type { Ir, IrField, IrModel, IrOperation, IrResource, IrType, IrUnionType } from "../../ir/types.ts";
import { shapesOfFields, unreachable } from "../../ir/walk.ts";
import { envelopeName } from "../../ir/schema-names.ts";
import { pageMeta } from "../../ir/paging.ts";

/** One component schema: its doc lines and its members (or, for an intersection, its type). */
interface Declaration {
  readonly name: string;
  readonly doc: readonly string[];
  readonly type: string;
}

/** The body of `src/wire.ts` after its header: the `components` interface. */
export function wireTypesText(ir: Ir): string {
  const narrowed = discriminatedFields(ir);
  const declarations: Declaration[] = [];
  for (const service of ir.services) {
    for (const model of service.models) declarations.push(...modelDeclarations(model, narrowed));
    for (const resource of service.resources) {
      for (const model of resource.models) declarations.push(...modelDeclarations(model, narrowed));
      for (const op of resource.operations)
        if (op.kind === "list") declarations.push(envelopeDeclaration(resource, op));
    }
  }
  const members = declarations.map((d) => `${jsDoc(d.doc)}${propertyName(d.name)}: ${d.type};\n`);
  return (
    "/** The document's components as openapi-typescript types them: `schemas` holds each wire model by name. */\n" +
    `export interface components {\nschemas: {\n${members.join("")}};\n${EMPTY_SECTIONS}}\n`
  );
}

// The document's other component sections, which hold nothing the wire types need.
const EMPTY_SECTIONS = ["responses", "parameters", "requestBodies", "headers", "pathItems"]
  .map((section) => `${section}: never;\n`)
  .join("");

const schemaRef = (name: string) => `components["schemas"][${JSON.stringify(name)}]`;

/**
 * A model referenced by a discriminated union in the schemas has its discriminator field held to
 * the values that select it (as openapi-typescript reads a mapping): model name -> field -> values.
 * The first union naming a model decides, in the document's order.
 */
type Narrowed = ReadonlyMap<string, { readonly field: string; readonly values: readonly string[] }>;

function discriminatedFields(ir: Ir): Narrowed {
  const out = new Map<string, { field: string; values: string[] }>();
  const visit = (type: IrType): void => {
    switch (type.kind) {
      case "string":
      case "integer":
      case "number":
      case "boolean":
      case "enum":
      case "date-time":
      case "json":
      case "ref":
      case "binary":
      case "object":
      case "variants":
        return;
      case "array":
        return visit(type.items);
      case "map":
        return visit(type.values);
      case "union": {
        const mine = new Map<string, string[]>();
        if (type.discriminator !== null)
          for (const b of type.branches)
            if (b.type.kind === "ref")
              mine.set(b.type.model, [...(mine.get(b.type.model) ?? []), ...b.values]);
        for (const [model, values] of mine)
          if (!out.has(model)) out.set(model, { field: type.discriminator!, values });
        for (const b of type.branches) visit(b.type);
        return;
      }
      default:
        return unreachable(type);
    }
  };
  const fieldsOf = (model: IrModel) => [
    ...model.fields,
    ...shapesOfFields(model.fields).flatMap((shape) => shape.fields),
  ];
  for (const service of ir.services)
    for (const model of [...service.models, ...service.resources.flatMap((r) => r.models)])
      for (const field of fieldsOf(model)) visit(field.type);
  return out;
}

/** A model and every shape inside it, each a component schema of its own. */
function modelDeclarations(model: IrModel, narrowed: Narrowed): Declaration[] {
  const shapes = shapesOfFields(model.fields);
  return [
    {
      name: model.name,
      doc: describe(model.description),
      type: objectType(model.fields, narrowed.get(model.name)),
    },
    ...shapes.map((shape) => ({
      name: shape.name,
      doc: describe(`${shape.name}, inside ${model.name}.`),
      type: objectType(shape.fields, narrowed.get(shape.name)),
    })),
  ];
}

/** A list operation's page: its items under the list key, and its metadata under its key or beside them. */
function envelopeDeclaration(resource: IrResource, op: IrOperation): Declaration {
  const name = envelopeName(op.id);
  const p = pageMeta(op.paging);
  const doc = [
    name,
    `@description ${lines(op.paging ? `A page of ${resource.plural}.` : `Every ${resource.name}, in one response.`)}`,
  ];
  const items = `{\n${propertyName(op.listKey!)}: ${schemaRef(op.responseModel!)}[];\n}`;
  if (p === null) return { name, doc, type: items };
  if (p.metaKey === null) return { name, doc, type: `${schemaRef(p.metaModel)} & ${items}` };
  return {
    name,
    doc,
    type: `{\n${propertyName(op.listKey!)}: ${schemaRef(op.responseModel!)}[];\n${propertyName(p.metaKey)}: ${schemaRef(p.metaModel)};\n}`,
  };
}

/** An object's members: each field under its wire name, optional unless required. */
function objectType(
  fields: readonly IrField[],
  narrowed?: Narrowed extends ReadonlyMap<string, infer V> ? V : never,
): string {
  const members = fields.map((f) => {
    if (narrowed?.field === f.wireName)
      return discriminatorMember(f.wireName, narrowed.values, f.description);
    return `${jsDoc(fieldDoc(f))}${propertyName(f.wireName)}${f.required ? "" : "?"}: ${fieldType(f)};\n`;
  });
  if (narrowed && !fields.some((f) => f.wireName === narrowed.field))
    members.push(discriminatorMember(narrowed.field, narrowed.values, null));
  return `{\n${members.join("")}}`;
}

function discriminatorMember(name: string, values: readonly string[], description: string | null): string {
  const doc = description
    ? `${description} (enum property replaced by openapi-typescript)`
    : "discriminator enum property added by openapi-typescript";
  return `${jsDoc([`@description ${lines(doc)}`, "@enum {string}"])}${propertyName(name)}: ${values.map((v) => JSON.stringify(v)).join(" | ")};\n`;
}

/** A field's type: its value's, with null where the API may send it. */
function fieldType(f: IrField): string {
  const type = wireType(f.type);
  if (!f.nullable || f.type.kind === "json") return type;
  // The schema of a nullable discriminated union is `anyOf` its `oneOf` and null: a union in a union.
  return f.type.kind === "union" && f.type.discriminator !== null ? `(${type}) | null` : `${type} | null`;
}

/** The TypeScript type of a value on the wire, by kind. */
export function wireType(type: IrType): string {
  switch (type.kind) {
    case "string":
    case "date-time":
    case "binary":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "enum":
      return type.open ? "string" : type.values.map((v) => JSON.stringify(v)).join(" | ");
    case "array": {
      const items = wireType(type.items);
      return needsParentheses(type.items) ? `(${items})[]` : `${items}[]`;
    }
    case "map":
      return `{\n[key: string]: ${wireType(type.values)};\n}`;
    case "json":
      return "unknown";
    case "object":
      return schemaRef(type.name);
    case "variants":
      return [...type.cases.map((c) => schemaRef(c.name)), "{\n[key: string]: unknown;\n}"].join(" | ");
    case "union":
      return unionType(type);
    case "ref":
      return schemaRef(type.model);
    default:
      return unreachable(type);
  }
}

/** A union: each branch, with the discriminator held to the branch's values when there is one. */
function unionType(type: IrUnionType): string {
  if (type.discriminator === null) return type.branches.map((b) => wireType(b.type)).join(" | ");
  const field = propertyName(type.discriminator);
  return type.branches
    .map((b) => {
      const values = b.values.map((v) => JSON.stringify(v)).join(" | ");
      return `(${wireType(b.type)} & {\n/** @enum {string} */\n${field}: ${values};\n})`;
    })
    .join(" | ");
}

const needsParentheses = (type: IrType): boolean =>
  type.kind === "variants" ||
  (type.kind === "union" && type.branches.length > 1) ||
  (type.kind === "enum" && !type.open && type.values.length > 1);

/** A field's doc lines, as openapi-typescript writes them from its schema. */
function fieldDoc(f: IrField): string[] {
  const format = formatOf(f.type);
  const doc = [
    ...(format ? [`Format: ${format}`] : []),
    ...(f.deprecated ? ["@deprecated"] : []),
    ...describe(f.description),
  ];
  if (f.type.kind === "enum" && f.type.open) doc.push(`@example ${lines(f.type.values[0]!)}`);
  if (f.type.kind === "enum" && !f.type.open) doc.push(`@enum {string${f.nullable ? "|null" : ""}}`);
  return doc;
}

/** The `format` the schema of a value of `type` carries. */
function formatOf(type: IrType): string | null {
  if (type.kind === "date-time") return "date-time";
  if (type.kind === "binary") return "binary";
  if (type.kind === "string" && (type.format === "uri" || type.format === "date-time")) return type.format;
  return null;
}

const describe = (text: string): string[] => (text === "" ? [] : [`@description ${lines(text)}`]);
const lines = (text: string) => text.trim().replace(/\r?\n/g, "\n *     ");

/** A documentation comment as openapi-typescript prints one: one line when it holds one. */
function jsDoc(doc: readonly string[]): string {
  if (doc.length === 0) return "";
  const text = doc.length === 1 && !doc[0]!.includes("\n") ? `* ${doc[0]} ` : `*\n * ${doc.join("\n * ")}\n `;
  return `/*${text.replace(/\*\//g, "*\\/")}*/\n`;
}

/** A property name: bare when it is an identifier or a plain number, else a string literal. */
function propertyName(name: string): string {
  if (/^[A-Za-z_$][A-Za-z_$0-9]*$/.test(name)) return name;
  if (String(Number(name)) === name && !name.startsWith("-")) return name;
  return JSON.stringify(name);
}
