/** Small IR fragments for the emitters' given/want tests. */
import type { IrField, IrOperation, IrParameter, IrType } from "../../generator/ir/types.ts";

export const str = (rules: Partial<Extract<IrType, { kind: "string" }>> = {}): IrType => ({
  kind: "string",
  format: null,
  minLength: null,
  maxLength: null,
  pattern: null,
  ...rules,
});
export const int = (minimum: number | null = null, maximum: number | null = null): IrType => ({
  kind: "integer",
  minimum,
  maximum,
});
export const num = (minimum: number | null = null, maximum: number | null = null): IrType => ({
  kind: "number",
  minimum,
  maximum,
});
export const bool: IrType = { kind: "boolean" };
export const date: IrType = { kind: "date-time" };
export const json: IrType = { kind: "json", minLength: null, maxLength: null };
export const oneOf = (...values: string[]): IrType => ({ kind: "enum", values });
export const arr = (
  items: IrType,
  minItems: number | null = null,
  maxItems: number | null = null,
): IrType => ({ kind: "array", items, minItems, maxItems });
export const map = (values: IrType, maxLength: number | null = null): IrType => ({
  kind: "map",
  values,
  minLength: null,
  maxLength,
});
export const obj = (typeName: string, fields: IrField[]): IrType => ({ kind: "object", typeName, fields });
export const ref = (model: string): IrType => ({ kind: "ref", model });

/** A field; required and not nullable unless told. */
export function field(
  wireName: string,
  tsName: string,
  type: IrType,
  flags: { required?: boolean; nullable?: boolean } = {},
): IrField {
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
  type: IrType,
  rest: Partial<IrParameter> = {},
): IrParameter {
  return {
    wireName,
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
export function operation(parameters: IrParameter[], rest: Partial<IrOperation> = {}): IrOperation {
  return {
    id: "MakeThing",
    kind: "create",
    functionName: "makeThing",
    method: "POST",
    pathTemplate: "/v1/Things",
    tags: [],
    summary: "Make a thing.",
    deprecated: false,
    successStatuses: [201],
    redirect: false,
    responseModel: null,
    bodyEncoding: "form",
    additionalBodyProperties: false,
    pathParameters: [],
    parameters,
    exactlyOneOf: [],
    atLeastOneOf: [],
    paramsTypeName: "MakeThingParams",
    paramsRequired: false,
    discriminator: null,
    listKey: null,
    paging: null,
    stream: null,
    examples: [],
    ...rest,
  };
}
