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
export type ValidationIssueCode = "required" | "required-when" | "not-applicable" | "exactly-one" | "at-least-one" | "type" | "enum" | "integer" | "range" | "length" | "items" | "pattern" | "format" | "discriminator" | "union" | "unknown";
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
export declare class ClientError extends Error {
    override name: string;
}
/** Arguments broke the spec's rules; thrown before any request is sent, listing every problem. */
export declare class ValidationError extends ClientError {
    override name: string;
    readonly issues: readonly ValidationIssue[];
    constructor(issues: readonly ValidationIssue[]);
}
/** Broad class of an API failure, by HTTP status. */
export type ApiErrorKind = "bad-request" | "unauthorized" | "forbidden" | "not-found" | "conflict" | "rate-limited" | "server" | "other";
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
export declare class ApiError extends ClientError {
    override name: string;
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
    constructor(init: ApiErrorInit);
}
/** HTTP 400. */
export declare class BadRequestError extends ApiError {
    override name: string;
}
/** HTTP 401: credentials missing or wrong. */
export declare class AuthenticationError extends ApiError {
    override name: string;
}
/** HTTP 403. */
export declare class PermissionDeniedError extends ApiError {
    override name: string;
}
/** HTTP 404. */
export declare class NotFoundError extends ApiError {
    override name: string;
}
/** HTTP 409. */
export declare class ConflictError extends ApiError {
    override name: string;
}
/** HTTP 429, after the retries allowed were spent. */
export declare class RateLimitError extends ApiError {
    override name: string;
}
/** HTTP 5xx, after the retries allowed were spent. */
export declare class InternalServerError extends ApiError {
    override name: string;
}
/** The kind of API error for a status code. */
export declare function apiErrorKind(status: number): ApiErrorKind;
/** Builds the ApiError subclass that matches the status. */
export declare function createApiError(init: ApiErrorInit): ApiError;
/** The call took longer than its `timeoutMs`, retries and waits included. */
export declare class TimeoutError extends ClientError {
    override name: string;
}
/** The request never got an HTTP response (DNS, refused or reset connection), after any retries. */
export declare class ConnectionError extends ClientError {
    override name: string;
}
/**
 * A response the client cannot use: a 2xx whose body is not the JSON the operation returns (empty,
 * malformed, not an object, a page without its items or metadata), or a redirect, which the client
 * never follows so that no request, body or credential leaves the API's origin.
 */
export declare class ResponseError extends ClientError {
    override name: string;
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
    });
}
/** A page link could not be followed (no next page, or a URL on another origin). */
export declare class PaginationError extends ClientError {
    override name: string;
}
export {};
