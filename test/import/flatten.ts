/** Flattens a resource's IR into facts (`path = value`), keyed by names rather than positions, for comparisons. */
import type { IrResource } from "../../generator/ir/types.ts";

const KEYS: Record<string, string> = {
  operations: "id",
  parameters: "wireName",
  fields: "wireName",
  models: "name",
  pathParameters: "wireName",
  cases: "value",
};

/** Every leaf of `resource` as `path -> JSON text`; lists of named things are keyed by their name. */
export function facts(resource: IrResource): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string, parentKey: string) => {
    if (Array.isArray(value)) {
      const key = KEYS[parentKey];
      if (key && value.every((v) => typeof v === "object" && v !== null && key in v)) {
        for (const item of value)
          walk(item, `${path}[${String((item as Record<string, unknown>)[key])}]`, "");
        return;
      }
      out.set(path, JSON.stringify(value));
      return;
    }
    if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, k);
      return;
    }
    out.set(path, JSON.stringify(value));
  };
  walk(resource, "", "");
  return out;
}

/** The facts that differ: `path: reviewed -> imported` (absent shown as `-`). */
export function differences(reviewed: Map<string, string>, imported: Map<string, string>): string[] {
  const paths = [...new Set([...reviewed.keys(), ...imported.keys()])].sort();
  return paths
    .filter((p) => reviewed.get(p) !== imported.get(p))
    .map((p) => `${p}: ${reviewed.get(p) ?? "-"} -> ${imported.get(p) ?? "-"}`);
}
