// Runs every package `generate-all.ts` wrote: `node test/scale/run-all.mjs <output folder>`. For each
// package it imports the client and the local server (their compiled dist/), starts the server on
// 127.0.0.1, and calls every top-level list operation (no path arguments) through the client
// against it: the request must be routed, answered with a page, and decoded. Prints one JSON line:
// per package, the list operations called and the ones that answered with a page.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [outDir] = process.argv.slice(2);
const results = [];
for (const name of readdirSync(outDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()) {
  const dist = join(outDir, name, "dist");
  const api = await import(pathToFileURL(join(dist, "index.js")).href);
  const mock = await import(pathToFileURL(join(dist, "mock/index.js")).href);
  const server = await mock.start({ port: 0 });
  const result = { package: name, called: [], paged: [], failed: [] };
  try {
    // Twilio's account credentials (Twilio's conventions), or a user name and password (the
    // importer's generic ones); the local server accepts any password for a user name of the spec's
    // pattern. An option a package does not have is ignored.
    const client = api.createClient({
      accountSid: "AC00000000000000000000000000000000",
      authToken: "token",
      username: "user",
      password: "password",
      baseUrl: server.url,
    });
    // listX(client, params?, options?): the lists with no path arguments.
    const lists = Object.keys(api).filter(
      (k) => /^list[A-Z]/.test(k) && !k.endsWith("WithResponse") && api[k].length === 3,
    );
    for (const list of lists.sort()) {
      result.called.push(list);
      try {
        const page = await api[list](client, undefined, { maxRetries: 0, timeoutMs: 10_000 });
        if (Array.isArray(page?.items)) result.paged.push(list);
        else result.failed.push(`${list}: no page`);
      } catch (error) {
        // A list whose required filter is missing is refused before any request: that is its rule.
        if (error?.name !== "ValidationError")
          result.failed.push(`${list}: ${error?.name}: ${error?.message}`);
      }
    }
  } finally {
    await server.close();
  }
  results.push(result);
}
process.stdout.write(JSON.stringify(results) + "\n");
