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
 * What an operation needs: alternatives, each the names of schemes applied together; the first
 * alternative the client has every credential of is used. `[]` needs none.
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
}

// A client's credentials by scheme name: what each request carries, found once at createClient.
type Credential =
  | { readonly kind: "header"; readonly header: string; readonly value: string }
  | { readonly kind: "query"; readonly parameter: string; readonly value: string }
  | { readonly kind: "cookie"; readonly parameter: string; readonly value: string }
  | { readonly kind: "bearer"; readonly source: () => string | Promise<string> }
  | { readonly kind: "fetched"; readonly fetcher: TokenFetcher };

interface ClientAuth {
  readonly spec: AuthSpec;
  readonly credentials: ReadonlyMap<string, Credential>;
  /** The secrets given at createClient and their encodings, for redaction. */
  readonly secrets: ReadonlySet<string>;
  /** Tokens received since (from token functions and token endpoints), the newest last, bounded. */
  readonly learned: string[];
}

// Kept here, keyed by client, so no property, JSON.stringify or util.inspect shows them.
const clients = new WeakMap<object, ClientAuth>();

// Tokens from functions and token endpoints remembered for redaction, per client, at most.
const MAX_REMEMBERED = 64;

/**
 * Reads the credentials `options` and the environment give for each scheme. Throws a ClientError
 * for a half-given pair, a value of the wrong type, or (when every operation needs credentials)
 * none at all.
 */
export function configureAuth(
  client: object,
  options: Readonly<Record<string, unknown>>,
  spec: AuthSpec,
): void {
  const env = readEnv();
  const secrets = new Set<string>();
  const credentials = new Map<string, Credential>();
  const given = (c: AuthCredentialOption) => options[c.option];
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
  clients.set(client, { spec, credentials, secrets, learned: [] });
}

function credentialFor(
  scheme: AuthScheme,
  given: (c: AuthCredentialOption) => unknown,
  text: (c: AuthCredentialOption) => string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  secrets: Set<string>,
): Credential | null {
  const fromEnv = (c: AuthCredentialOption) => (c.env ? env[c.env] || undefined : undefined);
  switch (scheme.kind) {
    case "basic": {
      const pair = basicPair(scheme.pairs, text, fromEnv);
      if (!pair) return null;
      const [username, password] = pair;
      const encoded = base64(`${username}:${password}`);
      for (const secret of [encoded, `${username}:${password}`, password]) secrets.add(secret);
      return { kind: "header", header: "Authorization", value: `Basic ${encoded}` };
    }
    case "bearer": {
      const source = tokenSource(scheme.token, given, fromEnv);
      return source ? bearer(source, secrets) : null;
    }
    case "apiKey": {
      const value = text(scheme.key) ?? fromEnv(scheme.key);
      if (value === undefined) return null;
      if (value === "") throw new ClientError(`${scheme.key.option} must not be empty.`);
      for (const secret of [value, encodeURIComponent(value), encodeForm(value)]) secrets.add(secret);
      return scheme.in === "header"
        ? { kind: "header", header: scheme.parameter, value }
        : { kind: scheme.in, parameter: scheme.parameter, value };
    }
    case "oauth2": {
      const source = tokenSource(scheme.token, given, fromEnv);
      if (source) return bearer(source, secrets);
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
      for (const value of [
        clientSecret,
        encodeForm(clientSecret),
        base64(`${encodeForm(clientId)}:${encodeForm(clientSecret)}`),
      ])
        secrets.add(value);
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

function bearer(source: string | (() => string | Promise<string>), secrets: Set<string>): Credential {
  if (typeof source === "string") secrets.add(source);
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
 * The credentials a request to `url` carries for an operation that needs `security`: the first
 * alternative the client has every credential of. Credentials go to the base URL's origin only.
 * `baseUrl` is the one in effect, `defaultBaseUrl` the API's own (a token URL on the API's own
 * host moves with the base URL).
 */
export async function authorizeRequest(
  client: object,
  security: AuthSecurity,
  url: string,
  baseUrl: string,
  defaultBaseUrl: string,
  wait: <T>(work: Promise<T>) => Promise<T>,
): Promise<RequestAuth> {
  const auth = stateOf(client);
  if (security.length === 0) return { headers: {}, query: [], refresh: null };
  const alternative = security.find((names) => names.every((name) => auth.credentials.has(name)));
  if (!alternative)
    throw new ClientError(
      `This operation needs credentials the client was not given: ${security
        .map((names) =>
          names.map((name) => ways(auth.spec.schemes.find((s) => s.name === name)!)).join(" with "),
        )
        .join("; or ")}.`,
    );
  if (alternative.length > 0 && new URL(url).origin !== new URL(baseUrl).origin)
    throw new ClientError(
      `Refusing to send credentials to ${new URL(url).origin}: the client talks to ${new URL(baseUrl).origin} only.`,
    );
  const headers: Record<string, string> = {};
  const query: [string, string][] = [];
  const cookies: string[] = [];
  const refreshers: (() => boolean)[] = [];
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
        headers["Authorization"] = `Bearer ${token}`;
        break;
      }
      case "fetched": {
        const token = await wait(credential.fetcher.token(client, baseUrl, defaultBaseUrl, auth));
        headers["Authorization"] = `Bearer ${token}`;
        refreshers.push(() => credential.fetcher.invalidate(token));
        break;
      }
      default:
        unreachable(credential);
    }
  }
  if (cookies.length) headers["Cookie"] = cookies.join("; ");
  return {
    headers,
    query,
    refresh: refreshers.length ? () => refreshers.map((r) => r()).some(Boolean) : null,
  };
}

