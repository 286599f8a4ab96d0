/** Builds and updates stored records from wire parameters, by the spec's field and parameter tables. */
import { randomBytes } from "node:crypto";
import type { MockField, MockParameter } from "./types.js";

/** `FriendlyName` -> `friendly_name`, `CodeLength` -> `code_length`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** A SID in Twilio's format: a two-letter prefix and 32 hex digits. */
export function newSid(prefix: string): string {
  return prefix + randomBytes(16).toString("hex");
}

/** The two-letter prefix a `^XX[0-9a-fA-F]{32}$` pattern asks for, or null. */
export function sidPrefix(pattern: string | null): string | null {
  return /^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/.exec(pattern ?? "")?.[1] ?? null;
}

/** The wire value of a form parameter, as the record stores it. */
export function storedValue(param: MockParameter, raw: string): unknown {
  if (param.type === "integer" || param.type === "number") return Number(raw);
  if (param.type === "boolean") return raw === "true";
  if (param.type === "string-map") return JSON.parse(raw) as unknown;
  return raw;
}

/**
 * Writes each given parameter into the record, under its snake_case path (`Config.CodeLength` ->
 * `config.code_length`), where the record has a field for its first segment.
 */
export function applyParameters(
  record: Record<string, unknown>,
  fields: readonly MockField[],
  values: ReadonlyMap<MockParameter, unknown>,
): void {
  for (const [param, value] of values) {
    const path = param.wireName.split(".").map(snakeCase);
    if (!fields.some((f) => f.wireName === path[0])) continue;
    let node = record;
    for (const segment of path.slice(0, -1)) {
      const next = node[segment];
      node = (node[segment] = typeof next === "object" && next !== null ? next : {}) as Record<
        string,
        unknown
      >;
    }
    node[path[path.length - 1]!] = value;
  }
}

/** Twilio's date format: ISO 8601 without milliseconds. */
export function twilioDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
