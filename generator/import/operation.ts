/**
 * Import, operations: one operation's spec (its parameters with the rules their prose states, its
 * groups of alternatives, its response) and a resource's path parameters.
 */
import { camelCase, splitWords } from "../naming.ts";
import type { NodePath } from "../load/load.ts";
import type {
  OperationKind,
  RawOperation,
  RawParameter,
  ParameterStyle,
  RawPathParameter,
  RawRequestBody,
  RawTypeExpr,
} from "../load/spec-types.ts";
import { formObjectFields } from "../resolve/encoding.ts";
import type { Context, ImportReport, LiftNote, MutableParameter, Response } from "./context.ts";
import { declaredAtLeastOneOf } from "./conventions.ts";
import { CLIENT_HEADERS, derivable } from "../check/parameters.ts";
import { ALL_BUT_ENUM, applyLifts, CONTRADICTS_DEFAULT } from "./lift.ts";
import { deref, isObject, paramsOf, placeholders, type Json, type JsonObject } from "./openapi.ts";
import type { PhraseSubject } from "./phrases.ts";
import { successStatuses, type DocOperation } from "./resources.ts";
import { flatSchema, text, typeOf, unionBranches } from "./schemas.ts";

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
  const { parameters, body, additional, requestBody } = operationParameters(op, ctx);
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
    ...(body !== "form" ? { body } : {}),
    ...(requestBody ? { requestBody } : {}),
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
): {
  parameters: MutableParameter[];
  body: "form" | "json" | "multipart";
  additional: boolean;
  requestBody: RawRequestBody | undefined;
} {
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
    // A schema (not `content`) asks for OpenAPI's style; where the spec format writes JSON text
    // instead (an object that is not flat, a union, any value, a header's or cookie's structure), say so.
    // (A convention's dotted format is a map under keys of its own.)
    if (p["schema"] !== undefined && !("keyPrefix" in expr) && travelsAsJson(styled))
      ctx.warn(
        at,
        "parameter-as-json",
        `the ${where} parameter ${p["name"]} travels as JSON text: the document's ${
          typeof p["style"] === "string" ? p["style"] : where === "header" ? "simple" : "form"
        } style for its value is one the spec format cannot write`,
      );
    // A required query string is never empty: OpenAPI reads an empty value as the parameter's
    // absence unless `allowEmptyValue` says otherwise (so a default of "" is no value it can take).
    const filled =
      where === "query" &&
      p["required"] === true &&
      p["allowEmptyValue"] !== true &&
      styled.expr.type === "string" &&
      !styled.expr.enum &&
      !styled.expr.minLength;
    const given = declaredDefault(deref(ctx.root, p["schema"]), expr);
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
      ...(filled ? { minLength: 1 } : {}),
      ...(filled && given.default === "" ? {} : given),
      ...(p["required"] === true ? { required: true } : {}),
      ...(p["deprecated"] === true ? { deprecated: true } : {}),
      description: text(p["description"]),
    });
  }
  // GET, HEAD and OPTIONS requests carry no body: one the document declares is said and left out.
  const bodiless = op.method === "GET" || op.method === "HEAD" || op.method === "OPTIONS";
  if (bodiless && op.operation["requestBody"] !== undefined)
    ctx.warn(
      ["paths", op.path.path, op.method.toLowerCase(), "requestBody"],
      "request-body-not-carried",
      `${op.method === "OPTIONS" ? "an" : "a"} ${op.method} request carries no body, so this request body is left out`,
    );
  const declaredBody =
    !bodiless && isObject(op.operation["requestBody"])
      ? (deref(ctx.root, op.operation["requestBody"]) as JsonObject)
      : undefined;
  const content = declaredBody?.["content"];
  let body: "form" | "json" | "multipart" = "form";
  let additional = false;
  let requestBody: RawRequestBody | undefined;
  if (isObject(content)) {
    const at = ["paths", op.path.path, op.method.toLowerCase(), "requestBody"];
    const media = chosenMedia(Object.keys(content));
    for (const other of Object.keys(content).filter((m) => m !== media))
      ctx.warn(
        [...at, "content", other],
        "request-media-type-left-out",
        `the ${other} form of the request body is left out: the client sends one media type, ${media}`,
      );
    const { entry, kind, shape, object, whole } = bodyPlan(content, media, ctx.root);
    body = kind === "json" || kind === "multipart" ? kind : "form";
    additional = shape.additional;
    if (whole !== null) {
      requestBody = wholeBody(whole, media!, entry["schema"], declaredBody!, [...at, "content", media!], ctx);
      body = "form";
      shape.properties.length = 0;
      additional = false;
    } else {
      const problem = bodyProblem(kind, shape.properties.length > 0 || additional || object);
      if (problem !== null)
        ctx.warn(
          [...at, "content"],
          "request-body-not-carried",
          `the ${media ?? "empty"} request body is left out: ${problem}`,
        );
    }
    const encoding = isObject(entry["encoding"]) ? entry["encoding"] : {};
    for (const { name, property, required } of shape.properties) {
      if (
        /[\u0000-\u001f\u007f]/.test(name) ||
        !derivable(name, body === "form") ||
        (body !== "form" && name.includes("."))
      ) {
        ctx.warn(
          at,
          "unsupported-parameter",
          `the body property ${JSON.stringify(name)} is left out: no client name can be made of it${body === "json" && name.includes(".") ? " (a dot in a JSON property)" : ""}`,
        );
        continue;
      }
      const expr =
        (body === "multipart" ? fileType(property, ctx) : null) ??
        (body === "form" ? dotted(property, ctx) : null) ??
        typeOf(property, ctx.models, "parameter");
      const target = deref(ctx.root, property);
      const part = isObject(encoding[name]) ? (encoding[name] as JsonObject)["contentType"] : undefined;
      out.push({
        name,
        in: "body",
        ...expr,
        ...declaredDefault(target, expr),
        ...(required ? { required: true } : {}),
        ...(body === "multipart" && typeof part === "string" && part.trim()
          ? { contentType: part.split(",")[0]!.trim() }
          : {}),
        ...(isObject(target) && target["deprecated"] === true ? { deprecated: true } : {}),
        description:
          text(isObject(property) ? property["description"] : undefined) ||
          text(isObject(target) ? target["description"] : undefined),
      });
    }
  }
  return { parameters: out, body, additional, requestBody };
}

