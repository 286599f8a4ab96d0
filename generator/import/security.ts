/**
 * Import, security: the document's security schemes and requirements as the spec's auth schemes,
 * the service's default security and each operation's own. The conventions name the createClient
 * options of each kind of scheme; what the generated client cannot do is a positioned warning,
 * never a silent drop.
 */
import type { NodePath } from "../load/load.ts";
import type {
  RawAuth,
  RawAuthScheme,
  RawCredential,
  RawOAuthFlows,
  RawSecurity,
} from "../load/spec-types.ts";
import { camelCase, pascalCase } from "../naming.ts";
import type { Conventions } from "./conventions.ts";
import { CLIENT_HEADERS } from "../check/parameters.ts";
import { CORE_OPTIONS } from "../check/servers.ts";
import { deref, isObject, type Json, type JsonObject } from "./openapi.ts";

/** Reports a warning at a node of the document. */
type Warn = (path: NodePath, code: string, message: string, hint?: string) => void;

/** The document's security, read: the service's auth block and what each operation needs. */
export interface ImportedSecurity {
  /** The service's auth block, or undefined when no operation needs credentials. */
  readonly auth: RawAuth | undefined;
  /** An operation's own security, or undefined when it needs what the service's default says. */
  security(operation: JsonObject, path: NodePath): RawSecurity | undefined;
}

// The options a scheme of each kind gets when the conventions name none.
const DEFAULTS = {
  basic: [
    {
      username: { option: "username", description: "The user name." },
      password: { option: "password", description: "The password." },
    },
  ],
  bearer: { option: "token", description: "The bearer token." },
  apiKey: { option: "apiKey", description: "The API key." },
  oauth2: {
    token: { option: "accessToken", description: "An OAuth2 access token." },
    clientId: { option: "clientId", description: "The OAuth2 client id." },
    clientSecret: { option: "clientSecret", description: "The OAuth2 client secret." },
    tokenUrlOption: "tokenUrl",
  },
} as const;

const FLOWS = ["clientCredentials", "authorizationCode", "implicit", "password"] as const;

/**
 * Reads `components.securitySchemes` and the `security` requirements. Only schemes some operation
 * needs become spec schemes; a scheme the client cannot use (OpenID Connect, mutual TLS, HTTP
 * schemes other than basic and bearer) is left out with a warning, and so is every alternative
 * needing it.
 */
export function readSecurity(
  root: JsonObject,
  operations: readonly { readonly operation: JsonObject; readonly path: NodePath }[],
  conventions: Conventions,
  warn: Warn,
  /** The server URL (origin and path prefix) relative URLs of the document resolve against. */
  serverUrl: string,
): ImportedSecurity {
  const components = isObject(root["components"]) ? root["components"] : {};
  const declared = isObject(components["securitySchemes"]) ? components["securitySchemes"] : {};
  const names = specNames(Object.keys(declared));
  const schemes = new Map<string, RawAuthScheme>();
  for (const [name, node] of Object.entries(declared)) {
    const path = ["components", "securitySchemes", name];
    const scheme = schemeOf(deref(root, node), path, conventions, warn, serverUrl);
    if (scheme && carriable(scheme, path, warn)) schemes.set(name, scheme);
  }
  const requirement = (value: Json | undefined, path: NodePath): RawSecurity | null => {
    if (!Array.isArray(value)) return null;
    const alternatives: string[][] = [];
    value.forEach((item, i) => {
      if (!isObject(item)) return;
      const wanted = Object.keys(item);
      const missing = wanted.filter((n) => !schemes.has(n));
      for (const n of missing.filter((n) => !Object.hasOwn(declared, n)))
        warn(
          [...path, i, n],
          "unknown-security-scheme",
          `the requirement names '${n}', which components.securitySchemes does not declare`,
          "the alternative is left out",
        );
      if (missing.length > 0) return;
      const clash = clashOf(wanted.map((n) => schemes.get(n)!));
      if (clash) {
        warn(
          [...path, i],
          "conflicting-schemes",
          `this alternative sends two credentials in the ${clash}`,
          "the alternative is left out",
        );
        return;
      }
      alternatives.push(wanted.map((n) => names.get(n)!));
      // The scopes a client-credentials client asks for: those the requirements name.
      for (const n of wanted) {
        const scopes = item[n];
        if (Array.isArray(scopes))
          for (const scope of scopes) if (typeof scope === "string") required(n).add(scope);
      }
    });
    if (value.length > 0 && alternatives.length === 0)
      warn(
        path,
        "security-not-carried",
        "no alternative of this requirement can be carried, so the client sends no credentials here",
        "declare a scheme the client supports (basic, bearer, apiKey, oauth2)",
      );
    return alternatives;
  };
  const requiredScopes = new Map<string, Set<string>>();
  const required = (name: string) => {
    const set = requiredScopes.get(name) ?? new Set<string>();
    requiredScopes.set(name, set);
    return set;
  };
  const fallback = requirement(root["security"], ["security"]) ?? [];
  const own = new Map<JsonObject, RawSecurity | null>();
  for (const { operation, path } of operations)
    own.set(operation, requirement(operation["security"], [...path, "security"]));
  // The schemes some operation needs, in the document's order.
  const used = new Set([fallback, ...own.values()].flatMap((s) => (s ?? []).flat()));
  const specSchemes: Record<string, RawAuthScheme> = {};
  for (const [name, scheme] of schemes) {
    if (used.has(names.get(name)!))
      specSchemes[names.get(name)!] = withScopes(scheme, requiredScopes.get(name));
    else
      warn(
        ["components", "securitySchemes", name],
        "unused-security-scheme",
        `no operation needs the scheme '${name}', so clients get no options for it`,
      );
  }
  const auth: RawAuth | undefined = Object.keys(specSchemes).length
    ? { schemes: distinctOptions(specSchemes), security: fallback }
    : undefined;
  const same = (a: RawSecurity, b: RawSecurity) => JSON.stringify(a) === JSON.stringify(b);
  return {
    auth,
    security(operation) {
      const mine = own.get(operation) ?? null;
      return mine === null || same(mine, fallback) ? undefined : mine;
    },
  };
}

