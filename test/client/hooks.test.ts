/**
 * Hooks, the retry policy, idempotency keys and the logger (issue 36), on the wire: the Verify
 * package's Factor operations (no operation of Verify declares an idempotency key) through a
 * recording fetch, the servers fixture's Mirror API (CreateMirror takes its key in a header,
 * UploadMirror in a body field) through a recording fetch and through a server on 127.0.0.1 that
 * resets a connection.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  ApiError,
  ConnectionError,
  createClient,
  createFactor,
  fetchFactor,
  InternalServerError,
  type ClientOptions,
  type LogEntry,
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
import { FIXTURE_PACKAGES, FIXTURES } from "../helpers/paths.ts";

type Respond = Parameters<typeof fakeFetch>[0];
type Api = Record<string, any>;

const mirrorApi: Api = await import(pathToFileURL(join(FIXTURE_PACKAGES, "servers/dist/index.js")).href);
const MIRROR_SID = "MR0123456789abcdef";
const MIRROR = { sid: MIRROR_SID, label: "a" };

function verify(respond: Respond, options: Partial<ClientOptions> = {}) {
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

function mirror(respond: Respond, options: Record<string, unknown> = {}) {
  const fake = fakeFetch(respond);
  const client = mirrorApi["createClient"]({
    fetch: fake.fetch,
    retryDelay: { baseMs: 1, maxMs: 1 },
    ...options,
  });
  return { client, requests: fake.requests };
}

/** Answers `status` to the first `failures` requests, then `ok`. */
const failing =
  (failures: number, status: number, ok: () => Response): Respond =>
  (_, i) =>
    i < failures ? json(status, { code: status, message: "busy" }) : ok();

