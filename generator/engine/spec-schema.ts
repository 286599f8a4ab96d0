/**
 * The spec format's JSON Schema, compiled: ajv compiles it to JavaScript once per schema text and
 * ajv version and the code is kept in the cache, so later runs load the validator without loading
 * ajv's compiler.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";
import { packageVersion, readCacheEntry, sha256, writeCacheEntry } from "./cache.ts";

/** Where the spec-format schema lives; spec files point editors at it too. */
export const SPEC_SCHEMA_URL = new URL("../../spec/schema/resource-spec.schema.json", import.meta.url);

const require = createRequire(import.meta.url);
// ajv's optimizing pass over the code it writes costs about two fifths of a compile (a fresh
// clone's first run compiles) and changes neither what the code accepts nor the errors it reports.
const OPTIONS = { allErrors: true, strict: false, code: { source: true, optimize: false } } as const;
let compiled: ValidateFunction | undefined;

/**
 * The schema's validator. ajv compiles it to JavaScript once per schema text and ajv version and the
 * code is kept in the cache, so later runs load the validator without loading ajv's compiler.
 */
export function specValidator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = readFileSync(SPEC_SCHEMA_URL, "utf8");
  const name = `spec-schema-${sha256(`${packageVersion("ajv")}\0${JSON.stringify(OPTIONS)}\0${schema}`).slice(0, 20)}.cjs`;
  const code = readCacheEntry(name);
  if (code !== null) {
    try {
      // ajv's standalone code is a CommonJS module; its own `require("ajv/dist/runtime/...")` calls
      // resolve from here, wherever the cache is.
      const module = { exports: {} as unknown };
      new Function("module", "exports", "require", code)(module, module.exports, require);
      if (typeof module.exports === "function") return (compiled = module.exports as ValidateFunction);
    } catch {
      // An entry that does not load is compiled again below and replaced.
    }
  }
  const { default: Ajv } = require("ajv") as typeof import("ajv");
  const { default: standalone } =
    require("ajv/dist/standalone/index.js") as typeof import("ajv/dist/standalone/index.js");
  const ajv = new Ajv(OPTIONS);
  compiled = ajv.compile(JSON.parse(schema));
  writeCacheEntry(name, standalone(ajv, compiled));
  return compiled;
}
