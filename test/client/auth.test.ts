/**
 * Every auth scheme, run for real: the fixture's Vault API (test/fixtures/auth/spec.yaml) has HTTP
 * Basic, a bearer token, API keys in a header, the query and a cookie, and two OAuth2
 * client-credentials schemes, each operation needing another. Requests are checked on the wire
 * (exactly the expected header, query parameter or cookie, nothing else); OAuth2 runs against the
 * fixture's local server and its token endpoint over loopback; secrets never reach an error.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fakeFetch, json, type RecordedRequest } from "../helpers/fake-fetch.ts";
import { FIXTURE_PACKAGES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const dist = join(FIXTURE_PACKAGES, "auth/dist");
const api: Api = await import(pathToFileURL(join(dist, "index.js")).href);
const mock: Api = await import(pathToFileURL(join(dist, "mock/index.js")).href);

const BASE = "https://vault.example.com";
const SID = "SE0123456789abcdef";
const SECRET = { sid: SID, label: "db", date_created: "2024-01-02T03:04:05Z" };
const LIST = { secrets: [SECRET], meta: { next_page_url: null } };
const CREDENTIAL_HEADERS = ["authorization", "x-api-key", "cookie"];

/** A client over a fetch that answers each request with a fitting 2xx body. */
function recording(options: Record<string, unknown>) {
  const fake = fakeFetch((r) => {
    const path = new URL(r.url).pathname;
    if (path === "/v1/Health") return json(200, { status: "ok" });
    if (path === "/v1/Rotations") return json(201, { sid: "RO0123456789abcdef" });
    if (r.method === "DELETE") return json(204, null);
    if (path === "/v1/Secrets" && r.method === "GET") return json(200, LIST);
    return json(r.method === "POST" && path === "/v1/Secrets" ? 201 : 200, SECRET);
  });
  return { client: api["createClient"]({ ...options, fetch: fake.fetch }), requests: fake.requests };
}

// The credentials a request carried: the credential headers it has, and its query.
function carried(r: RecordedRequest) {
  const headers = Object.fromEntries(
    CREDENTIAL_HEADERS.filter((h) => h in r.headers).map((h) => [h, r.headers[h]]),
  );
  return { headers, query: new URL(r.url).search };
}

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("each operation sends exactly the credentials its security names", () => {
  const all = {
    username: "ada",
    password: "pw-basic-0001",
    token: "tok-bearer-0001",
    apiKey: "key-header-0001",
    queryKey: "key query/0001",
    sessionKey: "key-cookie-0001",
    partnerToken: "tok-partner-0001",
  };

  it.each([
    [
      "createSecret (basic)",
      (c: unknown) => api["createSecret"](c, { label: "db" }),
      { authorization: basic("ada", "pw-basic-0001") },
      "",
    ],
    [
      "fetchSecret (API key in a header)",
      (c: unknown) => api["fetchSecret"](c, SID),
      { "x-api-key": "key-header-0001" },
      "",
    ],
    [
      "updateSecret (API key in the query)",
      (c: unknown) => api["updateSecret"](c, SID, { label: "x" }),
      {},
      "?api_key=key+query%2F0001",
    ],
    [
      "deleteSecret (API key in a cookie)",
      (c: unknown) => api["deleteSecret"](c, SID),
      { cookie: "vault_session=key-cookie-0001" },
      "",
    ],
    [
      "listSecrets (bearer token, its default)",
      (c: unknown) => api["listSecrets"](c),
      { authorization: "Bearer tok-bearer-0001" },
      "",
    ],
    ["fetchHealth (no credentials)", (c: unknown) => api["fetchHealth"](c), {}, ""],
    [
      "createRotation (OAuth2 token with a header key, together)",
      (c: unknown) => api["createRotation"](c),
      { authorization: "Bearer tok-partner-0001", "x-api-key": "key-header-0001" },
      "",
    ],
  ] as const)("%s", async (_, call, headers, query) => {
    const { client, requests } = recording(all);
    await call(client);
    expect(requests).toHaveLength(1);
    expect(carried(requests[0]!)).toEqual({ headers, query });
  });

  it("uses the first alternative whose credentials the client has: an OAuth2 token before a bearer token", async () => {
    const { client, requests } = recording({ token: "tok-bearer-0001", accessToken: "tok-oauth-0001" });
    await api["listSecrets"](client);
    expect(requests[0]!.headers["authorization"]).toBe("Bearer tok-oauth-0001");
  });

  it("calls a token function for each request, and a caller's header never replaces a credential", async () => {
    let calls = 0;
    const { client, requests } = recording({
      token: async () => `tok-fn-${++calls}`,
      apiKey: "key-header-0001",
    });
    await api["listSecrets"](client);
    await api["listSecrets"](client, undefined, { headers: { Authorization: "Bearer mine", Cookie: "a=b" } });
    await api["fetchSecret"](client, SID, { headers: { "x-api-key": "other" } });
    expect(requests.map((r) => r.headers["authorization"] ?? null)).toEqual([
      "Bearer tok-fn-1",
      "Bearer tok-fn-2",
      null,
    ]);
    expect(requests[1]!.headers["cookie"]).toBeUndefined();
    expect(requests[2]!.headers["x-api-key"]).toBe("key-header-0001");
  });

  it("reads credentials from the environment where process.env has them", async () => {
    process.env["VAULT_API_KEY"] = "key-env-0001";
    try {
      const { client, requests } = recording({});
      await api["fetchSecret"](client, SID);
      expect(requests[0]!.headers["x-api-key"]).toBe("key-env-0001");
    } finally {
      delete process.env["VAULT_API_KEY"];
    }
  });
});

