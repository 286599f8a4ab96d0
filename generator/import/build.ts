/**
 * Import, specs: one spec per resource of a read document, with the rules its prose states lifted
 * into data (each noted with the sentence it came from) and the report of what was and was not.
 */
import { kebab } from "../symbols/layout.ts";
import { pascalCase } from "../naming.ts";
import type { NodePath } from "../load/load.ts";
import type {
  OperationKind,
  RawModel,
  RawOperation,
  RawPackage,
  RawParameter,
  RawPathParameter,
  RawResource,
  RawService,
  RawSpec,
  RawTypeExpr,
} from "../load/spec-types.ts";
import { deref, isObject, type Json, type JsonObject, type OpenApiDocument } from "./openapi.ts";
import { liftDescription, type Lifted, type PhraseSubject } from "./phrases.ts";
import {
  declaredName,
  functionNameFromId,
  groupPaths,
  kindOf,
  literalSegments,
  operationsOf,
  responseSchema,
  successStatuses,
  type DocOperation,
  type PathGroup,
} from "./resources.ts";
import { ModelTable, modelNamer, text, typeOf } from "./schemas.ts";

/** What the document cannot say: the package, and the API's conventions (auth, errors, paging, local server). */
export interface Conventions {
  /** `{service}` in the name or description becomes the service name (kebab case in the name). */
  readonly package: RawPackage;
  readonly service: Omit<RawService, "name" | "baseUrl" | "version">;
  /** Models every file carries (the error body, the page metadata). */
  readonly models: readonly RawModel[];
}

/** A rule lifted from prose: where it went in the spec file, and the sentence it came from. */
export interface LiftNote {
  readonly path: NodePath;
  /** The phrase rule's kind, or `x-twilio.conditional` for a rule the document states as data. */
  readonly kind: Lifted["kind"] | "conditional";
  readonly sentence: string;
}

/** One imported resource: its file name, spec and lift notes. */
export interface ImportedSpec {
  readonly fileName: string;
  readonly spec: RawSpec;
  readonly notes: readonly LiftNote[];
}

/** What an import did, for the report. */
export interface ImportReport {
  operations: number;
  parameters: number;
  readonly lifted: Record<string, number>;
  readonly unlifted: { readonly where: string; readonly sentence: string }[];
}

/** Builds the specs of every resource under `prefix` (or all). */
export function buildSpecs(
  document: OpenApiDocument,
  conventions: Conventions,
  options: { prefix: string | null; service: string | null; reserved: ReadonlySet<string> },
): { specs: ImportedSpec[]; report: ImportReport } {
  const root = document.root;
  const info = isObject(root["info"]) ? root["info"] : {};
  const title = text(info["title"]).replace(/^Twilio\s*-\s*/i, "") || "Api";
  const serviceName = options.service ?? (pascalCase(title) || "Api");
  const components =
    isObject(root["components"]) && isObject(root["components"]["schemas"])
      ? Object.keys(root["components"]["schemas"])
      : [];
  const models = new ModelTable(
    root,
    modelNamer(
      components,
      new Set([...options.reserved, ...conventions.models.map((m) => m.name)]),
      serviceName,
    ),
  );
  const groups = groupPaths(root["paths"] as JsonObject, options.prefix);
  const report: ImportReport = { operations: 0, parameters: 0, lifted: {}, unlifted: [] };
  const context: Context = {
    root,
    conventions,
    models,
    report,
    functions: new Set(),
    resources: new Set(),
    inlineModels: new Map(),
    reserved: options.reserved,
  };
  const built = groups
    .filter((group) => operationsOf(group).length > 0)
    .map((group) => buildResource(group, context));
  const firstPath = groups[0] ? (groups[0].list ?? groups[0].instance)!.path : "/";
  const service: RawService = {
    name: serviceName,
    baseUrl: baseUrlOf(root, groups),
    version: literalSegments(firstPath)[0] ?? "v1",
    ...conventions.service,
  };
  const pkg = substitute(conventions.package, serviceName, title);
  // A model used by one resource lives in its file; one several use stands, identically, in each of their files.
  const uses = new Map<string, number>();
  for (const b of built)
    for (const m of models.closure(b.modelNames)) uses.set(m.name, (uses.get(m.name) ?? 0) + 1);
  const specs = built.map((b): ImportedSpec => {
    const own = models.closure(b.modelNames).map((m) => context.inlineModels.get(m.name) ?? m);
    const resource: RawResource = { ...b.resource, models: own.filter((m) => uses.get(m.name) === 1) };
    const shared = own.filter((m) => uses.get(m.name)! > 1);
    const spec: RawSpec = {
      specVersion: 2,
      package: pkg,
      service,
      models: [...conventions.models, ...shared],
      resources: [resource],
    };
    return { fileName: `${kebab(resource.name)}.yaml`, spec, notes: b.notes };
  });
  return { specs, report };
}

