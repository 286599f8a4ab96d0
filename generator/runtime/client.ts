/** The client object: configuration and credentials, which are kept out of sight of logs and JSON. */
import { ClientError } from "./errors.js";

/** Options every client has; the generated `ClientOptions` adds the API's credential options. */
export interface CoreClientOptions {
  /** Overrides the API's scheme and host, such as `http://127.0.0.1:4010` for a local server. */
  readonly baseUrl?: string;
  /** The fetch implementation; defaults to `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** Time budget of one call in milliseconds, retries and waits included. Default 30000. */
  readonly timeoutMs?: number;
  /** How many times a failed request may be retried. Default 2. */
  readonly maxRetries?: number;
  /** Appended to the User-Agent header, such as `my-app/1.2`. */
  readonly userAgent?: string;
  /** Backoff between retries: first delay and cap, in milliseconds. Default 500 and 8000. */
  readonly retryDelay?: { readonly baseMs?: number; readonly maxMs?: number };
}

/** A configured client. Pass it to the operation functions; it holds no connection. */
export interface Client {
  /** The base URL override, or null to use each API's own. */
  readonly baseUrl: string | null;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly userAgent: string;
  readonly retryDelay: { readonly baseMs: number; readonly maxMs: number };
  /** Calls the fetch implementation as a plain function (browsers reject any other `this`). */
  readonly fetch: typeof fetch;
}

/** One way to authenticate: the values given for a username/password pair, their option names and environment fallbacks. */
export interface CredentialPair {
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly usernameOption: string;
  readonly passwordOption: string;
  readonly usernameEnv: string | null;
  readonly passwordEnv: string | null;
}

/** Facts about the generated package that `createClient` needs. */
export interface ClientDefaults {
  readonly packageName: string;
  readonly packageVersion: string;
}

// Credentials live here, keyed by client, so no property, JSON.stringify or util.inspect shows them.
const authorizations = new WeakMap<Client, string>();

/**
 * Builds a client. Credentials come from the first pair any of whose options is given; when none
 * is, from the first pair whose environment variables are both set (where `process.env` exists).
 */
export function createClientCore(
  options: CoreClientOptions,
  pairs: readonly CredentialPair[],
  defaults: ClientDefaults,
): Client {
  const [username, password] = chooseCredentials(pairs);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") throw new ClientError("No fetch implementation: pass options.fetch.");
  const baseUrl = options.baseUrl === undefined ? null : normalizeBaseUrl(options.baseUrl);
  const client: Client = Object.freeze({
    baseUrl,
    timeoutMs: nonNegative(options.timeoutMs, 30_000, "timeoutMs"),
    maxRetries: nonNegative(options.maxRetries, 2, "maxRetries"),
    userAgent: `${defaults.packageName}/${defaults.packageVersion}${options.userAgent ? ` ${options.userAgent}` : ""}`,
    retryDelay: Object.freeze({
      baseMs: nonNegative(options.retryDelay?.baseMs, 500, "retryDelay.baseMs"),
      maxMs: nonNegative(options.retryDelay?.maxMs, 8_000, "retryDelay.maxMs"),
    }),
    // A plain arrow: `client.fetch(...)` must not call the implementation with the client as `this`.
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => fetchImpl(input, init)) as typeof fetch,
  });
  authorizations.set(client, `Basic ${base64(`${username}:${password}`)}`);
  return client;
}

function chooseCredentials(pairs: readonly CredentialPair[]): [string, string] {
  const given = pairs.find((p) => p.username !== undefined || p.password !== undefined);
  if (given) {
    if (!given.username)
      throw new ClientError(
        `Missing credentials: ${given.usernameOption} is required with ${given.passwordOption}.`,
      );
    if (!given.password)
      throw new ClientError(
        `Missing credentials: ${given.passwordOption} is required with ${given.usernameOption}.`,
      );
    return [given.username, given.password];
  }
  const env = readEnv();
  for (const p of pairs) {
    const username = p.usernameEnv ? env[p.usernameEnv] : undefined;
    const password = p.passwordEnv ? env[p.passwordEnv] : undefined;
    if (username && password) return [username, password];
  }
  const ways = pairs.map((p) => `${p.usernameOption} and ${p.passwordOption}`);
  const vars = pairs
    .filter((p) => p.usernameEnv && p.passwordEnv)
    .map((p) => `set ${p.usernameEnv} and ${p.passwordEnv}`);
  throw new ClientError(`Missing credentials: pass ${[...ways, ...vars].join(", or ")}.`);
}

/** The Authorization header of a client made by `createClientCore`. */
export function authorizationOf(client: Client): string {
  const value = authorizations.get(client);
  if (!value) throw new ClientError("Not a client made by createClient.");
  return value;
}

function readEnv(): Record<string, string | undefined> {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return process?.env ?? {};
}

function normalizeBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ClientError(`baseUrl is not an absolute URL: ${value}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ClientError("baseUrl must use http or https.");
  if (url.username || url.password) throw new ClientError("baseUrl must not carry credentials.");
  return url.href.replace(/\/+$/, "");
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new ClientError(`${name} must be a non-negative number.`);
  return value;
}

// UTF-8 then Base64, without Buffer, so it runs in browsers, Deno and Bun as well as Node.
function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
