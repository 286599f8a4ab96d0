/** Walks the shapes an IR type declares, depth first: object types and variant cases, by their names. */
import { unreachable } from "../exhaustive.ts";
import type { IrField, IrType } from "./types.ts";

/** A declared shape: an object type or one case of a variants type, with its fields. */
export interface NamedShape {
  readonly name: string;
  readonly fields: readonly IrField[];
  /** The IR node that declares it (origins are keyed by it). */
  readonly node: object;
}

/** Every named shape `type` declares, itself first, then those inside its fields. */
export function namedShapes(type: IrType): NamedShape[] {
  const out: NamedShape[] = [];
  const visit = (t: IrType): void => {
    switch (t.kind) {
      case "string":
      case "integer":
      case "number":
      case "boolean":
      case "enum":
      case "date-time":
      case "json":
      case "ref":
      case "binary":
        return;
      case "array":
        return visit(t.items);
      case "map":
        return visit(t.values);
      case "object":
        out.push({ name: t.name, fields: t.fields, node: t });
        for (const f of t.fields) visit(f.type);
        return;
      case "variants":
        for (const c of t.cases) {
          out.push({ name: c.name, fields: c.fields, node: c });
          for (const f of c.fields) visit(f.type);
        }
        return;
      case "union":
        for (const b of t.branches) visit(b.type);
        return;
      default:
        return unreachable(t);
    }
  };
  visit(type);
  return out;
}

/** Every named shape declared by a list of fields. */
export function shapesOfFields(fields: readonly IrField[]): NamedShape[] {
  return fields.flatMap((f) => namedShapes(f.type));
}

export { unreachable };
