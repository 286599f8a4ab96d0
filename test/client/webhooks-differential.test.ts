/**
 * The generated webhook validators against twilio-node's own `validateRequest` and
 * `validateRequestWithBody` on generated cases: genuine signatures (signed with and without the
 * default port, as received or as normalized), tampered parameters, URLs, tokens and signatures,
 * repeated keys, Unicode and awkward query strings. Each case must get twilio-node's verdict.
 */
import fc from "fast-check";
import { createRequire } from "node:module";
import { parse, stringify } from "node:querystring";
import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { validateRequest, validateRequestWithBody } from "twilio-verify-rest-client";
import { signWebhook } from "../../generator/runtime/webhooks.ts";

type Params = Record<string, string | string[]>;
interface TwilioWebhooks {
  validateRequest(token: string, signature: string, url: string, params: Params): boolean;
  validateRequestWithBody(token: string, signature: string, url: string, body: string): boolean;
  getExpectedTwilioSignature(token: string, url: string, params: Params): string;
  getExpectedBodyHash(body: string): string;
}
const twilio = createRequire(import.meta.url)("twilio/lib/webhooks/webhooks.js") as TwilioWebhooks;

// Bounded: each property's case count is fixed, whatever the machine.
const RUNS = 1500;

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.constantFrom("", "'", "a b", "a+b", "%27", "%zz", "é", "日本", "😀", "1", "10", "__proto__", "=", "&"),
);
const token = fc.oneof(fc.stringMatching(/^[0-9a-f]{32}$/), text);
const params: fc.Arbitrary<Params> = fc.dictionary(
  fc.oneof(fc.constantFrom("To", "From", "Body", "1", "2", "a", "A", "_", "é"), text),
  fc.oneof(text, fc.array(fc.constantFrom("x", "y", "x", "é", "", "1"), { maxLength: 4 })),
  { maxKeys: 6 },
);
const segment = fc.oneof(
  fc.constantFrom("hook", "a b", "it's", "%41", "é", "~user", "x;y", "a%2Fb"),
  fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/),
);
const queryPart = fc.tuple(
  fc.constantFrom("a", "b", "a", "q", "it's", "é", "x+y", "%zz", "1"),
  fc.oneof(
    fc.constantFrom("", "1", "a b", "it's", "%27", "é", "+", "%E2%82%AC"),
    fc.string({ maxLength: 5 }),
  ),
);
const url = fc
  .record({
    scheme: fc.constantFrom("http", "https", "HTTPS"),
    user: fc.constantFrom("", "user:pass@"),
    host: fc.constantFrom("example.com", "Example.COM", "127.0.0.1", "[::1]", "hooks.example.org"),
    port: fc.constantFrom("", ":80", ":443", ":8080"),
    path: fc.array(segment, { maxLength: 3 }),
    query: fc.option(fc.array(queryPart, { maxLength: 4 }), { nil: null }),
  })
  .map(({ scheme, user, host, port, path, query }) => {
    const q = query === null ? "" : `?${query.map(([k, v]) => `${k}=${v}`).join("&")}`;
    return `${scheme}://${user}${host}${port}/${path.join("/")}${q}`;
  })
  .filter((u) => URL.canParse(u));

/** The URL with its query re-encoded by Node's legacy querystring, as some back ends signed it. */
const legacy = (u: string): string => {
  const q = u.indexOf("?");
  return q === -1 || q === u.length - 1 ? u : `${u.slice(0, q)}?${stringify(parse(u.slice(q + 1)))}`;
};

/** A URL Twilio may have signed for the one received: itself, without or with the port, normalized, or re-encoded. */
const signedForm = (received: string, how: number): string => {
  const normalized = new URL(received).toString();
  const forms = [
    received,
    received.replace(/^([a-z]+:\/\/[^/]*?)(:\d+)?(\/)/i, "$1$3"),
    received.replace(
      /^(https?):\/\/([^/:]*?)(\/)/i,
      (_m, s: string, h: string) => `${s}://${h}${s.toLowerCase() === "https" ? ":443" : ":80"}/`,
    ),
    normalized,
    legacy(normalized),
  ];
  return forms[how % forms.length]!;
};

