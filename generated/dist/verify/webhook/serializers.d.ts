import type { CreateWebhookParams, ListWebhooksParams, UpdateWebhookParams } from "./types.js";
/** Encodes the query string of `listWebhooks`: only the parameters given, under their wire names. */
export declare function encodeListWebhooksQuery(params: ListWebhooksParams): string;
/** Encodes the form body of `createWebhook`: only the parameters given, under their wire names. */
export declare function encodeCreateWebhookForm(params: CreateWebhookParams): string;
/** Encodes the form body of `updateWebhook`: only the parameters given, under their wire names. */
export declare function encodeUpdateWebhookForm(params: UpdateWebhookParams): string;