interface Context {
  readonly root: JsonObject;
  readonly conventions: Conventions;
  readonly models: ModelTable;
  readonly report: ImportReport;
  readonly functions: Set<string>;
  readonly resources: Set<string>;
  /** Models made from inline response schemas. */
  readonly inlineModels: Map<string, RawModel>;
  /** Names the runtime and JavaScript take. */
  readonly reserved: ReadonlySet<string>;
}

function substitute(pkg: RawPackage, service: string, title: string): RawPackage {
  const fill = (s: string, name: string) => s.replace(/\{service\}/g, name).replace(/\{title\}/g, title);
  return { ...pkg, name: fill(pkg.name, kebab(service)), description: fill(pkg.description, service) };
}

function baseUrlOf(root: JsonObject, groups: readonly PathGroup[]): string {
  const fromItem = groups.map((g) => (g.list ?? g.instance)!.item["servers"]).find(Array.isArray);
  const servers = fromItem ?? root["servers"];
  const url = Array.isArray(servers) && isObject(servers[0]) ? servers[0]["url"] : undefined;
  return typeof url === "string" ? url.replace(/\/+$/, "") : "https://api.example.com";
}

interface BuiltResource {
  readonly resource: Omit<RawResource, "models">;
  readonly modelNames: string[];
  readonly notes: LiftNote[];
}

/** A response: its model (a component, or one made from an inline schema), and for pages the list key. */
interface Response {
  readonly model: string | null;
  readonly listKey: string | null;
}

function responseOf(op: DocOperation, id: string, ctx: Context): Response {
  const schema = responseSchema(op.operation);
  if (schema === null) return { model: null, listKey: null };
  const target = deref(ctx.root, schema);
  const metaKey = ctx.conventions.service.pagination?.metaKey;
  if (isObject(target) && isObject(target["properties"]) && metaKey && metaKey in target["properties"]) {
    const [listKey, list] =
      Object.entries(target["properties"]).find(
        ([k, v]) =>
          k !== metaKey &&
          isObject(deref(ctx.root, v)) &&
          (deref(ctx.root, v) as JsonObject)["type"] === "array",
      ) ?? [];
    if (listKey && isObject(list))
      return {
        model: modelFor((deref(ctx.root, list) as JsonObject)["items"], `${pascalCase(id)}Item`, ctx),
        listKey,
      };
  }
  return { model: modelFor(schema, `${pascalCase(id)}Response`, ctx), listKey: null };
}

function modelFor(schema: Json | undefined, inlineName: string, ctx: Context): string | null {
  const expr = typeOf(schema, ctx.models, "field");
  if (expr.model) return expr.model;
  if (expr.type !== "object" || !expr.fields) return null;
  const target = deref(ctx.root, schema);
  const name =
    isObject(target) && typeof target["title"] === "string" && pascalCase(target["title"])
      ? pascalCase(target["title"])
      : inlineName;
  ctx.inlineModels.set(name, {
    name,
    description:
      text(isObject(target) ? target["description"] : undefined) ||
      `The response of ${inlineName.replace(/(Response|Item)$/, "")}.`,
    fields: expr.fields,
  });
  ctx.models.models.set(name, { ref: "", model: ctx.inlineModels.get(name)! });
  return name;
}

