/**
 * Import, servers: a document's server URL becomes the service's `baseUrl` (scheme, host and path
 * prefix; the operations' paths stay as the document writes them), its variables become
 * `serverVariables` (createClient options, with their defaults), and an operation's or path item's
 * own server becomes that operation's `baseUrl`.
 */
import { camelCase } from "../naming.ts";
import type { RawServerVariable } from "../load/spec-types.ts";
import { isObject, type Json } from "./openapi.ts";
import { CORE_OPTIONS } from "../check/servers.ts";

/** The origin of a service whose document gives no absolute server URL (its clients set `baseUrl`). */
export const PLACEHOLDER_ORIGIN = "https://api.example.com";

/** A server as a spec holds it. */
export interface ImportedServer {
  /** The URL with `{option}` placeholders for its variables, no trailing slash. */
  readonly url: string;
  /** Its variables, by option name (camelCase of the document's name). */
  readonly variables: Readonly<Record<string, RawServerVariable>>;
  /** The URL with every variable at its default. */
  readonly resolved: string;
  /** The path prefix of `resolved` (`/v1`; `` for none). */
  readonly prefix: string;
  /** Whether the document gave an absolute URL whose host the spec can hold (else the placeholder origin). */
  readonly absolute: boolean;
}

/**
 * The first server of a `servers` list: its variables at their defaults in `resolved`, and kept as
 * placeholders (`keepVariables`) where each is a usable option name with a string default; a
 * relative URL goes below `origin`. Null when the list has no server with a URL.
 */
export function serverOf(
  servers: Json | undefined,
  origin: string,
  keepVariables: boolean,
): ImportedServer | null {
  const server = Array.isArray(servers) && isObject(servers[0]) ? servers[0] : null;
  if (server === null || typeof server["url"] !== "string") return null;
  const declared = isObject(server["variables"]) ? server["variables"] : {};
  const variables: Record<string, RawServerVariable> = {};
  const defaultOf = (name: string): string | null => {
    const variable = declared[name];
    return isObject(variable) && typeof variable["default"] === "string" ? variable["default"] : null;
  };
  const raw = server["url"].replace(/[?#].*$/, "");
  const resolvedRaw = raw.replace(/\{([^}]*)\}/g, (whole, name: string) => defaultOf(name) ?? whole);
  let template = raw.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    const fallback = defaultOf(name);
    if (fallback === null) return whole;
    const option = camelCase(name);
    const variable = declared[name] as Record<string, Json>;
    if (!keepVariables || !/^[a-z][A-Za-z0-9]*$/.test(option) || CORE_OPTIONS.includes(option))
      return fallback;
    const values = Array.isArray(variable["enum"])
      ? variable["enum"].filter((v): v is string => typeof v === "string")
      : [];
    variables[option] = {
      default: fallback,
      ...(values.length && values.includes(fallback) ? { enum: values } : {}),
      description: typeof variable["description"] === "string" ? variable["description"].trim() : "",
    };
    return `{${option}}`;
  });
  let parsed: URL | null = null;
  try {
    parsed = /^https?:\/\//i.test(resolvedRaw) ? new URL(resolvedRaw) : null;
  } catch {
    parsed = null;
  }
  const absolute = parsed !== null && !/[{}]/.test(parsed.host);
  const path = (parsed ? parsed.pathname : resolvedRaw.startsWith("/") ? resolvedRaw : "").replace(
    /\/+$/,
    "",
  );
  const resolved = (absolute ? parsed!.origin : origin) + path;
  template = template.replace(/\/+$/, "");
  // The template is kept only where, at its defaults, it is the URL resolved (an absolute one).
  const usable =
    absolute &&
    Object.keys(variables).length > 0 &&
    template.replace(/\{([^}]*)\}/g, (_, name: string) => variables[name]?.default ?? "") === resolved;
  return {
    url: usable ? template : resolved,
    variables: usable ? variables : {},
    resolved,
    prefix: path,
    absolute,
  };
}

/** A server with the named variables left out: each at its default in the URL. */
export function withoutVariables(server: ImportedServer, names: ReadonlySet<string>): ImportedServer {
  const variables = Object.fromEntries(Object.entries(server.variables).filter(([name]) => !names.has(name)));
  const url = server.url.replace(/\{([^}]*)\}/g, (whole, name: string) =>
    names.has(name) ? server.variables[name]!.default : whole,
  );
  return { ...server, url, variables };
}
