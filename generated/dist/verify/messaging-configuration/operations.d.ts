import type { Client } from "../../runtime/client.js";
import type { Page } from "../../runtime/pagination.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { CreateMessagingConfigurationParams, ListMessagingConfigurationsParams, MessagingConfiguration, StreamMessagingConfigurationsParams, UpdateMessagingConfigurationParams } from "./types.js";
import type { PageMeta } from "../models.js";
/**
 * Retrieve a list of all Messaging Configurations for a Service.
 * `GET /v2/Services/{ServiceSid}/MessagingConfigurations` (operation `ListMessagingConfiguration`), answered with HTTP 200.
 * Returns one page; follow `nextPage()` for more, or use the stream to iterate over all items.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listMessagingConfigurations(client: Client, serviceSid: string, params?: ListMessagingConfigurationsParams, options?: RequestOptions): Promise<Page<MessagingConfiguration, PageMeta>>;
/**
 * Retrieve a list of all Messaging Configurations for a Service.
 * `GET /v2/Services/{ServiceSid}/MessagingConfigurations` (operation `ListMessagingConfiguration`), answered with HTTP 200.
 * Like `listMessagingConfigurations`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function listMessagingConfigurationsWithResponse(client: Client, serviceSid: string, params?: ListMessagingConfigurationsParams, options?: RequestOptions): Promise<ApiResponse<Page<MessagingConfiguration, PageMeta>>>;
/**
 * Stream every item of ListMessagingConfiguration, fetching pages as they are consumed.
 * Iterates over every item of `listMessagingConfigurations`, page after page. Nothing is requested until the first item is asked for, and a page only when the consumer has used up the one before; stops after `limit` items or when the consumer breaks out.
 * Without `pageSize`, pages hold `min(limit, 1000)` items when `limit` is given.
 * @throws ValidationError at once, when an argument breaks the spec's rules
 */
export declare function streamMessagingConfigurations(client: Client, serviceSid: string, params?: StreamMessagingConfigurationsParams, options?: RequestOptions): AsyncIterable<MessagingConfiguration>;
/**
 * Create a new MessagingConfiguration for a service.
 * `POST /v2/Services/{ServiceSid}/MessagingConfigurations` (operation `CreateMessagingConfiguration`), answered with HTTP 201.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createMessagingConfiguration(client: Client, serviceSid: string, params: CreateMessagingConfigurationParams, options?: RequestOptions): Promise<MessagingConfiguration>;
/**
 * Create a new MessagingConfiguration for a service.
 * `POST /v2/Services/{ServiceSid}/MessagingConfigurations` (operation `CreateMessagingConfiguration`), answered with HTTP 201.
 * Like `createMessagingConfiguration`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createMessagingConfigurationWithResponse(client: Client, serviceSid: string, params: CreateMessagingConfigurationParams, options?: RequestOptions): Promise<ApiResponse<MessagingConfiguration>>;
/**
 * Fetch a specific MessagingConfiguration.
 * `GET /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}` (operation `FetchMessagingConfiguration`), answered with HTTP 200.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @param country - The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchMessagingConfiguration(client: Client, serviceSid: string, country: string, options?: RequestOptions): Promise<MessagingConfiguration>;
/**
 * Fetch a specific MessagingConfiguration.
 * `GET /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}` (operation `FetchMessagingConfiguration`), answered with HTTP 200.
 * Like `fetchMessagingConfiguration`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @param country - The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchMessagingConfigurationWithResponse(client: Client, serviceSid: string, country: string, options?: RequestOptions): Promise<ApiResponse<MessagingConfiguration>>;
/**
 * Update a specific MessagingConfiguration
 * `POST /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}` (operation `UpdateMessagingConfiguration`), answered with HTTP 200.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @param country - The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateMessagingConfiguration(client: Client, serviceSid: string, country: string, params: UpdateMessagingConfigurationParams, options?: RequestOptions): Promise<MessagingConfiguration>;
/**
 * Update a specific MessagingConfiguration
 * `POST /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}` (operation `UpdateMessagingConfiguration`), answered with HTTP 200.
 * Like `updateMessagingConfiguration`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @param country - The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function updateMessagingConfigurationWithResponse(client: Client, serviceSid: string, country: string, params: UpdateMessagingConfigurationParams, options?: RequestOptions): Promise<ApiResponse<MessagingConfiguration>>;
/**
 * Delete a specific MessagingConfiguration.
 * `DELETE /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}` (operation `DeleteMessagingConfiguration`), answered with HTTP 204.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @param country - The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteMessagingConfiguration(client: Client, serviceSid: string, country: string, options?: RequestOptions): Promise<void>;
/**
 * Delete a specific MessagingConfiguration.
 * `DELETE /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}` (operation `DeleteMessagingConfiguration`), answered with HTTP 204.
 * Like `deleteMessagingConfiguration`, with the HTTP status and headers.
 * @param serviceSid - The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
 * @param country - The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function deleteMessagingConfigurationWithResponse(client: Client, serviceSid: string, country: string, options?: RequestOptions): Promise<ApiResponse<void>>;
