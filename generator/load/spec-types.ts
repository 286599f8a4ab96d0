/**
 * The spec file as written (format 3), after it passed the JSON Schema in `spec/schema/` (field for
 * field the same shape). The resolve stage turns these into the catalog; the IR is built from that.
 */

/** The kinds a type expression can name with `type:` (a model reference uses `model:` instead). */
export type RawTypeName =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "date-time"
  | "array"
  | "object"
  | "map"
  | "json"
  | "union"
  | "binary";
/** String formats the validators check. */
export type StringFormat =
  "base32" | "base64" | "spki-base64" | "ec-p256-spki" | "uri" | "e164" | "date-time";
export type OperationKind = "create" | "fetch" | "list" | "update" | "delete" | "action";
/** HEAD and OPTIONS are `action`s: a HEAD answer has headers and no body. */
export type HttpMethod = "GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "PATCH" | "DELETE";
/** A condition value: an enum value or a boolean. */
export type RawConditionValue = string | boolean;

/** A type expression: `type` (with its constraints), or `model` naming a model. */
export interface RawTypeExpr {
  readonly type?: RawTypeName;
  readonly model?: string;
  readonly enum?: readonly string[];
  readonly format?: StringFormat;
  readonly minimum?: number;
  readonly maximum?: number;
  /** For strings: characters; for map, object and json: the length of the JSON encoding. */
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** For array: the item type. */
  readonly items?: RawTypeExpr;
  /** For map: the value type (keys are strings). */
  readonly values?: RawTypeExpr;
  /** For union (responses only): the branches, the types a value may have. */
  readonly oneOf?: readonly RawTypeExpr[];
  /** For union: the field whose value names the branch (every branch then a model). */
  readonly discriminator?: RawDiscriminator;
  /** For object: known fields. */
  readonly fields?: readonly RawField[];
  /** For object: the sibling enum field whose value selects one of `variants`. */
  readonly variantsBy?: string;
  readonly variants?: readonly { readonly when: string; readonly fields: readonly RawField[] }[];
}

/**
 * A union's discriminator: the wire name of a field every branch model has, and which of its values
 * selects which branch (a branch no value maps to is selected by its model's name).
 */
export interface RawDiscriminator {
  readonly field: string;
  readonly mapping?: Readonly<Record<string, string>>;
}

export interface RawSpec {
  readonly specVersion: 3;
  readonly package: RawPackage;
  readonly service: RawService;
  readonly models?: readonly RawModel[];
  /** The events the service sends as webhooks (one file of a service says them). */
  readonly webhooks?: RawWebhooks;
  readonly resources?: readonly RawResource[];
}

export interface RawPackage {
  readonly name: string;
  readonly license: string;
  readonly version: string;
  readonly description: string;
  /** A Markdown file beside the spec, shown in the package README. */
  readonly guide?: string;
}

/** One credential: the `createClient` option that carries it and the environment variable it falls back to. */
export interface RawCredential {
  readonly option: string;
  readonly env?: string;
  readonly description: string;
}

/**
 * How clients may authenticate: the API's schemes by name, and which of them operations need by
 * default (`security`: alternatives, each a list of schemes applied together; `[]`: none). Without
 * `security`, each scheme is an alternative, in order.
 */
export interface RawAuth {
  readonly schemes: Readonly<Record<string, RawAuthScheme>>;
  readonly security?: RawSecurity;
}

/** Alternatives, each the names of the schemes applied together; `[]` needs no credentials. */
export type RawSecurity = readonly (readonly string[])[];

/** One way to authenticate, by `scheme`: a union, so each scheme says what it needs. */
export type RawAuthScheme = RawBasicAuth | RawBearerAuth | RawApiKeyAuth | RawOAuth2Auth;

/** HTTP Basic: username/password pairs, the preferred first. */
export interface RawBasicAuth {
  readonly scheme: "basic";
  readonly credentials: readonly { readonly username: RawCredential; readonly password: RawCredential }[];
}

/** HTTP Bearer: a token the caller gives (a string, or a function called for each request). */
export interface RawBearerAuth {
  readonly scheme: "bearer";
  /** What the token is (`JWT`), for the docs. */
  readonly format?: string;
  readonly token: RawCredential;
}

