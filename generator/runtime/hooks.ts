/**
 * Hooks around a call's requests (`beforeRequest`, `afterResponse`, `onRetry`, `onError`) and the
 * logger: their typed contexts, and how the transport runs them. A client without hooks or logger
 * resolves to `null` here, and the transport then builds no context at all.
 */
import { ClientError } from "./errors.js";

/**
 * A request's body as fetch sends it: form or JSON text (or a text body), multipart parts, or
 * bytes (a stream only where the runtime can stream a request body).
 */
export type RequestBody = string | FormData | Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;

/**
 * One HTTP request as hooks see it. `beforeRequest` may change `headers` in place, or return a
 * whole new request (another URL, method or body) that is sent instead.
 */
export interface HookRequest {
  /** The HTTP method. */
  readonly method: string;
  /** The absolute URL, query included (with any credential a query carries). */
  readonly url: string;
  /** The headers to send, credentials included; a hook may set, change or delete entries. */
  readonly headers: Record<string, string>;
  /** The encoded body (form or JSON text, multipart parts, text or bytes), or null. */
  readonly body: RequestBody | null;
}

/** What every hook is told: which operation, which attempt, which request. */
export interface HookContext {
  /** The spec's operation id, such as `CreateFactor`. */
  readonly operationId: string;
  /** 1 for the first request of a call, 2 for its first retry, and so on. */
  readonly attempt: number;
  /** The request of this attempt, as sent (after every `beforeRequest`). */
  readonly request: HookRequest;
}

/** `afterResponse`'s context: a response arrived (any status, before its body is read). */
export interface AfterResponseContext extends HookContext {
  /**
   * The response, its body not yet read: a hook that reads it must read `response.clone()`, or the
   * call cannot read it.
   */
  readonly response: Response;
  /** Milliseconds from sending the request to the response's headers. */
  readonly durationMs: number;
}

/** `onRetry`'s context: this attempt failed and the request is sent again after `delayMs`. */
export interface RetryContext extends HookContext {
  /** The failed attempt's status, or null when it failed without a response. */
  readonly status: number | null;
  /** The connection failure (as the fetch implementation threw it), or null when a response came. */
  readonly error: unknown;
  /** How long the client waits before the next attempt (a `Retry-After` it was given, or its backoff). */
  readonly delayMs: number;
}

/** `onError`'s context: the call fails with `error` (an ApiError, ConnectionError, TimeoutError...). */
export interface ErrorContext extends Omit<HookContext, "request"> {
  /** The attempt that failed last, or 0 when the call failed before its first request (a refused token, say). */
  readonly attempt: number;
  /** The last request sent, or null when the call failed before sending one. */
  readonly request: HookRequest | null;
  /** The error the call is rejected with. */
  readonly error: unknown;
}

/** A hook: a function of its context, possibly async; what it returns is ignored (`beforeRequest`'s aside). */
export type Hook<Context, Result = unknown> = (context: Context) => Result | Promise<Result>;

/** One hook, or several run in order. */
export type HookList<Context, Result = unknown> = Hook<Context, Result> | readonly Hook<Context, Result>[];

/**
 * Functions the client calls around each request. Per attempt, in order: every `beforeRequest`
 * (each sees the request the one before it left or returned), the request, every `afterResponse`
 * (for every response, errors and retried ones included), then `onRetry` before a retry's wait;
 * once, when the call fails, `onError`. A hook that throws (or rejects) ends the call at once with
 * that exception, as thrown: no retry follows and no other hook runs for it (`onError` is not told).
 */
export interface Hooks {
  /** May change the request's headers in place, or return a request to send instead. */
  readonly beforeRequest?: HookList<HookContext, HookRequest | void | undefined>;
  /** Told of every response, error statuses and retried ones too, before its body is read. */
  readonly afterResponse?: HookList<AfterResponseContext>;
  /** Told before the wait of each retry: why the attempt failed and how long the client waits. */
  readonly onRetry?: HookList<RetryContext>;
  /** Told once when the call fails, of the error it is rejected with. */
  readonly onError?: HookList<ErrorContext>;
}

