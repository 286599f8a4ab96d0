/**
 * Argument values for an operation, made from its IR types alone: path values and parameters (by
 * wire name) that the generated validator accepts. The same values go to both clients; a value
 * neither can be given (a pattern no sample matches) leaves its parameter out, said in `left`.
 */
import type { TsOperation, TsParameter, TsType } from "../../../generator/targets/ts/model.ts";

/** One operation's arguments: path values in path order, parameters by wire name. */
export interface Arguments {
  /**
   * The positional arguments after the client: the path values (strings, or numbers for integer
   * path parameters), then the whole request body where the operation takes one.
   */
  readonly path: readonly unknown[];
  readonly params: ReadonlyMap<TsParameter, unknown>;
  /** Parameters left out, and why. */
  readonly left: readonly string[];
}

const HEX = "0123456789abcdef0123456789abcdef";
const DATE = new Date(Date.UTC(2020, 0, 2, 3, 4, 5));

/** A string that satisfies a string type's pattern, format and lengths, or null. */
export function sampleString(type: Extract<TsType, { kind: "string" }>): string | null {
  const candidates: string[] = [];
  // `^XX[0-9a-fA-F]{32}$`, `^(XX|YY)[0-9a-fA-F]{32}$`, `XX[0-9a-f]{32}`: SIDs.
  const sid = type.pattern
    ? /^\^?\(?([A-Z]{2})(?:\|[A-Z]{2})*\)?\[0-9a-f(?:A-F)?\]\{(\d+)\}\$?$/.exec(type.pattern)
    : null;
  if (sid) candidates.push(sid[1]! + HEX.repeat(4).slice(0, Number(sid[2])));
  switch (type.format) {
    case "e164":
      candidates.push("+15005550006");
      break;
    case "uri":
      candidates.push("https://example.com/callback");
      break;
    case "base32":
      candidates.push("JBSWY3DPEHPK3PXP");
      break;
    case "base64":
      candidates.push("aGVsbG8=");
      break;
    case "date-time":
      candidates.push("2020-01-02T03:04:05Z");
      break;
    case "spki-base64":
    case "ec-p256-spki":
    case null:
      break;
  }
  candidates.push(
    "Value1",
    "value",
    "+15005550006",
    "US",
    "en-US",
    "1",
    "2020-01-02",
    "a@example.com",
    "x",
    `AC${HEX}`,
  );
  const pattern = type.pattern ? new RegExp(type.pattern, "u") : null;
  const fits = (s: string) =>
    (!pattern || pattern.test(s)) &&
    [...s].length >= (type.minLength ?? 0) &&
    [...s].length <= (type.maxLength ?? Infinity);
  return candidates.find(fits) ?? null;
}

/** A value of a type, or undefined when none can be made. */
export function sampleValue(type: TsType): unknown {
  switch (type.kind) {
    case "string":
      return sampleString(type) ?? undefined;
    case "enum":
      return type.values[0];
    case "integer":
      return clamp(1, type.minimum, type.maximum, true);
    case "number":
      return clamp(1.5, type.minimum, type.maximum, false);
    case "boolean":
      return true;
    case "date-time":
      return DATE;
    case "array": {
      const item = sampleValue(type.items);
      return item === undefined
        ? undefined
        : Array.from({ length: Math.max(1, type.minItems ?? 1) }, () => item);
    }
    case "map":
      return { key: type.values.kind === "json" ? { inner: "value" } : sampleValue(type.values) };
    case "json":
      return { key: "value" };
    case "object": {
      const out: Record<string, unknown> = {};
      for (const f of type.fields.filter((f) => f.required)) out[f.tsName] = sampleValue(f.type);
      return out;
    }
    case "union":
      // The first branch: a discriminator's first value selects it.
      return type.branches[0] && sampleValue(type.branches[0].type);
    case "variants":
    case "ref":
      return undefined;
  }
}

function clamp(value: number, min: number | null, max: number | null, integer: boolean): number {
  let out = Math.max(value, min ?? -Infinity);
  out = Math.min(out, max ?? Infinity);
  return integer ? Math.ceil(out) : out;
}

/**
 * Arguments for `op`: every parameter with a sample (the cursor parameters left to page links),
 * then, while `validate` reports problems, the parameters it names left out (an "exactly one of"
 * group keeps its first member).
 */
export function argumentsFor(
  op: TsOperation,
  validate: (
    path: readonly (string | number)[],
    params: Record<string, unknown>,
  ) => readonly { path: string }[],
): Arguments | null {
  // Where one parameter selects the others, each of its values in turn, until one fits.
  const disc = op.discriminator;
  for (const choice of disc ? disc.values : [null]) {
    const found = argumentsWith(
      op,
      validate,
      choice === null ? null : { wireName: disc!.wireName, value: choice },
    );
    if (found) return found;
  }
  return null;
}

function argumentsWith(
  op: TsOperation,
  validate: (
    path: readonly (string | number)[],
    params: Record<string, unknown>,
  ) => readonly { path: string }[],
  fixed: { readonly wireName: string; readonly value: string } | null,
): Arguments | null {
  const path: (string | number)[] = [];
  for (const p of op.pathParameters) {
    const value = p.type.kind === "string" ? sampleString(p.type) : sampleValue(p.type);
    if (typeof value !== "string" && typeof value !== "number") return null;
    path.push(value);
  }
  // A body taken whole follows the path values: a sample of its JSON type, text, or bytes.
  const body = op.requestBody;
  if (body) {
    const value =
      body.kind === "json"
        ? sampleValue(body.type)
        : body.kind === "text"
          ? "text"
          : new Uint8Array([1, 2, 3]);
    if (value === undefined) return null;
    path.push(value as string);
  }
  const left: string[] = [];
  const cursors = new Set(op.paging?.cursorParameters ?? []);
  const params = new Map<TsParameter, unknown>();
  for (const p of op.parameters) {
    if (cursors.has(p.wireName)) continue;
    const value = p.wireName === fixed?.wireName ? fixed.value : sampleValue(p.type);
    if (value === undefined) left.push(`${p.wireName}: no sample value`);
    else params.set(p, value);
  }
  for (let round = 0; round < 6; round++) {
    const issues = validate(path, clientParams(params));
    if (!issues.length) return { path, params, left };
    for (const issue of issues) {
      const named = issue.path.split(" | ");
      const members = op.parameters.filter((p) => named.includes(p.tsPath.join(".")));
      for (const p of members.slice(named.length > 1 ? 1 : 0)) {
        if (params.delete(p)) left.push(`${p.wireName}: ${JSON.stringify(issue)}`);
      }
    }
  }
  return null;
}

/** The generated client's parameters object: each value at its property path. */
export function clientParams(params: ReadonlyMap<TsParameter, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [p, value] of params) {
    let node = out;
    for (const segment of p.tsPath.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[p.tsPath[p.tsPath.length - 1]!] = value;
  }
  return out;
}

/**
 * twilio-node's name for a parameter: each dotted segment in lower camel case (`DateSent<` ->
 * `dateSentBefore`, `Config.CodeLength` -> `config.codeLength`); a list's page index is `pageNumber`.
 */
export function twilioNodeName(wireName: string, op: TsOperation): string {
  const page = op.paging?.style === "nextUrl" ? op.paging.pageParameter : null;
  if (op.kind === "list" && wireName === (page ?? "Page")) return "pageNumber";
  return wireName
    .replace(/<$/, "Before")
    .replace(/>$/, "After")
    .split(".")
    .map((segment) => {
      const words = segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
      const joined = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
      return joined.charAt(0).toLowerCase() + joined.slice(1);
    })
    .join(".");
}
