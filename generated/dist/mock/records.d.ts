import type { MockField, MockParameter } from "./types.js";
/** `FriendlyName` -> `friendly_name`, `CodeLength` -> `code_length`. */
export declare function snakeCase(name: string): string;
/** A SID in Twilio's format: a two-letter prefix and 32 hex digits. */
export declare function newSid(prefix: string): string;
/** The two-letter prefix a `^XX[0-9a-fA-F]{32}$` pattern asks for, or null. */
export declare function sidPrefix(pattern: string | null): string | null;
/** The wire value of a form parameter, as the record stores it. */
export declare function storedValue(param: MockParameter, raw: string): unknown;
/**
 * Writes each given parameter into the record, under its snake_case path (`Config.CodeLength` ->
 * `config.code_length`), where the record has a field for its first segment.
 */
export declare function applyParameters(record: Record<string, unknown>, fields: readonly MockField[], values: ReadonlyMap<MockParameter, unknown>): void;
/** Twilio's date format: ISO 8601 without milliseconds. */
export declare function twilioDate(date: Date): string;
