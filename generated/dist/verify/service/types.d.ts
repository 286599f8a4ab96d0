/** The Service resource. */
export interface Service {
    /**
     * The unique string that we created to identify the Service resource.
     * Wire name: `sid`.
     */
    readonly sid: string;
    /**
     * The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The name that appears in the body of your verification messages. It can be up to 30 characters long and can include letters, numbers, spaces, dashes, underscores. Phone numbers, special characters or links are NOT allowed. It cannot contain more than 4 (consecutive or non-consecutive) digits. **This value should not contain PII.**
     * Wire name: `friendly_name`.
     */
    readonly friendlyName: string;
    /**
     * The length of the verification code to generate.
     * Wire name: `code_length`.
     */
    readonly codeLength: number | null;
    /**
     * Whether to perform a lookup with each verification started and return info about the phone number.
     * Wire name: `lookup_enabled`.
     */
    readonly lookupEnabled: boolean | null;
    /**
     * Whether to pass PSD2 transaction parameters when starting a verification.
     * Wire name: `psd2_enabled`.
     */
    readonly psd2Enabled: boolean | null;
    /**
     * Whether to skip sending SMS verifications to landlines. Requires `lookup_enabled`.
     * Wire name: `skip_sms_to_landlines`.
     */
    readonly skipSmsToLandlines: boolean | null;
    /**
     * Whether to ask the user to press a number before delivering the verify code in a phone call.
     * Wire name: `dtmf_input_required`.
     */
    readonly dtmfInputRequired: boolean | null;
    /**
     * The name of an alternative text-to-speech service to use in phone calls. Applies only to TTS languages.
     * Wire name: `tts_name`.
     */
    readonly ttsName: string | null;
    /**
     * Whether to add a security warning at the end of an SMS verification body. Disabled by default and applies only to SMS. Example SMS body: `Your AppName verification code is: 1234. Don’t share this code with anyone; our employees will never ask for the code`
     * Wire name: `do_not_share_warning_enabled`.
     */
    readonly doNotShareWarningEnabled: boolean | null;
    /**
     * Whether to allow sending verifications with a custom code instead of a randomly generated one.
     * Wire name: `custom_code_enabled`.
     */
    readonly customCodeEnabled: boolean | null;
    /**
     * Configurations for the Push factors (channel) created under this Service.
     * Wire name: `push`.
     */
    readonly push: unknown;
    /**
     * Configurations for the TOTP factors (channel) created under this Service.
     * Wire name: `totp`.
     */
    readonly totp: unknown;
    /**
     * The SID of the default message template of this Service.
     * Wire name: `default_template_sid`.
     */
    readonly defaultTemplateSid: string | null;
    /**
     * The WhatsApp configuration of this Service.
     * Wire name: `whatsapp`.
     */
    readonly whatsapp: unknown;
    /**
     * The passkeys configuration of this Service.
     * Wire name: `passkeys`.
     */
    readonly passkeys: unknown;
    /**
     * Whether to allow verifications from the service to reach the stream-events sinks if configured
     * Wire name: `verify_event_subscription_enabled`.
     */
    readonly verifyEventSubscriptionEnabled: boolean | null;
    /**
     * The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date;
    /**
     * The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date;
    /**
     * The absolute URL of the resource.
     * Wire name: `url`.
     */
    readonly url: string;
    /**
     * The URLs of related resources.
     * Wire name: `links`.
     */
    readonly links: unknown;
}
/** Parameters of listServices: Retrieve a list of all Verification Services for an account. */
export interface ListServicesParams {
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
/** Parameters of streamServices: Stream every item of ListService, fetching pages as they are consumed. */
export interface StreamServicesParams {
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
/** Parameters of createService: Create a new Verification Service. */
export interface CreateServiceParams {
    /**
     * A descriptive string that you create to describe the verification service. It can be up to 32 characters long. **This value should not contain PII.**
     * Required.
     * Length: at most 32 characters.
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName: string;
    /**
     * The length of the verification code to generate. Must be an integer value between 4 and 10, inclusive.
     * An integer, 4 to 10.
     * Wire name: `CodeLength`.
     */
    readonly codeLength?: number;
    /**
     * Whether to perform a lookup with each verification started and return info about the phone number.
     * Wire name: `LookupEnabled`.
     */
    readonly lookupEnabled?: boolean;
    /**
     * Whether to skip sending SMS verifications to landlines. Requires `lookup_enabled`.
     * Only used when LookupEnabled is true.
     * Wire name: `SkipSmsToLandlines`.
     */
    readonly skipSmsToLandlines?: boolean;
    /**
     * Whether to ask the user to press a number before delivering the verify code in a phone call.
     * Wire name: `DtmfInputRequired`.
     */
    readonly dtmfInputRequired?: boolean;
    /**
     * The name of an alternative text-to-speech service to use in phone calls. Applies only to TTS languages.
     * Wire name: `TtsName`.
     */
    readonly ttsName?: string;
    /**
     * Whether to pass PSD2 transaction parameters when starting a verification.
     * Wire name: `Psd2Enabled`.
     */
    readonly psd2Enabled?: boolean;
    /**
     * Whether to add a security warning at the end of an SMS verification body. Disabled by default and applies only to SMS. Example SMS body: `Your AppName verification code is: 1234. Don’t share this code with anyone; our employees will never ask for the code`
     * Wire name: `DoNotShareWarningEnabled`.
     */
    readonly doNotShareWarningEnabled?: boolean;
    /**
     * Whether to allow sending verifications with a custom code instead of a randomly generated one.
     * Wire name: `CustomCodeEnabled`.
     */
    readonly customCodeEnabled?: boolean;
    /** Parameters sent as `Push.IncludeDate`, `Push.ApnCredentialSid`, `Push.FcmCredentialSid`. */
    readonly push?: CreateServicePushParams;
    /** Parameters sent as `Totp.Issuer`, `Totp.TimeStep`, `Totp.CodeLength`, `Totp.Skew`. */
    readonly totp?: CreateServiceTotpParams;
    /**
     * The default message [template](https://www.twilio.com/docs/verify/api/templates). Will be used for all SMS verifications unless explicitly overriden. SMS channel only.
     * Length: exactly 34 characters.
     * Pattern: ^HJ[0-9a-fA-F]{32}$
     * Wire name: `DefaultTemplateSid`.
     */
    readonly defaultTemplateSid?: string;
    /** Parameters sent as `Whatsapp.MsgServiceSid`, `Whatsapp.From`. */
    readonly whatsapp?: CreateServiceWhatsappParams;
    /** Parameters sent as `Passkeys.RelyingParty.Id`, `Passkeys.RelyingParty.Name`, `Passkeys.RelyingParty.Origins`, `Passkeys.AuthenticatorAttachment`, `Passkeys.DiscoverableCredentials`, `Passkeys.UserVerification`. */
    readonly passkeys?: CreateServicePasskeysParams;
    /**
     * Whether to allow verifications from the service to reach the stream-events sinks if configured
     * Wire name: `VerifyEventSubscriptionEnabled`.
     */
    readonly verifyEventSubscriptionEnabled?: boolean;
}
/** The `push` group of CreateServiceParams. */
export interface CreateServicePushParams {
    /**
     * Optional configuration for the Push factors. If true, include the date in the Challenge's response. Otherwise, the date is omitted from the response. See [Challenge](https://www.twilio.com/docs/verify/api/challenge) resource’s details parameter for more info. Default: false. **Deprecated** do not use this parameter. This timestamp value is the same one as the one found in `date_created`, please use that one instead.
     * Wire name: `Push.IncludeDate`.
     */
    readonly includeDate?: boolean;
    /**
     * Optional configuration for the Push factors. Set the APN Credential for this service. This will allow to send push notifications to iOS devices. See [Credential Resource](https://www.twilio.com/docs/notify/api/credential-resource)
     * Length: exactly 34 characters.
     * Pattern: ^CR[0-9a-fA-F]{32}$
     * Wire name: `Push.ApnCredentialSid`.
     */
    readonly apnCredentialSid?: string;
    /**
     * Optional configuration for the Push factors. Set the FCM Credential for this service. This will allow to send push notifications to Android devices. See [Credential Resource](https://www.twilio.com/docs/notify/api/credential-resource)
     * Length: exactly 34 characters.
     * Pattern: ^CR[0-9a-fA-F]{32}$
     * Wire name: `Push.FcmCredentialSid`.
     */
    readonly fcmCredentialSid?: string;
}
/** The `totp` group of CreateServiceParams. */
export interface CreateServiceTotpParams {
    /**
     * Optional configuration for the TOTP factors. Set TOTP Issuer for this service. This will allow to configure the issuer of the TOTP URI. Defaults to the service friendly name if not provided.
     * Wire name: `Totp.Issuer`.
     */
    readonly issuer?: string;
    /**
     * Optional configuration for the TOTP factors. Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time_step seconds. Must be between 20 and 60 seconds, inclusive. Defaults to 30 seconds
     * An integer, 20 to 60.
     * Wire name: `Totp.TimeStep`.
     * @defaultValue 30 (applied by the API when left out)
     */
    readonly timeStep?: number;
    /**
     * Optional configuration for the TOTP factors. Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive. Defaults to 6
     * An integer, 3 to 8.
     * Wire name: `Totp.CodeLength`.
     * @defaultValue 6 (applied by the API when left out)
     */
    readonly codeLength?: number;
    /**
     * Optional configuration for the TOTP factors. The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive. Defaults to 1
     * An integer, 0 to 2.
     * Wire name: `Totp.Skew`.
     * @defaultValue 1 (applied by the API when left out)
     */
    readonly skew?: number;
}
/** The `whatsapp` group of CreateServiceParams. */
export interface CreateServiceWhatsappParams {
    /**
     * The SID of the Messaging Service containing WhatsApp Sender(s) that Verify will use to send WhatsApp messages to your users.
     * Length: exactly 34 characters.
     * Pattern: ^MG[0-9a-fA-F]{32}$
     * Wire name: `Whatsapp.MsgServiceSid`.
     */
    readonly msgServiceSid?: string;
    /**
     * The number to use as the WhatsApp Sender that Verify will use to send WhatsApp messages to your users.This WhatsApp Sender must be associated with a Messaging Service SID.
     * Wire name: `Whatsapp.From`.
     */
    readonly from?: string;
}
/** The `passkeys` group of CreateServiceParams. */
export interface CreateServicePasskeysParams {
    /** Parameters sent as `Passkeys.RelyingParty.Id`, `Passkeys.RelyingParty.Name`, `Passkeys.RelyingParty.Origins`. */
    readonly relyingParty?: CreateServicePasskeysRelyingPartyParams;
    /**
     * The Authenticator Attachment for Passkeys. This is the type of authenticator that will be used to create Passkeys. It can be empty or it can have the values `platform`, `cross-platform` or `any`.
     * One of: platform, cross-platform, any.
     * Wire name: `Passkeys.AuthenticatorAttachment`.
     */
    readonly authenticatorAttachment?: "platform" | "cross-platform" | "any";
    /**
     * Indicates whether credentials must be discoverable by the authenticator. It can be empty or it can have the values `required`, `preferred` or `discouraged`.
     * One of: required, preferred, discouraged.
     * Wire name: `Passkeys.DiscoverableCredentials`.
     */
    readonly discoverableCredentials?: "required" | "preferred" | "discouraged";
    /**
     * The User Verification for Passkeys. This is the type of user verification that will be used to create Passkeys. It can be empty or it can have the values `required`, `preferred` or `discouraged`.
     * One of: required, preferred, discouraged.
     * Wire name: `Passkeys.UserVerification`.
     */
    readonly userVerification?: "required" | "preferred" | "discouraged";
}
/** The `relyingParty` group of CreateServicePasskeysParams. */
export interface CreateServicePasskeysRelyingPartyParams {
    /**
     * The Relying Party ID for Passkeys. This is the domain of your application, e.g. `example.com`. It is used to identify your application when creating Passkeys.
     * Wire name: `Passkeys.RelyingParty.Id`.
     */
    readonly id?: string;
    /**
     * The Relying Party Name for Passkeys. This is the name of your application, e.g. `Example App`. It is used to identify your application when creating Passkeys.
     * Wire name: `Passkeys.RelyingParty.Name`.
     */
    readonly name?: string;
    /**
     * The Relying Party Origins for Passkeys. This is the origin of your application, e.g. `login.example.com,www.example.com`. It is used to identify your application when creating Passkeys, it can have multiple origins split by `,`.
     * Wire name: `Passkeys.RelyingParty.Origins`.
     */
    readonly origins?: string;
}
/** Parameters of updateService: Update a specific Verification Service. */
export interface UpdateServiceParams {
    /**
     * A descriptive string that you create to describe the verification service. It can be up to 32 characters long. **This value should not contain PII.**
     * Length: at most 32 characters.
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName?: string;
    /**
     * The length of the verification code to generate. Must be an integer value between 4 and 10, inclusive.
     * An integer, 4 to 10.
     * Wire name: `CodeLength`.
     */
    readonly codeLength?: number;
    /**
     * Whether to perform a lookup with each verification started and return info about the phone number.
     * Wire name: `LookupEnabled`.
     */
    readonly lookupEnabled?: boolean;
    /**
     * Whether to skip sending SMS verifications to landlines. Requires `lookup_enabled`.
     * Only used when LookupEnabled is true.
     * Wire name: `SkipSmsToLandlines`.
     */
    readonly skipSmsToLandlines?: boolean;
    /**
     * Whether to ask the user to press a number before delivering the verify code in a phone call.
     * Wire name: `DtmfInputRequired`.
     */
    readonly dtmfInputRequired?: boolean;
    /**
     * The name of an alternative text-to-speech service to use in phone calls. Applies only to TTS languages.
     * Wire name: `TtsName`.
     */
    readonly ttsName?: string;
    /**
     * Whether to pass PSD2 transaction parameters when starting a verification.
     * Wire name: `Psd2Enabled`.
     */
    readonly psd2Enabled?: boolean;
    /**
     * Whether to add a privacy warning at the end of an SMS. **Disabled by default and applies only for SMS.**
     * Wire name: `DoNotShareWarningEnabled`.
     */
    readonly doNotShareWarningEnabled?: boolean;
    /**
     * Whether to allow sending verifications with a custom code instead of a randomly generated one.
     * Wire name: `CustomCodeEnabled`.
     */
    readonly customCodeEnabled?: boolean;
    /** Parameters sent as `Push.IncludeDate`, `Push.ApnCredentialSid`, `Push.FcmCredentialSid`. */
    readonly push?: UpdateServicePushParams;
    /** Parameters sent as `Totp.Issuer`, `Totp.TimeStep`, `Totp.CodeLength`, `Totp.Skew`. */
    readonly totp?: UpdateServiceTotpParams;
    /**
     * The default message [template](https://www.twilio.com/docs/verify/api/templates). Will be used for all SMS verifications unless explicitly overriden. SMS channel only.
     * Length: exactly 34 characters.
     * Pattern: ^HJ[0-9a-fA-F]{32}$
     * Wire name: `DefaultTemplateSid`.
     */
    readonly defaultTemplateSid?: string;
    /** Parameters sent as `Whatsapp.MsgServiceSid`, `Whatsapp.From`. */
    readonly whatsapp?: UpdateServiceWhatsappParams;
    /** Parameters sent as `Passkeys.RelyingParty.Id`, `Passkeys.RelyingParty.Name`, `Passkeys.RelyingParty.Origins`, `Passkeys.AuthenticatorAttachment`, `Passkeys.DiscoverableCredentials`, `Passkeys.UserVerification`. */
    readonly passkeys?: UpdateServicePasskeysParams;
    /**
     * Whether to allow verifications from the service to reach the stream-events sinks if configured
     * Wire name: `VerifyEventSubscriptionEnabled`.
     */
    readonly verifyEventSubscriptionEnabled?: boolean;
}
/** The `push` group of UpdateServiceParams. */
export interface UpdateServicePushParams {
    /**
     * Optional configuration for the Push factors. If true, include the date in the Challenge's response. Otherwise, the date is omitted from the response. See [Challenge](https://www.twilio.com/docs/verify/api/challenge) resource’s details parameter for more info. Default: false. **Deprecated** do not use this parameter.
     * Wire name: `Push.IncludeDate`.
     */
    readonly includeDate?: boolean;
    /**
     * Optional configuration for the Push factors. Set the APN Credential for this service. This will allow to send push notifications to iOS devices. See [Credential Resource](https://www.twilio.com/docs/notify/api/credential-resource)
     * Length: exactly 34 characters.
     * Pattern: ^CR[0-9a-fA-F]{32}$
     * Wire name: `Push.ApnCredentialSid`.
     */
    readonly apnCredentialSid?: string;
    /**
     * Optional configuration for the Push factors. Set the FCM Credential for this service. This will allow to send push notifications to Android devices. See [Credential Resource](https://www.twilio.com/docs/notify/api/credential-resource)
     * Length: exactly 34 characters.
     * Pattern: ^CR[0-9a-fA-F]{32}$
     * Wire name: `Push.FcmCredentialSid`.
     */
    readonly fcmCredentialSid?: string;
}
/** The `totp` group of UpdateServiceParams. */
export interface UpdateServiceTotpParams {
    /**
     * Optional configuration for the TOTP factors. Set TOTP Issuer for this service. This will allow to configure the issuer of the TOTP URI.
     * Wire name: `Totp.Issuer`.
     */
    readonly issuer?: string;
    /**
     * Optional configuration for the TOTP factors. Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time_step seconds. Must be between 20 and 60 seconds, inclusive. Defaults to 30 seconds
     * An integer, 20 to 60.
     * Wire name: `Totp.TimeStep`.
     * @defaultValue 30 (applied by the API when left out)
     */
    readonly timeStep?: number;
    /**
     * Optional configuration for the TOTP factors. Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive. Defaults to 6
     * An integer, 3 to 8.
     * Wire name: `Totp.CodeLength`.
     * @defaultValue 6 (applied by the API when left out)
     */
    readonly codeLength?: number;
    /**
     * Optional configuration for the TOTP factors. The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive. Defaults to 1
     * An integer, 0 to 2.
     * Wire name: `Totp.Skew`.
     * @defaultValue 1 (applied by the API when left out)
     */
    readonly skew?: number;
}
/** The `whatsapp` group of UpdateServiceParams. */
export interface UpdateServiceWhatsappParams {
    /**
     * The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/services) to associate with the Verification Service.
     * Length: exactly 34 characters.
     * Pattern: ^MG[0-9a-fA-F]{32}$
     * Wire name: `Whatsapp.MsgServiceSid`.
     */
    readonly msgServiceSid?: string;
    /**
     * The WhatsApp number to use as the sender of the verification messages. This number must be associated with the WhatsApp Message Service.
     * Wire name: `Whatsapp.From`.
     */
    readonly from?: string;
}
/** The `passkeys` group of UpdateServiceParams. */
export interface UpdateServicePasskeysParams {
    /** Parameters sent as `Passkeys.RelyingParty.Id`, `Passkeys.RelyingParty.Name`, `Passkeys.RelyingParty.Origins`. */
    readonly relyingParty?: UpdateServicePasskeysRelyingPartyParams;
    /**
     * The Authenticator Attachment for Passkeys. This is the type of authenticator that will be used to create Passkeys. It can be empty or it can have the values `platform`, `cross-platform` or `any`.
     * One of: platform, cross-platform, any.
     * Wire name: `Passkeys.AuthenticatorAttachment`.
     */
    readonly authenticatorAttachment?: "platform" | "cross-platform" | "any";
    /**
     * Indicates whether credentials must be discoverable by the authenticator. It can be empty or it can have the values `required`, `preferred` or `discouraged`.
     * One of: required, preferred, discouraged.
     * Wire name: `Passkeys.DiscoverableCredentials`.
     */
    readonly discoverableCredentials?: "required" | "preferred" | "discouraged";
    /**
     * The User Verification for Passkeys. This is the type of user verification that will be used to create Passkeys. It can be empty or it can have the values `required`, `preferred` or `discouraged`.
     * One of: required, preferred, discouraged.
     * Wire name: `Passkeys.UserVerification`.
     */
    readonly userVerification?: "required" | "preferred" | "discouraged";
}
/** The `relyingParty` group of UpdateServicePasskeysParams. */
export interface UpdateServicePasskeysRelyingPartyParams {
    /**
     * The Relying Party ID for Passkeys. This is the domain of your application, e.g. `example.com`. It is used to identify your application when creating Passkeys.
     * Wire name: `Passkeys.RelyingParty.Id`.
     */
    readonly id?: string;
    /**
     * The Relying Party Name for Passkeys. This is the name of your application, e.g. `Example App`. It is used to identify your application when creating Passkeys.
     * Wire name: `Passkeys.RelyingParty.Name`.
     */
    readonly name?: string;
    /**
     * The Relying Party Origins for Passkeys. This is the origin of your application, e.g. `login.example.com,www.example.com`. It is used to identify your application when creating Passkeys, it can have multiple origins split by `,`.
     * Wire name: `Passkeys.RelyingParty.Origins`.
     */
    readonly origins?: string;
}
