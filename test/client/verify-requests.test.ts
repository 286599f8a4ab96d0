/**
 * One operation of each shape across the Verify resources sends exactly the method, URL, query and
 * body the API expects, and decodes its answer: create (form), fetch by a literal path segment, list
 * with filters, update with an array parameter (repeated keys), delete, an action with a JSON body,
 * a singleton with date filters, a nested JSON body, and array-of-object and JSON-map parameters.
 * Each function is imported from its resource's own subpath, as an app would.
 */
import { describe, expect, it } from "vitest";
import { createClient, ResponseError } from "twilio-verify-rest-client";
import { createChallenge, listChallenges } from "twilio-verify-rest-client/challenges";
import { deleteEntity } from "twilio-verify-rest-client/entities";
import { fetchForm } from "twilio-verify-rest-client/forms";
import { approvePasskeyChallenge, verifyPasskeyFactor } from "twilio-verify-rest-client/passkeys";
import { fetchVerificationAttemptsSummary } from "twilio-verify-rest-client/verification-attempts-summary";
import { createVerification } from "twilio-verify-rest-client/verifications";
import { updateWebhook } from "twilio-verify-rest-client/webhooks";
import { ACCOUNT_SID, AUTH_TOKEN, fakeFetch, IDENTITY, json, SERVICE_SID } from "../helpers/fake-fetch.ts";

const HOST = "https://verify.twilio.com";
const SID = (prefix: string, digit = "a") => prefix + digit.repeat(32);

function setup(body: unknown, status = 200) {
  const fake = fakeFetch(() => json(status, body));
  const client = createClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fetch: fake.fetch });
  return { client, requests: fake.requests };
}

const form = (body: string | null) => [...new URLSearchParams(body ?? "")];
const query = (url: string) => [...new URL(url).searchParams];

const wireVerification = (extra: Record<string, unknown> = {}) => ({
  sid: SID("VE"),
  service_sid: SERVICE_SID,
  account_sid: ACCOUNT_SID,
  to: "+15017122661",
  channel: "sms",
  status: "pending",
  valid: false,
  date_created: "2026-01-02T03:04:05Z",
  date_updated: "2026-01-02T03:04:05Z",
  url: `${HOST}/v2/Services/${SERVICE_SID}/Verifications/${SID("VE")}`,
  ...extra,
});

const wireChallenge = (extra: Record<string, unknown> = {}) => ({
  sid: SID("YC"),
  account_sid: ACCOUNT_SID,
  service_sid: SERVICE_SID,
  entity_sid: SID("YE"),
  identity: IDENTITY,
  factor_sid: SID("YF"),
  date_created: "2026-01-02T03:04:05Z",
  date_updated: "2026-01-02T03:04:05Z",
  date_responded: null,
  expiration_date: "2026-01-02T03:09:05Z",
  status: "pending",
  responded_reason: "none",
  details: null,
  hidden_details: null,
  metadata: null,
  factor_type: "push",
  url: `${HOST}/v2/Services/${SERVICE_SID}/Entities/${IDENTITY}/Challenges/${SID("YC")}`,
  links: {},
  ...extra,
});

