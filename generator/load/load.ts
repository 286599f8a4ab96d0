/**
 * Load stage: spec text -> plain data, with positions available for diagnostics. The data comes
 * from js-yaml (YAML 1.2 core schema), which is several times faster than `yaml`. Positions are
 * found only when something must be located: by a second js-yaml read that records where nodes
 * start (read-positions.ts), or, for what that does not model, `yaml`'s positioned document
 * (parseDocument with a LineCounter). A text the fast read refuses takes `yaml`'s parser at once, so
 * that YAML problems get its exact messages and positions.
 */
import jsYaml from "js-yaml";
import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import type { Document, LineCounter, Node } from "yaml";
import type { Diagnostic } from "../diagnostics.ts";
import type { WrittenPosition } from "../yaml-text.ts";
import { ReadPositions } from "./read-positions.ts";

/**
 * A spec's data and node positions as the program that wrote its text knew them (the importer's
 * YAML writer), so that loading it reads nothing back: positions by node path (JSON of the path),
 * each as `yaml`'s parser would place the node (and, for a mapping's entry, its key).
 */
export interface WrittenSpec {
  readonly value: unknown;
  readonly positions: ReadonlyMap<string, WrittenPosition>;
}

/** A spec file's data, with its source positions at hand. */
export interface LoadedFile {
  /** Display path, `/`-separated, as diagnostics and generated headers name the file. */
  readonly file: string;
  /** The document as plain JavaScript data. */
  readonly value: unknown;
  /** The source position of the node at `path`, by the rule `locate` states. */
  position(path: NodePath, at: "value" | "key"): TextPosition;
}

/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** A path into the document: keys and sequence indexes. */
export type NodePath = readonly (string | number)[];

// `yaml` is loaded on first need (a text js-yaml refuses, or a position its records cannot give):
// a run whose specs read cleanly and place nothing never loads it.
let yamlModule: typeof Yaml | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)("yaml") as typeof Yaml);

// More aliases than this is a "billion laughs" document, not a spec: the careful parser refuses it.
const MAX_ALIASES = 100;

/**
 * A file read by js-yaml. Positions are found, on first need, by a second js-yaml read that records
 * where nodes start (`ReadPositions`); what that cannot model takes `yaml`'s positioned document.
 */
class ReadFile implements LoadedFile {
  private read: ReadPositions | null | undefined;
  private parsed: LoadedFile | undefined;
  constructor(
    readonly file: string,
    private readonly text: string,
    readonly value: unknown,
  ) {}

  position(path: NodePath, at: "value" | "key"): TextPosition {
    if (this.read === undefined) this.read = ReadPositions.read(this.text) ?? null;
    const found = this.read?.position(path, at);
    if (found) return found;
    this.parsed ??= parsedFile(this.file, this.text, this.value);
    return this.parsed.position(path, at);
  }
}

/** A file with `yaml`'s positioned document. */
class ParsedFile implements LoadedFile {
  constructor(
    readonly file: string,
    readonly value: unknown,
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  position(path: NodePath, at: "value" | "key"): TextPosition {
    return documentPosition(this.document, this.lineCounter, path, at);
  }
}

/** `text` with `yaml`'s positioned document: the reference every other way of locating must agree with. */
export function parsedFile(file: string, text: string, value: unknown): LoadedFile {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, merge: false });
  return new ParsedFile(file, value, document, lineCounter);
}

/** A file loaded from the data and positions its writer gave: nothing is parsed. */
class WrittenFile implements LoadedFile {
  constructor(
    readonly file: string,
    private readonly written: WrittenSpec,
  ) {}

  get value(): unknown {
    return this.written.value;
  }

  position(path: NodePath, at: "value" | "key"): TextPosition {
    return writtenPosition(this.written.value, this.written.positions, path, at);
  }
}

/**
 * Parses one spec file; returns its data, or the YAML problems that stop it from being read. With
 * `written` (the data and positions the text was written from), the text is not parsed.
 */
