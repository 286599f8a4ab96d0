/** The data a generated route table gives the generic mock server: resources, paths, parameters, models. */
/** The kinds of value a parameter or field holds (the IR's type kinds). */
export type MockKind = "string" | "integer" | "number" | "boolean" | "enum" | "date-time" | "array" | "object" | "map" | "json" | "variants" | "union" | "ref" | "binary";
/**
 * Where a JSON value's property names differ from the client's (`code_length` -> `codeLength`), how
 * to map them: an object's fields, an array's items or a map's values.
 */
export type MockNames = {
    readonly fields: readonly {
        readonly wireName: string;
        readonly tsName: string;
        readonly names: MockNames | null;
    }[];
} | {
    readonly items: MockNames;
} | {
    readonly values: MockNames;
};
/** A path placeholder: how its value is written and what kind it is. */
export interface MockPathParameter {
    readonly wireName: string;
    readonly kind: MockKind;
    readonly itemKind: MockKind | null;
    readonly style: "simple" | "label" | "matrix";
    readonly explode: boolean;
}
/** One request parameter as the mock reads it from a query string, form body or JSON body. */
export interface MockParameter {
    readonly wireName: string;
    readonly location: "query" | "body" | "header" | "cookie";
    readonly tsPath: readonly string[];
    readonly kind: MockKind;
    /** For arrays: the kind of the items; for maps, of the values. */
    readonly itemKind: MockKind | null;
    readonly encoding: "text" | "repeat" | "delimited" | "json" | "json-body" | "dotted" | "form-object" | "deep-object" | "part";
    /** For `dotted`: the prefix of its keys (`AddOns` of `AddOns.lookup.mode`). */
    readonly keyPrefix: string | null;
    /** For `delimited`: the character between items. */
    readonly delimiter: string | null;
    /** For `form-object`: whether each field is a key of its own. */
    readonly explode: boolean;
    /** For an object: its fields' wire names and kinds (their text is parsed by kind). */
    readonly fields: readonly {
        readonly wireName: string;
        readonly kind: MockKind;
        readonly itemKind: MockKind | null;
    }[] | null;
    /** An enum's values (null for other kinds); a query enum of exactly `asc` and `desc` orders a list. */
    readonly enum: readonly string[] | null;
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
    readonly onlyWhenField: {
        readonly field: string;
        readonly values: readonly (string | boolean)[];
    } | null;
    /** How the property names of a JSON value map to the client's, or null where they are the same. */
    readonly names: MockNames | null;
}
/** One response field. */
export interface MockField {
    readonly wireName: string;
    readonly kind: MockKind;
    readonly format: string | null;
    readonly pattern: string | null;
    readonly enum: readonly string[] | null;
    readonly required: boolean;
    /** For a model, object or union: a value of its type, for a field the API always sends that nothing set. */
    readonly sample?: unknown;
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
    /** The answer when the body is not one model (an array, a scalar, a map), or null. */
    readonly responseBody: MockBody | null;
    /**
     * Where statuses answer different bodies, or the body is text, binary or may be JSON null: each
     * group of statuses with its body. The server answers the first group's first status, or the
     * declared one a `Prefer: code=<status>` request header asks for. Null: the kind says.
     */
    readonly answers: readonly MockAnswer[] | null;
    readonly parameters: readonly MockParameter[];
    /** The body taken whole (JSON of any type, text or bytes), or null: parameters make it. */
    readonly requestBody: MockRequestBody | null;
    /** How a list's answers page; null for other operations and for a list answered in one response. */
    readonly paging: MockPaging | null;
    /** The credentials it needs. */
    readonly security: MockSecurity;
    /** The generated client validator: the mock enforces exactly the client's rules. */
    readonly validate: (...args: unknown[]) => readonly {
        readonly path: string;
        readonly wireName: string;
        readonly message: string;
    }[];
}
/**
 * A body that is not one model: `records`, an array of the resource's stored records below the
 * path (each showing `fields`), or `sample`, a fixed value of the body's type (an empty array or
 * map, `""`, `0`, `false`).
 */
