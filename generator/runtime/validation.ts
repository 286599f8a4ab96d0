/** Small checks the generated validators call; the validators themselves are straight-line code. */
import type { ValidationIssue, ValidationIssueCode } from "./errors.js";

/** Shorthand for building one issue. */
export function issue(
  path: string,
  wireName: string,
  code: ValidationIssueCode,
  message: string,
): ValidationIssue {
  return { path, wireName, code, message };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length in Unicode code points (what "characters" means in API limits), not UTF-16 units. */
export function charLength(value: string): number {
  if (!SURROGATE.test(value)) return value.length;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Whether a value is a file's bytes as a multipart part takes them: a Blob (a File among them) or a Uint8Array. */
export function isBinary(value: unknown): value is Blob | Uint8Array {
  return value instanceof Uint8Array || (typeof Blob !== "undefined" && value instanceof Blob);
}

/** Whether a value is a binary request body: a Blob, a Uint8Array, an ArrayBuffer or a ReadableStream. */
export function isBinaryBody(value: unknown): boolean {
  return (
    isBinary(value) ||
    value instanceof ArrayBuffer ||
    (typeof ReadableStream !== "undefined" && value instanceof ReadableStream)
  );
}

/** A plain object (not null, not an array): what a parameter group or string map must be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  // Plain objects only: a Date, Map, boxed String or class instance (or anything with toJSON) would
  // be sent as something other than what it holds.
  const proto = Object.getPrototypeOf(value) as unknown;
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text every encoder can carry: no lone surrogate, which UTF-8 would turn into U+FFFD. */
export function isWellFormed(value: string): boolean {
  return !SURROGATE.test(value) || !LONE_SURROGATE.test(value);
}

const BASE32 =
  /^(?:[A-Z2-7]{8})*(?:[A-Z2-7]{2}={6}|[A-Z2-7]{4}={4}|[A-Z2-7]{5}={3}|[A-Z2-7]{7}=|[A-Z2-7]{2}|[A-Z2-7]{4}|[A-Z2-7]{5}|[A-Z2-7]{7})?$/;

/** RFC 4648 Base32 (upper case, padding optional). */
export function isBase32(value: string): boolean {
  return value.length > 0 && BASE32.test(value);
}

/** RFC 4648 Base64 with padding (a character loop: a regular expression is several times slower here). */
export function isBase64(value: string): boolean {
  const length = value.length;
  if (length === 0 || length % 4 !== 0) return false;
  const padding = value.charCodeAt(length - 1) === 61 ? (value.charCodeAt(length - 2) === 61 ? 2 : 1) : 0;
  for (let i = 0; i < length - padding; i++) {
    const code = value.charCodeAt(i);
    if (code > 127 || !IS_DIGIT[code]) return false;
  }
  return true;
}

/**
 * Base64 of one complete DER-encoded PKIX SubjectPublicKeyInfo, of any algorithm: SEQUENCE {
 * SEQUENCE { algorithm OID, parameters }, BIT STRING }, every length exact.
 */
export function isSpkiBase64(value: string): boolean {
  return readSpki(value) !== null;
}

/**
 * Base64 of a DER-encoded PKIX SubjectPublicKeyInfo holding an ECDSA key on P-256 (the key ES256
 * signs with): the EC public key algorithm, the prime256v1 curve, and a whole point (65 bytes
 * uncompressed, or 33 compressed).
 */
export function isEcP256Spki(value: string): boolean {
  const spki = readSpki(value);
  if (!spki) return false;
  const { oid, params, key } = spki;
  const der = decoded;
  if (!sameBytes(der, oid.start, oid.end, EC_PUBLIC_KEY)) return false;
  if (!params || params.tag !== 0x06 || !sameBytes(der, params.start, params.end, P256)) return false;
  const point = key.end - key.start - 1;
  const form = der[key.start + 1];
  return (point === 65 && form === 0x04) || (point === 33 && (form === 0x02 || form === 0x03));
}

type Tlv = { tag: number; start: number; end: number };

// The parts of a SubjectPublicKeyInfo in Base64, decoded into `decoded`; null unless whole and exact.
function readSpki(value: string): { oid: Tlv; params: Tlv | null; key: Tlv } | null {
  if (value.length < 8 || !isBase64(value)) return null;
  const size = decodeBase64(value);
  const der = decoded;
  const spki = readTlv(der, size, 0);
  if (!spki || spki.tag !== 0x30 || spki.end !== size) return null;
  const algorithm = readTlv(der, size, spki.start);
  if (!algorithm || algorithm.tag !== 0x30) return null;
  const oid = readTlv(der, size, algorithm.start);
  if (!oid || oid.tag !== 0x06) return null;
  const params = oid.end < algorithm.end ? readTlv(der, size, oid.end) : null;
  if (params && params.end !== algorithm.end) return null;
  const key = readTlv(der, size, algorithm.end);
  if (!key || key.tag !== 0x03 || key.end !== spki.end || key.end - key.start < 2 || der[key.start] !== 0)
    return null;
  return { oid, params, key };
}

// id-ecPublicKey (1.2.840.10045.2.1) and prime256v1 (1.2.840.10045.3.1.7), DER-encoded.
const EC_PUBLIC_KEY = [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const P256 = [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];

function sameBytes(bytes: Uint8Array, start: number, end: number, expected: readonly number[]): boolean {
  if (end - start !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[start + i] !== expected[i]) return false;
  return true;
}

// One DER tag-length-value at `at` in the first `size` bytes: its tag, where its content starts,
// and where it ends; null if it overruns.
function readTlv(bytes: Uint8Array, size: number, at: number): Tlv | null {
  if (at + 2 > size) return null;
  const tag = bytes[at]!;
  let length = bytes[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 3 || start + count > size) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  const end = start + length;
  return end <= size ? { tag, start, end } : null;
}

const DIGITS = new Uint8Array(128);
const IS_DIGIT = new Uint8Array(128);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => {
  DIGITS[c.charCodeAt(0)] = i;
  IS_DIGIT[c.charCodeAt(0)] = 1;
});

// The bytes the last decodeBase64 call decoded, reused so that checking a key allocates nothing.
let decoded = new Uint8Array(512);

// Decodes (valid) Base64 into `decoded` without Buffer or atob, so it runs anywhere; returns the byte count.
function decodeBase64(value: string): number {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 61) end--; // "="
  const size = Math.floor((end * 3) / 4);
  if (decoded.length < size) decoded = new Uint8Array(size);
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    acc = ((acc << 6) | DIGITS[value.charCodeAt(i) & 127]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      decoded[o++] = (acc >> bits) & 0xff;
    }
  }
  return size;
}

