/**
 * The decoders are typed against openapi-typescript's wire types: tsc fails when the mapping code and
 * the response schema drift apart. Each case breaks one side on purpose in a copy of generated/src.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, tempDir } from "../helpers/paths.ts";
import { tsc } from "../helpers/tsc.ts";

function tscOverCopy(edit: (dir: string) => void): string {
  const dir = tempDir("wire-drift-");
  cpSync(join(GENERATED, "src"), join(dir, "src"), { recursive: true });
  edit(dir);
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
        types: [],
      },
      include: ["src"],
      exclude: ["src/mock"],
    }),
  );
  return tsc(join(dir, "tsconfig.json"));
}

/** Replaces every occurrence: a field such as `friendly_name` appears in many resources' schemas. */
const replaceIn = (file: string, from: string, to: string) => {
  const text = readFileSync(file, "utf8");
  expect(text).toContain(from);
  writeFileSync(file, text.replaceAll(from, to));
};

describe("wire types keep the decoders honest", () => {
  it("the untouched copy compiles", () => {
    expect(tscOverCopy(() => {})).toBe("");
  });

  it("a response schema that renames a field breaks the build", () => {
    const out = tscOverCopy((dir) =>
      // An always-sent field (Factor's) is required in the wire types: `friendly_name: string;`.
      replaceIn(join(dir, "src/wire.ts"), "  friendly_name: string;", "  display_name: string;"),
    );
    expect(out).toContain("src/verify/factor/decoders.ts");
    expect(out).toContain("friendly_name");
  });

  it("a decoder that reads a field the schema does not have breaks the build", () => {
    const out = tscOverCopy((dir) =>
      replaceIn(
        join(dir, "src/verify/factor/decoders.ts"),
        "codeLength: orNull(wire.code_length)",
        "codeLength: orNull(wire.codeLength)",
      ),
    );
    expect(out).toMatch(/decoders\.ts.*codeLength/);
  });

  it("a schema that changes a field's type breaks the build", () => {
    const out = tscOverCopy((dir) =>
      replaceIn(join(dir, "src/wire.ts"), "code_length?: number | null;", "code_length?: string | null;"),
    );
    expect(out).toContain("src/verify/factor/decoders.ts");
  });
});
