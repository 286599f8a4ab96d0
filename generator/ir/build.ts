/** IR stage: the checked catalog -> the IR every emitter reads, with each declaration's spec location on the side. */
import { argumentName, pascalCase } from "../naming.ts";
import type { NodePath } from "../load/load.ts";
import type {
  RawCondition,
  RawModel,
  RawOperation,
  RawPagination,
  RawParameter,
  RawPathParameter,
  RawResource,
} from "../load/spec-types.ts";
import {
  SpecPlace,
  type Catalog,
  type CatalogService,
  type Located,
  type SpecFile,
} from "../resolve/catalog.ts";
import { tsPathOf, wireEncoding } from "../resolve/encoding.ts";
import { buildFields, buildType, type Origin } from "./type-build.ts";
import type {
  Ir,
  IrCondition,
  IrDiscriminator,
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
    auth: {
      scheme: first.auth.scheme,
      credentials: first.auth.credentials.map(({ username, password }) => ({
        username: { option: username.option, env: username.env ?? null, description: username.description },
        password: { option: password.option, env: password.env ?? null, description: password.description },
      })),
    },
    services: catalog.services.map((s) => buildService(s, originIn)),
  };
  return { ir, origins };
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
  const model = (m: Located<RawModel>): IrModel => {
    const origin = originIn(m.file);
    const fields = service.models.get(m.value.name)!.allFields;
    const node = {
      name: m.value.name,
      description: m.value.description,
      extends: m.value.extends ?? null,
      fields: buildFields(fields, m.value.name, [...m.path, "fields"], origin),
    };
    origin(node, [...m.path, "name"]);
    return node;
  };
  const models = [...service.models.values()];
  const node: IrService = {
    name: service.name,
    sources: service.files.map((f) => f.loaded.file),
    baseUrl: s.baseUrl,
    version: s.version,
    requestIdHeader: s.requestIdHeader ?? null,
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
      accountField: s.mock?.accountField ?? null,
      usernamePattern: s.mock?.usernamePattern ?? null,
      errorCodes: { ...(s.mock?.errorCodes ?? {}) },
      moreInfoUrl: s.mock?.moreInfoUrl ?? null,
      stamps: { created: s.mock?.stamps?.created ?? null, updated: s.mock?.stamps?.updated ?? null },
    },
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
    tsName: argumentName(p.name),
    type: buildType(p, pascalCase(p.name), path, origin),
    description: p.description,
    example: p.example ?? null,
    deprecated: p.deprecated ?? false,
  };
  origin(node, [...path, "name"]);
  return node;
}

/** The generated function of an operation: its own name, or kind + resource (plural for list). */
export function functionNameOf(r: RawResource, op: RawOperation): string {
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
  const functionName = functionNameOf(r, op);
  const base = pascalCase(functionName);
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
  const streamName = op.stream
    ? (op.stream.name ??
      (functionName.startsWith("list") ? `stream${functionName.slice(4)}` : `stream${base}`))
    : null;
  const node: IrOperation = {
    id: op.id,
    kind: op.kind,
    functionName,
    method: op.method,
    pathTemplate: template,
    tags: [...(op.tags ?? [])],
    summary: op.summary,
    deprecated: op.deprecated ?? false,
    successStatuses: typeof op.successStatus === "number" ? [op.successStatus] : [...op.successStatus],
    redirect: (typeof op.successStatus === "number" ? [op.successStatus] : op.successStatus).some(
      (s) => s >= 300,
    ),
    responseModel: op.response ?? null,
    bodyEncoding: body,
    additionalBodyProperties: op.additionalBodyProperties ?? false,
    pathParameters: order.map((name) => pathParams.find((p) => p.wireName === name)!),
    parameters,
    exactlyOneOf: (op.exactlyOneOf ?? []).map((g) => [...g]),
    atLeastOneOf: (op.atLeastOneOf ?? []).map((g) => [...g]),
    paramsTypeName: parameters.length > 0 || op.additionalBodyProperties ? `${base}Params` : null,
    paramsRequired:
      parameters.some((p) => p.required || p.requiredWhen?.checkedBy === "client") ||
      (op.exactlyOneOf ?? []).length > 0 ||
      (op.atLeastOneOf ?? []).length > 0,
    discriminator: discriminatorOf(parameters),
    listKey: op.kind === "list" ? r.listKey! : null,
    paging,
    stream:
      op.stream && streamName
        ? {
            functionName: streamName,
            summary: op.stream.summary,
            paramsTypeName: `${pascalCase(streamName)}Params`,
            limitName: streamLimitName(parameters.map((p) => p.tsPath[0]!)),
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
  return {
    metaKey: p.metaKey ?? null,
    metaModel: p.metaModel,
    nextUrlField: p.nextUrlField,
    pageUrls: p.pageUrls ?? "absolute",
    pageSizeParameter: p.pageSizeParameter ?? null,
    pageParameter: p.pageParameter ?? null,
    pageTokenParameter: p.pageTokenParameter ?? null,
    cursorParameters: [p.pageParameter, p.pageTokenParameter].filter((x): x is string => x !== undefined),
    metaFields: { ...(p.metaFields ?? {}) },
  };
}

function buildParameter(
  p: RawParameter,
  all: readonly RawParameter[],
  body: "form" | "json",
  base: string,
  path: NodePath,
  origin: Origin,
): IrParameter {
  const tsPath = tsPathOf(p, body);
  const node: IrParameter = {
    wireName: p.name,
    tsPath,
    location: p.in,
    type: buildType(p, `${base}${tsPath.map(pascalCase).join("")}`, path, origin),
    encoding: wireEncoding(p, p.in, body)!,
    default: p.default ?? null,
    required: p.required ?? false,
    requiredWhen: p.requiredWhen ? condition(p.requiredWhen, all, body) : null,
    onlyWhen: p.onlyWhen ? condition(p.onlyWhen, all, body) : null,
    description: p.description,
    deprecated: p.deprecated ?? false,
  };
  origin(node, [...path, "name"]);
  return node;
}

function condition(c: RawCondition, all: readonly RawParameter[], body: "form" | "json"): IrCondition {
  const subject = c.parameter !== undefined ? all.find((p) => p.name === c.parameter)! : null;
  return {
    subject: subject ? "parameter" : "resource",
    wireName: (c.parameter ?? c.resourceField)!,
    tsPath: subject ? tsPathOf(subject, body) : null,
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
        return { wireName: subject.wireName, tsPath: subject.tsPath, values: subject.type.values };
    }
  }
  return null;
}

/** The stream option capping the items it yields: `limit` unless a list parameter takes that name. */
export function streamLimitName(parameterNames: readonly string[]): string {
  return parameterNames.includes("limit") ? "maxItems" : "limit";
}
