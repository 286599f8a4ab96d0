/**
 * The validation matrix of the Verify rules beyond Factor (whose seed rules have their own tests):
 * every conditional rule in and out of its condition, every bound at and just past its edge. Each
 * case names the wire names that must have a problem; an empty list means the input is valid. The
 * generated validators run before any request, so these calls never reach a server.
 */
import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "twilio-verify-rest-client";
import { validateCreateChallenge, validateUpdateChallenge } from "twilio-verify-rest-client/challenges";
import { validateCreateEntity } from "twilio-verify-rest-client/entities";
import { validateCreateService, validateUpdateService } from "twilio-verify-rest-client/services";
import { validateCreateVerificationCheck } from "twilio-verify-rest-client/verification-checks";
import { validateCreateVerification } from "twilio-verify-rest-client/verifications";
import { validateCreateWebhook } from "twilio-verify-rest-client/webhooks";

const SERVICE = "VA" + "a".repeat(32);
const IDENTITY = "ff483d1f-f591-898a";
const wires = (issues: ValidationIssue[]) => [...new Set(issues.map((i) => i.wireName))].sort();

describe("Verification: channel-specific parameters", () => {
  const CHANNELS = ["email", "sms", "whatsapp", "call", "sna", "auto"] as const;
  const GATED: [string, string, unknown, readonly string[]][] = [
    ["appHash", "AppHash", "He42w354ol9", ["sms"]],
    ["riskCheck", "RiskCheck", "disable", ["sms"]],
    ["sendDigits", "SendDigits", "ww1", ["call"]],
    ["channelConfiguration", "ChannelConfiguration", { from: "a@example.com" }, ["email"]],
    ["templateSid", "TemplateSid", "HJ" + "a".repeat(32), ["sms", "call"]],
    ["enableSnaClientToken", "EnableSnaClientToken", true, ["sna"]],
  ];
  const cases = GATED.flatMap(([property, wire, value, allowed]) =>
    CHANNELS.map((channel) => [property, channel, allowed.includes(channel) ? [] : [wire], value] as const),
  );
  it.each(cases)("%s with channel %s -> problems %j", (property, channel, expected, value) => {
    const params = { to: "+15017122661", channel, [property]: value };
    expect(wires(validateCreateVerification(SERVICE, params))).toEqual(expected);
  });

  it.each([
    ["customCode", "abc", ["CustomCode"]],
    ["customCode", "abcd", []],
    ["customCode", "a".repeat(10), []],
    ["customCode", "a".repeat(11), ["CustomCode"]],
    ["tags", { k: "v".repeat(128) }, []],
    ["tags", { k: "v".repeat(129) }, ["Tags"]],
    ["tags", { k: 1 }, ["Tags"]],
    ["channel", "pigeon", ["Channel"]],
  ])("%s = %j -> problems %j", (property, value, expected) => {
    expect(
      wires(validateCreateVerification(SERVICE, { to: "+15017122661", channel: "sms", [property]: value })),
    ).toEqual(expected);
  });

  it("lists every problem at once", () => {
    const issues = validateCreateVerification(SERVICE, { channel: "call", appHash: "x", customCode: "1" });
    expect(wires(issues)).toEqual(["AppHash", "CustomCode", "To"]);
  });
});

describe("VerificationCheck: exactly one of To and VerificationSid", () => {
  const SID = "VE" + "a".repeat(32);
  it.each([
    [{ to: "+15017122661", code: "1234" }, []],
    [{ verificationSid: SID, code: "1234" }, []],
    [{ to: "+15017122661", verificationSid: SID, code: "1234" }, ["To | VerificationSid"]],
    [{ code: "1234" }, ["To | VerificationSid"]],
    [{ to: "+15017122661", code: "123" }, ["Code"]],
    [{ to: "+15017122661", code: "1234567890" }, []],
    [{ to: "+15017122661", code: "12345678901" }, ["Code"]],
    [{ verificationSid: "VE123", code: "1234" }, ["VerificationSid"]],
  ])("%j -> problems %j", (params, expected) => {
    // The group's problem is reported once, under the group's wire names.
    expect(wires(validateCreateVerificationCheck(SERVICE, params))).toEqual(expected);
  });
});

