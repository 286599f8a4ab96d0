/** The RateLimit resource. */
export interface RateLimit {
    /**
     * A 34 character string that uniquely identifies this Rate Limit.
     * Wire name: `sid`.
     */
    readonly sid: string | null;
    /**
     * The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string | null;
    /**
     * The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Rate Limit resource.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string | null;
    /**
     * Provides a unique and addressable name to be assigned to this Rate Limit, assigned by the developer, to be optionally used in addition to SID. **This value should not contain PII.**
     * Wire name: `unique_name`.
     */
    readonly uniqueName: string | null;
    /**
     * Description of this Rate Limit
     * Wire name: `description`.
     */
    readonly description: string | null;
    /**
     * The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date | null;
    /**
     * The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date | null;
    /**
     * The URL of this resource.
     * Wire name: `url`.
     */
    readonly url: string | null;
    /**
     * The URLs of related resources.
     * Wire name: `links`.
     */
    readonly links: unknown;
}
/** Parameters of listRateLimits: Retrieve a list of all Rate Limits for a service. */
export interface ListRateLimitsParams {
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
/** Parameters of streamRateLimits: Stream every item of ListRateLimit, fetching pages as they are consumed. */
export interface StreamRateLimitsParams {
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
/** Parameters of createRateLimit: Create a new Rate Limit for a Service */
export interface CreateRateLimitParams {
    /**
     * Provides a unique and addressable name to be assigned to this Rate Limit, assigned by the developer, to be optionally used in addition to SID. **This value should not contain PII.**
     * Required.
     * Wire name: `UniqueName`.
     */
    readonly uniqueName: string;
    /**
     * Description of this Rate Limit
     * Wire name: `Description`.
     */
    readonly description?: string;
}
/** Parameters of updateRateLimit: Update a specific Rate Limit. */
export interface UpdateRateLimitParams {
    /**
     * Description of this Rate Limit
     * Wire name: `Description`.
     */
    readonly description?: string;
}
