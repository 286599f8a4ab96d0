/**
 * One process serving several OpenAPI documents with Prism, each on a port of its own, as
 * `prism mock -h 127.0.0.1 -p 0 <document>` would (single process, its default options), so a test
 * file pays Prism's module loading (about 2 s of CPU) once instead of once a document. Each server is
 * built as prism-cli's `createSingleProcessPrism` builds it (its modules, its options, its log lines
 * through a Signale of their own), without the file watcher. Driven over the IPC channel by
 * test/helpers/prism.ts: `{ start: id, document }` answers `{ id, url }` or `{ id, error }`, and every
 * log line comes as `{ id, log }`; `{ stop: id }` closes one server and answers `{ id, stopped }`.
 * The process ends when its parent goes.
 */
import { createRequire } from "node:module";
import { PassThrough } from "node:stream";

const require = createRequire(
  createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/util/createServer.js"),
);
const { createLogger } = require("@stoplight/prism-core");
const { createServer } = require("@stoplight/prism-http-server");
const { getHttpOperationsFromSpec } = require("@stoplight/prism-http");
const pino = require("pino");
const split = require("split2");
const chalk = require("chalk");
const { Signale } = require("signale");
const { jsonrepair } = require("jsonrepair");
const { LOG_COLOR_MAP } = require("../const/options");
const { configureExtensionsUserProvided } = require("../extensions");

/** The mock command's defaults (prism-cli's commands/mock.js and sharedOptions.js). */
const OPTIONS = { cors: true, errors: false, dynamic: false, ignoreExamples: false, seed: null };
const LOGGER_OPTIONS = {
  customLevels: { start: pino.levels.values["info"] + 1 },
  level: "info",
  formatters: { level: (level) => ({ level }) },
};

/** prism-cli's `pipeOutputToSignale`, into `signale`. */
function pipeOutputToSignale(stream, signale) {
  const prefixOf = (line) => {
    const options = LOG_COLOR_MAP[line.name];
    const prefix = "    "
      .repeat(options.index + (line.offset || 0))
      .concat(options.color.black(`[${line.name}]`));
    return line.input
      ? prefix.concat(" " + chalk.bold.white(`${line.input.method} ${line.input.url.path}`))
      : prefix;
  };
  stream
    .pipe(
      split((chunk) => {
        try {
          return JSON.parse(jsonrepair(chunk));
        } catch {
          signale.await({
            prefix: chalk.bgWhiteBright.black("[CLI]"),
            message: "Invalid JSON and unable to correct",
          });
        }
      }),
    )
    .on("data", (line) => signale[line.level]({ prefix: prefixOf(line), message: line.msg }));
}

const servers = new Map();

async function start(id, document) {
  const output = new PassThrough();
  output.on("data", (chunk) => process.send({ id, log: chunk.toString("utf8") }));
  const signale = new Signale({ stream: output });
  signale.config({ displayTimestamp: true });
  signale.await({ prefix: chalk.bgWhiteBright.black("[CLI]"), message: "Starting Prism…" });
  const logStream = new PassThrough();
  const logger = createLogger("CLI", LOGGER_OPTIONS, logStream);
  pipeOutputToSignale(logStream, signale);
  try {
    const operations = await getHttpOperationsFromSpec(document);
    await configureExtensionsUserProvided(document, {});
    if (operations.length === 0) throw new Error("No operations found in the current file.");
    const server = createServer(operations, {
      cors: OPTIONS.cors,
      config: {
        validateRequest: true,
        validateResponse: true,
        checkSecurity: true,
        errors: OPTIONS.errors,
        upstreamProxy: undefined,
        mock: { dynamic: OPTIONS.dynamic, ignoreExamples: OPTIONS.ignoreExamples, seed: OPTIONS.seed },
        isProxy: false,
      },
      components: { logger: logger.child({ name: "HTTP SERVER" }) },
    });
    const address = await server.listen(0, "127.0.0.1");
    servers.set(id, server);
    logger.start(`Prism is listening on ${address}`);
    process.send({ id, url: address });
  } catch (error) {
    logger.fatal(error.message);
    process.send({ id, error: String(error?.stack ?? error) });
  }
}

process.on("message", (message) => {
  if (message.start !== undefined) void start(message.start, message.document);
  else if (message.stop !== undefined) {
    const server = servers.get(message.stop);
    servers.delete(message.stop);
    void Promise.resolve(server?.close()).finally(() => process.send({ id: message.stop, stopped: true }));
  }
});
process.on("disconnect", () => process.exit(0));
