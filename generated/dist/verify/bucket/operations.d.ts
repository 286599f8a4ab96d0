import type { Client } from "../../runtime/client.js";
import type { Page } from "../../runtime/pagination.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { Bucket, CreateBucketParams, ListBucketsParams, StreamBucketsParams, UpdateBucketParams } from "./types.js";
import type { PageMeta } from "../models.js";
/**
 * Retrieve a list of all Buckets for a Rate Limit.
 * `GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets` (operation `ListBucket`), answered with HTTP 200.
 * Returns one page; follow `nextPage()` for more, or use the stream to iterate over all items.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listBuckets(client: Client, serviceSid: string, rateLimitSid: string, params?: ListBucketsParams, options?: RequestOptions): Promise<Page<Bucket, PageMeta>>;
/**
 * Retrieve a list of all Buckets for a Rate Limit.
 * `GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets` (operation `ListBucket`), answered with HTTP 200.
 * Like `listBuckets`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listBucketsWithResponse(client: Client, serviceSid: string, rateLimitSid: string, params?: ListBucketsParams, options?: RequestOptions): Promise<ApiResponse<Page<Bucket, PageMeta>>>;
/**
 * Stream every item of ListBucket, fetching pages as they are consumed.
 * Iterates over every item of `listBuckets`, page after page. Nothing is requested until the first item is asked for, and a page only when the consumer has used up the one before; stops after `limit` items or when the consumer breaks out.
 * Without `pageSize`, pages hold `min(limit, 1000)` items when `limit` is given.
 * @throws ValidationError at once, when an argument breaks the spec's rules
 */
export declare function streamBuckets(client: Client, serviceSid: string, rateLimitSid: string, params?: StreamBucketsParams, options?: RequestOptions): AsyncIterable<Bucket>;
/**
 * Create a new Bucket for a Rate Limit
 * `POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets` (operation `CreateBucket`), answered with HTTP 201.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createBucket(client: Client, serviceSid: string, rateLimitSid: string, params: CreateBucketParams, options?: RequestOptions): Promise<Bucket>;
/**
 * Create a new Bucket for a Rate Limit
 * `POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets` (operation `CreateBucket`), answered with HTTP 201.
 * Like `createBucket`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createBucketWithResponse(client: Client, serviceSid: string, rateLimitSid: string, params: CreateBucketParams, options?: RequestOptions): Promise<ApiResponse<Bucket>>;
/**
 * Fetch a specific Bucket.
 * `GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}` (operation `FetchBucket`), answered with HTTP 200.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @param sid - A 34 character string that uniquely identifies this Bucket.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchBucket(client: Client, serviceSid: string, rateLimitSid: string, sid: string, options?: RequestOptions): Promise<Bucket>;
/**
 * Fetch a specific Bucket.
 * `GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}` (operation `FetchBucket`), answered with HTTP 200.
 * Like `fetchBucket`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @param sid - A 34 character string that uniquely identifies this Bucket.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchBucketWithResponse(client: Client, serviceSid: string, rateLimitSid: string, sid: string, options?: RequestOptions): Promise<ApiResponse<Bucket>>;
/**
 * Update a specific Bucket.
 * `POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}` (operation `UpdateBucket`), answered with HTTP 200.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @param sid - A 34 character string that uniquely identifies this Bucket.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateBucket(client: Client, serviceSid: string, rateLimitSid: string, sid: string, params?: UpdateBucketParams, options?: RequestOptions): Promise<Bucket>;
/**
 * Update a specific Bucket.
 * `POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}` (operation `UpdateBucket`), answered with HTTP 200.
 * Like `updateBucket`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @param sid - A 34 character string that uniquely identifies this Bucket.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateBucketWithResponse(client: Client, serviceSid: string, rateLimitSid: string, sid: string, params?: UpdateBucketParams, options?: RequestOptions): Promise<ApiResponse<Bucket>>;
/**
 * Delete a specific Bucket.
 * `DELETE /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}` (operation `DeleteBucket`), answered with HTTP 204.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @param sid - A 34 character string that uniquely identifies this Bucket.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteBucket(client: Client, serviceSid: string, rateLimitSid: string, sid: string, options?: RequestOptions): Promise<void>;
/**
 * Delete a specific Bucket.
 * `DELETE /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}` (operation `DeleteBucket`), answered with HTTP 204.
 * Like `deleteBucket`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
 * @param rateLimitSid - The Twilio-provided string that uniquely identifies the Rate Limit resource.
 * @param sid - A 34 character string that uniquely identifies this Bucket.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteBucketWithResponse(client: Client, serviceSid: string, rateLimitSid: string, sid: string, options?: RequestOptions): Promise<ApiResponse<void>>;
