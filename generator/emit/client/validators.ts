/** Validators emitter: straight-line checks of every rule of every operation's arguments. */
import type { IrOperation, IrParameter, IrPathParameter, IrResource } from "../../ir/types.ts";
import { constantCase, localName, pascalCase } from "../../naming.ts";
import { importDecl, StructureKind, tsdoc, VariableDeclarationKind, type Statement, type StatementStructures } from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import { conditionText, formatText, rangeText } from "./describe.ts";
import { paramTree, type ParamNode } from "./param-tree.ts";

const FORMAT_CHECKS: Record<string, string> = {
  base32: "isBase32",
  base64: "isBase64",
  "der-base64": "isDerBase64",
  uri: "isUri",
  "date-time": "isDateTime",
};

/** The name of an operation's validator: `validateCreateFactor`. */
export function validatorName(functionName: string): string {
  return `validate${pascalCase(functionName)}`;
}

/** Statements of a resource's validators module. */
export function validatorStatements(resource: IrResource, runtimeValidation: string, runtimeErrors: string): Statement[] {
  const helpers = new Set<string>(["issue"]);
  const keySets = new Map<string, string>(); // JSON of names -> constant name
  const keySetConst = (owner: string, names: readonly string[]) => {
    const json = JSON.stringify(names);
    const known = keySets.get(json);
    if (known) return known;
    const name = `${constantCase(owner)}_KEYS`;
    keySets.set(json, name);
    return name;
  };
  const patterns = new Map<string, string>(); // pattern -> constant name
  const patternConst = (owner: string, pattern: string) => {
    const known = patterns.get(pattern);
    if (known) return known;
    const taken = new Set(patterns.values());
    let name = `${constantCase(owner)}_PATTERN`;
    for (let i = 2; taken.has(name); i++) name = `${constantCase(owner)}_PATTERN_${i}`;
    patterns.set(pattern, name);
    return name;
  };
  const functions: Statement[] = [];
  for (const p of resource.pathParameters) functions.push(pathParameterCheck(p, patternConst, helpers));
  for (const op of resource.operations) {
    const consts = { patternConst, keySetConst };
    functions.push(operationValidator(op, validatorName(op.functionName), op.parameters, op.paramsRequired, consts, helpers, false));
    if (op.stream) functions.push(operationValidator(op, validatorName(op.stream.functionName), op.stream.parameters, false, consts, helpers, true));
  }
  const constants: StatementStructures[] = [...patterns].map(([pattern, name]) => ({
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, initializer: `new RegExp(${literal(pattern)}, "u")` }],
  }));
  for (const [json, name] of keySets) {
    constants.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name, initializer: `new Set<string>(${json})` }],
    });
  }
  return [
    importDecl(runtimeValidation, [...helpers]),
    importDecl(runtimeErrors, ["ValidationIssue"], true),
    ...constants,
    ...functions,
  ];
}

function pathParameterCheck(p: IrPathParameter, patternConst: (o: string, p: string) => string, helpers: Set<string>): StatementStructures {
  helpers.add("checkPathSegment");
  const path = literal(p.tsName);
  const wire = literal(p.wireName);
  const body = [`if (!checkPathSegment(value, ${path}, ${wire}, issues)) return;`, ...stringChecks("value", p.tsName, p.wireName, p.constraints, patternConst, helpers)];
  return {
    kind: StructureKind.Function,
    name: `check${pascalCase(p.wireName)}`,
    parameters: [{ name: "value", type: "unknown" }, { name: "issues", type: "ValidationIssue[]" }],
    returnType: "void",
    docs: tsdoc([`Checks the ${docCode(p.wireName)} path argument.`]),
    statements: body,
  };
}

interface Constants {
  readonly patternConst: (owner: string, pattern: string) => string;
  readonly keySetConst: (owner: string, names: readonly string[]) => string;
}

