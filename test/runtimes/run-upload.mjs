// Node, Deno and Bun: `<runtime> run-upload.mjs <localUrl> <recordUrl>` prints the uploads' summary.
import * as pkg from "../.tmp/fixtures/bodies/dist/index.js";
import { upload } from "./upload.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
console.log(JSON.stringify(await upload(pkg, args[0], args[1])));
