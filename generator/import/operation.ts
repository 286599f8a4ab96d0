/**
 * Import, operations: one operation's spec (its parameters with the rules their prose states, its
 * groups of alternatives, its response) and a resource's path parameters.
 */
import { camelCase, splitWords } from "../naming.ts";
import type { NodePath } from "../load/load.ts";
import type {
  OperationKind,
  RawCondition,
  RawOperation,
  RawParameter,
  ParameterStyle,
  RawPathParameter,
  RawTypeExpr,
} from "../load/spec-types.ts";
import { isTextual } from "../resolve/encoding.ts";
import type { Context, ImportReport, LiftNote, MutableParameter, Response } from "./context.ts";
import { declaredAtLeastOneOf } from "./conventions.ts";
import { CLIENT_HEADERS, derivable } from "../check/parameters.ts";
import { ALL_BUT_ENUM, applyLifts, CONTRADICTS_DEFAULT } from "./lift.ts";
import { deref, isObject, paramsOf, placeholders, type Json, type JsonObject } from "./openapi.ts";
import type { PhraseSubject } from "./phrases.ts";
import { successStatuses, type DocOperation } from "./resources.ts";
import { flatSchema, text, typeOf } from "./schemas.ts";

/** The path parameters of a resource's operations, each once, with their length and format lifted. */
export function collectPathParameters(
  ops: readonly DocOperation[],
  notes: LiftNote[],
  ctx: Context,
): RawPathParameter[] {
  const out: RawPathParameter[] = [];
  for (const op of ops) {
    // Only the path's own placeholders: a path parameter its template does not name is not one.
    const named = placeholders(op.path.path);
    for (const p of paramsOf(op, ctx.root)) {
      if (
        p["in"] !== "path" ||
        typeof p["name"] !== "string" ||
        !named.includes(p["name"]) ||
        out.some((x) => x.name === p["name"])
      )
        continue;
      const expr = typeOf(p["schema"], ctx.models, "parameter");
      const scalar = (t: RawTypeExpr | undefined) =>
        t?.type === "integer" || t?.type === "number" || t?.type === "boolean";
      const style = p["style"] === "label" || p["style"] === "matrix" ? p["style"] : null;
      const typed = scalar(expr)
        ? pick(expr, ["type", "minimum", "maximum"])
        : expr.type === "array" && expr.items && (scalar(expr.items) || expr.items.type === "string")
          ? { type: "array", items: expr.items, ...(p["explode"] === true ? { explode: true } : {}) }
          : expr.enum
            ? { type: "string", enum: expr.enum }
            : { type: "string", ...pick(expr, ["minLength", "maxLength", "pattern"]) };
      const base: Record<string, unknown> = {
        name: p["name"],
        ...(derivable(p["name"], false) ? {} : { property: `parameter${out.length + 1}` }),
        ...(style ? { style } : {}),
        ...typed,
      };
      const description = text(p["description"]);
      const at: NodePath = ["resources", 0, "pathParameters", out.length];
      applyLifts(
        base,
        description,
        {
          type: base["type"] === "string" ? "string" : "other",
          values: expr.enum ?? null,
          siblings: [],
          resourceFields: [],
        },
        at,
        notes,
        ctx,
        `path parameter ${String(p["name"])}`,
        ["length", "format"],
      );
      out.push({ ...(base as object), description } as RawPathParameter);
    }
  }
  return out;
}

function pick(expr: RawTypeExpr, keys: readonly (keyof RawTypeExpr)[]): Partial<RawTypeExpr> {
  return Object.fromEntries(keys.filter((k) => expr[k] !== undefined).map((k) => [k, expr[k]]));
}