/** An API key sent in a header, a query parameter or a cookie of the given name. */
export interface RawApiKeyAuth {
  readonly scheme: "apiKey";
  readonly in: "header" | "query" | "cookie";
  readonly name: string;
  readonly key: RawCredential;
}

/** OAuth2's flows as the API declares them (for the docs and the OpenAPI document). */
export interface RawOAuthFlows {
  readonly clientCredentials?: {
    readonly tokenUrl: string;
    readonly scopes?: Readonly<Record<string, string>>;
  };
  readonly authorizationCode?: {
    readonly authorizationUrl: string;
    readonly tokenUrl: string;
    readonly scopes?: Readonly<Record<string, string>>;
  };
  readonly implicit?: {
    readonly authorizationUrl: string;
    readonly scopes?: Readonly<Record<string, string>>;
  };
  readonly password?: { readonly tokenUrl: string; readonly scopes?: Readonly<Record<string, string>> };
}

/**
 * OAuth2: requests carry a bearer access token, which the caller gives (`token`) or, with
 * `clientCredentials`, the client fetches from the flow's token URL with a client id and secret.
 */
export interface RawOAuth2Auth {
  readonly scheme: "oauth2";
  readonly flows: RawOAuthFlows;
  readonly token: RawCredential;
  readonly clientCredentials?: {
    readonly clientId: RawCredential;
    readonly clientSecret: RawCredential;
    /** How the client proves itself to the token endpoint: HTTP Basic (the default) or form fields. */
    readonly clientAuthentication?: "basic" | "body";
    /** The scopes the client asks for (none: the token endpoint's default). */
    readonly scopes?: readonly string[];
    /** A `createClient` option that replaces the token URL. */
    readonly tokenUrlOption?: string;
  };
}

export interface RawService {
  readonly name: string;
  /**
   * The server's URL: scheme, host and any path prefix the operations' paths go below
   * (`https://api.example.com/v1`), with `{name}` placeholders for `serverVariables`.
   */
  readonly baseUrl: string;
  /** The server URL's variables: `createClient` options of the same names, with their defaults. */
  readonly serverVariables?: Readonly<Record<string, RawServerVariable>>;
  readonly version: string;
  /** Without it, the API needs no credentials. */
  readonly auth?: RawAuth;
  readonly requestIdHeader?: string;
  readonly errors: {
    readonly model: string;
    readonly codeField?: string;
    readonly messageField?: string;
    readonly moreInfoField?: string;
    readonly detailsField?: string;
    readonly statusField?: string;
  };
  readonly pagination?: RawPagination;
  readonly mock?: RawMockSettings;
  /** How the API signs the webhooks it sends (its events are the file-level `webhooks`). */
  readonly webhooks?: { readonly signature: RawWebhookSignature };
}

/**
 * A webhook signature: an HMAC keyed by the account's secret over the URL followed by the form
 * parameters sorted by name (each name then its value), Base64, in `header`; with
 * `bodyHashParameter`, a raw (JSON) body is signed by that query parameter holding its hex SHA-256.
 */
export interface RawWebhookSignature {
  readonly header: string;
  readonly algorithm: "hmac-sha1" | "hmac-sha256";
  readonly signs: "url-and-sorted-params";
  readonly encoding: "base64";
  readonly bodyHashParameter?: string;
}

/**
 * The webhooks a service sends: the form field naming the event type, each event with its fields,
 * and (for the local server) the resource whose records subscribe to events.
 */
export interface RawWebhooks {
  readonly typeField: string;
  readonly subscription?: RawWebhookSubscription;
  readonly events: readonly RawWebhookEvent[];
}

/** The resource whose records subscribe a URL to event types (for the local server). */
export interface RawWebhookSubscription {
  readonly resource: string;
  readonly urlField: string;
  readonly eventsField: string;
  /** An event type that subscribes to every event. */
  readonly allEvents?: string;
  /** A record with this field at this value receives nothing. */
  readonly disabledWhen?: { readonly field: string; readonly value: string };
  /** Fields a subscription and the record an event is about must share (besides the account). */
  readonly scope?: readonly string[];
}

