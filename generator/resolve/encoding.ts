/** How a parameter travels on the wire, decided from its type and location alone. */
import { propertyName, propertyPath } from "../naming.ts";
import type { RawParameter, RawTypeExpr } from "../load/spec-types.ts";

/** `text`, `repeat` (one key per array item), `json` (the value's JSON text) or `json-body`. */
export type WireEncoding = "text" | "repeat" | "json" | "json-body";

/**
 * The encoding of a parameter, or null when its type cannot travel where it is: an array of arrays
 * in a form or query, or anything but one value in a header.
 */
export function wireEncoding(
  expr: RawTypeExpr,
  location: "query" | "body" | "header",
  body: "form" | "json",
): WireEncoding | null {
  if (location === "body" && body === "json") return "json-body";
  const structured = expr.model !== undefined || expr.type === "object" || expr.type === "map";
  if (location === "header")
    return expr.type === "array" || structured ? null : expr.type === "json" ? "json" : "text";
  if (expr.type === "array") return expr.items && expr.items.type !== "array" ? "repeat" : null;
  if (structured || expr.type === "json") return "json";
  return "text";
}

/**
 * The property path of a parameter in the client: its `property` when given; dotted names nest in
 * forms and queries, not in JSON bodies or headers.
 */
export function tsPathOf(param: RawParameter, body: "form" | "json"): string[] {
  if (param.property !== undefined) return [param.property];
  const flat = (param.in === "body" && body === "json") || param.in === "header";
  return flat ? [propertyName(param.name)] : propertyPath(param.name);
}