/** One operation's spec; its lift notes go to `notes` under `at`. */
export function buildOperation(
  op: DocOperation,
  id: string,
  naming: { kind: OperationKind; name?: string },
  response: Response,
  paged: boolean,
  at: NodePath,
  notes: LiftNote[],
  ctx: Context,
): RawOperation {
  const o = op.operation;
  const { parameters, body, additional } = operationParameters(op, ctx);
  ctx.report.parameters += parameters.length;
  const responseModel = response.model ? ctx.models.models.get(response.model)?.model : null;
  const resourceFields = (responseModel?.fields ?? []).flatMap((f) =>
    f.enum ? [{ name: f.name, values: f.enum }] : [],
  );
  const subjectOf = (p: MutableParameter): PhraseSubject => ({
    type: subjectType(p),
    values: (p["enum"] as string[] | undefined) ?? null,
    siblings: parameters
      .filter((s) => s !== p)
      .map((s) => ({
        name: s["name"] as string,
        values: (s["enum"] as string[] | undefined) ?? null,
        boolean: s["type"] === "boolean",
      })),
    resourceFields,
  });
  // Enumerations first: conditions in other parameters' prose name their values.
  const quiet: ImportReport = {
    operations: 0,
    parameters: 0,
    lifted: ctx.report.lifted,
    unlifted: [],
    unpaged: [],
  };
  parameters.forEach((p, pi) =>
    applyLifts(
      p,
      p["description"] as string,
      subjectOf(p),
      [...at, "parameters", pi],
      notes,
      { ...ctx, report: quiet },
      `${id} ${String(p["name"])}`,
      ["enum"],
    ),
  );
  // The first pass reports only an enumeration it would not lift; the second reports the rest.
  ctx.report.unlifted.push(...quiet.unlifted.filter((u) => u.sentence.endsWith(CONTRADICTS_DEFAULT)));
  const exactlyOneOf: string[][] = [];
  parameters.forEach((p, pi) => {
    const lifted = applyLifts(
      p,
      p["description"] as string,
      subjectOf(p),
      [...at, "parameters", pi],
      notes,
      ctx,
      `${id} ${String(p["name"])}`,
      ALL_BUT_ENUM,
    );
    for (const other of lifted) {
      const group = [p["name"] as string, other].sort(
        (a, b) => parameters.findIndex((x) => x["name"] === a) - parameters.findIndex((x) => x["name"] === b),
      );
      if (
        !exactlyOneOf.some((g) => g.join() === group.join()) &&
        !parameters.some((x) => group.includes(x["name"] as string) && x["required"] === true)
      )
        exactlyOneOf.push(group);
    }
  });
  const declared = declaredAtLeastOneOf(o, ctx.conventions);
  const atLeastOneOf = conditionalGroups(declared.groups, parameters);
  if (atLeastOneOf.length) {
    notes.push({
      path: [...at, "atLeastOneOf"],
      kind: "conditional",
      sentence: `${declared.source}: ${JSON.stringify(atLeastOneOf)}`,
    });
    ctx.report.lifted["conditional"] = (ctx.report.lifted["conditional"] ?? 0) + atLeastOneOf.length;
  }
  const tags = Array.isArray(o["tags"])
    ? o["tags"].filter((t): t is string => typeof t === "string" && t.length > 0)
    : [];
  const statuses = successStatuses(o);
  return {
    id,
    kind: naming.kind,
    ...(naming.name ? { name: naming.name } : {}),
    ...(tags.length ? { tags } : {}),
    method: op.method,
    path: op.pathKind,
    successStatus: statuses.length === 1 ? statuses[0]! : statuses,
    ...response.answers,
    ...(body === "json" ? { body: "json" as const } : {}),
    ...(additional ? { additionalBodyProperties: true } : {}),
    // A document without a summary or description for it still gives it one, from its id.
    summary: text(o["summary"]) || text(o["description"]) || sentenceOf(id),
    ...(o["deprecated"] === true ? { deprecated: true } : {}),
    ...(parameters.length ? { parameters: parameters as unknown as RawParameter[] } : {}),
    ...(exactlyOneOf.length ? { exactlyOneOf } : {}),
    ...(atLeastOneOf.length ? { atLeastOneOf } : {}),
    ...(paged && naming.kind === "list"
      ? { stream: { summary: `Stream every item of ${id}, fetching pages as they are consumed.` } }
      : {}),
  };
}

