/**
 * Verify Push's webhooks end to end: a Webhook registered on a Service of the local server, a push
 * factor created and verified and a challenge approved, each with an ES256 key made here; the
 * server posts the signed, form-encoded events to a test server on 127.0.0.1, where the generated
 * validators (and, independently, twilio-node's) accept them. Also what the server does not send:
 * to a disabled webhook, another Service's, a non-loopback URL; and a failed delivery is only logged.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createClient,
  parseWebhookEvent,
  validateRequest,
  validateWebhookRequest,
  type Client,
  type WebhookParams,
} from "twilio-verify-rest-client";
import { createChallenge, updateChallenge } from "twilio-verify-rest-client/challenges";
import { createFactor, deleteFactor, updateFactor } from "twilio-verify-rest-client/factors";
import { createService } from "twilio-verify-rest-client/services";
import { createWebhook } from "twilio-verify-rest-client/webhooks";
import { start, type MockServer } from "twilio-verify-rest-client/mock";

const twilio = createRequire(import.meta.url)("twilio/lib/webhooks/webhooks.js") as {
  validateRequest(token: string, signature: string, url: string, params: object): boolean;
};

const AUTH_TOKEN = "f".repeat(32);
const ACCOUNT_SID = "AC" + "e5".repeat(16);

/** One POST the test server received. */
interface Received {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

let server: MockServer;
let client: Client;
let receiver: Server;
let hookBase: string;
const received: Received[] = [];
const logged: string[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]),
      );
      received.push({ url: `${hookBase}${req.url ?? "/"}`, headers, body });
      res.writeHead(req.url?.startsWith("/fail") ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  hookBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  server = await start({ log: (message) => logged.push(message) });
  client = createClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, baseUrl: server.url });
});
afterAll(async () => {
  await server.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const b64url = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes as ArrayBuffer).toString("base64url");

/** A compact JWS signed ES256 over `claims`: what the device sends (the local server's push payload). */
async function signed(privateKey: CryptoKey, claims: Record<string, string>): Promise<string> {
  const encode = (value: object) => b64url(new TextEncoder().encode(JSON.stringify(value)));
  const head = `${encode({ alg: "ES256" })}.${encode(claims)}`;
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    privateKey,
    new TextEncoder().encode(head),
  );
  return `${head}.${b64url(signature)}`;
}

async function pushFactor(serviceSid: string, identity: string) {
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
  return { factor, keys };
}

const paramsOf = (body: string): WebhookParams => Object.fromEntries(new URLSearchParams(body));
const receivedAt = (path: string) => received.filter((r) => r.url.startsWith(`${hookBase}${path}`));

