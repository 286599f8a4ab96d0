/** Helpers the generated serializers call for wire encodings that are not straight-line. */

/**
 * A query string or form body is written as text, one `name=value` pair at a time, each name and
 * value encoded exactly as `URLSearchParams` encodes them (application/x-www-form-urlencoded): a
 * string per call rather than a `URLSearchParams`, which costs more to fill and to print, and whose
 * field layout the engine forgets, with the code using it, at a garbage collection between calls.
 */
export function formPair(out: string, name: string, value: string): string {
  const pair = `${formEncode(name)}=${formEncode(value)}`;
  return out === "" ? pair : `${out}&${pair}`;
}

// Characters encodeURIComponent leaves (or writes) otherwise than the form encoding: a space is `+`.
const NOT_FORM = /%20|[!'()~]/g;
const FORM_OF: Readonly<Record<string, string>> = {
  "%20": "+",
  "!": "%21",
  "'": "%27",
  "(": "%28",
  ")": "%29",
  "~": "%7E",
};
// Text the form encoding leaves as it is.
const FORM_SAFE = /^[\w.*-]*$/;

/** A name or value as `URLSearchParams` encodes it (application/x-www-form-urlencoded). */
export function formEncode(text: string): string {
  if (FORM_SAFE.test(text)) return text;
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // A lone surrogate, which the form encoding writes as U+FFFD.
    return new URLSearchParams([["", text]]).toString().slice(1);
  }
  return encoded.replace(NOT_FORM, (found) => FORM_OF[found]!);
}

/**
 * Appends an object to a query or form as one key per leaf value: the prefix and the leaf's path
 * joined by dots (`{ lookup: { mode: "full" } }` under `AddOns` is `AddOns.lookup.mode=full`). An
 * array repeats its key, one entry per item; a Date is sent as ISO 8601 text; an object inside an
 * array as its JSON text; null as an empty value; undefined not at all.
 */
export function appendDotted(out: string, prefix: string, value: unknown): string {
  return appendLeaves(out, prefix, value, (key, field) => `${key}.${field}`);
}

// One key per leaf value, each nested object's fields under keys that `child` makes of its own; an
// array repeats its key; undefined values are left out.
function appendLeaves(
  out: string,
  key: string,
  value: unknown,
  child: (key: string, field: string) => string,
): string {
  if (value === undefined) return out;
  if (isPlainObject(value)) {
    for (const field of Object.keys(value)) out = appendLeaves(out, child(key, field), value[field], child);
    return out;
  }
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item !== undefined) out = formPair(out, key, leafText(item));
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function leafText(value: unknown): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * Copies the properties of a JSON body's parameters object that no parameter names, under the
 * caller's own names (own properties only; undefined ones left out, as a JSON text would).
 */
export function copyAdditional(out: Record<string, unknown>, params: object, named: readonly string[]): void {
  for (const key of Object.keys(params)) {
    const value = (params as Record<string, unknown>)[key];
    if (value !== undefined && !named.includes(key))
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
}

/**
 * Appends one entry whose value is the items joined by the delimiter as written (`id=a,b`,
 * `id=a|b`, `id=a%20b`), each item encoded on its own, so a delimiter inside an item stays
 * distinguishable from the ones between items.
 */
export function appendItems(out: string, name: string, items: readonly string[], delimiter: string): string {
  // The delimiter as written: a comma or pipe bare, a space or tab percent-encoded.
  const between = encodeURIComponent(delimiter).replace(/%2C|%7C/g, decodeURIComponent);
  const pair = `${formEncode(name)}=${items.map(formEncode).join(between)}`;
  return out === "" ? pair : `${out}&${pair}`;
}

/**
 * An object's fields (or a map's entries) as `key,value,key,value` text: OpenAPI's form style
 * without explode. Undefined values are left out; a Date is ISO 8601 text.
 */
export function pairsText(value: Readonly<Record<string, unknown>>): string {
  return Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .flatMap((key) => [key, leafText(value[key])])
    .join(",");
}

/**
 * Appends an object as OpenAPI's deepObject style: one key per leaf value, the name and the leaf's
 * path in brackets (`{ role: "admin" }` under `filter` is `filter[role]=admin`); an array repeats its
 * key; undefined values are left out.
 */
export function appendDeep(out: string, name: string, value: unknown): string {
  return appendLeaves(out, name, value, (key, field) => `${key}[${field}]`);
}

/**
 * Appends a file part to a multipart body: a Blob as it is (a File keeps its name), or bytes as a
 * Blob; typed `contentType` where the spec gives the part's media type, else the Blob's own type.
 */
export function appendFile(
  form: FormData,
  name: string,
  value: Blob | Uint8Array,
  contentType: string | null,
): void {
  const fileName = typeof File !== "undefined" && value instanceof File ? value.name : undefined;
  const blob =
    value instanceof Blob && (contentType === null || value.type === contentType)
      ? value
      : new Blob([value as BlobPart], {
          type: contentType ?? (value instanceof Blob ? value.type : "application/octet-stream"),
        });
  // The name FormData gives a Blob by default, said outright: Bun would send an empty one.
  form.append(name, blob, fileName ?? "blob");
}

/**
 * Appends a value's text as a part of a multipart body: a plain field, or, where the spec gives the
 * part's media type (`application/json`), a part of that type.
 */
export function appendText(form: FormData, name: string, text: string, contentType: string | null): void {
  if (contentType === null) form.append(name, text);
  else form.append(name, new Blob([text], { type: contentType }), "blob");
}
