/** Routing and the operation kinds of the mock server, over an in-memory store. */
import { answerByStatus, type Answered } from "./answers.js";
import {
  alwaysSent,
  applyParameters,
  apiDate,
  clientNames,
  formValue,
  idPrefix,
  jsonValue,
  newId,
  parseText,
  snakeCase,
  storable,
} from "./records.js";
import type {
  MockBody,
  MockOperation,
  MockPaging,
  MockParameter,
  MockPart,
  MockPathParameter,
  MockRecords,
  MockResource,
  MockSecurity,
  MockService,
} from "./types.js";

/** A stored record: its resource, the list path it was created under, and its fields. */
export interface StoredRecord {
  readonly resource: string;
  readonly parent: string;
  readonly record: Record<string, unknown>;
}

/**
 * Records by instance path, in creation order, with an index by the list path each was created
 * under, so a list reads its own records without scanning every other one.
 */
export class Store extends Map<string, StoredRecord> {
  private readonly byParent = new Map<string, Map<string, StoredRecord>>();
  /** The account that created each record through a request; seeded records have none (shared). */
  private readonly owners = new Map<string, string>();
  /** The account the request being answered acts for (null: none, every record is visible). */
  private acting: string | null = null;
  /** While seeding, requests act for no account: seeded records are every account's. */
  private seeding = false;
  /** How many records each resource has (every account's), so a question of one costs no scan. */
  private readonly counts = new Map<string, number>();

  /** How many records of `resource` are stored, whatever account holds them. */
  count(resource: string): number {
    return this.counts.get(resource) ?? 0;
  }

  /** @param log receives what extensions say the API sent out of band (a code by SMS), one line each. */
  constructor(readonly log: (line: string) => void = () => {}) {
    super();
  }

  /**
   * Answers a request as `account`: records another account created are invisible to it (a 404,
   * as in Twilio), and what it creates is its own. Requests are answered synchronously, one at a time.
   */
  actingAs<T>(account: string | null, work: () => T): T {
    const before = this.acting;
    this.acting = this.seeding ? null : account;
    try {
      return work();
    } finally {
      this.acting = before;
    }
  }

  /** Seeds through `work`: the records it makes belong to no account. */
  shared<T>(work: () => T): T {
    const before = this.seeding;
    this.seeding = true;
    try {
      return work();
    } finally {
      this.seeding = before;
    }
  }

  private visible(path: string): boolean {
    const owner = this.owners.get(path);
    return owner === undefined || this.acting === null || owner === this.acting;
  }

  override get(path: string): StoredRecord | undefined {
    return this.visible(path) ? super.get(path) : undefined;
  }

  override has(path: string): boolean {
    return this.visible(path) && super.has(path);
  }

  override set(path: string, entry: StoredRecord): this {
    // One path holds one record: another account's (a client-chosen id both picked) is not replaced.
    if (!this.visible(path))
      throw new MockHttpError(409, "conflict", `The id in ${path} is taken by another account`);
    this.delete(path);
    if (this.acting !== null) this.owners.set(path, this.acting);
    super.set(path, entry);
    this.counts.set(entry.resource, this.count(entry.resource) + 1);
    let children = this.byParent.get(entry.parent);
    if (!children) this.byParent.set(entry.parent, (children = new Map()));
    children.set(path, entry);
    return this;
  }

  override delete(path: string): boolean {
    if (!this.visible(path)) return false;
    const entry = super.get(path);
    if (entry) this.byParent.get(entry.parent)?.delete(path);
    if (entry) this.counts.set(entry.resource, this.count(entry.resource) - 1);
    this.owners.delete(path);
    return super.delete(path);
  }

  override clear(): void {
    super.clear();
    this.byParent.clear();
    this.counts.clear();
    this.owners.clear();
  }

  /** The records created under a list path that the acting account sees, in creation order. */
  *under(parent: string): Iterable<StoredRecord> {
    for (const [path, entry] of this.byParent.get(parent) ?? []) if (this.visible(path)) yield entry;
  }
}

/** What an error is, so the server can answer with the API's own code for it. */
export type MockErrorRole =
  | "unauthorized"
  | "notFound"
  | "methodNotAllowed"
  | "invalidParameter"
  | "conflict"
  | "rateLimited"
  | "internal";

