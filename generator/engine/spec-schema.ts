/**
 * The spec format's JSON Schema, compiled: ajv's code for it is shipped beside this module (kept
 * current by a test), so a run loads the validator without loading ajv's compiler; should the
 * schema or ajv differ from what it was compiled for, ajv compiles it once and the code is kept in
 * the cache.
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
 * The compiled validator shipped beside this file: its first line names the key it was compiled for
 * (the schema text, ajv's version, the options), so a fresh clone or a fresh install loads it without
 * compiling. A test keeps it current (`npx vitest run test/generator/spec-schema.test.ts -u`).
 */
export const SHIPPED_VALIDATOR = new URL("./spec-schema.validator.cjs", import.meta.url);

/** The key a compiled validator is kept under: the schema text, ajv's version and the options. */
export function specValidatorKey(schema: string): string {
  return sha256(`${packageVersion("ajv")}\0${JSON.stringify(OPTIONS)}\0${schema}`).slice(0, 20);
}

/** The first line of the shipped validator, naming its key. */
export const shippedHeader = (key: string) => `// spec-schema ${key} (compiled by ajv; do not edit)\n`;

/** ajv's standalone code of the schema's validator (a CommonJS module). */
export function compileSpecValidator(schema: string): { validate: ValidateFunction; code: string } {
  const { default: Ajv } = require("ajv") as typeof import("ajv");
  const { default: standalone } =
    require("ajv/dist/standalone/index.js") as typeof import("ajv/dist/standalone/index.js");
  const ajv = new Ajv(OPTIONS);
  const validate = ajv.compile(JSON.parse(schema));
  return { validate, code: standalone(ajv, validate) };
}

// The validator a CommonJS module's code exports, or null if it does not load.
function loadValidator(code: string): ValidateFunction | null {
  try {
    // ajv's standalone code is a CommonJS module; its own `require("ajv/dist/runtime/...")` calls
    // resolve from here, wherever the code was kept.
    const module = { exports: {} as unknown };
    new Function("module", "exports", "require", code)(module, module.exports, require);
    return typeof module.exports === "function" ? (module.exports as ValidateFunction) : null;
  } catch {
    return null;
  }
}

/**
 * The schema's validator: the one shipped beside this file when it was compiled from this schema
 * with this ajv; else the one kept in the cache; else compiled (and kept in the cache), so later
 * runs load it without loading ajv's compiler.
 */
export function specValidator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = readFileSync(SPEC_SCHEMA_URL, "utf8");
  const key = specValidatorKey(schema);
  let shipped: string | null = null;
  try {
    shipped = readFileSync(SHIPPED_VALIDATOR, "utf8");
  } catch {
    // Not shipped: the cache or a compile.
  }
  const header = shippedHeader(key);
  if (shipped?.startsWith(header)) {
    const validate = loadValidator(shipped.slice(header.length));
    if (validate) return (compiled = validate);
  }
  const name = `spec-schema-${key}.cjs`;
  const cached = readCacheEntry(name);
  const validate = cached === null ? null : loadValidator(cached);
  if (validate) return (compiled = validate);
  // An entry that does not load is compiled again and replaced.
  const fresh = compileSpecValidator(schema);
  writeCacheEntry(name, fresh.code);
  return (compiled = fresh.validate);
}
