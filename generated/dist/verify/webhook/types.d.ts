/** The Webhook resource. */
export interface Webhook {
    /**
     * The unique string that we created to identify the Webhook resource.
     * Wire name: `sid`.
     */
    readonly sid: string;
    /**
     * The unique SID identifier of the Service.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The string that you assigned to describe the webhook. **This value should not contain PII.**
     * Wire name: `friendly_name`.
     */
    readonly friendlyName: string;
    /**
     * The array of events that this Webhook is subscribed to. Possible event types: `*, factor.deleted, factor.created, factor.verified, challenge.approved, challenge.denied`
     * Wire name: `event_types`.
     */
    readonly eventTypes: readonly string[];
    /**
     * Whether the webhook is `enabled` or `disabled`.
     * Known values: enabled, disabled; the API may add others.
     * Wire name: `status`.
     */
    readonly status: "enabled" | "disabled" | (string & {});
    /**
     * The webhook version: `v2` is recommended; `v1` is kept for older integrations.
     * Known values: v1, v2; the API may add others.
     * Wire name: `version`.
     */
    readonly version: "v1" | "v2" | (string & {});
    /**
     * The URL associated with this Webhook.
     * Wire name: `webhook_url`.
     */
    readonly webhookUrl: string;
    /**
     * The HTTP method used to call `webhook_url`: `GET` or `POST`.
     * Known values: GET, POST; the API may add others.
     * Wire name: `webhook_method`.
     */
    readonly webhookMethod: "GET" | "POST" | (string & {}) | null;
    /**
     * The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date;
    /**
     * The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date;
    /**
     * The absolute URL of the Webhook resource.
     * Wire name: `url`.
     */
    readonly url: string;
}
/** Parameters of listWebhooks: Retrieve a list of all Webhooks for a Service. */
export interface ListWebhooksParams {
    /**
     * How many resources to return in each list page. The default is 50, and the maximum is 1000.
     * An integer, 1 to 1000.
     * Wire name: `PageSize`.
     * @defaultValue 50 (applied by the API when left out)
     */
    readonly pageSize?: number;
    /**
     * The page index. This value is simply for client state.
     * An integer, at least 0.
     * Wire name: `Page`.
     */
    readonly page?: number;
    /**
     * The page token. This is provided by the API.
     * Wire name: `PageToken`.
     */
    readonly pageToken?: string;
}
/** Parameters of streamWebhooks: Stream every item of ListWebhook, fetching pages as they are consumed. */
export interface StreamWebhooksParams {
    /** The most items to yield; the stream stops requesting pages once it has yielded this many. A non-negative integer. */
    readonly limit?: number;
    /**
     * How many resources to return in each list page. The default is 50, and the maximum is 1000.
     * An integer, 1 to 1000.
     * Wire name: `PageSize`.
     * @defaultValue 50 (applied by the API when left out)
     */
    readonly pageSize?: number;
}
/** Parameters of createWebhook: Create a new Webhook for the Service */
export interface CreateWebhookParams {
    /**
     * The string that you assigned to describe the webhook. **This value should not contain PII.**
     * Required.
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName: string;
    /**
     * The array of events that this Webhook is subscribed to. Possible event types: `*, factor.deleted, factor.created, factor.verified, challenge.approved, challenge.denied`
     * Required.
     * Sent as one EventTypes entry per item.
     * Wire name: `EventTypes`.
     */
    readonly eventTypes: ReadonlyArray<"*" | "factor.deleted" | "factor.created" | "factor.verified" | "challenge.approved" | "challenge.denied">;
    /**
     * The URL associated with this Webhook.
     * Required.
     * Wire name: `WebhookUrl`.
     */
    readonly webhookUrl: string;
    /**
     * The webhook status. Default value is `enabled`. One of: `enabled` or `disabled`
     * One of: enabled, disabled.
     * Wire name: `Status`.
     * @defaultValue "enabled" (applied by the API when left out)
     */
    readonly status?: "enabled" | "disabled";
    /**
     * The webhook version. Default value is `v2` which includes all the latest fields. Version `v1` is legacy and may be removed in the future.
     * One of: v1, v2.
     * Wire name: `Version`.
     * @defaultValue "v2" (applied by the API when left out)
     */
    readonly version?: "v1" | "v2";
}
/** Parameters of updateWebhook: Update a specific Webhook. */
export interface UpdateWebhookParams {
    /**
     * The string that you assigned to describe the webhook. **This value should not contain PII.**
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName?: string;
    /**
     * The array of events that this Webhook is subscribed to. Possible event types: `*, factor.deleted, factor.created, factor.verified, challenge.approved, challenge.denied`
     * Sent as one EventTypes entry per item.
     * Wire name: `EventTypes`.
     */
    readonly eventTypes?: ReadonlyArray<"*" | "factor.deleted" | "factor.created" | "factor.verified" | "challenge.approved" | "challenge.denied">;
    /**
     * The URL associated with this Webhook.
     * Wire name: `WebhookUrl`.
     */
    readonly webhookUrl?: string;
    /**
     * The webhook status. Default value is `enabled`. One of: `enabled` or `disabled`
     * One of: enabled, disabled.
     * Wire name: `Status`.
     * @defaultValue "enabled" (applied by the API when left out)
     */
    readonly status?: "enabled" | "disabled";
    /**
     * The webhook version. Default value is `v2` which includes all the latest fields. Version `v1` is legacy and may be removed in the future.
     * One of: v1, v2.
     * Wire name: `Version`.
     * @defaultValue "v2" (applied by the API when left out)
     */
    readonly version?: "v1" | "v2";
}
