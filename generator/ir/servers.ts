/** Server URLs of the IR: their variables filled with the defaults, and their path prefixes. */
import type { IrServerVariable } from "./types.ts";

/** A server URL with each `{variable}` at its default (a placeholder no variable declares stays). */
export function defaultServerUrl(url: string, variables: readonly IrServerVariable[]): string {
  return url.replace(/\{([^{}]*)\}/g, (whole, name: string) => {
    const variable = variables.find((v) => v.name === name);
    return variable ? variable.default : whole;
  });
}

/** The path prefix of a server URL at its defaults (`/v1` of `http://petstore.swagger.io/v1`; `` for none). */
export function serverPathPrefix(url: string, variables: readonly IrServerVariable[]): string {
  try {
    return new URL(defaultServerUrl(url, variables)).pathname.replace(/\/+$/, "");
  } catch {
    return "";
  }
}

/** The variables that stand in a URL's scheme, host or port (before its path), which take no percent-encoding. */
export function authorityVariables(urls: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const url of urls) {
    const authority = /^[^/]*\/\/[^/]*/.exec(url)?.[0] ?? url;
    for (const m of authority.matchAll(/\{([^{}]*)\}/g)) out.add(m[1]!);
  }
  return out;
}
