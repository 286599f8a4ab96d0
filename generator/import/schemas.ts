/**
 * Import, types: OpenAPI schemas -> spec type expressions, fields and models. Enumerations are
 * inlined; object components referenced from fields become models (`model: Name`), collected here.
 */
import { pascalCase } from "../naming.ts";
import type { RawField, RawModel, RawTypeExpr } from "../load/spec-types.ts";
import { deref, isObject, type Json, type JsonObject } from "./openapi.ts";

/** Names a component schema as a model (`shop.v1.store.shelf.book` -> `Book`), uniquely. */
export type ModelNamer = (ref: string) => string;

/** Who holds a model name an inline schema wants: a component (its `$ref`), or another holder, described. */
export type NameHolder = { readonly ref: string } | { readonly what: string };

/**
 * Collects the models the converted types refer to, converting each component once. Names are
 * never substituted: a component's name is its own, and a model made from an inline schema takes a
 * name no other schema holds (see `nameInline`).
 */
export class ModelTable {
  readonly models = new Map<string, { readonly ref: string; model: RawModel | null }>();
  /** Models made from inline schemas, by name: where each was first named (for a diagnostic). */
  private readonly inline = new Map<string, string>();
  /** The name given to each inline schema, by its first candidate and fields: identical schemas share it. */
  private readonly given = new Map<string, string>();
  /** Properties the members of an `allOf` disagree on, for the importer's warnings. */
  readonly conflicts: AllOfConflict[] = [];
  /** Properties whose names no field can have, for the importer's warnings: left out, never silently. */
  readonly unnamed: AllOfConflict[] = [];
  /** The component being converted now (null: an inline schema). */
  converting: string | null = null;
  /** The references being inlined by `typeOf` now: one met again contains itself, not through a model. */
  readonly inlining = new Set<string>();
  constructor(
    readonly root: JsonObject,
    readonly nameOf: ModelNamer,
    /** Names held before any inline schema is named: the components' models, the conventions' and the runtime's. */
    readonly held: ReadonlyMap<string, NameHolder> = new Map(),
  ) {}

  /**
   * The name of a model made from an inline schema with these fields: the first of `candidates`
   * (then the last one numbered: `Name2`, `Name3`, ...) that no schema of other fields holds. A
   * component, or an earlier inline schema, with the same fields shares its name (`shared`), and so
   * does an inline schema with the same first candidate and fields as an earlier one, whatever name
   * that one was given (so identical schemas get one model, warned about once).
   * `taken` says who holds the first candidate when another name was given.
   */
  nameInline(
    candidates: readonly string[],
    fields: readonly RawField[],
    where: string,
  ): { name: string; shared: boolean; taken: string | null } {
    const own = JSON.stringify(fields);
    const holder = (name: string): { same: boolean; who: string } | null => {
      const held = this.held.get(name);
      if (held && "ref" in held) {
        // A component object is converted to compare it; a union of components only once it is a model.
        const schema = deref(this.root, { $ref: held.ref });
        const entry =
          isObject(schema) && isObject(schema["properties"])
            ? this.models.get(this.use(held.ref))
            : this.models.get(name);
        const model = entry?.model;
        return { same: !!model && JSON.stringify(model.fields) === own, who: `the component ${held.ref}` };
      }
      if (held) return { same: false, who: held.what };
      const entry = this.models.get(name);
      if (!entry) return null;
      return {
        same: entry.model !== null && JSON.stringify(entry.model.fields) === own,
        who: this.inline.get(name) ?? "another schema",
      };
    };
    const first = candidates[0]!;
    const last = candidates[candidates.length - 1]!;
    const key = `${first}\u0000${own}`;
    const given = this.given.get(key);
    if (given !== undefined) return { name: given, shared: true, taken: null };
    const names = [...new Set(candidates)];
    for (let i = 0; ; i++) {
      const name = i < names.length ? names[i]! : `${last}${i - names.length + 2}`;
      const held = holder(name);
      if (held && !held.same) continue;
      const taken = name === first ? null : (holder(first)?.who ?? null);
      if (!held) this.inline.set(name, where);
      this.given.set(key, name);
      return { name, shared: held !== null, taken };
    }
  }

