/**
 * Response content from documents, carried the whole way: `test/fixtures/import/content.yaml`
 * (bodies that may be null, by `anyOf` with null and by a 3.1 type list; a binary download; an
 * image offered beside HTML; several 2xx answering a PDF, a JSON job and nothing; CSV text; a
 * multipart body the spec cannot carry; two statuses answering one model) and hey-api's
 * `content-binary.json` feature document (a PNG whose schema has `contentMediaType`, a zip without a
 * schema) are imported into the spec's keys, with a positioned warning for each thing left out, then
 * generated, and their clients decode their local servers' answers over loopback (and the PNG of
 * Prism serving hey-api's document; Prism cannot serialize its zip at all).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { importDocument } from "../../generator/import/import.ts";
import type { RawOperation, RawSpec } from "../../generator/load/spec-types.ts";
import { importedPackage, type ImportedPackage } from "../helpers/imported.ts";
import { FIXTURES, ROOT, sharedPresent, tempDir } from "../helpers/paths.ts";
import { startPrism } from "../helpers/prism.ts";

const FEATURES = join(ROOT, "../shared/vendor/openapi-examples/hey-api/3.0.x/features");
const present = sharedPresent(FEATURES, "the hey-api content-binary import test");

/** The operation `id` as the import wrote it into the package's spec files. */
function importedOperation(pkg: ImportedPackage, file: string, id: string) {
  const spec = parse(readFileSync(join(pkg.dir, "../spec", file), "utf8")) as RawSpec;
  return spec.resources!.flatMap((r) => r.operations).find((o) => o.id === id)!;
}

/** Every byte of a download, read chunk by chunk from its stream; the number of chunks too. */
async function streamed(download: { stream: ReadableStream<Uint8Array> }): Promise<[Uint8Array, number]> {
  const reader = download.stream.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return [new Uint8Array(Buffer.concat(chunks)), chunks.length];
}

const sample = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) & 255);

describe("importing response content (content.yaml)", () => {
  let pkg: ImportedPackage;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    pkg = await importedPackage(join(FIXTURES, "import/content.yaml"));
    server = await pkg.mock["start"]();
  }, 120_000);
  afterAll(() => server?.close());

  it("maps each answer to the spec's keys", () => {
    expect(importedOperation(pkg, "file.yaml", "FindFile").response).toEqual({
      model: "File",
      nullable: true,
    });
    expect(importedOperation(pkg, "label.yaml", "FileLabel").response).toEqual({
      type: "string",
      nullable: true,
    });
    expect(importedOperation(pkg, "content.yaml", "DownloadFile").response).toEqual({ content: "binary" });
    expect(importedOperation(pkg, "preview.yaml", "PreviewFile").response).toEqual({
      content: "binary",
      mediaType: "image/png",
    });
    expect(importedOperation(pkg, "report.yaml", "Report").response).toEqual({
      content: "text",
      mediaType: "text/csv",
    });
    const convert = importedOperation(pkg, "convert.yaml", "ConvertFile");
    expect(convert.successStatus).toEqual([200, 202, 204]);
    expect(convert.response).toBeUndefined();
    expect(convert.responses).toEqual({
      200: { content: "binary", mediaType: "application/pdf" },
      202: "Job",
      204: "none",
    });
    // A form or multipart answer is not decoded: the client returns its bytes.
    expect(importedOperation(pkg, "upload-form.yaml", "UploadForm").response).toEqual({
      content: "binary",
      mediaType: "multipart/form-data",
    });
    // Two statuses answering one model keep one body: the plain result.
    const touch = importedOperation(pkg, "job.yaml", "TouchJob");
    expect([touch.successStatus, touch.response, touch.responses]).toEqual([[200, 201], "Job", undefined]);
  });

  it("says at its place each thing it leaves out, or answers as bytes", () => {
    const said = pkg.warnings.map(formatDiagnostic).filter((w) => /-not-carried|-as-bytes/.test(w));
    expect(said).toEqual([
      expect.stringMatching(
        /content\.yaml:63:13 warning\[response-media-type-not-carried\] HTTP 200 offers 2 media types; the spec keeps image\/png and leaves out text\/html/,
      ),
      expect.stringMatching(
        /content\.yaml:100:13 warning\[response-content-as-bytes\] HTTP 200's body \(multipart\/form-data\) is answered as its bytes/,
      ),
    ]);
  });

  it("its client decodes each answer of its local server", async () => {
    const { api } = pkg;
    const client = api["createClient"]({ baseUrl: server.url });
    const file = await api["findFile"](client, "f1");
    expect(file === null || typeof file.name === "string").toBe(true);
    expect(await api["fileLabel"](client, "f1")).toBeNull();
    const [bytes, chunks] = await streamed(await api["downloadFile"](client, "f1"));
    expect(Buffer.from(bytes).equals(Buffer.from(sample(256 * 1024)))).toBe(true);
    expect(chunks).toBeGreaterThan(1);
    expect((await api["previewFile"](client, "f1")).contentType).toBe("image/png");
    expect(await api["report"](client)).toBe("sample text\n");
    const pdf = await api["convertFile"](client, "f1");
    expect([pdf.status, pdf.body.contentType]).toEqual([200, "application/pdf"]);
    await pdf.body.cancel();
    const job = await api["convertFile"](client, "f1", { headers: { Prefer: "code=202" } });
    expect(job).toEqual({ status: 202, body: { jobId: "" } });
    expect(await api["convertFile"](client, "f1", { headers: { Prefer: "code=204" } })).toEqual({
      status: 204,
      body: null,
    });
  });
});

