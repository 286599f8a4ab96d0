/**
 * Parameters in every place, judged by another tool: the operations of hey-api's test document
 * (full.yaml, 3.0 and 3.1) that take path, query, header and cookie parameters, written by hand as
 * a spec (test/fixtures/hey-api-full/spec.yaml: the importer cannot carry the document whole yet,
 * its external references stop it), generated, and sent to Prism serving the original document.
 * Prism validates each request against the document: every call must draw no request violation
 * (and a request without a required header or cookie must, so its checks are real).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { generate } from "../../generator/engine/generate.ts";
import { FIXTURES, ROOT, sharedPresent, tempDir } from "../helpers/paths.ts";
import { startPrism, type Prism } from "../helpers/prism.ts";

const HEY_API = join(ROOT, "../shared/vendor/openapi-examples/hey-api");
const present = sharedPresent(HEY_API, "the hey-api full.yaml parameter tests");

type Api = Record<string, any>;
let api: Api;
beforeAll(async () => {
  const dir = tempDir("hey-api-full-");
  const generated = await generate({
    specFiles: [join(FIXTURES, "hey-api-full/spec.yaml")],
    outDir: dir,
    cwd: ROOT,
  });
  if (!generated.ok) throw new Error(generated.diagnostics.map(formatDiagnostic).join("\n"));
  api = await import(pathToFileURL(join(dir, "dist/index.js")).href);
}, 120_000);

// Every call, with the values Prism's document accepts.
const calls: [string, (client: unknown) => Promise<{ status: number }>][] = [
  [
    "deleteFoo",
    (c) => api["deleteFooWithResponse"](c, "1", "foo value", "bar/value", { xFooBar: { prop: "x" } }),
  ],
  [
    "callWithParameters",
    (c) =>
      api["callWithParametersWithResponse"](c, "1", "the path", {
        parameterHeader: "head",
        fooRefEnum: "bar",
        fooAllOfEnum: "foo",
        cursor: "c 1",
        parameterCookie: "crumb;1",
      }),
  ],
  [
    "types",
    (c) =>
      api["typesWithResponse"](c, "1", {
        parameterNumber: 1.5,
        parameterString: "s",
        parameterBoolean: false,
        parameterArray: ["x", "y"],
        parameterEnum: "Warning",
      }),
  ],
  ["countSimple", (c) => api["countSimpleWithResponse"](c, "1")],
  ["patchNoTag", (c) => api["patchNoTagWithResponse"](c, "1")],
];

// Prism answers an operation whose document gives no response with its own 500, once the request
// passed its validation: that too is a request without violations.
async function validated(call: () => Promise<{ status: number }>): Promise<number> {
  try {
    return (await call()).status;
  } catch (error) {
    const type = (error as { body?: { type?: string } }).body?.type ?? "";
    if ((error as { status?: number }).status === 500 && type.endsWith("#NO_RESPONSE_RESPONSE_DEFINED"))
      return 200;
    throw error;
  }
}

it("sends the placeholders, header and cookie named with dots, dashes and capitals byte for byte", async () => {
  // Prism cannot route a placeholder with dots ({parameter.path.1}), so this one is checked on the wire.
  const requests: { url: string; headers: Headers }[] = [];
  const client = api["createClient"]({
    fetch: (async (url: string, init: RequestInit) => {
      requests.push({ url, headers: new Headers(init.headers) });
      return new Response(null, { status: 204 });
    }) as typeof fetch,
  });
  await api["callWithWeirdParameterNames"](client, "1", "p.1", "p 2", "P/3", {
    default: "d",
    parameterHeader: "h",
    parameterQuery: "q",
    parameterCookie: "c",
    prop: "x",
  });
  expect(requests[0]!.url).toBe(
    "http://localhost:3000/base/api/v1/parameters/p.1/p%202/P%2F3?default=d&parameter-query=q",
  );
  expect(requests[0]!.headers.get("parameter.header")).toBe("h");
  expect(requests[0]!.headers.get("cookie")).toBe("PARAMETER-COOKIE=c");
});

it("sends each collection format as the document's collectionFormat says", async () => {
  // Prism reads the document as OpenAPI 3, where collectionFormat (Swagger 2's key) means nothing,
  // and wants every array repeated; the spec keeps what the document's authors meant.
  const urls: string[] = [];
  const client = api["createClient"]({
    fetch: (async (url: string) => {
      urls.push(url);
      return new Response(null, { status: 204 });
    }) as typeof fetch,
  });
  await api["collectionFormat"](client, "1", {
    parameterArrayCSV: ["a", "b"],
    parameterArraySSV: ["c", "d"],
    parameterArrayTSV: ["e", "f"],
    parameterArrayPipes: ["g", "h"],
    parameterArrayMulti: ["i", "j"],
  });
  expect(urls[0]).toBe(
    "http://localhost:3000/base/api/v1/collectionFormat?parameterArrayCSV=a,b&parameterArraySSV=c%20d" +
      "&parameterArrayTSV=e%09f&parameterArrayPipes=g|h&parameterArrayMulti=i&parameterArrayMulti=j",
  );
});

for (const version of ["3.0.x", "3.1.x"]) {
  describe.skipIf(!present)(`Prism serving hey-api's ${version}/full.yaml`, () => {
    let prism: Prism;
    beforeAll(async () => {
      prism = await startPrism(join(HEY_API, version, "full.yaml"));
    }, 120_000);
    afterAll(() => prism?.close());

    // The 3.1 document requires two more query parameters of Types, an object and a dictionary
    // without properties, which no client can send as values Prism reads back: Types runs on 3.0.
    for (const [name, call] of calls.filter(([name]) => version === "3.0.x" || name !== "types")) {
      it(`${name}: a request Prism finds no violation in`, async () => {
        const before = prism.log().length;
        const status = await validated(() => call(api["createClient"]({ baseUrl: prism.url })));
        expect(status).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(300);
        expect(prism.log().slice(before)).not.toMatch(/Request .*(violation|did not match)/i);
      });
    }

    it("refuses a request without the required cookie and header, so its checks are real", async () => {
      const response = await fetch(`${prism.url}/api/v1/parameters/the%20path?foo_all_of_enum=foo&cursor=c`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(response.status).toBe(422);
    });
  });
}
