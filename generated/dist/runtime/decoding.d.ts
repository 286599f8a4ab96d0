/** Helpers the generated decoders call to turn wire values into model values. */
/** A wire date-time string as a Date; null stays null, and an absent value becomes null. */
export declare function decodeDate(value: string | null | undefined): Date | null;
/** An absent wire value becomes null, so models never hold undefined. */
export declare function orNull<T>(value: T | null | undefined): T | null;
/** Percent-encodes one path argument so it stays one path segment. */
export declare function pathSegment(value: string): string;
