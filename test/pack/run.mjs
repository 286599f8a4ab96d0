#!/usr/bin/env node
// `npm run test:pack` (run by .ci/run after npm test; it installs from the npm registry, so it is
// not part of npm test): the generator as a user installs it. Packs the tool, installs the tarball
// alone into a temporary project outside the repository, and there runs init, imports the OAI
// Petstore (copied from ../shared at test time), generates, type-checks the result strictly, runs
// --check (exit 0), edits a spec and sees --check exit 1 naming the project's command, overrides
// the configuration with a flag, reads JSON and GitHub annotation output for a broken spec, and
// calls the programmatic API (from JavaScript, and type-checked from TypeScript). Every step is
// bounded in time; the first failure ends the run with exit 1.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PETSTORE = join(ROOT, "../shared/vendor/openapi-examples/oai/petstore.yaml");
const MINUTE = 60_000;
const work = mkdtempSync(join(tmpdir(), "rcg-pack-"));
const project = join(work, "project");
let failed = 0;

/** Runs a command; returns its exit code and output. */
function sh(command, args, { cwd = project, timeout = 5 * MINUTE } = {}) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", timeout, env: { ...process.env, CI: "true" } });
  if (r.error) throw new Error(`${command} ${args.join(" ")}: ${r.error.message}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tool = (...args) => sh("npx", ["--no-install", "resource-client-generator", ...args]);

function step(name, check) {
  try {
    check();
    process.stdout.write(`ok    ${name}\n`);
  } catch (error) {
    failed++;
    process.stdout.write(`FAIL  ${name}\n${String(error.message).replace(/^/gm, "      ")}\n`);
  }
}
function expect(condition, message, output) {
  if (!condition) throw new Error(output ? `${message}\n${output.stdout}${output.stderr}` : message);
}

try {
  let tarball;
  step("npm pack builds the tool and packs it without tests or fixtures", () => {
    const r = sh("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, timeout: 10 * MINUTE });
    expect(r.code === 0, "npm pack failed", r);
    const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf("[")));
    tarball = join(work, info.filename);
    const paths = info.files.map((f) => f.path);
    const tests = paths.filter((p) => /^test\/|\.test\.[jt]s$|fixtures\//.test(p));
    expect(tests.length === 0, `the tarball holds test files: ${tests.slice(0, 5).join(", ")}`);
    for (const needed of [
      "dist/cli.mjs",
      "dist/api.mjs",
      "dist/types/tool/api.d.ts",
      "bin/resource-client-generator.js",
    ])
      expect(paths.includes(needed), `the tarball lacks ${needed}`);
    process.stdout.write(
      `      ${info.filename}: ${info.size} bytes packed, ${info.unpackedSize} unpacked, ${info.entryCount} files\n`,
    );
  });
  if (!tarball) throw new Error("no tarball");

  step("the tarball installs alone into a fresh project, and its command runs on plain node", () => {
    sh("mkdir", ["-p", project], { cwd: work });
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "pack-demo", private: true, type: "module" }),
    );
    const r = sh("npm", ["install", "--no-audit", "--no-fund", "--save-dev", tarball], {
      timeout: 10 * MINUTE,
    });
    expect(r.code === 0, "npm install of the tarball failed", r);
    const help = tool("--help");
    expect(
      help.code === 0 && help.stdout.includes("Usage: resource-client-generator"),
      "--help failed",
      help,
    );
  });

  step("init writes the configuration, an example spec and the scripts", () => {
    const r = tool("init");
    expect(r.code === 0, "init failed", r);
    const config = JSON.parse(readFileSync(join(project, "resource-client-generator.config.json"), "utf8"));
    expect(config.out === "generated" && config.package.name === "pack-demo-client", "unexpected config", r);
    const scripts = JSON.parse(readFileSync(join(project, "package.json"), "utf8")).scripts;
    expect(scripts.generate === "resource-client-generator", "no generate script", r);
    expect(scripts["generate:check"] === "resource-client-generator --check", "no generate:check script", r);
    readFileSync(join(project, "spec/notes.yaml"), "utf8");
  });

  step("import writes the Petstore's specs into the configured spec folder", () => {
    copyFileSync(PETSTORE, join(project, "petstore.yaml"));
    rmSync(join(project, "spec/notes.yaml")); // one API per package: the Petstore replaces the example
    const r = tool("import", "petstore.yaml");
    expect(r.code === 0, "import failed", r);
    readFileSync(join(project, "spec/pet.yaml"), "utf8");
  });

  step("npm run generate writes the package the configuration names", () => {
    const r = sh("npm", ["run", "--silent", "generate"]);
    expect(r.code === 0 && /written/.test(r.stdout), "generate failed", r);
    const pkg = JSON.parse(readFileSync(join(project, "generated/package.json"), "utf8"));
    expect(pkg.name === "pack-demo-client", `generated package is named ${pkg.name}`);
  });

  step("the generated client type-checks strictly", () => {
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        // The strict settings the repository checks its own generated package with.
        compilerOptions: JSON.parse(readFileSync(join(ROOT, "test/generated-tsconfig.json"), "utf8"))
          .compilerOptions,
        include: ["generated/src", "api-types.ts"],
        exclude: ["generated/src/mock"],
      }),
    );
    writeFileSync(
      join(project, "api-types.ts"),
      `import { check, type RunResult } from "resource-client-generator";\n` +
        `export const result: Promise<RunResult> = check({ cwd: "." });\n` +
        `export const code = async (): Promise<0 | 1 | 2> => (await result).exitCode;\n`,
    );
    const r = sh(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"]);
    expect(r.code === 0, "tsc failed", r);
  });

  step("--check exits 0 on the fresh output", () => {
    const r = sh("npm", ["run", "--silent", "generate:check"]);
    expect(r.code === 0 && /up to date/.test(r.stdout), "--check did not pass", r);
    // The fingerprint works from node_modules: unchanged inputs are compared with the manifest's hashes.
    expect(/compared with the manifest's hashes/.test(r.stdout), "--check did not take its fast path", r);
    // The cache lives in the project's node_modules, not inside the installed package.
    expect(
      existsSync(join(project, "node_modules/.cache/resource-client-generator")),
      "no cache in node_modules",
    );
  });

  step("after a spec edit, --check exits 1 naming the file and the project's command", () => {
    const path = join(project, "spec/pet.yaml");
    const text = readFileSync(path, "utf8");
    const edited = text.replace(/description: (.+)/, "description: $1 (edited)");
    expect(edited !== text, "nothing to edit in spec/pet.yaml");
    writeFileSync(path, edited);
    const r = sh("npm", ["run", "--silent", "generate:check"]);
    expect(r.code === 1, `--check exited ${r.code}`, r);
    expect(/^stale {4}\S+/m.test(r.stderr), "no stale file named", r);
    expect(r.stderr.includes("out of date in generated; run npm run generate."), "wrong hint", r);
    expect(sh("npm", ["run", "--silent", "generate"]).code === 0, "regenerating failed");
  });

  step("a flag overrides the configuration", () => {
    const r = tool("--package-name", "flag-client", "--out", "flagged");
    expect(r.code === 0, "generate with flags failed", r);
    const pkg = JSON.parse(readFileSync(join(project, "flagged/package.json"), "utf8"));
    expect(pkg.name === "flag-client", `flag not applied: ${pkg.name}`);
  });

  step("a broken spec gives JSON and GitHub annotation output, exit 1", () => {
    sh("mkdir", ["-p", "broken"]);
    const text = readFileSync(join(project, "spec/pet.yaml"), "utf8").replace(/^service:/m, "servicio:");
    writeFileSync(join(project, "broken/pet.yaml"), text);
    const json = tool("broken/pet.yaml", "--out", "broken-out", "--reporter", "json");
    expect(json.code === 1, `json run exited ${json.code}`, json);
    const result = JSON.parse(json.stdout);
    const first = result.diagnostics[0];
    expect(result.exitCode === 1 && first?.file === "broken/pet.yaml" && first.line > 0, "bad JSON", json);
    const github = tool("broken/pet.yaml", "--out", "broken-out", "--reporter", "github");
    expect(github.code === 1, `github run exited ${github.code}`, github);
    expect(
      /^::error file=broken\/pet\.yaml,line=\d+,col=\d+,title=error%5B[a-z-]+%5D::/m.test(github.stdout) ||
        /^::error file=broken\/pet\.yaml,line=\d+,col=\d+,title=error\[[a-z-]+\]::/m.test(github.stdout),
      "no annotation",
      github,
    );
  });

  step("the programmatic API generates, checks and imports", () => {
    writeFileSync(
      join(project, "api.mjs"),
      `import { check, generate, importOpenApi } from "resource-client-generator";\n` +
        `const checked = await check();\n` +
        `const dry = await importOpenApi({ document: "petstore.yaml", dryRun: true });\n` +
        `const broken = await generate({ specs: ["broken/pet.yaml"], out: "broken-out" });\n` +
        `console.log(JSON.stringify({ check: checked.exitCode, upToDate: checked.comparison?.stale.length, ` +
        `imported: dry.ok && dry.files.length, broken: broken.exitCode, diagnostic: broken.diagnostics[0]?.code }));\n`,
    );
    const r = sh(process.execPath, ["api.mjs"]);
    expect(r.code === 0, "api.mjs failed", r);
    const out = JSON.parse(r.stdout.trim().split("\n").at(-1));
    expect(
      out.check === 0 && out.upToDate === 0 && out.imported >= 1 && out.broken === 1 && out.diagnostic,
      `API: ${r.stdout}`,
    );
  });
} catch (error) {
  failed++;
  process.stdout.write(`FAIL  ${error.message}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(failed ? `${failed} step(s) failed\n` : "test:pack passed\n");
process.exitCode = failed ? 1 : 0;
