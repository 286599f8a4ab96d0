/**
 * Check stage, responses: an operation's success body is a model (`response: Pet`) or a type
 * expression for any other body: an array of models or scalars, a scalar, or a map.
 */
import type { NodePath } from "../load/load.ts";
import type { RawOperation, RawTypeExpr } from "../load/spec-types.ts";
import { checkTypeExpr, type TypeContext } from "./types.ts";

/** The model an operation's response names (`response: Pet` or `response: { model: Pet }`), if it names one. */
export function responseModelOf(op: RawOperation): string | undefined {
  const response = op.response;
  if (response === undefined || typeof response === "string") return response;
  return response.type === undefined ? response.model : undefined;
}

/** The type expression of a response that is not one model (an array, a scalar, a map), if it has one. */
export function responseTypeOf(op: RawOperation): RawTypeExpr | undefined {
  const response = op.response;
  if (response === undefined || typeof response === "string" || response.type === undefined) return undefined;
  return response;
}

/**
 * Checks a response given as a type expression: its constraints and references as any type's, and
 * that it declares no object shape of its own (a response object is a model, named) and fits its
 * operation (a list's response is its items' model; a redirect's body is a model or nothing).
 */
export function checkResponseType(
  op: RawOperation,
  path: NodePath,
  ctx: TypeContext,
  redirect: boolean,
): void {
  const expr = responseTypeOf(op);
  if (expr === undefined) return;
  const at = [...path, "response"];
  checkTypeExpr(expr, at, ctx, null);
  if (op.kind === "list")
    ctx.report(
      [...at, "type"],
      "list-response-type",
      "a list operation's response is the model of one item",
      {
        hint: "write 'response: <Model>' with the items' model, or make the operation an action",
      },
    );
  else if (redirect)
    ctx.report([...at, "type"], "redirect-response-type", "a redirect's body is a model or nothing", {
      hint: "write 'response: <Model>', or leave 'response' out",
    });
  objectsIn(expr, at, ctx);
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
