/**
 * prettier is the definition of the generated code's format; the format stage writes it with oxfmt
 * (native code, prettier's format) and prettier's babel-ts parser where oxfmt cannot load. This
 * holds both to prettier itself: every generated TypeScript and Markdown file, of the committed
 * package and of every fixture, is exactly what prettier writes (TypeScript with its typescript
 * parser). A file's bytes are formatted once however many trees hold them (the copied runtime).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/engine/finish.mjs";
import { FIXTURES, GENERATED, snapshotTree } from "../helpers/paths.ts";

const fixtureTrees = readdirSync(FIXTURES)
  .map((name) => join(FIXTURES, name, "expected"))
  .filter((dir) => existsSync(dir));
const parsers = { ts: "typescript", md: "markdown" } as const;
const parserOf = (path: string) => parsers[path.slice(path.lastIndexOf(".") + 1) as keyof typeof parsers];

/** Every generated TypeScript source and Markdown page below `root`, by distinct content. */
function formattable(roots: readonly string[]): Map<string, { path: string; parser: string }> {
  const out = new Map<string, { path: string; parser: string }>();
  for (const root of roots)
    for (const [path] of snapshotTree(root)) {
      const parser = parserOf(path);
      if (!parser || path.startsWith("dist/") || path.startsWith("node_modules/")) continue;
      const text = readFileSync(join(root, path), "utf8");
      if (!out.has(text)) out.set(text, { path: join(root, path), parser });
    }
  return out;
}

describe("prettier, the format's definition, leaves every generated file unchanged", () => {
  const files = formattable([GENERATED, ...fixtureTrees]);
  it("finds the files: the package's and every fixture's, TypeScript and Markdown", () => {
    expect(fixtureTrees.length).toBeGreaterThanOrEqual(9);
    const kinds = [...files.values()].map((f) => f.parser);
    expect(kinds.filter((k) => k === "typescript").length).toBeGreaterThan(200);
    expect(kinds.filter((k) => k === "markdown").length).toBeGreaterThan(40);
  });
  // prettier over some 300 distinct files: about 15 s on an idle machine, minutes under a load of 20.
  it("formats each to the same bytes", { timeout: 600_000 }, async () => {
    const changed: string[] = [];
    for (const [text, { path, parser }] of files)
      if ((await format(text, { ...PRETTIER_OPTIONS, parser })) !== text) changed.push(path);
    expect(changed).toEqual([]);
  });
});