/** An absolute URL with a scheme. */
export function isUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(value);
}

/** An ISO 8601 date-time. */
export function isDateTime(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** Checks a path argument: a string that is not empty, `.` or `..` (which URLs would resolve away). */
export function checkPathSegment(
  value: unknown,
  path: string,
  wireName: string,
  issues: ValidationIssue[],
): value is string {
  if (typeof value !== "string") {
    issues.push(
      issue(
        path,
        wireName,
        value === undefined ? "required" : "type",
        value === undefined ? "is required" : "must be a string",
      ),
    );
    return false;
  }
  if (value === "" || value === "." || value === "..") {
    issues.push(issue(path, wireName, "format", "must not be empty, '.' or '..'"));
    return false;
  }
  return true;
}

/**
 * Checks a string map (a JSON object whose values are all strings) and the length of its JSON
 * encoding, which is what the wire carries.
 */
export function checkStringMap(
  value: unknown,
  path: string,
  wireName: string,
  maxLength: number | null,
  issues: ValidationIssue[],
): void {
  if (!isRecord(value)) {
    issues.push(issue(path, wireName, "type", "must be an object whose values are all strings"));
    return;
  }
  // An upper bound of the encoded length (every character escaped as \uXXXX) skips the encoding when it fits.
  let bound = 2;
  for (const key in value) {
    const entry = value[key];
    if (typeof entry !== "string") {
      issues.push(
        issue(`${path}.${key}`, wireName, "type", "must be a string (every value of this object must be)"),
      );
      bound = Infinity;
    } else if (!isWellFormed(entry)) {
      issues.push(issue(`${path}.${key}`, wireName, "format", "must not contain a lone surrogate"));
    } else bound += 6 * (key.length + entry.length) + 6;
  }
  if (maxLength !== null && bound > maxLength)
    checkJsonLength(JSON.stringify(value), path, wireName, null, maxLength, issues);
}

/**
 * Reads a parameter group (such as `config`) from its parent: undefined when absent, the object
 * when it is one, and an issue otherwise.
 */
export function readGroup(
  parent: Record<string, unknown> | undefined,
  key: string,
  path: string,
  issues: ValidationIssue[],
): Record<string, unknown> | undefined {
  // Own properties only: a group called `constructor` that was left out is absent, not `Object`.
  const value = parent !== undefined && Object.hasOwn(parent, key) ? parent[key] : undefined;
  if (value === undefined) return undefined;
  if (isRecord(value)) return value;
  issues.push(issue(path, path, "type", "must be an object"));
  return undefined;
}

/** Reports properties the spec does not know (a misspelt name would otherwise be dropped silently). */
export function checkKnownKeys(
  record: Record<string, unknown> | undefined,
  known: ReadonlySet<string>,
  prefix: string,
  issues: ValidationIssue[],
): void {
  if (!record) return;
  for (const key in record) {
    if (!known.has(key) && Object.hasOwn(record, key) && record[key] !== undefined) {
      issues.push(
        issue(prefix ? `${prefix}.${key}` : key, key, "unknown", "is not a parameter of this operation"),
      );
    }
  }
}

/** Checks a JSON value: it must encode to JSON at all, within the given bounds on the text's length. */
export function checkJson(
  value: unknown,
  path: string,
  wireName: string,
  minLength: number | null,
  maxLength: number | null,
  issues: ValidationIssue[],
): void {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    issues.push(issue(path, wireName, "type", "must be a JSON value"));
    return;
  }
  checkJsonLength(text, path, wireName, minLength, maxLength, issues);
}

