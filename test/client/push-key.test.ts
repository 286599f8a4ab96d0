/**
 * A push Factor's Binding.PublicKey must be an ECDSA P-256 key (ES256 is the only algorithm): the
 * spec says so with the format `ec-p256-spki`, and the format check refuses any other
 * SubjectPublicKeyInfo before a request is sent, the local server included (same validators).
 */
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createClient, createFactor, ValidationError } from "twilio-verify-rest-client";
import { isEcP256Spki, isSpkiBase64 } from "../../generator/runtime/validation.ts";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  fakeFetch,
  IDENTITY,
  json,
  PUSH_PARAMS,
  SERVICE_SID,
  wireFactor,
} from "../helpers/fake-fetch.ts";

const spki = (options: Parameters<typeof generateKeyPairSync>[1], type: "ec" | "rsa" | "ed25519") =>
  (
    generateKeyPairSync(type as "ec", options as { namedCurve: string }).publicKey.export({
      type: "spki",
      format: "der",
    }) as Buffer
  ).toString("base64");

// SEQUENCE { SEQUENCE { rsaEncryption, NULL }, BIT STRING { no unused bits, no content } }.
const RSA_EMPTY = Buffer.from([
  0x30, 0x12, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03,
  0x01, 0x00,
]).toString("base64");
// The same with one byte of key content: a whole SubjectPublicKeyInfo, of the wrong algorithm.
const RSA_ONE = Buffer.from([
  0x30, 0x13, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03,
  0x02, 0x00, 0x00,
]).toString("base64");

const P256 = spki({ namedCurve: "P-256" }, "ec");
const WRONG = {
  "rsaEncryption, no key content": RSA_EMPTY,
  "rsaEncryption, one byte": RSA_ONE,
  "a real RSA key": spki({ modulusLength: 1024 }, "rsa"),
  "an EC key on P-384": spki({ namedCurve: "P-384" }, "ec"),
  "an Ed25519 key": spki({}, "ed25519"),
};

describe("push Factor public keys", () => {
  it("the format accepts an ECDSA P-256 key, compressed or not", () => {
    expect(isEcP256Spki(P256)).toBe(true);
    expect(isEcP256Spki(PUSH_PARAMS.binding.publicKey)).toBe(true);
  });

  it.each(Object.entries(WRONG))("refuses %s before any request", async (_, key) => {
    expect(isEcP256Spki(key)).toBe(false);
    const fake = fakeFetch(() => json(201, wireFactor()));
    const client = createClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    const params = { ...PUSH_PARAMS, binding: { alg: "ES256" as const, publicKey: key } };
    const error = await createFactor(client, SERVICE_SID, IDENTITY, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      expect.objectContaining({ path: "binding.publicKey", wireName: "Binding.PublicKey", code: "format" }),
    ]);
    expect(fake.requests).toHaveLength(0);
  });

  it("a whole SubjectPublicKeyInfo of another algorithm is still spki-base64 (the generic format)", () => {
    expect(isSpkiBase64(RSA_ONE)).toBe(true);
    expect(isSpkiBase64(RSA_EMPTY)).toBe(false); // a BIT STRING needs a byte beyond its unused-bits count
    expect(isSpkiBase64(WRONG["a real RSA key"])).toBe(true);
  });
});
