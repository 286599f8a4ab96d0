/** Validators reject what the rules reject: lone surrogates, incomplete PKIX keys, objects that are not plain. */
import { createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import { validateCreateFactor } from "twilio-verify-rest-client";
import { isEcP256Spki, isSpkiBase64 } from "../../generator/runtime/validation.ts";
import { IDENTITY, PUBLIC_KEY, PUSH_PARAMS, SERVICE_SID, TOTP_PARAMS } from "../helpers/fake-fetch.ts";

const RSA = generateKeyPairSync("rsa", { modulusLength: 1024 })
  .publicKey.export({ type: "spki", format: "der" })
  .toString("base64");

// The same P-256 key as a compressed point (33 bytes), in a SubjectPublicKeyInfo made by hand.
function ecdh(key: KeyObject): string {
  const jwk = key.export({ format: "jwk" });
  const x = Buffer.from(jwk.x!, "base64url");
  const y = Buffer.from(jwk.y!, "base64url");
  const point = Buffer.concat([Buffer.from([y[y.length - 1]! & 1 ? 3 : 2]), x]);
  const head = Buffer.from("3039301306072a8648ce3d020106082a8648ce3d030107032200", "hex");
  return Buffer.concat([head, point]).toString("base64");
}

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

  it("accepts a complete P-256 key, compressed or not, and refuses a key of another algorithm (ec-p256-spki)", () => {
    expect(codes(PUSH_PARAMS)).toEqual([]);
    const compressed = createPublicKey({
      key: Buffer.from(PUBLIC_KEY, "base64"),
      format: "der",
      type: "spki",
    });
    const point = ecdh(compressed);
    expect(codes({ ...PUSH_PARAMS, binding: { ...PUSH_PARAMS.binding, publicKey: point } })).toEqual([]);
    expect(codes({ ...PUSH_PARAMS, binding: { ...PUSH_PARAMS.binding, publicKey: RSA } })).toEqual([
      "binding.publicKey:format",
    ]);
  });

  it("spki-base64 takes a whole SubjectPublicKeyInfo of any algorithm, and nothing less", () => {
    expect(isSpkiBase64(RSA)).toBe(true);
    expect(isSpkiBase64(PUBLIC_KEY)).toBe(true);
    expect(
      isSpkiBase64(
        generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "der" }).toString("base64"),
      ),
    ).toBe(true);
    const der = Buffer.from(RSA, "base64");
    expect(isSpkiBase64(der.subarray(0, der.length - 1).toString("base64"))).toBe(false);
    expect(isSpkiBase64(Buffer.concat([der, Buffer.from([0])]).toString("base64"))).toBe(false);
    expect(isSpkiBase64("aGVsbG8gd29ybGQ=")).toBe(false);
    expect(isEcP256Spki(RSA)).toBe(false);
    expect(isEcP256Spki(PUBLIC_KEY)).toBe(true);
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
