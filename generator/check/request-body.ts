/** Check stage, request bodies taken whole: `requestBody`'s content, type and place among the operation's keys. */
import type { NodePath } from "../load/load.ts";
import type { RawOperation, RawRequestBody, RawTypeExpr } from "../load/spec-types.ts";
import { checkTypeExpr, nestedBinary, type TypeContext } from "./types.ts";

// The keys of a type expression: they describe a JSON body's value, not text or bytes.
const TYPE_KEYS = [
  "type",
  "model",
  "enum",
  "format",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "items",
  "values",
  "oneOf",
  "discriminator",
  "fields",
  "variantsBy",
  "variants",
] as const satisfies readonly (keyof RawTypeExpr)[];

/**
 * A whole request body: no body parameters beside it, a method that sends a body, a type (and no
 * model, which describes answers) for JSON content, and none for text or binary content.
 */
export function checkRequestBody(
  op: RawOperation,
  body: RawRequestBody,
  path: NodePath,
  ctx: TypeContext,
): void {
  const { report } = ctx;
  if (op.method === "GET" || op.method === "HEAD" || op.method === "OPTIONS")
    report(path, "body-on-get", `${op.method === "OPTIONS" ? "an" : "a"} ${op.method} request has no body`, {
      at: "key",
      hint: "remove the requestBody, or use another method",
    });
  const bodyParameter = (op.parameters ?? []).findIndex((p) => p.in === "body");
  if (bodyParameter >= 0 || op.body !== undefined || op.additionalBodyProperties !== undefined)
    report(
      path,
      "request-body-and-parameters",
      "a requestBody is the whole body, so the operation has no body parameters, body or additionalBodyProperties beside it",
      {
        at: "key",
        hint: "describe the body either by parameters (in: body) or as one requestBody",
      },
    );
  if (body.content !== "json") {
    for (const key of TYPE_KEYS)
      if (body[key] !== undefined)
        report(
          [...path, key],
          "constraint-type-mismatch",
          `'${key}' describes a JSON body, not ${body.content} content`,
          {
            at: "key",
            hint: body.content === "text" ? "a text body is a string" : "a binary body is bytes",
          },
        );
    return;
  }
  if (body.model !== undefined) {
    report([...path, "model"], "model-in-parameter", "a request body cannot refer to a response model", {
      hint: "describe the object inline with type object and fields",
    });
    return;
  }
  if (body.type === undefined) {
    report(path, "missing-type", "a JSON requestBody needs 'type', the type of its value", {
      hint: "type json takes any JSON value",
    });
    return;
  }
  checkTypeExpr(body, path, ctx, null, "request");
  nestedBinary(body, path, report, false);
}
