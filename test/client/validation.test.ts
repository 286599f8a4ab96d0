/** The validation matrix: every rule, just inside its bound (one request) and just outside (ValidationError, no request). */
import { describe, expect, it } from "vitest";
import {
  createClient,
  createFactor,
  fetchFactor,
  listFactors,
  streamFactors,
  updateFactor,
  ValidationError,
  type CreateFactorParams,
} from "twilio-verify-rest-client";
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

type Params = Record<string, unknown>;
const set = (base: Params, path: string, value: unknown): Params => {
  const [head, ...rest] = path.split(".");
  const copy: Params = { ...base };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head!];
    else copy[head!] = value;
  } else copy[head!] = set((base[head!] as Params) ?? {}, rest.join("."), value);
  return copy;
};
const push = (path: string, value: unknown) => set(PUSH_PARAMS as unknown as Params, path, value);
const totp = (path: string, value: unknown) => set(TOTP_PARAMS as unknown as Params, path, value);
const metadataOfLength = (n: number) => ({ k: "x".repeat(n - '{"k":""}'.length) });

function setup() {
  const fake = fakeFetch(() => json(201, wireFactor()));
  return {
    client: createClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fetch: fake.fetch }),
    requests: fake.requests,
  };
}

async function issuesOf(
  run: () => Promise<unknown>,
): Promise<{ path: string; wireName: string; code: string }[]> {
  try {
    await run();
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map(({ path, wireName, code }) => ({ path, wireName, code }));
  }
}

