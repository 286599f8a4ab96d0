/**
 * The TypeScript view of the IR: the same data, with the names TypeScript gives it (property and
 * argument names, type names, function names), computed here once. The client, the local server
 * and the docs read this; the IR itself knows no TypeScript.
 */
import type {
  Ir,
  IrAnswer,
  IrBody,
  IrBodyEncoding,
  IrCondition,
  IrDiscriminator,
  IrField,
  IrModel,
  IrOperation,
  IrParameter,
  IrPathParameter,
  IrRequestBody,
  IrResource,
  IrService,
  IrStream,
  IrType,
} from "../../ir/types.ts";
import { pascalCase } from "../../naming.ts";
import { argumentName, propertyName, propertyPath } from "./naming.ts";

/** A type as TypeScript declares it: object shapes carry their type names, fields their property names. */
export type TsType =
  | Exclude<IrType, { kind: "array" | "map" | "object" | "variants" | "union" }>
  | TsArrayType
  | TsMapType
  | TsObjectType
  | TsVariantsType
  | TsUnionType;

export interface TsArrayType extends Omit<Extract<IrType, { kind: "array" }>, "items"> {
  readonly items: TsType;
}

export interface TsMapType extends Omit<Extract<IrType, { kind: "map" }>, "values"> {
  readonly values: TsType;
}

/** An object shape, declared as its own interface. */
export interface TsObjectType {
  readonly kind: "object";
  /** The interface's name, such as `ChallengeDetails` or `CreateWidgetConfig`. */
  readonly typeName: string;
  readonly fields: readonly TsField[];
}

/** An object whose shape depends on a sibling enum field. */
export interface TsVariantsType {
  readonly kind: "variants";
  readonly by: string;
  /** The sibling field's property name. */
  readonly byTsName: string;
  readonly cases: readonly TsVariantCase[];
}

export interface TsVariantCase {
  readonly value: string;
  readonly typeName: string;
  readonly fields: readonly TsField[];
}

/** One of several types, declared as a type alias of its own with a decoder choosing the branch. */
export interface TsUnionType {
  readonly kind: "union";
  /** The alias's name, such as `PetResponse` or `OwnerPet`. */
  readonly typeName: string;
  readonly branches: readonly TsUnionBranch[];
  /** Wire name of the field selecting the branch, or null: chosen by shape. */
  readonly discriminator: string | null;
  /** The selecting field's property name, or null. */
  readonly discriminatorTsName: string | null;
}

export interface TsUnionBranch {
  readonly type: TsType;
  /** With a discriminator: the values selecting this branch. */
  readonly values: readonly string[];
}

export interface TsField extends Omit<IrField, "type"> {
  /** The property name (`code_length` -> `codeLength`). */
  readonly tsName: string;
  readonly type: TsType;
}

export interface TsModel extends Omit<IrModel, "fields"> {
  readonly fields: readonly TsField[];
}

export interface TsPathParameter extends Omit<IrPathParameter, "type"> {
  /** The function's argument name (`serviceSid`). */
  readonly tsName: string;
  readonly type: TsType;
}

export interface TsCondition extends IrCondition {
  /** Property path of the subject parameter, or null for a resource field. */
  readonly tsPath: readonly string[] | null;
}

export interface TsParameter extends Omit<IrParameter, "type" | "requiredWhen" | "onlyWhen"> {
  /** `Config.CodeLength` -> `["config", "codeLength"]`: where the value stands in the parameters object. */
  readonly tsPath: readonly string[];
  readonly type: TsType;
  readonly requiredWhen: TsCondition | null;
  readonly onlyWhen: TsCondition | null;
}

export interface TsDiscriminator extends IrDiscriminator {
  readonly tsPath: readonly string[];
}

export interface TsStream extends Omit<IrStream, "parameters"> {
  readonly functionName: string;
  readonly paramsTypeName: string;
  /** The stream's own option capping the items it yields: `limit`, or `maxItems` when a list parameter is called `limit`. */
  readonly limitName: string;
  readonly parameters: readonly TsParameter[];
}

/** Success statuses answering one body (`IrAnswer`), its JSON type as TypeScript sees it. */
export interface TsAnswer extends Omit<IrAnswer, "body"> {
  readonly body: TsBody;
}

/** `IrBody` with a JSON body's type as TypeScript sees it. */
export type TsBody =
  | Exclude<IrBody, { readonly kind: "json" }>
  | (Omit<Extract<IrBody, { readonly kind: "json" }>, "type"> & { readonly type: TsType | null });

/** `IrRequestBody` with its argument's name and a JSON body's type as TypeScript sees them. */
export type TsRequestBody = (
  | Exclude<IrRequestBody, { readonly kind: "json" }>
  | (Omit<Extract<IrRequestBody, { readonly kind: "json" }>, "type"> & { readonly type: TsType })
) & {
  /** The function's argument name (`body`, or the spec's own). */
  readonly tsName: string;
};

