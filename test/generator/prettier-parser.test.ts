/**
 * The format stage gives TypeScript to prettier's babel-ts parser (faster than its typescript
 * parser). This holds the choice to its promise: every generated TypeScript file, of the committed
 * package and of every fixture, is exactly what prettier writes with its typescript parser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/engine/finish.mjs";
import { FIXTURES, GENERATED, snapshotTree } from "../helpers/paths.ts";

const roots = [GENERATED, ...["hostile", "kinds", "merged"].map((name) => join(FIXTURES, name, "expected"))];
const files = roots.flatMap((root) =>
  [...snapshotTree(join(root, "src")).keys()]
    .filter((p) => p.endsWith(".ts"))
    .map((p) => join(root, "src", p)),
);

describe("generated TypeScript and prettier's typescript parser", () => {
  it("finds the files", () => expect(files.length).toBeGreaterThan(200));
  it("leaves every generated file unchanged", async () => {
    const changed: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if ((await format(text, { ...PRETTIER_OPTIONS, parser: "typescript" })) !== text) changed.push(file);
    }
    expect(changed).toEqual([]);
  });
});
