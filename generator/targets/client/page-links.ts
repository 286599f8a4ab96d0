/** Page links emitter: how a list's page function computes the next page's URL, per paging style. */
import type { IrPaging } from "../../ir/types.ts";
import { unreachable } from "../../exhaustive.ts";
import { propertyName } from "../ts/naming.ts";
import { literal } from "../ts/escape.ts";

/**
 * The statements a page function runs before `createPage`, and the expression of the next page's
 * URL (null on the last page): the metadata's link as the API gives it, or the current request's
 * URL (`url` and `query`, below `baseUrl`) with the cursor or offset set, or the `Link` header's
 * next target. `use` imports a runtime helper; `meta`, `items` and `response` are in scope.
 */
export function nextPageLink(
  paging: IrPaging | null,
  use: (name: string) => string,
  baseUrl: string,
): { statements: string[]; link: string } {
  if (paging === null) return { statements: [], link: "null" };
  // Imported only by the styles that read it.
  const current = () => [`const current = ${use("pageRequestUrl")}(url, query, ${baseUrl});`];
  switch (paging.style) {
    case "nextUrl":
      return { statements: [], link: `meta.${propertyName(paging.nextUrlField)}` };
    case "cursor": {
      const c = paging.cursor;
      const cursor =
        c.from === "meta"
          ? `meta.${propertyName(c.field)}`
          : `meta.${propertyName(c.hasMoreField)} ? items[items.length - 1]?.${propertyName(c.field)} : null`;
      return {
        statements: current(),
        link: `${use("cursorPageUrl")}(current, ${literal(paging.cursorParameter)}, ${cursor})`,
      };
    }
    case "linkHeader":
      return {
        statements: current(),
        link: `${use("linkHeaderPageUrl")}(response.headers.get("link"), current)`,
      };
    case "offset":
      return {
        statements: current(),
        link: `${use("offsetPageUrl")}(current, ${literal(paging.offsetParameter)}, items.length, meta.${propertyName(paging.totalField)})`,
      };
    default:
      return unreachable(paging);
  }
}
