/** tsc (strict) over the generated package and over a consumer program that imports it by name. */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT } from "./helpers/paths.ts";
import { tsc } from "./helpers/tsc.ts";

// tsc over a whole tree takes 20 to 40 s on a loaded 2-core machine: five times that, at least.
const TREE = { timeout: 300_000 };

describe("tsc --noEmit, strict", () => {
  it("passes over generated/src without Node's types: the main entry is browser-safe", TREE, () => {
    expect(tsc("test/generated-tsconfig.json")).toBe("");
  });

  it("passes over the Node-only mock server (generated/src/mock)", TREE, () => {
    expect(tsc("test/generated-mock-tsconfig.json")).toBe("");
  });

  it(
    "passes over the fixture packages (hostile strings, all kinds, two files of one service), mock servers included",
    TREE,
    () => {
      expect(tsc("test/fixtures-tsconfig.json")).toBe("");
    },
  );

  it("passes over the consumer program, whose @ts-expect-error lines prove the type rules", () => {
    expect(tsc("test/consumer/tsconfig.json")).toBe("");
  });

  it("passes over every TypeScript snippet of the generated README (the guide's flows), imported by subpath", () => {
    const readme = readFileSync(join(GENERATED, "README.md"), "utf8");
    const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const guide = snippets.filter((code) => code.includes('from "twilio-verify-rest-client/'));
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

describe("compile errors point at the cause and quote the rule", () => {
  // test/consumer/messages.ts holds one mistake per kind of conditional rule the types carry
  // (onlyWhen on a parameter, on a nested parameter and on a whole group; exactlyOneOf with both
  // given). A missing requiredWhen parameter or an exactlyOneOf group with none given is reported by
  // tsc's own "Property 'x' is missing ... but required in type 'CreateFactorPushBindingParams'",
  // which TypeScript gives no way to word.
  const dir = join(ROOT, "test/.tmp/messages");
  const compile = (source: string) => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "messages.ts"), source);
    const config = JSON.parse(readFileSync(join(ROOT, "test/consumer/tsconfig.json"), "utf8"));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: config.compilerOptions, files: ["messages.ts"] }),
    );
    const out = tsc("test/.tmp/messages/tsconfig.json");
    return [...out.matchAll(/messages\.ts\((\d+),(\d+)\): error TS\d+: ([^\n]*(?:\n {2,}[^\n]*)*)/g)].map(
      (m) => ({ line: Number(m[1]), column: Number(m[2]), text: m[3]! }),
    );
  };
  const source = readFileSync(join(ROOT, "test/consumer/messages.ts"), "utf8");
  const lines = source.split("\n");
  const marked = lines.flatMap((line, i) => {
    const m = /\/\/ MISTAKE (\S+) "([^"]+)"/.exec(line);
    // The mark of a mistake reported at the enclosing object sits on the line after it.
    return m ? [{ line: m[1] === "{" ? i : i + 1, property: m[1]!, rule: m[2]! }] : [];
  });

  it("has a marked mistake for each kind of rule", () => {
    expect(marked.length).toBe(5);
  });

  it("reports each mistake once, where it is, with RuleViolation quoting the rule's sentence", () => {
    const errors = compile(source);
    expect(errors.map((e) => e.line)).toEqual(marked.map((m) => m.line));
    for (const [i, m] of marked.entries()) {
      const at = lines[m.line - 1]!.indexOf(m.property === "{" ? "{" : `${m.property}:`) + 1;
      expect(errors[i]!.column, `line ${m.line}`).toBe(at);
      expect(errors[i]!.text, `line ${m.line}`).toContain(`RuleViolation<"${m.rule}">`);
      // Never "missing notificationToken, sdkVersion" at the enclosing object.
      expect(errors[i]!.text, `line ${m.line}`).not.toMatch(/missing the following properties/);
    }
  });

  it("compiles the same calls put right: each parameter where its rule allows it", () => {
    const header = lines.slice(
      0,
      lines.findIndex((l) => l.startsWith("export async function")),
    );
    const right = `${header.join("\n")}
export async function right(): Promise<void> {
  await createFactor(client, service, "user-0001", {
    factorType: "push",
    friendlyName: "phone",
    binding: { publicKey: "MFkw" },
    config: { appId: "com.example", notificationToken: "t", sdkVersion: "1" },
  });
  await createFactor(client, service, "user-0001", { factorType: "totp", friendlyName: "app", config: { codeLength: 6 } });
  await createVerification(client, service, { to: "+15017122661", channel: "call", sendDigits: "1" });
  await createFactor(client, service, "user-0001", { factorType: "passkeys", friendlyName: "key" });
  await createVerificationCheck(client, service, { to: "+15017122661", code: "1234" });
  await createVerificationCheck(client, service, { verificationSid: "VE" + "0".repeat(32), code: "1234" });
}
`;
    expect(compile(right)).toEqual([]);
  });
});

