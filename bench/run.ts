/**
 * `npm run bench`: every comparison, side by side in one run, printed as one Markdown table with a
 * pass/fail column against the targets. Figures are medians of alternating rounds.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "./bundle.ts";
import { generation } from "./generation.ts";
import { wholeApi } from "./whole-api.ts";
import { importAll } from "./import.ts";
import { hookCost } from "./hooks.ts";
import { perCall } from "./per-call.ts";
import type { Row } from "./stats.ts";
import { streaming } from "./streaming.ts";
import { typeCheck } from "./typecheck.ts";
import { validation } from "./validation.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TMP = join(ROOT, "bench/.tmp");
const OFFICIAL = join(ROOT, "../shared/vendor/twilio-oai/twilio_verify_v2.yaml");
const quick = process.argv.includes("--quick");
const rounds = quick ? 3 : 7;
// `--baseline REV`: the hookless per-call rows against the package as committed at REV, paired.
const baselineAt = process.argv.indexOf("--baseline");
const baseline = baselineAt < 0 ? null : (process.argv[baselineAt + 1] ?? null);
// `--only hooks`, `--only bundle`, `--only per-call`, `--only typecheck`, `--only generation` or `--only import`:
// just those rows (a quick look without the rest).
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;

rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });
const rows: Row[] = [];
const loadBefore = loadavg()[0]!;
const OAI = join(ROOT, "../shared/vendor/twilio-oai");
if (only === "hooks") rows.push(...(await hookCost(ROOT, TMP, rounds, quick ? 2_000 : 10_000, baseline)));
else if (only === "bundle") rows.push(...(await bundle(ROOT, TMP)));
else if (only === "per-call") rows.push(...(await perCall(rounds, quick ? 2_000 : 10_000)));
else if (only === "typecheck") rows.push(...(await typeCheck(ROOT, TMP, rounds)));
else if (only === "generation") await generationRows();
else if (only === "import") rows.push(...(await importAll(ROOT, OAI, quick ? 1 : 3)));
else await everything();

async function everything(): Promise<void> {
  await generationRows();
  if (existsSync(OAI)) rows.push(...(await importAll(ROOT, OAI, quick ? 1 : 3)));
  else console.warn(`SKIPPED import comparison: ${OAI} is not present.`);
  rows.push(...(await perCall(rounds, quick ? 2_000 : 10_000)));
  rows.push(...(await hookCost(ROOT, TMP, rounds, quick ? 2_000 : 10_000, baseline)));
  rows.push(...(await validation(rounds)));
  rows.push(...(await bundle(ROOT, TMP)));
  rows.push(...(await typeCheck(ROOT, TMP, rounds)));
  rows.push(...(await streaming(ROOT, quick ? 1 : 3)));
}

async function generationRows(): Promise<void> {
  if (existsSync(OFFICIAL)) {
    const { rows: generationRows, cold } = await generation(ROOT, TMP, OFFICIAL, rounds);
    rows.push(...generationRows);
    const verifyResources = readdirSync(join(ROOT, "spec/verify")).filter((f) => f.endsWith(".yaml")).length;
    rows.push(
      ...(await wholeApi(ROOT, TMP, OAI, [
        { label: "Factor", resources: 1, seconds: cold.factor },
        { label: "the Verify v2 package", resources: verifyResources, seconds: cold.verify },
      ])),
    );
  } else
    console.warn(
      `SKIPPED generation comparison: ${OFFICIAL} is not present (the peers generate from the official documents).`,
    );
}

console.log(
  `\nMeasured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadBefore.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end (1 minute); \`npm run bench\`, medians of ${rounds} alternating rounds (per-call rows: paired batches).\n`,
);
console.log("| comparison | ours | peer | ratio | target | pass |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const r of rows)
  console.log(
    `| ${r.comparison} | ${r.ours} | ${r.peer} | ${r.ratio} | ${r.target} | ${r.pass ? "pass" : "**FAIL**"} |`,
  );
