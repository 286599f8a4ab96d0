/**
 * Every official 2xx JSON response example of Twilio's documents, answered to the generated
 * client's own operation function (through a `fetch` given to `createClient` that answers with the
 * example's bytes and status) and checked against what the function returns: for a list, each item
 * and the page metadata as the list function decodes them; otherwise the decoded body. Every wire
 * field must come out under its client name with its value (date-times as `Date`s).
 *
 * The examples are counted from the documents alone (every 2xx response's
 * `content.application/json` `examples.*.value`, following `$ref`s to `components/examples`, and
 * `example`), not from what the importer kept.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import type { TsField, TsIr, TsOperation, TsType } from "../../generator/targets/ts/model.ts";
import { ROOT } from "../helpers/paths.ts";
import { argumentsFor, clientParams } from "./twilio-node/values.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** One official example of a 2xx JSON response. */
export interface OfficialExample {
  readonly document: string;
  readonly operationId: string;
  readonly status: number;
  /** The example's key under `examples`, or `example` for the media type's single example. */
  readonly title: string;
  readonly value: unknown;
}

/** One example's outcome: the problems found (none: it decoded, every field in place). */
export interface ExampleOutcome extends Omit<OfficialExample, "value"> {
  readonly problems: readonly string[];
}

type Json = Record<string, unknown>;

export const KNOWN_ERRORS_FILE = join(ROOT, "test/scale/official-examples.yaml");

/** An example's key in the failures: `document operation status example`. */
export const exampleKey = (e: Omit<OfficialExample, "value">) =>
  `${e.document} ${e.operationId} ${e.status} ${e.title}`;

/**
 * `official-examples.yaml`: the examples that contradict their own document, by key, with the
 * problems each is expected to have (`{at}` filled in) and the reason.
 */
export function knownDocumentErrors(): Map<string, { problems: string[]; reason: string }> {
  const file = parse(readFileSync(KNOWN_ERRORS_FILE, "utf8")) as {
    documentErrors: {
      document: string;
      examples: { operation: string; status: number; example: string; at: string }[];
      problems: string[];
      reason: string;
    }[];
  };
  const out = new Map<string, { problems: string[]; reason: string }>();
  for (const group of file.documentErrors)
    for (const e of group.examples)
      out.set(
        exampleKey({
          document: group.document,
          operationId: e.operation,
          status: e.status,
          title: e.example,
        }),
        {
          problems: group.problems.map((p) => p.replaceAll("{at}", e.at)),
          reason: group.reason,
        },
      );
  return out;
}

/** Every 2xx JSON response example of a document, read from the document alone. */
export function officialExamples(documentsDir: string, document: string): OfficialExample[] {
  const doc = parse(readFileSync(join(documentsDir, `${document}.yaml`), "utf8"), {
    maxAliasCount: -1,
  }) as Json & { paths?: Record<string, Record<string, Json>> };
  const at = (node: Json): Json => resolved(doc, node);
  const out: OfficialExample[] = [];
  for (const item of Object.values(doc.paths ?? {}))
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const [status, response] of Object.entries((op["responses"] ?? {}) as Record<string, Json>)) {
        if (!/^2\d\d$/.test(status)) continue;
        const content = at(response)["content"] as Record<string, Json> | undefined;
        if (!content?.["application/json"]) continue;
        const media = at(content["application/json"]);
        const base = { document, operationId: String(op["operationId"]), status: Number(status) };
        for (const [title, example] of Object.entries((media["examples"] ?? {}) as Record<string, Json>))
          out.push({ ...base, title, value: at(example)["value"] });
        if ("example" in media) out.push({ ...base, title: "example", value: media["example"] });
      }
    }
  return out;
}

/** A node, or what its local `$ref` (`#/components/examples/...`) points at. */
function resolved(doc: Json, node: Json): Json {
  const ref = node["$ref"];
  if (typeof ref !== "string") return node;
  if (!ref.startsWith("#/")) throw new Error(`a $ref outside the document: ${ref}`);
  const target = ref
    .slice(2)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((n, key) => (n as Json | undefined)?.[key], doc);
  if (typeof target !== "object" || target === null) throw new Error(`a $ref to nothing: ${ref}`);
  return resolved(doc, target as Json);
}

