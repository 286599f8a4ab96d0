/** IR stage: the checked catalog -> the IR every emitter reads, with each declaration's spec location on the side. */
import { pascalCase } from "../naming.ts";
import type { NodePath } from "../load/load.ts";
import type {
  RawCondition,
  RawModel,
  RawAuth,
  RawAuthScheme,
  RawCredential,
  RawOperation,
  RawPagination,
  RawParameter,
  RawPathParameter,
  RawRequestBody,
  RawResource,
} from "../load/spec-types.ts";
import {
  SpecPlace,
  type Catalog,
  type CatalogService,
  type Located,
  type SpecFile,
} from "../resolve/catalog.ts";
import { wireEncoding } from "../resolve/encoding.ts";
import { buildFields, buildType, type Origin } from "./type-build.ts";
import { isRedirect, responseModelOf, responseTypeOf, successStatusesOf } from "../check/response.ts";
import { buildAnswers } from "./answers.ts";
import { buildWebhooks } from "./webhooks.ts";
import { unreachable } from "./walk.ts";
import type {
  Ir,
  IrBodyEncoding,
  IrRequestBody,
  IrAuth,
  IrAuthScheme,
  IrCredential,
  IrSecurity,
  IrCondition,
  IrDiscriminator,
  IrIdempotencyKey,
  IrModel,
  IrOperation,
  IrPaging,
  IrParameter,
  IrPathParameter,
  IrResource,
  IrService,
} from "./types.ts";

/** The IR, and where each declaring node of it was written (`file:line:col`), for diagnostics about names. */
export interface BuiltIr {
  readonly ir: Ir;
  readonly origins: WeakMap<object, SpecPlace>;
}

/** Builds the IR; the catalog must have passed every check. */
export function buildIr(catalog: Catalog): BuiltIr {
  const origins = new WeakMap<object, SpecPlace>();
  const originIn =
    (file: SpecFile): Origin =>
    (node, path) =>
      origins.set(node, new SpecPlace({ file, path: [...path] }));
  const first = catalog.services[0]!.spec.value;
  const ir: Ir = {
    package: {
      name: catalog.package.value.name,
      license: catalog.package.value.license,
      version: catalog.package.value.version,
      description: catalog.package.value.description,
      guide: guideText(catalog),
    },
    sources: catalog.files.map((f) => f.loaded.file),
    auth: authOf(first.auth),
    services: catalog.services.map((s) => buildService(s, originIn)),
  };
  return { ir, origins };
}

/** The IR of a spec's auth block: its schemes, in spec order (none without a block). */
function authOf(auth: RawAuth | undefined): IrAuth {
  return { schemes: Object.entries(auth?.schemes ?? {}).map(([name, scheme]) => schemeOf(name, scheme)) };
}

const credential = (c: RawCredential): IrCredential => ({
  option: c.option,
  env: c.env ?? null,
  description: c.description,
});

// The flows in a fixed order, whatever order the spec writes them in.
const FLOWS = ["clientCredentials", "authorizationCode", "implicit", "password"] as const;

function schemeOf(name: string, scheme: RawAuthScheme): IrAuthScheme {
  switch (scheme.scheme) {
    case "basic":
      return {
        kind: "basic",
        name,
        credentials: scheme.credentials.map(({ username, password }) => ({
          username: credential(username),
          password: credential(password),
        })),
      };
    case "bearer":
      return { kind: "bearer", name, format: scheme.format ?? null, token: credential(scheme.token) };
    case "apiKey":
      return { kind: "apiKey", name, in: scheme.in, parameter: scheme.name, key: credential(scheme.key) };
    case "oauth2": {
      const cc = scheme.clientCredentials;
      return {
        kind: "oauth2",
        name,
        flows: FLOWS.flatMap((flow) => {
          const declared = scheme.flows[flow] as
            | { authorizationUrl?: string; tokenUrl?: string; scopes?: Readonly<Record<string, string>> }
            | undefined;
          if (!declared) return [];
          return [
            {
              flow,
              authorizationUrl: declared.authorizationUrl ?? null,
              tokenUrl: declared.tokenUrl ?? null,
              scopes: Object.entries(declared.scopes ?? {}).map(([scope, description]) => ({
                name: scope,
                description,
              })),
            },
          ];
        }),
        token: credential(scheme.token),
        clientCredentials:
          cc && scheme.flows.clientCredentials
            ? {
                tokenUrl: scheme.flows.clientCredentials.tokenUrl,
                clientId: credential(cc.clientId),
                clientSecret: credential(cc.clientSecret),
                clientAuthentication: cc.clientAuthentication ?? "basic",
                scopes: [...(cc.scopes ?? [])],
                tokenUrlOption: cc.tokenUrlOption ?? null,
              }
            : null,
      };
    }
    default:
      return unreachable(scheme);
  }
}

