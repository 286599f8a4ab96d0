import type { MockField, MockKind, MockNames, MockParameter } from "./types.js";
/** `FriendlyName` -> `friendly_name`, `CodeLength` -> `code_length`. */
export declare function snakeCase(name: string): string;
/** An id: a prefix and `digits` random hex digits. */
export declare function newId(prefix: string, digits: number): string;
/**
 * The literal prefix an id pattern asks for, when its hex digits number `digits`: `^AB[0-9a-fA-F]{N}$`,
 * `^key_[0-9a-f]{N}$`, or `^(AB|CD)…` (minted with the first prefix); null for any other pattern.
 */
export declare function idPrefix(pattern: string | null, digits: number | null): string | null;
/**
 * A wire text as the client's validators take it: numbers, strict booleans (`true`/`false`),
 * Dates, parsed JSON. Text that does not parse stays text, so the validator reports it.
 */
export declare function parseText(kind: MockKind, raw: string): unknown;
/** The value of a parameter from a form or query: one text, every repeated key, JSON text, or dotted keys. */
export declare function formValue(param: MockParameter, source: URLSearchParams): unknown;
/** A JSON body's property as the validators take it (date-time text as a Date). */
export declare function jsonValue(param: MockParameter, body: Record<string, unknown>): unknown;
/**
 * A JSON value with its property names as the client's validators take them (`code_length` ->
 * `codeLength`), following `names`. A key that is no field's wire name stays as it is, so the
 * validator reports it, unless it is some field's client name: then it is marked, so that sending
 * the client's name instead of the wire name is not accepted.
 */
export declare function clientNames(value: unknown, names: MockNames | null): unknown;
/** A value as a record stores it: Dates as the API's date text. */
export declare function storable(value: unknown): unknown;
/**
 * Writes each given parameter into the record: under its own name where the record has a field of
 * that name, else under its snake_case path (`Config.CodeLength` -> `config.code_length`) where the
 * record has a field for its first segment.
 */
export declare function applyParameters(record: Record<string, unknown>, fields: readonly MockField[], values: ReadonlyMap<MockParameter, unknown>): void;
/** ISO 8601 without milliseconds, as REST APIs commonly write dates. */
export declare function apiDate(date: Date): string;
/**
 * A value for a field the API always sends that nothing set (no parameter, stamp or extension): the
 * plainest of its kind, so a record the local server answers decodes as the API's would.
 */
export declare function alwaysSent(field: MockField, now: Date): unknown;
