import type { Client } from "../../runtime/client.js";
import type { Page } from "../../runtime/pagination.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { PageMeta } from "../models.js";
import type { CreateWebhookParams, ListWebhooksParams, StreamWebhooksParams, UpdateWebhookParams, Webhook } from "./types.js";
/**
 * Retrieve a list of all Webhooks for a Service.
 * `GET /v2/Services/{ServiceSid}/Webhooks` (operation `ListWebhook`), answered with HTTP 200.
 * Returns one page; follow `nextPage()` for more, or use the stream to iterate over all items.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listWebhooks(client: Client, serviceSid: string, params?: ListWebhooksParams, options?: RequestOptions): Promise<Page<Webhook, PageMeta>>;
/**
 * Retrieve a list of all Webhooks for a Service.
 * `GET /v2/Services/{ServiceSid}/Webhooks` (operation `ListWebhook`), answered with HTTP 200.
 * Like `listWebhooks`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listWebhooksWithResponse(client: Client, serviceSid: string, params?: ListWebhooksParams, options?: RequestOptions): Promise<ApiResponse<Page<Webhook, PageMeta>>>;
/**
 * Stream every item of ListWebhook, fetching pages as they are consumed.
 * Iterates over every item of `listWebhooks`, page after page. Nothing is requested until the first item is asked for, and a page only when the consumer has used up the one before; stops after `limit` items or when the consumer breaks out.
 * Without `pageSize`, pages hold `min(limit, 1000)` items when `limit` is given.
 * @throws ValidationError at once, when an argument breaks the spec's rules
 */
export declare function streamWebhooks(client: Client, serviceSid: string, params?: StreamWebhooksParams, options?: RequestOptions): AsyncIterable<Webhook>;
/**
 * Create a new Webhook for the Service
 * `POST /v2/Services/{ServiceSid}/Webhooks` (operation `CreateWebhook`), answered with HTTP 201.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createWebhook(client: Client, serviceSid: string, params: CreateWebhookParams, options?: RequestOptions): Promise<Webhook>;
/**
 * Create a new Webhook for the Service
 * `POST /v2/Services/{ServiceSid}/Webhooks` (operation `CreateWebhook`), answered with HTTP 201.
 * Like `createWebhook`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createWebhookWithResponse(client: Client, serviceSid: string, params: CreateWebhookParams, options?: RequestOptions): Promise<ApiResponse<Webhook>>;
/**
 * Fetch a specific Webhook.
 * `GET /v2/Services/{ServiceSid}/Webhooks/{Sid}` (operation `FetchWebhook`), answered with HTTP 200.
 * @param serviceSid - The unique SID identifier of the Service.
 * @param sid - The Twilio-provided string that uniquely identifies the Webhook resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchWebhook(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<Webhook>;
/**
 * Fetch a specific Webhook.
 * `GET /v2/Services/{ServiceSid}/Webhooks/{Sid}` (operation `FetchWebhook`), answered with HTTP 200.
 * Like `fetchWebhook`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @param sid - The Twilio-provided string that uniquely identifies the Webhook resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchWebhookWithResponse(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<ApiResponse<Webhook>>;
/**
 * Update a specific Webhook.
 * `POST /v2/Services/{ServiceSid}/Webhooks/{Sid}` (operation `UpdateWebhook`), answered with HTTP 200.
 * @param serviceSid - The unique SID identifier of the Service.
 * @param sid - The Twilio-provided string that uniquely identifies the Webhook resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateWebhook(client: Client, serviceSid: string, sid: string, params?: UpdateWebhookParams, options?: RequestOptions): Promise<Webhook>;
/**
 * Update a specific Webhook.
 * `POST /v2/Services/{ServiceSid}/Webhooks/{Sid}` (operation `UpdateWebhook`), answered with HTTP 200.
 * Like `updateWebhook`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @param sid - The Twilio-provided string that uniquely identifies the Webhook resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateWebhookWithResponse(client: Client, serviceSid: string, sid: string, params?: UpdateWebhookParams, options?: RequestOptions): Promise<ApiResponse<Webhook>>;
/**
 * Delete a specific Webhook.
 * `DELETE /v2/Services/{ServiceSid}/Webhooks/{Sid}` (operation `DeleteWebhook`), answered with HTTP 204.
 * @param serviceSid - The unique SID identifier of the Service.
 * @param sid - The Twilio-provided string that uniquely identifies the Webhook resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteWebhook(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<void>;
/**
 * Delete a specific Webhook.
 * `DELETE /v2/Services/{ServiceSid}/Webhooks/{Sid}` (operation `DeleteWebhook`), answered with HTTP 204.
 * Like `deleteWebhook`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @param sid - The Twilio-provided string that uniquely identifies the Webhook resource to fetch.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteWebhookWithResponse(client: Client, serviceSid: string, sid: string, options?: RequestOptions): Promise<ApiResponse<void>>;
