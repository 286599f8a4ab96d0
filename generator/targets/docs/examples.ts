/** Example calls for the docs, built from the spec's examples (values shown as JSON literals). */
import type { IrExample } from "../../ir/types.ts";
import type { TsOperation, TsParameter, TsResource, TsType } from "../ts/model.ts";
import { unreachable } from "../../ir/walk.ts";
import { camelCase } from "../../naming.ts";
import { propertyName } from "../ts/naming.ts";

/** The argument list of an operation call with the spec's example path values. */
export function pathArgs(op: TsOperation): string[] {
  return op.pathParameters.map((p) => sample(p.type, p.example, p.wireName));
}

// A value of the argument's type: its example (read as the type says), else a placeholder or a small value.
function sample(type: TsType, example: string | null, wireName: string): string {
  switch (type.kind) {
    case "integer":
    case "number":
      return String(
        example !== null && Number.isFinite(Number(example)) ? Number(example) : (type.minimum ?? 1),
      );
    case "boolean":
      return example === "false" ? "false" : "true";
    case "array":
      return `[${sample(type.items, example, wireName)}]`;
    case "enum":
      return literal(example ?? type.values[0] ?? `<${wireName}>`);
    case "string":
      return literal(example ?? placeholder(type.pattern, wireName));
    default:
      return literal(example ?? `<${wireName}>`);
  }
}

// A placeholder that passes the usual id pattern (a literal prefix and N hex digits: `VA` and 32
// zeros), else the parameter's name in angle brackets.
function placeholder(pattern: string | null, wireName: string): string {
  const id = /^\^([A-Za-z_-]*)\[0-9a-f(?:A-F)?\]\{(\d+)\}\$$/.exec(pattern ?? "");
  return id ? id[1]! + "0".repeat(Number(id[2])) : `<${wireName}>`;
}

/**
 * The parameters a call cannot leave out, with sample values, for an operation (or stream) that has
 * no example of its own: the required ones, the first of each "exactly one of" and "at least one
 * of" group, and those the chosen values make required.
 */
export function requiredSample(
  parameters: readonly TsParameter[],
  groups: readonly (readonly string[])[] = [],
): IrExample["params"] {
  const chosen = new Map<string, unknown>();
  const pick = (p: TsParameter) => chosen.set(p.wireName, sampleValue(p.type, p.wireName));
  for (const p of parameters) if (p.required) pick(p);
  for (const group of groups) {
    const p = parameters.find((q) => q.wireName === group[0]);
    if (p && !group.some((w) => chosen.has(w))) pick(p);
  }
  for (const p of parameters) {
    const when = p.requiredWhen;
    if (!chosen.has(p.wireName) && when?.subject === "parameter" && when.checkedBy === "client")
      if (when.values.includes(chosen.get(when.wireName) as string | boolean)) pick(p);
  }
  return [...chosen].map(([wireName, value]) => ({ wireName, value }));
}

// A JSON value of the type that passes its rules where they are simple (bounds, enums, id patterns).
function sampleValue(type: TsType, wireName: string): unknown {
  switch (type.kind) {
    case "string":
      return placeholder(type.pattern, wireName);
    case "integer":
    case "number":
      return type.minimum ?? 1;
    case "boolean":
      return true;
    case "enum":
      return type.values[0];
    case "date-time":
      return "2024-01-01T00:00:00Z";
    case "array":
      return [sampleValue(type.items, wireName)];
    case "object":
      return Object.fromEntries(
        type.fields.filter((f) => f.required).map((f) => [f.tsName, sampleValue(f.type, f.wireName)]),
      );
    case "union":
      return sampleValue(type.branches[0]!.type, wireName);
    case "map":
    case "json":
    case "variants":
    case "ref":
    case "binary":
      return {};
    default:
      return unreachable(type);
  }
}

/** `const widget = await createWidget(client, "SH…", { … });` for one example (or none). */
export function callExample(resource: TsResource, op: TsOperation, example: IrExample | null): string {
  const args = ["client", ...pathArgs(op)];
  const sent = op.requestBody;
  if (sent)
    args.push(
      sent.kind === "json" ? valueSample(sent.type) : sent.kind === "text" ? '"<text>"' : "new Blob([])",
    );
  const params = example?.params.length
    ? example.params
    : requiredSample(op.parameters, op.exactlyOneOf.concat(op.atLeastOneOf));
  if (params.length) args.push(objectLiteral(op.parameters, params));
  else if (op.paramsTypeName && op.paramsRequired) args.push("{}");
  const call = `${op.functionName}(${args.join(", ")})`;
  const [first] = op.answers;
  const body = op.answers.length === 1 && !op.redirect && op.method !== "HEAD" ? first!.body : null;
  if (op.method === "HEAD" || body?.kind === "none" || (op.redirect && op.responseModel === null))
    return `await ${call};`;
  const name =
    op.kind === "list"
      ? "page"
      : op.answers.length > 1
        ? "answer"
        : body?.kind === "text"
          ? "text"
          : body?.kind === "binary"
            ? "download"
            : op.responseType === null
              ? camelCase(resource.name)
              : op.responseType.kind === "array"
                ? camelCase(resource.plural)
                : "result";
  return `const ${name} = await ${call};`;
}

// A value of a JSON body's type: an object's required fields, a union's first branch, an array of one item.
function valueSample(type: TsType): string {
  switch (type.kind) {
    case "object":
      return `{ ${type.fields
        .filter((f) => f.required)
        .map((f) => `${f.tsName}: ${valueSample(f.type)}`)
        .join(", ")} }`;
    case "union":
      return valueSample(type.branches[0]!.type);
    case "array":
      return `[${valueSample(type.items)}]`;
    case "map":
    case "json":
    case "variants":
    case "ref":
      return "{}";
    case "date-time":
      return 'new Date("2026-01-01T00:00:00Z")';
    case "binary":
      return "new Blob([])";
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "enum":
      return sample(type, null, "value");
    default:
      return type satisfies never;
  }
}

/** `{ config: { codeLength: 6 } }`: the values at their properties' paths in the parameters object. */
export function objectLiteral(parameters: readonly TsParameter[], params: IrExample["params"]): string {
  type Tree = Map<string, Tree | string>;
  const root: Tree = new Map();
  for (const { wireName, value } of params) {
    const path = parameters.find((p) => p.wireName === wireName)?.tsPath ?? [propertyName(wireName)];
    let node = root;
    path.slice(0, -1).forEach((segment) => {
      if (!(node.get(segment) instanceof Map)) node.set(segment, new Map());
      node = node.get(segment) as Tree;
    });
    node.set(path[path.length - 1]!, valueCode(parameters.find((p) => p.wireName === wireName)?.type, value));
  }
  const render = (tree: Tree, indent: string): string =>
    `{\n${[...tree].map(([k, v]) => `${indent}  ${k}: ${typeof v === "string" ? v : render(v, `${indent}  `)},`).join("\n")}\n${indent}}`;
  return render(root, "");
}

// A parameter's value as TypeScript: a file as a Blob, a date as a Date, anything else as its JSON.
function valueCode(type: TsType | undefined, value: unknown): string {
  if (type?.kind === "binary") return "new Blob([])";
  if (type?.kind === "array" && type.items.kind === "binary") return "[new Blob([])]";
  if (type?.kind === "date-time" && typeof value === "string") return `new Date(${literal(value)})`;
  return literal(value);
}

// JSON literals are valid TypeScript; a backtick cannot open a code fence from inside one.
function literal(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, " ").replace(/`/g, "\\u0060");
}
