/** Whether a request value needs encoding into its wire JSON (the serializers and the symbol table agree on it). */
import type { TsType } from "./model.ts";
import { unreachable } from "../../ir/walk.ts";

/** Whether a value's wire JSON differs from the value: it holds a date, an object or a union. */
export function needsWireEncoding(type: TsType): boolean {
  switch (type.kind) {
    case "date-time":
    case "object":
      return true;
    case "union":
      return type.branches.some((b) => needsWireEncoding(b.type));
    case "array":
      return needsWireEncoding(type.items);
    case "map":
      return needsWireEncoding(type.values);
    case "string":
    case "enum":
    case "integer":
    case "number":
    case "boolean":
    case "json":
    case "binary":
    case "variants":
    case "ref":
      return false;
    default:
      return unreachable(type);
  }
}
