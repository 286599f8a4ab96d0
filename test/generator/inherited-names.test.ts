/**
 * Fields and parameters named like the members every JavaScript object inherits (`__proto__`,
 * `constructor`, `toString`, `valueOf`, `hasOwnProperty`): an absent one reads as absent, not as
 * `Object` or a function; a present one travels under its wire name; the code compiles strictly.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generateOrThrow } from "../../generator/engine/generate.ts";
import { fakeFetch, json } from "../helpers/fake-fetch.ts";
import { FIXTURES, ROOT, tempDir } from "../helpers/paths.ts";
import { tsc } from "../helpers/tsc.ts";

const SHOP = "SH" + "0".repeat(32);
const WIDGET = "WI" + "0".repeat(32);

describe("names every object inherits", async () => {
  const dir = tempDir("inherited-");
  const out = join(dir, "out");
  await generateOrThrow({ specFiles: [join(FIXTURES, "inherited-names/spec.yaml")], outDir: out, cwd: ROOT });
  const api = await import(pathToFileURL(join(out, "dist/index.js")).href);
  const clientWith = (fetch: typeof globalThis.fetch) =>
    api.createClient({ accountSid: "AC1", authToken: "t", baseUrl: "http://127.0.0.1:9", fetch });

  it("generate code that compiles under strict settings", () => {
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          lib: ["ES2022", "DOM"],
          types: ["node"],
          typeRoots: [join(ROOT, "node_modules/@types")],
        },
        include: ["out/src"],
      }),
    );
    expect(tsc(join(dir, "tsconfig.json"))).toBe("");
  });

  it("decode as null when the API leaves them out, and as sent when it sends them", async () => {
    const absent = fakeFetch(() => json(200, { sid: WIDGET, kind: "round" }));
    expect(await api.fetchWidget(clientWith(absent.fetch), SHOP, WIDGET)).toEqual({
      sid: WIDGET,
      kind: "round",
      proto: null,
      constructorValue: null,
      toStringValue: null,
      valueOfValue: null,
    });
    const sent = JSON.parse(
      '{"sid":"WI1","kind":"square","__proto__":"p","constructor":"c","toString":7,"valueOf":{"hasOwnProperty":true}}',
    );
    const present = fakeFetch(() => json(200, sent));
    expect(await api.fetchWidget(clientWith(present.fetch), SHOP, WIDGET)).toEqual({
      sid: "WI1",
      kind: "square",
      proto: "p",
      constructorValue: "c",
      toStringValue: 7,
      valueOfValue: { hasOwnPropertyValue: true },
    });
    const nested = fakeFetch(() => json(200, { sid: "WI1", kind: "round", valueOf: {} }));
    expect((await api.fetchWidget(clientWith(nested.fetch), SHOP, WIDGET)).valueOfValue).toEqual({
      hasOwnPropertyValue: null,
    });
  });

  it("are left out of a request when not given, and sent under their wire names when given", async () => {
    const fake = fakeFetch(() => json(201, { sid: WIDGET, kind: "round" }));
    const client = clientWith(fake.fetch);
    await api.createWidget(client, SHOP, { kind: "round" });
    expect([...new URLSearchParams(fake.requests[0]!.body!)]).toEqual([["Kind", "round"]]);
    await api.createWidget(client, SHOP, {
      kind: "round",
      proto: "p",
      constructorValue: "c",
      toStringValue: { inner: 3 },
    });
    expect([...new URLSearchParams(fake.requests[1]!.body!)]).toEqual([
      ["Kind", "round"],
      ["__proto__", "p"],
      ["Constructor", "c"],
      ["ToString.Inner", "3"],
    ]);
    // A JSON body keeps `__proto__` as a property (an assignment would have set the prototype).
    await api.updateWidget(client, SHOP, WIDGET, { proto: "q", valueOfValue: { hasOwnPropertyValue: true } });
    expect(fake.requests[2]!.body).toBe('{"__proto__":"q","valueOf":{"hasOwnProperty":true}}');
    await api.updateWidget(client, SHOP, WIDGET, {});
    expect(fake.requests[3]!.body).toBe("{}");
  });

  it("are checked like any other parameter", () => {
    expect(api.validateCreateWidget(SHOP, { kind: "round" })).toEqual([]);
    expect(api.validateCreateWidget(SHOP, { kind: "round", constructorValue: 5 })).toEqual([
      expect.objectContaining({ wireName: "Constructor", code: "type" }),
    ]);
    expect(api.validateCreateWidget(SHOP, { kind: "round", toStringValue: 5 })).toEqual([
      expect.objectContaining({ code: "type" }),
    ]);
  });

  it("round-trip through the local server at the top level of a form", async () => {
    const mock = await import(pathToFileURL(join(out, "dist/mock/index.js")).href);
    const server = await mock.start();
    try {
      const client = api.createClient({
        accountSid: "AC" + "0".repeat(32),
        authToken: "t",
        baseUrl: server.url,
      });
      const plain = await api.createWidget(client, SHOP, { kind: "round" });
      expect(plain).toMatchObject({ proto: null, constructorValue: null });
      const named = await api.createWidget(client, SHOP, {
        kind: "round",
        proto: "p",
        constructorValue: "c",
      });
      expect(await api.fetchWidget(client, SHOP, named.sid)).toMatchObject({
        proto: "p",
        constructorValue: "c",
      });
      // A JSON body without them is not read as having them.
      expect(await api.updateWidget(client, SHOP, named.sid, { proto: "q" })).toMatchObject({ proto: "q" });
      // A nested object's wire names are the client's names to the server's validation, and stored.
      const updated = await api.updateWidget(client, SHOP, named.sid, {
        valueOfValue: { hasOwnPropertyValue: true },
      });
      expect(updated.valueOfValue).toEqual({ hasOwnPropertyValue: true });
      expect((await api.fetchWidget(client, SHOP, named.sid)).valueOfValue).toEqual({
        hasOwnPropertyValue: true,
      });
      // The client's name in place of the wire name is refused, as the API would.
      const raw = await fetch(`${server.url}/v1/Shops/${SHOP}/Widgets/${named.sid}`, {
        method: "POST",
        headers: {
          authorization: "Basic " + Buffer.from(`AC${"0".repeat(32)}:t`).toString("base64"),
          "content-type": "application/json",
        },
        body: JSON.stringify({ valueOf: { hasOwnPropertyValue: true } }),
      });
      expect(raw.status).toBe(400);
      expect(await raw.text()).toContain("hasOwnPropertyValue (not a wire name)");
    } finally {
      await server.close();
    }
  });
});
