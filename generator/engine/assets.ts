/** The engine reads the repository files the targets name as assets, and hands them in: targets never read the disk. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareText } from "../diagnostics.ts";
import type { Assets, Target } from "../targets/targets.ts";
import { ROOT } from "./cache.ts";

/** The files of every folder the targets name, by folder and `/`-separated name below it. */
export function readAssets(targets: readonly Target[]): Assets {
  const out = new Map<string, Map<string, string>>();
  for (const folder of targets.flatMap((t) => t.assets)) {
    if (out.has(folder)) continue;
    const files = new Map<string, string>();
    const walk = (dir: string, prefix: string) => {
      for (const entry of readdirSync(join(ROOT, folder, dir), { withFileTypes: true }).sort((a, b) =>
        compareText(a.name, b.name),
      )) {
        if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
        else files.set(`${prefix}${entry.name}`, readFileSync(join(ROOT, folder, dir, entry.name), "utf8"));
      }
    };
    walk("", "");
    out.set(folder, files);
  }
  return out;
}
