/** Helpers the generated decoders call to turn wire values into model values. */
import { ResponseError } from "./errors.js";
import type { ApiResponse } from "./transport.js";

/** A wire date-time string as a Date; null stays null, and an absent value becomes null. */
export function decodeDate(value: string | null | undefined): Date | null {
  return value === null || value === undefined ? null : new Date(value);
}

/** An absent wire value becomes null, so models never hold undefined. */
export function orNull<T>(value: T | null | undefined): T | null {
  return value === undefined ? null : value;
}

/** Percent-encodes one path argument so it stays one path segment. */
export function pathSegment(value: string): string {
  return encodeURIComponent(value);
}

/** A field the API always sends was absent or null; `decoded` turns it into a ResponseError. */
export class MissingFieldError extends Error {
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

/**
 * Runs a decoder over a response; a missing required field becomes a ResponseError naming it (with
 * the status, request id and an excerpt), never a TypeError in the caller's code later.
 */
export function decoded<T>(response: ApiResponse<unknown>, method: string, url: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (!(error instanceof MissingFieldError)) throw error;
    throw new ResponseError({
      status: response.status,
      method,
      url,
      requestId: response.requestId,
      excerpt: JSON.stringify(response.data) ?? "",
      problem: error.message,
    });
  }
}
