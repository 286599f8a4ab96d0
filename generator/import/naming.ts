/**
 * Import, resource names: a resource's name from its model, the document's own name or its path,
 * unique across the document; and English plurals for list functions.
 */
import { pascalCase } from "../naming.ts";
import type { Context, Response } from "./context.ts";
import { declaredName, literalSegments, type DocOperation, type PathGroup } from "./resources.ts";

export function unique(name: string, taken: ReadonlySet<string>): string {
  let out = name;
  for (let i = 2; taken.has(out); i++) out = `${name}${i}`;
  return out;
}

/** The resource's name: its instance (or item) model's, else the document's class or mount name, else its last path segment. */
export function resourceName(
  group: PathGroup,
  ops: readonly DocOperation[],
  responses: readonly Response[],
  ctx: Context,
): string {
  const byPriority = [
    ops.findIndex((o) => o.pathKind === "instance" && o.method === "GET"),
    responses.findIndex((r) => r.listKey !== null),
    ops.findIndex((o) => o.method === "POST"),
  ];
  const fromModel = byPriority
    .map((i) => (i >= 0 ? responses[i]!.model : null))
    .find((m) => m !== null && !/(Response|Item)$/.test(m));
  const segments = literalSegments((group.instance ?? group.list)!.path);
  const candidates = [
    fromModel,
    declaredName(group.instance) ?? declaredName(group.list),
    pascalCase(singular(segments[segments.length - 1] ?? "Resource")),
  ];
  for (const candidate of candidates)
    if (candidate && !ctx.resources.has(candidate)) return claim(candidate, ctx);
  const qualified = segments
    .slice(1)
    .map((s) => pascalCase(singular(s)))
    .join("");
  return claim(unique(qualified || "Resource", ctx.resources), ctx);
}

function claim(name: string, ctx: Context): string {
  ctx.resources.add(name);
  return name;
}

/** `Factor` -> `Factors`, `Entity` -> `Entities`, `Address` -> `Addresses`. */
export function pluralize(name: string): string {
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

function singular(word: string): string {
  return word
    .replace(/ies$/, "y")
    .replace(/(ss|x|ch|sh)es$/, "$1")
    .replace(/([^s])s$/, "$1");
}
