/**
 * Credentials: which ways the API authenticates (the generated `createClient` says, from the
 * spec), which of them a client was given, what each request carries, and the one routine that
 * takes every secret out of text before it reaches an error.
 */
import { ClientError, createApiError, ResponseError, ConnectionError, type ErrorFields } from "./errors.js";

/** A `createClient` option that carries a credential, and the environment variable it falls back to. */
export interface AuthCredentialOption {
  readonly option: string;
  readonly env: string | null;
}

/** OAuth2 client credentials: where and how the client fetches its own access tokens. */
export interface ClientCredentialsFlow {
  /** Absolute, or relative to the base URL in effect. */
  readonly tokenUrl: string;
  readonly clientId: AuthCredentialOption;
  readonly clientSecret: AuthCredentialOption;
  /** HTTP Basic, or `client_id` and `client_secret` form fields. */
  readonly clientAuthentication: "basic" | "body";
  readonly scopes: readonly string[];
  /** The option that replaces the token URL, or null. */
  readonly tokenUrlOption: string | null;
}

/** One way the API authenticates, as the generated `createClient` describes it. */
export type AuthScheme =
  | {
      readonly kind: "basic";
      readonly name: string;
      readonly pairs: readonly {
        readonly username: AuthCredentialOption;
        readonly password: AuthCredentialOption;
      }[];
    }
  | { readonly kind: "bearer"; readonly name: string; readonly token: AuthCredentialOption }
  | {
      readonly kind: "apiKey";
      readonly name: string;
      readonly in: "header" | "query" | "cookie";
      readonly parameter: string;
      readonly key: AuthCredentialOption;
    }
  | {
      readonly kind: "oauth2";
      readonly name: string;
      readonly token: AuthCredentialOption;
      readonly clientCredentials: ClientCredentialsFlow | null;
    };

/** The API's schemes, and whether every operation needs one of them (then `createClient` needs credentials). */
export interface AuthSpec {
  readonly schemes: readonly AuthScheme[];
  readonly required: boolean;
}

/**
 * What an operation needs: alternatives, each the names of schemes applied together. The first
 * alternative with credentials the client has every one of is used; an empty alternative (the
 * credentials are optional) only when the client has none of the others. `[]` needs none.
 */
export type AuthSecurity = readonly (readonly string[])[];

/** A token: the token itself, or a function returning one, called for each request. */
export type TokenSource = string | (() => string | Promise<string>);

/** What the authorized request carries besides its own headers and query. */
export interface RequestAuth {
  readonly headers: Readonly<Record<string, string>>;
  readonly query: readonly (readonly [string, string])[];
  /** Fetches a new access token once after a 401 (OAuth2 client credentials), or null. */
  readonly refresh: (() => boolean) | null;
  /** The tokens this request carries that the client learned at run time, for redaction. */
  readonly secrets: readonly string[];
}

// A client's credentials by scheme name: what each request carries, found once at createClient.
type Credential =
  | { readonly kind: "header"; readonly header: string; readonly value: string }
  | { readonly kind: "query"; readonly parameter: string; readonly value: string }
  | { readonly kind: "cookie"; readonly parameter: string; readonly value: string }
  | { readonly kind: "bearer"; readonly source: () => string | Promise<string> }
  | { readonly kind: "fetched"; readonly fetcher: TokenFetcher };

interface ClientAuth {
  /** The client these credentials are of (errors are redacted by it). */
  readonly owner: object;
  readonly spec: AuthSpec;
  readonly credentials: ReadonlyMap<string, Credential>;
  /** The secrets given at createClient, with their encodings, for redaction. */
  readonly secrets: Set<string>;
  /** Tokens learned since (from token functions and token endpoints), the newest last, bounded. */
  readonly learned: string[];
  /** What a request carries for an alternative of fixed credentials only (no token to get), found once. */
  readonly fixed: WeakMap<readonly string[], RequestAuth>;
  /** Every form of `secrets` and `learned`, longest first, as of `learned`'s last change (null: stale). */
  forms: readonly string[] | null;
  readonly client: { readonly fetch: typeof fetch; readonly timeoutMs: number; readonly maxRetries: number };
}