  /** The model for a component object schema, converting it (and what it refers to) on first use. */
  use(ref: string): string {
    const name = this.nameOf(ref);
    if (this.models.has(name)) return name;
    this.models.set(name, { ref, model: null }); // registered first: a recursive reference finds it
    const schema = flatSchema(this.root, { $ref: ref }, this.conflicts) as JsonObject;
    const description = text(schema["description"]) || text(schema["title"]) || `The ${name} resource.`;
    const outer = this.converting;
    this.converting = ref;
    this.models.get(name)!.model = { name, description, fields: fieldsOf(schema, this) };
    this.converting = outer;
    return name;
  }

  /** Every model `names` refer to, transitively, in first-use order. */
  closure(names: Iterable<string>): RawModel[] {
    const out = new Map<string, RawModel>();
    const visit = (name: string) => {
      if (out.has(name)) return;
      const model = this.models.get(name)?.model;
      if (!model) return;
      out.set(name, model);
      for (const field of model.fields) for (const ref of modelRefs(field)) visit(ref);
    };
    for (const name of names) visit(name);
    return [...out.values()];
  }
}

/** The models a type expression refers to, at any depth. */
export function modelRefs(expr: RawTypeExpr): string[] {
  return [
    ...(expr.model ? [expr.model] : []),
    ...(expr.items ? modelRefs(expr.items) : []),
    ...(expr.values ? modelRefs(expr.values) : []),
    ...(expr.fields ?? []).flatMap(modelRefs),
    ...(expr.oneOf ?? []).flatMap(modelRefs),
  ];
}

/** Two members of an `allOf` that give one property different schemas: the first member's is kept. */
export interface AllOfConflict {
  /** The schema holding the `allOf`: its component's `$ref`, or null for an inline one. */
  readonly ref: string | null;
  readonly property: string;
}

/**
 * The schema `node` stands for, with an `allOf` merged into one object schema: the properties of
 * every member in order (members' own `allOf` merged first) and their `required` names together.
 * A property two members give different schemas keeps the first one's, and is reported to
 * `conflicts`. Any other schema is returned dereferenced, as it is.
 */
export function flatSchema(
  root: JsonObject,
  node: Json | undefined,
  conflicts: AllOfConflict[] | null = null,
  depth = 0,
): Json | undefined {
  const schema = deref(root, node);
  if (!isObject(schema) || !Array.isArray(schema["allOf"]) || depth > 16) return schema;
  const ref = isObject(node) && typeof node["$ref"] === "string" ? node["$ref"] : null;
  const { allOf: _allOf, ...rest } = schema;
  void _allOf;
  // An allOf of one schema that is no object of properties (an enum, a scalar), beside no
  // properties of its own, is that schema, with the holder's own keys (nullable, description).
  // Each member flattened once (a conflict inside one is reported once).
  const flats = schema["allOf"].map((member) => flatSchema(root, member, conflicts, depth + 1));
  const only = flats.length === 1 ? flats[0] : null;
  if (isObject(only) && !hasProperties(only) && !hasProperties(schema)) return { ...only, ...rest };
  const properties: Record<string, Json> = {};
  const required = new Set<string>();
  const own = flatSchema(root, { ...schema, allOf: undefined } as unknown as Json, conflicts, depth + 1);
  for (const flat of [...flats, own]) {
    if (!isObject(flat)) continue;
    for (const [name, property] of Object.entries(isObject(flat["properties"]) ? flat["properties"] : {})) {
      const known = properties[name];
      if (known === undefined) properties[name] = property;
      else if (JSON.stringify(deref(root, known)) !== JSON.stringify(deref(root, property)))
        conflicts?.push({ ref, property: name });
    }
    if (Array.isArray(flat["required"]))
      for (const name of flat["required"]) if (typeof name === "string") required.add(name);
  }
  return { ...rest, type: "object", properties, required: [...required] };
}

