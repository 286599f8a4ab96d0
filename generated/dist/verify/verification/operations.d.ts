import type { Client } from "../../runtime/client.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { CreateVerificationParams, UpdateVerificationParams, Verification } from "./types.js";
/**
 * Create a new Verification using a Service
 * `POST /v2/Services/{ServiceSid}/Verifications` (operation `CreateVerification`), answered with HTTP 201.
 * @param serviceSid - The SID of the verification [Service](https://www.twilio.com/docs/verify/api/service) to create the resource under.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createVerification<ChannelValue extends CreateVerificationParams["channel"]>(client: Client, serviceSid: string, params: CreateVerificationParams & {
    readonly channel: ChannelValue;
}, options?: RequestOptions): Promise<Verification>;
/**
 * Create a new Verification using a Service
 * `POST /v2/Services/{ServiceSid}/Verifications` (operation `CreateVerification`), answered with HTTP 201.
 * Like `createVerification`, with the HTTP status and headers.
 * @param serviceSid - The SID of the verification [Service](https://www.twilio.com/docs/verify/api/service) to create the resource under.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createVerificationWithResponse<ChannelValue extends CreateVerificationParams["channel"]>(client: Client, serviceSid: string, params: CreateVerificationParams & {
    readonly channel: ChannelValue;
}, options?: RequestOptions): Promise<ApiResponse<Verification>>;
/**
 * Fetch a specific Verification
 * `GET /v2/Services/{ServiceSid}/Verifications/{Sid}` (operation `FetchVerification`), answered with HTTP 200.
 * @param serviceSid - The SID of the verification [Service](https://www.twilio.com/docs/verify/api/service) to create the resource under.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchVerification(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<Verification>;
/**
 * Fetch a specific Verification
 * `GET /v2/Services/{ServiceSid}/Verifications/{Sid}` (operation `FetchVerification`), answered with HTTP 200.
 * Like `fetchVerification`, with the HTTP status and headers.
 * @param serviceSid - The SID of the verification [Service](https://www.twilio.com/docs/verify/api/service) to create the resource under.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchVerificationWithResponse(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<ApiResponse<Verification>>;
/**
 * Update a Verification status
 * `POST /v2/Services/{ServiceSid}/Verifications/{Sid}` (operation `UpdateVerification`), answered with HTTP 200.
 * @param serviceSid - The SID of the verification [Service](https://www.twilio.com/docs/verify/api/service) to create the resource under.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateVerification(client: Client, serviceSid: string, sid: string, params: UpdateVerificationParams, options?: RequestOptions): Promise<Verification>;
/**
 * Update a Verification status
 * `POST /v2/Services/{ServiceSid}/Verifications/{Sid}` (operation `UpdateVerification`), answered with HTTP 200.
 * Like `updateVerification`, with the HTTP status and headers.
 * @param serviceSid - The SID of the verification [Service](https://www.twilio.com/docs/verify/api/service) to create the resource under.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateVerificationWithResponse(client: Client, serviceSid: string, sid: string, params: UpdateVerificationParams, options?: RequestOptions): Promise<ApiResponse<Verification>>;
