/** Paging helpers over the IR, for the targets: what every style has, asked without a switch of their own. */
import type { IrPaging } from "./types.ts";
import { unreachable } from "../exhaustive.ts";

/** The page metadata a style decodes (its key and model), or null for a style without one. */
export function pageMeta(paging: IrPaging | null): { metaKey: string | null; metaModel: string } | null {
  if (paging === null) return null;
  switch (paging.style) {
    case "nextUrl":
    case "cursor":
    case "offset":
      return paging;
    case "linkHeader":
      return null;
    default:
      return unreachable(paging);
  }
}