/** One event type: its fields, and what change of which resource's records sends it (local server). */
export interface RawWebhookEvent {
  readonly type: string;
  readonly description: string;
  readonly when?: RawWebhookTrigger;
  readonly fields: readonly RawWebhookField[];
}

/** A record of `resource` created, deleted, or updated so that `field` becomes `value`. */
export interface RawWebhookTrigger {
  readonly resource: string;
  readonly on: "create" | "update" | "delete";
  readonly field?: string;
  readonly value?: string;
}

/**
 * A form field of an event: text, or JSON text (parsed); `from` says where the local server takes
 * it: `record.<field>` of the record the event is about, `event.id` (a fresh UUID) or `event.type`.
 */
export interface RawWebhookField {
  readonly name: string;
  readonly type: "string" | "json";
  readonly required?: boolean;
  readonly description: string;
  readonly from?: string;
}

/** A variable of the server URL (OpenAPI's server variable): its default, and the values it may take. */
export interface RawServerVariable {
  readonly default: string;
  readonly enum?: readonly string[];
  readonly description: string;
}

/** The roles of page metadata fields the local server fills. */
export type PageFieldRole =
  "page" | "pageSize" | "firstPageUrl" | "previousPageUrl" | "url" | "key" | "start" | "end";

/**
 * How list responses page, as a tagged union on `style`: `nextUrl` (the default, when `style` is
 * absent), `cursor`, `linkHeader` or `offset`. Each reduces, in the client, to the next page's URL.
 */
export type RawPagination = RawNextUrlPaging | RawCursorPaging | RawLinkHeaderPaging | RawOffsetPaging;

/**
 * `nextUrl`: the next page's link in the page metadata, which sits under `metaKey` or, without
 * one, at the top level of the response beside the items.
 */
export interface RawNextUrlPaging {
  readonly style?: "nextUrl";
  readonly metaKey?: string;
  readonly metaModel: string;
  readonly nextUrlField: string;
  /** How the API writes page links: absolute URLs (the default) or paths on its origin. */
  readonly pageUrls?: "absolute" | "path";
  readonly pageSizeParameter?: string;
  readonly pageParameter?: string;
  readonly pageTokenParameter?: string;
  /** Meta fields by role, for the local server to fill. */
  readonly metaFields?: Readonly<Partial<Record<PageFieldRole, string>>>;
}

/**
 * `cursor`: the next page's cursor goes back in `cursorParameter`; it is either a metadata field
 * (`cursorField`, Slack's `next_cursor`; empty or null on the last page) or, while `hasMoreField`
 * is true, the last item's `itemCursorField` (Stripe's `has_more` and `starting_after`).
 */
export interface RawCursorPaging {
  readonly style: "cursor";
  readonly metaKey?: string;
  readonly metaModel: string;
  readonly cursorParameter: string;
  readonly cursorField?: string;
  readonly hasMoreField?: string;
  readonly itemCursorField?: string;
  readonly pageSizeParameter?: string;
}

/** `linkHeader`: the next page's URL in an RFC 8288 `Link` response header, `rel="next"` (GitHub). */
export interface RawLinkHeaderPaging {
  readonly style: "linkHeader";
  /** How the local server writes the links: absolute URLs (the default) or paths. */
  readonly pageUrls?: "absolute" | "path";
  readonly pageSizeParameter?: string;
  /** The page-number query parameter only the API's links set; streams leave it out. */
  readonly pageParameter?: string;
}

/**
 * `offset`: the next page starts at `offsetParameter` plus the items received, while that is below
 * the metadata's `totalField`; `limitParameter` sets the page size.
 */
export interface RawOffsetPaging {
  readonly style: "offset";
  readonly metaKey?: string;
  readonly metaModel: string;
  readonly totalField: string;
  readonly offsetParameter: string;
  readonly limitParameter?: string;
}

/** The kinds of error the local server answers, each of which may carry the API's own code. */
export type MockErrorRole =
  | "unauthorized"
  | "notFound"
  | "methodNotAllowed"
  | "invalidParameter"
  | "conflict"
  | "rateLimited"
  | "internal";

