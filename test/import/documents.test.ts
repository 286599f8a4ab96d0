/**
 * Import at scale: every one of Twilio's official documents (read from ../shared, never copied
 * into the repository) imports, and every resulting spec passes the check and symbol stages. The
 * lifted-rule counts per kind are written to test/.tmp/import-counts.json (the README quotes them).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkSpecs } from "../../generator/check/check.ts";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { importDocument } from "../../generator/import/import.ts";
import { buildIr } from "../../generator/ir/build.ts";
import { buildSymbols } from "../../generator/symbols/symbols.ts";
import { ROOT, TWILIO_OAI } from "../helpers/paths.ts";

const documents = existsSync(TWILIO_OAI)
  ? readdirSync(TWILIO_OAI)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
  : [];
const CONVENTIONS = join(ROOT, "spec/import/twilio.yaml");
const totals = {
  documents: 0,
  operations: 0,
  specFiles: 0,
  lifted: {} as Record<string, number>,
  unlifted: 0,
};

describe.skipIf(documents.length === 0)("import: all of Twilio's documents", () => {
  if (documents.length === 0)
    console.warn(`SKIPPED: ${TWILIO_OAI} is absent, so Twilio's documents cannot be imported here.`);

  it("has all 55 documents", () => {
    expect(documents).toHaveLength(55);
  });

  it.each(documents)("%s: imports, and every spec passes the check and symbol stages", async (name) => {
    const result = await importDocument({
      document: join(TWILIO_OAI, name),
      outDir: join(ROOT, "test/.tmp/import", name),
      conventions: CONVENTIONS,
      dryRun: true,
      cwd: ROOT,
    });
    expect(result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    const report = result.report!;
    totals.documents++;
    totals.operations += report.operations;
    totals.specFiles += result.files.length;
    totals.unlifted += report.unlifted.length;
    for (const [kind, count] of Object.entries(report.lifted))
      totals.lifted[kind] = (totals.lifted[kind] ?? 0) + count;
    if (!result.files.length) return; // two documents describe no operation at all
    const { catalog, diagnostics } = checkSpecs(result.files.map((f) => ({ file: f.name, text: f.text })));
    expect(diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    const { ir, origins } = buildIr(catalog!);
    expect(buildSymbols(ir, origins).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it("imported every operation of the 55 documents", () => {
    expect(totals.documents).toBe(55);
    expect(totals.operations).toBe(1447);
  });

  afterAll(() => {
    mkdirSync(join(ROOT, "test/.tmp"), { recursive: true });
    writeFileSync(join(ROOT, "test/.tmp/import-counts.json"), JSON.stringify(totals, null, 2));
  });
});
