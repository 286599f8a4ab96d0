/**
 * Request bodies of every media type, run for real against a server on 127.0.0.1 that records the
 * bytes it got: the fixture's Drive API (test/fixtures/bodies/spec.yaml) sends multipart/form-data
 * with files (compared part by part: names, file names, content types, bytes, since the boundary
 * is random), binary bodies (Uint8Array, Blob, ArrayBuffer, a ReadableStream), text, and JSON
 * unions, arrays and union properties (compared byte for byte). The validator checks the branch a
 * union's discriminator names, or the first branch whose shape the value fits, and names the
 * branches when none fits; the fixture's local server parses each body and answers a malformed
 * one with a 400 in the API's error body.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PACKAGES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const dist = join(FIXTURE_PACKAGES, "bodies/dist");
const api: Api = await import(pathToFileURL(join(dist, "index.js")).href);
const mock: Api = await import(pathToFileURL(join(dist, "mock/index.js")).href);

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly bytes: Buffer;
}

// A server that records each request whole and answers as the operation expects.
let server: Server;
let origin = "";
const received: Received[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const bytes = Buffer.concat(chunks);
      received.push({ method: req.method!, url: req.url!, headers: req.headers, bytes });
      if (req.url!.endsWith("/Note")) {
        res.writeHead(200, { "Content-Type": "text/plain" }).end(bytes);
      } else if (req.url!.endsWith("/Rename")) {
        res.writeHead(200, { "Content-Type": "application/json" }).end('{"id":"doc-1","title":"New"}');
      } else if (req.url!.includes("/Archive") || req.url!.includes("/Scan")) res.writeHead(204).end();
      else
        res
          .writeHead(201, { "Content-Type": "application/json" })
          .end(JSON.stringify({ received: true, count: 1 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The client against the recording server, and the request a call made. */
async function sent(call: (client: unknown) => Promise<unknown>): Promise<Received> {
  const before = received.length;
  await call(api["createClient"]({ baseUrl: origin }));
  expect(received.length).toBe(before + 1);
  return received[received.length - 1]!;
}

/** The parts of a multipart body, as a server parses them. */
async function partsOf(r: Received) {
  const form = await new Response(new Uint8Array(r.bytes), {
    headers: { "content-type": String(r.headers["content-type"]) },
  }).formData();
  const out: { name: string; fileName: string | null; type: string | null; bytes: string }[] = [];
  for (const [name, value] of form)
    out.push(
      typeof value === "string"
        ? { name, fileName: null, type: null, bytes: value }
        : {
            name,
            fileName: value.name,
            type: value.type,
            bytes: Buffer.from(await value.arrayBuffer()).toString("latin1"),
          },
    );
  return out;
}

/** The issues of the ValidationError a call rejects with (and that nothing was sent). */
async function issuesOf(call: (client: unknown) => Promise<unknown>) {
  const before = received.length;
  const error = await call(api["createClient"]({ baseUrl: origin })).then(
    () => expect.unreachable("the call should have been refused"),
    (e: any) => e,
  );
  expect(error.name).toBe("ValidationError");
  expect(received.length).toBe(before);
  return error.issues.map((i: any) => `${i.path}: ${i.message}`);
}

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]);

