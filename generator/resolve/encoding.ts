/** How a parameter travels on the wire, decided from its type, location and declared style alone. */
import type { RawField, RawTypeExpr, ParameterStyle } from "../load/spec-types.ts";

/** The character joining a delimited array's items. */
export type Delimiter = "," | " " | "|" | "\t";

/**
 * `text`, `repeat` (one key per array item), `delimited` (one key, the items joined), `json` (the
 * value's JSON text), `json-body`, `dotted` (one key per leaf of an object, under a prefix),
 * `form-object` (an object's fields as keys of their own, an array field's items each under
 * its name, or with `explode: false` one key `k,v,k,v`), `deep-object` (`name[field]=value`) or `part` (a multipart/form-data part).
 */
export type WireEncoding =
  | { readonly kind: "text" }
  | { readonly kind: "repeat" }
  | { readonly kind: "delimited"; readonly delimiter: Delimiter }
  | { readonly kind: "json" }
  | { readonly kind: "json-body" }
  | { readonly kind: "dotted"; readonly prefix: string }
  | { readonly kind: "form-object"; readonly explode: boolean }
  | { readonly kind: "deep-object" }
  | { readonly kind: "part"; readonly contentType: string | null };

/** How an operation's body parameters travel. */
export type BodyEncoding = "form" | "json" | "multipart";

/** Where a parameter is, for its encoding. */
export type ParameterLocation = "query" | "body" | "header" | "cookie";

type Param = RawTypeExpr & {
  readonly keyPrefix?: string;
  readonly style?: ParameterStyle;
  readonly explode?: boolean;
  readonly contentType?: string;
};

const DELIMITERS: Readonly<Record<"spaceDelimited" | "pipeDelimited" | "tabDelimited", Delimiter>> = {
  spaceDelimited: " ",
  pipeDelimited: "|",
  tabDelimited: "\t",
};

/** A scalar that travels as text: string, enum, integer, number, boolean or date-time. */
export function isTextual(expr: RawTypeExpr): boolean {
  return (
    expr.model === undefined &&
    expr.type !== undefined &&
    expr.type !== "array" &&
    expr.type !== "object" &&
    expr.type !== "map" &&
    expr.type !== "json" &&
    expr.type !== "union" &&
    expr.type !== "binary"
  );
}

const structured = (p: RawTypeExpr) => p.model !== undefined || p.type === "object" || p.type === "map";
const textualItems = (p: RawTypeExpr) => p.type === "array" && p.items !== undefined && isTextual(p.items);
// Every field (or every map value) a scalar, or (deep) an object of such, recursively.
function flatFields(p: RawTypeExpr, deep: boolean): boolean {
  return flatFieldsOr(p, deep, () => false);
}

// As flatFields, a field that is none of those accepted where `other` accepts it.
function flatFieldsOr(p: RawTypeExpr, deep: boolean, other: (field: RawField) => boolean): boolean {
  if (p.type === "map")
    return p.values !== undefined && (isTextual(p.values) || (deep && flatFields(p.values, deep)));
  if (p.type !== "object" || p.variantsBy !== undefined) return false;
  return (p.fields ?? []).every((f: RawField) => isTextual(f) || (deep && flatFields(f, deep)) || other(f));
}

/**
 * Whether an object's fields can travel in form style: each a scalar, or (exploded) an array of
 * scalars whose items each go under the field's name. The importer picks form style by the same rule.
 */
export function formObjectFields(p: RawTypeExpr, explode: boolean | null | undefined): boolean {
  return flatFieldsOr(p, false, (f) => explode !== false && p.type === "object" && textualItems(f));
}

/**
 * The encoding of a parameter, or the reason its type and style cannot travel where it is (for the
 * check stage's diagnostic). Without a style, arrays repeat their key and objects travel as JSON
 * text, as form APIs expect.
 */
