/**
 * Check stage, auth: each scheme's options are distinct `createClient` options, OAuth2 URLs resolve
 * against the base URL, a client-credentials fetcher has its flow, and every security requirement
 * (the service's and each operation's) names schemes that exist, none two of which set the same
 * header.
 */
import type { NodePath } from "../load/load.ts";
import type { Report } from "../load/reporter.ts";
import type { RawAuth, RawAuthScheme, RawCredential, RawOperation, RawSecurity } from "../load/spec-types.ts";
import { unreachable } from "../exhaustive.ts";

// Headers the client sets itself, which an API key may not replace.
const CLIENT_HEADERS = new Set(["accept", "content-type", "user-agent", "content-length", "host", "cookie"]);

/**
 * Checks the service's auth block at `at` (the service's path); `taken` holds the `createClient`
 * options already named (the core options and the server variables'), with what each is.
 */
export function checkAuth(
  auth: RawAuth,
  baseUrl: string,
  at: NodePath,
  report: Report,
  taken: ReadonlyMap<string, string>,
): void {
  const options = new Map<string, string>(taken);
  const take = (credential: RawCredential | string, path: NodePath, owner: string) => {
    const option = typeof credential === "string" ? credential : credential.option;
    const earlier = options.get(option);
    if (earlier !== undefined)
      report(path, "name-collision", `option '${option}' is already ${earlier}`, {
        hint: "give each credential its own createClient option",
      });
    else options.set(option, owner);
  };
  for (const [name, scheme] of Object.entries(auth.schemes)) {
    const here: NodePath = [...at, "auth", "schemes", name];
    checkScheme(name, scheme, here, baseUrl, take, report);
  }
  if (auth.security) checkSecurity(auth.security, auth, [...at, "auth", "security"], report);
}

function checkScheme(
  name: string,
  scheme: RawAuthScheme,
  at: NodePath,
  baseUrl: string,
  take: (credential: RawCredential | string, path: NodePath, owner: string) => void,
  report: Report,
): void {
  const owner = `an option of scheme '${name}'`;
  switch (scheme.scheme) {
    case "basic":
      scheme.credentials.forEach((pair, i) => {
        for (const role of ["username", "password"] as const)
          take(pair[role], [...at, "credentials", i, role, "option"], `${owner} (credential pair ${i + 1})`);
      });
      return;
    case "bearer":
      take(scheme.token, [...at, "token", "option"], owner);
      return;
    case "apiKey":
      take(scheme.key, [...at, "key", "option"], owner);
      if (scheme.in === "header" && CLIENT_HEADERS.has(scheme.name.toLowerCase()))
        report([...at, "name"], "header-set-by-client", `the client sets the ${scheme.name} header itself`);
      else if (scheme.in !== "query" && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(scheme.name))
        report(
          [...at, "name"],
          "invalid-name",
          `'${scheme.name}' is not a ${scheme.in} name: letters, digits and !#$%&'*+.^_\`|~- only`,
        );
      return;
    case "oauth2": {
      take(scheme.token, [...at, "token", "option"], owner);
      for (const [flow, value] of Object.entries(scheme.flows))
        for (const key of ["tokenUrl", "authorizationUrl"] as const) {
          const url = (value as Record<string, unknown>)[key];
          if (typeof url === "string" && !resolvable(url, baseUrl))
            report(
              [...at, "flows", flow, key],
              "invalid-url",
              `'${url}' is not an http(s) URL without credentials, or a path below the base URL`,
            );
        }
      const cc = scheme.clientCredentials;
      if (!cc) return;
      if (!scheme.flows.clientCredentials)
        report(
          [...at, "clientCredentials"],
          "missing-client-credentials-flow",
          `scheme '${name}' fetches tokens with the clientCredentials flow, which its flows do not declare`,
          {
            hint: "add flows.clientCredentials with its tokenUrl",
          },
        );
      take(cc.clientId, [...at, "clientCredentials", "clientId", "option"], owner);
      take(cc.clientSecret, [...at, "clientCredentials", "clientSecret", "option"], owner);
      if (cc.tokenUrlOption !== undefined)
        take(cc.tokenUrlOption, [...at, "clientCredentials", "tokenUrlOption"], owner);
      return;
    }
    default:
      return unreachable(scheme);
  }
}

function resolvable(url: string, baseUrl: string): boolean {
  try {
    const resolved = new URL(url, `${baseUrl}/`);
    return (
      (resolved.protocol === "https:" || resolved.protocol === "http:") &&
      !resolved.username &&
      !resolved.password
    );
  } catch {
    return false;
  }
}

/**
 * A security requirement (the service's default or an operation's): every name is a scheme, and no
 * alternative applies two schemes that set one header, query parameter or cookie.
 */
export function checkSecurity(
  security: RawSecurity,
  auth: RawAuth | undefined,
  at: NodePath,
  report: Report,
): void {
  security.forEach((alternative, i) => {
    const slots = new Map<string, string>();
    alternative.forEach((name, j) => {
      const scheme = auth && Object.hasOwn(auth.schemes, name) ? auth.schemes[name] : undefined;
      if (!scheme) {
        const known = Object.keys(auth?.schemes ?? {});
        report([...at, i, j], "unknown-security-scheme", `no auth scheme named '${name}'`, {
          hint: known.length
            ? `defined schemes: ${known.join(", ")}`
            : "declare it under service.auth.schemes",
        });
        return;
      }
      const slot = slotOf(scheme);
      const key = slotKey(slot.in, slot.name);
      const earlier = slots.get(key);
      if (earlier !== undefined)
        report(
          [...at, i, j],
          "conflicting-schemes",
          `'${name}' and '${earlier}' both set the ${slot.name} ${slot.in === "query" ? "query parameter" : slot.in} in one requirement`,
        );
      slots.set(key, name);
    });
  });
}

// Where a scheme's credential travels: a header, a query parameter or a cookie of some name.
function slotOf(scheme: RawAuthScheme): {
  readonly in: "header" | "query" | "cookie";
  readonly name: string;
} {
  switch (scheme.scheme) {
    case "basic":
    case "bearer":
    case "oauth2":
      return { in: "header", name: "Authorization" };
    case "apiKey":
      return { in: scheme.in, name: scheme.name };
    default:
      return unreachable(scheme);
  }
}

// Header names compare without case; query and cookie names as they are.
function slotKey(where: string, name: string): string {
  return where === "header" ? `header:${name.toLowerCase()}` : `${where}:${name}`;
}

/**
 * No parameter of an operation travels where a credential its security may send does (an API key
 * query parameter or header of the same name): one would silently replace the other.
 */
export function checkCredentialParameters(
  op: RawOperation,
  auth: RawAuth | undefined,
  at: NodePath,
  report: Report,
): void {
  if (!auth) return;
  const security = op.security ?? auth.security ?? Object.keys(auth.schemes).map((name) => [name]);
  const slots = new Map<string, string>();
  for (const name of new Set(security.flat()))
    if (Object.hasOwn(auth.schemes, name)) {
      const slot = slotOf(auth.schemes[name]!);
      slots.set(slotKey(slot.in, slot.name), name);
    }
  (op.parameters ?? []).forEach((p, i) => {
    const scheme = slots.get(slotKey(p.in, p.name));
    if (scheme !== undefined)
      report(
        [...at, "parameters", i, "name"],
        "conflicting-schemes",
        `the ${p.in} parameter '${p.name}' is where scheme '${scheme}' sends its credential`,
        {
          hint: "a credential and a parameter cannot share a name",
        },
      );
  });
}