describe("multipart/form-data", () => {
  it("sends fields and files as parts: names, file names, part types and bytes", async () => {
    const r = await sent((client) =>
      api["uploadDocument"](client, {
        file: new File([PDF], "report.pdf", { type: "application/octet-stream" }),
        title: "Report – Q3",
        tags: ["a", "b"],
        pages: 12,
        scannedAt: new Date("2026-01-02T03:04:05.000Z"),
        attachments: [new Uint8Array([1, 2, 3]), new Blob(["png!"], { type: "image/png" })],
        metadata: { authorName: "Ann", draft: false },
        visibility: "public",
      }),
    );
    expect(r.method).toBe("POST");
    expect(r.url).toBe("/v1/Uploads?visibility=public");
    expect(r.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(await partsOf(r)).toEqual([
      // The spec's part type wins over the File's own; the file keeps its name.
      {
        name: "file",
        fileName: "report.pdf",
        type: "application/pdf",
        bytes: Buffer.from(PDF).toString("latin1"),
      },
      { name: "title", fileName: null, type: null, bytes: "Report – Q3" },
      { name: "tags", fileName: null, type: null, bytes: "a" },
      { name: "tags", fileName: null, type: null, bytes: "b" },
      { name: "pages", fileName: null, type: null, bytes: "12" },
      { name: "scanned_at", fileName: null, type: null, bytes: "2026-01-02T03:04:05.000Z" },
      { name: "attachments", fileName: "blob", type: "application/octet-stream", bytes: "\x01\x02\x03" },
      { name: "attachments", fileName: "blob", type: "image/png", bytes: "png!" },
      // An object part: its JSON under wire names, typed as the spec says.
      {
        name: "metadata",
        fileName: "blob",
        type: "application/json",
        bytes: '{"author_name":"Ann","draft":false}',
      },
    ]);
  });

  it("refuses a missing file, a file that is not bytes and too many attachments, before sending", async () => {
    expect(await issuesOf((client) => api["uploadDocument"](client, { title: "x" }))).toEqual([
      "file: is required",
    ]);
    expect(
      await issuesOf((client) =>
        api["uploadDocument"](client, {
          file: "not a file",
          title: "",
          attachments: [PDF, PDF, PDF, PDF],
          metadata: { draft: true },
        }),
      ),
    ).toEqual([
      "file: must be a Blob, a File or a Uint8Array",
      "title: must be 1 to 100 characters long, got 0",
      "attachments: must hold at most 3 items, got 4",
      "metadata.authorName: is required",
    ]);
  });
});

describe("binary and text bodies", () => {
  it("sends bytes as they are, typed as the spec says: a Uint8Array, a Blob, an ArrayBuffer, a stream", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 255]);
    for (const body of [zip, new Blob([zip]), zip.buffer.slice(0)]) {
      const r = await sent((client) => api["putArchive"](client, "doc-1", body));
      expect(r.method).toBe("PUT");
      expect(r.url).toBe("/v1/Documents/doc-1/Archive");
      expect(r.headers["content-type"]).toBe("application/zip");
      expect([...r.bytes]).toEqual([...zip]);
    }
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(zip.slice(0, 3));
        controller.enqueue(zip.slice(3));
        controller.close();
      },
    });
    const r = await sent((client) => api["putBytes"](client, stream, { checksum: "0a1b2c3d" }));
    expect(r.url).toBe("/v1/Bytes?checksum=0a1b2c3d");
    expect(r.headers["content-type"]).toBe("application/octet-stream");
    expect([...r.bytes]).toEqual([...zip]);
  });

  it("an optional body left out sends none; a body of the wrong kind is refused", async () => {
    const r = await sent((client) => api["putScan"](client, "doc-1", undefined));
    expect(r.bytes.length).toBe(0);
    expect(r.headers["content-type"]).toBeUndefined();
    expect(await issuesOf((client) => api["putArchive"](client, "doc-1", "PK"))).toEqual([
      "archive: must be a Blob, a Uint8Array, an ArrayBuffer or a ReadableStream",
    ]);
    expect(await issuesOf((client) => api["putArchive"](client, "doc-1", undefined))).toEqual([
      "archive: is required",
    ]);
    expect(await issuesOf((client) => api["putNote"](client, "doc-1", 42))).toEqual([
      "note: must be a string",
    ]);
  });

  it("sends text as UTF-8, typed text/plain, and reads the text answer", async () => {
    let answer: unknown;
    const r = await sent(async (client) => (answer = await api["putNote"](client, "doc-1", "héllo ✓")));
    expect(r.headers["content-type"]).toBe("text/plain");
    expect(r.bytes.toString("utf8")).toBe("héllo ✓");
    expect(answer).toBe("héllo ✓");
  });
});

