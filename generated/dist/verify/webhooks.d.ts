import type { VerifiedWebhook, WebhookParams, WebhookSignature } from "../runtime/webhooks.js";
/** How the Verify API signs the webhooks it sends: an HMAC-SHA1 keyed by the account's secret over the URL followed by the form parameters sorted by name, Base64, in the `X-Twilio-Signature` header. */
export declare const VERIFY_WEBHOOK_SIGNATURE: WebhookSignature;
/**
 * Whether a form-encoded webhook is genuine: `X-Twilio-Signature` against the URL the API called and its form parameters, compared in constant time. The URL is tried with and without its default port, and as normalized, as twilio-node's `validateRequest` does. WebCrypto only: browsers, edge runtimes, Deno, Bun and Node.
 * @param authToken - The account's auth token: the key the API signs with.
 * @param signature - The signature header's value.
 * @param url - The full URL the API called, query string included (as configured, not as a proxy rewrote it).
 * @param params - The form parameters (a repeated key: all its values).
 * @returns True when the signature matches.
 */
export declare function validateRequest(authToken: string, signature: string | null | undefined, url: string, params: WebhookParams): Promise<boolean>;
/**
 * Whether a webhook with a raw (JSON) body is genuine: the URL is signed (without parameters) and its `bodySHA256` query parameter is the hex SHA-256 of the body.
 * @param authToken - The account's auth token: the key the API signs with.
 * @param signature - The signature header's value.
 * @param url - The full URL the API called, query string included (as configured, not as a proxy rewrote it).
 * @param body - The raw body text.
 * @returns True when the signature and the body hash match.
 */
export declare function validateRequestWithBody(authToken: string, signature: string | null | undefined, url: string, body: string): Promise<boolean>;
/**
 * Checks a web `Request` (fetch API) as the API's webhook: its `X-Twilio-Signature` header against its URL and body. A genuine form body is parsed into its event.
 * @param request - The incoming request.
 * @param authToken - The account's auth token: the key the API signs with.
 * @param url - The full URL the API called, query string included (as configured, not as a proxy rewrote it).
 * @returns Whether it is genuine, its parameters and body, and its event.
 */