function buildResource(group: PathGroup, ctx: Context): BuiltResource {
  const ops = operationsOf(group);
  const ids = ops.map((op) =>
    typeof op.operation["operationId"] === "string"
      ? op.operation["operationId"]
      : `${pascalCase(op.method.toLowerCase())}${pascalCase(op.path.path)}`,
  );
  const responses = ops.map((op, i) => responseOf(op, ids[i]!, ctx));
  const name = resourceName(group, ops, responses, ctx);
  const plural = pluralize(name);
  const notes: LiftNote[] = [];
  const pathParameters = collectPathParameters(ops, notes, ctx);
  const listKeys = responses.map((r) => r.listKey).filter((k): k is string => k !== null);
  const kinds = new Set<OperationKind>();
  const operations = ops.map((op, oi): RawOperation => {
    const response = responses[oi]!;
    const pageSize = ctx.conventions.service.pagination?.pageSizeParameter;
    const paged =
      response.listKey !== null &&
      paramsOf(op.operation, ctx.root).some((p) => p["name"] === pageSize && p["in"] === "query");
    // An operation with no model to return is an action (create, fetch, list and update return one).
    const classified = kindOf(op, paged);
    const kind = response.model === null && classified !== "delete" ? "action" : classified;
    const plain = {
      list: `list${plural}`,
      create: `create${name}`,
      fetch: `fetch${name}`,
      update: `update${name}`,
      delete: `delete${name}`,
      action: `${op.method.toLowerCase()}${name}`,
    }[classified];
    const stream = kind === "list" ? `stream${plural}` : null;
    const taken = (n: string | null) => n !== null && (ctx.functions.has(n) || ctx.reserved.has(n));
    const ownName = kinds.has(kind) || kind === "action" || taken(plain) || taken(stream);
    const functionName = ownName
      ? unique(functionNameFromId(ids[oi]!), new Set([...ctx.functions, ...ctx.reserved]))
      : plain;
    ctx.functions.add(functionName);
    kinds.add(kind);
    return buildOperation(
      op,
      ids[oi]!,
      ownName ? { kind, name: functionName } : { kind },
      response,
      paged,
      ["resources", 0, "operations", oi],
      notes,
      ctx,
    );
  });
  ctx.report.operations += operations.length;
  const resource: Omit<RawResource, "models"> = {
    name,
    plural,
    description:
      text(group.list?.item["description"]) ||
      text(group.instance?.item["description"]) ||
      `The ${name} resource.`,
    ...(listKeys[0] ? { listKey: listKeys[0] } : {}),
    paths: {
      ...(group.list ? { list: group.list.path } : {}),
      ...(group.instance ? { instance: group.instance.path } : {}),
    },
    ...(pathParameters.length ? { pathParameters } : {}),
    operations,
  };
  return {
    resource,
    modelNames: responses.map((r) => r.model).filter((m): m is string => m !== null),
    notes,
  };
}

function unique(name: string, taken: ReadonlySet<string>): string {
  let out = name;
  for (let i = 2; taken.has(out); i++) out = `${name}${i}`;
  return out;
}

// The resource's name: its instance (or item) model's, else the document's class or mount name, else its last path segment.
function resourceName(
  group: PathGroup,
  ops: readonly DocOperation[],
  responses: readonly Response[],
  ctx: Context,
): string {
  const byPriority = [
    ops.findIndex((o) => o.pathKind === "instance" && o.method === "GET"),
    responses.findIndex((r) => r.listKey !== null),
    ops.findIndex((o) => o.method === "POST"),
  ];
  const fromModel = byPriority
    .map((i) => (i >= 0 ? responses[i]!.model : null))
    .find((m) => m !== null && !/(Response|Item)$/.test(m));
  const segments = literalSegments((group.instance ?? group.list)!.path);
  const candidates = [
    fromModel,
    declaredName(group.instance) ?? declaredName(group.list),
    pascalCase(singular(segments[segments.length - 1] ?? "Resource")),
  ];
  for (const candidate of candidates)
    if (candidate && !ctx.resources.has(candidate)) return claim(candidate, ctx);
  const qualified = segments
    .slice(1)
    .map((s) => pascalCase(singular(s)))
    .join("");
  return claim(unique(qualified || "Resource", ctx.resources), ctx);
}

