/** Walks the interfaces a TypeScript type declares, depth first: object types and variant shapes. */
import { unreachable } from "../../ir/walk.ts";
import type { IrEncoding } from "../../ir/types.ts";
import type { TsField, TsType } from "./model.ts";

/** A declared shape: an object type or one case of a variants type, with its fields. */
export interface NamedShape {
  readonly typeName: string;
  readonly fields: readonly TsField[];
  /** The IR node that declares it (origins are keyed by it). */
  readonly node: object;
}

/** Every named shape `type` declares, itself first, then those inside its fields. */
export function namedShapes(type: TsType): NamedShape[] {
  const out: NamedShape[] = [];
  const visit = (t: TsType): void => {
    switch (t.kind) {
      case "string":
      case "integer":
      case "number":
      case "boolean":
      case "enum":
      case "date-time":
      case "json":
      case "ref":
        return;
      case "array":
        return visit(t.items);
      case "map":
        return visit(t.values);
      case "object":
        out.push({ typeName: t.typeName, fields: t.fields, node: t });
        for (const f of t.fields) visit(f.type);
        return;
      case "variants":
        for (const c of t.cases) {
          out.push({ typeName: c.typeName, fields: c.fields, node: c });
          for (const f of c.fields) visit(f.type);
        }
        return;
      default:
        return unreachable(t);
    }
  };
  visit(type);
  return out;
}

/** Every named shape declared by a list of fields. */
export function shapesOfFields(fields: readonly TsField[]): NamedShape[] {
  return fields.flatMap((f) => namedShapes(f.type));
}

/**
 * Whether a parameter sent this way goes through its object types' wire encoders (which put fields
 * under their wire names): JSON values, repeated items, deepObject and unexploded form objects do.
 */
export function usesWireEncoder(encoding: IrEncoding): boolean {
  switch (encoding.kind) {
    case "json":
    case "json-body":
    case "repeat":
    case "deep-object":
      return true;
    case "form-object":
      return !encoding.explode;
    case "text":
    case "delimited":
    case "dotted":
      return false;
    default:
      return unreachable(encoding);
  }
}
