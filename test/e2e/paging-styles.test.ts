/**
 * Other vendors' paging styles over loopback, run for real: the paging fixture's Till API
 * (test/fixtures/paging/spec.yaml) pages charges by `has_more` and the last id (`starting_after`),
 * channels by a cursor in `response_metadata`, repositories by a `Link` header with relative links,
 * and invoices by offset and total. Its generated client runs against its generated local server:
 * the exact URL of every page's request, every item once per stream, the caller's other query
 * parameters kept. Plain servers answering the same cursor or link again show today's loop guards.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PACKAGES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const dist = join(FIXTURE_PACKAGES, "paging/dist");
const api: Api = await import(pathToFileURL(join(dist, "index.js")).href);
const mock: Api = await import(pathToFileURL(join(dist, "mock/index.js")).href);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A client whose fetch records each request's URL before sending it. */
function recordingClient(baseUrl: string) {
  const urls: string[] = [];
  const fetch = (input: string | URL | Request, init?: RequestInit) => {
    urls.push(String(input));
    return globalThis.fetch(input, init);
  };
  return { client: api["createClient"]({ token: "tok", baseUrl, fetch }), urls };
}

describe("against the generated local server", () => {
  let server: { url: string; close(): Promise<void> };
  let base: string;
  const ids: Record<string, string[]> = { charges: [], channels: [], repos: [], invoices: [] };
  beforeAll(async () => {
    server = await mock["start"]();
    base = server.url;
    const { client } = recordingClient(base);
    // Five charges in usd, one in eur between them.
    for (const [amount, currency] of [
      [100, "usd"],
      [200, "usd"],
      [300, "eur"],
      [400, "usd"],
      [500, "usd"],
      [600, "usd"],
    ] as const) {
      const charge = await api["createCharge"](client, { amount, currency });
      if (currency === "usd") ids["charges"]!.push(charge.id);
    }
    for (const topic of ["a", "b", "c", "d", "e"])
      ids["channels"]!.push((await api["createChannel"](client, { topic })).id);
    for (const name of ["r1", "r2", "r3", "r4", "r5"])
      ids["repos"]!.push((await api["createRepo"](client, { name, visibility: "public" })).id);
    for (const number of [1, 2, 3, 4, 5])
      ids["invoices"]!.push((await api["createInvoice"](client, { number })).id);
  });
  afterAll(() => server.close());

  it("has_more and the last id: starting_after set on the request's URL, the filter kept, every charge once", async () => {
    const { client, urls } = recordingClient(base);
    const streamed = await collect(api["streamCharges"](client, { currency: "usd", limit: 2 }));
    expect(streamed.map((c: any) => c.id)).toEqual(ids["charges"]);
    const [, c2, , c4] = ids["charges"]!;
    expect(urls).toEqual([
      `${base}/v1/charges?limit=2&currency=usd`,
      `${base}/v1/charges?limit=2&currency=usd&starting_after=${c2}`,
      `${base}/v1/charges?limit=2&currency=usd&starting_after=${c4}`,
    ]);
    const first = await api["listCharges"](client, { limit: 5, currency: "usd" });
    expect(first.meta).toEqual({ hasMore: false });
    expect(first.hasNextPage).toBe(false);
  });

  it("a cursor in response_metadata: sent back as cursor until it is empty, every channel once", async () => {
    const { client, urls } = recordingClient(base);
    const first = await api["listChannels"](client, { limit: 2 });
    expect(first.meta).toEqual({ nextCursor: "2" });
    expect(first.nextPageUrl).toBe(`${base}/v1/channels?limit=2&cursor=2`);
    urls.length = 0;
    const streamed = await collect(api["streamChannels"](client, { limit: 2 }));
    expect(streamed.map((c: any) => c.id)).toEqual(ids["channels"]);
    expect(urls).toEqual([
      `${base}/v1/channels?limit=2`,
      `${base}/v1/channels?limit=2&cursor=2`,
      `${base}/v1/channels?limit=2&cursor=4`,
    ]);
    const last = await (await first.nextPage()).nextPage();
    expect(last.meta).toEqual({ nextCursor: "" });
    expect(last.hasNextPage).toBe(false);
  });

  it("a Link header with relative links: resolved against the request's URL, every repository once", async () => {
    const { client, urls } = recordingClient(base);
    const first = await api["listRepos"](client, { perPage: 2, visibility: "public" });
    expect(first.meta).toBeNull();
    expect(first.nextPageUrl).toBe(`${base}/v1/repos?visibility=public&per_page=2&page=2`);
    urls.length = 0;
    const streamed = await collect(api["streamRepos"](client, { perPage: 2 }));
    expect(streamed.map((r: any) => r.id)).toEqual(ids["repos"]);
    expect(urls).toEqual([
      `${base}/v1/repos?per_page=2`,
      `${base}/v1/repos?per_page=2&page=2`,
      `${base}/v1/repos?per_page=2&page=3`,
    ]);
  });

  it("offset and total: offset plus the items received while below the total, every invoice once", async () => {
    const { client, urls } = recordingClient(base);
    const streamed = await collect(api["streamInvoices"](client, { limit: 2 }));
    expect(streamed.map((i: any) => i.id)).toEqual(ids["invoices"]);
    expect(urls).toEqual([
      `${base}/v1/invoices?limit=2`,
      `${base}/v1/invoices?limit=2&offset=2`,
      `${base}/v1/invoices?limit=2&offset=4`,
    ]);
    // A caller's own offset is where the next one counts from, replaced in place.
    const page = await api["listInvoices"](client, { limit: 2, offset: 1 });
    expect(page.meta).toEqual({ total: 5 });
    expect(page.nextPageUrl).toBe(`${base}/v1/invoices?limit=2&offset=3`);
  });

  it("refuses a cursor it did not give, and an id no item has, with 400", async () => {
    const { client } = recordingClient(base);
    await expect(api["listChannels"](client, { cursor: "junk" })).rejects.toMatchObject({ status: 400 });
    await expect(api["listCharges"](client, { startingAfter: "CHffffffffffffffff" })).rejects.toMatchObject({
      status: 400,
    });
    await expect(api["listInvoices"](client, { offset: 99 })).resolves.toMatchObject({
      items: [],
      meta: { total: 5 },
      hasNextPage: false,
    });
  });

  it("exposes the Link header to browsers, with the first page's link beside the next one", async () => {
    const answer = await fetch(`${base}/v1/repos?per_page=2`, {
      headers: { Authorization: "Bearer tok", Origin: "https://app.example" },
    });
    expect(answer.headers.get("access-control-expose-headers")).toContain("Link");
    expect(answer.headers.get("link")).toBe(
      '</v1/repos?per_page=2&page=1>; rel="first", </v1/repos?per_page=2&page=2>; rel="next"',
    );
  });

  it("a stream's maxItems stops requesting pages once reached", async () => {
    const { client, urls } = recordingClient(base);
    const streamed = await collect(api["streamInvoices"](client, { maxItems: 3 }));
    expect(streamed).toHaveLength(3);
    expect(urls).toEqual([`${base}/v1/invoices?limit=3`]);
  });
});