/** What the logger records of each attempt: credentials are redacted from the URL and the error. */
export interface LogEntry {
  /** The spec's operation id. */
  readonly operationId: string;
  /** 1 for the first request of a call, 2 for its first retry, and so on. */
  readonly attempt: number;
  /** The HTTP method sent. */
  readonly method: string;
  /** The URL, every credential of the client taken out (`[redacted]`). */
  readonly url: string;
  /** The response's status, or null when none came. */
  readonly status: number | null;
  /** Milliseconds from sending the request to the response's headers (or to the failure). */
  readonly durationMs: number;
  /** Why the attempt failed without a response (redacted), or null. */
  readonly error: string | null;
}

/**
 * Receives one entry per attempt that got a response or failed to connect (an attempt the call's
 * deadline or signal cut short gets none: `onError` is told of the call's TimeoutError or abort).
 * An exception in it ends the call, as a hook's does.
 */
export type Logger = (entry: LogEntry) => void;

/** A client's hooks, each kind as a list, and its logger; null when it has none of them. */
export interface ClientHooks {
  readonly beforeRequest: readonly Hook<HookContext, HookRequest | void | undefined>[];
  readonly afterResponse: readonly Hook<AfterResponseContext>[];
  readonly onRetry: readonly Hook<RetryContext>[];
  readonly onError: readonly Hook<ErrorContext>[];
  readonly logger: Logger | null;
}

/** The hooks and logger `createClient` was given, as lists, or null when there are none. */
export function resolveHooks(hooks: Hooks | undefined, logger: Logger | undefined): ClientHooks | null {
  if (logger !== undefined && typeof logger !== "function")
    throw new ClientError("logger must be a function.");
  const resolved: ClientHooks = {
    beforeRequest: hookList(hooks?.beforeRequest, "beforeRequest"),
    afterResponse: hookList(hooks?.afterResponse, "afterResponse"),
    onRetry: hookList(hooks?.onRetry, "onRetry"),
    onError: hookList(hooks?.onError, "onError"),
    logger: logger ?? null,
  };
  const none =
    resolved.logger === null &&
    resolved.beforeRequest.length + resolved.afterResponse.length + resolved.onRetry.length === 0 &&
    resolved.onError.length === 0;
  return none ? null : Object.freeze(resolved);
}

// One kind of hook as a frozen list, each checked to be a function.
function hookList<T>(value: T | readonly T[] | undefined, name: string): readonly T[] {
  const all = value === undefined ? [] : Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
  if (all.some((f) => typeof f !== "function"))
    throw new ClientError(`hooks.${name} must be a function or an array of functions.`);
  return Object.freeze(all);
}

/** An exception a hook threw, carried past the transport's own error handling to the caller as it was. */
export class HookFailure {
  constructor(readonly error: unknown) {}
}

/** Runs hooks in order; an exception in one comes out as a HookFailure. */
export async function runHooks<C>(hooks: readonly Hook<C>[], context: C): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook(context);
    } catch (error) {
      throw new HookFailure(error);
    }
  }
}

/** Runs every `beforeRequest` in order, each on the request the one before left; returns the request to send. */
export async function runBeforeRequest(
  hooks: ClientHooks,
  operationId: string,
  attempt: number,
  request: HookRequest,
): Promise<HookRequest> {
  let current = request;
  for (const hook of hooks.beforeRequest) {
    try {
      current = (await hook({ operationId, attempt, request: current })) ?? current;
    } catch (error) {
      throw new HookFailure(error);
    }
  }
  return current;
}

/** Hands the logger one entry; an exception in it comes out as a HookFailure. */
export function log(hooks: ClientHooks, entry: LogEntry): void {
  try {
    hooks.logger?.(entry);
  } catch (error) {
    throw new HookFailure(error);
  }
}
