/** Helpers the generated serializers call for wire encodings that are not straight-line. */
/**
 * A query string or form body is written as text, one `name=value` pair at a time, each name and
 * value encoded exactly as `URLSearchParams` encodes them (application/x-www-form-urlencoded): a
 * string per call rather than a `URLSearchParams`, which costs more to fill and to print, and whose
 * field layout the engine forgets, with the code using it, at a garbage collection between calls.
 */
export declare function formPair(out: string, name: string, value: string): string;
/** A name or value as `URLSearchParams` encodes it (application/x-www-form-urlencoded). */
export declare function formEncode(text: string): string;
/**
 * Appends an object to a query or form as one key per leaf value: the prefix and the leaf's path
 * joined by dots (`{ lookup: { mode: "full" } }` under `AddOns` is `AddOns.lookup.mode=full`). An
 * array repeats its key, one entry per item; a Date is sent as ISO 8601 text; an object inside an
 * array as its JSON text; null as an empty value; undefined not at all.
 */
export declare function appendDotted(out: string, prefix: string, value: unknown): string;
/**
 * Copies the properties of a JSON body's parameters object that no parameter names, under the
 * caller's own names (own properties only; undefined ones left out, as a JSON text would).
 */
export declare function copyAdditional(out: Record<string, unknown>, params: object, named: readonly string[]): void;
/**
 * Appends one entry whose value is the items joined by the delimiter as written (`id=a,b`,
 * `id=a|b`, `id=a%20b`), each item encoded on its own, so a delimiter inside an item stays
 * distinguishable from the ones between items.
 */
export declare function appendItems(out: string, name: string, items: readonly string[], delimiter: string): string;
/**
 * An object's fields (or a map's entries) as `key,value,key,value` text: OpenAPI's form style
 * without explode. Undefined values are left out; a Date is ISO 8601 text.
 */
export declare function pairsText(value: Readonly<Record<string, unknown>>): string;
/**
 * Appends an object as OpenAPI's deepObject style: one key per leaf value, the name and the leaf's
 * path in brackets (`{ role: "admin" }` under `filter` is `filter[role]=admin`); an array repeats its
 * key; undefined values are left out.
 */
export declare function appendDeep(out: string, name: string, value: unknown): string;
/**
 * Appends a file part to a multipart body: a Blob as it is (a File keeps its name), or bytes as a
 * Blob; typed `contentType` where the spec gives the part's media type, else the Blob's own type.
 */
export declare function appendFile(form: FormData, name: string, value: Blob | Uint8Array, contentType: string | null): void;
/**
 * Appends a value's text as a part of a multipart body: a plain field, or, where the spec gives the
 * part's media type (`application/json`), a part of that type.
 */
export declare function appendText(form: FormData, name: string, text: string, contentType: string | null): void;