export function resolveEncoding(
  param: Param,
  location: ParameterLocation,
  body: BodyEncoding,
): { readonly encoding: WireEncoding } | { readonly problem: string; readonly at: "style" | "type" } {
  const ok = (encoding: WireEncoding) => ({ encoding });
  const no = (problem: string, at: "style" | "type" = "style") => ({ problem, at });
  const { style, explode } = param;
  if (param.keyPrefix !== undefined) {
    if (style !== undefined) return no("a parameter with keyPrefix takes no style");
    return location !== "header" &&
      location !== "cookie" &&
      !(location === "body" && body === "json") &&
      structured(param) &&
      !param.model
      ? ok({ kind: "dotted", prefix: param.keyPrefix })
      : no("dotted keys carry a map or an object in a query or form, not this parameter");
  }
  if (location === "body" && body === "multipart") {
    if (style !== undefined || explode !== undefined) return no("a multipart part takes no style");
    return param.type === "array" && param.items?.type === "array"
      ? no("an array of arrays cannot travel as multipart parts", "type")
      : ok({ kind: "part", contentType: param.contentType ?? null });
  }
  const binary = param.type === "binary" || (param.type === "array" && param.items?.type === "binary");
  if (binary) return no("a file (type binary) travels in a multipart body only", "type");
  if (param.contentType !== undefined) return no("a part's content type is for a multipart body", "type");
  if (location === "body" && body === "json")
    return style === undefined && explode === undefined
      ? ok({ kind: "json-body" })
      : no("a property of a JSON body takes no style");
  if (location === "header") {
    if (style !== undefined && style !== "simple") return no(`a header's style is simple, not ${style}`);
    if (param.type === "json") return ok({ kind: "json" });
    if (textualItems(param)) return ok({ kind: "delimited", delimiter: "," });
    return isTextual(param)
      ? ok({ kind: "text" })
      : no("a header carries one value or an array of them, not this one", "type");
  }
  if (location === "cookie") {
    if (style !== undefined && style !== "form") return no(`a cookie's style is form, not ${style}`);
    if (param.type === "json") return ok({ kind: "json" });
    if (textualItems(param))
      return explode === false
        ? ok({ kind: "delimited", delimiter: "," })
        : no("a cookie carries one value: an array needs explode: false (items joined by commas)", "style");
    return isTextual(param)
      ? ok({ kind: "text" })
      : no("a cookie carries one value or an array of them, not this one", "type");
  }
  // A query, or a form body.
  if (param.type === "array" && param.items?.type === "array")
    return no("an array of arrays cannot travel in a form or query string", "type");
  switch (style) {
    case undefined:
      if (param.type === "array") return ok({ kind: "repeat" });
      return structured(param) || param.type === "json" ? ok({ kind: "json" }) : ok({ kind: "text" });
    case "form":
      if (param.type === "array")
        return explode === false
          ? textualItems(param)
            ? ok({ kind: "delimited", delimiter: "," })
            : no("joined items must be strings, numbers, booleans or dates", "type")
          : ok({ kind: "repeat" });
      if (structured(param)) {
        // Exploded, an array field's items each take the field's name as their key.
        if (!formObjectFields(param, explode))
          return no(
            explode === false
              ? "an object in form style with explode: false has fields that are strings, numbers, booleans or dates"
              : "an object in form style has fields that are strings, numbers, booleans or dates, or arrays of them",
            "type",
          );
        if (explode !== false && param.type === "map")
          return no(
            "a map's own keys cannot be told from other parameters: use explode: false or deepObject",
          );
        return ok({ kind: "form-object", explode: explode !== false });
      }
      return param.type === "json" ? no("a JSON value has no form style", "type") : ok({ kind: "text" });
    case "spaceDelimited":
    case "pipeDelimited":
    case "tabDelimited":
      if (!textualItems(param))
        return no(`${style} joins the items of an array of strings, numbers, booleans or dates`, "type");
      return explode === true
        ? ok({ kind: "repeat" })
        : ok({ kind: "delimited", delimiter: DELIMITERS[style] });
    case "deepObject":
      return structured(param) && flatFields(param, true) && explode !== false
        ? ok({ kind: "deep-object" })
        : no("deepObject carries an object (explode: true) whose fields are scalars or such objects", "type");
    case "simple":
      return no("simple is the style of paths and headers, not of a query or form");
    default:
      return style satisfies never;
  }
}

/** The encoding of a parameter the check stage accepted. */
export function wireEncoding(param: Param, location: ParameterLocation, body: BodyEncoding): WireEncoding {
  const resolved = resolveEncoding(param, location, body);
  if ("problem" in resolved) throw new Error(`unchecked parameter encoding: ${resolved.problem}`);
  return resolved.encoding;
}
