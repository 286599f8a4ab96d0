/** Helpers the generated serializers call for wire encodings that are not straight-line. */
/**
 * Appends an object to a query or form as one key per leaf value: the prefix and the leaf's path
 * joined by dots (`{ lookup: { mode: "full" } }` under `AddOns` is `AddOns.lookup.mode=full`). An
 * array repeats its key, one entry per item; a Date is sent as ISO 8601 text; an object inside an
 * array as its JSON text; null as an empty value; undefined not at all.
 */
export declare function appendDotted(out: URLSearchParams, prefix: string, value: unknown): void;
/**
 * Copies the properties of a JSON body's parameters object that no parameter names, under the
 * caller's own names (own properties only; undefined ones left out, as a JSON text would).
 */
export declare function copyAdditional(out: Record<string, unknown>, params: object, named: readonly string[]): void;
