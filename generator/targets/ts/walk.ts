/** Walks the interfaces a TypeScript type declares, depth first: object types and variant shapes. */
import { unreachable } from "../../ir/walk.ts";
import type { IrEncoding } from "../../ir/types.ts";
import type { TsField, TsType, TsUnionType } from "./model.ts";

/** A declared shape: an object type or one case of a variants type, with its fields. */
export interface NamedShape {
  readonly typeName: string;
  readonly fields: readonly TsField[];
  /** The IR node that declares it (origins are keyed by it). */
  readonly node: object;
}

/** What a type declares: its named shapes and its unions, each in depth-first order. */
interface Declarations {
  readonly shapes: NamedShape[];
  readonly unions: TsUnionType[];
}

/** Every shape and union `type` declares, each before those inside it (one walk for both). */
function declarations(type: TsType): Declarations {
  const out: Declarations = { shapes: [], unions: [] };
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
      case "binary":
        return;
      case "array":
        return visit(t.items);
      case "map":
        return visit(t.values);
      case "object":
        out.shapes.push({ typeName: t.typeName, fields: t.fields, node: t });
        for (const f of t.fields) visit(f.type);
        return;
      case "variants":
        for (const c of t.cases) {
          out.shapes.push({ typeName: c.typeName, fields: c.fields, node: c });
          for (const f of c.fields) visit(f.type);
        }
        return;
      case "union":
        out.unions.push(t);
        for (const b of t.branches) visit(b.type);
        return;
      default:
        return unreachable(t);
    }
  };
  visit(type);
  return out;
}

/** Every named shape `type` declares, itself first, then those inside its fields. */
export function namedShapes(type: TsType): NamedShape[] {
  return declarations(type).shapes;
}

/** Every named shape declared by a list of fields. */
export function shapesOfFields(fields: readonly TsField[]): NamedShape[] {
  return fields.flatMap((f) => namedShapes(f.type));
}

/** Every union `type` holds, itself first, then those inside it (its branches, items, fields), depth first. */
export function namedUnions(type: TsType): TsUnionType[] {
  return declarations(type).unions;
}

/** Every union the operations' response bodies hold (those not inside a model), in operation order. */
export function responseUnions(ops: readonly { readonly responseType: TsType | null }[]): TsUnionType[] {
  return ops.flatMap((op) => (op.responseType ? namedUnions(op.responseType) : []));
}

/** Every union held by a list of fields (and the shapes inside them). */
export function unionsOfFields(fields: readonly TsField[]): TsUnionType[] {
  return fields.flatMap((f) => namedUnions(f.type));
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
    case "part":
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