// Kept here, keyed by client, so no property, JSON.stringify or util.inspect shows them.
const clients = new WeakMap<object, ClientAuth>();

// Tokens learned at run time remembered for redaction, per client, at most (each request also
// redacts with its own tokens, so concurrency beyond the bound loses nothing).
const MAX_REMEMBERED = 256;

// Shorter secrets are not looked for in error text: they would take out ordinary words.
const MIN_SECRET = 4;

/**
 * Reads the credentials `options` and the environment give for each scheme. Throws a ClientError
 * for a half-given pair, a value of the wrong type or one no header may carry, or (when every
 * operation needs credentials) none at all.
 */
export function configureAuth(
  client: { readonly fetch: typeof fetch; readonly timeoutMs: number; readonly maxRetries: number },
  options: Readonly<Record<string, unknown>>,
  spec: AuthSpec,
): void {
  const env = readEnv();
  const secrets = new Set<string>();
  const credentials = new Map<string, Credential>();
  // Own properties only: an option named like an Object member (`toString`) is not inherited.
  const given = (c: AuthCredentialOption) =>
    Object.hasOwn(options, c.option) ? options[c.option] : undefined;
  const text = (c: AuthCredentialOption): string | undefined => {
    const value = given(c);
    if (value !== undefined && typeof value !== "string")
      throw new ClientError(`${c.option} must be a string.`);
    return value;
  };
  for (const scheme of spec.schemes) {
    const credential = credentialFor(scheme, given, text, env, secrets);
    if (credential) credentials.set(scheme.name, credential);
  }
  if (spec.required && credentials.size === 0)
    throw new ClientError(`Missing credentials: pass ${spec.schemes.map(ways).join(", or ")}.`);
  clients.set(client, {
    owner: client,
    spec,
    credentials,
    secrets,
    learned: [],
    fixed: new WeakMap(),
    forms: null,
    client,
  });
}

function credentialFor(
  scheme: AuthScheme,
  given: (c: AuthCredentialOption) => unknown,
  text: (c: AuthCredentialOption) => string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  secrets: Set<string>,
): Credential | null {
  const fromEnv = (c: AuthCredentialOption) =>
    c.env && Object.hasOwn(env, c.env) ? env[c.env] || undefined : undefined;
  switch (scheme.kind) {
    case "basic": {
      const pair = basicPair(scheme.pairs, text, fromEnv);
      if (!pair) return null;
      const [username, password] = pair;
      const encoded = base64(`${username}:${password}`);
      for (const secret of [encoded, `${username}:${password}`, password]) addSecret(secrets, secret);
      return { kind: "header", header: "Authorization", value: `Basic ${encoded}` };
    }
    case "bearer": {
      const source = tokenSource(scheme.token, given, fromEnv);
      return source ? bearer(source, scheme.token.option, secrets) : null;
    }
    case "apiKey": {
      const value = text(scheme.key) ?? fromEnv(scheme.key);
      if (value === undefined) return null;
      if (value === "") throw new ClientError(`${scheme.key.option} must not be empty.`);
      if (scheme.in === "cookie") checkCookieValue(value, scheme.key.option);
      else if (scheme.in === "header") checkHeaderValue(value, scheme.key.option);
      addSecret(secrets, value);
      return scheme.in === "header"
        ? { kind: "header", header: scheme.parameter, value }
        : { kind: scheme.in, parameter: scheme.parameter, value };
    }
    case "oauth2": {
      const source = tokenSource(scheme.token, given, fromEnv);
      if (source) return bearer(source, scheme.token.option, secrets);
      const flow = scheme.clientCredentials;
      if (!flow) return null;
      const id = text(flow.clientId);
      const secret = text(flow.clientSecret);
      if ((id === undefined) !== (secret === undefined))
        throw new ClientError(
          `Missing credentials: ${id === undefined ? flow.clientId.option : flow.clientSecret.option} is required with ${id === undefined ? flow.clientSecret.option : flow.clientId.option}.`,
        );
      const clientId = id ?? fromEnv(flow.clientId);
      const clientSecret = secret ?? fromEnv(flow.clientSecret);
      if (!clientId || !clientSecret) return null;
      const tokenUrl = flow.tokenUrlOption ? text({ option: flow.tokenUrlOption, env: null }) : undefined;
      if (tokenUrl !== undefined) checkTokenUrl(tokenUrl, flow.tokenUrlOption!);
      for (const value of [clientSecret, base64(`${encodeForm(clientId)}:${encodeForm(clientSecret)}`)])
        addSecret(secrets, value);
      return {
        kind: "fetched",
        fetcher: new TokenFetcher(
          flow,
          clientId,
          clientSecret,
          tokenUrl ?? flow.tokenUrl,
          tokenUrl !== undefined,
        ),
      };
    }
    default:
      return unreachable(scheme);
  }
}