describe("the OpenAPI document the generator writes imports back to the same response keys", () => {
  it("every response shape of the Kennel fixture: nullable, by status, text, binary, no body", async () => {
    const out = tempDir("content-roundtrip-");
    const result = await importDocument({
      document: join(FIXTURES, "responses/expected/openapi.yaml"),
      outDir: out,
      cwd: ROOT,
    });
    expect(result.ok, result.diagnostics.map(formatDiagnostic).join("\n")).toBe(true);
    const keys = (op: RawOperation) => [op.successStatus, op.response, op.responses];
    const byId = (ops: RawOperation[]) => Object.fromEntries(ops.map((op) => [op.id, keys(op)]));
    const operations = (spec: RawSpec) => (spec.resources ?? []).flatMap((r) => [...r.operations]);
    const imported = readdirSync(out)
      .filter((f) => f.endsWith(".yaml"))
      .flatMap((f) => operations(parse(readFileSync(join(out, f), "utf8")) as RawSpec));
    const written = operations(parse(readFileSync(join(FIXTURES, "responses/spec.yaml"), "utf8")) as RawSpec);
    // The spec's { model: GroomingJob } is GroomingJob as the importer writes it; 'Rename' keeps one body.
    const normal = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value ?? null).replace(/\{"model":"(\w+)"\}/g, '"$1"'));
    const want = byId(written);
    want["Rename"] = [[200, 201], "Dog", undefined];
    expect(normal(byId(imported))).toEqual(normal(want));
  });
});

describe.skipIf(!present)("hey-api's content-binary.json, imported whole", () => {
  let pkg: ImportedPackage;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    pkg = await importedPackage(join(FEATURES, "content-binary.json"));
    server = await pkg.mock["start"]();
  }, 120_000);
  afterAll(() => server?.close());

  it("both responses are binary downloads of their media types", () => {
    expect(importedOperation(pkg, "foo.yaml", "GetFoo").response).toEqual({
      content: "binary",
      mediaType: "image/png",
    });
    expect(importedOperation(pkg, "bar.yaml", "GetBar").response).toEqual({
      content: "binary",
      mediaType: "application/zip",
    });
    expect(pkg.warnings.map((w) => w.code)).toEqual(["no-server-origin"]);
  });

  it("its downloads decode against its local server, streamed and whole", async () => {
    const { api } = pkg;
    const client = api["createClient"]({ baseUrl: server.url });
    const foo = await api["getFoo"](client);
    expect(foo.contentType).toBe("image/png");
    const [bytes, chunks] = await streamed(foo);
    expect(Buffer.from(bytes).equals(Buffer.from(sample(256 * 1024)))).toBe(true);
    expect(chunks).toBeGreaterThan(1);
    const bar = await api["getBar"](client);
    expect(bar.contentType).toBe("application/zip");
    const blob: Blob = await bar.blob();
    expect(blob.type).toBe("application/zip");
    expect(blob.size).toBe(256 * 1024);
  });

  it("against Prism serving the document: the PNG is Prism's sample; the zip Prism cannot serialize (a typed 500)", async () => {
    const prism = await startPrism(join(FEATURES, "content-binary.json"));
    try {
      const { api } = pkg;
      const client = api["createClient"]({ baseUrl: prism.url, maxRetries: 0 });
      const foo = await api["getFoo"](client);
      expect(foo.contentType).toBe("image/png");
      expect(new TextDecoder().decode(await foo.bytes())).toBe("string");
      const bar = await api["getBar"](client).catch((e: unknown) => e);
      expect(bar).toBeInstanceOf(api["InternalServerError"]);
      expect((bar as Error).message).toContain("Cannot find serializer for application/zip");
    } finally {
      await prism.close();
    }
  }, 120_000);
});
