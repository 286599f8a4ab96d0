/**
 * A stateful local server for any resource a route table describes: Basic auth, routing, the client's
 * own validation rules, in-memory records, Twilio-style paging and errors, and injectable faults.
 * Node-only; listens on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { newSid } from "./records.js";
import { handle, MockHttpError, type Store } from "./handlers.js";
import type { MockService } from "./types.js";

/** Options of `start`. */
export interface MockServerOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The only credentials accepted; by default any `AC` + 32 hex account SID with a non-empty token. */
  readonly credentials?: { readonly username: string; readonly password: string };
}

/** A fault the next response will show instead of (or before) the real one. */
export interface Fault {
  /** Answer with this status and a Twilio error body. */
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
   * for tests and benchmarks. Throws when the parameters break the rules.
   */
  seed(path: string, form: Readonly<Record<string, string>>, count?: number): void;
  close(): Promise<void>;
}

const SEED_ACCOUNT = "AC" + "0".repeat(32);

/** Starts a server for `service` on 127.0.0.1. */
export async function startMockServer(
  service: MockService,
  options: MockServerOptions = {},
): Promise<MockServer> {
  const store: Store = new Map();
  const faults: Fault[] = [];
  let requestCount = 0;
  const server = createServer((req, res) => {
    requestCount++;
    void serve(service, store, faults, options, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    inject: (...more) => void faults.push(...more),
    get requestCount() {
      return requestCount;
    },
    reset: () => store.clear(),
    seed(path, form, count = 1) {
      const url = new URL(path, `http://127.0.0.1:${port}`);
      const body = new URLSearchParams(form).toString();
      for (let i = 0; i < count; i++)
        handle(service, store, {
          method: "POST",
          url,
          origin: `http://127.0.0.1:${port}`,
          body,
          account: SEED_ACCOUNT,
        });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function serve(
  service: MockService,
  store: Store,
  faults: Fault[],
  options: MockServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readBody(req);
  const requestId = newSid("RQ");
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
        fault.status === 429 ? 20429 : 20500,
        fault.status === 429 ? "Too Many Requests" : "Injected failure",
      );
    }
    const account = authenticate(req, options);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const origin = `http://${req.headers.host ?? "127.0.0.1"}`;
    const { status, payload } = handle(service, store, {
      method: req.method ?? "GET",
      url,
      origin,
      body,
      account,
    });
    send(res, status, payload);
  } catch (error) {
    const e =
      error instanceof MockHttpError
        ? error
        : new MockHttpError(500, 20500, `Internal error: ${(error as Error).message}`);
    send(res, e.status, {
      code: e.code,
      message: e.message,
      more_info: `https://www.twilio.com/docs/errors/${e.code}`,
      status: e.status,
    });
  }
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

function authenticate(req: IncomingMessage, options: MockServerOptions): string {
  const header = req.headers.authorization ?? "";
  const decoded = header.startsWith("Basic ") ? Buffer.from(header.slice(6), "base64").toString("utf8") : "";
  const colon = decoded.indexOf(":");
  const username = colon < 0 ? "" : decoded.slice(0, colon);
  const password = colon < 0 ? "" : decoded.slice(colon + 1);
  const ok = options.credentials
    ? username === options.credentials.username && password === options.credentials.password
    : /^AC[0-9a-fA-F]{32}$/.test(username) && password.length > 0;
  if (!ok) throw new MockHttpError(401, 20003, "Authenticate");
  return username;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
