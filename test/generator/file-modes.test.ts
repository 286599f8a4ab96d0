/** A package's `bin` is written executable, and a file of the wrong mode is stale, rewritten by the next run. */
import { chmodSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkByManifest } from "../../generator/engine/fingerprint.ts";
import { compareTree, withManifest, writeTree } from "../../generator/engine/write.ts";
import { tempDir } from "../helpers/paths.ts";

const files = withManifest(
  [
    { path: "package.json", content: JSON.stringify({ name: "p", bin: { "p-tool": "./bin/tool.js" } }) },
    { path: "bin/tool.js", content: "#!/usr/bin/env node\n" },
    { path: "index.js", content: "export {};\n" },
  ],
  "inputs",
);
const mode = (path: string) => statSync(path).mode & 0o777;

describe("file modes", () => {
  it("writes the bin 0o755 and every other file without execute bits; a wrong mode is stale and rewritten", async () => {
    const out = join(tempDir(), "out");
    mkdirSync(out);
    await writeTree(out, files);
    expect(mode(join(out, "bin/tool.js"))).toBe(0o755);
    expect(mode(join(out, "index.js")) & 0o111).toBe(0);
    expect((await compareTree(out, files)).stale).toEqual([]);
    expect(checkByManifest(out, "inputs")?.stale).toEqual([]);

    chmodSync(join(out, "bin/tool.js"), 0o644);
    chmodSync(join(out, "index.js"), 0o755);
    expect((await compareTree(out, files)).stale).toEqual(["bin/tool.js", "index.js"]);
    expect(checkByManifest(out, "inputs")?.stale).toEqual(["bin/tool.js", "index.js"]);
    const second = await writeTree(out, files);
    expect(second.written).toEqual(["bin/tool.js", "index.js"]);
    expect(mode(join(out, "bin/tool.js"))).toBe(0o755);
    expect(mode(join(out, "index.js")) & 0o111).toBe(0);
    expect((await writeTree(out, files)).written).toEqual([]);
  });
});
