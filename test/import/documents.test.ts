/**
 * Import at scale: every one of Twilio's official documents (read from ../shared, never copied
 * into the repository) imports, and every resulting spec passes the check and symbol stages. The
 * lifted-rule counts per kind are written to test/.tmp/import-counts.json (the README quotes them).
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { importDocument } from "../../generator/import/import.ts";
import { prepare } from "../../generator/engine/prepare.ts";
import { resourceSubpath } from "../../generator/targets/ts/layout.ts";
import { tsView, type TsIr } from "../../generator/targets/ts/model.ts";
import { ROOT, sharedPresent, TWILIO_OAI } from "../helpers/paths.ts";

const documents = sharedPresent(TWILIO_OAI, "the import of all of Twilio's documents")
  ? readdirSync(TWILIO_OAI)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
  : [];
const CONVENTIONS = join(ROOT, "spec/import/twilio.yaml");
// Each document's IR, for the naming checks after every document has been imported.
const irs = new Map<string, TsIr>();
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
    const prepared = prepare(
      result.files.map((f) => ({ file: f.name, text: f.text })),
      { warnings: false },
    );
    expect(prepared.ok ? [] : prepared.diagnostics.map(formatDiagnostic)).toEqual([]);
    if (prepared.ok) irs.set(name.replace(/\.yaml$/, ""), tsView(prepared.ir).ir);
  });

  it("names every resource's subpath and list once: no doubled plural (Overrides -> Overrideses)", () => {
    const doubled = [...irs].flatMap(([document, ir]) =>
      ir.services.flatMap((s) =>
        s.resources
          // A name already plural (…s after a consonant: Settings, Overrides) takes no second ending.
          .filter((r) => /[^siua]s$/.test(r.name) && r.plural === `${r.name}es`)
          .map((r) => `${document} ${r.name}: ${r.plural} (subpath ${resourceSubpath(r)})`),
      ),
    );
    expect(doubled).toEqual([]);
    const subpaths = [...irs.values()].flatMap((ir) =>
      ir.services.flatMap((s) => s.resources.map(resourceSubpath)),
    );
    expect(subpaths.filter((p) => /(eses|[^s]ses)$/.test(p) && !/(sses|uses|ases|nses)$/.test(p))).toEqual(
      [],
    );
  });

  it("numbers no function beside an operation of another kind (fetchMessage and fetchMessage2)", () => {
    const numbered = [...irs].flatMap(([document, ir]) => {
      const ops = ir.services.flatMap((s) => s.resources.flatMap((r) => r.operations));
      const kindOf = new Map(ops.map((op) => [op.functionName, op.kind]));
      return ops
        .filter((op) => /\d$/.test(op.functionName))
        .filter((op) => {
          const base = kindOf.get(op.functionName.replace(/\d+$/, ""));
          return base !== undefined && base !== op.kind;
        })
        .map((op) => `${document} ${op.id}: ${op.functionName} (${op.kind})`);
    });
    expect(numbered).toEqual([]);
  });

  it("makes lists of Api v2010's 61 List operations (each with its stream) and of the lists of other shapes", () => {
    const opsOf = (document: string) =>
      irs.get(document)!.services.flatMap((s) => s.resources.flatMap((r) => r.operations));
    const v2010 = opsOf("twilio_api_v2010").filter((op) => op.id.startsWith("List"));
    expect(v2010).toHaveLength(61);
    expect(v2010.filter((op) => op.kind !== "list" || !op.stream).map((op) => op.id)).toEqual([]);
    // Pages beside their items (next_page_uri, a path), but for one answered whole.
    expect(
      v2010.filter((op) => op.paging?.style !== "nextUrl" || op.paging.metaKey !== null).map((op) => op.id),
    ).toEqual(["ListAvailablePhoneNumberCountry"]);
    expect(opsOf("twilio_api_v2010").find((op) => op.id === "ListMessage")!.functionName).toBe(
      "listMessages",
    );
    expect(opsOf("twilio_api_v2010").find((op) => op.id === "FetchMessage")!.functionName).toBe(
      "fetchMessage",
    );
    for (const [document, id] of [
      ["twilio_iam_organizations", "ListOrganizationUsers"],
      ["twilio_messaging_v1", "ListBrandVetting"],
      ["twilio_numbers_v1", "ListPortInRequests"],
      ["twilio_numbers_v2", "ListShortCodeApplications"],
    ] as const)
      expect(opsOf(document).find((op) => op.id === id)?.kind, `${document} ${id}`).toBe("list");
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
