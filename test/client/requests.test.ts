/** Every operation sends the exact method, URL, headers and form body, and decodes its response. */
import { describe, expect, it } from "vitest";
import {
  createClient,
  createFactor,
  createFactorWithResponse,
  deleteFactor,
  fetchFactor,
  listFactors,
  updateFactor,
  updateFactorWithResponse,
} from "twilio-verify-rest-client";
import pkg from "twilio-verify-rest-client/package.json" with { type: "json" };
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  FACTOR_SID,
  fakeFetch,
  IDENTITY,
  json,
  PUBLIC_KEY,
  PUSH_PARAMS,
  SERVICE_SID,
  TOTP_PARAMS,
  wireFactor,
} from "../helpers/fake-fetch.ts";

const BASE = `https://verify.twilio.com/v2/Services/${SERVICE_SID}/Entities/${IDENTITY}/Factors`;
const AUTH = "Basic " + Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64");

function setup(body: unknown, status = 200, headers: Record<string, string> = {}) {
  const fake = fakeFetch(() => json(status, body, headers));
  const client = createClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fetch: fake.fetch });
  return { client, requests: fake.requests };
}

function form(body: string | null): [string, string][] {
  return [...new URLSearchParams(body ?? "")];
}

describe("requests", () => {
  it("createFactor (push) posts the form body under the wire names", async () => {
    const { client, requests } = setup(
      wireFactor({
        factor_type: "push",
        binding: { alg: "ES256", public_key: PUBLIC_KEY },
        config: {
          sdk_version: "1.0",
          app_id: "com.example.myapp",
          notification_platform: "fcm",
          notification_token: "t".repeat(32),
        },
        metadata: { os: "Android" },
      }),
      201,
    );
    const factor = await createFactor(client, SERVICE_SID, IDENTITY, PUSH_PARAMS);
    expect(requests).toHaveLength(1);
    const r = requests[0]!;
    expect(r.method).toBe("POST");
    expect(r.url).toBe(BASE);
    expect(r.headers).toMatchObject({
      accept: "application/json",
      authorization: AUTH,
      "content-type": "application/x-www-form-urlencoded",
      "user-agent": `${pkg.name}/${pkg.version}`,
    });
    expect(form(r.body)).toEqual([
      ["FactorType", "push"],
      ["FriendlyName", "Ada's phone"],
      ["Binding.Alg", "ES256"],
      ["Binding.PublicKey", PUBLIC_KEY],
      ["Config.AppId", "com.example.myapp"],
      ["Config.NotificationPlatform", "fcm"],
      ["Config.NotificationToken", "t".repeat(32)],
      ["Config.SdkVersion", "1.0"],
      ["Metadata", '{"os":"Android"}'],
    ]);
    expect(factor.factorType).toBe("push");
    if (factor.factorType !== "push") throw new Error("narrowing");
    expect(factor.binding).toEqual({ alg: "ES256", publicKey: PUBLIC_KEY });
    expect(factor.config).toEqual({
      sdkVersion: "1.0",
      appId: "com.example.myapp",
      notificationPlatform: "fcm",
      notificationToken: "t".repeat(32),
    });
    expect(factor.metadata).toEqual({ os: "Android" });
  });

  it("createFactor (totp) sends only the parameters given, numbers as decimal text", async () => {
    const { client, requests } = setup(
      wireFactor({ binding: { secret: TOTP_PARAMS.binding.secret, uri: "otpauth://totp/x" }, options: null }),
      201,
    );
    const factor = await createFactor(client, SERVICE_SID, IDENTITY, TOTP_PARAMS);
    expect(form(requests[0]!.body)).toEqual([
      ["FactorType", "totp"],
      ["FriendlyName", "Ada's authenticator"],
      ["Binding.Secret", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"],
      ["Config.Alg", "sha256"],
      ["Config.CodeLength", "6"],
      ["Config.Skew", "1"],
      ["Config.TimeStep", "30"],
    ]);
    expect(factor).toMatchObject({
      factorType: "totp",
      status: "unverified",
      sid: FACTOR_SID,
      options: null,
    });
    expect(factor.dateCreated).toEqual(new Date("2015-07-30T20:00:00Z"));
    if (factor.factorType === "totp")
      expect(factor.binding).toEqual({ secret: TOTP_PARAMS.binding.secret, uri: "otpauth://totp/x" });
  });

  it("fetchFactor GETs the instance path, with no body and no Content-Type", async () => {
    const { client, requests } = setup(wireFactor());
    const factor = await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(requests[0]).toMatchObject({ method: "GET", url: `${BASE}/${FACTOR_SID}`, body: null });
    expect(requests[0]!.headers["content-type"]).toBeUndefined();
    expect(factor.factorType === "totp" && factor.config).toEqual({
      alg: "sha1",
      skew: 1,
      codeLength: 6,
      timeStep: 30,
    });
  });

  it("listFactors sends the query parameters and returns a page", async () => {
    const meta = {
      page: 2,
      page_size: 10,
      first_page_url: `${BASE}?PageSize=10&Page=0`,
      previous_page_url: `${BASE}?PageSize=10&Page=1`,
      next_page_url: null,
      url: `${BASE}?PageSize=10&Page=2`,
      key: "factors",
    };
    const { client, requests } = setup({ factors: [wireFactor()], meta });
    const page = await listFactors(client, SERVICE_SID, IDENTITY, {
      pageSize: 10,
      page: 2,
      pageToken: "PT1",
    });
    expect(requests[0]).toMatchObject({
      method: "GET",
      url: `${BASE}?PageSize=10&Page=2&PageToken=PT1`,
      body: null,
    });
    expect(page.items).toHaveLength(1);
    expect(page.hasNextPage).toBe(false);
    expect(page.meta).toEqual({
      page: 2,
      pageSize: 10,
      firstPageUrl: meta.first_page_url,
      previousPageUrl: meta.previous_page_url,
      nextPageUrl: null,
      url: meta.url,
      key: "factors",
    });
  });

  it("listFactors without parameters sends no query string", async () => {
    const { client, requests } = setup({
      factors: [],
      meta: { page: 0, key: "factors", next_page_url: null },
    });
    const page = await listFactors(client, SERVICE_SID, IDENTITY);
    expect(requests[0]!.url).toBe(BASE);
    expect(page.items).toEqual([]);
  });

  it("updateFactor posts only the given parameters", async () => {
    const { client, requests } = setup(wireFactor({ status: "verified" }));
    const factor = await updateFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, {
      authPayload: "123456",
      friendlyName: "New name",
      config: { codeLength: 8 },
    });
    expect(requests[0]).toMatchObject({ method: "POST", url: `${BASE}/${FACTOR_SID}` });
    expect(form(requests[0]!.body)).toEqual([
      ["AuthPayload", "123456"],
      ["FriendlyName", "New name"],
      ["Config.CodeLength", "8"],
    ]);
    expect(factor.status).toBe("verified");
  });

  it("deleteFactor sends DELETE and resolves to undefined on 204", async () => {
    const { client, requests } = setup(null, 204);
    await expect(deleteFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID)).resolves.toBeUndefined();
    expect(requests[0]).toMatchObject({ method: "DELETE", url: `${BASE}/${FACTOR_SID}`, body: null });
  });

  it("the WithResponse functions expose status, headers and request id with the parsed body", async () => {
    const { client } = setup(wireFactor(), 201, { "Twilio-Request-Id": "RQ123" });
    const response = await createFactorWithResponse(client, SERVICE_SID, IDENTITY, TOTP_PARAMS);
    expect(response.status).toBe(201);
    expect(response.requestId).toBe("RQ123");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.data.sid).toBe(FACTOR_SID);
    const updated = await updateFactorWithResponse(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(updated.data.factorType).toBe("totp");
  });

  it("tolerates unknown fields and unknown factor types in responses", async () => {
    const { client } = setup(wireFactor({ brand_new_field: 1, factor_type: "sms", config: { x: 1 } }));
    const factor = await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(factor.factorType as string).toBe("sms");
    expect(factor.config).toEqual({ x: 1 });
  });

  it("uses apiKey and apiSecret for Basic auth when given, and appends the user agent suffix", async () => {
    const fake = fakeFetch(() => json(200, wireFactor()));
    const client = createClient({
      accountSid: ACCOUNT_SID,
      apiKey: "SK" + "1".repeat(32),
      apiSecret: "key-secret",
      fetch: fake.fetch,
      userAgent: "my-app/1.2",
    });
    await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(fake.requests[0]!.headers["authorization"]).toBe(
      "Basic " + Buffer.from(`SK${"1".repeat(32)}:key-secret`).toString("base64"),
    );
    expect(fake.requests[0]!.headers["user-agent"]).toBe(`${pkg.name}/${pkg.version} my-app/1.2`);
  });

  it("falls back to TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN", async () => {
    // Restored key by key: replacing process.env with a copy would cut it off from the process's
    // environment (os.tmpdir() and child processes read that) for every later test file in this worker.
    const saved = { sid: process.env["TWILIO_ACCOUNT_SID"], token: process.env["TWILIO_AUTH_TOKEN"] };
    process.env["TWILIO_ACCOUNT_SID"] = ACCOUNT_SID;
    process.env["TWILIO_AUTH_TOKEN"] = "from-env";
    try {
      const fake = fakeFetch(() => json(200, wireFactor()));
      await fetchFactor(createClient({ fetch: fake.fetch }), SERVICE_SID, IDENTITY, FACTOR_SID);
      expect(fake.requests[0]!.headers["authorization"]).toBe(
        "Basic " + Buffer.from(`${ACCOUNT_SID}:from-env`).toString("base64"),
      );
      delete process.env["TWILIO_AUTH_TOKEN"];
      expect(() => createClient({ fetch: fake.fetch })).toThrow(/TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN/);
    } finally {
      for (const [key, value] of [
        ["TWILIO_ACCOUNT_SID", saved.sid],
        ["TWILIO_AUTH_TOKEN", saved.token],
      ] as const)
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
  });

  it("sends to a base URL override, and caller headers never replace Authorization", async () => {
    const fake = fakeFetch(() => json(200, wireFactor()));
    const client = createClient({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      fetch: fake.fetch,
      baseUrl: "http://127.0.0.1:4010/",
    });
    await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, {
      headers: { Authorization: "Basic evil", "X-Trace": "1" },
    });
    expect(fake.requests[0]!.url).toBe(
      `http://127.0.0.1:4010/v2/Services/${SERVICE_SID}/Entities/${IDENTITY}/Factors/${FACTOR_SID}`,
    );
    expect(fake.requests[0]!.headers["authorization"]).toBe(AUTH);
    expect(fake.requests[0]!.headers["x-trace"]).toBe("1");
  });
});