/** An error answer in the API's error shape; `code` overrides the code the role maps to. */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    readonly role: MockErrorRole,
    message: string,
    readonly code: number | null = null,
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
  /** The body as UTF-8 text (a form, JSON or text body). */
  readonly body: string;
  /** The body's bytes (a binary body). */
  readonly bytes: Uint8Array;
  /** A multipart/form-data body's parts, or null for any other body. */
  readonly parts: readonly MockPart[] | null;
  /** The authenticated username (Basic), or null when the credentials name no account. */
  readonly account: string | null;
  /** Request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

interface Route {
  readonly resource: MockResource;
  readonly operation: MockOperation;
  readonly pathValues: Record<string, string>;
  readonly path: string;
  readonly ancestors: CompiledRoute["ancestors"];
}

/** Answers one request: a status and a JSON payload (null for none). */
export function handle(
  service: MockService,
  store: Store,
  request: Omit<MockRequest, "account">,
  authenticate: (security: MockSecurity) => string | null,
): Answered {
  let route: Route;
  try {
    route = findRoute(service, request);
  } catch (error) {
    // A path no operation has answers 404 (or 405) only to a caller the API would let in.
    authenticate(service.security);
    throw error;
  }
  const req: MockRequest = { ...request, account: authenticate(route.operation.security) };
  return store.actingAs(req.account, () => answerRoute(service, store, req, route));
}

function answerRoute(
  service: MockService,
  store: Store,
  req: MockRequest,
  route: Route,
): { status: number; payload: unknown; headers?: Record<string, string> } {
  const { resource, operation } = route;
  const { form, values, params } = readParameters(operation, req);
  validate(resource, operation, route.pathValues, params, readRequestBody(operation, req));
  const context = { service, store, req, route, form, values };
  // Answers by status check the parents themselves: a body that may be null is null for a missing record.
  if (operation.answers !== null && operation.method !== "HEAD" && operation.method !== "OPTIONS")
    return answerByStatus(operation.answers, req.headers, {
      // A GET only reads; any other method acts as its kind says first.
      act: () => {
        requireParents(context);
        return operation.method === "GET" ? null : answer(context).payload;
      },
      record: () => {
        requireParents(context);
        return answer(context).payload;
      },
      sample: (body) => bodyAnswer(context, body),
      missing: (error) => error instanceof MockHttpError && error.status === 404,
    });
  requireParents(context);
  // HEAD and OPTIONS change nothing, whatever their kind.
  if (operation.method === "HEAD" || operation.method === "OPTIONS") return inspect(context);
  const body = operation.responseBody;
  if (body === null) return answer(context);
  // A body that is not one model: a GET only reads; any other method acts as its kind says first.
  const status = operation.method === "GET" ? operation.successStatus : answer(context).status;
  return { status, payload: bodyAnswer(context, body) };
}

/** The answer of an operation by its kind (its payload one model, or none). */
function answer(context: Context): { status: number; payload: unknown; headers?: Record<string, string> } {
  const { store, route } = context;
  const operation = route.operation;
  switch (operation.kind) {
    case "create":
      return create(context);
    case "list":
      return list(context);
    case "fetch":
      if (recordless(context)) return create(context, false);
      return { status: operation.successStatus, payload: project(read(context).record, operation) };
    case "action":
      if (recordless(context)) return create(context, false);
      return update(context);
    case "update":
      return update(context);
    case "delete": {
      const { key } = read(context);
      // Children go with their parent: every record stored below its path.
      for (const path of [...store.keys()])
        if (path === key || path.startsWith(`${key}/`)) store.delete(path);
      return { status: operation.successStatus, payload: null };
    }
  }
}

/** A body that is not one model: the resource's records below the path, or the body's fixed sample. */
function bodyAnswer({ store, route }: Context, body: MockBody): unknown {
  switch (body.shape) {
    case "records":
      return [...store.under(route.path)]
        .filter((e) => e.resource === route.resource.name)
        .map((e) => Object.fromEntries(body.fields.map((name) => [name, e.record[name] ?? null])));
    case "sample":
      return body.value;
  }
}

/**
 * A HEAD or OPTIONS answer: the record the path names, if it names one (a 404 when it is missing),
 * else what a record-less action answers, never stored; a HEAD answer has no body.
 */
function inspect(context: Context): { status: number; payload: unknown } {
  const { route } = context;
  const named = route.operation.path === route.resource.instancePath || !recordless(context);
  const payload = named ? project(read(context).record, route.operation) : create(context, false).payload;
  return {
    status: route.operation.successStatus,
    payload: route.operation.method === "HEAD" ? null : payload,
  };
}

/** Whether an operation of `service` answers `method` at this path (an OPTIONS one, say, rather than a CORS preflight). */
export function routes(service: MockService, method: string, pathname: string): boolean {
  return routesOf(service).some((r) => r.operation.method === method && r.pattern.test(pathname));
}

/**
 * Creates a record as `POST path` with these wire parameters would, without HTTP. Given an instance
 * path (`/v2/Services/VA…`), creates that record with the id the path names, through its resource's
 * create operation: fixtures with known ids.
 */
