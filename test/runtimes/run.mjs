// Node (ESM), Deno and Bun: `<runtime> run.mjs <baseUrl>` prints the lifecycle's summary.
import * as pkg from "twilio-verify-rest-client";
import { lifecycle } from "./lifecycle.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
console.log(JSON.stringify(await lifecycle(pkg, args[0])));