export interface TsOperation extends Omit<
  IrOperation,
  "pathParameters" | "parameters" | "discriminator" | "stream" | "responseType" | "answers" | "requestBody"
> {
  /** The whole request body the function takes as an argument, or null. */
  readonly requestBody: TsRequestBody | null;
  /** The success body's type when it is not one model (an array, a scalar, a map), or null. */
  readonly responseType: TsType | null;
  /** The success answers (`IrOperation.answers`), JSON types as TypeScript sees them. */
  readonly answers: readonly TsAnswer[];
  /** `createWidget`, `listWidgets`, or an action's own name. */
  readonly functionName: string;
  /** `CreateWidgetParams`, or null when the operation takes no parameters. */
  readonly paramsTypeName: string | null;
  readonly pathParameters: readonly TsPathParameter[];
  readonly parameters: readonly TsParameter[];
  readonly discriminator: TsDiscriminator | null;
  readonly stream: TsStream | null;
}

export interface TsResource extends Omit<IrResource, "pathParameters" | "models" | "operations"> {
  readonly pathParameters: readonly TsPathParameter[];
  readonly models: readonly TsModel[];
  readonly operations: readonly TsOperation[];
}

export interface TsService extends Omit<IrService, "models" | "resources"> {
  readonly models: readonly TsModel[];
  readonly resources: readonly TsResource[];
}

export interface TsIr extends Omit<Ir, "services"> {
  readonly services: readonly TsService[];
}

/** The TypeScript view of an IR, with each of its nodes' IR node, for their spec locations. */
export interface TsView {
  readonly ir: TsIr;
  /** The IR node each TypeScript node was made from (the IR's origins are keyed by IR nodes). */
  readonly source: WeakMap<object, object>;
}

const views = new WeakMap<Ir, TsView>();

/** The TypeScript view of `ir`, made once per IR (the client, the local server and the docs share it). */
export function tsView(ir: Ir): TsView {
  let view = views.get(ir);
  if (!view) {
    const source = new WeakMap<object, object>();
    view = { ir: { ...ir, services: ir.services.map((s) => tsService(s, source)) }, source };
    views.set(ir, view);
  }
  return view;
}

function tsService(s: IrService, source: WeakMap<object, object>): TsService {
  const out: TsService = {
    ...s,
    models: s.models.map((m) => tsModel(m, source)),
    resources: s.resources.map((r) => tsResource(r, source)),
  };
  source.set(out, s);
  return out;
}

function tsModel(m: IrModel, source: WeakMap<object, object>): TsModel {
  const out = { ...m, fields: tsFields(m.fields, m.name, source) };
  source.set(out, m);
  return out;
}

function tsResource(r: IrResource, source: WeakMap<object, object>): TsResource {
  // One view per path parameter, shared by the resource and its operations (compared by identity).
  const paths = new Map<IrPathParameter, TsPathParameter>(
    r.pathParameters.map((p) => [p, tsPathParameter(p, source)]),
  );
  const out: TsResource = {
    ...r,
    pathParameters: r.pathParameters.map((p) => paths.get(p)!),
    models: r.models.map((m) => tsModel(m, source)),
    operations: r.operations.map((op) => tsOperation(op, paths, source)),
  };
  source.set(out, r);
  return out;
}

function tsPathParameter(p: IrPathParameter, source: WeakMap<object, object>): TsPathParameter {
  const out = {
    ...p,
    tsName: p.property ?? argumentName(p.wireName),
    type: tsType(p.type, pascalCase(p.wireName), source),
  };
  source.set(out, p);
  return out;
}

function tsOperation(
  op: IrOperation,
  paths: ReadonlyMap<IrPathParameter, TsPathParameter>,
  source: WeakMap<object, object>,
): TsOperation {
  const base = pascalCase(op.name);
  const tsPaths = new Map(op.parameters.map((p) => [p, tsPathOf(p, op.bodyEncoding)] as const));
  const pathOf = (wireName: string) =>
    tsPaths.get(op.parameters.find((p) => p.wireName === wireName)!) ?? null;
  const condition = (c: IrCondition | null): TsCondition | null =>
    c && { ...c, tsPath: c.subject === "parameter" ? pathOf(c.wireName) : null };
  // One view per parameter, shared by the operation and its stream (compared by identity).
  const parameters = new Map<IrParameter, TsParameter>(
    op.parameters.map((p) => {
      const tsPath = tsPaths.get(p)!;
      const view: TsParameter = {
        ...p,
        tsPath,
        type: tsType(p.type, `${base}${tsPath.map(pascalCase).join("")}`, source),
        requiredWhen: condition(p.requiredWhen),
        onlyWhen: condition(p.onlyWhen),
      };
      source.set(view, p);
      return [p, view];
    }),
  );
  const out: TsOperation = {
    ...op,
    functionName: op.name,
    paramsTypeName: op.hasParams ? `${base}Params` : null,
    pathParameters: op.pathParameters.map((p) => paths.get(p)!),
    parameters: op.parameters.map((p) => parameters.get(p)!),
    discriminator: op.discriminator && { ...op.discriminator, tsPath: pathOf(op.discriminator.wireName)! },
    stream: op.stream && tsStream(op.stream, op, parameters),
    requestBody: op.requestBody && tsRequestBody(op.requestBody, `${base}Body`, source),
    responseType: op.responseType && tsType(op.responseType, `${base}Response`, source),
    answers: op.answers.map((answer, i) => ({
      statuses: answer.statuses,
      body:
        answer.body.kind === "json"
          ? {
              ...answer.body,
              type:
                answer.body.type &&
                tsType(
                  answer.body.type,
                  i === 0 ? `${base}Response` : `${base}Response${answer.statuses[0]}`,
                  source,
                ),
            }
          : answer.body,
    })),
  };
  source.set(out, op);
  return out;
}

