/** Helpers the generated serializers call for wire encodings that are not straight-line. */

/**
 * Appends an object to a query or form as one key per leaf value: the prefix and the leaf's path
 * joined by dots (`{ lookup: { mode: "full" } }` under `AddOns` is `AddOns.lookup.mode=full`). An
 * array repeats its key, one entry per item; a Date is sent as ISO 8601 text; an object inside an
 * array as its JSON text; null as an empty value; undefined not at all.
 */
export function appendDotted(out: URLSearchParams, prefix: string, value: unknown): void {
  if (value === undefined) return;
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) appendDotted(out, `${prefix}.${key}`, value[key]);
    return;
  }
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item !== undefined) out.append(prefix, leafText(item));
  }
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
