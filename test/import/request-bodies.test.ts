/**
 * Import, request bodies of every media type (small inline documents): multipart/form-data (files,
 * arrays of them, a part's `encoding.contentType`), bytes (`application/octet-stream` without a
 * schema, a zip with `format: binary`), text (`text/csv`), JSON bodies that are no object of named
 * properties (an array, a union whose discriminator is mapped onto inline branches, a union whose
 * discriminator cannot be kept, warned about), a JSON media type of its own kept as `mediaType`,
 * several media types for one body (JSON chosen, the others warned about), and a body no spec
 * carries (XML, warned about). The generated client sends each as the document says.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import type { RawOperation, RawSpec } from "../../generator/load/spec-types.ts";
import { importedPackage, type ImportedPackage } from "../helpers/imported.ts";
import { tempDir } from "../helpers/paths.ts";

const ok = { "200": { description: "Done." } };
const post = (operationId: string, requestBody: unknown) => ({
  post: { operationId, requestBody, responses: ok },
});
const DOCUMENT = {
  openapi: "3.0.3",
  info: { title: "Bodies", version: "1" },
  servers: [{ url: "https://bodies.example.com" }],
  paths: {
    "/uploads": post("upload", {
      required: true,
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            required: ["file"],
            properties: {
              file: { type: "string", format: "binary", description: "The file." },
              pages: { type: "array", items: { type: "string", format: "binary" } },
              title: { type: "string", maxLength: 10 },
              meta: { $ref: "#/components/schemas/Meta" },
            },
          },
          encoding: { file: { contentType: "application/pdf" }, meta: { contentType: "application/json" } },
        },
      },
    }),
    "/bytes": post("putBytes", { required: true, content: { "application/octet-stream": {} } }),
    "/zips": post("putZip", {
      content: { "application/zip": { schema: { type: "string", format: "binary" } } },
    }),
    "/csv": post("putCsv", { required: true, content: { "text/csv": { schema: { type: "string" } } } }),
    "/numbers": post("putNumbers", {
      required: true,
      content: { "application/json": { schema: { type: "array", items: { type: "integer" } } } },
    }),
    "/shapes": post("drawShape", {
      required: true,
      content: {
        "application/json": {
          schema: {
            oneOf: [{ $ref: "#/components/schemas/Circle" }, { $ref: "#/components/schemas/Square" }],
            discriminator: { propertyName: "kind", mapping: { round: "#/components/schemas/Circle" } },
          },
        },
      },
    }),
    "/labels": post("sendLabel", {
      required: true,
      content: {
        "application/json": {
          schema: {
            oneOf: [{ type: "string" }, { type: "integer" }],
            discriminator: { propertyName: "kind" },
          },
        },
      },
    }),
    "/patches": post("patchMeta", {
      required: true,
      content: { "application/merge-patch+json": { schema: { $ref: "#/components/schemas/Meta" } } },
    }),
    "/notes": post("addNote", {
      required: true,
      content: {
        "application/x-www-form-urlencoded": { schema: { $ref: "#/components/schemas/Meta" } },
        "multipart/form-data": { schema: { $ref: "#/components/schemas/Meta" } },
        "application/json": { schema: { $ref: "#/components/schemas/Meta" } },
      },
    }),
    "/xml": post("putXml", {
      content: { "application/xml": { schema: { $ref: "#/components/schemas/Meta" } } },
    }),
  },
  components: {
    schemas: {
      Meta: {
        type: "object",
        required: ["author"],
        properties: { author: { type: "string" }, draft: { type: "boolean" } },
      },
      Circle: {
        type: "object",
        required: ["kind", "radius"],
        properties: { kind: { type: "string" }, radius: { type: "number" } },
      },
      Square: {
        type: "object",
        required: ["kind", "side"],
        properties: { kind: { type: "string" }, side: { type: "number" } },
      },
    },
  },
};

let pkg: ImportedPackage;
let operations: RawOperation[] = [];
let warnings: string[] = [];
beforeAll(async () => {
  const file = join(tempDir("bodies-"), "bodies.json");
  writeFileSync(file, JSON.stringify(DOCUMENT, null, 2));
  pkg = await importedPackage(file);
  warnings = pkg.warnings.map(formatDiagnostic);
  const { readdirSync } = await import("node:fs");
  const specDir = join(pkg.dir, "../spec");
  operations = readdirSync(specDir)
    .filter((f) => f.endsWith(".yaml"))
    .flatMap((f) => (parse(readFileSync(join(specDir, f), "utf8")) as RawSpec).resources ?? [])
    .flatMap((r) => r.operations);
}, 120_000);

const op = (id: string) => operations.find((o) => o.id.toLowerCase() === id.toLowerCase())!;

/** The requests a client makes, each with its Content-Type and body. */
function recording() {
  const sent: { type: string | null; body: BodyInit | null | undefined }[] = [];
  const client = pkg.api["createClient"]({
    fetch: (async (_url: string, init: RequestInit) => {
      sent.push({ type: new Headers(init.headers).get("content-type"), body: init.body });
      return new Response(null, { status: 200 });
    }) as typeof fetch,
  });
  return { sent, client };
}

