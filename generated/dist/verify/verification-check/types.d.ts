import type { RuleViolation } from "../../runtime/errors.js";
/** The VerificationCheck resource. */
export interface VerificationCheck {
    /**
     * The unique string that we created to identify the VerificationCheck resource.
     * Wire name: `sid`.
     */
    readonly sid: string;
    /**
     * The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the VerificationCheck resource.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The phone number or [email](https://www.twilio.com/docs/verify/email) being verified. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
     * Wire name: `to`.
     */
    readonly to: string;
    /**
     * The channel the verification was sent on.
     * Known values: sms, call, email, whatsapp, sna; the API may add others.
     * Wire name: `channel`.
     */
    readonly channel: "sms" | "call" | "email" | "whatsapp" | "sna" | (string & {});
    /**
     * The status of the verification. Can be: `pending`, `approved`, `canceled`, `max_attempts_reached`, `deleted`, `failed` or `expired`.
     * Known values: pending, approved, canceled, max_attempts_reached, deleted, failed, expired; the API may add others.
     * Wire name: `status`.
     */
    readonly status: "pending" | "approved" | "canceled" | "max_attempts_reached" | "deleted" | "failed" | "expired" | (string & {});
    /**
     * Use "status" instead. Legacy property indicating whether the verification was successful.
     * Wire name: `valid`.
     */
    readonly valid: boolean;
    /**
     * The amount of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
     * Wire name: `amount`.
     */
    readonly amount: string | null;
    /**
     * The payee of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
     * Wire name: `payee`.
     */
    readonly payee: string | null;
    /**
     * The [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date and time in GMT when the Verification Check resource was created.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date;
    /**
     * The [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date and time in GMT when the Verification Check resource was last updated.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date;
    /**
     * List of error codes as a result of attempting a verification using the `sna` channel. The error codes are chronologically ordered, from the first attempt to the latest attempt. This will be an empty list if no errors occured or `null` if the last channel used wasn't `sna`.
     * Wire name: `sna_attempts_error_codes`.
     */
    readonly snaAttemptsErrorCodes: readonly unknown[] | null;
}
/**
 * Parameters of createVerificationCheck: challenge a specific Verification Check.
 * Exactly one of `To`, `VerificationSid` must be given.
 */
export type CreateVerificationCheckParams = CreateVerificationCheckParamsBase & ({
    readonly to: string;
    readonly verificationSid?: string & RuleViolation<"to and verificationSid exclude each other: give exactly one">;
} | {
    readonly verificationSid: string;
    readonly to?: string & RuleViolation<"to and verificationSid exclude each other: give exactly one">;
});
/** The fields of CreateVerificationCheckParams; the type adds which of them exclude each other. */
export interface CreateVerificationCheckParamsBase {
    /**
     * The 4-10 character string being verified.
     * Length: 4 to 10 characters.
     * Wire name: `Code`.
     */
    readonly code?: string;
    /**
     * The phone number or [email](https://www.twilio.com/docs/verify/email) to verify. Either this parameter or the `verification_sid` must be specified. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
     * Wire name: `To`.
     */
    readonly to?: string;
    /**
     * A SID that uniquely identifies the Verification Check. Either this parameter or the `to` phone number/[email](https://www.twilio.com/docs/verify/email) must be specified.
     * Length: exactly 34 characters.
     * Pattern: ^VE[0-9a-fA-F]{32}$
     * Wire name: `VerificationSid`.
     */
    readonly verificationSid?: string;
    /**
     * The amount of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
     * Wire name: `Amount`.
     */
    readonly amount?: string;
    /**
     * The payee of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
     * Wire name: `Payee`.
     */
    readonly payee?: string;
    /**
     * A sna client token received in sna url invocation response needs to be passed in Verification Check request and should match to get successful response.
     * Wire name: `SnaClientToken`.
     */
    readonly snaClientToken?: string;
}