// [rule, params accepted, params rejected, expected issue of the rejected ones]
const createCases: [string, Params, Params, { path: string; wireName: string; code: string }][] = [
  [
    "Config.CodeLength min",
    totp("config.codeLength", 3),
    totp("config.codeLength", 2),
    { path: "config.codeLength", wireName: "Config.CodeLength", code: "range" },
  ],
  [
    "Config.CodeLength max",
    totp("config.codeLength", 8),
    totp("config.codeLength", 9),
    { path: "config.codeLength", wireName: "Config.CodeLength", code: "range" },
  ],
  [
    "Config.CodeLength integer",
    totp("config.codeLength", 6),
    totp("config.codeLength", 6.5),
    { path: "config.codeLength", wireName: "Config.CodeLength", code: "integer" },
  ],
  [
    "Config.Skew min",
    totp("config.skew", 0),
    totp("config.skew", -1),
    { path: "config.skew", wireName: "Config.Skew", code: "range" },
  ],
  [
    "Config.Skew max",
    totp("config.skew", 2),
    totp("config.skew", 3),
    { path: "config.skew", wireName: "Config.Skew", code: "range" },
  ],
  [
    "Config.TimeStep min",
    totp("config.timeStep", 20),
    totp("config.timeStep", 19),
    { path: "config.timeStep", wireName: "Config.TimeStep", code: "range" },
  ],
  [
    "Config.TimeStep max",
    totp("config.timeStep", 60),
    totp("config.timeStep", 61),
    { path: "config.timeStep", wireName: "Config.TimeStep", code: "range" },
  ],
  [
    "Config.Alg enum",
    totp("config.alg", "sha512"),
    totp("config.alg", "md5"),
    { path: "config.alg", wireName: "Config.Alg", code: "enum" },
  ],
  [
    "Binding.Secret Base32",
    totp("binding.secret", "JBSWY3DPEHPK3PXP"),
    totp("binding.secret", "not base32!"),
    { path: "binding.secret", wireName: "Binding.Secret", code: "format" },
  ],
  [
    "FriendlyName length",
    push("friendlyName", "n".repeat(64)),
    push("friendlyName", "n".repeat(65)),
    { path: "friendlyName", wireName: "FriendlyName", code: "length" },
  ],
  [
    "FriendlyName counts characters, not UTF-16 units",
    push("friendlyName", "😀".repeat(64)),
    push("friendlyName", "😀".repeat(65)),
    { path: "friendlyName", wireName: "FriendlyName", code: "length" },
  ],
  [
    "FriendlyName required",
    push("friendlyName", "n"),
    push("friendlyName", undefined),
    { path: "friendlyName", wireName: "FriendlyName", code: "required" },
  ],
  [
    "FactorType required",
    push("factorType", "push"),
    push("factorType", undefined),
    { path: "factorType", wireName: "FactorType", code: "required" },
  ],
  [
    "FactorType enum",
    totp("factorType", "totp"),
    totp("factorType", "sms"),
    { path: "factorType", wireName: "FactorType", code: "enum" },
  ],
  [
    "Config.AppId length",
    push("config.appId", "a".repeat(100)),
    push("config.appId", "a".repeat(101)),
    { path: "config.appId", wireName: "Config.AppId", code: "length" },
  ],
  [
    "Config.NotificationToken min",
    push("config.notificationToken", "t".repeat(32)),
    push("config.notificationToken", "t".repeat(31)),
    { path: "config.notificationToken", wireName: "Config.NotificationToken", code: "length" },
  ],
  [
    "Config.NotificationToken max",
    push("config.notificationToken", "t".repeat(255)),
    push("config.notificationToken", "t".repeat(256)),
    { path: "config.notificationToken", wireName: "Config.NotificationToken", code: "length" },
  ],
  [
    "Config.NotificationPlatform enum",
    push("config.notificationPlatform", "apn"),
    push("config.notificationPlatform", "sms"),
    { path: "config.notificationPlatform", wireName: "Config.NotificationPlatform", code: "enum" },
  ],
  [
    "Binding.Alg enum",
    push("binding.alg", "ES256"),
    push("binding.alg", "RS256"),
    { path: "binding.alg", wireName: "Binding.Alg", code: "enum" },
  ],
  [
    "Binding.PublicKey DER Base64",
    push("binding.alg", "ES256"),
    push("binding.publicKey", "dGVzdF9rZXk="),
    { path: "binding.publicKey", wireName: "Binding.PublicKey", code: "format" },
  ],
  [
    "Binding.PublicKey Base64",
    push("binding.alg", "ES256"),
    push("binding.publicKey", "MFkw!!"),
    { path: "binding.publicKey", wireName: "Binding.PublicKey", code: "format" },
  ],
  [
    "Binding.PublicKey required when push",
    push("binding.alg", "ES256"),
    push("binding.publicKey", undefined),
    { path: "binding.publicKey", wireName: "Binding.PublicKey", code: "required-when" },
  ],
  [
    "Config.AppId required when push",
    push("config.appId", "x"),
    push("config.appId", undefined),
    { path: "config.appId", wireName: "Config.AppId", code: "required-when" },
  ],
  [
    "Config.NotificationToken required when push",
    push("config.sdkVersion", "2"),
    push("config.notificationToken", undefined),
    { path: "config.notificationToken", wireName: "Config.NotificationToken", code: "required-when" },
  ],
  [
    "Config.SdkVersion required when push",
    push("config.sdkVersion", "2"),
    push("config.sdkVersion", undefined),
    { path: "config.sdkVersion", wireName: "Config.SdkVersion", code: "required-when" },
  ],
  [
    "totp-only Config.CodeLength on push",
    push("config.sdkVersion", "2"),
    push("config.codeLength", 6),
    { path: "config.codeLength", wireName: "Config.CodeLength", code: "not-applicable" },
  ],
  [
    "totp-only Binding.Secret on push",
    push("config.sdkVersion", "2"),
    push("binding.secret", "JBSWY3DPEHPK3PXP"),
    { path: "binding.secret", wireName: "Binding.Secret", code: "not-applicable" },
  ],
  [
    "push-only Config.AppId on totp",
    totp("config.skew", 1),
    totp("config.appId", "com.example"),
    { path: "config.appId", wireName: "Config.AppId", code: "not-applicable" },
  ],
  [
    "push-only Binding.PublicKey on totp",
    totp("config.skew", 1),
    totp("binding.publicKey", PUBLIC_KEY),
    { path: "binding.publicKey", wireName: "Binding.PublicKey", code: "not-applicable" },
  ],
  [
    "Metadata encoded length",
    push("metadata", metadataOfLength(1024)),
    push("metadata", metadataOfLength(1025)),
    { path: "metadata", wireName: "Metadata", code: "length" },
  ],
  [
    "Metadata values are strings",
    push("metadata", { os: "Android" }),
    push("metadata", { os: 12 }),
    { path: "metadata.os", wireName: "Metadata", code: "type" },
  ],
  [
    "Metadata is an object",
    push("metadata", {}),
    push("metadata", "os=Android"),
    { path: "metadata", wireName: "Metadata", code: "type" },
  ],
  [
    "unknown parameter",
    push("friendlyName", "n"),
    push("frienlyName", "typo"),
    { path: "frienlyName", wireName: "frienlyName", code: "unknown" },
  ],
];

