/**
 * The generated create and update validators against an independent reference of the seed's rules
 * (../shared/seeds/factor-service.txt), written here from the seed's text: Node's crypto parses the
 * public keys, plain code counts the rest. fast-check draws 10,000 seeded parameter objects for each,
 * mixing valid values, values just outside each bound and values of the wrong kind; the two must
 * agree on which wire names have a problem.
 */
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateCreateFactor, validateUpdateFactor } from "twilio-verify-rest-client";
import { IDENTITY, PUBLIC_KEY, SERVICE_SID } from "../helpers/fake-fetch.ts";

type Params = Record<string, unknown>;

// ---- The reference: the seed's rules, one by one. ----
const chars = (s: string) => [...s].length;
const wellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const isText = (v: unknown): v is string => typeof v === "string" && wellFormed(v);
const isInt = (v: unknown, min: number, max: number) =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const plain = (v: unknown): v is Params =>
  typeof v === "object" &&
  v !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(v)) &&
  typeof (v as { toJSON?: unknown }).toJSON !== "function";
function isP256Key(v: unknown): boolean {
  if (
    !isText(v) ||
    !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(v) ||
    v.length === 0
  )
    return false;
  try {
    const key = createPublicKey({ key: Buffer.from(v, "base64"), format: "der", type: "spki" });
    return key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve === "prime256v1";
  } catch {
    return false;
  }
}
// RFC 4648 Base32: unpadded groups end with 2, 4, 5 or 7 characters; padding, if any, completes the group of 8.
function isBase32(v: unknown): boolean {
  if (!isText(v)) return false;
  const m = /^([A-Z2-7]*)(=*)$/.exec(v);
  if (!m || m[1]!.length === 0) return false;
  const rest = m[1]!.length % 8;
  const padding: Record<number, number> = { 0: 0, 2: 6, 4: 4, 5: 3, 7: 1 };
  if (!(rest in padding)) return false;
  return m[2]!.length === 0 || m[2]!.length === padding[rest];
}
function isStringMap(v: unknown, maxJson: number): boolean {
  if (!plain(v)) return false;
  if (!Object.values(v).every(isText)) return false;
  return chars(JSON.stringify(v)) <= maxJson;
}

/** The wire names whose values break a rule of the seed's create operation. */
function referenceCreate(p: unknown): Set<string> {
  const bad = new Set<string>();
  if (!plain(p)) return new Set(["params"]);
  const type = p["factorType"];
  const push = type === "push";
  const totp = type === "totp";
  const binding = p["binding"] === undefined ? {} : p["binding"];
  const config = p["config"] === undefined ? {} : p["config"];
  if (!["push", "totp", "passkeys"].includes(type as string)) bad.add("FactorType");
  const name = p["friendlyName"];
  if (!isText(name) || chars(name) > 64) bad.add("FriendlyName");
  if (!plain(binding)) bad.add("binding");
  if (!plain(config)) bad.add("config");
  const b = plain(binding) ? binding : {};
  const c = plain(config) ? config : {};
  // each: [wire name, value, valid value?, required when push?, only for]
  const rules: [string, unknown, (v: unknown) => boolean, boolean, "push" | "totp"][] = [
    ["Binding.Alg", b["alg"], (v) => v === "ES256", false, "push"],
    ["Binding.PublicKey", b["publicKey"], isP256Key, true, "push"],
    ["Binding.Secret", b["secret"], isBase32, false, "totp"],
    ["Config.Alg", c["alg"], (v) => ["sha1", "sha256", "sha512"].includes(v as string), false, "totp"],
    ["Config.AppId", c["appId"], (v) => isText(v) && chars(v) <= 100, true, "push"],
    ["Config.CodeLength", c["codeLength"], (v) => isInt(v, 3, 8), false, "totp"],
    [
      "Config.NotificationPlatform",
      c["notificationPlatform"],
      (v) => ["apn", "fcm", "none"].includes(v as string),
      false,
      "push",
    ],
    [
      "Config.NotificationToken",
      c["notificationToken"],
      (v) => isText(v) && chars(v) >= 32 && chars(v) <= 255,
      true,
      "push",
    ],
    ["Config.SdkVersion", c["sdkVersion"], isText, true, "push"],
    ["Config.Skew", c["skew"], (v) => isInt(v, 0, 2), false, "totp"],
    ["Config.TimeStep", c["timeStep"], (v) => isInt(v, 20, 60), false, "totp"],
  ];
  for (const [wire, value, valid, requiredForPush, only] of rules) {
    if (value === undefined) {
      if (requiredForPush && push) bad.add(wire);
      continue;
    }
    if (!valid(value)) bad.add(wire);
    if ((only === "push" && totp) || (only === "totp" && push) || (type === "passkeys" && true))
      bad.add(wire);
  }
  if (p["metadata"] !== undefined && !isStringMap(p["metadata"], 1024)) bad.add("Metadata");
  return bad;
}

