/**
 * Every method and the servers, run for real: the fixture's Mirror API (test/fixtures/servers/spec.yaml)
 * has a server URL with variables (`{scheme}://{region}.mirror.example.com/{basePath}`), HEAD and
 * OPTIONS operations, and an upload operation with a server of its own. Requests are checked on the
 * wire (method, URL, headers, body), then against the fixture's local server over loopback.
 */
import { connect } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeFetch, json } from "../helpers/fake-fetch.ts";
import { FIXTURE_PACKAGES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const dist = join(FIXTURE_PACKAGES, "servers/dist");
const api: Api = await import(pathToFileURL(join(dist, "index.js")).href);
const mock: Api = await import(pathToFileURL(join(dist, "mock/index.js")).href);
const core: Api = await import(pathToFileURL(join(dist, "runtime/client.js")).href);
const transport: Api = await import(pathToFileURL(join(dist, "runtime/transport.js")).href);

const SID = "MR0123456789abcdef";
const MIRROR = { sid: SID, label: "a" };

/** A client over a fetch answering each request as `respond` says (a mirror by default). */
function recording(
  options: Record<string, unknown>,
  respond?: (url: URL, method: string, i: number) => Response,
) {
  const fake = fakeFetch((r, i) =>
    respond ? respond(new URL(r.url), r.method, i) : json(r.method === "POST" ? 201 : 200, MIRROR),
  );
  return {
    client: api["createClient"]({ ...options, fetch: fake.fetch, retryDelay: { baseMs: 1, maxMs: 1 } }),
    requests: fake.requests,
  };
}

describe("servers: the server URL, its variables and an operation's own server", () => {
  it("sends to the server URL with every variable at its default, the path prefix once", async () => {
    const { client, requests } = recording({});
    await api["fetchMirror"](client, SID);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET https://eu.mirror.example.com/api/v2/Mirrors/${SID}`,
    ]);
  });

  it("fills each variable from its option, percent-encoding a path value segment by segment", async () => {
    const { client, requests } = recording({ scheme: "http", region: "us", basePath: "beta space/v3" });
    await api["fetchMirror"](client, SID);
    expect(requests[0]!.url).toBe(`http://us.mirror.example.com/beta%20space/v3/Mirrors/${SID}`);
  });

  it("refuses a value outside a variable's enum, and one a host cannot hold, at createClient", () => {
    expect(() => api["createClient"]({ region: "mars" })).toThrow(/region must be one of: eu, us/);
    expect(() => api["createClient"]({ region: 7 })).toThrow(/region must be a string/);
    const variables = [{ name: "host", default: "a", enum: null, authority: true }];
    const make = (host: string) =>
      core["createClientCore"](
        { host },
        { schemes: [], required: false },
        {
          packageName: "p",
          packageVersion: "1",
          serverVariables: variables,
        },
      );
    expect(() => make("evil.com/x?")).toThrow(/stands in the server's scheme, host or port/);
    expect(make("api.example.com:8443").serverVariables).toEqual({ host: "api.example.com:8443" });
    // Options are read as own properties only.
    const inherited = Object.create({ region: "mars" });
    expect(() => api["createClient"](inherited)).not.toThrow();
  });

  it("an operation with its own server goes there, with the service's variables filled in", async () => {
    const { client, requests } = recording({ region: "us" });
    await api["uploadMirror"](client, SID, { label: "b", idempotencyKey: "k1" });
    expect(requests.map((r) => [r.method, r.url, r.body, r.headers["content-type"]])).toEqual([
      [
        "PUT",
        `https://uploads.us.mirror.example.com/Mirrors/${SID}/Content`,
        "Label=b&IdempotencyKey=k1",
        "application/x-www-form-urlencoded",
      ],
    ]);
  });

  it("baseUrl replaces the whole server URL, the variables' and every operation's own server", async () => {
    const { client, requests } = recording({ baseUrl: "http://127.0.0.1:9/mirror/", region: "us" });
    await api["fetchMirror"](client, SID);
    await api["uploadMirror"](client, SID, { label: "b" });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET http://127.0.0.1:9/mirror/Mirrors/${SID}`,
      `PUT http://127.0.0.1:9/mirror/Mirrors/${SID}/Content`,
    ]);
  });

  describe("a page link that is a path reaches the server's path prefix once", () => {
    const pages = (link: string) => (_url: URL, _method: string, i: number) =>
      json(200, {
        mirrors: [{ ...MIRROR, label: String(i) }],
        meta: { next_page_url: i === 0 ? link : null, key: "mirrors" },
      });
    const second = async (options: Record<string, unknown>, link: string) => {
      const { client, requests } = recording(options, pages(link));
      const labels: string[] = [];
      for await (const m of api["streamMirrors"](client)) labels.push(m.label);
      expect(labels).toEqual(["0", "1"]);
      return requests[1]!.url;
    };

    it.each([
      // The API's own server writes links below its prefix: on its origin, not doubled.
      [{}, "/api/v2/Mirrors?PageToken=PT1", "https://eu.mirror.example.com/api/v2/Mirrors?PageToken=PT1"],
      [
        { basePath: "v9" },
        "/v9/Mirrors?PageToken=PT1",
        "https://eu.mirror.example.com/v9/Mirrors?PageToken=PT1",
      ],
      // A link without the prefix goes below the base URL, as the operations' paths do.
      [{}, "/Mirrors?PageToken=PT1", "https://eu.mirror.example.com/api/v2/Mirrors?PageToken=PT1"],
      // A base URL replacing the server (a proxy): the server's prefix is taken out of its links.
      [
        { baseUrl: "http://proxy.test/m" },
        "/api/v2/Mirrors?PageToken=PT1",
        "http://proxy.test/m/Mirrors?PageToken=PT1",
      ],
      [
        { baseUrl: "http://proxy.test/m" },
        "/Mirrors?PageToken=PT1",
        "http://proxy.test/m/Mirrors?PageToken=PT1",
      ],
      // A server that knows where it is mounted writes the base URL's own path: on its origin.
      [
        { baseUrl: "http://proxy.test/m" },
        "/m/Mirrors?PageToken=PT1",
        "http://proxy.test/m/Mirrors?PageToken=PT1",
      ],
      // A segment that only starts like the prefix is not the prefix.
      [{}, "/api/v2x/Mirrors", "https://eu.mirror.example.com/api/v2/api/v2x/Mirrors"],
    ])("%j, link %s -> %s", async (options, link, expected) => {
      expect(await second(options, link)).toBe(expected);
    });
  });
});

