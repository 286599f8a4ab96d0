/**
 * The retry policy: which answers and connection failures are retried, how many times, and how
 * long the client waits between attempts. Which requests may be retried at all is the transport's
 * rule: a write the API does not deduplicate (no idempotency key declared) only after a 429.
 */

import { ClientError } from "./errors.js";

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
export const DEFAULT_RETRY_POLICY: ResolvedRetryPolicy = Object.freeze({
  maxRetries: 2,
  statuses: Object.freeze([429, "5xx"] as const),
  networkErrors: "any",
  baseDelayMs: 500,
  maxDelayMs: 8_000,
});

/** `policy` over `base`, each field checked; throws a ClientError naming the field at fault. */
export function resolveRetryPolicy(base: ResolvedRetryPolicy, policy: RetryPolicy): ResolvedRetryPolicy {
  const statuses = policy.statuses ?? base.statuses;
  if (
    !Array.isArray(statuses) ||
    statuses.some((s) => s !== "4xx" && s !== "5xx" && !(Number.isInteger(s) && s >= 100 && s <= 599))
  )
    throw new ClientError('retry.statuses must list statuses (100 to 599), "4xx" or "5xx".');
  const networkErrors = policy.networkErrors ?? base.networkErrors;
  if (
    networkErrors !== "any" &&
    (!Array.isArray(networkErrors) || networkErrors.some((c) => typeof c !== "string"))
  )
    throw new ClientError('retry.networkErrors must be "any" or a list of error codes.');
  return Object.freeze({
    maxRetries: count(policy.maxRetries, base.maxRetries, "retry.maxRetries"),
    statuses: Object.freeze([...statuses]),
    networkErrors: networkErrors === "any" ? "any" : Object.freeze([...networkErrors]),
    baseDelayMs: count(policy.baseDelayMs, base.baseDelayMs, "retry.baseDelayMs"),
    maxDelayMs: count(policy.maxDelayMs, base.maxDelayMs, "retry.maxDelayMs"),
  });
}

function count(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw new ClientError(`${name} must be a non-negative number.`);
  return value;
}

/** Whether the policy retries an answer of this status. */
export function retriesStatus(policy: ResolvedRetryPolicy, status: number): boolean {
  const family = status >= 500 && status < 600 ? "5xx" : status >= 400 && status < 500 ? "4xx" : null;
  return policy.statuses.some((s) => s === status || s === family);
}

/** Whether the policy retries this connection failure: any, or one whose code (or a cause's) it lists. */
export function retriesNetworkError(policy: ResolvedRetryPolicy, error: unknown): boolean {
  if (policy.networkErrors === "any") return true;
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && policy.networkErrors.includes(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Exponential backoff with full jitter over the upper half, capped. */
export function backoff(policy: ResolvedRetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
