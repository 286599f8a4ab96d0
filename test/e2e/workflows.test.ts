/**
 * The three Verify workflows end to end, the generated client against the local server over
 * loopback, each checked with an implementation that is not the project's: TOTP codes from an RFC
 * 6238 implementation written here on WebCrypto, SMS codes read through the server's test-only
 * `records`, and push approvals signed with an ES256 key pair made here with WebCrypto.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiError,
  createClient,
  NotFoundError,
  RateLimitError,
  type Client,
} from "twilio-verify-rest-client";
import {
  createChallenge,
  fetchChallenge,
  listChallenges,
  updateChallenge,
} from "twilio-verify-rest-client/challenges";
import { createFactor, updateFactor } from "twilio-verify-rest-client/factors";
import { createService } from "twilio-verify-rest-client/services";
import { createVerificationCheck } from "twilio-verify-rest-client/verification-checks";
import { createVerification, fetchVerification } from "twilio-verify-rest-client/verifications";
import { start, type MockServer } from "twilio-verify-rest-client/mock";

let server: MockServer;
let client: Client;
let serviceSid: string;

beforeAll(async () => {
  server = await start();
  client = createClient({ accountSid: "AC" + "d4".repeat(16), authToken: "token", baseUrl: server.url });
  serviceSid = (await createService(client, { friendlyName: "Workflows", codeLength: 6 })).sid!;
});
afterAll(() => server.close());

// ---- An independent RFC 6238 (TOTP) implementation: RFC 4648 Base32 and WebCrypto HMAC. ----
function base32(text: string): Uint8Array<ArrayBuffer> {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const bits = [...text.replace(/=+$/, "")]
    .map((c) => alphabet.indexOf(c).toString(2).padStart(5, "0"))
    .join("");
  return new Uint8Array((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
}

async function totp(
  secret: string,
  seconds: number,
  digits: number,
  step: number,
  hash = "SHA-1",
): Promise<string> {
  const counter = new DataView(new ArrayBuffer(8));
  counter.setBigUint64(0, BigInt(Math.floor(seconds / step)));
  const key = await crypto.subtle.importKey("raw", base32(secret), { name: "HMAC", hash }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, counter.buffer));
  const offset = mac[mac.length - 1]! & 0xf;
  const value = new DataView(mac.buffer).getUint32(offset) & 0x7fffffff;
  return String(value % 10 ** digits).padStart(digits, "0");
}

describe("TOTP: create a factor, verify it, challenge it with the current code", () => {
  it("approves the right code and leaves a wrong one pending", async () => {
    const identity = "totp-user-0001";
    const factor = await createFactor(client, serviceSid, identity, {
      factorType: "totp",
      friendlyName: "Ada's authenticator",
      config: { codeLength: 8, timeStep: 30, skew: 1, alg: "sha1" },
    });
    if (factor.factorType !== "totp") throw new Error("expected a totp factor");
    const secret = factor.binding!.secret!;
    const uri = new URL(factor.binding!.uri!);
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(factor.status).toBe("unverified");

    const now = () => Date.now() / 1000;
    const verified = await updateFactor(client, serviceSid, identity, factor.sid!, {
      authPayload: await totp(secret, now(), 8, 30),
    });
    expect(verified.status).toBe("verified");

    const wrong = await createChallenge(client, serviceSid, identity, {
      factorSid: factor.sid!,
      authPayload: "00000000",
    });
    expect(wrong.status).toBe("pending");
    expect(wrong.dateResponded).toBeNull();

    const right = await createChallenge(client, serviceSid, identity, {
      factorSid: factor.sid!,
      authPayload: await totp(secret, now(), 8, 30),
    });
    expect(right).toMatchObject({ status: "approved", factorType: "totp", respondedReason: "none" });
    expect(right.dateResponded).toBeInstanceOf(Date);
    expect(right.expirationDate!.getTime()).toBeGreaterThan(right.dateCreated!.getTime());

    // List filters and order come from the list operation's query parameters.
    const pending = await listChallenges(client, serviceSid, identity, { status: "pending" });
    expect(pending.items.map((c) => c.sid)).toEqual([wrong.sid]);
    const newestFirst = await listChallenges(client, serviceSid, identity, { order: "desc" });
    expect(newestFirst.items.map((c) => c.sid)).toEqual([right.sid, wrong.sid]);
    const byFactor = await listChallenges(client, serviceSid, identity, { factorSid: "YF" + "0".repeat(32) });
    expect(byFactor.items).toEqual([]);
  });

  it("a challenge of a factor that does not exist is a 404", async () => {
    await createFactor(client, serviceSid, "totp-user-0002", { factorType: "totp", friendlyName: "x" });
    const error = await createChallenge(client, serviceSid, "totp-user-0002", {
      factorSid: "YF" + "e".repeat(32),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 20404 });
  });
});

describe("Verification by SMS, call and email: send a code, check it", () => {
  const sentCode = (sid: string) =>
    String(server.records("Verification").find((r) => r["sid"] === sid)!["code"]);

  it.each(["sms", "call", "email"] as const)(
    "%s: a wrong code stays pending, the sent code approves",
    async (channel) => {
      const to = channel === "email" ? "ada@example.com" : "+15017122661";
      const verification = await createVerification(client, serviceSid, { to, channel });
      expect(verification).toMatchObject({ status: "pending", channel, to, valid: false });
      const code = sentCode(verification.sid!);
      expect(code).toMatch(/^\d{6}$/); // the Service's code length
      const wrong = await createVerificationCheck(client, serviceSid, {
        to,
        code: code === "000000" ? "111111" : "000000",
      });
      expect(wrong).toMatchObject({ status: "pending", valid: false, sid: verification.sid });
      const right = await createVerificationCheck(client, serviceSid, {
        verificationSid: verification.sid!,
        code,
      });
      expect(right).toMatchObject({ status: "approved", valid: true });
      expect((await fetchVerification(client, serviceSid, verification.sid!)).status).toBe("approved");
      // Approved, it is no longer pending: a new check finds nothing to check.
      await expect(createVerificationCheck(client, serviceSid, { to, code })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    },
  );

  it("too many wrong checks: the sixth is Verify's 429 with code 60202", async () => {
    const to = "+15017122662";
    await createVerification(client, serviceSid, { to, channel: "sms" });
    for (let i = 0; i < 5; i++)
      expect((await createVerificationCheck(client, serviceSid, { to, code: "abcd" })).status).toBe(
        "pending",
      );
    const error = await createVerificationCheck(
      client,
      serviceSid,
      { to, code: "abcd" },
      { maxRetries: 0 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 60202 });
  });

  it("a custom code is the code sent", async () => {
    const v = await createVerification(client, serviceSid, {
      to: "+15017122663",
      channel: "sms",
      customCode: "4242",
    });
    expect(
      (await createVerificationCheck(client, serviceSid, { verificationSid: v.sid!, code: "4242" })).status,
    ).toBe("approved");
  });
});

describe("Push: a factor with an ES256 key made here, a challenge approved by a signed payload", () => {
  const b64url = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes as ArrayBuffer).toString("base64url");

  async function signed(privateKey: CryptoKey, claims: Record<string, string>): Promise<string> {
    const head = `${b64url(new TextEncoder().encode(JSON.stringify({ alg: "ES256" })))}.${b64url(new TextEncoder().encode(JSON.stringify(claims)))}`;
    const signature = await crypto.subtle.sign(
      { name: "ECDSA", hash: "SHA-256" },
      privateKey,
      new TextEncoder().encode(head),
    );
    return `${head}.${b64url(signature)}`;
  }

  it("approves with the device's signature, refuses another key's, and denies on request", async () => {
    const identity = "push-user-0001";
    const keys = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
      "sign",
      "verify",
    ])) as CryptoKeyPair;
    const spki = Buffer.from(await crypto.subtle.exportKey("spki", keys.publicKey)).toString("base64");
    const factor = await createFactor(client, serviceSid, identity, {
      factorType: "push",
      friendlyName: "Ada's phone",
      binding: { alg: "ES256", publicKey: spki },
      config: {
        appId: "com.example.app",
        notificationToken: "n".repeat(40),
        sdkVersion: "1.0",
        notificationPlatform: "fcm",
      },
    });
    const challenge = await createChallenge(client, serviceSid, identity, {
      factorSid: factor.sid!,
      details: { message: "Log in from Lisbon?", fields: [{ label: "IP", value: "203.0.113.7" }] },
    });
    expect(challenge).toMatchObject({ status: "pending", factorType: "push", dateResponded: null });

    const other = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
      "sign",
    ])) as CryptoKeyPair;
    const forged = await updateChallenge(client, serviceSid, identity, challenge.sid!, {
      authPayload: await signed(other.privateKey, { sid: challenge.sid!, status: "approved" }),
    }).catch((e: unknown) => e);
    expect(forged).toBeInstanceOf(ApiError);
    expect((await fetchChallenge(client, serviceSid, identity, challenge.sid!)).status).toBe("pending");

    const approved = await updateChallenge(client, serviceSid, identity, challenge.sid!, {
      authPayload: await signed(keys.privateKey, { sid: challenge.sid!, status: "approved" }),
    });
    expect(approved.status).toBe("approved");
    expect(approved.dateResponded).toBeInstanceOf(Date);

    const second = await createChallenge(client, serviceSid, identity, {
      factorSid: factor.sid!,
      details: { message: "Again?" },
    });
    const denied = await updateChallenge(client, serviceSid, identity, second.sid!, {
      authPayload: await signed(keys.privateKey, { sid: second.sid!, status: "denied" }),
    });
    expect(denied.status).toBe("denied");
  });

  it("a push challenge needs Details.Message (required when the factor is push), checked by the server", async () => {
    const identity = "push-user-0002";
    const keys = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
      "sign",
    ])) as CryptoKeyPair;
    const spki = Buffer.from(await crypto.subtle.exportKey("spki", keys.publicKey)).toString("base64");
    const factor = await createFactor(client, serviceSid, identity, {
      factorType: "push",
      friendlyName: "phone",
      binding: { publicKey: spki },
      config: { appId: "a", notificationToken: "n".repeat(40), sdkVersion: "1.0" },
    });
    const error = await createChallenge(client, serviceSid, identity, { factorSid: factor.sid! }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 400 });
    expect(String((error as Error).message)).toContain("Details.Message");
  });
});