function operationValidator(op: IrOperation, name: string, params: readonly IrParameter[], paramsRequired: boolean, consts: Constants, helpers: Set<string>, isStream: boolean): StatementStructures {
  const args = op.pathParameters.map((p) => ({ name: p.tsName, type: "unknown" }));
  const body = op.pathParameters.map((p) => `check${pascalCase(p.wireName)}(${p.tsName}, issues);`);
  const takesParams = params.length > 0 || isStream;
  if (takesParams) {
    helpers.add("isRecord");
    args.push({ name: "params", type: "unknown" });
    body.push(
      paramsRequired
        ? `if (!isRecord(params)) { issues.push(issue("params", "", params === undefined ? "required" : "type", params === undefined ? "is required" : "must be an object")); return issues; }`
        : `if (params !== undefined && !isRecord(params)) { issues.push(issue("params", "", "type", "must be an object")); return issues; }`,
    );
    body.push(...paramChecks(op, name.replace(/^validate/, ""), params, isStream, consts, helpers));
  }
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    parameters: args,
    returnType: "ValidationIssue[]",
    docs: tsdoc([`Checks every argument of ${docCode(isStream ? op.stream!.functionName : op.functionName)} against the spec; returns every problem found (empty when valid).`]),
    statements: ["const issues: ValidationIssue[] = [];", ...body, "return issues;"],
  };
}

function paramChecks(op: IrOperation, owner: string, params: readonly IrParameter[], isStream: boolean, consts: Constants, helpers: Set<string>): string[] {
  const { patternConst } = consts;
  const root = "record";
  const lines = [`const ${root} = params as Record<string, unknown> | undefined;`];
  const tree = paramTree(params);
  const extraKeys = isStream ? ["limit"] : [];
  helpers.add("checkKnownKeys");
  // Groups first, then every leaf value, then the checks: conditions can read any value.
  const walk = (nodes: readonly ParamNode[], parent: string, prefix: string[], keys: string[]) => {
    const keySet = consts.keySetConst([owner, ...prefix].join("_"), [...keys, ...nodes.map((n) => n.name)]);
    lines.push(`checkKnownKeys(${parent}, ${keySet}, ${literal(prefix.join("."))}, issues);`);
    for (const node of nodes) {
      const path = [...prefix, node.name];
      if (node.param) {
        lines.push(`const ${localName(path)} = ${parent}?.[${literal(node.name)}];`);
      } else {
        helpers.add("readGroup");
        const group = `${localName(path)}Group`;
        lines.push(`const ${group} = readGroup(${parent}, ${literal(node.name)}, ${literal(path.join("."))}, issues);`);
        walk(node.children, group, path, []);
      }
    }
  };
  walk(tree, root, [], extraKeys);
  if (isStream) {
    lines.push(
      `const limit = ${root}?.["limit"];`,
      `if (limit !== undefined && (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0)) issues.push(issue("limit", "limit", "integer", "must be a non-negative integer"));`,
    );
  }
  for (const p of params) lines.push(...leafChecks(p, op, patternConst, helpers));
  return lines;
}

function leafChecks(p: IrParameter, op: IrOperation, patternConst: (o: string, p: string) => string, helpers: Set<string>): string[] {
  const v = localName(p.tsPath);
  const path = p.tsPath.join(".");
  const push = (code: string, message: string) => `issues.push(issue(${literal(path)}, ${literal(p.wireName)}, ${literal(code)}, ${message}));`;
  const absent: string[] = [];
  if (p.required) absent.push(push("required", literal("is required")));
  else if (p.requiredWhen?.checkedBy === "client") {
    absent.push(`if (${holds(p.requiredWhen.tsPath!, p.requiredWhen.values)}) ${push("required-when", literal(`is required when ${conditionText(p.requiredWhen)}`))}`);
  }
  const present: string[] = [];
  if (p.onlyWhen?.checkedBy === "client") {
    const subject = op.parameters.find((s) => s.wireName === p.onlyWhen!.wireName);
    const others = (subject?.constraints.enum ?? []).filter((x) => !p.onlyWhen!.values.includes(x));
    if (others.length) present.push(`if (${holds(p.onlyWhen.tsPath!, others)}) ${push("not-applicable", literal(`is only used when ${conditionText(p.onlyWhen)}`))}`);
  }
  present.push(...valueChecks(v, p, patternConst, helpers));
  if (absent.length === 0) return [`if (${v} !== undefined) {`, ...present, "}"];
  return [`if (${v} === undefined) {`, ...absent, "} else {", ...present, "}"];
}