// Whether a schema names at least one property of its own.
function hasProperties(schema: JsonObject): boolean {
  return isObject(schema["properties"]) && Object.keys(schema["properties"]).length > 0;
}

/** A description as one line of text ("" when absent). */
export function text(value: Json | undefined): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

/** A component object schema becomes a model; everything else is inlined. */
function isModelRef(root: JsonObject, node: Json | undefined): node is { $ref: string } {
  if (
    !isObject(node) ||
    typeof node["$ref"] !== "string" ||
    !node["$ref"].startsWith("#/components/schemas/")
  )
    return false;
  const target = flatSchema(root, node);
  return isObject(target) && isObject(target["properties"]);
}

// The spec format's wire names: identifiers, or dotted paths of them.
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * The fields of an object schema (property names the spec format cannot carry are left out, and
 * listed in `models.unnamed` for a warning).
 */
export function fieldsOf(
  schema: JsonObject,
  models: ModelTable,
  use: "field" | "parameter" = "field",
): RawField[] {
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  const required = new Set(
    Array.isArray(schema["required"])
      ? schema["required"].filter((x): x is string => typeof x === "string")
      : [],
  );
  const out: RawField[] = [];
  for (const [name, property] of Object.entries(properties)) {
    if (!FIELD_NAME.test(name)) {
      models.unnamed.push({ ref: models.converting, property: name });
      continue;
    }
    // OpenAPI 3.0's `nullable`, 3.1's "null" among the types, or a null branch of a union.
    const nullable =
      (isObject(property) && property["nullable"] === true) || isNullable(models.root, property);
    out.push({
      name,
      ...typeOf(property, models, use),
      ...(nullable ? { nullable: true } : {}),
      ...(required.has(name) ? { required: true } : {}),
      ...(isObject(property) && property["deprecated"] === true ? { deprecated: true } : {}),
      description: text(isObject(property) ? property["description"] : undefined),
    });
  }
  return out;
}

/**
 * The type expression of a schema. In a field, component objects are model references; in a
 * parameter they are inlined as objects (parameters describe their objects themselves).
 */
export function typeOf(node: Json | undefined, models: ModelTable, use: "field" | "parameter"): RawTypeExpr {
  const root = models.root;
  if (use === "field" && isModelRef(root, node)) return { model: models.use(node.$ref) };
  const ref = isObject(node) && typeof node["$ref"] === "string" ? node["$ref"] : null;
  if (ref === null) return inlineType(node, models, use);
  // A schema that contains itself other than through a model (an array of itself, an object used
  // as a parameter): the inner occurrence is any JSON value, where expanding it would never end.
  if (models.inlining.has(ref)) return { type: "json" };
  models.inlining.add(ref);
  try {
    return inlineType(node, models, use);
  } finally {
    models.inlining.delete(ref);
  }
}

