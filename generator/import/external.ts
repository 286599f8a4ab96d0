/**
 * Import, read: `$ref`s to files beside the document (`./shared.json#/components/schemas/Model`)
 * brought into it. Each target is grafted into the document's `components` under its own name (a
 * second name when that one is taken) and the reference made local, so every later step sees one
 * document; a grafted node keeps its place in its own file for diagnostics. A URL is never fetched:
 * it is `error[remote-ref]` at the reference.
 */
import { readFileSync } from "node:fs";
import { dirname, posix, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { loadFile, locate, pathText, type LoadedFile, type NodePath } from "../load/load.ts";
import type { Report } from "../load/reporter.ts";
import { isObject, resolvePointer, type Json, type JsonObject } from "./openapi.ts";

/** Where a grafted node came from: its file and its path there. */
export interface Origin {
  readonly loaded: LoadedFile;
  readonly path: NodePath;
}

/** The grafted nodes of a document, by their path in it (`components/schemas/Name`). */
export type Origins = ReadonlyMap<string, Origin>;

// A reference with a scheme (`https:`, `file:`) is a URL, not a file beside the document.
const URL_REF = /^[A-Za-z][A-Za-z0-9+.-]*:/;

interface File {
  readonly loaded: LoadedFile;
  /** Its path on disk, or null for the document itself. */
  readonly path: string | null;
}

/**
 * Grafts every file reference of `root` (read from `documentPath`, shown as `main.file`) into it,
 * reporting what cannot be brought in; returns where each grafted node came from.
 */
export function graftExternalRefs(
  main: LoadedFile,
  root: JsonObject,
  documentPath: string,
  diagnostics: Diagnostic[],
): Origins {
  const origins = new Map<string, Origin>();
  const files = new Map<string, File | null>();
  const grafted = new Map<string, string>();
  const fail = (file: File, at: NodePath, code: string, message: string, hint?: string): void => {
    diagnostics.push({
      code,
      severity: "error",
      message,
      file: file.loaded.file,
      ...locate(file.loaded, at),
      path: pathText(at),
      ...(hint ? { hint } : {}),
    });
  };
  const open = (path: string, from: File): File | null => {
    if (!files.has(path)) {
      let text: string | null = null;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        text = null;
      }
      const display = posix.normalize(
        posix.join(posix.dirname(from.loaded.file), posix.relative(dirname(from.path ?? documentPath), path)),
      );
      const read = text === null ? null : loadFile(display, text);
      if (read && !read.loaded) diagnostics.push(...read.diagnostics);
      files.set(path, read?.loaded ? { loaded: read.loaded, path } : null);
    }
    return files.get(path)!;
  };
  // The local reference standing for `target` (a file and a pointer in it), grafting it on first use.
  const localFor = (file: File, pointer: string, at: NodePath, from: File): string | null => {
    const key = `${file.path}#${pointer}`;
    const known = grafted.get(key);
    if (known) return known;
    const segments = pointer
      .split("/")
      .slice(1)
      .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));
    const target =
      pointer === "" ? file.loaded.value : resolvePointer(file.loaded.value as JsonObject, `#${pointer}`);
    if (target === undefined) {
      fail(from, at, "unresolved-ref", `'#${pointer}' points at nothing in ${file.loaded.file}`);
      return null;
    }
    const section = segments[0] === "components" && segments.length === 3 ? segments[1]! : "schemas";
    const base = segments[segments.length - 1] ?? "External";
    const components = (
      isObject(root["components"]) ? root["components"] : (root["components"] = {})
    ) as JsonObject;
    const holder = (
      isObject(components[section]) ? components[section] : (components[section] = {})
    ) as JsonObject;
    let name = base;
    for (let i = 2; name in holder; i++) name = `${base}${i}`;
    const local = `#/components/${section}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    grafted.set(key, local);
    const copy = structuredClone(target) as Json;
    holder[name] = copy;
    origins.set(["components", section, name].join("/"), { loaded: file.loaded, path: segments });
    walk(copy, file, segments);
    return local;
  };
  // `path` is one stack, pushed and popped, and copied only for a report.
  const walk = (node: Json, file: File, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]!, file, path);
        path.pop();
      }
      return;
    }
    if (!isObject(node)) return;
    const ref = node["$ref"];
    if (typeof ref === "string" && (!ref.startsWith("#") || file.path !== null))
      graftRef(node, ref, file, [...path, "$ref"]);
    for (const key in node) {
      if (key === "$ref") continue;
      path.push(key);
      walk(node[key]!, file, path);
      path.pop();
    }
  };
  const graftRef = (node: JsonObject, ref: string, file: File, at: NodePath): void => {
    const hash = ref.indexOf("#");
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const pointer = hash < 0 ? "" : ref.slice(hash + 1);
    if (URL_REF.test(ref))
      return fail(
        file,
        at,
        "remote-ref",
        `'${ref}' is a URL: the importer never reads the network`,
        "save that document beside this one and refer to it by a relative path",
      );
    const other = target === "" ? file : open(resolve(dirname(file.path ?? documentPath), target), file);
    if (!other)
      return fail(file, at, "unresolved-ref", `'${ref}': cannot read ${target} beside ${file.loaded.file}`);
    if (pointer !== "" && !pointer.startsWith("/"))
      return fail(file, at, "unsupported-ref", `'${ref}' is not a JSON pointer ('#/...')`);
    const local = localFor(other, pointer, at, file);
    if (local) node["$ref"] = local;
  };
  walk(root, { loaded: main, path: null }, []);
  return origins;
}

/**
 * A reporter for a document with grafted nodes: a path into one of them is placed in the file it
 * came from, any other in the document.
 */
export function graftedReporter(main: LoadedFile, origins: Origins, sink: Diagnostic[]): Report {
  return (path, code, message, options = {}) => {
    const origin = path.length >= 3 ? origins.get(path.slice(0, 3).join("/")) : undefined;
    const loaded = origin?.loaded ?? main;
    const at = origin ? [...origin.path, ...path.slice(3)] : path;
    sink.push({
      code,
      severity: options.severity ?? "error",
      message,
      file: loaded.file,
      ...locate(loaded, at, options.at ?? "value"),
      path: pathText(path),
      ...(options.hint ? { hint: options.hint } : {}),
    });
  };
}
