/**
 * Webhook signatures: an HMAC of the webhook's URL followed by its form parameters sorted by name
 * (each name immediately followed by its value), Base64-encoded, in one request header; a JSON body
 * is signed through a query parameter of the URL holding the hex SHA-256 of the body. WebCrypto
 * only (`crypto.subtle`), so it runs in browsers, edge runtimes, Deno, Bun and Node alike.
 */
/** How an API signs the webhooks it sends: the spec's `webhooks.signature`. */
export interface WebhookSignature {
    /** The request header carrying the signature (`X-Signature`). */
    readonly header: string;
    /** The HMAC's hash, keyed by the account's secret (UTF-8). */
    readonly algorithm: "HMAC-SHA1" | "HMAC-SHA256";
    /** The query parameter holding the hex SHA-256 of a JSON body (only the URL is then signed), or null. */
    readonly bodyHashParameter: string | null;
}
/** A webhook's form parameters by name; a repeated key holds all its values. */
export type WebhookParams = Readonly<Record<string, string | readonly string[]>>;
/**
 * The signature an API sends for `url` and `params`: what its webhooks carry in `scheme.header`.
 * Each name is followed by its value; a repeated key's distinct values are sorted and each
 * follows the name again.
 */
export declare function signWebhook(scheme: WebhookSignature, secret: string, url: string, params: WebhookParams): Promise<string>;
/** The hex SHA-256 of a body's UTF-8 bytes: the value of `scheme.bodyHashParameter`. */
export declare function webhookBodyHash(body: string): Promise<string>;
/**
 * Whether `signature` is the one the API sends for `url` and `params` under `secret`. The URL is
 * tried as received with and without its scheme's default port, then as the WHATWG URL parser
 * normalizes it (with and without the port, and with its query re-encoded as Node's legacy
 * `querystring` does), as twilio-node does. An unparseable URL that fails as received is false.
 */
export declare function verifyWebhookSignature(scheme: WebhookSignature, secret: string, signature: string | null | undefined, url: string, params: WebhookParams): Promise<boolean>;
/**
 * Whether a webhook with a JSON (or other raw) `body` is genuine: the URL, with no parameters, is
 * signed as `verifyWebhookSignature` checks, and its `scheme.bodyHashParameter` query parameter
 * holds the body's hash. False for a scheme without a body hash, or a URL that does not parse.
 */
export declare function verifyWebhookBody(scheme: WebhookSignature, secret: string, signature: string | null | undefined, url: string, body: string): Promise<boolean>;
/** What `verifyWebhookRequest` found: whether it is genuine, and its parameters or raw body. */
export interface VerifiedWebhook {
    /** True when the signature matches. */
    readonly valid: boolean;
    /** The form parameters (empty for a JSON body). */
    readonly params: WebhookParams;
    /** The raw body text. */
    readonly body: string;
}
/**
 * Checks a web `Request` (fetch API: edge runtimes, Deno, Bun, service workers, Node's own): the
 * signature header against its URL (`url` when the server sees another URL than the one the API
 * called, as behind a proxy) and its form body, or its raw body where the URL carries the body hash.
 */
export declare function verifyWebhookRequest(scheme: WebhookSignature, request: Request, secret: string, url?: string): Promise<VerifiedWebhook>;
/** A form body's parameters by name; a repeated key's values in order. */
export declare function formParams(body: string): WebhookParams;
/** A webhook's required text field (a repeated key: its first value). */
export declare function webhookText(params: WebhookParams, name: string): string;
/** A webhook's text field, or null when it is absent. */
export declare function webhookOptionalText(params: WebhookParams, name: string): string | null;
/** A webhook's required JSON field, parsed. */
export declare function webhookJson(params: WebhookParams, name: string): unknown;
/** A webhook's JSON field, parsed, or null when it is absent. */
export declare function webhookOptionalJson(params: WebhookParams, name: string): unknown;
