/**
 * Servers and methods, imported: the OAI Petstores' server path (`/v1`, `/v2`) becomes the base
 * URL's prefix, not the operations' paths, so their clients run against a server mounted without it
 * (a plain server asserting the request lines, their own local server, Prism) by setting `baseUrl`,
 * and against Prism serving the original document, mounted where its server says, by default.
 * hey-api's every-method path, written by hand (full.yaml does not import yet), brings HEAD and
 * OPTIONS, TRACE (left out, said at the operation), server variables and servers of a path item and
 * of an operation, and runs against Prism.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { importDocument } from "../../generator/import/import.ts";
import { importedPackage, type ImportedPackage } from "../helpers/imported.ts";
import { ROOT, sharedPresent, tempDir } from "../helpers/paths.ts";
import { startPrism, type Prism } from "../helpers/prism.ts";

const OAI = join(ROOT, "../shared/vendor/openapi-examples/oai");
const present = sharedPresent(OAI, "the Petstore server tests");

/** The imported spec files of a package, parsed. */
function specsOf(pkg: ImportedPackage): Record<string, any>[] {
  const dir = join(pkg.dir, "../spec");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), "utf8")));
}

/** The text of every generated operations module of a package, for the functions' declared types. */
function operationsText(pkg: ImportedPackage): string {
  return (readdirSync(join(pkg.dir, "src"), { recursive: true }) as string[])
    .filter((f) => f.endsWith("operations.ts"))
    .sort()
    .map((f) => readFileSync(join(pkg.dir, "src", f), "utf8"))
    .join("\n");
}

