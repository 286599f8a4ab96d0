/**
 * What an operation's success answers are in TypeScript: the result type of one body (`Pet`,
 * `Pet | null`, `string`, `Download`, `void`) and, where statuses answer different bodies, the
 * union of `{ status, body }` told apart by status. The client and the docs print the same text.
 */
import { unreachable } from "../../ir/walk.ts";
import type { Uses } from "./builder.ts";
import type { TsAnswer, TsBody, TsOperation } from "./model.ts";
import { typeText } from "./ts-types.ts";

/** The TypeScript type of one body; `none` is `void` alone, `null` as a member of a union. */
export function bodyTypeText(body: TsBody, uses: Uses, alone: boolean): string {
  switch (body.kind) {
    case "none":
      return alone ? "void" : "null";
    case "json": {
      const type = body.model !== null ? uses.use(body.model) : typeText(body.type!, uses);
      return body.nullable ? `${type} | null` : type;
    }
    case "text":
      return "string";
    case "binary":
      return uses.use("Download");
    default:
      return unreachable(body);
  }
}

/** Whether the operation returns `{ status, body }`: its statuses answer different bodies. */
export function answersByStatus(op: TsOperation): boolean {
  return op.answers.length > 1;
}

/** The status type of an answer: `200`, or `200 | 201` for statuses answering one body. */
export function statusTypeText(answer: TsAnswer): string {
  return answer.statuses.join(" | ");
}

/** The result type of an operation that is not a list, a redirect or a HEAD. */
export function resultTypeText(op: TsOperation, uses: Uses): string {
  if (!answersByStatus(op)) return bodyTypeText(op.answers[0]!.body, uses, true);
  return op.answers
    .map(
      (a) => `{ readonly status: ${statusTypeText(a)}; readonly body: ${bodyTypeText(a.body, uses, false)} }`,
    )
    .join(" | ");
}

/**
 * The sentence for the TSDoc and the docs saying what each status answers (none for one plain JSON
 * body); `text` escapes prose for the output, `code` writes code (`status`).
 */
export function answerSentences(
  op: TsOperation,
  text: (prose: string) => string,
  code: (name: string) => string,
): string[] {
  const what = (body: TsBody): string => {
    switch (body.kind) {
      case "none":
        return "no body";
      case "json":
        return `${body.model ?? "JSON"}${body.nullable ? " (or JSON null)" : ""}`;
      case "text":
        return `text (${body.mediaType}), as a string`;
      case "binary":
        return `a binary body (${body.mediaType}), as a Download to stream or read whole`;
      default:
        return unreachable(body);
    }
  };
  if (!answersByStatus(op)) {
    const body = op.answers[0]!.body;
    return body.kind === "text" || body.kind === "binary" || (body.kind === "json" && body.nullable)
      ? [text(`Answers ${what(body)}.`)]
      : [];
  }
  const each = op.answers.map((a) => `HTTP ${a.statuses.join(" or ")} with ${what(a.body)}`).join("; ");
  return [
    `${text(`Answers ${each}: the result's`)} ${code("status")} ${text("says which, and")} ${code("body")} ${text("is typed by it.")}`,
  ];
}