export declare function validateWebhookRequest(request: Request, authToken: string, url?: string): Promise<VerifiedWebhook & {
    readonly event: VerifyWebhookEvent | null;
}>;
/** The `factor.created` webhook event: Sent when a factor is created for the entity but is not ready to receive challenges. */
export interface FactorCreatedEvent {
    /** The event type. Form field: `type`. */
    readonly type: "factor.created";
    /**
     * Unique identifier of this webhook.
     * Form field: `uuid`.
     */
    readonly uuid: string;
    /**
     * The SID of the Account the Service belongs to.
     * Form field: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The SID of the Verify Service the event relates to.
     * Form field: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The identity of the user (the Entity) the event relates to.
     * Form field: `entity_identity`.
     */
    readonly entityIdentity: string;
    /**
     * The SID of the Factor the event relates to.
     * Form field: `factor_sid`.
     */
    readonly factorSid: string;
    /**
     * The type of the Factor (`push`).
     * Form field: `factor_type`.
     */
    readonly factorType: string;
}
/** The `factor.verified` webhook event: Sent when a factor is verified and now is able to receive challenges. */
export interface FactorVerifiedEvent {
    /** The event type. Form field: `type`. */
    readonly type: "factor.verified";
    /**
     * Unique identifier of this webhook.
     * Form field: `uuid`.
     */
    readonly uuid: string;
    /**
     * The SID of the Account the Service belongs to.
     * Form field: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The SID of the Verify Service the event relates to.
     * Form field: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The identity of the user (the Entity) the event relates to.
     * Form field: `entity_identity`.
     */
    readonly entityIdentity: string;
    /**
     * The SID of the Factor the event relates to.
     * Form field: `factor_sid`.
     */
    readonly factorSid: string;
    /**
     * The type of the Factor (`push`).
     * Form field: `factor_type`.
     */
    readonly factorType: string;
}
/** The `factor.deleted` webhook event: Sent when a factor was deleted from an entity. */
export interface FactorDeletedEvent {
    /** The event type. Form field: `type`. */
    readonly type: "factor.deleted";
    /**
     * Unique identifier of this webhook.
     * Form field: `uuid`.
     */
    readonly uuid: string;
    /**
     * The SID of the Account the Service belongs to.
     * Form field: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The SID of the Verify Service the event relates to.
     * Form field: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The identity of the user (the Entity) the event relates to.
     * Form field: `entity_identity`.
     */
    readonly entityIdentity: string;
    /**
     * The SID of the Factor the event relates to.
     * Form field: `factor_sid`.
     */
    readonly factorSid: string;
    /**
     * The type of the Factor (`push`).
     * Form field: `factor_type`.
     */
    readonly factorType: string;
}
/** The `challenge.approved` webhook event: Sent when a challenge is approved by the user. */
export interface ChallengeApprovedEvent {
    /** The event type. Form field: `type`. */
    readonly type: "challenge.approved";
    /**
     * Unique identifier of this webhook.
     * Form field: `uuid`.
     */
    readonly uuid: string;
    /**
     * The SID of the Account the Service belongs to.
     * Form field: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The SID of the Verify Service the event relates to.
     * Form field: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The identity of the user (the Entity) the event relates to.
     * Form field: `entity_identity`.
     */
    readonly entityIdentity: string;
    /**
     * The SID of the Factor the event relates to.
     * Form field: `factor_sid`.
     */
    readonly factorSid: string;
    /**
     * The type of the Factor (`push`).
     * Form field: `factor_type`.
     */
    readonly factorType: string;
    /**
     * The SID of the Challenge the event relates to (from the Challenge resource's `sid`).
     * Form field: `challenge_sid`.
     */
    readonly challengeSid: string;
    /**
     * The Challenge's status (from the Challenge resource's `status`). Null when the event leaves it out.
     * Form field: `challenge_status`.
     */
    readonly challengeStatus: string | null;
    /**
     * The Challenge's details: its message and fields (JSON; from the Challenge resource's `details`). Null when the event leaves it out.
     * Form field: `challenge_details` (JSON text, parsed).
     */
    readonly challengeDetails: unknown | null;
    /**
     * The Challenge's hidden details (JSON; from the Challenge resource's `hidden_details`). Null when the event leaves it out.
     * Form field: `challenge_hidden_details` (JSON text, parsed).
     */
    readonly challengeHiddenDetails: unknown | null;
    /**
     * The Challenge's metadata (JSON; from the Challenge resource's `metadata`). Null when the event leaves it out.
     * Form field: `challenge_metadata` (JSON text, parsed).
     */
    readonly challengeMetadata: unknown | null;
}
/** The `challenge.denied` webhook event: Sent when a challenge is denied by the user. */
export interface ChallengeDeniedEvent {
    /** The event type. Form field: `type`. */
    readonly type: "challenge.denied";
    /**
     * Unique identifier of this webhook.
     * Form field: `uuid`.
     */
    readonly uuid: string;
    /**
     * The SID of the Account the Service belongs to.
     * Form field: `account_sid`.
     */
    readonly accountSid: string;
    /**
     * The SID of the Verify Service the event relates to.
     * Form field: `service_sid`.
     */
    readonly serviceSid: string;
    /**
     * The identity of the user (the Entity) the event relates to.
     * Form field: `entity_identity`.
     */
    readonly entityIdentity: string;
    /**
     * The SID of the Factor the event relates to.
     * Form field: `factor_sid`.
     */
    readonly factorSid: string;
    /**
     * The type of the Factor (`push`).
     * Form field: `factor_type`.
     */
    readonly factorType: string;
    /**
     * The SID of the Challenge the event relates to (from the Challenge resource's `sid`).
     * Form field: `challenge_sid`.
     */
    readonly challengeSid: string;
    /**
     * The Challenge's status (from the Challenge resource's `status`). Null when the event leaves it out.
     * Form field: `challenge_status`.
     */
    readonly challengeStatus: string | null;
    /**
     * The Challenge's details: its message and fields (JSON; from the Challenge resource's `details`). Null when the event leaves it out.
     * Form field: `challenge_details` (JSON text, parsed).
     */
    readonly challengeDetails: unknown | null;
    /**
     * The Challenge's hidden details (JSON; from the Challenge resource's `hidden_details`). Null when the event leaves it out.
     * Form field: `challenge_hidden_details` (JSON text, parsed).
     */
    readonly challengeHiddenDetails: unknown | null;
    /**
     * The Challenge's metadata (JSON; from the Challenge resource's `metadata`). Null when the event leaves it out.
     * Form field: `challenge_metadata` (JSON text, parsed).
     */
    readonly challengeMetadata: unknown | null;
}
/** Every webhook event, told apart by `type`. */
export type VerifyWebhookEvent = FactorCreatedEvent | FactorVerifiedEvent | FactorDeletedEvent | ChallengeApprovedEvent | ChallengeDeniedEvent;
/**
 * Reads a webhook's form parameters into its event, by the `type` field (validate the request first). JSON fields are parsed; a repeated key gives its first value.
 * @param params - The webhook's form parameters.
 * @returns The event.
 * @throws TypeError for an event type the spec does not describe, a missing required field or JSON that does not parse.
 */
export declare function parseWebhookEvent(params: WebhookParams): VerifyWebhookEvent;
