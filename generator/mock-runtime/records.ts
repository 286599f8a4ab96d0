/** Builds and updates stored records from wire parameters, by the spec's field and parameter tables. */
import { randomBytes } from "node:crypto";
import type { MockField, MockKind, MockNames, MockParameter } from "./types.js";

/** `FriendlyName` -> `friendly_name`, `CodeLength` -> `code_length`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** An id: a prefix and `digits` random hex digits. */
export function newId(prefix: string, digits: number): string {
  return (
    prefix +
    randomBytes(Math.ceil(digits / 2))
      .toString("hex")
      .slice(0, digits)
  );
}

/**
 * The literal prefix an id pattern asks for, when its hex digits number `digits`: `^AB[0-9a-fA-F]{N}$`,
 * `^key_[0-9a-f]{N}$`, or `^(AB|CD)…` (minted with the first prefix); null for any other pattern.
 */
export function idPrefix(pattern: string | null, digits: number | null): string | null {
  if (digits === null) return null;
  const match =
    /^\^(?:([A-Za-z][\w-]*)|\(([A-Za-z][\w-]*)(?:\|[A-Za-z][\w-]*)+\))\[0-9a-f(?:A-F)?\]\{(\d+)\}\$$/.exec(
      pattern ?? "",
    );
  if (!match || Number(match[3]) !== digits) return null;
  return match[1] ?? match[2]!;
}

/**
 * A wire text as the client's validators take it: numbers, strict booleans (`true`/`false`),
 * Dates, parsed JSON. Text that does not parse stays text, so the validator reports it.
 */
export function parseText(kind: MockKind, raw: string): unknown {
  switch (kind) {
    case "integer":
    case "number":
      return raw.trim() === "" || Number.isNaN(Number(raw)) ? raw : Number(raw);
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    case "date-time": {
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? raw : date;
    }
    case "object":
    case "map":
    case "json":
    case "array":
    case "ref":
    case "variants":
    case "union":
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw;
      }
    case "string":
    case "enum":
    case "binary":
      return raw;
  }
}

