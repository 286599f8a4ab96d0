/** Routing and the operation kinds of the mock server, over an in-memory store. */
import { applyParameters, apiDate, formValue, idPrefix, jsonValue, newId, snakeCase } from "./records.js";
import type { MockOperation, MockParameter, MockResource, MockService } from "./types.js";

/** Records by instance path, in creation order. */
export type Store = Map<
  string,
  { readonly resource: string; readonly parent: string; readonly record: Record<string, unknown> }
>;

/** What an error is, so the server can answer with the API's own code for it. */
export type MockErrorRole =
  "unauthorized" | "notFound" | "methodNotAllowed" | "invalidParameter" | "rateLimited" | "internal";

/** An error answer in the API's error shape. */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    readonly role: MockErrorRole,
    message: string,
  ) {
    super(message);
  }
}

/** A parsed request. */
export interface MockRequest {
  readonly method: string;
  readonly url: URL;
  /** The server's own origin, for the URLs it writes. */
  readonly origin: string;
  readonly body: string;
  readonly account: string;
  /** Request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

interface Route {
  readonly resource: MockResource;
  readonly operation: MockOperation;
  readonly pathValues: Record<string, string>;
  readonly path: string;
}

/** Answers one request: a status and a JSON payload (null for none). */
export function handle(
  service: MockService,
  store: Store,
  req: MockRequest,
): { status: number; payload: unknown } {
  const route = findRoute(service, req);
  const { resource, operation } = route;
  const { form, values, params } = readParameters(operation, req);
  validate(resource, operation, route.pathValues, params);
  const context = { service, store, req, route, form, values };
  switch (operation.kind) {
    case "create":
      return create(context);
    case "list":
      return list(context);
    case "fetch":
      return { status: operation.successStatus, payload: project(find(store, route).record, operation) };
    case "update":
    case "action":
      return update(context);
    case "delete":
      store.delete(find(store, route).key);
      return { status: operation.successStatus, payload: null };
  }
}

// Parameters from the query string, the form body or the JSON body, by each parameter's encoding.
function readParameters(operation: MockOperation, req: MockRequest) {
  const query = req.url.searchParams;
  const hasBody = req.method !== "GET" && req.method !== "DELETE";
  const formBody = new URLSearchParams(hasBody ? req.body : "");
  let json: Record<string, unknown> = {};
  if (hasBody && operation.parameters.some((p) => p.encoding === "json-body") && req.body.trim()) {
    try {
      const parsed: unknown = JSON.parse(req.body);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new Error("not an object");
      json = parsed as Record<string, unknown>;
    } catch {
      throw new MockHttpError(400, "invalidParameter", "The request body is not a JSON object");
    }
  }
  const form = new Map<string, string>();
  const values = new Map<MockParameter, unknown>();
  const params: Record<string, unknown> = {};
  for (const p of operation.parameters) {
    const header = p.location === "header" ? req.headers[p.wireName.toLowerCase()] : undefined;
    const source =
      p.location === "header"
        ? new URLSearchParams(header === undefined ? [] : [[p.wireName, String(header)]])
        : p.location === "query" || !hasBody
          ? query
          : formBody;
    const value = p.encoding === "json-body" ? jsonValue(p, json) : formValue(p, source);
    if (value === undefined) continue;
    const raw = p.encoding === "json-body" ? JSON.stringify(value) : source.get(p.wireName);
    if (raw !== null) form.set(p.wireName, raw);
    values.set(p, value);
    let node = params;
    for (const segment of p.tsPath.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[p.tsPath[p.tsPath.length - 1]!] = value;
  }
  return { form, values, params };
}

/** The service one of whose paths matches the URL (the first service when none does, for its 404). */
export function serviceFor(services: readonly MockService[], url: URL): MockService {
  return services.find((s) => routesOf(s).some((r) => r.pattern.test(url.pathname))) ?? services[0]!;
}

interface CompiledRoute {
  readonly resource: MockResource;
  readonly operation: MockOperation;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

// Path templates compiled once per route table, not on every request.
const compiledRoutes = new WeakMap<MockService, CompiledRoute[]>();

function routesOf(service: MockService): CompiledRoute[] {
  let routes = compiledRoutes.get(service);
  if (!routes) {
    routes = service.resources.flatMap((resource) =>
      resource.operations.map((operation) => {
        const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
        const pattern = new RegExp(
          `^${operation.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "([^/]+)")}$`,
        );
        return { resource, operation, pattern, names };
      }),
    );
    compiledRoutes.set(service, routes);
  }
  return routes;
}

function findRoute(service: MockService, req: MockRequest): Route {
  let pathMatched = false;
  for (const { resource, operation, pattern, names } of routesOf(service)) {
    const match = pattern.exec(req.url.pathname);
    if (!match) continue;
    pathMatched = true;
    if (operation.method !== req.method) continue;
    const pathValues: Record<string, string> = {};
    try {
      names.forEach((name, i) => (pathValues[name] = decodeURIComponent(match[i + 1]!)));
    } catch {
      throw new MockHttpError(
        400,
        "invalidParameter",
        `The path ${req.url.pathname} has malformed percent-encoding`,
      );
    }
    // Records are keyed by the canonical path (each value decoded, then encoded one way), so
    // `user%2D0003` and `user-0003` name the same record.
    return { resource, operation, pathValues, path: resolve(operation.path, pathValues) };
  }
  if (pathMatched) throw new MockHttpError(405, "methodNotAllowed", `Method ${req.method} not allowed`);
  throw new MockHttpError(404, "notFound", `The requested resource ${req.url.pathname} was not found`);
}

function validate(
  resource: MockResource,
  operation: MockOperation,
  pathValues: Record<string, string>,
  params: Record<string, unknown>,
) {
  const pathArgs = Object.values(pathValues); // in path order, as the validators take them
  const issues = operation.validate(...pathArgs, ...(operation.parameters.length ? [params] : []));
  const pathNames = new Set(resource.pathParameters.map((p) => p.wireName));
  const badPath = issues.find((i) => pathNames.has(i.wireName));
  if (badPath)
    throw new MockHttpError(
      404,
      "notFound",
      `The requested resource was not found: ${badPath.wireName} ${badPath.message}`,
    );
  const first = issues[0];
  if (first)
    throw new MockHttpError(
      400,
      "invalidParameter",
      `Invalid parameter \`${first.wireName}\`: ${first.message}`,
    );
}

interface Context {
  readonly service: MockService;
  readonly store: Store;
  readonly req: MockRequest;
  readonly route: Route;
  readonly form: ReadonlyMap<string, string>;
  readonly values: Map<MockParameter, unknown>;
}

function resolve(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ""));
}

function find(store: Store, route: Route) {
  const entry = store.get(route.path);
  if (!entry || entry.resource !== route.resource.name)
    throw new MockHttpError(404, "notFound", `The requested resource ${route.path} was not found`);
  return { key: route.path, record: entry.record };
}

function project(record: Record<string, unknown>, operation: MockOperation): Record<string, unknown> | null {
  if (!operation.responseFields) return null;
  return Object.fromEntries(operation.responseFields.map((name) => [name, record[name] ?? null]));
}

function create({ service, store, req, route, form, values }: Context) {
  const { resource, operation, pathValues } = route;
  const settings = service.settings;
  const now = new Date();
  const record: Record<string, unknown> = Object.fromEntries(resource.fields.map((f) => [f.wireName, null]));
  for (const [name, value] of Object.entries(pathValues))
    if (snakeCase(name) in record) record[snakeCase(name)] = value;
  for (const p of operation.parameters) {
    const applies =
      !p.onlyWhenParameter ||
      p.onlyWhenParameter.values.map(String).includes(form.get(p.onlyWhenParameter.wireName) ?? "");
    if (!values.has(p) && p.default !== null && applies) values.set(p, p.default);
  }
  applyParameters(record, resource.fields, values);
  const idParameter = [...(resource.instancePath ?? "").matchAll(/\{([^}]+)\}/g)].pop()?.[1];
  for (const field of resource.fields) {
    if (record[field.wireName] !== null) continue;
    const prefix = idPrefix(field.pattern, settings.idHexDigits);
    if (field.wireName === settings.accountField) record[field.wireName] = req.account;
    else if (prefix) record[field.wireName] = newId(prefix, settings.idHexDigits!);
    else if (field.kind === "date-time") record[field.wireName] = apiDate(now);
    else if (field.enum && field.required) record[field.wireName] = field.enum[0];
  }
  const ids = {
    ...pathValues,
    ...(idParameter ? { [idParameter]: String(record[snakeCase(idParameter)]) } : {}),
  };
  const path = resource.instancePath
    ? resolve(resource.instancePath, ids)
    : `${route.path}/${String(record["sid"])}`;
  if ("url" in record) record["url"] = `${req.origin}${path}`;
  resource.extension?.onCreate?.({ record, form, pathParameters: pathValues, now });
  store.set(path, { resource: resource.name, parent: route.path, record });
  return { status: operation.successStatus, payload: project(record, operation) };
}

