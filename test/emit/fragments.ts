/** Small fragments of the TypeScript view of an IR, for the emitters' given/want tests. */
import type { IrField, IrParameter, IrType } from "../../generator/ir/types.ts";
import type { TsField, TsOperation, TsParameter, TsType } from "../../generator/targets/ts/model.ts";

export const str = (rules: Partial<Extract<TsType, { kind: "string" }>> = {}): TsType => ({
  kind: "string",
  format: null,
  minLength: null,
  maxLength: null,
  pattern: null,
  ...rules,
});
export const int = (minimum: number | null = null, maximum: number | null = null): TsType => ({
  kind: "integer",
  minimum,
  maximum,
});
export const num = (minimum: number | null = null, maximum: number | null = null): TsType => ({
  kind: "number",
  minimum,
  maximum,
});
export const bool: TsType = { kind: "boolean" };
export const date: TsType = { kind: "date-time" };
export const json: TsType = { kind: "json", minLength: null, maxLength: null };
/** A closed enum, as request parameters have. */
export const oneOf = (...values: string[]): TsType => ({ kind: "enum", values, open: false });
/** An open enum, as response fields have: the API may add values. */
export const knownOf = (...values: string[]): TsType => ({ kind: "enum", values, open: true });
export const arr = (
  items: TsType,
  minItems: number | null = null,
  maxItems: number | null = null,
): TsType => ({ kind: "array", items, minItems, maxItems });
export const map = (values: TsType, maxLength: number | null = null): TsType => ({
  kind: "map",
  values,
  minLength: null,
  maxLength,
});
export const obj = (typeName: string, fields: TsField[]): TsType => ({ kind: "object", typeName, fields });
export const ref = (model: string): TsType => ({ kind: "ref", model });

/** A field; required and not nullable unless told. */
export function field(
  wireName: string,
  tsName: string,
  type: TsType,
  flags: { required?: boolean; nullable?: boolean } = {},
): TsField {
  return {
    wireName,
    tsName,
    type,
    required: flags.required ?? true,
    nullable: flags.nullable ?? false,
    description: wireName,
    deprecated: false,
  };
}

/** A body or query parameter with no conditions. */
export function param(
  wireName: string,
  tsPath: string[],
  type: TsType,
  rest: Partial<TsParameter> = {},
): TsParameter {
  return {
    wireName,
    property: null,
    tsPath,
    location: "body",
    type,
    encoding: { kind: "text" },
    default: null,
    required: false,
    requiredWhen: null,
    onlyWhen: null,
    description: wireName,
    deprecated: false,
    ...rest,
  };
}

/** An operation with just what the emitters read. */
export function operation(parameters: TsParameter[], rest: Partial<TsOperation> = {}): TsOperation {
  return {
    id: "MakeThing",
    kind: "create",
    name: "makeThing",
    functionName: "makeThing",
    method: "POST",
    pathTemplate: "/v1/Things",
    baseUrl: null,
    tags: [],
    summary: "Make a thing.",
    deprecated: false,
    successStatuses: [201],
    security: [],
    redirect: false,
    responseModel: null,
    responseType: null,
    answers: [{ statuses: [201], body: { kind: "none" } }],
    bodyEncoding: "form",
    additionalBodyProperties: false,
    idempotencyKey: null,
    pathParameters: [],
    parameters,
    exactlyOneOf: [],
    atLeastOneOf: [],
    paramsTypeName: "MakeThingParams",
    hasParams: true,
    paramsRequired: false,
    discriminator: null,
    listKey: null,
    paging: null,
    stream: null,
    requestBody: null,
    examples: [],
    ...rest,
  };
}

/** The IR a fragment stands for: the same data without its TypeScript names (for the OpenAPI target). */
export function irType(t: TsType): IrType {
  switch (t.kind) {
    case "array":
      return { ...t, items: irType(t.items) };
    case "map":
      return { ...t, values: irType(t.values) };
    case "object":
      return { kind: "object", name: t.typeName, fields: t.fields.map(irField) };
    case "variants":
      return {
        kind: "variants",
        by: t.by,
        cases: t.cases.map((c) => ({ value: c.value, name: c.typeName, fields: c.fields.map(irField) })),
      };
    case "union":
      return {
        kind: "union",
        name: t.typeName,
        branches: t.branches.map((b) => ({ type: irType(b.type), values: b.values })),
        discriminator: t.discriminator,
      };
    default:
      return t;
  }
}

export function irField({ tsName: _tsName, ...f }: TsField): IrField {
  return { ...f, type: irType(f.type) };
}

export function irParam({ tsPath: _tsPath, ...p }: TsParameter): IrParameter {
  const condition = (c: TsParameter["onlyWhen"]) => c && { ...c, tsPath: undefined };
  return {
    ...p,
    type: irType(p.type),
    requiredWhen: condition(p.requiredWhen) as IrParameter["requiredWhen"],
    onlyWhen: condition(p.onlyWhen) as IrParameter["onlyWhen"],
  };
}
