/**
 * Client emitter, success answers: what the transport must find in each 2xx body (`expect`), the
 * `Accept` header, and the expression turning the answer into the function's result: one body
 * decoded (a model, a JSON type, JSON null where nullable, text, a download), or, where statuses
 * answer different bodies, `{ status, body }` with each status's body decoded by its own decoder.
 */
import { unreachable } from "../../ir/walk.ts";
import type { Uses } from "../ts/builder.ts";
import { literal } from "../ts/escape.ts";
import { answersByStatus, statusTypeText } from "../ts/answers.ts";
import type { TsBody, TsOperation } from "../ts/model.ts";
import { decoderName } from "../ts/names.ts";
import { bodyDecodeExpression } from "./response-body.ts";

const JSON_MEDIA_TYPE = "application/json";

/** What the transport checks a body for before the decoder runs (`BodyExpect` in the runtime). */
function expectOf(body: TsBody): "object" | "json" | "text" | "binary" | "any" {
  switch (body.kind) {
    case "none":
      return "any";
    case "json":
      // A model's body is a JSON object; null (where nullable) and other types are checked by the decoder.
      return body.model !== null && !body.nullable ? "object" : "json";
    case "text":
    case "binary":
      return body.kind;
    default:
      return unreachable(body);
  }
}

/**
 * The `expect` field of the operation's request (one expectation, or one per declared status), and
 * `download` where an answer is binary: only those operations bring `createDownload` into a bundle.
 */
export function expectFields(op: TsOperation, uses: Uses): string[] {
  const download = op.answers.some((a) => a.body.kind === "binary")
    ? [`download: ${uses.use("createDownload")}`]
    : [];
  if (!answersByStatus(op)) {
    const expect = expectOf(op.answers[0]!.body);
    return expect === "any" ? [] : [`expect: ${literal(expect)}`, ...download];
  }
  const entries = op.answers.flatMap((a) => a.statuses.map((s) => `${s}: ${literal(expectOf(a.body))}`));
  return [`expect: { ${entries.join(", ")} }`, ...download];
}

/**
 * The `Accept` header where it is not plain JSON: the answers' media types, with JSON last for the
 * API's error bodies (`text/csv, application/json`); null when every answer is JSON or none.
 */
export function acceptOf(op: TsOperation): string | null {
  const types = op.answers.map((a) =>
    a.body.kind === "text" || a.body.kind === "binary" ? a.body.mediaType : JSON_MEDIA_TYPE,
  );
  if (types.every((t) => t === JSON_MEDIA_TYPE)) return null;
  return [...new Set([...types, JSON_MEDIA_TYPE])].join(", ");
}

/** The expression of the function's result from `response` (the transport's answer). */
export function answerValue(op: TsOperation, url: string, uses: Uses): string {
  if (!answersByStatus(op)) return bodyValue(op.answers[0]!.body, op, url, uses, "undefined");
  // The transport refuses a 2xx the operation does not declare, so the last answer needs no test.
  const last = op.answers.length - 1;
  return op.answers
    .map((a, i) => {
      const status =
        a.statuses.length === 1 ? `${a.statuses[0]} as const` : `response.status as ${statusTypeText(a)}`;
      const value = `{ status: ${status}, body: ${bodyValue(a.body, op, url, uses, "null")} }`;
      if (i === last) return value;
      const test = a.statuses.map((s) => `response.status === ${s}`).join(" || ");
      return `${test} ? ${value} : `;
    })
    .join("");
}

/** The expression of one body's value; `empty` stands for no body (`undefined` alone, `null` in a union). */
function bodyValue(body: TsBody, op: TsOperation, url: string, uses: Uses, empty: string): string {
  const decoded = (what: string) =>
    `${uses.use("decoded")}(response, ${literal(op.method)}, ${url}, () => ${what})`;
  switch (body.kind) {
    case "none":
      return empty;
    case "json": {
      const value = body.model
        ? decoded(
            `${uses.use(decoderName(body.model))}(${body.nullable ? `${uses.use("shaped")}(response.data, "object", "body")` : "response.data"} as ${uses.use("Wire")}[${literal(body.model)}])`,
          )
        : decoded(bodyDecodeExpression(body.type!, "response.data", literal("body"), uses));
      return body.nullable ? `(response.data === null ? null : ${value})` : value;
    }
    case "text":
      return "response.data as string";
    case "binary":
      return `response.data as ${uses.use("Download")}`;
    default:
      return unreachable(body);
  }
}