function inlineType(node: Json | undefined, models: ModelTable, use: "field" | "parameter"): RawTypeExpr {
  const root = models.root;
  const schema = flatSchema(root, node, models.conflicts);
  if (!isObject(schema)) return { type: "json" };
  const branches = unionBranches(root, schema);
  if (branches?.length === 1) return typeOf(branches[0], models, use);
  // A union in a request is any JSON value until requests carry unions; in a response, a union.
  if (branches)
    return use === "field"
      ? unionType(schema, branches, models, (b) => typeOf(b, models, use))
      : { type: "json" };
  const type = Array.isArray(schema["type"])
    ? schema["type"].find((t) => t !== "null")
    : (schema["type"] ?? impliedType(schema));
  // The bounds a spec can hold: finite numbers, counts (lengths, items) whole and not negative, and
  // a pair only when its lower bound is not above its upper one. Anything else is left out.
  const bounds = ([low, high]: readonly [string, string], counts: boolean) => {
    const valid = (k: string) =>
      typeof schema[k] === "number" &&
      Number.isFinite(schema[k]) &&
      (!counts || (Number.isInteger(schema[k]) && schema[k] >= 0));
    const out: Record<string, number> = {};
    if (valid(low)) out[low] = schema[low] as number;
    if (valid(high)) out[high] = schema[high] as number;
    return out[low] !== undefined && out[high] !== undefined && out[low] > out[high] ? {} : out;
  };
  switch (type) {
    case "string": {
      const values = Array.isArray(schema["enum"])
        ? [...new Set(schema["enum"].filter((v): v is string => typeof v === "string" && v.length > 0))]
        : [];
      if (values.length) return { type: "string", enum: values };
      if (schema["format"] === "date-time") return { type: "date-time" };
      const pattern =
        typeof schema["pattern"] === "string" && schema["pattern"] !== "" // usable: see patterns.ts
          ? { pattern: schema["pattern"] }
          : {};
      const format = schema["format"] === "uri" ? { format: "uri" as const } : {};
      return { type: "string", ...format, ...bounds(["minLength", "maxLength"], true), ...pattern };
    }
    case "integer":
    case "number":
      return { type, ...bounds(["minimum", "maximum"], false) };
    case "boolean":
      return { type: "boolean" };
    case "array": {
      const items = schema["items"];
      const inner =
        items === undefined || (isObject(items) && Object.keys(items).length === 0)
          ? { type: "json" as const }
          : typeOf(items, models, use);
      return {
        type: "array",
        items: inner.type === "array" ? { type: "json" } : inner,
        ...bounds(["minItems", "maxItems"], true),
      };
    }
    case "object": {
      if (isObject(schema["properties"]) && Object.keys(schema["properties"]).length) {
        const fields = fieldsOf(schema, models, use);
        if (fields.length) return { type: "object", fields };
      }
      const extra = schema["additionalProperties"];
      if (isObject(extra) && Object.keys(extra).length)
        return { type: "map", values: typeOf(extra, models, use) };
      return { type: "json" };
    }
    default:
      return { type: "json" };
  }
}

/**
 * The type a schema without `type` still states (JSON Schema lets documents leave it out): an
 * `enum` of strings only (and null) is a string, one with `properties` an object; else none.
 */
function impliedType(schema: JsonObject): "string" | "object" | undefined {
  const values = Array.isArray(schema["enum"]) ? schema["enum"].filter((v) => v !== null) : null;
  if (values?.length && values.every((v) => typeof v === "string")) return "string";
  return hasProperties(schema) ? "object" : undefined;
}

/**
 * The branches of a `oneOf` or `anyOf` schema that has no properties of its own, without its
 * `null` branches (those make the value nullable: see `isNullable`), or null for any other schema.
 */
export function unionBranches(root: JsonObject, schema: Json | undefined): Json[] | null {
  if (!isObject(schema) || (isObject(schema["properties"]) && Object.keys(schema["properties"]).length))
    return null;
  const all = schema["oneOf"] ?? schema["anyOf"];
  if (!Array.isArray(all) || !all.length) return null;
  const branches = all.filter((b) => !isNullSchema(deref(root, b)));
  return branches.length ? branches : null;
}

/** Whether a schema admits only `null` (`type: "null"`, or `enum: [null]`). */
export function isNullSchema(schema: Json | undefined): boolean {
  return (
    isObject(schema) &&
    (schema["type"] === "null" ||
      (Array.isArray(schema["enum"]) && schema["enum"].length === 1 && schema["enum"][0] === null))
  );
}

/** Whether a schema admits `null`: OpenAPI 3.0's `nullable`, 3.1's "null" type, or a null branch of its union. */
export function isNullable(root: JsonObject, node: Json | undefined): boolean {
  const schema = deref(root, node);
  if (!isObject(schema)) return false;
  if (schema["nullable"] === true || (Array.isArray(schema["type"]) && schema["type"].includes("null")))
    return true;
  const all = schema["oneOf"] ?? schema["anyOf"];
  return Array.isArray(all) && all.some((b) => isNullSchema(deref(root, b)));
}

