/**
 * Import, write: spec files as YAML, each lifted rule under a comment quoting its sentence, and a
 * header recording the hash of what was written. A re-import overwrites a file only while it still
 * has that hash: an edited (or hand-written) file is refused without `--force`, so no edit is lost.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { sha256 } from "../engine/cache.ts";
import type { Diagnostic } from "../diagnostics.ts";
import type { ImportedSpec } from "./context.ts";
import type { WrittenSpec } from "../load/load.ts";
import { writeYaml, type WrittenPosition } from "../yaml-text.ts";

const SCHEMA = new URL("../../spec/schema/resource-spec.schema.json", import.meta.url);
const HASH_LINE = /^# import-hash: ([0-9a-f]{16})$/m;

/** The text of one imported spec file. */
export function specText(spec: ImportedSpec, source: string, outDir: string): string {
  return writeSpec(spec, source, outDir).text;
}

/**
 * One imported spec file: its text, with the data a reader gets back from it and where each node
 * stands in it, so the check need not read the text back (`SpecSource.written`).
 */
export function writeSpec(
  spec: ImportedSpec,
  source: string,
  outDir: string,
): { text: string; written: WrittenSpec } {
  const comments = new Map<string, string[]>();
  for (const note of spec.notes) {
    const key = JSON.stringify(note.path);
    comments.set(key, [
      ...(comments.get(key) ?? []),
      ` lifted (${note.kind}) from: ${JSON.stringify(note.sentence)}`,
    ]);
  }
  const body = writeYaml(spec.spec, comments);
  const schema = relative(outDir, SCHEMA.pathname).split(sep).join("/");
  const header = [
    `# yaml-language-server: $schema=${schema}`,
    `# Imported by \`generate import\` from ${source}; each lifted rule quotes the sentence it came from.`,
    "# Review and edit freely: a re-import refuses to overwrite this file once edited, unless --force.",
    `# import-hash: ${hash(body.text)}`,
  ];
  // The body's positions, moved below the header.
  const below = (line: number | undefined) => (line === undefined ? undefined : line + header.length);
  const positions = new Map<string, WrittenPosition>();
  for (const [path, p] of body.positions)
    positions.set(path, { ...p, line: below(p.line)!, ...(p.keyLine ? { keyLine: below(p.keyLine)! } : {}) });
  return { text: `${header.join("\n")}\n${body.text}`, written: { value: body.value, positions } };
}

function hash(body: string): string {
  return sha256(body).slice(0, 16);
}

/** Whether a file on disk is exactly what an import wrote (its body still has the recorded hash). */
export function isUnedited(text: string): boolean {
  const recorded = HASH_LINE.exec(text)?.[1];
  if (!recorded) return false;
  const body = text.slice(text.indexOf("\n", text.search(HASH_LINE)) + 1);
  return hash(body) === recorded;
}

/**
 * Writes the files into `outDir`, all or nothing: first every refusal (an edited or foreign file in
 * the way, without `force`), then each file through a temporary name and a rename.
 */
export function writeSpecs(
  outDir: string,
  files: readonly { name: string; text: string }[],
  force: boolean,
  display: (path: string) => string,
): { written: string[]; unchanged: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    const path = join(outDir, f.name);
    if (!existsSync(path) || force) continue;
    const current = readFileSync(path, "utf8");
    if (current !== f.text && !isUnedited(current)) {
      diagnostics.push({
        code: "edited-spec",
        severity: "error",
        message: HASH_LINE.test(current)
          ? "this file was edited since it was imported; a re-import would lose the edit"
          : "this file was not written by an import; a re-import would replace it",
        file: display(path),
        line: 1,
        column: 1,
        path: "",
        hint: "keep it (import into another folder and compare), or re-run with --force to overwrite",
      });
    }
  }
  if (diagnostics.length) return { written: [], unchanged: [], diagnostics };
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const f of files) {
    const path = join(outDir, f.name);
    if (existsSync(path) && readFileSync(path, "utf8") === f.text) {
      unchanged.push(f.name);
      continue;
    }
    writeFileSync(`${path}.tmp-${process.pid}`, f.text);
    renameSync(`${path}.tmp-${process.pid}`, path);
    written.push(f.name);
  }
  return { written, unchanged, diagnostics };
}
