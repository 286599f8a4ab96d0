/** Sends one operation's request: headers, deadline, cancellation, retries, and errors from responses. */
import {
  authorizeRequest,
  answeredBy,
  redactClientError,
  redactSecrets,
  redactJsonSecrets,
  type RequestAuth,
  type AuthSecurity,
} from "./auth.js";
import type { Client } from "./client.js";
import type { Download } from "./download.js";
import { ConnectionError, createApiError, ResponseError, TimeoutError, type ErrorFields } from "./errors.js";
import {
  HookFailure,
  log,
  runBeforeRequest,
  runHooks,
  type ClientHooks,
  type HookRequest,
  type RequestBody,
} from "./hooks.js";
import { withIdempotencyKey, type IdempotencyKey } from "./idempotency.js";
import {
  backoff,
  resolveRetryPolicy,
  retriesNetworkError,
  retriesStatus,
  type ResolvedRetryPolicy,
  type RetryPolicy,
} from "./retry.js";

/** Per-call options every operation accepts. */
export interface RequestOptions {
  /** Cancels the request and any pending retry wait. */
  readonly signal?: AbortSignal;
  /** Overrides the client's time budget for this call. */
  readonly timeoutMs?: number;
  /** Overrides the client's retry count for this call (`retry.maxRetries` wins). */
  readonly maxRetries?: number;
  /** Overrides fields of the client's retry policy for this call. */
  readonly retry?: RetryPolicy;
  /**
   * The idempotency key of this call, for an operation whose spec declares one (elsewhere it is
   * ignored); without it the client makes a fresh one per call. Every retry sends the same.
   */
  readonly idempotencyKey?: string;
  /** Extra headers; they cannot replace the ones credentials set (Authorization, an API key's, Cookie). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A response with its parsed body: what the `...WithResponse` functions return. */
export interface ApiResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  /** The request id header's value, or null. */
  readonly requestId: string | null;
  readonly data: T;
}

/**
 * What a 2xx body must be: a JSON object (the operation returns a model), any JSON value (it
 * returns an array, a scalar, a map or a nullable body, whose decoder checks the shape), text (a
 * string, as it came), binary (a `Download`, unread), or anything (ignored).
 */
export type BodyExpect = "object" | "json" | "text" | "binary" | "any";

/** One HTTP exchange as an operation describes it. */
export interface OperationRequest {
  /** The spec's operation id, as hooks and the logger are told. */
  readonly operationId: string;
  readonly method: "GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Absolute URL, or a path below the base URL. */
  readonly url: string;
  /** The operation's query string (form-encoded), if it has query parameters. */
  readonly query?: string | undefined;
  /** A form body (form-encoded text), sent even when empty. */
  readonly form?: string | undefined;
  /** A JSON request body (instead of a form). */
  readonly json?: unknown;
  /** A multipart/form-data body: fetch writes its Content-Type, with the boundary. */
  readonly multipart?: FormData | undefined;
  /** A text or binary body, sent as it is. */
  readonly content?: Exclude<RequestBody, FormData> | undefined;
  /** The Content-Type of a `json` or `content` body, where not application/json (text/plain, application/zip, …). */
  readonly mediaType?: string;
  /** Headers the operation's parameters set (its cookie parameters as one `Cookie` header). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /**
   * The API's own server URL for this operation (the service's, or the operation's own), with
   * `{variable}` placeholders; used unless the client's `baseUrl` replaces it.
   */
  readonly defaultBaseUrl: string;
  readonly requestIdHeader: string | null;
  /** Where the API's error body keeps its parts. */
  readonly errorFields: ErrorFields;
  /**
   * What a 2xx body must be (`BodyExpect`), or, where statuses answer different bodies, what each
   * declared status's must be (any other 2xx is then a ResponseError).
   */
  readonly expect?: BodyExpect | Readonly<Record<number, BodyExpect>>;
  /** The `Accept` header: the media types the operation answers (`application/json` when not given). */
  readonly accept?: string;
  /**
   * Makes a binary answer's Download (`createDownload`): given by the operations that have one, so a
   * bundle without them leaves it out. Such a call gets a deadline of its own, never a shared one.
   */
  readonly download?: (
    response: Response,
    signal: AbortSignal | undefined,
    fail: (error: unknown) => Error,
  ) => Download;
  /** The API answers with a redirect by design: a 3xx is the result (its body JSON or empty), never followed. */
  readonly redirect?: boolean;
  /** The credentials it needs: alternatives of scheme names (`[]`: none). */
  readonly security: AuthSecurity;
  /** Where the operation takes an idempotency key, when its spec declares one: the write may then be retried like a read. */
  readonly idempotencyKey?: IdempotencyKey;
}

