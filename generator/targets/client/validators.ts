/** Validators emitter: straight-line checks of every rule of every operation's arguments. */
import type { TsOperation, TsParameter, TsPathParameter, TsRequestBody, TsResource } from "../ts/model.ts";
import { paramTree, type ParamNode } from "../ts/param-tree.ts";
import { namedShapes, type NamedShape } from "../ts/walk.ts";
import { constantCase } from "../../naming.ts";
import { localName } from "../ts/naming.ts";
import { objectCheckName, pathCheckName, validatorName } from "../ts/names.ts";
import {
  StructureKind,
  tsdoc,
  VariableDeclarationKind,
  type StatementStructures,
  type Uses,
} from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import { conditionText } from "../ts/describe.ts";
import { pathCode, stringChecks, valueChecks, type CheckContext } from "./value-checks.ts";

/** Module constants (patterns, key sets), each named once and deduplicated by content. */
class Constants {
  private readonly byContent = new Map<string, string>();
  private readonly taken = new Set<string>();
  readonly statements: StatementStructures[] = [];

  get(suffix: string, owner: string, content: string, initializer: string): string {
    const known = this.byContent.get(content);
    if (known) return known;
    let name = `${constantCase(owner) || "VALUE"}_${suffix}`;
    for (let i = 2; this.taken.has(name); i++) name = `${constantCase(owner) || "VALUE"}_${suffix}_${i}`;
    this.taken.add(name);
    this.byContent.set(content, name);
    this.statements.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name, initializer }],
    });
    return name;
  }
}

/** Statements of a resource's validators module. */
export function validatorStatements(resource: TsResource, uses: Uses): StatementStructures[] {
  uses.use("ValidationIssue");
  const constants = new Constants();
  const ctx: CheckContext = {
    uses,
    patternConst: (owner, pattern) =>
      constants.get("PATTERN", owner, `p:${pattern}`, `new RegExp(${literal(pattern)}, "u")`),
  };
  const keySet = (owner: string, names: readonly string[]) =>
    constants.get("KEYS", owner, `k:${JSON.stringify(names)}`, `new Set<string>(${JSON.stringify(names)})`);
  // Only the path arguments some operation takes get a check (an unused one would fail strict tsc).
  const used = resource.pathParameters.filter((p) =>
    resource.operations.some((op) => op.pathParameters.includes(p)),
  );
  const functions: StatementStructures[] = used.map((p) => pathParameterCheck(p, ctx));
  const shapes = new Map<string, NamedShape>();
  for (const op of resource.operations) {
    for (const p of op.parameters) for (const s of namedShapes(p.type)) shapes.set(s.typeName, s);
    if (op.requestBody?.kind === "json")
      for (const s of namedShapes(op.requestBody.type)) shapes.set(s.typeName, s);
    functions.push(
      operationValidator(
        op,
        validatorName(op.functionName),
        op.parameters,
        op.paramsRequired,
        ctx,
        keySet,
        false,
      ),
    );
    if (op.stream)
      functions.push(
        operationValidator(
          op,
          validatorName(op.stream.functionName),
          op.stream.parameters,
          op.paramsRequired,
          ctx,
          keySet,
          true,
        ),
      );
  }
  for (const shape of shapes.values()) functions.push(objectCheck(shape, ctx, keySet));
  return [...constants.statements, ...functions];
}

function pathParameterCheck(p: TsPathParameter, ctx: CheckContext): StatementStructures {
  const at = { path: p.tsName, wire: literal(p.wireName) };
  const checks =
    p.type.kind === "string" ? stringChecks(p.type, "value", at, ctx) : valueChecks(p.type, "value", at, ctx);
  return {
    kind: StructureKind.Function,
    name: pathCheckName(p.wireName),
    parameters: [
      { name: "value", type: "unknown" },
      { name: "issues", type: "ValidationIssue[]" },
    ],
    returnType: "void",
    docs: tsdoc([`Checks the ${docCode(p.wireName)} path argument.`]),
    statements: [
      p.type.kind === "string" || p.type.kind === "enum"
        ? `if (!${ctx.uses.use("checkPathSegment")}(value, ${literal(p.tsName)}, ${literal(p.wireName)}, issues)) return;`
        : `if (value === undefined) { issues.push(${ctx.uses.use("issue")}(${literal(p.tsName)}, ${literal(p.wireName)}, "required", "is required")); return; }`,
      ...checks,
    ],
  };
}

