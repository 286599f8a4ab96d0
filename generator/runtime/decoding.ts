/** Helpers the generated decoders call to turn wire values into model values. */

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