/** How the local server imitates the API: ids it mints, the account field, its error codes. */
export interface RawMockSettings {
  /** Fields whose pattern is a literal prefix and `[0-9a-fA-F]{N}` are minted as the prefix plus N hex digits. */
  readonly idHexDigits?: number;
  /** Page tokens in the server's page links are this prefix and an item index. */
  readonly pageTokenPrefix?: string;
  /** The field set to the authenticated username. */
  readonly accountField?: string;
  /** A pattern usernames must match (when no credentials are configured). */
  readonly usernamePattern?: string;
  /** The API's own code for each kind of error the local server answers. */
  readonly errorCodes?: Readonly<Partial<Record<MockErrorRole, number>>>;
  /** `{code}` is replaced with the error code. */
  readonly moreInfoUrl?: string;
  /** The date-time fields set at create (`created`) and at create and update (`updated`). */
  readonly stamps?: { readonly created?: string; readonly updated?: string };
}

export interface RawCondition {
  readonly parameter?: string;
  readonly resourceField?: string;
  readonly in: readonly RawConditionValue[];
}

/** How a path value is written: `simple` (`a,b`), `label` (`.a.b`) or `matrix` (`;id=a;id=b`). */
export type PathStyle = "simple" | "label" | "matrix";

/**
 * How a query, cookie or header value is written (OpenAPI's styles, and `tabDelimited` for
 * Swagger's `tsv`): `form` (`id=a&id=b`, or `id=a,b` without explode), `spaceDelimited` (`id=a b`),
 * `pipeDelimited` (`id=a|b`), `tabDelimited`, `deepObject` (`id[role]=admin`), `simple` (a header: `a,b`).
 */
export type ParameterStyle =
  "form" | "spaceDelimited" | "pipeDelimited" | "tabDelimited" | "deepObject" | "simple";

export interface RawPathParameter extends RawTypeExpr {
  readonly name: string;
  /** The client's argument name, where the placeholder's gives none. */
  readonly property?: string;
  readonly style?: PathStyle;
  readonly explode?: boolean;
  readonly example?: string;
  readonly description: string;
  readonly deprecated?: boolean;
}

export interface RawParameter extends RawTypeExpr {
  readonly name: string;
  readonly in: "query" | "body" | "header" | "cookie";
  /** The client's property name, where the wire name gives none. */
  readonly property?: string;
  /**
   * For a map or object in a query or form: sent as one key per leaf value, this prefix and the
   * leaf's path joined by dots (`AddOns.lookup.mode=full`), instead of as JSON text.
   */
  readonly keyPrefix?: string;
  /** How the value is written in a query, form, header or cookie (none: arrays repeat their key, objects are JSON text). */
  readonly style?: ParameterStyle;
  /** With `form`: each array item or object field as a key of its own (the default), or all in one value. */
  readonly explode?: boolean;
  readonly default?: string | number | boolean;
  readonly required?: boolean;
  readonly requiredWhen?: RawCondition;
  readonly onlyWhen?: RawCondition;
  /** With `body: multipart`: the part's media type (OpenAPI's `encoding.contentType`), where not the default. */
  readonly contentType?: string;
  readonly description: string;
  readonly deprecated?: boolean;
}

export interface RawField extends RawTypeExpr {
  readonly name: string;
  readonly nullable?: boolean;
  readonly required?: boolean;
  readonly description: string;
  readonly deprecated?: boolean;
}

export interface RawModel {
  readonly name: string;
  readonly description: string;
  readonly extends?: string;
  readonly fields: readonly RawField[];
}

/**
 * A success body: a model's name (`Pet`); a JSON type expression, which may be `nullable`
 * (`{ model: Pet, nullable: true }`, `{ type: array, items: { model: Pet } }`, `{ type: string }`);
 * or content that is not JSON (`{ content: text, mediaType: text/csv }`,
 * `{ content: binary, mediaType: application/pdf }`).
 */
export type RawResponseBody = string | RawJsonBody | RawContentBody;

/** A JSON success body given as a type expression; `nullable`: the API may answer JSON `null`. */
export interface RawJsonBody extends RawTypeExpr {
  readonly nullable?: boolean;
}