// Why a body the function would take as parameters cannot be carried, or null when it can.
function bodyProblem(kind: MediaKind | null, object: boolean): string | null {
  if (kind === null) return "the spec carries JSON, multipart, form, text and binary bodies";
  return object ? null : "its schema is no object of named properties, which is what the spec carries";
}

/**
 * Why an operation cannot be called as the document says, or null: a required request body the
 * client cannot send (any body of a GET, HEAD or OPTIONS request, or one of a kind the spec does
 * not carry). Such an operation is left out whole, with a warning, rather than imported as a
 * function whose every request is invalid.
 */
export function unsendableBody(op: DocOperation, root: JsonObject): string | null {
  const declared = deref(root, op.operation["requestBody"]);
  if (!isObject(declared) || declared["required"] !== true) return null;
  if (op.method === "GET" || op.method === "HEAD" || op.method === "OPTIONS")
    return `${op.method === "OPTIONS" ? "an" : "a"} ${op.method} request carries no body, and this one requires one`;
  const content = declared["content"];
  if (!isObject(content)) return null;
  const media = chosenMedia(Object.keys(content));
  const { kind, shape, object, whole } = bodyPlan(content, media, root);
  if (whole !== null) return null;
  const problem = bodyProblem(kind, shape.properties.length > 0 || shape.additional || object);
  return problem === null ? null : `its required ${media ?? "empty"} request body cannot be sent: ${problem}`;
}

/**
 * How the body's chosen media type is read: its kind, its properties (for a body of parameters),
 * whether its schema is an object, and whether the function takes it whole (text, bytes, and JSON
 * that is no object of properties, a union, or of a media type of its own).
 */
