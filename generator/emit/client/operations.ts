/** Operations emitter: one function per operation (and one `...WithResponse` twin), plus the stream. */
import type { IrOperation, IrResource, IrService } from "../../ir/types.ts";
import { camelCase } from "../../naming.ts";
import { StructureKind, tsdoc, type Statement, type StatementStructures } from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import { decoderName } from "./decoders.ts";
import { encoderName } from "./serializers.ts";
import { validatorName } from "./validators.ts";

/** The Wire schema name of a list response envelope: `ListFactorResponse`. */
export function listEnvelopeName(op: IrOperation): string {
  return `${op.id}Response`;
}

/** The URL expression of an operation: literal segments and percent-encoded arguments. */
function urlExpression(op: IrOperation): string {
  const parts = op.pathTemplate.split(/(\{[^}]+\})/).filter((s) => s.length > 0);
  return parts
    .map((part) => {
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      return name ? `pathSegment(${op.pathParameters.find((p) => p.wireName === name)!.tsName})` : literal(part);
    })
    .join(" + ");
}

/** Function statements of a resource's operations module (imports are added by the caller). */
export function operationStatements(service: IrService, resource: IrResource): Statement[] {
  const out: Statement[] = [];
  for (const op of resource.operations) {
    out.push(...(op.kind === "list" ? listFunctions(service, resource, op) : plainFunctions(op)));
  }
  return out;
}

function pathArgs(op: IrOperation) {
  return op.pathParameters.map((p) => ({ name: p.tsName, type: "string" }));
}

function paramsArg(op: IrOperation) {
  if (!op.paramsTypeName) return [];
  return [{ name: "params", type: op.paramsTypeName, hasQuestionToken: !op.paramsRequired }];
}

function docsFor(op: IrOperation, extra: string[] = []) {
  return tsdoc(
    [op.summary, `${docCode(`${op.method} ${op.pathTemplate}`)} (operation ${docCode(op.id)}), answered with HTTP ${op.successStatus}.`, ...extra],
    [
      ...op.pathParameters.map((p) => ["param", `${p.tsName} - ${p.description}`] as const),
      ["throws", "ValidationError when an argument breaks the spec's rules (before any request is sent)"],
      ["throws", "ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say"],
    ],
  );
}

function sendCall(op: IrOperation, urlExpr: string, extra: string[]): string {
  return `const response = await send(client, { method: ${literal(op.method)}, url: ${urlExpr}, ${extra.join(", ")}${extra.length ? ", " : ""}defaultBaseUrl: BASE_URL, requestIdHeader: REQUEST_ID_HEADER }, options);`;
}

function validationLines(op: IrOperation, name = validatorName(op.functionName), withParams = op.paramsTypeName !== null): string[] {
  const args = [...op.pathParameters.map((p) => p.tsName), ...(withParams ? ["params"] : [])];
  return [`const issues = ${name}(${args.join(", ")});`, "if (issues.length > 0) throw new ValidationError(issues);"];
}

function encodedParts(op: IrOperation): string[] {
  const parts: string[] = [];
  const has = (l: "query" | "body") => op.parameters.some((p) => p.location === l);
  const source = op.paramsRequired ? "params" : "params ?? {}";
  if (has("query")) parts.push(`query: ${encoderName(op, "query")}(${source})`);
  if (has("body")) parts.push(`form: ${encoderName(op, "body")}(${source})`);
  return parts;
}

/** The arguments every operation function takes: client, path values, parameters, options. */
function operationArgs(op: IrOperation) {
  return [{ name: "client", type: "Client" }, ...pathArgs(op), ...paramsArg(op), { name: "options", type: "RequestOptions", hasQuestionToken: true }];
}

/** An operation's exported pair: the plain function returning `result`, and its `...WithResponse` twin. */
function publicPair(op: IrOperation, result: string, extraDocs: string[], withResponseBody: string[]): Statement[] {
  const args = operationArgs(op);
  const call = `${op.functionName}WithResponse(${args.map((a) => a.name).join(", ")})`;
  return [
    {
      kind: StructureKind.Function,
      name: op.functionName,
      isExported: true,
      isAsync: true,
      parameters: args,
      returnType: `Promise<${result}>`,
      docs: docsFor(op, extraDocs),
      statements: [result === "void" ? `await ${call};` : `return (await ${call}).data;`],
    },
    {
      kind: StructureKind.Function,
      name: `${op.functionName}WithResponse`,
      isExported: true,
      isAsync: true,
      parameters: args,
      returnType: `Promise<ApiResponse<${result}>>`,
      docs: docsFor(op, [`Like ${docCode(op.functionName)}, with the HTTP status and headers.`]),
      statements: [...validationLines(op), ...withResponseBody],
    },
  ];
}