describe("missing or malformed credentials fail before any request", () => {
  it("an operation needing credentials the client lacks names the options that would do", async () => {
    const { client, requests } = recording({ apiKey: "key-header-0001" });
    await expect(api["createSecret"](client, { label: "db" })).rejects.toMatchObject({
      name: "ClientError",
      message: expect.stringContaining("username and password, or set VAULT_USERNAME and VAULT_PASSWORD"),
    });
    await expect(api["listSecrets"](client)).rejects.toThrow(
      /accessToken.*clientId and clientSecret.*; or token/,
    );
    expect(requests).toHaveLength(0);
  });

  it("createClient takes no credentials when some operation needs none, and refuses half of a pair or a wrong type", () => {
    expect(() => api["createClient"]({})).not.toThrow();
    expect(() => api["createClient"]({ username: "ada" })).toThrow(/password is required with username/);
    expect(() => api["createClient"]({ clientId: "id" })).toThrow(/clientSecret is required with clientId/);
    expect(() => api["createClient"]({ apiKey: 42 })).toThrow(/apiKey must be a string/);
    expect(() => api["createClient"]({ token: 42 })).toThrow(/token must be a string or a function/);
    expect(() => api["createClient"]({ token: "" })).toThrow(/token must not be empty/);
  });

  it("a token function that returns no token is a ClientError, and nothing is sent", async () => {
    const { client, requests } = recording({ token: () => "" });
    await expect(api["listSecrets"](client)).rejects.toThrow(/returned no token/);
    expect(requests).toHaveLength(0);
  });
});

