/** The response of CreateNewFactorPasskey. */
export interface NewPasskeyFactor {
    /**
     * A 34 character string that uniquely identifies this Factor.
     * Wire name: `sid`.
     */
    readonly sid: string | null;
    /**
     * The unique SID identifier of the Account.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string | null;
    /**
     * The unique SID identifier of the Service.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string | null;
    /**
     * The unique SID identifier of the Entity.
     * Wire name: `entity_sid`.
     */
    readonly entitySid: string | null;
    /**
     * Customer unique identity for the Entity owner of the Factor.
     * Wire name: `identity`.
     */
    readonly identity: string | null;
    /**
     * Contains the `factor_type` specific secret and metadata. The Binding property is ONLY returned upon Factor creation.
     * Wire name: `binding`.
     */
    readonly binding: unknown;
    /**
     * The WebAuthn options to pass to `navigator.credentials.create()` to register the passkey.
     * Wire name: `options`.
     */
    readonly options: unknown;
    /**
     * The date that this Factor was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date | null;
    /**
     * The date that this Factor was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date | null;
    /**
     * The friendly name of this Factor. This can be any string up to 64 characters, meant for humans to distinguish between Factors.
     * Wire name: `friendly_name`.
     */
    readonly friendlyName: string | null;
    /**
     * The Status of this Factor. One of `unverified` or `verified`.
     * Known values: unverified, verified; the API may add others.
     * Wire name: `status`.
     */
    readonly status: "unverified" | "verified" | (string & {}) | null;
    /**
     * The Type of this Factor. Currently `push` and `totp` are supported.
     * Known values: push, totp, passkeys; the API may add others.
     * Wire name: `factor_type`.
     */
    readonly factorType: "push" | "totp" | "passkeys" | (string & {}) | null;
    /**
     * An object that contains configurations specific to a `factor_type`.
     * Wire name: `config`.
     */
    readonly config: unknown;
    /**
     * Custom metadata associated with the factor.
     * Wire name: `metadata`.
     */
    readonly metadata: unknown;
    /**
     * The URL of this resource.
     * Wire name: `url`.
     */
    readonly url: string | null;
}
/** The response of UpdatePasskeysFactor. */
export interface VerifiedPasskeyFactor {
    /**
     * A 34 character string that uniquely identifies this Factor.
     * Wire name: `sid`.
     */
    readonly sid: string | null;
    /**
     * The unique SID identifier of the Account.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string | null;
    /**
     * The unique SID identifier of the Service.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string | null;
    /**
     * The unique SID identifier of the Entity.
     * Wire name: `entity_sid`.
     */
    readonly entitySid: string | null;
    /**
     * Customer unique identity for the Entity owner of the Factor.
     * Wire name: `identity`.
     */
    readonly identity: string | null;
    /**
     * The date that this Factor was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date | null;
    /**
     * The date that this Factor was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date | null;
    /**
     * A human readable description of this resource, up to 64 characters.
     * Wire name: `friendly_name`.
     */
    readonly friendlyName: string | null;
    /**
     * The Status of this Factor. One of `unverified` or `verified`.
     * Known values: unverified, verified; the API may add others.
     * Wire name: `status`.
     */
    readonly status: "unverified" | "verified" | (string & {}) | null;
    /**
     * The Type of this Factor. Currently `push` and `totp` are supported.
     * Known values: push, totp, passkeys; the API may add others.
     * Wire name: `factor_type`.
     */
    readonly factorType: "push" | "totp" | "passkeys" | (string & {}) | null;
    /**
     * An object that contains configurations specific to a `factor_type`.
     * Wire name: `config`.
     */
    readonly config: unknown;
    /**
     * Custom metadata associated with the factor.
     * Wire name: `metadata`.
     */
    readonly metadata: unknown;
    /**
     * The URL of this resource.
     * Wire name: `url`.
     */
    readonly url: string | null;
}
/** The response of CreateChallengePasskeys. */
export interface PasskeyChallenge {
    /**
     * A 34 character string that uniquely identifies this Challenge.
     * Wire name: `sid`.
     */
    readonly sid: string | null;
    /**
     * The unique SID identifier of the Account.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string | null;
    /**
     * The unique SID identifier of the Service.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string | null;
    /**
     * The unique SID identifier of the Entity.
     * Wire name: `entity_sid`.
     */
    readonly entitySid: string | null;
    /**
     * Customer unique identity for the Entity owner of the Challenge.
     * Wire name: `identity`.
     */
    readonly identity: string | null;
    /**
     * The unique SID identifier of the Factor.
     * Wire name: `factor_sid`.
     */
    readonly factorSid: string | null;
    /**
     * The date that this Challenge was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date | null;
    /**
     * The date that this Challenge was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date | null;
    /**
     * The date that this Challenge was responded, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_responded`.
     */
    readonly dateResponded: Date | null;
    /**
     * The date-time when this Challenge expires, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `expiration_date`.
     */
    readonly expirationDate: Date | null;
    /**
     * The Status of this Challenge. One of `pending`, `expired`, `approved` or `denied`.
     * Known values: pending, expired, approved, denied; the API may add others.
     * Wire name: `status`.
     */
    readonly status: "pending" | "expired" | "approved" | "denied" | (string & {}) | null;
    /**
     * Reason for the Challenge to be in certain `status`. One of `none`, `not_needed` or `not_requested`.
     * Known values: none, not_needed, not_requested; the API may add others.
     * Wire name: `responded_reason`.
     */
    readonly respondedReason: "none" | "not_needed" | "not_requested" | (string & {}) | null;
    /**
     * Details provided to give context about the Challenge.
     * Wire name: `details`.
     */
    readonly details: unknown;
    /**
     * Details provided to give context about the Challenge.
     * Wire name: `hidden_details`.
     */
    readonly hiddenDetails: unknown;
    /**
     * Custom metadata associated with the challenge.
     * Wire name: `metadata`.
     */
    readonly metadata: unknown;
    /**
     * The Factor Type of this Challenge. Currently `push` and `totp` are supported.
     * Known values: push, totp, passkeys; the API may add others.
     * Wire name: `factor_type`.
     */
    readonly factorType: "push" | "totp" | "passkeys" | (string & {}) | null;
    /**
     * The URL of this resource.
     * Wire name: `url`.
     */
    readonly url: string | null;
    /**
     * Contains a dictionary of URL links to nested resources of this Challenge.
     * Wire name: `links`.
     */
    readonly links: unknown;
    /**
     * An object that contains challenge options. Currently only used for `passkeys`.
     * Wire name: `options`.
     */
    readonly options: unknown;
}
/** The response of UpdateChallengePasskeys. */
export interface ApprovedPasskeyChallenge {
    /**
     * A 34 character string that uniquely identifies this Challenge.
     * Wire name: `sid`.
     */
    readonly sid: string | null;
    /**
     * The unique SID identifier of the Account.
     * Wire name: `account_sid`.
     */
    readonly accountSid: string | null;
    /**
     * The unique SID identifier of the Service.
     * Wire name: `service_sid`.
     */
    readonly serviceSid: string | null;
    /**
     * The unique SID identifier of the Entity.
     * Wire name: `entity_sid`.
     */
    readonly entitySid: string | null;
    /**
     * Customer unique identity for the Entity owner of the Challenge.
     * Wire name: `identity`.
     */
    readonly identity: string | null;
    /**
     * The unique SID identifier of the Factor.
     * Wire name: `factor_sid`.
     */
    readonly factorSid: string | null;
    /**
     * The date that this Challenge was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_created`.
     */
    readonly dateCreated: Date | null;
    /**
     * The date that this Challenge was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_updated`.
     */
    readonly dateUpdated: Date | null;
    /**
     * The date that this Challenge was responded, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `date_responded`.
     */
    readonly dateResponded: Date | null;
    /**
     * The date-time when this Challenge expires, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
     * Wire name: `expiration_date`.
     */
    readonly expirationDate: Date | null;
    /**
     * The Status of this Challenge. One of `pending`, `expired`, `approved` or `denied`.
     * Known values: pending, expired, approved, denied; the API may add others.
     * Wire name: `status`.
     */
    readonly status: "pending" | "expired" | "approved" | "denied" | (string & {}) | null;
    /**
     * Reason for the Challenge to be in certain `status`. One of `none`, `not_needed` or `not_requested`.
     * Known values: none, not_needed, not_requested; the API may add others.
     * Wire name: `responded_reason`.
     */
    readonly respondedReason: "none" | "not_needed" | "not_requested" | (string & {}) | null;
    /**
     * Details provided to give context about the Challenge.
     * Wire name: `details`.
     */
    readonly details: unknown;
    /**
     * Details provided to give context about the Challenge.
     * Wire name: `hidden_details`.
     */
    readonly hiddenDetails: unknown;
    /**
     * Custom metadata associated with the challenge.
     * Wire name: `metadata`.
     */
    readonly metadata: unknown;
    /**
     * The Factor Type of this Challenge. Currently `push` and `totp` are supported.
     * Known values: push, totp, passkeys; the API may add others.
     * Wire name: `factor_type`.
     */
    readonly factorType: "push" | "totp" | "passkeys" | (string & {}) | null;
    /**
     * The URL of this resource.
     * Wire name: `url`.
     */
    readonly url: string | null;
    /**
     * Contains a dictionary of URL links to nested resources of this Challenge.
     * Wire name: `links`.
     */
    readonly links: unknown;
    /**
     * An object that contains challenge options. Currently only used for `passkeys`.
     * Wire name: `options`.
     */
    readonly options: unknown;
}
/** Parameters of createPasskeyFactor: Create a new Passkeys Factor for the Entity */
export interface CreatePasskeyFactorParams {
    /**
     * A human-readable name for the passkey factor, shown to the user.
     * Required.
     * Wire name: `friendly_name`.
     */
    readonly friendlyName: string;
    /**
     * The identity of the Entity (your user) the passkey factor belongs to.
     * Required.
     * Wire name: `identity`.
     */
    readonly identity: string;
    /**
     * The relying party and authenticator settings used to create the passkey.
     * Wire name: `config`.
     */
    readonly config?: CreatePasskeyFactorConfig;
}
/** `CreatePasskeyFactorConfig`: the value of `config` in createPasskeyFactor. */
export interface CreatePasskeyFactorConfig {
    /**
     * Contains the information of the party requesting the user for authentication
     * Wire name: `relying_party`.
     */
    readonly relyingParty?: CreatePasskeyFactorConfigRelyingParty;
    /**
     * The kind of authenticator allowed: `platform`, `cross-platform` or `any`.
     * One of: platform, cross-platform, any.
     * Wire name: `authenticator_attachment`.
     */
    readonly authenticatorAttachment?: "platform" | "cross-platform" | "any";
    /**
     * Whether the credential must be discoverable: `required`, `preferred` or `discouraged`.
     * One of: required, preferred, discouraged.
     * Wire name: `discoverable_credentials`.
     */
    readonly discoverableCredentials?: "required" | "preferred" | "discouraged";
    /**
     * Whether the authenticator must verify the user: `required`, `preferred` or `discouraged`.
     * One of: required, preferred, discouraged.
     * Wire name: `user_verification`.
     */
    readonly userVerification?: "required" | "preferred" | "discouraged";
}
/** `CreatePasskeyFactorConfigRelyingParty`: the value of `config` in createPasskeyFactor. */
export interface CreatePasskeyFactorConfigRelyingParty {
    /**
     * The relying party identifier: the domain the passkey is bound to.
     * Wire name: `id`.
     */
    readonly id?: string;
    /**
     * The human-readable name of the relying party.
     * Wire name: `name`.
     */
    readonly name?: string;
    /**
     * The origins allowed to use the passkey.
     * Wire name: `origins`.
     */
    readonly origins?: readonly string[];
}
/** Parameters of verifyPasskeyFactor: Verify a Passkeys Factor */
export interface VerifyPasskeyFactorParams {
    /**
     * A [base64url](https://base64.guru/standards/base64url) encoded representation of `rawId`.
     * Wire name: `id`.
     */
    readonly id?: string;
    /**
     * The globally unique identifier for this `PublicKeyCredential`.
     * Wire name: `rawId`.
     */
    readonly rawId?: string;
    /**
     * A string that indicates the mechanism by which the WebAuthn implementation is attached to the authenticator at the time the associated `navigator.credentials.create()` or `navigator.credentials.get()` call completes.
     * One of: platform, cross-platform.
     * Wire name: `authenticatorAttachment`.
     */
    readonly authenticatorAttachment?: "platform" | "cross-platform";
    /**
     * The valid credential types supported by the API. The values of this enumeration are used for versioning the `AuthenticatorAssertion` and `AuthenticatorAttestation` structures according to the type of the authenticator.
     * One of: public-key.
     * Wire name: `type`.
     * @defaultValue "public-key" (applied by the API when left out)
     */
    readonly type?: "public-key";
    /**
     * The result of a WebAuthn credential registration via `navigator.credentials.create()`, as specified in [AuthenticatorAttestationResponse](https://developer.mozilla.org/en-US/docs/Web/API/AuthenticatorAttestationResponse).
     * Required.
     * Wire name: `response`.
     */
    readonly response: VerifyPasskeyFactorResponse;
}
/** `VerifyPasskeyFactorResponse`: the value of `response` in verifyPasskeyFactor. */
export interface VerifyPasskeyFactorResponse {
    /**
     * The authenticator data and an attestation statement for a new key pair generated by the authenticator.
     * Wire name: `attestationObject`.
     */
    readonly attestationObject?: string;
    /**
     * This property contains the JSON-compatible serialization of the data passed from the browser to the authenticator in order to generate this credential.
     * Wire name: `clientDataJSON`.
     */
    readonly clientDataJSON?: string;
    /**
     * An array of strings providing hints as to the methods the client could use to communicate with the relevant authenticator of the public key credential to retrieve.
     * Wire name: `transports`.
     */
    readonly transports?: ReadonlyArray<"usb" | "nfc" | "ble" | "smart-card" | "internal" | "hybrid">;
}
/** Parameters of createPasskeyChallenge: Create a Passkeys Challenge */
export interface CreatePasskeyChallengeParams {
    /**
     * The identity of the Entity (your user) to challenge.
     * Wire name: `identity`.
     */
    readonly identity?: string;
    /**
     * The SID of the passkey Factor to challenge.
     * Wire name: `factor_sid`.
     */
    readonly factorSid?: string;
}
/** Parameters of approvePasskeyChallenge: Approve a Passkeys Challenge */
export interface ApprovePasskeyChallengeParams {
    /**
     * A [base64url](https://base64.guru/standards/base64url) encoded representation of `rawId`.
     * Required.
     * Wire name: `id`.
     */
    readonly id: string;
    /**
     * The globally unique identifier for this `PublicKeyCredential`.
     * Required.
     * Wire name: `rawId`.
     */
    readonly rawId: string;
    /**
     * A string that indicates the mechanism by which the WebAuthn implementation is attached to the authenticator at the time the associated `navigator.credentials.create()` or `navigator.credentials.get()` call completes.
     * Required.
     * One of: platform, cross-platform.
     * Wire name: `authenticatorAttachment`.
     */
    readonly authenticatorAttachment: "platform" | "cross-platform";
    /**
     * The valid credential types supported by the API. The values of this enumeration are used for versioning the `AuthenticatorAssertion` and `AuthenticatorAttestation` structures according to the type of the authenticator.
     * One of: public-key.
     * Wire name: `type`.
     * @defaultValue "public-key" (applied by the API when left out)
     */
    readonly type?: "public-key";
    /**
     * The result of a WebAuthn authentication via a `navigator.credentials.get()` request, as specified in [AuthenticatorAttestationResponse](https://developer.mozilla.org/en-US/docs/Web/API/AuthenticatorAttestationResponse).
     * Required.
     * Wire name: `response`.
     */
    readonly response: ApprovePasskeyChallengeResponse;
}
/** `ApprovePasskeyChallengeResponse`: the value of `response` in approvePasskeyChallenge. */
export interface ApprovePasskeyChallengeResponse {
    /**
     * The [authenticator data](https://developer.mozilla.org/en-US/docs/Web/API/Web_Authentication_API/Authenticator_data) structure contains information from the authenticator about the processing of a credential creation or authentication request.
     * Wire name: `authenticatorData`.
     */
    readonly authenticatorData: string;
    /**
     * This property contains the JSON-compatible serialization of the data passed from the browser to the authenticator in order to generate this credential.
     * Wire name: `clientDataJSON`.
     */
    readonly clientDataJSON: string;
    /**
     * An assertion signature over `authenticatorData` and `clientDataJSON`. The assertion signature is created with the private key of the key pair that was created during the originating `navigator.credentials.create()` call and verified using the public key of that same key pair.
     * Wire name: `signature`.
     */
    readonly signature: string;
    /**
     * The user handle stored in the authenticator, specified as `user.id` in the options passed to the originating `navigator.credentials.create()` call. This property should contain a base64url-encoded entity SID.
     * Wire name: `userHandle`.
     */
    readonly userHandle?: string;
}