describe("JSON bodies of any type", () => {
  it("a union chosen by its discriminator: the branch's fields under wire names, dates as ISO text", async () => {
    let r = await sent((client) => api["drawShape"](client, { kind: "circle", radius: 2 }));
    expect(r.headers["content-type"]).toBe("application/json");
    expect(r.bytes.toString()).toBe('{"kind":"circle","radius":2}');
    r = await sent((client) =>
      api["drawShape"](client, { kind: "box", sideLength: 3, drawnAt: new Date("2026-01-01T00:00:00Z") }),
    );
    expect(r.bytes.toString()).toBe('{"kind":"box","side_length":3,"drawn_at":"2026-01-01T00:00:00.000Z"}');
  });

  it("checks the branch the discriminator names, and names the values when it names none", async () => {
    expect(await issuesOf((client) => api["drawShape"](client, { kind: "circle", radius: -1 }))).toEqual([
      "body.radius: must be at least 0, got -1",
    ]);
    expect(await issuesOf((client) => api["drawShape"](client, { kind: "circle", sideLength: 1 }))).toEqual([
      "body.sideLength: is not a parameter of this operation",
      "body.radius: is required",
    ]);
    expect(await issuesOf((client) => api["drawShape"](client, { kind: "hexagon" }))).toEqual([
      "body: must have kind one of: circle, square, box",
    ]);
  });

  it("a union chosen by shape: the first branch the value fits, in spec order, with its media type", async () => {
    const bodies: [unknown, string][] = [
      ["hello", '"hello"'],
      [7, "7"],
      [{ text: "hi", fontSize: 12 }, '{"text":"hi","font_size":12}'],
      [[1, 2], "[1,2]"],
    ];
    for (const [label, wire] of bodies) {
      const r = await sent((client) => api["sendLabel"](client, label));
      expect(r.headers["content-type"]).toBe("application/merge-patch+json");
      expect(r.bytes.toString()).toBe(wire);
    }
  });

  it("checks the rules of the branch taken, and lists the branches tried when none fits", async () => {
    expect(await issuesOf((client) => api["sendLabel"](client, "much too long"))).toEqual([
      "label: must be at most 10 characters long, got 13",
    ]);
    expect(await issuesOf((client) => api["sendLabel"](client, { text: "x", fontSize: 2 }))).toEqual([
      "label.fontSize: must be at least 6, got 2",
    ]);
    expect(await issuesOf((client) => api["sendLabel"](client, true))).toEqual([
      "label: fits none of SendLabelBody's branches (tried string, integer, SendLabelBodyOption3, integer[])",
    ]);
    // An object with a key no object branch has fits none.
    expect(await issuesOf((client) => api["sendLabel"](client, { text: "x", colour: "red" }))).toHaveLength(
      1,
    );
  });

  it("an array body, and a union as a property of a JSON body", async () => {
    let r = await sent((client) => api["sendNumbers"](client, [1.5, 2]));
    expect(r.bytes.toString()).toBe("[1.5,2]");
    expect(await issuesOf((client) => api["sendNumbers"](client, []))).toEqual([
      "body: must hold at least 1 items, got 0",
    ]);
    r = await sent((client) => api["tagShape"](client, 4, { tag: "red" }));
    expect(r.bytes.toString()).toBe('{"tag":"red"}');
    r = await sent((client) => api["tagShape"](client, 4, { tag: 2.5 }));
    expect(r.bytes.toString()).toBe('{"tag":2.5}');
    expect(await issuesOf((client) => api["tagShape"](client, 4, { tag: false }))).toEqual([
      "tag: fits none of TagShapeTag's branches (tried string, number)",
    ]);
  });

  it("a form body as before", async () => {
    const r = await sent((client) => api["renameDocument"](client, "doc-1", { title: "New" }));
    expect(r.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(r.bytes.toString()).toBe("Title=New");
  });
});

describe("the local server parses each body", () => {
  let local: any;
  beforeAll(async () => (local = await mock["start"]({ maxBodyBytes: 4096 })));
  afterAll(() => local.close());
  const client = () => api["createClient"]({ baseUrl: local.url });
  const raw = (path: string, init: RequestInit) => fetch(local.url + path, init);

  it("answers each kind of body the client sends", async () => {
    await api["createDocument"](client(), { id: "doc-1" });
    expect(
      await api["uploadDocument"](client(), {
        file: new Blob([PDF]),
        title: "Report",
        tags: ["a"],
        metadata: { authorName: "Ann" },
      }),
    ).toEqual({ received: expect.any(Boolean) });
    await api["putArchive"](client(), "doc-1", new Uint8Array([1, 2, 3]));
    await api["putScan"](client(), "doc-1", undefined);
    expect(typeof (await api["putNote"](client(), "doc-1", "a note"))).toBe("string");
    await api["drawShape"](client(), { kind: "square", sideLength: 2 });
    await api["sendLabel"](client(), { text: "hi" });
    await api["sendNumbers"](client(), [1]);
  });

  it("checks what it parsed with the client's rules: a 400 in the API's error body", async () => {
    const form = new FormData();
    form.append("title", "no file");
    let response = await raw("/v1/Uploads", { method: "POST", body: form });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining("file") });

    response = await raw("/v1/Shapes", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"kind":"hexagon"}',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toContain("must have kind one of: circle, square, box");

    response = await raw("/v1/Shapes", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"kind":"circle","radius":1',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe("The request body is not JSON");

    response = await raw("/v1/Documents/doc-1/Archive", { method: "PUT" });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toContain("archive");
  });

  it("answers a malformed multipart body and one over the size limit without crashing", async () => {
    let response = await raw("/v1/Uploads", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=XYZ" },
      body: '--XYZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nunterminated',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe("The request body is not valid multipart/form-data");
    response = await raw("/v1/Bytes", { method: "POST", body: new Uint8Array(8192) });
    expect(response.status).toBe(413);
    // The server goes on.
    await api["sendNumbers"](client(), [2]);
  });
});