describe("validation matrix: createFactor", () => {
  it.each(createCases)("%s", async (_rule, accepted, rejected, expected) => {
    const ok = setup();
    await createFactor(ok.client, SERVICE_SID, IDENTITY, accepted as unknown as CreateFactorParams);
    expect(ok.requests).toHaveLength(1);
    const bad = setup();
    const issues = await issuesOf(() =>
      createFactor(bad.client, SERVICE_SID, IDENTITY, rejected as unknown as CreateFactorParams),
    );
    expect(issues).toEqual([expected]);
    expect(bad.requests).toHaveLength(0);
  });

  it("lists every problem at once", async () => {
    const { client, requests } = setup();
    const params = { factorType: "push", friendlyName: "n".repeat(65), config: { codeLength: 99 } };
    const issues = await issuesOf(() =>
      createFactor(client, "VA-bad", "short", params as unknown as CreateFactorParams),
    );
    expect(issues.map((i) => `${i.wireName}:${i.code}`)).toEqual([
      "ServiceSid:length",
      "ServiceSid:pattern",
      "Identity:length",
      "FriendlyName:length",
      "Binding.PublicKey:required-when",
      "Config.AppId:required-when",
      "Config.CodeLength:not-applicable",
      "Config.CodeLength:range",
      "Config.NotificationToken:required-when",
      "Config.SdkVersion:required-when",
    ]);
    expect(requests).toHaveLength(0);
  });

  it("the error message names each parameter", async () => {
    const { client } = setup();
    await expect(
      createFactor(client, SERVICE_SID, IDENTITY, totp("config.skew", 5) as unknown as CreateFactorParams),
    ).rejects.toThrow("config.skew (Config.Skew): must be 0 to 2, got 5");
  });
});

describe("validation matrix: path parameters", () => {
  const cases: [string, string, string, string, string][] = [
    ["ServiceSid pattern", SERVICE_SID, "VB" + SERVICE_SID.slice(2), "serviceSid", "pattern"],
    ["Identity min length", "a".repeat(8), "a".repeat(7), "identity", "length"],
    ["Identity max length", "a".repeat(64), "a".repeat(65), "identity", "length"],
    ["Identity dash-separated alphanumerics", "user-1234-abcd", "user--1234", "identity", "pattern"],
    ["Identity cannot climb the path", "abcd-efgh", "../../../x", "identity", "pattern"],
    ["Sid pattern", FACTOR_SID, "YF" + "g".repeat(32), "sid", "pattern"],
  ];
  it.each(cases)("%s", async (_rule, good, bad, path, code) => {
    const args = (value: string) => ({
      serviceSid: SERVICE_SID,
      identity: IDENTITY,
      sid: FACTOR_SID,
      [path]: value,
    });
    const ok = setup();
    const a = args(good);
    await fetchFactor(ok.client, a.serviceSid, a.identity, a.sid);
    expect(ok.requests).toHaveLength(1);
    const fail = setup();
    const b = args(bad);
    const issues = await issuesOf(() => fetchFactor(fail.client, b.serviceSid, b.identity, b.sid));
    expect(issues.map((i) => [i.path, i.code])).toContainEqual([path, code]);
    expect(fail.requests).toHaveLength(0);
  });

  it("rejects '.' and '..' even where no pattern would", async () => {
    const { client, requests } = setup();
    const issues = await issuesOf(() => fetchFactor(client, SERVICE_SID, "..", FACTOR_SID));
    expect(issues.map((i) => i.code)).toContain("format");
    expect(requests).toHaveLength(0);
  });
});

