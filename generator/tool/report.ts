/**
 * How the command line reports a run: `text` (compiler-style lines on stderr, as always), `json`
 * (the whole result as one JSON document on stdout) or `github` (GitHub Actions workflow commands,
 * `::error file=…,line=…,col=…::…`, which the Actions log shows as annotations on the files).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDiagnostic, warningLines, type Diagnostic } from "../diagnostics.ts";
import type { RunResult } from "./api.ts";

/** The reporters `--reporter` accepts. */
export const REPORTERS = ["text", "json", "github"] as const;
/** One of `REPORTERS`. */
export type Reporter = (typeof REPORTERS)[number];

/** What a run prints: the text for stdout and for stderr. */
export interface Printed {
  readonly stdout: string;
  readonly stderr: string;
}

/** The output of a `generate` or `check` run in the chosen reporter's form. */
export function printRun(result: RunResult, reporter: Reporter, verbose = false): Printed {
  switch (reporter) {
    case "text":
      return textOf(result, verbose);
    case "json":
      return { stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: "" };
    case "github":
      return { stdout: annotations(result), stderr: textOf(result, verbose).stderr };
    default:
      return reporter satisfies never;
  }
}

// Errors each on its lines; warnings one line per code with a count, or (verbose) each.
function textOf(result: RunResult, verbose: boolean): Printed {
  const err: string[] = result.notices.map((n) => `generate: ${n}`);
  const out: string[] = [];
  if (result.problem) err.push(...result.problem.split("\n").map((line) => `generate: ${line}`));
  const warnings = result.diagnostics.filter((d) => d.severity === "warning");
  err.push(...result.diagnostics.filter((d) => d.severity !== "warning").map(formatDiagnostic));
  if (warnings.length) err.push(warningLines(warnings, verbose));
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  if (errors) err.push(`${result.diagnostics.length} problem(s); nothing was written.`);
  const c = result.comparison;
  if (c) {
    const lines = [
      ...c.missing.map((p) => `missing  ${p}`),
      ...c.stale.map((p) => `stale    ${p}`),
      ...c.extra.map((p) => `extra    ${p}`),
    ];
    if (lines.length)
      err.push(
        ...lines,
        `${lines.length} file(s) out of date in ${result.outName}; run ${result.regenerate}.`,
      );
    else
      out.push(
        `${c.unchanged} file(s) up to date${c.byManifest ? " (inputs unchanged; compared with the manifest's hashes)" : ""} in ${result.seconds.toFixed(2)}s.`,
      );
  }
  const w = result.write;
  if (w)
    out.push(
      `${w.written.length} written, ${w.unchanged} unchanged, ${w.removed.length} removed in ${result.seconds.toFixed(2)}s.`,
    );
  const text = (lines: string[]) => (lines.length ? `${lines.join("\n")}\n` : "");
  return { stdout: text(out), stderr: text(err) };
}

/** GitHub Actions workflow commands: one per diagnostic, per out-of-date file and for a problem. */
function annotations(result: RunResult): string {
  const lines = result.diagnostics.map((d) => annotation(d));
  if (result.problem) lines.push(`::error title=resource-client-generator::${escapeData(result.problem)}`);
  const c = result.comparison;
  if (c)
    for (const [kind, paths] of [
      ["missing", c.missing],
      ["stale", c.stale],
      ["extra", c.extra],
    ] as const)
      for (const path of paths)
        lines.push(
          `::error file=${escapeProperty(join(result.outName, path).split("\\").join("/"))},title=${kind} generated file::${escapeData(`${path} is ${kind === "extra" ? "no longer generated" : kind} in ${result.outName}; run ${result.regenerate}`)}`,
        );
  return lines.length ? `${lines.join("\n")}\n` : "";
}

function annotation(d: Diagnostic): string {
  const message = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message;
  return `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(`${d.severity}[${d.code}]`)}::${escapeData(message)}`;
}

// The escaping GitHub's runner applies to workflow commands (actions/toolkit's command.ts).
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/**
 * The command that regenerates in this project, from how the tool was run: the npm script that
 * ran it (when it does not only check), else a script of the project's package.json that runs the
 * tool without `--check`, else the command line itself without its checking flags.
 */
export function invocation(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const runsTool = /\b(?:resource-client-generator|bin\/generate\.js)\b/;
  const regenerates = (script: string) =>
    runsTool.test(script) && !/--check|\b(?:import|init)\b/.test(script);
  const event = env["npm_lifecycle_event"];
  if (event && regenerates(env["npm_lifecycle_script"] ?? "")) return `npm run ${event}`;
  try {
    const { scripts = {} } = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")) as {
      scripts?: Record<string, string>;
    };
    const name = Object.keys(scripts).find((key) => regenerates(scripts[key]!));
    if (name) return `npm run ${name}`;
  } catch {
    // No package.json here: the command line below.
  }
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--check" || argv[i] === "--full") continue;
    if (argv[i] === "--reporter") i++;
    else if (!argv[i]!.startsWith("--reporter=")) kept.push(argv[i]!);
  }
  return ["npx resource-client-generator", ...kept].join(" ");
}
