import type { MockAnswer, MockBody } from "./types.js";
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
export declare const SAMPLE_BYTES: number;
/** Answers an operation by its `answers`, at the status the request asks for. */
export declare function answerByStatus(answers: readonly MockAnswer[], headers: Readonly<Record<string, string | string[] | undefined>>, hooks: AnswerHooks): Answered;
/** The sample bytes of a binary body: `SAMPLE_BYTES` bytes, byte i being `(i * 31 + 7) % 256`. */
export declare function sampleBytes(): Uint8Array;
