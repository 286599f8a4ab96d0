/**
 * Imports every OpenAPI document in a folder and generates each into its own package, in one
 * process: `node --import tsx test/scale/generate-all.ts <documents folder> <output folder>`. Prints
 * one JSON line: counts, per-document seconds, wall time, CPU and peak RSS. The whole-API test and
 * `npm run bench` both run it; the output folder is theirs to delete.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { importDocument } from "../../generator/import/import.ts";
import { prepare } from "../../generator/engine/prepare.ts";
import { renderFiles } from "../../generator/engine/generate.ts";
import { stopWorker } from "../../generator/engine/worker.ts";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { ROOT } from "../../generator/engine/cache.ts";

/** One document's outcome. */
export interface DocumentRun {
  readonly document: string;
  readonly resources: number;
  readonly operations: number;
  readonly files: number;
  readonly seconds: number;
  /** Why nothing was generated (a document without operations), or null. */
  readonly skipped: string | null;
}

/** What the run prints. */
export interface WholeApiRun {
  readonly documents: readonly DocumentRun[];
  readonly wallSeconds: number;
  /** From the start to the first file on disk. */
  readonly firstFileSeconds: number | null;
  readonly cpuSeconds: number;
  readonly peakRssMiB: number;
}

async function main(documentsDir: string, outDir: string): Promise<void> {
  const started = performance.now();
  const documents: DocumentRun[] = [];
  let firstFileSeconds: number | undefined;
  // One file per document: where a document is there as YAML and as JSON, the YAML.
  const all = readdirSync(documentsDir).filter((n) => /\.(ya?ml|json)$/.test(n));
  const base = (n: string) => n.replace(/\.(ya?ml|json)$/, "");
  const names = all
    .filter((n) => !n.endsWith(".json") || !all.some((m) => m !== n && base(m) === base(n)))
    .sort();
  for (const name of names) {
    const t0 = performance.now();
    const document = base(name);
    const imported = await importDocument({
      document: join(documentsDir, name),
      outDir: join(outDir, "spec", document),
      conventions: join(ROOT, "spec/import/twilio.yaml"),
      dryRun: true,
    });
    const fail = (what: string, diagnostics: readonly Parameters<typeof formatDiagnostic>[0][]) => {
      throw new Error(`${name}: ${what}:\n${diagnostics.slice(0, 20).map(formatDiagnostic).join("\n")}`);
    };
    if (!imported.ok) fail("the import failed", imported.diagnostics);
    const seconds = () => (performance.now() - t0) / 1000;
    if (imported.files.length === 0) {
      documents.push({
        document,
        resources: 0,
        operations: 0,
        files: 0,
        seconds: seconds(),
        skipped: "no operations",
      });
      continue;
    }
    const prepared = prepare(
      imported.files.map((f) => ({ file: `spec/${document}/${f.name}`, text: f.text, written: f.written })),
    );
    if (!prepared.ok) return fail("its specs do not check", prepared.diagnostics);
    // Each file is written as soon as it is finished, as `generate` stages it.
    const files = await renderFiles(prepared, undefined, (file) => {
      const path = join(outDir, document, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
      firstFileSeconds ??= (performance.now() - started) / 1000;
    });
    const resources = prepared.ir.services.flatMap((s) => s.resources);
    documents.push({
      document,
      resources: resources.length,
      operations: resources.reduce((n, r) => n + r.operations.length, 0),
      files: files.length,
      seconds: seconds(),
      skipped: null,
    });
  }
  await stopWorker();
  const usage = process.resourceUsage();
  const run: WholeApiRun = {
    documents,
    wallSeconds: (performance.now() - started) / 1000,
    firstFileSeconds: firstFileSeconds ?? null,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakRssMiB: usage.maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(run) + "\n");
}

const [documentsDir, outDir] = process.argv.slice(2);
if (!documentsDir || !outDir) {
  process.stderr.write("usage: generate-all.ts <documents folder> <output folder>\n");
  process.exitCode = 2;
} else await main(documentsDir, outDir);