describe("HEAD and OPTIONS", () => {
  it("HEAD sends its query and headers and no body, and returns the answer's headers", async () => {
    const { client, requests } = recording(
      {},
      () => new Response(null, { status: 200, headers: { etag: '"v7"' } }),
    );
    const headers: Headers = await api["headMirror"](client, SID, { verbose: true, ifNoneMatch: '"v6"' });
    expect(headers.get("etag")).toBe('"v7"');
    expect(requests).toHaveLength(1);
    const r = requests[0]!;
    expect([r.method, r.url, r.body]).toEqual([
      "HEAD",
      `https://eu.mirror.example.com/api/v2/Mirrors/${SID}?Verbose=true`,
      null,
    ]);
    expect(r.headers["if-none-match"]).toBe('"v6"');
    expect(r.headers["content-type"]).toBeUndefined();
    const full = await api["headMirrorWithResponse"](client, SID);
    expect(full.status).toBe(200);
    expect(full.data.get("etag")).toBe('"v7"');
  });

  // A POST without an idempotency key is not retried after a 5xx: test/client/hooks.test.ts.
  it("HEAD and OPTIONS are retried after a 5xx like GET; a POST with an idempotency key too", async () => {
    const flaky = (status: number) => (_url: URL, method: string, i: number) =>
      i === 0
        ? json(503, { message: "busy" })
        : method === "HEAD" || status === 204
          ? new Response(null, { status })
          : json(status, MIRROR);
    const head = recording({}, flaky(200));
    await api["headMirror"](head.client, SID);
    expect(head.requests.map((r) => r.method)).toEqual(["HEAD", "HEAD"]);
    const options = recording({}, flaky(204));
    await api["mirrorOptions"](options.client);
    expect(options.requests.map((r) => r.method)).toEqual(["OPTIONS", "OPTIONS"]);
    const post = recording({}, flaky(201));
    await api["createMirror"](post.client, { label: "a" });
    expect(post.requests).toHaveLength(2);
  });

  it("OPTIONS sends no body and returns nothing; its twin gives the answer's headers", async () => {
    const { client, requests } = recording(
      {},
      () => new Response(null, { status: 204, headers: { allow: "GET, POST, OPTIONS" } }),
    );
    expect(await api["mirrorOptions"](client)).toBeUndefined();
    const full = await api["mirrorOptionsWithResponse"](client);
    expect(full.headers.get("allow")).toBe("GET, POST, OPTIONS");
    expect(requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ["OPTIONS", "https://eu.mirror.example.com/api/v2/Mirrors", null],
      ["OPTIONS", "https://eu.mirror.example.com/api/v2/Mirrors", null],
    ]);
  });

  it("the transport sends no body and no Content-Type with GET, HEAD or OPTIONS, whatever the request holds", async () => {
    const { client, requests } = recording({}, () => new Response(null, { status: 200 }));
    const fields = { code: null, message: null, moreInfo: null, details: null };
    for (const method of ["GET", "HEAD", "OPTIONS", "DELETE"]) {
      const request = {
        method,
        url: "/x",
        defaultBaseUrl: "https://h.test",
        requestIdHeader: null,
        errorFields: fields,
        security: [],
      };
      await transport["send"](client, { ...request, form: "a=1" });
      await transport["send"](client, { ...request, json: { a: 1 } });
    }
    expect(requests.map((r) => [r.method, r.body, r.headers["content-type"] ?? null])).toEqual([
      ["GET", null, null],
      ["GET", null, null],
      ["HEAD", null, null],
      ["HEAD", null, null],
      ["OPTIONS", null, null],
      ["OPTIONS", null, null],
      // A DELETE may carry a body where its spec gives one.
      ["DELETE", "a=1", "application/x-www-form-urlencoded"],
      ["DELETE", '{"a":1}', "application/json"],
    ]);
  });

  it("a HEAD answering 404 is an ApiError with no body", async () => {
    const { client } = recording({}, () => new Response(null, { status: 404 }));
    await expect(api["headMirror"](client, SID)).rejects.toMatchObject({
      status: 404,
      kind: "not-found",
      body: null,
      rawBody: "",
    });
  });
});

