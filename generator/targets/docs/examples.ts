/** Example calls for the docs, built from the spec's examples (values shown as JSON literals). */
import type { IrExample } from "../../ir/types.ts";
import type { TsOperation, TsResource, TsType } from "../ts/model.ts";
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
    default:
      return literal(example ?? `<${wireName}>`);
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
  if (example && example.params.length) args.push(objectLiteral(op, example));
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

function objectLiteral(op: TsOperation, example: IrExample): string {
  type Tree = Map<string, Tree | string>;
  const root: Tree = new Map();
  for (const { wireName, value } of example.params) {
    const path = op.parameters.find((p) => p.wireName === wireName)?.tsPath ?? [propertyName(wireName)];
    let node = root;
    path.slice(0, -1).forEach((segment) => {
      if (!(node.get(segment) instanceof Map)) node.set(segment, new Map());
      node = node.get(segment) as Tree;
    });
    node.set(path[path.length - 1]!, literal(value));
  }
  const render = (tree: Tree, indent: string): string =>
    `{\n${[...tree].map(([k, v]) => `${indent}  ${k}: ${typeof v === "string" ? v : render(v, `${indent}  `)},`).join("\n")}\n${indent}}`;
  return render(root, "");
}

// JSON literals are valid TypeScript; a backtick cannot open a code fence from inside one.
function literal(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, " ").replace(/`/g, "\\u0060");
}
