/** The data a generated route table gives the generic mock server: resources, paths, parameters, models. */

/** The kinds of value a parameter or field holds (the IR's type kinds). */
export type MockKind =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "enum"
  | "date-time"
  | "array"
  | "object"
  | "map"
  | "json"
  | "variants"
  | "ref";

/** One request parameter as the mock reads it from a query string, form body or JSON body. */
export interface MockParameter {
  readonly wireName: string;
  readonly location: "query" | "body" | "header";
  readonly tsPath: readonly string[];
  readonly kind: MockKind;
  /** For arrays: the kind of the items. */
  readonly itemKind: MockKind | null;
  readonly encoding: "text" | "repeat" | "json" | "json-body";
  readonly default: string | number | boolean | null;
  /** Applies only when another parameter has one of these values (null: always). */
  readonly onlyWhenParameter: {
    readonly wireName: string;
    readonly values: readonly (string | boolean)[];
  } | null;
  /** Rules on the stored resource, which the mock (unlike the client) can check. */
  readonly requiredWhenField: {
    readonly field: string;
    readonly values: readonly (string | boolean)[];
  } | null;
  readonly onlyWhenField: { readonly field: string; readonly values: readonly (string | boolean)[] } | null;
}

/** One response field. */
export interface MockField {
  readonly wireName: string;
  readonly kind: MockKind;
  readonly format: string | null;
  readonly pattern: string | null;
  readonly enum: readonly string[] | null;
  readonly required: boolean;
}

/** One operation of a resource. */
export interface MockOperation {
  readonly kind: "create" | "fetch" | "list" | "update" | "delete" | "action";
  readonly method: string;
  /** The path template, such as `/v2/Services/{ServiceSid}/Entities`. */
  readonly path: string;
  readonly successStatus: number;
  /** Wire names of the fields the response shows, or null for no body. */
  readonly responseFields: readonly string[] | null;
  readonly parameters: readonly MockParameter[];
  /** The generated client validator: the mock enforces exactly the client's rules. */
  readonly validate: (
    ...args: unknown[]
  ) => readonly { readonly path: string; readonly wireName: string; readonly message: string }[];
}

/** Hooks a resource may add to the generic behaviour (a resource-specific extension). */
export interface MockExtension {
  /** Completes a new record before it is stored; `form` holds the request's wire parameters. */
  onCreate?(context: MockContext): void;
  /** Applies an update's side effects after the generic field updates. */
  onUpdate?(context: MockContext): void;
}

/** What an extension hook sees. */
export interface MockContext {
  readonly record: Record<string, unknown>;
  readonly form: ReadonlyMap<string, string>;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly now: Date;
}

/** One resource as the mock serves it. */
export interface MockResource {
  readonly name: string;
  readonly listKey: string | null;
  readonly instancePath: string | null;
  readonly pathParameters: readonly { readonly wireName: string }[];
  /** All fields a stored record may have (the union of the response models). */
  readonly fields: readonly MockField[];
  readonly operations: readonly MockOperation[];
  readonly extension: MockExtension | null;
}

/** How the server imitates the API: ids, the account field, error codes. */
export interface MockSettings {
  /** Fields whose pattern is `^XX[0-9a-fA-F]{N}$` with this N are minted; null: none. */
  readonly idHexDigits: number | null;
  readonly accountField: string | null;
  readonly usernamePattern: string | null;
  readonly errorCodes: Readonly<Record<string, number>>;
  /** `{code}` is replaced; null: no link. */
  readonly moreInfoUrl: string | null;
  /** The error body's field names. */
  readonly errorFields: {
    readonly code: string | null;
    readonly message: string | null;
    readonly moreInfo: string | null;
    readonly status: string | null;
  };
}

/** Paging as the API does it, with the spec's names. */
export interface MockPaging {
  readonly metaKey: string;
  readonly nextUrlField: string;
  readonly pageSizeParameter: string;
  readonly pageParameter: string | null;
  readonly pageTokenParameter: string | null;
  /** Meta fields by role (page, pageSize, firstPageUrl, previousPageUrl, url, key). */
  readonly metaFields: Readonly<Record<string, string>>;
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
}

/** The service a route table describes. */
export interface MockService {
  readonly requestIdHeader: string | null;
  readonly pagination: MockPaging | null;
  readonly settings: MockSettings;
  readonly resources: readonly MockResource[];
}