/** What operations need by default: the service's `security`, else each scheme as an alternative. */
function securityOf(auth: RawAuth | undefined): IrSecurity {
  if (!auth) return [];
  return (auth.security ?? Object.keys(auth.schemes).map((name) => [name])).map((a) => [...a]);
}

/** The guide's Markdown, read beside the first file naming the package. */
function guideText(catalog: Catalog): string | null {
  const { value, file } = catalog.package;
  if (!value.guide) return null;
  const dir = file.loaded.file.slice(0, file.loaded.file.lastIndexOf("/") + 1);
  return file.extensions.get(`${dir}${value.guide}`) ?? null;
}

function buildService(service: CatalogService, originIn: (file: SpecFile) => Origin): IrService {
  const s = service.spec.value;
  // A model's fields: each model of its `extends` chain's own, outermost first, each where it was
  // written; the shapes inside are named after the model they are fields of (`owner`).
  const fieldsOf = (m: Located<RawModel>, owner: string, seen: ReadonlySet<string>): IrModel["fields"] => {
    const parent = m.value.extends ? service.models.get(m.value.extends) : undefined;
    const inherited =
      parent && !seen.has(parent.value.name)
        ? fieldsOf(parent, owner, new Set([...seen, parent.value.name]))
        : [];
    const own = buildFields(m.value.fields, owner, [...m.path, "fields"], originIn(m.file), "response");
    return [...inherited, ...own];
  };
  const model = (m: Located<RawModel>): IrModel => {
    const origin = originIn(m.file);
    const node = {
      name: m.value.name,
      description: m.value.description,
      extends: m.value.extends ?? null,
      fields: fieldsOf(m, m.value.name, new Set([m.value.name])),
    };
    origin(node, [...m.path, "name"]);
    return node;
  };
  const models = [...service.models.values()];
  const node: IrService = {
    name: service.name,
    sources: service.files.map((f) => f.loaded.file),
    baseUrl: s.baseUrl,
    serverVariables: Object.entries(s.serverVariables ?? {}).map(([name, v]) => ({
      name,
      default: v.default,
      enum: v.enum ? [...v.enum] : null,
      description: v.description,
    })),
    version: s.version,
    requestIdHeader: s.requestIdHeader ?? null,
    security: securityOf(s.auth),
    errors: {
      model: s.errors.model,
      codeField: s.errors.codeField ?? null,
      messageField: s.errors.messageField ?? null,
      moreInfoField: s.errors.moreInfoField ?? null,
      detailsField: s.errors.detailsField ?? null,
      statusField: s.errors.statusField ?? null,
    },
    mock: {
      idHexDigits: s.mock?.idHexDigits ?? null,
      pageTokenPrefix: s.mock?.pageTokenPrefix ?? "",
      accountField: s.mock?.accountField ?? null,
      usernamePattern: s.mock?.usernamePattern ?? null,
      errorCodes: { ...(s.mock?.errorCodes ?? {}) },
      moreInfoUrl: s.mock?.moreInfoUrl ?? null,
      stamps: { created: s.mock?.stamps?.created ?? null, updated: s.mock?.stamps?.updated ?? null },
    },
    webhooks: buildWebhooks(s.webhooks?.signature ?? null, service.webhooks?.value ?? null),
    models: models.filter((m) => m.resource === null).map(model),
    resources: service.resources.map((r) =>
      buildResource(
        r,
        service,
        models.filter((m) => m.resource === r.value.name).map(model),
        originIn(r.file),
      ),
    ),
  };
  originIn(service.spec.file)(node, [...service.spec.path, "name"]);
  return node;
}

function buildResource(
  located: Located<RawResource>,
  service: CatalogService,
  models: IrModel[],
  origin: Origin,
): IrResource {
  const { value: r, file, path } = located;
  const extensionFile = r.mockExtension
    ? `${file.loaded.file.slice(0, file.loaded.file.lastIndexOf("/") + 1)}${r.mockExtension}`
    : null;
  const pathParameters = (r.pathParameters ?? []).map((p, i) =>
    buildPathParameter(p, [...path, "pathParameters", i], origin),
  );
  const node: IrResource = {
    name: r.name,
    plural: r.plural,
    description: r.description,
    source: file.loaded.file,
    listKey: r.listKey ?? null,
    mockExtension: extensionFile
      ? { file: extensionFile, source: file.extensions.get(extensionFile) ?? "" }
      : null,
    paths: { list: r.paths.list ?? null, instance: r.paths.instance ?? null },
    pathParameters,
    models,
    operations: r.operations.map((op, oi) =>
      buildOperation(r, op, pathParameters, service, [...path, "operations", oi], origin),
    ),
  };
  origin(node, [...path, "name"]);
  return node;
}

