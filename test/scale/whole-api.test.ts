/**
 * The whole Twilio API: all of Twilio's OpenAPI documents in ../shared/vendor/twilio-oai are
 * imported and generated, one package each, in one process (`generate-all.ts`), into a temporary
 * folder that is deleted afterwards; then every package, client and local server, is type-checked
 * strictly in one TypeScript program. Every operation of every document must come out.
 * Then every package runs: its top-level lists, through its client, against its own local server.
 * The slowest test of the suite (about a minute on two cores); it prints its figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, TWILIO_OAI } from "../helpers/paths.ts";
import type { WholeApiRun } from "./generate-all.ts";
import { typecheckAll } from "./typecheck-all.ts";

const present = existsSync(TWILIO_OAI);
if (!present) console.warn(`SKIPPED the whole-API test: Twilio's documents are not at ${TWILIO_OAI}`);

// Under the repository rather than the system's temporary folder: writing 13,000 files there is
// several times faster on this machine's /tmp.
// Runs that were killed leave their folder; one over an hour old goes now.
const TMP = join(ROOT, "test/.tmp");
mkdirSync(TMP, { recursive: true });
for (const name of readdirSync(TMP).filter((n) => n.startsWith("whole-api-"))) {
  if (statSync(join(TMP, name)).mtimeMs < Date.now() - 3_600_000)
    rmSync(join(TMP, name), { recursive: true, force: true });
}
const out = mkdtempSync(join(TMP, "whole-api-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Operations in a document, counted from its paths (independently of the importer). */
function operationsIn(file: string): number {
  const doc = parse(readFileSync(file, "utf8"), { maxAliasCount: -1 }) as { paths?: Record<string, object> };
  const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
  return Object.values(doc.paths ?? {}).reduce((n, item) => n + methods.filter((m) => m in item).length, 0);
}

describe.skipIf(!present)("the whole Twilio API", () => {
  let run: WholeApiRun;

  it("imports and generates every document, every operation of each", { timeout: 900_000 }, () => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", join(ROOT, "test/scale/generate-all.ts"), TWILIO_OAI, out],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 },
    );
    expect(r.stderr, "generate-all.ts wrote to stderr").toBe("");
    expect(r.status).toBe(0);
    run = JSON.parse(r.stdout) as WholeApiRun;
    const yaml = readdirSync(TWILIO_OAI).filter((n) => n.endsWith(".yaml"));
    expect(run.documents.map((d) => `${d.document}.yaml`).sort()).toEqual(yaml.sort());
    for (const doc of run.documents) {
      const expected = operationsIn(join(TWILIO_OAI, `${doc.document}.yaml`));
      expect(doc.operations, doc.document).toBe(expected);
      expect(doc.skipped, doc.document).toBe(expected === 0 ? "no operations" : null);
    }
    const sum = (key: "operations" | "resources" | "files") => run.documents.reduce((n, d) => n + d[key], 0);
    console.log(
      `whole Twilio API: ${run.documents.length} documents, ${sum("resources")} resources, ` +
        `${sum("operations")} operations, ${sum("files")} files generated in ${run.wallSeconds.toFixed(1)} s ` +
        `(CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${run.peakRssMiB.toFixed(0)} MiB)`,
    );
  });

  it("type-checks strictly, every client and every local server", { timeout: 900_000 }, () => {
    expect(run, "the generation test ran first").toBeDefined();
    const checked = typecheckAll(out);
    expect(checked.output).toBe("");
    expect(checked.status).toBe(0);
    console.log(`whole Twilio API: tsc over every package in ${checked.seconds.toFixed(1)} s`);
  });

  it(
    "runs every package: each top-level list, through the client, against the package's own local server",
    { timeout: 900_000 },
    () => {
      expect(run, "the generation test ran first").toBeDefined();
      const r = spawnSync(process.execPath, [join(ROOT, "test/scale/run-all.mjs"), out], {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 << 20,
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const results = JSON.parse(r.stdout) as {
        package: string;
        called: string[];
        paged: string[];
        failed: string[];
      }[];
      expect(results.length).toBe(run.documents.filter((d) => d.skipped === null).length);
      expect(results.flatMap((p) => p.failed)).toEqual([]);
      const called = results.reduce((n, p) => n + p.called.length, 0);
      const paged = results.reduce((n, p) => n + p.paged.length, 0);
      // The rest were refused before any request (a required filter missing), as their rules say.
      expect(paged).toBeGreaterThan(called * 0.9);
      console.log(
        `whole Twilio API: ${paged} of ${called} top-level lists answered a page from their local server`,
      );
    },
  );
});
