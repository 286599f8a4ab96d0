/** TypeScript type text for IR types: one exhaustive switch over the kinds, for models and parameters alike. */
import type { TsField, TsRequestBody, TsType } from "./model.ts";
import { unreachable } from "../../ir/walk.ts";
import { variantMemberName } from "./names.ts";
import type { Uses } from "./builder.ts";
import { literal } from "./escape.ts";

/** An object type that tolerates any fields: what unknown shapes decode to. */
export const OPEN_OBJECT = "{ readonly [key: string]: unknown }";

/** The type of a value as the client holds it: dates as `Date`, objects by their declared names. */
export function typeText(type: TsType, uses: Uses): string {
  switch (type.kind) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "enum":
      // An open enum (a response's) admits values the API adds later: `string & {}` keeps them
      // typed while editors still offer the known literals (a bare `| string` would swallow them).
      return [...type.values.map(literal), ...(type.open ? ["(string & {})"] : [])].join(" | ");
    case "date-time":
      return "Date";
    case "array": {
      const item = typeText(type.items, uses);
      // A union or intersection of items goes in `ReadonlyArray<…>`, never in `readonly (…)[]`: a too
      // long union inside the parentheses is laid out one way by prettier and another by oxfmt (the
      // format stage's formatter); as a type argument, both lay it out alike.
      const compound = /[|&\s]/.test(item) && !item.startsWith("{") && !item.startsWith("Readonly<");
      return compound ? `ReadonlyArray<${item}>` : `readonly ${item}[]`;
    }
    case "object":
      return uses.use(type.typeName);
    case "map":
      return `Readonly<Record<string, ${typeText(type.values, uses)}>>`;
    case "json":
      return "unknown";
    case "variants":
      return [...type.cases.map((c) => uses.use(c.typeName)), OPEN_OBJECT].join(" | ");
    case "union":
      return uses.use(type.typeName);
    case "ref":
      return uses.use(type.model);
    case "binary":
      return "Blob | Uint8Array";
    default:
      return unreachable(type);
  }
}

/** The types a binary request body may be: fetch sends each as it is (a stream where the runtime can). */
export const BINARY_BODY_TYPE = "Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>";

/** The type of a whole request body's argument: its JSON type, a string, or bytes. */
export function requestBodyType(b: TsRequestBody, uses: Uses): string {
  return b.kind === "json" ? typeText(b.type, uses) : b.kind === "text" ? "string" : BINARY_BODY_TYPE;
}

/** A field the API always sends and never nulls: typed without null. */
export function isExact(f: TsField): boolean {
  return f.required && !f.nullable;
}

/** The type of a decoded model field. */
export function fieldType(f: TsField, uses: Uses): string {
  const base = typeText(f.type, uses);
  if (isExact(f) || f.type.kind === "json") return base;
  return `${base} | null`;
}

/** The member type names of a model split on `selector` values. */
export function memberNames(model: string, values: readonly string[]): string[] {
  return values.map((value) => variantMemberName(model, value));
}
