import type { Client } from "../../runtime/client.js";
import type { Page } from "../../runtime/pagination.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { PageMeta } from "../models.js";
import type { CreateRateLimitParams, ListRateLimitsParams, RateLimit, StreamRateLimitsParams, UpdateRateLimitParams } from "./types.js";
/**
 * Retrieve a list of all Rate Limits for a service.
 * `GET /v2/Services/{ServiceSid}/RateLimits` (operation `ListRateLimit`), answered with HTTP 200.
 * Returns one page; follow `nextPage()` for more, or use the stream to iterate over all items.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listRateLimits(client: Client, serviceSid: string, params?: ListRateLimitsParams, options?: RequestOptions): Promise<Page<RateLimit, PageMeta>>;
/**
 * Retrieve a list of all Rate Limits for a service.
 * `GET /v2/Services/{ServiceSid}/RateLimits` (operation `ListRateLimit`), answered with HTTP 200.
 * Like `listRateLimits`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listRateLimitsWithResponse(client: Client, serviceSid: string, params?: ListRateLimitsParams, options?: RequestOptions): Promise<ApiResponse<Page<RateLimit, PageMeta>>>;
/**
 * Stream every item of ListRateLimit, fetching pages as they are consumed.
 * Iterates over every item of `listRateLimits`, page after page. Nothing is requested until the first item is asked for, and a page only when the consumer has used up the one before; stops after `limit` items or when the consumer breaks out.
 * Without `pageSize`, pages hold `min(limit, 1000)` items when `limit` is given.
 * @throws ValidationError at once, when an argument breaks the spec's rules
 */
export declare function streamRateLimits(client: Client, serviceSid: string, params?: StreamRateLimitsParams, options?: RequestOptions): AsyncIterable<RateLimit>;
/**
 * Create a new Rate Limit for a Service
 * `POST /v2/Services/{ServiceSid}/RateLimits` (operation `CreateRateLimit`), answered with HTTP 201.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createRateLimit(client: Client, serviceSid: string, params: CreateRateLimitParams, options?: RequestOptions): Promise<RateLimit>;
/**
 * Create a new Rate Limit for a Service
 * `POST /v2/Services/{ServiceSid}/RateLimits` (operation `CreateRateLimit`), answered with HTTP 201.
 * Like `createRateLimit`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createRateLimitWithResponse(client: Client, serviceSid: string, params: CreateRateLimitParams, options?: RequestOptions): Promise<ApiResponse<RateLimit>>;
/**
 * Fetch a specific Rate Limit.
 * `GET /v2/Services/{ServiceSid}/RateLimits/{Sid}` (operation `FetchRateLimit`), answered with HTTP 200.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param sid - The Twilio-provided string that uniquely identifies the Rate Limit resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchRateLimit(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<RateLimit>;
/**
 * Fetch a specific Rate Limit.
 * `GET /v2/Services/{ServiceSid}/RateLimits/{Sid}` (operation `FetchRateLimit`), answered with HTTP 200.
 * Like `fetchRateLimit`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param sid - The Twilio-provided string that uniquely identifies the Rate Limit resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchRateLimitWithResponse(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<ApiResponse<RateLimit>>;
/**
 * Update a specific Rate Limit.
 * `POST /v2/Services/{ServiceSid}/RateLimits/{Sid}` (operation `UpdateRateLimit`), answered with HTTP 200.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param sid - The Twilio-provided string that uniquely identifies the Rate Limit resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateRateLimit(client: Client, serviceSid: string, sid: string, params?: UpdateRateLimitParams, options?: RequestOptions): Promise<RateLimit>;
/**
 * Update a specific Rate Limit.
 * `POST /v2/Services/{ServiceSid}/RateLimits/{Sid}` (operation `UpdateRateLimit`), answered with HTTP 200.
 * Like `updateRateLimit`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param sid - The Twilio-provided string that uniquely identifies the Rate Limit resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateRateLimitWithResponse(client: Client, serviceSid: string, sid: string, params?: UpdateRateLimitParams, options?: RequestOptions): Promise<ApiResponse<RateLimit>>;
/**
 * Delete a specific Rate Limit.
 * `DELETE /v2/Services/{ServiceSid}/RateLimits/{Sid}` (operation `DeleteRateLimit`), answered with HTTP 204.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param sid - The Twilio-provided string that uniquely identifies the Rate Limit resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteRateLimit(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<void>;
/**
 * Delete a specific Rate Limit.
 * `DELETE /v2/Services/{ServiceSid}/RateLimits/{Sid}` (operation `DeleteRateLimit`), answered with HTTP 204.
 * Like `deleteRateLimit`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param sid - The Twilio-provided string that uniquely identifies the Rate Limit resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteRateLimitWithResponse(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<ApiResponse<void>>;
