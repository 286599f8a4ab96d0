/**
 * Mock emitter: the Node-only local server of the package (export `./mock`): the generic server
 * runtime, a route table derived from the IR, each resource's extension, an entry and a CLI.
 */
import type { TsField, TsIr, TsOperation, TsParameter, TsResource, TsService, TsType } from "../ts/model.ts";
import { camelCase } from "../../naming.ts";
import { unreachable } from "../../ir/walk.ts";
import { compareText } from "../../diagnostics.ts";
import { importPath, resourceModules } from "../ts/layout.ts";
import { validatorName } from "../ts/names.ts";
import {
  importDecl,
  printTs,
  StructureKind,
  tsdoc,
  VariableDeclarationKind,
  type Statement,
} from "../ts/builder.ts";
import { literal } from "../ts/escape.ts";
import { generatedHeader, type VirtualFile } from "../../virtual-file.ts";
import type { MockAuth, MockKind } from "../../mock-runtime/types.ts";
import type { MockErrorRole as RuntimeErrorRole } from "../../mock-runtime/handlers.ts";
import type { IrAuth, IrAuthScheme, MockErrorRole as SpecErrorRole } from "../../ir/types.ts";

// The mock runtime parses wire values by kind: typing them as its MockKind makes tsc report a kind
// the IR gained and the mock does not know yet.
const mockKind = (type: TsType): MockKind => type.kind;

// The spec names the local server's error roles; the runtime must know each of them (and no other).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const ERROR_ROLES_AGREE: Same<SpecErrorRole, RuntimeErrorRole> = true;
void ERROR_ROLES_AGREE;

import { MOCK_RUNTIME_ASSETS } from "./target.ts";
import { webhookData } from "./webhook-data.ts";
const DIR = "src/mock";

/** Every file of the mock server; `sources` are the runtime's (file name -> text). */
export function emitMock(ir: TsIr, sources: ReadonlyMap<string, string>): VirtualFile[] {
  const resources = ir.services.flatMap((s) => s.resources);
  const runtime = [...sources.keys()]
    .filter((n) => n.endsWith(".ts"))
    .sort(compareText)
    .map((name) => ({
      path: `${DIR}/${name}`,
      content: `${generatedHeader([`${MOCK_RUNTIME_ASSETS}${name}`], "ts")}\n${sources.get(name)!}`,
      preformatted: true,
    }));
  const extensions = resources
    .filter((resource) => resource.mockExtension)
    .map((resource) => ({
      path: extensionPath(resource),
      content: `${generatedHeader([resource.mockExtension!.file], "ts")}\n${resource.mockExtension!.source}`,
    }));
  return [...runtime, ...extensions, routesFile(ir), indexFile(ir), cliFile(ir)];
}

// An extension keeps its file name, so extensions may import each other (`./widget.mock.js`) both
// beside the spec and in the package.
function extensionPath(resource: TsResource): string {
  const file = resource.mockExtension!.file;
  return `${DIR}/extensions/${file.slice(file.lastIndexOf("/") + 1)}`;
}

/** Data that is emitted as code: strings as literals, `{ code }` as an identifier. */
type Code =
  | { readonly code: string }
  | string
  | number
  | boolean
  | null
  | readonly Code[]
  | { readonly [key: string]: Code };

