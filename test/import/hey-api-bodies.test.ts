/**
 * Request bodies judged by another tool: hey-api's binary-body feature document
 * (features/body-binary-format.yaml: application/zip, application/pdf and octet-stream bodies) and
 * the multipart and JSON-union operations of its full.yaml (3.0 and 3.1), written by hand as specs
 * (test/fixtures/hey-api-binary, test/fixtures/hey-api-full), generated, and sent to Prism serving
 * the original documents. Prism validates each request against the document: every call draws no
 * request violation, except where Prism itself is at fault, and then exactly the violations listed
 * with the reason (so a new one fails the test).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { generate } from "../../generator/engine/generate.ts";
import { FIXTURES, ROOT, sharedPresent, tempDir } from "../helpers/paths.ts";
import { startPrism, type Prism } from "../helpers/prism.ts";

const HEY_API = join(ROOT, "../shared/vendor/openapi-examples/hey-api");
const present = sharedPresent(HEY_API, "the hey-api request body tests");

type Api = Record<string, any>;
async function generated(spec: string): Promise<Api> {
  const dir = tempDir("hey-api-bodies-");
  const result = await generate({ specFiles: [join(FIXTURES, spec)], outDir: dir, cwd: ROOT });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return import(pathToFileURL(join(dir, "dist/index.js")).href);
}

let binary: Api;
let full: Api;
beforeAll(async () => {
  [binary, full] = await Promise.all([
    generated("hey-api-binary/spec.yaml"),
    generated("hey-api-full/spec.yaml"),
  ]);
}, 180_000);

/** The violations Prism logged for one call, and the status it answered (its own 500 when the document gives no response). */
async function judged(prism: Prism, call: () => Promise<{ status: number }>) {
  const before = prism.log().length;
  let status: number;
  try {
    status = (await call()).status;
  } catch (error) {
    status = (error as { status?: number }).status ?? 0;
    const type = (error as { body?: { type?: string } }).body?.type ?? "";
    // Prism answers an operation the document gives no response with its own 500, once the request passed.
    if (status === 500 && type.endsWith("#NO_RESPONSE_RESPONSE_DEFINED")) status = 200;
  }
  // Prism logs its verdict asynchronously: wait (bounded) for the line that follows the validator's.
  const settled = () =>
    /(passed|did not pass) the validation rules[\s\S]*\[(NEGOTIATOR|HTTP SERVER)\]/.test(
      prism.log().slice(before),
    );
  for (let waited = 0; !settled() && waited < 15_000; waited += 50)
    await new Promise((r) => setTimeout(r, 50));
  // Each problem the validator logs, once (it adds a "Violation: <where>" copy where the document has a 4xx).
  const lines = [
    ...prism
      .log()
      .slice(before)
      .matchAll(/\[VALIDATOR\] ✖\s+error\s+(.*)/g),
  ].map((m) => m[1]!.replace(/^Violation: \S+ /, "").trim());
  const violations = [...new Set(lines)];
  return { status, violations };
}

describe.skipIf(!present)("Prism serving hey-api's features/body-binary-format.yaml", () => {
  let prism: Prism;
  beforeAll(async () => {
    prism = await startPrism(join(HEY_API, "3.0.x/features/body-binary-format.yaml"));
  }, 120_000);
  afterAll(() => prism?.close());

  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
  for (const [name, body] of [
    ["uploadZip", bytes],
    ["uploadPdf", new Blob(["%PDF-1.7\n"], { type: "application/pdf" })],
    ["uploadBinary", bytes.buffer.slice(0)],
  ] as const)
    it(`${name}: the bytes, typed as the document says, draw no violation`, async () => {
      const client = binary["createClient"]({ baseUrl: prism.url });
      expect(await judged(prism, () => binary[`${name}WithResponse`](client, body))).toEqual({
        status: 204,
        violations: [],
      });
    });

  it("refuses a body of another media type, so its checks are real", async () => {
    const response = await fetch(`${prism.url}/upload-zip`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "not a zip",
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});

for (const version of ["3.0.x", "3.1.x"]) {
  describe.skipIf(!present)(`Prism serving hey-api's ${version}/full.yaml: request bodies`, () => {
    let prism: Prism;
    beforeAll(async () => {
      prism = await startPrism(join(HEY_API, version, "full.yaml"));
    }, 120_000);
    afterAll(() => prism?.close());
    const client = () => full["createClient"]({ baseUrl: prism.url });

    it("multipart: a file part and a model's JSON part", async () => {
      const verdict = await judged(prism, () =>
        full["multipartRequestWithResponse"](client(), "1", {
          content: new File([new Uint8Array([1, 2, 3])], "a.bin"),
          data: { prop: "x" },
        }),
      );
      // Prism's fault, 3.1 only: it reads every multipart part as text and never parses a JSON
      // part, so no value of the document's `data` (a model or null) can pass, whatever its part's
      // content type (plain text, or application/json with or without a file name: all refused).
      if (version === "3.1.x")
        expect(verdict.violations).toEqual([
          "Request body property data must be object",
          "Request body property data must be null",
          "Request body property data must match exactly one schema in oneOf",
        ]);
      else expect(verdict).toEqual({ status: 200, violations: [] });
    });

    it("multipart: a model's fields as parts, beside a query parameter", async () => {
      expect(
        await judged(prism, () =>
          full["postFormDataWithResponse"](client(), "1", { parameter: "p", prop: "x" }),
        ),
      ).toEqual({ status: 200, violations: [] });
    });

    it("a JSON union: the branch of arrays, sent under its wire names", async () => {
      const verdict = await judged(prism, () =>
        full["importModelsWithResponse"](client(), "1", {
          prop: [{ foo: "f", baz: "b" }],
          propWithNumber: [1.5],
        }),
      );
      // Prism's fault: it requires `bar`, which the document marks readOnly (OpenAPI: a request
      // leaves it out), at the top (the other branch) and in each item; nothing else is refused.
      expect(verdict.violations).toEqual([
        "Request body must have required property 'foo'",
        "Request body must have required property 'bar'",
        "Request body must have required property 'baz'",
        "Request body property prop.0 must have required property 'bar'",
        "Request body must match exactly one schema in oneOf",
      ]);
    });
  });
}
