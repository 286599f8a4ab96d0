import type { RuleViolation } from "../../runtime/errors.js";
/**
 * A Factor as fetch, list and update return it.
 * Narrow on `factorType` to get the shape of `config`.
 */
export type Factor = FactorPush | FactorTotp | FactorPasskeys;
/** The fields every Factor has, whatever its factor_type. */
export interface FactorCommon {
    /**
     * A 34 character string that uniquely identifies this Factor.
     * Wire name: `sid`.
     */
    readonly sid: string;
    /**
     * The unique SID identifier of the Account.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The unique SID identifier of the Service.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The unique SID identifier of the Entity.
     * Wire name: `entity_sid`.
     */
    readonly entitySid: string;
    /**
     * Customer unique identity for the Entity owner of the Factor.
     * Wire name: `identity`.
     */
    readonly identity: string;
    /**
     * The date that this Factor was created, in ISO 8601 format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date;
    /**
     * The date that this Factor was updated, in ISO 8601 format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date;
    /**
     * A human readable description of this resource, up to 64 characters.
     * Wire name: `friendly_name`.
     */
    readonly friendlyName: string;
    /**
     * The Status of this Factor. One of `unverified` or `verified`.
     * Known values: unverified, verified; the API may add others.
     * Wire name: `status`.
     */
    readonly status: "unverified" | "verified" | (string & {});
    /**
     * Custom metadata associated with the factor, added by the Device/SDK to include device information, such as `{"os": "Android"}`.
     * Wire name: `metadata`.
     */
    readonly metadata: Readonly<Record<string, string>> | null;
    /**
     * The URL of this resource.
     * Wire name: `url`.
     */
    readonly url: string;
}
/** A Factor whose factor_type is push. */
export interface FactorPush extends FactorCommon {
    /**
     * The Type of this Factor.
     * Wire name: `factor_type`.
     */
    readonly factorType: "push";
    /**
     * An object that contains configurations specific to a `factor_type`.
     * Wire name: `config`.
     */
    readonly config: FactorPushConfig | null;
}
/** A Factor whose factor_type is totp. */
export interface FactorTotp extends FactorCommon {
    /**
     * The Type of this Factor.
     * Wire name: `factor_type`.
     */
    readonly factorType: "totp";
    /**
     * An object that contains configurations specific to a `factor_type`.
     * Wire name: `config`.
     */
    readonly config: FactorTotpConfig | null;
}
/** A Factor whose factor_type is passkeys. */
export interface FactorPasskeys extends FactorCommon {
    /**
     * The Type of this Factor.
     * Wire name: `factor_type`.
     */
    readonly factorType: "passkeys";
    /**
     * An object that contains configurations specific to a `factor_type`.
     * Wire name: `config`.
     */
    readonly config: {
        readonly [key: string]: unknown;
    } | null;
}
/** `FactorPushConfig`, inside Factor. */
export interface FactorPushConfig {
    /**
     * The Verify Push SDK version used to configure the factor.
     * Wire name: `sdk_version`.
     */
    readonly sdkVersion: string | null;
    /**
     * The ID that uniquely identifies your app in the Google or Apple store.
     * Wire name: `app_id`.
     */
    readonly appId: string | null;
    /**
     * The transport technology used to generate the Notification Token.
     * Known values: apn, fcm, none; the API may add others.
     * Wire name: `notification_platform`.
     */
    readonly notificationPlatform: "apn" | "fcm" | "none" | (string & {}) | null;
    /**
     * For APN, the device token. For FCM, the registration token.
     * Wire name: `notification_token`.
     */
    readonly notificationToken: string | null;
}
/** `FactorTotpConfig`, inside Factor. */
export interface FactorTotpConfig {
    /**
     * The algorithm used to derive the TOTP codes.
     * Known values: sha1, sha256, sha512; the API may add others.
     * Wire name: `alg`.
     */
    readonly alg: "sha1" | "sha256" | "sha512" | (string & {}) | null;
    /**
     * The number of time-steps, past and future, that are valid for validation of TOTP codes.
     * Wire name: `skew`.
     */
    readonly skew: number | null;
    /**
     * Number of digits for generated TOTP codes.
     * Wire name: `code_length`.
     */
    readonly codeLength: number | null;
    /**
     * How often, in seconds, TOTP codes are generated.
     * Wire name: `time_step`.
     */
    readonly timeStep: number | null;
}
/**
 * A Factor as create returns it; only creation returns `binding` and `options`.
 * Narrow on `factorType` to get the shape of `config` and `binding`.
 */