function toCode(value: Code): string {
  if (value === null || typeof value !== "object")
    return typeof value === "string" ? literal(value) : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toCode).join(", ")}]`;
  if ("code" in value && typeof value.code === "string" && Object.keys(value).length === 1) return value.code;
  return `{ ${Object.entries(value as Record<string, Code>)
    .map(([k, v]) => `${literal(k)}: ${toCode(v)}`)
    .join(", ")} }`;
}

type Models = ReadonlyMap<string, { readonly fields: readonly TsField[] }>;

function fieldData(f: TsField, models: Models): Code {
  const t = f.type;
  return {
    wireName: f.wireName,
    kind: mockKind(t),
    format: t.kind === "string" ? t.format : null,
    pattern: t.kind === "string" ? t.pattern : null,
    enum: t.kind === "enum" ? [...t.values] : null,
    required: f.required,
    ...(t.kind === "union" || t.kind === "ref" || t.kind === "object" ? { sample: sampleOf(t, models) } : {}),
  };
}

function itemKind(t: TsType): MockKind | null {
  return t.kind === "array" ? mockKind(t.items) : t.kind === "map" ? mockKind(t.values) : null;
}

function parameterData(p: TsParameter): Code {
  const field = (c: TsParameter["onlyWhen"]) =>
    c?.subject === "resource" ? { field: c.wireName, values: [...c.values] } : null;
  return {
    wireName: p.wireName,
    location: p.location,
    tsPath: [...p.tsPath],
    kind: mockKind(p.type),
    itemKind: itemKind(p.type),
    encoding: p.encoding.kind,
    keyPrefix: p.encoding.kind === "dotted" ? p.encoding.prefix : null,
    delimiter: p.encoding.kind === "delimited" ? p.encoding.delimiter : null,
    explode: p.encoding.kind === "form-object" && p.encoding.explode,
    fields:
      p.type.kind === "object"
        ? p.type.fields.map((f) => ({
            wireName: f.wireName,
            kind: mockKind(f.type),
            itemKind: itemKind(f.type),
          }))
        : null,
    enum: p.type.kind === "enum" ? [...p.type.values] : null,
    default: p.default,
    onlyWhenParameter:
      p.onlyWhen?.subject === "parameter"
        ? { wireName: p.onlyWhen.wireName, values: [...p.onlyWhen.values] }
        : null,
    requiredWhenField: field(p.requiredWhen),
    onlyWhenField: field(p.onlyWhen),
    names: namesOf(p.type),
  };
}

/** How a JSON value's property names map to the client's (`MockNames`), or null where none differ. */
function namesOf(t: TsType): Code | null {
  switch (t.kind) {
    case "object": {
      const fields = t.fields.map((f) => ({
        wireName: f.wireName,
        tsName: f.tsName,
        names: namesOf(f.type),
      }));
      return fields.some((f) => f.wireName !== f.tsName || f.names !== null) ? { fields } : null;
    }
    case "array": {
      const items = namesOf(t.items);
      return items === null ? null : { items };
    }
    case "map": {
      const values = namesOf(t.values);
      return values === null ? null : { values };
    }
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "enum":
    case "date-time":
    case "json":
    case "variants":
    case "ref":
    case "binary":
      return null;
    case "union": {
      // A request union's object branches: every branch's fields (a wire name is one client name).
      const fields = new Map<string, Code>();
      for (const b of t.branches)
        if (b.type.kind === "object")
          for (const f of b.type.fields)
            fields.set(f.wireName, { wireName: f.wireName, tsName: f.tsName, names: namesOf(f.type) });
      const list = [...fields.values()] as { wireName: string; tsName: string; names: Code | null }[];
      return list.some((f) => f.wireName !== f.tsName || f.names !== null) ? { fields: list } : null;
    }
    default:
      return unreachable(t);
  }
}

/** The model whose record an operation's answer shows: its response model, or the first among its answers. */
function recordModelOf(op: TsOperation): string | null {
  if (op.responseModel !== null) return op.responseModel;
  for (const answer of op.answers)
    if (answer.body.kind === "json" && answer.body.model) return answer.body.model;
  return null;
}

/**
 * Whether the local server answers by `answers` (`MockAnswer`): statuses answering different
 * bodies, or a body that is text, binary or nullable. Other operations answer as their kind says.
 */
function answersApart(op: TsOperation): boolean {
  const [first] = op.answers;
  if (op.answers.length !== 1 || op.redirect || op.method === "HEAD") return op.answers.length > 1;
  const body = first!.body;
  return body.kind === "text" || body.kind === "binary" || (body.kind === "json" && body.nullable);
}

function answersData(op: TsOperation, models: ReadonlyMap<string, { fields: readonly TsField[] }>): Code {
  return op.answers.map((answer) => {
    const body = answer.body;
    const data = (): Code => {
      switch (body.kind) {
        case "none":
          return { shape: "none" };
        case "json":
          return body.model !== null
            ? {
                shape: "model",
                fields: (models.get(body.model)?.fields ?? []).map((f) => fieldData(f, models)),
                nullable: body.nullable,
              }
            : { shape: "json", body: bodyData(op, body.type!, models), nullable: body.nullable };
        case "text":
        case "binary":
          return { shape: body.kind, mediaType: body.mediaType };
        default:
          return unreachable(body);
      }
    };
    return { statuses: [...answer.statuses], body: data() };
  });
}

function operationData(op: TsOperation, models: ReadonlyMap<string, { fields: readonly TsField[] }>): Code {
  const recordModel = recordModelOf(op);
  const model = recordModel ? models.get(recordModel) : undefined;
  return {
    kind: op.kind,
    method: op.method,
    path: op.pathTemplate,
    successStatus: op.successStatuses[0]!,
    responseFields: model ? model.fields.map((f) => f.wireName) : null,
    responseBody: op.responseType ? bodyData(op, op.responseType, models) : null,
    answers: answersApart(op) ? answersData(op, models) : null,
    parameters: op.parameters.map(parameterData),
    requestBody: op.requestBody && {
      kind: op.requestBody.kind,
      required: op.requestBody.required,
      names: op.requestBody.kind === "json" ? namesOf(op.requestBody.type) : null,
    },
    paging: pagingData(op, models),
    security: op.security.map((alternative) => [...alternative]),
    validate: { code: validatorName(op.functionName) },
  };
}

/**
 * How the local server answers a body that is not one model (`MockBody`): a GET answering an array
 * of its resource's model shows the stored records; any other body is a fixed sample of its type.
 */
function bodyData(
  op: TsOperation,
  type: TsType,
  models: ReadonlyMap<string, { fields: readonly TsField[] }>,
): Code {
  const item = type.kind === "array" && type.items.kind === "ref" ? models.get(type.items.model) : undefined;
  if (op.method === "GET" && item) return { shape: "records", fields: item.fields.map((f) => f.wireName) };
  return { shape: "sample", value: sampleOf(type, models) };
}

/**
 * A fixed value of a body's type: empty arrays and maps, `""`, `0`, `false`, a date's ISO text, an
 * object with a sample of each field it always sends, a union's first branch (its discriminator set
 * to the branch's first value). `seen` stops at a model inside itself.
 */
function sampleOf(type: TsType, models: Models, seen: ReadonlySet<string> = new Set()): Code {
  const object = (fields: readonly TsField[], inside: ReadonlySet<string>): Code =>
    Object.fromEntries(
      fields
        .filter((f) => f.required && !f.nullable)
        .map((f) => [f.wireName, sampleOf(f.type, models, inside)]),
    );
  switch (type.kind) {
    case "string":
      return "";
    case "enum":
      return type.values[0] ?? "";
    case "integer":
    case "number":
      return 0;
    case "boolean":
      return false;
    case "date-time":
      return "1970-01-01T00:00:00Z";
    case "json":
      return null;
    case "array":
      return [];
    case "object":
      return object(type.fields, seen);
    case "ref": {
      const model = models.get(type.model);
      return model && !seen.has(type.model) ? object(model.fields, new Set([...seen, type.model])) : {};
    }
    case "union": {
      const [first] = type.branches;
      const value = sampleOf(first!.type, models, seen);
      return type.discriminator !== null &&
        value !== null &&
        typeof value === "object" &&
        !Array.isArray(value)
        ? { ...value, [type.discriminator]: first!.values[0]! }
        : value;
    }
    case "map":
    case "variants":
      return {};
    case "binary":
      return "";
    default:
      return unreachable(type);
  }
}

/** How the local server pages a list operation's answers (null: not a list, or one answered whole). */
function pagingData(op: TsOperation, models: ReadonlyMap<string, { fields: readonly TsField[] }>): Code {
  const p = op.paging;
  if (!p) return null;
  const pageSize = op.parameters.find((x) => x.location === "query" && x.wireName === p.pageSizeParameter);
  const maxPageSize = pageSize?.type.kind === "integer" ? pageSize.type.maximum : null;
  const sizing = {
    pageSizeParameter: pageSize ? p.pageSizeParameter : null,
    defaultPageSize: Number(pageSize?.default ?? 50),
    maxPageSize: maxPageSize ?? 1000,
  };
  switch (p.style) {
    case "nextUrl":
      return {
        style: p.style,
        metaKey: p.metaKey,
        nextUrlField: p.nextUrlField,
        pageUrls: p.pageUrls,
        pageParameter: p.pageParameter,
        pageTokenParameter: p.pageTokenParameter,
        metaFields: { ...p.metaFields },
        ...sizing,
      };
    case "cursor": {
      const c = p.cursor;
      const field = models.get(p.metaModel)?.fields.find((f) => c.from === "meta" && f.wireName === c.field);
      return {
        style: p.style,
        metaKey: p.metaKey,
        cursorParameter: p.cursorParameter,
        cursorField: c.from === "meta" ? c.field : null,
        lastCursor: field && !field.nullable ? "" : null,
        hasMoreField: c.from === "lastItem" ? c.hasMoreField : null,
        itemCursorField: c.from === "lastItem" ? c.field : null,
        ...sizing,
      };
    }
    case "linkHeader":
      return { style: p.style, pageUrls: p.pageUrls, pageParameter: p.pageParameter, ...sizing };
    case "offset":
      return {
        style: p.style,
        metaKey: p.metaKey,
        totalField: p.totalField,
        offsetParameter: p.offsetParameter,
        ...sizing,
      };
    default:
      return unreachable(p);
  }
}

function serviceData(auth: IrAuth, service: TsService, statements: Statement[], path: string): Code {
  const models = new Map(
    [...service.models, ...service.resources.flatMap((r) => r.models)].map((m) => [m.name, m]),
  );
  const resources: Code[] = service.resources.map((resource) => {
    statements.push(
      importDecl(
        importPath(path, resourceModules(service, resource).validators),
        resource.operations.map((op) => validatorName(op.functionName)),
      ),
    );
    const extension = resource.mockExtension ? `${camelCase(resource.name)}Extension` : null;
    if (extension)
      statements.push(
        `import { extension as ${extension} } from ${literal(importPath(path, extensionPath(resource)))};`,
      );
    const fields = new Map<string, TsField>();
    for (const op of resource.operations)
      for (const answer of op.answers)
        for (const f of (answer.body.kind === "json" && answer.body.model
          ? models.get(answer.body.model)?.fields
          : undefined) ?? [])
          if (!fields.has(f.wireName)) fields.set(f.wireName, f);
    return {
      name: resource.name,
      listKey: resource.listKey,
      instancePath: resource.paths.instance,
      pathParameters: resource.pathParameters.map((p) => ({
        wireName: p.wireName,
        kind: mockKind(p.type),
        itemKind: itemKind(p.type),
        style: p.style,
        explode: p.explode,
      })),
      fields: [...fields.values()].map((f) => fieldData(f, models)),
      operations: resource.operations.map((op) => operationData(op, models)),
      extension: extension ? { code: extension } : null,
    };
  });
  return {
    requestIdHeader: service.requestIdHeader,
    security: service.security.map((alternative) => [...alternative]),
    settings: {
      idHexDigits: service.mock.idHexDigits,
      pageTokenPrefix: service.mock.pageTokenPrefix,
      accountField: service.mock.accountField,
      auth: auth.schemes.map((scheme) => mockAuth(scheme, service)),
      errorCodes: { ...service.mock.errorCodes },
      moreInfoUrl: service.mock.moreInfoUrl,
      stamps: { created: service.mock.stamps.created, updated: service.mock.stamps.updated },
      errorFields: {
        code: service.errors.codeField,
        message: service.errors.messageField,
        moreInfo: service.errors.moreInfoField,
        status: service.errors.statusField,
      },
    },
    resources,
    // Plain data typed by the runtime's interfaces (which have no index signature, as Code wants).
    webhooks: webhookData(service, statements, path) as Code,
  };
}

/** How the local server checks one of the API's auth schemes (its data for `authenticate`). */
function mockAuth(scheme: IrAuthScheme, service: TsService): MockAuth {
  switch (scheme.kind) {
    case "basic":
      return { kind: "basic", name: scheme.name, usernamePattern: service.mock.usernamePattern };
    case "bearer":
      return { kind: "bearer", name: scheme.name };
    case "apiKey":
      return { kind: "apiKey", name: scheme.name, in: scheme.in, parameter: scheme.parameter };
    case "oauth2": {
      const cc = scheme.clientCredentials;
      return {
        kind: "oauth2",
        name: scheme.name,
        // The token endpoint's path, served on the local server's own origin, where a client
        // pointed at it resolves the token URL (a relative one below the local server's root).
        tokenPath: cc ? new URL(cc.tokenUrl, "http://127.0.0.1/").pathname : null,
        clientAuthentication: cc?.clientAuthentication ?? "basic",
      };
    }
    default:
      return unreachable(scheme);
  }
}

function routesFile(ir: TsIr): VirtualFile {
  const path = `${DIR}/routes.ts`;
  const statements: Statement[] = [importDecl("./types.js", ["MockService"], true)];
  const services = ir.services.map((service) => serviceData(ir.auth, service, statements, path));
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: tsdoc(["Every service of the spec as the mock server serves it, derived from the spec."]),
    declarations: [{ name: "SERVICES", type: "readonly MockService[]", initializer: toCode(services) }],
  });
  return printTs(path, ir.sources, statements);
}

function indexFile(ir: TsIr): VirtualFile {
  const path = `${DIR}/index.ts`;
  const statements: Statement[] = [
    importDecl("./server.js", ["startMockServer"]),
    importDecl("./server.js", ["MockServer", "MockServerOptions"], true),
    importDecl("./routes.js", ["SERVICES"]),
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: "./server.js",
      isTypeOnly: true,
      namedExports: ["Fault", "MockServer", "MockServerOptions"],
    },
    ...ir.services
      .flatMap((s) => s.resources.filter((r) => r.mockExtension))
      .map(
        (r) => `export * as ${camelCase(r.name)}Mock from ${literal(importPath(path, extensionPath(r)))};`,
      ),
    {
      kind: StructureKind.Function,
      name: "start",
      isExported: true,
      parameters: [{ name: "options", type: "MockServerOptions", initializer: "{}" }],
      returnType: "Promise<MockServer>",
      docs: tsdoc([
        "Starts the local mock server on 127.0.0.1 (port 0 picks a free one); pass its `url` as the client's `baseUrl`.",
        "Node only. It validates requests with the client's own validators and keeps records in memory.",
      ]),
      statements: ["return startMockServer(SERVICES, options);"],
    },
  ];
  return printTs(path, ir.sources, statements);
}

function cliFile(ir: TsIr): VirtualFile {
  const name = ir.services
    .map((s) => s.name)
    .join(", ")
    .replace(/[`$\\]/g, "");
  const file = printTs(`${DIR}/cli.ts`, ir.sources, [
    importDecl("./cli-runtime.js", ["runCli"]),
    importDecl("./index.js", ["start"]),
    `// The package's \`${ir.package.name.replace(/[`$\\]/g, "")}-mock\` command: the local server on 127.0.0.1 until stopped.`,
    `process.exitCode = await runCli(process.argv.slice(2), start, { name: ${literal(`${name} API`)}, command: ${literal(`${ir.package.name}-mock`)} });`,
  ]);
  // The package's `bin` runs this file directly: the shebang must be its first line.
  return { ...file, content: `#!/usr/bin/env node\n${file.content}` };
}
