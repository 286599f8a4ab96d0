/**
 * The response examples of Twilio's official OpenAPI document parse into the typed models.
 * Reads ../shared/vendor/twilio-oai/twilio_verify_v2.yaml when present; says so and skips when absent.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  createClient,
  createFactor,
  fetchFactor,
  listFactors,
  updateFactor,
  type Factor,
  type NewFactor,
} from "twilio-verify-rest-client";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  FACTOR_SID,
  fakeFetch,
  IDENTITY,
  json,
  SERVICE_SID,
  TOTP_PARAMS,
} from "../helpers/fake-fetch.ts";
import { SHARED_OAI, sharedPresent } from "../helpers/paths.ts";

const present = sharedPresent(SHARED_OAI, "the official-example tests");

type Examples = Record<string, { value: Record<string, unknown> }>;
function examples(path: string, method: string, status: string): Examples {
  const doc = parse(readFileSync(SHARED_OAI, "utf8"));
  return doc.paths[path][method].responses[status].content["application/json"].examples;
}

const client = (body: unknown, status = 200) =>
  createClient({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    fetch: fakeFetch(() => json(status, body)).fetch,
  });
const INSTANCE = "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}";
const LIST = "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors";

function expectFactorLike(factor: Factor | NewFactor, wire: Record<string, unknown>) {
  expect(factor.factorType).toBe(wire["factor_type"]);
  expect(factor.status).toBe(wire["status"]);
  expect(factor.friendlyName).toBe(wire["friendly_name"] ?? null);
  expect(factor.sid).toBe(wire["sid"] ?? null);
  if (wire["date_created"]) expect(factor.dateCreated).toEqual(new Date(wire["date_created"] as string));
  expect(factor.metadata).toEqual(wire["metadata"] ?? null);
  const config = wire["config"] as Record<string, unknown> | null;
  if (factor.factorType === "totp") {
    expect(factor.config).toEqual({
      alg: config!["alg"],
      skew: config!["skew"],
      codeLength: config!["code_length"],
      timeStep: config!["time_step"],
    });
  } else if (factor.factorType === "push") {
    expect(factor.config).toEqual({
      sdkVersion: config!["sdk_version"],
      appId: config!["app_id"],
      notificationPlatform: config!["notification_platform"],
      notificationToken: config!["notification_token"],
    });
  } else {
    expect(factor.config).toEqual(config);
  }
}

describe.skipIf(!present)("official response examples", () => {
  it("fetch examples (push, totp, passkeys)", async () => {
    const all = examples(INSTANCE, "get", "200");
    expect(Object.keys(all).sort()).toEqual(["fetchPasskeys", "fetchPush", "fetchTotp"]);
    for (const { value } of Object.values(all))
      expectFactorLike(await fetchFactor(client(value), SERVICE_SID, IDENTITY, FACTOR_SID), value);
  });

  it("create examples, with binding and options", async () => {
    for (const { value } of Object.values(examples(LIST, "post", "201"))) {
      const factor = await createFactor(client(value, 201), SERVICE_SID, IDENTITY, TOTP_PARAMS);
      expectFactorLike(factor, value);
      const binding = value["binding"] as Record<string, string>;
      if (factor.factorType === "push")
        expect(factor.binding).toEqual({ alg: binding["alg"], publicKey: binding["public_key"] });
      if (factor.factorType === "totp")
        expect(factor.binding).toEqual({ secret: binding["secret"], uri: binding["uri"] });
      expect(factor.options).toBeNull();
    }
  });

  it("update examples", async () => {
    for (const { value } of Object.values(examples(INSTANCE, "post", "200"))) {
      const factor = await updateFactor(client(value), SERVICE_SID, IDENTITY, FACTOR_SID, {
        authPayload: "123456",
      });
      expectFactorLike(factor, value);
    }
  });

  it("list examples, including an empty page with a partial meta block", async () => {
    for (const { value } of Object.values(examples(LIST, "get", "200"))) {
      const page = await listFactors(client(value), SERVICE_SID, IDENTITY);
      const wireItems = value["factors"] as Record<string, unknown>[];
      expect(page.items).toHaveLength(wireItems.length);
      page.items.forEach((item, i) => expectFactorLike(item, wireItems[i]!));
      expect(page.meta.key).toBe("factors");
      expect(page.hasNextPage).toBe(false);
    }
  });
});