function bearer(
  source: string | (() => string | Promise<string>),
  option: string,
  secrets: Set<string>,
): Credential {
  if (typeof source === "string") {
    checkHeaderValue(source, option);
    addSecret(secrets, source);
  }
  return { kind: "bearer", source: typeof source === "string" ? () => source : source };
}

// A token option's value (a non-empty string or a function), else its environment variable.
function tokenSource(
  c: AuthCredentialOption,
  given: (c: AuthCredentialOption) => unknown,
  fromEnv: (c: AuthCredentialOption) => string | undefined,
): string | (() => string | Promise<string>) | null {
  const value = given(c);
  if (value === undefined) return fromEnv(c) ?? null;
  if (typeof value === "function") return value as () => string | Promise<string>;
  if (typeof value !== "string")
    throw new ClientError(`${c.option} must be a string or a function returning one.`);
  if (value === "") throw new ClientError(`${c.option} must not be empty.`);
  return value;
}

// A header value fetch accepts (no control character but tab, nothing beyond U+00FF), trimmed.
function checkHeaderValue(value: string, option: string): void {
  if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(value) || value.trim() !== value)
    throw new ClientError(`${option} holds a character a header cannot carry (or surrounding white space).`);
}

// RFC 6265's cookie-octets: no space, quote, comma, semicolon or backslash, which would end the
// value or start another cookie.
function checkCookieValue(value: string, option: string): void {
  if (!/^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/.test(value))
    throw new ClientError(
      `${option} holds a character a cookie value cannot carry (space, quote, comma, semicolon, backslash or a control character).`,
    );
}

// A token URL option: an absolute http(s) URL without credentials in it.
function checkTokenUrl(value: string, option: string): void {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:"))
    throw new ClientError(`${option} must be an absolute http(s) URL.`);
  if (url.username || url.password) throw new ClientError(`${option} must not carry credentials.`);
}

// The first pair any of whose options is given (both then required), else the first pair whose
// environment variables are both set.
function basicPair(
  pairs: readonly { readonly username: AuthCredentialOption; readonly password: AuthCredentialOption }[],
  text: (c: AuthCredentialOption) => string | undefined,
  fromEnv: (c: AuthCredentialOption) => string | undefined,
): [string, string] | null {
  for (const p of pairs) {
    const username = text(p.username);
    const password = text(p.password);
    if (username === undefined && password === undefined) continue;
    if (!username)
      throw new ClientError(
        `Missing credentials: ${p.username.option} is required with ${p.password.option}.`,
      );
    if (!password)
      throw new ClientError(
        `Missing credentials: ${p.password.option} is required with ${p.username.option}.`,
      );
    return [username, password];
  }
  for (const p of pairs) {
    const username = fromEnv(p.username);
    const password = fromEnv(p.password);
    if (username && password) return [username, password];
  }
  return null;
}

