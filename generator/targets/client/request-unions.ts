/**
 * Request unions, shared by the validators and the serializers: which branch a caller's value
 * takes. With a discriminator, the branch its field's value names; else the first branch, in the
 * spec's order, whose shape the value fits (its kind; an object's keys all the branch's fields, its
 * required ones given). Both emitters test the same expressions, so the value the validator checked
 * is the value the serializer encodes.
 */
import type { TsType, TsUnionType } from "../ts/model.ts";
import { unreachable } from "../../ir/walk.ts";
import type { Uses } from "../ts/builder.ts";
import { literal, member } from "../ts/escape.ts";

/** A straight-line test of whether `v` (of type unknown) takes branch `i` of `union`. */
export function takesBranch(union: TsUnionType, i: number, v: string, uses: Uses): string {
  const branch = union.branches[i]!;
  if (union.discriminatorTsName !== null)
    return `${uses.use("isRecord")}(${v}) && (${branch.values.map((x) => `${member(v, union.discriminatorTsName!)} === ${literal(x)}`).join(" || ")})`;
  return fitsShape(branch.type, v, uses);
}

/** Whether `v` has the shape of a value of `type` (its rules aside). */
function fitsShape(type: TsType, v: string, uses: Uses): string {
  switch (type.kind) {
    case "string":
      return `typeof ${v} === "string"`;
    case "enum":
      return `(${type.values.map((x) => `${v} === ${literal(x)}`).join(" || ")})`;
    case "integer":
      return `Number.isInteger(${v})`;
    case "number":
      return `typeof ${v} === "number"`;
    case "boolean":
      return `typeof ${v} === "boolean"`;
    case "date-time":
      return `${v} instanceof Date`;
    case "array":
      return `Array.isArray(${v})`;
    case "map":
      return `${uses.use("isRecord")}(${v})`;
    case "json":
      return "true";
    case "binary":
      return `${uses.use("isBinary")}(${v})`;
    case "object": {
      const keys = `${uses.use("keysWithin")}(${v}, [${type.fields.map((f) => literal(f.tsName)).join(", ")}])`;
      const required = type.fields
        .filter((f) => f.required)
        .map((f) => `${member(v, f.tsName)} !== undefined`);
      return [`${uses.use("isRecord")}(${v})`, keys, ...required].join(" && ");
    }
    case "union":
    case "ref":
    case "variants":
      throw new Error(`a request union's branch of kind ${type.kind} passed the check stage`);
    default:
      return unreachable(type);
  }
}
