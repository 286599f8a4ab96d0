/**
 * Every parameter location and style, on the wire: the fixture's Atlas API
 * (test/fixtures/params/spec.yaml) has path values in simple, label and matrix style (an integer, a
 * number, a boolean, arrays), query parameters in every style (form with and without explode,
 * spaceDelimited, pipeDelimited, tabDelimited, deepObject, an object's fields as keys), headers,
 * cookies, a form body with styled fields, and names other generators refuse (`include[]`,
 * `api-version`, `$top`, `{1st}`, `/Places/$count`, `/Places:search`, `/no+tag`). Each request is
 * checked byte for byte; then the same calls go to the fixture's local server over loopback,
 * which reads every style back and answers 2xx (and refuses a value its rules break).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeFetch, json } from "../helpers/fake-fetch.ts";
import { FIXTURE_PACKAGES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const dist = join(FIXTURE_PACKAGES, "params/dist");
const api: Api = await import(pathToFileURL(join(dist, "index.js")).href);
const mock: Api = await import(pathToFileURL(join(dist, "mock/index.js")).href);

const BASE = "https://atlas.example.com";
const PLACE = { id: 7, name: "Harbour" };

function recording() {
  const fake = fakeFetch(() => json(200, PLACE));
  return { client: api["createClient"]({ fetch: fake.fetch }), requests: fake.requests };
}

// Every call of the fixture, with the arguments that exercise each style.
const calls: [string, (client: unknown) => Promise<unknown>][] = [
  [
    "fetchPlace",
    (c) =>
      api["fetchPlace"](c, 7, {
        xTraceIds: ["t1", "t2"],
        xRequestLabel: "north side",
        sessionId: "s 1;x",
        prefs: ["dark mode", "a,b"],
        seen: new Date("2024-01-02T03:04:05Z"),
      }),
  ],
  [
    "searchPlaces",
    (c) =>
      api["searchPlaces"](c, {
        include: ["owner", "tags"],
        tags: ["red", "a,b"],
        sizes: [1, 22],
        colors: ["red", "blue"],
        words: ["big", "old"],
        filter: { kind: "city", minSize: 2 },
        point: { lat: 1.5, lng: -2 },
        box: { w: 3, h: 4 },
        apiVersion: "2024-01",
        top: 5,
      }),
  ],
  ["countPlaces", (c) => api["countPlaces"](c)],
  ["fetchVersionedPlace", (c) => api["fetchVersionedPlace"](c, "2", 9)],
  ["fetchGrid", (c) => api["fetchGrid"](c, [3, 4], ["roads", "rivers"])],
  ["fetchTiles", (c) => api["fetchTiles"](c, ["a b", "c"], 1.5, true, [1, 2, 3], "x/y")],
  [
    "labelPlace",
    (c) => api["labelPlace"](c, 7, { labels: ["quiet", "a,b"], codes: [1, 2], meta: { source: "survey" } }),
  ],
];

describe("each style on the wire", () => {
  const expected: Record<string, { url: string; headers?: Record<string, string>; body?: string }> = {
    fetchPlace: {
      url: `${BASE}/v1/Places/7`,
      headers: {
        "x-trace-ids": "t1,t2",
        "x-request-label": "north side",
        cookie: "session-id=s%201%3Bx; prefs=dark%20mode,a%2Cb; seen=2024-01-02T03%3A04%3A05.000Z",
      },
    },
    searchPlaces: {
      url:
        `${BASE}/v1/Places:search?include%5B%5D=owner&include%5B%5D=tags&tags=red,a%2Cb&sizes=1%2022` +
        "&colors=red|blue&words=big%09old&filter%5Bkind%5D=city&filter%5Bmin_size%5D=2&lat=1.5&lng=-2" +
        "&box=w%2C3%2Ch%2C4&api-version=2024-01&%24top=5",
    },
    countPlaces: { url: `${BASE}/v1/Places/$count` },
    fetchVersionedPlace: { url: `${BASE}/v2/Places/9/no+tag` },
    fetchGrid: { url: `${BASE}/v1/Grid.3.4/Layers.roads,rivers` },
    fetchTiles: { url: `${BASE}/v1/Tiles;tile=a%20b;tile=c;zoom=1.5/true/1,2,3/x%2Fy` },
    labelPlace: {
      url: `${BASE}/v1/Places/7`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "Labels=quiet,a%2Cb&Codes=1|2&Meta%5Bsource%5D=survey",
    },
  };
  for (const [name, call] of calls) {
    it(`${name} sends exactly the expected request`, async () => {
      const { client, requests } = recording();
      await call(client);
      expect(requests).toHaveLength(1);
      const [request] = requests;
      const want = expected[name]!;
      expect(request!.url).toBe(want.url);
      for (const [header, value] of Object.entries(want.headers ?? {}))
        expect(request!.headers[header]).toBe(value);
      if (!want.headers?.["cookie"]) expect(request!.headers["cookie"]).toBeUndefined();
      expect(request!.body).toBe(want.body ?? null);
    });
  }

  it("leaves out what is not given: no empty cookie, header or key", async () => {
    const { client, requests } = recording();
    await api["fetchPlace"](client, 7, { sessionId: "s" });
    await api["searchPlaces"](client, { point: { lat: 0, lng: 0 } });
    expect(requests[0]!.headers["cookie"]).toBe("session-id=s");
    expect(requests[0]!.headers["x-trace-ids"]).toBeUndefined();
    expect(requests[1]!.url).toBe(`${BASE}/v1/Places:search?lat=0&lng=0`);
  });

  it("checks typed path values before any request", async () => {
    const { client, requests } = recording();
    await expect(api["fetchPlace"](client, 0, { sessionId: "s" })).rejects.toThrow(/placeId/);
    await expect(api["fetchPlace"](client, "7", { sessionId: "s" })).rejects.toThrow(/placeId/);
    await expect(api["fetchTiles"](client, ["a"], 1, "yes", [1], "x")).rejects.toThrow(/visible/);
    await expect(api["fetchTiles"](client, ["a"], 1, true, [1.5], "x")).rejects.toThrow(/ids/);
    await expect(api["fetchPlace"](client, 7, {})).rejects.toThrow(/sessionId/);
    expect(requests).toHaveLength(0);
  });
});

describe("the local server reads every style back", () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await mock["start"]({});
  });
  afterAll(() => server.close());

  for (const [name, call] of calls) {
    it(`answers ${name} with 2xx`, async () => {
      const client = api["createClient"]({ baseUrl: server.url });
      await expect(call(client)).resolves.toBeTruthy();
    });
  }

  it("refuses a value the rules break, read from each place", async () => {
    const send = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
    // An integer path value that is not one; the matrix prefix missing; a deepObject field outside its enum;
    // an unexploded form object's field that is not an integer; a required cookie missing.
    expect((await send("/v1/Places/x", { headers: { cookie: "session-id=s" } })).status).toBe(404);
    expect((await send("/v1/Tiles.a;zoom=1/true/1/x")).status).toBe(404);
    expect((await send("/v1/Places:search?filter%5Bkind%5D=village")).status).toBe(400);
    expect((await send("/v1/Places:search?box=w,wide")).status).toBe(400);
    expect((await send("/v1/Places:search?sizes=1%20x")).status).toBe(400);
    expect((await send("/v1/Places/7")).status).toBe(400);
    expect((await send("/v1/Places/7", { headers: { cookie: "session-id=s; prefs=a,b" } })).status).toBe(200);
  });

  it("answers hostile styled values with 4xx or 2xx, never a crash", async () => {
    const send = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
    const hostile: [string, RequestInit?][] = [
      ["/v1/Places:search?box=__proto__,1,constructor,2"],
      ["/v1/Places:search?filter%5B__proto__%5D%5Bx%5D=1&filter%5B=2&filter%5D=3"],
      ["/v1/Places:search?filter%5Bkind%5D%5Bdeep%5D=city&lat=x&lng=%E0%A4%A"],
      ["/v1/Places:search?sizes=&colors=%7C%7C&words=%09"],
      ["/v1/Places/7", { headers: { cookie: "=;;==; session-id=%E0%A4%A; prefs=,,," } }],
      ["/v1/Tiles;tile=;tile=%25;zoom=NaN/maybe/1,,2/%00"],
      ["/v1/Grid./Layers."],
    ];
    for (const [path, init] of hostile) {
      const status = (await send(path, init)).status;
      expect(status, path).toBeGreaterThanOrEqual(200);
      expect(status, path).toBeLessThan(500);
    }
    expect((await send("/v1/Places/$count")).status).toBe(200);
  });
});
