/** Types emitter, parameters: one interface per parameters object, a discriminated union where a parameter selects the rest. */
import type { InterfaceDeclarationStructure } from "ts-morph";
import type { IrOperation, IrParameter } from "../../ir/types.ts";
import { pascalCase } from "../../naming.ts";
import { StructureKind, tsdoc, type StatementStructures } from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import { ruleSentences } from "./describe.ts";
import { appliesTo, leaves, paramTree, requiredFor, type ParamNode } from "./param-tree.ts";
import { paramValueType } from "./ts-types.ts";

/** The TSDoc of one parameter: description, rules, wire name, default. */
export function paramDocs(p: IrParameter) {
  const tags = p.default !== null ? [["defaultValue", `${JSON.stringify(p.default)} (applied by the API when left out)`] as const] : [];
  return tsdoc([p.description, ...ruleSentences(p), `Wire name: ${docCode(p.wireName)}.`], tags);
}

/** Statements declaring an operation's parameter types (none when it takes no parameters). */
export function paramTypeStatements(op: IrOperation): StatementStructures[] {
  const typeName = op.paramsTypeName;
  if (!typeName) return [];
  const base = typeName.replace(/Params$/, "");
  const disc = op.discriminator;
  const summary = `Parameters of ${op.functionName}: ${op.summary}`;
  if (!disc) return objectInterfaces(typeName, base, paramTree(op.parameters), op, null, [summary]);
  const out: StatementStructures[] = [];
  const members: string[] = [];
  for (const value of disc.values) {
    const memberBase = `${base}${pascalCase(value)}`;
    members.push(`${memberBase}Params`);
    out.push(...objectInterfaces(`${memberBase}Params`, memberBase, paramTree(op.parameters), op, value, [`${summary} (${disc.wireName} ${value}).`]));
  }
  out.unshift({
    kind: StructureKind.TypeAlias,
    name: typeName,
    isExported: true,
    type: members.join(" | "),
    docs: tsdoc([summary, `A union on ${docCode(disc.tsPath.join("."))}: each member allows and requires exactly what that ${disc.wireName} does.`]),
  });
  return out;
}

// An interface for one parameters object, plus interfaces for its nested groups (named after their path).
function objectInterfaces(name: string, base: string, nodes: readonly ParamNode[], op: IrOperation, value: string | null, docLines: string[]): StatementStructures[] {
  const disc = op.discriminator;
  const nested: StatementStructures[] = [];
  const properties = nodes.map((node) => {
    const all = leaves(node);
    const applicable = all.filter((p) => appliesTo(p, disc, value));
    const required = applicable.some((p) => requiredFor(p, disc, value));
    if (node.param) {
      const p = node.param;
      const isDisc = disc !== null && p.wireName === disc.wireName && value !== null;
      return {
        name: node.name,
        isReadonly: true,
        hasQuestionToken: !required && !isDisc,
        type: isDisc ? literal(value) : applicable.length ? paramValueType(p) : "never",
        docs: paramDocs(p),
      };
    }
    const groupBase = `${base}${pascalCase(node.name)}`;
    if (applicable.length) {
      nested.push(...objectInterfaces(`${groupBase}Params`, groupBase, node.children, op, value, [`The ${docCode(node.name)} group of ${name}.`]));
    }
    return {
      name: node.name,
      isReadonly: true,
      hasQuestionToken: !required,
      type: applicable.length ? `${groupBase}Params` : "never",
      docs: tsdoc([applicable.length ? `Parameters sent as ${all.map((p) => docCode(p.wireName)).join(", ")}.` : `Not used here: ${all.map((p) => docCode(p.wireName)).join(", ")} apply to other ${disc?.wireName ?? ""} values.`]),
    };
  });
  return [{ kind: StructureKind.Interface, name, isExported: true, docs: tsdoc(docLines), properties }, ...nested];
}

/** The parameter type of a stream: `limit` plus the list parameters it passes on to each page request. */
export function streamParamTypeStatements(op: IrOperation): StatementStructures[] {
  const stream = op.stream;
  if (!stream) return [];
  const base = stream.paramsTypeName.replace(/Params$/, "");
  const [main, ...nested] = objectInterfaces(stream.paramsTypeName, base, paramTree(stream.parameters), op, null, [
    `Parameters of ${stream.functionName}: ${stream.summary}`,
  ]);
  const limit = {
    name: "limit",
    isReadonly: true,
    hasQuestionToken: true,
    type: "number",
    docs: tsdoc(["The most items to yield; the stream stops requesting pages once it has yielded this many. A non-negative integer."]),
  };
  const withLimit = { ...(main as InterfaceDeclarationStructure), properties: [limit, ...((main as InterfaceDeclarationStructure).properties ?? [])] };
  return [withLimit, ...nested];
}
