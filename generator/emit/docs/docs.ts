/** Docs emitter: README and per-resource reference from handlebars templates. */
import type { Ir } from "../../ir/types.ts";
import type { VirtualFile } from "../virtual-file.ts";

/** Markdown docs of the package. */
export function emitDocs(ir: Ir): VirtualFile[] {
  void ir;
  return [];
}
