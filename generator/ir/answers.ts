/** IR, success answers: each group of success statuses with the body it answers (`IrAnswer`). */
import type { RawOperation, RawResponseBody } from "../load/spec-types.ts";
import type { NodePath } from "../load/load.ts";
import { answersOf, isContent } from "../check/response.ts";
import { buildType, type Origin } from "./type-build.ts";
import type { IrAnswer, IrBody } from "./types.ts";

/** The media type a text or binary body has when the spec names none. */
export const DEFAULT_MEDIA_TYPES = { text: "text/plain", binary: "application/octet-stream" } as const;

/** An operation's answers, statuses grouped by body in `successStatus` order; `base` names inline types. */
export function buildAnswers(op: RawOperation, base: string, path: NodePath, origin: Origin): IrAnswer[] {
  return answersOf(op, path).map((answer, i) => ({
    statuses: answer.statuses,
    body: buildBody(
      answer.body,
      i === 0 ? `${base}Response` : `${base}Response${answer.statuses[0]}`,
      answer.path,
      origin,
    ),
  }));
}

function buildBody(body: RawResponseBody | "none", name: string, path: NodePath, origin: Origin): IrBody {
  if (body === "none") return { kind: "none" };
  if (typeof body === "string") return { kind: "json", model: body, type: null, nullable: false };
  if (isContent(body))
    return { kind: body.content, mediaType: body.mediaType ?? DEFAULT_MEDIA_TYPES[body.content] };
  const nullable = body.nullable ?? false;
  if (body.type === undefined) return { kind: "json", model: body.model!, type: null, nullable };
  return { kind: "json", model: null, type: buildType(body, name, path, origin, "response"), nullable };
}
