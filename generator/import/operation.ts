/**
 * Import, operations: one operation's spec (its parameters with the rules their prose states, its
 * groups of alternatives, its response) and a resource's path parameters.
 */
import { camelCase, splitWords } from "../naming.ts";
import type { NodePath } from "../load/load.ts";
import type {
  OperationKind,
  RawOperation,
  RawParameter,
  RawPathParameter,
  RawTypeExpr,
} from "../load/spec-types.ts";
import type { Context, ImportReport, LiftNote, MutableParameter, Response } from "./context.ts";
import { ALL_BUT_ENUM, applyLifts } from "./lift.ts";
import { deref, isObject, paramsOf, placeholders, type JsonObject } from "./openapi.ts";
import type { PhraseSubject } from "./phrases.ts";
import { successStatuses, type DocOperation } from "./resources.ts";
import { text, typeOf } from "./schemas.ts";

/** The path parameters of a resource's operations, each once, with their length and format lifted. */
export function collectPathParameters(
  ops: readonly DocOperation[],
  notes: LiftNote[],
  ctx: Context,
): RawPathParameter[] {
  const out: RawPathParameter[] = [];
  for (const op of ops) {
    // Only the path's own placeholders: a path parameter its template does not name is not one.
    const named = placeholders(op.path.path);
    for (const p of paramsOf(op, ctx.root)) {
      if (
        p["in"] !== "path" ||
        typeof p["name"] !== "string" ||
        !named.includes(p["name"]) ||
        out.some((x) => x.name === p["name"])
      )
        continue;
      const expr = typeOf(p["schema"], ctx.models, "parameter");
      const base: Record<string, unknown> = {
        name: p["name"],
        ...(expr.enum
          ? { type: "string", enum: expr.enum }
          : { type: "string", ...pick(expr, ["minLength", "maxLength", "pattern"]) }),
      };
      const description = text(p["description"]);
      const at: NodePath = ["resources", 0, "pathParameters", out.length];
      applyLifts(
        base,
        description,
        { type: "string", values: expr.enum ?? null, siblings: [], resourceFields: [] },
        at,
        notes,
        ctx,
        `path parameter ${String(p["name"])}`,
        ["length", "format"],
      );
      out.push({ ...(base as object), description } as RawPathParameter);
    }
  }
  return out;
}

function pick(expr: RawTypeExpr, keys: readonly (keyof RawTypeExpr)[]): Partial<RawTypeExpr> {
  return Object.fromEntries(keys.filter((k) => expr[k] !== undefined).map((k) => [k, expr[k]]));
}

/** One operation's spec; its lift notes go to `notes` under `at`. */
export function buildOperation(
  op: DocOperation,
  id: string,
  naming: { kind: OperationKind; name?: string },
  response: Response,
  paged: boolean,
  at: NodePath,
  notes: LiftNote[],
  ctx: Context,
): RawOperation {
  const o = op.operation;
  const { parameters, body } = operationParameters(op, ctx);
  ctx.report.parameters += parameters.length;
  const responseModel = response.model ? ctx.models.models.get(response.model)?.model : null;
  const resourceFields = (responseModel?.fields ?? []).flatMap((f) =>
    f.enum ? [{ name: f.name, values: f.enum }] : [],
  );
  const subjectOf = (p: MutableParameter): PhraseSubject => ({
    type: subjectType(p),
    values: (p["enum"] as string[] | undefined) ?? null,
    siblings: parameters
      .filter((s) => s !== p)
      .map((s) => ({
        name: s["name"] as string,
        values: (s["enum"] as string[] | undefined) ?? null,
        boolean: s["type"] === "boolean",
      })),
    resourceFields,
  });
  // Enumerations first: conditions in other parameters' prose name their values.
  const quiet: ImportReport = { operations: 0, parameters: 0, lifted: ctx.report.lifted, unlifted: [] };
  parameters.forEach((p, pi) =>
    applyLifts(
      p,
      p["description"] as string,
      subjectOf(p),
      [...at, "parameters", pi],
      notes,
      { ...ctx, report: quiet },
      "",
      ["enum"],
    ),
  );
  const exactlyOneOf: string[][] = [];
  parameters.forEach((p, pi) => {
    const lifted = applyLifts(
      p,
      p["description"] as string,
      subjectOf(p),
      [...at, "parameters", pi],
      notes,
      ctx,
      `${id} ${String(p["name"])}`,
      ALL_BUT_ENUM,
    );
    for (const other of lifted) {
      const group = [p["name"] as string, other].sort(
        (a, b) => parameters.findIndex((x) => x["name"] === a) - parameters.findIndex((x) => x["name"] === b),
      );
      if (
        !exactlyOneOf.some((g) => g.join() === group.join()) &&
        !parameters.some((x) => group.includes(x["name"] as string) && x["required"] === true)
      )
        exactlyOneOf.push(group);
    }
  });
  const atLeastOneOf = conditionalGroups(o, parameters);
  if (atLeastOneOf.length) {
    notes.push({
      path: [...at, "atLeastOneOf"],
      kind: "conditional",
      sentence: `x-twilio.conditional: ${JSON.stringify(atLeastOneOf)}`,
    });
    ctx.report.lifted["conditional"] = (ctx.report.lifted["conditional"] ?? 0) + atLeastOneOf.length;
  }
  const tags = Array.isArray(o["tags"])
    ? o["tags"].filter((t): t is string => typeof t === "string" && t.length > 0)
    : [];
  const statuses = successStatuses(o);
  return {
    id,
    kind: naming.kind,
    ...(naming.name ? { name: naming.name } : {}),
    ...(tags.length ? { tags } : {}),
    method: op.method,
    path: op.pathKind,
    successStatus: statuses.length === 1 ? statuses[0]! : statuses,
    ...(response.model ? { response: response.model } : {}),
    ...(body === "json" ? { body: "json" as const } : {}),
    // A document without a summary or description for it still gives it one, from its id.
    summary: text(o["summary"]) || text(o["description"]) || sentenceOf(id),
    ...(o["deprecated"] === true ? { deprecated: true } : {}),
    ...(parameters.length ? { parameters: parameters as unknown as RawParameter[] } : {}),
    ...(exactlyOneOf.length ? { exactlyOneOf } : {}),
    ...(atLeastOneOf.length ? { atLeastOneOf } : {}),
    ...(paged && naming.kind === "list"
      ? { stream: { summary: `Stream every item of ${id}, fetching pages as they are consumed.` } }
      : {}),
  };
}

