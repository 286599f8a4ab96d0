/**
 * prettier over every package `generate-all.ts` wrote: `node --import tsx test/scale/prettier-check.ts
 * <documents folder> <packages folder>`. Each distinct generated TypeScript source and Markdown page
 * (the runtime is copied into every package: its bytes are formatted once) is formatted with prettier
 * under the generator's options (TypeScript by its typescript parser); prints one JSON line: how many
 * files and distinct texts there were, and the files prettier would change (none, when the format
 * stage's formatter writes prettier's format).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { format } from "prettier";
import { PRETTIER_OPTIONS } from "../../generator/engine/finish.mjs";

/** What the run prints. */
export interface PrettierCheck {
  readonly files: number;
  readonly distinct: number;
  readonly typescript: number;
  readonly markdown: number;
  readonly changed: readonly string[];
}

async function main(packagesDir: string): Promise<void> {
  const texts = new Map<string, string>();
  let files = 0;
  for (const entry of readdirSync(packagesDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const inside = relative(packagesDir, path).split(/[\\/]/).slice(1);
    if (!entry.isFile() || !/\.(ts|md)$/.test(entry.name) || ["dist", "node_modules"].includes(inside[0]!))
      continue;
    files++;
    const text = readFileSync(path, "utf8");
    if (!texts.has(text)) texts.set(text, relative(packagesDir, path));
  }
  const changed: string[] = [];
  let typescript = 0;
  for (const [text, path] of texts) {
    const parser = path.endsWith(".ts") ? "typescript" : "markdown";
    if (parser === "typescript") typescript++;
    if ((await format(text, { ...PRETTIER_OPTIONS, parser })) !== text) changed.push(path);
  }
  const result: PrettierCheck = {
    files,
    distinct: texts.size,
    typescript,
    markdown: texts.size - typescript,
    changed: changed.sort(),
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

const [documentsDir, packagesDir] = process.argv.slice(2);
if (!documentsDir || !packagesDir) {
  process.stderr.write("usage: prettier-check.ts <documents folder> <packages folder>\n");
  process.exit(2);
}
await main(packagesDir);