/**
 * The groups of parameter names (snake_case or any other case) of which the vendor extension says
 * at least one must be given, as wire names; a group naming a parameter the operation lacks, or a
 * required one, is left out.
 */
function conditionalGroups(groups: readonly unknown[], parameters: readonly MutableParameter[]): string[][] {
  const fold = (name: string) => name.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  const out: string[][] = [];
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    const members = group.map((n) =>
      parameters.find((p) => typeof n === "string" && fold(p["name"] as string) === fold(n)),
    );
    if (members.length >= 2 && members.every((p) => p && p["required"] !== true))
      out.push(members.map((p) => p!["name"] as string));
  }
  return out;
}

function subjectType(p: Record<string, unknown>): PhraseSubject["type"] {
  const t = p["type"];
  return t === "string" ||
    t === "integer" ||
    t === "number" ||
    t === "boolean" ||
    t === "array" ||
    t === "object"
    ? t
    : "other";
}

// Query and header parameters, then the body's properties (form or JSON), in document order.
function operationParameters(
  op: DocOperation,
  ctx: Context,
): { parameters: MutableParameter[]; body: "form" | "json"; additional: boolean } {
  const out: MutableParameter[] = [];
  for (const p of paramsOf(op, ctx.root)) {
    const where = p["in"];
    if ((where !== "query" && where !== "header" && where !== "cookie") || typeof p["name"] !== "string")
      continue;
    const own = where === "header" ? CLIENT_HEADERS.get(p["name"].toLowerCase()) : undefined;
    if (own !== undefined) {
      ctx.warn(
        ["paths", op.path.path, op.method.toLowerCase()],
        "header-set-by-client",
        `the header parameter ${p["name"]} is left out: the client sets that header itself (${own})`,
      );
      continue;
    }
    const at = ["paths", op.path.path, op.method.toLowerCase()];
    const expr = dotted(p["schema"], ctx) ?? typeOf(p["schema"], ctx.models, "parameter");
    const odd = /[<>]$/.exec(p["name"]);
    const styled = styleOf(p, expr, where);
    if ("problem" in styled) {
      ctx.warn(
        at,
        "unsupported-parameter",
        `the ${where} parameter ${p["name"]} is left out: ${styled.problem}`,
      );
      continue;
    }
    out.push({
      name: p["name"],
      in: where,
      ...(odd
        ? { property: `${camelCase(p["name"].slice(0, -1))}${odd[0] === "<" ? "Before" : "After"}` }
        : derivable(p["name"], where === "query")
          ? {}
          : { property: `parameter${out.length + 1}` }),
      ...styled.style,
      ...styled.expr,
      ...declaredDefault(deref(ctx.root, p["schema"]), expr),
      ...(p["required"] === true ? { required: true } : {}),
      ...(p["deprecated"] === true ? { deprecated: true } : {}),
      description: text(p["description"]),
    });
  }
  // HEAD and OPTIONS requests carry no body: one the document declares is said and left out.
  const bodiless = op.method === "HEAD" || op.method === "OPTIONS";
  if (bodiless && op.operation["requestBody"] !== undefined)
    ctx.warn(
      ["paths", op.path.path, op.method.toLowerCase(), "requestBody"],
      "request-body-not-carried",
      `${op.method === "OPTIONS" ? "an" : "a"} ${op.method} request carries no body, so this request body is left out`,
    );
  const content =
    !bodiless && isObject(op.operation["requestBody"])
      ? (deref(ctx.root, op.operation["requestBody"]) as JsonObject)["content"]
      : undefined;
  let body: "form" | "json" = "form";
  let additional = false;
  if (isObject(content)) {
    // Multipart bodies (files) are not carried yet: left out below, with a warning.
    const media =
      Object.keys(content).find((m) => m.includes("form") && !m.startsWith("multipart/")) ??
      Object.keys(content).find((m) => m.includes("json"));
    body = media && !media.includes("form") ? "json" : "form";
    const schema =
      media && isObject(content[media])
        ? deref(ctx.root, (content[media] as JsonObject)["schema"])
        : undefined;
    const at = ["paths", op.path.path, op.method.toLowerCase(), "requestBody"];
    const shape = bodyProperties(flatSchema(ctx.root, schema), body, at, ctx);
    additional = shape.additional;
    const object = isObject(schema) && (schema["type"] === "object" || isObject(schema["properties"]));
    if (!media || (!shape.properties.length && !additional && !object))
      ctx.warn(
        [...at, "content"],
        "request-body-not-carried",
        media
          ? `the ${media} request body is left out: its schema is no object of named properties, which is what the spec carries`
          : `the request body (${Object.keys(content).join(", ")}) is left out: the spec carries form and JSON object bodies`,
      );
    for (const { name, property, required, conditions } of shape.properties) {
      if (
        /[\u0000-\u001f\u007f]/.test(name) ||
        !derivable(name, body === "form") ||
        (body === "json" && name.includes("."))
      ) {
        ctx.warn(
          at,
          "unsupported-parameter",
          `the body property ${JSON.stringify(name)} is left out: no client name can be made of it${body === "json" && name.includes(".") ? " (a dot in a JSON property)" : ""}`,
        );
        continue;
      }
      const expr =
        (body === "form" ? dotted(property, ctx) : null) ?? typeOf(property, ctx.models, "parameter");
      const target = deref(ctx.root, property);
      out.push({
        name,
        in: "body",
        ...expr,
        ...declaredDefault(target, expr),
        ...(required ? { required: true } : {}),
        ...conditions,
        ...(isObject(target) && target["deprecated"] === true ? { deprecated: true } : {}),
        description:
          text(isObject(property) ? property["description"] : undefined) ||
          text(isObject(target) ? target["description"] : undefined),
      });
    }
  }
  return { parameters: out, body, additional };
}

