/**
 * What the capture server answers each operation (the least the API would: an empty page whose link
 * leads to one more, `{}` for a model, a Location for a redirect), and how two requests compare.
 * The normalizations below are the allowed differences of `sample.yaml`, each with its reason there.
 */
import type { TsOperation } from "../../../generator/targets/ts/model.ts";
import type { Answer, Exchange } from "./capture-server.ts";

/** The query value that marks a request for the second (and last) page. */
const NEXT = "CaptureNext";

/** The answer to a request of `op`. */
export function answerFor(op: TsOperation, request: Exchange, origin: string): Answer {
  const status = op.successStatuses[0]!;
  if (op.redirect) return { status, body: {}, headers: { Location: `${origin}/signed-in` } };
  if (op.kind !== "list") return { status, body: status === 204 ? null : {} };
  const listKey = op.listKey!;
  const p = op.paging;
  if (!p) return { status, body: { [listKey]: [] } };
  // Twilio's documents page by next-page links only.
  if (p.style !== "nextUrl")
    throw new Error(`${op.id} pages by ${p.style}, which Twilio's documents never do`);
  const last = request.query.includes(NEXT);
  const link = (page: number) => {
    const query = [
      p.pageSizeParameter ? `${p.pageSizeParameter}=2` : null,
      p.pageParameter ? `${p.pageParameter}=${page}` : null,
      page > 0 && p.pageTokenParameter ? `${p.pageTokenParameter}=${NEXT}` : null,
      page > 0 && !p.pageTokenParameter ? `Token=${NEXT}` : null,
    ].filter((x) => x !== null);
    return `${p.pageUrls === "path" ? "" : origin}${request.path}?${query.join("&")}`;
  };
  const page = last ? 1 : 0;
  const byRole: Record<string, unknown> = {
    page,
    pageSize: 2,
    firstPageUrl: link(0),
    previousPageUrl: last ? link(0) : null,
    url: link(page),
    key: listKey,
    start: page * 2,
    end: page * 2 + 1,
  };
  const meta: Record<string, unknown> = {};
  for (const [role, field] of Object.entries(p.metaFields)) meta[field] = byRole[role] ?? null;
  meta[p.nextUrlField] = last ? null : link(1);
  return {
    status,
    body: p.metaKey === null ? { [listKey]: [], ...meta } : { [listKey]: [], [p.metaKey]: meta },
  };
}

/** The differences between twilio-node's request and ours, after the allowed normalizations. */
export function compareExchange(op: TsOperation, theirs: Exchange, ours: Exchange): string[] {
  const out: string[] = [];
  const differ = (what: string, a: unknown, b: unknown) => {
    const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
    if (x !== y) out.push(`${what}: twilio-node ${x}, ours ${y}`);
  };
  differ("method", theirs.method.toUpperCase(), ours.method.toUpperCase());
  differ("path", decodedPath(theirs.path), decodedPath(ours.path));
  differ("query", pairs(theirs.query), pairs(ours.query));
  differ("credentials", theirs.headers["authorization"], ours.headers["authorization"]);
  for (const p of op.parameters.filter((x) => x.location === "header"))
    differ(
      `header ${p.wireName}`,
      theirs.headers[p.wireName.toLowerCase()],
      ours.headers[p.wireName.toLowerCase()],
    );
  const hasBody = theirs.body !== "" || ours.body !== "";
  if (hasBody) {
    differ("content type", mediaType(theirs), mediaType(ours));
    differ("body", body(theirs), body(ours));
  }
  return out;
}

// Normalization "path-encoding": each segment percent-decoded.
function decodedPath(path: string): string {
  return path
    .split("/")
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    })
    .join("/");
}

// Normalization "parameter-order" and "date-milliseconds": the pairs sorted, dates without `.000`.
function pairs(text: string): [string, string][] {
  return [...new URLSearchParams(text)]
    .map(([k, v]): [string, string] => [k, withoutZeroMilliseconds(v)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
}

function withoutZeroMilliseconds(value: string): string {
  return value.replace(/^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.000Z$/, "$1Z");
}

function mediaType(e: Exchange): string {
  return (e.headers["content-type"] ?? "").split(";")[0]!.trim();
}

// A form body as its sorted pairs; a JSON body as its value, keys sorted, dates without `.000`.
function body(e: Exchange): unknown {
  if (mediaType(e) === "application/x-www-form-urlencoded") return pairs(e.body);
  try {
    return sortedJson(JSON.parse(e.body));
  } catch {
    return e.body;
  }
}

function sortedJson(value: unknown): unknown {
  if (typeof value === "string") return withoutZeroMilliseconds(value);
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedJson((value as Record<string, unknown>)[k])]),
  );
}