describe("requests of every shape", () => {
  it("create: createVerification posts the channel's form body, a map parameter as JSON text", async () => {
    const { client, requests } = setup(wireVerification(), 201);
    const verification = await createVerification(client, SERVICE_SID, {
      to: "+15017122661",
      channel: "sms",
      riskCheck: "disable",
      tags: { campaign: "spring" },
    });
    const r = requests[0]!;
    expect([r.method, r.url]).toEqual(["POST", `${HOST}/v2/Services/${SERVICE_SID}/Verifications`]);
    expect(form(r.body)).toEqual([
      ["To", "+15017122661"],
      ["Channel", "sms"],
      ["RiskCheck", "disable"],
      ["Tags", '{"campaign":"spring"}'],
    ]);
    expect(verification.status).toBe("pending");
  });

  it("fetch: fetchForm puts the path argument in its own segment, encoded", async () => {
    const { client, requests } = setup({
      form_type: "form-push",
      forms: {},
      form_meta: {},
      url: `${HOST}/v2/Forms/form-push`,
    });
    const form_ = await fetchForm(client, "form-push");
    expect([requests[0]!.method, requests[0]!.url]).toEqual(["GET", `${HOST}/v2/Forms/form-push`]);
    expect(requests[0]!.body).toBeNull();
    expect(form_.formType).toBe("form-push");
  });

  it("list: listChallenges sends its filters and paging as query parameters and decodes the page", async () => {
    const page = {
      challenges: [wireChallenge(), wireChallenge({ sid: SID("YC", "b"), status: "approved" })],
      meta: {
        page: 0,
        page_size: 2,
        first_page_url: "x",
        previous_page_url: null,
        next_page_url: null,
        url: "x",
        key: "challenges",
      },
    };
    const { client, requests } = setup(page);
    const result = await listChallenges(client, SERVICE_SID, IDENTITY, {
      factorSid: SID("YF"),
      status: "pending",
      order: "desc",
      pageSize: 2,
    });
    const r = requests[0]!;
    expect(r.url.split("?")[0]).toBe(`${HOST}/v2/Services/${SERVICE_SID}/Entities/${IDENTITY}/Challenges`);
    expect(query(r.url)).toEqual([
      ["FactorSid", SID("YF")],
      ["Status", "pending"],
      ["Order", "desc"],
      ["PageSize", "2"],
    ]);
    expect(result.items.map((c) => [c.sid, c.status])).toEqual([
      [SID("YC"), "pending"],
      [SID("YC", "b"), "approved"],
    ]);
    expect(result.items[0]!.dateCreated).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect(result.hasNextPage).toBe(false);
  });

  it("update: updateWebhook repeats the key of an array parameter once per item", async () => {
    const { client, requests } = setup({
      sid: SID("YW"),
      account_sid: ACCOUNT_SID,
      service_sid: SERVICE_SID,
      friendly_name: "hook",
      event_types: ["factor.created", "challenge.denied"],
      status: "disabled",
      version: "v2",
      webhook_url: "https://example.com/h",
      webhook_method: "POST",
      date_created: "2026-01-02T03:04:05Z",
      date_updated: "2026-01-02T03:04:05Z",
      url: `${HOST}/v2/Services/${SERVICE_SID}/Webhooks/${SID("YW")}`,
    });
    const webhook = await updateWebhook(client, SERVICE_SID, SID("YW"), {
      eventTypes: ["factor.created", "challenge.denied"],
      status: "disabled",
    });
    const r = requests[0]!;
    expect([r.method, r.url]).toEqual(["POST", `${HOST}/v2/Services/${SERVICE_SID}/Webhooks/${SID("YW")}`]);
    expect(form(r.body)).toEqual([
      ["EventTypes", "factor.created"],
      ["EventTypes", "challenge.denied"],
      ["Status", "disabled"],
    ]);
    expect(webhook.eventTypes).toEqual(["factor.created", "challenge.denied"]);
  });

  it("delete: deleteEntity sends DELETE with no body and resolves to undefined on 204", async () => {
    const { client, requests } = setup(null, 204);
    await expect(deleteEntity(client, SERVICE_SID, IDENTITY)).resolves.toBeUndefined();
    expect([requests[0]!.method, requests[0]!.url, requests[0]!.body]).toEqual([
      "DELETE",
      `${HOST}/v2/Services/${SERVICE_SID}/Entities/${IDENTITY}`,
      null,
    ]);
  });

  it("action with a JSON body: verifyPasskeyFactor posts JSON (nested object included; defaults are left to the API)", async () => {
    const { client, requests } = setup({ sid: SID("YF"), status: "verified", factor_type: "passkeys" });
    const factor = await verifyPasskeyFactor(client, SERVICE_SID, {
      id: "Y3JlZA",
      rawId: "Y3JlZA",
      authenticatorAttachment: "platform",
      response: { attestationObject: "o2NmbXQ", clientDataJSON: "eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0" },
    });
    const r = requests[0]!;
    expect([r.method, r.url]).toEqual(["POST", `${HOST}/v2/Services/${SERVICE_SID}/Passkeys/VerifyFactor`]);
    expect(r.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(r.body!)).toEqual({
      id: "Y3JlZA",
      rawId: "Y3JlZA",
      authenticatorAttachment: "platform",
      response: { attestationObject: "o2NmbXQ", clientDataJSON: "eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0" },
    });
    expect(factor.status).toBe("verified");
  });

  it("JSON body with a required nested object: approvePasskeyChallenge", async () => {
    const { client, requests } = setup(wireChallenge({ status: "approved", factor_type: "passkeys" }));
    const challenge = await approvePasskeyChallenge(client, SERVICE_SID, {
      id: "Y3JlZA",
      rawId: "Y3JlZA",
      authenticatorAttachment: "cross-platform",
      response: { authenticatorData: "SZYN5Y", clientDataJSON: "eyJ9", signature: "MEUCIQ" },
    });
    const body = JSON.parse(requests[0]!.body!);
    expect(requests[0]!.url).toBe(`${HOST}/v2/Services/${SERVICE_SID}/Passkeys/ApproveChallenge`);
    expect(body.response).toEqual({
      authenticatorData: "SZYN5Y",
      clientDataJSON: "eyJ9",
      signature: "MEUCIQ",
    });
    expect(challenge.status).toBe("approved");
  });

  it("singleton: fetchVerificationAttemptsSummary sends date filters as ISO 8601", async () => {
    const { client, requests } = setup({
      total_attempts: 3,
      total_converted: 1,
      total_unconverted: 2,
      conversion_rate_percentage: 33.3,
      url: "x",
    });
    const summary = await fetchVerificationAttemptsSummary(client, {
      dateCreatedAfter: new Date("2026-01-01T00:00:00Z"),
      channel: "sms",
    });
    const r = requests[0]!;
    expect([r.method, r.url.split("?")[0]]).toEqual(["GET", `${HOST}/v2/Attempts/Summary`]);
    expect(query(r.url)).toEqual([
      ["DateCreatedAfter", "2026-01-01T00:00:00.000Z"],
      ["Channel", "sms"],
    ]);
    expect(summary.totalAttempts).toBe(3);
  });

  it("array of objects and a JSON map: createChallenge's Details.Fields and HiddenDetails", async () => {
    const { client, requests } = setup(wireChallenge(), 201);
    await createChallenge(client, SERVICE_SID, IDENTITY, {
      factorSid: SID("YF"),
      details: {
        message: "Approve?",
        fields: [
          { label: "IP", value: "203.0.113.7" },
          { label: "City", value: "Lisbon" },
        ],
      },
      hiddenDetails: { ip: "203.0.113.7" },
    });
    expect(form(requests[0]!.body)).toEqual([
      ["FactorSid", SID("YF")],
      ["Details.Message", "Approve?"],
      ["Details.Fields", '{"label":"IP","value":"203.0.113.7"}'],
      ["Details.Fields", '{"label":"City","value":"Lisbon"}'],
      ["HiddenDetails", '{"ip":"203.0.113.7"}'],
    ]);
  });
});

describe("responses the API always completes", () => {
  it("a response without a field the spec says is always sent is a ResponseError naming it, not a TypeError later", async () => {
    const { sid: _dropped, ...withoutSid } = wireVerification();
    const { client } = setup(withoutSid, 201);
    const error = await createVerification(client, SERVICE_SID, { to: "+15017122661", channel: "sms" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toMatchObject({ status: 201 });
    expect(String((error as Error).message)).toContain("a Verification without its 'sid'");
  });

  it("a null where the spec says always sent is the same error; unknown fields stay tolerated", async () => {
    const { client } = setup({
      challenges: [wireChallenge({ status: null })],
      meta: { page: 0, key: "challenges", next_page_url: null },
    });
    const error = await listChallenges(client, SERVICE_SID, IDENTITY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(String((error as Error).message)).toContain("a Challenge without its 'status'");
    const fine = setup({ ...wireVerification(), brand_new_field: 1 }, 201);
    const v = await createVerification(fine.client, SERVICE_SID, { to: "+15017122661", channel: "sms" });
    expect(v.sid).toBe(SID("VE"));
  });
});