describe("validation matrix: list, stream and update", () => {
  const listFactorsMeta = { factors: [], meta: { page: 0, key: "factors", next_page_url: null } };
  const list = () => {
    const fake = fakeFetch(() => json(200, listFactorsMeta));
    return {
      client: createClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fetch: fake.fetch }),
      requests: fake.requests,
    };
  };
  it.each([
    ["PageSize min", { pageSize: 1 }, { pageSize: 0 }, "pageSize", "range"],
    ["PageSize max", { pageSize: 1000 }, { pageSize: 1001 }, "pageSize", "range"],
    ["Page min", { page: 0 }, { page: -1 }, "page", "range"],
    ["PageToken type", { pageToken: "PT" }, { pageToken: 5 }, "pageToken", "type"],
  ])("%s", async (_rule, good, bad, path, code) => {
    const ok = list();
    await listFactors(ok.client, SERVICE_SID, IDENTITY, good as never);
    expect(ok.requests).toHaveLength(1);
    const fail = list();
    expect(
      (await issuesOf(() => listFactors(fail.client, SERVICE_SID, IDENTITY, bad as never))).map((i) => [
        i.path,
        i.code,
      ]),
    ).toEqual([[path, code]]);
    expect(fail.requests).toHaveLength(0);
  });

  it("streamFactors checks limit and pageSize before any request", () => {
    const { client, requests } = list();
    expect(() => streamFactors(client, SERVICE_SID, IDENTITY, { limit: -1 })).toThrow(ValidationError);
    expect(() => streamFactors(client, SERVICE_SID, IDENTITY, { pageSize: 1001 })).toThrow(
      /pageSize \(PageSize\)/,
    );
    expect(requests).toHaveLength(0);
  });

  it.each([
    [
      "Config.CodeLength",
      { config: { codeLength: 8 } },
      { config: { codeLength: 9 } },
      "config.codeLength",
      "range",
    ],
    ["Config.Skew", { config: { skew: 0 } }, { config: { skew: 3 } }, "config.skew", "range"],
    [
      "Config.TimeStep",
      { config: { timeStep: 60 } },
      { config: { timeStep: 61 } },
      "config.timeStep",
      "range",
    ],
    [
      "Config.NotificationToken",
      { config: { notificationToken: "t".repeat(32) } },
      { config: { notificationToken: "t".repeat(31) } },
      "config.notificationToken",
      "length",
    ],
    [
      "FriendlyName",
      { friendlyName: "n".repeat(64) },
      { friendlyName: "n".repeat(65) },
      "friendlyName",
      "length",
    ],
    [
      "Config.NotificationPlatform",
      { config: { notificationPlatform: "none" } },
      { config: { notificationPlatform: "sms" } },
      "config.notificationPlatform",
      "enum",
    ],
  ])("updateFactor %s", async (_rule, good, bad, path, code) => {
    const ok = setup();
    await updateFactor(ok.client, SERVICE_SID, IDENTITY, FACTOR_SID, good as never);
    expect(ok.requests).toHaveLength(1);
    const fail = setup();
    expect(
      (await issuesOf(() => updateFactor(fail.client, SERVICE_SID, IDENTITY, FACTOR_SID, bad as never))).map(
        (i) => [i.path, i.code],
      ),
    ).toEqual([[path, code]]);
    expect(fail.requests).toHaveLength(0);
  });

  it("updateFactor leaves rules on the stored factor type to the API", async () => {
    const { client, requests } = setup();
    // Both a totp-only and a push-only setting: only the server knows which one applies.
    await updateFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, {
      config: { codeLength: 6, sdkVersion: "2.0" },
    });
    expect(requests).toHaveLength(1);
  });
});
