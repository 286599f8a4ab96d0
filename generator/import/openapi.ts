/**
 * Import, read: an OpenAPI 3.x document (YAML or JSON) with positions, checked for what the
 * importer relies on: the version, `paths`, and that every local `$ref` resolves without a cycle.
 * Problems are diagnostics with `file:line:col`; nothing downstream runs on a document with any.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { loadFile, type LoadedFile, type NodePath } from "../load/load.ts";
import { reporterFor, type Report } from "../load/reporter.ts";
import { graftedReporter, graftExternalRefs, type Origins } from "./external.ts";

/** A JSON value of the document. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** An object of the document. */
export type JsonObject = { [key: string]: Json };

/** A read, checked OpenAPI document. */
export interface OpenApiDocument {
  readonly loaded: LoadedFile;
  readonly root: JsonObject;
  /** The nodes grafted from files beside the document, by their path in it. */
  readonly origins: Origins;
}

/** A reporter placing each path of the document in its file (a grafted node's in its own). */
export function documentReporter(document: OpenApiDocument, sink: Diagnostic[]): Report {
  return graftedReporter(document.loaded, document.origins, sink);
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads and checks a document; returns it, or the problems that stop an import. */
export function readOpenApi(
  file: string,
  text: string,
  /** The document's path on disk, which file references are relative to (default: `file`). */
  path: string = file,
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
  // A document of components alone (models shared by other documents) imports its models.
  if (root["paths"] !== undefined && !isObject(root["paths"])) {
    report(["paths"], "not-openapi", "the document's 'paths' is not an object");
    return { diagnostics };
  }
  const origins = graftExternalRefs(loaded, root, path, diagnostics);
  if (diagnostics.length) return { diagnostics };
  const located = graftedReporter(loaded, origins, diagnostics);
  checkRefs(root, [], root, new Set(), (path, code, message) => located(path, code, message));
  if (!diagnostics.length) checkParameters(root, located);
  return diagnostics.some((d) => d.severity === "error")
    ? { diagnostics }
    : { document: { loaded, root, origins }, diagnostics };
}

/**
 * The parameters of an operation, `$ref`s followed: its path item's, then its own, where one of its
 * own replaces the path item's of the same name and location (as OpenAPI defines).
 */
export function paramsOf(
  op: {
    readonly path: { readonly item: JsonObject; readonly path?: string };
    readonly operation: JsonObject;
  },
  root: JsonObject,
): JsonObject[] {
  const list = (node: JsonObject) =>
    (Array.isArray(node["parameters"]) ? node["parameters"] : []).map((p) => deref(root, p)).filter(isObject);
  const own = list(op.operation);
  const key = (p: JsonObject) => `${String(p["in"])}\0${String(p["name"])}`;
  const overridden = new Set(own.map(key));
  const declared = [...list(op.path.item).filter((p) => !overridden.has(key(p))), ...own];
  return [...declared, ...undeclaredPlaceholders(op.path.path ?? null, declared)];
}

/**
 * A placeholder of the path that no parameter declares, as the string path parameter it must be
 * (the read stage warns of each: `warning[undeclared-path-parameter]`).
 */
function undeclaredPlaceholders(path: string | null, declared: readonly JsonObject[]): JsonObject[] {
  if (path === null) return [];
  const names = new Set(declared.filter((p) => p["in"] === "path").map((p) => p["name"]));
  return [...new Set(placeholders(path))]
    .filter((name) => !names.has(name))
    .map((name) => ({ name, in: "path", required: true, schema: { type: "string" } }));
}

/** The methods an operation of a path item may have, as the document's keys, in the order imported. */
export const METHODS = ["get", "post", "put", "patch", "delete", "head", "options"] as const;

/** OpenAPI's methods a spec cannot carry: said with a warning at the operation, never dropped silently. */
export const UNSUPPORTED_METHODS = ["trace"] as const;

/** The names a path template's `{placeholders}` give, in order. */
export function placeholders(path: string): string[] {
  return [...path.matchAll(/\{([^}/]*)\}/g)].map((m) => m[1]!);
}

/** The node a local reference (`#/components/schemas/x`) points at, or undefined. */
export function resolvePointer(root: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith("#/")) return undefined;
  let node: Json | undefined = root;
  for (const raw of ref.slice(2).split("/")) {
    const decoded = decodeSegment(raw);
    if (decoded === null) return undefined;
    const key = decoded.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node)
      ? node[key]
      : Array.isArray(node) && /^\d+$/.test(key)
        ? node[Number(key)]
        : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** A pointer segment's percent-escapes decoded, or null when one is malformed (`%E0%A4%A`). */
function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
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
  // A schema may have a property named `$ref` (an object); any other non-string is no reference.
  else if (ref !== undefined && typeof ref !== "string" && !isObject(ref))
    report([...path, "$ref"], "invalid-ref", `'$ref' must be a string, found ${JSON.stringify(ref)}`);
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
  if (ref.split("/").some((segment) => decodeSegment(segment) === null))
    return fail("invalid-ref", `'${ref}' has a malformed percent-escape`);
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

// What the importer needs of each operation's parameters: a name and a location on each, so a
// document without them stops the import. A placeholder of the path no parameter declares (OpenAPI
// requires one) is taken as a string path parameter, with a warning at the operation.
function checkParameters(root: JsonObject, report: Report): void {
  for (const [path, item] of Object.entries(isObject(root["paths"]) ? root["paths"] : {})) {
    if (!isObject(item)) continue;
    const lists: [NodePath, Json][] = [[["paths", path, "parameters"], item["parameters"] ?? []]];
    for (const method of METHODS)
      if (isObject(item[method]))
        lists.push([["paths", path, method, "parameters"], item[method]["parameters"] ?? []]);
    for (const [at, list] of lists) {
      if (!Array.isArray(list)) {
        report(at, "invalid-parameter", "'parameters' is not a list");
        continue;
      }
      list.forEach((raw, i) => {
        const p = deref(root, raw);
        if (
          !isObject(p) ||
          typeof p["name"] !== "string" ||
          p["name"] === "" ||
          !LOCATIONS.includes(p["in"] as string)
        )
          report(
            [...at, i],
            "invalid-parameter",
            "a parameter needs a non-empty 'name' and an 'in' of path, query, header or cookie",
          );
      });
    }
    const names = placeholders(path);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || !names.length) continue;
      const declared = new Set(
        paramsOf({ path: { item }, operation }, root)
          .filter((p) => p["in"] === "path")
          .map((p) => p["name"]),
      );
      for (const name of new Set(names))
        if (!declared.has(name))
          report(
            ["paths", path, method],
            "undeclared-path-parameter",
            `the path's placeholder {${name}} is not declared as a path parameter of this operation: imported as a string`,
            {
              severity: "warning",
              hint: `add a parameter with name '${name}' and in: path, to the operation or its path`,
            },
          );
    }
  }
}

const LOCATIONS = ["path", "query", "header", "cookie"];