// Spec names for the document's scheme names: as they are where the spec's pattern allows.
function specNames(declared: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of declared) {
    let base = name.replace(/[^A-Za-z0-9_.-]/g, "_");
    if (!/^[A-Za-z]/.test(base)) base = `scheme${base}`;
    let candidate = base;
    for (let i = 2; taken.has(candidate); i++) candidate = `${base}${i}`;
    taken.add(candidate);
    out.set(name, candidate);
  }
  return out;
}

function schemeOf(
  node: Json | undefined,
  path: NodePath,
  conventions: Conventions,
  warn: Warn,
  serverUrl: string,
): RawAuthScheme | null {
  if (!isObject(node)) return null;
  const auth = conventions.auth ?? {};
  const type = node["type"];
  // The document's description of the scheme, for the credential's docs where the conventions give none.
  const described = (fallback: RawCredential): RawCredential => {
    const text = typeof node["description"] === "string" ? node["description"].trim() : "";
    return text ? { ...fallback, description: text } : fallback;
  };
  if (type === "http") {
    const scheme = typeof node["scheme"] === "string" ? node["scheme"].toLowerCase() : "";
    if (scheme === "basic")
      return { scheme: "basic", credentials: auth.basic?.credentials ?? DEFAULTS.basic };
    if (scheme === "bearer")
      return {
        scheme: "bearer",
        ...(typeof node["bearerFormat"] === "string" && node["bearerFormat"]
          ? { format: node["bearerFormat"] }
          : {}),
        token: auth.bearer?.token ?? described(DEFAULTS.bearer),
      };
    warn(
      [...path, "scheme"],
      "unsupported-security-scheme",
      `HTTP '${String(node["scheme"])}' authentication is not one the client can send (basic, bearer)`,
      "operations needing only it get no credentials",
    );
    return null;
  }
  if (type === "apiKey") {
    const where = node["in"];
    const name = node["name"];
    if ((where === "header" || where === "query" || where === "cookie") && typeof name === "string" && name)
      return {
        scheme: "apiKey",
        in: where,
        name,
        key:
          auth.apiKey?.key ??
          described({
            option: DEFAULTS.apiKey.option,
            description: `The API key, sent in the ${where === "query" ? "query parameter" : where} ${name}.`,
          }),
      };
    warn(
      path,
      "unsupported-security-scheme",
      "an apiKey scheme needs 'in' (header, query or cookie) and a 'name'",
    );
    return null;
  }
  if (type === "oauth2") return oauth2Of(node, path, conventions, warn, described, serverUrl);
  warn(
    path,
    "unsupported-security-scheme",
    `'${String(type)}' security is not one the client can send (basic, bearer, apiKey, oauth2)`,
    "operations needing only it get no credentials",
  );
  return null;
}