function buildPathParameter(p: RawPathParameter, path: NodePath, origin: Origin): IrPathParameter {
  const node = {
    wireName: p.name,
    property: p.property ?? null,
    type: buildType(p, pascalCase(p.name), path, origin, "request"),
    style: p.style ?? "simple",
    explode: p.explode ?? false,
    description: p.description,
    example: p.example ?? null,
    deprecated: p.deprecated ?? false,
  };
  origin(node, [...path, "name"]);
  return node;
}

/** An operation's name in clients: its own, or kind + resource (plural for list). */
export function operationNameOf(r: RawResource, op: RawOperation): string {
  return op.name ?? `${op.kind}${op.kind === "list" ? r.plural : r.name}`;
}

function buildOperation(
  r: RawResource,
  op: RawOperation,
  pathParams: readonly IrPathParameter[],
  service: CatalogService,
  path: NodePath,
  origin: Origin,
): IrOperation {
  const template = op.path === "list" ? r.paths.list! : op.path === "instance" ? r.paths.instance! : op.path;
  const name = operationNameOf(r, op);
  const base = pascalCase(name);
  const body = op.body ?? "form";
  const raw = op.parameters ?? [];
  const parameters = raw.map((p, i) =>
    buildParameter(p, raw, body, base, [...path, "parameters", i], origin),
  );
  const order = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const paging = op.kind === "list" ? pagingOf(op.pagination ?? service.spec.value.pagination) : null;
  const cursors = new Set(paging?.cursorParameters ?? []);
  // The page-size parameter, where the list has it: a stream sizes its pages with it.
  const pageSize = parameters.find((p) => p.location === "query" && p.wireName === paging?.pageSizeParameter);
  const node: IrOperation = {
    id: op.id,
    kind: op.kind,
    name,
    method: op.method,
    pathTemplate: template,
    baseUrl: op.baseUrl ?? null,
    tags: [...(op.tags ?? [])],
    summary: op.summary,
    deprecated: op.deprecated ?? false,
    successStatuses: successStatusesOf(op),
    redirect: isRedirect(op),
    responseModel: responseModelOf(op) ?? null,
    responseType: responseTypeOf(op)
      ? buildType(responseTypeOf(op)!, `${base}Response`, [...path, "response"], origin, "response")
      : null,
    answers: buildAnswers(op, base, path, origin),
    bodyEncoding: body,
    requestBody: op.requestBody
      ? buildRequestBody(op.requestBody, base, [...path, "requestBody"], origin)
      : null,
    additionalBodyProperties: op.additionalBodyProperties ?? false,
    idempotencyKey: idempotencyKeyOf(op),
    pathParameters: order.map((name) => pathParams.find((p) => p.wireName === name)!),
    parameters,
    exactlyOneOf: (op.exactlyOneOf ?? []).map((g) => [...g]),
    atLeastOneOf: (op.atLeastOneOf ?? []).map((g) => [...g]),
    security: op.security ? op.security.map((a) => [...a]) : securityOf(service.spec.value.auth),
    hasParams: parameters.length > 0 || (op.additionalBodyProperties ?? false),
    paramsRequired:
      parameters.some((p) => p.required || p.requiredWhen?.checkedBy === "client") ||
      (op.exactlyOneOf ?? []).length > 0 ||
      (op.atLeastOneOf ?? []).length > 0,
    discriminator: discriminatorOf(parameters),
    listKey: op.kind === "list" ? r.listKey! : null,
    paging,
    // Every list has its stream unless the spec turns it off.
    stream:
      op.kind === "list" && op.stream !== false
        ? {
            name: op.stream?.name ?? null,
            summary:
              op.stream?.summary ?? `Stream every item of ${op.id}, fetching pages as they are consumed.`,
            parameters: parameters.filter((p) => !cursors.has(p.wireName)),
            pageSizeParameter: pageSize?.wireName ?? null,
            maxPageSize: pageSize?.type.kind === "integer" ? pageSize.type.maximum : null,
          }
        : null,
    examples: (op.examples ?? []).map((e) => ({
      title: e.title,
      params: Object.entries(e.params).map(([wireName, value]) => ({ wireName, value })),
    })),
  };
  origin(node, [...path, "id"]);
  return node;
}

