/**
 * The project configuration: `resource-client-generator.config.json` (or `.yaml`/`.yml`) in the
 * folder the tool runs from, or the file `--config` names. Paths in it are relative to its folder.
 * Flags override its keys; without a file the defaults are this repository's layout.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import type * as Yaml from "yaml";
import { compareText } from "../diagnostics.ts";
import { findSpecs } from "../engine/find-specs.ts";
import type { PackageOverride } from "../engine/prepare.ts";

/** The file names looked for, in order. */
export const CONFIG_NAMES = [
  "resource-client-generator.config.json",
  "resource-client-generator.config.yaml",
  "resource-client-generator.config.yml",
] as const;

/** The formatters the generator can finish files with (prettier, with fixed options). */
export const FORMATTERS = ["prettier"] as const;

/** What a configuration file holds; every key is optional. */
export interface ToolConfig {
  /** Spec files, folders (every spec below) or globs (`*`, `**`, `?`). Default: `spec`. */
  readonly specs?: readonly string[];
  /** Output folder. Default: `generated`. */
  readonly out?: string;
  /** The generated package's name, version and npm scope, in place of the specs'. */
  readonly package?: { readonly name?: string; readonly version?: string; readonly scope?: string };
  /** The importer's conventions file (`import` uses it unless `--conventions` is given). */
  readonly conventions?: string;
  /** The formatter that finishes generated files: `prettier` (the only one today). */
  readonly formatter?: (typeof FORMATTERS)[number];
  /** The command that regenerates, named by `--check` when the output is stale. */
  readonly command?: string;
}

/** A configuration as read: its keys, the file it came from (null: none) and the folder its paths start from. */
export interface LoadedConfig {
  readonly config: ToolConfig;
  readonly file: string | null;
  readonly dir: string;
}

/** A configuration file that cannot be read or holds something wrong: a usage error (exit 2). */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const NPM_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const SCOPE = /^@?[a-z0-9-~][a-z0-9-._~]*$/;