/** The value of a parameter from a form or query: one text, every repeated key, JSON text, or dotted keys. */
export function formValue(param: MockParameter, source: URLSearchParams): unknown {
  if (param.encoding === "dotted") return dottedValue(`${param.keyPrefix}.`, source);
  if (param.encoding === "deep-object") return typedFields(param, bracketValue(param.wireName, source));
  if (param.encoding === "form-object") {
    if (param.explode) {
      const pairs = new Map<string, unknown>();
      for (const f of param.fields ?? []) {
        // An array field's items each come under its name.
        const items = f.kind === "array" ? source.getAll(f.wireName) : [];
        const raw = source.get(f.wireName);
        if (items.length)
          pairs.set(
            f.wireName,
            items.map((item) => parseText(f.itemKind ?? "string", item)),
          );
        else if (raw !== null) pairs.set(f.wireName, raw);
      }
      return pairs.size ? typedFields(param, pairs) : undefined;
    }
    const raw = source.get(param.wireName);
    if (raw === null) return undefined;
    const parts = raw.split(",");
    // A Map, not an object: a key named __proto__ is a key like any other.
    const pairs = new Map<string, string>();
    for (let i = 0; i + 1 < parts.length; i += 2) pairs.set(parts[i]!, parts[i + 1]!);
    return typedFields(param, pairs);
  }
  if (param.encoding === "delimited") {
    const raw = source.get(param.wireName);
    if (raw === null) return undefined;
    const items = raw === "" ? [] : raw.split(param.delimiter ?? ",");
    // A cookie's and a header's items are each percent-encoded or bare text.
    const decode = (item: string) =>
      param.location === "cookie" ? safeDecode(item) : param.location === "header" ? item.trim() : item;
    return items.map((item) => parseText(param.itemKind ?? "string", decode(item)));
  }
  if (param.location === "cookie") {
    const raw = source.get(param.wireName);
    if (raw === null) return undefined;
    return param.encoding === "json"
      ? parseText("json", safeDecode(raw))
      : parseText(param.kind, safeDecode(raw));
  }
  if (param.encoding === "repeat") {
    const all = source.getAll(param.wireName);
    return all.length ? all.map((raw) => parseText(param.itemKind ?? "string", raw)) : undefined;
  }
  const raw = source.get(param.wireName);
  if (raw === null) return undefined;
  return param.encoding === "json" ? parseText("json", raw) : parseText(param.kind, raw);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// An object's text values parsed by each field's kind (a map's by its values' kind).
function typedFields(
  param: MockParameter,
  value: Record<string, unknown> | ReadonlyMap<string, unknown> | undefined,
): unknown {
  if (value === undefined) return undefined;
  const out: Record<string, unknown> = {};
  const entries = value instanceof Map ? [...value] : Object.entries(value);
  for (const [key, raw] of entries) {
    const field = param.fields?.find((f) => f.wireName === key);
    const kind = field?.kind ?? param.itemKind ?? "string";
    Object.defineProperty(out, key, {
      value: typeof raw === "string" ? parseText(kind, raw) : raw,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

// `name[a][b]=v` keys as `{ a: { b: "v" } }`; undefined when no key has the name.
function bracketValue(name: string, source: URLSearchParams): Record<string, unknown> | undefined {
  const open = `${name}[`;
  return nestedValue(source, (key) =>
    key.startsWith(open) && key.endsWith("]") ? key.slice(open.length, -1).split("][") : null,
  );
}

/**
 * The object spelled by the keys under a prefix (`AddOns.lookup.mode=full` -> `{ lookup: { mode:
 * "full" } }`), its leaves as text (a repeated key as a list); undefined when no key has the prefix.
 */
function dottedValue(prefix: string, source: URLSearchParams): unknown {
  return nestedValue(source, (key) =>
    key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length).split(".") : null,
  );
}

/**
 * The object the keys of a query or form spell, each key's path given by `pathOf` (null: not one
 * of them); its leaves as text (a repeated key as a list); undefined when no key has a path. Own
 * properties only, so a key named `__proto__` is a key like any other; a key that is both a leaf
 * and a parent keeps the parent.
 */
function nestedValue(
  source: URLSearchParams,
  pathOf: (key: string) => readonly string[] | null,
): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const key of new Set(source.keys())) {
    const path = pathOf(key);
    if (path === null) continue;
    out ??= {};
    let node = out;
    for (const segment of path.slice(0, -1)) {
      const next = Object.hasOwn(node, segment) ? node[segment] : undefined;
      node = (
        typeof next === "object" && next !== null && !Array.isArray(next)
          ? next
          : Object.defineProperty(node, segment, {
              value: {},
              enumerable: true,
              writable: true,
              configurable: true,
            })[segment]
      ) as Record<string, unknown>;
    }
    const leaf = path[path.length - 1]!;
    const all = source.getAll(key);
    if (!Object.hasOwn(node, leaf))
      Object.defineProperty(node, leaf, {
        value: all.length === 1 ? all[0] : all,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/** A JSON body's property as the validators take it (date-time text as a Date). */
export function jsonValue(param: MockParameter, body: Record<string, unknown>): unknown {
  // Own properties only: a parameter named `constructor` or `__proto__` that was left out is absent.
  const value = Object.hasOwn(body, param.wireName) ? body[param.wireName] : undefined;
  return param.kind === "date-time" && typeof value === "string" ? parseText("date-time", value) : value;
}

/**
 * A JSON value with its property names as the client's validators take them (`code_length` ->
 * `codeLength`), following `names`. A key that is no field's wire name stays as it is, so the
 * validator reports it, unless it is some field's client name: then it is marked, so that sending
 * the client's name instead of the wire name is not accepted.
 */
export function clientNames(value: unknown, names: MockNames | null): unknown {
  if (names === null || typeof value !== "object" || value === null) return value;
  if ("items" in names)
    return Array.isArray(value) ? value.map((item) => clientNames(item, names.items)) : value;
  if (Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if ("values" in names)
    return Object.fromEntries(entries.map(([key, v]) => [key, clientNames(v, names.values)]));
  const byWire = new Map(names.fields.map((f) => [f.wireName, f]));
  const clientOnly = new Set(names.fields.map((f) => f.tsName).filter((name) => !byWire.has(name)));
  return Object.fromEntries(
    entries.map(([key, v]) => {
      const field = byWire.get(key);
      if (field) return [field.tsName, clientNames(v, field.names)];
      return [clientOnly.has(key) ? `${key} (not a wire name)` : key, v];
    }),
  );
}

/** A value as a record stores it: Dates as the API's date text. */
export function storable(value: unknown): unknown {
  if (value instanceof Date) return apiDate(value);
  if (Array.isArray(value)) return value.map(storable);
  return value;
}

/**
 * Writes each given parameter into the record: under its own name where the record has a field of
 * that name, else under its snake_case path (`Config.CodeLength` -> `config.code_length`) where the
 * record has a field for its first segment.
 */
export function applyParameters(
  record: Record<string, unknown>,
  fields: readonly MockField[],
  values: ReadonlyMap<MockParameter, unknown>,
): void {
  const fieldNames = new Set(fields.map((f) => f.wireName));
  for (const [param, value] of values) {
    // A field of the parameter's own name (a JSON body's property), else its snake_case path.
    const path = fieldNames.has(param.wireName) ? [param.wireName] : param.wireName.split(".").map(snakeCase);
    if (!fieldNames.has(path[0]!)) continue;
    let node = record;
    for (const segment of path.slice(0, -1)) {
      const next = node[segment];
      node = (node[segment] = typeof next === "object" && next !== null ? next : {}) as Record<
        string,
        unknown
      >;
    }
    node[path[path.length - 1]!] = storable(value);
  }
}

/** ISO 8601 without milliseconds, as REST APIs commonly write dates. */
export function apiDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * A value for a field the API always sends that nothing set (no parameter, stamp or extension): the
 * plainest of its kind, so a record the local server answers decodes as the API's would.
 */
export function alwaysSent(field: MockField, now: Date): unknown {
  switch (field.kind) {
    case "date-time":
      return apiDate(now);
    case "boolean":
      return false;
    case "integer":
    case "number":
      return 0;
    case "array":
      return [];
    case "map":
    case "json":
      return {};
    case "string":
      return field.pattern === null ? "" : null;
    case "object":
    case "ref":
    case "union":
      return field.sample ?? null;
    case "enum":
    case "variants":
      return null;
  }
}