export function loadFile(
  file: string,
  text: string,
  written?: WrittenSpec,
): { loaded?: LoadedFile; diagnostics: Diagnostic[] } {
  const read = written ? { loaded: new WrittenFile(file, written), diagnostics: [] } : readFile(file, text);
  if (!read.loaded) return read;
  // Every later stage walks the data recursively: a deeper document is refused here, at its place.
  const deep = tooDeep(read.loaded.value);
  if (!deep) return read;
  let pos = { line: 1, column: 1 };
  try {
    pos = locate(read.loaded, deep);
  } catch {
    // Too deep for the positioned parser as well: the start of the file.
  }
  return { diagnostics: [tooDeepDiagnostic(file, pos.line, pos.column)] };
}

function readFile(file: string, text: string): { loaded?: LoadedFile; diagnostics: Diagnostic[] } {
  if (countAliases(text) <= MAX_ALIASES) {
    try {
      const value: unknown = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) ?? null;
      // Few aliases can still expand to a vast tree ("billion laughs"): those take the careful path.
      if (withinSize(value, MAX_NODES)) return { loaded: new ReadFile(file, text, value), diagnostics: [] };
    } catch {
      // Fall through: the careful parser names the problem and where it is.
    }
  }
  try {
    return loadCarefully(file, text);
  } catch (error) {
    // The parsers recurse: nesting thousands deep exhausts the stack before any depth can be counted.
    if (error instanceof RangeError) return { diagnostics: [tooDeepDiagnostic(file, 1, 1)] };
    throw error;
  }
}

/** How deep mappings and sequences may nest; a real spec or OpenAPI document stays under 40. */
export const MAX_DEPTH = 256;

function tooDeepDiagnostic(file: string, line: number, column: number): Diagnostic {
  return {
    code: "too-deep",
    severity: "error",
    message: `the document nests mappings and sequences more than ${MAX_DEPTH} levels deep`,
    file,
    line,
    column,
    path: "",
    hint: "flatten the structure (name nested schemas as components and refer to them)",
  };
}

// The path of the first node deeper than MAX_DEPTH, or null. Each entry links to its parent, so a
// path is spelled out only for the node that is too deep.
function tooDeep(value: unknown): NodePath | null {
  interface Entry {
    readonly node: object;
    readonly depth: number;
    readonly parent?: Entry;
    readonly segment?: string | number;
  }
  if (!value || typeof value !== "object") return null;
  const stack: Entry[] = [{ node: value, depth: 0 }];
  const seen = new Set<unknown>();
  while (stack.length) {
    const entry = stack.pop()!;
    const { node, depth } = entry;
    if (seen.has(node)) continue;
    if (depth >= MAX_DEPTH) {
      const path: (string | number)[] = [];
      for (let e: Entry | undefined = entry; e?.parent; e = e.parent) path.push(e.segment!);
      return path.reverse();
    }
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item: unknown, i) => {
        if (item && typeof item === "object")
          stack.push({ node: item, depth: depth + 1, parent: entry, segment: i });
      });
    } else
      for (const key in node) {
        const item = (node as Record<string, unknown>)[key];
        if (item && typeof item === "object")
          stack.push({ node: item, depth: depth + 1, parent: entry, segment: key });
      }
  }
  return null;
}

// The most nodes a spec may expand to; a spec of thousands of operations stays far below it.
const MAX_NODES = 2_000_000;

// Whether `value`, walked as its aliases expand, has at most `budget` nodes.
function withinSize(value: unknown, budget: number): boolean {
  let left = budget;
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (--left < 0) return false;
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (node && typeof node === "object")
      for (const key in node) stack.push((node as Record<string, unknown>)[key]);
  }
  return true;
}

// An upper bound of the aliases (`*name` after a space, `[`, `{` or `,`) in a text; Markdown's `**bold**`
// does not count. Only a text with few takes the fast path, so a "billion laughs" meets the alias limit.
const ALIAS = /(?:^|[\s[{,])\*[^\s*\]},]/g;
function countAliases(text: string): number {
  let count = 0;
  ALIAS.lastIndex = 0;
  while (ALIAS.exec(text) !== null) count++;
  return count;
}

