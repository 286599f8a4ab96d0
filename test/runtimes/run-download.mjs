// Node, Deno and Bun: `<runtime> run-download.mjs <baseUrl>` prints the download's summary.
import * as pkg from "../.tmp/fixtures/responses/dist/index.js";
import { download } from "./download.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
console.log(JSON.stringify(await download(pkg, args[0])));
