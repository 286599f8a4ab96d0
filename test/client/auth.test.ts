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
import { FIXTURES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const dist = join(FIXTURES, "auth/expected/dist");
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
    await expect(
      runtime["authorizeRequest"](
        c,
        [["headerKey"]],
        "https://elsewhere.example/v1/Secrets",
        server.url,
        BASE,
        (p: Promise<unknown>) => p,
      ),
    ).rejects.toThrow(/Refusing to send credentials to https:\/\/elsewhere\.example/);
    // With no credentials to send, a request may go anywhere the operation says.
    await expect(
      runtime["authorizeRequest"](
        c,
        [],
        "https://elsewhere.example/x",
        server.url,
        BASE,
        (p: Promise<unknown>) => p,
      ),
    ).resolves.toEqual({
      headers: {},
      query: [],
      refresh: null,
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
