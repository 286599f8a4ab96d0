/**
 * Webhook signatures: an HMAC of the webhook's URL followed by its form parameters sorted by name
 * (each name immediately followed by its value), Base64-encoded, in one request header; a JSON body
 * is signed through a query parameter of the URL holding the hex SHA-256 of the body. WebCrypto
 * only (`crypto.subtle`), so it runs in browsers, edge runtimes, Deno, Bun and Node alike.
 */

/** How an API signs the webhooks it sends: the spec's `webhooks.signature`. */
export interface WebhookSignature {
  /** The request header carrying the signature (`X-Signature`). */
  readonly header: string;
  /** The HMAC's hash, keyed by the account's secret (UTF-8). */
  readonly algorithm: "HMAC-SHA1" | "HMAC-SHA256";
  /** The query parameter holding the hex SHA-256 of a JSON body (only the URL is then signed), or null. */
  readonly bodyHashParameter: string | null;
}

/** A webhook's form parameters by name; a repeated key holds all its values. */
export type WebhookParams = Readonly<Record<string, string | readonly string[]>>;

const encoder = new TextEncoder();

/**
 * The signature an API sends for `url` and `params`: what its webhooks carry in `scheme.header`.
 * Each name is followed by its value; a repeated key's distinct values are sorted and each
 * follows the name again.
 */
export async function signWebhook(
  scheme: WebhookSignature,
  secret: string,
  url: string,
  params: WebhookParams,
): Promise<string> {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name]!;
    const values = typeof value === "string" ? [value] : [...new Set(value)].sort();
    for (const v of values) data += name + v;
  }
  // HMAC pads a short key with zero bytes, so an empty secret is the one-byte key 0x00 (which WebCrypto accepts).
  const keyBytes = secret === "" ? new Uint8Array(1) : encoder.encode(secret);
  const hash = scheme.algorithm === "HMAC-SHA1" ? "SHA-1" : "SHA-256";
  const key = await crypto.subtle.importKey("raw", keyBytes, { name: "HMAC", hash }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(data)));
  let binary = "";
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The hex SHA-256 of a body's UTF-8 bytes: the value of `scheme.bodyHashParameter`. */
export async function webhookBodyHash(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(body)));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Whether `signature` is the one the API sends for `url` and `params` under `secret`. The URL is
 * tried as received with and without its scheme's default port, then as the WHATWG URL parser
 * normalizes it (with and without the port, and with its query re-encoded as Node's legacy
 * `querystring` does), as twilio-node does. An unparseable URL that fails as received is false.
 */
export async function verifyWebhookSignature(
  scheme: WebhookSignature,
  secret: string,
  signature: string | null | undefined,
  url: string,
  params: WebhookParams,
): Promise<boolean> {
  const received = signature ?? "";
  const matches = async (candidate: string) =>
    constantTimeEqual(received, await signWebhook(scheme, secret, candidate, params));
  for (const candidate of [withoutPort(url), withPort(url)]) if (await matches(candidate)) return true;
  let normalized: string;
  try {
    normalized = new URL(url).toString();
  } catch {
    return false;
  }
  const bare = withoutPort(normalized);
  const ported = withPort(normalized);
  for (const candidate of [bare, ported, legacyQuery(bare), legacyQuery(ported)])
    if (await matches(candidate)) return true;
  return false;
}

/**
 * Whether a webhook with a JSON (or other raw) `body` is genuine: the URL, with no parameters, is
 * signed as `verifyWebhookSignature` checks, and its `scheme.bodyHashParameter` query parameter
 * holds the body's hash. False for a scheme without a body hash, or a URL that does not parse.
 */
export async function verifyWebhookBody(
  scheme: WebhookSignature,
  secret: string,
  signature: string | null | undefined,
  url: string,
  body: string,
): Promise<boolean> {
  if (scheme.bodyHashParameter === null) return false;
  let hash: string;
  try {
    hash = new URL(url).searchParams.get(scheme.bodyHashParameter) ?? "";
  } catch {
    return false;
  }
  const signed = await verifyWebhookSignature(scheme, secret, signature, url, {});
  return signed && constantTimeEqual(hash, await webhookBodyHash(body));
}

/** What `verifyWebhookRequest` found: whether it is genuine, and its parameters or raw body. */
export interface VerifiedWebhook {
  /** True when the signature matches. */
  readonly valid: boolean;
  /** The form parameters (empty for a JSON body). */
  readonly params: WebhookParams;
  /** The raw body text. */
  readonly body: string;
}

/**
 * Checks a web `Request` (fetch API: edge runtimes, Deno, Bun, service workers, Node's own): the
 * signature header against its URL (`url` when the server sees another URL than the one the API
 * called, as behind a proxy) and its form body, or its raw body where the URL carries the body hash.
 */