describe("Service: settings gated by a boolean, and ranges", () => {
  it.each([
    [{ lookupEnabled: true, skipSmsToLandlines: true }, []],
    [{ lookupEnabled: false, skipSmsToLandlines: true }, ["SkipSmsToLandlines"]],
    // Left out, LookupEnabled takes the service's value, which only the API knows: not a client error.
    [{ skipSmsToLandlines: true }, []],
    [{ codeLength: 4 }, []],
    [{ codeLength: 3 }, ["CodeLength"]],
    [{ codeLength: 10 }, []],
    [{ codeLength: 11 }, ["CodeLength"]],
    [{ totp: { skew: 2, timeStep: 20, codeLength: 8 } }, []],
    [{ totp: { skew: 3 } }, ["Totp.Skew"]],
    [{ totp: { timeStep: 61 } }, ["Totp.TimeStep"]],
    [{ passkeys: { userVerification: "required", authenticatorAttachment: "any" } }, []],
    [{ passkeys: { userVerification: "sometimes" } }, ["Passkeys.UserVerification"]],
    [{ friendlyName: "x".repeat(33) }, ["FriendlyName"]],
  ])("%j -> problems %j", (extra, expected) => {
    expect(wires(validateCreateService({ friendlyName: "My service", ...extra }))).toEqual(expected);
    expect(wires(validateUpdateService("VA" + "b".repeat(32), extra))).toEqual(expected);
  });
});

describe("Challenge: Details.Fields, HiddenDetails and AuthPayload", () => {
  const FACTOR = "YF" + "a".repeat(32);
  const field = (label: string, value: string) => ({ label, value });
  it.each([
    [{ details: { message: "m", fields: [field("l".repeat(36), "v".repeat(128))] } }, []],
    [{ details: { fields: [field("l".repeat(37), "v")] } }, ["Details.Fields.label"]],
    [{ details: { fields: [field("l", "v".repeat(129))] } }, ["Details.Fields.value"]],
    [{ details: { fields: [{ label: "l" }] } }, ["Details.Fields.value"]],
    [{ details: { fields: Array.from({ length: 20 }, () => field("l", "v")) } }, []],
    [{ details: { fields: Array.from({ length: 21 }, () => field("l", "v")) } }, ["Details.Fields"]],
    [{ details: { message: "m".repeat(257) } }, ["Details.Message"]],
    // The 1024-character bound is on the JSON text: {"ip":""} adds 9 characters.
    [{ hiddenDetails: { ip: "x".repeat(1015) } }, []],
    [{ hiddenDetails: { ip: "x".repeat(1016) } }, ["HiddenDetails"]],
    [{ authPayload: "123" }, []],
    [{ authPayload: "12" }, ["AuthPayload"]],
    [{ authPayload: "123456789" }, ["AuthPayload"]],
  ])("create %j -> problems %j", (extra, expected) => {
    expect(wires(validateCreateChallenge(SERVICE, IDENTITY, { factorSid: FACTOR, ...extra }))).toEqual(
      expected,
    );
  });

  it.each([
    ["x".repeat(5456), []],
    ["x".repeat(5457), ["AuthPayload"]],
    ["12", ["AuthPayload"]],
  ])("update: an AuthPayload of %#: a signed push payload up to 5456 characters", (authPayload, expected) => {
    expect(wires(validateUpdateChallenge(SERVICE, IDENTITY, "YC" + "a".repeat(32), { authPayload }))).toEqual(
      expected,
    );
  });
});

describe("Entity identity and Webhook event types", () => {
  it.each([
    ["ff483d1ff591898a9942916050d2ca3f", []],
    ["user-0001", []],
    ["user_0001", ["Identity"]],
    ["-user0001", ["Identity"]],
    ["short", ["Identity"]],
    ["a".repeat(65), ["Identity"]],
  ])("identity %s -> problems %j", (identity, expected) => {
    expect(wires(validateCreateEntity(SERVICE, { identity }))).toEqual(expected);
  });

  it.each([
    [["*"], []],
    [["factor.created", "challenge.denied"], []],
    [["factor.updated"], ["EventTypes"]],
  ])("event types %j -> problems %j", (eventTypes, expected) => {
    const params = { friendlyName: "hook", eventTypes, webhookUrl: "https://example.com/h" };
    expect(wires(validateCreateWebhook(SERVICE, params))).toEqual(expected);
  });
});
