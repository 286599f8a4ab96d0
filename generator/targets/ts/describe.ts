/** Plain-language statements of a value's rules, shared by TSDoc, the Markdown reference and the docs tables. */
import type { StringFormat } from "../../ir/types.ts";
import type { TsCondition, TsParameter, TsType } from "./model.ts";
import { unreachable } from "../../ir/walk.ts";

const FORMATS: Record<StringFormat, string> = {
  base32: "Base32 (RFC 4648)",
  base64: "Base64",
  "spki-base64": "Base64 of a DER-encoded public key (PKIX SubjectPublicKeyInfo)",
  "ec-p256-spki": "Base64 of a DER-encoded ECDSA P-256 public key (PKIX SubjectPublicKeyInfo)",
  uri: "absolute URI",
  e164: "E.164 phone number",
  "date-time": "ISO 8601 date-time",
};

/** The rules of one type, flattened for describing (null where the type sets none). */
export interface Rules {
  readonly values: readonly string[] | null;
  /** The values are the known ones only: the API may send others (a response's enum). */
  readonly openValues: boolean;
  readonly format: StringFormat | null;
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly minLength: number | null;
  readonly maxLength: number | null;
  /** The lengths count the JSON encoding, not characters of a string. */
  readonly jsonLength: boolean;
  readonly pattern: string | null;
  readonly minItems: number | null;
  readonly maxItems: number | null;
}

const NONE: Rules = {
  values: null,
  openValues: false,
  format: null,
  minimum: null,
  maximum: null,
  minLength: null,
  maxLength: null,
  jsonLength: false,
  pattern: null,
  minItems: null,
  maxItems: null,
};

/** The rules a type states about its value (an array's own bounds, not its items'). */
export function rulesOf(type: TsType): Rules {
  switch (type.kind) {
    case "string":
      return {
        ...NONE,
        format: type.format,
        minLength: type.minLength,
        maxLength: type.maxLength,
        pattern: type.pattern,
      };
    case "integer":
    case "number":
      return { ...NONE, minimum: type.minimum, maximum: type.maximum };
    case "enum":
      return { ...NONE, values: type.values, openValues: type.open };
    case "array":
      return { ...NONE, minItems: type.minItems, maxItems: type.maxItems };
    case "map":
    case "json":
      return { ...NONE, minLength: type.minLength, maxLength: type.maxLength, jsonLength: true };
    case "boolean":
    case "date-time":
    case "object":
    case "variants":
    case "union":
    case "ref":
    case "binary":
      return NONE;
    default:
      return unreachable(type);
  }
}

/**
 * The sentence stating an enum's values: `One of: a, b.` for a closed one (a request's, checked by
 * the client), `Known values: a, b; the API may add others.` for an open one (a response's).
 */
export function valuesSentence(values: readonly string[], open: boolean): string {
  return open
    ? `Known values: ${values.join(", ")}; the API may add others.`
    : `One of: ${values.join(", ")}.`;
}

/** `3 to 8`, `at least 1`, `at most 2`, or null. */
export function rangeText(c: Pick<Rules, "minimum" | "maximum">): string | null {
  if (c.minimum !== null && c.maximum !== null) return `${c.minimum} to ${c.maximum}`;
  if (c.minimum !== null) return `at least ${c.minimum}`;
  if (c.maximum !== null) return `at most ${c.maximum}`;
  return null;
}

/** `32 to 255 characters`, `at most 64 characters`, `exactly 34 characters`, or null. */
export function lengthText(c: Pick<Rules, "minLength" | "maxLength">, unit = "characters"): string | null {
  if (c.minLength !== null && c.maxLength !== null) {
    return c.minLength === c.maxLength
      ? `exactly ${c.minLength} ${unit}`
      : `${c.minLength} to ${c.maxLength} ${unit}`;
  }
  if (c.minLength !== null) return `at least ${c.minLength} ${unit}`;
  if (c.maxLength !== null) return `at most ${c.maxLength} ${unit}`;
  return null;
}

