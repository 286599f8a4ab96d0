import type { Client, CoreClientOptions } from "./runtime/client.js";
/** Options of `createClient`: credentials (`apiKey`, `apiSecret`, `accountSid`, `authToken`) and the options every client has. */
export interface ClientOptions extends CoreClientOptions {
    /** The SID of an API key (SK...), used instead of the account SID. */
    readonly apiKey?: string;
    /** The secret of the API key. */
    readonly apiSecret?: string;
    /**
     * The account SID (AC...).
     * Falls back to `TWILIO_ACCOUNT_SID`.
     */
    readonly accountSid?: string;
    /**
     * The account's auth token.
     * Falls back to `TWILIO_AUTH_TOKEN`.
     */
    readonly authToken?: string;
}
/**
 * Creates a client: HTTP Basic auth with `apiKey` and `apiSecret`, or `accountSid` and `authToken`, falling back to `TWILIO_ACCOUNT_SID` and `TWILIO_AUTH_TOKEN` where `process.env` exists.
 * Credentials are kept out of the client's properties, so logging or serializing it never reveals them.
 * @throws ClientError when no credentials can be found
 */
export declare function createClient(options?: ClientOptions): Client;
export type { Client, CoreClientOptions } from "./runtime/client.js";
export type { TokenSource } from "./runtime/auth.js";
export { ApiError, AuthenticationError, BadRequestError, ClientError, ConflictError, ConnectionError, InternalServerError, NotFoundError, PaginationError, PermissionDeniedError, RateLimitError, ResponseError, TimeoutError, ValidationError } from "./runtime/errors.js";
export type { ApiErrorKind, ErrorFields, RuleViolation, ValidationIssue, ValidationIssueCode } from "./runtime/errors.js";
export type { ApiResponse, Redirect, RequestOptions } from "./runtime/transport.js";
export type { Download } from "./runtime/download.js";
export type { AfterResponseContext, ErrorContext, Hook, HookContext, HookList, HookRequest, Hooks, LogEntry, Logger, RetryContext } from "./runtime/hooks.js";
export type { RetryPolicy, RetryStatus } from "./runtime/retry.js";
export type { VerifiedWebhook, WebhookParams, WebhookSignature } from "./runtime/webhooks.js";
export type { Page } from "./runtime/pagination.js";
