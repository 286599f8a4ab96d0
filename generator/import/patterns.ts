/**
 * Import, patterns: a schema's `pattern` the spec cannot carry (not an ECMAScript regular
 * expression, or one that can backtrack super-linearly) is dropped from the document before the
 * schemas are read, each with a warning at its place: the import goes on without that check.
 */
import { backtrackingRisk } from "../check/backtracking.ts";
import type { Diagnostic } from "../diagnostics.ts";
import type { NodePath } from "../load/load.ts";
import { documentReporter, type Json, type OpenApiDocument } from "./openapi.ts";

/** Keys whose values are data, not schemas: a `pattern` below them is not a schema's. */
const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const"]);

/** Removes every unusable schema pattern of the document; returns one warning per pattern removed. */
export function dropUnusablePatterns(document: OpenApiDocument): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const report = documentReporter(document, warnings);
  const seen = new Set<Json>();
  // Iterative, so a deeply nested document cannot exhaust the stack here.
  const stack: { node: Json; path: NodePath }[] = [{ node: document.root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
      continue;
    }
    const pattern = node["pattern"];
    if (typeof pattern === "string") {
      const why = unusable(pattern);
      if (why) {
        report([...path, "pattern"], "pattern-dropped", `the pattern is left out of the spec: ${why}`, {
          severity: "warning",
          hint: "the imported parameter or field is not checked against a pattern; fix the document's pattern to keep it",
        });
        delete node["pattern"];
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (!DATA_KEYS.has(key) && !key.startsWith("x-")) stack.push({ node: value, path: [...path, key] });
    }
  }
  return warnings;
}

function unusable(pattern: string): string | null {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    return `it is not an ECMAScript regular expression (${(error as Error).message})`;
  }
  return backtrackingRisk(pattern);
}