export type NewFactor = NewFactorPush | NewFactorTotp | NewFactorPasskeys;
/** The fields every NewFactor has, whatever its factor_type. */
export interface NewFactorCommon {
    /**
     * A 34 character string that uniquely identifies this Factor.
     * Wire name: `sid`.
     */
    readonly sid: string;
    /**
     * The unique SID identifier of the Account.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The unique SID identifier of the Service.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The unique SID identifier of the Entity.
     * Wire name: `entity_sid`.
     */
    readonly entitySid: string;
    /**
     * Customer unique identity for the Entity owner of the Factor.
     * Wire name: `identity`.
     */
    readonly identity: string;
    /**
     * The date that this Factor was created, in ISO 8601 format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date;
    /**
     * The date that this Factor was updated, in ISO 8601 format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date;
    /**
     * A human readable description of this resource, up to 64 characters.
     * Wire name: `friendly_name`.
     */
    readonly friendlyName: string;
    /**
     * The Status of this Factor. One of `unverified` or `verified`.
     * Known values: unverified, verified; the API may add others.
     * Wire name: `status`.
     */
    readonly status: "unverified" | "verified" | (string & {});
    /**
     * Custom metadata associated with the factor, added by the Device/SDK to include device information, such as `{"os": "Android"}`.
     * Wire name: `metadata`.
     */
    readonly metadata: Readonly<Record<string, string>> | null;
    /**
     * The URL of this resource.
     * Wire name: `url`.
     */
    readonly url: string;
    /**
     * Factor options returned on creation, when Twilio gives any.
     * Wire name: `options`.
     */
    readonly options: unknown;
}
/** A NewFactor whose factor_type is push. */
export interface NewFactorPush extends NewFactorCommon {
    /**
     * The Type of this Factor.
     * Wire name: `factor_type`.
     */
    readonly factorType: "push";
    /**
     * An object that contains configurations specific to a `factor_type`.
     * Wire name: `config`.
     */
    readonly config: NewFactorPushConfig | null;
    /**
     * The `factor_type` specific secret and metadata. For push, `binding.public_key` and `binding.alg`; for totp, `binding.secret` and `binding.uri` (the Google Authenticator key URI). Only returned upon Factor creation.
     * Wire name: `binding`.
     */
    readonly binding: NewFactorPushBinding;
}
/** A NewFactor whose factor_type is totp. */
export interface NewFactorTotp extends NewFactorCommon {
    /**
     * The Type of this Factor.
     * Wire name: `factor_type`.
     */
    readonly factorType: "totp";
    /**
     * An object that contains configurations specific to a `factor_type`.
     * Wire name: `config`.
     */
    readonly config: NewFactorTotpConfig | null;
    /**
     * The `factor_type` specific secret and metadata. For push, `binding.public_key` and `binding.alg`; for totp, `binding.secret` and `binding.uri` (the Google Authenticator key URI). Only returned upon Factor creation.
     * Wire name: `binding`.
     */
    readonly binding: NewFactorTotpBinding;
}
/** A NewFactor whose factor_type is passkeys. */
export interface NewFactorPasskeys extends NewFactorCommon {
    /**
     * The Type of this Factor.
     * Wire name: `factor_type`.
     */
    readonly factorType: "passkeys";
    /**
     * An object that contains configurations specific to a `factor_type`.
     * Wire name: `config`.
     */
    readonly config: {
        readonly [key: string]: unknown;
    } | null;
    /**
     * The `factor_type` specific secret and metadata. For push, `binding.public_key` and `binding.alg`; for totp, `binding.secret` and `binding.uri` (the Google Authenticator key URI). Only returned upon Factor creation.
     * Wire name: `binding`.
     */
    readonly binding: {
        readonly [key: string]: unknown;
    };
}
/** `NewFactorPushConfig`, inside NewFactor. */
export interface NewFactorPushConfig {
    /**
     * The Verify Push SDK version used to configure the factor.
     * Wire name: `sdk_version`.
     */
    readonly sdkVersion: string | null;
    /**
     * The ID that uniquely identifies your app in the Google or Apple store.
     * Wire name: `app_id`.
     */
    readonly appId: string | null;
    /**
     * The transport technology used to generate the Notification Token.
     * Known values: apn, fcm, none; the API may add others.
     * Wire name: `notification_platform`.
     */
    readonly notificationPlatform: "apn" | "fcm" | "none" | (string & {}) | null;
    /**
     * For APN, the device token. For FCM, the registration token.
     * Wire name: `notification_token`.
     */
    readonly notificationToken: string | null;
}
/** `NewFactorTotpConfig`, inside NewFactor. */
export interface NewFactorTotpConfig {
    /**
     * The algorithm used to derive the TOTP codes.
     * Known values: sha1, sha256, sha512; the API may add others.
     * Wire name: `alg`.
     */
    readonly alg: "sha1" | "sha256" | "sha512" | (string & {}) | null;
    /**
     * The number of time-steps, past and future, that are valid for validation of TOTP codes.
     * Wire name: `skew`.
     */
    readonly skew: number | null;
    /**
     * Number of digits for generated TOTP codes.
     * Wire name: `code_length`.
     */
    readonly codeLength: number | null;
    /**
     * How often, in seconds, TOTP codes are generated.
     * Wire name: `time_step`.
     */
    readonly timeStep: number | null;
}
/** `NewFactorPushBinding`, inside NewFactor. */
export interface NewFactorPushBinding {
    /**
     * The algorithm of the public key, `ES256`.
     * Wire name: `alg`.
     */
    readonly alg: string | null;
    /**
     * The ECDSA public key in PKIX, ASN.1 DER format encoded in Base64.
     * Wire name: `public_key`.
     */
    readonly publicKey: string | null;
}
/** `NewFactorTotpBinding`, inside NewFactor. */
export interface NewFactorTotpBinding {
    /**
     * The shared secret, encoded in Base32.
     * Wire name: `secret`.
     */
    readonly secret: string;
    /**
     * An `otpauth://totp/...` URI to load the secret into an authenticator app.
     * Wire name: `uri`.
     */
    readonly uri: string;
}
/**
 * Parameters of createFactor: Create a new Factor for the Entity.
 * A union on `factorType`: each member allows and requires exactly what that FactorType does.
 */
