#!/usr/bin/env node
/** CLI: a thin shell over the programmatic API (`generate()`, `check()`). Exit codes: 0 ok, 1 spec problems or stale output, 2 usage error. */
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { stopWorker } from "./engine/worker.ts";
import type { GenerateOptions } from "./tool/api.ts";

const USAGE = `Usage: resource-client-generator [spec files, folders or globs...] [--out DIR] [--check | --watch]
       resource-client-generator init
       resource-client-generator import <document> [--out DIR] [...]   (see import --help)
(In this repository the same command is \`npm run generate\`, or node bin/generate.js.)

Generates a typed, validated client package from YAML resource specs. Settings come from
resource-client-generator.config.json (or .yaml) in the current folder when there is one;
flags override it.

Arguments:
  specs         spec files, folders or globs (default: the configuration's specs, else every
                .yaml file under spec/, except spec/schema/ and spec/import/)

Options:
  --out DIR               output folder (default: the configuration's out, else generated)
  --config FILE           read this configuration file instead of looking for one
  --package-name NAME     the generated package's name, in place of the specs'
  --package-version VER   the generated package's version
  --scope SCOPE           an npm scope (@acme) put before the package's name
  --check                 compare DIR with what would be generated; write nothing; exit 1 listing
                          every missing, stale or extra file and the command that regenerates.
                          When no input changed since DIR was generated (spec files, generator
                          sources, templates, dependency versions), DIR is compared with the
                          hashes its manifest records instead of generating again
  --full                  with --check: always generate in memory, never use recorded hashes
  --verbose               print every warning (by default one line per warning code, with a count)
  --reporter KIND         text (default), json (the result as JSON on stdout) or github (GitHub
                          Actions annotations: ::error file=…,line=…,col=…::…)
  --watch                 generate, then again whenever a file in a spec's folder changes, with the
                          tools kept loaded (a run after an edit takes a fraction of a cold one);
                          Ctrl-C stops
  -h, --help              show this help

init writes resource-client-generator.config.json, an example spec (spec/notes.yaml) and the
package.json scripts generate and generate:check, keeping any that exist.

Exit codes: 0 ok, 1 spec problems or stale output, 2 usage error.`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "import") {
    const [{ importCli, IMPORT_USAGE }, { importOpenApi }] = await Promise.all([
      import("./import/cli.ts"),
      import("./tool/api.ts"),
    ]);
    const { ConfigError } = await import("./tool/config.ts");
    return importCli(argv.slice(1), importOpenApi).catch((error: unknown) => {
      if (!(error instanceof ConfigError)) throw error;
      process.stderr.write(`generate import: ${error.message}\n\n${IMPORT_USAGE}\n`);
      return 2;
    });
  }
  if (argv[0] === "init") return initProject(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string" },
        config: { type: "string" },
        "package-name": { type: "string" },
        "package-version": { type: "string" },
        scope: { type: "string" },
        reporter: { type: "string" },
        check: { type: "boolean" },
        full: { type: "boolean" },
        watch: { type: "boolean" },
        verbose: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { REPORTERS, printRun, invocation } = await import("./tool/report.ts");
  const reporter = REPORTERS.find((r) => r === (values.reporter ?? "text"));
  if (!reporter) return usageError(`--reporter must be one of: ${REPORTERS.join(", ")}`);
  const pkg = {
    ...(values["package-name"] === undefined ? {} : { name: values["package-name"] }),
    ...(values["package-version"] === undefined ? {} : { version: values["package-version"] }),
    ...(values.scope === undefined ? {} : { scope: values.scope }),
  };
  const options: GenerateOptions = {
    ...(positionals.length ? { specs: positionals } : {}),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(Object.keys(pkg).length ? { package: pkg } : {}),
    invokedAs: invocation(argv, process.cwd(), process.env),
  };
  const api = await import("./tool/api.ts");
  const once = async () => {
    const { check, generate } = api;
    const result = values.check
      ? await check({ ...options, full: values.full ?? false })
      : await generate({ ...options });
    const printed = printRun(result, reporter, values.verbose ?? false);
    process.stdout.write(printed.stdout);
    process.stderr.write(printed.stderr);
    return result;
  };
  if (!values.watch) {
    const result = await once();
    if (result.exitCode === 2 && reporter === "text") process.stderr.write(`\n${USAGE}\n`);
    return result.exitCode;
  }
  if (values.check) return usageError("--watch writes; it does not go with --check");
  const { watchSpecs } = await import("./engine/watch.ts");
  let folders: string[] = [];
  return watchSpecs(
    () => folders,
    async () => {
      const result = await once();
      folders = [...new Set(result.specFiles.map((f) => dirname(f)))];
      return result.exitCode;
    },
  );
}

function usageError(message: string): number {
  process.stderr.write(`generate: ${message}\n\n${USAGE}\n`);
  return 2;
}

async function initProject(argv: readonly string[]): Promise<number> {
  if (argv.length) return usageError(`init takes no arguments (got ${argv.join(" ")})`);
  const { init } = await import("./tool/init.ts");
  const { written, kept, scripts } = init(process.cwd());
  process.stdout.write(
    [
      ...written.map((f) => `wrote    ${f}`),
      ...kept.map((f) => `kept     ${f} (exists)`),
      ...(scripts.length ? [`scripts  ${scripts.join(", ")} added to package.json`] : []),
      "Next: npm run generate",
    ].join("\n") + "\n",
  );
  return 0;
}

main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`generate: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  )
  .finally(stopWorker);
