/** The CLI as a build pipeline runs it: exit codes, --check, atomic and minimal writes, the folder marker. */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT, snapshotTree, tempDir } from "../helpers/paths.ts";

const CLI = join(ROOT, "bin/generate.js");

/** A project folder with copies of spec/ and generated/, where the CLI runs with its defaults. */
function project(): string {
  const dir = tempDir("cli-");
  cpSync(join(ROOT, "spec"), join(dir, "spec"), { recursive: true });
  cpSync(GENERATED, join(dir, "generated"), { recursive: true });
  return dir;
}

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("cli", () => {
  it("--help prints usage and exits 0; an unknown flag exits 2", () => {
    const help = run(ROOT, "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--check");
    const bad = run(ROOT, "--frobnicate");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Usage:");
    expect(run(ROOT, "no/such/spec.yaml").code).toBe(2);
    expect(run(ROOT, "--watch", "--check").code).toBe(2);
  });

  it("--check exits 0 on an up-to-date tree, and running generate again writes nothing", () => {
    const dir = project();
    // A copy of the committed tree, as a fresh clone has it: no cache, and the fast path still
    // applies, from the fingerprint the committed manifest records.
    const check = run(dir, "--check");
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("compared with the manifest's hashes");
    const full = run(dir, "--check", "--full");
    expect(full.code).toBe(0);
    expect(full.stdout).not.toContain("manifest");
    // The TypeScript sources under tsx (the launcher's fallback when esbuild cannot run) agree.
    const fromSource = spawnSync(process.execPath, [CLI, "--check", "--full"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, GENERATOR_FROM_SOURCE: "1" },
    });
    expect(fromSource.stderr).toBe("");
    expect(fromSource.status).toBe(0);
    const again = run(dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^0 written, \d+ unchanged, 0 removed in \d+\.\d\ds\.\n$/);
  });

  it("a hand-edited, a deleted and an extra file make --check exit 1 and name each, writing nothing", () => {
    const dir = project();
    const edited = join(dir, "generated/src/verify/factor/validators.ts");
    writeFileSync(edited, readFileSync(edited, "utf8").replace("3", "4"));
    rmSync(join(dir, "generated/docs/factor.md"), { force: true });
    rmSync(join(dir, "generated/dist/index.js"));
    writeFileSync(join(dir, "generated/notes.txt"), "mine");
    const before = snapshotTree(join(dir, "generated"));
    const check = run(dir, "--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("stale    src/verify/factor/validators.ts");
    expect(check.stderr).toContain("missing  dist/index.js");
    expect(check.stderr).toContain("extra    notes.txt");
    expect(snapshotTree(join(dir, "generated"))).toEqual(before);
  });

  it("--check's fast path (inputs unchanged since the last run) still names a hand-edited file", () => {
    const dir = project();
    expect(run(dir).code).toBe(0);
    const fast = run(dir, "--check");
    expect(fast.code).toBe(0);
    const edited = join(dir, "generated/src/verify/factor/types.ts");
    writeFileSync(edited, readFileSync(edited, "utf8") + "// hand edit\n");
    writeFileSync(join(dir, "generated/extra.ts"), "");
    const check = run(dir, "--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("stale    src/verify/factor/types.ts");
    expect(check.stderr).toContain("extra    extra.ts");
    // A changed spec is a changed input: the fast path steps aside and a full generation compares.
    const spec = join(dir, "spec/verify/factor.yaml");
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace("summary: Fetch a specific Factor.", "summary: Fetch one Factor."),
    );
    rmSync(join(dir, "generated/extra.ts"));
    const full = run(dir, "--check");
    expect(full.code).toBe(1);
    expect(full.stderr).toContain("stale    docs/factor.md");
  });

  it("generate rewrites only what changed, removes files it generated earlier, and keeps others' files", () => {
    const dir = project();
    const manifest = join(dir, "generated/.generator-manifest.json");
    const listed = JSON.parse(readFileSync(manifest, "utf8"));
    listed.hashes["src/obsolete.ts"] = "0".repeat(64);
    writeFileSync(manifest, JSON.stringify(listed));
    writeFileSync(join(dir, "generated/src/obsolete.ts"), "// from an older spec\n");
    writeFileSync(join(dir, "generated/notes.txt"), "mine");
    const edited = join(dir, "generated/src/index.ts");
    writeFileSync(edited, "// edited\n");
    const r = run(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 written, \d+ unchanged, 1 removed/);
    expect(existsSync(join(dir, "generated/src/obsolete.ts"))).toBe(false);
    expect(readFileSync(join(dir, "generated/notes.txt"), "utf8")).toBe("mine");
    expect(readFileSync(edited, "utf8")).toBe(readFileSync(join(GENERATED, "src/index.ts"), "utf8"));
  });

  it("--watch regenerates after each edit of a spec, reports a broken one without writing, and stops on SIGTERM", async () => {
    const dir = project();
    const child = spawn(process.execPath, [CLI, "--watch"], { cwd: dir });
    const out: string[] = [];
    const err: string[] = [];
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => out.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => err.push(chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Waits (polling, bounded) until `count` runs have ended: a written tree on stdout, or
    // problems on stderr.
    const ended = () =>
      (out.join("").match(/ removed in \d+\.\d\ds\.\n/g)?.length ?? 0) +
      (err.join("").match(/nothing was written\.\n/g)?.length ?? 0);
    const runs = async (count: number) => {
      for (let i = 0; i < 600 && ended() < count; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      if (ended() < count) throw new Error(`no run ${count} within 60 s:\n${out.join("")}\n${err.join("")}`);
    };
    try {
      await runs(1);
      expect(out.join("")).toMatch(/^0 written, \d+ unchanged, 0 removed in .*\nwatching 1 folder\(s\)/);
      const spec = join(dir, "spec/verify/factor.yaml");
      const original = readFileSync(spec, "utf8");
      writeFileSync(
        spec,
        original.replace("summary: Fetch a specific Factor.", "summary: Fetch one Factor, watched."),
      );
      await runs(2);
      expect(readFileSync(join(dir, "generated/docs/factor.md"), "utf8")).toContain(
        "Fetch one Factor, watched.",
      );
      const before = snapshotTree(join(dir, "generated"));
      writeFileSync(spec, original.replace("    plural: Factors\n", "    plural: [Factors\n"));
      await runs(3);
      expect(err.join("")).toMatch(/^spec\/verify\/factor\.yaml:\d+:\d+ error\[yaml-syntax\]/m);
      expect(snapshotTree(join(dir, "generated"))).toEqual(before);
      writeFileSync(spec, original);
      await runs(4);
      expect(readFileSync(join(dir, "generated/docs/factor.md"), "utf8")).not.toContain("watched");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  });

  it("refuses to write into a non-empty folder without its marker", () => {
    const dir = project();
    mkdirSync(join(dir, "elsewhere"));
    writeFileSync(join(dir, "elsewhere/precious.txt"), "keep me");
    const r = run(dir, "--out", "elsewhere");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("refusing to write into");
    expect(snapshotTree(join(dir, "elsewhere"))).toEqual(new Map([["precious.txt", "keep me"]]));
  });

  it.each([
    [
      "a YAML syntax error",
      (text: string) => text.replace("  plural: Factors\n", "  plural: [Factors\n"),
      "error[yaml-syntax]",
    ],
    [
      "a duplicated key",
      (text: string) => text.replace("    plural: Factors\n", "    plural: Factors\n    plural: Factors\n"),
      "error[duplicate-key]",
    ],
  ])(
    "%s in the real Factor spec exits 1 with file and line, leaving generated/ byte-for-byte unchanged",
    (_name, edit, code) => {
      const dir = project();
      const spec = join(dir, "spec/verify/factor.yaml");
      const original = readFileSync(spec, "utf8");
      const edited = edit(original);
      expect(edited).not.toBe(original);
      writeFileSync(spec, edited);
      const line = original.slice(0, original.indexOf("    plural: Factors")).split("\n").length;
      const before = snapshotTree(join(dir, "generated"));
      const r = run(dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(`^spec/verify/factor\\.yaml:${line + 1}:\\d+ ${code.replace(/[[\]]/g, "\\$&")}`, "m"),
      );
      expect(r.stderr).toContain("nothing was written");
      expect(snapshotTree(join(dir, "generated"))).toEqual(before);
    },
  );
});
