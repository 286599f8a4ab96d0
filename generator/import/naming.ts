/**
 * Import, resource names: a resource's name from its model, the document's own name or its path,
 * unique across the document; and English plurals for list functions.
 */
import { kebab, pascalCase } from "../naming.ts";
import type { Response } from "./context.ts";
import { literalSegments, type DocOperation, type PathGroup } from "./resources.ts";

export function unique(name: string, taken: ReadonlySet<string>): string {
  let out = name;
  for (let i = 2; taken.has(out); i++) out = `${name}${i}`;
  return out;
}

/**
 * The names a resource may take, best first: its instance (or item) model's, the document's class
 * or mount name, its last path segment; and, when another resource took all of those, its path's
 * literal segments (the version left out) before the first.
 */
export function nameCandidates(
  group: PathGroup,
  ops: readonly DocOperation[],
  responses: readonly Response[],
): { readonly names: readonly string[]; readonly qualified: string } {
  const byPriority = [
    ops.findIndex((o) => o.pathKind === "instance" && o.method === "GET"),
    responses.findIndex((r) => r.listKey !== null),
    ops.findIndex((o) => o.method === "POST"),
  ];
  const fromModel = byPriority
    .map((i) => (i >= 0 ? responses[i]!.model : null))
    .find((m) => m !== null && !/(Response|Item)$/.test(m));
  const segments = literalSegments((group.instance ?? group.list)!.path);
  const names = [
    fromModel,
    group.instance?.declaredName ?? group.list?.declaredName,
    pascalCase(singular(segments[segments.length - 1] ?? "Resource")),
  ].filter((n): n is string => !!n);
  const parents = segments
    .slice(0, -1)
    .filter((s, i) => !(i === 0 && /^v\d/i.test(s)) && !/^\d{4}-\d{2}-\d{2}$/.test(s))
    .map((s) => pascalCase(singular(s)));
  return { names, qualified: `${parents.join("")}${names[0] ?? "Resource"}` };
}

/**
 * Names every resource once: the resources nearest the root choose first (a top-level `/v1/Knowledge`
 * keeps `Knowledge`; `/v1/Assistants/{id}/Knowledge` becomes `AssistantKnowledge`), each taking its
 * first candidate whose name and plural (its subpath export) nobody took, else its qualified name.
 */
export function resourceNames(
  candidates: readonly {
    readonly path: string;
    readonly names: readonly string[];
    readonly qualified: string;
  }[],
  taken: Set<string>,
): string[] {
  const depth = (path: string) => literalSegments(path).length;
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => depth(candidates[a]!.path) - depth(candidates[b]!.path) || a - b);
  const plurals = new Set<string>();
  const free = (n: string) => !taken.has(n) && !plurals.has(kebab(pluralize(n)));
  const out: string[] = [];
  for (const i of order) {
    const c = candidates[i]!;
    let name = c.names.find(free) ?? c.qualified;
    for (let n = 2; !free(name); n++) name = `${c.qualified}${n}`;
    taken.add(name);
    plurals.add(kebab(pluralize(name)));
    out[i] = name;
  }
  return out;
}

// Singular words ending in -as, which look plural.
const SINGULAR_AS = new Set(["alias", "atlas", "bias", "canvas", "gas"]);

/**
 * `Widget` -> `Widgets`, `Entity` -> `Entities`, `Address` -> `Addresses`, `Analysis` -> `Analyses`.
 * A name whose last word is already plural (`Settings`, `Policies`, `Usecases`) stays as it is.
 */
export function pluralize(name: string): string {
  const last = (name.match(/[A-Z]?[a-z0-9]+$|[A-Z0-9]+$/)?.[0] ?? name).toLowerCase();
  if (/[^siu]s$/.test(last) && !SINGULAR_AS.has(last)) return name;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/[^aeiou]is$/.test(name)) return `${name.slice(0, -2)}es`;
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

function singular(word: string): string {
  return word
    .replace(/ies$/, "y")
    .replace(/(ss|x|ch|sh)es$/, "$1")
    .replace(/([^s])s$/, "$1");
}
