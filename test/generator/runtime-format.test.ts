/** The runtime sources are copied into the package without prettier, so they must already be prettier-clean. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/engine/finish.mjs";
import { ROOT } from "../helpers/paths.ts";

const dirs = ["generator/runtime", "generator/mock-runtime"];
const files = dirs.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((n) => n.endsWith(".ts"))
    .map((n) => join(d, n)),
);

describe("pre-formatted runtime", () => {
  it.each(files)("%s is formatted as prettier formats generated code", async (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    expect(await format(text, { ...PRETTIER_OPTIONS, parser: "typescript" })).toBe(text);
  });
});
