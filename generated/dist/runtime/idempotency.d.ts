/**
 * Idempotency keys: an operation whose spec names one (a header or a body field) gets a key per
 * logical call, the caller's or a fresh one, sent unchanged with every retry of that call, so the
 * API can tell a retry from a second request; only such a write is retried after a 5xx or a
 * connection failure.
 */
import type { OperationRequest, RequestOptions } from "./transport.js";
/** Where an operation takes its idempotency key: a header, a form field or a JSON body property (wire names). */
export type IdempotencyKey = Readonly<{
    header: string;
} | {
    form: string;
} | {
    json: string;
}>;
/**
 * The request with its idempotency key in place: `options.idempotencyKey` when given, else the one
 * the call's parameters or headers already carry, else a fresh random one (made once per call, so
 * each retry sends the same).
 */
export declare function withIdempotencyKey(request: OperationRequest, key: IdempotencyKey, options: RequestOptions): OperationRequest;
