/** The data a generated route table gives the generic mock server: resources, paths, parameters, models. */

/** One request parameter as the mock reads it from a query string or form body. */
export interface MockParameter {
  readonly wireName: string;
  readonly tsPath: readonly string[];
  readonly type: "string" | "integer" | "number" | "boolean" | "string-map";
  readonly default: string | number | boolean | null;
  /** Applies only when another parameter has one of these values (null: always). */
  readonly onlyWhenParameter: { readonly wireName: string; readonly values: readonly string[] } | null;
  /** Rules on the stored resource, which the mock (unlike the client) can check. */
  readonly requiredWhenField: { readonly field: string; readonly values: readonly string[] } | null;
  readonly onlyWhenField: { readonly field: string; readonly values: readonly string[] } | null;
}

/** One response field. */
export interface MockField {
  readonly wireName: string;
  readonly type: string;
  readonly format: string | null;
  readonly pattern: string | null;
  readonly enum: readonly string[] | null;
  readonly required: boolean;
}

/** One operation of a resource. */
export interface MockOperation {
  readonly kind: "create" | "fetch" | "list" | "update" | "delete";
  readonly method: string;
  readonly pathKind: "list" | "instance";
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
  readonly listKey: string;
  readonly listPath: string;
  readonly instancePath: string | null;
  readonly pathParameters: readonly { readonly wireName: string }[];
  /** All fields a stored record may have (the union of the response models). */
  readonly fields: readonly MockField[];
  readonly operations: readonly MockOperation[];
  readonly extension: MockExtension | null;
}

/** The service a route table describes. */
export interface MockService {
  readonly requestIdHeader: string | null;
  readonly pagination: {
    readonly metaKey: string;
    readonly pageSizeParameter: string;
    readonly defaultPageSize: number;
    readonly maxPageSize: number;
  } | null;
  readonly resources: readonly MockResource[];
}
