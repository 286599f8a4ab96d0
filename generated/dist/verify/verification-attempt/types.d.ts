/** The VerificationAttempt resource. */
export interface VerificationAttempt {
    /**
     * The SID that uniquely identifies the verification attempt resource.
     * Wire name: `sid`.
     */
    readonly sid: string | null;
    /**
     * The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Verification resource.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string | null;
    /**
     * The SID of the [Service](https://www.twilio.com/docs/verify/api/service) used to generate the attempt.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string | null;
    /**
     * The SID of the [Verification](https://www.twilio.com/docs/verify/api/verification) that generated the attempt.
     * Wire name: `verification_sid`.
     */
    readonly verificationSid: string | null;
    /**
     * The date that this Attempt was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date | null;
    /**
     * The date that this Attempt was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date | null;
    /**
     * Whether the attempt was confirmed: `converted` or `unconverted`.
     * Known values: converted, unconverted; the API may add others.
     * Wire name: `conversion_status`.
     */
    readonly conversionStatus: "converted" | "unconverted" | (string & {}) | null;
    /**
     * The channel the attempt was sent on.
     * Known values: sms, call, email, whatsapp, rbm; the API may add others.
     * Wire name: `channel`.
     */
    readonly channel: "sms" | "call" | "email" | "whatsapp" | "rbm" | (string & {}) | null;
    /**
     * An object containing the charge for this verification attempt related to the channel costs and the currency used. The costs related to the succeeded verifications are not included. May not be immediately available. More information on pricing is available [here](https://www.twilio.com/en-us/verify/pricing).
     * Wire name: `price`.
     */
    readonly price: unknown;
    /**
     * An object containing the channel specific information for an attempt.
     * Wire name: `channel_data`.
     */
    readonly channelData: unknown;
    /**
     * The URL of this resource.
     * Wire name: `url`.
     */
    readonly url: string | null;
}
/** Parameters of listVerificationAttempts: List all the verification attempts for a given Account. */
export interface ListVerificationAttemptsParams {
    /**
     * Datetime filter used to consider only Verification Attempts created after this datetime on the summary aggregation. Given as GMT in ISO 8601 formatted datetime string: yyyy-MM-dd'T'HH:mm:ss'Z.
     * Sent as ISO 8601 text.
     * Wire name: `DateCreatedAfter`.
     */
    readonly dateCreatedAfter?: Date;
    /**
     * Datetime filter used to consider only Verification Attempts created before this datetime on the summary aggregation. Given as GMT in ISO 8601 formatted datetime string: yyyy-MM-dd'T'HH:mm:ss'Z.
     * Sent as ISO 8601 text.
     * Wire name: `DateCreatedBefore`.
     */
    readonly dateCreatedBefore?: Date;
    /** Parameters sent as `ChannelData.To`. */
    readonly channelData?: ListVerificationAttemptsChannelDataParams;
    /**
     * Filter used to query Verification Attempts sent to the specified destination country.
     * Wire name: `Country`.
     */
    readonly country?: string;
    /**
     * Filter used to query Verification Attempts by communication channel.
     * One of: sms, call, email, whatsapp, rbm.
     * Wire name: `Channel`.
     */
    readonly channel?: "sms" | "call" | "email" | "whatsapp" | "rbm";
    /**
     * Filter used to query Verification Attempts by verify service. Only attempts of the provided SID will be returned.
     * Length: exactly 34 characters.
     * Pattern: ^VA[0-9a-fA-F]{32}$
     * Wire name: `VerifyServiceSid`.
     */
    readonly verifyServiceSid?: string;
    /**
     * Filter used to return all the Verification Attempts of a single verification. Only attempts of the provided verification SID will be returned.
     * Length: exactly 34 characters.
     * Pattern: ^VE[0-9a-fA-F]{32}$
     * Wire name: `VerificationSid`.
     */
    readonly verificationSid?: string;
    /**
     * Filter used to query Verification Attempts by conversion status. Valid values are `UNCONVERTED`, for attempts that were not converted, and `CONVERTED`, for attempts that were confirmed.
     * One of: converted, unconverted.
     * Wire name: `Status`.
     */
    readonly status?: "converted" | "unconverted";
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
/** The `channelData` group of ListVerificationAttemptsParams. */
export interface ListVerificationAttemptsChannelDataParams {
    /**
     * Destination of a verification. It is phone number in E.164 format.
     * Format: E.164 phone number.
     * Wire name: `ChannelData.To`.
     */
    readonly to?: string;
}
/** Parameters of streamVerificationAttempts: Stream every item of ListVerificationAttempt, fetching pages as they are consumed. */
export interface StreamVerificationAttemptsParams {
    /** The most items to yield; the stream stops requesting pages once it has yielded this many. A non-negative integer. */
    readonly limit?: number;
    /**
     * Datetime filter used to consider only Verification Attempts created after this datetime on the summary aggregation. Given as GMT in ISO 8601 formatted datetime string: yyyy-MM-dd'T'HH:mm:ss'Z.
     * Sent as ISO 8601 text.
     * Wire name: `DateCreatedAfter`.
     */
    readonly dateCreatedAfter?: Date;
    /**
     * Datetime filter used to consider only Verification Attempts created before this datetime on the summary aggregation. Given as GMT in ISO 8601 formatted datetime string: yyyy-MM-dd'T'HH:mm:ss'Z.
     * Sent as ISO 8601 text.
     * Wire name: `DateCreatedBefore`.
     */
    readonly dateCreatedBefore?: Date;
    /** Parameters sent as `ChannelData.To`. */
    readonly channelData?: StreamVerificationAttemptsChannelDataParams;
    /**
     * Filter used to query Verification Attempts sent to the specified destination country.
     * Wire name: `Country`.
     */
    readonly country?: string;
    /**
     * Filter used to query Verification Attempts by communication channel.
     * One of: sms, call, email, whatsapp, rbm.
     * Wire name: `Channel`.
     */
    readonly channel?: "sms" | "call" | "email" | "whatsapp" | "rbm";
    /**
     * Filter used to query Verification Attempts by verify service. Only attempts of the provided SID will be returned.
     * Length: exactly 34 characters.
     * Pattern: ^VA[0-9a-fA-F]{32}$
     * Wire name: `VerifyServiceSid`.
     */
    readonly verifyServiceSid?: string;
    /**
     * Filter used to return all the Verification Attempts of a single verification. Only attempts of the provided verification SID will be returned.
     * Length: exactly 34 characters.
     * Pattern: ^VE[0-9a-fA-F]{32}$
     * Wire name: `VerificationSid`.
     */
    readonly verificationSid?: string;
    /**
     * Filter used to query Verification Attempts by conversion status. Valid values are `UNCONVERTED`, for attempts that were not converted, and `CONVERTED`, for attempts that were confirmed.
     * One of: converted, unconverted.
     * Wire name: `Status`.
     */
    readonly status?: "converted" | "unconverted";
    /**
     * How many resources to return in each list page. The default is 50, and the maximum is 1000.
     * An integer, 1 to 1000.
     * Wire name: `PageSize`.
     * @defaultValue 50 (applied by the API when left out)
     */
    readonly pageSize?: number;
}
/** The `channelData` group of StreamVerificationAttemptsParams. */
export interface StreamVerificationAttemptsChannelDataParams {
    /**
     * Destination of a verification. It is phone number in E.164 format.
     * Format: E.164 phone number.
     * Wire name: `ChannelData.To`.
     */
    readonly to?: string;
}
