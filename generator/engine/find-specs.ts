/** Finds the spec files of a folder: every `.yaml`/`.yml` below it, except the schema folder, in code-point order. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { compareText } from "../diagnostics.ts";

/** Every spec file under `dir` (recursively), skipping `schema/` and `import/` (importer conventions); empty when `dir` is not a folder. */
export function findSpecs(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort(compareText)) {
    const path = join(dir, name);
    if (isDirectory(path)) {
      if (name !== "schema" && name !== "import") out.push(...findSpecs(path));
    } else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
