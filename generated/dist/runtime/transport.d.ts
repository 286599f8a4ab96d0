/** Sends one operation's request: headers, deadline, cancellation, retries, and errors from responses. */
import { type AuthSecurity } from "./auth.js";
import type { Client } from "./client.js";
import type { Download } from "./download.js";
import { type ErrorFields } from "./errors.js";
import { type RequestBody } from "./hooks.js";
import { type IdempotencyKey } from "./idempotency.js";
import { type RetryPolicy } from "./retry.js";
/** Per-call options every operation accepts. */
export interface RequestOptions {
    /** Cancels the request and any pending retry wait. */
    readonly signal?: AbortSignal;
    /** Overrides the client's time budget for this call. */
    readonly timeoutMs?: number;
    /** Overrides the client's retry count for this call (`retry.maxRetries` wins). */
    readonly maxRetries?: number;
    /** Overrides fields of the client's retry policy for this call. */
    readonly retry?: RetryPolicy;
    /**
     * The idempotency key of this call, for an operation whose spec declares one (elsewhere it is
     * ignored); without it the client makes a fresh one per call. Every retry sends the same.
     */
    readonly idempotencyKey?: string;
    /** Extra headers; they cannot replace the ones credentials set (Authorization, an API key's, Cookie). */
    readonly headers?: Readonly<Record<string, string>>;
}
/** A response with its parsed body: what the `...WithResponse` functions return. */
export interface ApiResponse<T> {
    readonly status: number;
    readonly headers: Headers;
    /** The request id header's value, or null. */
    readonly requestId: string | null;
    readonly data: T;
}
/**
 * What a 2xx body must be: a JSON object (the operation returns a model), any JSON value (it
 * returns an array, a scalar, a map or a nullable body, whose decoder checks the shape), text (a
 * string, as it came), binary (a `Download`, unread), or anything (ignored).
 */
export type BodyExpect = "object" | "json" | "text" | "binary" | "any";
/** One HTTP exchange as an operation describes it. */
export interface OperationRequest {
    /** The spec's operation id, as hooks and the logger are told. */
    readonly operationId: string;
    readonly method: "GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "PATCH" | "DELETE";
    /** Absolute URL, or a path below the base URL. */
    readonly url: string;
    /** The operation's query string (form-encoded), if it has query parameters. */
    readonly query?: string | undefined;
    /** A form body (form-encoded text), sent even when empty. */
    readonly form?: string | undefined;
    /** A JSON request body (instead of a form). */
    readonly json?: unknown;
    /** A multipart/form-data body: fetch writes its Content-Type, with the boundary. */
    readonly multipart?: FormData | undefined;
    /** A text or binary body, sent as it is. */
    readonly content?: Exclude<RequestBody, FormData> | undefined;
    /** The Content-Type of a `json` or `content` body, where not application/json (text/plain, application/zip, …). */
    readonly mediaType?: string;
    /** Headers the operation's parameters set (its cookie parameters as one `Cookie` header). */
    readonly headers?: Readonly<Record<string, string>> | undefined;
    /**
     * The API's own server URL for this operation (the service's, or the operation's own), with
     * `{variable}` placeholders; used unless the client's `baseUrl` replaces it.
     */
    readonly defaultBaseUrl: string;
    readonly requestIdHeader: string | null;
    /** Where the API's error body keeps its parts. */
    readonly errorFields: ErrorFields;
    /**
     * What a 2xx body must be (`BodyExpect`), or, where statuses answer different bodies, what each
     * declared status's must be (any other 2xx is then a ResponseError).
     */
    readonly expect?: BodyExpect | Readonly<Record<number, BodyExpect>>;
    /** The `Accept` header: the media types the operation answers (`application/json` when not given). */
    readonly accept?: string;
    /**
     * Makes a binary answer's Download (`createDownload`): given by the operations that have one, so a
     * bundle without them leaves it out. Such a call gets a deadline of its own, never a shared one.
     */
    readonly download?: (response: Response, signal: AbortSignal | undefined, fail: (error: unknown) => Error) => Download;
    /** The API answers with a redirect by design: a 3xx is the result (its body JSON or empty), never followed. */
    readonly redirect?: boolean;
    /** The credentials it needs: alternatives of scheme names (`[]`: none). */
    readonly security: AuthSecurity;
    /** Where the operation takes an idempotency key, when its spec declares one: the write may then be retried like a read. */
    readonly idempotencyKey?: IdempotencyKey;
}
/**
 * A redirect the API answers by design (an operation whose spec declares a 3xx answer), returned as
 * it came: the client never follows a redirect.
 */
export interface Redirect<T> {
    /** The HTTP status; 0 in a browser, which hides a redirect's details from scripts. */
    readonly status: number;
    /** Where the API sends the caller (the Location header), or null when the answer gives none (or in a browser). */
    readonly location: string | null;
    /** The answer's body, decoded, or null when it has none. */
    readonly body: T | null;
}
/** The base URL requests of an operation go to with this client: its `baseUrl`, else the API's server URL. */
export declare function effectiveBaseUrl(client: Client, defaultBaseUrl: string): string;
/**
 * The API's own server URL with the client's server variables filled in: a value in the path is
 * percent-encoded segment by segment (its `/` kept), one in the scheme, host or port was checked by
 * `createClient` and goes as it is.
 */
export declare function serverUrlOf(client: Client, defaultBaseUrl: string): string;
/** Sends the request, retrying as allowed; resolves with the parsed JSON body (null when empty). */
export declare function send(client: Client, operation: OperationRequest, options?: RequestOptions): Promise<ApiResponse<unknown>>;
