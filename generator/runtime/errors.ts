/** Error classes of the generated client. None of them ever holds credentials. */

/** What a validator found wrong with one argument. */
export interface ValidationIssue {
  /** Property path in the call, such as `config.codeLength` or `serviceSid`. */
  readonly path: string;
  /** The name on the wire, such as `Config.CodeLength`. */
  readonly wireName: string;
  readonly code: ValidationIssueCode;
  readonly message: string;
}

/** The kinds of rule a value can break. */
export type ValidationIssueCode =
  | "required"
  | "required-when"
  | "not-applicable"
  | "exactly-one"
  | "at-least-one"
  | "type"
  | "enum"
  | "integer"
  | "range"
  | "length"
  | "items"
  | "pattern"
  | "format"
  | "discriminator"
  | "union"
  | "unknown";

declare const violated: unique symbol;

/**
 * The type of a parameter that must not be given in this call, stating the rule it would break:
 * no value has it, so giving the parameter is a compile error whose message quotes the rule, as in
 * `Type 'string' is not assignable to type 'RuleViolation<"config.appId is only allowed when factorType is 'push'">'`.
 * The validators check the same rule at run time, for callers without types.
 */
export interface RuleViolation<Rule extends string> {
  /** The rule, for the compiler's message; never present on a value. */
  readonly [violated]: Rule;
}

/** Base class of every error the client throws itself. */
export class ClientError extends Error {
  override name = "ClientError";
}

/** Arguments broke the spec's rules; thrown before any request is sent, listing every problem. */
export class ValidationError extends ClientError {
  override name = "ValidationError";
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super(
      `${issues.length} invalid argument${issues.length === 1 ? "" : "s"}:\n` +
        issues.map((i) => `- ${i.path} (${i.wireName}): ${i.message}`).join("\n"),
    );
    this.issues = issues;
  }
}

/** Broad class of an API failure, by HTTP status. */
export type ApiErrorKind =
  | "bad-request"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "rate-limited"
  | "server"
  | "other";

/** Which fields of the API's error body hold the code, message, documentation link and details (null: none). */
export interface ErrorFields {
  readonly code: string | null;
  readonly message: string | null;
  readonly moreInfo: string | null;
  readonly details: string | null;
}

/** Everything known about a non-2xx response. */
export interface ApiErrorInit {
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly requestId: string | null;
  /** The parsed error body, or null when it was empty or not JSON. */
  readonly body: Readonly<Record<string, unknown>> | null;
  /** The raw body text (at most 2,000 characters). */
  readonly rawBody: string;
  /** Where the error body keeps its parts. */
  readonly fields: ErrorFields;
  /** The wait the API asked for (Retry-After), in seconds, or null. */
  readonly retryAfter?: number | null;
}

/** The API answered with a non-2xx status. `kind` and the subclasses tell the common cases apart. */
export class ApiError extends ClientError {
  override name = "ApiError";
  readonly status: number;
  readonly kind: ApiErrorKind;
  /** The API's own error code, or null. */
  readonly code: number | string | null;
  /** A link to documentation of `code`, or null. */
  readonly moreInfo: string | null;
  readonly details: unknown;
  readonly requestId: string | null;
  readonly method: string;
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>> | null;
  readonly rawBody: string;
  /** The wait the API asked for before a retry (Retry-After), in seconds, or null. */
  readonly retryAfter: number | null;
  constructor(init: ApiErrorInit) {
    const body = init.body;
    const read = (field: string | null): unknown => (field === null ? undefined : body?.[field]);
    const message = read(init.fields.message);
    const apiMessage = typeof message === "string" ? message : null;
    const fallback = init.rawBody.trim() ? init.rawBody.trim().slice(0, 200) : "no response body";
    super(`${init.method} ${init.url} failed with HTTP ${init.status}: ${apiMessage ?? fallback}`);
    this.status = init.status;
    this.kind = apiErrorKind(init.status);
    const code = read(init.fields.code);
    this.code = typeof code === "number" || typeof code === "string" ? code : null;
    const moreInfo = read(init.fields.moreInfo);
    this.moreInfo = typeof moreInfo === "string" ? moreInfo : null;
    this.details = read(init.fields.details) ?? null;
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
    this.body = body;
    this.rawBody = init.rawBody;
    this.retryAfter = init.retryAfter ?? null;
  }
}

/** HTTP 400. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
/** HTTP 401: credentials missing or wrong. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
/** HTTP 403. */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}
/** HTTP 404. */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
/** HTTP 409. */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
/** HTTP 429, after the retries allowed were spent. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
}
/** HTTP 5xx, after the retries allowed were spent. */
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
}

/** The kind of API error for a status code. */
export function apiErrorKind(status: number): ApiErrorKind {
  if (status >= 500) return "server";
  const kinds: Record<number, ApiErrorKind> = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    409: "conflict",
    429: "rate-limited",
  };
  return kinds[status] ?? "other";
}

/** Builds the ApiError subclass that matches the status. */
export function createApiError(init: ApiErrorInit): ApiError {
  const byStatus: Record<number, typeof ApiError> = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
  };
  const Class = init.status >= 500 ? InternalServerError : (byStatus[init.status] ?? ApiError);
  return new Class(init);
}

/** The call took longer than its `timeoutMs`, retries and waits included. */
export class TimeoutError extends ClientError {
  override name = "TimeoutError";
}

/** The request never got an HTTP response (DNS, refused or reset connection), after any retries. */
export class ConnectionError extends ClientError {
  override name = "ConnectionError";
}

/**
 * A response the client cannot use: a 2xx whose body is not the JSON the operation returns (empty,
 * malformed, not an object, a page without its items or metadata), or a redirect, which the client
 * never follows so that no request, body or credential leaves the API's origin.
 */
export class ResponseError extends ClientError {
  override name = "ResponseError";
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly requestId: string | null;
  /** The start of the body (at most 200 characters), with credentials redacted. */
  readonly excerpt: string;
  constructor(init: {
    status: number;
    method: string;
    url: string;
    requestId: string | null;
    excerpt: string;
    problem: string;
  }) {
    super(`${init.method} ${init.url} answered HTTP ${init.status} with ${init.problem}`);
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.requestId = init.requestId;
    this.excerpt = init.excerpt.slice(0, 200);
  }
}

/** A page link could not be followed (no next page, or a URL on another origin). */
export class PaginationError extends ClientError {
  override name = "PaginationError";
}
