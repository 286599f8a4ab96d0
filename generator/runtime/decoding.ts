/** Helpers the generated decoders call to turn wire values into model values. */

/** A wire date-time string as a Date; null stays null, and an absent value becomes null. */
export function decodeDate(value: string | null | undefined): Date | null {
  return value === null || value === undefined ? null : new Date(value);
}

/** An absent wire value becomes null, so models never hold undefined. */
export function orNull<T>(value: T | null | undefined): T | null {
  return value === undefined ? null : value;
}

/** A string map as a plain object of strings, or null when the wire value is not an object. */
export function decodeStringMap(value: unknown): Readonly<Record<string, string>> | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) if (typeof entry === "string") out[key] = entry;
  return out;
}

/** Percent-encodes one path argument so it stays one path segment. */
export function pathSegment(value: string): string {
  return encodeURIComponent(value);
}

/** A map's values decoded one by one; null when the wire value is not an object. */
export function decodeMap<T>(
  value: unknown,
  decode: (entry: never) => T,
): Readonly<Record<string, T>> | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const out: Record<string, T> = {};
  for (const [key, entry] of Object.entries(value)) out[key] = decode(entry as never);
  return out;
}

/** An array's items decoded one by one; null when the wire value is not an array. */
export function decodeArray<T>(value: unknown, decode: (item: never) => T): readonly T[] | null {
  return Array.isArray(value) ? value.map((item) => decode(item as never)) : null;
}
