/**
 * The operations compared with twilio-node: every list of the documents `sample.yaml` names under
 * `everyList`, and its fixed sample of other operations; each document imported as the whole-API
 * test imports it, for the IR the generated package came from.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { importDocument } from "../../../generator/import/import.ts";
import { prepare } from "../../../generator/engine/prepare.ts";
import { formatDiagnostic } from "../../../generator/diagnostics.ts";
import { tsView, type TsIr } from "../../../generator/targets/ts/model.ts";
import { ROOT } from "../../helpers/paths.ts";
import type { Target } from "./compare.ts";

/** `sample.yaml`: what is compared, and the differences allowed, each with its reason. */
export interface Sample {
  readonly everyList: readonly string[];
  readonly operations: Readonly<Record<string, readonly string[]>>;
  readonly normalizations: readonly { readonly name: string; readonly reason: string }[];
  readonly allowed: readonly {
    readonly operation: string;
    readonly difference: string;
    readonly reason: string;
  }[];
}

export const SAMPLE_FILE = join(ROOT, "test/scale/twilio-node/sample.yaml");

export function readSample(): Sample {
  return parse(readFileSync(SAMPLE_FILE, "utf8")) as Sample;
}

/** A document's IR as the TypeScript client sees it, imported with Twilio's conventions and checked, as generate-all.ts does. */
export async function irOf(documentsDir: string, document: string): Promise<TsIr> {
  const imported = await importDocument({
    document: join(documentsDir, `${document}.yaml`),
    outDir: join(ROOT, "test/.tmp/spec", document),
    conventions: join(ROOT, "spec/import/twilio.yaml"),
    dryRun: true,
  });
  if (!imported.ok) throw new Error(imported.diagnostics.map(formatDiagnostic).join("\n"));
  const prepared = prepare(
    imported.files.map((f) => ({ file: `spec/${document}/${f.name}`, text: f.text, written: f.written })),
  );
  if (!prepared.ok) throw new Error(prepared.diagnostics.map(formatDiagnostic).join("\n"));
  return tsView(prepared.ir).ir;
}

/** Every target of the sample, its package under `packagesDir`. */
export async function sampleTargets(
  sample: Sample,
  documentsDir: string,
  packagesDir: string,
): Promise<Target[]> {
  const documents = [...new Set([...sample.everyList, ...Object.keys(sample.operations)])].sort();
  const out: Target[] = [];
  for (const document of documents) {
    const ir = await irOf(documentsDir, document);
    const all = ir.services.flatMap((s) => s.resources.flatMap((r) => r.operations));
    const wanted = new Set(sample.operations[document] ?? []);
    const missing = [...wanted].filter((id) => !all.some((op) => op.id === id));
    if (missing.length) throw new Error(`${document} has no operation ${missing.join(", ")}`);
    const operations = all.filter(
      (op) => wanted.has(op.id) || (sample.everyList.includes(document) && op.kind === "list"),
    );
    out.push({ document, ir, packageDir: join(packagesDir, document), operations });
  }
  return out;
}