export function seed(service: MockService, store: Store, req: MockRequest): void {
  for (const { resource, pattern, names, operation, ancestors } of routesOf(service)) {
    const match = resource.instancePath === operation.path ? pattern.exec(req.url.pathname) : null;
    const maker = creatorOf(resource);
    if (!match || !maker) continue;
    const pathValues = matchedValues(names, match);
    const makerValues = valuesFor(maker.path, pathValues);
    const listPath = resolve(maker.path, makerValues);
    const { form, values } = readParameters(maker, {
      ...req,
      method: "POST",
      url: new URL(listPath, req.origin),
    });
    const route: Route = { resource, operation: maker, pathValues: makerValues, path: listPath, ancestors };
    const context = { service, store, req, route, form, values };
    requireParents(context);
    createRecord(
      context,
      resource,
      maker,
      makerValues,
      listPath,
      form,
      values,
      pathValues[names[names.length - 1]!]!,
    );
    return;
  }
  store.shared(() => handle(service, store, req, () => req.account));
}

/** The stored records as extensions see them. */
export function recordsOf(store: Store): MockRecords {
  return {
    get: (path) => store.get(path)?.record,
    find: (resource, where = {}) =>
      [...store.values()]
        .filter(
          (e) =>
            e.resource === resource &&
            Object.entries(where).every(([field, value]) => e.record[field] === value),
        )
        .map((e) => e.record),
  };
}

/**
 * A body taken whole, as the client's validator takes it: JSON parsed (a malformed one is a 400)
 * under the client's property names, text, or the bytes as a Blob; undefined when empty.
 */
function readRequestBody(operation: MockOperation, req: MockRequest): unknown {
  const body = operation.requestBody;
  if (body === null || req.bytes.byteLength === 0) return undefined;
  switch (body.kind) {
    case "json":
      try {
        return clientNames(JSON.parse(req.body) as unknown, body.names);
      } catch {
        throw new MockHttpError(400, "invalidParameter", "The request body is not JSON");
      }
    case "text":
      return req.body;
    case "binary":
      return new Blob([req.bytes as Uint8Array<ArrayBuffer>], {
        type: String(req.headers["content-type"] ?? ""),
      });
  }
}

// A multipart parameter's value: its parts' files (as Blobs) or texts, parsed by kind; undefined when it has none.
function partValue(p: MockParameter, parts: readonly MockPart[]): unknown {
  const own = parts.filter((part) => part.name === p.wireName);
  if (own.length === 0) return undefined;
  const kind = p.kind === "array" ? (p.itemKind ?? "string") : p.kind;
  const values = own.map((part) => {
    if (kind === "binary")
      return part.bytes === null
        ? part.text
        : new Blob([part.bytes as Uint8Array<ArrayBuffer>], { type: part.type ?? "" });
    const text = part.text ?? new TextDecoder().decode(part.bytes!);
    return parseText(kind === "object" || kind === "map" || kind === "union" ? "json" : kind, text);
  });
  if (p.kind === "array") return values;
  if (values.length > 1)
    throw new MockHttpError(400, "invalidParameter", `Parameter \`${p.wireName}\` is given more than once`);
  return values[0];
}

