/**
 * A stateful local server for any resource a route table describes: the API's auth schemes (and an
 * OAuth2 token endpoint where the client fetches its own tokens), routing, the client's
 * own validation rules, in-memory records, paging and errors in the API's own shape (from the spec), and injectable faults.
 * Node-only; listens on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import {
  cookiesOf,
  handle,
  MockHttpError,
  recordsOf,
  routes,
  seed as seedRecord,
  serviceFor,
  type MockErrorRole,
  Store,
} from "./handlers.js";
import type { MockAuth, MockPart, MockSecurity, MockService } from "./types.js";
import type { RawBody } from "./answers.js";
import { deliver, happened, watch } from "./webhooks.js";

/** Options of `start`. */
export interface MockServerOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The largest request body accepted, in bytes; a larger one is answered 413. Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** The only Basic credentials accepted; by default any username the spec's pattern allows, with a non-empty password. */
  readonly credentials?: { readonly username: string; readonly password: string };
  /**
   * By scheme name, the one bearer token, API key or OAuth2 access token accepted. By default any
   * non-empty one, except for OAuth2 with client credentials: a token this server's token endpoint issued.
   */
  readonly tokens?: Readonly<Record<string, string>>;
  /** By OAuth2 scheme name, the one client its token endpoint accepts; by default any non-empty id and secret. */
  readonly oauthClients?: Readonly<
    Record<string, { readonly clientId: string; readonly clientSecret: string }>
  >;
  /**
   * Origins whose pages may call the server (CORS): `["*"]` by default, since it listens on
   * loopback only. A preflight (`OPTIONS`) is answered without credentials.
   */
  readonly corsOrigins?: readonly string[];
  /**
   * Whether webhooks may go to any http(s) URL; by default only to loopback addresses (127.0.0.0/8,
   * ::1, localhost), so a test server never posts to the network.
   */
  readonly allowExternalWebhooks?: boolean;
  /**
   * Receives one line for each message an extension says the API sent out of band (a verification
   * code, a challenge; the command-line server prints them) and for each webhook that failed or was
   * not sent. Without it, the messages go nowhere (tests read the records instead, `records`) and
   * webhook failures go to `console.warn`.
   */
  readonly log?: (line: string) => void;
}

/** A fault the next response will show instead of (or before) the real one. */
export interface Fault {
  /** Answer with this status and the API's error body. */
  readonly status?: number;
  /** With status 429 (or any): a Retry-After header, in seconds. */
  readonly retryAfter?: number;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Destroy the connection without any response. */
  readonly drop?: boolean;
}

/** A running server. */
export interface MockServer {
  /** `http://127.0.0.1:PORT`, to pass as the client's `baseUrl`. */
  readonly url: string;
  /** Queues faults, applied to the next requests in order. */
  inject(...faults: Fault[]): void;
  /** Requests received so far. */
  readonly requestCount: number;
  /** Forgets every stored record. */
  reset(): void;
  /** Resolves when every webhook the server has started sending is delivered, refused or failed (it never rejects). */
  webhooksSettled(): Promise<void>;
  /** Forgets every access token the token endpoint issued, as if each had expired: the next call with one is a 401. */
  revokeTokens(): void;
  /**
   * Creates `count` records as `POST path` with these wire parameters would, without HTTP: fixtures
   * for tests and benchmarks. Given an instance path (`/v2/Services/VA…`), creates that one record
   * with the id the path names. Throws when the parameters break the rules or a parent is missing.
   */
  seed(path: string, form: Readonly<Record<string, string>>, count?: number): void;
  /**
   * Every stored record of one resource, with the fields the API never shows (such as the code a
   * verification sent): for tests only, never reachable over HTTP.
   */
  records(resource: string): readonly Readonly<Record<string, unknown>>[];
  close(): Promise<void>;
}