export async function verifyWebhookRequest(
  scheme: WebhookSignature,
  request: Request,
  secret: string,
  url: string = request.url,
): Promise<VerifiedWebhook> {
  const body = await request.text();
  const signature = request.headers.get(scheme.header);
  let hashed = false;
  try {
    hashed = scheme.bodyHashParameter !== null && new URL(url).searchParams.has(scheme.bodyHashParameter);
  } catch {
    return { valid: false, params: {}, body };
  }
  if (hashed)
    return { valid: await verifyWebhookBody(scheme, secret, signature, url, body), params: {}, body };
  const params = formParams(body);
  return { valid: await verifyWebhookSignature(scheme, secret, signature, url, params), params, body };
}

/** A form body's parameters by name; a repeated key's values in order. */
export function formParams(body: string): WebhookParams {
  const params: Record<string, string | string[]> = Object.create(null);
  // forEach, not for-of: the package's lib need not include DOM.Iterable.
  new URLSearchParams(body).forEach((value, name) => {
    const earlier = params[name];
    params[name] =
      earlier === undefined ? value : [...(typeof earlier === "string" ? [earlier] : earlier), value];
  });
  return params;
}

/** Compares every byte whatever the first difference (lengths are not secret: a signature's is fixed). */
function constantTimeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

// The URL's parts, split without normalizing it (`new URL` would re-encode the path and query).
function splitUrl(url: string) {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (!match) return null;
  const [prefix, scheme, authority] = match as unknown as [string, string, string];
  const userInfoEnd = authority.lastIndexOf("@");
  const hostAndPort = authority.slice(userInfoEnd + 1);
  const portStart = hostAndPort.indexOf(":", hostAndPort.lastIndexOf("]") + 1);
  return {
    scheme,
    userInfo: authority.slice(0, userInfoEnd + 1),
    host: portStart === -1 ? hostAndPort : hostAndPort.slice(0, portStart),
    port: portStart === -1 ? "" : hostAndPort.slice(portStart),
    rest: url.slice(prefix.length),
  };
}

// The URL with its scheme's default port (443 for https, else 80) where it names none.
function withPort(url: string): string {
  const parts = splitUrl(url);
  if (!parts || parts.port) return url;
  const port = parts.scheme.toLowerCase() === "https://" ? ":443" : ":80";
  return parts.scheme + parts.userInfo + parts.host + port + parts.rest;
}

// The URL without any port.
function withoutPort(url: string): string {
  const parts = splitUrl(url);
  return parts ? parts.scheme + parts.userInfo + parts.host + parts.rest : url;
}

// The query decoded and re-encoded as Node's legacy `querystring` (parse, then stringify) does.
function legacyQuery(url: string): string {
  const start = url.indexOf("?");
  if (start === -1 || start === url.length - 1) return url;
  const parsed: Record<string, string | string[]> = Object.create(null);
  let count = 0;
  for (const pair of url.slice(start + 1).split("&")) {
    // querystring.parse reads at most 1,000 keys, and skips empty pairs.
    if (count === 1000) break;
    count++;
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const name = legacyUnescape(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? "" : legacyUnescape(pair.slice(eq + 1));
    if (name === "" && eq === 0 && value === "") continue;
    const earlier = parsed[name];
    parsed[name] =
      earlier === undefined ? value : [...(typeof earlier === "string" ? [earlier] : earlier), value];
  }
  const query = Object.keys(parsed)
    .flatMap((name) => {
      const value = parsed[name]!;
      return (typeof value === "string" ? [value] : value).map(
        (v) => `${encodeURIComponent(name)}=${encodeURIComponent(v)}`,
      );
    })
    .join("&");
  return url.slice(0, start) + "?" + query;
}

// querystring.unescape: `+` is a space; a malformed escape keeps its characters.
function legacyUnescape(text: string): string {
  const plain = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(plain);
  } catch {
    // Valid escapes become their bytes; everything else keeps its UTF-8 bytes (as unescapeBuffer).
    const bytes: number[] = [];
    for (const part of plain.split(/(%[0-9a-fA-F]{2})/)) {
      if (/^%[0-9a-fA-F]{2}$/.test(part)) bytes.push(parseInt(part.slice(1), 16));
      else bytes.push(...encoder.encode(part));
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }
}

/** A webhook's required text field (a repeated key: its first value). */
export function webhookText(params: WebhookParams, name: string): string {
  const value = webhookOptionalText(params, name);
  if (value === null) throw new TypeError(`webhook field '${name}' is missing`);
  return value;
}

/** A webhook's text field, or null when it is absent. */
export function webhookOptionalText(params: WebhookParams, name: string): string | null {
  const value = Object.hasOwn(params, name) ? params[name] : undefined;
  return value === undefined ? null : typeof value === "string" ? value : (value[0] ?? null);
}

/** A webhook's required JSON field, parsed. */
export function webhookJson(params: WebhookParams, name: string): unknown {
  return parseJsonField(name, webhookText(params, name));
}

/** A webhook's JSON field, parsed, or null when it is absent. */
export function webhookOptionalJson(params: WebhookParams, name: string): unknown {
  const text = webhookOptionalText(params, name);
  return text === null ? null : parseJsonField(name, text);
}

function parseJsonField(name: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TypeError(`webhook field '${name}' is not JSON`);
  }
}
