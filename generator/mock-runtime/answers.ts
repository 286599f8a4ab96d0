/**
 * Answers of operations whose statuses answer different bodies, or whose body is text, binary or
 * may be JSON null: the status a request asks for (`Prefer: code=202`, as Prism reads it, else the
 * first declared), and that status's body: none, a model, JSON (null where nullable), a text
 * sample, or sample bytes with the declared content type.
 */
import { alwaysSent } from "./records.js";
import type { MockAnswer, MockAnswerBody, MockBody, MockField } from "./types.js";

/** A body sent as it is, not as JSON. */
export interface RawBody {
  readonly contentType: string;
  readonly body: string | Uint8Array;
}

/** One answer of the server: a status, a JSON payload (null for none) or a raw body, extra headers. */
export interface Answered {
  readonly status: number;
  readonly payload: unknown;
  readonly headers?: Record<string, string>;
  readonly raw?: RawBody;
}

/** What answering needs from the operation's kind. */
export interface AnswerHooks {
  /** Does what the operation's kind does (create, update, delete), for a body that is not its record. */
  act(): unknown;
  /** The record the operation's kind yields, projected on the first model answer's fields. */
  record(): unknown;
  /** The fixed sample (or the stored records) of a JSON body that is not one model. */
  sample(body: MockBody): unknown;
  /** Whether an error means the record is missing (a 404). */
  missing(error: unknown): boolean;
}

/** The size of the bytes the server answers for a binary body: enough to arrive in several chunks. */
export const SAMPLE_BYTES: number = 256 * 1024;

/** Answers an operation by its `answers`, at the status the request asks for. */
export function answerByStatus(
  answers: readonly MockAnswer[],
  headers: Readonly<Record<string, string | string[] | undefined>>,
  hooks: AnswerHooks,
): Answered {
  const { status, body } = chosen(answers, headers["prefer"]);
  return { status, ...bodyOf(body, hooks) };
}

function bodyOf(body: MockAnswerBody, hooks: AnswerHooks): Omit<Answered, "status"> {
  switch (body.shape) {
    case "none":
      hooks.act();
      return { payload: null };
    case "model": {
      let record: unknown;
      try {
        record = hooks.record();
      } catch (error) {
        if (body.nullable && hooks.missing(error)) return { payload: null, raw: JSON_NULL };
        throw error;
      }
      return { payload: shown(record, body.fields) };
    }
    case "json": {
      hooks.act();
      return body.nullable ? { payload: null, raw: JSON_NULL } : { payload: hooks.sample(body.body) };
    }
    case "text":
      hooks.act();
      return { payload: null, raw: { contentType: sendable(body.mediaType), body: "sample text\n" } };
    case "binary":
      hooks.act();
      return { payload: null, raw: { contentType: sendable(body.mediaType), body: sampleBytes() } };
  }
}

const JSON_NULL: RawBody = { contentType: "application/json", body: "null" };

// The declared status a `Prefer: code=<status>` header names, else the first.
function chosen(
  answers: readonly MockAnswer[],
  prefer: string | string[] | undefined,
): { status: number; body: MockAnswerBody } {
  const code = Number(/\bcode=(\d{3})\b/.exec(String(prefer ?? ""))?.[1]);
  for (const answer of answers)
    if (answer.statuses.includes(code)) return { status: code, body: answer.body };
  return { status: answers[0]!.statuses[0]!, body: answers[0]!.body };
}

// The record when it shows every field this model always sends, else a sample of the model.
function shown(record: unknown, fields: readonly MockField[]): Record<string, unknown> {
  const source = typeof record === "object" && record !== null ? (record as Record<string, unknown>) : {};
  const fits = fields.every((f) => !f.required || (source[f.wireName] ?? null) !== null);
  const now = new Date();
  return Object.fromEntries(
    fields.map((f) => [
      f.wireName,
      fits ? (source[f.wireName] ?? null) : f.required ? alwaysSent(f, now) : null,
    ]),
  );
}

// A media type with a wildcard (`image/*`) cannot be a Content-Type: the bytes go as octets.
function sendable(mediaType: string): string {
  return mediaType.includes("*") ? "application/octet-stream" : mediaType;
}

let bytes: Uint8Array | null = null;

/** The sample bytes of a binary body: `SAMPLE_BYTES` bytes, byte i being `(i * 31 + 7) % 256`. */
export function sampleBytes(): Uint8Array {
  if (bytes === null) {
    bytes = new Uint8Array(SAMPLE_BYTES);
    for (let i = 0; i < SAMPLE_BYTES; i++) bytes[i] = (i * 31 + 7) & 255;
  }
  return bytes;
}