/**
 * An object parameter whose schema format the conventions name as dotted keys: a map of any JSON
 * values, sent as `<prefix>.<key>…` pairs; null for any other schema.
 */
function dotted(node: unknown, ctx: Context): RawParameterExpr | null {
  const schema = deref(ctx.root, node as Json);
  const format = isObject(schema) && schema["type"] === "object" ? schema["format"] : undefined;
  if (typeof format !== "string") return null;
  for (const rule of ctx.conventions.dottedFormats ?? []) {
    const match = new RegExp(rule.format).exec(format);
    if (match) {
      const keyPrefix = rule.keyPrefix.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? "");
      if (keyPrefix) return { type: "map", values: { type: "json" }, keyPrefix };
    }
  }
  return null;
}

/** A type expression with a parameter's own wire keys. */
type RawParameterExpr = RawTypeExpr & { readonly keyPrefix?: string };

/** One property of a request body, with the conditions a union of object shapes puts on it. */
interface BodyProperty {
  readonly name: string;
  readonly property: Json;
  readonly required: boolean;
  readonly conditions: { readonly onlyWhen?: RawCondition; readonly requiredWhen?: RawCondition };
}

/**
 * The properties of a request body schema: an object's own; for a JSON body that is one of several
 * object shapes told apart by a discriminator property, every shape's properties, each applying
 * (and required) when the discriminator names a shape that has (and requires) it. `additional`: a
 * JSON object body that takes properties beyond its own (a free-form object has only those).
 */
function bodyProperties(
  schema: Json | undefined,
  body: "form" | "json",
  at: NodePath,
  ctx: Context,
): { properties: BodyProperty[]; additional: boolean } {
  if (!isObject(schema)) return { properties: [], additional: false };
  const union = body === "json" ? discriminatedUnion(schema, ctx) : null;
  if (union) return { properties: unionProperties(union, at, ctx), additional: false };
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  const required = new Set(Array.isArray(schema["required"]) ? schema["required"] : []);
  const extra = schema["additionalProperties"];
  const open =
    body === "json" &&
    schema["type"] === "object" &&
    (Object.keys(properties).length === 0 ? extra !== false : extra === true || isObject(extra));
  return {
    properties: Object.entries(properties).map(([name, property]) => ({
      name,
      property,
      required: required.has(name),
      conditions: {},
    })),
    additional: open,
  };
}

