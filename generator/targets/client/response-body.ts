/**
 * Response bodies that are not one model (an array, a scalar, a map): the straight-line expression
 * decoding one, each part checked for its JSON shape (`shaped`) so a body of the wrong shape is a
 * ResponseError, and each model inside decoded by its model's decoder.
 */
import type { TsType } from "../ts/model.ts";
import { unreachable } from "../../ir/walk.ts";
import { decoderName } from "../ts/names.ts";
import type { Uses } from "../ts/builder.ts";
import { literal } from "../ts/escape.ts";

/**
 * The expression decoding `value` (a parsed JSON value) as `type`; `at` is the expression of its
 * place in the body for messages (`"body"`), and `depth` numbers the callbacks' parameters.
 */
export function bodyDecodeExpression(type: TsType, value: string, at: string, uses: Uses, depth = 0): string {
  const shaped = (shape: string) => `${uses.use("shaped")}(${value}, ${literal(shape)}, ${at})`;
  switch (type.kind) {
    case "string":
    case "enum":
      return shaped("string");
    case "integer":
    case "number":
    case "boolean":
      return shaped(type.kind);
    case "date-time":
      return `${uses.use("parseDate")}(${shaped("string")})`;
    case "json":
      return value;
    case "ref":
      return `${uses.use(decoderName(type.model))}(${shaped("object")} as ${uses.use("Wire")}[${literal(type.model)}])`;
    case "array": {
      const [item, index] = [`item${depth}`, `i${depth}`];
      const inner = bodyDecodeExpression(
        type.items,
        item,
        `${uses.use("inside")}(${at}, ${index})`,
        uses,
        depth + 1,
      );
      return `${shaped("array")}.map((${item}, ${index}) => ${inner})`;
    }
    case "map": {
      const [entry, key] = [`entry${depth}`, `key${depth}`];
      const inner = bodyDecodeExpression(
        type.values,
        entry,
        `${uses.use("inside")}(${at}, ${key})`,
        uses,
        depth + 1,
      );
      return `Object.fromEntries(Object.entries(${shaped("object")}).map(([${key}, ${entry}]) => [${key}, ${inner}]))`;
    }
    case "object":
      // An object shape: a branch of a union inside a model (a response's own objects are models).
      return `${uses.use(decoderName(type.typeName))}(${shaped("object")} as ${uses.use("Wire")}[${literal(type.typeName)}])`;
    case "union":
      return `${uses.use(decoderName(type.typeName))}(${value}, ${at})`;
    case "variants":
      throw new Error("variants are decoded by their model's decoder");
    case "binary":
      throw new Error("a file is sent, never decoded");
    default:
      return unreachable(type);
  }
}
