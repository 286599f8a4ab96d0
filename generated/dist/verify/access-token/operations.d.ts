import type { Client } from "../../runtime/client.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { AccessToken, CreateAccessTokenParams } from "./types.js";
/**
 * Create a new enrollment Access Token for the Entity
 * `POST /v2/Services/{ServiceSid}/AccessTokens` (operation `CreateAccessToken`), answered with HTTP 200 or 201.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createAccessToken(client: Client, serviceSid: string, params: CreateAccessTokenParams, options?: RequestOptions): Promise<AccessToken>;
/**
 * Create a new enrollment Access Token for the Entity
 * `POST /v2/Services/{ServiceSid}/AccessTokens` (operation `CreateAccessToken`), answered with HTTP 200 or 201.
 * Like `createAccessToken`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createAccessTokenWithResponse(client: Client, serviceSid: string, params: CreateAccessTokenParams, options?: RequestOptions): Promise<ApiResponse<AccessToken>>;
/**
 * Fetch an Access Token for the Entity
 * `GET /v2/Services/{ServiceSid}/AccessTokens/{Sid}` (operation `FetchAccessToken`), answered with HTTP 200.
 * @param serviceSid - The unique SID identifier of the Service.
 * @param sid - A 34 character string that uniquely identifies this Access Token.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchAccessToken(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<AccessToken>;
/**
 * Fetch an Access Token for the Entity
 * `GET /v2/Services/{ServiceSid}/AccessTokens/{Sid}` (operation `FetchAccessToken`), answered with HTTP 200.
 * Like `fetchAccessToken`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @param sid - A 34 character string that uniquely identifies this Access Token.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchAccessTokenWithResponse(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<ApiResponse<AccessToken>>;
