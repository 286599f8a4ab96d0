/**
 * Enums that survive new values: a response's enum decodes a value the API added after generation
 * (kept as sent, at any depth), while a request's enum still rejects an unlisted value with a
 * ValidationError before any request is sent.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createClient,
  fetchFactor,
  fetchVerification,
  updateVerification,
  ValidationError,
} from "twilio-verify-rest-client";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  FACTOR_SID,
  fakeFetch,
  IDENTITY,
  json,
  SERVICE_SID,
  wireFactor,
} from "../helpers/fake-fetch.ts";
import { GENERATED } from "../helpers/paths.ts";

const VERIFICATION_SID = "VE" + "0123456789abcdef".repeat(2);

function wireVerification(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sid: VERIFICATION_SID,
    service_sid: SERVICE_SID,
    account_sid: ACCOUNT_SID,
    to: "+15017122661",
    channel: "sms",
    status: "pending",
    valid: false,
    date_created: "2015-07-30T20:00:00Z",
    date_updated: "2015-07-30T20:00:00Z",
    url: `https://verify.twilio.com/v2/Services/${SERVICE_SID}/Verifications/${VERIFICATION_SID}`,
    ...overrides,
  };
}

function setup(body: unknown) {
  const fake = fakeFetch(() => json(200, body));
  const client = createClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fetch: fake.fetch });
  return { client, requests: fake.requests };
}

describe("a response enum is open", () => {
  it("decodes a status and a channel the API added later, keeping them as sent", async () => {
    const { client } = setup(wireVerification({ status: "under_review", channel: "rcs" }));
    const verification = await fetchVerification(client, SERVICE_SID, VERIFICATION_SID);
    expect(verification.status).toBe("under_review");
    expect(verification.channel).toBe("rcs");
  });

  it("decodes an unknown value in a nested object's field", async () => {
    const { client } = setup(
      wireFactor({
        status: "suspended",
        factor_type: "push",
        config: {
          sdk_version: "1.0",
          app_id: "com.example",
          notification_platform: "hms",
          notification_token: "t",
        },
      }),
    );
    const factor = await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(factor.status).toBe("suspended");
    expect(factor.factorType === "push" && factor.config?.notificationPlatform).toBe("hms");
  });

  it("is typed as the known values or any other string in generated/ (Verification.status)", () => {
    const types = readFileSync(join(GENERATED, "src/verify/verification/types.ts"), "utf8");
    const status = /export interface Verification \{[\s\S]*?readonly status:([^;]*);/.exec(types)![1]!;
    expect(status.replace(/\s+/g, " ").trim()).toBe(
      '| "pending" | "approved" | "canceled" | "max_attempts_reached" | "deleted" | "failed" | "expired" | (string & {})',
    );
  });
});

describe("a request enum stays closed", () => {
  it("an unlisted value is a ValidationError, and nothing is sent", async () => {
    const { client, requests } = setup(wireVerification());
    const error = await updateVerification(client, SERVICE_SID, VERIFICATION_SID, {
      status: "expired" as "approved",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain("canceled, approved");
    expect(requests).toHaveLength(0);
  });
});

describe("docs and TSDoc say which enums are open", () => {
  const cells = (line: string) => line.split(/(?<!\\)\|/).map((c) => c.trim());
  const row = (doc: string, first: string, wire: string) =>
    doc
      .split("\n")
      .map(cells)
      .find((c) => c[1] === `\`${first}\`` && c[2] === `\`${wire}\``)!;

  it("the reference table marks a response enum's values as known, a request enum's as the only ones", () => {
    const doc = readFileSync(join(GENERATED, "docs/verification.md"), "utf8");
    expect(row(doc, "status", "status")).toContain(
      "known: `pending`, `approved`, `canceled`, `max_attempts_reached`, `deleted`, `failed`, `expired`; the API may add others",
    );
    expect(row(doc, "status", "Status")).toContain("`canceled`, `approved`");
  });

  it("TSDoc says 'Known values' for a response field and 'One of' for a request parameter", () => {
    const types = readFileSync(join(GENERATED, "src/verify/verification/types.ts"), "utf8");
    expect(types).toContain(
      "Known values: pending, approved, canceled, max_attempts_reached, deleted, failed, expired; the API may add others.",
    );
    expect(types).toContain("One of: canceled, approved.");
  });
});
