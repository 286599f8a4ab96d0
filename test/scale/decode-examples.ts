/**
 * Decodes every official 2xx JSON response example of the documents in a folder through the
 * packages `generate-all.ts` wrote: `node --import tsx test/scale/decode-examples.ts <documents
 * folder> <packages folder>`. Prints one JSON line: each document's examples (counted from the
 * document alone) and their outcomes (see `official-examples.ts`). A process of its own, as
 * `run-all.mjs` is: importing 50 packages' modules through vitest's module runner takes twice as long.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { irOf } from "./twilio-node/targets.ts";
import { decodeExamples, officialExamples, type ExampleOutcome } from "./official-examples.ts";

/** What the run prints: by document, its examples' count and their outcomes. */
export interface DecodeRun {
  readonly documents: readonly {
    readonly document: string;
    readonly examples: number;
    readonly outcomes: readonly ExampleOutcome[];
  }[];
}

async function main(documentsDir: string, packagesDir: string): Promise<void> {
  const run: DecodeRun["documents"][number][] = [];
  for (const name of readdirSync(documentsDir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    const document = name.replace(/\.yaml$/, "");
    const examples = officialExamples(documentsDir, document);
    const outcomes =
      examples.length === 0
        ? []
        : await decodeExamples(await irOf(documentsDir, document), join(packagesDir, document), examples);
    run.push({ document, examples: examples.length, outcomes });
  }
  process.stdout.write(JSON.stringify({ documents: run } satisfies DecodeRun) + "\n");
}

const [documentsDir, packagesDir] = process.argv.slice(2);
if (!documentsDir || !packagesDir) {
  process.stderr.write("usage: decode-examples.ts <documents folder> <packages folder>\n");
  process.exitCode = 2;
} else await main(documentsDir, packagesDir);
