/** 1. Generation: cold-process wall time of ours against openapi-typescript and @hey-api/openapi-ts. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { alternate, type Row, timeProcess } from "./stats.ts";

type Json = Record<string, unknown>;

/** The Factor operations of the official document, with only the schemas they reference. */
export function factorSubset(officialPath: string): string {
  const doc = parse(readFileSync(officialPath, "utf8")) as Json;
  const paths = Object.fromEntries(
    Object.entries(doc["paths"] as Json).filter(
      ([p]) => /\/Factors(\/\{Sid\})?$/.test(p) && p.includes("/Entities/"),
    ),
  );
  const schemas = (doc["components"] as Json)["schemas"] as Json;
  const keep = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref" && typeof v === "string" && v.startsWith("#/components/schemas/")) {
          const name = v.slice("#/components/schemas/".length);
          if (!keep.has(name)) {
            keep.add(name);
            visit(schemas[name]);
          }
        } else visit(v);
      }
    }
  };
  visit(paths);
  const components = {
    securitySchemes: (doc["components"] as Json)["securitySchemes"],
    schemas: Object.fromEntries([...keep].sort().map((n) => [n, schemas[n]])),
  };
  return stringify({ openapi: doc["openapi"], info: doc["info"], paths, components });
}

export async function generation(
  root: string,
  tmp: string,
  officialPath: string,
  rounds: number,
): Promise<Row[]> {
  const subset = join(tmp, "factor-subset.yaml");
  writeFileSync(subset, factorSubset(officialPath));
  const ours = join(tmp, "ours");
  const upToDate = join(tmp, "ours-check");
  const oursWhole = join(tmp, "ours-whole");
  const wholeSpecs = readdirSync(join(root, "spec/verify"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => `spec/verify/${f}`);
  timeProcess(["bin/generate.js", "spec/verify/factor.yaml", "--out", upToDate], root);
  const results = await alternate(rounds, {
    ours: () => {
      rmSync(ours, { recursive: true, force: true });
      return timeProcess(["bin/generate.js", "spec/verify/factor.yaml", "--out", ours], root);
    },
    oats: () =>
      timeProcess(["node_modules/openapi-typescript/bin/cli.js", subset, "-o", join(tmp, "oats.ts")], root),
    heyApi: () => {
      mkdirSync(join(tmp, "hey-api"), { recursive: true });
      return timeProcess(
        ["node_modules/@hey-api/openapi-ts/bin/run.js", "-i", subset, "-o", join(tmp, "hey-api")],
        root,
      );
    },
    // The whole Verify v2 package (every spec in spec/verify, 57 operations) against the peers on
    // the whole official document.
    oursWhole: () => {
      rmSync(oursWhole, { recursive: true, force: true });
      return timeProcess(["bin/generate.js", ...wholeSpecs, "--out", oursWhole], root);
    },
    oatsWhole: () =>
      timeProcess(
        ["node_modules/openapi-typescript/bin/cli.js", officialPath, "-o", join(tmp, "oats-whole.ts")],
        root,
      ),
    heyApiWhole: () => {
      mkdirSync(join(tmp, "hey-api-whole"), { recursive: true });
      return timeProcess(
        ["node_modules/@hey-api/openapi-ts/bin/run.js", "-i", officialPath, "-o", join(tmp, "hey-api-whole")],
        root,
      );
    },
    check: () =>
      timeProcess(["bin/generate.js", "spec/verify/factor.yaml", "--out", upToDate, "--check"], root),
    checkFull: () =>
      timeProcess(
        ["bin/generate.js", "spec/verify/factor.yaml", "--out", upToDate, "--check", "--full"],
        root,
      ),
  });
  const fastest = Math.min(results.oats, results.heyApi);
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    {
      comparison:
        "Generation of the Factor resource, cold process (ours vs the faster of openapi-typescript / hey-api on its operations)",
      ours: fmt(results.ours),
      peer: `${fmt(results.oats)} / ${fmt(results.heyApi)}`,
      ratio: `${(results.ours / fastest).toFixed(2)}x`,
      target: "<= 1x",
      pass: results.ours <= fastest,
    },
    {
      comparison:
        "Generation of the whole Verify v2 package (57 operations), cold process (ours vs the faster of openapi-typescript / hey-api on the whole document)",
      ours: fmt(results.oursWhole),
      peer: `${fmt(results.oatsWhole)} / ${fmt(results.heyApiWhole)}`,
      ratio: `${(results.oursWhole / Math.min(results.oatsWhole, results.heyApiWhole)).toFixed(2)}x`,
      target: "<= 1x",
      pass: results.oursWhole <= Math.min(results.oatsWhole, results.heyApiWhole),
    },
    {
      comparison: "`--check` on an up-to-date tree (fingerprint path) vs our generation",
      ours: fmt(results.check),
      peer: fmt(results.ours),
      ratio: `${(results.check / results.ours).toFixed(2)}x`,
      target: "<= 0.5x",
      pass: results.check <= results.ours / 2,
    },
    {
      comparison: "`--check --full` (generates in memory) vs our generation (information)",
      ours: fmt(results.checkFull),
      peer: fmt(results.ours),
      ratio: `${(results.checkFull / results.ours).toFixed(2)}x`,
      target: "-",
      pass: true,
    },
  ];
}