describe("Verify Push webhooks from the local server", () => {
  it("sends factor.created, factor.verified and challenge.approved, signed with the account's auth token", async () => {
    const serviceSid = (await createService(client, { friendlyName: "Hooks" })).sid!;
    const hookUrl = `${hookBase}/push/events?source=verify`;
    await createWebhook(client, serviceSid, {
      friendlyName: "backend",
      eventTypes: ["factor.created", "factor.verified", "challenge.approved"],
      webhookUrl: hookUrl,
    });
    const identity = "push-hooks-0001";
    const { factor, keys } = await pushFactor(serviceSid, identity);
    expect(factor.status).toBe("unverified");
    const verified = await updateFactor(client, serviceSid, identity, factor.sid!, {
      authPayload: await signed(keys.privateKey, { sid: factor.sid!, status: "verified" }),
      // The spec asks for the platform and token again on a push factor's update.
      config: { notificationPlatform: "fcm", notificationToken: "n".repeat(40) },
    });
    expect(verified.status).toBe("verified");
    const challenge = await createChallenge(client, serviceSid, identity, {
      factorSid: factor.sid!,
      details: { message: "Log in from Lisbon?", fields: [{ label: "IP", value: "203.0.113.7" }] },
    });
    const approved = await updateChallenge(client, serviceSid, identity, challenge.sid!, {
      authPayload: await signed(keys.privateKey, { sid: challenge.sid!, status: "approved" }),
    });
    expect(approved.status).toBe("approved");
    await server.webhooksSettled();

    const hooks = receivedAt("/push/");
    expect(hooks.map((h) => paramsOf(h.body)["type"]).sort()).toEqual([
      "challenge.approved",
      "factor.created",
      "factor.verified",
    ]);
    for (const hook of hooks) {
      expect(hook.url).toBe(hookUrl);
      expect(hook.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      const signature = hook.headers["x-twilio-signature"]!;
      const params = paramsOf(hook.body);
      expect(await validateRequest(AUTH_TOKEN, signature, hook.url, params)).toBe(true);
      expect(twilio.validateRequest(AUTH_TOKEN, signature, hook.url, params)).toBe(true);
      // Any other token, URL or parameter value is refused.
      expect(await validateRequest("0".repeat(32), signature, hook.url, params)).toBe(false);
      expect(await validateRequest(AUTH_TOKEN, signature, `${hook.url}&x=1`, params)).toBe(false);
      expect(await validateRequest(AUTH_TOKEN, signature, hook.url, { ...params, factor_sid: "YF0" })).toBe(
        false,
      );
    }

    const approval = hooks.find((h) => h.body.includes("challenge.approved"))!;
    const request = new Request(approval.url, {
      method: "POST",
      headers: approval.headers,
      body: approval.body,
    });
    const result = await validateWebhookRequest(request, AUTH_TOKEN);
    expect(result.valid).toBe(true);
    const event = result.event!;
    if (event.type !== "challenge.approved") throw new Error(`unexpected ${event.type}`);
    expect(event).toMatchObject({
      accountSid: ACCOUNT_SID,
      serviceSid,
      entityIdentity: identity,
      factorSid: factor.sid,
      factorType: "push",
      challengeSid: challenge.sid,
      challengeStatus: "approved",
    });
    expect(event.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.challengeDetails).toEqual({
      message: "Log in from Lisbon?",
      fields: [{ label: "IP", value: "203.0.113.7" }],
    });
    const forged = new Request(approval.url, {
      method: "POST",
      headers: approval.headers,
      body: approval.body.replace("approved", "denied"),
    });
    expect(await validateWebhookRequest(forged, AUTH_TOKEN)).toMatchObject({ valid: false, event: null });
  });

  it("sends to every event ('*'), not to a disabled webhook, another Service's, or off this machine", async () => {
    const serviceSid = (await createService(client, { friendlyName: "Hooks two" })).sid!;
    const otherSid = (await createService(client, { friendlyName: "Other" })).sid!;
    const hook = (webhookUrl: string, status: "enabled" | "disabled" = "enabled", sid = serviceSid) =>
      createWebhook(client, sid, { friendlyName: "h", eventTypes: ["*"], webhookUrl, status });
    await hook(`${hookBase}/all`);
    await hook(`${hookBase}/disabled`, "disabled");
    await hook(`${hookBase}/other`, "enabled", otherSid);
    await hook("http://203.0.113.9/never");
    await hook(`${hookBase}/fail`);
    const identity = "push-hooks-0002";
    const { factor } = await pushFactor(serviceSid, identity);
    await deleteFactor(client, serviceSid, identity, factor.sid!);
    await server.webhooksSettled();

    const all = receivedAt("/all").map((h) => parseWebhookEvent(paramsOf(h.body)));
    expect(all.map((e) => e.type).sort()).toEqual(["factor.created", "factor.deleted"]);
    expect(all.every((e) => "factorSid" in e && e.factorSid === factor.sid)).toBe(true);
    expect(receivedAt("/disabled")).toEqual([]);
    expect(receivedAt("/other")).toEqual([]);
    expect(logged.filter((m) => m.includes("203.0.113.9"))).toHaveLength(2);
    expect(logged.filter((m) => m.includes("only loopback"))).toHaveLength(2);
    // A webhook answered 500 is logged; the server goes on answering.
    expect(logged.filter((m) => m.includes("/fail") && m.includes("500"))).toHaveLength(2);
    expect((await createService(client, { friendlyName: "still up" })).sid).toMatch(/^VA/);
  });

  it("a delivery that cannot connect is logged and never reaches the request", async () => {
    const serviceSid = (await createService(client, { friendlyName: "Hooks three" })).sid!;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await createWebhook(client, serviceSid, {
      friendlyName: "gone",
      eventTypes: ["factor.created"],
      webhookUrl: `http://127.0.0.1:${port}/gone`,
    });
    const { factor } = await pushFactor(serviceSid, "push-hooks-0003");
    expect(factor.sid).toMatch(/^YF/);
    await server.webhooksSettled();
    expect(logged.some((m) => m.includes(`127.0.0.1:${port}/gone failed`))).toBe(true);
  });

  it("parseWebhookEvent refuses an event type the spec does not describe, and a missing required field", () => {
    expect(() => parseWebhookEvent({ type: "factor.renamed" })).toThrow(/unknown webhook event type/);
    expect(() => parseWebhookEvent({ type: "factor.created", uuid: "u" })).toThrow(/account_sid/);
  });
});