/**
 * A redirect the API answers by design (an operation whose spec declares a 3xx answer), returned as
 * it came: the client never follows a redirect.
 */
export interface Redirect<T> {
  /** The HTTP status; 0 in a browser, which hides a redirect's details from scripts. */
  readonly status: number;
  /** Where the API sends the caller (the Location header), or null when the answer gives none (or in a browser). */
  readonly location: string | null;
  /** The answer's body, decoded, or null when it has none. */
  readonly body: T | null;
}

/** The base URL requests of an operation go to with this client: its `baseUrl`, else the API's server URL. */
export function effectiveBaseUrl(client: Client, defaultBaseUrl: string): string {
  return client.baseUrl ?? serverUrlOf(client, defaultBaseUrl);
}

/**
 * The API's own server URL with the client's server variables filled in: a value in the path is
 * percent-encoded segment by segment (its `/` kept), one in the scheme, host or port was checked by
 * `createClient` and goes as it is.
 */
export function serverUrlOf(client: Client, defaultBaseUrl: string): string {
  if (!defaultBaseUrl.includes("{")) return defaultBaseUrl;
  const authority = /^[^/]*\/\/[^/]*/.exec(defaultBaseUrl)?.[0].length ?? 0;
  return defaultBaseUrl.replace(/\{([^{}]*)\}/g, (whole, name: string, at: number) => {
    const value = Object.hasOwn(client.serverVariables, name) ? client.serverVariables[name]! : null;
    if (value === null) return whole;
    return at < authority ? value : value.split("/").map(encodeURIComponent).join("/");
  });
}

/** Methods whose requests carry no body. */
const BODILESS = new Set(["GET", "HEAD", "OPTIONS"]);

// The body fetch sends: none for GET, HEAD and OPTIONS, whatever the request holds.
function requestBody(request: OperationRequest): RequestBody | null {
  if (BODILESS.has(request.method)) return null;
  if (request.form !== undefined) return request.form;
  if (request.json !== undefined) return JSON.stringify(request.json);
  return request.multipart ?? request.content ?? null;
}