/** A plain loopback server answering every request with `answer`; `urls` lists the paths asked. */
async function plainServer(
  answer: (url: URL, origin: string) => { body: unknown; headers?: Record<string, string> },
) {
  const urls: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    urls.push(`${url.pathname}${url.search}`);
    const { body, headers } = answer(url, origin);
    res.writeHead(200, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, urls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const CHANNEL = { id: "CN0123456789abcdef", topic: "t" };
const CHARGE = { id: "CH0123456789abcdef", amount: 1, currency: null };
const REPO = { id: "RP0123456789abcdef", name: "r", visibility: "public" };

describe("loop guards keep working for every style", () => {
  it.each([
    [
      "a cursor the API gives again",
      "streamChannels",
      () => ({ body: { channels: [CHANNEL], response_metadata: { next_cursor: "same" } } }),
      ["/v1/channels", "/v1/channels?cursor=same"],
    ],
    [
      "a last id the API gives again while has_more stays true",
      "streamCharges",
      () => ({ body: { data: [CHARGE], has_more: true } }),
      ["/v1/charges", `/v1/charges?starting_after=${CHARGE.id}`],
    ],
    [
      "a Link header naming the same next page again",
      "streamRepos",
      () => ({ body: { repos: [REPO] }, headers: { Link: '</v1/repos?page=2>; rel="next"' } }),
      ["/v1/repos", "/v1/repos?page=2"],
    ],
  ])("%s: PaginationError, not an endless loop", async (_name, stream, answer, expected) => {
    const plain = await plainServer(answer);
    try {
      const { client } = recordingClient(plain.origin);
      await expect(collect(api[stream](client))).rejects.toMatchObject({ name: "PaginationError" });
      expect(plain.urls).toEqual(expected);
    } finally {
      await plain.close();
    }
  });

  it("a Link header to another origin is refused before any request goes there", async () => {
    const plain = await plainServer(() => ({
      body: { repos: [REPO] },
      headers: { Link: '<https://elsewhere.example/v1/repos?page=2>; rel="next"' },
    }));
    try {
      const { client } = recordingClient(plain.origin);
      const page = await api["listRepos"](client);
      expect(page.nextPageUrl).toBe("https://elsewhere.example/v1/repos?page=2");
      await expect(page.nextPage()).rejects.toMatchObject({
        name: "PaginationError",
        message: expect.stringContaining("elsewhere.example"),
      });
      expect(plain.urls).toEqual(["/v1/repos"]);
    } finally {
      await plain.close();
    }
  });

  it("an offset list ends on an empty page even when the total says more", async () => {
    const plain = await plainServer((url) => ({
      body: {
        invoices: url.searchParams.get("offset") ? [] : [{ id: "IN0123456789abcdef", number: 1 }],
        meta: { total: 10 },
      },
    }));
    try {
      const { client } = recordingClient(plain.origin);
      const items = await collect(api["streamInvoices"](client));
      expect(items).toHaveLength(1);
      expect(plain.urls).toEqual(["/v1/invoices", "/v1/invoices?offset=1"]);
    } finally {
      await plain.close();
    }
  });

  it("a has_more page without items ends the list (no last id to send back)", async () => {
    const plain = await plainServer(() => ({ body: { data: [], has_more: true } }));
    try {
      const { client } = recordingClient(plain.origin);
      const page = await api["listCharges"](client);
      expect(page.hasNextPage).toBe(false);
    } finally {
      await plain.close();
    }
  });
});
