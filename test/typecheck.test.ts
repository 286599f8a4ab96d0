/** tsc (strict) over the generated package and over a consumer program that imports it by name. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.ts";

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
});

describe("plain node", () => {
  it("imports the package by name with no TypeScript tooling, and the mock export too", () => {
    const script = `import { createClient, createFactor } from "twilio-verify"; import { start } from "twilio-verify/mock";
      const server = await start();
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
