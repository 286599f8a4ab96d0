/**
 * Load stage, structure: the spec's data against the JSON Schema of the format
 * (`spec/schema/resource-spec.schema.json`), whose compiled validator the engine hands in.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import type { LoadedFile } from "./load.ts";
import type { Report } from "./reporter.ts";

/** Reports every place the document departs from the schema; returns true when it conforms. */
export function checkStructure(loaded: LoadedFile, report: Report, validate: ValidateFunction): boolean {
  if (validate(loaded.value)) return true;
  const errors = (validate.errors ?? []).filter((e) => !isSubsumed(e));
  for (const error of errors) reportSchemaError(error, report);
  return false;
}

// A failed `oneOf` or `anyOf` is reported once, by itself; its branches' own complaints would only
// repeat it. A failed `if` is reported by its `then` branch's own complaints. (A property named
// `oneOf`, a union's branches, is `/properties/oneOf/` in the path: not a branch.)
const BRANCH = /(?<!\/properties)\/(?:oneOf|anyOf)\/\d+\//;

function isSubsumed(error: ErrorObject): boolean {
  return BRANCH.test(error.schemaPath) || error.keyword === "if";
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
      report(
        path,
        "invalid-value",
        `${where} must be ${JSON.stringify(error.params["allowedValue"])}`,
        where === "specVersion"
          ? {
              hint: "version 3 names the auth schemes: service.auth is { schemes: { <name>: { scheme: basic, credentials: [...] } }, security?: [[<name>]] }; move the old auth block under a name, or import the document again",
            }
          : {},
      );
      return;
    case "pattern":
      report(path, "invalid-format", `${where} must match ${String(error.params["pattern"])}`);
      return;
    case "oneOf":
      // The one oneOf of a paging style: where a cursor style reads its cursor.
      if (path[path.length - 1] === "pagination")
        report(
          path,
          "ambiguous-cursor",
          `${where} must give either cursorField, or hasMoreField with itemCursorField`,
        );
      else if (error.schemaPath.startsWith("#/definitions/condition/"))
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
            ? "must be none, or a paging style (a style of nextUrl, cursor, linkHeader or offset, with its keys, as service.pagination takes them)"
            : "must be a 2xx status (3xx for a redirect the API answers by design) or a list of them";
      report(path, "invalid-value", `${where} ${expected}`);
      return;
    }
    default:
      report(path, `schema-${error.keyword}`, `${where} ${error.message ?? "is invalid"}`);
  }
}