describe("OAuth2 client credentials against the local server's token endpoint", () => {
  let server: Api;
  const tokenRequests: RecordedRequest[] = [];
  const apiRequests: RecordedRequest[] = [];
  // Real fetch over loopback, with every request recorded.
  const spy = fakeFetch(() => new Response(null));
  const fetchSpy: typeof fetch = async (input, init = {}) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const r = {
      method: init.method ?? "GET",
      url: String(input),
      headers,
      body: typeof init.body === "string" ? init.body : null,
    };
    (new URL(r.url).pathname.endsWith("/token") ? tokenRequests : apiRequests).push(r);
    return fetch(input, init);
  };
  void spy;
  // A personal token other than the client's: a bearer token the OAuth2 scheme refuses is then
  // refused by the bearer alternative too.
  const personal = { bearerAuth: "personal-token-0001" };
  beforeAll(async () => {
    server = await mock["start"]({ tokens: personal });
  });
  afterAll(() => server.close());
  afterEach(() => {
    tokenRequests.length = 0;
    apiRequests.length = 0;
    server.revokeTokens();
  });
  const client = (extra: Record<string, unknown> = {}) =>
    api["createClient"]({
      clientId: "vault app",
      clientSecret: "s3cret/client+0001",
      baseUrl: server.url,
      fetch: fetchSpy,
      ...extra,
    });

  it("fetches one token for many concurrent calls, as the spec says (HTTP Basic, scopes), and sends it as a bearer token", async () => {
    const c = client();
    await api["createSecret"](api["createClient"]({ username: "ada", password: "pw", baseUrl: server.url }), {
      label: "db",
    });
    const pages = await Promise.all(Array.from({ length: 10 }, () => api["listSecrets"](c)));
    expect(pages.every((p) => p.items.length === 1)).toBe(true);
    expect(tokenRequests).toHaveLength(1);
    const [token] = tokenRequests;
    expect(token!.url).toBe(`${server.url}/oauth/token`);
    // RFC 6749 2.3.1: id and secret form-encoded, then Basic.
    expect(token!.headers["authorization"]).toBe(basic("vault+app", "s3cret%2Fclient%2B0001"));
    expect(Object.fromEntries(new URLSearchParams(token!.body!))).toEqual({
      grant_type: "client_credentials",
      scope: "secrets.read secrets.write",
    });
    const bearers = new Set(apiRequests.map((r) => r.headers["authorization"]));
    expect(bearers.size).toBe(1);
    expect([...bearers][0]).toMatch(/^Bearer [0-9a-f]{48}$/);
  });

  it("after a 401 fetches a new token once and succeeds", async () => {
    const c = client();
    await api["listSecrets"](c);
    server.revokeTokens(); // the token the client holds is now refused
    const page = await api["listSecrets"](c);
    expect(page.items).toBeDefined();
    expect(tokenRequests).toHaveLength(2);
    expect(apiRequests.map((r) => r.method)).toEqual(["GET", "GET", "GET"]);
    expect(new Set(apiRequests.map((r) => r.headers["authorization"])).size).toBe(2);
  });

  it("a token the API keeps refusing ends in one refresh and an AuthenticationError, never a loop", async () => {
    const strict = await mock["start"]({ tokens: { ...personal, oauth: "only-this-token" } });
    try {
      const c = api["createClient"]({
        clientId: "a",
        clientSecret: "b",
        baseUrl: strict.url,
        fetch: fetchSpy,
        maxRetries: 5,
      });
      await expect(api["listSecrets"](c)).rejects.toMatchObject({
        name: "AuthenticationError",
        status: 401,
        code: 40100,
      });
      expect(tokenRequests).toHaveLength(2);
      expect(apiRequests).toHaveLength(2);
    } finally {
      await strict.close();
    }
  });

  it("a refused client is an AuthenticationError from the token endpoint, with its secret nowhere in it", async () => {
    const strict = await mock["start"]({
      oauthClients: { oauth: { clientId: "right", clientSecret: "right-secret" } },
    });
    try {
      const c = api["createClient"]({
        clientId: "wrong",
        clientSecret: "wrong-secret-0001",
        baseUrl: strict.url,
        fetch: fetchSpy,
      });
      const error = await api["listSecrets"](c).catch((e: unknown) => e);
      expect(error).toMatchObject({
        name: "AuthenticationError",
        status: 401,
        code: "invalid_client",
        url: `${strict.url}/oauth/token`,
      });
      expect(JSON.stringify(error) + String(error)).not.toContain("wrong-secret-0001");
      expect(apiRequests).toHaveLength(0);
    } finally {
      await strict.close();
    }
  });

  describe("a token endpoint on another origin, authenticated by form fields", () => {
    let tokenServer: Server;
    let tokenOrigin = "";
    const seenByTokenServer: { headers: Record<string, unknown>; body: string }[] = [];
    beforeAll(async () => {
      tokenServer = createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () => {
          seenByTokenServer.push({ headers: req.headers, body });
          res
            .writeHead(200, { "content-type": "application/json" })
            .end(
              JSON.stringify({ access_token: "partner-token-0001", token_type: "bearer", expires_in: 120 }),
            );
        });
      });
      await new Promise<void>((resolve) => tokenServer.listen(0, "127.0.0.1", resolve));
      tokenOrigin = `http://127.0.0.1:${(tokenServer.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => tokenServer.close(() => resolve())));

    it("sends the client's id and secret there only, and the access token and key to the API only", async () => {
      const partner = await mock["start"]({
        tokens: { partnerOauth: "partner-token-0001", headerKey: "key-0001" },
      });
      try {
        const c = api["createClient"]({
          partnerId: "partner",
          partnerSecret: "partner-secret-0001",
          partnerTokenUrl: `${tokenOrigin}/v2/token`,
          apiKey: "key-0001",
          baseUrl: partner.url,
          fetch: fetchSpy,
        });
        const rotation = await api["createRotation"](c);
        expect(rotation.sid).toMatch(/^RO[0-9a-f]{16}$/);
        expect(seenByTokenServer).toHaveLength(1);
        const seen = seenByTokenServer[0]!;
        expect(Object.fromEntries(new URLSearchParams(seen.body))).toEqual({
          grant_type: "client_credentials",
          client_id: "partner",
          client_secret: "partner-secret-0001",
        });
        expect(seen.headers["authorization"]).toBeUndefined();
        expect(JSON.stringify(seen)).not.toContain("key-0001");
        expect(apiRequests).toHaveLength(1);
        expect(apiRequests[0]!.headers["authorization"]).toBe("Bearer partner-token-0001");
        expect(JSON.stringify(apiRequests)).not.toContain("partner-secret-0001");
      } finally {
        await partner.close();
      }
    });
  });

  it("credentials never go to another origin, even when asked to", async () => {
    const runtime: Api = await import(pathToFileURL(join(dist, "runtime/auth.js")).href);
    const c = api["createClient"]({ apiKey: "key-0001", baseUrl: server.url });
    // Fixed credentials are found without a promise, so the refusal is thrown at once.
    expect(() =>
      runtime["authorizeRequest"](
        c,
        [["headerKey"]],
        "https://elsewhere.example/v1/Secrets",
        server.url,
        BASE,
        (p: Promise<unknown>) => p,
      ),
    ).toThrow(/Refusing to send credentials to https:\/\/elsewhere\.example/);
    // With no credentials to send, a request may go anywhere the operation says.
    expect(
      await runtime["authorizeRequest"](
        c,
        [],
        "https://elsewhere.example/x",
        server.url,
        BASE,
        (p: Promise<unknown>) => p,
      ),
    ).toEqual({
      headers: {},
      query: [],
      refresh: null,
      secrets: [],
    });
  });
});

describe("secrets never reach an error", () => {
  const secrets = {
    username: "ada",
    password: "pw-basic-secret-0001",
    token: "tok-bearer-secret-0001",
    apiKey: "key-header-secret-0001",
    queryKey: "key-query-secret-0001",
    sessionKey: "key-cookie-secret-0001",
  };
  const leaks = (error: unknown) => {
    const e = error as Record<string, unknown> & Error;
    const text = [
      e.message,
      JSON.stringify(e),
      String((e.cause as Error | undefined)?.message ?? ""),
      String(e.stack),
    ].join("\n");
    return [
      ...Object.values(secrets).slice(1),
      Buffer.from("ada:pw-basic-secret-0001").toString("base64"),
    ].filter((s) => text.includes(s));
  };
  // Answers every request by echoing it: its URL and headers.
  const echo = (status: number, extra: Record<string, string> = {}) =>
    fakeFetch(
      (r) =>
        new Response(JSON.stringify({ message: `you sent ${r.url} ${JSON.stringify(r.headers)}`, echo: r }), {
          status,
          headers: { "content-type": "application/json", ...extra },
        }),
    );

  it.each([
    ["a 4xx error page echoing the request", () => echo(400)],
    [
      "a 2xx body that is not JSON, echoing the request",
      () => fakeFetch((r) => new Response(`<html>${r.url} ${JSON.stringify(r.headers)}`, { status: 200 })),
    ],
    [
      "a redirect whose Location carries the credentials",
      () =>
        fakeFetch(
          (r) =>
            new Response(null, {
              status: 302,
              headers: {
                location: `${r.url}&t=${r.headers["authorization"] ?? r.headers["x-api-key"] ?? r.headers["cookie"]}`,
              },
            }),
        ),
    ],
    [
      "a connection failure whose message has the URL",
      () =>
        fakeFetch((r) => new TypeError(`connect ECONNREFUSED ${r.url} with ${JSON.stringify(r.headers)}`)),
    ],
  ] as const)("%s: every credential kind is redacted", async (_, make) => {
    const fake = make();
    const client = api["createClient"]({ ...secrets, fetch: fake.fetch, maxRetries: 0 });
    const calls = [
      () => api["createSecret"](client, { label: "db" }),
      () => api["listSecrets"](client),
      () => api["fetchSecret"](client, SID),
      () => api["updateSecret"](client, SID, { label: "x" }),
      () => api["deleteSecret"](client, SID),
    ];
    // A 2xx body, however odd, is no error where the operation returns nothing (a delete).
    for (const call of calls.slice(0, _.startsWith("a 2xx") ? -1 : undefined)) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(leaks(error), String(error)).toEqual([]);
      expect(JSON.stringify(error) + (error as Error).message).toContain("[redacted]");
    }
  });

  it("a token endpoint's error echoing the client secret is redacted", async () => {
    const fake = fakeFetch((r) =>
      json(400, {
        error: "invalid_request",
        error_description: `bad ${r.body} ${r.headers["authorization"]}`,
      }),
    );
    const client = api["createClient"]({
      clientId: "id",
      clientSecret: "client-secret-0001",
      fetch: fake.fetch,
    });
    const error = await api["listSecrets"](client).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "BadRequestError", code: "invalid_request" });
    expect(JSON.stringify(error) + (error as Error).message).not.toContain("client-secret-0001");
  });
});

describe("the local server checks each scheme", () => {
  let server: Api;
  beforeAll(async () => {
    server = await mock["start"]({
      credentials: { username: "ada", password: "right" },
      tokens: { bearerAuth: "tok", headerKey: "k1", queryKey: "k2", cookieKey: "k3" },
    });
  });
  afterAll(() => server.close());

  it.each([
    [
      "basic",
      { username: "ada", password: "right" },
      { username: "ada", password: "wrong" },
      (c: unknown) => api["createSecret"](c, { label: "db" }),
    ],
    ["API key in a header", { apiKey: "k1" }, { apiKey: "nope" }, (c: unknown) => api["fetchSecret"](c, SID)],
    [
      "API key in the query",
      { queryKey: "k2" },
      { queryKey: "nope" },
      (c: unknown) => api["updateSecret"](c, SID, {}),
    ],
    [
      "API key in a cookie",
      { sessionKey: "k3" },
      { sessionKey: "nope" },
      (c: unknown) => api["deleteSecret"](c, SID),
    ],
    ["bearer token", { token: "tok" }, { token: "nope" }, (c: unknown) => api["listSecrets"](c)],
  ] as const)(
    "%s: the right credential passes, a wrong one is a 401 in the API's error body",
    async (_, right, wrong, call) => {
      const ok = call(api["createClient"]({ ...right, baseUrl: server.url }));
      // A 404 for a record that does not exist means the credentials passed.
      await ok.catch((e: Api) => expect(e["status"]).toBe(404));
      await expect(call(api["createClient"]({ ...wrong, baseUrl: server.url }))).rejects.toMatchObject({
        name: "AuthenticationError",
        status: 401,
        code: 40100,
        message: expect.stringContaining("Authenticate"),
      });
    },
  );

  it("an OAuth2 operation takes a token its token endpoint issued, not any bearer token", async () => {
    const open = await mock["start"]({ tokens: { bearerAuth: "personal-token-0001" } });
    try {
      await expect(
        api["listSecrets"](api["createClient"]({ accessToken: "made-up", baseUrl: open.url })),
      ).rejects.toMatchObject({ status: 401 });
      const page = await api["listSecrets"](
        api["createClient"]({ clientId: "a", clientSecret: "b", baseUrl: open.url }),
      );
      expect(page.items).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it("an operation needing no credentials answers without any", async () => {
    await expect(api["fetchHealth"](api["createClient"]({ baseUrl: server.url }))).resolves.toBeDefined();
  });

  it("the token endpoint answers RFC 6749 errors: a wrong grant, and a client authenticating the wrong way", async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/oauth/token`, {
        method: "POST",
        body,
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      });
    const grant = await post("grant_type=password&username=a&password=b", { authorization: basic("a", "b") });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: "unsupported_grant_type" });
    // This scheme's client authenticates by HTTP Basic; form fields are refused.
    const fields = await post("grant_type=client_credentials&client_id=a&client_secret=b");
    expect(fields.status).toBe(401);
    expect(await fields.json()).toMatchObject({ error: "invalid_client" });
  });
});