function loadCarefully(file: string, text: string): { loaded?: LoadedFile; diagnostics: Diagnostic[] } {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, merge: false });
  // A syntax error ends the file's diagnostics: what the parser reports after it is follow-on noise
  // (one unclosed bracket used to yield hundreds). Duplicate keys are each a problem of their own.
  const firstSyntax = document.errors.find((error) => error.code !== "DUPLICATE_KEY");
  const errors = firstSyntax ? [firstSyntax] : document.errors;
  const diagnostics = errors.map((error): Diagnostic => {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    if (/Maximum call stack/.test(error.message)) return tooDeepDiagnostic(file, pos.line, pos.col);
    const duplicate = error.code === "DUPLICATE_KEY";
    return {
      code: duplicate ? "duplicate-key" : "yaml-syntax",
      severity: "error",
      message: duplicate ? "this key appears twice in the same mapping" : firstLine(error.message),
      file,
      line: pos.line,
      column: pos.col,
      path: "",
      hint: duplicate ? "remove or rename one of the two entries" : undefined,
    };
  });
  if (diagnostics.length > 0) return { diagnostics };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = firstLine((error as Error).message);
    // An alias to a missing anchor is shown where the alias stands.
    const missing = /Unresolved alias[^:]*: (\S+)/.exec(message)?.[1];
    const at = missing
      ? text.search(new RegExp(`\\*${missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`))
      : -1;
    const pos = at >= 0 ? lineCounter.linePos(at) : { line: 1, col: 1 };
    const hint = missing
      ? `define the anchor &${missing} before its alias`
      : `a spec may use at most ${MAX_ALIASES} aliases`;
    const diagnostic: Diagnostic = {
      code: "yaml-aliases",
      severity: "error",
      message: `the document cannot be read: ${message}`,
      file,
      line: pos.line,
      column: pos.col,
      path: "",
      hint,
    };
    return { diagnostics: [diagnostic] };
  }
  return { loaded: new ParsedFile(file, value, document, lineCounter), diagnostics };
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

/**
 * The source position of the node at `path` (or of its key, with `at: "key"`). When the path does
 * not exist (a missing property), the deepest existing ancestor is used.
 */
export function locate(loaded: LoadedFile, path: NodePath, at: "value" | "key" = "value"): TextPosition {
  return loaded.position(path, at);
}

/** `locate` over `yaml`'s positioned document. */
function documentPosition(
  document: Document,
  lineCounter: LineCounter,
  path: NodePath,
  at: "value" | "key",
): TextPosition {
  let node: unknown = document.contents;
  const { isMap, isScalar, isSeq } = yaml();
  let keyNode: Node | undefined;
  let lastFound = node as Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      keyNode = undefined;
      node = node.items[segment];
      if (node === undefined) break;
    } else break;
    lastFound = (node as Node | null) ?? keyNode;
  }
  const target = at === "key" && keyNode ? keyNode : (lastFound ?? keyNode);
  const offset = target?.range?.[0] ?? 0;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** `locate` over a written spec's data and positions: the same walk, the writer's positions. */
function writtenPosition(
  value: unknown,
  positions: WrittenSpec["positions"],
  path: NodePath,
  at: "value" | "key",
): TextPosition {
  let node = value;
  let keyAt: string | undefined;
  let lastFound: (string | number)[] = [];
  for (const segment of path) {
    if (node !== null && typeof node === "object" && !Array.isArray(node)) {
      if (!Object.hasOwn(node, String(segment))) break;
      lastFound = [...lastFound, String(segment)];
      keyAt = JSON.stringify(lastFound);
      node = (node as Record<string, unknown>)[String(segment)];
    } else if (Array.isArray(node) && typeof segment === "number") {
      keyAt = undefined;
      if (segment < 0 || segment >= node.length) break;
      lastFound = [...lastFound, segment];
      node = node[segment];
    } else break;
  }
  const key = at === "key" && keyAt ? positions.get(keyAt) : undefined;
  if (key?.keyLine !== undefined) return { line: key.keyLine, column: key.keyColumn! };
  const found = positions.get(JSON.stringify(lastFound)) ?? { line: 1, column: 1 };
  return { line: found.line, column: found.column };
}

/** A dotted rendering of a node path for diagnostics: `resources.0.operations.1.id`. */
export function pathText(path: NodePath): string {
  return path.join(".");
}
