/**
 * Unions emitter: each union (`type: union`) as a type alias of its branches, and its decoder, a
 * straight-line choice of the branch: by the discriminator field's value (a `switch`), or by shape,
 * trying the branches in `unionOrder` and taking the first the value fits.
 */
import type { TsField, TsType, TsUnionBranch, TsUnionType } from "../ts/model.ts";
import { branchLabel, BY_SHAPE_RULE, fieldsOf, unionOrder, type ModelLookup } from "../ts/unions.ts";
import { unreachable } from "../../ir/walk.ts";
import { decoderName } from "../ts/names.ts";
import { StructureKind, tsdoc, type StatementStructures, type Uses } from "../ts/builder.ts";
import { docCode, literal, member } from "../ts/escape.ts";
import { isInherited } from "../ts/naming.ts";
import { isExact, typeText } from "../ts/ts-types.ts";
import { bodyDecodeExpression } from "./response-body.ts";

/** The type alias declaring `union`: its branches, each narrowed to its discriminator values. */
export function unionTypeStatement(
  union: TsUnionType,
  uses: Uses,
  side: "request" | "response" = "response",
): StatementStructures {
  const member = (b: TsUnionBranch) => {
    const text = typeText(b.type, uses);
    if (union.discriminatorTsName === null) return text;
    return `(${text} & { readonly ${union.discriminatorTsName}: ${b.values.map(literal).join(" | ")} })`;
  };
  return {
    kind: StructureKind.TypeAlias,
    name: union.typeName,
    isExported: true,
    type: union.branches.map(member).join(" | "),
    docs: tsdoc([
      `One of ${union.branches.length} types: ${union.branches.map((b) => docCode(branchLabel(b.type))).join(", ")}.`,
      side === "request"
        ? union.discriminatorTsName === null
          ? "The value takes the first branch, in this order, whose shape it fits; its rules are then checked."
          : `The value of ${docCode(union.discriminatorTsName)} selects the branch whose rules are checked.`
        : union.discriminatorTsName === null
          ? "The decoder takes the first branch the value fits (see its TSDoc for the order)."
          : `Narrow on ${docCode(union.discriminatorTsName)} to get the branch.`,
    ]),
  };
}

/** The decoder of `union`: `decodeX(wire, at)`, where `at` names the value's place for errors. */
export function unionDecoderStatement(
  union: TsUnionType,
  models: ModelLookup,
  uses: Uses,
): StatementStructures {
  uses.use(union.typeName);
  const order = union.discriminator === null ? unionOrder(union.branches, models) : union.branches;
  const tried = `[${order.map((b) => literal(branchLabel(b.type))).join(", ")}]`;
  const statements =
    union.discriminator === null
      ? [
          ...shapeChoice(order, models, uses),
          `throw new ${uses.use("NoBranchError")}(wire, ${literal(union.typeName)}, ${tried}, at);`,
        ]
      : [
          `const value = ${uses.use("shaped")}(wire, "object", at);`,
          `switch (${member("value", union.discriminator)}) {`,
          ...order.map(
            (b) =>
              `${b.values.map((v) => `case ${literal(v)}:`).join(" ")} return ${branchDecode(b.type, "value", uses)} as ${union.typeName};`,
          ),
          `default: throw ${uses.use("unknownBranch")}(value, ${literal(union.discriminator)}, ${literal(union.typeName)}, ${tried}, at);`,
          "}",
        ];
  return {
    kind: StructureKind.Function,
    name: decoderName(union.typeName),
    isExported: true,
    parameters: [
      { name: "wire", type: "unknown" },
      { name: "at", type: "string" },
    ],
    returnType: union.typeName,
    docs: tsdoc([
      `Decodes ${docCode(union.typeName)} from its wire JSON; \`at\` names its place in the body for errors.`,
      union.discriminator === null
        ? `Takes the first branch the value fits, in this order: ${order.map((b) => docCode(branchLabel(b.type))).join(", ")}. ${BY_SHAPE_RULE}`
        : `The field ${docCode(union.discriminator)} selects the branch; a value it does not list is a ResponseError naming the branches.`,
    ]),
    statements,
  };
}

/**
 * The `if` statements choosing a branch by shape, in `order`: the object branches (first in the
 * order) under one test that the value is an object, each returning the branch's decoded value.
 */
