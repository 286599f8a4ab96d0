/**
 * Check stage, auth: each scheme's options are distinct `createClient` options, OAuth2 URLs resolve
 * against the base URL, a client-credentials fetcher has its flow, and every security requirement
 * (the service's and each operation's) names schemes that exist, none two of which set the same
 * header.
 */
import type { NodePath } from "../load/load.ts";
import type { Report } from "../load/reporter.ts";
import type { RawAuth, RawAuthScheme, RawCredential, RawSecurity } from "../load/spec-types.ts";
import { unreachable } from "../exhaustive.ts";

// createClient's own options, which a credential option may not shadow.
const CORE_OPTIONS = ["baseUrl", "fetch", "timeoutMs", "maxRetries", "userAgent", "retryDelay"];

// Headers the client sets itself, which an API key may not replace.
const CLIENT_HEADERS = new Set(["accept", "content-type", "user-agent", "content-length", "host", "cookie"]);

/** Checks the service's auth block at `at` (the service's path). */
export function checkAuth(auth: RawAuth, baseUrl: string, at: NodePath, report: Report): void {
  const options = new Map<string, string>(CORE_OPTIONS.map((name) => [name, "an option every client has"]));
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
              `'${url}' is not an http(s) URL, or a path below the base URL`,
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
    return resolved.protocol === "https:" || resolved.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * A security requirement (the service's default or an operation's): every name is a scheme, and no
 * alternative applies two schemes that both set the Authorization header (or one header twice).
 */
export function checkSecurity(
  security: RawSecurity,
  auth: RawAuth | undefined,
  at: NodePath,
  report: Report,
): void {
  security.forEach((alternative, i) => {
    const headers = new Map<string, string>();
    alternative.forEach((name, j) => {
      const scheme = auth?.schemes[name];
      if (!scheme) {
        const known = Object.keys(auth?.schemes ?? {});
        report([...at, i, j], "unknown-security-scheme", `no auth scheme named '${name}'`, {
          hint: known.length
            ? `defined schemes: ${known.join(", ")}`
            : "declare it under service.auth.schemes",
        });
        return;
      }
      const header = headerOf(scheme);
      if (header === null) return;
      const earlier = headers.get(header.toLowerCase());
      if (earlier !== undefined)
        report(
          [...at, i, j],
          "conflicting-schemes",
          `'${name}' and '${earlier}' both set the ${header} header in one requirement`,
        );
      headers.set(header.toLowerCase(), name);
    });
  });
}

// The header a scheme sets, or null for a query parameter or cookie key.
function headerOf(scheme: RawAuthScheme): string | null {
  switch (scheme.scheme) {
    case "basic":
    case "bearer":
    case "oauth2":
      return "Authorization";
    case "apiKey":
      return scheme.in === "header" ? scheme.name : null;
    default:
      return unreachable(scheme);
  }
}