describe("TypeScript consumers under each module setting", () => {
  // The package is ESM-only. `node16` has no require() of ES modules, so a CommonJS file there gets
  // TS1479 (the README says to use `node20`/`nodenext`, or `import()`); every other setting compiles.
  const cases: [string, Record<string, unknown>, "cts" | "mts" | "ts", string | null][] = [
    ["node16, an ES module", { module: "node16", moduleResolution: "node16" }, "mts", null],
    ["node16, a CommonJS module", { module: "node16", moduleResolution: "node16" }, "cts", "TS1479"],
    ["nodenext, an ES module", { module: "nodenext", moduleResolution: "nodenext" }, "mts", null],
    [
      "nodenext, a CommonJS module (require of ESM)",
      { module: "nodenext", moduleResolution: "nodenext" },
      "cts",
      null,
    ],
    ["node20, a CommonJS module", { module: "node20" }, "cts", null],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }, "ts", null],
    ["commonjs (node10 resolution, through typesVersions)", { module: "commonjs" }, "ts", null],
  ];
  it.each(cases)("%s", (name, options, extension, expected) => {
    const dir = join(ROOT, "test/.tmp/modules", name.replace(/[^a-z0-9]+/gi, "-"));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const source = readFileSync(join(ROOT, "test/consumer/modules/app.ts"), "utf8");
    writeFileSync(join(dir, `app.${extension}`), source);
    // A package.json without "type": a .ts file is CommonJS under node16/nodenext, as in most CJS apps.
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "es2022",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
          lib: ["es2022", "dom"],
          ...options,
        },
        files: [`app.${extension}`],
      }),
    );
    const out = tsc(`test/.tmp/modules/${name.replace(/[^a-z0-9]+/gi, "-")}/tsconfig.json`);
    if (expected) expect(out).toContain(expected);
    else expect(out).toBe("");
  });
});

describe("plain node", () => {
  it("imports the package by name with no TypeScript tooling, and the mock export too", () => {
    const script = `import { createClient, createFactor } from "twilio-verify-rest-client"; import { start } from "twilio-verify-rest-client/mock";
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

  // The light entry: an app importing `/client` and one resource's subpath never loads the package
  // root (which re-exports every resource) nor another resource; Node's module hooks list each file
  // it loads. The root import is the control: the same hook sees it load the root and every resource.
  const loaded = (imports: string): string[] => {
    const dir = join(ROOT, "test/.tmp/light-entry");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const log = join(dir, "loaded.txt");
    writeFileSync(log, "");
    const hook = `import { appendFileSync } from "node:fs";
      export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + "\\n"); return next(url, context); }`;
    const script = `import { register } from "node:module";
      register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hook)}));
      const m = await import("./test/.tmp/light-entry/app.mjs");
      console.log(typeof m.createClient, typeof m.createFactor);`;
    writeFileSync(join(dir, "app.mjs"), `${imports}\nexport { createClient, createFactor };\n`);
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    expect(out.trim()).toBe("function function");
    return readFileSync(log, "utf8")
      .split("\n")
      .filter((url) => url.includes("/generated/dist/"))
      .map((url) => url.slice(url.indexOf("/generated/dist/") + "/generated/dist/".length));
  };

  it("loads neither the package root nor another resource through `/client` and a resource's subpath", () => {
    const files = loaded(
      `import { createClient } from "twilio-verify-rest-client/client";\nimport { createFactor } from "twilio-verify-rest-client/factors";`,
    );
    expect(files).toContain("client.js");
    expect(files).toContain("verify/factor/index.js");
    expect(files).not.toContain("index.js");
    const resources = files.filter((f) => /^verify\/[^/]+\//.test(f)).map((f) => f.split("/")[1]);
    expect([...new Set(resources)]).toEqual(["factor"]);
    const root = loaded(`import { createClient, createFactor } from "twilio-verify-rest-client";`);
    expect(root).toContain("index.js");
    expect(root).toContain("verify/challenge/index.js");
  });
});
