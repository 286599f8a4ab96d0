/** The client object: configuration and credentials, which are kept out of sight of logs and JSON. */
import { configureAuth, type AuthSpec } from "./auth.js";
import { ClientError } from "./errors.js";
import { resolveHooks, type ClientHooks, type Hooks, type Logger } from "./hooks.js";
import {
  DEFAULT_RETRY_POLICY,
  resolveRetryPolicy,
  type ResolvedRetryPolicy,
  type RetryPolicy,
} from "./retry.js";

/** Options every client has; the generated `ClientOptions` adds the API's credential options. */
export interface CoreClientOptions {
  /**
   * Replaces the API's whole server URL (scheme, host and path prefix), such as
   * `http://127.0.0.1:4010` for a local server: every request goes below it, those of operations
   * with a server of their own too.
   */
  readonly baseUrl?: string;
  /** The fetch implementation; defaults to `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** Time budget of one call in milliseconds, retries and waits included. Default 30000. */
  readonly timeoutMs?: number;
  /** How many times a failed request may be retried. Default 2. The same as `retry.maxRetries`, which wins. */
  readonly maxRetries?: number;
  /** Appended to the User-Agent header, such as `my-app/1.2`. */
  readonly userAgent?: string;
  /**
   * Backoff between retries: first delay and cap, in milliseconds. Default 500 and 8000. The same as
   * `retry.baseDelayMs` and `retry.maxDelayMs`, which win.
   */
  readonly retryDelay?: { readonly baseMs?: number; readonly maxMs?: number };
  /** Which failures are retried, how often, and the backoff; a call's `retry` option refines it. */
  readonly retry?: RetryPolicy;
  /** Functions called around every request (see `Hooks` for their order and what an exception does). */
  readonly hooks?: Hooks;
  /** Receives method, URL (credentials redacted), status and timing of every attempt. */
  readonly logger?: Logger;
}

/** A configured client. Pass it to the operation functions; it holds no connection. */
export interface Client {
  /** The base URL override, or null to use each API's own. */
  readonly baseUrl: string | null;
  /** The server variables' values (the options given, else their defaults), by name. */
  readonly serverVariables: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly userAgent: string;
  readonly retryDelay: { readonly baseMs: number; readonly maxMs: number };
  /** The retry policy of its calls (`maxRetries` and `retryDelay` are its fields by their older names). */
  readonly retry: ResolvedRetryPolicy;
  /** Its hooks and logger, or null when it has none (requests then pay nothing for them). */
  readonly hooks: ClientHooks | null;
  /** Calls the fetch implementation as a plain function (browsers reject any other `this`). */
  readonly fetch: typeof fetch;
}

/** Facts about the generated package that `createClient` needs. */
export interface ClientDefaults {
  readonly packageName: string;
  readonly packageVersion: string;
  /** The server URLs' variables: each a `createClient` option of its name. */
  readonly serverVariables?: readonly ServerVariable[];
}

/** A variable of the API's server URLs, as `createClient` takes it. */
export interface ServerVariable {
  readonly name: string;
  readonly default: string;
  /** The values it may take, or null for any. */
  readonly enum: readonly string[] | null;
  /** It stands in a URL's scheme, host or port: only letters, digits, `.` and `-` (and `:` before a port). */
  readonly authority: boolean;
}

/**
 * Builds a client with the credentials `options` (or, where `process.env` exists, the environment)
 * give for the API's auth schemes; they are kept apart from the client (see `auth.ts`).
 */
export function createClientCore(
  options: CoreClientOptions,
  auth: AuthSpec,
  defaults: ClientDefaults,
): Client {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") throw new ClientError("No fetch implementation: pass options.fetch.");
  const baseUrl = options.baseUrl === undefined ? null : normalizeBaseUrl(options.baseUrl);
  // The older options first, then the policy over them.
  const retry = resolveRetryPolicy(
    {
      ...DEFAULT_RETRY_POLICY,
      maxRetries: nonNegative(options.maxRetries, DEFAULT_RETRY_POLICY.maxRetries, "maxRetries"),
      baseDelayMs: nonNegative(
        options.retryDelay?.baseMs,
        DEFAULT_RETRY_POLICY.baseDelayMs,
        "retryDelay.baseMs",
      ),
      maxDelayMs: nonNegative(options.retryDelay?.maxMs, DEFAULT_RETRY_POLICY.maxDelayMs, "retryDelay.maxMs"),
    },
    options.retry ?? {},
  );
  const client: Client = Object.freeze({
    baseUrl,
    serverVariables: serverVariableValues(options, defaults.serverVariables ?? []),
    timeoutMs: nonNegative(options.timeoutMs, 30_000, "timeoutMs"),
    maxRetries: retry.maxRetries,
    userAgent: `${defaults.packageName}/${defaults.packageVersion}${options.userAgent ? ` ${options.userAgent}` : ""}`,
    retryDelay: Object.freeze({ baseMs: retry.baseDelayMs, maxMs: retry.maxDelayMs }),
    retry,
    hooks: resolveHooks(options.hooks, options.logger),
    // A plain arrow: `client.fetch(...)` must not call the implementation with the client as `this`.
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => fetchImpl(input, init)) as typeof fetch,
  });
  configureAuth(client, options as Readonly<Record<string, unknown>>, auth);
  return client;
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

// Each server variable's value: its option when given (own properties only), else its default.
function serverVariableValues(
  options: CoreClientOptions,
  variables: readonly ServerVariable[],
): Readonly<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const variable of variables) {
    const given = Object.hasOwn(options, variable.name)
      ? (options as Readonly<Record<string, unknown>>)[variable.name]
      : undefined;
    if (given === undefined) {
      values[variable.name] = variable.default;
      continue;
    }
    if (typeof given !== "string") throw new ClientError(`${variable.name} must be a string.`);
    if (variable.enum !== null && !variable.enum.includes(given))
      throw new ClientError(`${variable.name} must be one of: ${variable.enum.join(", ")}.`);
    if (variable.authority && !/^[A-Za-z0-9.-]*(:[0-9]*)?$/.test(given))
      throw new ClientError(
        `${variable.name} stands in the server's scheme, host or port: ${JSON.stringify(given)} cannot.`,
      );
    values[variable.name] = given;
  }
  return Object.freeze(values);
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new ClientError(`${name} must be a non-negative number.`);
  return value;
}
