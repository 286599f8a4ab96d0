/** How a parameter travels on the wire, decided from its type and location alone. */
import type { RawTypeExpr } from "../load/spec-types.ts";

/**
 * `text`, `repeat` (one key per array item), `json` (the value's JSON text), `json-body`, or `dotted`
 * (one key per leaf of an object, under a prefix).
 */
export type WireEncoding =
  | { readonly kind: "text" }
  | { readonly kind: "repeat" }
  | { readonly kind: "json" }
  | { readonly kind: "json-body" }
  | { readonly kind: "dotted"; readonly prefix: string };

/**
 * The encoding of a parameter, or null when its type cannot travel where it is: an array of arrays
 * in a form or query, anything but one value in a header, or dotted keys for anything but a map or
 * object in a query or form.
 */
export function wireEncoding(
  param: RawTypeExpr & { readonly keyPrefix?: string },
  location: "query" | "body" | "header",
  body: "form" | "json",
): WireEncoding | null {
  const structured = param.model !== undefined || param.type === "object" || param.type === "map";
  if (param.keyPrefix !== undefined)
    return location !== "header" && !(location === "body" && body === "json") && structured && !param.model
      ? { kind: "dotted", prefix: param.keyPrefix }
      : null;
  if (location === "body" && body === "json") return { kind: "json-body" };
  if (location === "header")
    return param.type === "array" || structured ? null : { kind: param.type === "json" ? "json" : "text" };
  if (param.type === "array") return param.items && param.items.type !== "array" ? { kind: "repeat" } : null;
  if (structured || param.type === "json") return { kind: "json" };
  return { kind: "text" };
}
