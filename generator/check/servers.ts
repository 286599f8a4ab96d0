/**
 * Check stage, servers: the service's server URL (and each operation's own) is an absolute http(s)
 * URL without a query, fragment, credentials or trailing slash once its variables take their
 * defaults; every `{placeholder}` names a declared variable; a variable's default is one of its
 * values; and each variable's `createClient` option is a name of its own.
 */
import type { NodePath } from "../load/load.ts";
import type { Report } from "../load/reporter.ts";
import type { RawServerVariable } from "../load/spec-types.ts";

// createClient's own options, which a server variable or credential option may not shadow.
export const CORE_OPTIONS: readonly string[] = [
  "baseUrl",
  "fetch",
  "timeoutMs",
  "maxRetries",
  "userAgent",
  "retryDelay",
  "retry",
  "hooks",
  "logger",
];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The `{name}` placeholders of a server URL, in order. */
export function serverPlaceholders(url: string): string[] {
  return [...url.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
}

/**
 * Checks the service's server variables at `at` (the service's path) and returns the options they
 * take, each with what it is, for the credential options' collision check.
 */
export function checkServerVariables(
  variables: Readonly<Record<string, RawServerVariable>> | undefined,
  at: NodePath,
  report: Report,
): Map<string, string> {
  const options = new Map<string, string>(CORE_OPTIONS.map((name) => [name, "an option every client has"]));
  for (const [name, variable] of Object.entries(variables ?? {})) {
    const here: NodePath = [...at, "serverVariables", name];
    if (!IDENTIFIER.test(name) || name in Object.prototype) {
      report(here, "invalid-server-variable", `'${name}' cannot be a createClient option's name`, {
        at: "key",
        hint: "name the variable with letters, digits, _ or $ (not a member every object has), and use that name in the URL",
      });
      continue;
    }
    const earlier = options.get(name);
    if (earlier !== undefined)
      report(here, "name-collision", `option '${name}' is already ${earlier}`, {
        at: "key",
        hint: "rename the server variable (and its placeholder in the URL)",
      });
    else options.set(name, `the server variable '${name}'`);
    if (variable.enum && !variable.enum.includes(variable.default))
      report([...here, "default"], "default-not-in-enum", `'${variable.default}' is not one of its values`, {
        hint: `one of: ${variable.enum.join(", ")}`,
      });
  }
  return options;
}

/**
 * Checks one server URL at `at`: its placeholders are declared variables and, with their
 * defaults, it is an absolute http(s) URL with nothing but a scheme, host, port and path.
 */
export function checkServerUrl(
  url: string,
  variables: Readonly<Record<string, RawServerVariable>> | undefined,
  at: NodePath,
  report: Report,
): void {
  const declared = variables ?? {};
  const unknown = serverPlaceholders(url).filter((name) => !Object.hasOwn(declared, name));
  if (unknown.length) {
    report(
      at,
      "unknown-server-variable",
      `the server URL uses {${unknown[0]}}, which is not a server variable`,
      {
        hint: `declare it under service.serverVariables${Object.keys(declared).length ? ` (declared: ${Object.keys(declared).join(", ")})` : ""}`,
      },
    );
    return;
  }
  const filled = url.replace(/\{([^{}]*)\}/g, (_, name: string) => declared[name]!.default);
  const problem = serverUrlProblem(filled);
  if (problem)
    report(at, "invalid-base-url", `the server URL ${JSON.stringify(filled)} ${problem}`, {
      hint: "write the scheme, host and any path prefix, such as https://api.example.com/v1",
    });
}

/** What is wrong with a server URL (its variables filled in), or null. */
function serverUrlProblem(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return "is not an absolute http(s) URL";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a valid URL";
  }
  if (/[?#]/.test(url)) return "has a query or fragment";
  if (parsed.username || parsed.password) return "carries credentials";
  if (url.endsWith("/")) return "ends with a slash (operation paths start with one)";
  if (/\s/.test(url)) return "contains white space";
  return null;
}

/** Warns at each declared variable no server URL of the service uses. */
export function checkUnusedServerVariables(
  variables: Readonly<Record<string, RawServerVariable>> | undefined,
  urls: readonly string[],
  at: NodePath,
  report: Report,
): void {
  const used = new Set(urls.flatMap(serverPlaceholders));
  for (const name of Object.keys(variables ?? {}))
    if (!used.has(name))
      report([...at, "serverVariables", name], "unused-server-variable", `no server URL uses {${name}}`, {
        at: "key",
      });
}
