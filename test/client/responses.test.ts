/**
 * Hardening of the client: a 2xx body the operation cannot use is a typed ResponseError (never a
 * TypeError), redirects are never followed, a page URL that repeats ends the stream, and text copied
 * into an error never carries the credentials.
 */
import { describe, expect, it } from "vitest";
import {
  createClient,
  fetchFactor,
  listFactors,
  ResponseError,
  PaginationError,
  ApiError,
  streamFactors,
  createFactor,
} from "twilio-verify-rest-client";
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

const BASE = `https://verify.twilio.com/v2/Services/${SERVICE_SID}/Entities/${IDENTITY}/Factors`;
const meta = (next: string | null) => ({
  page: 0,
  page_size: 1,
  first_page_url: BASE,
  previous_page_url: null,
  url: BASE,
  next_page_url: next,
  key: "factors",
});

function setup(respond: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(respond);
  return {
    client: createClient({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      fetch: fake.fetch,
      retryDelay: { baseMs: 1, maxMs: 2 },
    }),
    requests: fake.requests,
  };
}

describe("a 2xx body the operation cannot use", () => {
  it.each([
    ["not JSON", () => new Response("<html>oops</html>", { status: 200 }), "a body that is not JSON"],
    ["truncated JSON", () => new Response('{"sid": "YF', { status: 200 }), "a body that is not JSON"],
    ["empty", () => new Response("", { status: 200 }), "an empty body"],
    ["null", () => json(200, null), "null where a JSON object was expected"],
    ["an array", () => json(200, [1, 2, 3]), "a JSON array where a JSON object was expected"],
  ])("%s: ResponseError with status, request id and an excerpt", async (_, respond, problem) => {
    const { client } = setup(() => {
      const r = respond();
      r.headers.set("Twilio-Request-Id", "RQ1");
      return r;
    });
    const error = await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toMatchObject({ status: 200, requestId: "RQ1" });
    expect((error as Error).message).toContain(problem);
  });

  it.each([
    ["meta missing", { factors: [] }, "'meta' is missing"],
    ["meta null", { factors: [], meta: null }, "'meta' is not an object"],
    ["items not an array", { factors: {}, meta: meta(null) }, "'factors' is not an array"],
    ["a null item", { factors: [wireFactor(), null], meta: meta(null) }, "item 1 is not an object"],
  ])("a page with %s: ResponseError naming it", async (_, body, problem) => {
    const { client } = setup(() => json(200, body));
    const error = await listFactors(client, SERVICE_SID, IDENTITY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toContain(problem);
  });
});

describe("redirects and loops", () => {
  it("a redirect is a ResponseError, and nothing (body, credentials) is sent to its target", async () => {
    const { client, requests } = setup(
      () => new Response(null, { status: 307, headers: { location: "https://evil.example/steal" } }),
    );
    const error = await createFactor(client, SERVICE_SID, IDENTITY, TOTP_PARAMS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toContain("https://evil.example/steal");
    expect(requests.map((r) => r.url)).toEqual([BASE]);
  });

  it("the client asks fetch not to follow redirects", async () => {
    let mode: RequestRedirect | undefined;
    const client = createClient({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      fetch: async (_input, init) => {
        mode = init?.redirect;
        return json(200, wireFactor());
      },
    });
    await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(mode).toBe("manual");
  });

  it("a next page URL that points back at itself ends the stream with a PaginationError", async () => {
    const self = `${BASE}?PageSize=1&Page=0`;
    const { client, requests } = setup(() => json(200, { factors: [wireFactor()], meta: meta(self) }));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const f of streamFactors(client, SERVICE_SID, IDENTITY)) seen.push(f.sid!);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(requests.length).toBeLessThanOrEqual(3);
    expect(seen.length).toBeLessThanOrEqual(2);
  });
});

describe("page numbers", () => {
  // Each page links to a new URL, so only the metadata's page numbers show the stream going round.
  const pages = (numbers: readonly number[]) => {
    let call = 0;
    return setup(() => {
      const i = call++;
      const next = i + 1 < numbers.length ? `${BASE}?PageSize=1&Page=${i + 1}&PageToken=T${i + 1}` : null;
      return json(200, { factors: [wireFactor()], meta: { ...meta(next), page: numbers[i] } });
    });
  };
  const drain = async (client: ReturnType<typeof setup>["client"]) => {
    let count = 0;
    const error = await (async () => {
      for await (const _ of streamFactors(client, SERVICE_SID, IDENTITY)) count++;
    })().catch((e: unknown) => e);
    return { count, error };
  };

  it("a next page numbered no higher than the one before ends the stream with a PaginationError", async () => {
    const { client, requests } = pages([0, 1, 1, 2, 3]);
    const { count, error } = await drain(client);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain("the page after page 1 is numbered 1");
    expect(requests).toHaveLength(3);
    expect(count).toBe(2);
  });

  it("pages numbered in order stream to the end", async () => {
    const { client, requests } = pages([0, 1, 2, 3]);
    expect(await drain(client)).toEqual({ count: 4, error: undefined });
    expect(requests).toHaveLength(4);
  });
});

describe("credentials in error text", () => {
  it("an error page that echoes the Authorization header shows them redacted", async () => {
    const header = "Basic " + btoa(`${ACCOUNT_SID}:${AUTH_TOKEN}`);
    const { client } = setup(
      () => new Response(`<pre>Authorization: ${header}\npassword=${AUTH_TOKEN}</pre>`, { status: 400 }),
    );
    const error = (await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    for (const text of [error.message, error.rawBody, JSON.stringify(error)]) {
      expect(text).not.toContain(AUTH_TOKEN);
      expect(text).not.toContain(header.slice(6));
    }
    expect(error.rawBody).toContain("[redacted]");
  });
});
