/**
 * Paging styles in the importer: the conventions' `pagination` list checked where only that file
 * can say what is wrong, and which declared style a list response has. OpenAPI has no standard for
 * paging, so a style is never inferred: a response matches a declared style by the fields it
 * reads (the next link, the cursor, has-more or total field) or, for a `Link` header style, by
 * declaring that header.
 */
import type { NodePath } from "../load/load.ts";
import type { RawModel, RawPagination } from "../load/spec-types.ts";
import { unreachable } from "../exhaustive.ts";
import { deref, isObject, type Json, type JsonObject } from "./openapi.ts";
import { successStatuses } from "./resources.ts";

type Report = (path: NodePath, message: string, at?: "value" | "key") => void;

// Each style's keys: those it requires, then those it may have.
const STYLE_KEYS: Record<string, readonly [required: readonly string[], optional: readonly string[]]> = {
  nextUrl: [
    ["metaModel", "nextUrlField"],
    [
      "style",
      "metaKey",
      "pageUrls",
      "pageSizeParameter",
      "pageParameter",
      "pageTokenParameter",
      "metaFields",
    ],
  ],
  cursor: [
    ["style", "metaModel", "cursorParameter"],
    ["metaKey", "cursorField", "hasMoreField", "itemCursorField", "pageSizeParameter"],
  ],
  linkHeader: [["style"], ["pageUrls", "pageSizeParameter", "pageParameter"]],
  offset: [
    ["style", "metaModel", "totalField", "offsetParameter"],
    ["metaKey", "limitParameter"],
  ],
};

/**
 * Checks the conventions' `pagination` list: each entry a mapping with a known `style` (nextUrl
 * when absent), that style's keys and no other, string values, a cursor read from one place, and
 * a `metaModel` among the conventions' models.
 */
export function checkPagingConventions(value: unknown, models: unknown, report: Report): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) return report(["pagination"], "must be a list of paging styles");
  const modelNames = new Set(
    (Array.isArray(models) ? models : []).flatMap((m) =>
      isObject(m) && typeof m["name"] === "string" ? [m["name"]] : [],
    ),
  );
  value.forEach((entry: unknown, i) => {
    const at: NodePath = ["pagination", i];
    if (!isObject(entry)) return report(at, "must be a mapping: a paging style");
    const style = entry["style"] ?? "nextUrl";
    const keys = typeof style === "string" ? STYLE_KEYS[style] : undefined;
    if (!keys || !Object.hasOwn(STYLE_KEYS, style as string))
      return report([...at, "style"], `must be one of ${Object.keys(STYLE_KEYS).join(", ")}`);
    const [required, optional] = keys;
    for (const key of required)
      if (entry[key] === undefined) report(at, `is a ${String(style)} style, which needs '${key}'`);
    for (const [key, v] of Object.entries(entry)) {
      if (!required.includes(key) && !optional.includes(key))
        report(
          [...at, key],
          `is not a key of the ${String(style)} style (${[...required, ...optional].join(", ")})`,
          "key",
        );
      else if (key !== "metaFields" && typeof v !== "string") report([...at, key], "must be a string");
    }
    if (style === "cursor") {
      const fromMeta = entry["cursorField"] !== undefined;
      const fromItem = entry["hasMoreField"] !== undefined || entry["itemCursorField"] !== undefined;
      if (fromMeta === fromItem || (fromItem && (!entry["hasMoreField"] || !entry["itemCursorField"])))
        report(at, "must give either cursorField, or hasMoreField with itemCursorField");
    }
    const model = entry["metaModel"];
    if (typeof model === "string" && !modelNames.has(model))
      report(
        [...at, "metaModel"],
        `names no model of the conventions' models (${[...modelNames].join(", ")})`,
      );
  });
}

/** The metadata model a style reads, or null for one without (its name, for leaving unused models out). */
export function styleModel(style: RawPagination): string | null {
  switch (style.style) {
    case undefined:
    case "nextUrl":
    case "cursor":
    case "offset":
      return style.metaModel;
    case "linkHeader":
      return null;
    default:
      return unreachable(style);
  }
}

/**
 * The first declared style a list response has: its metadata (under `metaKey`, else the
 * response's own properties) holds the field the style reads, or, for a `Link` header style, a
 * success response declares a `Link` header. Also the response properties that are page fields,
 * not items.
 */
export function matchStyle(
  styles: readonly RawPagination[],
  operation: JsonObject,
  properties: JsonObject,
  models: readonly RawModel[],
  root: JsonObject,
): { style: RawPagination | undefined; pageFields: Set<string> } {
  const fieldsOf = (metaKey: string | undefined) => {
    if (metaKey === undefined) return properties;
    const schema = deref(root, properties[metaKey]);
    return isObject(schema) && isObject(schema["properties"]) ? schema["properties"] : {};
  };
  const has = (metaKey: string | undefined, field: string | undefined) =>
    field !== undefined && Object.hasOwn(fieldsOf(metaKey), field);
  const style = styles.find((p) => {
    switch (p.style) {
      case undefined:
      case "nextUrl":
        return has(p.metaKey, p.nextUrlField);
      case "cursor":
        return has(p.metaKey, p.cursorField ?? p.hasMoreField);
      case "linkHeader":
        return declaresLinkHeader(operation, root);
      case "offset":
        return has(p.metaKey, p.totalField);
      default:
        return unreachable(p);
    }
  });
  if (style === undefined || style.style === "linkHeader") return { style, pageFields: new Set() };
  if (style.metaKey !== undefined) return { style, pageFields: new Set([style.metaKey]) };
  const model = models.find((m) => m.name === style.metaModel);
  return { style, pageFields: new Set((model?.fields ?? []).map((f) => f.name)) };
}

// A success response of the operation declares a `Link` header (any case).
function declaresLinkHeader(operation: JsonObject, root: JsonObject): boolean {
  const responses = isObject(operation["responses"]) ? operation["responses"] : {};
  return successStatuses(operation).some((status) => {
    const response = deref(root, responses[String(status)]) as Json;
    const headers = isObject(response) && isObject(response["headers"]) ? response["headers"] : {};
    return Object.keys(headers).some((name) => name.toLowerCase() === "link");
  });
}
