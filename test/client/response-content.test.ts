/**
 * Response content beyond one JSON body, run for real on the Kennel fixture
 * (test/fixtures/responses/spec.yaml): bodies that may be JSON null, several success statuses
 * (with no body, one body, or different bodies told apart by status), text, and binary downloads
 * streamed chunk by chunk. Each rule is checked against a fake fetch (bad bodies are a typed
 * ResponseError, never a TypeError) and against the fixture's local server over loopback.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { fakeFetch, json, type RecordedRequest } from "../helpers/fake-fetch.ts";
import { FIXTURE_PACKAGES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const dist = join(FIXTURE_PACKAGES, "responses/dist");
const api: Api = await import(pathToFileURL(join(dist, "index.js")).href);
const mock: Api = await import(pathToFileURL(join(dist, "mock/index.js")).href);

/** A client whose every request is answered by `respond`; `requests` lists what was sent. */
function answering(respond: (request: RecordedRequest) => Response) {
  const fake = fakeFetch((request) => respond(request));
  return { client: api["createClient"]({ fetch: fake.fetch, maxRetries: 0 }), requests: fake.requests };
}

/** The error a call rejects with. */
async function failure(call: Promise<unknown>): Promise<any> {
  return call.then(
    () => expect.unreachable("the call should have failed"),
    (e: unknown) => e,
  );
}

const DOG = { id: 1, name: "Rex", born_at: null };
const JOB = { job_id: "j1", ready_at: "2030-01-02T03:04:05Z" };

/** The sample bytes the local server answers for a binary body: byte i is (i * 31 + 7) % 256. */
function sampleBytes(size: number): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) & 255);
}

describe("nullable bodies: JSON null is the value null, anything else decodes as the type", () => {
  it("a nullable model and a nullable string", async () => {
    expect(await api["maybeDog"](answering(() => json(200, null)).client, 1)).toBeNull();
    expect(await api["maybeDog"](answering(() => json(200, DOG)).client, 1)).toEqual({
      id: 1,
      name: "Rex",
      bornAt: null,
    });
    expect(await api["nickname"](answering(() => json(200, null)).client, 1)).toBeNull();
    expect(await api["nickname"](answering(() => json(200, "Rexy")).client, 1)).toBe("Rexy");
  });

  it("a body of the wrong shape, or an empty one, is still a ResponseError", async () => {
    for (const [name, body, problem] of [
      ["maybeDog", [DOG], "a JSON array where a JSON object was expected at body"],
      ["maybeDog", { id: 1 }, "a Dog without its 'name'"],
      ["nickname", 7, "a JSON number where a string was expected at body"],
    ] as const) {
      const error = await failure(api[name](answering(() => json(200, body)).client, 1));
      expect(error, name).toBeInstanceOf(api["ResponseError"]);
      expect(error.message, name).toContain(problem);
    }
    const empty = await failure(
      api["maybeDog"](answering(() => new Response("", { status: 200 })).client, 1),
    );
    expect(empty).toBeInstanceOf(api["ResponseError"]);
    expect(empty.message).toContain("an empty body where JSON was expected");
  });
});

describe("several success statuses", () => {
  it("different bodies: { status, body }, each status's body decoded by its own decoder", async () => {
    const at = (status: number, body: unknown) => answering(() => json(status, body)).client;
    expect(await api["groom"](at(200, DOG), 1)).toEqual({
      status: 200,
      body: { id: 1, name: "Rex", bornAt: null },
    });
    expect(await api["groom"](at(201, DOG), 1)).toEqual({
      status: 201,
      body: { id: 1, name: "Rex", bornAt: null },
    });
    expect(await api["groom"](at(202, JOB), 1)).toEqual({
      status: 202,
      body: { jobId: "j1", readyAt: new Date("2030-01-02T03:04:05Z") },
    });
    expect(await api["groom"](at(204, null), 1)).toEqual({ status: 204, body: null });
    const withResponse = await api["groomWithResponse"](at(202, JOB), 1);
    expect(withResponse.status).toBe(202);
    expect(withResponse.data.body.jobId).toBe("j1");
  });

  it("a status's body of the wrong model, or a 2xx the operation does not declare, is a ResponseError", async () => {
    const wrong = await failure(api["groom"](answering(() => json(202, DOG)).client, 1));
    expect(wrong).toBeInstanceOf(api["ResponseError"]);
    expect(wrong.message).toContain("a GroomingJob without its 'job_id'");
    const undeclared = await failure(api["groom"](answering(() => json(203, DOG)).client, 1));
    expect(undeclared).toBeInstanceOf(api["ResponseError"]);
    expect(undeclared.message).toContain(
      "a success status the operation does not declare (it answers 200, 201, 202, 204)",
    );
  });

  it("statuses answering one body keep the plain result; statuses without a body return nothing", async () => {
    expect(await api["rename"](answering(() => json(201, DOG)).client, 1)).toEqual({
      id: 1,
      name: "Rex",
      bornAt: null,
    });
    for (const status of [200, 202, 204])
      expect(
        await api["deleteDog"](
          answering(() => new Response(status === 204 ? null : "", { status })).client,
          1,
        ),
      ).toBeUndefined();
  });

  it("an error status still decodes as the API's typed error", async () => {
    const error = await failure(
      api["groom"](answering(() => json(404, { message: "no such dog" })).client, 1),
    );
    expect(error).toBeInstanceOf(api["NotFoundError"]);
    expect(error.message).toContain("no such dog");
  });
});

