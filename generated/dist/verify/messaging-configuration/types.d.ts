/** The MessagingConfiguration resource. */
export interface MessagingConfiguration {
    /**
     * The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string | null;
    /**
     * The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string | null;
    /**
     * The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`.
     * Wire name: `country`.
     */
    readonly country: string | null;
    /**
     * The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) to be used to send SMS to the country of this configuration.
     * Wire name: `messaging_service_sid`.
     */
    readonly messagingServiceSid: string | null;
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
/** Parameters of listMessagingConfigurations: Retrieve a list of all Messaging Configurations for a Service. */
export interface ListMessagingConfigurationsParams {
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
/** Parameters of streamMessagingConfigurations: Stream every item of ListMessagingConfiguration, fetching pages as they are consumed. */
export interface StreamMessagingConfigurationsParams {
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
/** Parameters of createMessagingConfiguration: Create a new MessagingConfiguration for a service. */
export interface CreateMessagingConfigurationParams {
    /**
     * The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`.
     * Required.
     * Wire name: `Country`.
     */
    readonly country: string;
    /**
     * The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) to be used to send SMS to the country of this configuration.
     * Required.
     * Length: exactly 34 characters.
     * Pattern: ^MG[0-9a-fA-F]{32}$
     * Wire name: `MessagingServiceSid`.
     */
    readonly messagingServiceSid: string;
}
/** Parameters of updateMessagingConfiguration: Update a specific MessagingConfiguration */
export interface UpdateMessagingConfigurationParams {
    /**
     * The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) to be used to send SMS to the country of this configuration.
     * Required.
     * Length: exactly 34 characters.
     * Pattern: ^MG[0-9a-fA-F]{32}$
     * Wire name: `MessagingServiceSid`.
     */
    readonly messagingServiceSid: string;
}