/**
 * Checks the properties of a parameters object that no parameter names, where the operation's JSON
 * body takes any other property: each must be a JSON value.
 */
export function checkAdditionalJson(
  record: Record<string, unknown> | undefined,
  known: ReadonlySet<string>,
  issues: ValidationIssue[],
): void {
  if (!record) return;
  for (const key of Object.keys(record))
    if (!known.has(key) && record[key] !== undefined) checkJson(record[key], key, key, null, null, issues);
}

/** Checks the length of an encoded JSON text against its bounds. */
export function checkJsonLength(
  text: string,
  path: string,
  wireName: string,
  minLength: number | null,
  maxLength: number | null,
  issues: ValidationIssue[],
): void {
  if (minLength === null && maxLength === null) return;
  const length = charLength(text);
  if ((minLength !== null && length < minLength) || (maxLength !== null && length > maxLength)) {
    const bounds =
      minLength !== null && maxLength !== null
        ? `${minLength} to ${maxLength}`
        : maxLength !== null
          ? `at most ${maxLength}`
          : `at least ${minLength}`;
    issues.push(
      issue(path, wireName, "length", `must encode to ${bounds} characters of JSON, got ${length}`),
    );
  }
}

/** An E.164 phone number: `+`, then 2 to 15 digits, the first not zero. */
export function isE164(value: string): boolean {
  return /^\+[1-9]\d{1,14}$/.test(value);
}
