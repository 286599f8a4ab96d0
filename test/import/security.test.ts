/**
 * Security from other authors' documents, carried the whole way: hey-api's three security feature
 * documents (API keys in the query and a cookie, an HTTP bearer token, OAuth2 with four flows and a
 * relative token URL) are imported and generated, and Prism serving each document answers the
 * generated client 2xx (and 401 without the credential, so its checks are real); the OAuth2 client
 * fetches its own tokens from its local server's token endpoint; the OAI Petstores, which declare
 * no security, get clients without credential options.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { importDocument } from "../../generator/import/import.ts";
import type { RawSpec } from "../../generator/load/spec-types.ts";
import { prepare } from "../../generator/engine/prepare.ts";
import { fakeFetch, json } from "../helpers/fake-fetch.ts";
import { importedPackage, type ImportedPackage } from "../helpers/imported.ts";
import { ROOT, sharedPresent, tempDir } from "../helpers/paths.ts";
import { startPrism, type Prism } from "../helpers/prism.ts";

const EXAMPLES = join(ROOT, "../shared/vendor/openapi-examples");
const FEATURES = join(EXAMPLES, "hey-api/3.0.x/features");
const present = sharedPresent(EXAMPLES, "the security import tests");

/** The package of a feature document and Prism serving the document, for one describe block. */
function served(document: string) {
  const state = {} as { pkg: ImportedPackage; prism: Prism };
  beforeAll(async () => {
    state.pkg = await importedPackage(join(FEATURES, document));
    state.prism = await startPrism(join(FEATURES, document));
  }, 120_000);
  afterAll(() => state.prism?.close());
  return state;
}

describe.skipIf(!present)("hey-api's security feature documents, against Prism", () => {
  describe("API keys in the query and in a cookie (security-api-key.yaml)", () => {
    const s = served("security-api-key.yaml");

    it("each operation sends its own key where the document says, and Prism answers 2xx", async () => {
      const { api } = s.pkg;
      const client = api["createClient"]({
        fooApiKey: "key-foo",
        barApiKey: "key-bar",
        baseUrl: s.prism.url,
      });
      const foo = await api["getFooWithResponse"](client);
      const bar = await api["getBarWithResponse"](client);
      expect([foo.status, bar.status]).toEqual([200, 200]);
      // Prism refuses a request without the key: its 2xx above was earned.
      expect((await fetch(`${s.prism.url}/foo`)).status).toBe(401);
      expect((await fetch(`${s.prism.url}/bar`)).status).toBe(401);
    });

    it("the two keys get options of their own, named by their schemes", () => {
      const client = readFileSync(join(s.pkg.dir, "src/client.ts"), "utf8");
      expect(client).toContain("readonly fooApiKey?: string;");
      expect(client).toContain("readonly barApiKey?: string;");
      expect(client).toContain("The API key, sent in the query parameter foo.");
      expect(client).toContain("The API key, sent in the cookie bar.");
    });
  });

  describe("an HTTP bearer token (security-http-bearer.json)", () => {
    const s = served("security-http-bearer.json");

    it("sends Authorization: Bearer, and Prism answers 2xx", async () => {
      const { api } = s.pkg;
      const response = await api["getFooWithResponse"](
        api["createClient"]({ token: "t0ken", baseUrl: s.prism.url }),
      );
      expect(response.status).toBe(200);
      expect((await fetch(`${s.prism.url}/foo`)).status).toBe(401);
    });
  });

  describe("OAuth2 with four flows and a relative token URL (security-oauth2.yaml)", () => {
    const s = served("security-oauth2.yaml");

    it("says, at the flows, that the client cannot run them and takes the caller's token", () => {
      expect(s.pkg.warnings.map(formatDiagnostic)).toContainEqual(
        expect.stringMatching(
          /security-oauth2\.yaml:\d+:\d+ warning\[oauth2-caller-token\] the client cannot run the authorizationCode, implicit, password flows: callers obtain an access token themselves and pass it as 'accessToken'/,
        ),
      );
    });

    it("with a caller's token, Prism answers 2xx", async () => {
      const { api } = s.pkg;
      const response = await api["getFooWithResponse"](
        api["createClient"]({ accessToken: async () => "caller-token", baseUrl: s.prism.url }),
      );
      expect(response.status).toBe(200);
      expect((await fetch(`${s.prism.url}/foo`)).status).toBe(401);
    });

    it("with client credentials, the client fetches a token from the local server's endpoint at the relative URL /", async () => {
      const { api, mock } = s.pkg;
      const server = await mock["start"]();
      try {
        const tokenRequests: string[] = [];
        const client = api["createClient"]({
          clientId: "app",
          clientSecret: "secret-0001",
          baseUrl: server.url,
          fetch: (async (input: string, init: RequestInit) => {
            if (new URL(input).pathname === "/") tokenRequests.push(String(init.body));
            return fetch(input, init);
          }) as typeof fetch,
        });
        const first = await api["getFooWithResponse"](client);
        const second = await api["getFooWithResponse"](client);
        expect([first.status, second.status]).toEqual([200, 200]);
        expect(tokenRequests).toEqual(["grant_type=client_credentials"]);
        // The local server refuses a token it did not issue.
        const forged = api["createClient"]({ accessToken: "forged", baseUrl: server.url });
        await expect(api["getFoo"](forged)).rejects.toMatchObject({ status: 401 });
      } finally {
        await server.close();
      }
    });
  });
});