function oauth2Of(
  node: JsonObject,
  path: NodePath,
  conventions: Conventions,
  warn: Warn,
  described: (fallback: RawCredential) => RawCredential,
  serverUrl: string,
): RawAuthScheme | null {
  const given = isObject(node["flows"]) ? node["flows"] : {};
  const flows: Record<string, unknown> = {};
  // A URL as the spec takes it: absolute, or (relative to the server URL, as OpenAPI resolves it)
  // a path on the API's origin; null when it is neither http(s) nor free of credentials.
  const text = (value: Json | undefined): string | null => {
    if (typeof value !== "string" || !value.trim()) return null;
    let url: URL;
    try {
      url = new URL(value, `${serverUrl}/`);
    } catch {
      return null;
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password) return null;
    return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `${url.pathname}${url.search}`;
  };
  for (const flow of FLOWS) {
    const f = given[flow];
    if (!isObject(f)) continue;
    const scopes = isObject(f["scopes"])
      ? Object.fromEntries(Object.entries(f["scopes"]).map(([k, v]) => [k, typeof v === "string" ? v : ""]))
      : {};
    const tokenUrl = text(f["tokenUrl"]);
    const authorizationUrl = text(f["authorizationUrl"]);
    const needs = {
      clientCredentials: [tokenUrl],
      authorizationCode: [tokenUrl, authorizationUrl],
      implicit: [authorizationUrl],
      password: [tokenUrl],
    }[flow];
    if (needs.some((v) => v === null)) {
      warn(
        [...path, "flows", flow],
        "invalid-oauth-flow",
        `the ${flow} flow lacks its URL, or gives one that is not http(s) or carries credentials`,
        "the flow is left out",
      );
      continue;
    }
    flows[flow] = {
      ...(authorizationUrl !== null && flow !== "clientCredentials" && flow !== "password"
        ? { authorizationUrl }
        : {}),
      ...(tokenUrl !== null && flow !== "implicit" ? { tokenUrl } : {}),
      scopes,
    };
  }
  if (Object.keys(flows).length === 0) {
    warn(path, "unsupported-security-scheme", "an oauth2 scheme without a usable flow");
    return null;
  }
  const others = Object.keys(flows).filter((f) => f !== "clientCredentials");
  const o = conventions.auth?.oauth2 ?? {};
  const token = o.token ?? described(DEFAULTS.oauth2.token);
  if (others.length)
    warn(
      [...path, "flows", others[0]!],
      "oauth2-caller-token",
      `the client cannot run the ${others.join(", ")} flow${others.length > 1 ? "s" : ""}: callers obtain an access token themselves and pass it as '${token.option}'`,
    );
  const cc = flows["clientCredentials"]
    ? {
        clientId: o.clientCredentials?.clientId ?? DEFAULTS.oauth2.clientId,
        clientSecret: o.clientCredentials?.clientSecret ?? DEFAULTS.oauth2.clientSecret,
        ...(o.clientCredentials?.clientAuthentication
          ? { clientAuthentication: o.clientCredentials.clientAuthentication }
          : {}),
        ...(o.clientCredentials?.scopes ? { scopes: o.clientCredentials.scopes } : {}),
        tokenUrlOption: o.clientCredentials?.tokenUrlOption ?? DEFAULTS.oauth2.tokenUrlOption,
      }
    : undefined;
  return { scheme: "oauth2", flows: flows as RawOAuthFlows, token, ...(cc ? { clientCredentials: cc } : {}) };
}

/**
 * Makes every createClient option distinct: where two schemes would take one option (two API
 * keys), or a scheme would take an option every client has, its options take the scheme's name
 * in front (`adminApiKey`).
 */
function distinctOptions(schemes: Readonly<Record<string, RawAuthScheme>>): Record<string, RawAuthScheme> {
  const count = new Map<string, number>();
  for (const scheme of Object.values(schemes))
    for (const option of optionsOf(scheme)) count.set(option, (count.get(option) ?? 0) + 1);
  const out: Record<string, RawAuthScheme> = {};
  // Options no renamed scheme may take: every option kept as it is, and the ones every client has.
  const taken = new Set<string>(CORE_OPTIONS);
  const clashes = (scheme: RawAuthScheme) =>
    optionsOf(scheme).some(
      (o) => count.get(o)! > 1 || CORE_OPTIONS.includes(o) || !/^[a-z][A-Za-z0-9]*$/.test(o),
    );
  for (const scheme of Object.values(schemes))
    if (!clashes(scheme)) for (const o of optionsOf(scheme)) taken.add(o);
  for (const [name, scheme] of Object.entries(schemes)) {
    if (!clashes(scheme)) {
      out[name] = scheme;
      continue;
    }
    // The scheme's name in front (`fooApiKey`), and a number after where that is taken too.
    const prefix = camelCase(name.replace(/[^A-Za-z0-9]+/g, " ")) || "scheme";
    let n = 1;
    const fits = (i: number) => optionsOf(scheme).every((o) => !taken.has(optionName(prefix, o, i)));
    while (!fits(n)) n++;
    out[name] = renamed(scheme, (o) => optionName(prefix, o, n));
    for (const o of optionsOf(out[name]!)) taken.add(o);
  }
  return out;
}

