/** tsc (strict) over the generated package and over a consumer program that imports it by name. */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT } from "./helpers/paths.ts";

const TSC = join(ROOT, "node_modules/typescript/bin/tsc");

function tsc(project: string): string {
  try {
    execFileSync(process.execPath, [TSC, "-p", join(ROOT, project)], { cwd: ROOT, encoding: "utf8" });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe("tsc --noEmit, strict", () => {
  it("passes over generated/src without Node's types: the main entry is browser-safe", () => {
    expect(tsc("test/generated-tsconfig.json")).toBe("");
  });

  it("passes over the Node-only mock server (generated/src/mock)", () => {
    expect(tsc("test/generated-mock-tsconfig.json")).toBe("");
  });

  it("passes over the fixture packages (hostile strings, all kinds, two files of one service), mock servers included", () => {
    expect(tsc("test/fixtures-tsconfig.json")).toBe("");
  });

  it("passes over the consumer program, whose @ts-expect-error lines prove the type rules", () => {
    expect(tsc("test/consumer/tsconfig.json")).toBe("");
  });

  it("passes over every TypeScript snippet of the generated README (the guide's flows), imported by subpath", () => {
    const readme = readFileSync(join(GENERATED, "README.md"), "utf8");
    const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const guide = snippets.filter((code) => code.includes('from "twilio-verify/'));
    expect(guide.length).toBeGreaterThanOrEqual(3);
    const dir = join(ROOT, "test/.tmp/readme-snippets");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Each snippet is a module of its own, so their top-level names never meet.
    const files = snippets.map((code, i) => {
      const file = `snippet-${i}.ts`;
      writeFileSync(join(dir, file), `${code}\nexport {};\n`);
      return file;
    });
    const config = JSON.parse(readFileSync(join(ROOT, "test/consumer/tsconfig.json"), "utf8"));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { ...config.compilerOptions, noUnusedLocals: false }, files }),
    );
    expect(tsc("test/.tmp/readme-snippets/tsconfig.json")).toBe("");
  });
});

describe("plain node", () => {
  it("imports the package by name with no TypeScript tooling, and the mock export too", () => {
    const script = `import { createClient, createFactor } from "twilio-verify"; import { start } from "twilio-verify/mock";
      const server = await start(); server.seed("/v2/Services/VA" + "0".repeat(32), { FriendlyName: "s" });
      const client = createClient({ accountSid: "AC" + "0".repeat(32), authToken: "t", baseUrl: server.url });
      const f = await createFactor(client, "VA" + "0".repeat(32), "user-0001", { factorType: "totp", friendlyName: "x" });
      console.log(f.factorType, f.status); await server.close();`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    expect(out.trim()).toBe("totp unverified");
  });
});