/** A plain server on 127.0.0.1 recording each request line and body, answering with `answer`. */
async function recorder(answer: (req: IncomingMessage) => [number, unknown]) {
  const lines: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      lines.push(`${req.method} ${req.url} HTTP/${req.httpVersion}${body ? ` ${body}` : ""}`);
      const [status, payload] = answer(req);
      res
        .writeHead(status, { "content-type": "application/json" })
        .end(payload === null ? undefined : JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, lines, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * A fetch that sends the requests of `origin` to `to` instead (the host, not the path: what a
 * DNS entry for the API's host pointing at the test machine would do), recording each URL asked for.
 */
function rerouted(origin: string, to: string) {
  const asked: string[] = [];
  const fetchImpl = (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    asked.push(url);
    return fetch(url.startsWith(origin) ? to + url.slice(origin.length) : url, init);
  };
  return { fetch: fetchImpl as typeof fetch, asked };
}

/** A loopback gateway that serves `target` below `mount` (`/v1`), as the document's server says; 404 elsewhere. */
async function gateway(mount: string, target: string) {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (!req.url!.startsWith(`${mount}/`)) return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => k !== "host" && k !== "content-length") as [
          string,
          string,
        ][],
      );
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const answer = await fetch(target + req.url!.slice(mount.length), {
        method: req.method!,
        headers,
        body,
      });
      const text = await answer.text();
      res
        .writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "text/plain" })
        .end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.skipIf(!present)("the OAI Petstores: the server's path prefix is the base URL's", () => {
  describe("petstore.yaml (http://petstore.swagger.io/v1)", () => {
    let pkg: ImportedPackage;
    let prism: Prism;
    beforeAll(async () => {
      [pkg, prism] = await Promise.all([
        importedPackage(join(OAI, "petstore.yaml")),
        startPrism(join(OAI, "petstore.yaml")),
      ]);
    });
    afterAll(() => prism?.close());

    it("imports with baseUrl http://petstore.swagger.io/v1 and the document's paths", () => {
      expect(pkg.warnings.map(formatDiagnostic)).toEqual([]);
      const [spec] = specsOf(pkg);
      expect(spec!["service"]["baseUrl"]).toBe("http://petstore.swagger.io/v1");
      expect(spec!["service"]["version"]).toBe("v1");
      expect(spec!["resources"][0]["paths"]).toEqual({ list: "/pets", instance: "/pets/{petId}" });
      expect(pkg.api["PETSTORE_BASE_URL"] ?? pkg.api["SWAGGER_PETSTORE_BASE_URL"]).toBe(
        "http://petstore.swagger.io/v1",
      );
    });

    it("sends exactly these request lines to a server mounted without /v1, given as baseUrl", async () => {
      const server = await recorder((req) =>
        req.method === "POST"
          ? [201, null]
          : req.url!.startsWith("/pets/")
            ? [200, { id: 7, name: "Rex" }]
            : [200, []],
      );
      try {
        const client = pkg.api["createClient"]({ baseUrl: server.url });
        await pkg.api["listPets"](client, { limit: 2 });
        await pkg.api["createPets"](client, { id: 7, name: "Rex" });
        expect(await pkg.api["fetchPet"](client, "7")).toMatchObject({ id: 7, name: "Rex" });
        expect(server.lines).toEqual([
          "GET /pets?limit=2 HTTP/1.1",
          `POST /pets HTTP/1.1 {"id":7,"name":"Rex"}`,
          "GET /pets/7 HTTP/1.1",
        ]);
      } finally {
        await server.close();
      }
    });

    it("runs against its own local server, which serves the document's paths", async () => {
      const server = await pkg.mock["start"]();
      try {
        const client = pkg.api["createClient"]({ baseUrl: server.url });
        await pkg.api["createPets"](client, { id: 7, name: "Rex" });
        expect(server.requestCount).toBe(1);
      } finally {
        await server.close();
      }
    });

    it("Prism answers 2xx with baseUrl set to it (mounted without /v1)", async () => {
      const client = pkg.api["createClient"]({ baseUrl: prism.url });
      const pets = await pkg.api["listPetsWithResponse"](client, { limit: 2 });
      expect(pets.status).toBe(200);
      expect((await pkg.api["fetchPetWithResponse"](client, "7")).status).toBe(200);
      expect((await pkg.api["createPetsWithResponse"](client, { id: 7, name: "Rex" })).status).toBe(201);
    });

    it("listPets returns Pet[] (its body is Pets, an array of Pet), and Prism's example responses decode", async () => {
      expect(operationsText(pkg)).toContain("export async function listPets(");
      expect(operationsText(pkg)).toMatch(/listPets\([^)]*\): Promise<readonly Pet\[\]>/);
      const client = pkg.api["createClient"]({ baseUrl: prism.url });
      const pets = await pkg.api["listPets"](client, { limit: 2 });
      expect(Array.isArray(pets)).toBe(true);
      for (const pet of pets) expect(pet).toMatchObject({ id: expect.any(Number), name: expect.any(String) });
      expect(await pkg.api["fetchPet"](client, "7")).toMatchObject({
        id: expect.any(Number),
        name: expect.any(String),
      });
      // A body of the wrong shape is a ResponseError, never a TypeError.
      const odd = await recorder(() => [200, { pets: [] }]);
      try {
        const error = await pkg.api["listPets"](pkg.api["createClient"]({ baseUrl: odd.url })).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(pkg.api["ResponseError"]);
        expect(String(error.message)).toContain("a JSON object where a JSON array was expected at body");
      } finally {
        await odd.close();
      }
    });

    it("by default the request path includes /v1, as the document's server says; Prism mounted there answers 2xx", async () => {
      const mounted = await gateway("/v1", prism.url);
      try {
        const route = rerouted("http://petstore.swagger.io", mounted.url);
        const client = pkg.api["createClient"]({ fetch: route.fetch });
        expect((await pkg.api["listPetsWithResponse"](client, { limit: 2 })).status).toBe(200);
        expect((await pkg.api["fetchPetWithResponse"](client, "7")).status).toBe(200);
        expect(route.asked).toEqual([
          "http://petstore.swagger.io/v1/pets?limit=2",
          "http://petstore.swagger.io/v1/pets/7",
        ]);
        expect(mounted.seen).toEqual(["GET /v1/pets?limit=2", "GET /v1/pets/7"]);
      } finally {
        await mounted.close();
      }
    });
  });

  describe("petstore-expanded.yaml (https://petstore.swagger.io/v2)", () => {
    let pkg: ImportedPackage;
    let prism: Prism;
    beforeAll(async () => {
      [pkg, prism] = await Promise.all([
        importedPackage(join(OAI, "petstore-expanded.yaml")),
        startPrism(join(OAI, "petstore-expanded.yaml")),
      ]);
    });
    afterAll(() => prism?.close());

    it("imports with the /v2 prefix in baseUrl; Prism answers each operation 2xx at baseUrl, and by default below /v2", async () => {
      const [spec] = specsOf(pkg);
      expect(spec!["service"]["baseUrl"]).toBe("https://petstore.swagger.io/v2");
      expect(spec!["resources"][0]["paths"]).toEqual({ list: "/pets", instance: "/pets/{id}" });
      const client = pkg.api["createClient"]({ baseUrl: prism.url });
      expect((await pkg.api["findPetsWithResponse"](client, { tags: ["a", "b"], limit: 2 })).status).toBe(
        200,
      );
      expect((await pkg.api["createPetWithResponse"](client, { name: "Rex", tag: "dog" })).status).toBe(200);
      expect((await pkg.api["fetchPetWithResponse"](client, 7)).status).toBe(200);
      expect((await pkg.api["deletePetWithResponse"](client, 7)).status).toBe(204);
      const mounted = await gateway("/v2", prism.url);
      try {
        const route = rerouted("https://petstore.swagger.io", mounted.url);
        const byDefault = pkg.api["createClient"]({ fetch: route.fetch });
        expect((await pkg.api["fetchPetWithResponse"](byDefault, 7)).status).toBe(200);
        expect(mounted.seen).toEqual(["GET /v2/pets/7"]);
      } finally {
        await mounted.close();
      }
    });

    it("addPet and findPetById return Pet, allOf [NewPet, { id }] merged (now a create and a fetch: createPet, fetchPet); findPets returns Pet[]; Prism's examples decode", async () => {
      expect(pkg.warnings.map(formatDiagnostic)).toEqual([]);
      const [spec] = specsOf(pkg);
      const ops = spec!["resources"][0]["operations"] as Record<string, unknown>[];
      expect(ops.map((o) => [o["id"], o["response"] ?? null])).toEqual([
        ["FindPets", { type: "array", items: { model: "Pet" } }],
        ["AddPet", "Pet"],
        ["FindPetById", "Pet"],
        ["DeletePet", null],
      ]);
      const pet = [...(spec!["models"] ?? []), ...(spec!["resources"][0]["models"] ?? [])].find(
        (m: Record<string, unknown>) => m["name"] === "Pet",
      );
      expect(
        pet["fields"].map((f: Record<string, unknown>) => [f["name"], f["type"], f["required"] ?? false]),
      ).toEqual([
        ["name", "string", true],
        ["tag", "string", false],
        ["id", "integer", true],
      ]);
      const text = operationsText(pkg);
      expect(text).toMatch(/createPet\([^)]*\): Promise<Pet>/);
      expect(text).toMatch(/fetchPet\([^)]*\): Promise<Pet>/);
      expect(text).toMatch(/findPets\([^)]*\): Promise<readonly Pet\[\]>/);
      const client = pkg.api["createClient"]({ baseUrl: prism.url });
      const shape = { id: expect.any(Number), name: expect.any(String) };
      expect(await pkg.api["createPet"](client, { name: "Rex", tag: "dog" })).toMatchObject(shape);
      expect(await pkg.api["fetchPet"](client, 7)).toMatchObject(shape);
      const pets = await pkg.api["findPets"](client, { tags: ["a"], limit: 2 });
      expect(Array.isArray(pets)).toBe(true);
      for (const p of pets) expect(p).toMatchObject(shape);
    });

    it("runs against its own local server: findPets answers the stored pets", async () => {
      const server = await pkg.mock["start"]();
      try {
        const client = pkg.api["createClient"]({ baseUrl: server.url });
        const rex = await pkg.api["createPet"](client, { name: "Rex" });
        expect(rex).toMatchObject({ name: "Rex", id: expect.any(Number) });
        expect((await pkg.api["findPets"](client)).map((p: { name: string }) => p.name)).toEqual(["Rex"]);
      } finally {
        await server.close();
      }
    });
  });
});

