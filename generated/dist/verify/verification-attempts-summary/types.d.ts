/** The VerificationAttemptsSummary resource. */
export interface VerificationAttemptsSummary {
    /**
     * Total of attempts made according to the provided filters
     * Wire name: `total_attempts`.
     */
    readonly totalAttempts: number | null;
    /**
     * Total of attempts made that were confirmed by the end user, according to the provided filters.
     * Wire name: `total_converted`.
     */
    readonly totalConverted: number | null;
    /**
     * Total of attempts made that were not confirmed by the end user, according to the provided filters.
     * Wire name: `total_unconverted`.
     */
    readonly totalUnconverted: number | null;
    /**
     * Percentage of the confirmed messages over the total, defined by (total_converted/total_attempts)*100.
     * Wire name: `conversion_rate_percentage`.
     */
    readonly conversionRatePercentage: string | null;
    /**
     * The URL of this resource.
     * Wire name: `url`.
     */
    readonly url: string | null;
}
/** Parameters of fetchVerificationAttemptsSummary: Get a summary of how many attempts were made and how many were converted. */
export interface FetchVerificationAttemptsSummaryParams {
    /**
     * Filter used to consider only Verification Attempts of the given verify service on the summary aggregation.
     * Length: exactly 34 characters.
     * Pattern: ^VA[0-9a-fA-F]{32}$
     * Wire name: `VerifyServiceSid`.
     */
    readonly verifyServiceSid?: string;
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
    /**
     * Filter used to consider only Verification Attempts sent to the specified destination country on the summary aggregation.
     * Wire name: `Country`.
     */
    readonly country?: string;
    /**
     * Filter Verification Attempts considered on the summary aggregation by communication channel.
     * One of: sms, call, email, whatsapp, rbm.
     * Wire name: `Channel`.
     */
    readonly channel?: "sms" | "call" | "email" | "whatsapp" | "rbm";
    /**
     * Filter the Verification Attempts considered on the summary aggregation by Destination prefix. It is the prefix of a phone number in E.164 format.
     * Format: E.164 phone number.
     * Wire name: `DestinationPrefix`.
     */
    readonly destinationPrefix?: string;
}
