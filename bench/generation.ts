/** 1. Generation: cold-process wall time of ours against openapi-typescript and @hey-api/openapi-ts. */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { alternate, median, type Row, timeProcess } from "./stats.ts";

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

/**
 * `generate --watch` in a copy of the project: the time from writing an edited spec to the run's
 * summary line, for the first edit and as the median of `rounds` edits after three warm-up ones.
 */
async function watchEdits(
  root: string,
  dir: string,
  rounds: number,
): Promise<{ first: number; warm: number }> {
  cpSync(join(root, "spec"), join(dir, "spec"), { recursive: true });
  cpSync(join(root, "generated"), join(dir, "generated"), { recursive: true });
  const child = spawn(process.execPath, [join(root, "bin/generate.js"), "--watch"], { cwd: dir });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  const summaries = () => out.match(/ removed in /g)?.length ?? 0;
  const waitFor = async (count: number) => {
    const started = performance.now();
    while (summaries() < count) {
      if (performance.now() - started > 60_000)
        throw new Error(`generate --watch gave no run ${count}:\n${out}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  try {
    await waitFor(1);
    while (!out.includes("watching")) await new Promise((resolve) => setTimeout(resolve, 2));
    const spec = join(dir, "spec/verify/factor.yaml");
    const text = readFileSync(spec, "utf8");
    const samples: number[] = [];
    for (let i = 1; i <= rounds + 3; i++) {
      const started = performance.now();
      writeFileSync(
        spec,
        text.replace(
          "summary: Fetch a specific Factor.",
          `summary: Fetch a specific Factor (watched ${i} ${process.pid} ${Date.now()}).`,
        ),
      );
      await waitFor(i + 1);
      samples.push(performance.now() - started);
    }
    return { first: samples[0]!, warm: median(samples.slice(3)) };
  } finally {
    child.kill("SIGTERM");
  }
}

/** A row measured against an absolute target (`binding` false: reported against it, not judged). */
function againstTarget(comparison: string, ms: number, targetMs: number, binding = true): Row {
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  return {
    comparison,
    ours: seconds(ms),
    peer: `${seconds(targetMs)} (target)`,
    ratio: `${(ms / targetMs).toFixed(2)}x`,
    target: binding ? `<= ${seconds(targetMs)}` : "-",
    pass: !binding || ms <= targetMs,
  };
}

/**
 * Our generator as a fresh clone runs it the first time: no build of the generator, no cache. Each
 * cold run gets a new, empty cache folder and the launcher's build is removed first.
 */
function coldEnv(root: string, tmp: string): Record<string, string> {
  rmSync(join(root, "node_modules/.cache/resource-client-generator/build"), { recursive: true, force: true });
  return { GENERATOR_CACHE_DIR: mkdtempSync(join(tmp, "cold-cache-")) };
}

export async function generation(
  root: string,
  tmp: string,
  officialPath: string,
  rounds: number,
): Promise<{ rows: Row[]; cold: { factor: number; verify: number } }> {
  const subset = join(tmp, "factor-subset.yaml");
  writeFileSync(subset, factorSubset(officialPath));
  const ours = join(tmp, "ours");
  const oursWhole = join(tmp, "ours-whole");
  const wholeSpecs = readdirSync(join(root, "spec/verify"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => `spec/verify/${f}`);
  // A project as a fresh clone has it (spec/ and the committed generated/), for --check.
  const clone = join(tmp, "clone");
  cpSync(join(root, "spec"), join(clone, "spec"), { recursive: true });
  cpSync(join(root, "generated"), join(clone, "generated"), { recursive: true });
  // A project whose generated/ is up to date with a warm cache, where each round edits one spec.
  const edited = join(tmp, "edited");
  cpSync(join(root, "spec"), join(edited, "spec"), { recursive: true });
  timeProcess([join(root, "bin/generate.js")], edited);
  const factorSpec = join(edited, "spec/verify/factor.yaml");
  const factorText = readFileSync(factorSpec, "utf8");
  let factorNow = factorText;
  let edits = 0;
  // A spec with an error (a negative maxLength), beside the files it names.
  const broken = join(tmp, "broken");
  cpSync(join(root, "spec/verify"), broken, { recursive: true });
  writeFileSync(join(broken, "factor.yaml"), factorText.replace("maxLength: 34", "maxLength: -1"));
  const cli = join(root, "bin/generate.js");
  // A round that changes one line of the spec as the previous round left it (text no run has seen).
  const editFactor = (line: RegExp, text: (n: number) => string) => () => {
    factorNow = factorNow.replace(line, text(++edits));
    writeFileSync(factorSpec, factorNow);
    return timeProcess([cli], edited);
  };
  const results = await alternate(rounds, {
    ours: () => {
      rmSync(ours, { recursive: true, force: true });
      return timeProcess([cli, "spec/verify/factor.yaml", "--out", ours], root, coldEnv(root, tmp));
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
      return timeProcess([cli, ...wholeSpecs, "--out", oursWhole], root, coldEnv(root, tmp));
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
    // One resource's spec edited (a summary no run has seen), then the whole package regenerated.
    edit: editFactor(
      /summary: Fetch a specific Factor.*/,
      (n) => `summary: Fetch a specific Factor (edit ${n} ${process.pid}).`,
    ),
    // The same, editing a model field's description instead: the schemas change, so the wire types
    // are derived, formatted and compiled again too.
    editField: editFactor(
      /description: A human readable description of this resource.*/,
      (n) => `description: A human readable description of this resource (edit ${n} ${process.pid}).`,
    ),
    specError: () =>
      timeProcess([cli, join(broken, "factor.yaml"), "--out", join(tmp, "never")], root, {}, 1),
    specErrorFirst: () =>
      timeProcess(
        [cli, join(broken, "factor.yaml"), "--out", join(tmp, "never")],
        root,
        coldEnv(root, tmp),
        1,
      ),
    check: () => timeProcess([cli, "--check"], clone, coldEnv(root, tmp)),
    checkFull: () => timeProcess([cli, "--check", "--full"], clone, coldEnv(root, tmp)),
  });
  timeProcess([cli, "--check", "--full"], root); // leaves the build and cache of the current sources
  const watched = await watchEdits(root, join(tmp, "watched"), Math.max(rounds, 5));
  const fastest = Math.min(results.oats, results.heyApi);
  const fastestWhole = Math.min(results.oatsWhole, results.heyApiWhole);
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows: Row[] = [
    {
      comparison:
        "Generation of the Factor resource, cold (a fresh clone's first run: no build, no cache) vs the faster of openapi-typescript / hey-api on its operations",
      ours: fmt(results.ours),
      peer: `${fmt(results.oats)} / ${fmt(results.heyApi)}`,
      ratio: `${(results.ours / fastest).toFixed(2)}x`,
      target: "<= 1x",
      pass: results.ours <= fastest,
    },
    {
      comparison:
        "1. Generation of the whole Verify v2 package (57 operations), cold (fresh clone, no cache) vs the faster of openapi-typescript / hey-api on the whole document",
      ours: fmt(results.oursWhole),
      peer: `${fmt(results.oatsWhole)} / ${fmt(results.heyApiWhole)}`,
      ratio: `${(results.oursWhole / fastestWhole).toFixed(2)}x`,
      target: "<= 1x",
      pass: results.oursWhole <= fastestWhole,
    },
    againstTarget(
      "3. Regeneration of the whole Verify package after editing one resource's spec (warm cache) vs the target",
      results.edit,
      500,
    ),
    againstTarget(
      "3b. The same after editing a model field's description (the wire types change too) vs the target",
      results.editField,
      500,
    ),
    againstTarget(
      "3w. The same edit under `generate --watch` (tools loaded and warm; median after 3 warm-up edits)",
      watched.warm,
      500,
    ),
    againstTarget(
      "3w'. The first edit after `generate --watch` starts (information)",
      watched.first,
      500,
      false,
    ),
    againstTarget("4. A spec error printed (the command's whole run) vs the target", results.specError, 300),
    againstTarget(
      "4b. The same on a fresh clone's first run (builds the generator and the schema check first) (information)",
      results.specErrorFirst,
      300,
      false,
    ),
    againstTarget(
      "5. `--check` on an up-to-date tree, fresh clone (the committed manifest's fingerprint and hashes; no build, no cache) vs the target",
      results.check,
      300,
    ),
    {
      comparison: "`--check --full` on a fresh clone (generates in memory, no cache) (information)",
      ours: fmt(results.checkFull),
      peer: "-",
      ratio: "-",
      target: "-",
      pass: true,
    },
  ];
  return { rows, cold: { factor: results.ours / 1000, verify: results.oursWhole / 1000 } };
}
