import type { RuleViolation } from "../../runtime/errors.js";
/** The Verification resource. */
export interface Verification {
    /**
     * The unique string that we created to identify the Verification resource.
     * Wire name: `sid`.
     */
    readonly sid: string;
    /**
     * The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Verification resource.
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
     * Information about the phone number being verified.
     * Wire name: `lookup`.
     */
    readonly lookup: unknown;
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
     * An array of verification attempt objects containing the channel attempted and the channel-specific transaction SID.
     * Wire name: `send_code_attempts`.
     */
    readonly sendCodeAttempts: readonly unknown[] | null;
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
     * The set of fields used for a silent network auth (`sna`) verification. Contains a single field with the URL to be invoked to verify the phone number.
     * Wire name: `sna`.
     */
    readonly sna: unknown;
    /**
     * The absolute URL of the Verification resource.
     * Wire name: `url`.
     */
    readonly url: string;
}
/**
 * Parameters of createVerification: Create a new Verification using a Service
 * A union on `channel`: each member allows and requires exactly what that Channel does.
 */
export type CreateVerificationParams = CreateVerificationEmailParams | CreateVerificationSmsParams | CreateVerificationWhatsappParams | CreateVerificationCallParams | CreateVerificationSnaParams | CreateVerificationAutoParams;
/** Parameters of createVerification: Create a new Verification using a Service (Channel email). */
export interface CreateVerificationEmailParams {
    /**
     * The phone number or [email](https://www.twilio.com/docs/verify/email) to verify. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
     * Required.
     * Wire name: `To`.
     */
    readonly to: string;
    /**
     * The verification method to use. One of: [`email`](https://www.twilio.com/docs/verify/email), `sms`, `whatsapp`, `call`, `sna` or `auto`.
     * Required.
     * One of: email, sms, whatsapp, call, sna, auto.
     * Wire name: `Channel`.
     */
    readonly channel: "email";
    /**
     * A custom user defined friendly name that overwrites the existing one in the verification message
     * Wire name: `CustomFriendlyName`.
     */
    readonly customFriendlyName?: string;
    /**
     * The text of a custom message to use for the verification [DEPRECATED].
     * Wire name: `CustomMessage`.
     * @deprecated The API marks this as deprecated.
     */
    readonly customMessage?: string;
    /**
     * The digits to send after a phone call is answered, for example, to dial an extension. For more information, see the Programmable Voice documentation of [sendDigits](https://www.twilio.com/docs/voice/twiml/number#attributes-sendDigits).
     * Only used when Channel is call.
     * Wire name: `SendDigits`.
     */
    readonly sendDigits?: string & RuleViolation<"sendDigits is only allowed when channel is 'call'">;
    /**
     * Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications. It will fallback to English or the template’s default translation if the selected translation is not available. This parameter will override the automatic locale resolution. [See supported languages and more information here](https://www.twilio.com/docs/verify/supported-languages).
     * Wire name: `Locale`.
     */
    readonly locale?: string;
    /**
     * A pre-generated code to use for verification. The code can be between 4 and 10 characters, inclusive.
     * Length: 4 to 10 characters.
     * Wire name: `CustomCode`.
     */
    readonly customCode?: string;
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
     * The custom key-value pairs of Programmable Rate Limits. Keys correspond to `unique_name` fields defined when [creating your Rate Limit](https://www.twilio.com/docs/verify/api/service-rate-limits). Associated value pairs represent values in the request that you are rate limiting on. You may include multiple Rate Limit values in each request.
     * Sent as its JSON text.
     * Wire name: `RateLimits`.
     */
    readonly rateLimits?: unknown;
    /**
     * [`email`](https://www.twilio.com/docs/verify/email) channel configuration in json format. The fields 'from' and 'from_name' are optional but if included the 'from' field must have a valid email address.
     * Only used when Channel is email.
     * Sent as its JSON text.
     * Wire name: `ChannelConfiguration`.
     */
    readonly channelConfiguration?: unknown;
    /**
     * Your [App Hash](https://developers.google.com/identity/sms-retriever/verify#computing_your_apps_hash_string) to be appended at the end of your verification SMS body. Applies only to SMS. Example SMS body: `<#> Your AppName verification code is: 1234 He42w354ol9`.
     * Only used when Channel is sms.
     * Wire name: `AppHash`.
     */
    readonly appHash?: string & RuleViolation<"appHash is only allowed when channel is 'sms'">;
    /**
     * The message [template](https://www.twilio.com/docs/verify/api/templates). If provided, will override the default template for the Service. SMS and Voice channels only.
     * Only used when Channel is sms or call.
     * Length: exactly 34 characters.
     * Pattern: ^HJ[0-9a-fA-F]{32}$
     * Wire name: `TemplateSid`.
     */
    readonly templateSid?: string & RuleViolation<"templateSid is only allowed when channel is 'sms' or 'call'">;
    /**
     * A stringified JSON object in which the keys are the template's special variables and the values are the variables substitutions.
     * Sent as its JSON text.
     * Wire name: `TemplateCustomSubstitutions`.
     */
    readonly templateCustomSubstitutions?: unknown;
    /**
     * Strongly encouraged if using the auto channel. The IP address of the client's device. If provided, it has to be a valid IPv4 or IPv6 address.
     * Wire name: `DeviceIp`.
     */
    readonly deviceIp?: string;
    /**
     * An optional Boolean value to indicate the requirement of sna client token in the SNA URL invocation response for added security. This token must match in the Verification Check request to confirm phone number verification.
     * Only used when Channel is sna.
     * Wire name: `EnableSnaClientToken`.
     */
    readonly enableSnaClientToken?: boolean & RuleViolation<"enableSnaClientToken is only allowed when channel is 'sna'">;
    /**
     * Risk_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled. Can be: `enable`(default) or `disable`. For SMS channel only.
     * Only used when Channel is sms.
     * One of: enable, disable.
     * Wire name: `RiskCheck`.
     */
    readonly riskCheck?: ("enable" | "disable") & RuleViolation<"riskCheck is only allowed when channel is 'sms'">;
    /**
     * A string containing a JSON map of key value pairs of tags to be recorded as metadata for the message. The tags will also be included as part of the verification and message status event type payloads. The object may contain up to 10 tags. Keys and values can each be up to 128 characters in length. **This value should not contain PII.**
     * Sent as its JSON text.
     * Wire name: `Tags`.
     */
    readonly tags?: Readonly<Record<string, string>>;
}
/** Parameters of createVerification: Create a new Verification using a Service (Channel sms). */
export interface CreateVerificationSmsParams {
    /**
     * The phone number or [email](https://www.twilio.com/docs/verify/email) to verify. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
     * Required.
     * Wire name: `To`.
     */
    readonly to: string;
    /**
     * The verification method to use. One of: [`email`](https://www.twilio.com/docs/verify/email), `sms`, `whatsapp`, `call`, `sna` or `auto`.
     * Required.
     * One of: email, sms, whatsapp, call, sna, auto.
     * Wire name: `Channel`.
     */
    readonly channel: "sms";
    /**
     * A custom user defined friendly name that overwrites the existing one in the verification message
     * Wire name: `CustomFriendlyName`.
     */
    readonly customFriendlyName?: string;
    /**
     * The text of a custom message to use for the verification [DEPRECATED].
     * Wire name: `CustomMessage`.
     * @deprecated The API marks this as deprecated.
     */
    readonly customMessage?: string;
    /**
     * The digits to send after a phone call is answered, for example, to dial an extension. For more information, see the Programmable Voice documentation of [sendDigits](https://www.twilio.com/docs/voice/twiml/number#attributes-sendDigits).
     * Only used when Channel is call.
     * Wire name: `SendDigits`.
     */
    readonly sendDigits?: string & RuleViolation<"sendDigits is only allowed when channel is 'call'">;
    /**
     * Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications. It will fallback to English or the template’s default translation if the selected translation is not available. This parameter will override the automatic locale resolution. [See supported languages and more information here](https://www.twilio.com/docs/verify/supported-languages).
     * Wire name: `Locale`.
     */
    readonly locale?: string;
    /**
     * A pre-generated code to use for verification. The code can be between 4 and 10 characters, inclusive.
     * Length: 4 to 10 characters.
     * Wire name: `CustomCode`.
     */
    readonly customCode?: string;
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
     * The custom key-value pairs of Programmable Rate Limits. Keys correspond to `unique_name` fields defined when [creating your Rate Limit](https://www.twilio.com/docs/verify/api/service-rate-limits). Associated value pairs represent values in the request that you are rate limiting on. You may include multiple Rate Limit values in each request.
     * Sent as its JSON text.
     * Wire name: `RateLimits`.
     */
    readonly rateLimits?: unknown;
    /**
     * [`email`](https://www.twilio.com/docs/verify/email) channel configuration in json format. The fields 'from' and 'from_name' are optional but if included the 'from' field must have a valid email address.
     * Only used when Channel is email.
     * Sent as its JSON text.
     * Wire name: `ChannelConfiguration`.
     */
    readonly channelConfiguration?: unknown & RuleViolation<"channelConfiguration is only allowed when channel is 'email'">;
    /**
     * Your [App Hash](https://developers.google.com/identity/sms-retriever/verify#computing_your_apps_hash_string) to be appended at the end of your verification SMS body. Applies only to SMS. Example SMS body: `<#> Your AppName verification code is: 1234 He42w354ol9`.
     * Only used when Channel is sms.
     * Wire name: `AppHash`.
     */
    readonly appHash?: string;
    /**
     * The message [template](https://www.twilio.com/docs/verify/api/templates). If provided, will override the default template for the Service. SMS and Voice channels only.
     * Only used when Channel is sms or call.
     * Length: exactly 34 characters.
     * Pattern: ^HJ[0-9a-fA-F]{32}$
     * Wire name: `TemplateSid`.
     */
    readonly templateSid?: string;
    /**
     * A stringified JSON object in which the keys are the template's special variables and the values are the variables substitutions.
     * Sent as its JSON text.
     * Wire name: `TemplateCustomSubstitutions`.
     */
    readonly templateCustomSubstitutions?: unknown;
    /**
     * Strongly encouraged if using the auto channel. The IP address of the client's device. If provided, it has to be a valid IPv4 or IPv6 address.
     * Wire name: `DeviceIp`.
     */
    readonly deviceIp?: string;
    /**
     * An optional Boolean value to indicate the requirement of sna client token in the SNA URL invocation response for added security. This token must match in the Verification Check request to confirm phone number verification.
     * Only used when Channel is sna.
     * Wire name: `EnableSnaClientToken`.
     */
    readonly enableSnaClientToken?: boolean & RuleViolation<"enableSnaClientToken is only allowed when channel is 'sna'">;
    /**
     * Risk_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled. Can be: `enable`(default) or `disable`. For SMS channel only.
     * Only used when Channel is sms.
     * One of: enable, disable.
     * Wire name: `RiskCheck`.
     */
    readonly riskCheck?: "enable" | "disable";
    /**
     * A string containing a JSON map of key value pairs of tags to be recorded as metadata for the message. The tags will also be included as part of the verification and message status event type payloads. The object may contain up to 10 tags. Keys and values can each be up to 128 characters in length. **This value should not contain PII.**
     * Sent as its JSON text.
     * Wire name: `Tags`.
     */
    readonly tags?: Readonly<Record<string, string>>;
}
/** Parameters of createVerification: Create a new Verification using a Service (Channel whatsapp). */
export interface CreateVerificationWhatsappParams {
    /**
     * The phone number or [email](https://www.twilio.com/docs/verify/email) to verify. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
     * Required.
     * Wire name: `To`.
     */
    readonly to: string;
    /**
     * The verification method to use. One of: [`email`](https://www.twilio.com/docs/verify/email), `sms`, `whatsapp`, `call`, `sna` or `auto`.
     * Required.
     * One of: email, sms, whatsapp, call, sna, auto.
     * Wire name: `Channel`.
     */
    readonly channel: "whatsapp";
    /**
     * A custom user defined friendly name that overwrites the existing one in the verification message
     * Wire name: `CustomFriendlyName`.
     */
    readonly customFriendlyName?: string;
    /**
     * The text of a custom message to use for the verification [DEPRECATED].
     * Wire name: `CustomMessage`.
     * @deprecated The API marks this as deprecated.
     */
    readonly customMessage?: string;
    /**
     * The digits to send after a phone call is answered, for example, to dial an extension. For more information, see the Programmable Voice documentation of [sendDigits](https://www.twilio.com/docs/voice/twiml/number#attributes-sendDigits).
     * Only used when Channel is call.
     * Wire name: `SendDigits`.
     */
    readonly sendDigits?: string & RuleViolation<"sendDigits is only allowed when channel is 'call'">;
    /**
     * Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications. It will fallback to English or the template’s default translation if the selected translation is not available. This parameter will override the automatic locale resolution. [See supported languages and more information here](https://www.twilio.com/docs/verify/supported-languages).
     * Wire name: `Locale`.
     */
    readonly locale?: string;
    /**
     * A pre-generated code to use for verification. The code can be between 4 and 10 characters, inclusive.
     * Length: 4 to 10 characters.
     * Wire name: `CustomCode`.
     */
    readonly customCode?: string;
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
     * The custom key-value pairs of Programmable Rate Limits. Keys correspond to `unique_name` fields defined when [creating your Rate Limit](https://www.twilio.com/docs/verify/api/service-rate-limits). Associated value pairs represent values in the request that you are rate limiting on. You may include multiple Rate Limit values in each request.
     * Sent as its JSON text.
     * Wire name: `RateLimits`.
     */
    readonly rateLimits?: unknown;
    /**
     * [`email`](https://www.twilio.com/docs/verify/email) channel configuration in json format. The fields 'from' and 'from_name' are optional but if included the 'from' field must have a valid email address.
     * Only used when Channel is email.
     * Sent as its JSON text.
     * Wire name: `ChannelConfiguration`.
     */
    readonly channelConfiguration?: unknown & RuleViolation<"channelConfiguration is only allowed when channel is 'email'">;
    /**
     * Your [App Hash](https://developers.google.com/identity/sms-retriever/verify#computing_your_apps_hash_string) to be appended at the end of your verification SMS body. Applies only to SMS. Example SMS body: `<#> Your AppName verification code is: 1234 He42w354ol9`.
     * Only used when Channel is sms.
     * Wire name: `AppHash`.
     */
    readonly appHash?: string & RuleViolation<"appHash is only allowed when channel is 'sms'">;
    /**
     * The message [template](https://www.twilio.com/docs/verify/api/templates). If provided, will override the default template for the Service. SMS and Voice channels only.
     * Only used when Channel is sms or call.
     * Length: exactly 34 characters.
     * Pattern: ^HJ[0-9a-fA-F]{32}$
     * Wire name: `TemplateSid`.
     */
    readonly templateSid?: string & RuleViolation<"templateSid is only allowed when channel is 'sms' or 'call'">;
    /**
     * A stringified JSON object in which the keys are the template's special variables and the values are the variables substitutions.
     * Sent as its JSON text.
     * Wire name: `TemplateCustomSubstitutions`.
     */
    readonly templateCustomSubstitutions?: unknown;
    /**
     * Strongly encouraged if using the auto channel. The IP address of the client's device. If provided, it has to be a valid IPv4 or IPv6 address.
     * Wire name: `DeviceIp`.
     */
    readonly deviceIp?: string;
    /**
     * An optional Boolean value to indicate the requirement of sna client token in the SNA URL invocation response for added security. This token must match in the Verification Check request to confirm phone number verification.
     * Only used when Channel is sna.
     * Wire name: `EnableSnaClientToken`.
     */
    readonly enableSnaClientToken?: boolean & RuleViolation<"enableSnaClientToken is only allowed when channel is 'sna'">;
    /**
     * Risk_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled. Can be: `enable`(default) or `disable`. For SMS channel only.
     * Only used when Channel is sms.
     * One of: enable, disable.
     * Wire name: `RiskCheck`.
     */
    readonly riskCheck?: ("enable" | "disable") & RuleViolation<"riskCheck is only allowed when channel is 'sms'">;
    /**
     * A string containing a JSON map of key value pairs of tags to be recorded as metadata for the message. The tags will also be included as part of the verification and message status event type payloads. The object may contain up to 10 tags. Keys and values can each be up to 128 characters in length. **This value should not contain PII.**
     * Sent as its JSON text.
     * Wire name: `Tags`.
     */
    readonly tags?: Readonly<Record<string, string>>;
}
/** Parameters of createVerification: Create a new Verification using a Service (Channel call). */
export interface CreateVerificationCallParams {
    /**
     * The phone number or [email](https://www.twilio.com/docs/verify/email) to verify. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
     * Required.
     * Wire name: `To`.
     */
    readonly to: string;
    /**
     * The verification method to use. One of: [`email`](https://www.twilio.com/docs/verify/email), `sms`, `whatsapp`, `call`, `sna` or `auto`.
     * Required.
     * One of: email, sms, whatsapp, call, sna, auto.
     * Wire name: `Channel`.
     */
    readonly channel: "call";
    /**
     * A custom user defined friendly name that overwrites the existing one in the verification message
     * Wire name: `CustomFriendlyName`.
     */
    readonly customFriendlyName?: string;
    /**
     * The text of a custom message to use for the verification [DEPRECATED].
     * Wire name: `CustomMessage`.
     * @deprecated The API marks this as deprecated.
     */
    readonly customMessage?: string;
    /**
     * The digits to send after a phone call is answered, for example, to dial an extension. For more information, see the Programmable Voice documentation of [sendDigits](https://www.twilio.com/docs/voice/twiml/number#attributes-sendDigits).
     * Only used when Channel is call.
     * Wire name: `SendDigits`.
     */
    readonly sendDigits?: string;
    /**
     * Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications. It will fallback to English or the template’s default translation if the selected translation is not available. This parameter will override the automatic locale resolution. [See supported languages and more information here](https://www.twilio.com/docs/verify/supported-languages).
     * Wire name: `Locale`.
     */
    readonly locale?: string;
    /**
     * A pre-generated code to use for verification. The code can be between 4 and 10 characters, inclusive.
     * Length: 4 to 10 characters.
     * Wire name: `CustomCode`.
     */
    readonly customCode?: string;
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
     * The custom key-value pairs of Programmable Rate Limits. Keys correspond to `unique_name` fields defined when [creating your Rate Limit](https://www.twilio.com/docs/verify/api/service-rate-limits). Associated value pairs represent values in the request that you are rate limiting on. You may include multiple Rate Limit values in each request.
     * Sent as its JSON text.
     * Wire name: `RateLimits`.
     */
    readonly rateLimits?: unknown;
    /**
     * [`email`](https://www.twilio.com/docs/verify/email) channel configuration in json format. The fields 'from' and 'from_name' are optional but if included the 'from' field must have a valid email address.
     * Only used when Channel is email.
     * Sent as its JSON text.
     * Wire name: `ChannelConfiguration`.
     */
    readonly channelConfiguration?: unknown & RuleViolation<"channelConfiguration is only allowed when channel is 'email'">;
    /**
     * Your [App Hash](https://developers.google.com/identity/sms-retriever/verify#computing_your_apps_hash_string) to be appended at the end of your verification SMS body. Applies only to SMS. Example SMS body: `<#> Your AppName verification code is: 1234 He42w354ol9`.
     * Only used when Channel is sms.
     * Wire name: `AppHash`.
     */
    readonly appHash?: string & RuleViolation<"appHash is only allowed when channel is 'sms'">;
    /**
     * The message [template](https://www.twilio.com/docs/verify/api/templates). If provided, will override the default template for the Service. SMS and Voice channels only.
     * Only used when Channel is sms or call.
     * Length: exactly 34 characters.
     * Pattern: ^HJ[0-9a-fA-F]{32}$
     * Wire name: `TemplateSid`.
     */
    readonly templateSid?: string;
    /**
     * A stringified JSON object in which the keys are the template's special variables and the values are the variables substitutions.
     * Sent as its JSON text.
     * Wire name: `TemplateCustomSubstitutions`.
     */
    readonly templateCustomSubstitutions?: unknown;
    /**
     * Strongly encouraged if using the auto channel. The IP address of the client's device. If provided, it has to be a valid IPv4 or IPv6 address.
     * Wire name: `DeviceIp`.
     */
    readonly deviceIp?: string;
    /**
     * An optional Boolean value to indicate the requirement of sna client token in the SNA URL invocation response for added security. This token must match in the Verification Check request to confirm phone number verification.
     * Only used when Channel is sna.
     * Wire name: `EnableSnaClientToken`.
     */
    readonly enableSnaClientToken?: boolean & RuleViolation<"enableSnaClientToken is only allowed when channel is 'sna'">;
    /**
     * Risk_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled. Can be: `enable`(default) or `disable`. For SMS channel only.
     * Only used when Channel is sms.
     * One of: enable, disable.
     * Wire name: `RiskCheck`.
     */
    readonly riskCheck?: ("enable" | "disable") & RuleViolation<"riskCheck is only allowed when channel is 'sms'">;
    /**
     * A string containing a JSON map of key value pairs of tags to be recorded as metadata for the message. The tags will also be included as part of the verification and message status event type payloads. The object may contain up to 10 tags. Keys and values can each be up to 128 characters in length. **This value should not contain PII.**
     * Sent as its JSON text.
     * Wire name: `Tags`.
     */
    readonly tags?: Readonly<Record<string, string>>;
}
/** Parameters of createVerification: Create a new Verification using a Service (Channel sna). */
export interface CreateVerificationSnaParams {
    /**
     * The phone number or [email](https://www.twilio.com/docs/verify/email) to verify. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
     * Required.
     * Wire name: `To`.
     */
    readonly to: string;
    /**
     * The verification method to use. One of: [`email`](https://www.twilio.com/docs/verify/email), `sms`, `whatsapp`, `call`, `sna` or `auto`.
     * Required.
     * One of: email, sms, whatsapp, call, sna, auto.
     * Wire name: `Channel`.
     */
    readonly channel: "sna";
    /**
     * A custom user defined friendly name that overwrites the existing one in the verification message
     * Wire name: `CustomFriendlyName`.
     */
    readonly customFriendlyName?: string;
    /**
     * The text of a custom message to use for the verification [DEPRECATED].
     * Wire name: `CustomMessage`.
     * @deprecated The API marks this as deprecated.
     */
    readonly customMessage?: string;
    /**
     * The digits to send after a phone call is answered, for example, to dial an extension. For more information, see the Programmable Voice documentation of [sendDigits](https://www.twilio.com/docs/voice/twiml/number#attributes-sendDigits).
     * Only used when Channel is call.
     * Wire name: `SendDigits`.
     */
    readonly sendDigits?: string & RuleViolation<"sendDigits is only allowed when channel is 'call'">;
    /**
     * Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications. It will fallback to English or the template’s default translation if the selected translation is not available. This parameter will override the automatic locale resolution. [See supported languages and more information here](https://www.twilio.com/docs/verify/supported-languages).
     * Wire name: `Locale`.
     */
    readonly locale?: string;
    /**
     * A pre-generated code to use for verification. The code can be between 4 and 10 characters, inclusive.
     * Length: 4 to 10 characters.
     * Wire name: `CustomCode`.
     */
    readonly customCode?: string;
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
     * The custom key-value pairs of Programmable Rate Limits. Keys correspond to `unique_name` fields defined when [creating your Rate Limit](https://www.twilio.com/docs/verify/api/service-rate-limits). Associated value pairs represent values in the request that you are rate limiting on. You may include multiple Rate Limit values in each request.
     * Sent as its JSON text.
     * Wire name: `RateLimits`.
     */
    readonly rateLimits?: unknown;
    /**
     * [`email`](https://www.twilio.com/docs/verify/email) channel configuration in json format. The fields 'from' and 'from_name' are optional but if included the 'from' field must have a valid email address.
     * Only used when Channel is email.
     * Sent as its JSON text.
     * Wire name: `ChannelConfiguration`.
     */
    readonly channelConfiguration?: unknown & RuleViolation<"channelConfiguration is only allowed when channel is 'email'">;
    /**
     * Your [App Hash](https://developers.google.com/identity/sms-retriever/verify#computing_your_apps_hash_string) to be appended at the end of your verification SMS body. Applies only to SMS. Example SMS body: `<#> Your AppName verification code is: 1234 He42w354ol9`.
     * Only used when Channel is sms.
     * Wire name: `AppHash`.
     */
    readonly appHash?: string & RuleViolation<"appHash is only allowed when channel is 'sms'">;
    /**
     * The message [template](https://www.twilio.com/docs/verify/api/templates). If provided, will override the default template for the Service. SMS and Voice channels only.
     * Only used when Channel is sms or call.
     * Length: exactly 34 characters.
     * Pattern: ^HJ[0-9a-fA-F]{32}$
     * Wire name: `TemplateSid`.
     */
    readonly templateSid?: string & RuleViolation<"templateSid is only allowed when channel is 'sms' or 'call'">;
    /**
     * A stringified JSON object in which the keys are the template's special variables and the values are the variables substitutions.
     * Sent as its JSON text.
     * Wire name: `TemplateCustomSubstitutions`.
     */
    readonly templateCustomSubstitutions?: unknown;
    /**
     * Strongly encouraged if using the auto channel. The IP address of the client's device. If provided, it has to be a valid IPv4 or IPv6 address.
     * Wire name: `DeviceIp`.
     */
    readonly deviceIp?: string;
    /**
     * An optional Boolean value to indicate the requirement of sna client token in the SNA URL invocation response for added security. This token must match in the Verification Check request to confirm phone number verification.
     * Only used when Channel is sna.
     * Wire name: `EnableSnaClientToken`.
     */
    readonly enableSnaClientToken?: boolean;
    /**
     * Risk_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled. Can be: `enable`(default) or `disable`. For SMS channel only.
     * Only used when Channel is sms.
     * One of: enable, disable.
     * Wire name: `RiskCheck`.
     */
    readonly riskCheck?: ("enable" | "disable") & RuleViolation<"riskCheck is only allowed when channel is 'sms'">;
    /**
     * A string containing a JSON map of key value pairs of tags to be recorded as metadata for the message. The tags will also be included as part of the verification and message status event type payloads. The object may contain up to 10 tags. Keys and values can each be up to 128 characters in length. **This value should not contain PII.**
     * Sent as its JSON text.
     * Wire name: `Tags`.
     */
    readonly tags?: Readonly<Record<string, string>>;
}
/** Parameters of createVerification: Create a new Verification using a Service (Channel auto). */
export interface CreateVerificationAutoParams {
    /**
     * The phone number or [email](https://www.twilio.com/docs/verify/email) to verify. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
     * Required.
     * Wire name: `To`.
     */
    readonly to: string;
    /**
     * The verification method to use. One of: [`email`](https://www.twilio.com/docs/verify/email), `sms`, `whatsapp`, `call`, `sna` or `auto`.
     * Required.
     * One of: email, sms, whatsapp, call, sna, auto.
     * Wire name: `Channel`.
     */
    readonly channel: "auto";
    /**
     * A custom user defined friendly name that overwrites the existing one in the verification message
     * Wire name: `CustomFriendlyName`.
     */
    readonly customFriendlyName?: string;
    /**
     * The text of a custom message to use for the verification [DEPRECATED].
     * Wire name: `CustomMessage`.
     * @deprecated The API marks this as deprecated.
     */
    readonly customMessage?: string;
    /**
     * The digits to send after a phone call is answered, for example, to dial an extension. For more information, see the Programmable Voice documentation of [sendDigits](https://www.twilio.com/docs/voice/twiml/number#attributes-sendDigits).
     * Only used when Channel is call.
     * Wire name: `SendDigits`.
     */
    readonly sendDigits?: string & RuleViolation<"sendDigits is only allowed when channel is 'call'">;
    /**
     * Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications. It will fallback to English or the template’s default translation if the selected translation is not available. This parameter will override the automatic locale resolution. [See supported languages and more information here](https://www.twilio.com/docs/verify/supported-languages).
     * Wire name: `Locale`.
     */
    readonly locale?: string;
    /**
     * A pre-generated code to use for verification. The code can be between 4 and 10 characters, inclusive.
     * Length: 4 to 10 characters.
     * Wire name: `CustomCode`.
     */
    readonly customCode?: string;
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
     * The custom key-value pairs of Programmable Rate Limits. Keys correspond to `unique_name` fields defined when [creating your Rate Limit](https://www.twilio.com/docs/verify/api/service-rate-limits). Associated value pairs represent values in the request that you are rate limiting on. You may include multiple Rate Limit values in each request.
     * Sent as its JSON text.
     * Wire name: `RateLimits`.
     */
    readonly rateLimits?: unknown;
    /**
     * [`email`](https://www.twilio.com/docs/verify/email) channel configuration in json format. The fields 'from' and 'from_name' are optional but if included the 'from' field must have a valid email address.
     * Only used when Channel is email.
     * Sent as its JSON text.
     * Wire name: `ChannelConfiguration`.
     */
    readonly channelConfiguration?: unknown & RuleViolation<"channelConfiguration is only allowed when channel is 'email'">;
    /**
     * Your [App Hash](https://developers.google.com/identity/sms-retriever/verify#computing_your_apps_hash_string) to be appended at the end of your verification SMS body. Applies only to SMS. Example SMS body: `<#> Your AppName verification code is: 1234 He42w354ol9`.
     * Only used when Channel is sms.
     * Wire name: `AppHash`.
     */
    readonly appHash?: string & RuleViolation<"appHash is only allowed when channel is 'sms'">;
    /**
     * The message [template](https://www.twilio.com/docs/verify/api/templates). If provided, will override the default template for the Service. SMS and Voice channels only.
     * Only used when Channel is sms or call.
     * Length: exactly 34 characters.
     * Pattern: ^HJ[0-9a-fA-F]{32}$
     * Wire name: `TemplateSid`.
     */
    readonly templateSid?: string & RuleViolation<"templateSid is only allowed when channel is 'sms' or 'call'">;
    /**
     * A stringified JSON object in which the keys are the template's special variables and the values are the variables substitutions.
     * Sent as its JSON text.
     * Wire name: `TemplateCustomSubstitutions`.
     */
    readonly templateCustomSubstitutions?: unknown;
    /**
     * Strongly encouraged if using the auto channel. The IP address of the client's device. If provided, it has to be a valid IPv4 or IPv6 address.
     * Wire name: `DeviceIp`.
     */
    readonly deviceIp?: string;
    /**
     * An optional Boolean value to indicate the requirement of sna client token in the SNA URL invocation response for added security. This token must match in the Verification Check request to confirm phone number verification.
     * Only used when Channel is sna.
     * Wire name: `EnableSnaClientToken`.
     */
    readonly enableSnaClientToken?: boolean & RuleViolation<"enableSnaClientToken is only allowed when channel is 'sna'">;
    /**
     * Risk_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled. Can be: `enable`(default) or `disable`. For SMS channel only.
     * Only used when Channel is sms.
     * One of: enable, disable.
     * Wire name: `RiskCheck`.
     */
    readonly riskCheck?: ("enable" | "disable") & RuleViolation<"riskCheck is only allowed when channel is 'sms'">;
    /**
     * A string containing a JSON map of key value pairs of tags to be recorded as metadata for the message. The tags will also be included as part of the verification and message status event type payloads. The object may contain up to 10 tags. Keys and values can each be up to 128 characters in length. **This value should not contain PII.**
     * Sent as its JSON text.
     * Wire name: `Tags`.
     */
    readonly tags?: Readonly<Record<string, string>>;
}
/** Parameters of updateVerification: Update a Verification status */
export interface UpdateVerificationParams {
    /**
     * The status of the verification. Can be: `pending`, `approved`, `canceled`, `max_attempts_reached`, `deleted`, `failed` or `expired`.
     * Required.
     * One of: canceled, approved.
     * Wire name: `Status`.
     */
    readonly status: "canceled" | "approved";
}
