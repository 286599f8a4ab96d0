/** A status, or a class of them (`"5xx"`: 500 to 599). */
export type RetryStatus = number | "4xx" | "5xx";
/** How a client (or one call) retries; every field falls back to the client's, then to the default. */
export interface RetryPolicy {
    /** How many times a failed request may be sent again. Default 2. */
    readonly maxRetries?: number;
    /** The statuses retried. Default `[429, "5xx"]`; a write without idempotency key only ever on 429. */
    readonly statuses?: readonly RetryStatus[];
    /**
     * The connection failures retried: `"any"` (the default), or error codes (`ECONNRESET`,
     * `ECONNREFUSED`, `UND_ERR_SOCKET`...) looked for in the error's `code` and its causes'. A write
     * without idempotency key is never retried after one.
     */
    readonly networkErrors?: "any" | readonly string[];
    /** The first backoff in milliseconds; each retry doubles it, with jitter over its upper half. Default 500. */
    readonly baseDelayMs?: number;
    /** The cap of the backoff in milliseconds. Default 8000. A `Retry-After` is followed as the server says. */
    readonly maxDelayMs?: number;
}
/** A retry policy with every field known. */
export interface ResolvedRetryPolicy {
    readonly maxRetries: number;
    readonly statuses: readonly RetryStatus[];
    readonly networkErrors: "any" | readonly string[];
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
}
/** The default policy: today's behaviour of every client. */
export declare const DEFAULT_RETRY_POLICY: ResolvedRetryPolicy;
/** `policy` over `base`, each field checked; throws a ClientError naming the field at fault. */
export declare function resolveRetryPolicy(base: ResolvedRetryPolicy, policy: RetryPolicy): ResolvedRetryPolicy;
/** Whether the policy retries an answer of this status. */
export declare function retriesStatus(policy: ResolvedRetryPolicy, status: number): boolean;
/** Whether the policy retries this connection failure: any, or one whose code (or a cause's) it lists. */
export declare function retriesNetworkError(policy: ResolvedRetryPolicy, error: unknown): boolean;
/** Exponential backoff with full jitter over the upper half, capped. */
export declare function backoff(policy: ResolvedRetryPolicy, attempt: number): number;