/** Reads the configuration: `file` when given, else the first of `CONFIG_NAMES` in `cwd`, else none. */
export function loadConfig(cwd: string, file?: string): LoadedConfig {
  const path = file
    ? resolve(cwd, file)
    : CONFIG_NAMES.map((name) => join(cwd, name)).find((p) =>
        statSync(p, { throwIfNoEntry: false })?.isFile(),
      );
  if (!path) return { config: {}, file: null, dir: cwd };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read the configuration ${path}: ${(error as NodeJS.ErrnoException).code}`);
  }
  let data: unknown;
  try {
    // yaml is loaded only for a YAML configuration: `--check` without one never loads it.
    data = path.endsWith(".json")
      ? JSON.parse(text)
      : (createRequire(import.meta.url)("yaml") as typeof Yaml).parse(text);
  } catch (error) {
    throw new ConfigError(
      `${path}: not valid ${path.endsWith(".json") ? "JSON" : "YAML"}: ${(error as Error).message}`,
    );
  }
  return { config: validConfig(data ?? {}, path), file: path, dir: dirname(path) };
}

/** The data checked key by key against `ToolConfig`; the first wrong key is the error. */
export function validConfig(data: unknown, where: string): ToolConfig {
  const fail = (key: string, want: string): never => {
    throw new ConfigError(`${where}: "${key}" must be ${want}`);
  };
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return fail("(top level)", "an object");
  const known = ["specs", "out", "package", "conventions", "formatter", "command"];
  const unknown = Object.keys(data).filter((key) => !known.includes(key));
  if (unknown.length)
    throw new ConfigError(`${where}: unknown key "${unknown[0]}" (known: ${known.join(", ")})`);
  const c = data as Record<string, unknown>;
  if (typeof c["specs"] === "string") c["specs"] = [c["specs"]];
  if (
    c["specs"] !== undefined &&
    !(Array.isArray(c["specs"]) && c["specs"].every((s) => typeof s === "string" && s))
  )
    fail("specs", "a path or glob, or a list of them");
  for (const key of ["out", "conventions", "command"])
    if (c[key] !== undefined && (typeof c[key] !== "string" || !c[key])) fail(key, "a non-empty string");
  if (c["formatter"] !== undefined && !FORMATTERS.includes(c["formatter"] as never))
    fail("formatter", `one of: ${FORMATTERS.join(", ")}`);
  if (c["package"] !== undefined) {
    const p = c["package"];
    if (typeof p !== "object" || p === null || Array.isArray(p)) return fail("package", "an object");
    const wrong = Object.keys(p).find((key) => !["name", "version", "scope"].includes(key));
    if (wrong) fail(`package.${wrong}`, "absent (known: name, version, scope)");
    checkPackage(p as Record<string, unknown>, where);
  }
  return c as ToolConfig;
}

/** Checks a package name, version and scope (from a file or flags) against npm's rules. */
export function checkPackage(p: { readonly [key: string]: unknown }, where: string): void {
  const rules: [string, RegExp, string][] = [
    ["name", NPM_NAME, "an npm package name (lowercase, no spaces)"],
    ["version", VERSION, "a semantic version such as 1.2.3"],
    ["scope", SCOPE, "an npm scope such as @acme"],
  ];
  for (const [key, pattern, want] of rules)
    if (p[key] !== undefined && (typeof p[key] !== "string" || !pattern.test(p[key])))
      throw new ConfigError(`${where}: "package.${key}" must be ${want}, not ${JSON.stringify(p[key])}`);
}

/** The package override of a configuration's (or options') package keys: a scope always with its `@`. */
export function packageOverride(p: ToolConfig["package"]): PackageOverride | undefined {
  if (!p || (p.name === undefined && p.version === undefined && p.scope === undefined)) return undefined;
  return {
    ...(p.name === undefined ? {} : { name: p.name }),
    ...(p.version === undefined ? {} : { version: p.version }),
    ...(p.scope === undefined ? {} : { scope: p.scope.startsWith("@") ? p.scope : `@${p.scope}` }),
  };
}

/**
 * The spec files the entries name, each relative to `dir`: a file as it is, a folder as every spec
 * below it, a glob as the files it matches; in code-point order, without repeats.
 */
export function specFilesOf(entries: readonly string[], dir: string): string[] {
  const out = new Set<string>();
  for (const entry of entries) {
    if (!/[*?]/.test(entry)) {
      const path = resolve(dir, entry);
      const found = isFolder(path) ? findSpecs(path) : [path];
      for (const file of found) out.add(file);
      continue;
    }
    const parts = entry.split(/[\\/]/);
    const fixed = parts.findIndex((part) => /[*?]/.test(part));
    const base = resolve(dir, ...parts.slice(0, fixed));
    const pattern = globPattern(parts.slice(fixed).join("/"));
    for (const file of filesBelow(base))
      if (pattern.test(relative(base, file).split(sep).join("/"))) out.add(file);
  }
  return [...out].sort(compareText);
}

/** The folder where the first entry's files live (an import writes there): a glob's fixed part, a file's folder. */
export function specFolderOf(entries: readonly string[], dir: string): string {
  const first = entries[0] ?? "spec";
  const parts = first.split(/[\\/]/);
  const fixed = parts.findIndex((part) => /[*?]/.test(part));
  if (fixed >= 0) return resolve(dir, ...parts.slice(0, fixed));
  const path = resolve(dir, first);
  return /\.ya?ml$/.test(first) ? dirname(path) : path;
}

/** A glob as a regular expression over `/`-separated relative paths: `**` any folders, `*` and `?` within one name. */
function globPattern(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      source += slash ? "(?:[^/]*/)*" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** Whether a path is a folder; a symlink loop or an unreadable path is not (it is then reported as no such spec file). */
function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

function filesBelow(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.name !== "node_modules" && !e.name.startsWith("."))
    .flatMap((e) =>
      e.isDirectory() ? filesBelow(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
    );
}
