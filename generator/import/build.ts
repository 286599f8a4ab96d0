/**
 * Import, specs: one spec per resource of a read document, with the rules its prose states lifted
 * into data (each noted with the sentence it came from) and the report of what was and was not.
 */
import { kebab, pascalCase } from "../naming.ts";
import type { Diagnostic } from "../diagnostics.ts";
import type { NodePath } from "../load/load.ts";
import type {
  OperationKind,
  RawOperation,
  RawPackage,
  RawField,
  RawModel,
  RawPagination,
  RawResource,
  RawResponseBody,
  RawService,
  RawSpec,
  RawTypeExpr,
} from "../load/spec-types.ts";
import type { Context, ImportedSpec, ImportReport, LiftNote, Response } from "./context.ts";
import { contentBody, statusContents, type StatusContent } from "./answers.ts";
import { unreachable } from "../ir/walk.ts";
import { serviceTitle, type Conventions } from "./conventions.ts";
import { nameCandidates, pluralize, resourceNames, unique } from "./naming.ts";
import {
  deref,
  documentReporter,
  isObject,
  UNSUPPORTED_METHODS,
  type Json,
  type JsonObject,
  type OpenApiDocument,
} from "./openapi.ts";
import { buildOperation, collectPathParameters, unsendableBody } from "./operation.ts";
import {
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
import {
  fieldsOf,
  flatSchema,
  ModelTable,
  modelNamer,
  modelRefs,
  text,
  typeOf,
  unionBranches,
  unionType,
  type AllOfConflict,
  type NameHolder,
} from "./schemas.ts";
import { optionsOf, readSecurity } from "./security.ts";
import { matchStyle, styleModel } from "./paging.ts";
import { PLACEHOLDER_ORIGIN, serverOf, withoutVariables, type ImportedServer } from "./servers.ts";

export { PLACEHOLDER_ORIGIN };

/** Builds the specs of every resource under `prefix` (or all). */
export function buildSpecs(
  document: OpenApiDocument,
  conventions: Conventions,
  options: { prefix: string | null; service: string | null; reserved: ReadonlySet<string> },
): { specs: ImportedSpec[]; report: ImportReport; warnings: Diagnostic[] } {
  const root = document.root;
  const info = isObject(root["info"]) ? root["info"] : {};
  const title = serviceTitle(text(info["title"]), conventions) || "Api";
  const serviceName = options.service ?? (pascalCase(title) || "Api");
  const components =
    isObject(root["components"]) && isObject(root["components"]["schemas"])
      ? Object.keys(root["components"]["schemas"])
      : [];
  const namer = modelNamer(
    components,
    new Set([...options.reserved, ...conventions.models.map((m) => m.name)]),
    serviceName,
  );
  const models = new ModelTable(
    root,
    namer,
    heldNames(root, components, namer, conventions, options.reserved),
  );
  const groups = groupPaths(isObject(root["paths"]) ? root["paths"] : {}, options.prefix, conventions);
  // The document's servers, else (none) the first path item's of the imported paths.
  const fromItem = groups.map((g) => (g.list ?? g.instance)!.item["servers"]).find(Array.isArray);
  let server = serverOf(root["servers"] ?? fromItem, PLACEHOLDER_ORIGIN, true) ?? {
    url: PLACEHOLDER_ORIGIN,
    variables: {},
    resolved: PLACEHOLDER_ORIGIN,
    prefix: "",
    absolute: false,
  };
  const report: ImportReport = { operations: 0, parameters: 0, lifted: {}, unlifted: [], unpaged: [] };
  const warnings: Diagnostic[] = [];
  const reportAt = documentReporter(document, warnings);
  const warn = (path: NodePath, code: string, message: string, hint?: string) =>
    reportAt(path, code, message, { severity: "warning", ...(hint ? { hint } : {}) });
  unsupportedMethods(root, options.prefix, warn);
  const imported = readSecurity(
    root,
    groups.flatMap(operationsOf).map((op) => ({
      operation: op.operation,
      path: ["paths", op.path.path, op.method.toLowerCase()],
    })),
    conventions,
    warn,
    server.resolved,
  );
  server = withCredentialOptions(server, imported.auth, warn);
  const context: Context = {
    root,
    conventions,
    models,
    report,
    functions: new Set(),
    resources: new Set(),
    inlineModels: new Map(),
    reserved: options.reserved,
    warn,
    security: imported.security,
  };
  // Every resource's responses first, so the names are given knowing all of them.
  const callable = (op: DocOperation) => {
    const unsendable = unsendableBody(op, root);
    if (unsendable !== null)
      warn(
        ["paths", op.path.path, op.method.toLowerCase(), "requestBody"],
        "operation-not-carried",
        `the operation ${operationIdOf(op)} (${op.method} ${op.path.path}) is left out: ${unsendable}`,
        "the rest of the document is imported; --strict refuses the document instead",
      );
    return unsendable === null;
  };
  const read = groups
    .map((group) => ({ group, ops: operationsOf(group).filter(callable) }))
    .filter(({ ops }) => ops.length > 0)
    .map(({ group, ops }): ReadResource => {
      const ids = ops.map((op) => operationIdOf(op));
      const responses = ops.map((op, i) => responseOf(op, ids[i]!, context));
      return { group, ops, ids, responses };
    });
  const names = resourceNames(
    read.map((r) => ({
      path: (r.group.instance ?? r.group.list)!.path,
      ...nameCandidates(r.group, r.ops, r.responses),
    })),
    context.resources,
  );
  const built = withPaging(read.map((r, i) => buildResource(r, names[i]!, server, context)));
  // Components whose allOf members disagree on a property, each said once, at the component.
  const disagreeing = new Map(
    context.models.conflicts.flatMap((c) => (c.ref === null ? [] : [[`${c.ref} ${c.property}`, c] as const])),
  );
  for (const conflict of disagreeing.values()) warnConflict(conflict, pointerPath(conflict.ref!), context);
  for (const { ref, property } of new Map(
    context.models.unnamed.map((u) => [`${u.ref} ${u.property}`, u]),
  ).values())
    warn(
      ref === null ? [] : [...pointerPath(ref), "properties", property],
      "field-not-carried",
      `the property ${JSON.stringify(property)}${ref === null ? " of an inline schema" : ` of ${ref}`} is left out: no field can be named so`,
    );
  const firstPath = groups[0] ? (groups[0].list ?? groups[0].instance)!.path : "/";
  const service: RawService = {
    name: serviceName,
    // The server's path prefix belongs to the base URL; the operations' paths are the document's.
    baseUrl: server.url,
    ...(Object.keys(server.variables).length ? { serverVariables: server.variables } : {}),
    // The API's version: the first segment that reads like one (`v3`), else the first segment.
    version: ((segments) => segments.find((s) => /^v\d/i.test(s)) ?? segments[0] ?? "v1")(
      literalSegments(server.prefix + firstPath),
    ),
    ...(imported.auth ? { auth: imported.auth } : {}),
    ...conventions.service,
    ...(built.pagination ? { pagination: built.pagination } : {}),
  };
  // The page models of the styles the document does not use stay out.
  const unused = new Set(
    (conventions.pagination ?? []).filter((p) => !built.styles.has(p)).flatMap((p) => styleModel(p) ?? []),
  );
  const conventionModels = conventions.models.filter((m) => !unused.has(m.name));
  const pkg = substitute(conventions.package, serviceName, title);
  // A model used by one resource lives in its file; one several use stands, identically, in each of their files.
  const uses = new Map<string, number>();
  for (const b of built.resources)
    for (const m of models.closure(b.modelNames)) uses.set(m.name, (uses.get(m.name) ?? 0) + 1);
  // A document of components alone (no paths at all): its object schemas become a spec of models
  // with no operations. One whose paths hold no operation (empty path items) imports nothing.
  const pathless = !isObject(root["paths"]) || Object.keys(root["paths"]).length === 0;
  if (pathless && options.prefix === null) {
    const held = componentModels(root, components, context);
    if (held.length)
      return {
        specs: [
          {
            fileName: "models.yaml",
            spec: {
              specVersion: 3,
              package: pkg,
              service,
              models: [...conventionModels, ...held],
              resources: [],
            },
            notes: [],
          },
        ],
        report,
        warnings,
      };
  }
  const specs = built.resources.map((b): ImportedSpec => {
    const own = models.closure(b.modelNames).map((m) => context.inlineModels.get(m.name) ?? m);
    const resource: RawResource = { ...b.resource, models: own.filter((m) => uses.get(m.name) === 1) };
    const shared = own.filter((m) => uses.get(m.name)! > 1);
    const spec: RawSpec = {
      specVersion: 3,
      package: pkg,
      service,
      models: [...conventionModels, ...shared],
      resources: [resource],
    };
    return { fileName: `${kebab(resource.name)}.yaml`, spec, notes: b.notes };
  });
  return { specs, report, warnings };
}

/** The document path a local reference (`#/components/schemas/A~1B`) points at. */
function pointerPath(ref: string): string[] {
  return ref
    .slice(2)
    .split("/")
    .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * The models of a document's components: each object schema (an `allOf` merged) and what it refers
 * to. A component that is no object (an enum, a union, a scalar) is a type only where a field uses
 * it, said with `warning[component-not-carried]` at the component.
 */
function componentModels(root: JsonObject, components: readonly string[], ctx: Context): RawModel[] {
  const names: string[] = [];
  for (const name of components) {
    const ref = `#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const schema = flatSchema(root, { $ref: ref });
    if (isObject(schema) && isObject(schema["properties"])) names.push(ctx.models.use(ref));
    else
      ctx.warn(
        ["components", "schemas", name],
        "component-not-carried",
        `the component ${name} is not an object schema, so it is no model of its own: a field that refers to it carries its type`,
      );
  }
  return ctx.models.closure(names).map((m) => ctx.inlineModels.get(m.name) ?? m);
}

/**
 * The service's paging: the style most of the lists use (the first such in the conventions on a
 * tie); each list paging otherwise says how, itself (`none` for a list answered in one response).
 */
function withPaging(resources: readonly BuiltResource[]): {
  resources: BuiltResource[];
  pagination: RawPagination | null;
  styles: Set<RawPagination>;
} {
  const counts = new Map<RawPagination, number>();
  for (const r of resources)
    for (const paging of r.paging)
      if (paging && paging !== "none") counts.set(paging, (counts.get(paging) ?? 0) + 1);
  const pagination =
    [...counts].reduce<[RawPagination, number] | null>(
      (best, entry) => (best === null || entry[1] > best[1] ? entry : best),
      null,
    )?.[0] ?? null;
  return {
    pagination,
    styles: new Set(counts.keys()),
    resources: resources.map((r) => ({
      ...r,
      resource: {
        ...r.resource,
        operations: r.resource.operations.map((op, i) => {
          const paging = r.paging[i];
          return paging === null || paging === undefined || paging === pagination
            ? op
            : { ...op, pagination: paging };
        }),
      },
    })),
  };
}

/** Warns at each operation of a method a spec cannot carry (TRACE), which the import leaves out. */
function unsupportedMethods(
  root: JsonObject,
  prefix: string | null,
  warn: (path: NodePath, code: string, message: string, hint?: string) => void,
): void {
  for (const [path, item] of Object.entries(isObject(root["paths"]) ? root["paths"] : {})) {
    if (!isObject(item) || (prefix !== null && !path.startsWith(prefix))) continue;
    for (const method of UNSUPPORTED_METHODS)
      if (isObject(item[method]))
        warn(
          ["paths", path, method],
          "unsupported-method",
          `${method.toUpperCase()} ${path} is left out: a client cannot send ${method.toUpperCase()} with fetch`,
        );
  }
}

/**
 * The server with each variable whose option name a credential option already takes left out (at
 * its default), said with a warning at the document's servers.
 */
function withCredentialOptions(
  server: ImportedServer,
  auth: RawService["auth"] | null | undefined,
  warn: (path: NodePath, code: string, message: string, hint?: string) => void,
): ImportedServer {
  const credentials = new Set(Object.values(auth?.schemes ?? {}).flatMap(optionsOf));
  const clashing = new Set(Object.keys(server.variables).filter((name) => credentials.has(name)));
  if (clashing.size === 0) return server;
  for (const name of clashing)
    warn(
      ["servers"],
      "server-variable-not-carried",
      `the server variable '${name}' would share its createClient option with a credential, so it stays at its default`,
    );
  return withoutVariables(server, clashing);
}

function substitute(pkg: RawPackage, service: string, title: string): RawPackage {
  const fill = (s: string, name: string) => s.replace(/\{service\}/g, name).replace(/\{title\}/g, title);
  return { ...pkg, name: fill(pkg.name, kebab(service)), description: fill(pkg.description, service) };
}

interface BuiltResource {
  readonly resource: Omit<RawResource, "models">;
  readonly modelNames: string[];
  readonly notes: LiftNote[];
  /** Each operation's paging: a style, `none`, or null for an operation that is not a list. */
  readonly paging: readonly (RawPagination | "none" | null)[];
}

/**
 * The names no model made from an inline schema may take: each component model's (the components
 * that are objects, or unions of them), the conventions' models' and the runtime's.
 */
function heldNames(
  root: JsonObject,
  components: readonly string[],
  namer: (ref: string) => string,
  conventions: Conventions,
  reserved: ReadonlySet<string>,
): Map<string, NameHolder> {
  const held = new Map<string, NameHolder>();
  for (const name of reserved) held.set(name, { what: "a name the generated client takes" });
  for (const model of conventions.models) held.set(model.name, { what: "a model of the conventions" });
  for (const key of components) {
    const ref = `#/components/schemas/${key}`;
    const schema = deref(root, { $ref: ref });
    if (isObject(schema) && (isObject(schema["properties"]) || unionOfObjects(root, schema)))
      if (!held.has(namer(ref))) held.set(namer(ref), { ref });
  }
  return held;
}

/** Where a node is written in the document: `path`, with each `#/...` reference on the way followed. */
function writtenAt(root: JsonObject, path: NodePath): NodePath {
  let node: Json | undefined = root;
  let out: (string | number)[] = [];
  const follow = () => {
    for (let hops = 0; hops < 32 && isObject(node) && typeof node["$ref"] === "string"; hops++) {
      const ref = node["$ref"];
      if (!ref.startsWith("#/")) break;
      out = pointerPath(ref);
      node = deref(root, node);
    }
  };
  for (const segment of path) {
    follow();
    node = isObject(node) ? node[String(segment)] : Array.isArray(node) ? node[Number(segment)] : undefined;
    out.push(segment);
  }
  return out;
}

/** Where an operation's response schema is written (as `responseSchema` picks it). */
function responseSchemaAt(op: DocOperation, root: JsonObject): NodePath {
  const at: NodePath = ["paths", op.path.path, op.method.toLowerCase(), "responses"];
  const responses = isObject(op.operation["responses"]) ? op.operation["responses"] : {};
  for (const status of successStatuses(op.operation).map(String)) {
    const response = deref(root, responses[status]);
    const content = isObject(response) ? response["content"] : undefined;
    if (!isObject(content)) continue;
    const media = Object.keys(content).find((m) => /json/.test(m));
    if (media && isObject(content[media]) && (content[media] as JsonObject)["schema"] !== undefined)
      return writtenAt(root, [...at, status, "content", media, "schema"]);
  }
  return at;
}

function responseOf(op: DocOperation, id: string, ctx: Context): Response {
  // A HEAD answer has no body: its function returns the answer's headers.
  const schema = op.method === "HEAD" ? null : responseSchema(op.operation, ctx.root);
  const statuses = successStatuses(op.operation);
  const none = { model: null, type: null, listKey: null, paging: null, answers: {} };
  const at = ["paths", op.path.path, op.method.toLowerCase(), "responses"];
  const conflicts = ctx.models.conflicts.length;
  const page = schema !== null && op.method === "GET" && op.pathKind === "list" ? pageOf(op, ctx) : null;
  let response: Response;
  if (page) {
    const schemaAt = responseSchemaAt(op, ctx.root);
    const model = modelFor(page.items, `${pascalCase(id)}Item`, ctx, at, [
      ...writtenAt(ctx.root, [...schemaAt, "properties", page.listKey, "items"]),
    ]);
    response = {
      ...none,
      model,
      listKey: page.listKey,
      paging: page.paging,
      answers: model ? { response: model } : {},
    };
  } else if (op.method === "HEAD") response = none;
  else if (statuses.some((s) => s >= 300))
    // A redirect's body is a model or nothing, one for every status.
    response = schema === null ? none : bodyOf(schema, id, ctx, at, responseSchemaAt(op, ctx.root));
  else response = answersOf(statusContents(op, statuses, ctx), id, ctx, at);
  // Members of an inline allOf that disagree on a property (a component's are said at the component).
  for (const conflict of ctx.models.conflicts.slice(conflicts))
    if (conflict.ref === null) warnConflict(conflict, at, ctx);
  return response;
}

/**
 * The success answers of an operation that is not a list's page or a redirect: one body for every
 * status (`response`), or, where statuses answer different bodies, each status's (`responses`).
 */
function answersOf(contents: readonly StatusContent[], id: string, ctx: Context, at: NodePath): Response {
  const none = { model: null, type: null, listKey: null, paging: null, answers: {} };
  const read = new Map<string, Response>();
  const bodies = contents.map((content): { body: RawResponseBody | "none"; json: Response | null } => {
    switch (content.kind) {
      case "none":
        return { body: "none", json: null };
      case "text":
      case "binary":
        return { body: contentBody(content.kind, content.mediaType), json: null };
      case "json": {
        // One schema answered by several statuses is read (and its inline models named) once.
        const key = JSON.stringify(content.schema);
        const json = read.get(key) ?? bodyOf(content.schema, id, ctx, at, writtenAt(ctx.root, content.at));
        read.set(key, json);
        const expr: RawResponseBody | null = json.model
          ? content.nullable
            ? { model: json.model, nullable: true }
            : json.model
          : json.type
            ? content.nullable
              ? { ...json.type, nullable: true }
              : json.type
            : null;
        return { body: expr ?? "none", json: expr === null ? null : json };
      }
      default:
        return unreachable(content);
    }
  });
  const distinct = new Set(bodies.map((b) => JSON.stringify(b.body)));
  if (distinct.size === 1) {
    const [{ body, json }] = bodies as [(typeof bodies)[number]];
    if (body === "none") return none;
    // A model or type answered as it is keeps what classifies the operation (create, fetch, ...).
    const plain = typeof body === "string" || (json !== null && body === json.type);
    return {
      ...none,
      ...(plain && json ? { model: json.model, type: json.type } : {}),
      answers: { response: body },
    };
  }
  return {
    ...none,
    answers: { responses: Object.fromEntries(contents.map((c, i) => [String(c.status), bodies[i]!.body])) },
  };
}

/**
 * The response of an operation that is not a list's page: a model, or an array, scalar or map (an
 * inline object among an array's items or a map's values becomes a model of its own). A body the
 * spec cannot carry (a union of scalars, say) is left out with a warning at the
 * operation's responses: its function returns void.
 */
function bodyOf(schema: Json, id: string, ctx: Context, at: NodePath, schemaAt: NodePath): Response {
  const none = { model: null, type: null, listKey: null, paging: null, answers: {} };
  const union = responseUnion(schema, `${pascalCase(id)}Response`, ctx, at, schemaAt);
  if (union?.model) return { ...none, model: union.model, answers: { response: union.model } };
  if (union) return { ...none, type: union, answers: { response: union } };
  const model = modelFor(schema, `${pascalCase(id)}Response`, ctx, at, schemaAt);
  if (model) return { ...none, model, answers: { response: model } };
  const expr = typeOf(schema, ctx.models, "field");
  const target = flatSchema(ctx.root, schema);
  const part = (
    inner: Json | undefined,
    name: string,
    t: RawTypeExpr | undefined,
    key: string,
  ): RawTypeExpr | null => {
    if (t === undefined) return null;
    if (t.type === "union")
      return responseUnion(inner, name, ctx, at, writtenAt(ctx.root, [...schemaAt, key]));
    if (t.type !== "object") return t.type === "array" && t.items?.type === "json" ? null : t;
    const named = modelFor(inner, name, ctx, at, writtenAt(ctx.root, [...schemaAt, key]));
    return named ? { model: named } : null;
  };
  let type: RawTypeExpr | null = null;
  if (expr.type === "array" && isObject(target)) {
    const items = part(target["items"], `${pascalCase(id)}Item`, expr.items, "items");
    type = items ? { type: "array", items } : null;
  } else if (expr.type === "map" && isObject(target)) {
    const values = part(
      target["additionalProperties"],
      `${pascalCase(id)}Value`,
      expr.values,
      "additionalProperties",
    );
    type = values ? { type: "map", values } : null;
  } else if (expr.type !== "object" && expr.type !== "json") type = expr;
  if (type) return { ...none, type, answers: { response: type } };
  // A free-form body (no schema to speak of) is no loss; anything else the spec cannot carry is said.
  const freeForm = !isObject(target) || Object.keys(target).every((k) => k === "type" || k === "description");
  if (!freeForm)
    ctx.warn(
      at,
      "response-not-carried",
      `${id}'s success body (${describeSchema(target)}) is not carried: its function returns void`,
      "give the response a schema the spec format carries (an object, an array, a scalar or a map), or write the spec's 'response' by hand",
    );
  return none;
}

/**
 * A response (or an array's items, a map's values) that is a `oneOf`/`anyOf` of several branches,
 * as a union whose object branches are models (an inline one named `<name>Option<n>` unless it has
 * a title), or null for any other schema. A union of one branch and null is that branch.
 */
function responseUnion(
  schema: Json | undefined,
  name: string,
  ctx: Context,
  at: NodePath,
  schemaAt: NodePath,
): RawTypeExpr | null {
  const target = flatSchema(ctx.root, schema);
  const branches = unionBranches(ctx.root, target);
  if (!branches || !isObject(target)) return null;
  const expr = unionType(target, branches, ctx.models, (branch, i) => {
    const branchAt = writtenAt(ctx.root, [...schemaAt, target["oneOf"] ? "oneOf" : "anyOf", i]);
    const inner = typeOf(branch, ctx.models, "field");
    if (inner.type === "union") return responseUnion(branch, name, ctx, at, branchAt) ?? { type: "json" };
    if (inner.type !== "object") return inner;
    const model = modelFor(branch, `${name}Option${i + 1}`, ctx, at, branchAt);
    return model ? { model } : { type: "json" };
  });
  return expr.type === "json" ? null : expr;
}

/** What kind of schema a body has, for a warning. */
function describeSchema(schema: Json | undefined): string {
  if (!isObject(schema)) return "no schema";
  for (const key of ["oneOf", "anyOf", "not"]) if (key in schema) return `${key}`;
  return typeof schema["type"] === "string" ? `type ${schema["type"]}` : "a schema without a type";
}

/** Warns that two members of an `allOf` give one property different schemas. */
function warnConflict(conflict: AllOfConflict, at: NodePath, ctx: Context): void {
  ctx.warn(
    at,
    "allof-conflict",
    `the members of ${conflict.ref === null ? "an allOf" : `${conflict.ref}'s allOf`} give property '${conflict.property}' different schemas: the first member's is kept`,
    "make the members agree on the property, or leave it to one of them",
  );
}

/**
 * A list's page: the items (the one array of objects beside the page metadata) and the conventions'
 * paging style whose shape the response has. Without a matching style, an operation named as a list
 * (`list…`) whose response holds one array of objects is a list answered in one response, with a
 * warning: any pages after the first are out of the client's reach.
 */
function pageOf(
  op: DocOperation,
  ctx: Context,
): { items: Json; listKey: string; paging: RawPagination | "none" } | null {
  const target = deref(ctx.root, responseSchema(op.operation, ctx.root)!);
  const properties = isObject(target) && isObject(target["properties"]) ? target["properties"] : null;
  if (!properties) return null;
  const { style, pageFields } = matchStyle(
    ctx.conventions.pagination ?? [],
    op.operation,
    properties,
    ctx.conventions.models,
    ctx.root,
  );
  const arrays = Object.entries(properties).filter(([key, value]) => {
    const schema = deref(ctx.root, value);
    if (pageFields.has(key) || !isObject(schema) || schema["type"] !== "array") return false;
    const items = deref(ctx.root, schema["items"]);
    return (
      isObject(items) &&
      (items["type"] === "object" ||
        isObject(items["properties"]) ||
        unionOfObjects(ctx.root, items) !== null)
    );
  });
  const [first] = arrays;
  if (!first) return null;
  const items = (deref(ctx.root, first[1]) as JsonObject)["items"]!;
  if (style) return { items, listKey: first[0], paging: style };
  const given = op.operation["operationId"];
  if (arrays.length !== 1 || typeof given !== "string" || !/^(?:list|List|LIST)(?![a-z])/.test(given))
    return null;
  // OpenAPI has no standard for paging: a style is never guessed, only matched to a declared one.
  const declared = (ctx.conventions.pagination ?? []).length;
  ctx.report.unpaged.push(given);
  ctx.warn(
    ["paths", op.path.path, op.method.toLowerCase()],
    "unpaged-list",
    declared
      ? `${given} answers a list whose paging matches none of the ${declared} style(s) the conventions declare, so it is imported with 'pagination: none': its list function and stream read the first page only, as if it held the whole list`
      : `${given} answers a list, but no paging style is declared (OpenAPI has no standard for one, and the importer infers none), so it is imported with 'pagination: none': its list function and stream read the first page only, as if it held the whole list`,
    "declare the API's paging in the conventions' pagination (style: nextUrl, cursor, linkHeader or offset), or give the operation's spec its own 'pagination'",
  );
  return { items, listKey: first[0], paging: "none" };
}

/**
 * The model of a response schema: a component's, or one made from the inline schema, named by its
 * title, else by the operation (`inlineName`, `CreateBulkLookupResponse`). An inline schema never
 * takes a name another schema holds (a component's, or another inline schema's of other fields):
 * it takes the operation's name then (numbered if that is taken too), said with
 * `warning[model-name-taken]` at the schema (`schemaAt`). Schemas of the same fields share a name.
 */
function modelFor(
  schema: Json | undefined,
  inlineName: string,
  ctx: Context,
  at: NodePath,
  schemaAt: NodePath,
): string | null {
  const union = unionOfObjects(ctx.root, schema);
  if (union) return unionModel(union, schema, at, ctx, schemaAt);
  const expr = typeOf(schema, ctx.models, "field");
  if (expr.model) return expr.model;
  if (expr.type !== "object" || !expr.fields) return null;
  const target = deref(ctx.root, schema);
  const title = isObject(target) && typeof target["title"] === "string" ? pascalCase(target["title"]) : "";
  const operation = inlineName.replace(/(Response|Item|Value)$/, "");
  const name = inlineModelName(
    title ? [title, inlineName] : [inlineName],
    expr.fields,
    ctx,
    schemaAt,
    operation,
  );
  if (ctx.inlineModels.has(name) || ctx.models.models.get(name)?.model) return name;
  ctx.inlineModels.set(name, {
    name,
    description:
      text(isObject(target) ? target["description"] : undefined) || `The response of ${operation}.`,
    fields: expr.fields,
  });
  ctx.models.models.set(name, { ref: "", model: ctx.inlineModels.get(name)! });
  return name;
}

/** An inline schema's model name (`ModelTable.nameInline`), with a warning at the schema when its first candidate is taken. */
function inlineModelName(
  candidates: readonly string[],
  fields: readonly RawField[],
  ctx: Context,
  schemaAt: NodePath,
  operation: string,
): string {
  const { name, taken } = ctx.models.nameInline(candidates, fields, `the inline schema ${operation} answers`);
  if (taken)
    ctx.warn(
      schemaAt,
      "model-name-taken",
      `this inline schema would be the model '${candidates[0]}', a name ${taken} holds with other fields, so its model is named '${name}'`,
      "give the inline schema a title of its own, or make it a component",
    );
  return name;
}

/** The branches of a `oneOf` or `anyOf` schema whose every branch is an object with properties, or null. */
function unionOfObjects(root: JsonObject, node: Json | undefined): readonly Json[] | null {
  const schema = deref(root, node);
  if (!isObject(schema)) return null;
  const branches = schema["oneOf"] ?? schema["anyOf"];
  if (!Array.isArray(branches) || branches.length < 2) return null;
  return branches.every((b) => {
    const target = deref(root, b);
    return isObject(target) && isObject(target["properties"]);
  })
    ? branches
    : null;
}

/**
 * A response that is one of several object shapes becomes one model with the fields of all of
 * them (a field every shape requires stays required), said with a warning: the client cannot tell
 * the shapes apart. Unions of the same branches share the model.
 */
function unionModel(
  branches: readonly Json[],
  schema: Json | undefined,
  at: NodePath,
  ctx: Context,
  schemaAt: NodePath,
): string {
  const key = `union:${JSON.stringify(branches)}`;
  const names = branches.map((b, i) =>
    isObject(b) && typeof b["$ref"] === "string" ? ctx.models.nameOf(b["$ref"]) : `Shape${i + 1}`,
  );
  ctx.warn(
    at,
    "union-merged",
    `the response is one of ${branches.length} shapes (${names.join(", ")}); its model takes the fields of all of them, each optional unless every shape requires it`,
  );
  const existing = [...ctx.models.models.values()].find((m) => m.ref === key)?.model?.name;
  if (existing) return existing;
  const ref = isObject(schema) && typeof schema["$ref"] === "string" ? schema["$ref"] : null;
  const merged: JsonObject = { type: "object", properties: {} };
  const required: string[][] = [];
  for (const branch of branches) {
    const target = deref(ctx.root, branch) as JsonObject;
    for (const [field, property] of Object.entries(target["properties"] as JsonObject))
      if (!(field in (merged["properties"] as JsonObject)))
        (merged["properties"] as JsonObject)[field] = property;
    required.push(
      Array.isArray(target["required"])
        ? target["required"].filter((r): r is string => typeof r === "string")
        : [],
    );
  }
  merged["required"] = required.reduce((all, next) => all.filter((r) => next.includes(r)));
  const target = deref(ctx.root, schema);
  const fields = fieldsOf(merged, ctx.models);
  const name = ref
    ? ctx.models.nameOf(ref)
    : inlineModelName([names.join("Or")], fields, ctx, schemaAt, "an operation");
  const model = {
    name,
    description: text(isObject(target) ? target["description"] : undefined) || `One of: ${names.join(", ")}.`,
    fields,
  };
  ctx.inlineModels.set(name, model);
  ctx.models.models.set(name, { ref: key, model });
  return name;
}

/** A resource's operations and their responses, read before any resource is named. */
interface ReadResource {
  readonly group: PathGroup;
  readonly ops: readonly DocOperation[];
  readonly ids: readonly string[];
  readonly responses: readonly Response[];
}

function buildResource(
  read: ReadResource,
  name: string,
  server: ImportedServer,
  ctx: Context,
): BuiltResource {
  const { group, ops, ids, responses } = read;
  const plural = pluralize(name);
  const notes: LiftNote[] = [];
  const pathParameters = collectPathParameters(ops, notes, ctx);
  const listKeys = responses.map((r) => r.listKey).filter((k): k is string => k !== null);
  const kinds = new Set<OperationKind>();
  const operations = ops.map((op, oi): RawOperation => {
    const response = responses[oi]!;
    const paged = response.listKey !== null;
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
    const built = buildOperation(
      op,
      ids[oi]!,
      ownName ? { kind, name: functionName } : { kind },
      response,
      paged,
      ["resources", 0, "operations", oi],
      notes,
      ctx,
    );
    const security = ctx.security(op.operation, ["paths", op.path.path, op.method.toLowerCase()]);
    // An operation's (or its path item's) own server, where it is not the service's.
    const own = serverOf(
      op.operation["servers"] ?? op.path.item["servers"],
      server.resolved.replace(/^(https?:\/\/[^/]+).*$/i, "$1"),
      false,
    );
    const baseUrl = own && own.resolved !== server.resolved ? own.resolved : null;
    return { ...built, ...(baseUrl ? { baseUrl } : {}), ...(security ? { security } : {}) };
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
    modelNames: responses.flatMap((r) => answerModels(r)),
    notes,
    paging: operations.map((op, i) => (op.kind === "list" ? responses[i]!.paging : null)),
  };
}

/** The models an operation's answers name (at any depth of a type). */
function answerModels(response: Response): string[] {
  const { response: one, responses } = response.answers;
  const bodies = [...(one === undefined ? [] : [one]), ...Object.values(responses ?? {})];
  return bodies.flatMap((body) =>
    body === "none" ? [] : typeof body === "string" ? [body] : "content" in body ? [] : modelRefs(body),
  );
}

/** An operation's id: its `operationId` in PascalCase (`listPets` -> `ListPets`), else its method and path. */
function operationIdOf(op: DocOperation): string {
  const given = op.operation["operationId"];
  const id = typeof given === "string" ? (/^[A-Z][A-Za-z0-9]*$/.test(given) ? given : pascalCase(given)) : "";
  return /^[A-Z]/.test(id) ? id : `${pascalCase(op.method.toLowerCase())}${pascalCase(op.path.path)}`;
}
