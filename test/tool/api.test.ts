/** The programmatic API: the configuration, options over it, and typed results (what the CLI prints). */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, ConfigError, generate, importOpenApi } from "../../generator/tool/api.ts";
import { FIXTURES, tempDir } from "../helpers/paths.ts";

describe("programmatic API", () => {
  it("generates what the configuration says, options override it, and check compares", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "api"));
    copyFileSync(join(FIXTURES, "servers/spec.yaml"), join(dir, "api/mirror.yaml"));
    writeFileSync(
      join(dir, "resource-client-generator.config.json"),
      JSON.stringify({
        specs: ["api/*.yaml"],
        out: "client",
        package: { scope: "acme" },
        command: "make client",
      }),
    );
    const written = await generate({ cwd: dir });
    expect(written.diagnostics).toEqual([]);
    expect(written.exitCode).toBe(0);
    expect(written.outName).toBe("client");
    expect(written.write?.written).toContain("package.json");
    // The scope goes before the spec's own name (mirror-client).
    expect(JSON.parse(readFileSync(join(dir, "client/package.json"), "utf8")).name).toBe(
      "@acme/mirror-client",
    );
    const fresh = await check({ cwd: dir });
    expect(fresh).toMatchObject({ exitCode: 0, comparison: { stale: [], byManifest: true } });
    // An option overrides the file: another version makes package.json (among others) stale.
    const other = await check({ cwd: dir, package: { version: "9.9.9" } });
    expect(other.exitCode).toBe(1);
    expect(other.comparison?.stale).toContain("package.json");
    expect(other.regenerate).toBe("make client");
    const overridden = await generate({ cwd: dir, out: "other", package: { name: "mirror" } });
    expect(overridden.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "other/package.json"), "utf8")).name).toBe("@acme/mirror");
  }, 120_000);

  it("a wrong configuration is a usage problem (exit 2), and an import needs out or a configuration", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "resource-client-generator.config.json"), '{"out": 3}');
    const result = await generate({ cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.problem).toMatch(/"out" must be a non-empty string/);
    await expect(importOpenApi({ cwd: tempDir(), document: "x.yaml" })).rejects.toThrow(ConfigError);
  });
});
