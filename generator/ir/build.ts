/** IR stage: checked spec files -> the IR every emitter reads. */
import { compareText } from "../diagnostics.ts";
import { inheritedFields } from "../check/meaning.ts";
import { camelCase, pascalCase, propertyPath } from "../naming.ts";
import type { RawCondition, RawConstraints, RawField, RawModel, RawOperation, RawParameter, RawPathParameter, RawResource, RawService, RawSpec } from "../load/spec-types.ts";
import type { Ir, IrCondition, IrConstraints, IrDiscriminator, IrField, IrModel, IrOperation, IrParameter, IrPathParameter, IrResource, IrService } from "./types.ts";

/** One checked spec, the file it came from, and the mock extensions it names (file -> source). */
export interface CheckedSpec {
  readonly file: string;
  readonly spec: RawSpec;
  readonly extensions?: ReadonlyMap<string, string>;
}

/** Builds the IR; the specs must have passed every check. */
export function buildIr(checked: readonly CheckedSpec[]): Ir {
  const ordered = [...checked].sort((a, b) => compareText(a.file, b.file));
  const first = ordered[0];
  if (!first) throw new Error("buildIr needs at least one spec");
  return {
    package: { ...first.spec.package },
    sources: ordered.map((c) => c.file),
    services: ordered.map(buildService),
  };
}

function buildService({ file, spec, extensions }: CheckedSpec): IrService {
  const rawModels = new Map<string, { model: RawModel }>();
  for (const m of spec.models ?? []) rawModels.set(m.name, { model: m });
  for (const r of spec.resources) for (const m of r.models) rawModels.set(m.name, { model: m });
  const model = (m: RawModel) => buildModel(m, rawModels);
  const s = spec.service;
  return {
    name: s.name,
    source: file,
    baseUrl: s.baseUrl,
    version: s.version,
    auth: { scheme: s.auth.scheme, usernameEnv: s.auth.usernameEnv ?? null, passwordEnv: s.auth.passwordEnv ?? null },
    requestContentType: s.requestContentType,
    responseContentType: s.responseContentType,
    requestIdHeader: s.requestIdHeader ?? null,
    errorModel: s.errorModel,
    pagination: s.pagination ? { ...s.pagination, cursorParameters: [...(s.pagination.cursorParameters ?? [])] } : null,
    models: (spec.models ?? []).map(model),
    resources: spec.resources.map((r) => buildResource(r, file, s.pagination ?? null, model, extensions)),
  };
}

function buildResource(r: RawResource, file: string, pagination: RawService["pagination"] | null, model: (m: RawModel) => IrModel, extensions?: ReadonlyMap<string, string>): IrResource {
  const extensionFile = r.mockExtension ? `${file.slice(0, file.lastIndexOf("/") + 1)}${r.mockExtension}` : null;
  const pathParameters = r.pathParameters.map(buildPathParameter);
  return {
    name: r.name,
    plural: r.plural,
    description: r.description,
    source: file,
    listKey: r.listKey,
    mockExtension: extensionFile ? { file: extensionFile, source: extensions?.get(extensionFile) ?? "" } : null,
    paths: { list: r.paths.list, instance: r.paths.instance ?? null },
    pathParameters,
    models: r.models.map(model),
    operations: r.operations.map((op) => buildOperation(r, op, pathParameters, pagination)),
  };
}

function buildModel(m: RawModel, rawModels: ReadonlyMap<string, { model: RawModel }>): IrModel {
  return {
    name: m.name,
    description: m.description,
    extends: m.extends ?? null,
    fields: [...inheritedFields(m, rawModels), ...m.fields].map((f) => buildField(f, m.name)),
  };
}

function buildField(f: RawField, owner: string): IrField {
  const tsName = camelCase(f.name);
  return {
    wireName: f.name,
    tsName,
    type: f.type,
    nullable: f.nullable ?? false,
    required: f.required ?? false,
    constraints: constraints(f),
    description: f.description,
    fields: f.fields ? f.fields.map((c) => buildField(c, owner + pascalCase(f.name))) : null,
    variants:
      f.variantsBy && f.variants
        ? {
            by: f.variantsBy,
            byTsName: camelCase(f.variantsBy),
            cases: f.variants.map((v) => {
              const typeName = `${owner}${pascalCase(v.when)}${pascalCase(f.name)}`;
              return { value: v.when, typeName, fields: v.fields.map((c) => buildField(c, typeName)) };
            }),
          }
        : null,
  };
}