/** An error as Node's fetch throws it for a failed connection: its code on the cause. */
function networkError(code: string): Error {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ${code}`), { code }) });
}

describe("hooks", () => {
  it("beforeRequest sees each attempt's request, may change its headers, and may replace it", async () => {
    const seen: [string, number, string, string | undefined][] = [];
    const { client, requests } = verify(
      failing(1, 503, () => json(200, wireFactor())),
      {
        hooks: {
          beforeRequest: [
            ({ operationId, attempt, request }) => {
              seen.push([operationId, attempt, request.method, request.headers["Authorization"]]);
              request.headers["X-Trace"] = `t${attempt}`;
            },
            // The second sees what the first left, and replaces the request.
            ({ request }) => ({
              ...request,
              url: `${request.url}?via=hook`,
              headers: { ...request.headers, "X-Second": request.headers["X-Trace"]! },
            }),
          ],
        },
      },
    );
    await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    const basic = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`;
    expect(seen).toEqual([
      ["FetchFactor", 1, "GET", basic],
      ["FetchFactor", 2, "GET", basic],
    ]);
    expect(requests.map((r) => [new URL(r.url).search, r.headers["x-trace"], r.headers["x-second"]])).toEqual(
      [
        ["?via=hook", "t1", "t1"],
        ["?via=hook", "t2", "t2"],
      ],
    );
  });

  it("afterResponse sees every response, retried ones too; onRetry each retry; onError the final error, once", async () => {
    const events: string[] = [];
    const { client, requests } = verify(
      failing(9, 503, () => json(200, wireFactor())),
      {
        maxRetries: 2,
        hooks: {
          afterResponse: ({ operationId, attempt, response, durationMs }) => {
            expect(durationMs).toBeGreaterThanOrEqual(0);
            events.push(`after ${operationId} #${attempt} ${response.status}`);
          },
          onRetry: ({ attempt, status, error, delayMs, request }) => {
            expect(delayMs).toBeGreaterThanOrEqual(0);
            expect(error).toBeNull();
            events.push(`retry #${attempt} ${status} ${request.method}`);
          },
          onError: ({ attempt, error, request }) =>
            events.push(`error #${attempt} ${(error as ApiError).status} ${request?.method}`),
        },
      },
    );
    const error = await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(3);
    expect(events).toEqual([
      "after FetchFactor #1 503",
      "retry #1 503 GET",
      "after FetchFactor #2 503",
      "retry #2 503 GET",
      "after FetchFactor #3 503",
      "error #3 503 GET",
    ]);
  });

  it("onRetry is told the connection failure a retry follows; onError a ConnectionError", async () => {
    const retried: unknown[] = [];
    const failed: unknown[] = [];
    const cause = networkError("ECONNRESET");
    const { client } = verify(() => cause, {
      maxRetries: 1,
      hooks: {
        onRetry: ({ status, error }) => void retried.push([status, error]),
        onError: ({ error }) => void failed.push(error),
      },
    });
    await expect(fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(retried).toEqual([[null, cause]]);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toBeInstanceOf(ConnectionError);
  });

  it("runs async hooks to completion before the request goes", async () => {
    const { client, requests } = verify(() => json(200, wireFactor()), {
      hooks: {
        beforeRequest: async ({ request }) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          request.headers["X-Late"] = "yes";
        },
      },
    });
    await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(requests[0]!.headers["x-late"]).toBe("yes");
  });

  describe("an exception in a hook ends the call with it, as thrown", () => {
    it("in beforeRequest: nothing is sent, onError is not told", async () => {
      const thrown = new Error("refused by policy");
      const told: unknown[] = [];
      const { client, requests } = verify(() => json(200, wireFactor()), {
        hooks: {
          beforeRequest: () => {
            throw thrown;
          },
          onError: ({ error }) => void told.push(error),
        },
      });
      await expect(fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBe(thrown);
      expect(requests).toHaveLength(0);
      expect(told).toEqual([]);
    });

    it("in afterResponse or onRetry: no retry follows", async () => {
      for (const kind of ["afterResponse", "onRetry"] as const) {
        const thrown = new Error(`${kind} failed`);
        const { client, requests } = verify(
          failing(1, 503, () => json(200, wireFactor())),
          {
            hooks: { [kind]: async () => Promise.reject(thrown) },
          },
        );
        await expect(fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBe(thrown);
        expect(requests).toHaveLength(1);
      }
    });

    it("in onError: it replaces the call's error", async () => {
      const thrown = new Error("wrapped");
      const { client } = verify(() => json(404, { code: 20404, message: "gone" }), {
        hooks: {
          onError: () => {
            throw thrown;
          },
        },
      });
      await expect(fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBe(thrown);
    });
  });

  it("refuses hooks that are not functions, at createClient", () => {
    expect(() => verify(() => json(200, {}), { hooks: { onRetry: "log" as never } })).toThrow(
      /hooks.onRetry must be a function or an array of functions/,
    );
  });
});

describe("logger", () => {
  it("records method, URL, status and timing of every attempt, credentials redacted", async () => {
    const entries: LogEntry[] = [];
    // The identity is the auth token: the URL carries a credential the logger must not show.
    const { client } = verify(
      (_, i) => (i === 0 ? networkError(`ECONNRESET near ${AUTH_TOKEN}`) : json(200, wireFactor())),
      { logger: (entry) => void entries.push(entry) },
    );
    await fetchFactor(client, SERVICE_SID, AUTH_TOKEN, FACTOR_SID);
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toContain(AUTH_TOKEN);
    const url = `https://verify.twilio.com/v2/Services/${SERVICE_SID}/Entities/[redacted]/Factors/${FACTOR_SID}`;
    expect(
      entries.map(({ durationMs, ...rest }) => (expect(durationMs).toBeGreaterThanOrEqual(0), rest)),
    ).toEqual([
      { operationId: "FetchFactor", attempt: 1, method: "GET", url, status: null, error: "fetch failed" },
      { operationId: "FetchFactor", attempt: 2, method: "GET", url, status: 200, error: null },
    ]);
  });

  it("redacts a credential from a failure's message", async () => {
    const entries: LogEntry[] = [];
    const { client } = verify(() => new Error(`socket hang up (${AUTH_TOKEN})`), {
      maxRetries: 0,
      logger: (entry) => void entries.push(entry),
    });
    await expect(fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(entries.map((e) => e.error)).toEqual(["socket hang up ([redacted])"]);
  });
});

describe("retry policy", () => {
  it("is today's behaviour by default: 5xx and connection failures for reads, 429 for writes", async () => {
    const read = verify(failing(1, 500, () => json(200, wireFactor())));
    await fetchFactor(read.client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(read.requests).toHaveLength(2);
    const write = verify(failing(1, 429, () => json(201, wireFactor())));
    await createFactor(write.client, SERVICE_SID, IDENTITY, TOTP_PARAMS);
    expect(write.requests).toHaveLength(2);
    expect(read.client.retry).toEqual({
      maxRetries: 2,
      statuses: [429, "5xx"],
      networkErrors: "any",
      baseDelayMs: 1,
      maxDelayMs: 4,
    });
  });

  it("retries the statuses it lists, and no others", async () => {
    const options = { retry: { statuses: [502, "4xx"] } } as const;
    const listed = verify(
      failing(1, 502, () => json(200, wireFactor())),
      options,
    );
    await fetchFactor(listed.client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(listed.requests).toHaveLength(2);
    const family = verify(
      failing(1, 409, () => json(200, wireFactor())),
      options,
    );
    await fetchFactor(family.client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(family.requests).toHaveLength(2);
    const unlisted = verify(
      failing(1, 503, () => json(200, wireFactor())),
      options,
    );
    await expect(fetchFactor(unlisted.client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toMatchObject({
      status: 503,
    });
    expect(unlisted.requests).toHaveLength(1);
  });

  it("retries the network error codes it lists (on the error or a cause), and no others", async () => {
    const options = { retry: { networkErrors: ["ECONNRESET"] } };
    const listed = verify(
      (_, i) => (i === 0 ? networkError("ECONNRESET") : json(200, wireFactor())),
      options,
    );
    await fetchFactor(listed.client, SERVICE_SID, IDENTITY, FACTOR_SID);
    expect(listed.requests).toHaveLength(2);
    const unlisted = verify(
      (_, i) => (i === 0 ? networkError("ECONNREFUSED") : json(200, wireFactor())),
      options,
    );
    await expect(fetchFactor(unlisted.client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(unlisted.requests).toHaveLength(1);
  });

  it("caps the attempts at maxRetries + 1, per client and per call", async () => {
    const always503 = () => json(503, { code: 20503, message: "busy" });
    const client = verify(always503, { retry: { maxRetries: 4 } });
    await expect(fetchFactor(client.client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toMatchObject({
      status: 503,
    });
    expect(client.requests).toHaveLength(5);
    const call = verify(always503, { retry: { maxRetries: 4 } });
    await expect(
      fetchFactor(call.client, SERVICE_SID, IDENTITY, FACTOR_SID, { retry: { maxRetries: 1 } }),
    ).rejects.toMatchObject({ status: 503 });
    expect(call.requests).toHaveLength(2);
    // The policy's own field wins over the older option of the same meaning.
    const both = verify(always503, { maxRetries: 5, retry: { maxRetries: 0 } });
    await expect(fetchFactor(both.client, SERVICE_SID, IDENTITY, FACTOR_SID)).rejects.toMatchObject({
      status: 503,
    });
    expect(both.requests).toHaveLength(1);
  });

  it("waits within the backoff's cap", async () => {
    const delays: number[] = [];
    const { client } = verify(
      failing(3, 503, () => json(200, wireFactor())),
      {
        retry: { maxRetries: 3, baseDelayMs: 2, maxDelayMs: 5 },
        hooks: { onRetry: ({ delayMs }) => void delays.push(delayMs) },
      },
    );
    await fetchFactor(client, SERVICE_SID, IDENTITY, FACTOR_SID);
    // Ceilings 2, 4, then 5 (capped); each wait lies in the upper half of its ceiling.
    expect(delays).toHaveLength(3);
    [2, 4, 5].forEach((ceiling, i) => {
      expect(delays[i]).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delays[i]).toBeLessThanOrEqual(ceiling);
    });
  });

  it("refuses a policy it cannot follow, at createClient", () => {
    expect(() => verify(() => json(200, {}), { retry: { statuses: [700] } })).toThrow(/retry.statuses/);
    expect(() => verify(() => json(200, {}), { retry: { maxRetries: -1 } })).toThrow(/retry.maxRetries/);
    expect(() => verify(() => json(200, {}), { retry: { networkErrors: "some" as never } })).toThrow(
      /retry.networkErrors/,
    );
  });
});

describe("idempotency", () => {
  it("a write without a declared key is not retried after a 5xx or a connection failure, however the policy reads", async () => {
    const status = verify(
      failing(1, 503, () => json(201, wireFactor())),
      { retry: { statuses: ["5xx"] } },
    );
    await expect(createFactor(status.client, SERVICE_SID, IDENTITY, TOTP_PARAMS)).rejects.toMatchObject({
      status: 503,
    });
    expect(status.requests).toHaveLength(1);
    const network = verify((_, i) => (i === 0 ? networkError("ECONNRESET") : json(201, wireFactor())));
    await expect(createFactor(network.client, SERVICE_SID, IDENTITY, TOTP_PARAMS)).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(network.requests).toHaveLength(1);
    expect(status.requests[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  it("a header key is the same on every retry of one call and differs between calls", async () => {
    const { client, requests } = mirror((_, i) =>
      i % 3 < 2 ? json(503, { message: "busy" }) : json(201, MIRROR),
    );
    await mirrorApi["createMirror"](client, { label: "a" });
    await mirrorApi["createMirror"](client, { label: "a" });
    const keys = requests.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(6);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(new Set(keys.slice(3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it("takes the caller's key, from the call's options or its own header", async () => {
    const { client, requests } = mirror(() => json(201, MIRROR));
    await mirrorApi["createMirror"](client, { label: "a" }, { idempotencyKey: "order-1" });
    await mirrorApi["createMirror"](client, { label: "a" }, { headers: { "idempotency-key": "order-2" } });
    expect(requests.map((r) => r.headers["idempotency-key"])).toEqual(["order-1", "order-2"]);
  });

  it("a body-field key is the same on every retry, the caller's when given, and the write retried after a connection failure", async () => {
    const { client, requests } = mirror((_, i) =>
      i === 0 ? networkError("ECONNRESET") : i === 1 ? json(500, { message: "oops" }) : json(200, MIRROR),
    );
    await mirrorApi["uploadMirror"](client, MIRROR_SID, { label: "b" });
    const keys = requests.map((r) => new URLSearchParams(r.body ?? "").get("IdempotencyKey"));
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    await mirrorApi["uploadMirror"](client, MIRROR_SID, { label: "b", idempotencyKey: "mine" });
    await mirrorApi["uploadMirror"](client, MIRROR_SID, { label: "b" }, { idempotencyKey: "given" });
    expect(requests.slice(3).map((r) => r.body)).toEqual([
      "Label=b&IdempotencyKey=mine",
      "Label=b&IdempotencyKey=given",
    ]);
  });
});

describe("on a real connection (127.0.0.1)", () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

  /** A server that resets the first connection it gets and answers the others with a Mirror; records each request's head. */
  async function resetting(): Promise<{ url: string; heads: string[] }> {
    const heads: string[] = [];
    let connections = 0;
    const server = createServer((socket: Socket) => {
      const first = connections++ === 0;
      let head = "";
      socket.on("data", (chunk) => {
        head += chunk.toString("latin1");
        if (!head.includes("\r\n\r\n")) return;
        heads.push(head);
        if (first) return void socket.resetAndDestroy();
        const body = JSON.stringify(MIRROR);
        socket.end(
          `HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
        );
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    return { url: `http://127.0.0.1:${port}`, heads };
  }

  it("retries ECONNRESET when the policy lists it, with the same idempotency key", async () => {
    const { url, heads } = await resetting();
    const client = mirrorApi["createClient"]({
      baseUrl: url,
      timeoutMs: 60_000,
      retry: { networkErrors: ["ECONNRESET"], baseDelayMs: 1, maxDelayMs: 1 },
    });
    expect(await mirrorApi["createMirror"](client, { label: "a" })).toMatchObject({ sid: MIRROR_SID });
    const keys = heads.map((h) => /^idempotency-key: (.*)\r$/im.exec(h)?.[1]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });

  it("does not retry it when the policy lists other codes only", async () => {
    const { url, heads } = await resetting();
    const client = mirrorApi["createClient"]({
      baseUrl: url,
      timeoutMs: 60_000,
      retry: { networkErrors: ["ECONNREFUSED"], baseDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(mirrorApi["createMirror"](client, { label: "a" })).rejects.toMatchObject({
      name: "ConnectionError",
    });
    expect(heads).toHaveLength(1);
  });
});

describe("idempotency keys in the package's OpenAPI document", () => {
  it("each declared key is the operation's x-idempotency-key; an undeclared write has none", () => {
    const doc = parse(readFileSync(join(FIXTURES, "servers/expected/openapi.yaml"), "utf8")) as {
      paths: Record<string, Record<string, { operationId?: string; "x-idempotency-key"?: unknown }>>;
    };
    const keys = new Map(
      Object.values(doc.paths).flatMap((item) =>
        Object.values(item).map((op) => [op.operationId, op["x-idempotency-key"] ?? null] as const),
      ),
    );
    expect(keys.get("CreateMirror")).toEqual({ in: "header", name: "Idempotency-Key" });
    expect(keys.get("UploadMirror")).toEqual({ in: "body", name: "IdempotencyKey" });
    expect([...keys.values()].filter((k) => k !== null)).toHaveLength(2);
  });
});