function update({ store, route, form, values }: Context) {
  const { resource, operation, pathValues } = route;
  const { record } = find(store, route);
  for (const [p] of values) {
    const rule = p.onlyWhenField;
    if (rule && !rule.values.map(String).includes(String(record[rule.field]))) {
      throw new MockHttpError(
        400,
        "invalidParameter",
        `Invalid parameter \`${p.wireName}\`: only used when ${rule.field} is ${rule.values.join(" or ")}`,
      );
    }
  }
  const now = new Date();
  applyParameters(record, resource.fields, values);
  resource.extension?.onUpdate?.({ record, form, pathParameters: pathValues, now });
  if ("date_updated" in record) record["date_updated"] = apiDate(now);
  return { status: operation.successStatus, payload: project(record, operation) };
}

function list({ service, store, req, route }: Context) {
  const { resource, operation } = route;
  const paging = service.pagination!;
  const query = req.url.searchParams;
  const size = Number(query.get(paging.pageSizeParameter) ?? paging.defaultPageSize);
  const token = paging.pageTokenParameter
    ? /^PT(\d+)$/.exec(query.get(paging.pageTokenParameter) ?? "")
    : null;
  const pageIndex = paging.pageParameter ? Number(query.get(paging.pageParameter) ?? 0) : 0;
  const offset = token ? Number(token[1]) : pageIndex * size;
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(size) || size < 1)
    throw new MockHttpError(400, "invalidParameter", "The page asked for is out of range");
  const page = Math.floor(offset / size);
  const items = [...store.values()].filter((e) => e.resource === resource.name && e.parent === route.path);
  const link = (p: number, at: number) => {
    const parts = [`${paging.pageSizeParameter}=${size}`];
    if (paging.pageParameter) parts.push(`${paging.pageParameter}=${p}`);
    if (paging.pageTokenParameter && p > 0) parts.push(`${paging.pageTokenParameter}=PT${at}`);
    return `${req.origin}${route.path}?${parts.join("&")}`;
  };
  const listKey = resource.listKey ?? "items";
  const byRole: Record<string, unknown> = {
    page,
    pageSize: size,
    firstPageUrl: link(0, 0),
    previousPageUrl: page > 0 ? link(page - 1, Math.max(0, offset - size)) : null,
    url: link(page, offset),
    key: listKey,
  };
  const meta: Record<string, unknown> = {};
  for (const [role, field] of Object.entries(paging.metaFields)) meta[field] = byRole[role] ?? null;
  meta[paging.nextUrlField] = offset + size < items.length ? link(page + 1, offset + size) : null;
  return {
    status: operation.successStatus,
    payload: {
      [listKey]: items.slice(offset, offset + size).map((e) => project(e.record, operation)),
      [paging.metaKey]: meta,
    },
  };
}
