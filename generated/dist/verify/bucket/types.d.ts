/** The Bucket resource. */
export interface Bucket {
    /**
     * A 34 character string that uniquely identifies this Bucket.
     * Wire name: `sid`.
     */
    readonly sid: string | null;
    /**
     * The Twilio-provided string that uniquely identifies the Rate Limit resource.
     * Wire name: `rate_limit_sid`.
     */
    readonly rateLimitSid: string | null;
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
     * Maximum number of requests permitted in during the interval.
     * Wire name: `max`.
     */
    readonly max: number | null;
    /**
     * Number of seconds that the rate limit will be enforced over.
     * Wire name: `interval`.
     */
    readonly interval: number | null;
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
}
/** Parameters of listBuckets: Retrieve a list of all Buckets for a Rate Limit. */
export interface ListBucketsParams {
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
/** Parameters of streamBuckets: Stream every item of ListBucket, fetching pages as they are consumed. */
export interface StreamBucketsParams {
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
/** Parameters of createBucket: Create a new Bucket for a Rate Limit */
export interface CreateBucketParams {
    /**
     * Maximum number of requests permitted in during the interval.
     * Required.
     * Wire name: `Max`.
     */
    readonly max: number;
    /**
     * Number of seconds that the rate limit will be enforced over.
     * Required.
     * Wire name: `Interval`.
     */
    readonly interval: number;
}
/** Parameters of updateBucket: Update a specific Bucket. */
export interface UpdateBucketParams {
    /**
     * Maximum number of requests permitted in during the interval.
     * Wire name: `Max`.
     */
    readonly max?: number;
    /**
     * Number of seconds that the rate limit will be enforced over.
     * Wire name: `Interval`.
     */
    readonly interval?: number;
}
