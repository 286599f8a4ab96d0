import type { Client } from "../../runtime/client.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { CreateSafelistParams, Safelist } from "./types.js";
/**
 * Add a new phone number to SafeList.
 * `POST /v2/SafeList/Numbers` (operation `CreateSafelist`), answered with HTTP 201.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createSafelist(client: Client, params: CreateSafelistParams, options?: RequestOptions): Promise<Safelist>;
/**
 * Add a new phone number to SafeList.
 * `POST /v2/SafeList/Numbers` (operation `CreateSafelist`), answered with HTTP 201.
 * Like `createSafelist`, with the HTTP status and headers.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createSafelistWithResponse(client: Client, params: CreateSafelistParams, options?: RequestOptions): Promise<ApiResponse<Safelist>>;
/**
 * Check if a phone number exists in SafeList.
 * `GET /v2/SafeList/Numbers/{PhoneNumber}` (operation `FetchSafelist`), answered with HTTP 200.
 * @param phoneNumber - The phone number to be fetched from SafeList. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchSafelist(client: Client, phoneNumber: string, options?: RequestOptions): Promise<Safelist>;
/**
 * Check if a phone number exists in SafeList.
 * `GET /v2/SafeList/Numbers/{PhoneNumber}` (operation `FetchSafelist`), answered with HTTP 200.
 * Like `fetchSafelist`, with the HTTP status and headers.
 * @param phoneNumber - The phone number to be fetched from SafeList. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchSafelistWithResponse(client: Client, phoneNumber: string, options?: RequestOptions): Promise<ApiResponse<Safelist>>;
/**
 * Remove a phone number from SafeList.
 * `DELETE /v2/SafeList/Numbers/{PhoneNumber}` (operation `DeleteSafelist`), answered with HTTP 204.
 * @param phoneNumber - The phone number to be fetched from SafeList. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteSafelist(client: Client, phoneNumber: string, options?: RequestOptions): Promise<void>;
/**
 * Remove a phone number from SafeList.
 * `DELETE /v2/SafeList/Numbers/{PhoneNumber}` (operation `DeleteSafelist`), answered with HTTP 204.
 * Like `deleteSafelist`, with the HTTP status and headers.
 * @param phoneNumber - The phone number to be fetched from SafeList. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteSafelistWithResponse(client: Client, phoneNumber: string, options?: RequestOptions): Promise<ApiResponse<void>>;