/** Sends the request, retrying as allowed; resolves with the parsed JSON body (null when empty). */
export async function send(
  client: Client,
  operation: OperationRequest,
  options: RequestOptions = {},
): Promise<ApiResponse<unknown>> {
  // A declared idempotency key is chosen once here, so every retry of the call carries the same.
  const request =
    operation.idempotencyKey === undefined
      ? operation
      : withIdempotencyKey(operation, operation.idempotencyKey, options);
  // The API's own server URL (its variables filled in), and the base URL in effect.
  const server = serverUrlOf(client, request.defaultBaseUrl);
  const base = client.baseUrl ?? server;
  const target = /^https?:\/\//.test(request.url) ? request.url : base + request.url;
  // GET, HEAD and OPTIONS send no body, whatever the request holds.
  const body = requestBody(request);
  // A streamed body is read once: a request with one is never sent again (no retry, no refresh).
  const streamed = typeof ReadableStream !== "undefined" && body instanceof ReadableStream;
  const policy = callPolicy(client, options);
  const maxRetries = streamed ? 0 : policy.maxRetries;
  // Requests that are safe to send twice (a write with an idempotency key too): retried after a
  // connection failure or a 5xx as well; any other write only after a 429, which it was refused with.
  const repeatable =
    BODILESS.has(request.method) || request.method === "DELETE" || request.idempotencyKey !== undefined;
  const hooks = client.hooks;
  // The request as hooks last saw it (beforeRequest may replace it), when the client has hooks.
  let sent: HookRequest | null = null;
  let tried = 0;
  // A download outlives the call: it gets a deadline of its own, never one shared with other calls.
  const deadline = budgetFor(client, options, request.download !== undefined);
  function wait<T>(work: Promise<T>): Promise<T> {
    return deadline.race(work);
  }
  // The request's own tokens, for the one redaction every error goes through (see the catch below).
  let secrets: readonly string[] = [];
  try {
    const authorized = authorizeRequest(client, request.security, target, base, server, wait);
    let auth = authorized instanceof Promise ? await authorized : authorized;
    secrets = auth.secrets;
    let url = withQuery(target, request.query, auth);
    let headers = buildHeaders(client, request, options, auth);
    // Shown in errors and logs: this URL without any credential its query carries (redacted only
    // when shown, so a call that succeeds pays nothing for it).
    let shownAt = url;
    const shownUrl = () => redactSecrets(client, shownAt, auth.secrets);
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      deadline.throwIfDone();
      if (hooks !== null) {
        tried = attempt + 1;
        const own = { method: request.method, url, headers: { ...headers }, body };
        sent = await wait(runBeforeRequest(hooks, request.operationId, attempt + 1, own));
        if (sent.url !== url) shownAt = sent.url;
      }
      const started = hooks === null ? 0 : Date.now();
      let response: Response;
      try {
        response = await deadline.race(
          client.fetch(sent?.url ?? url, {
            method: sent?.method ?? request.method,
            headers: sent?.headers ?? headers,
            body: sent === null ? body : sent.body,
            // Redirects are never followed: a request, its body and credentials stay on the API's origin.
            redirect: "manual",
            signal: deadline.signal,
            // fetch sends a stream only when told it may answer before the upload ends.
            ...(streamed && { duplex: "half" }),
          } as RequestInit),
        );
      } catch (error) {
        deadline.throwIfDone();
        if (hooks !== null) logFailure(client, hooks, request, sent!, attempt, started, error, auth.secrets);
        if (repeatable && attempt < maxRetries && retriesNetworkError(policy, error)) {
          const delayMs = backoff(policy, attempt);
          if (hooks !== null) await wait(onRetry(hooks, request, sent!, attempt, null, error, delayMs));
          await deadline.sleep(delayMs);
          continue;
        }
        // Its message and cause are redacted with every other error, in the catch below.
        throw new ConnectionError(`${request.method} ${url} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      if (hooks !== null)
        await wait(afterResponse(hooks, request, sent!, attempt, started, response, shownUrl));
      const requestId = requestIdOf(response, request);
      const expected = response.ok ? expectOf(request.expect, response.status) : undefined;
      if (expected === "binary" && request.download)
        return {
          status: response.status,
          headers: response.headers,
          requestId,
          // A failure while the body streams comes after this call returned: redacted here, by the
          // one routine every error of the client goes through.
          data: request.download(response, options.signal, (error) =>
            redactClientError(
              client,
              new ConnectionError(`reading the download failed: ${(error as Error).message}`, {
                cause: error,
              }),
              secrets,
            ),
          ),
        };
      const text = await readText(response, deadline);
      // Text copied into an error never carries the credentials (a page may echo the request).
      const unusable = (problem: string) =>
        new ResponseError({
          status: response.status,
          method: request.method,
          url: shownUrl(),
          requestId,
          excerpt: redactSecrets(client, text.slice(0, 4000), auth.secrets),
          problem: redactSecrets(client, problem, auth.secrets),
        });
      if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
        const to = response.headers.get("location");
        if (request.redirect)
          return answeredBy(
            {
              status: response.status,
              headers: response.headers,
              requestId,
              data: redirectBody(text, request, unusable),
            },
            client,
            auth.secrets,
          );
        throw unusable(`a redirect${to ? ` to ${to}` : ""}, which the client does not follow`);
      }
      if (response.ok) {
        if (expected === null)
          throw unusable(
            `a success status the operation does not declare (it answers ${declared(request.expect)})`,
          );
        return answeredBy(
          {
            status: response.status,
            headers: response.headers,
            requestId,
            data: expectBody(text, expected ?? "any", unusable),
          },
          client,
          auth.secrets,
        );
      }
      // A fetched access token the API refuses is fetched again once, and the request sent again.
      if (response.status === 401 && auth.refresh !== null && !refreshed && !streamed) {
        refreshed = true;
        auth.refresh();
        auth = await authorizeRequest(client, request.security, target, base, server, wait);
        secrets = [...secrets, ...auth.secrets];
        url = withQuery(target, request.query, auth);
        headers = buildHeaders(client, request, options, auth);
        shownAt = url;
        attempt--;
        continue;
      }
      const retryable = retriesStatus(policy, response.status) && (repeatable || response.status === 429);
      const asked = retryAfter(response);
      // A wait longer than the time left cannot end in an answer: fail now, with the wait asked for.
      if (retryable && attempt < maxRetries && (asked === null || asked <= deadline.remaining())) {
        const delayMs = asked ?? backoff(policy, attempt);
        if (hooks !== null)
          await wait(onRetry(hooks, request, sent!, attempt, response.status, null, delayMs));
        await deadline.sleep(delayMs);
        continue;
      }
      const shown = redactSecrets(client, text, auth.secrets);
      // The parsed body too: a server may escape a secret in JSON (`\/`, `\u00e9`) where the text shows it otherwise.
      const errorBody = redactJsonSecrets(client, parseJson(text), auth.secrets);
      throw createApiError({
        status: response.status,
        method: request.method,
        url: shownUrl(),
        requestId,
        body:
          typeof errorBody === "object" && errorBody !== null && !Array.isArray(errorBody)
            ? (errorBody as Record<string, unknown>)
            : null,
        rawBody: shown.slice(0, 2000),
        fields: request.errorFields,
        retryAfter: asked === null ? null : asked / 1000,
      });
    }
  } catch (error) {
    // A hook's own exception ends the call as it was thrown; any other failure is redacted, then
    // told to onError.
    if (error instanceof HookFailure) throw error.error;
    const redacted = redactClientError(client, error, secrets);
    if (hooks !== null && hooks.onError.length > 0) await onError(hooks, request, tried, sent, redacted);
    throw redacted;
  } finally {
    deadline.dispose();
  }
}

/** The retry policy of one call: the client's, or the call's own fields over it. */
function callPolicy(client: Client, options: RequestOptions): ResolvedRetryPolicy {
  if (options.retry === undefined && options.maxRetries === undefined) return client.retry;
  const count = options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries };
  return resolveRetryPolicy(client.retry, { ...count, ...options.retry });
}

/** Runs the afterResponse hooks and logs the attempt. */
async function afterResponse(
  hooks: ClientHooks,
  request: OperationRequest,
  sent: HookRequest,
  attempt: number,
  started: number,
  response: Response,
  shownUrl: () => string,
): Promise<void> {
  const durationMs = Date.now() - started;
  const { operationId } = request;
  if (hooks.logger !== null)
    log(hooks, {
      operationId,
      attempt: attempt + 1,
      method: sent.method,
      url: shownUrl(),
      status: response.status,
      durationMs,
      error: null,
    });
  await runHooks(hooks.afterResponse, {
    operationId,
    attempt: attempt + 1,
    request: sent,
    response,
    durationMs,
  });
}

/** Logs an attempt that failed without a response, the URL and the error's message redacted. */
function logFailure(
  client: Client,
  hooks: ClientHooks,
  request: OperationRequest,
  sent: HookRequest,
  attempt: number,
  started: number,
  error: unknown,
  secrets: readonly string[],
): void {
  if (hooks.logger === null) return;
  log(hooks, {
    operationId: request.operationId,
    attempt: attempt + 1,
    method: sent.method,
    url: redactSecrets(client, sent.url, secrets),
    status: null,
    durationMs: Date.now() - started,
    error: redactSecrets(client, error instanceof Error ? error.message : String(error), secrets),
  });
}

/** Runs the onRetry hooks before the wait of a retry. */
function onRetry(
  hooks: ClientHooks,
  request: OperationRequest,
  sent: HookRequest,
  attempt: number,
  status: number | null,
  error: unknown,
  delayMs: number,
): Promise<void> {
  const context = {
    operationId: request.operationId,
    attempt: attempt + 1,
    request: sent,
    status,
    error,
    delayMs,
  };
  return runHooks(hooks.onRetry, context);
}

/** Tells onError the call fails; an exception there replaces the error, as thrown. */
async function onError(
  hooks: ClientHooks,
  request: OperationRequest,
  attempt: number,
  sent: HookRequest | null,
  error: unknown,
): Promise<void> {
  try {
    await runHooks(hooks.onError, { operationId: request.operationId, attempt, request: sent, error });
  } catch (failure) {
    throw failure instanceof HookFailure ? failure.error : failure;
  }
}

// The headers credentials set: a caller's header of one of these names is left out.
const CREDENTIAL_HEADERS = new Set(["authorization", "cookie"]);

function buildHeaders(
  client: Client,
  request: OperationRequest,
  options: RequestOptions,
  auth: RequestAuth,
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (request.headers !== undefined || options.headers !== undefined) {
    const set = new Set(Object.keys(auth.headers).map((name) => name.toLowerCase()));
    for (const source of [request.headers, options.headers]) {
      for (const [name, value] of Object.entries(source ?? {})) {
        const lower = name.toLowerCase();
        if (!CREDENTIAL_HEADERS.has(lower) && !set.has(lower)) headers[name] = value;
      }
    }
  }
  headers["Accept"] = request.accept ?? "application/json";
  headers["User-Agent"] = client.userAgent;
  Object.assign(headers, auth.headers);
  // The operation's cookie parameters (the Cookie its encoder sets) beside a credential's cookie.
  const cookies = request.headers?.["Cookie"];
  if (cookies !== undefined)
    headers["Cookie"] = auth.headers["Cookie"] ? `${cookies}; ${auth.headers["Cookie"]}` : cookies;
  if (BODILESS.has(request.method)) return headers;
  if (request.form !== undefined) headers["Content-Type"] = "application/x-www-form-urlencoded";
  else if (request.json !== undefined) headers["Content-Type"] = request.mediaType ?? "application/json";
  else if (request.content !== undefined)
    headers["Content-Type"] = request.mediaType ?? "application/octet-stream";
  return headers;
}

/**
 * The URL with the operation's query and the credentials' (an API key in the query) after the
 * query it may already have (a page link's); a parameter a credential sets that the link echoes is
 * taken out of the link, so it is sent once, with the client's own value.
 */
function withQuery(target: string, query: string | undefined, auth: RequestAuth): string {
  const at = target.indexOf("?");
  if (at < 0 && auth.query.length === 0) {
    const own = query ?? "";
    return own ? `${target}?${own}` : target;
  }
  const path = at < 0 ? target : target.slice(0, at);
  const names = new Set(auth.query.map(([name]) => name));
  const kept = (at < 0 ? "" : target.slice(at + 1))
    .split("&")
    .filter((part) => part !== "" && !names.has(decodeQueryName(part)));
  const own = query ?? "";
  const extra = auth.query.length ? new URLSearchParams(auth.query as [string, string][]).toString() : "";
  const all = [...kept, ...(own ? [own] : []), ...(extra ? [extra] : [])].join("&");
  return all ? `${path}?${all}` : path;
}

function decodeQueryName(part: string): string {
  const name = part.split("=", 1)[0]!.replace(/\+/g, " ");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

// The body as text; a connection lost while reading it is a ConnectionError (redacted by send's catch).
async function readText(response: Response, deadline: Budget): Promise<string> {
  try {
    return await deadline.race(response.text());
  } catch (error) {
    deadline.throwIfDone();
    throw new ConnectionError(`reading the response failed: ${(error as Error).message}`, { cause: error });
  }
}

/** What a 2xx answer of `status` must be; null: a status the operation's per-status answers do not declare. */
function expectOf(expect: OperationRequest["expect"], status: number): BodyExpect | null {
  if (typeof expect !== "object") return expect ?? "any";
  return Object.hasOwn(expect, status) ? expect[status]! : null;
}

// The declared statuses, for a message.
function declared(expect: OperationRequest["expect"]): string {
  return typeof expect === "object" ? Object.keys(expect).join(", ") : "any 2xx";
}

// The body an operation returns: a JSON object when it returns a model (anything else is a ResponseError).
function expectBody(text: string, expect: BodyExpect, unusable: (problem: string) => ResponseError): unknown {
  if (expect === "text") return text;
  if (expect !== "object" && expect !== "json") return parseJson(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(
      unusable(
        text.trim()
          ? "a body that is not JSON"
          : `an empty body where ${expect === "object" ? "a JSON object" : "JSON"} was expected`,
      ),
    );
  }
  if (expect === "json") return data;
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return fail(
      unusable(
        `${data === null ? "null" : Array.isArray(data) ? "a JSON array" : `a JSON ${typeof data}`} where a JSON object was expected`,
      ),
    );
  return data;
}

// A declared redirect's body: a JSON object where the operation returns a model, or null when it has none.
function redirectBody(
  text: string,
  request: OperationRequest,
  unusable: (problem: string) => ResponseError,
): unknown {
  if (request.expect !== "object" || !text.trim()) return null;
  const data = parseJson(text);
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return fail(unusable("a redirect whose body is not a JSON object"));
  return data;
}

function fail(error: Error): never {
  throw error;
}

// The JSON value of a body, or null when it is empty or not JSON (parsed first, so the common path
// makes no trimmed copy).
function parseJson(text: string): unknown {
  if (text.length === 0) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function requestIdOf(response: Response, request: OperationRequest): string | null {
  return request.requestIdHeader ? response.headers.get(request.requestIdHeader) : null;
}

// Retry-After in seconds or as an HTTP date, in milliseconds; the call's time budget bounds the wait.
function retryAfter(response: Response): number | null {
  const value = response.headers.get("retry-after");
  if (value === null) return null;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(ms, 0) : null;
}

const timeoutError = (ms: number) => new TimeoutError(`request timed out after ${ms} ms`);

/**
 * The time budget and cancellation of one call, or of a group of calls sharing one deadline, over
 * its requests and retry waits. It wakes the pending races and waits through callbacks it holds
 * rather than per-wait event listeners: this object is on every call's path. Subclasses say where
 * the end comes from.
 */
abstract class Budget {
  private timedOut = false;
  /** Why the budget ended early (timeout or the caller's abort), once it did. */
  private reason: unknown = undefined;
  private done = false;
  /** The pending races and sleeps to end early. */
  private readonly wakes = new Set<(error: unknown) => void>();

  constructor(protected readonly timeoutMs: number) {}

  /** The signal the request is sent with. */
  abstract get signal(): AbortSignal;
  /** Milliseconds left in the budget. */
  abstract remaining(): number;
  /** Ends the call's use of the budget. */
  abstract dispose(): void;

  /** Ends the budget early: every pending race or wait rejects with `reason`. */
  protected stop(reason: unknown): void {
    if (this.done) return;
    this.done = true;
    this.reason = reason;
    for (const wake of this.wakes) wake(reason);
    this.wakes.clear();
  }

  /** Throws the timeout or the caller's abort reason once either happened. */
  throwIfDone(): void {
    if (!this.done) return;
    if (this.timedOut) throw timeoutError(this.timeoutMs);
    throw this.reason;
  }

  /** Ends the budget because its time is up. */
  timeOut(): void {
    this.timedOut = true;
    this.stop(timeoutError(this.timeoutMs));
  }

  /** Settles like `work`, or rejects as soon as the deadline passes or the caller aborts (even if `work` ignores the signal). */
  race<T>(work: Promise<T>): Promise<T> {
    this.throwIfDone();
    return new Promise<T>((resolve, reject) => {
      this.wakes.add(reject);
      work.then(
        (value) => {
          this.wakes.delete(reject);
          resolve(value);
        },
        (error: unknown) => {
          this.wakes.delete(reject);
          reject(error);
        },
      );
    });
  }

  /** Waits, unless the deadline passes or the caller aborts first. */
  sleep(ms: number): Promise<void> {
    this.throwIfDone();
    return new Promise((resolve, reject) => {
      const wake = (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      };
      const timer = setTimeout(() => {
        this.wakes.delete(wake);
        resolve();
      }, ms);
      this.wakes.add(wake);
    });
  }
}

/** A call's own deadline: its own timer and abort controller, and the caller's signal if any. */
class Deadline extends Budget {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onAbort = () => this.stop(this.external!.reason);
  private readonly endsAt: number;

  constructor(
    timeoutMs: number,
    private readonly external: AbortSignal | undefined,
  ) {
    super(timeoutMs);
    this.endsAt = Date.now() + timeoutMs;
    this.timer = setTimeout(() => this.timeOut(), timeoutMs);
    if (external?.aborted) this.onAbort();
    else external?.addEventListener("abort", this.onAbort, { once: true });
  }

  remaining(): number {
    return this.endsAt - Date.now();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  protected override stop(reason: unknown): void {
    this.controller.abort(reason);
    super.stop(reason);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.external?.removeEventListener("abort", this.onAbort);
  }
}

/**
 * One abort controller and one timer for the calls of a client that start within 1% of its timeout
 * of each other and bring no signal or timeout of their own: creating them per call is the largest
 * part of a call's fixed cost. The group is the budget of each of its calls (no object per call,
 * whose class's field layout the engine would forget, with the code using it, at a garbage
 * collection between calls). A member may time out up to 1% of the timeout early, never late.
 * Sequential calls reuse an idle group until its window passes or `MAX_JOINS` calls have used it
 * (fetch implementations may keep a finished request's abort listener on the signal until it is
 * collected, so one signal serves a bounded number of calls). While no member is in flight the
 * timer does not hold the process open (where the runtime can say so), and a group that admits no
 * more calls ends with its last member; a timer that fires with members in flight times them out.
 */
class SharedDeadline extends Budget {
  readonly controller = new AbortController();
  readonly endsAt: number;
  private readonly timer: ReturnType<typeof setTimeout>;
  /** Calls in flight. */
  private members = 0;
  private joins = 0;
  ended = false;

  constructor(
    readonly client: Client,
    timeoutMs: number,
  ) {
    super(timeoutMs);
    this.endsAt = Date.now() + timeoutMs;
    this.timer = setTimeout(() => this.end(this.members > 0), timeoutMs);
    allowListeners(this.controller.signal);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  remaining(): number {
    return this.endsAt - Date.now();
  }

  /** Whether a call starting now may join: open, not full, and ending no more than 1% early. */
  admits(now: number): boolean {
    return !this.ended && this.joins < MAX_JOINS && this.endsAt >= now + this.timeoutMs * 0.99;
  }

  /** A call joins: the group is its budget until it calls `dispose`. */
  join(): this {
    if (this.members === 0) holdOpen(this.timer, true);
    this.members++;
    this.joins++;
    return this;
  }

  /** A call leaves (each member calls it once). */
  dispose(): void {
    this.members--;
    if (this.members > 0) return;
    if (this.admits(Date.now())) holdOpen(this.timer, false);
    else this.end(false);
  }

  /** Ends an idle group that admits no more calls (its timer cleared); one with members ends with them. */
  retire(): void {
    if (this.members === 0) this.end(false);
  }

  private end(timedOut: boolean): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.timer);
    if (sharedDeadlines.get(this.client) === this) sharedDeadlines.delete(this.client);
    if (!timedOut) return;
    this.controller.abort(timeoutError(this.timeoutMs));
    this.timeOut();
  }
}

type Holdable = { ref?(): unknown; unref?(): unknown };
const deno = (globalThis as { Deno?: { refTimer?(id: number): void; unrefTimer?(id: number): void } }).Deno;

/** Whether a pending timer keeps the process open (Node, Bun; Deno by its id); browsers have no such thing. */
function holdOpen(timer: ReturnType<typeof setTimeout>, hold: boolean): void {
  if (typeof timer === "number") (hold ? deno?.refTimer : deno?.unrefTimer)?.(timer);
  else (hold ? (timer as Holdable).ref : (timer as Holdable).unref)?.call(timer);
}

/** How many calls one shared signal serves at most. */
const MAX_JOINS = 256;

type EventsModule = { setMaxListeners?: (n: number, ...targets: EventTarget[]) => void };

/**
 * Lets a shared signal carry a listener per call without Node's "possible EventTarget memory leak"
 * warning (given at 11): a custom fetch may listen on it once per call. Elsewhere it does nothing.
 */
function allowListeners(signal: AbortSignal): void {
  const host = globalThis as { process?: { getBuiltinModule?: (id: string) => EventsModule | undefined } };
  host.process?.getBuiltinModule?.("node:events")?.setMaxListeners?.(MAX_JOINS, signal);
}

// The open group of each client, if any (a WeakMap: a client no longer used is not kept).
const sharedDeadlines = new WeakMap<Client, SharedDeadline>();

/** The budget of one call: its own deadline with a signal or timeout of its own (or `own`), else a shared one. */
function budgetFor(client: Client, options: RequestOptions, own: boolean): Budget {
  if (own || options.signal !== undefined || options.timeoutMs !== undefined)
    return new Deadline(options.timeoutMs ?? client.timeoutMs, options.signal);
  const timeoutMs = client.timeoutMs;
  let group = sharedDeadlines.get(client);
  if (!group || !group.admits(Date.now())) {
    group?.retire();
    group = new SharedDeadline(client, timeoutMs);
    sharedDeadlines.set(client, group);
  }
  return group.join();
}
