/** Validators emitter, values: the straight-line checks of one value of any type kind, recursively. */
import type { IrStringType, StringFormat } from "../../ir/types.ts";
import type { TsType, TsUnionType } from "../ts/model.ts";
import { branchLabel } from "../ts/unions.ts";
import { takesBranch } from "./request-unions.ts";
import { unreachable } from "../../ir/walk.ts";
import { objectCheckName } from "../ts/names.ts";
import type { Uses } from "../ts/builder.ts";
import { literal } from "../ts/escape.ts";
import { formatText, lengthText, rangeText } from "../ts/describe.ts";

const FORMAT_CHECKS: Record<StringFormat, string> = {
  base32: "isBase32",
  base64: "isBase64",
  "spki-base64": "isSpkiBase64",
  "ec-p256-spki": "isEcP256Spki",
  uri: "isUri",
  e164: "isE164",
  "date-time": "isDateTime",
};

/** What value checks need: the names used, and module constants for patterns. */
export interface CheckContext {
  readonly uses: Uses;
  /** The name of a module constant holding `new RegExp(pattern, "u")`. */
  readonly patternConst: (owner: string, pattern: string) => string;
}

/**
 * Where a value is, for issues: `path` is the body of a template literal (`fields[${i0}]`), safe
 * because property names are identifiers; `wire` is a JavaScript expression of the wire name.
 */
export interface Place {
  readonly path: string;
  readonly wire: string;
}

/** `"config.codeLength"`, or a template literal when the path has a dynamic part. */
export function pathCode(path: string): string {
  return path.includes("${") ? `\`${path}\`` : literal(path);
}

