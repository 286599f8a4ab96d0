/**
 * The intermediate representation: plain, readonly, JSON-printable data that every emitter reads.
 * Absent values are `null` (never `undefined`), and every list is in spec order, fixed here once.
 */
import type { FieldType, HttpMethod, OperationKind, ScalarType, StringFormat } from "../load/spec-types.ts";

export type { FieldType, HttpMethod, OperationKind, ScalarType, StringFormat };

/** Everything one run generates: one npm package for all spec files. */
export interface Ir {
  readonly package: IrPackage;
  /** Spec files, `/`-separated paths sorted by code point. */
  readonly sources: readonly string[];
  readonly services: readonly IrService[];
}

/** The npm package identity written into the generated `package.json` and User-Agent. */
export interface IrPackage {
  readonly name: string;
  /** SPDX identifier. */
  readonly license: string;
  readonly version: string;
  readonly description: string;
}

/** One HTTP API (host + version) and its resources. */
export interface IrService {
  readonly name: string;
  /** The spec file this service comes from. */
  readonly source: string;
  /** Scheme and host, such as `https://verify.twilio.com`. */
  readonly baseUrl: string;
  readonly version: string;
  readonly auth: IrAuth;
  readonly requestContentType: "application/x-www-form-urlencoded";
  readonly responseContentType: "application/json";
  /** Response header carrying the request id copied into errors, or null. */
  readonly requestIdHeader: string | null;
  /** Name of the model of error bodies. */
  readonly errorModel: string;
  readonly pagination: IrPagination | null;
  /** Service-wide models (error body, page metadata). */
  readonly models: readonly IrModel[];
  readonly resources: readonly IrResource[];
}

/** HTTP Basic auth, with optional environment-variable fallbacks. */
export interface IrAuth {
  readonly scheme: "basic";
  readonly usernameEnv: string | null;
  readonly passwordEnv: string | null;
}

/** How list responses are paged. */
export interface IrPagination {
  /** Property of a list response holding the page metadata (`meta`). */
  readonly metaKey: string;
  readonly metaModel: string;
  /** Field of the metadata holding the next page's absolute URL, or null on the last page. */
  readonly nextUrlField: string;
  /** Wire name of the query parameter that sets the page size. */
  readonly pageSizeParameter: string;
  /** Query parameters only the API's page URLs set; streams leave them out. */
  readonly cursorParameters: readonly string[];
}

/** Validation constraints of one value; null where the spec sets none. */
export interface IrConstraints {
  readonly enum: readonly string[] | null;
  readonly format: StringFormat | null;
  readonly minimum: number | null;
  readonly maximum: number | null;
  /** For string-map values: the length of the JSON encoding. */
  readonly minLength: number | null;
  readonly maxLength: number | null;
  readonly pattern: string | null;
}

/** A REST resource with a list path and, usually, an instance path. */
export interface IrResource {
  readonly name: string;
  readonly plural: string;
  readonly description: string;
  readonly source: string;
  /** Property of a list response holding the items. */
  readonly listKey: string;
  /** The mock-server extension: its path (beside the spec) and its source text, or null. */
  readonly mockExtension: { readonly file: string; readonly source: string } | null;
  readonly paths: { readonly list: string; readonly instance: string | null };
  readonly pathParameters: readonly IrPathParameter[];
  readonly models: readonly IrModel[];
  readonly operations: readonly IrOperation[];
}

/** A `{Placeholder}` of a resource path. */
export interface IrPathParameter {
  readonly wireName: string;
  /** The generated function's argument name (`serviceSid`). */
  readonly tsName: string;
  readonly constraints: IrConstraints;
  readonly description: string;
  /** A valid value for docs, or null. */
  readonly example: string | null;
}

/** A response model, with inherited fields already flattened in front. */
export interface IrModel {
  readonly name: string;
  readonly description: string;
  readonly extends: string | null;
  readonly fields: readonly IrField[];
}

/** A field of a response model. */
export interface IrField {
  readonly wireName: string;
  readonly tsName: string;
  readonly type: FieldType;
  /** The API may send null. */
  readonly nullable: boolean;
  /** The API always sends the field. */
  readonly required: boolean;
  readonly constraints: IrConstraints;
  readonly description: string;
  /** Known fields of an object field without variants. */
  readonly fields: readonly IrField[] | null;
  readonly variants: IrVariants | null;
}

/** An object field whose shape depends on a sibling enum field. */
export interface IrVariants {
  /** Wire name of the sibling field selecting the shape. */
  readonly by: string;
  readonly byTsName: string;
  readonly cases: readonly IrVariantCase[];
}

/** One shape of a variant field. */
export interface IrVariantCase {
  readonly value: string;
  /** Generated type name, such as `FactorPushConfig`. */
  readonly typeName: string;
  readonly fields: readonly IrField[];
}

/** One HTTP operation and the generated function for it. */
export interface IrOperation {
  readonly id: string;
  readonly kind: OperationKind;
  /** `createFactor`, `listFactors`. */
  readonly functionName: string;
  readonly method: HttpMethod;
  readonly pathKind: "list" | "instance";
  readonly pathTemplate: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly successStatus: number;
  readonly responseModel: string | null;
  /** In the order they appear in the path. */
  readonly pathParameters: readonly IrPathParameter[];
  readonly parameters: readonly IrParameter[];
  /** `CreateFactorParams`, or null when the operation takes no parameters. */
  readonly paramsTypeName: string | null;
  /** True when a caller must pass parameters (some are always required). */
  readonly paramsRequired: boolean;
  /** The client-checkable parameter whose value selects which parameters apply, or null. */
  readonly discriminator: IrDiscriminator | null;
  readonly stream: IrStream | null;
  /** Calls shown in the docs. */
  readonly examples: readonly IrExample[];
}

/** A documented call: parameter values by wire name, in spec order. */
export interface IrExample {
  readonly title: string;
  readonly params: readonly { readonly wireName: string; readonly value: string | number | boolean | Readonly<Record<string, unknown>> }[];
}

/** Drives a discriminated union of parameter types. */
export interface IrDiscriminator {
  readonly wireName: string;
  readonly tsPath: readonly string[];
  readonly values: readonly string[];
}

/** The lazily auto-paginating stream over a list operation. */
export interface IrStream {
  readonly functionName: string;
  readonly summary: string;
  readonly paramsTypeName: string;
  /** The list parameters a stream passes on (all but the cursor parameters); includes the page size. */
  readonly parameters: readonly IrParameter[];
  /** Wire name of the page-size parameter. */
  readonly pageSizeParameter: string;
  /** The page-size parameter's maximum, or null. */
  readonly maxPageSize: number | null;
}

/** A query or body parameter. */
export interface IrParameter {
  readonly wireName: string;
  /** `Config.CodeLength` -> `["config", "codeLength"]`. */
  readonly tsPath: readonly string[];
  readonly location: "query" | "body";
  readonly type: ScalarType;
  readonly constraints: IrConstraints;
  readonly default: string | number | boolean | null;
  readonly required: boolean;
  readonly requiredWhen: IrCondition | null;
  readonly onlyWhen: IrCondition | null;
  readonly description: string;
}

/**
 * A condition on a request parameter (the client checks it) or on a field of the stored resource
 * (only the server can: docs state it, validators skip it).
 */
export interface IrCondition {
  readonly subject: "parameter" | "resource";
  readonly wireName: string;
  /** Property path of the subject parameter, or null for a resource field. */
  readonly tsPath: readonly string[] | null;
  readonly values: readonly string[];
  readonly checkedBy: "client" | "server";
}
