/** Parameters grouped along their dotted wire names, and which of them apply to one discriminator value. */
import type { TsCondition, TsDiscriminator, TsParameter } from "./model.ts";

/** A property of a parameters object: a leaf parameter, or a group of nested ones. */
export interface ParamNode {
  /** The camelCase property name. */
  readonly name: string;
  readonly param: TsParameter | null;
  readonly children: readonly ParamNode[];
}

/** Groups parameters by their property paths, keeping spec order of first appearance. */
export function paramTree(params: readonly TsParameter[], depth = 0): ParamNode[] {
  const order: string[] = [];
  const byName = new Map<string, TsParameter[]>();
  for (const p of params) {
    const name = p.tsPath[depth]!;
    if (!byName.has(name)) {
      byName.set(name, []);
      order.push(name);
    }
    byName.get(name)!.push(p);
  }
  return order.map((name) => {
    const members = byName.get(name)!;
    const leaf = members.find((p) => p.tsPath.length === depth + 1) ?? null;
    return { name, param: leaf, children: leaf ? [] : paramTree(members, depth + 1) };
  });
}

/** Every leaf parameter below a node. */
export function leaves(node: ParamNode): TsParameter[] {
  return node.param ? [node.param] : node.children.flatMap(leaves);
}

/** Whether a parameter may be given when the discriminator has `value` (always, without one). */
export function appliesTo(
  p: TsParameter,
  discriminator: TsDiscriminator | null,
  value: string | null,
): boolean {
  return holdsFor(p.onlyWhen, discriminator, value) ?? true;
}

/** Whether a parameter must be given when the discriminator has `value`. */
export function requiredFor(
  p: TsParameter,
  discriminator: TsDiscriminator | null,
  value: string | null,
): boolean {
  return p.required || (holdsFor(p.requiredWhen, discriminator, value) ?? false);
}

/**
 * Whether a client-checked condition on the discriminator holds when it has `value`; null when
 * there is no such condition (none, another parameter's, checked by the server) or no value.
 */
function holdsFor(
  condition: TsCondition | null,
  discriminator: TsDiscriminator | null,
  value: string | null,
): boolean | null {
  if (
    !condition ||
    !discriminator ||
    value === null ||
    condition.checkedBy !== "client" ||
    condition.wireName !== discriminator.wireName
  )
    return null;
  return condition.values.includes(value);
}