type Api = Record<string, (...args: unknown[]) => unknown>;

/**
 * Answers each example to its operation's function in the package `packageDir` (built from `ir`)
 * and checks what comes back.
 */
export async function decodeExamples(
  ir: TsIr,
  packageDir: string,
  examples: readonly OfficialExample[],
): Promise<ExampleOutcome[]> {
  const api = (await import(pathToFileURL(join(packageDir, "dist/index.js")).href)) as Api;
  const operations = new Map(
    ir.services.flatMap((s) => s.resources.flatMap((r) => r.operations)).map((op) => [op.id, op]),
  );
  const models = modelFields(ir);
  let answer: { status: number; body: string } = { status: 200, body: "{}" };
  const client = api["createClient"]!({
    accountSid: "AC0123456789abcdef0123456789abcdef",
    authToken: "token",
    accessToken: "access-token",
    username: "user",
    password: "password",
    baseUrl: "http://127.0.0.1:9",
    fetch: async () =>
      new Response(answer.body, {
        status: answer.status,
        headers: { "Content-Type": "application/json" },
      }),
  });
  const out: ExampleOutcome[] = [];
  for (const example of examples) {
    const { value, ...named } = example;
    const op = operations.get(example.operationId);
    if (!op) {
      out.push({ ...named, problems: ["the generated package has no such operation"] });
      continue;
    }
    const validate = api[`validate${op.functionName.charAt(0).toUpperCase()}${op.functionName.slice(1)}`]!;
    const args = argumentsFor(op, (path, params) => validate(...path, params) as { path: string }[]);
    if (!args) {
      out.push({ ...named, problems: ["no arguments the validator accepts"] });
      continue;
    }
    answer = { status: example.status, body: JSON.stringify(value) };
    const params = op.paramsTypeName ? [clientParams(args.params)] : [];
    let result: unknown;
    try {
      result = await api[op.functionName]!(client, ...args.path, ...params, { maxRetries: 0 });
    } catch (error) {
      out.push({ ...named, problems: [`threw ${(error as Error).name}: ${(error as Error).message}`] });
      continue;
    }
    out.push({ ...named, problems: checkResult(op, models, result, value) });
  }
  return out;
}

/** Each model's fields (its parent's first), by model name. */
function modelFields(ir: TsIr): Map<string, readonly TsField[]> {
  const declared = new Map(
    ir.services
      .flatMap((s) => [...s.models, ...s.resources.flatMap((r) => r.models)])
      .map((m) => [m.name, m]),
  );
  const fields = (name: string): readonly TsField[] => {
    const model = declared.get(name);
    if (!model) throw new Error(`no model ${name}`);
    return [...(model.extends ? fields(model.extends) : []), ...model.fields];
  };
  return new Map([...declared.keys()].map((name) => [name, fields(name)]));
}

type Models = ReadonlyMap<string, readonly TsField[]>;

function checkResult(op: TsOperation, models: Models, result: unknown, wire: unknown): string[] {
  const problems: string[] = [];
  if (op.kind === "list" && op.listKey !== null && op.responseModel !== null) {
    const page = result as { items: unknown; meta: unknown };
    const body = wire as Json;
    const items = body[op.listKey] as unknown[];
    if (!Array.isArray(page.items) || page.items.length !== items.length)
      return [
        `${op.listKey}: ${items.length} items, the page has ${String((page.items as unknown[])?.length)}`,
      ];
    items.forEach((item, i) =>
      compare(
        page.items as unknown[],
        i,
        item,
        { kind: "ref", model: op.responseModel! },
        models,
        `${op.listKey}[${i}]`,
        problems,
      ),
    );
    const paging = op.paging;
    if (paging && "metaModel" in paging) {
      const meta = paging.metaKey === null ? omit(body, op.listKey) : body[paging.metaKey];
      compare(
        { meta: page.meta },
        "meta",
        meta,
        { kind: "ref", model: paging.metaModel },
        models,
        paging.metaKey ?? "(page)",
        problems,
      );
    }
    return problems;
  }
  const type: TsType | null = op.responseModel ? { kind: "ref", model: op.responseModel } : op.responseType;
  if (type === null) return result === undefined ? [] : ["a body where none was expected"];
  compare({ body: result }, "body", wire, type, models, "body", problems);
  return problems;
}

