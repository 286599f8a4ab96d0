/**
 * Inputs that once crashed the generator or made it crawl: a 1,000-value enum (prettier's stack),
 * a description of 2,000 lines (prettier on huge comments), a spec path that is a symlink loop.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSpecs } from "../../generator/engine/generate.ts";
import { FIXTURES, ROOT, tempDir } from "../helpers/paths.ts";

const base = readFileSync(join(FIXTURES, "base-spec.yaml"), "utf8");

async function render(text: string) {
  return renderSpecs([{ file: "big.yaml", text }]);
}

describe("large inputs", () => {
  it("an enum of 1,000 values generates, as a union in the types and a check in the validators", async () => {
    const values = Array.from({ length: 1000 }, (_, i) => `v${i}`);
    const result = await render(
      base.replace(
        "enum: [round, square]\n            required: true\n            description: Its kind.\n    operations:",
        `enum: [${values.join(", ")}]\n            required: true\n            description: Its kind.\n    operations:`,
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const types = result.files.find((f) => f.path.endsWith("widget/types.ts"))!.content;
    expect(types).toContain('"v999"');
  });

  it("a description of 2,000 lines generates (its text kept whole in the docs)", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `      Line ${i} of a very long description.`).join(
      "\n",
    );
    const result = await render(
      base.replace("    description: A widget.\n    listKey", `    description: >-\n${lines}\n    listKey`),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files.find((f) => f.path === "docs/widget.md")!.content).toContain(
      "Line 1999 of a very long description.",
    );
  });

  it("a spec path that is a symlink loop is a plain usage error, not a stack trace", () => {
    const dir = tempDir();
    symlinkSync(join(dir, "b.yaml"), join(dir, "a.yaml"));
    symlinkSync(join(dir, "a.yaml"), join(dir, "b.yaml"));
    writeFileSync(join(dir, "note"), "");
    let stderr = "";
    let status = 0;
    try {
      execFileSync(process.execPath, ["bin/generate.js", join(dir, "a.yaml"), "--out", join(dir, "out")], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (error) {
      ({ stderr, status } = error as { stderr: string; status: number });
    }
    expect(status).toBe(2);
    expect(stderr).toContain("no such spec file");
    expect(stderr).not.toContain("    at ");
  });
});