// Parameters from the query string, the form body or the JSON body, by each parameter's encoding.
function readParameters(operation: MockOperation, req: MockRequest) {
  const query = req.url.searchParams;
  const hasBody =
    req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS" && req.method !== "DELETE";
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
  const cookies = cookiesOf(req.headers["cookie"]);
  for (const p of operation.parameters) {
    const header = p.location === "header" ? req.headers[p.wireName.toLowerCase()] : undefined;
    const source =
      p.location === "header"
        ? new URLSearchParams(header === undefined ? [] : [[p.wireName, String(header)]])
        : p.location === "cookie"
          ? cookies
          : p.location === "query" || !hasBody
            ? query
            : formBody;
    const single =
      p.encoding !== "part" &&
      p.encoding !== "repeat" &&
      p.encoding !== "json-body" &&
      p.encoding !== "form-object" &&
      p.encoding !== "deep-object";
    if (single && source.getAll(p.wireName).length > 1)
      throw new MockHttpError(400, "invalidParameter", `Parameter \`${p.wireName}\` is given more than once`);
    const value =
      p.encoding === "json-body"
        ? jsonValue(p, json)
        : p.encoding === "part"
          ? partValue(p, req.parts ?? [])
          : formValue(p, source);
    if (value === undefined) continue;
    const raw =
      p.encoding === "text" || p.encoding === "json" || p.encoding === "repeat" || p.encoding === "delimited"
        ? source.get(p.wireName)
        : JSON.stringify(value);
    if (raw !== null) form.set(p.wireName, raw);
    values.set(p, value);
    let node = params;
    for (const segment of p.tsPath.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[p.tsPath[p.tsPath.length - 1]!] = clientNames(value, p.names);
  }
  return { form, values, params };
}

/** The cookies of a Cookie header, by name, their values as sent (the first of a repeated name first). */
export function cookiesOf(header: string | string[] | undefined): URLSearchParams {
  const out = new URLSearchParams();
  for (const part of String(header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) out.append(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return out;
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
  /**
   * The resources whose records this route's path lies below (a Store, then a Shelf, for a
   * Book), outermost first, with the number of path segments of their instance paths.
   */
  readonly ancestors: readonly { readonly resource: MockResource; readonly segments: number }[];
}

/** The resource's create operation, if it has one. */
const creatorOf = (resource: MockResource) => resource.operations.find((o) => o.kind === "create");

/** The placeholder naming one record in the resource's instance path (`Sid`, `Identity`), if any. */
const idParameterOf = (resource: MockResource) =>
  [...(resource.instancePath ?? "").matchAll(/\{([^}]+)\}/g)].pop()?.[1];

/** The path values a template uses, out of a longer path's values. */
const valuesFor = (template: string, values: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(values).filter(([name]) => template.includes(`{${name}}`)));

/** The decoded values of a route's placeholders, from its pattern's match. */
function matchedValues(names: readonly string[], match: RegExpExecArray): Record<string, string> {
  const values: Record<string, string> = {};
  names.forEach((name, i) => (values[name] = decodeURIComponent(match[i + 1]!)));
  return values;
}

// `/v2/Services/{ServiceSid}/Entities` -> `/v2/Services/{}/Entities`: templates compared by shape.
const shape = (template: string) => template.replace(/\{[^}]+\}/g, "{}");

// Path templates compiled once per route table, not on every request.
const compiledRoutes = new WeakMap<MockService, CompiledRoute[]>();

function routesOf(service: MockService): CompiledRoute[] {
  let routes = compiledRoutes.get(service);
  if (!routes) {
    routes = service.resources.flatMap((resource) =>
      resource.operations.map((operation) => {
        const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
        const pattern = new RegExp(
          `^${operation.path
            // Requests carry non-ASCII characters percent-encoded as UTF-8.
            .replace(/[^\x00-\x7f]+/gu, encodeURIComponent)
            .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
            .replace(/\\?\{([^}]+)\\?\}/g, (_, escaped: string) =>
              placeholderPattern(resource, escaped.replace(/\\(.)/g, "$1")),
            )}$`,
        );
        const ancestors = service.resources
          .filter(
            (other) =>
              other.instancePath && shape(operation.path).startsWith(`${shape(other.instancePath)}/`),
          )
          .map((other) => ({ resource: other, segments: other.instancePath!.split("/").length }))
          .sort((a, b) => a.segments - b.segments);
        return { resource, operation, pattern, names, ancestors };
      }),
    );
    // A literal segment wins over a placeholder: `/v2/Attempts/Summary` before `/v2/Attempts/{Sid}`.
    routes.sort((a, b) => a.names.length - b.names.length);
    compiledRoutes.set(service, routes);
  }
  return routes;
}

function findRoute(service: MockService, req: Omit<MockRequest, "account">): Route {
  let pathMatched = false;
  for (const { resource, operation, pattern, names, ancestors } of routesOf(service)) {
    const match = pattern.exec(req.url.pathname);
    if (!match) continue;
    pathMatched = true;
    if (operation.method !== req.method) continue;
    let pathValues: Record<string, string>;
    try {
      pathValues = matchedValues(names, match);
    } catch {
      throw new MockHttpError(
        400,
        "invalidParameter",
        `The path ${req.url.pathname} has malformed percent-encoding`,
      );
    }
    // Records are keyed by the canonical path (each value decoded, then encoded one way), so
    // `user%2D0003` and `user-0003` name the same record.
    return { resource, operation, pathValues, path: resolve(operation.path, pathValues), ancestors };
  }
  if (pathMatched) throw new MockHttpError(405, "methodNotAllowed", `Method ${req.method} not allowed`);
  throw new MockHttpError(404, "notFound", `The requested resource ${req.url.pathname} was not found`);
}

function validate(
  resource: MockResource,
  operation: MockOperation,
  pathValues: Record<string, string>,
  params: Record<string, unknown>,
  body: unknown,
) {
  // In path order, as the validators take them, each parsed as its style and kind say.
  const pathArgs = Object.entries(pathValues).map(([name, text]) => {
    const param = resource.pathParameters.find((p) => p.wireName === name);
    return param ? typedPathValue(param, text) : text;
  });
  const issues = operation.validate(
    ...pathArgs,
    ...(operation.requestBody ? [body] : []),
    ...(operation.parameters.length ? [params] : []),
  );
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

/**
 * What a placeholder matches: a matrix value its own `;name=` parts (so two placeholders in one
 * segment part where the API parts them), any other value a non-empty run up to the next `/`.
 */
function placeholderPattern(resource: MockResource, name: string): string {
  const param = resource.pathParameters.find((p) => p.wireName === name);
  if (param?.style !== "matrix") return "([^/]+)";
  const part = `;${encodeURIComponent(name).replace(/[.*+?^$()|[\]\\]/g, "\\$&")}=[^/;]*`;
  return param.explode && param.kind === "array" ? `((?:${part})+)` : `(${part})`;
}

/** A path value as its argument: the style's prefix taken off, an array split, numbers and booleans parsed. */
function typedPathValue(param: MockPathParameter, text: string): unknown {
  const prefix = param.style === "label" ? "." : param.style === "matrix" ? `;${param.wireName}=` : "";
  if (!text.startsWith(prefix)) return text;
  const value = text.slice(prefix.length);
  if (param.kind !== "array") return parseText(param.kind, value);
  const separator = !param.explode || param.style === "simple" ? "," : param.style === "label" ? "." : prefix;
  return (value === "" ? [] : value.split(separator)).map((item) =>
    parseText(param.itemKind ?? "string", item),
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

// The hook context's `fail`: an error in the API's shape, with the API's own code when given.
function fail(status: number, message: string, code?: number): never {
  throw new MockHttpError(
    status,
    status === 404 ? "notFound" : status === 429 ? "rateLimited" : "invalidParameter",
    message,
    code ?? null,
  );
}

/** The record at the route's instance path, brought up to date by its extension's read hook. */
function read(context: Context) {
  const { store, route } = context;
  const key = targetPath(context);
  const entry = store.get(key);
  if (!entry || entry.resource !== route.resource.name)
    throw new MockHttpError(404, "notFound", `The requested resource ${route.path} was not found`);
  route.resource.extension?.onRead?.({ record: entry.record, records: recordsOf(store), now: new Date() });
  return { key, record: entry.record };
}

/**
 * The stored record an operation acts on: the one at its path, or, for an action on a path below a
 * record of its own resource (`/Shelves/{Id}/Archive`), that record.
 */
function targetPath({ store, route }: Context): string {
  if (store.has(route.path) || route.operation.kind !== "action") return route.path;
  const own = route.ancestors.filter((a) => a.resource.name === route.resource.name).pop();
  return own ? route.path.split("/").slice(0, own.segments).join("/") : route.path;
}

/**
 * Whether an operation has no record to read: a fetch of a resource the API keeps itself (no create
 * operation, nothing seeded), or an action that is not about a stored record of its resource.
 */
function recordless(context: Context): boolean {
  const { store, route } = context;
  if (store.has(targetPath(context))) return false;
  if (route.operation.kind === "fetch") return !creatorOf(route.resource);
  return !route.ancestors.some((a) => a.resource.name === route.resource.name);
}

/**
 * Every record the request's path lies below must exist (a Book's Store and Shelf): a 404
 * otherwise, except that a create whose extension says so makes its missing direct parent first.
 * A parent the API cannot create (no create operation: a configuration singleton, a country list
 * the API keeps itself) always exists.
 */
function requireParents(context: Context): void {
  const { store, route } = context;
  const segments = route.path.split("/");
  route.ancestors.forEach(({ resource, segments: count }, i) => {
    const path = segments.slice(0, count).join("/");
    if (store.get(path)?.resource === resource.name) return;
    const maker = creatorOf(resource);
    if (!maker) return;
    const direct = i === route.ancestors.length - 1;
    if (direct && route.operation.kind === "create" && route.resource.extension?.createsParent) {
      const values = new Map<MockParameter, unknown>();
      const idParameter = maker.parameters.find((p) => p.wireName === idParameterOf(resource));
      if (idParameter) values.set(idParameter, decodeURIComponent(segments[count - 1]!));
      const pathValues = valuesFor(maker.path, route.pathValues);
      createRecord(context, resource, maker, pathValues, resolve(maker.path, pathValues), new Map(), values);
      return;
    }
    throw new MockHttpError(404, "notFound", `The requested resource ${path} was not found`);
  });
}

function project(record: Record<string, unknown>, operation: MockOperation): Record<string, unknown> | null {
  if (!operation.responseFields) return null;
  return Object.fromEntries(operation.responseFields.map((name) => [name, record[name] ?? null]));
}

/**
 * A create's answer: the new record, stored. With `persist` false, the answer of a record-less
 * operation: its response model filled as a create would, not stored.
 */
function create(context: Context, persist = true) {
  const { route, form, values } = context;
  const { resource, operation, pathValues, path } = route;
  const record = createRecord(context, resource, operation, pathValues, path, form, values, null, persist);
  return { status: operation.successStatus, payload: project(record, operation) };
}

/** Builds, completes and stores a new record of `resource` as `operation` with these values would. */
function createRecord(
  { service, store, req }: Context,
  resource: MockResource,
  operation: MockOperation,
  pathValues: Record<string, string>,
  listPath: string,
  form: ReadonlyMap<string, string>,
  values: Map<MockParameter, unknown>,
  fixedId: string | null = null,
  persist = true,
): Record<string, unknown> {
  const settings = service.settings;
  const now = new Date();
  const record: Record<string, unknown> = Object.fromEntries(resource.fields.map((f) => [f.wireName, null]));
  // A path value fills the field of its name, typed as the path parameter is (an integer id is a number).
  for (const [name, value] of Object.entries(pathValues)) {
    const param = resource.pathParameters.find((p) => p.wireName === name);
    if (Object.hasOwn(record, snakeCase(name)))
      record[snakeCase(name)] = param ? typedPathValue(param, value) : value;
  }
  for (const p of operation.parameters) {
    const applies =
      !p.onlyWhenParameter ||
      p.onlyWhenParameter.values.map(String).includes(form.get(p.onlyWhenParameter.wireName) ?? "");
    if (!values.has(p) && p.default !== null && applies) values.set(p, p.default);
  }
  applyParameters(record, resource.fields, values);
  const idParameter = idParameterOf(resource);
  const stamped = new Set([settings.stamps.created, settings.stamps.updated]);
  let minted: string | null = null;
  let mintedField: string | null = null;
  for (const field of resource.fields) {
    if (record[field.wireName] !== null) continue;
    const prefix = idPrefix(field.pattern, settings.idHexDigits);
    if (field.wireName === settings.accountField && req.account !== null)
      record[field.wireName] = req.account;
    else if (prefix) {
      const id = newId(prefix, settings.idHexDigits!);
      record[field.wireName] = id;
      minted ??= id;
      mintedField ??= field.wireName;
    } else if (stamped.has(field.wireName)) record[field.wireName] = apiDate(now);
    else if (field.enum && field.required) record[field.wireName] = field.enum[0];
  }
  // The field the instance path's last placeholder names: `{Sid}` is `sid`; where the record has
  // no such field (`{ParcelId}` of a record whose id is `id`), `id`, else the first minted id.
  const idField = idParameter
    ? ([snakeCase(idParameter), "id", mintedField].find((f) => f !== null && Object.hasOwn(record, f)) ??
      null)
    : null;
  if (fixedId !== null && idField) record[idField] = fixedId;
  const ids = {
    ...pathValues,
    ...(idParameter && idField ? { [idParameter]: String(record[idField]) } : {}),
  };
  // Without an instance path, a record is kept under its first minted id (or a random one).
  const path = resource.instancePath
    ? resolve(resource.instancePath, ids)
    : `${listPath}/${minted ?? newId("", 32)}`;
  // An id the client chose (an Entity's Identity) names one record: a second create never replaces it.
  if (persist && store.has(path))
    throw new MockHttpError(
      409,
      "conflict",
      `A ${resource.name} with ${idParameter ?? "this id"} '${ids[idParameter ?? ""] ?? ""}' already exists`,
    );
  if ("url" in record) record["url"] = `${req.origin}${path}`;
  const records = recordsOf(store);
  resource.extension?.onCreate?.({
    record,
    form,
    pathParameters: pathValues,
    now,
    records,
    fail,
    log: store.log,
  });
  // What the API always sends and nothing set (no parameter, stamp or extension) gets a plain value.
  for (const field of resource.fields)
    if (field.required && record[field.wireName] === null) record[field.wireName] = alwaysSent(field, now);
  checkStoredRules(operation, record, values);
  if (persist) store.set(path, { resource: resource.name, parent: listPath, record });
  return record;
}

/** The rules on the stored resource's fields (`requiredWhen` / `onlyWhen` a `resourceField`). */
function checkStoredRules(
  operation: MockOperation,
  record: Record<string, unknown>,
  values: ReadonlyMap<MockParameter, unknown>,
): void {
  for (const p of operation.parameters) {
    const only = p.onlyWhenField;
    if (only && values.has(p) && !only.values.map(String).includes(String(record[only.field])))
      throw new MockHttpError(
        400,
        "invalidParameter",
        `Invalid parameter \`${p.wireName}\`: only used when ${only.field} is ${only.values.join(" or ")}`,
      );
    const required = p.requiredWhenField;
    if (required && !values.has(p) && required.values.map(String).includes(String(record[required.field])))
      throw new MockHttpError(
        400,
        "invalidParameter",
        `Missing parameter \`${p.wireName}\`: required when ${required.field} is ${required.values.join(" or ")}`,
      );
  }
}

function update(context: Context) {
  const { service, store, route, form, values } = context;
  const { resource, operation, pathValues } = route;
  const { record } = read(context);
  checkStoredRules(operation, record, values);
  const now = new Date();
  applyParameters(record, resource.fields, values);
  resource.extension?.onUpdate?.({
    record,
    form,
    pathParameters: pathValues,
    now,
    records: recordsOf(store),
    fail,
    log: store.log,
  });
  const updated = service.settings.stamps.updated;
  if (updated && updated in record) record[updated] = apiDate(now);
  return { status: operation.successStatus, payload: project(record, operation) };
}

// A query parameter whose only values are `asc` and `desc` orders a list by creation.
const isOrder = (p: MockParameter) =>
  p.location === "query" && p.enum !== null && [...p.enum].sort().join() === "asc,desc";

function list({ service, store, req, route, values }: Context) {
  const { resource, operation } = route;
  const paging = operation.paging;
  const listKey = resource.listKey ?? "items";
  const query = req.url.searchParams;
  // A list answered in one response holds every record; otherwise the page asked for.
  const size = paging
    ? Number((paging.pageSizeParameter && query.get(paging.pageSizeParameter)) ?? paging.defaultPageSize)
    : Infinity;
  const prefix = service.settings.pageTokenPrefix;
  const start = paging ? pageStart(paging, query, prefix, size) : { offset: 0, after: null };
  let offset = start.offset;
  if (paging && (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(size) || size < 1))
    throw new MockHttpError(400, "invalidParameter", "The page asked for is out of range");
  // Filters: each query parameter naming a field of the resource keeps the records with that value.
  const fieldNames = new Set(resource.fields.map((f) => f.wireName));
  const paging_ = new Set(paging ? pagingParameters(paging) : []);
  const filters = [...values].filter(
    ([p]) => p.location === "query" && !paging_.has(p.wireName) && fieldNames.has(snakeCase(p.wireName)),
  );
  const order = [...values].find(([p]) => isOrder(p));
  const now = new Date();
  const records = recordsOf(store);
  // One pass over this list's own records, keeping only the page asked for (no copy of the rest).
  const onRead = resource.extension?.onRead;
  const wanted = filters.map(([p, value]) => [snakeCase(p.wireName), String(storable(value))] as const);
  const page_: StoredRecord[] = [];
  let total = 0;
  const descending = order?.[1] === "desc";
  const matches = (e: StoredRecord) => {
    if (e.resource !== resource.name) return false;
    onRead?.({ record: e.record, records, now });
    return wanted.every(([field, value]) => String(e.record[field]) === value);
  };
  if (descending || start.after !== null) {
    const all = [...store.under(route.path)].filter(matches);
    if (descending) all.reverse();
    total = all.length;
    // A cursor naming an item: the page starts after it.
    if (start.after !== null) {
      const [field, value] = start.after;
      const at = all.findIndex((e) => String(e.record[field]) === value);
      if (at < 0) throw new MockHttpError(400, "invalidParameter", `No item has the ${field} ${value}`);
      offset = at + 1;
    }
    page_.push(...all.slice(offset, offset + size));
  } else {
    for (const e of store.under(route.path)) {
      if (!matches(e)) continue;
      if (total >= offset && total < offset + size) page_.push(e);
      total++;
    }
  }
  const items = page_.map((e) => project(e.record, operation));
  if (!paging) return { status: operation.successStatus, payload: { [listKey]: items } };
  const echoed = [...filters, ...(order ? [order] : [])].map(
    ([p, value]) => `${encodeURIComponent(p.wireName)}=${encodeURIComponent(String(storable(value)))}`,
  );
  return {
    status: operation.successStatus,
    ...pageAnswer(paging, { req, route, listKey, items, offset, size, total, echoed, prefix }),
  };
}

/** The query parameters a paging style reads (not filters). */
function pagingParameters(paging: MockPaging): (string | null)[] {
  switch (paging.style) {
    case "nextUrl":
      return [paging.pageSizeParameter, paging.pageParameter, paging.pageTokenParameter];
    case "cursor":
      return [paging.pageSizeParameter, paging.cursorParameter];
    case "linkHeader":
      return [paging.pageSizeParameter, paging.pageParameter];
    case "offset":
      return [paging.pageSizeParameter, paging.offsetParameter];
  }
}

// The server's own cursor parameter where the API's links set neither a page token nor a page number.
const OWN_CURSOR = "cursor";

/**
 * Where the page asked for starts: an item index (from a page token of the server's own, a page
 * number, or an offset), or after the item whose field has the value a cursor gives.
 */
function pageStart(
  paging: MockPaging,
  query: URLSearchParams,
  prefix: string,
  size: number,
): { offset: number; after: readonly [field: string, value: string] | null } {
  // A page token: the prefix, then the index of the page's first item.
  const token = (name: string | null, strict: boolean) => {
    const text = name ? query.get(name) : null;
    if (text === null) return null;
    const match = text.startsWith(prefix) ? /^(\d+)$/.exec(text.slice(prefix.length)) : null;
    if (!match && strict) throw new MockHttpError(400, "invalidParameter", `The cursor ${name} is not valid`);
    return match ? Number(match[1]) : null;
  };
  const pageNumber = (name: string | null) => (name ? Number(query.get(name) ?? 0) : 0);
  switch (paging.style) {
    case "nextUrl": {
      // The next page's position travels in the page token, or (when the API pages by page number) in
      // the page number; with neither, in a cursor of the server's own: clients follow the URL as given.
      const cursor = paging.pageTokenParameter ?? (paging.pageParameter ? null : OWN_CURSOR);
      return { offset: token(cursor, false) ?? pageNumber(paging.pageParameter) * size, after: null };
    }
    case "cursor": {
      const given = query.get(paging.cursorParameter);
      if (paging.itemCursorField !== null)
        return { offset: 0, after: given === null ? null : [paging.itemCursorField, given] };
      return { offset: token(paging.cursorParameter, true) ?? 0, after: null };
    }
    case "linkHeader":
      // Page numbers from 1, as the links write them.
      return paging.pageParameter
        ? { offset: (Number(query.get(paging.pageParameter) ?? 1) - 1) * size, after: null }
        : { offset: token(OWN_CURSOR, true) ?? 0, after: null };
    case "offset":
      return { offset: Number(query.get(paging.offsetParameter) ?? 0), after: null };
  }
}

interface PageFacts {
  readonly req: MockRequest;
  readonly route: Route;
  readonly listKey: string;
  readonly items: readonly unknown[];
  readonly offset: number;
  readonly size: number;
  readonly total: number;
  /** The filters and order of the request, as query parameters every link repeats. */
  readonly echoed: readonly string[];
  readonly prefix: string;
}

/** A page's body (and headers) as the paging style writes them. */
function pageAnswer(
  paging: MockPaging,
  { req, route, listKey, items, offset, size, total, echoed, prefix }: PageFacts,
): { payload: unknown; headers?: Record<string, string> } {
  const more = offset + size < total;
  const url = (pageUrls: "absolute" | "path", parts: string[]) => {
    const all = [
      ...echoed,
      ...(paging.pageSizeParameter ? [`${paging.pageSizeParameter}=${size}`] : []),
      ...parts,
    ];
    return `${pageUrls === "path" ? "" : req.origin}${route.path}${all.length ? `?${all.join("&")}` : ""}`;
  };
  const withMeta = (metaKey: string | null, meta: Record<string, unknown>) =>
    metaKey === null ? { [listKey]: items, ...meta } : { [listKey]: items, [metaKey]: meta };
  switch (paging.style) {
    case "nextUrl": {
      const cursor = paging.pageTokenParameter ?? (paging.pageParameter ? null : OWN_CURSOR);
      const page = Math.floor(offset / size);
      const link = (p: number, at: number) =>
        url(paging.pageUrls, [
          ...(paging.pageParameter ? [`${paging.pageParameter}=${p}`] : []),
          ...(cursor && p > 0 ? [`${cursor}=${encodeURIComponent(prefix)}${at}`] : []),
        ]);
      const byRole: Record<string, unknown> = {
        page,
        pageSize: size,
        firstPageUrl: link(0, 0),
        previousPageUrl: page > 0 ? link(page - 1, Math.max(0, offset - size)) : null,
        url: link(page, offset),
        key: listKey,
        start: offset,
        end: offset + Math.max(items.length, 1) - 1,
      };
      const meta: Record<string, unknown> = {};
      for (const [role, field] of Object.entries(paging.metaFields)) meta[field] = byRole[role] ?? null;
      meta[paging.nextUrlField] = more ? link(page + 1, offset + size) : null;
      return { payload: withMeta(paging.metaKey, meta) };
    }
    case "cursor": {
      const meta: Record<string, unknown> = {};
      if (paging.cursorField !== null)
        meta[paging.cursorField] = more ? `${prefix}${offset + size}` : paging.lastCursor;
      if (paging.hasMoreField !== null) meta[paging.hasMoreField] = more;
      return { payload: withMeta(paging.metaKey, meta) };
    }
    case "linkHeader": {
      const link = (p: number, at: number) =>
        url(
          paging.pageUrls,
          paging.pageParameter
            ? [`${paging.pageParameter}=${p + 1}`]
            : p > 0
              ? [`${OWN_CURSOR}=${encodeURIComponent(prefix)}${at}`]
              : [],
        );
      const page = Math.floor(offset / size);
      const links = [
        `<${link(0, 0)}>; rel="first"`,
        ...(more ? [`<${link(page + 1, offset + size)}>; rel="next"`] : []),
      ];
      return { payload: { [listKey]: items }, headers: { Link: links.join(", ") } };
    }
    case "offset":
      return { payload: withMeta(paging.metaKey, { [paging.totalField]: total }) };
  }
}
