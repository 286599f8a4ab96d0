import type { Client } from "../../runtime/client.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { FetchVerificationAttemptsSummaryParams, VerificationAttemptsSummary } from "./types.js";
/**
 * Get a summary of how many attempts were made and how many were converted.
 * `GET /v2/Attempts/Summary` (operation `FetchVerificationAttemptsSummary`), answered with HTTP 200.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchVerificationAttemptsSummary(client: Client, params?: FetchVerificationAttemptsSummaryParams, options?: RequestOptions): Promise<VerificationAttemptsSummary>;
/**
 * Get a summary of how many attempts were made and how many were converted.
 * `GET /v2/Attempts/Summary` (operation `FetchVerificationAttemptsSummary`), answered with HTTP 200.
 * Like `fetchVerificationAttemptsSummary`, with the HTTP status and headers.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchVerificationAttemptsSummaryWithResponse(client: Client, params?: FetchVerificationAttemptsSummaryParams, options?: RequestOptions): Promise<ApiResponse<VerificationAttemptsSummary>>;