function optionName(prefix: string, option: string, n: number): string {
  return `${/^[a-z]/.test(prefix) ? prefix : `scheme${pascalCase(prefix)}`}${pascalCase(option)}${n > 1 ? n : ""}`;
}

/** The createClient options a scheme takes. */
export function optionsOf(scheme: RawAuthScheme): string[] {
  switch (scheme.scheme) {
    case "basic":
      return scheme.credentials.flatMap((p) => [p.username.option, p.password.option]);
    case "bearer":
      return [scheme.token.option];
    case "apiKey":
      return [scheme.key.option];
    case "oauth2": {
      const cc = scheme.clientCredentials;
      return [
        scheme.token.option,
        ...(cc
          ? [cc.clientId.option, cc.clientSecret.option, ...(cc.tokenUrlOption ? [cc.tokenUrlOption] : [])]
          : []),
      ];
    }
  }
}

function renamed(scheme: RawAuthScheme, rename: (option: string) => string): RawAuthScheme {
  const c = (credential: RawCredential): RawCredential => ({
    ...credential,
    option: rename(credential.option),
  });
  switch (scheme.scheme) {
    case "basic":
      return {
        ...scheme,
        credentials: scheme.credentials.map((p) => ({ username: c(p.username), password: c(p.password) })),
      };
    case "bearer":
      return { ...scheme, token: c(scheme.token) };
    case "apiKey":
      return { ...scheme, key: c(scheme.key) };
    case "oauth2": {
      const cc = scheme.clientCredentials;
      return {
        ...scheme,
        token: c(scheme.token),
        ...(cc
          ? {
              clientCredentials: {
                ...cc,
                clientId: c(cc.clientId),
                clientSecret: c(cc.clientSecret),
                ...(cc.tokenUrlOption ? { tokenUrlOption: rename(cc.tokenUrlOption) } : {}),
              },
            }
          : {}),
      };
    }
  }
}

// Whether the spec can hold a scheme: a header or cookie name is a token, and an API key is not in a
// header the client sets itself. A scheme that cannot be carried is left out with a warning.
function carriable(scheme: RawAuthScheme, path: NodePath, warn: Warn): boolean {
  if (scheme.scheme !== "apiKey") return true;
  if (scheme.in === "header" && CLIENT_HEADERS.has(scheme.name.toLowerCase())) {
    warn(
      [...path, "name"],
      "unsupported-security-scheme",
      `an API key in the ${scheme.name} header, which the client sets itself`,
      "operations needing only it get no credentials",
    );
    return false;
  }
  if (scheme.in !== "query" && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(scheme.name)) {
    warn(
      [...path, "name"],
      "unsupported-security-scheme",
      `'${scheme.name}' is not a ${scheme.in} name`,
      "operations needing only it get no credentials",
    );
    return false;
  }
  if (/[\x00-\x1f\x7f]/.test(scheme.name)) {
    warn([...path, "name"], "unsupported-security-scheme", "an API key name with control characters");
    return false;
  }
  return true;
}

// Where two schemes of one alternative would both send their credential (a header, a query
// parameter, a cookie), or null.
function clashOf(schemes: readonly RawAuthScheme[]): string | null {
  const seen = new Set<string>();
  for (const scheme of schemes) {
    const slot =
      scheme.scheme === "apiKey"
        ? `${scheme.in === "query" ? "query parameter" : scheme.in} ${scheme.in === "header" ? scheme.name.toLowerCase() : scheme.name}`
        : "header authorization";
    if (seen.has(slot)) return slot;
    seen.add(slot);
  }
  return null;
}

// A client-credentials scheme asks for the scopes the requirements name, unless the conventions say.
function withScopes(scheme: RawAuthScheme, scopes: ReadonlySet<string> | undefined): RawAuthScheme {
  if (
    scheme.scheme !== "oauth2" ||
    !scheme.clientCredentials ||
    !scopes?.size ||
    scheme.clientCredentials.scopes
  )
    return scheme;
  return { ...scheme, clientCredentials: { ...scheme.clientCredentials, scopes: [...scopes].sort() } };
}
