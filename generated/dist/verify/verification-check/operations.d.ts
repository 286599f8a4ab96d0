import type { Client } from "../../runtime/client.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { CreateVerificationCheckParams, VerificationCheck } from "./types.js";
/**
 * challenge a specific Verification Check.
 * `POST /v2/Services/{ServiceSid}/VerificationCheck` (operation `CreateVerificationCheck`), answered with HTTP 200 or 201.
 * @param serviceSid - The SID of the verification [Service](https://www.twilio.com/docs/verify/api/service) to create the resource under.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createVerificationCheck(client: Client, serviceSid: string, params: CreateVerificationCheckParams, options?: RequestOptions): Promise<VerificationCheck>;
/**
 * challenge a specific Verification Check.
 * `POST /v2/Services/{ServiceSid}/VerificationCheck` (operation `CreateVerificationCheck`), answered with HTTP 200 or 201.
 * Like `createVerificationCheck`, with the HTTP status and headers.
 * @param serviceSid - The SID of the verification [Service](https://www.twilio.com/docs/verify/api/service) to create the resource under.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createVerificationCheckWithResponse(client: Client, serviceSid: string, params: CreateVerificationCheckParams, options?: RequestOptions): Promise<ApiResponse<VerificationCheck>>;
