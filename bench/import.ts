/**
 * Import at scale: our importer on all 55 of Twilio's documents (read, lift, build and check every
 * spec, writing nothing) against openapi-typescript turning the same 55 documents into types. Both
 * run in this process, one document after another, alternating round by round.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { importDocument } from "../generator/import/import.ts";
import { alternate, type Row } from "./stats.ts";

export async function importAll(root: string, dir: string, rounds: number): Promise<Row[]> {
  const documents = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  const conventions = join(root, "spec/import/twilio.yaml");
  const time = async (work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  const results = await alternate(rounds, {
    ours: () =>
      time(async () => {
        for (const d of documents) {
          const r = await importDocument({
            document: join(dir, d),
            outDir: join(root, "bench/.tmp/import"),
            conventions,
            dryRun: true,
            cwd: root,
          });
          if (!r.ok) throw new Error(`import of ${d} failed`);
        }
      }),
    oats: () =>
      time(async () => {
        for (const d of documents)
          astToString(await openapiTS(new URL(`file://${join(dir, d)}`), { silent: true }));
      }),
  });
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    {
      comparison: `Import all ${documents.length} Twilio documents (read, lift, check every spec) vs openapi-typescript on the same documents`,
      ours: fmt(results.ours),
      peer: fmt(results.oats),
      ratio: `${(results.ours / results.oats).toFixed(2)}x`,
      target: "well under 1x",
      pass: results.ours < results.oats * 0.75,
    },
  ];
}
