/**
 * Both paging layouts over loopback, run for real: a list whose page fields sit beside its items and
 * whose links are paths (Api v2010's `next_page_uri`), and a list with a metadata block and absolute
 * links; each streamed over two pages against the fixture's generated local server and against a
 * plain server answering the API's page shape, with the list's header on every page's request.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as verify from "../../generated/src/index.ts";
import { start as startVerifyMock, type MockServer } from "../../generated/src/mock/index.ts";
import { FIXTURE_PACKAGES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const dist = join(FIXTURE_PACKAGES, "kinds/dist");
const api: Api = await import(pathToFileURL(join(dist, "index.js")).href);
const mock: Api = await import(pathToFileURL(join(dist, "mock/index.js")).href);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("against the generated local server", () => {
  let server: MockServer;
  let client: unknown;
  beforeAll(async () => {
    server = (await mock["start"]()) as MockServer;
    client = api["createClient"]({ keyId: "k", keySecret: "s", baseUrl: server.url });
    for (const weight of [100, 200, 300]) await api["createParcel"](client, { weight });
    for (const label of ["Freezer", "Dry", "Tools"]) await api["createShelf"](client, shelf(label));
  });
  afterAll(() => server.close());

  it("streams page fields beside the items, following path links: 3 parcels in pages of 2", async () => {
    const first = await api["listParcels"](client, { pageSize: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.meta).toMatchObject({ page: 0, pageSize: 2, start: 0, end: 1 });
    // The API gives a path; the page holds the URL it makes below the client's base URL.
    expect(first.meta.nextPageUri).toMatch(/^\/v1\/Parcels\?/);
    expect(first.nextPageUrl).toBe(`${server.url}${first.meta.nextPageUri}`);
    const second = await first.nextPage();
    expect(second.items).toHaveLength(1);
    expect(second.hasNextPage).toBe(false);
    const weights = (await collect(api["streamParcels"](client, { pageSize: 2 }))).map((p: any) => p.weight);
    expect(weights).toEqual([100, 200, 300]);
  });

  it("streams a metadata block with absolute links: 3 shelves in pages of 2", async () => {
    const first = await api["listShelves"](client, { limit: 2 });
    expect(first.nextPageUrl).toMatch(new RegExp(`^${server.url}/v1/Shelves\\?`));
    // The fixture names no page-token prefix: the token is the next item's index alone.
    expect(new URL(first.nextPageUrl).searchParams.get("Cursor")).toBe("2");
    const all = (await collect(api["streamShelves"](client, { limit: 2 }))).map((s: any) => s.label);
    expect(all).toEqual(["Freezer", "Dry", "Tools"]);
    const capped = (await collect(api["streamShelves"](client, { maxItems: 2 }))).map((s: any) => s.label);
    expect(capped).toEqual(["Freezer", "Dry"]);
  });

  it("answers a list the API gives whole in one page, with no next page", async () => {
    const page = await api["listDocks"](client);
    expect(page).toMatchObject({ items: [], meta: null, hasNextPage: false, nextPageUrl: null });
    await expect(page.nextPage()).rejects.toMatchObject({ name: "PaginationError" });
  });
});

describe("page tokens as the spec's local server writes them", () => {
  it("carry the spec's pageTokenPrefix (Verify's PT) before the next item's index", async () => {
    const server = await startVerifyMock();
    try {
      const client = verify.createClient({
        accountSid: `AC${"0".repeat(32)}`,
        authToken: "t",
        baseUrl: server.url,
      });
      for (const name of ["a", "b", "c"]) await verify.createService(client, { friendlyName: name });
      const first = await verify.listServices(client, { pageSize: 2 });
      expect(new URL(first.nextPageUrl!).searchParams.get("PageToken")).toBe("PT2");
      expect((await first.nextPage()).items.map((s) => s.friendlyName)).toEqual(["c"]);
    } finally {
      await server.close();
    }
  });
});

describe("against a plain server answering the API's page shapes", () => {
  let server: Server;
  let origin = "";
  const seen: { url: string; tenant: string | undefined }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url!, tenant: header(req, "x-depot-tenant") });
      const body = req.url!.startsWith("/v1/Parcels") ? parcelPage(req.url!) : shelfPage(req.url!, origin);
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("follows next_page_uri (a path) with the list's header on both pages' requests", async () => {
    seen.length = 0;
    const client = api["createClient"]({ keyId: "k", keySecret: "s", baseUrl: origin });
    const parcels = await collect(api["streamParcels"](client, { xDepotTenant: "acme" }));
    expect(parcels.map((p: any) => p.id)).toEqual([PARCEL(1), PARCEL(2), PARCEL(3)]);
    expect(seen).toEqual([
      { url: "/v1/Parcels", tenant: "acme" },
      { url: "/v1/Parcels?PageSize=2&Page=1", tenant: "acme" },
    ]);
  });

  it("goes below a base URL with a path prefix, as the operations' own paths do", async () => {
    seen.length = 0;
    const client = api["createClient"]({ keyId: "k", keySecret: "s", baseUrl: `${origin}/proxy` });
    const page = await api["listParcels"](client, {}).catch((e: unknown) => e);
    // The plain server answers only /v1/...: the request went to /proxy/v1/Parcels.
    expect(seen[0]!.url).toBe("/proxy/v1/Parcels");
    expect(page).toBeDefined();
  });

  it("follows next_page_url (absolute) in a metadata block", async () => {
    const client = api["createClient"]({ keyId: "k", keySecret: "s", baseUrl: origin });
    const shelves = await collect(api["streamShelves"](client, {}));
    expect(shelves.map((s: any) => s.label)).toEqual(["A", "B", "C"]);
  });
});

const PARCEL = (n: number) => `PA${String(n).padStart(16, "0")}`;

// Api v2010's page shape: the page fields beside the items, links as paths on the API's origin.
function parcelPage(url: string) {
  const second = url.includes("Page=1");
  return {
    parcels: (second ? [3] : [1, 2]).map((n) => ({ id: PARCEL(n), weight: n * 100, labels: null })),
    page: second ? 1 : 0,
    page_size: 2,
    start: second ? 2 : 0,
    end: second ? 2 : 1,
    uri: url,
    first_page_uri: "/v1/Parcels?PageSize=2&Page=0",
    previous_page_uri: second ? "/v1/Parcels?PageSize=2&Page=0" : null,
    next_page_uri: second ? null : "/v1/Parcels?PageSize=2&Page=1",
  };
}

// A metadata block with an absolute next link.
function shelfPage(url: string, origin: string) {
  const second = url.includes("Cursor=2");
  return {
    shelves: (second ? ["C"] : ["A", "B"]).map((label, i) =>
      shelf(label, `SH${String(i + (second ? 2 : 0)).padStart(16, "0")}`),
    ),
    paging: { next: second ? null : `${origin}/v1/Shelves?Cursor=2`, limit: 2, self: `${origin}${url}` },
  };
}

// A shelf's create parameters, or (with an id) the shelf as the API sends it.
function shelf(label: string, id?: string): Record<string, unknown> {
  return id === undefined
    ? { label, kind: "dry" }
    : { id, label, kind: "dry", opened_at: "2024-01-01T00:00:00Z", tags: [], public: true, history: [] };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
