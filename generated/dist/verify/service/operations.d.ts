import type { Client } from "../../runtime/client.js";
import type { Page } from "../../runtime/pagination.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { PageMeta } from "../models.js";
import type { CreateServiceParams, ListServicesParams, Service, StreamServicesParams, UpdateServiceParams } from "./types.js";
/**
 * Retrieve a list of all Verification Services for an account.
 * `GET /v2/Services` (operation `ListService`), answered with HTTP 200.
 * Returns one page; follow `nextPage()` for more, or use the stream to iterate over all items.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listServices(client: Client, params?: ListServicesParams, options?: RequestOptions): Promise<Page<Service, PageMeta>>;
/**
 * Retrieve a list of all Verification Services for an account.
 * `GET /v2/Services` (operation `ListService`), answered with HTTP 200.
 * Like `listServices`, with the HTTP status and headers.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listServicesWithResponse(client: Client, params?: ListServicesParams, options?: RequestOptions): Promise<ApiResponse<Page<Service, PageMeta>>>;
/**
 * Stream every item of ListService, fetching pages as they are consumed.
 * Iterates over every item of `listServices`, page after page. Nothing is requested until the first item is asked for, and a page only when the consumer has used up the one before; stops after `limit` items or when the consumer breaks out.
 * Without `pageSize`, pages hold `min(limit, 1000)` items when `limit` is given.
 * @throws ValidationError at once, when an argument breaks the spec's rules
 */
export declare function streamServices(client: Client, params?: StreamServicesParams, options?: RequestOptions): AsyncIterable<Service>;
/**
 * Create a new Verification Service.
 * `POST /v2/Services` (operation `CreateService`), answered with HTTP 201.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createService(client: Client, params: CreateServiceParams, options?: RequestOptions): Promise<Service>;
/**
 * Create a new Verification Service.
 * `POST /v2/Services` (operation `CreateService`), answered with HTTP 201.
 * Like `createService`, with the HTTP status and headers.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createServiceWithResponse(client: Client, params: CreateServiceParams, options?: RequestOptions): Promise<ApiResponse<Service>>;
/**
 * Fetch specific Verification Service Instance.
 * `GET /v2/Services/{Sid}` (operation `FetchService`), answered with HTTP 200.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification Service resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchService(client: Client, sid: string, options?: RequestOptions): Promise<Service>;
/**
 * Fetch specific Verification Service Instance.
 * `GET /v2/Services/{Sid}` (operation `FetchService`), answered with HTTP 200.
 * Like `fetchService`, with the HTTP status and headers.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification Service resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchServiceWithResponse(client: Client, sid: string, options?: RequestOptions): Promise<ApiResponse<Service>>;
/**
 * Update a specific Verification Service.
 * `POST /v2/Services/{Sid}` (operation `UpdateService`), answered with HTTP 200.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification Service resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateService(client: Client, sid: string, params?: UpdateServiceParams, options?: RequestOptions): Promise<Service>;
/**
 * Update a specific Verification Service.
 * `POST /v2/Services/{Sid}` (operation `UpdateService`), answered with HTTP 200.
 * Like `updateService`, with the HTTP status and headers.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification Service resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateServiceWithResponse(client: Client, sid: string, params?: UpdateServiceParams, options?: RequestOptions): Promise<ApiResponse<Service>>;
/**
 * Delete a specific Verification Service Instance.
 * `DELETE /v2/Services/{Sid}` (operation `DeleteService`), answered with HTTP 204.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification Service resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteService(client: Client, sid: string, options?: RequestOptions): Promise<void>;
/**
 * Delete a specific Verification Service Instance.
 * `DELETE /v2/Services/{Sid}` (operation `DeleteService`), answered with HTTP 204.
 * Like `deleteService`, with the HTTP status and headers.
 * @param sid - The Twilio-provided string that uniquely identifies the Verification Service resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteServiceWithResponse(client: Client, sid: string, options?: RequestOptions): Promise<ApiResponse<void>>;