// How a scheme's credentials are given, for error messages.
function ways(scheme: AuthScheme): string {
  const envs = (...cs: AuthCredentialOption[]) =>
    cs.every((c) => c.env) ? [`set ${cs.map((c) => c.env).join(" and ")}`] : [];
  switch (scheme.kind) {
    case "basic":
      return scheme.pairs
        .flatMap((p) => [`${p.username.option} and ${p.password.option}`, ...envs(p.username, p.password)])
        .join(", or ");
    case "bearer":
      return [scheme.token.option, ...envs(scheme.token)].join(", or ");
    case "apiKey":
      return [scheme.key.option, ...envs(scheme.key)].join(", or ");
    case "oauth2": {
      const flow = scheme.clientCredentials;
      return [
        scheme.token.option,
        ...envs(scheme.token),
        ...(flow
          ? [
              `${flow.clientId.option} and ${flow.clientSecret.option}`,
              ...envs(flow.clientId, flow.clientSecret),
            ]
          : []),
      ].join(", or ");
    }
    default:
      return unreachable(scheme);
  }
}

/**
 * The credentials a request to `url` carries for an operation that needs `security`. Credentials go
 * to the base URL's origin only. `baseUrl` is the one in effect, `defaultBaseUrl` the API's own (a
 * token URL on the API's own host moves with the base URL).
 */
export function authorizeRequest(
  client: object,
  security: AuthSecurity,
  url: string,
  baseUrl: string,
  defaultBaseUrl: string,
  wait: <T>(work: Promise<T>) => Promise<T>,
): RequestAuth | Promise<RequestAuth> {
  const auth = stateOf(client);
  if (security.length === 0) return NONE;
  const alternative =
    security.find((names) => names.length > 0 && names.every((name) => auth.credentials.has(name))) ??
    security.find((names) => names.length === 0);
  if (!alternative)
    throw new ClientError(
      `This operation needs credentials the client was not given: ${security
        .map((names) =>
          names.map((name) => ways(auth.spec.schemes.find((s) => s.name === name)!)).join(" with "),
        )
        .join("; or ")}.`,
    );
  if (alternative.length === 0) return NONE;
  if (!sameOrigin(url, baseUrl))
    throw new ClientError(
      `Refusing to send credentials to ${new URL(url).origin}: the client talks to ${new URL(baseUrl).origin} only.`,
    );
  // Fixed credentials (a header, query or cookie value) come out the same for every request.
  // Found at once when known (no promise: this is on every call's path), else collected.
  return auth.fixed.get(alternative) ?? collectAuth(auth, alternative, baseUrl, defaultBaseUrl, wait);
}

// What a request carries for `alternative`: its credentials' headers, query and cookies, tokens got
// from token functions or the token endpoint; remembered when every credential is fixed.
async function collectAuth(
  auth: ClientAuth,
  alternative: readonly string[],
  baseUrl: string,
  defaultBaseUrl: string,
  wait: <T>(work: Promise<T>) => Promise<T>,
): Promise<RequestAuth> {
  const headers: Record<string, string> = {};
  const query: [string, string][] = [];
  const cookies: string[] = [];
  const refreshers: (() => boolean)[] = [];
  const secrets: string[] = [];
  for (const name of alternative) {
    const credential = auth.credentials.get(name)!;
    switch (credential.kind) {
      case "header":
        headers[credential.header] = credential.value;
        break;
      case "query":
        query.push([credential.parameter, credential.value]);
        break;
      case "cookie":
        cookies.push(`${credential.parameter}=${credential.value}`);
        break;
      case "bearer": {
        const token = await wait(Promise.resolve().then(credential.source));
        if (typeof token !== "string" || token === "")
          throw new ClientError(`The token function of scheme '${name}' returned no token.`);
        remember(auth, token);
        secrets.push(token);
        checkHeaderValue(token, `The token of scheme '${name}'`);
        headers["Authorization"] = `Bearer ${token}`;
        break;
      }
      case "fetched": {
        const lease = credential.fetcher.lease(auth, baseUrl, defaultBaseUrl);
        let token: string;
        try {
          token = await wait(lease.token);
        } finally {
          lease.release();
        }
        secrets.push(token);
        headers["Authorization"] = `Bearer ${token}`;
        refreshers.push(() => credential.fetcher.invalidate(token));
        break;
      }
      default:
        unreachable(credential);
    }
  }
  if (cookies.length) headers["Cookie"] = cookies.join("; ");
  const result: RequestAuth = {
    headers,
    query,
    refresh: refreshers.length ? () => refreshers.map((r) => r()).some(Boolean) : null,
    secrets,
  };
  if (alternative.every((name) => FIXED_KINDS.has(auth.credentials.get(name)!.kind)))
    auth.fixed.set(alternative, result);
  return result;
}