/** The wire names whose values break a rule the client can check on update (rules on the stored factor are the API's). */
function referenceUpdate(p: unknown): Set<string> {
  const bad = new Set<string>();
  if (p === undefined) return bad;
  if (!plain(p)) return new Set(["params"]);
  const config = p["config"] === undefined ? {} : p["config"];
  if (p["authPayload"] !== undefined && !isText(p["authPayload"])) bad.add("AuthPayload");
  if (p["friendlyName"] !== undefined && (!isText(p["friendlyName"]) || chars(p["friendlyName"]) > 64))
    bad.add("FriendlyName");
  if (!plain(config)) return bad.add("config");
  const c = config;
  const rules: [string, unknown, (v: unknown) => boolean][] = [
    ["Config.Alg", c["alg"], (v) => ["sha1", "sha256", "sha512"].includes(v as string)],
    ["Config.CodeLength", c["codeLength"], (v) => isInt(v, 3, 8)],
    [
      "Config.NotificationPlatform",
      c["notificationPlatform"],
      (v) => ["apn", "fcm", "none"].includes(v as string),
    ],
    [
      "Config.NotificationToken",
      c["notificationToken"],
      (v) => isText(v) && chars(v) >= 32 && chars(v) <= 255,
    ],
    ["Config.SdkVersion", c["sdkVersion"], isText],
    ["Config.Skew", c["skew"], (v) => isInt(v, 0, 2)],
    ["Config.TimeStep", c["timeStep"], (v) => isInt(v, 20, 60)],
  ];
  for (const [wire, value, valid] of rules) if (value !== undefined && !valid(value)) bad.add(wire);
  return bad;
}

// ---- What the generated validators flag, by wire name (groups by their property path). ----
function flagged(issues: readonly { wireName: string; path: string }[]): Set<string> {
  return new Set(issues.map((i) => i.wireName || i.path));
}

// ---- Arbitraries: valid values, values just outside each rule, and values of other kinds. ----
const OTHER_CURVE = generateKeyPairSync("ec", { namedCurve: "secp384r1" })
  .publicKey.export({ type: "spki", format: "der" })
  .toString("base64");
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.constant([]),
  fc.constant({}),
  fc.constant(new Date(0)),
  fc.string({ maxLength: 3 }),
);
const text = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: max, unit: "grapheme" }),
    fc.string({ minLength: max + 1, maxLength: max + 3, unit: "grapheme" }),
    fc.string({ minLength: Math.max(0, min - 2), maxLength: Math.max(0, min - 1) }),
    fc.constant("\uD800lone"),
    fc.constant("😀".repeat(Math.min(max, 40))),
  );
const int = (min: number, max: number) =>
  fc.oneof(fc.integer({ min: min - 2, max: max + 2 }), fc.constant(min + 0.5), fc.constant(Number.NaN));
const optional = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: junk, weight: 1 }), {
    nil: undefined,
    freq: 3,
  });
const oneOf = (...values: string[]) => fc.constantFrom(...values, "other", values[0]!.toUpperCase());
const key = fc.constantFrom(
  PUBLIC_KEY,
  OTHER_CURVE,
  "MAO8Yi0=",
  PUBLIC_KEY.slice(0, 60) + "====",
  "not base64!",
);
const secret = fc.constantFrom(
  "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
  "JBSWY3DPEHPK3PXP",
  "lowercase",
  "A1",
  "GEZDGNBV=",
);
const metadata = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.constant("\uDC00")), {
    minKeys: 1,
    maxKeys: 2,
  }),
  fc.constant({ big: "x".repeat(1100) }),
  fc.constant(new Map()),
);
const stripUndefined = (o: Params) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const group = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.option(fc.record(fields).map(stripUndefined), { nil: undefined, freq: 2 });

const createParams = fc
  .record({
    factorType: fc.option(oneOf("push", "totp", "passkeys"), { nil: undefined, freq: 8 }),
    friendlyName: fc.option(text(1, 64), { nil: undefined, freq: 8 }),
    binding: group({ alg: optional(oneOf("ES256")), publicKey: optional(key), secret: optional(secret) }),
    config: group({
      alg: optional(oneOf("sha1", "sha256", "sha512")),
      appId: optional(text(1, 100)),
      codeLength: optional(int(3, 8)),
      notificationPlatform: optional(oneOf("apn", "fcm", "none")),
      notificationToken: optional(text(32, 255)),
      sdkVersion: optional(text(1, 8)),
      skew: optional(int(0, 2)),
      timeStep: optional(int(20, 60)),
    }),
    metadata: optional(metadata),
  })
  .map(stripUndefined);

const updateParams = fc
  .record({
    authPayload: optional(text(1, 8)),
    friendlyName: optional(text(1, 64)),
    config: group({
      alg: optional(oneOf("sha1", "sha256", "sha512")),
      codeLength: optional(int(3, 8)),
      notificationPlatform: optional(oneOf("apn", "fcm", "none")),
      notificationToken: optional(text(32, 255)),
      sdkVersion: optional(text(1, 8)),
      skew: optional(int(0, 2)),
      timeStep: optional(int(20, 60)),
    }),
  })
  .map(stripUndefined);

const sorted = (s: Set<string>) => [...s].sort();

describe("generated validators against an independent reference (fast-check, seeded)", () => {
  it("createFactor: 10,000 parameter objects, no disagreement", () => {
    fc.assert(
      fc.property(createParams, (params) => {
        expect(
          sorted(flagged(validateCreateFactor(SERVICE_SID, IDENTITY, params))),
          JSON.stringify(params),
        ).toEqual(sorted(referenceCreate(params)));
      }),
      { numRuns: 10_000, seed: 20261127 },
    );
  });

  it("updateFactor: 10,000 parameter objects, no disagreement", () => {
    fc.assert(
      fc.property(updateParams, (params) => {
        expect(
          sorted(flagged(validateUpdateFactor(SERVICE_SID, IDENTITY, "YF" + "0".repeat(32), params))),
          JSON.stringify(params),
        ).toEqual(sorted(referenceUpdate(params)));
      }),
      { numRuns: 10_000, seed: 20261127 },
    );
  });
});
