/**
 * The fenced blocks of Markdown pages, and the TypeScript modules they make, for the tests that
 * check every example of the docs. A page's blocks are read in order: a `ts` block with an `import`
 * starts a module of its own; a `ts` block without one continues the module before it on the page,
 * in a block scope of its own (so two examples may both declare `factor`), or stands alone when no
 * module came before it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.ts";
import { tsc } from "./tsc.ts";

/** One fenced block: where it starts (1-based line of the opening fence), its info string and text. */
export interface FencedBlock {
  readonly file: string;
  readonly line: number;
  readonly info: string;
  readonly text: string;
}

const OPEN = /^( *)(`{3,}|~{3,})(.*)$/;

/** Every fenced block of `markdown`, indented ones (in list items) included, with their indent removed. */
export function fencedBlocks(file: string, markdown: string): FencedBlock[] {
  const lines = markdown.split("\n");
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim().startsWith(fence) && line.trim().slice(fence.length).trim() === "") break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({ file, line: i + 1, info: info.trim(), text: body.join("\n") });
    i = j;
  }
  return blocks;
}

/** A TypeScript module made of a page's `ts` blocks, named after the first block's place. */
export interface DocModule {
  readonly name: string;
  readonly source: string;
}

/** The modules the `ts` blocks of one or more pages make (see the file comment); a module never spans two pages. */
export function tsModules(blocks: readonly FencedBlock[]): DocModule[] {
  const modules: { file: string; name: string; parts: string[] }[] = [];
  for (const block of blocks) {
    if (block.info !== "ts") continue;
    const name = `${block.file}:${block.line}`;
    const last = modules[modules.length - 1];
    if (/^import\s/m.test(block.text) || last?.file !== block.file)
      modules.push({ file: block.file, name, parts: [block.text] });
    else last.parts.push(`// ${name}\n{\n${block.text}\n}`);
  }
  return modules.map((m) => ({ name: m.name, source: `${m.parts.join("\n")}\nexport {};\n` }));
}

/**
 * Type-checks `modules` as one tsc program in `dir` (relative to the repository root, emptied first)
 * with the consumer's strict options and `extra` over them; tsc's report, with each file named by
 * the page and line its module starts at ("" when every module compiles).
 */
export function typecheckModules(
  modules: readonly DocModule[],
  dir: string,
  extra: Record<string, unknown> = {},
): string {
  const out = join(ROOT, dir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = modules.map((m, i) => {
    writeFileSync(join(out, `block-${i}.ts`), m.source);
    return `block-${i}.ts`;
  });
  const config = JSON.parse(readFileSync(join(ROOT, "test/consumer/tsconfig.json"), "utf8"));
  writeFileSync(
    join(out, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { ...config.compilerOptions, noUnusedLocals: false, ...extra },
      files,
    }),
  );
  return tsc(join(dir, "tsconfig.json")).replace(
    new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}/block-(\\d+)\\.ts`, "g"),
    (_, i: string) => `${modules[Number(i)]!.name}`,
  );
}