// What a request needing no credentials carries.
const NONE: RequestAuth = { headers: {}, query: [], refresh: null, secrets: [] };

// The kinds of credential whose value is known from createClient on.
const FIXED_KINDS = new Set<Credential["kind"]>(["header", "query", "cookie"]);

// The origins of the base URLs in use (a few per client), parsed once; cleared past a bound.
const origins = new Map<string, string>();

/**
 * Whether `url` is on the origin of `baseUrl`: at once when it is the base URL followed by a path,
 * query or fragment (the base URL parsed once), else by parsing both.
 */
function sameOrigin(url: string, baseUrl: string): boolean {
  let origin = origins.get(baseUrl);
  if (origin === undefined) {
    if (origins.size >= 64) origins.clear();
    origin = new URL(baseUrl).origin;
    origins.set(baseUrl, origin);
  }
  const next = url.charAt(baseUrl.length);
  if (url.startsWith(baseUrl) && (next === "" || next === "/" || next === "?" || next === "#")) return true;
  return new URL(url).origin === origin;
}

// Keeps a token learned at run time for redaction (the oldest forgotten past the bound).
function remember(auth: ClientAuth, token: string): void {
  if (token.length < MIN_SECRET || auth.secrets.has(token) || auth.learned.includes(token)) return;
  if (auth.learned.length >= MAX_REMEMBERED) auth.learned.shift();
  auth.learned.push(token);
  auth.forms = null;
}

function stateOf(client: object): ClientAuth {
  const auth = clients.get(client);
  if (!auth) throw new ClientError("Not a client made by createClient.");
  return auth;
}

function addSecret(secrets: Set<string>, secret: string): void {
  if (secret.length >= MIN_SECRET) secrets.add(secret);
}

/**
 * A secret as it may appear in text: as it is, percent-encoded (a URL path or query, form
 * encoding), and escaped inside a JSON string (quotes and backslashes, `\/`, `\uXXXX`).
 */
function forms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const escaped = (hex: (code: number) => string) =>
    json.replace(/[^\x20-\x7e]/g, (c) => `\\u${hex(c.charCodeAt(0)).padStart(4, "0")}`);
  const lower = escaped((code) => code.toString(16));
  const upper = escaped((code) => code.toString(16).toUpperCase());
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams([["", secret]]).toString().slice(1),
    json,
    lower,
    upper,
    ...[json, lower, upper].map((form) => form.replace(/\//g, "\\/")),
  ];
}

/**
 * Text with every secret of the client taken out (credentials given, tokens learned, `extra`, in
 * each of their encodings): an error page that echoes a request, or a URL with an API key in its
 * query, must not carry them into an error. Secrets shorter than 4 characters are not looked for.
 */
export function redactSecrets(client: object, text: string, extra: readonly string[] = []): string {
  return redactWith(clients.get(client), text, extra);
}

function redactWith(auth: ClientAuth | undefined, text: string, extra: readonly string[] = []): string {
  if (!auth || !text) return text;
  // The client's own forms are found once (until it learns a token); a request's tokens each time.
  const all = extra.length === 0 ? (auth.forms ??= formsOf([...auth.secrets, ...auth.learned])) : null;
  let out = text;
  for (const secret of all ?? formsOf([...auth.secrets, ...auth.learned, ...extra]))
    if (out.includes(secret)) out = out.split(secret).join("[redacted]");
  return out;
}

// Every form of each secret, once, longest first (a secret containing another is taken out whole).
function formsOf(secrets: readonly string[]): string[] {
  const all = new Set<string>();
  for (const secret of secrets)
    if (secret.length >= MIN_SECRET) for (const form of forms(secret)) all.add(form);
  return [...all].sort((a, b) => b.length - a.length);
}