describe("hey-api's every-method path, by hand: HEAD, OPTIONS, TRACE and servers", () => {
  const DOCUMENT = join(ROOT, "test/fixtures/import/methods.yaml");
  let pkg: ImportedPackage;
  let prism: Prism;
  beforeAll(async () => {
    [pkg, prism] = await Promise.all([importedPackage(DOCUMENT), startPrism(DOCUMENT)]);
  });
  afterAll(() => prism?.close());

  it("leaves out TRACE with a warning at the operation, and imports every other method", () => {
    expect(pkg.warnings.map(formatDiagnostic)).toEqual([
      "test/fixtures/import/methods.yaml:48:7 warning[unsupported-method] TRACE /simple is left out: a client cannot send TRACE with fetch",
    ]);
    const simple = specsOf(pkg).find((s) => s["resources"][0]["name"] === "Simple")!;
    const ops = simple["resources"][0]["operations"] as Record<string, unknown>[];
    expect(ops.map((o) => o["method"])).toEqual(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
    expect(ops.find((o) => o["method"] === "HEAD")).toMatchObject({
      kind: "action",
      name: "headCallWithoutParametersAndResponse",
    });
    expect(ops.find((o) => o["method"] === "HEAD")).not.toHaveProperty("response");
  });

  it("the server's variables become the service's, the path item's and the operation's servers their operations'", () => {
    const specs = specsOf(pkg);
    expect(specs[0]!["service"]).toMatchObject({
      baseUrl: "{scheme}://{host}/{basePath}",
      serverVariables: {
        scheme: { default: "http", enum: ["http", "https"], description: "The scheme." },
        host: { default: "simple.example.com", description: "The host." },
        basePath: { default: "api/v1", description: "Where the API is mounted." },
      },
    });
    const files = specs.find((s) => s["resources"][0]["name"] === "File")!["resources"][0]["operations"];
    expect(files.map((o: Record<string, unknown>) => [o["id"], o["baseUrl"]])).toEqual([
      ["ListFiles", "https://eu.cdn.example.com"],
      ["PutFile", "https://files.simple.example.com/v2"],
    ]);
  });

  it("sends each method where its server says, and HEAD returns the answer's headers", async () => {
    const asked: string[] = [];
    const client = pkg.api["createClient"]({
      host: "staging.example.com",
      fetch: async (url: string, init: RequestInit) => {
        asked.push(`${init.method} ${url} ${init.body ?? "-"}`);
        return new Response(null, {
          status: init.method === "PUT" && url.includes("files") ? 204 : 200,
          headers: { etag: "x" },
        });
      },
    });
    const headers: Headers = await pkg.api["headCallWithoutParametersAndResponse"](client, { probe: true });
    expect(headers.get("etag")).toBe("x");
    await pkg.api["optionsCallWithoutParametersAndResponse"](client);
    await pkg.api["listFiles"](client);
    await pkg.api["putFile"](client, { name: "a" });
    expect(asked).toEqual([
      "HEAD http://staging.example.com/api/v1/simple?probe=true -",
      "OPTIONS http://staging.example.com/api/v1/simple -",
      "GET https://eu.cdn.example.com/files -",
      'PUT https://files.simple.example.com/v2/files {"name":"a"}',
    ]);
  });

  it("Prism serving the document answers every method 2xx, HEAD and OPTIONS included", async () => {
    const client = pkg.api["createClient"]({ baseUrl: prism.url });
    for (const name of ["get", "post", "put", "patch", "delete", "options"]) {
      const call = `${name}CallWithoutParametersAndResponseWithResponse`;
      expect((await pkg.api[call](client)).status, name).toBe(200);
    }
    const head = await pkg.api["headCallWithoutParametersAndResponseWithResponse"](client, { probe: true });
    expect(head.status).toBe(200);
    expect((await pkg.api["putFileWithResponse"](client, { name: "a" })).status).toBe(204);
    expect((await pkg.api["listFilesWithResponse"](client)).status).toBe(200);
  });
});

describe("a server URL with a variable, and OAuth2 client credentials at a token URL on the API's host", () => {
  it("fetches the token from the tenant's host and calls the tenant's API below its prefix", async () => {
    const pkg = await importedPackage(join(ROOT, "test/fixtures/import/servers-oauth.yaml"));
    for (const [options, host] of [
      [{}, "acme"],
      [{ tenant: "globex" }, "globex"],
    ] as const) {
      const asked: string[] = [];
      const client = pkg.api["createClient"]({
        ...options,
        clientId: "id",
        clientSecret: "secret",
        fetch: async (url: string, init: RequestInit) => {
          asked.push(`${init.method} ${url}`);
          return url.endsWith("/oauth/token")
            ? Response.json({ access_token: "t0k", token_type: "Bearer", expires_in: 3600 })
            : Response.json({ count: 1 });
        },
      });
      expect(await pkg.api["fetchThing"](client)).toEqual({ count: 1 });
      expect(asked).toEqual([
        `POST https://${host}.tenants.example.com/oauth/token`,
        `GET https://${host}.tenants.example.com/api/things`,
      ]);
    }
  });
});

describe("what the importer cannot carry of servers and methods, said where the document says it", () => {
  it("a variable sharing a credential's option stays at its default; a body on OPTIONS or HEAD is left out", async () => {
    const dir = tempDir();
    const lines = [
      "openapi: 3.0.3",
      "info: { title: Odd, version: 1.0.0 }",
      "servers:",
      "  - url: https://{token}.odd.example.com/{version}",
      "    variables:",
      "      token: { default: edge }",
      "      version: { default: v1, enum: [v1, v2] }",
      "components:",
      "  securitySchemes:",
      "    bearer: { type: http, scheme: bearer }",
      "security: [{ bearer: [] }]",
      "paths:",
      "  /things:",
      "    options:",
      "      operationId: optionsThings",
      "      requestBody: { content: { application/json: { schema: { type: object } } } }",
      "      responses: { '204': { description: OK } }",
      "    head:",
      "      operationId: headThings",
      "      requestBody: { content: { application/json: { schema: { type: object } } } }",
      "      responses: { '200': { description: OK } }",
    ];
    writeFileSync(join(dir, "odd.yaml"), `${lines.join("\n")}\n`);
    const result = await importDocument({
      document: join(dir, "odd.yaml"),
      outDir: tempDir(),
      dryRun: true,
      cwd: dir,
    });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "odd.yaml:4:3 warning[server-variable-not-carried] the server variable 'token' would share its createClient option with a credential, so it stays at its default",
      "odd.yaml:16:20 warning[request-body-not-carried] an OPTIONS request carries no body, so this request body is left out",
      "odd.yaml:20:20 warning[request-body-not-carried] a HEAD request carries no body, so this request body is left out",
    ]);
    const spec = parse(result.files[0]!.text) as Record<string, any>;
    expect(spec["service"]["baseUrl"]).toBe("https://edge.odd.example.com/{version}");
    expect(spec["service"]["serverVariables"]).toEqual({
      version: { default: "v1", enum: ["v1", "v2"], description: "" },
    });
    const ops = spec["resources"][0]["operations"] as Record<string, unknown>[];
    expect(ops.map((o) => [o["method"], o["kind"], o["parameters"]])).toEqual([
      ["HEAD", "action", undefined],
      ["OPTIONS", "action", undefined],
    ]);
  });
});