function tsRequestBody(b: IrRequestBody, name: string, source: WeakMap<object, object>): TsRequestBody {
  const tsName = argumentName(b.name);
  const out: TsRequestBody =
    b.kind === "json" ? { ...b, tsName, type: tsType(b.type, name, source) } : { ...b, tsName };
  source.set(out, b);
  return out;
}

function tsStream(
  stream: IrStream,
  op: IrOperation,
  parameters: ReadonlyMap<IrParameter, TsParameter>,
): TsStream {
  const functionName =
    stream.name ??
    (op.name.startsWith("list") ? `stream${op.name.slice(4)}` : `stream${pascalCase(op.name)}`);
  const own = stream.parameters.map((p) => parameters.get(p)!);
  return {
    ...stream,
    functionName,
    paramsTypeName: `${pascalCase(functionName)}Params`,
    limitName: streamLimitName([...parameters.values()].map((p) => p.tsPath[0]!)),
    parameters: own,
  };
}

/** The stream option capping the items it yields: `limit` unless a list parameter takes that name. */
export function streamLimitName(parameterNames: readonly string[]): string {
  return parameterNames.includes("limit") ? "maxItems" : "limit";
}

/**
 * The property path of a parameter in the client: its `property` when the spec gives one; dotted
 * names nest in forms and queries, not in JSON bodies or headers.
 */
export function tsPathOf(
  p: { readonly wireName: string; readonly property: string | null; readonly location: string },
  body: IrBodyEncoding,
): string[] {
  if (p.property !== null) return [p.property];
  // Dots nest a form's or query's names; a JSON property's or a multipart part's are flat.
  const flat = (p.location === "body" && body !== "form") || p.location === "header";
  return flat ? [propertyName(p.wireName)] : propertyPath(p.wireName);
}

function tsFields(fields: readonly IrField[], owner: string, source: WeakMap<object, object>): TsField[] {
  return fields.map((f) => {
    const fieldName = pascalCase(f.wireName);
    const type: TsType =
      f.type.kind === "variants"
        ? {
            ...f.type,
            byTsName: propertyName(f.type.by),
            cases: f.type.cases.map((c) => {
              const typeName = `${owner}${pascalCase(c.value)}${fieldName}`;
              const out = { value: c.value, typeName, fields: tsFields(c.fields, typeName, source) };
              source.set(out, c);
              return out;
            }),
          }
        : tsType(f.type, `${owner}${fieldName}`, source);
    const out = { ...f, tsName: propertyName(f.wireName), type };
    source.set(out, f);
    return out;
  });
}

/** A type with its TypeScript names; an object shape is named `name`, items and values `…Item`, `…Value`. */
function tsType(t: IrType, name: string, source: WeakMap<object, object>): TsType {
  switch (t.kind) {
    case "array":
      return { ...t, items: tsType(t.items, `${name}Item`, source) };
    case "map":
      return { ...t, values: tsType(t.values, `${name}Value`, source) };
    case "object": {
      const out = { kind: "object" as const, typeName: name, fields: tsFields(t.fields, name, source) };
      source.set(out, t);
      return out;
    }
    case "variants":
      throw new Error("a variants type stands only as a model field");
    case "union": {
      const out: TsUnionType = {
        kind: "union",
        typeName: name,
        branches: t.branches.map((b, i) => ({
          type: tsType(b.type, `${name}Option${i + 1}`, source),
          values: b.values,
        })),
        discriminator: t.discriminator,
        discriminatorTsName: t.discriminator === null ? null : propertyName(t.discriminator),
      };
      source.set(out, t);
      return out;
    }
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "enum":
    case "date-time":
    case "json":
    case "ref":
    case "binary":
      return t;
  }
}