/** The name of a format in words, or null. */
export function formatText(format: StringFormat | null): string | null {
  return format ? FORMATS[format] : null;
}

/** `Kind is push`, `LookupEnabled is true`, or `the stored kind is push or totp`. */
export function conditionText(c: TsCondition): string {
  const values = c.values.map(String).join(" or ");
  return c.subject === "parameter" ? `${c.wireName} is ${values}` : `the stored ${c.wireName} is ${values}`;
}

const DELIMITER_NAMES = { ",": "commas", " ": "spaces", "|": "pipes (|)", "\t": "tabs" } as const;

/** How a parameter travels, in words, or null for plain text. */
export function encodingText(p: TsParameter): string | null {
  switch (p.encoding.kind) {
    case "text":
      return p.type.kind === "date-time" ? "Sent as ISO 8601 text." : null;
    case "dotted":
      return `Sent as one ${p.encoding.prefix}.<key>… entry per value, the keys of nested objects joined by dots.`;
    case "repeat":
      return `Sent as one ${p.wireName} entry per item.`;
    case "json":
      return "Sent as its JSON text.";
    case "json-body":
      return null;
    case "delimited":
      return `Sent as one ${p.wireName} entry, the items joined by ${DELIMITER_NAMES[p.encoding.delimiter]}.`;
    case "form-object":
      return p.encoding.explode
        ? "Sent as one entry per field, under the field's name."
        : `Sent as one ${p.wireName} entry: each field's name and value, joined by commas.`;
    case "deep-object":
      return `Sent as one ${p.wireName}[<field>] entry per value.`;
    case "part":
      return partText(p, p.encoding.contentType);
    default:
      return unreachable(p.encoding);
  }
}

// A multipart part in words: what travels, and as which media type.
function partText(p: TsParameter, contentType: string | null): string {
  const items = p.type.kind === "array" ? p.type.items : p.type;
  const each = p.type.kind === "array" ? `one ${p.wireName} part per item` : `the ${p.wireName} part`;
  const what =
    items.kind === "binary"
      ? `Sent as ${each}, a file`
      : items.kind === "object" || items.kind === "map" || items.kind === "json" || items.kind === "union"
        ? `Sent as ${each}, its JSON text`
        : `Sent as ${each}, its text`;
  return contentType ? `${what} of type ${contentType}.` : `${what}.`;
}

/** Sentences for TSDoc: requirement, conditions, range, length, items, enum, format, pattern, encoding. */
export function ruleSentences(p: TsParameter): string[] {
  const c = rulesOf(p.type);
  const out: string[] = [];
  if (p.required) out.push("Required.");
  if (p.requiredWhen)
    out.push(`Required when ${conditionText(p.requiredWhen)}${serverNote(p.requiredWhen)}.`);
  if (p.onlyWhen) out.push(`Only used when ${conditionText(p.onlyWhen)}${serverNote(p.onlyWhen)}.`);
  const range = rangeText(c);
  if (range) out.push(`${p.type.kind === "integer" ? "An integer" : "A number"}, ${range}.`);
  const length = lengthText(c);
  if (length) out.push(c.jsonLength ? `Its JSON encoding is ${length}.` : `Length: ${length}.`);
  const items = lengthText({ minLength: c.minItems, maxLength: c.maxItems }, "items");
  if (items) out.push(`Holds ${items}.`);
  if (c.values) out.push(valuesSentence(c.values, c.openValues));
  const format = formatText(c.format);
  if (format) out.push(`Format: ${format}.`);
  if (c.pattern) out.push(`Pattern: ${c.pattern}`);
  const encoding = encodingText(p);
  if (encoding) out.push(encoding);
  return out;
}

/** Why a rule on the stored resource is only stated, never checked by the client. */
export function serverNote(c: TsCondition): string {
  return c.checkedBy === "server" ? " (checked by the API: the client cannot know the stored value)" : "";
}
