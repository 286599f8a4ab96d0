/** Operations emitter: one function per operation (and one `...WithResponse` twin), plus the stream of a list. */
import type { IrSecurity } from "../../ir/types.ts";
import type { TsOperation, TsPathParameter, TsService, TsType } from "../ts/model.ts";
import { requestBodyType, typeText } from "../ts/ts-types.ts";
import { envelopeName } from "../../ir/schema-names.ts";
import { serverPathPrefix } from "../../ir/servers.ts";
import { propertyName } from "../ts/naming.ts";
import {
  decoderName,
  encoderName,
  requestPageName,
  serviceConstantName,
  validatorName,
  withResponseName,
  discriminatorTypeParameter,
} from "../ts/names.ts";
import { deprecatedTag, StructureKind, tsdoc, type StatementStructures, type Uses } from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import { partsOf } from "./serializers.ts";
import { needsWireEncoding } from "../ts/wire-encoding.ts";
import { nextPageLink } from "./page-links.ts";
import { pageMeta } from "../../ir/paging.ts";
import { acceptOf, answerValue, expectFields } from "./answers.ts";
import { answerSentences, resultTypeText } from "../ts/answers.ts";

/** Function statements of a resource's operations module. */
export function operationStatements(
  service: TsService,
  operations: readonly TsOperation[],
  uses: Uses,
): StatementStructures[] {
  const emitter = new OperationEmitter(service, uses);
  return operations.flatMap((op) =>
    op.kind === "list" ? emitter.listFunctions(op) : emitter.plainFunctions(op),
  );
}

class OperationEmitter {
  constructor(
    private readonly service: TsService,
    private readonly uses: Uses,
  ) {}

