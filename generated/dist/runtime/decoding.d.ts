import type { ApiResponse } from "./transport.js";
/** A wire date-time string as a Date; null stays null, and an absent value becomes null. */
export declare function decodeDate(value: string | null | undefined): Date | null;
/**
 * `new Date(text)`, with a fast path for the fixed UTC form most APIs send (`2015-07-30T20:00:00Z`):
 * plain arithmetic instead of the engine's general parser. Any other form (offsets, fractions, a
 * field out of range) falls back to `new Date`, so the result is always the same as `new Date(text)`.
 */
export declare function parseDate(text: string): Date;
/** An absent wire value becomes null, so models never hold undefined. */
export declare function orNull<T>(value: T | null | undefined): T | null;
/** Percent-encodes one path argument so it stays one path segment. */
export declare function pathSegment(value: string): string;
/**
 * What a decoder found wrong with a response body: the kinds below, each a message naming the
 * place; `decoded` turns any of them into a ResponseError.
 */
export declare class DecodeProblem extends Error {}
/** A field the API always sends was absent or null; `decoded` turns it into a ResponseError. */
export declare class MissingFieldError extends DecodeProblem {
    readonly model: string;
    readonly field: string;
    override name: string;
    constructor(model: string, field: string);
}
/** A field the spec says is always sent: its value, or a MissingFieldError naming it. */
export declare function present<T>(value: T | null | undefined, model: string, field: string): T;
/** A response body (or a part of it) of the wrong JSON shape; `decoded` turns it into a ResponseError. */
export declare class WrongShapeError extends DecodeProblem {
    readonly expected: string;
    readonly at: string;
    override name: string;
    constructor(expected: string, at: string);
}
/** The JSON kinds a response body's part is checked against. */
export type BodyShape = "array" | "object" | "string" | "number" | "integer" | "boolean";
/**
 * `value` when it has the JSON shape `shape`, else a WrongShapeError saying what was found where
 * (`at`: `body`, `body[2]`, `body["eu"]`): a body of the wrong shape never reaches the caller.
 */
export declare function shaped<S extends BodyShape>(value: unknown, shape: S, at: string): S extends "array" ? unknown[] : S extends "object" ? Record<string, unknown> : S extends "string" ? string : S extends "boolean" ? boolean : number;
/** Whether `value` is a JSON object (not null, not an array): what a model's wire value is. */
export declare function isJsonObject(value: unknown): value is Record<string, unknown>;
/** Whether every key of `value` is one of `known`: the object is wholly one model's. */
export declare function keysWithin(value: Record<string, unknown>, known: readonly string[]): boolean;
/**
 * A value that fits none of a union's branches: its shape, where it stands (`at`), the union's
 * name and the branches tried (in the order the decoder tried them). `decoded` turns it into a
 * ResponseError.
 */
export declare class NoBranchError extends DecodeProblem {
    override name: string;
    constructor(value: unknown, union: string, tried: readonly string[], at: string, why?: string);
}
/**
 * A union's value whose discriminator field (`field`) holds no value this client knows: a
 * NoBranchError naming the branches and the value found.
 */
export declare function unknownBranch(value: Record<string, unknown>, field: string, union: string, tried: readonly string[], at: string): NoBranchError;
/** `at` with an array index or a map key appended: `body[2]`, `body["eu"]`. */
export declare function inside(at: string, key: number | string): string;
/**
 * Runs a decoder over a response; a missing required field, a part of the wrong shape or a value
 * that fits no branch of its union (a `DecodeProblem`) becomes a ResponseError naming it (with the
 * status, request id and an excerpt), never a TypeError in the caller's code later.
 */
export declare function decoded<T>(response: ApiResponse<unknown>, method: string, url: string, decode: () => T): T;