// A check per object type a parameter uses: a plain object with known keys, each field by its type.
function objectCheck(
  shape: NamedShape,
  ctx: CheckContext,
  keySet: (owner: string, names: readonly string[]) => string,
): StatementStructures {
  const body = [
    `if (!${ctx.uses.use("isRecord")}(value)) { issues.push(${ctx.uses.use("issue")}(path, wireName, "type", "must be an object")); return; }`,
    `${ctx.uses.use("checkKnownKeys")}(value, ${keySet(
      shape.typeName,
      shape.fields.map((f) => f.tsName),
    )}, path, issues);`,
  ];
  shape.fields.forEach((f, i) => {
    const v = `field${i}`;
    const at = { path: `\${path}.${f.tsName}`, wire: `wireName + ${literal(`.${f.wireName}`)}` };
    body.push(`const ${v} = value[${literal(f.tsName)}];`);
    const missing = f.required
      ? `issues.push(${ctx.uses.use("issue")}(${pathCode(at.path)}, ${at.wire}, "required", "is required"));`
      : null;
    const present = valueChecks(f.type, v, at, ctx, 1);
    const guard = f.nullable ? `${v} !== null` : null;
    if (missing)
      body.push(
        `if (${v} === undefined) ${missing}`,
        guard ? `else if (${guard}) {` : "else {",
        ...present,
        "}",
      );
    else body.push(`if (${v} !== undefined${guard ? ` && ${guard}` : ""}) {`, ...present, "}");
  });
  return {
    kind: StructureKind.Function,
    name: objectCheckName(shape.typeName),
    parameters: [
      { name: "value", type: "unknown" },
      { name: "path", type: "string" },
      { name: "wireName", type: "string" },
      { name: "issues", type: "ValidationIssue[]" },
    ],
    returnType: "void",
    docs: tsdoc([`Checks a ${docCode(shape.typeName)} value.`]),
    statements: body,
  };
}

function operationValidator(
  op: TsOperation,
  name: string,
  params: readonly TsParameter[],
  paramsRequired: boolean,
  ctx: CheckContext,
  keySet: (owner: string, names: readonly string[]) => string,
  isStream: boolean,
): StatementStructures {
  const args = op.pathParameters.map((p) => ({ name: p.tsName, type: "unknown" }));
  const body = op.pathParameters.map((p) => `${pathCheckName(p.wireName)}(${p.tsName}, issues);`);
  if (op.requestBody && !isStream) {
    args.push({ name: op.requestBody.tsName, type: "unknown" });
    body.push(...requestBodyChecks(op.requestBody, ctx));
  }
  if (params.length > 0 || isStream || op.additionalBodyProperties) {
    const isRecord = ctx.uses.use("isRecord");
    const issue = ctx.uses.use("issue");
    args.push({ name: "params", type: "unknown" });
    body.push(
      paramsRequired
        ? `if (!${isRecord}(params)) { issues.push(${issue}("params", "", params === undefined ? "required" : "type", params === undefined ? "is required" : "must be an object")); return issues; }`
        : `if (params !== undefined && !${isRecord}(params)) { issues.push(${issue}("params", "", "type", "must be an object")); return issues; }`,
    );
    body.push(
      ...paramChecks(
        op,
        name.replace(/^validate/, ""),
        params,
        isStream,
        ctx,
        keySet,
        new Set(args.map((a) => a.name)),
      ),
    );
  }
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    parameters: args,
    returnType: "ValidationIssue[]",
    docs: tsdoc([
      `Checks every argument of ${docCode(isStream ? op.stream!.functionName : op.functionName)} against the spec; returns every problem found (empty when valid).`,
    ]),
    statements: ["const issues: ValidationIssue[] = [];", ...body, "return issues;"],
  };
}

function paramChecks(
  op: TsOperation,
  owner: string,
  params: readonly TsParameter[],
  isStream: boolean,
  ctx: CheckContext,
  keySet: (owner: string, names: readonly string[]) => string,
  taken: Set<string>,
): string[] {
  const root = "record";
  const lines = [`const ${root} = params as Record<string, unknown> | undefined;`];
  // Locals never shadow a path argument: a body parameter may share its name (Identity on /Entities/{Identity}).
  const locals = new Map<string, string>();
  const local = (path: readonly string[]) => {
    const key = path.join(".");
    let name = locals.get(key);
    if (!name) {
      name = localName(path);
      while (taken.has(name)) name = `${name}Value`;
      taken.add(name);
      locals.set(key, name);
    }
    return name;
  };
  const limitName = op.stream?.limitName ?? "limit";
  for (const fixed of ["issues", "record", "params", limitName]) taken.add(fixed);
  // Groups first, then every leaf value, then the checks: conditions can read any value.
  const walk = (nodes: readonly ParamNode[], parent: string, prefix: string[], keys: string[]) => {
    const known = keySet([owner, ...prefix].join("_"), [...keys, ...nodes.map((n) => n.name)]);
    // Where the JSON body takes any other property, each other property must be a JSON value.
    lines.push(
      prefix.length === 0 && op.additionalBodyProperties && !isStream
        ? `${ctx.uses.use("checkAdditionalJson")}(${parent}, ${known}, issues);`
        : `${ctx.uses.use("checkKnownKeys")}(${parent}, ${known}, ${literal(prefix.join("."))}, issues);`,
    );
    for (const node of nodes) {
      const path = [...prefix, node.name];
      if (node.param) lines.push(`const ${local(path)} = ${parent}?.[${literal(node.name)}];`);
      else {
        const group = `${local(path)}Group`;
        lines.push(
          `const ${group} = ${ctx.uses.use("readGroup")}(${parent}, ${literal(node.name)}, ${literal(path.join("."))}, issues);`,
        );
        walk(node.children, group, path, []);
      }
    }
  };
  walk(paramTree(params), root, [], isStream ? [limitName] : []);
  if (isStream) {
    lines.push(
      `const ${limitName} = ${root}?.[${literal(limitName)}];`,
      `if (${limitName} !== undefined && (typeof ${limitName} !== "number" || !Number.isInteger(${limitName}) || ${limitName} < 0)) issues.push(${ctx.uses.use("issue")}(${literal(limitName)}, ${literal(limitName)}, "integer", "must be a non-negative integer"));`,
    );
  }
  for (const p of params) lines.push(...leafChecks(p, op, local, ctx));
  if (!isStream) for (const group of op.exactlyOneOf) lines.push(...choice(group, "exactly", op, local, ctx));
  if (!isStream)
    for (const group of op.atLeastOneOf) lines.push(...choice(group, "at-least", op, local, ctx));
  return lines;
}

