/** Helpers the generated decoders call to turn wire values into model values. */
import { responseError } from "./auth.js";
import type { ApiResponse } from "./transport.js";

/** A wire date-time string as a Date; null stays null, and an absent value becomes null. */
export function decodeDate(value: string | null | undefined): Date | null {
  return value === null || value === undefined ? null : parseDate(value);
}

/**
 * `new Date(text)`, with a fast path for the fixed UTC form most APIs send (`2015-07-30T20:00:00Z`):
 * plain arithmetic instead of the engine's general parser. Any other form (offsets, fractions, a
 * field out of range) falls back to `new Date`, so the result is always the same as `new Date(text)`.
 */
export function parseDate(text: string): Date {
  if (text.length === 20 && text.charCodeAt(19) === 90 /* Z */ && text.charCodeAt(10) === 84 /* T */) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    if (
      text.charCodeAt(4) === 45 &&
      text.charCodeAt(7) === 45 &&
      text.charCodeAt(13) === 58 &&
      text.charCodeAt(16) === 58 &&
      year >= 100 && // Date.UTC reads years 0 to 99 as 1900 to 1999
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysIn(year, month) &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59
    )
      return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  }
  return new Date(text);
}

// The number written by `length` ASCII digits at `at`, or -1 when any is not a digit.
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** An absent wire value becomes null, so models never hold undefined. */
export function orNull<T>(value: T | null | undefined): T | null {
  return value === undefined ? null : value;
}

/** Percent-encodes one path argument so it stays one path segment. */
export function pathSegment(value: string): string {
  return encodeURIComponent(value);
}

/**
 * What a decoder found wrong with a response body: the kinds below, each a message naming the
 * place; `decoded` turns any of them into a ResponseError.
 */
export class DecodeProblem extends Error {}

/** A field the API always sends was absent or null; `decoded` turns it into a ResponseError. */
export class MissingFieldError extends DecodeProblem {
  override name = "MissingFieldError";
  constructor(
    readonly model: string,
    readonly field: string,
  ) {
    super(`a ${model} without its '${field}'`);
  }
}

/** A field the spec says is always sent: its value, or a MissingFieldError naming it. */
export function present<T>(value: T | null | undefined, model: string, field: string): T {
  if (value === null || value === undefined) throw new MissingFieldError(model, field);
  return value;
}

/** A response body (or a part of it) of the wrong JSON shape; `decoded` turns it into a ResponseError. */
export class WrongShapeError extends DecodeProblem {
  override name = "WrongShapeError";
  constructor(
    readonly expected: string,
    readonly at: string,
  ) {
    super(`${expected} was expected at ${at}`);
  }
}

/** The JSON kinds a response body's part is checked against. */
export type BodyShape = "array" | "object" | "string" | "number" | "integer" | "boolean";

const SHAPE_NAMES: Readonly<Record<BodyShape, string>> = {
  array: "a JSON array",
  object: "a JSON object",
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
};

/** The JSON shape of a parsed value, as a message names it. */
function shapeOf(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "a JSON array";
  return typeof value === "object" ? "a JSON object" : `a JSON ${typeof value}`;
}

/** Whether `value` has the JSON shape `shape`. */
function hasShape(value: unknown, shape: BodyShape): boolean {
  switch (shape) {
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "string":
    case "boolean":
      return typeof value === shape;
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
  }
}

/**
 * `value` when it has the JSON shape `shape`, else a WrongShapeError saying what was found where
 * (`at`: `body`, `body[2]`, `body["eu"]`): a body of the wrong shape never reaches the caller.
 */
export function shaped<S extends BodyShape>(
  value: unknown,
  shape: S,
  at: string,
): S extends "array"
  ? unknown[]
  : S extends "object"
    ? Record<string, unknown>
    : S extends "string"
      ? string
      : S extends "boolean"
        ? boolean
        : number {
  if (!hasShape(value, shape)) throw new WrongShapeError(`${shapeOf(value)} where ${SHAPE_NAMES[shape]}`, at);
  return value as never;
}

/** Whether `value` is a JSON object (not null, not an array): what a model's wire value is. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return hasShape(value, "object");
}

/** Whether every key of `value` is one of `known`: the object is wholly one model's. */
export function keysWithin(value: Record<string, unknown>, known: readonly string[]): boolean {
  for (const key in value) if (Object.hasOwn(value, key) && !known.includes(key)) return false;
  return true;
}

/**
 * A value that fits none of a union's branches: its shape, where it stands (`at`), the union's
 * name and the branches tried (in the order the decoder tried them). `decoded` turns it into a
 * ResponseError.
 */
export class NoBranchError extends DecodeProblem {
  override name = "NoBranchError";
  constructor(value: unknown, union: string, tried: readonly string[], at: string, why?: string) {
    super(
      `${shapeOf(value)} at ${at} fits none of ${union}'s branches (tried ${tried.join(", ")})${why ? `: ${why}` : ""}`,
    );
  }
}

/**
 * A union's value whose discriminator field (`field`) holds no value this client knows: a
 * NoBranchError naming the branches and the value found.
 */
export function unknownBranch(
  value: Record<string, unknown>,
  field: string,
  union: string,
  tried: readonly string[],
  at: string,
): NoBranchError {
  const found = Object.hasOwn(value, field) ? JSON.stringify(value[field]) : "absent";
  return new NoBranchError(value, union, tried, at, `its '${field}' is ${found}`);
}

/** `at` with an array index or a map key appended: `body[2]`, `body["eu"]`. */
export function inside(at: string, key: number | string): string {
  return `${at}[${typeof key === "number" ? key : JSON.stringify(key)}]`;
}

/**
 * Runs a decoder over a response; a missing required field, a part of the wrong shape or a value
 * that fits no branch of its union (a `DecodeProblem`) becomes a ResponseError naming it (with the
 * status, request id and an excerpt), never a TypeError in the caller's code later.
 */
export function decoded<T>(response: ApiResponse<unknown>, method: string, url: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (!(error instanceof DecodeProblem)) throw error;
    throw responseError(response, method, url, error.message);
  }
}