/** Starts a server for `services` on 127.0.0.1; each request goes to the service whose paths match it. */
export async function startMockServer(
  services: readonly MockService[],
  options: MockServerOptions = {},
): Promise<MockServer> {
  const store = new Store(options.log);
  const faults: Fault[] = [];
  const issued = new Map<string, string>();
  const deliveries = new Set<Promise<void>>();
  let requestCount = 0;
  const server = createServer((req, res) => {
    requestCount++;
    const state = { services, store, faults, issued, options, deliveries };
    serve(state, req, res, `http://127.0.0.1:${portOf(server)}`).catch(() => {
      // No request, however broken, may stop the server: drop this one's connection instead.
      req.socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}`,
    inject: (...more) => void faults.push(...more),
    get requestCount() {
      return requestCount;
    },
    reset: () => store.clear(),
    webhooksSettled: async () => {
      while (deliveries.size) await Promise.all(deliveries);
    },
    revokeTokens: () => issued.clear(),
    seed(path, form, count = 1) {
      const url = new URL(path, origin);
      const body = new URLSearchParams(form).toString();
      const account = options.credentials?.username ?? "seed";
      const service = serviceFor(services, url);
      const bytes = new TextEncoder().encode(body);
      const req = { method: "POST", url, origin, body, bytes, parts: null, account, headers: {} };
      for (let i = 0; i < count; i++) seedRecord(service, store, req);
    },
    records: (resource) => recordsOf(store).find(resource),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** What one server keeps: its routes, records, queued faults, the tokens it issued, its options. */
interface ServerState {
  readonly services: readonly MockService[];
  readonly store: Store;
  readonly faults: Fault[];
  /** Access tokens the token endpoint issued, by token, with their scheme's name. */
  readonly issued: Map<string, string>;
  readonly options: MockServerOptions;
  /** Webhook deliveries under way. */
  readonly deliveries: Set<Promise<void>>;
}

async function serve(
  state: ServerState,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  const { services, store, faults, options } = state;
  let bytes: Buffer;
  let parts: readonly MockPart[] | null;
  try {
    bytes = await readBody(req, options.maxBodyBytes ?? 1 << 20);
    parts = await multipartOf(req.headers["content-type"], bytes);
  } catch (error) {
    // An aborted upload has no one left to answer; a body over the limit gets 413. The server goes on.
    if (error instanceof MockHttpError && !res.headersSent)
      send(res, error.status, errorBody(serviceFor(services, new URL(req.url ?? "/", origin)), error));
    else req.socket.destroy();
    return;
  }
  const body = bytes.toString("utf8");
  const url = new URL(req.url ?? "/", origin);
  const service = serviceFor(services, url);
  if (allowCrossOrigin(req, res, options, service, url)) return;
  const requestId = `RQ${randomBytes(16).toString("hex")}`;
  if (service.requestIdHeader) res.setHeader(service.requestIdHeader, requestId);
  const fault = faults.shift();
  if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault?.drop) {
    req.socket.destroy();
    return;
  }
  // A token request at a token endpoint's path (another POST there, without a grant, is the API's).
  const tokenSchemes = req.method === "POST" ? tokenEndpointsOf(service, url.pathname) : [];
  if (tokenSchemes.length && isTokenRequest(body, service, url.pathname)) {
    if (fault?.status) {
      if (fault.retryAfter !== undefined) res.setHeader("Retry-After", String(fault.retryAfter));
      return send(res, fault.status, {
        error: "temporarily_unavailable",
        error_description: "Injected failure",
      });
    }
    return answerTokenRequest(state, tokenSchemes, req, body, res);
  }
  try {
    if (fault?.status) {
      if (fault.retryAfter !== undefined) res.setHeader("Retry-After", String(fault.retryAfter));
      throw new MockHttpError(
        fault.status,
        fault.status === 429 ? "rateLimited" : "internal",
        fault.status === 429 ? "Too Many Requests" : "Injected failure",
      );
    }
    const watched = watch(service, store);
    const { status, payload, headers, raw } = handle(
      service,
      store,
      { method: req.method ?? "GET", url, origin, body, bytes, parts, headers: req.headers },
      (security) => authenticate(req, url, state, service.settings.auth, security),
    );
    if (watched) sendWebhooks(state, service, watched, req);
    // A redirect the API answers by design goes where its body's first absolute URL says (or home).
    if (status >= 300 && status < 400) res.setHeader("Location", redirectTarget(payload, origin));
    // A page's Link header, where the API pages by one.
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    // A HEAD answer has headers and no body; text, bytes and JSON null go as they are.
    if (raw !== undefined && req.method !== "HEAD") sendRaw(res, status, raw);
    else send(res, status, req.method === "HEAD" ? null : payload);
  } catch (error) {
    const e =
      error instanceof MockHttpError
        ? error
        : new MockHttpError(500, "internal", `Internal error: ${(error as Error).message}`);
    send(res, e.status, errorBody(service, e));
  }
}

/**
 * Sends the webhooks a request's changes call for, signed with the account's secret (the one
 * password the server accepts, else the request's own Basic password), without delaying its answer.
 */
function sendWebhooks(
  state: ServerState,
  service: MockService,
  watched: NonNullable<ReturnType<typeof watch>>,
  req: IncomingMessage,
): void {
  const events = happened(service, state.store, watched);
  if (!events.length) return;
  const { options } = state;
  const secret =
    options.credentials?.password ?? basicCredentials(req.headers.authorization ?? "")?.[1] ?? "";
  const log = options.log ?? ((message: string) => console.warn(message));
  const allowExternal = options.allowExternalWebhooks === true;
  const delivery = deliver(service, state.store, events, service.settings.accountField, secret, {
    allowExternal,
    log,
  }).catch((error: unknown) => log(`webhooks failed: ${(error as Error).message}`));
  state.deliveries.add(delivery);
  void delivery.finally(() => state.deliveries.delete(delivery));
}

/**
 * CORS: the allowed origin on every response, and a preflight answered at once (true), before
 * authentication, since browsers send it without credentials.
 */
function allowCrossOrigin(
  req: IncomingMessage,
  res: ServerResponse,
  options: MockServerOptions,
  service: MockService,
  url: URL,
): boolean {
  const allowed = options.corsOrigins ?? ["*"];
  const from = req.headers.origin;
  const origin = allowed.includes("*") ? "*" : from && allowed.includes(from) ? from : null;
  if (origin) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    if (origin !== "*") res.setHeader("Vary", "Origin");
    res.setHeader(
      "Access-Control-Expose-Headers",
      [service.requestIdHeader, "Retry-After", "Link"].filter((h): h is string => h !== null).join(", "),
    );
  }
  // An OPTIONS request the API answers itself (one of its operations) is no preflight, unless a browser asks.
  if (req.method !== "OPTIONS") return false;
  if (req.headers["access-control-request-method"] === undefined && routes(service, "OPTIONS", url.pathname))
    return false;
  if (origin) {
    res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    res.setHeader(
      "Access-Control-Allow-Headers",
      String(req.headers["access-control-request-headers"] ?? "Authorization, Content-Type"),
    );
    res.setHeader("Access-Control-Max-Age", "600");
  }
  res.writeHead(204).end();
  return true;
}

// The API's error body, with the spec's field names and error codes.
function errorBody(service: MockService, e: MockHttpError): Record<string, unknown> {
  const { errorCodes, errorFields, moreInfoUrl } = service.settings;
  const code = e.code ?? errorCodes[e.role] ?? e.status;
  const body: Record<string, unknown> = {};
  if (errorFields.code) body[errorFields.code] = code;
  if (errorFields.message) body[errorFields.message] = e.message;
  if (errorFields.moreInfo && moreInfoUrl)
    body[errorFields.moreInfo] = moreInfoUrl.replace("{code}", String(code));
  if (errorFields.status) body[errorFields.status] = e.status;
  return body;
}

function portOf(server: ReturnType<typeof createServer>): number {
  return (server.address() as AddressInfo).port;
}

function redirectTarget(payload: unknown, origin: string): string {
  const values = typeof payload === "object" && payload !== null ? Object.values(payload) : [];
  const url = values.find((v): v is string => typeof v === "string" && /^https?:\/\//.test(v));
  return url ?? `${origin}/`;
}

/**
 * A body as it is, with its content type (and its length: the client may show a download's size).
 * A large one goes in slices a few milliseconds apart, as a real download arrives, so a client reading
 * it as a stream sees it in chunks.
 */
function sendRaw(res: ServerResponse, status: number, raw: RawBody): void {
  const body = typeof raw.body === "string" ? Buffer.from(raw.body) : raw.body;
  res.writeHead(status, { "Content-Type": raw.contentType, "Content-Length": body.byteLength });
  const slice = 64 * 1024;
  const next = (at: number) => {
    if (res.destroyed) return;
    if (at + slice >= body.byteLength) {
      res.end(body.subarray(at));
      return;
    }
    res.write(body.subarray(at, at + slice));
    setTimeout(() => next(at + slice), 5);
  };
  next(0);
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  if (status === 204 || payload === null) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(payload);
  res
    .writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) })
    .end(text);
}

/**
 * The account a request acts for (the Basic username, or null for other schemes) under the first
 * alternative of `security` whose every scheme its credentials pass; a 401 when none does.
 */
function authenticate(
  req: IncomingMessage,
  url: URL,
  state: ServerState,
  schemes: readonly MockAuth[],
  security: MockSecurity,
): string | null {
  if (security.length === 0) return null;
  for (const alternative of security) {
    let account: string | null = null;
    const passed = alternative.every((name) => {
      const scheme = schemes.find((s) => s.name === name);
      const result = scheme ? check(req, url, state, scheme) : false;
      if (typeof result === "string") account = result;
      return result !== false;
    });
    if (passed) return account;
  }
  throw new MockHttpError(401, "unauthorized" satisfies MockErrorRole, "Authenticate");
}

// Whether a request passes one scheme: false, true, or (Basic) the username.
function check(req: IncomingMessage, url: URL, state: ServerState, scheme: MockAuth): string | boolean {
  const { options } = state;
  const wanted =
    options.tokens && Object.hasOwn(options.tokens, scheme.name) ? options.tokens[scheme.name] : undefined;
  const matches = (value: string | null) =>
    value !== null && value !== "" && (wanted === undefined || value === wanted);
  switch (scheme.kind) {
    case "basic":
      return basicAccount(req, options, scheme.usernamePattern) ?? false;
    case "bearer":
      return matches(bearerToken(req));
    case "apiKey":
      return matches(apiKeyOf(req, url, scheme));
    case "oauth2": {
      const token = bearerToken(req);
      if (scheme.tokenPath === null || wanted !== undefined) return matches(token);
      return token !== null && state.issued.get(token) === scheme.name;
    }
    default:
      return unreachable(scheme);
  }
}

// With an auth scheme left unhandled above, `value` is not `never` and tsc names the switch.
function unreachable(value: never): never {
  throw new Error(`unhandled auth scheme: ${JSON.stringify(value)}`);
}

function basicAccount(
  req: IncomingMessage,
  options: MockServerOptions,
  usernamePattern: string | null,
): string | null {
  const header = req.headers.authorization ?? "";
  const [username, password] = basicCredentials(header) ?? ["", ""];
  const ok = options.credentials
    ? username === options.credentials.username && password === options.credentials.password
    : username.length > 0 &&
      password.length > 0 &&
      (usernamePattern === null || new RegExp(usernamePattern, "u").test(username));
  return ok ? username : null;
}

function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer +(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  return match ? match[1]! : null;
}

// The API key a request carries where the scheme says: a header, a query parameter or a cookie.
function apiKeyOf(
  req: IncomingMessage,
  url: URL,
  scheme: Extract<MockAuth, { kind: "apiKey" }>,
): string | null {
  switch (scheme.in) {
    case "header": {
      const value = req.headers[scheme.parameter.toLowerCase()];
      return typeof value === "string" ? value : null;
    }
    case "query":
      return url.searchParams.get(scheme.parameter);
    case "cookie":
      return cookiesOf(req.headers.cookie).get(scheme.parameter);
  }
}

// The OAuth2 schemes whose token endpoint is at this path.
function tokenEndpointsOf(service: MockService, path: string): Extract<MockAuth, { kind: "oauth2" }>[] {
  return service.settings.auth.filter(
    (scheme): scheme is Extract<MockAuth, { kind: "oauth2" }> =>
      scheme.kind === "oauth2" && scheme.tokenPath === path,
  );
}

// A token request: a form with a grant type, or a POST where no operation of the API is.
function isTokenRequest(body: string, service: MockService, path: string): boolean {
  if (new URLSearchParams(body).has("grant_type")) return true;
  return !service.resources.some((r) => r.operations.some((o) => o.method === "POST" && o.path === path));
}

// The user id and password of an HTTP Basic header (the scheme's name in any case), or null.
function basicCredentials(header: string): [string, string] | null {
  const match = /^basic +(\S+)\s*$/i.exec(header);
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

// How long an access token the token endpoint issues lasts, in seconds, and how many it keeps.
const TOKEN_LIFETIME_S = 3600;
const MAX_ISSUED = 10_000;

/**
 * An OAuth2 token request (RFC 6749 4.4): the client credentials grant, the client proving itself
 * as the spec says (HTTP Basic or form fields) to one of the schemes whose endpoint this is;
 * answers a bearer token for that scheme, or the RFC's error body.
 */
function answerTokenRequest(
  state: ServerState,
  schemes: readonly Extract<MockAuth, { kind: "oauth2" }>[],
  req: IncomingMessage,
  body: string,
  res: ServerResponse,
): void {
  const form = new URLSearchParams(body);
  const fail = (status: number, error: string, description: string) =>
    send(res, status, { error, error_description: description });
  if (form.get("grant_type") !== "client_credentials")
    return fail(400, "unsupported_grant_type", "Only the client_credentials grant is supported");
  const clients = state.options.oauthClients;
  const scheme = schemes.find((candidate) => {
    const pair =
      candidate.clientAuthentication === "basic"
        ? basicCredentials(req.headers.authorization ?? "")?.map(formDecode)
        : [form.get("client_id"), form.get("client_secret")];
    const [id, secret] = pair ?? [null, null];
    const wanted = clients && Object.hasOwn(clients, candidate.name) ? clients[candidate.name] : undefined;
    return wanted ? id === wanted.clientId && secret === wanted.clientSecret : !!id && !!secret;
  });
  if (!scheme) {
    if (schemes.some((s) => s.clientAuthentication === "basic"))
      res.setHeader("WWW-Authenticate", 'Basic realm="token"');
    return fail(401, "invalid_client", "Client authentication failed");
  }
  const token = randomBytes(24).toString("hex");
  // Bounded: the oldest token is forgotten first, so no stream of token requests grows the server.
  if (state.issued.size >= MAX_ISSUED) state.issued.delete(state.issued.keys().next().value!);
  state.issued.set(token, scheme.name);
  res.setHeader("Cache-Control", "no-store");
  send(res, 200, { access_token: token, token_type: "Bearer", expires_in: TOKEN_LIFETIME_S });
}

function formDecode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/**
 * The parts of a multipart/form-data body (null for any other body), each read whole; a body that
 * does not parse is a 400.
 */
async function multipartOf(contentType: string | undefined, bytes: Buffer): Promise<MockPart[] | null> {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  let form: FormData;
  try {
    form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": contentType },
    }).formData();
  } catch {
    throw new MockHttpError(400, "invalidParameter", "The request body is not valid multipart/form-data");
  }
  const parts: MockPart[] = [];
  // forEach, not for…of: FormData is iterable only where the DOM.Iterable library is in scope.
  const entries: [string, FormDataEntryValue][] = [];
  form.forEach((value, name) => entries.push([name, value]));
  for (const [name, value] of entries)
    parts.push(
      typeof value === "string"
        ? { name, text: value, bytes: null, fileName: null, type: null }
        : {
            name,
            text: null,
            bytes: new Uint8Array(await value.arrayBuffer()),
            fileName: value.name,
            type: value.type || null,
          },
    );
  return parts;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        reject(new MockHttpError(413, "invalidParameter", `The request body is larger than ${limit} bytes`));
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("aborted", () => reject(new Error("the client aborted the upload")));
    req.on("error", reject);
  });
}