describe("text bodies", () => {
  it("returns the body as it came, asking for its media type", async () => {
    const { client, requests } = answering(
      () => new Response("id,name\n1,Rex\n", { status: 200, headers: { "content-type": "text/csv" } }),
    );
    expect(await api["exportDogs"](client)).toBe("id,name\n1,Rex\n");
    expect(requests[0]!.headers["accept"]).toBe("text/csv, application/json");
    expect(await api["exportDogs"](answering(() => new Response("", { status: 200 })).client)).toBe("");
  });

  it("a JSON error body on a text operation is the typed error", async () => {
    const error = await failure(
      api["exportDogs"](answering(() => json(400, { message: "bad export" })).client),
    );
    expect(error).toBeInstanceOf(api["BadRequestError"]);
    expect(error.message).toContain("bad export");
  });
});

describe("binary bodies: a Download, unread until the caller reads it", () => {
  const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255]);
  const binary = (bytes: Uint8Array<ArrayBuffer>, type = "image/png") =>
    new Response(bytes, {
      status: 200,
      headers: { "content-type": type, "content-length": String(bytes.byteLength) },
    });

  it("bytes(), blob() and the stream give the body; the content type and size come from the headers", async () => {
    const { client, requests } = answering(() => binary(png));
    const photo = await api["dogPhoto"](client, 1);
    expect(requests[0]!.headers["accept"]).toBe("image/png, application/json");
    expect(photo.contentType).toBe("image/png");
    expect(photo.contentLength).toBe(10);
    expect(photo.bodyUsed).toBe(false);
    expect(await photo.bytes()).toEqual(png);
    expect(photo.bodyUsed).toBe(true);
    const again = await failure(photo.bytes());
    expect(again).toBeInstanceOf(api["ClientError"]);
    const blob: Blob = await (await api["dogPhoto"](client, 1)).blob();
    expect(blob.type).toBe("image/png");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(png);
  });

  it("the stream is read chunk by chunk, nothing ahead of the consumer", async () => {
    const chunks = [new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])];
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pulled === chunks.length) controller.close();
          else controller.enqueue(chunks[pulled++]!);
        },
      },
      { highWaterMark: 0 },
    );
    const download = await api["archive"](answering(() => new Response(source, { status: 200 })).client);
    expect(download.contentLength).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pulled).toBe(0);
    const reader = download.stream.getReader();
    const first = await reader.read();
    expect(Array.from(first.value)).toEqual([1, 2]);
    expect(pulled).toBeLessThanOrEqual(2);
    const rest: number[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest.push(...value);
    }
    expect(rest).toEqual([3, 4, 5, 6]);
  });

  it("a connection lost mid-body errors the stream with a ConnectionError, and the caller's abort with its reason", async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1]));
      },
      pull(controller) {
        controller.error(new TypeError("terminated"));
      },
    });
    const download = await api["archive"](answering(() => new Response(broken, { status: 200 })).client);
    const error = await failure(download.bytes());
    expect(error).toBeInstanceOf(api["ConnectionError"]);
    expect(error.message).toContain("reading the download failed: terminated");

    const controller = new AbortController();
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(16));
      },
    });
    const aborted = await api["archive"](answering(() => new Response(endless, { status: 200 })).client, {
      signal: controller.signal,
    });
    const reader = aborted.stream.getReader();
    await reader.read();
    controller.abort(new Error("stop the download"));
    const reason = await failure(reader.read());
    expect(reason.message).toBe("stop the download");
  });

  it("a download is not cut by the timeout of a call sharing its start: it has a deadline of its own", async () => {
    // The fake fetch ties each body to the request's signal, as a real fetch does.
    const fake = fakeFetch((request, _index, signal) => {
      if (!request.url.endsWith("/v1/Archive")) return new Promise<Response>(() => undefined);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          signal?.addEventListener("abort", () => controller.error(signal.reason));
        },
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 40));
          if (sent++ === 5) controller.close();
          else controller.enqueue(new Uint8Array([sent]));
        },
      });
      return new Response(body, { status: 200 });
    });
    const client = api["createClient"]({ fetch: fake.fetch, timeoutMs: 100, maxRetries: 0 });
    // Started together: without a deadline of its own the download would share the other call's.
    const [download, other] = [api["archive"](client), failure(api["countDogs"](client))];
    const bytes = await (await download).bytes();
    expect(Array.from(bytes)).toEqual([1, 2, 3, 4, 5]);
    expect(await other).toBeInstanceOf(api["TimeoutError"]);
  });

  it("a JSON error body on a binary operation is the typed error, never a download", async () => {
    const error = await failure(
      api["dogPhoto"](answering(() => json(404, { message: "no photo" })).client, 1),
    );
    expect(error).toBeInstanceOf(api["NotFoundError"]);
    expect(error.message).toContain("no photo");
  });

  it("statuses answering a binary body and a JSON one: a download or the decoded model, by status", async () => {
    const pdf = await api["certificate"](answering(() => binary(png, "application/pdf")).client, 1);
    expect(pdf.status).toBe(200);
    expect(pdf.body.contentType).toBe("application/pdf");
    expect(await pdf.body.bytes()).toEqual(png);
    const { client, requests } = answering(() => json(202, JOB));
    const later = await api["certificate"](client, 1);
    expect(later).toEqual({ status: 202, body: { jobId: "j1", readyAt: new Date("2030-01-02T03:04:05Z") } });
    expect(requests[0]!.headers["accept"]).toBe("application/pdf, application/json");
  });
});