// The client (and the request's own tokens) each answer came from, so an error raised about the
// answer later (a body of the wrong shape, found while decoding) is redacted like the transport's.
const answered = new WeakMap<object, { readonly client: object; readonly extra: readonly string[] }>();

/** Marks an answer as this client's (see `responseError`). */
export function answeredBy<T extends object>(response: T, client: object, extra: readonly string[]): T {
  answered.set(response, { client, extra });
  return response;
}

/**
 * The one redaction of every error the client raises, whatever the status: each own property of
 * the error (message, stack, excerpt, url, raw and parsed body, headers) without the client's
 * secrets, and its cause replaced by a redacted copy. The error keeps its class; returned as given.
 */
export function redactClientError<E>(client: object, error: E, extra: readonly string[] = []): E {
  if (!(error instanceof Error) || !clients.has(client)) return error;
  for (const key of Object.getOwnPropertyNames(error)) {
    const descriptor = Object.getOwnPropertyDescriptor(error, key)!;
    if (!("value" in descriptor)) continue;
    const value: unknown = descriptor.value;
    let next = value;
    if (key === "cause") next = redactErrorSecrets(client, value, extra);
    else if (typeof value === "string") next = redactSecrets(client, value, extra);
    else if (value instanceof Headers) {
      const headers = new Headers();
      value.forEach((v, k) => headers.append(k, redactSecrets(client, v, extra)));
      next = headers;
    } else if (typeof value === "object" && value !== null && !leaksNothing(client, value, extra))
      next = redactJsonSecrets(client, value, extra);
    if (next !== value) Object.defineProperty(error, key, { ...descriptor, value: next });
  }
  return error;
}

// Whether a property's value mentions no secret (then it is kept as it is, with its own class).
function leaksNothing(client: object, value: object, extra: readonly string[]): boolean {
  const text = describe(value);
  return redactSecrets(client, text, extra) === text;
}

/**
 * A ResponseError about an answer the transport returned (a body the decoder or the pager cannot
 * use): its excerpt redacted before it is cut to length, then the whole error, by the answer's client.
 */
export function responseError(
  response: { readonly status: number; readonly requestId: string | null; readonly data: unknown },
  method: string,
  url: string,
  problem: string,
): ResponseError {
  const by = answered.get(response);
  const redact = (text: string) => (by ? redactSecrets(by.client, text, by.extra) : text);
  const error = new ResponseError({
    status: response.status,
    method,
    url,
    requestId: response.requestId,
    excerpt: redact((JSON.stringify(response.data) ?? "").slice(0, 4000)),
    problem,
  });
  return by ? redactClientError(by.client, error, by.extra) : error;
}

/** A JSON value with every string in it redacted (keys included). */
export function redactJsonSecrets(client: object, value: unknown, extra: readonly string[] = []): unknown {
  if (typeof value === "string") return redactSecrets(client, value, extra);
  if (Array.isArray(value)) return value.map((v) => redactJsonSecrets(client, v, extra));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        redactSecrets(client, k, extra),
        redactJsonSecrets(client, v, extra),
      ]),
    );
  return value;
}

/**
 * An error that carries none of the client's secrets, down its causes: the error itself when none
 * of it does, else a copy with the message redacted and each cause copied the same way.
 */
export function redactErrorSecrets(
  client: object,
  error: unknown,
  extra: readonly string[] = [],
  depth = 0,
): unknown {
  if (!leaks(client, error, extra, 0)) return error;
  if (depth > 4 || !(error instanceof Error)) return new Error(redactSecrets(client, describe(error), extra));
  const nested = (error as { cause?: unknown }).cause;
  const copy = new Error(
    redactSecrets(client, error.message, extra),
    nested === undefined ? undefined : { cause: redactErrorSecrets(client, nested, extra, depth + 1) },
  );
  copy.name = error.name;
  return copy;
}