/**
 * `x-twilio.conditional` on an operation: groups of (snake_case) parameter names of which at least
 * one must be given, as wire names; a group naming a parameter the operation lacks, or a required
 * one, is left out.
 */
function conditionalGroups(operation: JsonObject, parameters: readonly MutableParameter[]): string[][] {
  const ext = isObject(operation["x-twilio"]) ? operation["x-twilio"] : {};
  const groups = Array.isArray(ext["conditional"]) ? ext["conditional"] : [];
  const fold = (name: string) => name.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  const out: string[][] = [];
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    const members = group.map((n) =>
      parameters.find((p) => typeof n === "string" && fold(p["name"] as string) === fold(n)),
    );
    if (members.length >= 2 && members.every((p) => p && p["required"] !== true))
      out.push(members.map((p) => p!["name"] as string));
  }
  return out;
}

function subjectType(p: Record<string, unknown>): PhraseSubject["type"] {
  const t = p["type"];
  return t === "string" ||
    t === "integer" ||
    t === "number" ||
    t === "boolean" ||
    t === "array" ||
    t === "object"
    ? t
    : "other";
}

// Query and header parameters, then the body's properties (form or JSON), in document order.
function operationParameters(
  op: DocOperation,
  ctx: Context,
): { parameters: MutableParameter[]; body: "form" | "json" } {
  const out: MutableParameter[] = [];
  for (const p of paramsOf(op, ctx.root)) {
    if ((p["in"] !== "query" && p["in"] !== "header") || typeof p["name"] !== "string") continue;
    const expr = typeOf(p["schema"], ctx.models, "parameter");
    const odd = /[<>]$/.exec(p["name"]);
    out.push({
      name: p["name"],
      in: p["in"],
      ...(odd
        ? { property: `${camelCase(p["name"].slice(0, -1))}${odd[0] === "<" ? "Before" : "After"}` }
        : {}),
      ...scalarOnly(expr, p["in"] === "header"),
      ...declaredDefault(deref(ctx.root, p["schema"]), expr),
      ...(p["required"] === true ? { required: true } : {}),
      ...(p["deprecated"] === true ? { deprecated: true } : {}),
      description: text(p["description"]),
    });
  }
  const content = isObject(op.operation["requestBody"])
    ? (deref(ctx.root, op.operation["requestBody"]) as JsonObject)["content"]
    : undefined;
  let body: "form" | "json" = "form";
  if (isObject(content)) {
    const media =
      Object.keys(content).find((m) => m.includes("form")) ??
      Object.keys(content).find((m) => m.includes("json"));
    body = media && !media.includes("form") ? "json" : "form";
    const schema =
      media && isObject(content[media])
        ? deref(ctx.root, (content[media] as JsonObject)["schema"])
        : undefined;
    const properties = isObject(schema) && isObject(schema["properties"]) ? schema["properties"] : {};
    const required = new Set(isObject(schema) && Array.isArray(schema["required"]) ? schema["required"] : []);
    for (const [name, property] of Object.entries(properties)) {
      if (!/^[A-Za-z_][A-Za-z0-9_.<>-]*$/.test(name) || (body === "json" && name.includes("."))) continue;
      const expr = typeOf(property, ctx.models, "parameter");
      const target = deref(ctx.root, property);
      out.push({
        name,
        in: "body",
        ...expr,
        ...declaredDefault(target, expr),
        ...(required.has(name) ? { required: true } : {}),
        ...(isObject(target) && target["deprecated"] === true ? { deprecated: true } : {}),
        description:
          text(isObject(property) ? property["description"] : undefined) ||
          text(isObject(target) ? target["description"] : undefined),
      });
    }
  }
  return { parameters: out, body };
}

/** The schema's own `default`, when it is a value the parameter's type accepts. */
function declaredDefault(schema: unknown, expr: RawTypeExpr): { default?: string | number | boolean } {
  if (!isObject(schema)) return {};
  const value = schema["default"];
  const fits =
    (typeof value === "string" && expr.type === "string" && (!expr.enum || expr.enum.includes(value))) ||
    (typeof value === "number" &&
      (expr.type === "number" || (expr.type === "integer" && Number.isInteger(value)))) ||
    (typeof value === "boolean" && expr.type === "boolean");
  return fits ? { default: value as string | number | boolean } : {};
}

// A header carries one value: structured types travel as JSON text.
function scalarOnly(expr: RawTypeExpr, header: boolean): RawTypeExpr {
  return header && (expr.type === "array" || expr.type === "object" || expr.type === "map" || expr.model)
    ? { type: "json" }
    : expr;
}

/** `GetOrder` -> `Get order.` */
function sentenceOf(id: string): string {
  const words = splitWords(id).map((w) => w.toLowerCase());
  return words.length ? `${words[0]![0]!.toUpperCase()}${words.join(" ").slice(1)}.` : "";
}
