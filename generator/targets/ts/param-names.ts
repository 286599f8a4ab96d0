/** The type names an operation's parameters declare: the parameters type, its union members and its group interfaces. */
import type { TsOperation } from "./model.ts";
import { appliesTo, leaves, paramTree, type ParamNode } from "../ts/param-tree.ts";
import { pascalCase } from "../../naming.ts";
import { groupTypeName, paramsBase, paramsBaseTypeName, paramsMemberName } from "./names.ts";

/** The "exactly one of" groups of `op` that its parameters type can state: groups of top-level properties. */
export function typedChoices(
  op: TsOperation,
): (readonly { readonly name: string; readonly wireName: string }[])[] {
  return op.exactlyOneOf
    .map((group) => group.map((wire) => op.parameters.find((p) => p.wireName === wire)!))
    .filter((members) => members.every((p) => p.tsPath.length === 1))
    .map((members) => members.map((p) => ({ name: p.tsPath[0]!, wireName: p.wireName })));
}

/** Every parameter type name of `op`, with what it is. */
export function paramTypeDeclarations(op: TsOperation): { name: string; role: string }[] {
  const out: { name: string; role: string }[] = [];
  const groups = (base: string, nodes: readonly ParamNode[], value: string | null) => {
    for (const node of nodes) {
      if (node.param || !leaves(node).some((p) => appliesTo(p, op.discriminator, value))) continue;
      out.push({ name: groupTypeName(base, node.name), role: `the '${node.name}' group of the parameters` });
      groups(`${base}${pascalCase(node.name)}`, node.children, value);
    }
  };
  if (op.paramsTypeName) {
    out.push({ name: op.paramsTypeName, role: "the parameters type" });
    const tree = paramTree(op.parameters);
    if (!op.discriminator && typedChoices(op).length)
      out.push({ name: paramsBaseTypeName(op.paramsTypeName), role: "the fields of the parameters type" });
    if (!op.discriminator) groups(paramsBase(op.paramsTypeName), tree, null);
    else {
      for (const value of op.discriminator.values) {
        const member = paramsMemberName(op.paramsTypeName, value);
        out.push({ name: member, role: `the ${value} member of the parameters type` });
        groups(paramsBase(member), tree, value);
      }
    }
  }
  if (op.stream) {
    out.push({ name: op.stream.paramsTypeName, role: "the stream parameters type" });
    groups(paramsBase(op.stream.paramsTypeName), paramTree(op.stream.parameters), null);
  }
  return out;
}