  /** The URL expression of an operation: literal segments and percent-encoded arguments. */
  private urlExpression(op: TsOperation): string {
    const parts = op.pathTemplate.split(/(\{[^}]+\})/).filter((s) => s.length > 0);
    return parts
      .map((part) => {
        const name = /^\{(.+)\}$/.exec(part)?.[1];
        return name ? this.pathValue(op.pathParameters.find((p) => p.wireName === name)!) : literal(part);
      })
      .join(" + ");
  }

  /**
   * A path argument as the path writes it, percent-encoded: `simple` (`a,b`), `label` (`.a`, `.a.b`
   * or `.a,b`) or `matrix` (`;id=a`, `;id=a;id=b` or `;id=a,b`).
   */
  private pathValue(p: TsPathParameter): string {
    const segment = this.uses.use("pathSegment");
    const text = (type: TsType, expr: string) =>
      type.kind === "string" || type.kind === "enum" ? expr : `String(${expr})`;
    const prefix =
      p.style === "label" ? "." : p.style === "matrix" ? `;${encodeURIComponent(p.wireName)}=` : "";
    if (p.type.kind !== "array") {
      const value = `${segment}(${text(p.type, p.tsName)})`;
      return prefix ? `${literal(prefix)} + ${value}` : value;
    }
    const each = `${p.tsName}.map((item) => ${segment}(${text(p.type.items, "item")}))`;
    if (!p.explode || p.style === "simple")
      return `${prefix ? `${literal(prefix)} + ` : ""}${each}.join(",")`;
    return p.style === "label"
      ? `"." + ${each}.join(".")`
      : `${each}.map((item) => ${literal(prefix)} + item).join("")`;
  }

  private docsFor(op: TsOperation, extra: string[] = []) {
    const statuses = op.successStatuses.join(" or ");
    return tsdoc(
      [
        op.summary,
        `${docCode(`${op.method} ${op.pathTemplate}`)} (operation ${docCode(op.id)}), answered with HTTP ${statuses}.`,
        ...(op.baseUrl !== null
          ? [
              `Sent to its own server, ${docCode(op.baseUrl)}, unless the client's ${docCode("baseUrl")} replaces every server.`,
            ]
          : []),
        ...extra,
      ],
      [
        ...op.pathParameters.map((p) => ["param", `${p.tsName} - ${p.description}`] as const),
        ["throws", "ValidationError when an argument breaks the spec's rules (before any request is sent)"],
        ["throws", "ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say"],
        ...deprecatedTag(op.deprecated),
      ],
    );
  }

  /** The operation's server URL: its own, or the service's constant. */
  private defaultBaseUrl(op: TsOperation): string {
    return op.baseUrl !== null
      ? literal(op.baseUrl)
      : this.uses.use(serviceConstantName(this.service.name, "BASE_URL"));
  }

  private sendCall(urlExpr: string, op: TsOperation, extra: string[]): string {
    const constant = (name: "BASE_URL" | "REQUEST_ID_HEADER" | "ERROR_FIELDS" | "SECURITY") =>
      this.uses.use(serviceConstantName(this.service.name, name));
    const ownSecurity = securityLiteral(op.security);
    const fields = [
      `operationId: ${literal(op.id)}`,
      `method: ${literal(op.method)}`,
      `url: ${urlExpr}`,
      ...extra,
      `defaultBaseUrl: ${this.defaultBaseUrl(op)}`,
      `requestIdHeader: ${constant("REQUEST_ID_HEADER")}`,
      `errorFields: ${constant("ERROR_FIELDS")}`,
      `security: ${ownSecurity === securityLiteral(this.service.security) ? constant("SECURITY") : ownSecurity}`,
      ...idempotencyField(op),
    ];
    return `const response = await ${this.uses.use("send")}(client, { ${fields.join(", ")} }, options);`;
  }

  private validationLines(
    op: TsOperation,
    name = validatorName(op.functionName),
    withParams = op.paramsTypeName !== null,
  ): string[] {
    const body = op.requestBody && name === validatorName(op.functionName) ? [op.requestBody.tsName] : [];
    const args = [...op.pathParameters.map((p) => p.tsName), ...body, ...(withParams ? ["params"] : [])];
    return [
      `const issues = ${this.uses.use(name)}(${args.join(", ")});`,
      `if (issues.length > 0) throw new ${this.uses.use("ValidationError")}(issues);`,
    ];
  }

  private encodedParts(op: TsOperation): string[] {
    const source = op.paramsRequired ? "params" : "params ?? {}";
    const key = {
      query: "query",
      form: "form",
      body: "json",
      multipart: "multipart",
      headers: "headers",
    } as const;
    return [
      ...partsOf(op).map(
        (part) => `${key[part]}: ${this.uses.use(encoderName(op.functionName, part))}(${source})`,
      ),
      ...this.wholeBody(op),
    ];
  }

  /** The request fields of a whole body: JSON (encoded where its value needs it), text or bytes. */
  private wholeBody(op: TsOperation): string[] {
    const b = op.requestBody;
    if (b === null) return [];
    const mediaType =
      b.mediaType === (b.kind === "json" ? "application/json" : null)
        ? []
        : [`mediaType: ${literal(b.mediaType)}`];
    if (b.kind !== "json") return [`content: ${b.tsName}`, ...mediaType];
    const encoded = needsWireEncoding(b.type)
      ? `${this.uses.use(encoderName(op.functionName, "body"))}(${b.tsName})`
      : b.tsName;
    const value =
      encoded === b.tsName || b.required ? encoded : `${b.tsName} === undefined ? undefined : ${encoded}`;
    return [`json: ${value}`, ...mediaType];
  }

  /**
   * A union of parameter types on a top-level discriminator makes the functions generic in the
   * discriminator's value: TypeScript then checks a call against the one member that value selects,
   * so an error names the property at fault ("'appId' does not exist in type …Totp…") instead of
   * comparing with every member.
   */
  private typeParameters(op: TsOperation) {
    const disc = op.discriminator;
    if (!disc || disc.tsPath.length !== 1 || !op.paramsTypeName) return [];
    return [
      {
        name: discriminatorTypeParameter(disc.tsPath[0]!),
        constraint: `${this.uses.use(op.paramsTypeName)}[${literal(disc.tsPath[0]!)}]`,
      },
    ];
  }

  /** The arguments every operation function takes: client, path values, parameters, options. */
  private operationArgs(op: TsOperation) {
    const [typeParameter] = this.typeParameters(op);
    const paramsType = op.paramsTypeName
      ? typeParameter
        ? `${this.uses.use(op.paramsTypeName)} & { readonly ${op.discriminator!.tsPath[0]}: ${typeParameter.name} }`
        : this.uses.use(op.paramsTypeName)
      : null;
    const params = paramsType
      ? [{ name: "params", type: paramsType, hasQuestionToken: !op.paramsRequired }]
      : [];
    const b = op.requestBody;
    const bodyType = b && requestBodyType(b, this.uses);
    const body = b ? [{ name: b.tsName, type: b.required ? bodyType! : `${bodyType} | undefined` }] : [];
    return [
      { name: "client", type: this.uses.use("Client") },
      ...op.pathParameters.map((p) => ({ name: p.tsName, type: typeText(p.type, this.uses) })),
      ...body,
      ...params,
      { name: "options", type: this.uses.use("RequestOptions"), hasQuestionToken: true },
    ];
  }

  /** An operation's exported pair: the plain function returning `result`, and its `...WithResponse` twin. */
  private publicPair(
    op: TsOperation,
    result: string,
    extraDocs: string[],
    withResponseBody: string[],
  ): StatementStructures[] {
    const args = this.operationArgs(op);
    const twin = withResponseName(op.functionName);
    const typeParameters = this.typeParameters(op);
    const typeArgs = typeParameters.map((t) => t.name);
    const call = `${twin}${typeArgs.length ? `<${typeArgs.join(", ")}>` : ""}(${args.map((a) => a.name).join(", ")})`;
    return [
      {
        kind: StructureKind.Function,
        name: op.functionName,
        isExported: true,
        isAsync: true,
        typeParameters,
        parameters: args,
        returnType: `Promise<${result}>`,
        docs: this.docsFor(op, extraDocs),
        statements: [result === "void" ? `await ${call};` : `return (await ${call}).data;`],
      },
      {
        kind: StructureKind.Function,
        name: twin,
        isExported: true,
        isAsync: true,
        typeParameters,
        parameters: args,
        returnType: `Promise<${this.uses.use("ApiResponse")}<${result}>>`,
        docs: this.docsFor(op, [`Like ${docCode(op.functionName)}, with the HTTP status and headers.`]),
        statements: [...this.validationLines(op), ...withResponseBody],
      },
    ];
  }

  plainFunctions(op: TsOperation): StatementStructures[] {
    if (op.redirect) return this.redirectFunctions(op);
    if (op.method === "HEAD") return this.headFunctions(op);
    // A path with arguments is written once: the request and a decode error's message share it.
    const path = this.urlExpression(op);
    const url = op.pathParameters.length > 0 ? "url" : path;
    const accept = acceptOf(op);
    return this.publicPair(
      op,
      resultTypeText(op, this.uses),
      answerSentences(op, (prose) => prose, docCode),
      [
        ...(url === path ? [] : [`const url = ${path};`]),
        this.sendCall(url, op, [
          ...this.encodedParts(op),
          ...expectFields(op, this.uses),
          ...(accept === null ? [] : [`accept: ${literal(accept)}`]),
        ]),
        `return { ...response, data: ${answerValue(op, url, this.uses)} };`,
      ],
    );
  }

  /** A HEAD operation: its answer has no body, so the result is the answer's headers. */
  private headFunctions(op: TsOperation): StatementStructures[] {
    return this.publicPair(
      op,
      "Headers",
      ["A HEAD answer has no body: the result is the answer's headers."],
      [
        this.sendCall(this.urlExpression(op), op, this.encodedParts(op)),
        "return { ...response, data: response.headers };",
      ],
    );
  }

  /** An operation the API answers with a redirect: its result is the redirect, with its Location, unfollowed. */
  private redirectFunctions(op: TsOperation): StatementStructures[] {
    const model = op.responseModel;
    const body = model
      ? `response.data === null ? null : ${this.uses.use("decoded")}(response, ${literal(op.method)}, ${this.urlExpression(op)}, () => ${this.uses.use(decoderName(model))}(response.data as ${this.uses.use("Wire")}[${literal(model)}]))`
      : "null";
    return this.publicPair(
      op,
      `${this.uses.use("Redirect")}<${model ? this.uses.use(model) : "null"}>`,
      [
        "The API answers with a redirect: the result is that answer, with its `location`; the client does not follow it.",
      ],
      [
        this.sendCall(this.urlExpression(op), op, [
          ...this.encodedParts(op),
          ...(model ? ['expect: "object"'] : body ? ['expect: "json"'] : []),
          "redirect: true",
        ]),
        `return { ...response, data: { status: response.status, location: response.headers.get("location"), body: ${body} } };`,
      ],
    );
  }

  listFunctions(op: TsOperation): StatementStructures[] {
    const paging = op.paging;
    const meta = pageMeta(paging);
    const item = this.uses.use(op.responseModel!);
    const pageType = `${this.uses.use("Page")}<${item}, ${meta ? this.uses.use(meta.metaModel) : "null"}>`;
    const requestPage = requestPageName(op.functionName);
    const source = op.paramsRequired ? "params" : "params ?? {}";
    const parts = partsOf(op);
    const part = (name: "query" | "headers") =>
      parts.includes(name) ? `${this.uses.use(encoderName(op.functionName, name))}(${source})` : "undefined";
    // Header parameters travel with every page's request; the query only with the first (page links carry theirs).
    const headers = parts.includes("headers");
    const wire = this.uses.use("Wire");
    const method = literal(op.method);
    const decode = (what: string) => `${this.uses.use("decoded")}(response, ${method}, url, () => ${what})`;
    // The API's own server URL, where its path prefix could reach a page link twice.
    const prefixed =
      serverPathPrefix(op.baseUrl ?? this.service.baseUrl, this.service.serverVariables) !== "";
    const serverArg = prefixed ? `, ${this.uses.use("serverUrlOf")}(client, ${this.defaultBaseUrl(op)})` : "";
    const baseUrl = `${this.uses.use("effectiveBaseUrl")}(client, ${this.defaultBaseUrl(op)})`;
    const link = nextPageLink(paging, (name) => this.uses.use(name), baseUrl);
    const next = `${this.uses.use("createPage")}(items, ${meta ? "meta" : "null"}, ${link.link}, ${baseUrl}, ${paging ? `async (next, nextOptions) => (await ${requestPage}(client, next, undefined, ${headers ? "headers, " : ""}nextOptions)).data` : "null"}, parts.number${serverArg})`;
    const metaStatements = meta
      ? [
          `const meta = ${decode(`${this.uses.use(decoderName(meta.metaModel))}(parts.meta as ${meta.metaKey === null ? "Envelope" : `Envelope[${literal(meta.metaKey)}]`})`)};`,
        ]
      : [];
    const pageField = paging?.style === "nextUrl" ? (paging.metaFields["page"] ?? null) : null;
    const out: StatementStructures[] = [
      ...this.publicPair(
        op,
        pageType,
        [
          paging
            ? "Returns one page; follow `nextPage()` for more, or use the stream to iterate over all items."
            : "The API answers the whole list in one response: the page has no next page.",
        ],
        [
          `return ${requestPage}(client, ${this.urlExpression(op)}, ${part("query")}, ${headers ? `${part("headers")}, ` : ""}options);`,
        ],
      ),
      {
        kind: StructureKind.Function,
        name: requestPage,
        isAsync: true,
        parameters: [
          { name: "client", type: "Client" },
          { name: "url", type: "string" },
          { name: "query", type: "string | undefined" },
          ...(headers ? [{ name: "headers", type: "Record<string, string>" }] : []),
          { name: "options", type: "RequestOptions | undefined" },
        ],
        returnType: `Promise<ApiResponse<${pageType}>>`,
        docs: tsdoc([`Fetches one page of ${docCode(op.functionName)} from a path or an absolute page URL.`]),
        statements: [
          this.sendCall("url", op, ["query", ...(headers ? ["headers"] : []), 'expect: "object"']),
          `const parts = ${this.uses.use("readPage")}(response, ${method}, url, ${literal(op.listKey!)}, ${literal(meta?.metaKey ?? null)}, ${literal(pageField)});`,
          `type Envelope = ${wire}[${literal(envelopeName(op.id))}];`,
          ...metaStatements,
          `const items = ${decode(`(parts.items as Envelope[${literal(op.listKey!)}]).map(${this.uses.use(decoderName(op.responseModel!))})`)};`,
          ...link.statements,
          `const page = ${next};`,
          "return { ...response, data: page };",
        ],
      },
    ];
    if (op.stream) out.push(this.streamFunction(op));
    return out;
  }

  private streamFunction(op: TsOperation): StatementStructures {
    const stream = op.stream!;
    const pageSize = stream.pageSizeParameter === null ? null : propertyName(stream.pageSizeParameter);
    const max = stream.maxPageSize;
    const cap = `params.${stream.limitName}`;
    const passOn = stream.parameters
      .map((p) => p.tsPath[0]!)
      .filter((n, i, all) => all.indexOf(n) === i && n !== pageSize);
    // A required parameter is always there; an optional one is passed only when given.
    const required = new Set(
      stream.parameters.filter((p) => p.required && p.tsPath.length === 1).map((p) => p.tsPath[0]),
    );
    const passed = passOn.map((n) =>
      required.has(n) ? `${n}: params.${n}` : `...(params.${n} === undefined ? {} : { ${n}: params.${n} })`,
    );
    const sized = pageSize === null ? [] : [`...(${pageSize} === undefined ? {} : { ${pageSize} })`];
    const listArgs = [
      ...op.pathParameters.map((p) => p.tsName),
      // A list with no parameters of its own takes none (the stream still has its own limit).
      ...(op.paramsTypeName ? [`{ ${[...passed, ...sized].join(", ")} }`] : []),
      "options",
    ];
    return {
      kind: StructureKind.Function,
      name: stream.functionName,
      isExported: true,
      parameters: [
        { name: "client", type: "Client" },
        ...op.pathParameters.map((p) => ({ name: p.tsName, type: typeText(p.type, this.uses) })),
        {
          name: "params",
          type: this.uses.use(stream.paramsTypeName),
          ...(op.paramsRequired ? {} : { initializer: "{}" }),
        },
        { name: "options", type: "RequestOptions", hasQuestionToken: true },
      ],
      returnType: `AsyncIterable<${op.responseModel}>`,
      docs: tsdoc(
        [
          stream.summary,
          `Iterates over every item of ${docCode(op.functionName)}, page after page. Nothing is requested until the first item is asked for, and a page only when the consumer has used up the one before; stops after ${docCode(stream.limitName)} items or when the consumer breaks out.`,
          pageSize === null
            ? "The API sets the page size itself."
            : `Without ${docCode(pageSize)}, pages hold ${docCode(max !== null ? `min(${stream.limitName}, ${max})` : stream.limitName)} items when ${docCode(stream.limitName)} is given.`,
        ],
        [
          ["throws", "ValidationError at once, when an argument breaks the spec's rules"],
          ...deprecatedTag(op.deprecated),
        ],
      ),
      statements: [
        ...this.validationLines(op, validatorName(stream.functionName), true),
        ...(pageSize === null
          ? []
          : [
              `const ${pageSize} = params.${pageSize} ?? (${cap} !== undefined ? Math.max(1, ${max !== null ? `Math.min(${cap}, ${max})` : cap}) : undefined);`,
            ]),
        `return ${this.uses.use("streamItems")}(() => ${op.functionName}(client, ${listArgs.join(", ")}), ${cap}, options);`,
      ],
    };
  }
}

/** An `AuthSecurity` literal: alternatives of scheme names. */
export function securityLiteral(security: IrSecurity): string {
  return `[${security.map((alternative) => `[${alternative.map(literal).join(", ")}]`).join(", ")}]`;
}

/** The transport's `idempotencyKey` field of an operation that declares one: where the key travels on the wire. */
function idempotencyField(op: TsOperation): string[] {
  const key = op.idempotencyKey;
  if (key === null) return [];
  const where = key.in === "header" ? "header" : op.bodyEncoding;
  return [`idempotencyKey: { ${where}: ${literal(key.name)} }`];
}
