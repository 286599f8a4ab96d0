/**
 * Import, specs: one spec per resource of a read document, with the rules its prose states lifted
 * into data (each noted with the sentence it came from) and the report of what was and was not.
 */
import { kebab } from "../symbols/layout.ts";
import { pascalCase } from "../naming.ts";
import type {
  OperationKind,
  RawOperation,
  RawPackage,
  RawResource,
  RawService,
  RawSpec,
} from "../load/spec-types.ts";
import type { Context, Conventions, ImportedSpec, ImportReport, LiftNote, Response } from "./context.ts";
import { pluralize, resourceName, unique } from "./naming.ts";
import { deref, isObject, paramsOf, type Json, type JsonObject, type OpenApiDocument } from "./openapi.ts";
import { buildOperation, collectPathParameters } from "./operation.ts";
import {
  functionNameFromId,
  groupPaths,
  kindOf,
  literalSegments,
  operationsOf,
  responseSchema,
  type DocOperation,
  type PathGroup,
} from "./resources.ts";
import { ModelTable, modelNamer, text, typeOf } from "./schemas.ts";

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
  const server = serverOf(root, groups);
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
    .map((group) => buildResource(group, server.prefix, context));
  const firstPath = groups[0] ? (groups[0].list ?? groups[0].instance)!.path : "/";
  const service: RawService = {
    name: serviceName,
    baseUrl: server.origin,
    // The API's version: the first segment that reads like one (`v3`), else the first segment.
    version: ((segments) => segments.find((s) => /^v\d/i.test(s)) ?? segments[0] ?? "v1")(
      literalSegments(server.prefix + firstPath),
    ),
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

function substitute(pkg: RawPackage, service: string, title: string): RawPackage {
  const fill = (s: string, name: string) => s.replace(/\{service\}/g, name).replace(/\{title\}/g, title);
  return { ...pkg, name: fill(pkg.name, kebab(service)), description: fill(pkg.description, service) };
}

/** The origin of a service whose document gives no absolute server URL (its clients set `baseUrl`). */
export const PLACEHOLDER_ORIGIN = "https://api.example.com";

/**
 * Where the operations are served: the first server's origin (its variables at their defaults), and
 * the path it adds before every operation's path. A document without an absolute server URL gets a
 * placeholder origin (clients set their own `baseUrl`).
 */
function serverOf(root: JsonObject, groups: readonly PathGroup[]): { origin: string; prefix: string } {
  const fromItem = groups.map((g) => (g.list ?? g.instance)!.item["servers"]).find(Array.isArray);
  const servers = fromItem ?? root["servers"];
  const server = Array.isArray(servers) && isObject(servers[0]) ? servers[0] : {};
  const variables = isObject(server["variables"]) ? server["variables"] : {};
  const url = (typeof server["url"] === "string" ? server["url"] : "").replace(
    /\{([^}]*)\}/g,
    (whole, name: string) => {
      const variable = variables[name];
      return isObject(variable) && typeof variable["default"] === "string" ? variable["default"] : whole;
    },
  );
  let parsed: URL | null = null;
  try {
    parsed = /^https?:\/\//i.test(url) ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  const path = parsed ? parsed.pathname : url.startsWith("/") ? url.replace(/[?#].*$/, "") : "";
  return {
    origin: parsed && !/[{}]/.test(parsed.host) ? parsed.origin : PLACEHOLDER_ORIGIN,
    prefix: path.replace(/\/+$/, ""),
  };
}

interface BuiltResource {
  readonly resource: Omit<RawResource, "models">;
  readonly modelNames: string[];
  readonly notes: LiftNote[];
}

function responseOf(op: DocOperation, id: string, ctx: Context): Response {
  const schema = responseSchema(op.operation, ctx.root);
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

function buildResource(group: PathGroup, prefix: string, ctx: Context): BuiltResource {
  const ops = operationsOf(group);
  const ids = ops.map((op) => operationIdOf(op));
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
      paramsOf(op, ctx.root).some((p) => p["name"] === pageSize && p["in"] === "query");
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
      ...(group.list ? { list: prefix + group.list.path } : {}),
      ...(group.instance ? { instance: prefix + group.instance.path } : {}),
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

/** An operation's id: its `operationId` in PascalCase (`listPets` -> `ListPets`), else its method and path. */
function operationIdOf(op: DocOperation): string {
  const given = op.operation["operationId"];
  const id = typeof given === "string" ? (/^[A-Z][A-Za-z0-9]*$/.test(given) ? given : pascalCase(given)) : "";
  return /^[A-Z]/.test(id) ? id : `${pascalCase(op.method.toLowerCase())}${pascalCase(op.path.path)}`;
}
