/** Helpers the generated decoders call to turn wire values into model values. */
/** A wire date-time string as a Date; null stays null, and an absent value becomes null. */
export declare function decodeDate(value: string | null | undefined): Date | null;
/** An absent wire value becomes null, so models never hold undefined. */
export declare function orNull<T>(value: T | null | undefined): T | null;
/** A string map as a plain object of strings, or null when the wire value is not an object. */
export declare function decodeStringMap(value: unknown): Readonly<Record<string, string>> | null;
/** Percent-encodes one path argument so it stays one path segment. */
export declare function pathSegment(value: string): string;
/** A map's values decoded one by one; null when the wire value is not an object. */
export declare function decodeMap<T>(value: unknown, decode: (entry: never) => T): Readonly<Record<string, T>> | null;
/** An array's items decoded one by one; null when the wire value is not an array. */
export declare function decodeArray<T>(value: unknown, decode: (item: never) => T): readonly T[] | null;
