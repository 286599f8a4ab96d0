/**
 * Check stage, paging: a style's models, fields and query parameters exist and fit (checkPaging),
 * and each list operation's parameters and item model fit the style it pages by (checkListPaging).
 */
import type { NodePath } from "../load/load.ts";
import type { RawField, RawOperation, RawPagination } from "../load/spec-types.ts";
import type { CatalogService } from "../resolve/catalog.ts";
import type { FileContext } from "./meaning.ts";
import { unreachable } from "../exhaustive.ts";
import { responseModelOf } from "./response.ts";

/** The page metadata a style reads (its key and model), or null for a style without one. */
export function pageMetaOf(style: RawPagination): { metaKey?: string; metaModel: string } | null {
  switch (style.style) {
    case undefined:
    case "nextUrl":
    case "cursor":
    case "offset":
      return style;
    case "linkHeader":
      return null;
    default:
      return unreachable(style);
  }
}

/** The query parameters a style names, by their key in the style (page size first). */
export function pagingParameters(style: RawPagination): [key: string, name: string][] {
  const named = (pairs: [string, string | undefined][]) =>
    pairs.filter((p): p is [string, string] => p[1] !== undefined);
  switch (style.style) {
    case undefined:
    case "nextUrl":
      return named([
        ["pageSizeParameter", style.pageSizeParameter],
        ["pageParameter", style.pageParameter],
        ["pageTokenParameter", style.pageTokenParameter],
      ]);
    case "cursor":
      return named([
        ["pageSizeParameter", style.pageSizeParameter],
        ["cursorParameter", style.cursorParameter],
      ]);
    case "linkHeader":
      return named([
        ["pageSizeParameter", style.pageSizeParameter],
        ["pageParameter", style.pageParameter],
      ]);
    case "offset":
      return named([
        ["limitParameter", style.limitParameter],
        ["offsetParameter", style.offsetParameter],
      ]);
    default:
      return unreachable(style);
  }
}

// What each parameter key of a style does, for messages.
const ROLE: Record<string, string> = {
  pageSizeParameter: "page-size parameter",
  limitParameter: "page-size parameter",
  pageParameter: "page parameter",
  pageTokenParameter: "page-token parameter",
  cursorParameter: "cursor parameter",
  offsetParameter: "offset parameter",
};

/** The metadata fields a style reads, by key, with the types each may have (null: any). */
function metaFieldsRead(style: RawPagination): [key: NodePath, name: string, types: string[] | null][] {
  switch (style.style) {
    case undefined:
    case "nextUrl":
      return [
        [["nextUrlField"], style.nextUrlField, null],
        ...Object.entries(style.metaFields ?? {}).map(([role, name]): [NodePath, string, null] => [
          ["metaFields", role],
          name,
          null,
        ]),
      ];
    case "cursor":
      return [
        ...(style.cursorField !== undefined
          ? [[["cursorField"], style.cursorField, ["string", "integer"]] as [NodePath, string, string[]]]
          : []),
        ...(style.hasMoreField !== undefined
          ? [[["hasMoreField"], style.hasMoreField, ["boolean"]] as [NodePath, string, string[]]]
          : []),
      ];
    case "linkHeader":
      return [];
    case "offset":
      return [[["totalField"], style.totalField, ["integer"]]];
    default:
      return unreachable(style);
  }
}

/**
 * Checks a paging style (the service's, or a list operation's own at `at`): its model and the
 * fields it reads exist with fitting types, and its query parameters are distinct.
 */
export function checkPaging(
  style: RawPagination,
  at: NodePath,
  service: CatalogService,
  ctx: FileContext,
): void {
  const { report } = ctx;
  const params = pagingParameters(style);
  params.forEach(([key, name], i) => {
    const earlier = params.slice(0, i).find(([, other]) => other === name);
    if (earlier) report([...at, key], "name-collision", `'${name}' is already the ${ROLE[earlier[0]]}`);
  });
  const meta = pageMetaOf(style);
  if (meta === null) return;
  const model = service.models.get(meta.metaModel);
  if (!model) {
    report([...at, "metaModel"], "unknown-model", `no model named '${meta.metaModel}'`, {
      hint: `defined models: ${ctx.modelNames()}`,
    });
    return;
  }
  for (const [key, name, types] of metaFieldsRead(style)) {
    const field = model.allFields.find((f) => f.name === name);
    if (!field) report([...at, ...key], "unknown-field", `model '${meta.metaModel}' has no field '${name}'`);
    else if (types && !types.includes(field.type ?? ""))
      report(
        [...at, ...key],
        "paging-field-type",
        `field '${name}' of model '${meta.metaModel}' is ${field.type ?? `a ${field.model} model`}; the ${key.join(".")} must be ${types.join(" or ")}`,
      );
  }
}

/**
 * Checks a list operation against the paging style it uses (`where` names it for messages): the
 * page-size parameter is an integer query parameter; a parameter the paging sets (cursor, offset,
 * page) is an optional query parameter, which streams leave out; the last item's cursor field is a
 * string or integer field of the item model.
 */
export function checkListPaging(
  op: RawOperation,
  style: RawPagination,
  own: boolean,
  path: NodePath,
  ctx: FileContext,
): void {
  const where = own ? "its pagination" : "service.pagination";
  const parameters = op.parameters ?? [];
  for (const [key, name] of pagingParameters(style)) {
    const param = parameters.find((p) => p.name === name);
    if (!param) continue;
    const at = [...path, "parameters", parameters.indexOf(param)];
    const sizing = key === "pageSizeParameter" || key === "limitParameter";
    if (sizing && (param.type !== "integer" || param.in !== "query"))
      ctx.report(
        at,
        "page-size-parameter-type",
        `'${name}' sets the page size (${where}.${key}), so it must be an integer query parameter`,
      );
    else if (!sizing && (param.in !== "query" || param.required === true || param.requiredWhen !== undefined))
      ctx.report(
        at,
        "cursor-parameter",
        `'${name}' is set by the paging (${where}.${key}), so it must be an optional query parameter: a stream leaves it out and the next page's URL sets it`,
        { hint: "make it an optional query parameter, or leave it out of the operation's parameters" },
      );
  }
  if (style.style !== "cursor" || style.itemCursorField === undefined) return;
  const itemModel = responseModelOf(op);
  const item = itemModel === undefined ? undefined : ctx.service.models.get(itemModel);
  if (!item) return;
  const field = item.allFields.find((f: RawField) => f.name === style.itemCursorField);
  const at = own ? [...path, "pagination", "itemCursorField"] : [...path, "response"];
  if (!field)
    ctx.report(
      at,
      "unknown-field",
      `the items' model '${itemModel}' has no field '${style.itemCursorField}' (${where}.itemCursorField)`,
    );
  else if (field.type !== "string" && field.type !== "integer")
    ctx.report(
      at,
      "paging-field-type",
      `field '${field.name}' of model '${itemModel}' is ${field.type ?? `a ${field.model} model`}; ${where}.itemCursorField must be string or integer`,
    );
}
