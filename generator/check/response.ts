/**
 * Check stage, responses: an operation's success body is a model (`response: Pet`), a JSON type
 * expression for any other JSON body (an array, a scalar, a map; `nullable` where JSON `null` may
 * come instead), content that is not JSON (`{ content: text | binary, mediaType }`), or, where
 * statuses answer different bodies, one of these per status (`responses: { 200: Pet, 204: none }`).
 */
import type { NodePath } from "../load/load.ts";
import type {
  RawContentBody,
  RawJsonBody,
  RawOperation,
  RawResponseBody,
  RawTypeExpr,
} from "../load/spec-types.ts";
import { sameJson } from "../resolve/catalog.ts";
import { checkTypeExpr, type TypeContext } from "./types.ts";

/** The model an operation's response names (`response: Pet` or `response: { model: Pet }`), if it names one. */
export function responseModelOf(op: RawOperation): string | undefined {
  const response = op.response;
  if (response === undefined || typeof response === "string") return response;
  return isContent(response) || response.type !== undefined ? undefined : response.model;
}

/** The type expression of a response that is not one model (an array, a scalar, a map), if it has one. */
export function responseTypeOf(op: RawOperation): RawTypeExpr | undefined {
  const response = op.response;
  if (response === undefined || typeof response === "string" || isContent(response)) return undefined;
  return response.type === undefined ? undefined : response;
}

/** The operation's success statuses, the usual one first (`successStatus` is one or a list). */
export function successStatusesOf(op: RawOperation): number[] {
  return typeof op.successStatus === "number" ? [op.successStatus] : [...op.successStatus];
}

/** Whether the API answers the operation with a redirect by design (its statuses are 3xx). */
export function isRedirect(op: RawOperation): boolean {
  return successStatusesOf(op).some((s) => s >= 300);
}

/** Whether a body is content that is not JSON (`{ content: text | binary }`). */
export function isContent(body: RawResponseBody): body is RawContentBody {
  return typeof body === "object" && "content" in body;
}

/** A raw answer: the statuses answering one body (`none`: no body), with the body's place in the spec. */
export interface RawAnswer {
  readonly statuses: readonly number[];
  readonly body: RawResponseBody | "none";
  readonly path: NodePath;
}

/**
 * The operation's success answers, statuses grouped by identical bodies in `successStatus` order:
 * one answer for `response` (or none), one per distinct body of `responses`. A status `responses`
 * does not give answers no body (the check stage reports it).
 */
export function answersOf(op: RawOperation, path: NodePath): RawAnswer[] {
  const statuses = successStatusesOf(op);
  const per = op.responses;
  if (per === undefined)
    return [{ statuses: [...statuses], body: op.response ?? "none", path: [...path, "response"] }];
  const out: { statuses: number[]; body: RawResponseBody | "none"; path: NodePath }[] = [];
  for (const status of statuses) {
    const body = per[String(status)] ?? "none";
    const same = out.find((a) => sameJson(a.body, body));
    if (same) same.statuses.push(status);
    else out.push({ statuses: [status], body, path: [...path, "responses", String(status)] });
  }
  return out;
}

/**
 * Checks an operation's success bodies: each JSON type expression's constraints and references as
 * any type's, with no object shape of its own (a response object is a model, named); `responses`
 * against `successStatus`; and that each body fits its operation (a list's response is its items'
 * model; a redirect's a model or nothing; a HEAD answer none).
 */
export function checkResponses(op: RawOperation, path: NodePath, ctx: TypeContext, redirect: boolean): void {
  if (op.responses !== undefined) checkPerStatus(op, path, ctx, redirect);
  if (op.response === undefined) return;
  const at = [...path, "response"];
  checkBody(op.response, at, ctx);
  // A list's items and a redirect's body are one model: not a type expression, nullable or content.
  const typed = !isContent(op.response) && responseTypeOf(op) !== undefined;
  if (!typed && !isContent(op.response) && !nullable(op.response)) return;
  const where = typed ? [...at, "type"] : at;
  if (op.kind === "list")
    ctx.report(where, "list-response-type", "a list operation's response is the model of one item", {
      hint: "write 'response: <Model>' with the items' model, or make the operation an action",
    });
  else if (redirect)
    ctx.report(where, "redirect-response-type", "a redirect's body is a model or nothing", {
      hint: "write 'response: <Model>', or leave 'response' out",
    });
}

// `responses`: not beside `response`, not on a list, a redirect or a HEAD, the statuses of `successStatus`.
function checkPerStatus(op: RawOperation, path: NodePath, ctx: TypeContext, redirect: boolean): void {
  const at = [...path, "responses"];
  const per = op.responses!;
  if (op.response !== undefined)
    ctx.report(at, "response-and-responses", "'response' and 'responses' both give the success body", {
      at: "key",
      hint: "keep 'responses' where statuses answer different bodies, else 'response' alone",
    });
  if (op.kind === "list" || redirect || op.method === "HEAD")
    ctx.report(
      at,
      "responses-not-allowed",
      op.kind === "list"
        ? "a list answers pages of its items' model, one body for every status"
        : op.method === "HEAD"
          ? "a HEAD answer has no body"
          : "a redirect's body is a model or nothing, one for every status",
      { at: "key", hint: "write 'response' instead (or nothing)" },
    );
  const statuses = successStatusesOf(op).map(String);
  for (const [status, body] of Object.entries(per)) {
    if (!statuses.includes(status))
      ctx.report([...at, status], "responses-status-mismatch", `${status} is not one of 'successStatus'`, {
        at: "key",
        hint: `'responses' gives a body to each success status: ${statuses.join(", ")}`,
      });
    if (body !== "none") checkBody(body, [...at, status], ctx);
  }
  const missing = statuses.filter((s) => !Object.hasOwn(per, s));
  if (missing.length)
    ctx.report(at, "responses-status-mismatch", `'responses' gives no body for ${missing.join(", ")}`, {
      at: "key",
      hint: `give each success status its body, or 'none': ${missing.map((s) => `${s}: none`).join(", ")}`,
    });
}

// One body: a model name (its existence is checked with the operation), a JSON type, or content.
function checkBody(body: RawResponseBody, at: NodePath, ctx: TypeContext): void {
  if (typeof body === "string") {
    if (!ctx.hasModel(body))
      ctx.report(at, "unknown-model", `no model named '${body}'`, {
        hint: `defined models: ${ctx.modelNames()}`,
      });
    return;
  }
  if (isContent(body)) return;
  checkTypeExpr(body, at, ctx, null);
  objectsIn(body, at, ctx);
}

function nullable(body: RawResponseBody): boolean {
  return typeof body === "object" && !isContent(body) && (body as RawJsonBody).nullable === true;
}

// An object type inside a response would declare a shape no model names: it must be a model.
function objectsIn(expr: RawTypeExpr, path: NodePath, ctx: TypeContext): void {
  if (expr.type === "object")
    ctx.report([...path, "type"], "object-response-type", "an object in a response must be a named model", {
      hint: "declare the object as a model and write { model: <Name> } here",
    });
  if (expr.type === "array" && expr.items) objectsIn(expr.items, [...path, "items"], ctx);
  if (expr.type === "map" && expr.values) objectsIn(expr.values, [...path, "values"], ctx);
  if (expr.type === "union") expr.oneOf?.forEach((b, i) => objectsIn(b, [...path, "oneOf", i], ctx));
}