describe.skipIf(!present)("documents that declare no security", () => {
  it.each([
    ["petstore.yaml", "listPets"],
    ["petstore-expanded.yaml", "findPets"],
  ])("%s: the client has no credential options and sends no credentials", async (name, call) => {
    const pkg = await importedPackage(join(EXAMPLES, "oai", name));
    const client = readFileSync(join(pkg.dir, "src/client.ts"), "utf8");
    expect(client).toContain("no credentials (the API takes none)");
    expect(client).toMatch(/export interface ClientOptions extends CoreClientOptions \{\}/);
    const fake = fakeFetch(() => json(200, {}));
    const c = pkg.api["createClient"]({ fetch: fake.fetch });
    await pkg.api[call](c).catch(() => undefined);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests[0]!.headers["authorization"]).toBeUndefined();
    expect(readFileSync(join(pkg.dir, "README.md"), "utf8")).toContain("The API takes no credentials");
  });
});

describe("import: what the client can and cannot send, said at the document", () => {
  it("carries basic, bearer and API-key schemes, per-operation alternatives and optional credentials; warns where it cannot", async () => {
    const result = await importDocument({
      document: join(ROOT, "test/fixtures/import/security-mix.yaml"),
      outDir: join(tempDir(), "spec"),
      dryRun: true,
      cwd: ROOT,
    });
    expect(result.ok).toBe(true);
    const at = (line: number, col: number, rest: string) =>
      expect.stringMatching(
        new RegExp(
          `^test/fixtures/import/security-mix\\.yaml:${line}:${col} warning${rest.replace(/[[\]]/g, "\\$&")}`,
        ),
      );
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      at(10, 17, "[security-not-carried] no alternative of this requirement can be carried"),
      at(28, 27, "[unknown-security-scheme] the requirement names 'ghost'"),
      at(38, 11, "[unsupported-security-scheme] 'openIdConnect' security is not one the client can send"),
      at(39, 35, "[unsupported-security-scheme] HTTP 'digest' authentication is not one the client can send"),
      at(41, 13, "[unused-security-scheme] no operation needs the scheme 'unused'"),
    ]);
    const specs = result.files.map((f) => parse(f.text) as RawSpec);
    const auth = specs[0]!.service.auth!;
    expect(Object.keys(auth.schemes)).toEqual(["basicAuth", "key", "bearerA", "bearerB"]);
    expect(auth.security).toEqual([["basicAuth"]]);
    // Two bearer schemes would take one option: each takes its scheme's name in front.
    expect(auth.schemes["bearerA"]).toMatchObject({ scheme: "bearer", token: { option: "bearerAToken" } });
    expect(auth.schemes["bearerB"]).toMatchObject({
      scheme: "bearer",
      format: "JWT",
      token: { option: "bearerBToken" },
    });
    expect(auth.schemes["key"]).toMatchObject({
      scheme: "apiKey",
      in: "header",
      name: "X-Key",
      key: { option: "apiKey", description: "The partner key." },
    });
    const security = Object.fromEntries(
      specs.flatMap((s) =>
        s.resources!.flatMap((r) => r.operations.map((o) => [o.id, o.security ?? "default"])),
      ),
    );
    expect(security).toEqual({
      FetchAlpha: [],
      FetchBeta: [["key", "bearerA"]],
      FetchGamma: [["basicAuth"], []],
      FetchDelta: [["bearerB"]],
      FetchEpsilon: "default",
    });
  });
});

describe("import: odd security an adversarial review found", () => {
  it("names options apart, asks for the requirements' scopes, resolves a relative token URL against the server's path, and warns at what it leaves out", async () => {
    const result = await importDocument({
      document: join(ROOT, "test/fixtures/import/security-odd.yaml"),
      outDir: join(tempDir(), "spec"),
      dryRun: true,
      cwd: ROOT,
    });
    expect(result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    const warnings = result.diagnostics.map((d) => `${d.code} ${d.path}`);
    expect(warnings).toContainEqual("conflicting-schemes paths./things.post.security.0");
    expect(warnings).toContainEqual(
      "unsupported-security-scheme components.securitySchemes.cookieHeader.name",
    );
    const spec = parse(result.files[0]!.text) as RawSpec;
    const schemes = spec.service.auth!.schemes;
    // `Foo` and `foo` would both take `apiKey`: each takes its name in front, and a number where that is taken too.
    const options = Object.values(schemes).flatMap((s) => (s.scheme === "apiKey" ? [s.key.option] : []));
    expect(new Set(options).size).toBe(options.length);
    expect(schemes["app"]).toMatchObject({
      flows: { clientCredentials: { tokenUrl: "/api/v2/oauth/token" } },
      clientCredentials: { scopes: ["things.read", "things.write"] },
    });
    expect(schemes["foo"]).toMatchObject({ in: "query", name: "foo key" });
    // The generated specs pass the check: nothing the check refuses was carried.
    const prepared = prepare(
      result.files.map((f) => ({ file: f.name, text: f.text })),
      { warnings: false },
    );
    expect(prepared.ok ? [] : prepared.diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});