export type CreateFactorParams = CreateFactorPushParams | CreateFactorTotpParams | CreateFactorPasskeysParams;
/** Parameters of createFactor: Create a new Factor for the Entity. (FactorType push). */
export interface CreateFactorPushParams {
    /**
     * The Type of this Factor.
     * Required.
     * One of: push, totp, passkeys.
     * Wire name: `FactorType`.
     */
    readonly factorType: "push";
    /**
     * The friendly name of this Factor. This can be any string up to 64 characters, meant for humans to distinguish between Factors. For factor_type push, this could be a device name. For factor_type totp, this value is used as the "account name" in constructing the binding.uri property. At the same time, we recommend avoiding providing PII.
     * Required.
     * Length: at most 64 characters.
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName: string;
    /** Parameters sent as `Binding.Alg`, `Binding.PublicKey`, `Binding.Secret`. */
    readonly binding: CreateFactorPushBindingParams;
    /** Parameters sent as `Config.Alg`, `Config.AppId`, `Config.CodeLength`, `Config.NotificationPlatform`, `Config.NotificationToken`, `Config.SdkVersion`, `Config.Skew`, `Config.TimeStep`. */
    readonly config: CreateFactorPushConfigParams;
    /**
     * Custom metadata associated with the factor. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. {"os": "Android"}. Can be up to 1024 characters in length.
     * Its JSON encoding is at most 1024 characters.
     * Sent as its JSON text.
     * Wire name: `Metadata`.
     */
    readonly metadata?: Readonly<Record<string, string>>;
}
/** The `binding` group of CreateFactorPushParams. */
export interface CreateFactorPushBindingParams {
    /**
     * The algorithm used when factor_type is push. Algorithm supported: ES256.
     * Only used when FactorType is push.
     * One of: ES256.
     * Wire name: `Binding.Alg`.
     */
    readonly alg?: "ES256";
    /**
     * The ECDSA public key in PKIX, ASN.1 DER format encoded in Base64.
     * Required when FactorType is push.
     * Only used when FactorType is push.
     * Format: Base64 of a DER-encoded ECDSA P-256 public key (PKIX SubjectPublicKeyInfo).
     * Wire name: `Binding.PublicKey`.
     */
    readonly publicKey: string;
    /**
     * The shared secret for TOTP factors encoded in Base32. This can be provided when creating the Factor, otherwise it will be generated.
     * Only used when FactorType is totp.
     * Format: Base32 (RFC 4648).
     * Wire name: `Binding.Secret`.
     */
    readonly secret?: string & RuleViolation<"binding.secret is only allowed when factorType is 'totp'">;
}
/** The `config` group of CreateFactorPushParams. */
export interface CreateFactorPushConfigParams {
    /**
     * The algorithm used to derive the TOTP codes.
     * Only used when FactorType is totp.
     * One of: sha1, sha256, sha512.
     * Wire name: `Config.Alg`.
     */
    readonly alg?: ("sha1" | "sha256" | "sha512") & RuleViolation<"config.alg is only allowed when factorType is 'totp'">;
    /**
     * The ID that uniquely identifies your app in the Google or Apple store, such as com.example.myapp. It can be up to 100 characters long.
     * Required when FactorType is push.
     * Only used when FactorType is push.
     * Length: at most 100 characters.
     * Wire name: `Config.AppId`.
     */
    readonly appId: string;
    /**
     * Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive. The default value is defined at the service level in the property totp.code_length. If not configured defaults to 6.
     * Only used when FactorType is totp.
     * An integer, 3 to 8.
     * Wire name: `Config.CodeLength`.
     * @defaultValue 6 (applied by the API when left out)
     */
    readonly codeLength?: number & RuleViolation<"config.codeLength is only allowed when factorType is 'totp'">;
    /**
     * The transport technology used to generate the Notification Token.
     * Only used when FactorType is push.
     * One of: apn, fcm, none.
     * Wire name: `Config.NotificationPlatform`.
     */
    readonly notificationPlatform?: "apn" | "fcm" | "none";
    /**
     * For APN, the device token. For FCM, the registration token. It is used to send the push notifications. Must be between 32 and 255 characters long.
     * Required when FactorType is push.
     * Only used when FactorType is push.
     * Length: 32 to 255 characters.
     * Wire name: `Config.NotificationToken`.
     */
    readonly notificationToken: string;
    /**
     * The Verify Push SDK version used to configure the factor.
     * Required when FactorType is push.
     * Only used when FactorType is push.
     * Wire name: `Config.SdkVersion`.
     */
    readonly sdkVersion: string;
    /**
     * The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive. The default value is defined at the service level in the property totp.skew. If not configured defaults to 1.
     * Only used when FactorType is totp.
     * An integer, 0 to 2.
     * Wire name: `Config.Skew`.
     * @defaultValue 1 (applied by the API when left out)
     */
    readonly skew?: number & RuleViolation<"config.skew is only allowed when factorType is 'totp'">;
    /**
     * Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time_step seconds. Must be between 20 and 60 seconds, inclusive. The default value is defined at the service level in the property totp.time_step. Defaults to 30 seconds if not configured.
     * Only used when FactorType is totp.
     * An integer, 20 to 60.
     * Wire name: `Config.TimeStep`.
     * @defaultValue 30 (applied by the API when left out)
     */
    readonly timeStep?: number & RuleViolation<"config.timeStep is only allowed when factorType is 'totp'">;
}
/** Parameters of createFactor: Create a new Factor for the Entity. (FactorType totp). */
export interface CreateFactorTotpParams {
    /**
     * The Type of this Factor.
     * Required.
     * One of: push, totp, passkeys.
     * Wire name: `FactorType`.
     */
    readonly factorType: "totp";
    /**
     * The friendly name of this Factor. This can be any string up to 64 characters, meant for humans to distinguish between Factors. For factor_type push, this could be a device name. For factor_type totp, this value is used as the "account name" in constructing the binding.uri property. At the same time, we recommend avoiding providing PII.
     * Required.
     * Length: at most 64 characters.
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName: string;
    /** Parameters sent as `Binding.Alg`, `Binding.PublicKey`, `Binding.Secret`. */
    readonly binding?: CreateFactorTotpBindingParams;
    /** Parameters sent as `Config.Alg`, `Config.AppId`, `Config.CodeLength`, `Config.NotificationPlatform`, `Config.NotificationToken`, `Config.SdkVersion`, `Config.Skew`, `Config.TimeStep`. */
    readonly config?: CreateFactorTotpConfigParams;
    /**
     * Custom metadata associated with the factor. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. {"os": "Android"}. Can be up to 1024 characters in length.
     * Its JSON encoding is at most 1024 characters.
     * Sent as its JSON text.
     * Wire name: `Metadata`.
     */
    readonly metadata?: Readonly<Record<string, string>>;
}
/** The `binding` group of CreateFactorTotpParams. */
export interface CreateFactorTotpBindingParams {
    /**
     * The algorithm used when factor_type is push. Algorithm supported: ES256.
     * Only used when FactorType is push.
     * One of: ES256.
     * Wire name: `Binding.Alg`.
     */
    readonly alg?: "ES256" & RuleViolation<"binding.alg is only allowed when factorType is 'push'">;
    /**
     * The ECDSA public key in PKIX, ASN.1 DER format encoded in Base64.
     * Required when FactorType is push.
     * Only used when FactorType is push.
     * Format: Base64 of a DER-encoded ECDSA P-256 public key (PKIX SubjectPublicKeyInfo).
     * Wire name: `Binding.PublicKey`.
     */
    readonly publicKey?: string & RuleViolation<"binding.publicKey is only allowed when factorType is 'push'">;
    /**
     * The shared secret for TOTP factors encoded in Base32. This can be provided when creating the Factor, otherwise it will be generated.
     * Only used when FactorType is totp.
     * Format: Base32 (RFC 4648).
     * Wire name: `Binding.Secret`.
     */
    readonly secret?: string;
}
/** The `config` group of CreateFactorTotpParams. */
export interface CreateFactorTotpConfigParams {
    /**
     * The algorithm used to derive the TOTP codes.
     * Only used when FactorType is totp.
     * One of: sha1, sha256, sha512.
     * Wire name: `Config.Alg`.
     */
    readonly alg?: "sha1" | "sha256" | "sha512";
    /**
     * The ID that uniquely identifies your app in the Google or Apple store, such as com.example.myapp. It can be up to 100 characters long.
     * Required when FactorType is push.
     * Only used when FactorType is push.
     * Length: at most 100 characters.
     * Wire name: `Config.AppId`.
     */
    readonly appId?: string & RuleViolation<"config.appId is only allowed when factorType is 'push'">;
    /**
     * Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive. The default value is defined at the service level in the property totp.code_length. If not configured defaults to 6.
     * Only used when FactorType is totp.
     * An integer, 3 to 8.
     * Wire name: `Config.CodeLength`.
     * @defaultValue 6 (applied by the API when left out)
     */
    readonly codeLength?: number;
    /**
     * The transport technology used to generate the Notification Token.
     * Only used when FactorType is push.
     * One of: apn, fcm, none.
     * Wire name: `Config.NotificationPlatform`.
     */
    readonly notificationPlatform?: ("apn" | "fcm" | "none") & RuleViolation<"config.notificationPlatform is only allowed when factorType is 'push'">;
    /**
     * For APN, the device token. For FCM, the registration token. It is used to send the push notifications. Must be between 32 and 255 characters long.
     * Required when FactorType is push.
     * Only used when FactorType is push.
     * Length: 32 to 255 characters.
     * Wire name: `Config.NotificationToken`.
     */
    readonly notificationToken?: string & RuleViolation<"config.notificationToken is only allowed when factorType is 'push'">;
    /**
     * The Verify Push SDK version used to configure the factor.
     * Required when FactorType is push.
     * Only used when FactorType is push.
     * Wire name: `Config.SdkVersion`.
     */
    readonly sdkVersion?: string & RuleViolation<"config.sdkVersion is only allowed when factorType is 'push'">;
    /**
     * The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive. The default value is defined at the service level in the property totp.skew. If not configured defaults to 1.
     * Only used when FactorType is totp.
     * An integer, 0 to 2.
     * Wire name: `Config.Skew`.
     * @defaultValue 1 (applied by the API when left out)
     */
    readonly skew?: number;
    /**
     * Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time_step seconds. Must be between 20 and 60 seconds, inclusive. The default value is defined at the service level in the property totp.time_step. Defaults to 30 seconds if not configured.
     * Only used when FactorType is totp.
     * An integer, 20 to 60.
     * Wire name: `Config.TimeStep`.
     * @defaultValue 30 (applied by the API when left out)
     */
    readonly timeStep?: number;
}
/** Parameters of createFactor: Create a new Factor for the Entity. (FactorType passkeys). */
export interface CreateFactorPasskeysParams {
    /**
     * The Type of this Factor.
     * Required.
     * One of: push, totp, passkeys.
     * Wire name: `FactorType`.
     */
    readonly factorType: "passkeys";
    /**
     * The friendly name of this Factor. This can be any string up to 64 characters, meant for humans to distinguish between Factors. For factor_type push, this could be a device name. For factor_type totp, this value is used as the "account name" in constructing the binding.uri property. At the same time, we recommend avoiding providing PII.
     * Required.
     * Length: at most 64 characters.
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName: string;
    /** Not used here: `Binding.Alg`, `Binding.PublicKey`, `Binding.Secret` apply to other FactorType values. */
    readonly binding?: {
        readonly alg?: "ES256" & RuleViolation<"binding is only allowed when factorType is 'push' or 'totp'">;
        readonly publicKey?: string & RuleViolation<"binding is only allowed when factorType is 'push' or 'totp'">;
        readonly secret?: string & RuleViolation<"binding is only allowed when factorType is 'push' or 'totp'">;
    } & RuleViolation<"binding is only allowed when factorType is 'push' or 'totp'">;
    /** Not used here: `Config.Alg`, `Config.AppId`, `Config.CodeLength`, `Config.NotificationPlatform`, `Config.NotificationToken`, `Config.SdkVersion`, `Config.Skew`, `Config.TimeStep` apply to other FactorType values. */
    readonly config?: {
        readonly alg?: ("sha1" | "sha256" | "sha512") & RuleViolation<"config is only allowed when factorType is 'push' or 'totp'">;
        readonly appId?: string & RuleViolation<"config is only allowed when factorType is 'push' or 'totp'">;
        readonly codeLength?: number & RuleViolation<"config is only allowed when factorType is 'push' or 'totp'">;
        readonly notificationPlatform?: ("apn" | "fcm" | "none") & RuleViolation<"config is only allowed when factorType is 'push' or 'totp'">;
        readonly notificationToken?: string & RuleViolation<"config is only allowed when factorType is 'push' or 'totp'">;
        readonly sdkVersion?: string & RuleViolation<"config is only allowed when factorType is 'push' or 'totp'">;
        readonly skew?: number & RuleViolation<"config is only allowed when factorType is 'push' or 'totp'">;
        readonly timeStep?: number & RuleViolation<"config is only allowed when factorType is 'push' or 'totp'">;
    } & RuleViolation<"config is only allowed when factorType is 'push' or 'totp'">;
    /**
     * Custom metadata associated with the factor. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. {"os": "Android"}. Can be up to 1024 characters in length.
     * Its JSON encoding is at most 1024 characters.
     * Sent as its JSON text.
     * Wire name: `Metadata`.
     */
    readonly metadata?: Readonly<Record<string, string>>;
}
/** Parameters of listFactors: Retrieve a list of all Factors for an Entity. */
export interface ListFactorsParams {
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
/** Parameters of streamFactors: Stream all Factors for an Entity, fetching pages lazily as they are consumed. */
export interface StreamFactorsParams {
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
/** Parameters of updateFactor: Update a specific Factor. This endpoint can be used to Verify a Factor if passed an AuthPayload param. */
export interface UpdateFactorParams {
    /**
     * The optional payload needed to verify the Factor for the first time. E.g. for a TOTP, the numeric code.
     * Wire name: `AuthPayload`.
     */
    readonly authPayload?: string;
    /**
     * The new friendly name of this Factor. It can be up to 64 characters.
     * Length: at most 64 characters.
     * Wire name: `FriendlyName`.
     */
    readonly friendlyName?: string;
    /** Parameters sent as `Config.Alg`, `Config.CodeLength`, `Config.NotificationPlatform`, `Config.NotificationToken`, `Config.SdkVersion`, `Config.Skew`, `Config.TimeStep`. */
    readonly config?: UpdateFactorConfigParams;
}
/** The `config` group of UpdateFactorParams. */
export interface UpdateFactorConfigParams {
    /**
     * The algorithm used to derive the TOTP codes.
     * Only used when the stored factor_type is totp (checked by the API: the client cannot know the stored value).
     * One of: sha1, sha256, sha512.
     * Wire name: `Config.Alg`.
     */
    readonly alg?: "sha1" | "sha256" | "sha512";
    /**
     * Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive.
     * Only used when the stored factor_type is totp (checked by the API: the client cannot know the stored value).
     * An integer, 3 to 8.
     * Wire name: `Config.CodeLength`.
     */
    readonly codeLength?: number;
    /**
     * The transport technology used to generate the Notification Token. Can be apn, fcm or none.
     * Required when the stored factor_type is push (checked by the API: the client cannot know the stored value).
     * Only used when the stored factor_type is push (checked by the API: the client cannot know the stored value).
     * One of: apn, fcm, none.
     * Wire name: `Config.NotificationPlatform`.
     */
    readonly notificationPlatform?: "apn" | "fcm" | "none";
    /**
     * For APN, the device token. For FCM, the registration token. It is used to send the push notifications. If specified, this value must be between 32 and 255 characters long.
     * Required when the stored factor_type is push (checked by the API: the client cannot know the stored value).
     * Only used when the stored factor_type is push (checked by the API: the client cannot know the stored value).
     * Length: 32 to 255 characters.
     * Wire name: `Config.NotificationToken`.
     */
    readonly notificationToken?: string;
    /**
     * The Verify Push SDK version used to configure the factor.
     * Only used when the stored factor_type is push (checked by the API: the client cannot know the stored value).
     * Wire name: `Config.SdkVersion`.
     */
    readonly sdkVersion?: string;
    /**
     * The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive.
     * Only used when the stored factor_type is totp (checked by the API: the client cannot know the stored value).
     * An integer, 0 to 2.
     * Wire name: `Config.Skew`.
     */
    readonly skew?: number;
    /**
     * Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time_step seconds. Must be between 20 and 60 seconds, inclusive.
     * Only used when the stored factor_type is totp (checked by the API: the client cannot know the stored value).
     * An integer, 20 to 60.
     * Wire name: `Config.TimeStep`.
     */
    readonly timeStep?: number;
}
