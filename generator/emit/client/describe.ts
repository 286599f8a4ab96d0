/** Plain-language statements of a value's rules, shared by TSDoc and the Markdown reference. */
import type { IrCondition, IrConstraints, IrParameter } from "../../ir/types.ts";

const FORMATS: Record<string, string> = {
  base32: "Base32 (RFC 4648)",
  base64: "Base64",
  "der-base64": "Base64 of a DER-encoded key (PKIX SubjectPublicKeyInfo)",
  uri: "absolute URI",
  "date-time": "ISO 8601 date-time",
};

/** `3 to 8`, `at least 1`, `at most 2`, or null. */
export function rangeText(c: IrConstraints): string | null {
  if (c.minimum !== null && c.maximum !== null) return `${c.minimum} to ${c.maximum}`;
  if (c.minimum !== null) return `at least ${c.minimum}`;
  if (c.maximum !== null) return `at most ${c.maximum}`;
  return null;
}

/** `32 to 255 characters`, `at most 64 characters`, `exactly 34 characters`, or null. */
export function lengthText(c: IrConstraints): string | null {
  if (c.minLength !== null && c.maxLength !== null) {
    return c.minLength === c.maxLength ? `exactly ${c.minLength} characters` : `${c.minLength} to ${c.maxLength} characters`;
  }
  if (c.minLength !== null) return `at least ${c.minLength} characters`;
  if (c.maxLength !== null) return `at most ${c.maxLength} characters`;
  return null;
}

/** The name of a format in words, or null. */
export function formatText(c: IrConstraints): string | null {
  return c.format ? (FORMATS[c.format] ?? c.format) : null;
}

/** `FactorType is push`, or `the stored factor_type is push or totp`. */
export function conditionText(c: IrCondition): string {
  const values = c.values.join(" or ");
  return c.subject === "parameter" ? `${c.wireName} is ${values}` : `the stored ${c.wireName} is ${values}`;
}

/** Sentences for TSDoc: requirement, conditions, range, length, enum, format, pattern. */
export function ruleSentences(p: IrParameter): string[] {
  const c = p.constraints;
  const out: string[] = [];
  if (p.required) out.push("Required.");
  if (p.requiredWhen) out.push(`Required when ${conditionText(p.requiredWhen)}${serverNote(p.requiredWhen)}.`);
  if (p.onlyWhen) out.push(`Only used when ${conditionText(p.onlyWhen)}${serverNote(p.onlyWhen)}.`);
  const range = rangeText(c);
  if (range) out.push(`${p.type === "integer" ? "An integer" : "A number"}, ${range}.`);
  const length = lengthText(c);
  if (length) out.push(p.type === "string-map" ? `Its JSON encoding is ${length}.` : `Length: ${length}.`);
  if (c.enum) out.push(`One of: ${c.enum.join(", ")}.`);
  const format = formatText(c);
  if (format) out.push(`Format: ${format}.`);
  if (c.pattern) out.push(`Pattern: ${c.pattern}`);
  if (p.type === "string-map") out.push("An object whose values are all strings; sent as its JSON text.");
  return out;
}

/** Why a rule on the stored resource is only stated, never checked by the client. */
export function serverNote(c: IrCondition): string {
  return c.checkedBy === "server" ? " (checked by the API: the client cannot know the stored value)" : "";
}