describe("against the fixture's local server, mounted without the server's path prefix", () => {
  let server: Api;
  let client: unknown;
  beforeAll(async () => {
    server = await mock["start"]();
    client = api["createClient"]({ baseUrl: server.url });
  });
  afterAll(() => server.close());

  /** The raw bytes of an answer to `request`, read until the server closes the connection. */
  function raw(request: string): Promise<string> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => socket.end(request));
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString("latin1")));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
  }

  it("HEAD answers a stored mirror's status with headers and no body, and 404 for a missing one", async () => {
    const created = await api["createMirror"](client, { label: "first" });
    const headers: Headers = await api["headMirror"](client, created.sid, { verbose: true });
    expect(headers).toBeInstanceOf(Headers);
    await expect(api["headMirror"](client, "MR" + "f".repeat(16))).rejects.toMatchObject({ status: 404 });
    const answer = await raw(`HEAD /Mirrors/${created.sid} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer.endsWith("\r\n\r\n")).toBe(true);
    const missing = await raw(
      `HEAD /Mirrors/MR${"f".repeat(16)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expect(missing).toMatch(/^HTTP\/1\.1 404 /);
    expect(missing.endsWith("\r\n\r\n")).toBe(true);
  });

  it("OPTIONS at the list path is the API's operation; a browser's preflight is still answered as CORS", async () => {
    const full = await api["mirrorOptionsWithResponse"](client);
    expect(full.status).toBe(204);
    expect(full.headers.get("access-control-allow-methods")).toBeNull();
    const preflight = await fetch(`${server.url}/Mirrors`, {
      method: "OPTIONS",
      headers: { "Access-Control-Request-Method": "HEAD", Origin: "http://app.test" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("HEAD");
  });

  it("the upload operation's own server is replaced by baseUrl too, and changes the stored mirror", async () => {
    const created = await api["createMirror"](client, { label: "old" });
    expect(await api["uploadMirror"](client, created.sid, { label: "new" })).toEqual({
      sid: created.sid,
      label: "new",
    });
    expect(await api["fetchMirror"](client, created.sid)).toEqual({ sid: created.sid, label: "new" });
  });

  it("streams every mirror once over pages whose links are paths", async () => {
    server.reset();
    for (const label of ["a", "b", "c"]) await api["createMirror"](client, { label });
    const labels: string[] = [];
    for await (const m of api["streamMirrors"](client, { pageSize: 1 })) labels.push(m.label);
    expect(labels).toEqual(["a", "b", "c"]);
  });
});