/** A paging style as the IR holds it; null for `none` (or no style at all, which the check stage refuses). */
function pagingOf(p: RawPagination | "none" | undefined): IrPaging | null {
  if (p === undefined || p === "none") return null;
  const present = (...names: (string | undefined)[]) => names.filter((x): x is string => x !== undefined);
  switch (p.style) {
    case undefined:
    case "nextUrl":
      return {
        style: "nextUrl",
        metaKey: p.metaKey ?? null,
        metaModel: p.metaModel,
        nextUrlField: p.nextUrlField,
        pageUrls: p.pageUrls ?? "absolute",
        pageSizeParameter: p.pageSizeParameter ?? null,
        pageParameter: p.pageParameter ?? null,
        pageTokenParameter: p.pageTokenParameter ?? null,
        cursorParameters: present(p.pageParameter, p.pageTokenParameter),
        metaFields: { ...(p.metaFields ?? {}) },
      };
    case "cursor":
      return {
        style: "cursor",
        metaKey: p.metaKey ?? null,
        metaModel: p.metaModel,
        pageSizeParameter: p.pageSizeParameter ?? null,
        cursorParameters: [p.cursorParameter],
        cursorParameter: p.cursorParameter,
        // The schema requires either cursorField, or hasMoreField with itemCursorField.
        cursor:
          p.cursorField !== undefined
            ? { from: "meta", field: p.cursorField }
            : { from: "lastItem", field: p.itemCursorField!, hasMoreField: p.hasMoreField! },
      };
    case "linkHeader":
      return {
        style: "linkHeader",
        pageUrls: p.pageUrls ?? "absolute",
        pageSizeParameter: p.pageSizeParameter ?? null,
        pageParameter: p.pageParameter ?? null,
        cursorParameters: present(p.pageParameter),
      };
    case "offset":
      return {
        style: "offset",
        metaKey: p.metaKey ?? null,
        metaModel: p.metaModel,
        totalField: p.totalField,
        offsetParameter: p.offsetParameter,
        pageSizeParameter: p.limitParameter ?? null,
        cursorParameters: [p.offsetParameter],
      };
    default:
      return unreachable(p);
  }
}

function buildParameter(
  p: RawParameter,
  all: readonly RawParameter[],
  body: IrBodyEncoding,
  base: string,
  path: NodePath,
  origin: Origin,
): IrParameter {
  const node: IrParameter = {
    wireName: p.name,
    property: p.property ?? null,
    location: p.in,
    type: buildType(p, `${base}${p.name.split(".").map(pascalCase).join("")}`, path, origin, "request"),
    encoding: wireEncoding(p, p.in, body),
    default: p.default ?? null,
    required: p.required ?? false,
    requiredWhen: p.requiredWhen ? condition(p.requiredWhen, all) : null,
    onlyWhen: p.onlyWhen ? condition(p.onlyWhen, all) : null,
    description: p.description,
    deprecated: p.deprecated ?? false,
  };
  origin(node, [...path, "name"]);
  return node;
}

function condition(c: RawCondition, all: readonly RawParameter[]): IrCondition {
  const subject = c.parameter !== undefined ? all.find((p) => p.name === c.parameter)! : null;
  return {
    subject: subject ? "parameter" : "resource",
    wireName: (c.parameter ?? c.resourceField)!,
    values: [...c.in],
    checkedBy: subject ? "client" : "server",
  };
}

// The first parameter that client-checkable conditions refer to, provided it is a required enum.
function discriminatorOf(parameters: readonly IrParameter[]): IrDiscriminator | null {
  for (const p of parameters) {
    for (const c of [p.requiredWhen, p.onlyWhen]) {
      if (c?.checkedBy !== "client") continue;
      const subject = parameters.find((s) => s.wireName === c.wireName);
      if (subject?.required && subject.type.kind === "enum")
        return { wireName: subject.wireName, values: subject.type.values };
    }
  }
  return null;
}

// Each kind's media type when the spec gives none.
const DEFAULT_MEDIA_TYPES = {
  json: "application/json",
  text: "text/plain",
  binary: "application/octet-stream",
};

/** A whole request body as the IR holds it; a JSON one's type is named `<Operation>Body`. */
function buildRequestBody(b: RawRequestBody, base: string, path: NodePath, origin: Origin): IrRequestBody {
  const common = {
    mediaType: b.mediaType ?? DEFAULT_MEDIA_TYPES[b.content],
    name: b.name ?? "body",
    description: b.description,
    required: b.required ?? true,
  };
  const node: IrRequestBody =
    b.content === "json"
      ? { ...common, kind: "json", type: buildType(b, `${base}Body`, path, origin, "request") }
      : { ...common, kind: b.content };
  origin(node, [...path, "content"]);
  return node;
}

/** An operation's idempotency key as the IR says it, or null. */
function idempotencyKeyOf(op: RawOperation): IrIdempotencyKey | null {
  const key = op.idempotencyKey;
  if (key === undefined) return null;
  return "header" in key ? { in: "header", name: key.header } : { in: "body", name: key.parameter };
}
