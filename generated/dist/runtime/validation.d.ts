/** Small checks the generated validators call; the validators themselves are straight-line code. */
import type { ValidationIssue, ValidationIssueCode } from "./errors.js";
/** Shorthand for building one issue. */
export declare function issue(path: string, wireName: string, code: ValidationIssueCode, message: string): ValidationIssue;
/** Length in Unicode code points (what "characters" means in API limits), not UTF-16 units. */
export declare function charLength(value: string): number;
/** Whether a value is a file's bytes as a multipart part takes them: a Blob (a File among them) or a Uint8Array. */
export declare function isBinary(value: unknown): value is Blob | Uint8Array;
/** Whether a value is a binary request body: a Blob, a Uint8Array, an ArrayBuffer or a ReadableStream. */
export declare function isBinaryBody(value: unknown): boolean;
/** A plain object (not null, not an array): what a parameter group or string map must be. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** Text every encoder can carry: no lone surrogate, which UTF-8 would turn into U+FFFD. */
export declare function isWellFormed(value: string): boolean;
/** RFC 4648 Base32 (upper case, padding optional). */
export declare function isBase32(value: string): boolean;
/** RFC 4648 Base64 with padding (a character loop: a regular expression is several times slower here). */
export declare function isBase64(value: string): boolean;
/**
 * Base64 of one complete DER-encoded PKIX SubjectPublicKeyInfo, of any algorithm: SEQUENCE {
 * SEQUENCE { algorithm OID, parameters }, BIT STRING }, every length exact.
 */
export declare function isSpkiBase64(value: string): boolean;
/**
 * Base64 of a DER-encoded PKIX SubjectPublicKeyInfo holding an ECDSA key on P-256 (the key ES256
 * signs with): the EC public key algorithm, the prime256v1 curve, and a whole point (65 bytes
 * uncompressed, or 33 compressed).
 */
export declare function isEcP256Spki(value: string): boolean;
/** An absolute URL with a scheme. */
export declare function isUri(value: string): boolean;
/** An ISO 8601 date-time. */
export declare function isDateTime(value: string): boolean;
/** Checks a path argument: a string that is not empty, `.` or `..` (which URLs would resolve away). */
export declare function checkPathSegment(value: unknown, path: string, wireName: string, issues: ValidationIssue[]): value is string;
/**
 * Checks a string map (a JSON object whose values are all strings) and the length of its JSON
 * encoding, which is what the wire carries.
 */
export declare function checkStringMap(value: unknown, path: string, wireName: string, maxLength: number | null, issues: ValidationIssue[]): void;
/**
 * Reads a parameter group (such as `config`) from its parent: undefined when absent, the object
 * when it is one, and an issue otherwise.
 */
export declare function readGroup(parent: Record<string, unknown> | undefined, key: string, path: string, issues: ValidationIssue[]): Record<string, unknown> | undefined;
/** Reports properties the spec does not know (a misspelt name would otherwise be dropped silently). */
export declare function checkKnownKeys(record: Record<string, unknown> | undefined, known: ReadonlySet<string>, prefix: string, issues: ValidationIssue[]): void;
/** Checks a JSON value: it must encode to JSON at all, within the given bounds on the text's length. */
export declare function checkJson(value: unknown, path: string, wireName: string, minLength: number | null, maxLength: number | null, issues: ValidationIssue[]): void;
/**
 * Checks the properties of a parameters object that no parameter names, where the operation's JSON
 * body takes any other property: each must be a JSON value.
 */
export declare function checkAdditionalJson(record: Record<string, unknown> | undefined, known: ReadonlySet<string>, issues: ValidationIssue[]): void;
/** Checks the length of an encoded JSON text against its bounds. */
export declare function checkJsonLength(text: string, path: string, wireName: string, minLength: number | null, maxLength: number | null, issues: ValidationIssue[]): void;
/** An E.164 phone number: `+`, then 2 to 15 digits, the first not zero. */
export declare function isE164(value: string): boolean;