describe("importing request bodies of every media type", () => {
  it("maps multipart/form-data to body parameters, files and part types among them", async () => {
    const upload = op("Upload");
    expect(upload.body).toBe("multipart");
    expect(upload.parameters).toEqual([
      expect.objectContaining({
        name: "file",
        in: "body",
        type: "binary",
        required: true,
        contentType: "application/pdf",
      }),
      expect.objectContaining({ name: "pages", in: "body", type: "array", items: { type: "binary" } }),
      expect.objectContaining({ name: "title", in: "body", type: "string", maxLength: 10 }),
      expect.objectContaining({ name: "meta", in: "body", type: "object", contentType: "application/json" }),
    ]);
    const { sent, client } = recording();
    await pkg.api["upload"](client, { file: new Uint8Array([1, 2]), title: "T", meta: { author: "Ann" } });
    const form = sent[0]!.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect((form.get("file") as Blob).type).toBe("application/pdf");
    expect(form.get("title")).toBe("T");
    expect(await (form.get("meta") as Blob).text()).toBe('{"author":"Ann"}');
  });

  it("maps bytes to a binary body, its media type kept unless it is the default", async () => {
    expect(op("PutBytes").requestBody).toEqual({ content: "binary", description: "The request body." });
    expect(op("PutZip").requestBody).toEqual({
      content: "binary",
      mediaType: "application/zip",
      required: false,
      description: "The request body.",
    });
    const { sent, client } = recording();
    await pkg.api["putZip"](client, new Uint8Array([80, 75]));
    expect(sent[0]!.type).toBe("application/zip");
  });

  it("maps text/* to a text body with its media type", async () => {
    expect(op("PutCsv").requestBody).toEqual({
      content: "text",
      mediaType: "text/csv",
      description: "The request body.",
    });
    const { sent, client } = recording();
    await pkg.api["putCsv"](client, "a,b\n1,2\n");
    expect(sent[0]).toEqual({ type: "text/csv", body: "a,b\n1,2\n" });
  });

  it("maps a JSON body that is no object of properties to a whole JSON body", () => {
    expect(op("PutNumbers").requestBody).toEqual({
      content: "json",
      type: "array",
      items: { type: "integer" },
      description: "The request body.",
    });
  });

  it("maps a discriminated union of components to inline branches, each naming its values", async () => {
    const body = op("DrawShape").requestBody!;
    expect(body.type).toBe("union");
    expect(body.discriminator).toEqual({ field: "kind" });
    expect(body.oneOf!.map((b) => b.fields!.find((f) => f.name === "kind"))).toEqual([
      { name: "kind", type: "string", enum: ["round"], required: true, description: "" },
      { name: "kind", type: "string", enum: ["Square"], required: true, description: "" },
    ]);
    const { sent, client } = recording();
    await pkg.api["drawShape"](client, { kind: "round", radius: 2 });
    expect(sent[0]).toEqual({ type: "application/json", body: '{"kind":"round","radius":2}' });
    await expect(pkg.api["drawShape"](client, { kind: "oval", radius: 2 })).rejects.toThrow(/kind/);
  });

  it("drops a discriminator it cannot keep with a positioned warning, the branches chosen by shape", () => {
    expect(op("SendLabel").requestBody).toEqual({
      content: "json",
      type: "union",
      oneOf: [{ type: "string" }, { type: "integer" }],
      description: "The request body.",
    });
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /bodies\.json:\d+:\d+ warning\[discriminator-dropped\] the discriminator kind of the request body is left out/,
      ),
    );
  });

  it("keeps a JSON media type of its own, the model inlined", async () => {
    expect(op("PatchMeta").requestBody).toEqual({
      content: "json",
      mediaType: "application/merge-patch+json",
      type: "object",
      fields: [
        { name: "author", type: "string", required: true, description: "" },
        { name: "draft", type: "boolean", description: "" },
      ],
      description: "The request body.",
    });
    const { sent, client } = recording();
    await pkg.api["patchMeta"](client, { author: "Ann" });
    expect(sent[0]).toEqual({ type: "application/merge-patch+json", body: '{"author":"Ann"}' });
  });

  it("picks JSON among several media types and warns about each other one", () => {
    expect(op("AddNote").body).toBe("json");
    expect(op("AddNote").parameters!.map((p) => p.name)).toEqual(["author", "draft"]);
    const left = warnings.filter((w) => w.includes("warning[request-media-type-left-out]"));
    expect(left).toEqual([
      expect.stringMatching(/the application\/x-www-form-urlencoded form of the request body is left out/),
      expect.stringMatching(/the multipart\/form-data form of the request body is left out/),
    ]);
  });

  it("leaves out, with a positioned warning, a body no spec carries", () => {
    expect(op("PutXml").requestBody).toBeUndefined();
    expect(warnings).toContainEqual(
      expect.stringMatching(/bodies\.json:\d+:\d+ warning\[request-body-not-carried\] the application\/xml/),
    );
  });
});
