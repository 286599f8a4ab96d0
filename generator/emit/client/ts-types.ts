/** TypeScript type text for spec values: enums as literal unions, formats and nullability. */
import type { IrField, IrParameter } from "../../ir/types.ts";
import { literal } from "../ts/escape.ts";

/** An object type that tolerates any fields: what unknown shapes decode to. */
export const OPEN_OBJECT = "{ readonly [key: string]: unknown }";

/** The type of a parameter's value as a caller passes it. */
export function paramValueType(p: IrParameter): string {
  if (p.constraints.enum) return p.constraints.enum.map(literal).join(" | ");
  switch (p.type) {
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "string-map":
      return "Readonly<Record<string, string>>";
    default:
      return "string";
  }
}

/** The type of a decoded model field, given the type name of its nested object (if any). */
export function fieldValueType(f: IrField, nestedTypeName: string | null): string {
  let base: string;
  if (f.constraints.enum) base = f.constraints.enum.map(literal).join(" | ");
  else if (f.type === "string") base = f.constraints.format === "date-time" ? "Date" : "string";
  else if (f.type === "integer" || f.type === "number") base = "number";
  else if (f.type === "boolean") base = "boolean";
  else if (f.type === "string-map") base = "Readonly<Record<string, string>>";
  else if (f.type === "object") base = nestedTypeName ?? OPEN_OBJECT;
  else return "unknown";
  return isExact(f) ? base : `${base} | null`;
}

/** A field the API always sends and never nulls: typed without null. */
export function isExact(f: IrField): boolean {
  return f.required && !f.nullable;
}