interface Union {
  readonly discriminator: string;
  /** Each shape and the discriminator values naming it. */
  readonly shapes: readonly { readonly schema: JsonObject; readonly values: readonly string[] }[];
}

// A `oneOf`/`anyOf` of object shapes with `discriminator.propertyName`, each shape named by its values.
function discriminatedUnion(schema: JsonObject, ctx: Context): Union | null {
  const branches = schema["oneOf"] ?? schema["anyOf"];
  const disc = isObject(schema["discriminator"]) ? schema["discriminator"]["propertyName"] : undefined;
  if (!Array.isArray(branches) || typeof disc !== "string" || branches.length < 2) return null;
  const mapping =
    isObject(schema["discriminator"]) && isObject(schema["discriminator"]["mapping"])
      ? schema["discriminator"]["mapping"]
      : {};
  const shapes = branches.map((branch) => {
    const target = deref(ctx.root, branch);
    if (!isObject(target) || !isObject(target["properties"])) return null;
    const ref = isObject(branch) && typeof branch["$ref"] === "string" ? branch["$ref"] : null;
    const mapped = Object.entries(mapping)
      .filter(([, to]) => ref !== null && to === ref)
      .map(([v]) => v);
    const own = deref(ctx.root, target["properties"][disc]);
    const enumerated =
      isObject(own) && Array.isArray(own["enum"])
        ? own["enum"].filter((v): v is string => typeof v === "string")
        : [];
    const named = ref ? [ref.slice(ref.lastIndexOf("/") + 1)] : [];
    const values = mapped.length ? mapped : enumerated.length ? enumerated : named;
    return values.length ? { schema: target, values } : null;
  });
  return shapes.every((s) => s !== null) ? { discriminator: disc, shapes } : null;
}

function unionProperties(union: Union, at: NodePath, ctx: Context): BodyProperty[] {
  const all = union.shapes.flatMap((s) => s.values);
  const first = union.shapes.find((s) => isObject(s.schema["properties"]))!.schema[
    "properties"
  ] as JsonObject;
  const discriminator: BodyProperty = {
    name: union.discriminator,
    property: {
      ...(isObject(deref(ctx.root, first[union.discriminator]))
        ? (deref(ctx.root, first[union.discriminator]) as JsonObject)
        : {}),
      type: "string",
      enum: all,
      description: `Which shape the body takes: ${all.join(", ")}.`,
    },
    required: true,
    conditions: {},
  };
  const seen = new Map<string, { property: Json; values: string[]; required: string[] }>();
  for (const shape of union.shapes) {
    const required = new Set(Array.isArray(shape.schema["required"]) ? shape.schema["required"] : []);
    for (const [name, property] of Object.entries(shape.schema["properties"] as JsonObject)) {
      if (name === union.discriminator) continue;
      const entry = seen.get(name) ?? { property, values: [], required: [] };
      if (JSON.stringify(deref(ctx.root, entry.property)) !== JSON.stringify(deref(ctx.root, property))) {
        ctx.warn(
          at,
          "union-property-conflict",
          `'${name}' has a different schema in the shapes named ${entry.values.join(", ")} and ${shape.values.join(", ")}: it is taken as any JSON value`,
        );
        entry.property = {};
      }
      entry.values.push(...shape.values);
      if (required.has(name)) entry.required.push(...shape.values);
      seen.set(name, entry);
    }
  }
  const when = (values: readonly string[]): RawCondition => ({
    parameter: union.discriminator,
    in: [...values],
  });
  return [
    discriminator,
    ...[...seen].map(([name, e]): BodyProperty => {
      const everywhere = e.values.length === all.length;
      const alwaysRequired = everywhere && e.required.length === all.length;
      return {
        name,
        property: e.property,
        required: alwaysRequired,
        conditions: {
          ...(everywhere ? {} : { onlyWhen: when(e.values) }),
          ...(!alwaysRequired && e.required.length ? { requiredWhen: when(e.required) } : {}),
        },
      };
    }),
  ];
}