function shapeChoice(order: readonly TsUnionBranch[], models: ModelLookup, uses: Uses): string[] {
  const objects = order.filter((b) => fieldsOf(b.type, models) !== null);
  const others = order.filter((b) => fieldsOf(b.type, models) === null);
  const choose = (b: TsUnionBranch, exact: boolean) => {
    const fields = fieldsOf(b.type, models);
    const fits = fitsExpression(b.type, "wire", models, uses);
    const keys = () =>
      `${uses.use("keysWithin")}(wire, [${(fields ?? []).map((f) => literal(f.wireName)).join(", ")}])`;
    const test = exact ? (fits === "true" ? keys() : `${keys()} && ${fits}`) : fits;
    const value = branchDecode(b.type, "wire", uses);
    return test === "true" ? `return ${value};` : `if (${test}) return ${value};`;
  };
  // With several object branches, the one with the fewest fields that hold every key of the object
  // is taken first (the tightest fit: a body of a model's fields is not taken by a larger model).
  const size = (b: TsUnionBranch) => fieldsOf(b.type, models)!.length;
  const tightest = objects.map((b, i) => ({ b, i })).sort((x, y) => size(x.b) - size(y.b) || x.i - y.i);
  const exact = objects.length > 1 ? tightest.map(({ b }) => choose(b, true)) : [];
  return [
    ...(objects.length
      ? [`if (${uses.use("isJsonObject")}(wire)) {`, ...exact, ...objects.map((b) => choose(b, false)), "}"]
      : []),
    ...others.map((b) => choose(b, false)),
  ];
}

/** The branch's value decoded from `value`, which fits it (its JSON type was tested). */
function branchDecode(type: TsType, value: string, uses: Uses): string {
  switch (type.kind) {
    case "ref":
      return `${uses.use(decoderName(type.model))}(${value} as ${uses.use("Wire")}[${literal(type.model)}])`;
    case "object":
      return `${uses.use(decoderName(type.typeName))}(${value} as ${uses.use("Wire")}[${literal(type.typeName)}])`;
    case "string":
    case "enum":
      return `${value} as string`;
    case "integer":
    case "number":
      return `${value} as number`;
    case "boolean":
      return `${value} as boolean`;
    case "date-time":
      return `${uses.use("parseDate")}(${value} as string)`;
    case "array":
    case "map":
    case "json":
    case "union":
    case "variants":
    case "binary":
      return bodyDecodeExpression(type, value, "at", uses);
    default:
      return unreachable(type);
  }
}

/**
 * A straight-line test of whether `value` fits a branch of type `type` (for an object branch, given
 * that `value` is an object), or `true` where any value does.
 */
function fitsExpression(type: TsType, value: string, models: ModelLookup, uses: Uses): string {
  const fields = fieldsOf(type, models);
  if (fields === null) return kindTest(type, value, uses);
  const read = (f: TsField) =>
    isInherited(f.wireName)
      ? `(Object.hasOwn(${value}, ${literal(f.wireName)}) ? ${member(value, f.wireName)} : undefined)`
      : member(value, f.wireName);
  const tests = fields.flatMap((f) => {
    const test = kindTest(f.type, read(f), uses);
    if (test === "true") return isExact(f) ? [`${read(f)} != null`] : [];
    return [isExact(f) ? test : `(${read(f)} == null || ${test})`];
  });
  // A shape with no always-sent field fits only an object that has one of its fields, or none at all.
  if (!fields.some(isExact) && fields.length)
    tests.push(
      `(${fields.map((f) => `${read(f)} !== undefined`).join(" || ")} || Object.keys(${value}).length === 0)`,
    );
  return tests.length ? tests.join(" && ") : "true";
}

/** A test of a value's JSON type for `type`, or `true` where any value does. */
function kindTest(type: TsType, value: string, uses: Uses): string {
  switch (type.kind) {
    case "string":
    case "enum":
    case "date-time":
      return `typeof ${value} === "string"`;
    case "integer":
      return `Number.isInteger(${value})`;
    case "number":
      return `typeof ${value} === "number"`;
    case "boolean":
      return `typeof ${value} === "boolean"`;
    case "array":
      return `Array.isArray(${value})`;
    case "object":
    case "map":
    case "ref":
    case "variants":
      return `${uses.use("isJsonObject")}(${value})`;
    case "json":
      return "true";
    case "union":
      return `${value} !== undefined`;
    case "binary":
      throw new Error("a file is sent, never decoded");
    default:
      return unreachable(type);
  }
}
