/** How a parameter travels on the wire, decided from its type and location alone. */
import { camelCase, propertyPath } from "../naming.ts";
import type { RawParameter, RawTypeExpr } from "../load/spec-types.ts";

/** `text`, `repeat` (one key per array item), `json` (the value's JSON text) or `json-body`. */
export type WireEncoding = "text" | "repeat" | "json" | "json-body";

/** The encoding of a parameter, or null when its type cannot travel in a form or query (an array of arrays). */
export function wireEncoding(
  expr: RawTypeExpr,
  location: "query" | "body",
  body: "form" | "json",
): WireEncoding | null {
  if (location === "body" && body === "json") return "json-body";
  if (expr.type === "array") return expr.items && expr.items.type !== "array" ? "repeat" : null;
  if (expr.model !== undefined || expr.type === "object" || expr.type === "map" || expr.type === "json")
    return "json";
  return "text";
}

/** The property path of a parameter in the client: dotted names nest in forms and queries, not in JSON bodies. */
export function tsPathOf(param: RawParameter, body: "form" | "json"): string[] {
  return param.in === "body" && body === "json" ? [camelCase(param.name)] : propertyPath(param.name);
}
