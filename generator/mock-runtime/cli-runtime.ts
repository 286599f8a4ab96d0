/**
 * The local server's command line: `--port`, `--seed FILE`, `--cors`, `--allow-external-webhooks`, `--help`. Every mistake is one
 * line on stderr and exit code 2; a port in use is one line and exit code 1. Never a stack trace.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { MockServer, MockServerOptions } from "./server.js";

/** One seed entry: `POST path` with these wire parameters, `count` times (an instance path: that record). */
export interface SeedEntry {
  readonly path: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly count?: number;
}

const usage = (
  command: string,
) => `Usage: ${command} [--port N] [--seed FILE] [--cors ORIGINS] [--allow-external-webhooks] [--help]

  --port N         port on 127.0.0.1 (default 4010; 0 picks a free one)
  --seed FILE      JSON file of records to create at start: [{ "path": "/v2/…", "params": { … }, "count": 1 }]
                   (a path that names one record, such as /v2/Services/VA…, creates it with that id)
  --cors ORIGINS   comma-separated origins allowed to call the server from a browser (default *)
  --allow-external-webhooks
                   send webhooks to any http(s) URL (by default only to 127.0.0.0/8, ::1, localhost)
  --help           this text
`;

/** Runs the command line; resolves with the exit code once the server is listening (or failed to). */
export async function runCli(
  argv: readonly string[],
  start: (options: MockServerOptions) => Promise<MockServer>,
  names: { readonly name: string; readonly command: string },
): Promise<number> {
  const fail = (message: string, code = 2) => {
    process.stderr.write(`${names.command}: ${message}\n`);
    return code;
  };
  let values: {
    port?: string;
    seed?: string;
    cors?: string;
    "allow-external-webhooks"?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string", default: "4010" },
        seed: { type: "string" },
        cors: { type: "string" },
        "allow-external-webhooks": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(usage(names.command));
    return fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(usage(names.command));
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port ?? "") || port > 65535)
    return fail(`--port must be a whole number from 0 to 65535, got '${values.port}'`);
  let seeds: SeedEntry[] = [];
  if (values.seed !== undefined) {
    try {
      seeds = parseSeeds(readFileSync(values.seed, "utf8"));
    } catch (error) {
      return fail(`--seed ${values.seed}: ${(error as Error).message}`);
    }
  }
  const corsOrigins = values.cors
    ?.split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  let server: MockServer;
  try {
    // What the API would have sent (a code by SMS), one line each, so the developer can read it.
    const log = (line: string) => void process.stdout.write(`${line}\n`);
    server = await start({
      port,
      log,
      ...(corsOrigins ? { corsOrigins } : {}),
      ...(values["allow-external-webhooks"] ? { allowExternalWebhooks: true } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") return fail(`port ${port} on 127.0.0.1 is already in use; try --port 0`, 1);
    return fail(`cannot listen on 127.0.0.1:${port}: ${code ?? (error as Error).message}`, 1);
  }
  try {
    for (const entry of seeds) server.seed(entry.path, entry.params ?? {}, entry.count ?? 1);
  } catch (error) {
    await server.close();
    return fail(`--seed ${values.seed}: ${(error as Error).message}`, 1);
  }
  process.stdout.write(`Mock ${names.name} listening on ${server.url} (Ctrl+C to stop)\n`);
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void server.close().then(() => process.exit(0)));
  return 0;
}

/** The seed file: a JSON array of `{ path, params?, count? }`. */
export function parseSeeds(text: string): SeedEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error("expected a JSON array of { path, params, count }");
  return data.map((entry: unknown, i) => {
    const e = entry as Record<string, unknown> | null;
    const params = e?.["params"] ?? {};
    const count = e?.["count"] ?? 1;
    if (typeof e !== "object" || e === null || typeof e["path"] !== "string" || !e["path"].startsWith("/"))
      throw new Error(`entry ${i}: 'path' must be a path starting with /`);
    if (
      typeof params !== "object" ||
      params === null ||
      Object.values(params).some((v) => typeof v !== "string")
    )
      throw new Error(`entry ${i}: 'params' must map wire names to strings`);
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > 100_000)
      throw new Error(`entry ${i}: 'count' must be a whole number from 1 to 100000`);
    return { path: e["path"], params: params as Record<string, string>, count };
  });
}
