import type { Client } from "../../runtime/client.js";
import type { Page } from "../../runtime/pagination.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { PageMeta } from "../models.js";
import type { ListVerificationTemplatesParams, StreamVerificationTemplatesParams, VerificationTemplate } from "./types.js";
/**
 * List all the available templates for a given Account.
 * `GET /v2/Templates` (operation `ListVerificationTemplate`), answered with HTTP 200.
 * Returns one page; follow `nextPage()` for more, or use the stream to iterate over all items.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listVerificationTemplates(client: Client, params?: ListVerificationTemplatesParams, options?: RequestOptions): Promise<Page<VerificationTemplate, PageMeta>>;
/**
 * List all the available templates for a given Account.
 * `GET /v2/Templates` (operation `ListVerificationTemplate`), answered with HTTP 200.
 * Like `listVerificationTemplates`, with the HTTP status and headers.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listVerificationTemplatesWithResponse(client: Client, params?: ListVerificationTemplatesParams, options?: RequestOptions): Promise<ApiResponse<Page<VerificationTemplate, PageMeta>>>;
/**
 * Stream every item of ListVerificationTemplate, fetching pages as they are consumed.
 * Iterates over every item of `listVerificationTemplates`, page after page. Nothing is requested until the first item is asked for, and a page only when the consumer has used up the one before; stops after `limit` items or when the consumer breaks out.
 * Without `pageSize`, pages hold `min(limit, 1000)` items when `limit` is given.
 * @throws ValidationError at once, when an argument breaks the spec's rules
 */
export declare function streamVerificationTemplates(client: Client, params?: StreamVerificationTemplatesParams, options?: RequestOptions): AsyncIterable<VerificationTemplate>;
