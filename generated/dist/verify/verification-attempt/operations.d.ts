import type { Client } from "../../runtime/client.js";
import type { Page } from "../../runtime/pagination.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { PageMeta } from "../models.js";
import type { ListVerificationAttemptsParams, StreamVerificationAttemptsParams, VerificationAttempt } from "./types.js";
/**
 * List all the verification attempts for a given Account.
 * `GET /v2/Attempts` (operation `ListVerificationAttempt`), answered with HTTP 200.
 * Returns one page; follow `nextPage()` for more, or use the stream to iterate over all items.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listVerificationAttempts(client: Client, params?: ListVerificationAttemptsParams, options?: RequestOptions): Promise<Page<VerificationAttempt, PageMeta>>;
/**
 * List all the verification attempts for a given Account.
 * `GET /v2/Attempts` (operation `ListVerificationAttempt`), answered with HTTP 200.
 * Like `listVerificationAttempts`, with the HTTP status and headers.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listVerificationAttemptsWithResponse(client: Client, params?: ListVerificationAttemptsParams, options?: RequestOptions): Promise<ApiResponse<Page<VerificationAttempt, PageMeta>>>;
/**
 * Stream every item of ListVerificationAttempt, fetching pages as they are consumed.
 * Iterates over every item of `listVerificationAttempts`, page after page. Nothing is requested until the first item is asked for, and a page only when the consumer has used up the one before; stops after `limit` items or when the consumer breaks out.
 * Without `pageSize`, pages hold `min(limit, 1000)` items when `limit` is given.
 * @throws ValidationError at once, when an argument breaks the spec's rules
 */
export declare function streamVerificationAttempts(client: Client, params?: StreamVerificationAttemptsParams, options?: RequestOptions): AsyncIterable<VerificationAttempt>;
/**
 * Fetch a specific verification attempt.
 * `GET /v2/Attempts/{Sid}` (operation `FetchVerificationAttempt`), answered with HTTP 200.
 * @param sid - The unique SID identifier of a Verification Attempt
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchVerificationAttempt(client: Client, sid: string, options?: RequestOptions): Promise<VerificationAttempt>;
/**
 * Fetch a specific verification attempt.
 * `GET /v2/Attempts/{Sid}` (operation `FetchVerificationAttempt`), answered with HTTP 200.
 * Like `fetchVerificationAttempt`, with the HTTP status and headers.
 * @param sid - The unique SID identifier of a Verification Attempt
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchVerificationAttemptWithResponse(client: Client, sid: string, options?: RequestOptions): Promise<ApiResponse<VerificationAttempt>>;
