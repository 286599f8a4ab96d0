/** Load stage: spec text -> positioned YAML document, with YAML syntax and duplicate-key problems as diagnostics. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Diagnostic } from "../diagnostics.ts";

/** A spec file parsed with every node's source position kept. */
export interface LoadedFile {
  /** Display path, `/`-separated, as diagnostics and generated headers name the file. */
  readonly file: string;
  readonly document: Document;
  readonly lineCounter: LineCounter;
  /** The document as plain JavaScript data. */
  readonly value: unknown;
}

/** A path into the document: keys and sequence indexes. */
export type NodePath = readonly (string | number)[];

/** Parses one spec file; returns the document, or the YAML problems that stop it from being read. */
export function loadFile(file: string, text: string): { loaded?: LoadedFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, merge: false });
  const diagnostics = document.errors.map((error): Diagnostic => {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
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
  return {
    loaded: { file, document, lineCounter, value: document.toJS({ maxAliasCount: 100 }) },
    diagnostics,
  };
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

/**
 * The source position of the node at `path` (or of its key, with `at: "key"`). When the path does
 * not exist (a missing property), the deepest existing ancestor is used.
 */
export function locate(
  loaded: LoadedFile,
  path: NodePath,
  at: "value" | "key" = "value",
): { line: number; column: number } {
  let node: unknown = loaded.document.contents;
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
  const pos = loaded.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** A dotted rendering of a node path for diagnostics: `resources.0.operations.1.id`. */
export function pathText(path: NodePath): string {
  return path.join(".");
}
