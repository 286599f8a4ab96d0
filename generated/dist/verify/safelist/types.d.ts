/** The Safelist resource. */
export interface Safelist {
    /**
     * The unique string that we created to identify the SafeList resource.
     * Wire name: `sid`.
     */
    readonly sid: string | null;
    /**
     * The phone number in SafeList.
     * Wire name: `phone_number`.
     */
    readonly phoneNumber: string | null;
    /**
     * The absolute URL of the SafeList resource.
     * Wire name: `url`.
     */
    readonly url: string | null;
}
/** Parameters of createSafelist: Add a new phone number to SafeList. */
export interface CreateSafelistParams {
    /**
     * The phone number to be added in SafeList. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
     * Required.
     * Format: E.164 phone number.
     * Wire name: `PhoneNumber`.
     */
    readonly phoneNumber: string;
}
