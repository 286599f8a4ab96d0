/**
 * Idempotency keys: an operation whose spec names one (a header or a body field) gets a key per
 * logical call, the caller's or a fresh one, sent unchanged with every retry of that call, so the
 * API can tell a retry from a second request; only such a write is retried after a 5xx or a
 * connection failure.
 */
import type { OperationRequest, RequestOptions } from "./transport.js";

/** Where an operation takes its idempotency key: a header, a form field or a JSON body property (wire names). */
export type IdempotencyKey = Readonly<{ header: string } | { form: string } | { json: string }>;

/**
 * The request with its idempotency key in place: `options.idempotencyKey` when given, else the one
 * the call's parameters or headers already carry, else a fresh random one (made once per call, so
 * each retry sends the same).
 */
export function withIdempotencyKey(
  request: OperationRequest,
  key: IdempotencyKey,
  options: RequestOptions,
): OperationRequest {
  const given = options.idempotencyKey;
  if ("header" in key) {
    const lower = key.header.toLowerCase();
    const carried = [request.headers, options.headers].some((headers) =>
      Object.keys(headers ?? {}).some((name) => name.toLowerCase() === lower),
    );
    if (given === undefined && carried) return request;
    const headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).filter(([name]) => name.toLowerCase() !== lower),
    );
    return { ...request, headers: { ...headers, [key.header]: given ?? freshKey() } };
  }
  if ("form" in key) {
    const form = new URLSearchParams(request.form);
    if (given === undefined && form.has(key.form)) return request;
    form.set(key.form, given ?? freshKey());
    return { ...request, form: form.toString() };
  }
  const json = (request.json ?? {}) as Record<string, unknown>;
  if (given === undefined && json[key.json] !== undefined) return request;
  return { ...request, json: { ...json, [key.json]: given ?? freshKey() } };
}

/** A random UUID (version 4); `getRandomValues` where `randomUUID` is missing (a browser page over http). */
function freshKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
