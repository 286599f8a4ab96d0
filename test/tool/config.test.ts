/** The project configuration: its checks, globs, the package override, init, and the hint's command. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  loadConfig,
  packageOverride,
  specFilesOf,
  specFolderOf,
  validConfig,
} from "../../generator/tool/config.ts";
import { EXAMPLE_SPEC, init } from "../../generator/tool/init.ts";
import { invocation } from "../../generator/tool/report.ts";
import { prepare } from "../../generator/engine/prepare.ts";
import { tempDir } from "../helpers/paths.ts";

const touch = (dir: string, ...paths: string[]) => {
  for (const path of paths) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), "");
  }
};

describe("configuration", () => {
  it("reads JSON or YAML from the project folder, with paths relative to the file", () => {
    const dir = tempDir();
    expect(loadConfig(dir)).toEqual({ config: {}, file: null, dir });
    writeFileSync(join(dir, "resource-client-generator.config.yaml"), "specs: api\nout: client\n");
    expect(loadConfig(dir).config).toEqual({ specs: ["api"], out: "client" });
    writeFileSync(join(dir, "resource-client-generator.config.json"), '{"out": "first"}');
    expect(loadConfig(dir).config).toEqual({ out: "first" }); // JSON is looked for first
    writeFileSync(join(dir, "other.json"), '{"out": "named"}');
    expect(loadConfig(dir, "other.json").config).toEqual({ out: "named" });
  });

  it.each([
    [{ spec: "x" }, 'unknown key "spec"'],
    [{ specs: [1] }, '"specs" must be a path or glob'],
    [{ out: "" }, '"out" must be a non-empty string'],
    [{ formatter: "dprint" }, '"formatter" must be one of: prettier'],
    [{ package: { name: "Has Space" } }, '"package.name" must be an npm package name'],
    [{ package: { version: "1" } }, '"package.version" must be a semantic version'],
    [{ package: { scope: "@A" } }, '"package.scope" must be an npm scope'],
    [{ package: { tag: "x" } }, '"package.tag" must be absent'],
    [[], '"(top level)" must be an object'],
  ])("refuses %j", (data, message) => {
    expect(() => validConfig(data, "c.json")).toThrow(ConfigError);
    expect(() => validConfig(data, "c.json")).toThrow(message);
  });

  it("a broken file is a ConfigError naming it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "resource-client-generator.config.json"), "{");
    expect(() => loadConfig(dir)).toThrow(/resource-client-generator\.config\.json: not valid JSON/);
  });

  it("specs are files, folders (every spec below) or globs, in code-point order without repeats", () => {
    const dir = tempDir();
    touch(
      dir,
      "spec/a.yaml",
      "spec/b/c.yml",
      "spec/schema/s.yaml",
      "spec/notes.md",
      "more/x.yaml",
      "more/y/z.yaml",
    );
    const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1));
    expect(rel(specFilesOf(["spec"], dir))).toEqual(["spec/a.yaml", "spec/b/c.yml"]);
    expect(rel(specFilesOf(["more/*.yaml"], dir))).toEqual(["more/x.yaml"]);
    expect(rel(specFilesOf(["more/**/*.yaml", "more/x.yaml"], dir))).toEqual([
      "more/x.yaml",
      "more/y/z.yaml",
    ]);
    expect(rel(specFilesOf(["spec/?.yaml"], dir))).toEqual(["spec/a.yaml"]);
    expect(specFolderOf(["more/**/*.yaml"], dir)).toBe(join(dir, "more"));
    expect(specFolderOf(["api/pets.yaml"], dir)).toBe(join(dir, "api"));
    expect(specFolderOf([], dir)).toBe(join(dir, "spec"));
  });

  it("the package override: name, version, and a scope with its @", () => {
    expect(packageOverride(undefined)).toBeUndefined();
    expect(packageOverride({ version: "2.0.0" })).toEqual({ version: "2.0.0" });
    expect(packageOverride({ name: "pets", scope: "acme" })).toEqual({ name: "pets", scope: "@acme" });
  });
});

describe("init", () => {
  it("writes a configuration, an example spec that passes the check, and the scripts; keeps what exists", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "@me/shop", scripts: { generate: "mine" } }),
    );
    const first = init(dir);
    expect(first.written).toEqual([
      "resource-client-generator.config.json",
      "spec/notes.yaml",
      "package.json",
    ]);
    expect(first.scripts).toEqual(["generate:check"]);
    const config = loadConfig(dir).config;
    expect(config).toMatchObject({ specs: ["spec"], out: "generated", package: { name: "shop-client" } });
    const scripts = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts;
    expect(scripts).toEqual({ generate: "mine", "generate:check": "resource-client-generator --check" });
    const second = init(dir);
    expect(second.written).toEqual([]);
    expect(second.kept).toEqual(["resource-client-generator.config.json", "spec/notes.yaml"]);
    const checked = prepare([{ file: "spec/notes.yaml", text: EXAMPLE_SPEC, readBeside: () => null }]);
    expect(checked.ok ? [] : checked.diagnostics).toEqual([]);
  });
});

describe("the command --check names", () => {
  it("is the npm script that ran the tool, else a regenerating script of package.json, else the command line", () => {
    const dir = tempDir();
    const env = { npm_lifecycle_event: "gen", npm_lifecycle_script: "resource-client-generator --out x" };
    expect(invocation(["--check"], dir, env)).toBe("npm run gen");
    // The script that ran only checks: the project's regenerating script instead.
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({
        scripts: { check: "resource-client-generator --check", build: "resource-client-generator" },
      }),
    );
    const checking = {
      npm_lifecycle_event: "check",
      npm_lifecycle_script: "resource-client-generator --check",
    };
    expect(invocation(["--check"], dir, checking)).toBe("npm run build");
    const bare = tempDir();
    expect(invocation(["a.yaml", "--check", "--reporter", "json", "--out", "o"], bare, {})).toBe(
      "npx resource-client-generator a.yaml --out o",
    );
  });
});
