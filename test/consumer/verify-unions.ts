/**
 * Type tests of the discriminated parameter unions beyond Factor, imported by subpath: each
 * `@ts-expect-error` line is a conditional rule of the spec that the types enforce; `tsc` fails if the
 * rule is lost (the directive is then unused) or if a valid call stops compiling.
 */
import type { CreateVerificationParams } from "twilio-verify-rest-client/verifications";
import type { CreateVerificationCheckParams } from "twilio-verify-rest-client/verification-checks";
import type { CreateWebhookParams } from "twilio-verify-rest-client/webhooks";
import type { CreateChallengeParams } from "twilio-verify-rest-client/challenges";
import type { Factor, NewFactor } from "twilio-verify-rest-client/factors";

// Verification: each channel's own parameters, on that channel only.
export const sms: CreateVerificationParams = { to: "+15017122661", channel: "sms", appHash: "He42w354ol9", riskCheck: "disable", templateSid: "HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" };
export const call: CreateVerificationParams = { to: "+15017122661", channel: "call", sendDigits: "ww1", templateSid: "HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" };
export const email: CreateVerificationParams = { to: "ada@example.com", channel: "email", channelConfiguration: { from: "a@example.com" } };
export const sna: CreateVerificationParams = { to: "+15017122661", channel: "sna", enableSnaClientToken: true };
// @ts-expect-error sendDigits is for the call channel
export const smsDigits: CreateVerificationParams = { to: "+15017122661", channel: "sms", sendDigits: "1" };
// @ts-expect-error appHash is for the sms channel
export const callHash: CreateVerificationParams = { to: "+15017122661", channel: "call", appHash: "x" };
// @ts-expect-error riskCheck is for the sms channel
export const whatsappRisk: CreateVerificationParams = { to: "+15017122661", channel: "whatsapp", riskCheck: "enable" };
// @ts-expect-error channelConfiguration is for the email channel
export const smsConfig: CreateVerificationParams = { to: "+15017122661", channel: "sms", channelConfiguration: {} };
// @ts-expect-error templateSid is for the sms and call channels
export const emailTemplate: CreateVerificationParams = { to: "ada@example.com", channel: "email", templateSid: "HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" };
// @ts-expect-error enableSnaClientToken is for the sna channel
export const smsSna: CreateVerificationParams = { to: "+15017122661", channel: "sms", enableSnaClientToken: true };
// @ts-expect-error the channel is one of the documented values
export const pigeon: CreateVerificationParams = { to: "+15017122661", channel: "pigeon" };
// @ts-expect-error a map of tags holds strings
export const tags: CreateVerificationParams = { to: "+15017122661", channel: "sms", tags: { n: 1 } };

// VerificationCheck: exactly one of `to` and `verificationSid`.
export const byTo: CreateVerificationCheckParams = { to: "+15017122661", code: "1234" };
export const bySid: CreateVerificationCheckParams = { verificationSid: "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", code: "1234" };
// @ts-expect-error not both
export const both: CreateVerificationCheckParams = { to: "+15017122661", verificationSid: "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", code: "1234" };
// @ts-expect-error not neither
export const neither: CreateVerificationCheckParams = { code: "1234" };

// Webhook: event types from the documented list.
export const hook: CreateWebhookParams = { friendlyName: "f", eventTypes: ["factor.verified", "*"], webhookUrl: "https://example.com/h" };
// @ts-expect-error an event type outside the documented list
export const badEvent: CreateWebhookParams = { friendlyName: "f", eventTypes: ["factor.updated"], webhookUrl: "https://example.com/h" };

// Challenge: Details.Fields are objects with a label and a value.
export const fields: CreateChallengeParams = { factorSid: "YFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", details: { message: "m", fields: [{ label: "l", value: "v" }] } };
// @ts-expect-error each field needs its value
export const noValue: CreateChallengeParams = { factorSid: "YFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", details: { fields: [{ label: "l" }] } };

// Fields the API always sends are not nullable: the obvious next call needs no null check.
export const sidOf = (factor: Factor): string => factor.sid;
export const createdOf = (factor: Factor): Date => factor.dateCreated;
export const uriOf = (factor: NewFactor): string => (factor.factorType === "totp" ? factor.binding.uri : "");
// @ts-expect-error metadata is not always sent: it stays nullable
export const metadataOf = (factor: Factor): Readonly<Record<string, string>> => factor.metadata;
