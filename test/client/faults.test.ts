/** Retries, timeouts, aborts and error bodies. */
import { describe, expect, it } from "vitest";
import {
  ApiError,
  ConnectionError,
  createClient,
  createFactor,
  fetchFactor,
  InternalServerError,
  listFactors,
  NotFoundError,
  PaginationError,
  RateLimitError,
  TimeoutError,
  type ClientOptions,
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

type Respond = Parameters<typeof fakeFetch>[0];

function setup(respond: Respond, options: Partial<ClientOptions> = {}) {
  const fake = fakeFetch(respond);
  const client = createClient({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    fetch: fake.fetch,
    retryDelay: { baseMs: 1, maxMs: 4 },
    ...options,
  });
  return { client, requests: fake.requests };
}

const twilioError = (status: number, code: number, message: string) =>
  json(status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

/** A fetch answer that never settles until its signal aborts. */
function hang(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_, reject) =>
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true }),
  );
}

describe("retries", () => {
  it("retries 429 for POST, honouring Retry-After", async () => {
    const { client, requests } = setup((_, i) =>
      i === 0 ? twilioError(429, 20429, "Too many requests") : json(201, wireFactor()),
    );
    const started = Date.now();
    const r0 = setup((_, i) =>
      i === 0 ? new Response("", { status: 429, headers: { "Retry-After": "1" } }) : json(201, wireFactor()),
    );
    await createFactor(r0.client, SERVICE_SID, IDENTITY, TOTP_PARAMS);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(r0.requests).toHaveLength(2);
    await createFactor(client, SERVICE_SID, IDENTITY, TOTP_PARAMS);
    expect(requests).toHaveLength(2);
  });

  it("gives up on 429 after maxRetries with a RateLimitError", async () => {
    const { client, requests } = setup(() => twilioError(429, 20429, "Too many requests"), { maxRetries: 2 });
    const error = await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, kind: "rate-limited", code: 20429 });
    expect(requests).toHaveLength(3);
  });

  it("retries 500 and 503 for GET", async () => {
    const { client, requests } = setup((_, i) =>
      i === 0
        ? twilioError(500, 20500, "oops")
        : i === 1
          ? twilioError(503, 20503, "busy")
          : json(200, wireFactor()),
    );
    await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(requests).toHaveLength(3);
  });

  it("does not retry 5xx for POST", async () => {
    const { client, requests } = setup(() => twilioError(503, 20503, "busy"));
    await expect(createFactor(client, SERVICE_SID, IDENTITY, TOTP_PARAMS)).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(requests).toHaveLength(1);
  });

  it("retries a network failure for GET, then throws ConnectionError; never retries it for POST", async () => {
    const get = setup(() => new TypeError("fetch failed"), { maxRetries: 1 });
    await expect(fetchFactor(get.client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(get.requests).toHaveLength(2);
    const post = setup(() => new TypeError("fetch failed"));
    await expect(createFactor(post.client, SERVICE_SID, IDENTITY, TOTP_PARAMS)).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(post.requests).toHaveLength(1);
  });

  it("maxRetries per call overrides the client's", async () => {
    const { client, requests } = setup(() => twilioError(500, 20500, "oops"));
    await expect(
      fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, { maxRetries: 0 }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });
});

describe("timeouts and cancellation", () => {
  it("times out a request that does not answer", async () => {
    const { client } = setup((_, __, signal) => hang(signal), { timeoutMs: 50 });
    const started = Date.now();
    await expect(fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("calls sharing the client's deadline each time out on time: never early by more than 1%, each with its own start", async () => {
    const timeoutMs = 400;
    const { client, requests } = setup((_, __, signal) => hang(signal), { timeoutMs });
    const ended: number[] = [];
    const call = async () => {
      const started = performance.now();
      await expect(fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBeInstanceOf(
        TimeoutError,
      );
      ended.push(performance.now() - started);
    };
    // Twenty calls at once share one deadline; one started well after them (more than 1% of the
    // timeout later) gets its own, so it does not end with the first twenty.
    const burst = Array.from({ length: 20 }, call);
    await new Promise((resolve) => setTimeout(resolve, timeoutMs / 4));
    const later = performance.now();
    let laterEnded = 0;
    const late = fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch(
      () => (laterEnded = performance.now()),
    );
    await Promise.all([...burst, late]);
    expect(requests).toHaveLength(21);
    for (const ms of ended) expect(ms).toBeGreaterThanOrEqual(timeoutMs * 0.99 - 1);
    expect(laterEnded - later).toBeGreaterThanOrEqual(timeoutMs * 0.99 - 1);
  });

  it("sequential calls reuse one shared signal for a bounded number of calls, and an idle client keeps no timer", async () => {
    const signals = new Set<AbortSignal | undefined>();
    // A timeout long enough that the whole loop falls within 1% of it, even on a loaded machine.
    const { client } = setup(
      (_, __, signal) => {
        signals.add(signal);
        return json(200, wireFactor());
      },
      { timeoutMs: 3_600_000 },
    );
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
    const before = timers();
    for (let i = 0; i < 600; i++) await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    // Shared (far fewer signals than calls), yet bounded: at most 256 calls per signal.
    expect(signals.size).toBeGreaterThanOrEqual(3);
    expect(signals.size).toBeLessThanOrEqual(10);
    expect(timers()).toBe(before);
  });

  it("a call joining an idle shared deadline still gets its whole timeout, less at most 1%", async () => {
    const timeoutMs = 400;
    const { client } = setup((_, index, signal) => (index === 0 ? json(200, wireFactor()) : hang(signal)), {
      timeoutMs,
    });
    await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    await new Promise((resolve) => setTimeout(resolve, 1));
    const started = performance.now();
    await expect(fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(timeoutMs * 0.99 - 1);
  });

  it("a call's own timeout or signal keeps its own deadline, whatever the shared one does", async () => {
    const { client } = setup((_, __, signal) => hang(signal), { timeoutMs: 5_000 });
    const started = performance.now();
    const shared = fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, { maxRetries: 0 }).catch(
      (e: unknown) => e,
    );
    await expect(
      fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, { timeoutMs: 50 }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(2_500);
    const controller = new AbortController();
    const aborted = fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, { signal: controller.signal });
    controller.abort(new Error("stop"));
    await expect(aborted).rejects.toThrow("stop");
    // The shared call is still pending: nothing above ended it.
    const state = await Promise.race([
      shared.then(() => "settled"),
      new Promise((r) => setTimeout(() => r("pending"), 50)),
    ]);
    expect(state).toBe("pending");
  });

  it("the time budget also ends a pending retry wait", async () => {
    const fake = fakeFetch(() => new Response("", { status: 503 }));
    const client = createClient({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      fetch: fake.fetch,
      retryDelay: { baseMs: 20_000 },
    });
    const started = Date.now();
    await expect(
      fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, { timeoutMs: 100 }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fake.requests).toHaveLength(1);
  });

  it("a Retry-After longer than the time left fails at once with the rate-limit error and its wait", async () => {
    const { client, requests } = setup(
      () => new Response("", { status: 429, headers: { "Retry-After": "1000000000" } }),
    );
    const started = Date.now();
    const error = await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, { timeoutMs: 10_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(1_000_000_000);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(requests).toHaveLength(1);
  });

  it("an AbortSignal cancels the request and a pending retry wait", async () => {
    const inflight = setup((_, __, signal) => hang(signal));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user cancelled")), 30);
    await expect(
      fetchFactor(inflight.client, SERVICE_SID, IDENTITY, FACTOR_SID, { signal: controller.signal }),
    ).rejects.toThrow("user cancelled");

    const waiting = setup(() => new Response("", { status: 429, headers: { "Retry-After": "5" } }));
    const second = new AbortController();
    setTimeout(() => second.abort(new Error("stop waiting")), 50);
    const started = Date.now();
    await expect(
      fetchFactor(waiting.client, SERVICE_SID, IDENTITY, FACTOR_SID, { signal: second.signal }),
    ).rejects.toThrow("stop waiting");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(waiting.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const { client, requests } = setup(() => json(200, wireFactor()));
    await expect(
      fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID, {
        signal: AbortSignal.abort(new Error("early")),
      }),
    ).rejects.toThrow("early");
    expect(requests).toHaveLength(0);
  });
});

describe("error bodies", () => {
  it("builds ApiError from Twilio's error body and request id", async () => {
    const { client } = setup(() =>
      json(
        404,
        {
          code: 20404,
          message: "The requested resource was not found",
          more_info: "https://www.twilio.com/docs/errors/20404",
          status: 404,
          details: { hint: "x" },
        },
        { "Twilio-Request-Id": "RQabc" },
      ),
    );
    const error = (await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      kind: "not-found",
      code: 20404,
      moreInfo: "https://www.twilio.com/docs/errors/20404",
      details: { hint: "x" },
      requestId: "RQabc",
    });
    expect(error.message).toContain("The requested resource was not found");
  });

  it("a non-JSON error body still gives a useful ApiError", async () => {
    const { client } = setup(() => new Response("<html>Bad gateway</html>", { status: 502 }), {
      maxRetries: 0,
    });
    const error = (await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 502,
      kind: "server",
      code: null,
      body: null,
      rawBody: "<html>Bad gateway</html>",
    });
    expect(error.message).toContain("HTTP 502");
    expect(error.message).toContain("Bad gateway");
  });

  it("an empty error body still gives a useful ApiError", async () => {
    const { client } = setup(() => new Response(null, { status: 403 }));
    const error = (await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toMatchObject({ status: 403, kind: "forbidden", code: null });
    expect(error.message).toContain("no response body");
  });

  it.each([
    [400, "BadRequestError", "bad-request"],
    [401, "AuthenticationError", "unauthorized"],
    [409, "ConflictError", "conflict"],
  ])("status %i is a %s", async (status, name, kind) => {
    const { client } = setup(() => twilioError(status, 20000 + status, "nope"));
    const error = (await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.name).toBe(name);
    expect(error.kind).toBe(kind);
  });
});

describe("next page links", () => {
  it("refuses a next_page_url on another origin, without a request", async () => {
    const meta = {
      page: 0,
      page_size: 1,
      key: "factors",
      next_page_url: "https://evil.example.com/v2/steal?Page=1",
    };
    const { client, requests } = setup(() => json(200, { factors: [wireFactor()], meta }));
    const page = await listFactors(client, SERVICE_SID, IDENTITY);
    expect(page.hasNextPage).toBe(true);
    await expect(page.nextPage()).rejects.toBeInstanceOf(PaginationError);
    await expect(page.nextPage()).rejects.toThrow("https://evil.example.com");
    expect(requests).toHaveLength(1);
  });

  it("refuses to go past the last page", async () => {
    const { client } = setup(() =>
      json(200, { factors: [], meta: { page: 0, key: "factors", next_page_url: null } }),
    );
    const page = await listFactors(client, SERVICE_SID, IDENTITY);
    await expect(page.nextPage()).rejects.toBeInstanceOf(PaginationError);
  });
});
