/**
 * A stateful local server for any resource a route table describes: Basic auth, routing, the client's
 * own validation rules, in-memory records, paging and errors in the API's own shape (from the spec), and injectable faults.
 * Node-only; listens on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import {
  handle,
  MockHttpError,
  recordsOf,
  seed as seedRecord,
  serviceFor,
  type MockErrorRole,
  Store,
} from "./handlers.js";
import type { MockAuth, MockService } from "./types.js";

/** Options of `start`. */
export interface MockServerOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The largest request body accepted, in bytes; a larger one is answered 413. Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** The only credentials accepted; by default any username the spec's pattern allows, with a non-empty password. */
  readonly credentials?: { readonly username: string; readonly password: string };
  /**
   * Origins whose pages may call the server (CORS): `["*"]` by default, since it listens on
   * loopback only. A preflight (`OPTIONS`) is answered without credentials.
   */
  readonly corsOrigins?: readonly string[];
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
  const store = new Store();
  const faults: Fault[] = [];
  let requestCount = 0;
  const server = createServer((req, res) => {
    requestCount++;
    serve(services, store, faults, options, req, res, `http://127.0.0.1:${portOf(server)}`).catch(() => {
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
    seed(path, form, count = 1) {
      const url = new URL(path, origin);
      const body = new URLSearchParams(form).toString();
      const account = options.credentials?.username ?? "seed";
      const service = serviceFor(services, url);
      const req = { method: "POST", url, origin, body, account, headers: {} };
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

async function serve(
  services: readonly MockService[],
  store: Store,
  faults: Fault[],
  options: MockServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  let body: string;
  try {
    body = await readBody(req, options.maxBodyBytes ?? 1 << 20);
  } catch (error) {
    // An aborted upload has no one left to answer; a body over the limit gets 413. The server goes on.
    if (error instanceof MockHttpError && !res.headersSent)
      send(res, error.status, errorBody(serviceFor(services, new URL(req.url ?? "/", origin)), error));
    else req.socket.destroy();
    return;
  }
  const url = new URL(req.url ?? "/", origin);
  const service = serviceFor(services, url);
  if (allowCrossOrigin(req, res, options, service)) return;
  const requestId = `RQ${randomBytes(16).toString("hex")}`;
  if (service.requestIdHeader) res.setHeader(service.requestIdHeader, requestId);
  const fault = faults.shift();
  if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault?.drop) {
    req.socket.destroy();
    return;
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
    const account = authenticate(req, options, service.settings.auth);
    const { status, payload } = handle(service, store, {
      method: req.method ?? "GET",
      url,
      origin,
      body,
      account,
      headers: req.headers,
    });
    // A redirect the API answers by design goes where its body's first absolute URL says (or home).
    if (status >= 300 && status < 400) res.setHeader("Location", redirectTarget(payload, origin));
    send(res, status, payload);
  } catch (error) {
    const e =
      error instanceof MockHttpError
        ? error
        : new MockHttpError(500, "internal", `Internal error: ${(error as Error).message}`);
    send(res, e.status, errorBody(service, e));
  }
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
): boolean {
  const allowed = options.corsOrigins ?? ["*"];
  const from = req.headers.origin;
  const origin = allowed.includes("*") ? "*" : from && allowed.includes(from) ? from : null;
  if (origin) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    if (origin !== "*") res.setHeader("Vary", "Origin");
    res.setHeader(
      "Access-Control-Expose-Headers",
      [service.requestIdHeader, "Retry-After"].filter((h): h is string => h !== null).join(", "),
    );
  }
  if (req.method !== "OPTIONS") return false;
  if (origin) {
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
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

/** The account a request acts for (the Basic username), or a 401 when its credentials do not pass. */
function authenticate(req: IncomingMessage, options: MockServerOptions, auth: MockAuth): string {
  switch (auth.kind) {
    case "basic":
      return basicAccount(req, options, auth.usernamePattern);
    default:
      return unreachable(auth.kind);
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
): string {
  const header = req.headers.authorization ?? "";
  const decoded = header.startsWith("Basic ") ? Buffer.from(header.slice(6), "base64").toString("utf8") : "";
  const colon = decoded.indexOf(":");
  const username = colon < 0 ? "" : decoded.slice(0, colon);
  const password = colon < 0 ? "" : decoded.slice(colon + 1);
  const ok = options.credentials
    ? username === options.credentials.username && password === options.credentials.password
    : username.length > 0 &&
      password.length > 0 &&
      (usernamePattern === null || new RegExp(usernamePattern, "u").test(username));
  if (!ok) throw new MockHttpError(401, "unauthorized" satisfies MockErrorRole, "Authenticate");
  return username;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
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
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("aborted", () => reject(new Error("the client aborted the upload")));
    req.on("error", reject);
  });
}