// Whether an error, its causes or the errors it aggregates mention a secret (text of any kind).
function leaks(client: object, error: unknown, extra: readonly string[], depth: number): boolean {
  if (depth > 5 || error === undefined || error === null) return false;
  const text = describe(error);
  if (redactSecrets(client, text, extra) !== text) return true;
  if (typeof error !== "object") return false;
  const aggregated = (error as { errors?: unknown }).errors;
  const inner = [(error as { cause?: unknown }).cause, ...(Array.isArray(aggregated) ? aggregated : [])];
  return inner.some((e) => leaks(client, e, extra, depth + 1));
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ""}`;
  try {
    return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

// The answer of an OAuth2 token endpoint's error body: RFC 6749's fields.
const TOKEN_ERROR_FIELDS: ErrorFields = {
  code: "error",
  message: "error_description",
  moreInfo: "error_uri",
  details: null,
};

// The longest a fetched token is trusted without a 401, whatever its expires_in says (a day), and
// how long before its end it is fetched again (30 s, or a tenth of a shorter lifetime).
const MAX_TOKEN_LIFETIME_MS = 86_400_000;
const EXPIRY_MARGIN_MS = 30_000;

/**
 * OAuth2 client credentials for one client: one token at a time, fetched when first needed (one
 * request however many calls wait for it; abandoned when every call waiting for it gave up), kept
 * until shortly before it expires, and fetched again after a 401 only if the token that failed is
 * still the current one. A 429, a 5xx or a failed connection is retried as API calls are.
 */
class TokenFetcher {
  private current: { readonly token: string; readonly until: number } | null = null;
  private pending: { promise: Promise<string>; waiters: number; readonly abort: AbortController } | null =
    null;

  constructor(
    private readonly flow: ClientCredentialsFlow,
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly tokenUrl: string,
    /** Whether the token URL came from the caller's option (then it is used as given). */
    private readonly overridden: boolean,
  ) {}

  /** The current token, or the one being fetched; `release` when no longer waiting for it. */
  lease(
    auth: ClientAuth,
    baseUrl: string,
    defaultBaseUrl: string,
  ): { token: Promise<string>; release(): void } {
    if (this.current && Date.now() < this.current.until)
      return { token: Promise.resolve(this.current.token), release: () => undefined };
    if (!this.pending) {
      const abort = new AbortController();
      const pending = {
        promise: this.fetchToken(auth, this.urlFor(baseUrl, defaultBaseUrl), abort.signal),
        waiters: 0,
        abort,
      };
      const clear = () => {
        if (this.pending === pending) this.pending = null;
      };
      pending.promise.then(clear, clear);
      this.pending = pending;
    }
    const pending = this.pending;
    pending.waiters++;
    let released = false;
    return {
      token: pending.promise,
      release: () => {
        if (released) return;
        released = true;
        // No call waits for it any more: stop it, so that a stuck endpoint holds no later call.
        if (--pending.waiters === 0 && this.pending === pending) {
          this.pending = null;
          pending.abort.abort(new Error("no call waits for this token any more"));
        }
      },
    };
  }

  /** Drops `token` if it is still the current one; true when it was (a new one will be fetched). */
  invalidate(token: string): boolean {
    if (this.current?.token !== token) return false;
    this.current = null;
    return true;
  }

  /**
   * The token URL: as given by option; else the spec's, a relative one resolved against the base
   * URL in effect, and one on the API's own origin moved to the base URL's origin with it.
   */
  private urlFor(baseUrl: string, defaultBaseUrl: string): string {
    const url = new URL(this.tokenUrl, `${baseUrl}/`);
    if (this.overridden || baseUrl === defaultBaseUrl) return url.href;
    return url.origin === new URL(defaultBaseUrl).origin
      ? new URL(url.pathname + url.search, `${baseUrl}/`).href
      : url.href;
  }

  private async fetchToken(auth: ClientAuth, url: string, abandoned: AbortSignal): Promise<string> {
    const { fetch, timeoutMs, maxRetries } = auth.client;
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    if (this.flow.scopes.length) form.set("scope", this.flow.scopes.join(" "));
    const headers: Record<string, string> = {
      Accept: "application/json",
      "Content-Type": "application/x-www-form-urlencoded",
    };
    if (this.flow.clientAuthentication === "basic")
      headers["Authorization"] =
        `Basic ${base64(`${encodeForm(this.clientId)}:${encodeForm(this.clientSecret)}`)}`;
    else {
      form.set("client_id", this.clientId);
      form.set("client_secret", this.clientSecret);
    }
    const redact = (text: string) => redactWith(auth, text);
    const signal = AbortSignal.any([abandoned, AbortSignal.timeout(timeoutMs)]);
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      let text: string;
      try {
        response = await fetch(url, {
          method: "POST",
          headers,
          body: form.toString(),
          redirect: "manual",
          signal,
        });
        text = await response.text();
      } catch (error) {
        if (attempt < maxRetries && !signal.aborted) {
          await pause(backoff(attempt), signal);
          continue;
        }
        throw new ConnectionError(
          redact(`POST ${url} (the token endpoint) failed: ${(error as Error).message}`),
          {
            cause: redactErrorSecrets(auth.owner, error),
          },
        );
      }
      // What the answer carries of tokens is never shown, whatever else is wrong with it.
      const body = parseObject(text);
      for (const key of ["access_token", "refresh_token", "id_token"])
        if (typeof body?.[key] === "string") remember(auth, body[key]);
      const shown = redact(text);
      if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400))
        throw new ResponseError({
          status: response.status,
          method: "POST",
          url,
          requestId: null,
          excerpt: shown,
          problem: "a redirect from the token endpoint, which the client does not follow",
        });
      if (!response.ok) {
        if ((response.status === 429 || response.status >= 500) && attempt < maxRetries) {
          await pause(backoff(attempt), signal);
          continue;
        }
        throw createApiError({
          status: response.status,
          method: "POST",
          url,
          requestId: null,
          body: redactJsonSecrets(auth.owner, parseObject(text)) as Record<string, unknown> | null,
          rawBody: shown.slice(0, 2000),
          fields: TOKEN_ERROR_FIELDS,
        });
      }
      const unusable = (problem: string) =>
        new ResponseError({
          status: response.status,
          method: "POST",
          url,
          requestId: null,
          excerpt: shown,
          problem,
        });
      const token = body?.["access_token"];
      if (typeof token !== "string" || token === "")
        throw unusable("a token response without an access_token");
      const type = body!["token_type"];
      if (type !== undefined && (typeof type !== "string" || type.toLowerCase() !== "bearer"))
        throw unusable(`a token of type ${redact(JSON.stringify(type))}, where a bearer token was expected`);
      checkHeaderValue(token, "The access token the token endpoint issued");
      const lifetime = lifetimeOf(body!["expires_in"]);
      const margin = Math.min(EXPIRY_MARGIN_MS, lifetime / 10);
      this.current = { token, until: Date.now() + lifetime - margin };
      return token;
    }
  }
}

// A token's lifetime from expires_in (seconds, a number or numeric text), at most a day; a day
// when it says nothing usable.
function lifetimeOf(value: unknown): number {
  const seconds = typeof value === "string" && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0
    ? Math.min(seconds * 1000, MAX_TOKEN_LIFETIME_MS)
    : MAX_TOKEN_LIFETIME_MS;
}

// Exponential backoff with jitter, as API calls wait between retries (500 ms doubling, at most 8 s).
function backoff(attempt: number): number {
  const ceiling = Math.min(8_000, 500 * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

// RFC 6749 2.3.1: the client id and secret are form-encoded before HTTP Basic encodes them.
function encodeForm(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, "+");
}

function readEnv(): Readonly<Record<string, string | undefined>> {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return process?.env ?? {};
}

// UTF-8 then Base64, without Buffer, so it runs in browsers, Deno and Bun as well as Node.
function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// With a member of a union left unhandled above, `value` is not `never` and tsc names the switch.
function unreachable(value: never): never {
  throw new Error(`unhandled auth kind: ${JSON.stringify(value)}`);
}
