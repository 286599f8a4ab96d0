/** Validators reject what the rules reject: lone surrogates, incomplete PKIX keys, objects that are not plain. */
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { validateCreateFactor } from "twilio-verify";
import { IDENTITY, PUBLIC_KEY, PUSH_PARAMS, SERVICE_SID, TOTP_PARAMS } from "../helpers/fake-fetch.ts";

const codes = (params: unknown) =>
  validateCreateFactor(SERVICE_SID, IDENTITY, params).map((i) => `${i.path}:${i.code}`);

describe("validator hardening", () => {
  it.each([
    ["a lone high surrogate", "Ada \uD83D phone"],
    ["a lone low surrogate", "Ada \uDE00 phone"],
    ["a reversed pair", "\uDE00\uD83D"],
  ])("rejects %s in a string", (_, friendlyName) => {
    expect(codes({ ...TOTP_PARAMS, friendlyName })).toEqual(["friendlyName:format"]);
  });

  it("accepts a whole surrogate pair (an emoji counts as one character)", () => {
    expect(codes({ ...TOTP_PARAMS, friendlyName: "Ada 😀" })).toEqual([]);
  });

  it("rejects a lone surrogate in a string map's value", () => {
    expect(codes({ ...TOTP_PARAMS, metadata: { os: "\uD800" } })).toEqual(["metadata.os:format"]);
  });

  it.each([
    ["a SEQUENCE header alone", "MAO8Yi0="],
    ["a truncated key", PUBLIC_KEY.slice(0, 60) + "===="],
    [
      "an EC key on another curve",
      generateKeyPairSync("ec", { namedCurve: "secp384r1" })
        .publicKey.export({ type: "spki", format: "der" })
        .toString("base64"),
    ],
    [
      "a key with a trailing byte",
      Buffer.concat([Buffer.from(PUBLIC_KEY, "base64"), Buffer.from([0])]).toString("base64"),
    ],
  ])("rejects %s as Binding.PublicKey", (_, publicKey) => {
    expect(codes({ ...PUSH_PARAMS, binding: { ...PUSH_PARAMS.binding, publicKey } })).toEqual([
      "binding.publicKey:format",
    ]);
  });

  it("accepts a complete P-256 key, and a complete key of another algorithm", () => {
    expect(codes(PUSH_PARAMS)).toEqual([]);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
      .publicKey.export({ type: "spki", format: "der" })
      .toString("base64");
    expect(codes({ ...PUSH_PARAMS, binding: { ...PUSH_PARAMS.binding, publicKey: rsa } })).toEqual([]);
  });

  it.each([
    ["a Date", new Date()],
    ["a boxed String", new String("x")],
    ["an object with toJSON", { toJSON: () => ({ os: "Android" }) }],
    ["a Map", new Map([["os", "Android"]])],
    ["a Set", new Set(["Android"])],
    ["a RegExp", /Android/],
  ])("rejects %s as metadata (only plain objects of strings)", (_, metadata) => {
    expect(codes({ ...TOTP_PARAMS, metadata })).toEqual(["metadata:type"]);
  });

  it("accepts a plain object, also one without a prototype", () => {
    expect(codes({ ...TOTP_PARAMS, metadata: { os: "Android" } })).toEqual([]);
    expect(
      codes({ ...TOTP_PARAMS, metadata: Object.assign(Object.create(null), { os: "Android" }) }),
    ).toEqual([]);
  });
});
