/** A spec full of comment closers, backticks, template syntax, quotes, backslashes, newlines, pipes and HTML. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generateOrThrow } from "../../generator/engine/generate.ts";
import { fakeFetch, json } from "../helpers/fake-fetch.ts";
import { FIXTURES, ROOT, tempDir } from "../helpers/paths.ts";
import { tsc } from "../helpers/tsc.ts";

const HOSTILE_VALUES = [
  "a*/b",
  "`tick`",
  "${process.exit(1)}",
  'q"uote',
  "back\\slash",
  "new\nline",
  "pi|pe",
  "<b>html</b>",
];

describe("hostile strings in the spec", async () => {
  const dir = tempDir("hostile-");
  const out = join(dir, "out");
  await generateOrThrow({ specFiles: [join(FIXTURES, "hostile/spec.yaml")], outDir: out, cwd: ROOT });

  it("generate code that compiles under strict settings", () => {
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          lib: ["ES2022", "DOM"],
          types: ["node"],
          typeRoots: [join(ROOT, "node_modules/@types")],
          isolatedDeclarations: true,
          declaration: true,
          noUnusedLocals: true,
        },
        include: ["out/src"],
      }),
    );
    expect(tsc(join(dir, "tsconfig.json"))).toBe("");
  });

  it("behave exactly as the values say: each enum value is accepted and sent verbatim, nothing runs", async () => {
    const api = await import(pathToFileURL(join(out, "dist/index.js")).href);
    for (const value of HOSTILE_VALUES) {
      const fake = fakeFetch(() => json(201, { sid: "TH0000", default: null, class: value }));
      const client = api.createClient({ accountSid: "AC1", authToken: "t", fetch: fake.fetch });
      const thing = await api.createThing(client, { class: value, default: "*/`${x}`|" });
      expect(thing.class).toBe(value);
      expect(thing.default).toBeNull();
      expect([...new URLSearchParams(fake.requests[0]!.body!)]).toEqual([
        ["Class", value],
        ["Default", "*/`${x}`|"],
      ]);
    }
  });

  it("validate with the hostile values and patterns as data", async () => {
    const api = await import(pathToFileURL(join(out, "dist/index.js")).href);
    const client = api.createClient({
      accountSid: "AC1",
      authToken: "t",
      fetch: fakeFetch(() => json(201, {})).fetch,
    });
    const issues = async (params: unknown) =>
      (await api.createThing(client, params).catch((e: { issues?: unknown[] }) => e)).issues;
    expect(await issues({ class: "a*/b " })).toEqual([
      expect.objectContaining({ wireName: "Class", code: "enum" }),
    ]);
    expect(await issues({ class: "pi|pe", note: { text: "has */ slash" } })).toEqual([
      expect.objectContaining({ wireName: "Note.Text", code: "pattern" }),
    ]);
    expect(await issues({ class: "`tick`", note: { text: "ok" } })).toEqual([
      expect.objectContaining({ wireName: "Note.Text", code: "not-applicable" }),
    ]);
    expect(api.validateDeleteThing("TH00ff$")).toEqual([]);
    expect(api.validateDeleteThing("TH00ffx")).toEqual([expect.objectContaining({ code: "pattern" })]);
  });
});