/** The schema's own `default`, when it is a value the parameter's type accepts. */
function declaredDefault(schema: unknown, expr: RawTypeExpr): { default?: string | number | boolean } {
  if (!isObject(schema)) return {};
  const value = schema["default"];
  const fits =
    (typeof value === "string" && expr.type === "string" && (!expr.enum || expr.enum.includes(value))) ||
    (typeof value === "number" &&
      (expr.type === "number" || (expr.type === "integer" && Number.isInteger(value)))) ||
    (typeof value === "boolean" && expr.type === "boolean");
  return fits ? { default: value as string | number | boolean } : {};
}

// A header carries one value: structured types travel as JSON text.
const COLLECTION_FORMATS: Readonly<Record<string, { style: ParameterStyle; explode?: boolean }>> = {
  csv: { style: "form", explode: false },
  ssv: { style: "spaceDelimited" },
  tsv: { style: "tabDelimited" },
  pipes: { style: "pipeDelimited" },
};

/**
 * A query, header or cookie parameter's type and style as the spec writes them, from OpenAPI's
 * `style` and `explode` (or Swagger's `collectionFormat`, which some documents keep), or why the
 * client cannot send it. Arrays repeat their key unless the document says otherwise; an object in
 * a query travels as OpenAPI's default says (its fields as keys of their own) when it is flat, as
 * deepObject when declared, and as JSON text otherwise; a header's object as JSON text.
 */
function styleOf(
  p: JsonObject,
  expr: RawTypeExpr & { readonly keyPrefix?: string },
  where: "query" | "header" | "cookie",
): { style: { style?: ParameterStyle; explode?: boolean }; expr: RawTypeExpr } | { problem: string } {
  const declared = typeof p["style"] === "string" ? p["style"] : null;
  const explode = typeof p["explode"] === "boolean" ? p["explode"] : null;
  const format =
    typeof p["collectionFormat"] === "string" ? COLLECTION_FORMATS[p["collectionFormat"]] : undefined;
  const structured = expr.type === "object" || expr.type === "map" || expr.model !== undefined;
  if (expr.keyPrefix !== undefined) return { style: {}, expr };
  if (where === "header")
    return {
      style: {},
      expr: structured || (expr.type === "array" && expr.items?.type === "array") ? { type: "json" } : expr,
    };
  if (where === "cookie") {
    if (structured) return { style: {}, expr: { type: "json" } };
    if (expr.type !== "array") return { style: {}, expr };
    return explode === false || format?.explode === false
      ? { style: { explode: false }, expr }
      : { problem: "a cookie carries one value, and the document sends an array's items exploded" };
  }
  if (expr.type === "array") {
    if (format) return { style: format, expr };
    if (declared === "spaceDelimited" || declared === "pipeDelimited")
      return { style: { style: declared, ...(explode === true ? { explode } : {}) }, expr };
    if (declared === "deepObject") return { problem: "deepObject carries an object, not an array" };
    return explode === false ? { style: { style: "form", explode: false }, expr } : { style: {}, expr };
  }
  if (structured) {
    if (declared === "deepObject") return { style: { style: "deepObject" }, expr };
    const flat = expr.type === "object" && !expr.variantsBy && (expr.fields ?? []).every((f) => isTextual(f));
    if (flat && (declared === null || declared === "form"))
      return { style: { style: "form", ...(explode === false ? { explode: false } : {}) }, expr };
    return { style: {}, expr };
  }
  return { style: {}, expr };
}

/** `GetOrder` -> `Get order.` */
function sentenceOf(id: string): string {
  const words = splitWords(id).map((w) => w.toLowerCase());
  return words.length ? `${words[0]![0]!.toUpperCase()}${words.join(" ").slice(1)}.` : "";
}
