// The peers on the whole Twilio API, each in one process like ours:
// `node bench/whole-api-peers.mjs <openapi-typescript|hey-api> <documents folder> <output folder>`.
// Each document is generated with the tool's defaults (openapi-typescript: one types file; hey-api:
// its default plugins, the types, the SDK and its fetch client). Prints one JSON line with wall time,
// CPU and peak RSS, as test/scale/generate-all.ts does for ours.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [tool, documentsDir, outDir] = process.argv.slice(2);
const documents = readdirSync(documentsDir)
  .filter((n) => /\.ya?ml$/.test(n))
  .sort();
const started = performance.now();
if (tool === "openapi-typescript") {
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  mkdirSync(outDir, { recursive: true });
  for (const name of documents) {
    const ast = await openapiTS(pathToFileURL(join(documentsDir, name)), { silent: true });
    writeFileSync(join(outDir, name.replace(/\.ya?ml$/, ".ts")), astToString(ast));
  }
} else if (tool === "hey-api") {
  const { createClient } = await import("@hey-api/openapi-ts");
  for (const name of documents) {
    await createClient({
      input: join(documentsDir, name),
      output: join(outDir, name.replace(/\.ya?ml$/, "")),
      logs: { level: "silent" },
    });
  }
} else {
  process.stderr.write("usage: whole-api-peers.mjs <openapi-typescript|hey-api> <documents> <out>\n");
  process.exit(2);
}
const usage = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    documents: documents.length,
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakRssMiB: usage.maxRSS / 1024,
  }) + "\n",
);