function plainFunctions(op: IrOperation): Statement[] {
  const decode = op.responseModel ? `${decoderName(op.responseModel)}(response.data as Wire[${literal(op.responseModel)}])` : "undefined";
  return publicPair(op, op.responseModel ?? "void", [], [sendCall(op, urlExpression(op), encodedParts(op)), `return { ...response, data: ${decode} };`]);
}

function listFunctions(service: IrService, resource: IrResource, op: IrOperation): Statement[] {
  const pagination = service.pagination!;
  const item = op.responseModel!;
  const meta = pagination.metaModel;
  const pageType = `Page<${item}, ${meta}>`;
  const envelope = listEnvelopeName(op);
  const requestPage = `request${resource.plural}Page`;
  const nextUrl = `meta.${camelCase(pagination.nextUrlField)}`;
  const query = op.parameters.some((p) => p.location === "query") ? `${encoderName(op, "query")}(${op.paramsRequired ? "params" : "params ?? {}"})` : "undefined";
  const out: Statement[] = [
    ...publicPair(op, pageType, ["Returns one page; follow `nextPage()` for more, or use the stream to iterate over all items."], [
      `return ${requestPage}(client, ${urlExpression(op)}, ${query}, options);`,
    ]),
    {
      kind: StructureKind.Function,
      name: requestPage,
      isAsync: true,
      parameters: [
        { name: "client", type: "Client" },
        { name: "url", type: "string" },
        { name: "query", type: "URLSearchParams | undefined" },
        { name: "options", type: "RequestOptions | undefined" },
      ],
      returnType: `Promise<ApiResponse<${pageType}>>`,
      docs: tsdoc([`Fetches one page of ${resource.plural} from a path or an absolute page URL.`]),
      statements: [
        sendCall(op, "url", ["query"]),
        `const wire = response.data as Wire[${literal(envelope)}];`,
        `const meta = ${decoderName(meta)}(wire[${literal(pagination.metaKey)}]);`,
        `const items = (wire[${literal(resource.listKey)}] ?? []).map(${decoderName(item)});`,
        `const page = createPage(items, meta, ${nextUrl}, effectiveBaseUrl(client, BASE_URL), async (next, nextOptions) => (await ${requestPage}(client, next, undefined, nextOptions)).data);`,
        "return { ...response, data: page };",
      ],
    },
  ];
  if (op.stream) out.push(streamFunction(op));
  return out;
}

function streamFunction(op: IrOperation): StatementStructures {
  const stream = op.stream!;
  const pageSize = camelCase(stream.pageSizeParameter);
  const max = stream.maxPageSize;
  const passOn = stream.parameters.map((p) => p.tsPath[0]!).filter((n, i, all) => all.indexOf(n) === i && n !== pageSize);
  const passed = passOn.map((n) => `...(params.${n} === undefined ? {} : { ${n}: params.${n} })`);
  const listArgs = [...op.pathParameters.map((p) => p.tsName), `{ ${[...passed, `...(${pageSize} === undefined ? {} : { ${pageSize} })`].join(", ")} }`, "options"];
  return {
    kind: StructureKind.Function,
    name: stream.functionName,
    isExported: true,
    parameters: [{ name: "client", type: "Client" }, ...pathArgs(op), { name: "params", type: stream.paramsTypeName, initializer: "{}" }, { name: "options", type: "RequestOptions", hasQuestionToken: true }],
    returnType: `AsyncIterable<${op.responseModel}>`,
    docs: tsdoc(
      [
        stream.summary,
        `Iterates over every item of ${docCode(op.functionName)}, page after page. Nothing is requested until the first item is asked for, and a page only when the consumer has used up the one before; stops after ${docCode("limit")} items or when the consumer breaks out.`,
        `Without ${docCode(pageSize)}, pages hold ${docCode(max !== null ? `min(limit, ${max})` : "limit")} items when a limit is given.`,
      ],
      [["throws", "ValidationError at once, when an argument breaks the spec's rules"]],
    ),
    statements: [
      ...validationLines(op, validatorName(stream.functionName), true),
      `const ${pageSize} = params.${pageSize} ?? (params.limit !== undefined ? Math.max(1, ${max !== null ? `Math.min(params.limit, ${max})` : "params.limit"}) : undefined);`,
      `return streamItems(() => ${op.functionName}(client, ${listArgs.join(", ")}), params.limit, options);`,
    ],
  };
}
