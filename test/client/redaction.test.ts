/**
 * One redaction for every error the client raises, whatever the status: a body that echoes the
 * request's credentials (a 200 of the wrong shape, a 2xx that is not JSON, a 3xx whose Location
 * carries them, a 4xx or 5xx), for each credential pair, never puts them into the error's message,
 * excerpt, body, headers or cause.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createClient, fetchFactor } from "twilio-verify-rest-client";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  FACTOR_SID,
  fakeFetch,
  IDENTITY,
  json,
  SERVICE_SID,
} from "../helpers/fake-fetch.ts";

const API_KEY = "SK0123456789abcdef0123456789abcdef";
const API_SECRET = "s3cr3t-api-secret-value";
const PAIRS = [
  {
    name: "accountSid/authToken",
    user: ACCOUNT_SID,
    secret: AUTH_TOKEN,
    options: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN },
  },
  {
    name: "apiKey/apiSecret",
    user: API_KEY,
    secret: API_SECRET,
    options: { apiKey: API_KEY, apiSecret: API_SECRET, accountSid: ACCOUNT_SID },
  },
] as const;

/** Every form of the credentials an echo may carry. */
function secretForms(user: string, secret: string): string[] {
  const basic = Buffer.from(`${user}:${secret}`).toString("base64");
  return [secret, basic, encodeURIComponent(basic)];
}

function expectNoSecret(value: unknown, forms: readonly string[]) {
  const views = [
    JSON.stringify(value),
    inspect(value, { showHidden: true, depth: Infinity, getters: true }),
    String(value),
    value instanceof Error ? `${value.message}\n${value.stack}` : "",
  ];
  for (const view of views) for (const form of forms) expect(view).not.toContain(form);
}

describe("redaction, every status", () => {
  it.each(PAIRS)("$name: echoed credentials never reach an error", async ({ user, secret, options }) => {
    const basic = Buffer.from(`${user}:${secret}`).toString("base64");
    const echo = { authorization: `Basic ${basic}`, decoded: `${user}:${secret}` };
    const answers: (() => Response)[] = [
      () => json(200, { echo }), // a 200 of the wrong shape: the decoder's ResponseError
      () => json(200, [echo]),
      () => new Response(`<html>Authorization: Basic ${basic} (${user}:${secret})</html>`, { status: 200 }),
      () =>
        new Response(`moved: Basic ${basic}`, {
          status: 302,
          headers: { location: `https://login.example/?auth=${encodeURIComponent(basic)}&t=${secret}` },
        }),
      () =>
        json(404, {
          code: 20404,
          message: `not found for Basic ${basic}`,
          more_info: secret,
          status: 404,
          echo,
        }),
      () => new Response(`<pre>${user}:${secret} Basic ${basic}</pre>`, { status: 503 }),
    ];
    const errors: unknown[] = [];
    for (const answer of answers) {
      const client = createClient({ ...options, fetch: fakeFetch(answer).fetch, maxRetries: 0 });
      errors.push(await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch((e: unknown) => e));
    }
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "ResponseError",
      "ResponseError",
      "ResponseError",
      "ResponseError",
      "NotFoundError",
      "InternalServerError",
    ]);
    for (const error of errors) expectNoSecret(error, secretForms(user, secret));
    // The redacted places still say what happened.
    expect((errors[0] as { excerpt: string }).excerpt).toContain("[redacted]");
    expect((errors[3] as Error).message).toContain("https://login.example/");
  });
});