function constraints(c: RawConstraints): IrConstraints {
  return {
    enum: c.enum ? [...c.enum] : null,
    format: c.format ?? null,
    minimum: c.minimum ?? null,
    maximum: c.maximum ?? null,
    minLength: c.minLength ?? null,
    maxLength: c.maxLength ?? null,
    pattern: c.pattern ?? null,
  };
}

function buildPathParameter(p: RawPathParameter): IrPathParameter {
  return { wireName: p.name, tsName: camelCase(p.name), constraints: constraints(p), description: p.description, example: p.example ?? null };
}

function buildOperation(r: RawResource, op: RawOperation, pathParams: readonly IrPathParameter[], pagination: RawService["pagination"] | null): IrOperation {
  const template = op.path === "list" ? r.paths.list : r.paths.instance!;
  const noun = op.kind === "list" ? r.plural : r.name;
  const parameters = (op.parameters ?? []).map(buildParameter);
  const order = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const pageSizeParameter = pagination?.pageSizeParameter ?? "";
  const cursors = new Set(pagination?.cursorParameters ?? []);
  const maxPageSize = parameters.find((p) => p.wireName === pageSizeParameter)?.constraints.maximum ?? null;
  return {
    id: op.id,
    kind: op.kind,
    functionName: camelCase(op.kind) + noun,
    method: op.method,
    pathKind: op.path,
    pathTemplate: template,
    tags: [...op.tags],
    summary: op.summary,
    successStatus: op.successStatus,
    responseModel: op.response ?? null,
    pathParameters: order.map((name) => pathParams.find((p) => p.wireName === name)!),
    parameters,
    paramsTypeName: parameters.length > 0 ? `${pascalCase(op.kind)}${noun}Params` : null,
    paramsRequired: parameters.some((p) => p.required || p.requiredWhen?.checkedBy === "client"),
    discriminator: discriminatorOf(parameters),
    stream: op.stream
      ? {
          functionName: `stream${r.plural}`,
          summary: op.stream.summary,
          paramsTypeName: `Stream${r.plural}Params`,
          parameters: parameters.filter((p) => !cursors.has(p.wireName)),
          pageSizeParameter,
          maxPageSize,
        }
      : null,
    examples: (op.examples ?? []).map((e) => ({ title: e.title, params: Object.entries(e.params).map(([wireName, value]) => ({ wireName, value })) })),
  };
}

function buildParameter(p: RawParameter): IrParameter {
  return {
    wireName: p.name,
    tsPath: propertyPath(p.name),
    location: p.in,
    type: p.type,
    constraints: constraints(p),
    default: p.default ?? null,
    required: p.required ?? false,
    requiredWhen: p.requiredWhen ? condition(p.requiredWhen) : null,
    onlyWhen: p.onlyWhen ? condition(p.onlyWhen) : null,
    description: p.description,
  };
}

function condition(c: RawCondition): IrCondition {
  const onParameter = c.parameter !== undefined;
  return {
    subject: onParameter ? "parameter" : "resource",
    wireName: (c.parameter ?? c.resourceField)!,
    tsPath: onParameter ? propertyPath(c.parameter!) : null,
    values: [...c.in],
    checkedBy: onParameter ? "client" : "server",
  };
}

// The first parameter that client-checkable conditions refer to, provided it is a required enum.
function discriminatorOf(parameters: readonly IrParameter[]): IrDiscriminator | null {
  for (const p of parameters) {
    for (const c of [p.requiredWhen, p.onlyWhen]) {
      if (c?.checkedBy !== "client") continue;
      const subject = parameters.find((s) => s.wireName === c.wireName);
      if (subject?.required && subject.constraints.enum) {
        return { wireName: subject.wireName, tsPath: subject.tsPath, values: subject.constraints.enum };
      }
    }
  }
  return null;
}