function bodyPlan(content: JsonObject, media: string | undefined, root: JsonObject) {
  const entry = media !== undefined && isObject(content[media]) ? (content[media] as JsonObject) : {};
  const schema = deref(root, entry["schema"]);
  const kind = media === undefined ? null : mediaKind(media, schema);
  const shape =
    kind === "json" || kind === "form" || kind === "multipart"
      ? bodyProperties(flatSchema(root, schema), kind)
      : { properties: [], additional: false };
  const object = isObject(schema) && (schema["type"] === "object" || isObject(schema["properties"]));
  const whole =
    kind === "text" ||
    kind === "binary" ||
    (kind === "json" &&
      ((!shape.properties.length && !shape.additional && !object) ||
        unionBranches(root, flatSchema(root, schema)) !== null ||
        !/^application\/json\b/i.test(media!)))
      ? kind
      : null;
  return { entry, kind, shape, object, whole };
}

/** The kinds of request body the importer maps a media type to. */
type MediaKind = "json" | "multipart" | "form" | "text" | "binary";

/** Whether a media type is JSON (`application/json`, `application/merge-patch+json`, …). */
const isJsonMedia = (media: string) => /^application\/([^;]*\+)?json\b/i.test(media);

/**
 * The one media type a request body is sent as, where the document offers several: JSON first,
 * then multipart/form-data, then a form, then the others in the document's order.
 */
function chosenMedia(types: readonly string[]): string | undefined {
  const rank = (m: string) =>
    isJsonMedia(m)
      ? 0
      : /^multipart\/form-data/i.test(m)
        ? 1
        : /^application\/x-www-form-urlencoded/i.test(m)
          ? 2
          : 3;
  return [...types].sort((a, b) => rank(a) - rank(b))[0];
}