export type MockBody = {
    readonly shape: "records";
    readonly fields: readonly string[];
} | {
    readonly shape: "sample";
    readonly value: unknown;
};
/** One part of a multipart/form-data request: a field's text, or a file's bytes with its name and type. */
export interface MockPart {
    readonly name: string;
    readonly text: string | null;
    readonly bytes: Uint8Array | null;
    readonly fileName: string | null;
    readonly type: string | null;
}
/** A request body taken whole, as the local server reads it before the client's validator checks it. */
export interface MockRequestBody {
    readonly kind: "json" | "text" | "binary";
    readonly required: boolean;
    /** How a JSON value's property names map to the client's, or null where they are the same. */
    readonly names: MockNames | null;
}
/** Success statuses answering one body, for an operation answering by `answers`. */
export interface MockAnswer {
    readonly statuses: readonly number[];
    readonly body: MockAnswerBody;
}
/**
 * One answer's body: none; a model (the record the operation's kind yields when it is that model,
 * else a sample filling `fields`; JSON null where `nullable` and the record is missing); another
 * JSON body (`MockBody`; null where `nullable`); a text sample; or sample bytes.
 */
export type MockAnswerBody = {
    readonly shape: "none";
} | {
    readonly shape: "model";
    readonly fields: readonly MockField[];
    readonly nullable: boolean;
} | {
    readonly shape: "json";
    readonly body: MockBody;
    readonly nullable: boolean;
} | {
    readonly shape: "text" | "binary";
    readonly mediaType: string;
};
/** Hooks a resource may add to the generic behaviour (a resource-specific extension). */
export interface MockExtension {
    /**
     * Whether creating a record also creates its missing parent record, as some APIs do (by the
     * parent's own create operation, from the path); otherwise a missing parent is a 404.
     */
    readonly createsParent?: boolean;
    /** Completes a new record before it is stored; `form` holds the request's wire parameters. */
    onCreate?(context: MockContext): void;
    /** Applies an update's side effects after the generic field updates. */
    onUpdate?(context: MockContext): void;
    /** Brings a stored record up to date before it is shown or changed (for example, expires it). */
    onRead?(context: MockReadContext): void;
}
/** The stored records, as an extension may read (and change) them. */
export interface MockRecords {
    /** The record stored at an instance path (`/v2/Services/VA…`), or undefined. */
    get(path: string): Record<string, unknown> | undefined;
    /** The records of one resource, in creation order, whose fields equal every value of `where`. */
    find(resource: string, where?: Readonly<Record<string, unknown>>): Record<string, unknown>[];
}
/** What a read hook sees. */
export interface MockReadContext {
    readonly record: Record<string, unknown>;
    readonly records: MockRecords;
    readonly now: Date;
}
/** What a create or update hook sees. */
export interface MockContext extends MockReadContext {
    readonly form: ReadonlyMap<string, string>;
    readonly pathParameters: Readonly<Record<string, string>>;
    /** Ends the request with an error in the API's shape: HTTP `status`, and the API's own `code` if given. */
    fail(status: number, message: string, code?: number): never;
    /**
     * Tells the developer what the API would have sent out of band (a verification code by SMS), one
     * line: the server hands it to its `log` option, which the command-line server prints.
     */
    log(line: string): void;
}
/** One resource as the mock serves it. */
export interface MockResource {
    readonly name: string;
    readonly listKey: string | null;
    readonly instancePath: string | null;
    readonly pathParameters: readonly MockPathParameter[];
    /** All fields a stored record may have (the union of the response models). */
    readonly fields: readonly MockField[];
    readonly operations: readonly MockOperation[];
    readonly extension: MockExtension | null;
}
/** How the server imitates the API: ids, the account field, error codes. */
export interface MockSettings {
    /** Fields whose pattern is a literal prefix and `[0-9a-fA-F]{N}` with this N are minted; null: none. */
    readonly idHexDigits: number | null;
    /** Written before the item index in page tokens (`PT40`). */
    readonly pageTokenPrefix: string;
    readonly accountField: string | null;
    /** The ways requests authenticate (none: the API takes no credentials). */
    readonly auth: readonly MockAuth[];
    readonly errorCodes: Readonly<Record<string, number>>;
    /** `{code}` is replaced; null: no link. */
    readonly moreInfoUrl: string | null;
    /** The date-time fields set when a record is created, and when it is created or updated. */
    readonly stamps: {
        readonly created: string | null;
        readonly updated: string | null;
    };
    /** The error body's field names. */
    readonly errorFields: {
        readonly code: string | null;
        readonly message: string | null;
        readonly moreInfo: string | null;
        readonly status: string | null;
    };
}
/**
 * One way the server checks a request's credentials, by the API's auth scheme. Basic: any username
 * the pattern allows (any, when null) with a non-empty password; a bearer token or API key: any
 * non-empty one; OAuth2 with client credentials: a token its own token endpoint (`tokenPath`)
 * issued. Each unless the server was started with the one credential to accept.
 */
