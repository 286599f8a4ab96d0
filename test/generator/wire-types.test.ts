/**
 * The wire types' oracle: `src/wire.ts` is typed by the generator from the IR, and openapi-typescript,
 * run here over the package's own `openapi.yaml` (its schemas), must type them the same, byte for
 * byte after formatting. Every package the repository holds: `generated/`, each fixture's snapshot,
 * and the fixture of names every object inherits (rendered here).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { format } from "prettier";
import type ts from "typescript";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/engine/finish.mjs";
import { FIXTURE_CASES } from "../helpers/fixture-packages.ts";
import { FIXTURES, GENERATED } from "../helpers/paths.ts";
import { filesFor } from "../helpers/render.ts";

const require = createRequire(import.meta.url);

/** openapi-typescript's `components` interface for a document's schemas, formatted. */
async function oracle(openApiYaml: string): Promise<string> {
  const { default: openapiTS, astToString } =
    require("openapi-typescript") as typeof import("openapi-typescript");
  const typescript = require("typescript") as typeof ts;
  const document = parse(openApiYaml) as Record<string, Record<string, unknown>>;
  const schemasOnly = {
    openapi: document["openapi"],
    info: document["info"],
    paths: {},
    components: { schemas: document["components"]?.["schemas"] ?? {} },
  };
  const { renamed, restore } = withoutInheritedNames(schemasOnly);
  const nodes = (await openapiTS(renamed as never, { silent: true, alphabetize: false })).filter(
    (node) => typescript.isInterfaceDeclaration(node) && node.name.text === "components",
  );
  return format(restore(astToString(nodes)), { ...PRETTIER_OPTIONS, parser: "typescript" });
}

/** The `components` interface of a generated `src/wire.ts`, formatted alone as the oracle's is. */
function ours(wireTs: string): Promise<string> {
  const start = wireTs.indexOf("export interface components");
  const end = wireTs.indexOf("\n}\n", start) + 3;
  expect(start).toBeGreaterThan(0);
  return format(wireTs.slice(start, end), { ...PRETTIER_OPTIONS, parser: "typescript" });
}

const PACKAGES: readonly (readonly [string, string])[] = [
  ["generated/", GENERATED],
  ...FIXTURE_CASES.map(([name]) => [`fixture ${name}`, join(FIXTURES, name, "expected")] as const),
];

describe("the wire types, against openapi-typescript", () => {
  it.each(PACKAGES)("types %s's schemas as openapi-typescript does", async (_, dir) => {
    const expected = await oracle(readFileSync(join(dir, "openapi.yaml"), "utf8"));
    expect(await ours(readFileSync(join(dir, "src/wire.ts"), "utf8"))).toBe(expected);
  });

  it("types fields named like an object's inherited members as openapi-typescript does", async () => {
    const files = await filesFor(join(FIXTURES, "inherited-names/spec.yaml"));
    const text = (path: string) => files.find((f) => f.path === path)!.content;
    expect(text("src/wire.ts")).toContain("constructor");
    expect(await ours(text("src/wire.ts"))).toBe(await oracle(text("openapi.yaml")));
  });
});

// Names every object inherits. openapi-typescript's document resolver (Redocly's) looks schema
// property names up in plain objects, so a property called `valueOf` or `hasOwnProperty` makes it
// throw, and `constructor` is skipped. They go through it as placeholder names, restored after.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The document with inherited property names replaced, and the function that puts them back. */
function withoutInheritedNames(document: unknown): { renamed: unknown; restore: (output: string) => string } {
  const text = JSON.stringify(document);
  let marker = "inheritedName";
  while (text.includes(marker)) marker += "_";
  const names: string[] = [];
  const placeholder = (name: string) => {
    if (!INHERITED.has(name)) return name;
    if (!names.includes(name)) names.push(name);
    return `${marker}${names.indexOf(name)}`;
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== "object" || node === null) return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      let copy = walk(value);
      if (key === "properties" && typeof copy === "object" && copy !== null && !Array.isArray(copy))
        copy = Object.fromEntries(Object.entries(copy).map(([name, schema]) => [placeholder(name), schema]));
      else if (key === "required" && Array.isArray(copy))
        copy = copy.map((name: unknown) => (typeof name === "string" ? placeholder(name) : name));
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const renamed = walk(document);
  const pattern = new RegExp(`${marker}(\\d+)`, "g");
  return {
    renamed,
    restore: (output) =>
      names.length ? output.replace(pattern, (_, i: string) => names[Number(i)]!) : output,
  };
}
