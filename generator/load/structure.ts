/** Check stage, structure: the spec against the JSON Schema in `spec/schema/resource-spec.schema.json`. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { packageVersion, readCacheEntry, sha256, writeCacheEntry } from "../engine/cache.ts";
import type { LoadedFile } from "./load.ts";
import type { Report } from "./reporter.ts";

/** Where the spec-format schema lives; spec files point editors at it too. */
export const SPEC_SCHEMA_URL = new URL("../../spec/schema/resource-spec.schema.json", import.meta.url);

const require = createRequire(import.meta.url);
let compiled: ValidateFunction | undefined;

/**
 * The schema's validator. ajv compiles it to JavaScript once per schema text and ajv version and the
 * code is kept in the cache, so later runs load the validator without loading ajv's compiler.
 */
function validator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = readFileSync(SPEC_SCHEMA_URL, "utf8");
  const name = `spec-schema-${sha256(`${packageVersion("ajv")}\0${schema}`).slice(0, 20)}.cjs`;
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
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
  compiled = ajv.compile(JSON.parse(schema));
  writeCacheEntry(name, standalone(ajv, compiled));
  return compiled;
}

/** Reports every place the document departs from the schema; returns true when it conforms. */
export function checkStructure(loaded: LoadedFile, report: Report): boolean {
  const validate = validator();
  if (validate(loaded.value)) return true;
  const errors = (validate.errors ?? []).filter((e) => !isSubsumed(e));
  for (const error of errors) reportSchemaError(error, report);
  return false;
}

// A failed `oneOf` or `anyOf` is reported once, by itself; its branches' own complaints would only repeat it.
function isSubsumed(error: ErrorObject): boolean {
  return error.schemaPath.includes("/oneOf/") || error.schemaPath.includes("/anyOf/");
}

function reportSchemaError(error: ErrorObject, report: Report): void {
  const path = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = path.length ? path.join(".") : "the document";
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(error.params["additionalProperty"]);
      report([...path, name], "unknown-property", `unknown property '${name}' in ${where}`, {
        at: "key",
        hint: "check the spelling against the spec schema, or remove it",
      });
      return;
    }
    case "required":
      report(
        path,
        "missing-property",
        `${where} is missing required property '${String(error.params["missingProperty"])}'`,
      );
      return;
    case "type":
      report(path, "wrong-type", `${where} must be of type ${String(error.params["type"])}`);
      return;
    case "enum":
      report(
        path,
        "invalid-value",
        `${where} must be one of: ${(error.params["allowedValues"] as unknown[]).join(", ")}`,
      );
      return;
    case "const":
      report(path, "invalid-value", `${where} must be ${JSON.stringify(error.params["allowedValue"])}`);
      return;
    case "pattern":
      report(path, "invalid-format", `${where} must match ${String(error.params["pattern"])}`);
      return;
    case "oneOf":
      if (error.schemaPath.startsWith("#/definitions/condition/"))
        report(
          path,
          "ambiguous-condition",
          `${where} must name exactly one of 'parameter' or 'resourceField'`,
        );
      else report(path, "ambiguous-type", `${where} must have exactly one of 'type' or 'model'`);
      return;
    case "anyOf": {
      const key = path[path.length - 1];
      const expected =
        key === "path"
          ? "must be list, instance, or a path template such as /v2/Things/{Sid}"
          : key === "pagination"
            ? "must be none, or a paging style (metaModel, nextUrlField, and the optional keys of service.pagination)"
            : "must be a 2xx status (3xx for a redirect the API answers by design) or a list of them";
      report(path, "invalid-value", `${where} ${expected}`);
      return;
    }
    default:
      report(path, `schema-${error.keyword}`, `${where} ${error.message ?? "is invalid"}`);
  }
}