export type MockAuth = {
    readonly kind: "basic";
    readonly name: string;
    readonly usernamePattern: string | null;
} | {
    readonly kind: "bearer";
    readonly name: string;
} | {
    readonly kind: "apiKey";
    readonly name: string;
    readonly in: "header" | "query" | "cookie";
    readonly parameter: string;
} | {
    readonly kind: "oauth2";
    readonly name: string;
    /** The path the server answers token requests on, or null when clients bring their own tokens. */
    readonly tokenPath: string | null;
    readonly clientAuthentication: "basic" | "body";
};
/** Alternatives, each the names of schemes a request must pass together; `[]`: no credentials. */
export type MockSecurity = readonly (readonly string[])[];
/** Paging as the API does it, with the spec's names, by style. */
export type MockPaging = MockNextUrlPaging | MockCursorPaging | MockLinkHeaderPaging | MockOffsetPaging;
/** What every paging style has. */
interface MockPagingBase {
    /** The page-size query parameter, or null when the list has none. */
    readonly pageSizeParameter: string | null;
    readonly defaultPageSize: number;
    readonly maxPageSize: number;
}
/** The next page's link in the page metadata. */
export interface MockNextUrlPaging extends MockPagingBase {
    readonly style: "nextUrl";
    /** The key holding the page metadata, or null: its fields sit beside the items. */
    readonly metaKey: string | null;
    readonly nextUrlField: string;
    /** Absolute URLs, or paths on the server's origin. */
    readonly pageUrls: "absolute" | "path";
    readonly pageParameter: string | null;
    readonly pageTokenParameter: string | null;
    /** Meta fields by role (page, pageSize, firstPageUrl, previousPageUrl, url, key, start, end). */
    readonly metaFields: Readonly<Record<string, string>>;
}
/**
 * A cursor sent back in `cursorParameter`: a page token of the server's own in `cursorField`
 * (`lastCursor` on the last page), or, with `hasMoreField`, the last item's `itemCursorField`.
 */
export interface MockCursorPaging extends MockPagingBase {
    readonly style: "cursor";
    readonly metaKey: string | null;
    readonly cursorParameter: string;
    readonly cursorField: string | null;
    /** What `cursorField` holds on the last page: null, or "" where the field is not nullable. */
    readonly lastCursor: null | "";
    readonly hasMoreField: string | null;
    readonly itemCursorField: string | null;
}
/** An RFC 8288 `Link` header with `rel="first"` and, but on the last page, `rel="next"`. */
export interface MockLinkHeaderPaging extends MockPagingBase {
    readonly style: "linkHeader";
    readonly pageUrls: "absolute" | "path";
    /** The page-number parameter the links set, or null: a page token of the server's own (`cursor`). */
    readonly pageParameter: string | null;
}
/** Offset and limit, with the list's total in the metadata. */
export interface MockOffsetPaging extends MockPagingBase {
    readonly style: "offset";
    readonly metaKey: string | null;
    readonly totalField: string;
    readonly offsetParameter: string;
}
/** The service a route table describes. */
export interface MockService {
    readonly requestIdHeader: string | null;
    /** What requests need when no operation says otherwise (and on paths no operation has). */
    readonly security: MockSecurity;
    readonly settings: MockSettings;
    readonly resources: readonly MockResource[];
    /** The webhooks the server sends when records change, or null: none. */
    readonly webhooks: MockWebhooks | null;
}
/**
 * Webhooks as the API sends them: when a record changes as an event says, each subscription (a
 * record of `subscription.resource` of the same account and scope, subscribed to the event's type)
 * gets the event POSTed, form-encoded, signed by `sign` with the account's secret in `header`.
 */
export interface MockWebhooks {
    readonly header: string;
    /** The API's signature of a webhook (the client's own signer). */
    readonly sign: (secret: string, url: string, params: Readonly<Record<string, string>>) => Promise<string>;
    readonly typeField: string;
    readonly subscription: {
        readonly resource: string;
        readonly urlField: string;
        readonly eventsField: string;
        readonly allEvents: string | null;
        readonly disabledWhen: {
            readonly field: string;
            readonly value: string;
        } | null;
        readonly scope: readonly string[];
    };
    readonly events: readonly MockWebhookEvent[];
}
/** An event the server sends: the change that sends it, and where each form field's value comes from. */
export interface MockWebhookEvent {
    readonly type: string;
    readonly when: {
        readonly resource: string;
        readonly on: "create" | "update" | "delete";
        readonly field: string | null;
        readonly value: string | null;
    };
    readonly fields: readonly {
        readonly name: string;
        readonly from: {
            readonly kind: "record";
            readonly field: string;
        } | {
            readonly kind: "id";
        } | {
            readonly kind: "type";
        };
    }[];
}
export {};
