/** No error or client object ever reveals the auth token. */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createClient, createFactor, fetchFactor, listFactors } from "twilio-verify-rest-client";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  FACTOR_SID,
  fakeFetch,
  IDENTITY,
  json,
  SERVICE_SID,
  TOTP_PARAMS,
  wireFactor,
} from "../helpers/fake-fetch.ts";

const BASIC = Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64");

function expectNoSecret(value: unknown) {
  const views = [
    JSON.stringify(value),
    inspect(value, { showHidden: true, depth: Infinity, getters: true }),
    String(value),
    value instanceof Error ? `${value.message}\n${value.stack}` : "",
  ];
  for (const view of views) {
    expect(view).not.toContain(AUTH_TOKEN);
    expect(view).not.toContain(BASIC);
  }
}

describe("credentials stay secret", () => {
  it("in the client object", () => {
    const fake = fakeFetch(() => json(200, wireFactor()));
    const client = createClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    expectNoSecret(client);
    expectNoSecret(
      Object.getOwnPropertyNames(client).map((k) => (client as unknown as Record<string, unknown>)[k]),
    );
  });

  it("in every kind of error", async () => {
    const errors: unknown[] = [];
    const answers: (() => Response | Error)[] = [
      () => json(401, { code: 20003, message: "Authenticate", more_info: "x", status: 401 }),
      () => new Response("<html>oops</html>", { status: 500 }),
      () => new TypeError("fetch failed"),
    ];
    for (const answer of answers) {
      const fake = fakeFetch(answer);
      const client = createClient({
        accountSid: ACCOUNT_SID,
        authToken: AUTH_TOKEN,
        fetch: fake.fetch,
        maxRetries: 0,
      });
      errors.push(await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch((e: unknown) => e));
    }
    const slow = createClient({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      fetch: () => new Promise<Response>(() => {}),
      timeoutMs: 20,
    });
    errors.push(await fetchFactor(slow, SERVICE_SID, IDENTITY, FACTOR_SID).catch((e: unknown) => e));
    const client = createClient({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      fetch: fakeFetch(() =>
        json(200, {
          factors: [],
          meta: { page: 0, key: "factors", next_page_url: "https://evil.example/x" },
        }),
      ).fetch,
    });
    errors.push(await createFactor(client, SERVICE_SID, "x", TOTP_PARAMS).catch((e: unknown) => e));
    errors.push(await (await listFactors(client, SERVICE_SID, IDENTITY)).nextPage().catch((e: unknown) => e));
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "AuthenticationError",
      "InternalServerError",
      "ConnectionError",
      "TimeoutError",
      "ValidationError",
      "PaginationError",
    ]);
    for (const error of errors) expectNoSecret(error);
  });
});