/** How a body of `media` with `schema` travels, or null when the spec cannot carry it. */
function mediaKind(media: string, schema: Json | undefined): MediaKind | null {
  if (isJsonMedia(media)) return "json";
  if (/^multipart\/form-data/i.test(media)) return "multipart";
  if (/^application\/x-www-form-urlencoded/i.test(media)) return isBinarySchema(schema) ? "binary" : "form";
  if (/^text\//i.test(media)) return "text";
  return schema === undefined || isBinarySchema(schema) ? "binary" : null;
}

/** A string schema of bytes: `format: binary` (3.0), or `contentMediaType`/`contentEncoding` (3.1). */
function isBinarySchema(schema: Json | undefined): boolean {
  return (
    isObject(schema) &&
    (schema["type"] === "string" || schema["type"] === undefined) &&
    (schema["format"] === "binary" ||
      typeof schema["contentMediaType"] === "string" ||
      schema["contentEncoding"] === "binary")
  );
}

/** A multipart property's file type: bytes, or an array of them; null for any other schema. */
function fileType(property: Json, ctx: Context): RawTypeExpr | null {
  const schema = deref(ctx.root, property);
  if (!isObject(schema)) return null;
  if (schema["type"] === "string" && isBinarySchema(schema)) return { type: "binary" };
  const items = deref(ctx.root, schema["items"]);
  if (schema["type"] === "array" && isObject(items) && items["type"] === "string" && isBinarySchema(items))
    return { type: "array", items: { type: "binary" } };
  return null;
}

/** A request body the function takes whole: JSON of any type, text or bytes. */
function wholeBody(
  kind: "json" | "text" | "binary",
  media: string,
  schema: Json | undefined,
  declared: JsonObject,
  at: NodePath,
  ctx: Context,
): RawRequestBody {
  const defaults = { json: "application/json", text: "text/plain", binary: "application/octet-stream" };
  const mediaType = /[*]/.test(media) || media.toLowerCase() === defaults[kind] ? {} : { mediaType: media };
  const description =
    text(declared["description"]) ||
    text(
      isObject(deref(ctx.root, schema)) ? (deref(ctx.root, schema) as JsonObject)["description"] : undefined,
    ) ||
    "The request body.";
  const type = kind === "json" ? requestType(schema, at, ctx) : {};
  return {
    content: kind,
    ...mediaType,
    ...(declared["required"] === true ? {} : { required: false }),
    ...type,
    description,
  } as RawRequestBody;
}

/**
 * A whole JSON body's type, every model inlined (requests take no models). A union's branches are
 * inline; its discriminator is kept when every branch is an object with the discriminating property
 * (a required string, one enum value per branch: the mapping's, the branch's own or its component's
 * name), and dropped with a warning otherwise: the client then tells the branches apart by shape.
 */
function requestType(node: Json | undefined, at: NodePath, ctx: Context): RawTypeExpr {
  const schema = flatSchema(ctx.root, node);
  const branches = unionBranches(ctx.root, schema);
  if (!isObject(schema) || !branches || branches.length < 2) return typeOf(node, ctx.models, "parameter");
  const oneOf = branches.map((b) => typeOf(b, ctx.models, "parameter"));
  if (oneOf.some((t) => t.type === "json" || t.type === "union")) return { type: "json" };
  const d = schema["discriminator"];
  const field = isObject(d) ? d["propertyName"] : undefined;
  if (typeof field !== "string") return { type: "union", oneOf };
  const union = discriminatedUnion(schema, ctx);
  const all = union?.shapes.flatMap((s) => s.values) ?? [];
  const tagged = union
    ? oneOf.map((t, i) => {
        const own = t.type === "object" ? t.fields?.find((f) => f.name === field) : undefined;
        if (!own || (own.type !== "string" && own.type !== undefined)) return null;
        const values = union.shapes[i]!.values;
        if (own.enum && values.some((v) => !own.enum!.includes(v))) return null;
        return {
          ...t,
          fields: t.fields!.map((f) =>
            f.name === field ? { ...f, type: "string" as const, enum: [...values], required: true } : f,
          ),
        };
      })
    : [];
  if (
    union &&
    union.shapes.length === oneOf.length &&
    new Set(all).size === all.length &&
    tagged.every((t) => t !== null)
  )
    return { type: "union", discriminator: { field }, oneOf: tagged as RawTypeExpr[] };
  ctx.warn(
    at,
    "discriminator-dropped",
    `the discriminator ${field} of the request body is left out: not every branch is an object with ${field} naming it alone, so the client tells the branches apart by shape`,
  );
  return { type: "union", oneOf };
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

/** One property of a request body object. */
interface BodyProperty {
  readonly name: string;
  readonly property: Json;
  readonly required: boolean;
}

/**
 * The properties of a request body object schema (a union is taken whole: see `requestType`).
 * `additional`: a JSON object body that takes properties beyond its own (a free-form object has
 * only those).
 */
function bodyProperties(
  schema: Json | undefined,
  body: "form" | "json" | "multipart",
): { properties: BodyProperty[]; additional: boolean } {
  if (!isObject(schema)) return { properties: [], additional: false };
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  const required = new Set(Array.isArray(schema["required"]) ? schema["required"] : []);
  const extra = schema["additionalProperties"];
  // OpenAPI 3.1 writes a nullable object's type as a list: ["object", "null"].
  const type = schema["type"];
  const open =
    body === "json" &&
    (type === "object" || (Array.isArray(type) && type.includes("object"))) &&
    (Object.keys(properties).length === 0 ? extra !== false : extra === true || isObject(extra));
  return {
    properties: Object.entries(properties).map(([name, property]) => ({
      name,
      property,
      required: required.has(name),
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
    // Exploded, an array field of scalars travels too: its items each under the field's name.
    const flat = expr.type === "object" && formObjectFields(expr, explode);
    if (flat && (declared === null || declared === "form"))
      return { style: { style: "form", ...(explode === false ? { explode: false } : {}) }, expr };
    return { style: {}, expr };
  }
  return { style: {}, expr };
}

/** Whether a styled parameter goes as JSON text: JSON, or a structure with no style of its own. */
function travelsAsJson(styled: { style: { style?: ParameterStyle }; expr: RawTypeExpr }): boolean {
  const { expr, style } = styled;
  if (expr.type === "json") return true;
  return (
    (expr.type === "object" || expr.type === "map" || expr.model !== undefined) && style.style === undefined
  );
}

/** `GetOrder` -> `Get order.` */
function sentenceOf(id: string): string {
  const words = splitWords(id).map((w) => w.toLowerCase());
  return words.length ? `${words[0]![0]!.toUpperCase()}${words.join(" ").slice(1)}.` : "";
}