function claim(name: string, ctx: Context): string {
  ctx.resources.add(name);
  return name;
}

/** `Factor` -> `Factors`, `Entity` -> `Entities`, `Address` -> `Addresses`. */
export function pluralize(name: string): string {
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

function singular(word: string): string {
  return word
    .replace(/ies$/, "y")
    .replace(/(ss|x|ch|sh)es$/, "$1")
    .replace(/([^s])s$/, "$1");
}

/** The parameters of an operation (path-level and operation-level, `$ref`s followed). */
function paramsOf(operation: JsonObject, root: JsonObject): JsonObject[] {
  const list = Array.isArray(operation["parameters"]) ? operation["parameters"] : [];
  return list.map((p) => deref(root, p)).filter(isObject);
}

function collectPathParameters(
  ops: readonly DocOperation[],
  notes: LiftNote[],
  ctx: Context,
): RawPathParameter[] {
  const out: RawPathParameter[] = [];
  for (const op of ops) {
    for (const p of paramsOf(op.operation, ctx.root)) {
      if (p["in"] !== "path" || typeof p["name"] !== "string" || out.some((x) => x.name === p["name"]))
        continue;
      const expr = typeOf(p["schema"], ctx.models, "parameter");
      const base: Record<string, unknown> = {
        name: p["name"],
        ...(expr.enum
          ? { type: "string", enum: expr.enum }
          : { type: "string", ...pick(expr, ["minLength", "maxLength", "pattern"]) }),
      };
      const description = text(p["description"]);
      const at: NodePath = ["resources", 0, "pathParameters", out.length];
      applyLifts(
        base,
        description,
        { type: "string", values: expr.enum ?? null, siblings: [], resourceFields: [] },
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

function buildOperation(
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
  const { parameters, body } = operationParameters(op, ctx);
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
  const quiet: ImportReport = { operations: 0, parameters: 0, lifted: ctx.report.lifted, unlifted: [] };
  parameters.forEach((p, pi) =>
    applyLifts(
      p,
      p["description"] as string,
      subjectOf(p),
      [...at, "parameters", pi],
      notes,
      { ...ctx, report: quiet },
      "",
      ["enum"],
    ),
  );
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
  const atLeastOneOf = conditionalGroups(o, parameters);
  if (atLeastOneOf.length) {
    notes.push({
      path: [...at, "atLeastOneOf"],
      kind: "conditional",
      sentence: `x-twilio.conditional: ${JSON.stringify(atLeastOneOf)}`,
    });
    ctx.report.lifted["conditional"] = (ctx.report.lifted["conditional"] ?? 0) + atLeastOneOf.length;
  }
  const tags = Array.isArray(o["tags"]) ? o["tags"].filter((t): t is string => typeof t === "string") : [];
  const statuses = successStatuses(o);
  return {
    id,
    kind: naming.kind,
    ...(naming.name ? { name: naming.name } : {}),
    ...(tags.length ? { tags } : {}),
    method: op.method,
    path: op.pathKind,
    successStatus: statuses.length === 1 ? statuses[0]! : statuses,
    ...(response.model ? { response: response.model } : {}),
    ...(body === "json" ? { body: "json" as const } : {}),
    summary: text(o["summary"]) || text(o["description"]),
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
 * `x-twilio.conditional` on an operation: groups of (snake_case) parameter names of which at least
 * one must be given, as wire names; a group naming a parameter the operation lacks, or a required
 * one, is left out.
 */
function conditionalGroups(operation: JsonObject, parameters: readonly MutableParameter[]): string[][] {
  const ext = isObject(operation["x-twilio"]) ? operation["x-twilio"] : {};
  const groups = Array.isArray(ext["conditional"]) ? ext["conditional"] : [];
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

type MutableParameter = Record<string, unknown>;

const ALL_BUT_ENUM: readonly Lifted["kind"][] = [
  "range",
  "length",
  "items",
  "default",
  "format",
  "json",
  "date-time",
  "requiredWhen",
  "onlyWhen",
  "exactlyOneOf",
];

// Query and header parameters, then the body's properties (form or JSON), in document order.
function operationParameters(
  op: DocOperation,
  ctx: Context,
): { parameters: MutableParameter[]; body: "form" | "json" } {
  const out: MutableParameter[] = [];
  for (const p of paramsOf(op.operation, ctx.root)) {
    if ((p["in"] !== "query" && p["in"] !== "header") || typeof p["name"] !== "string") continue;
    const expr = typeOf(p["schema"], ctx.models, "parameter");
    const odd = /[<>]$/.exec(p["name"]);
    out.push({
      name: p["name"],
      in: p["in"],
      ...(odd ? { property: `${camel(p["name"].slice(0, -1))}${odd[0] === "<" ? "Before" : "After"}` } : {}),
      ...scalarOnly(expr, p["in"] === "header"),
      ...(p["required"] === true ? { required: true } : {}),
      ...(p["deprecated"] === true ? { deprecated: true } : {}),
      description: text(p["description"]),
    });
  }
  const content = isObject(op.operation["requestBody"])
    ? (deref(ctx.root, op.operation["requestBody"]) as JsonObject)["content"]
    : undefined;
  let body: "form" | "json" = "form";
  if (isObject(content)) {
    const media =
      Object.keys(content).find((m) => m.includes("form")) ??
      Object.keys(content).find((m) => m.includes("json"));
    body = media && !media.includes("form") ? "json" : "form";
    const schema =
      media && isObject(content[media])
        ? deref(ctx.root, (content[media] as JsonObject)["schema"])
        : undefined;
    const properties = isObject(schema) && isObject(schema["properties"]) ? schema["properties"] : {};
    const required = new Set(isObject(schema) && Array.isArray(schema["required"]) ? schema["required"] : []);
    for (const [name, property] of Object.entries(properties)) {
      if (!/^[A-Za-z_][A-Za-z0-9_.<>-]*$/.test(name) || (body === "json" && name.includes("."))) continue;
      const expr = typeOf(property, ctx.models, "parameter");
      const target = deref(ctx.root, property);
      out.push({
        name,
        in: "body",
        ...expr,
        ...(required.has(name) ? { required: true } : {}),
        ...(isObject(target) && target["deprecated"] === true ? { deprecated: true } : {}),
        description:
          text(isObject(property) ? property["description"] : undefined) ||
          text(isObject(target) ? target["description"] : undefined),
      });
    }
  }
  return { parameters: out, body };
}

function camel(name: string): string {
  return name.charAt(0).toLowerCase() + pascalCase(name).slice(1);
}

// A header carries one value: structured types travel as JSON text.
function scalarOnly(expr: RawTypeExpr, header: boolean): RawTypeExpr {
  return header && (expr.type === "array" || expr.type === "object" || expr.type === "map" || expr.model)
    ? { type: "json" }
    : expr;
}

/**
 * Lifts the rules of a description into `target`, noting each with its sentence; returns the
 * parameters an "exactly one of" sentence pairs this one with. Rules the schema already states, or
 * that would contradict it, are not applied (a contradiction is reported with the unlifted).
 */
function applyLifts(
  target: MutableParameter,
  description: string,
  subject: PhraseSubject,
  at: NodePath,
  notes: LiftNote[],
  ctx: Context,
  where: string,
  only?: readonly Lifted["kind"][],
): string[] {
  const { lifted, unlifted } = liftDescription(description, subject);
  // A sentence lifted by the other pass is not "unlifted".
  const otherPass = new Set(lifted.filter((l) => only && !only.includes(l.rule.kind)).map((l) => l.sentence));
  for (const sentence of unlifted)
    if (!otherPass.has(sentence)) ctx.report.unlifted.push({ where, sentence });
  const pairs: string[] = [];
  const quoted = new Set<string>();
  const note = (kind: Lifted["kind"], key: string, sentence: string) => {
    // One comment per sentence (a range sets two keys from one sentence).
    if (!quoted.has(sentence)) notes.push({ path: [...at, key], kind, sentence });
    quoted.add(sentence);
    ctx.report.lifted[kind] = (ctx.report.lifted[kind] ?? 0) + 1;
  };
  const set = (key: string, value: unknown, kind: Lifted["kind"], sentence: string) => {
    if (target[key] === undefined) {
      target[key] = value;
      note(kind, key, sentence);
    } else if (JSON.stringify(target[key]) !== JSON.stringify(value))
      ctx.report.unlifted.push({
        where,
        sentence: `${sentence} (contradicts the schema's ${key}: ${JSON.stringify(target[key])})`,
      });
  };
  for (const { rule, sentence } of lifted) {
    if (only && !only.includes(rule.kind)) continue;
    switch (rule.kind) {
      case "range":
        if (rule.minimum !== null) set("minimum", rule.minimum, rule.kind, sentence);
        if (rule.maximum !== null) set("maximum", rule.maximum, rule.kind, sentence);
        break;
      case "length":
        if (rule.minLength !== null) set("minLength", rule.minLength, rule.kind, sentence);
        if (rule.maxLength !== null) set("maxLength", rule.maxLength, rule.kind, sentence);
        break;
      case "items":
        set("maxItems", rule.maxItems, rule.kind, sentence);
        break;
      case "enum":
        if (target["type"] === "string" && !target["enum"] && !target["format"] && !target["pattern"])
          set("enum", rule.values, rule.kind, sentence);
        break;
      case "default":
        if (fitsDefault(target, rule.value)) set("default", rule.value, rule.kind, sentence);
        else
          ctx.report.unlifted.push({
            where,
            sentence: `${sentence} (the default does not fit the parameter's rules)`,
          });
        break;
      case "format":
        if (target["type"] === "string" && !target["enum"]) set("format", rule.format, rule.kind, sentence);
        break;
      case "json":
        if (
          (target["type"] === "string" || (target["type"] === "json" && rule.stringValues)) &&
          !target["enum"] &&
          !target["format"]
        ) {
          delete target["pattern"];
          target["type"] = rule.stringValues ? "map" : "json";
          if (rule.stringValues) target["values"] = { type: "string" };
          note(rule.kind, "type", sentence);
        }
        break;
      case "date-time":
        if (target["type"] === "string" && !target["enum"] && !target["format"] && !target["pattern"]) {
          target["type"] = "date-time";
          delete target["minLength"];
          delete target["maxLength"];
          note(rule.kind, "type", sentence);
        }
        break;
      case "requiredWhen":
        if (target["required"] === true) break;
        set("requiredWhen", rule.condition, rule.kind, sentence);
        break;
      case "onlyWhen":
        set("onlyWhen", rule.condition, rule.kind, sentence);
        break;
      case "exactlyOneOf":
        pairs.push(rule.with);
        ctx.report.lifted[rule.kind] = (ctx.report.lifted[rule.kind] ?? 0) + 1;
        notes.push({ path: at, kind: rule.kind, sentence });
        break;
    }
  }
  // The length of a JSON-typed value counts its JSON text: kept; a map's pattern or format never applies.
  if (target["type"] === "map" || target["type"] === "json") delete target["minLength"];
  return pairs;
}

function fitsDefault(target: MutableParameter, value: string | number | boolean): boolean {
  if (typeof value === "number") {
    if (target["type"] !== "integer" && target["type"] !== "number") return false;
    const min = target["minimum"] as number | undefined;
    const max = target["maximum"] as number | undefined;
    return (min === undefined || value >= min) && (max === undefined || value <= max);
  }
  if (typeof value === "boolean") return target["type"] === "boolean";
  return target["type"] === "string" && (!target["enum"] || (target["enum"] as string[]).includes(value));
}
