/**
 * The spec file as written, after it passed the JSON Schema in `spec/schema/` (field for field the
 * same shape). Later stages read these types; the IR is built from them.
 */

export type ScalarType = "string" | "integer" | "number" | "boolean" | "string-map";
export type FieldType = ScalarType | "object" | "unknown";
export type StringFormat = "base32" | "base64" | "der-base64" | "uri" | "date-time";

export interface RawSpec {
  readonly specVersion: 1;
  readonly package: RawPackage;
  readonly service: RawService;
  readonly models?: readonly RawModel[];
  readonly resources: readonly RawResource[];
}

export interface RawPackage {
  readonly name: string;
  readonly license: string;
  readonly version: string;
  readonly description: string;
}

export interface RawService {
  readonly name: string;
  readonly baseUrl: string;
  readonly version: string;
  readonly auth: { readonly scheme: "basic"; readonly usernameEnv?: string; readonly passwordEnv?: string };
  readonly requestContentType: "application/x-www-form-urlencoded";
  readonly responseContentType: "application/json";
  readonly requestIdHeader?: string;
  readonly errorModel: string;
  readonly pagination?: {
    readonly metaKey: string;
    readonly metaModel: string;
    readonly nextUrlField: string;
    readonly pageSizeParameter: string;
    readonly cursorParameters?: readonly string[];
  };
}

export interface RawConstraints {
  readonly enum?: readonly string[];
  readonly format?: StringFormat;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
}

export interface RawCondition {
  readonly parameter?: string;
  readonly resourceField?: string;
  readonly in: readonly string[];
}

export interface RawPathParameter extends RawConstraints {
  readonly name: string;
  readonly type: "string";
  readonly example?: string;
  readonly description: string;
}

export interface RawParameter extends RawConstraints {
  readonly name: string;
  readonly in: "query" | "body";
  readonly type: ScalarType;
  readonly default?: string | number | boolean;
  readonly required?: boolean;
  readonly requiredWhen?: RawCondition;
  readonly onlyWhen?: RawCondition;
  readonly description: string;
}

export interface RawField extends RawConstraints {
  readonly name: string;
  readonly type: FieldType;
  readonly nullable?: boolean;
  readonly required?: boolean;
  readonly description: string;
  readonly fields?: readonly RawField[];
  readonly variantsBy?: string;
  readonly variants?: readonly { readonly when: string; readonly fields: readonly RawField[] }[];
}

export interface RawModel {
  readonly name: string;
  readonly description: string;
  readonly extends?: string;
  readonly fields: readonly RawField[];
}

export type OperationKind = "create" | "fetch" | "list" | "update" | "delete";
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RawOperation {
  readonly id: string;
  readonly kind: OperationKind;
  readonly tags: readonly string[];
  readonly method: HttpMethod;
  readonly path: "list" | "instance";
  readonly successStatus: number;
  readonly response?: string;
  readonly summary: string;
  readonly parameters?: readonly RawParameter[];
  readonly examples?: readonly RawExample[];
  readonly stream?: { readonly summary: string };
}

export interface RawResource {
  readonly name: string;
  readonly plural: string;
  readonly description: string;
  readonly listKey: string;
  readonly mockExtension?: string;
  readonly paths: { readonly list: string; readonly instance?: string };
  readonly pathParameters: readonly RawPathParameter[];
  readonly models: readonly RawModel[];
  readonly operations: readonly RawOperation[];
}

export interface RawExample {
  readonly title: string;
  readonly params: Readonly<Record<string, string | number | boolean | Readonly<Record<string, unknown>>>>;
}