// Keeps a token received at run time for redaction (the oldest forgotten past the bound).
function remember(auth: ClientAuth, token: string): void {
  if (auth.secrets.has(token) || auth.learned.includes(token)) return;
  if (auth.learned.length >= MAX_REMEMBERED) auth.learned.shift();
  auth.learned.push(token);
}

function stateOf(client: object): ClientAuth {
  const auth = clients.get(client);
  if (!auth) throw new ClientError("Not a client made by createClient.");
  return auth;
}

/**
 * Text with every secret of the client taken out (credentials given, their encodings, tokens
 * received): an error page that echoes a request, or a URL with an API key in its query, must not
 * carry them into an error.
 */
export function redactSecrets(client: object, text: string): string {
  const auth = clients.get(client);
  if (!auth) return text;
  let out = text;
  // Longest first, so that a secret containing another is taken out whole.
  for (const secret of [...auth.secrets, ...auth.learned].sort((a, b) => b.length - a.length))
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join("[redacted]");
  return out;
}

/** An error whose message carries none of the client's secrets: the error itself when it carries none. */
export function redactErrorSecrets(client: object, error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const message = redactSecrets(client, error.message);
  if (message === error.message) return error;
  const copy = new Error(message);
  copy.name = error.name;
  return copy;
}

// The answer of an OAuth2 token endpoint's error body: RFC 6749's fields.
const TOKEN_ERROR_FIELDS: ErrorFields = {
  code: "error",
  message: "error_description",
  moreInfo: "error_uri",
  details: null,
};

// The longest a fetched token is trusted without a 401, whatever its expires_in says (a day), and
// how long before its end it is fetched again (30 s).
const MAX_TOKEN_LIFETIME_MS = 86_400_000;
const EXPIRY_MARGIN_MS = 30_000;

/**
 * OAuth2 client credentials for one client: one token at a time, fetched when first needed (one
 * request however many calls wait for it), kept until 30 s before it expires, and fetched again
 * after a 401 only if the token that failed is still the current one.
 */
class TokenFetcher {
  private current: { readonly token: string; readonly until: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly flow: ClientCredentialsFlow,
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly tokenUrl: string,
    /** Whether the token URL came from the caller's option (then it is used as given). */
    private readonly overridden: boolean,
  ) {}

  token(client: object, baseUrl: string, defaultBaseUrl: string, auth: ClientAuth): Promise<string> {
    if (this.current && Date.now() < this.current.until) return Promise.resolve(this.current.token);
    this.pending ??= this.fetchToken(client, this.urlFor(baseUrl, defaultBaseUrl), auth).finally(() => {
      this.pending = null;
    });
    return this.pending;
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

  private async fetchToken(client: object, url: string, auth: ClientAuth): Promise<string> {
    const { fetch, timeoutMs } = client as { fetch: typeof globalThis.fetch; timeoutMs: number };
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
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: "POST",
        headers,
        body: form.toString(),
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new ConnectionError(
        redactSecrets(client, `POST ${url} (the token endpoint) failed: ${(error as Error).message}`),
        {
          cause: redactErrorSecrets(client, error),
        },
      );
    }
    const shown = redactSecrets(client, text);
    if (!response.ok) {
      const body = parseObject(shown);
      throw createApiError({
        status: response.status,
        method: "POST",
        url,
        requestId: null,
        body,
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
    const body = parseObject(text);
    const token = body?.["access_token"];
    if (typeof token !== "string" || token === "") throw unusable("a token response without an access_token");
    const type = body!["token_type"];
    if (type !== undefined && (typeof type !== "string" || type.toLowerCase() !== "bearer"))
      throw unusable(`a token of type ${JSON.stringify(type)}, where a bearer token was expected`);
    remember(auth, token);
    const seconds = body!["expires_in"];
    const lifetime =
      typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
        ? Math.min(seconds * 1000, MAX_TOKEN_LIFETIME_MS)
        : MAX_TOKEN_LIFETIME_MS;
    this.current = { token, until: Date.now() + Math.max(0, lifetime - EXPIRY_MARGIN_MS) };
    return token;
  }
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