/** Statements that push an issue for every rule value `v` (a local, not undefined) breaks. */
export function valueChecks(type: TsType, v: string, at: Place, ctx: CheckContext, depth = 0): string[] {
  const push = (code: string, message: string) =>
    `issues.push(${ctx.uses.use("issue")}(${pathCode(at.path)}, ${at.wire}, ${literal(code)}, ${message}));`;
  switch (type.kind) {
    case "string": {
      const checks = stringChecks(type, v, at, ctx);
      const typeCheck = `if (typeof ${v} !== "string") ${push("type", literal("must be a string"))}`;
      return checks.length ? [typeCheck, "else {", ...checks, "}"] : [typeCheck];
    }
    case "enum":
      return [
        `if (typeof ${v} !== "string") ${push("type", literal("must be a string"))}`,
        `else if (${type.values.map((x) => `${v} !== ${literal(x)}`).join(" && ")}) ${push("enum", literal(`must be one of: ${type.values.join(", ")}`))}`,
      ];
    case "integer":
    case "number": {
      // `a || !b`, never `!(… && …)`: a too long `if (!(…))` is laid out one way by prettier and
      // another by oxfmt (the format stage's formatter).
      const notNumber = `typeof ${v} !== "number" || !Number.${type.kind === "integer" ? "isInteger" : "isFinite"}(${v})`;
      const bounds = [
        type.minimum !== null ? `${v} < ${type.minimum}` : null,
        type.maximum !== null ? `${v} > ${type.maximum}` : null,
      ].filter(Boolean);
      const lines = [
        `if (${notNumber}) ${push(type.kind === "integer" ? "integer" : "type", literal(`must be ${type.kind === "integer" ? "an integer" : "a number"}`))}`,
      ];
      if (bounds.length)
        lines.push(
          `else if (${bounds.join(" || ")}) ${push("range", `${literal(`must be ${rangeText(type)}, got `)} + ${v}`)}`,
        );
      return lines;
    }
    case "boolean":
      return [`if (typeof ${v} !== "boolean") ${push("type", literal("must be a boolean"))}`];
    case "date-time":
      return [
        `if (!(${v} instanceof Date) || Number.isNaN(${v}.getTime())) ${push("type", literal("must be a valid Date"))}`,
      ];
    case "array": {
      const i = `i${depth}`;
      const item = `item${depth}`;
      const lines = [`if (!Array.isArray(${v})) ${push("type", literal("must be an array"))}`, "else {"];
      const bounds = [
        type.minItems !== null ? `${v}.length < ${type.minItems}` : null,
        type.maxItems !== null ? `${v}.length > ${type.maxItems}` : null,
      ].filter(Boolean);
      const limit = lengthText({ minLength: type.minItems, maxLength: type.maxItems }, "items");
      if (bounds.length)
        lines.push(
          `if (${bounds.join(" || ")}) ${push("items", `${literal(`must hold ${limit}, got `)} + ${v}.length`)}`,
        );
      lines.push(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`, `const ${item}: unknown = ${v}[${i}];`);
      lines.push(
        ...valueChecks(type.items, item, { path: `${at.path}[\${${i}}]`, wire: at.wire }, ctx, depth + 1),
        "}",
        "}",
      );
      return lines;
    }
    case "map": {
      if (
        type.values.kind === "string" &&
        type.values.format === null &&
        type.values.pattern === null &&
        type.values.minLength === null &&
        type.values.maxLength === null &&
        type.minLength === null
      ) {
        return [
          `${ctx.uses.use("checkStringMap")}(${v}, ${pathCode(at.path)}, ${at.wire}, ${type.maxLength ?? "null"}, issues);`,
        ];
      }
      const key = `key${depth}`;
      const entry = `entry${depth}`;
      const lines = [
        `if (!${ctx.uses.use("isRecord")}(${v})) ${push("type", literal("must be an object"))}`,
        "else {",
        `for (const ${key} in ${v}) {`,
        `const ${entry} = ${v}[${key}];`,
      ];
      lines.push(
        ...valueChecks(type.values, entry, { path: `${at.path}.\${${key}}`, wire: at.wire }, ctx, depth + 1),
        "}",
      );
      if (type.minLength !== null || type.maxLength !== null)
        lines.push(
          `${ctx.uses.use("checkJsonLength")}(JSON.stringify(${v}), ${pathCode(at.path)}, ${at.wire}, ${type.minLength}, ${type.maxLength}, issues);`,
        );
      lines.push("}");
      return lines;
    }
    case "json":
      return [
        `${ctx.uses.use("checkJson")}(${v}, ${pathCode(at.path)}, ${at.wire}, ${type.minLength}, ${type.maxLength}, issues);`,
      ];
    case "object":
      return [
        `${ctx.uses.use(objectCheckName(type.typeName))}(${v}, ${pathCode(at.path)}, ${at.wire}, issues);`,
      ];
    case "binary":
      return [
        `if (!${ctx.uses.use("isBinary")}(${v})) ${push("type", literal("must be a Blob, a File or a Uint8Array"))}`,
      ];
    case "union":
      return unionChecks(type, v, at, ctx, depth, push);
    case "ref":
    case "variants":
      throw new Error(`a parameter of kind ${type.kind} passed the check stage`);
    default:
      return unreachable(type);
  }
}

/**
 * Checks of a request union's value: the rules of the branch it takes (`takesBranch`), or one issue
 * naming the branches when it takes none.
 */
function unionChecks(
  type: TsUnionType,
  v: string,
  at: Place,
  ctx: CheckContext,
  depth: number,
  push: (code: string, message: string) => string,
): string[] {
  const lines = type.branches.flatMap((b, i) => [
    `${i === 0 ? "" : "else "}if (${takesBranch(type, i, v, ctx.uses)}) {`,
    ...valueChecks(b.type, v, at, ctx, depth + 1),
    "}",
  ]);
  const message =
    type.discriminatorTsName !== null
      ? `must have ${type.discriminatorTsName} one of: ${type.branches.flatMap((b) => b.values).join(", ")}`
      : `fits none of ${type.typeName}'s branches (tried ${type.branches.map((b) => branchLabel(b.type)).join(", ")})`;
  lines.push(`else ${push(type.discriminatorTsName !== null ? "discriminator" : "union", literal(message))}`);
  return lines;
}

/** Checks of a string value: length in code points, pattern and format. */
export function stringChecks(c: IrStringType, v: string, at: Place, ctx: CheckContext): string[] {
  const push = (code: string, message: string) =>
    `issues.push(${ctx.uses.use("issue")}(${pathCode(at.path)}, ${at.wire}, ${literal(code)}, ${message}));`;
  // A lone surrogate cannot be encoded: fetch would send U+FFFD instead of what the caller gave.
  const lines: string[] = [
    `if (!${ctx.uses.use("isWellFormed")}(${v})) ${push("format", literal("must not contain a lone surrogate"))}`,
  ];
  if (c.minLength !== null || c.maxLength !== null) {
    const charLength = ctx.uses.use("charLength");
    const n = `${v}Length`;
    const bounds = [
      c.minLength !== null ? `${n} < ${c.minLength}` : null,
      c.maxLength !== null ? `${n} > ${c.maxLength}` : null,
    ].filter(Boolean);
    const check = `if (${bounds.join(" || ")}) ${push("length", `${literal(`must be ${lengthText(c)!.replace(/ characters$/, "")} characters long, got `)} + ${n}`)}`;
    // Code points never outnumber UTF-16 units: within the maximum in units needs no counting.
    if (c.minLength === null)
      lines.push(`if (${v}.length > ${c.maxLength}) {`, `const ${n} = ${charLength}(${v});`, check, "}");
    else lines.push(`const ${n} = ${charLength}(${v});`, check);
  }
  if (c.pattern)
    lines.push(
      `if (!${ctx.patternConst(at.path.replace(/\$\{[^}]*\}/g, ""), c.pattern)}.test(${v})) ${push("pattern", literal(`must match ${c.pattern}`))}`,
    );
  if (c.format)
    lines.push(
      `if (!${ctx.uses.use(FORMAT_CHECKS[c.format])}(${v})) ${push("format", literal(`must be ${formatText(c.format)}`))}`,
    );
  return lines;
}