/**
 * A union of `branches` (each converted by `branchType`): nested unions flattened, identical
 * branches once; a branch that is any JSON value makes the whole any JSON value. The schema's
 * discriminator is kept when every branch is a model whose field of that name is a string taking
 * each value that selects it (the values written out as a mapping, OpenAPI's implicit ones being
 * the component's name); otherwise the client chooses by shape.
 */
export function unionType(
  schema: JsonObject,
  branches: readonly Json[],
  models: ModelTable,
  branchType: (branch: Json, index: number) => RawTypeExpr,
): RawTypeExpr {
  const oneOf: RawTypeExpr[] = [];
  const seen = new Set<string>();
  const add = (t: RawTypeExpr) => {
    const key = JSON.stringify(t);
    if (!seen.has(key)) oneOf.push(t);
    seen.add(key);
  };
  for (const [i, branch] of branches.entries()) {
    const t = branchType(branch, i);
    if (t.type === "json") return { type: "json" };
    if (t.type === "union") (t.oneOf ?? []).forEach(add);
    else add(t);
  }
  if (oneOf.length === 1) return oneOf[0]!;
  const discriminator = discriminatorOf(schema, branches, oneOf, models);
  return { type: "union", oneOf, ...(discriminator ? { discriminator } : {}) };
}

function discriminatorOf(
  schema: JsonObject,
  branches: readonly Json[],
  oneOf: readonly RawTypeExpr[],
  models: ModelTable,
): RawTypeExpr["discriminator"] | null {
  const d = schema["discriminator"];
  const field = isObject(d) ? d["propertyName"] : undefined;
  if (typeof field !== "string" || branches.length !== oneOf.length) return null;
  const component = (ref: string) => ref.replace("#/components/schemas/", "");
  const mapping: Record<string, string> = {};
  for (const [i, branch] of branches.entries()) {
    const model = oneOf[i]!.model;
    if (model === undefined || !isObject(branch) || typeof branch["$ref"] !== "string") return null;
    const ref = component(branch["$ref"]);
    const given = Object.entries(isObject(d) && isObject(d["mapping"]) ? d["mapping"] : {})
      .filter(([, target]) => typeof target === "string" && component(target) === ref)
      .map(([value]) => value);
    const values = given.length ? given : [ref];
    const f = models.models.get(model)?.model?.fields.find((x) => x.name === field);
    if (!f || f.type !== "string" || (f.enum && values.some((v) => !f.enum!.includes(v)))) return null;
    for (const value of values) mapping[value] = model;
  }
  return Object.entries(mapping).every(([value, model]) => value === model) ? { field } : { field, mapping };
}

/** Names component schemas as models: the last dotted segment, PascalCase; clashes take more segments. */
export function modelNamer(
  componentNames: readonly string[],
  reserved: ReadonlySet<string>,
  prefix: string,
): ModelNamer {
  const segments = new Map(componentNames.map((n) => [n, n.split(/[.]/).map(pascalCase).filter(Boolean)]));
  const names = new Map<string, string>();
  const taken = new Map<string, number>();
  const candidate = (n: string, depth: number) => {
    const parts = segments.get(n)!;
    return parts.slice(Math.max(0, parts.length - depth)).join("") || "Model";
  };
  for (const n of componentNames) taken.set(candidate(n, 1), (taken.get(candidate(n, 1)) ?? 0) + 1);
  for (const n of componentNames) {
    let depth = 1;
    let name = candidate(n, depth);
    while ((taken.get(name) ?? 0) > 1 && depth < segments.get(n)!.length) name = candidate(n, ++depth);
    if (!/^[A-Z]/.test(name)) name = `${prefix}${name}`;
    if (reserved.has(name)) name = `${prefix}${name}`;
    names.set(n, name);
  }
  return (ref) => names.get(ref.replace("#/components/schemas/", "")) ?? `${prefix}Model`;
}
