#!/usr/bin/env node
// The installed command: runs the prebuilt generator (dist/, made by `npm run build`, which
// `npm pack` runs) on plain Node. In a clone that has not been built, the repository's launcher
// runs instead (it builds from the sources; see bin/generate.js).
import { existsSync } from "node:fs";

const built = new URL("../dist/cli.mjs", import.meta.url);
await import(existsSync(built) ? built.href : "./generate.js");