describe("hardening found by an adversarial review", () => {
  const leaks = (error: unknown, ...secrets: string[]) => {
    const e = error as Error & { cause?: unknown };
    const chain: string[] = [];
    for (let c: unknown = e, i = 0; c && i < 6; c = (c as { cause?: unknown }).cause, i++)
      chain.push(c instanceof Error ? `${c.message} ${c.stack}` : JSON.stringify(c));
    const text = [JSON.stringify(e), ...chain].join("\n");
    return secrets.filter((s) => text.includes(s));
  };

  it("redacts secrets in every encoding a URL or a JSON echo gives them", async () => {
    const secrets = { queryKey: "abc~de'f!(g)", token: "tok/en/sécret-1" };
    const fake = fakeFetch(
      (r) =>
        new Response(
          JSON.stringify({ message: `url ${r.url}`, token: r.headers["authorization"] }).replace(
            /\//g,
            "\\/",
          ),
          {
            status: 400,
            headers: { "content-type": "application/json" },
          },
        ),
    );
    const client = api["createClient"]({ ...secrets, fetch: fake.fetch, maxRetries: 0 });
    const query = await api["updateSecret"](client, SID, {}).catch((e: unknown) => e);
    expect(fake.requests[0]!.url).toContain("api_key=abc%7Ede%27f%21%28g%29");
    expect(leaks(query, secrets.queryKey, "abc%7Ede%27f%21%28g%29", "abc~de")).toEqual([]);
    const bearer = await api["listSecrets"](client).catch((e: unknown) => e);
    expect(leaks(bearer, secrets.token, "tok\\/en\\/s\\u00e9cret-1", "s\\u00e9cret")).toEqual([]);
    expect((bearer as { body: Record<string, unknown> }).body["token"]).toBe("Bearer [redacted]");
  });

  it("each request's own tokens are redacted, however many run at once", async () => {
    let n = 0;
    const fake = fakeFetch((r) => json(400, { message: `you sent ${r.headers["authorization"]}` }));
    const client = api["createClient"]({
      token: () => `fresh-token-${String(++n).padStart(4, "0")}`,
      fetch: fake.fetch,
    });
    const errors = await Promise.all(
      Array.from({ length: 300 }, () => api["listSecrets"](client).catch((e: unknown) => e)),
    );
    expect(errors.filter((e) => /fresh-token-\d{4}/.test(String((e as Error).message)))).toEqual([]);
  });

  it("a connection failure's whole cause chain is redacted", async () => {
    const fetchFails = (async (url: string) => {
      const inner = Object.assign(new Error(`socket to ${url}`), { cause: { detail: url } });
      throw new AggregateError([inner], "fetch failed", { cause: inner });
    }) as unknown as typeof fetch;
    const client = api["createClient"]({ queryKey: "k-secret-0001", fetch: fetchFails, maxRetries: 0 });
    const error = await api["updateSecret"](client, SID, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ConnectionError" });
    expect(leaks(error, "k-secret-0001")).toEqual([]);
  });

  it("a page link's query keeps the API key once, with the client's value", async () => {
    const fake = fakeFetch((r) =>
      r.url.includes("Page=1")
        ? json(200, { events: [], meta: { next_page_url: null } })
        : json(200, {
            events: [{ sid: "EV0123456789abcdef" }],
            meta: { next_page_url: `${BASE}/v1/Events?PageSize=1&Page=1&api_key=echoed` },
          }),
    );
    const client = api["createClient"]({ queryKey: "key-0001", fetch: fake.fetch });
    const first = await api["listEvents"](client, { pageSize: 1 });
    await first.nextPage();
    expect(fake.requests.map((r) => r.url)).toEqual([
      `${BASE}/v1/Events?PageSize=1&api_key=key-0001`,
      `${BASE}/v1/Events?PageSize=1&Page=1&api_key=key-0001`,
    ]);
  });

  it("optional credentials: the client sends the ones it has, and none when it has none", async () => {
    const withToken = recording({ token: "tok-0001" });
    await api["fetchEvent"](withToken.client, "EV0123456789abcdef");
    expect(withToken.requests[0]!.headers["authorization"]).toBe("Bearer tok-0001");
    const without = recording({});
    await api["fetchEvent"](without.client, "EV0123456789abcdef");
    expect(without.requests[0]!.headers["authorization"]).toBeUndefined();
  });

  it("refuses at createClient what no header or cookie can carry, and a bad token URL", () => {
    expect(() => api["createClient"]({ sessionKey: "a;evil=1" })).toThrow(/cookie value cannot carry/);
    expect(() => api["createClient"]({ apiKey: "a\r\nX-Evil: 1" })).toThrow(/header cannot carry/);
    expect(() => api["createClient"]({ token: "t\u0100k" })).toThrow(/header cannot carry/);
    expect(() => api["createClient"]({ clientId: "a", clientSecret: "b", tokenUrl: "" })).toThrow(
      /absolute http\(s\) URL/,
    );
    expect(() =>
      api["createClient"]({ clientId: "a", clientSecret: "b", tokenUrl: "ftp://x/token" }),
    ).toThrow(/absolute http\(s\) URL/);
    expect(() =>
      api["createClient"]({ clientId: "a", clientSecret: "b", tokenUrl: "https://u:p@x/token" }),
    ).toThrow(/must not carry credentials/);
  });

  it("reads only the options given, not what every object inherits", async () => {
    const runtime: Api = await import(pathToFileURL(join(dist, "runtime/auth.js")).href);
    const spec = {
      schemes: [{ kind: "bearer", name: "b", token: { option: "constructor", env: null } }],
      required: true,
    };
    expect(() => runtime["configureAuth"]({ fetch, timeoutMs: 1000, maxRetries: 0 }, {}, spec)).toThrow(
      /Missing credentials: pass constructor/,
    );
  });

  describe("the token endpoint", () => {
    const token = (body: unknown, status = 200) => json(status, body);
    const calls = (respond: (r: RecordedRequest, i: number) => Response | Promise<Response>) => {
      let tokenRequests = 0;
      const fake = fakeFetch((r) => {
        if (new URL(r.url).pathname === "/oauth/token") return respond(r, tokenRequests++);
        return json(200, LIST);
      });
      return { fake, tokenRequests: () => tokenRequests };
    };

    it("retries a 503 as API calls are retried", async () => {
      const { fake, tokenRequests } = calls((_, i) =>
        i === 0 ? token({}, 503) : token({ access_token: "tok-0001", token_type: "bearer", expires_in: 60 }),
      );
      const client = api["createClient"]({
        clientId: "a",
        clientSecret: "b",
        fetch: fake.fetch,
        retryDelay: { baseMs: 1, maxMs: 2 },
      });
      await api["listSecrets"](client);
      expect(tokenRequests()).toBe(2);
    });

    it("a request every caller gave up on is abandoned: the next call fetches anew", async () => {
      let hang = true;
      const { fake, tokenRequests } = calls((_, i) =>
        i === 0 && hang
          ? new Promise<Response>(() => undefined)
          : token({ access_token: "tok-0002", token_type: "bearer" }),
      );
      const client = api["createClient"]({ clientId: "a", clientSecret: "b", fetch: fake.fetch });
      await expect(api["listSecrets"](client, undefined, { timeoutMs: 100 })).rejects.toMatchObject({
        name: "TimeoutError",
      });
      hang = false;
      await expect(api["listSecrets"](client, undefined, { timeoutMs: 5_000 })).resolves.toBeDefined();
      expect(tokenRequests()).toBe(2);
    });

    it("a token of the wrong type, or a redirect, is a ResponseError that shows no token", async () => {
      const mac = calls(() =>
        token({ access_token: "mac-token-0001", token_type: "mac", refresh_token: "refresh-0001" }),
      );
      const error = await api["listSecrets"](
        api["createClient"]({ clientId: "a", clientSecret: "b", fetch: mac.fake.fetch }),
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "ResponseError", message: expect.stringContaining('"mac"') });
      expect(leaks(error, "mac-token-0001", "refresh-0001")).toEqual([]);
      const moved = calls(
        () => new Response(null, { status: 307, headers: { location: "https://elsewhere.example/token" } }),
      );
      await expect(
        api["listSecrets"](
          api["createClient"]({ clientId: "a", clientSecret: "b", fetch: moved.fake.fetch }),
        ),
      ).rejects.toMatchObject({
        name: "ResponseError",
        message: expect.stringContaining("a redirect from the token endpoint"),
      });
    });

    it("a short lifetime keeps a token for most of it; expires_in as text counts", async () => {
      const short = calls((_, i) =>
        token({ access_token: `short-${i}-token`, token_type: "bearer", expires_in: "20" }),
      );
      const client = api["createClient"]({ clientId: "a", clientSecret: "b", fetch: short.fake.fetch });
      for (let i = 0; i < 3; i++) await api["listSecrets"](client);
      expect(short.tokenRequests()).toBe(1);
    });
  });

  it("the local server: Basic in any case, a token for one scheme only, faults at the token endpoint", async () => {
    const server = await mock["start"]({ credentials: { username: "ada", password: "pw" } });
    try {
      const lower = await fetch(`${server.url}/v1/Secrets`, {
        method: "POST",
        body: "Label=x",
        headers: {
          authorization: `basic ${Buffer.from("ada:pw").toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
      });
      expect(lower.status).toBe(201);
      const issued = await fetch(`${server.url}/oauth/token`, {
        method: "POST",
        body: "grant_type=client_credentials",
        headers: { authorization: basic("a", "b"), "content-type": "application/x-www-form-urlencoded" },
      });
      const { access_token } = (await issued.json()) as { access_token: string };
      // A token of scheme `oauth` does not pass `partnerOauth` (CreateRotation also needs its header key).
      const rotation = await fetch(`${server.url}/v1/Rotations`, {
        method: "POST",
        headers: { authorization: `Bearer ${access_token}`, "x-api-key": "k" },
      });
      expect(rotation.status).toBe(401);
      server.inject({ status: 503 });
      const c = api["createClient"]({
        clientId: "a",
        clientSecret: "b",
        baseUrl: server.url,
        retryDelay: { baseMs: 1, maxMs: 2 },
      });
      await expect(api["listSecrets"](c)).resolves.toBeDefined();
    } finally {
      await server.close();
    }
  });
});