function omit(record: Json, key: string): Json {
  const { [key]: _, ...rest } = record;
  return rest;
}

/** Compares `holder[key]` (what the client returned) with the wire value of `type`. */
function compare(
  holder: unknown,
  key: string | number,
  wire: unknown,
  type: TsType,
  models: Models,
  at: string,
  problems: string[],
): void {
  const got = (holder as Record<string | number, unknown>)[key];
  if (wire === null) {
    if (got !== null) problems.push(`${at}: null came out as ${show(got)}`);
    return;
  }
  switch (type.kind) {
    case "ref":
      return compareFields(got, wire, models.get(type.model)!, models, at, problems);
    case "object":
      return compareFields(got, wire, type.fields, models, at, problems);
    case "variants": {
      // The shape of the case whose fields hold every wire key.
      const keys = Object.keys(wire as Json);
      const fit = type.cases.find((c) => keys.every((k) => c.fields.some((f) => f.wireName === k)));
      if (!fit) return void problems.push(`${at}: no case of ${type.by} has the fields ${keys.join(", ")}`);
      return compareFields(got, wire, fit.fields, models, at, problems);
    }
    case "union": {
      // The value came out as one branch: the first whose comparison finds nothing wrong.
      const tries = type.branches.map((b) => {
        const found: string[] = [];
        compare(holder, key, wire, b.type, models, at, found);
        return found;
      });
      if (!tries.some((found) => found.length === 0)) problems.push(...tries[0]!);
      return;
    }
    case "array":
      if (!Array.isArray(got) || !Array.isArray(wire) || got.length !== wire.length)
        return void problems.push(`${at}: ${show(wire)} came out as ${show(got)}`);
      wire.forEach((item, i) => compare(got, i, item, type.items, models, `${at}[${i}]`, problems));
      return;
    case "map":
      if (typeof got !== "object" || got === null)
        return void problems.push(`${at}: ${show(wire)} came out as ${show(got)}`);
      for (const [k, v] of Object.entries(wire as Json))
        compare(got, k, v, type.values, models, `${at}.${k}`, problems);
      return;
    case "date-time":
      if (!(got instanceof Date) || got.getTime() !== Date.parse(String(wire)))
        problems.push(`${at}: ${show(wire)} came out as ${show(got)}`);
      return;
    default:
      if (JSON.stringify(got) !== JSON.stringify(wire))
        problems.push(`${at}: ${show(wire)} came out as ${show(got)}`);
  }
}

function compareFields(
  got: unknown,
  wire: unknown,
  fields: readonly TsField[],
  models: Models,
  at: string,
  problems: string[],
): void {
  if (typeof got !== "object" || got === null || typeof wire !== "object" || Array.isArray(wire))
    return void problems.push(`${at}: ${show(wire)} came out as ${show(got)}`);
  for (const [key, value] of Object.entries(wire as Json)) {
    const field = fields.find((f) => f.wireName === key);
    if (!field) {
      problems.push(`${at}.${key}: not a field of the document's schema, so not decoded`);
      continue;
    }
    if (!Object.hasOwn(got, field.tsName)) {
      problems.push(`${at}.${key}: missing as ${field.tsName}`);
      continue;
    }
    compare(got, field.tsName, value, field.type, models, `${at}.${key}`, problems);
  }
}

function show(value: unknown): string {
  const text =
    value instanceof Date
      ? `Date(${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`
      : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
