/**
 * The all-kinds fixture's client, run: the exact bytes of form, query and JSON bodies for every type
 * kind and encoding, validation of every kind and condition, and decoding of every kind. It imports
 * the fixture's snapshot of `dist/`, which the snapshot test keeps equal to a fresh generation.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { fakeFetch, json, type RecordedRequest } from "../helpers/fake-fetch.ts";
import { FIXTURE_PACKAGES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const api: Api = await import(pathToFileURL(join(FIXTURE_PACKAGES, "kinds/dist/index.js")).href);

const SHELF = "SH0123456789abcdef";
const BASE = "https://api.depot.example";

function wireShelf(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: SHELF,
    label: "Freezer",
    kind: "cold",
    opened_at: "2024-02-29T23:59:58Z",
    closed_at: null,
    tags: ["fragile"],
    dimensions: { width: 1.5, depth: null },
    capacity: 10,
    public: true,
    attributes: { boxes: 3 },
    extra: { any: ["thing", 1] },
    address: { street: "1 Main St", city: null },
    history: [{ at: "2024-01-01T00:00:00Z", note: "built" }],
    legacy_code: null,
    settings: { min_temp: -18 },
    ...overrides,
  };
}

function setup(body: unknown = wireShelf(), status = 200) {
  const fake = fakeFetch(() => json(status, body));
  const client = api.createClient({ keyId: "key", keySecret: "secret", fetch: fake.fetch });
  return { client, requests: fake.requests as RecordedRequest[] };
}

const form = (r: RecordedRequest) => [...new URLSearchParams(r.body ?? "")];
const issuesOf = async (call: Promise<unknown>) =>
  (
    (await call.catch((e: { issues?: unknown }) => e)) as
      { issues?: { path: string; code: string }[] } | undefined
  )?.issues?.map((i) => `${i.path}:${i.code}`);

describe("all kinds: requests on the wire", () => {
  it("form body: text, repeated keys for arrays, JSON text for maps, objects and json, dates as ISO 8601", async () => {
    const { client, requests } = setup(wireShelf(), 201);
    await api.createShelf(client, {
      label: "Freezer",
      kind: "cold",
      tags: ["fragile", "heavy"],
      capacity: 12,
      public: false,
      opensAt: new Date("2024-02-29T12:00:00.000Z"),
      attributes: { boxes: 3 },
      dimensions: { width: 1.5, depth: 0.5 },
      extra: [1, "two"],
      notes: [{ text: "a" }, { text: "b" }],
      settings: { minTemp: -18 },
      lookup: true,
      strict: true,
      source: "catalog",
    });
    const r = requests[0]!;
    expect([r.method, r.url, r.headers["content-type"]]).toEqual([
      "POST",
      `${BASE}/v1/Shelves`,
      "application/x-www-form-urlencoded",
    ]);
    expect(r.body).toBe(
      "Label=Freezer&Kind=cold&Tags=fragile&Tags=heavy&Capacity=12&Public=false&OpensAt=2024-02-29T12%3A00%3A00.000Z" +
        "&Attributes=%7B%22boxes%22%3A3%7D&Dimensions=%7B%22width%22%3A1.5%2C%22depth%22%3A0.5%7D&Extra=%5B1%2C%22two%22%5D" +
        "&Notes=%7B%22text%22%3A%22a%22%7D&Notes=%7B%22text%22%3A%22b%22%7D&Settings.MinTemp=-18&Lookup=true&Strict=true&Source=catalog",
    );
  });

  it("JSON body: wire names inside objects, dates as ISO 8601, Content-Type application/json", async () => {
    const { client, requests } = setup();
    await api.archiveShelf(client, SHELF, {
      reason: "moving",
      until: new Date("2025-01-01T00:00:00Z"),
      labels: ["a", "b"],
      meta: { source: "ops", priorityLevel: 2, seenAt: new Date("2024-12-31T23:00:00Z") },
      options: { notify: true },
    });
    const r = requests[0]!;
    expect([r.method, r.url, r.headers["content-type"]]).toEqual([
      "POST",
      `${BASE}/v1/Shelves/${SHELF}/Archive`,
      "application/json",
    ]);
    expect(r.body).toBe(
      '{"reason":"moving","until":"2025-01-01T00:00:00.000Z","labels":["a","b"],"meta":{"source":"ops","priority_level":2,"seen_at":"2024-12-31T23:00:00.000Z"},"options":{"notify":true}}',
    );
  });

  it("query: repeated keys for an array, a date as ISO 8601, no body", async () => {
    const { client, requests } = setup({ shelves: [], paging: { next: null, limit: 5, self: "x" } });
    await api.listShelves(client, {
      limit: 5,
      tag: ["x", "y"],
      kind: "dry",
      openedAfter: new Date("2024-01-01T00:00:00Z"),
      openedBefore: new Date("2024-02-01T00:00:00Z"),
    });
    const r = requests[0]!;
    expect(r.url).toBe(
      `${BASE}/v1/Shelves?Limit=5&Kind=dry&Tag=x&Tag=y&OpenedAfter=2024-01-01T00%3A00%3A00.000Z&OpenedAt%3C=2024-02-01T00%3A00%3A00.000Z`,
    );
    expect(r.body).toBeNull();
  });

  it("a fixed path with no parameters, an instance-only path with an enum argument, a nested list-only resource", async () => {
    const { client, requests } = setup({ total: 3, by_kind: { cold: 3 } });
    expect(await api.fetchInventory(client)).toEqual({ total: 3, byKind: { cold: 3 } });
    await api.fetchRegion(client, "north").catch(() => undefined);
    await api.createBook(client, SHELF, { isbn: "9780000000000" }).catch(() => undefined);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${BASE}/v1/Inventory`,
      `GET ${BASE}/v1/Regions/north`,
      `POST ${BASE}/v1/Shelves/${SHELF}/Books`,
    ]);
  });

  it("an action answering 204 returns nothing; both success statuses of update are accepted", async () => {
    const fake = fakeFetch((_, i) =>
      i === 0 ? new Response(null, { status: 204 }) : json(202, wireShelf()),
    );
    const client = api.createClient({ keyId: "key", keySecret: "secret", fetch: fake.fetch });
    expect(await api.moveShelf(client, SHELF, { slot: "A1", reason: "r" })).toBeUndefined();
    expect(form(fake.requests[0]!)).toEqual([
      ["Slot", "A1"],
      ["Reason", "r"],
    ]);
    expect((await api.updateShelfWithResponse(client, SHELF, { label: "x", ifMatch: "v7" })).status).toBe(
      202,
    );
    expect(fake.requests[1]!.headers["if-match"]).toBe("v7");
    expect(form(fake.requests[1]!)).toEqual([["Label", "x"]]);
  });
});

describe("all kinds: validation before any request", () => {
  const base = { label: "Freezer", kind: "dry" };

  it.each([
    ["an array's item outside its enum", { tags: ["wobbly"] }, ["tags[0]:enum"]],
    ["too many items", { tags: ["fragile", "heavy", "tall", "tall"] }, ["tags:items"]],
    ["too few items", { tags: [] }, ["tags:items"]],
    ["not an array", { tags: "fragile" }, ["tags:type"]],
    ["an invalid Date", { opensAt: new Date("nope") }, ["opensAt:type"]],
    ["a date as text", { opensAt: "2024-01-01" }, ["opensAt:type"]],
    ["a map value of the wrong type", { attributes: { boxes: "3" } }, ["attributes.boxes:integer"]],
    ["a map value out of range", { attributes: { boxes: -1 } }, ["attributes.boxes:range"]],
    [
      "a map whose JSON is too long",
      { attributes: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])) },
      ["attributes:length"],
    ],
    ["an object missing a required field", { dimensions: { depth: 1 } }, ["dimensions.width:required"]],
    [
      "an object with an unknown field",
      { dimensions: { width: 1, height: 2 } },
      ["dimensions.height:unknown"],
    ],
    ["json that does not encode", { extra: 10n }, ["extra:type"]],
    ["json whose text is too long", { extra: "x".repeat(200) }, ["extra:length"]],
    ["an array of objects with a bad item", { notes: [{ text: "" }] }, ["notes[0].text:length"]],
    ["a boolean given as text", { public: "true" }, ["public:type"]],
    [
      "a parameter used only when a boolean is true",
      { lookup: false, strict: true },
      ["strict:not-applicable"],
    ],
    ["a parameter required when a boolean is true", { lookup: true }, ["source:required-when"]],
    ["a parameter required for one enum value", { kind: "cold" }, ["settings.minTemp:required-when"]],
    [
      "a parameter only used for another enum value",
      { settings: { minTemp: 1 } },
      ["settings.minTemp:not-applicable"],
    ],
  ])("rejects %s", async (_, extra, expected) => {
    const { client, requests } = setup();
    expect(await issuesOf(api.createShelf(client, { ...base, ...extra }))).toEqual(expected);
    expect(requests).toHaveLength(0);
  });

  it("accepts every kind inside its bounds", async () => {
    const { client, requests } = setup(wireShelf(), 201);
    await api.createShelf(client, {
      ...base,
      tags: ["tall"],
      attributes: { a: 0 },
      dimensions: { width: 2 },
      extra: null,
      notes: [{ text: "t" }],
      settings: { humidity: 90 },
      lookup: false,
    });
    expect(requests).toHaveLength(1);
  });

  it("exactly one of Position and Slot", async () => {
    const { client } = setup();
    expect(await issuesOf(api.moveShelf(client, SHELF, {}))).toEqual([
      "position | slot:exactly-one",
      "reason | note:at-least-one",
    ]);
    expect(
      await issuesOf(api.moveShelf(client, SHELF, { slot: "A", reason: "r", note: "n" })),
    ).toBeUndefined();
    expect(await issuesOf(api.moveShelf(client, SHELF, { position: 1, slot: "A", note: "n" }))).toEqual([
      "position | slot:exactly-one",
    ]);
    expect(await issuesOf(api.moveShelf(client, SHELF, { position: -1, reason: "r" }))).toEqual([
      "position:range",
    ]);
  });

  it("JSON-body objects, nested dates and enum path arguments", async () => {
    const { client } = setup();
    expect(
      await issuesOf(
        api.archiveShelf(client, SHELF, { reason: "r", meta: { priorityLevel: 9, seenAt: "yesterday" } }),
      ),
    ).toEqual(["meta.source:required", "meta.priorityLevel:range", "meta.seenAt:type"]);
    expect(await issuesOf(api.archiveShelf(client, SHELF, { reason: "r", labels: ["123456789"] }))).toEqual([
      "labels[0]:length",
    ]);
    expect(await issuesOf(api.fetchRegion(client, "east"))).toEqual(["code:enum"]);
    expect(await issuesOf(api.fetchContact(client, "555-1234"))).toEqual(["phone:format"]);
  });
});

describe("all kinds: decoding", () => {
  it("decodes dates, arrays of objects, maps, references, json and variants", async () => {
    const { client } = setup();
    const shelf = await api.fetchShelf(client, SHELF);
    expect(shelf.openedAt).toEqual(new Date("2024-02-29T23:59:58Z"));
    expect(shelf.closedAt).toBeNull();
    expect(shelf.history).toEqual([{ at: new Date("2024-01-01T00:00:00Z"), note: "built" }]);
    expect(shelf.dimensions).toEqual({ width: 1.5, depth: null });
    expect(shelf.attributes).toEqual({ boxes: 3 });
    expect(shelf.address).toEqual({ street: "1 Main St", city: null });
    expect(shelf.extra).toEqual({ any: ["thing", 1] });
    expect(shelf.settings).toEqual({ minTemp: -18 });
    expect(shelf.legacyCode).toBeNull();
  });

  it("keeps a value the API added later to a response enum, in the variants selector and in an array's items", async () => {
    const { client } = setup(wireShelf({ kind: "frozen", tags: ["fragile", "perishable"] }));
    const shelf = await api.fetchShelf(client, SHELF);
    expect(shelf.kind).toBe("frozen");
    expect(shelf.tags).toEqual(["fragile", "perishable"]);
  });

  it("pages through a list with the spec's own paging names (next, Limit, Cursor)", async () => {
    const pages = [
      {
        shelves: [wireShelf({ id: "SH0000000000000001" })],
        paging: { next: `${BASE}/v1/Shelves?Limit=1&Cursor=b`, limit: 1, self: "a" },
      },
      { shelves: [wireShelf({ id: "SH0000000000000002" })], paging: { next: null, limit: 1, self: "b" } },
    ];
    const fake = fakeFetch((_, i) => json(200, pages[i]));
    const client = api.createClient({ keyId: "key", keySecret: "secret", fetch: fake.fetch });
    const ids: string[] = [];
    for await (const shelf of api.streamShelves(client, { maxItems: 5, limit: 1 })) ids.push(shelf.id);
    expect(ids).toEqual(["SH0000000000000001", "SH0000000000000002"]);
    expect(fake.requests.map((r) => r.url)).toEqual([
      `${BASE}/v1/Shelves?Limit=1`,
      `${BASE}/v1/Shelves?Limit=1&Cursor=b`,
    ]);
  });

  it("a stream over a list with a required filter needs the filter and sends it with every page", async () => {
    const pages = [
      {
        books: [{ isbn: "9780000000001", shelf_id: SHELF }],
        paging: { next: `${BASE}/v1/Shelves/${SHELF}/Books?Genre=poetry&Cursor=b`, limit: 1, self: "a" },
      },
      { books: [{ isbn: "9780000000002", shelf_id: SHELF }], paging: { next: null, limit: 1, self: "b" } },
    ];
    const fake = fakeFetch((_, i) => json(200, pages[i]));
    const client = api.createClient({ keyId: "key", keySecret: "secret", fetch: fake.fetch });
    const isbns: string[] = [];
    for await (const book of api.streamBooks(client, SHELF, { genre: "poetry", limit: 1 }))
      isbns.push(book.isbn);
    expect(isbns).toEqual(["9780000000001", "9780000000002"]);
    expect(fake.requests[0]!.url).toBe(`${BASE}/v1/Shelves/${SHELF}/Books?Limit=1&Genre=poetry`);
    expect(() => api.streamBooks(client, SHELF)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: "params", code: "required" })] }),
    );
    expect(() => api.streamBooks(client, SHELF, { limit: 1 })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: "genre", code: "required" })] }),
    );
  });

  it("reads the error body's own field names into ApiError", async () => {
    const { client } = setup({ error_code: 4711, detail: "No such shelf" }, 404);
    const error = await api.fetchShelf(client, SHELF).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.NotFoundError);
    expect([error.code, error.message]).toEqual([4711, expect.stringContaining("No such shelf")]);
  });
});

describe("wire encodings, open bodies, pages and redirects", () => {
  const PARCEL = "PA0123456789abcdef";

  it("dotted keys: a map sent as one Label.<key> entry per leaf, nested keys joined by dots, lists repeated", async () => {
    const { client, requests } = setup({ id: PARCEL, weight: 5, labels: null }, 201);
    await api.createParcel(client, {
      weight: 5,
      labels: {
        color: "red",
        size: { w: 2, h: 3 },
        tags: ["a", "b"],
        when: new Date("2024-01-02T03:04:05.000Z"),
      },
    });
    expect(form(requests[0]!)).toEqual([
      ["Weight", "5"],
      ["Label.color", "red"],
      ["Label.size.w", "2"],
      ["Label.size.h", "3"],
      ["Label.tags", "a"],
      ["Label.tags", "b"],
      ["Label.when", "2024-01-02T03:04:05.000Z"],
    ]);
    expect(await issuesOf(api.createParcel(client, { labels: "red" }))).toEqual(["labels:type"]);
  });

  it("a JSON body that takes any property: the caller's own names beside the parameters' wire names", async () => {
    const { client, requests } = setup({ title: "t" }, 201);
    await api.createNote(client, { title: "t", colour: "blue", score: 2, nested: { a: [1] } });
    expect(JSON.parse(requests[0]!.body!)).toEqual({
      colour: "blue",
      score: 2,
      nested: { a: [1] },
      title: "t",
    });
    // Unknown names are welcome; values that are not JSON, and a missing title, are not.
    expect(await issuesOf(api.createNote(client, { title: "t", bad: () => 1 }))).toEqual(["bad:type"]);
    expect(await issuesOf(api.createNote(client, { colour: "blue" }))).toEqual(["title:required"]);
    expect(requests).toHaveLength(1);
  });

  it("a redirect the spec declares is the result: status, Location and decoded body, never followed", async () => {
    const fake = fakeFetch(() =>
      json(302, { redirect_to: "https://sso.depot.example/x" }, { location: "https://sso.depot.example/x" }),
    );
    const client = api.createClient({ keyId: "k", keySecret: "s", fetch: fake.fetch });
    const result = await api.fetchLogin(client, { returnTo: "https://app.example/back" });
    expect(result).toEqual({
      status: 302,
      location: "https://sso.depot.example/x",
      body: { redirectTo: "https://sso.depot.example/x" },
    });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.url).toBe(`${BASE}/v1/Login?ReturnTo=https%3A%2F%2Fapp.example%2Fback`);
    // A redirect with no body is a result with no body; one with a body that is no object is a ResponseError.
    const empty = fakeFetch(() => new Response(null, { status: 303, headers: { location: "/next" } }));
    expect(
      await api.fetchLogin(api.createClient({ keyId: "k", keySecret: "s", fetch: empty.fetch })),
    ).toEqual({ status: 303, location: "/next", body: null });
    const odd = fakeFetch(() => new Response("[1]", { status: 302 }));
    const error = await api
      .fetchLogin(api.createClient({ keyId: "k", keySecret: "s", fetch: odd.fetch }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ResponseError);
  });

  it("an undeclared redirect stays a ResponseError", async () => {
    const fake = fakeFetch(
      () => new Response(null, { status: 302, headers: { location: "https://elsewhere/" } }),
    );
    const client = api.createClient({ keyId: "k", keySecret: "s", fetch: fake.fetch });
    const error = await api.fetchRegion(client, "north").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ResponseError);
    expect(String(error.message)).toContain("a redirect to https://elsewhere/");
  });

  it("page fields beside the items: meta decoded from the page itself, the path link made absolute, the header sent", async () => {
    const pages = [
      {
        parcels: [{ id: PARCEL }],
        page: 0,
        page_size: 1,
        uri: "/v1/Parcels",
        next_page_uri: "/v1/Parcels?Page=1",
      },
      { parcels: [], page: 1, page_size: 1, uri: "/v1/Parcels?Page=1", next_page_uri: null },
    ];
    const fake = fakeFetch((_, i) => json(200, pages[i]));
    const client = api.createClient({ keyId: "k", keySecret: "s", fetch: fake.fetch });
    const page = await api.listParcels(client, { pageSize: 1, xDepotTenant: "acme" });
    expect(page.meta).toEqual({
      page: 0,
      pageSize: 1,
      start: null,
      end: null,
      uri: "/v1/Parcels",
      nextPageUri: "/v1/Parcels?Page=1",
    });
    expect(page.nextPageUrl).toBe(`${BASE}/v1/Parcels?Page=1`);
    await page.nextPage();
    expect(fake.requests.map((r) => [r.url, r.headers["x-depot-tenant"]])).toEqual([
      [`${BASE}/v1/Parcels?PageSize=1`, "acme"],
      [`${BASE}/v1/Parcels?Page=1`, "acme"],
    ]);
  });

  it("a page whose next link is neither a URL nor a path, or names another host, is not followed", async () => {
    for (const link of ["Parcels?Page=1", "//evil.example/v1/Parcels"]) {
      const fake = fakeFetch(() => json(200, { parcels: [], page: 0, next_page_uri: link }));
      const client = api.createClient({ keyId: "k", keySecret: "s", fetch: fake.fetch });
      const page = await api.listParcels(client);
      await expect(page.nextPage()).rejects.toBeInstanceOf(api.PaginationError);
      expect(fake.requests).toHaveLength(1);
    }
  });

  it("a list the API answers whole: one request, no next page, and a stream over it", async () => {
    const fake = fakeFetch(() => json(200, { docks: [{ name: "A" }, { name: "B" }] }));
    const client = api.createClient({ keyId: "k", keySecret: "s", fetch: fake.fetch });
    const names: string[] = [];
    for await (const dock of api.streamDocks(client)) names.push(dock.name);
    expect(names).toEqual(["A", "B"]);
    expect(fake.requests.map((r) => r.url)).toEqual([`${BASE}/v1/Docks`]);
    const page = await api.listDocks(client);
    expect([page.meta, page.hasNextPage]).toEqual([null, false]);
  });
});
