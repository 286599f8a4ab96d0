/** The VerificationTemplate resource. */
export interface VerificationTemplate {
    /**
     * A 34 character string that uniquely identifies a Verification Template.
     * Wire name: `sid`.
     */
    readonly sid: string | null;
    /**
     * The unique SID identifier of the Account.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string | null;
    /**
     * A descriptive string that you create to describe a Template. It can be up to 32 characters long.
     * Wire name: `friendly_name`.
     */
    readonly friendlyName: string | null;
    /**
     * A list of channels that support the Template. Can include: sms, voice.
     * Wire name: `channels`.
     */
    readonly channels: readonly string[] | null;
    /**
     * An object that contains the different translations of the template. Every translation is identified by the language short name and contains its respective information as the approval status, text and created/modified date.
     * Wire name: `translations`.
     */
    readonly translations: unknown;
}
/** Parameters of listVerificationTemplates: List all the available templates for a given Account. */
export interface ListVerificationTemplatesParams {
    /**
     * String filter used to query templates with a given friendly name.
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName?: string;
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
/** Parameters of streamVerificationTemplates: Stream every item of ListVerificationTemplate, fetching pages as they are consumed. */
export interface StreamVerificationTemplatesParams {
    /** The most items to yield; the stream stops requesting pages once it has yielded this many. A non-negative integer. */
    readonly limit?: number;
    /**
     * String filter used to query templates with a given friendly name.
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName?: string;
    /**
     * How many resources to return in each list page. The default is 50, and the maximum is 1000.
     * An integer, 1 to 1000.
     * Wire name: `PageSize`.
     * @defaultValue 50 (applied by the API when left out)
     */
    readonly pageSize?: number;
}