function holds(tsPath: readonly string[], values: readonly string[]): string {
  return values.map((x) => `${localName(tsPath)} === ${literal(x)}`).join(" || ");
}

function valueChecks(v: string, p: IrParameter, patternConst: (o: string, p: string) => string, helpers: Set<string>): string[] {
  const path = p.tsPath.join(".");
  const push = (code: string, message: string) => `issues.push(issue(${literal(path)}, ${literal(p.wireName)}, ${literal(code)}, ${message}));`;
  const c = p.constraints;
  switch (p.type) {
    case "integer":
    case "number": {
      const isNumber = p.type === "integer" ? `typeof ${v} === "number" && Number.isInteger(${v})` : `typeof ${v} === "number" && Number.isFinite(${v})`;
      const bounds = [c.minimum !== null ? `${v} < ${c.minimum}` : null, c.maximum !== null ? `${v} > ${c.maximum}` : null].filter(Boolean);
      const lines = [`if (!(${isNumber})) ${push(p.type === "integer" ? "integer" : "type", literal(`must be ${p.type === "integer" ? "an integer" : "a number"}`))}`];
      if (bounds.length) lines.push(`else if (${bounds.join(" || ")}) ${push("range", `${literal(`must be ${rangeText(c)}, got `)} + ${v}`)}`);
      return lines;
    }
    case "boolean":
      return [`if (typeof ${v} !== "boolean") ${push("type", literal("must be a boolean"))}`];
    case "string-map":
      helpers.add("checkStringMap");
      return [`checkStringMap(${v}, ${literal(path)}, ${literal(p.wireName)}, ${c.maxLength ?? "null"}, issues);`];
    default:
      return [`if (typeof ${v} !== "string") ${push("type", literal("must be a string"))}`, "else {", ...stringChecks(v, path, p.wireName, c, patternConst, helpers), "}"];
  }
}

function stringChecks(v: string, path: string, wireName: string, c: IrParameter["constraints"], patternConst: (o: string, p: string) => string, helpers: Set<string>): string[] {
  const push = (code: string, message: string) => `issues.push(issue(${literal(path)}, ${literal(wireName)}, ${literal(code)}, ${message}));`;
  const lines: string[] = [];
  if (c.enum) lines.push(`if (${c.enum.map((x) => `${v} !== ${literal(x)}`).join(" && ")}) ${push("enum", literal(`must be one of: ${c.enum.join(", ")}`))}`);
  if (c.minLength !== null || c.maxLength !== null) {
    helpers.add("charLength");
    const n = `${v}Length`;
    const bounds = [c.minLength !== null ? `${n} < ${c.minLength}` : null, c.maxLength !== null ? `${n} > ${c.maxLength}` : null].filter(Boolean);
    const limit = c.minLength !== null && c.maxLength !== null ? (c.minLength === c.maxLength ? `exactly ${c.minLength}` : `${c.minLength} to ${c.maxLength}`) : c.maxLength !== null ? `at most ${c.maxLength}` : `at least ${c.minLength}`;
    const check = `if (${bounds.join(" || ")}) ${push("length", `${literal(`must be ${limit} characters long, got `)} + ${n}`)}`;
    // Code points never outnumber UTF-16 units: within the maximum in units needs no counting.
    if (c.minLength === null) lines.push(`if (${v}.length > ${c.maxLength}) {`, `const ${n} = charLength(${v});`, check, "}");
    else lines.push(`const ${n} = charLength(${v});`, check);
  }
  if (c.pattern) lines.push(`if (!${patternConst(path, c.pattern)}.test(${v})) ${push("pattern", literal(`must match ${c.pattern}`))}`);
  if (c.format) {
    const check = FORMAT_CHECKS[c.format]!;
    helpers.add(check);
    lines.push(`if (!${check}(${v})) ${push("format", literal(`must be ${formatText(c)}`))}`);
  }
  return lines;
}