const tamper = fc.constantFrom("none", "param", "url", "token", "signature", "drop-param", "add-param");

describe("webhook signatures agree with twilio-node", () => {
  it(`validateRequest: ${RUNS} cases`, async () => {
    let genuine = 0;
    await fc.assert(
      fc.asyncProperty(
        token,
        url,
        params,
        fc.nat(7),
        tamper,
        text,
        async (tok, received, p, how, t, extra) => {
          const signed = signedForm(received, how);
          let signature = twilio.getExpectedTwilioSignature(tok, signed, p);
          let sent: Params = p;
          let at = received;
          let key = tok;
          if (t === "param") sent = { ...p, [Object.keys(p)[0] ?? "To"]: `${extra}!` };
          if (t === "drop-param") sent = Object.fromEntries(Object.entries(p).slice(1));
          if (t === "add-param") sent = { ...p, Extra: extra };
          if (t === "url")
            at = `${received}${received.includes("?") ? "&" : "?"}x=${encodeURIComponent(extra)}`;
          if (t === "token") key = `${tok}x`;
          if (t === "signature")
            signature = signature.slice(0, -2) + (signature.endsWith("A=") ? "B=" : "A=");
          const expected = twilio.validateRequest(key, signature, at, sent);
          if (expected) genuine++;
          expect(await validateRequest(key, signature, at, sent)).toBe(expected);
        },
      ),
      { numRuns: RUNS, seed: 35 },
    );
    // Both verdicts occur often: the cases test acceptance as well as refusal.
    expect(genuine).toBeGreaterThan(RUNS / 8);
    expect(genuine).toBeLessThan(RUNS - RUNS / 8);
  });

  it(`validateRequestWithBody: ${RUNS} cases`, async () => {
    let genuine = 0;
    const body = fc.oneof(
      fc.json(),
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.constant('{"type":"challenge.approved"}'),
    );
    await fc.assert(
      fc.asyncProperty(token, url, body, fc.nat(7), tamper, async (tok, base, raw, how, t) => {
        const hashed = `${base}${base.includes("?") ? "&" : "?"}bodySHA256=${twilio.getExpectedBodyHash(raw)}`;
        const signature = twilio.getExpectedTwilioSignature(tok, signedForm(hashed, how), {});
        const sentBody = t === "param" ? `${raw} ` : raw;
        const key = t === "token" ? `${tok}x` : tok;
        const at = t === "url" ? hashed.replace(/bodySHA256=./, "bodySHA256=0") : hashed;
        const expected = twilio.validateRequestWithBody(key, signature, at, sentBody);
        if (expected) genuine++;
        expect(await validateRequestWithBody(key, signature, at, sentBody)).toBe(expected);
      }),
      { numRuns: RUNS, seed: 35 },
    );
    expect(genuine).toBeGreaterThan(RUNS / 8);
    expect(genuine).toBeLessThan(RUNS - RUNS / 8);
  });

  it("a missing or empty signature is refused, as twilio-node refuses it", async () => {
    const u = "https://example.com/hook";
    expect(twilio.validateRequest("token", "", u, {})).toBe(false);
    expect(await validateRequest("token", "", u, {})).toBe(false);
    expect(await validateRequest("token", null, u, {})).toBe(false);
  });

  it("a spec's hmac-sha256 scheme signs with SHA-256 (node:crypto as the oracle), repeated keys sorted", async () => {
    const scheme = { header: "X-Shop-Signature", algorithm: "HMAC-SHA256", bodyHashParameter: null } as const;
    const params = { b: ["2", "1", "2"], a: "é" };
    const expected = createHmac("sha256", "k")
      .update("https://shop.example/hooka\u00e9b1b2", "utf8")
      .digest("base64");
    expect(await signWebhook(scheme, "k", "https://shop.example/hook", params)).toBe(expected);
  });
});
