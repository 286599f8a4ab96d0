/**
 * Parameter locations and styles through the importer: hey-api's explode-false feature document
 * against Prism, and a made-up document with a parameter in every place and style (cookies, header
 * arrays, typed and styled path values, deepObject, form objects, Swagger's collectionFormat, names
 * such as include[] and api-version), imported, generated and asserted on the wire; what the client
 * cannot send (an exploded cookie array) is left out with a positioned warning, never silently.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { importedPackage, type ImportedPackage } from "../helpers/imported.ts";
import { ROOT, sharedPresent, tempDir } from "../helpers/paths.ts";
import { startPrism, type Prism } from "../helpers/prism.ts";

const FEATURES = join(ROOT, "../shared/vendor/openapi-examples/hey-api/3.0.x/features");
const present = sharedPresent(FEATURES, "the parameter-style import tests");

describe.skipIf(!present)("hey-api's parameter-explode-false.json", () => {
  let pkg: ImportedPackage;
  let prism: Prism;
  beforeAll(async () => {
    pkg = await importedPackage(join(FEATURES, "parameter-explode-false.json"));
    prism = await startPrism(join(FEATURES, "parameter-explode-false.json"));
  }, 120_000);
  afterAll(() => prism?.close());

  it("sends foo=a,b, and Prism serving the document answers 200 with no violation", async () => {
    const urls: string[] = [];
    const client = pkg.api["createClient"]({
      baseUrl: prism.url,
      fetch: ((url: string, init: RequestInit) => {
        urls.push(url);
        return fetch(url, init);
      }) as typeof fetch,
    });
    const response = await pkg.api["postFooWithResponse"](client, { foo: ["a", "b"] });
    expect(urls[0]).toBe(`${prism.url}/foo?foo=a,b`);
    expect(response.status).toBe(200);
    expect(prism.log()).not.toMatch(/violation/i);
  });
});

const DOCUMENT = {
  openapi: "3.0.3",
  info: { title: "Styles", version: "1" },
  servers: [{ url: "https://styles.example.com" }],
  paths: {
    "/v1/Things/{thing_id}{zoom}": {
      parameters: [
        { name: "thing_id", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
        { name: "zoom", in: "path", required: true, style: "matrix", schema: { type: "number" } },
      ],
      get: {
        operationId: "FetchThing",
        parameters: [
          { name: "session-id", in: "cookie", required: true, schema: { type: "string" } },
          {
            name: "prefs",
            in: "cookie",
            explode: false,
            schema: { type: "array", items: { type: "string" } },
          },
          { name: "crumbs", in: "cookie", schema: { type: "array", items: { type: "string" } } },
          { name: "X-Trace-Ids", in: "header", schema: { type: "array", items: { type: "string" } } },
          { name: "include[]", in: "query", schema: { type: "array", items: { type: "string" } } },
          { name: "api-version", in: "query", schema: { type: "string" } },
          {
            name: "filter",
            in: "query",
            style: "deepObject",
            schema: { type: "object", properties: { kind: { type: "string" } } },
          },
          {
            name: "point",
            in: "query",
            schema: {
              type: "object",
              properties: {
                lat: { type: "number" },
                lng: { type: "number" },
                tags: { type: "array", items: { type: "string" } },
              },
            },
          },
          {
            name: "codes",
            in: "query",
            collectionFormat: "pipes",
            schema: { type: "array", items: { type: "integer" } },
          },
          // An enum with no `type` (JSON Schema allows it): its strings are a string enum.
          { name: "mood", in: "query", schema: { enum: ["calm", "busy"] } },
          // An object with an object field: form style has no keys for it, so JSON text, said.
          {
            name: "shape",
            in: "query",
            schema: {
              type: "object",
              properties: { inner: { type: "object", properties: { a: { type: "string" } } } },
            },
          },
        ],
        responses: {
          "200": {
            description: "OK",
            content: {
              "application/json": {
                schema: { type: "object", properties: { id: { type: "integer" } } },
              },
            },
          },
        },
      },
    },
  },
};

describe("a document with a parameter in every place and style", () => {
  let pkg: ImportedPackage;
  beforeAll(async () => {
    const file = join(tempDir("styles-"), "styles.json");
    writeFileSync(file, JSON.stringify(DOCUMENT, null, 2));
    pkg = await importedPackage(file);
  }, 120_000);

  it("warns, at the operation, that an exploded cookie array is left out", () => {
    expect(pkg.warnings.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(
        /styles\.json:\d+:\d+ warning\[unsupported-parameter\] the cookie parameter crumbs is left out: a cookie carries one value/,
      ),
    );
  });

  it("sends every other parameter as the document says", async () => {
    const requests: { url: string; headers: Headers }[] = [];
    const client = pkg.api["createClient"]({
      fetch: (async (url: string, init: RequestInit) => {
        requests.push({ url, headers: new Headers(init.headers) });
        return new Response(JSON.stringify({ id: 1 }), { status: 200 });
      }) as typeof fetch,
    });
    await pkg.api["fetchThing"](client, 7, 1.5, {
      sessionId: "s 1",
      prefs: ["a", "b"],
      xTraceIds: ["t1", "t2"],
      include: ["x", "y"],
      apiVersion: "2",
      filter: { kind: "big" },
      point: { lat: 1, lng: 2, tags: ["p", "q"] },
      codes: [3, 4],
    });
    expect(requests[0]!.url).toBe(
      "https://styles.example.com/v1/Things/7;zoom=1.5?include%5B%5D=x&include%5B%5D=y&api-version=2" +
        "&filter%5Bkind%5D=big&lat=1&lng=2&tags=p&tags=q&codes=3|4",
    );
    expect(requests[0]!.headers.get("cookie")).toBe("session-id=s%201; prefs=a,b");
    expect(requests[0]!.headers.get("x-trace-ids")).toBe("t1,t2");
    await expect(pkg.api["fetchThing"](client, 0, 1, { sessionId: "s" })).rejects.toThrow(/thingId/);
  });

  it("sends an enum with no type as its string, and warns that a nested object travels as JSON text", async () => {
    expect(pkg.warnings.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(
        /styles\.json:\d+:\d+ warning\[parameter-as-json\] the query parameter shape travels as JSON text: the document's form style/,
      ),
    );
    expect(pkg.warnings.map(formatDiagnostic).join("\n")).not.toMatch(
      /parameter (point|filter|mood) travels/,
    );
    const urls: string[] = [];
    const client = pkg.api["createClient"]({
      fetch: (async (url: string) => {
        urls.push(url);
        return new Response(JSON.stringify({ id: 1 }), { status: 200 });
      }) as typeof fetch,
    });
    await pkg.api["fetchThing"](client, 7, 1.5, {
      sessionId: "s",
      mood: "calm",
      shape: { inner: { a: "x" } },
    });
    expect(urls[0]).toBe(
      `https://styles.example.com/v1/Things/7;zoom=1.5?mood=calm&shape=${encodeURIComponent('{"inner":{"a":"x"}}')}`,
    );
    await expect(pkg.api["fetchThing"](client, 7, 1.5, { sessionId: "s", mood: "sleepy" })).rejects.toThrow(
      /mood/,
    );
  });

  it("its local server reads an exploded object's array field back from its repeated key", async () => {
    const server = await pkg.mock["start"]();
    try {
      const client = pkg.api["createClient"]({ baseUrl: server.url });
      const point = { lat: 1, lng: 2, tags: ["p", "q"] };
      await expect(pkg.api["fetchThing"](client, 7, 1.5, { sessionId: "s", point })).resolves.toBeDefined();
      // One item is still an array of one.
      const one = { ...point, tags: ["p"] };
      await expect(
        pkg.api["fetchThing"](client, 7, 1.5, { sessionId: "s", point: one }),
      ).resolves.toBeDefined();
    } finally {
      await server.close();
    }
  });
});