/** A success body that is not JSON: text (a string in the client) or binary (a download). */
export interface RawContentBody {
  readonly content: "text" | "binary";
  /** The media type the API answers (`text/csv`, `image/png`); text/plain or application/octet-stream by default. */
  readonly mediaType?: string;
}

export interface RawOperation {
  readonly id: string;
  readonly kind: OperationKind;
  /** The generated function's name; required for actions, derived from kind and resource otherwise. */
  readonly name?: string;
  readonly tags?: readonly string[];
  readonly method: HttpMethod;
  /** `list`, `instance`, or a path template of its own. */
  readonly path: string;
  /** The operation's own server URL, when it is not the service's (it may use the service's variables). */
  readonly baseUrl?: string;
  readonly successStatus: number | readonly number[];
  /** The body every success status answers (see `RawResponseBody`); without it (and `responses`), none. */
  readonly response?: RawResponseBody;
  /**
   * Instead of `response`, where success statuses answer different bodies: each status of
   * `successStatus` with its own body, or `none` for an answer without one (`204: none`).
   */
  readonly responses?: Readonly<Record<string, RawResponseBody | "none">>;
  /** How body parameters are sent: form-urlencoded (the default), one JSON object, or multipart/form-data parts. */
  readonly body?: "form" | "json" | "multipart";
  /**
   * Instead of body parameters, the whole body as one value: JSON of any type (a union, an array, a
   * scalar), text, or binary content; the client takes it as an argument of its own.
   */
  readonly requestBody?: RawRequestBody;
  /**
   * With `body: json`: the body also takes properties no parameter names, any JSON value each, sent
   * under the names the caller gives (a free-form object when there are no body parameters).
   */
  readonly additionalBodyProperties?: boolean;
  /**
   * Where the API takes an idempotency key for this write: a header, or a body parameter (its wire
   * name). The client then sends one per call, the same on every retry, and retries the write after
   * a 5xx or a connection failure too.
   */
  readonly idempotencyKey?: RawIdempotencyKey;
  readonly summary: string;
  readonly deprecated?: boolean;
  readonly parameters?: readonly RawParameter[];
  /** Groups of parameters of which exactly one must be given. */
  readonly exactlyOneOf?: readonly (readonly string[])[];
  /** Groups of parameters of which at least one must be given. */
  readonly atLeastOneOf?: readonly (readonly string[])[];
  /** The schemes this operation needs, when not the service's (`[]`: none). */
  readonly security?: RawSecurity;
  readonly examples?: readonly RawExample[];
  /** A list's stream: its own summary or name; `false` for none (every list has one by default). */
  readonly stream?: false | { readonly summary: string; readonly name?: string };
  /**
   * For list: how its responses page when not as the service's `pagination` says, or `none` for a
   * list answered in one response.
   */
  readonly pagination?: RawPagination | "none";
}

/**
 * A request body taken whole: `content: json` with a type expression (`type: union`, `oneOf`, …),
 * `content: text` (a string) or `content: binary` (a `Blob`, `Uint8Array` or `ReadableStream`).
 */
export interface RawRequestBody extends RawTypeExpr {
  readonly content: "json" | "text" | "binary";
  /** The media type sent (`application/zip`, `text/csv`); by default application/json, text/plain or application/octet-stream. */
  readonly mediaType?: string;
  /** The client's argument name (lower camel case); `body` by default. */
  readonly name?: string;
  readonly description: string;
  /** The caller must pass it (the default); false: the argument may be undefined, and no body is sent. */
  readonly required?: boolean;
}

/** An operation's idempotency key: in a header, or in one of its body parameters. */
export type RawIdempotencyKey = { readonly header: string } | { readonly parameter: string };

export interface RawResource {
  readonly name: string;
  readonly plural: string;
  readonly description: string;
  readonly listKey?: string;
  readonly mockExtension?: string;
  readonly paths: { readonly list?: string; readonly instance?: string };
  readonly pathParameters?: readonly RawPathParameter[];
  readonly models?: readonly RawModel[];
  readonly operations: readonly RawOperation[];
}

export interface RawExample {
  readonly title: string;
  readonly params: Readonly<Record<string, unknown>>;
}
