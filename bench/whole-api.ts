/**
 * 2. The whole Twilio API: all 55 documents imported and generated in one cold process (empty
 * cache), against openapi-typescript and hey-api on the same documents, each in one process too;
 * then our output type-checked strictly. One round: it takes about a minute. Also the per-resource
 * curve: seconds per resource at 1 (Factor), 18 (Verify) and every Twilio resource.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import type { WholeApiRun } from "../test/scale/generate-all.ts";
import { typecheckAll } from "../test/scale/typecheck-all.ts";
import type { Row } from "./stats.ts";

interface Usage {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMiB: number;
}

function runJson<T>(args: readonly string[], root: string, env: Record<string, string> = {}): T {
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** A point of the per-resource curve: a run of this many resources took this long, cold. */
export interface CurvePoint {
  readonly label: string;
  readonly resources: number;
  readonly seconds: number;
}

export async function wholeApi(
  root: string,
  tmp: string,
  documents: string,
  curve: CurvePoint[],
): Promise<Row[]> {
  const out = mkdtempSync(join(tmp, "whole-api-"));
  const ours = runJson<WholeApiRun>(["--import", "tsx", "test/scale/generate-all.ts", documents, out], root, {
    GENERATOR_CACHE_DIR: mkdtempSync(join(tmp, "whole-api-cache-")),
  });
  const peer = (tool: string) =>
    runJson<Usage>(["bench/whole-api-peers.mjs", tool, documents, mkdtempSync(join(tmp, `${tool}-`))], root);
  const oats = peer("openapi-typescript");
  const hey = peer("hey-api");
  const checked = typecheckAll(out);
  const resources = ours.documents.reduce((n, d) => n + d.resources, 0);
  const operations = ours.documents.reduce((n, d) => n + d.operations, 0);
  const fastest = Math.min(oats.wallSeconds, hey.wallSeconds);
  const s = (seconds: number) => `${seconds.toFixed(1)} s`;
  const mib = (m: number) => `${m.toFixed(0)} MiB`;
  const points = [...curve, { label: "every Twilio resource", resources, seconds: ours.wallSeconds }];
  return [
    {
      comparison: `2. The whole Twilio API (${ours.documents.length} documents, ${resources} resources, ${operations} operations), cold, one process each: wall time vs the faster of openapi-typescript / hey-api`,
      ours: s(ours.wallSeconds),
      peer: `${s(oats.wallSeconds)} / ${s(hey.wallSeconds)}`,
      ratio: `${(ours.wallSeconds / fastest).toFixed(2)}x`,
      target: "<= 1x",
      pass: ours.wallSeconds <= fastest,
    },
    {
      comparison: "2. The whole Twilio API: CPU time (information)",
      ours: s(ours.cpuSeconds),
      peer: `${s(oats.cpuSeconds)} / ${s(hey.cpuSeconds)}`,
      ratio: `${(ours.cpuSeconds / Math.min(oats.cpuSeconds, hey.cpuSeconds)).toFixed(2)}x`,
      target: "-",
      pass: true,
    },
    {
      comparison: "2. The whole Twilio API: peak RSS",
      ours: mib(ours.peakRssMiB),
      peer: `${mib(oats.peakRssMiB)} / ${mib(hey.peakRssMiB)}`,
      ratio: "-",
      target: "< 1536 MiB",
      pass: ours.peakRssMiB < 1536,
    },
    {
      comparison:
        "2. The whole Twilio API: our output type-checked strictly (every client and local server, one program)",
      ours: s(checked.seconds),
      peer: "-",
      ratio: "-",
      target: "compiles",
      pass: checked.status === 0,
    },
    ...points.map((p) => ({
      comparison: `Curve: cold generation time per resource, ${p.label} (${p.resources} resource${p.resources === 1 ? "" : "s"}) (information)`,
      ours: `${((p.seconds / p.resources) * 1000).toFixed(0)} ms per resource`,
      peer: s(p.seconds),
      ratio: "-",
      target: "-",
      pass: true,
    })),
  ];
}
