/** Docs emitter, view models: everything the templates show, computed here so templates hold no logic. */
import type { Ir, IrField, IrModel, IrOperation, IrParameter, IrResource, IrService } from "../../ir/types.ts";
import { conditionText, formatText, lengthText, rangeText, serverNote } from "../client/describe.ts";
import { paramValueType, fieldValueType } from "../client/ts-types.ts";
import { kebab } from "../layout.ts";
import { callExample, pathArgs } from "./examples.ts";
import { mdCode, mdText } from "./markdown.ts";

/** One row of a parameter table; every cell already escaped. */
export interface ParamRow {
  readonly name: string;
  readonly wireName: string;
  readonly type: string;
  readonly requirement: string;
  readonly range: string;
  readonly length: string;
  readonly values: string;
  readonly format: string;
  readonly default: string;
  readonly description: string;
}

/** One documented operation. */
export interface OperationView {
  readonly functionName: string;
  readonly summary: string;
  readonly signature: string;
  readonly method: string;
  readonly path: string;
  readonly id: string;
  readonly tags: string;
  readonly status: number;
  readonly returns: string;
  readonly params: readonly ParamRow[];
  readonly examples: readonly { readonly title: string; readonly code: string }[];
}

const dash = "-";

function paramRow(p: IrParameter): ParamRow {
  const c = p.constraints;
  const requirement = [
    p.required ? "required" : null,
    p.requiredWhen ? `required when ${conditionText(p.requiredWhen)}${serverNote(p.requiredWhen)}` : null,
    p.onlyWhen ? `only when ${conditionText(p.onlyWhen)}${serverNote(p.onlyWhen)}` : null,
  ].filter((x): x is string => x !== null);
  return {
    name: mdCode(p.tsPath.join(".")),
    wireName: mdCode(p.wireName),
    type: mdCode(paramValueType(p)),
    requirement: requirement.length ? mdText(requirement.join("; ")) : "optional",
    range: mdText(rangeText(c) ?? dash),
    length: mdText(lengthText(c) ?? dash) + (p.type === "string-map" && c.maxLength !== null ? " (as JSON)" : ""),
    values: c.enum ? c.enum.map(mdCode).join(", ") : dash,
    format: [formatText(c), c.pattern ? `pattern ${mdCode(c.pattern)}` : null, p.type === "string-map" ? "object of strings, sent as JSON" : null].filter(Boolean).map((x) => (x!.startsWith("pattern") ? x! : mdText(x!))).join("; ") || dash,
    default: p.default === null ? dash : mdCode(JSON.stringify(p.default)),
    description: mdText(p.description),
  };
}

function operationView(resource: IrResource, op: IrOperation): OperationView {
  const args = ["client", ...op.pathParameters.map((p) => p.tsName)];
  if (op.paramsTypeName) args.push(`params${op.paramsRequired ? "" : "?"}: ${op.paramsTypeName}`);
  args.push("options?: RequestOptions");
  const returns = op.kind === "list" ? `Page<${op.responseModel}>` : (op.responseModel ?? "void");
  const examples = op.examples.length
    ? op.examples.map((e) => ({ title: mdText(e.title), code: callExample(resource, op, e) }))
    : [{ title: mdText(op.summary), code: callExample(resource, op, null) }];
  return {
    functionName: op.functionName,
    summary: mdText(op.summary),
    signature: `${op.functionName}(${args.join(", ")}): Promise<${returns}>`,
    method: op.method,
    path: mdCode(op.pathTemplate),
    id: mdCode(op.id),
    tags: op.tags.map(mdCode).join(", "),
    status: op.successStatus,
    returns: mdCode(returns),
    params: [
      ...op.pathParameters.map((p) => ({
        name: mdCode(p.tsName),
        wireName: mdCode(p.wireName),
        type: mdCode("string"),
        requirement: "required (path)",
        range: dash,
        length: mdText(lengthText(p.constraints) ?? dash),
        values: dash,
        format: p.constraints.pattern ? `pattern ${mdCode(p.constraints.pattern)}` : dash,
        default: dash,
        description: mdText(p.description),
      })),
      ...op.parameters.map(paramRow),
    ],
    examples,
  };
}

function fieldRows(fields: readonly IrField[], owner: string) {
  return fields.map((f) => ({
    name: mdCode(f.tsName),
    wireName: mdCode(f.wireName),
    type: mdCode(f.variants ? `depends on ${f.variants.by}` : fieldValueType(f, f.fields ? `${owner}…` : null)),
    values: f.constraints.enum ? f.constraints.enum.map(mdCode).join(", ") : dash,
    description: mdText(f.description),
  }));
}

function modelView(model: IrModel) {
  const variants = model.fields.flatMap((f) =>
    (f.variants?.cases ?? []).map((c) => ({ title: `${mdCode(f.tsName)} when ${mdCode(f.variants!.by)} is ${mdCode(c.value)}: ${mdCode(c.typeName)}`, fields: fieldRows(c.fields, c.typeName) })),
  );
  return { name: model.name, description: mdText(model.description), extends: model.extends, fields: fieldRows(model.fields, model.name), variants };
}

/** The stream of a resource's list operation, for the reference page and the README; null without one. */
function streamView(resource: IrResource) {
  const list = resource.operations.find((o) => o.kind === "list");
  if (!list?.stream || !list.responseModel) return null;
  const item = resource.name.charAt(0).toLowerCase() + resource.name.slice(1);
  return {
    functionName: list.stream.functionName,
    listFunction: list.functionName,
    summary: mdText(list.stream.summary),
    signature: `${list.stream.functionName}(client, ${list.pathParameters.map((p) => p.tsName).join(", ")}, params?: ${list.stream.paramsTypeName}, options?: RequestOptions): AsyncIterable<${list.responseModel}>`,
    maxPageSize: list.stream.maxPageSize,
    example: `for await (const ${item} of ${list.stream.functionName}(client, ${pathArgs(list).join(", ")}, { limit: 100 })) {\n  console.log(${item}.sid);\n}`,
  };
}

/** The view of one resource's reference page. */
export function resourceView(ir: Ir, service: IrService, resource: IrResource) {
  const update = resource.operations.find((o) => o.kind === "update");
  const serverRules = update?.parameters.filter((p) => p.onlyWhen?.checkedBy === "server" || p.requiredWhen?.checkedBy === "server") ?? [];
  return {
    title: resource.name,
    description: mdText(resource.description),
    packageName: ir.package.name,
    service: service.name,
    baseUrl: service.baseUrl,
    operations: resource.operations.map((op) => operationView(resource, op)),
    stream: streamView(resource),
    serverRules: serverRules.length > 0 && update ? { functionName: update.functionName, rows: serverRules.map(paramRow) } : null,
    models: resource.models.map(modelView),
  };
}

/** The view of the package README. */
export function readmeView(ir: Ir) {
  const first = ir.services[0]!;
  return {
    name: ir.package.name,
    version: ir.package.version,
    description: mdText(ir.package.description),
    usernameEnv: first.auth.usernameEnv,
    passwordEnv: first.auth.passwordEnv,
    baseUrl: first.baseUrl,
    resources: ir.services.flatMap((service) =>
      service.resources.map((resource) => ({
        name: resource.name,
        doc: `docs/${kebab(resource.name)}.md`,
        operations: resource.operations.map((op) => ({
          functionName: op.functionName,
          summary: mdText(op.summary),
          code: callExample(resource, op, op.examples[0] ?? null),
        })),
        stream: streamView(resource),
      })),
    ),
  };
}