function leafChecks(
  p: TsParameter,
  op: TsOperation,
  local: (path: readonly string[]) => string,
  ctx: CheckContext,
): string[] {
  const v = local(p.tsPath);
  const at = { path: p.tsPath.join("."), wire: literal(p.wireName) };
  const push = (code: string, message: string) =>
    `issues.push(${ctx.uses.use("issue")}(${literal(at.path)}, ${at.wire}, ${literal(code)}, ${message}));`;
  const absent: string[] = [];
  if (p.required) absent.push(push("required", literal("is required")));
  else if (p.requiredWhen?.checkedBy === "client") {
    absent.push(
      `if (${holds(local(p.requiredWhen.tsPath!), p.requiredWhen.values)}) ${push("required-when", literal(`is required when ${conditionText(p.requiredWhen)}`))}`,
    );
  }
  const present: string[] = [];
  if (p.onlyWhen?.checkedBy === "client") {
    const subject = op.parameters.find((s) => s.wireName === p.onlyWhen!.wireName)!;
    const all: readonly (string | boolean)[] =
      subject.type.kind === "enum" ? subject.type.values : [true, false];
    const others = all.filter((x) => !p.onlyWhen!.values.includes(x));
    if (others.length)
      present.push(
        `if (${holds(local(p.onlyWhen.tsPath!), others)}) ${push("not-applicable", literal(`is only used when ${conditionText(p.onlyWhen)}`))}`,
      );
  }
  present.push(...valueChecks(p.type, v, at, ctx));
  if (absent.length === 0) return [`if (${v} !== undefined) {`, ...present, "}"];
  return [`if (${v} === undefined) {`, ...absent, "} else {", ...present, "}"];
}

// The checks of a whole request body: given (unless optional), and of its kind's type.
function requestBodyChecks(b: TsRequestBody, ctx: CheckContext): string[] {
  const v = b.tsName;
  const at = { path: v, wire: literal(v) };
  const push = (code: string, message: string) =>
    `issues.push(${ctx.uses.use("issue")}(${literal(v)}, ${literal(v)}, ${literal(code)}, ${literal(message)}));`;
  const present =
    b.kind === "json"
      ? valueChecks(b.type, v, at, ctx)
      : b.kind === "text"
        ? [`if (typeof ${v} !== "string") ${push("type", "must be a string")}`]
        : [
            `if (!${ctx.uses.use("isBinaryBody")}(${v})) ${push("type", "must be a Blob, a Uint8Array, an ArrayBuffer or a ReadableStream")}`,
          ];
  return b.required
    ? [`if (${v} === undefined) ${push("required", "is required")}`, "else {", ...present, "}"]
    : [`if (${v} !== undefined) {`, ...present, "}"];
}

function holds(local: string, values: readonly (string | boolean)[]): string {
  return values.map((x) => `${local} === ${literal(x)}`).join(" || ");
}

// "Exactly one of" or "at least one of" a group of parameters.
function choice(
  group: readonly string[],
  rule: "exactly" | "at-least",
  op: TsOperation,
  local: (path: readonly string[]) => string,
  ctx: CheckContext,
): string[] {
  const members = group.map((wire) => op.parameters.find((p) => p.wireName === wire)!);
  const count = members.map((p) => `(${local(p.tsPath)} === undefined ? 0 : 1)`).join(" + ");
  const names = members.map((p) => p.tsPath.join(".")).join(" | ");
  const message = `${rule === "exactly" ? "exactly one" : "at least one"} of ${group.join(", ")} must be given`;
  const code = rule === "exactly" ? "exactly-one" : "at-least-one";
  return [
    `if (${count} ${rule === "exactly" ? "!== 1" : "< 1"}) issues.push(${ctx.uses.use("issue")}(${literal(names)}, ${literal(group.join(" | "))}, ${literal(code)}, ${literal(message)}));`,
  ];
}
