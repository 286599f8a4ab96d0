/**
 * Import, read: an OpenAPI 3.x document (YAML or JSON) with positions, checked for what the
 * importer relies on: the version, `paths`, and that every local `$ref` resolves without a cycle.
 * Problems are diagnostics with `file:line:col`; nothing downstream runs on a document with any.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { loadFile, type LoadedFile, type NodePath } from "../load/load.ts";
import { reporterFor } from "../load/reporter.ts";

/** A JSON value of the document. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** An object of the document. */
export type JsonObject = { [key: string]: Json };

/** A read, checked OpenAPI document. */
export interface OpenApiDocument {
  readonly loaded: LoadedFile;
  readonly root: JsonObject;
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads and checks a document; returns it, or the problems that stop an import. */
export function readOpenApi(
  file: string,
  text: string,
): { document?: OpenApiDocument; diagnostics: Diagnostic[] } {
  const { loaded, diagnostics } = loadFile(file, text);
  if (!loaded) return { diagnostics };
  const report = reporterFor(loaded, diagnostics);
  const root = loaded.value;
  if (!isObject(root)) {
    report([], "not-openapi", "the document is not an object", {
      hint: "an OpenAPI document is a mapping with 'openapi', 'info' and 'paths'",
    });
    return { diagnostics };
  }
  const version = root["openapi"];
  if (typeof version !== "string" || !/^3\.\d+(\.\d+)?$/.test(version)) {
    const found =
      version === undefined
        ? root["swagger"] !== undefined
          ? "a Swagger 2 document"
          : "no 'openapi' version"
        : `version ${JSON.stringify(version)}`;
    report(version === undefined ? [] : ["openapi"], "not-openapi", `expected OpenAPI 3.x, found ${found}`, {
      hint: "convert the document to OpenAPI 3.0 or 3.1 first",
    });
    return { diagnostics };
  }
  if (!isObject(root["paths"])) {
    report(["paths"], "not-openapi", "the document has no 'paths' object");
    return { diagnostics };
  }
  checkRefs(root, [], root, new Set(), (path, code, message) => report(path, code, message));
  return diagnostics.length ? { diagnostics } : { document: { loaded, root }, diagnostics };
}

/** The node a local reference (`#/components/schemas/x`) points at, or undefined. */
export function resolvePointer(root: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith("#/")) return undefined;
  let node: Json | undefined = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node)
      ? node[key]
      : Array.isArray(node) && /^\d+$/.test(key)
        ? node[Number(key)]
        : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** Follows `$ref`s until a node that is not one (the document was checked: no cycle, all resolve). */
export function deref(root: JsonObject, node: Json | undefined): Json | undefined {
  let current = node;
  for (let i = 0; i < 64 && isObject(current) && typeof current["$ref"] === "string"; i++)
    current = resolvePointer(root, current["$ref"]);
  return current;
}

// Every `$ref` must be local and resolve; a chain of references that returns to itself is a cycle.
// `path` is one stack, pushed and popped, and copied only for a report: the walk covers every node.
function checkRefs(
  node: Json,
  path: (string | number)[],
  root: JsonObject,
  good: Set<string>,
  report: (path: NodePath, code: string, message: string) => void,
): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      checkRefs(node[i]!, path, root, good, report);
      path.pop();
    }
    return;
  }
  if (!isObject(node)) return;
  const ref = node["$ref"];
  // A reference checked once is good everywhere; only a bad one is reported at each place it stands.
  if (typeof ref === "string" && !good.has(ref) && checkRef(ref, [...path, "$ref"], root, report))
    good.add(ref);
  for (const key in node) {
    if (key === "$ref") continue;
    path.push(key);
    checkRefs(node[key]!, path, root, good, report);
    path.pop();
  }
}

function checkRef(
  ref: string,
  at: NodePath,
  root: JsonObject,
  report: (path: NodePath, code: string, message: string) => void,
): boolean {
  const fail = (code: string, message: string) => {
    report(at, code, message);
    return false;
  };
  if (!ref.startsWith("#/"))
    return fail("unsupported-ref", `'${ref}' is not a reference inside this document`);
  if (resolvePointer(root, ref) === undefined)
    return fail("unresolved-ref", `'${ref}' points at nothing in this document`);
  const seen = new Set<string>([ref]);
  let target = resolvePointer(root, ref);
  while (isObject(target) && typeof target["$ref"] === "string") {
    const next = target["$ref"];
    if (seen.has(next))
      return fail("ref-cycle", `'${ref}' leads back to itself: ${[...seen, next].join(" -> ")}`);
    seen.add(next);
    target = resolvePointer(root, next);
  }
  return true;
}