describe("the local server answers each shape", () => {
  it("null for a missing record, the record otherwise; the asked-for status; text; bytes streamed", async () => {
    const server = await mock["start"]();
    try {
      const client = api["createClient"]({ baseUrl: server.url });
      expect(await api["maybeDog"](client, 1)).toBeNull();
      await api["createDog"](client, { id: 1, name: "Rex" });
      expect((await api["maybeDog"](client, 1)).name).toBe("Rex");
      expect(await api["nickname"](client, 1)).toBeNull();

      expect(await api["groom"](client, 1)).toMatchObject({ status: 200, body: { name: "Rex" } });
      const prefer = (code: number) => ({ headers: { Prefer: `code=${code}` } });
      expect(await api["groom"](client, 1, prefer(201))).toMatchObject({
        status: 201,
        body: { name: "Rex" },
      });
      expect(await api["groom"](client, 1, prefer(202))).toMatchObject({ status: 202, body: { jobId: "" } });
      expect(await api["groom"](client, 1, prefer(204))).toEqual({ status: 204, body: null });
      expect((await api["rename"](client, 1)).name).toBe("Rex");

      expect(await api["exportDogs"](client)).toBe("sample text\n");

      const photo = await api["dogPhoto"](client, 1);
      expect(photo.contentType).toBe("image/png");
      const archive = await api["archive"](client);
      expect(archive.contentType).toBe("application/octet-stream");
      expect(archive.contentLength).toBe(256 * 1024);
      let chunks = 0;
      const received: Uint8Array[] = [];
      for await (const chunk of archive.stream as AsyncIterable<Uint8Array>) {
        chunks++;
        received.push(chunk);
      }
      expect(chunks).toBeGreaterThan(1);
      expect(Buffer.concat(received).equals(Buffer.from(sampleBytes(256 * 1024)))).toBe(true);
      expect((await photo.bytes()).byteLength).toBe(256 * 1024);

      const pdf = await api["certificate"](client, 1);
      expect(pdf.status).toBe(200);
      expect(pdf.body.contentType).toBe("application/pdf");
      await pdf.body.cancel();
      expect(await api["certificate"](client, 1, prefer(202))).toMatchObject({
        status: 202,
        body: { jobId: "" },
      });

      const missing = await failure(api["dogPhoto"](client, 9));
      expect(missing).toBeInstanceOf(api["NotFoundError"]);
      await api["deleteDog"](client, 1);
    } finally {
      await server.close();
    }
  });
});
