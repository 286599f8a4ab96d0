/**
 * The intermediate representation: plain, readonly, JSON-printable data that every target reads.
 * It says what the API is (operations, types, auth, paging, wire encodings) in the spec's own
 * names; how a language spells them (property and function names, file paths, reserved words) is
 * each target's business (`targets/ts/model.ts` for TypeScript). Absent values are `null` (never
 * `undefined`), and every list is in spec order, fixed here once.
 */
import type { HttpMethod, MockErrorRole, OperationKind, StringFormat } from "../load/spec-types.ts";

export type { HttpMethod, MockErrorRole, OperationKind, StringFormat };

/**
 * One value's type, for parameters and response fields alike. Emitters dispatch on `kind` with a
 * `switch` whose default is `never`, so a new kind makes `tsc` list every place to handle it.
 */
export type IrType =
  | IrStringType
  | IrIntegerType
  | IrNumberType
  | IrBooleanType
  | IrEnumType
  | IrDateTimeType
  | IrArrayType
  | IrObjectType
  | IrMapType
  | IrJsonType
  | IrVariantsType
  | IrUnionType
  | IrRefType
  | IrBinaryType;

/** Every kind name, for handler tables typed over the kinds. */
export type IrTypeKind = IrType["kind"];

export interface IrStringType {
  readonly kind: "string";
  readonly format: StringFormat | null;
  /** In Unicode code points. */
  readonly minLength: number | null;
  readonly maxLength: number | null;
  readonly pattern: string | null;
}

export interface IrIntegerType {
  readonly kind: "integer";
  readonly minimum: number | null;
  readonly maximum: number | null;
}

export interface IrNumberType {
  readonly kind: "number";
  readonly minimum: number | null;
  readonly maximum: number | null;
}

export interface IrBooleanType {
  readonly kind: "boolean";
}

/**
 * A string with listed values. A request's enum is closed: the client rejects other values before
 * sending. A response's enum is open: the listed values are the known ones, and the API may add
 * others, which decode unchanged (so a client keeps working the day the API adds one).
 */
export interface IrEnumType {
  readonly kind: "enum";
  readonly values: readonly string[];
  /** True in response models (values beyond `values` may arrive), false in request parameters. */
  readonly open: boolean;
}

/** A `Date` in the client, ISO 8601 text on the wire. */
export interface IrDateTimeType {
  readonly kind: "date-time";
}

export interface IrArrayType {
  readonly kind: "array";
  readonly items: IrType;
  readonly minItems: number | null;
  readonly maxItems: number | null;
}

/** An object with known fields, a shape of its own. */
export interface IrObjectType {
  readonly kind: "object";
  /** The shape's name, from where it stands: its model's name and the field's (`ChallengeDetails`). */
  readonly name: string;
  readonly fields: readonly IrField[];
}

/** String keys to values of one type. */
export interface IrMapType {
  readonly kind: "map";
  readonly values: IrType;
  /** Bounds on the length of the JSON encoding. */
  readonly minLength: number | null;
  readonly maxLength: number | null;
}

/** Any JSON value (`unknown` in the client). */
export interface IrJsonType {
  readonly kind: "json";
  readonly minLength: number | null;
  readonly maxLength: number | null;
}

/** An object whose shape depends on a sibling enum field of the same model. */
export interface IrVariantsType {
  readonly kind: "variants";
  /** Wire name of the sibling field selecting the shape. */
  readonly by: string;
  readonly cases: readonly IrVariantCase[];
}

/** One shape of a variants field. */
export interface IrVariantCase {
  readonly value: string;
  /** The shape's name, such as `WidgetPushConfig`. */
  readonly name: string;
  readonly fields: readonly IrField[];
}

/**
 * One of several types (responses only). With a discriminator, the value of one field of the
 * object (every branch is then a model) selects the branch; without one, the decoder tries the
 * branches in `branches` order (see `unionOrder`) and takes the first the value fits.
 */
export interface IrUnionType {
  readonly kind: "union";
  /** The union's name, from where it stands (`PetResponse`, `OwnerPet`); object branches append `Option1`, …. */
  readonly name: string;
  /** In the order the spec lists them. */
  readonly branches: readonly IrUnionBranch[];
  /** Wire name of the field whose value selects the branch, or null: chosen by shape. */
  readonly discriminator: string | null;
}

/** One branch of a union. */
export interface IrUnionBranch {
  readonly type: IrType;
  /** With a discriminator: the field's values selecting this branch (a `ref`); else empty. */
  readonly values: readonly string[];
}

/**
 * A file's bytes (requests only, as a multipart part): a `Blob` (a `File` keeps its name), or a
 * `Uint8Array`, in the client.
 */
export interface IrBinaryType {
  readonly kind: "binary";
}

/** A reference to a named model. */
export interface IrRefType {
  readonly kind: "ref";
  readonly model: string;
}

/** Everything one run generates: one npm package for all spec files. */
export interface Ir {
  readonly package: IrPackage;
  /** Spec files, `/`-separated paths sorted by code point. */
  readonly sources: readonly string[];
  readonly auth: IrAuth;
  readonly services: readonly IrService[];
}

/** The npm package identity written into the generated `package.json` and User-Agent. */
export interface IrPackage {
  readonly name: string;
  /** SPDX identifier. */
  readonly license: string;
  readonly version: string;
  readonly description: string;
  /** The Markdown of the package's guide (common flows), or null. */
  readonly guide: string | null;
}

/** One HTTP API (host + version) and its resources, merged from every file that names it. */
export interface IrService {
  readonly name: string;
  /** The spec files this service comes from. */
  readonly sources: readonly string[];
  /**
   * The server URL: scheme, host and any path prefix the operations' paths go below
   * (`https://api.example.com/v1`), with a `{name}` placeholder for each server variable.
   */
  readonly baseUrl: string;
  /** The server URL's variables, in spec order: `createClient` options with their defaults. */
  readonly serverVariables: readonly IrServerVariable[];
  readonly version: string;
  /** Response header carrying the request id copied into errors, or null. */
  readonly requestIdHeader: string | null;
  readonly errors: IrErrorBody;
  /** What its operations need unless they say otherwise. */
  readonly security: IrSecurity;
  readonly mock: IrMockSettings;
  /** How it signs the webhooks it sends, and their events; null: it sends none the spec says. */
  readonly webhooks: IrWebhooks | null;
  /** Service-wide models (error body, page metadata), spec files merged. */
  readonly models: readonly IrModel[];
  readonly resources: readonly IrResource[];
}

/** A variable of the server URL: the `createClient` option of its name, its default and its values. */
export interface IrServerVariable {
  readonly name: string;
  readonly default: string;
  /** The values it may take, or null for any. */
  readonly enum: readonly string[] | null;
  readonly description: string;
}

/** How clients authenticate: the API's schemes, in spec order (none: no credentials at all). */
export interface IrAuth {
  readonly schemes: readonly IrAuthScheme[];
}

/**
 * One way to authenticate: one member per scheme. Every target switches on `kind` with a `never`
 * default, so a new scheme makes `tsc` list each place that must handle it.
 */
export type IrAuthScheme = IrBasicAuth | IrBearerAuth | IrApiKeyAuth | IrOAuth2Auth;

/** Every auth scheme's kind. */
export type IrAuthKind = IrAuthScheme["kind"];

/**
 * What an operation needs: alternatives, each the names of schemes applied together, the first
 * alternative whose credentials the client has being used; an empty alternative needs none, and
 * `[]` (no alternative) means the operation takes no credentials.
 */
export type IrSecurity = readonly (readonly string[])[];

/** HTTP Basic: credential pairs in order of preference (the first pair any of whose options is given). */
export interface IrBasicAuth {
  readonly kind: "basic";
  readonly name: string;
  readonly credentials: readonly { readonly username: IrCredential; readonly password: IrCredential }[];
}

/** HTTP Bearer: `Authorization: Bearer <token>`, the token given by the caller. */
export interface IrBearerAuth {
  readonly kind: "bearer";
  readonly name: string;
  /** What the token is (`JWT`), or null. */
  readonly format: string | null;
  readonly token: IrCredential;
}

/** An API key in a header, a query parameter or a cookie named `parameter`. */
export interface IrApiKeyAuth {
  readonly kind: "apiKey";
  readonly name: string;
  readonly in: "header" | "query" | "cookie";
  readonly parameter: string;
  readonly key: IrCredential;
}

/** An OAuth2 flow as declared: its URLs (absolute, or relative to the base URL) and scopes. */
export interface IrOAuthFlow {
  readonly flow: "clientCredentials" | "authorizationCode" | "implicit" | "password";
  readonly authorizationUrl: string | null;
  readonly tokenUrl: string | null;
  readonly scopes: readonly { readonly name: string; readonly description: string }[];
}

/**
 * OAuth2: a bearer access token, given by the caller (`token`) or, with `clientCredentials`,
 * fetched by the client from the token URL with a client id and secret, cached until it expires
 * and fetched again once after a 401.
 */
export interface IrOAuth2Auth {
  readonly kind: "oauth2";
  readonly name: string;
  /** The flows the API declares, in a fixed order. */
  readonly flows: readonly IrOAuthFlow[];
  readonly token: IrCredential;
  readonly clientCredentials: IrClientCredentials | null;
}

/** How the client fetches tokens itself (OAuth2 client credentials). */
export interface IrClientCredentials {
  /** Absolute, or relative to the base URL in effect. */
  readonly tokenUrl: string;
  readonly clientId: IrCredential;
  readonly clientSecret: IrCredential;
  /** HTTP Basic, or `client_id` and `client_secret` form fields. */
  readonly clientAuthentication: "basic" | "body";
  readonly scopes: readonly string[];
  /** The `createClient` option that replaces the token URL, or null. */
  readonly tokenUrlOption: string | null;
}

/** One credential: the `createClient` option and its environment fallback. */
export interface IrCredential {
  readonly option: string;
  readonly env: string | null;
  readonly description: string;
}

/** The error body's model and the wire names of its well-known fields (null: the body has none). */
export interface IrErrorBody {
  readonly model: string;
  readonly codeField: string | null;
  readonly messageField: string | null;
  readonly moreInfoField: string | null;
  readonly detailsField: string | null;
  readonly statusField: string | null;
}

/**
 * How a list operation's responses page, by `style`; every style tells the client the next page's
 * URL (the current request's URL with a cursor or offset set, or a link the API gives).
 */
export type IrPaging = IrNextUrlPaging | IrCursorPaging | IrLinkHeaderPaging | IrOffsetPaging;

/** What every paging style has. */
interface IrPagingBase {
  /** Wire name of the query parameter that sets the page size, or null when the API has none. */
  readonly pageSizeParameter: string | null;
  /** Query parameters only the paging sets (page links, cursors, offsets); streams leave them out. */
  readonly cursorParameters: readonly string[];
}

/** Page metadata: a model, under `metaKey` or (null) beside the items. */
interface IrPageMeta {
  /** Property of a list response holding the page metadata, or null: the metadata fields sit at the top level. */
  readonly metaKey: string | null;
  readonly metaModel: string;
}

/**
 * The next page's link is a field of the page metadata, which sits under `metaKey` or, when that
 * is null, at the top level beside the items.
 */
export interface IrNextUrlPaging extends IrPagingBase, IrPageMeta {
  readonly style: "nextUrl";
  /** Field of the metadata holding the next page's link (an absolute URL or a path on the API's origin), null on the last page. */
  readonly nextUrlField: string;
  /** How the API writes its page links (the local server imitates it; the client follows either). */
  readonly pageUrls: "absolute" | "path";
  readonly pageParameter: string | null;
  readonly pageTokenParameter: string | null;
  /** Meta fields by role, for the local server. */
  readonly metaFields: Readonly<Record<string, string>>;
}

/**
 * The next page's cursor goes back in `cursorParameter`, set on the current request's URL: a
 * metadata field (`from: "meta"`; empty or null on the last page), or the last item's field while
 * the metadata's `hasMoreField` is true (`from: "lastItem"`).
 */
export interface IrCursorPaging extends IrPagingBase, IrPageMeta {
  readonly style: "cursor";
  readonly cursorParameter: string;
  readonly cursor:
    | { readonly from: "meta"; readonly field: string }
    | { readonly from: "lastItem"; readonly field: string; readonly hasMoreField: string };
}

/** The next page's URL is the RFC 8288 `Link` response header's `rel="next"` target. */
export interface IrLinkHeaderPaging extends IrPagingBase {
  readonly style: "linkHeader";
  /** How the local server writes the links (the client resolves either against the request's URL). */
  readonly pageUrls: "absolute" | "path";
  /** The page-number query parameter the API's links set, or null (the local server then uses its own token). */
  readonly pageParameter: string | null;
}

/**
 * The next page starts at the current `offsetParameter` plus the items received, while that is
 * below the metadata's `totalField`; an empty page ends the list.
 */
export interface IrOffsetPaging extends IrPagingBase, IrPageMeta {
  readonly style: "offset";
  readonly totalField: string;
  readonly offsetParameter: string;
}

/** How the local server imitates the API. */
export interface IrMockSettings {
  readonly idHexDigits: number | null;
  /** Written before an item index in the page tokens of the server's page links (`PT40`). */
  readonly pageTokenPrefix: string;
  readonly accountField: string | null;
  readonly usernamePattern: string | null;
  readonly errorCodes: Readonly<Record<string, number>>;
  readonly moreInfoUrl: string | null;
  /** The date-time fields the local server sets at create (`created`) and at every change (`updated`). */
  readonly stamps: { readonly created: string | null; readonly updated: string | null };
}

/**
 * A service's webhooks: the signature (an HMAC keyed by the account's secret over the URL followed
 * by the form parameters sorted by name, Base64, in `header`) and the events, each a form.
 */
export interface IrWebhooks {
  readonly signature: {
    readonly header: string;
    readonly algorithm: "hmac-sha1" | "hmac-sha256";
    /** The query parameter holding a raw body's hex SHA-256 (only the URL is then signed), or null. */
    readonly bodyHashParameter: string | null;
  };
  /** The form field naming the event type (every event has it). */
  readonly typeField: string;
  /** The resource whose records subscribe URLs to event types, for the local server; null: none. */
  readonly subscription: IrWebhookSubscription | null;
  /** In spec order. */
  readonly events: readonly IrWebhookEvent[];
}

/** Records of `resource` subscribe the URL in `urlField` to the event types in `eventsField`. */
export interface IrWebhookSubscription {
  readonly resource: string;
  readonly urlField: string;
  readonly eventsField: string;
  /** The event type that stands for every event, or null. */
  readonly allEvents: string | null;
  /** A subscription with this field at this value receives nothing; null: every one receives. */
  readonly disabledWhen: { readonly field: string; readonly value: string } | null;
  /** Fields a subscription and the record an event is about share (besides the account). */
  readonly scope: readonly string[];
}

/** One event type: its form fields, and the change of a record that sends it (local server), or null. */
export interface IrWebhookEvent {
  readonly type: string;
  readonly description: string;
  readonly when: {
    readonly resource: string;
    readonly on: "create" | "update" | "delete";
    /** With `update`: the field that becomes `value`. */
    readonly field: string | null;
    readonly value: string | null;
  } | null;
  readonly fields: readonly IrWebhookField[];
}

/** A form field of an event: text or JSON text; where the local server takes its value. */
export interface IrWebhookField {
  readonly name: string;
  readonly type: "string" | "json";
  readonly required: boolean;
  readonly description: string;
  /**
   * `record` (a field of the record the event is about, named by `field`), `id` (a fresh UUID),
   * `type` (the event type) or null (the local server leaves it out).
   */
  readonly from:
    | { readonly kind: "record"; readonly field: string }
    | { readonly kind: "id" }
    | { readonly kind: "type" }
    | null;
}

/** A REST resource: its paths, models and operations. */
export interface IrResource {
  readonly name: string;
  readonly plural: string;
  readonly description: string;
  readonly source: string;
  /** Property of a list response holding the items, or null without a list operation. */
  readonly listKey: string | null;
  /** The mock-server extension: its path (beside the spec) and its source text, or null. */
  readonly mockExtension: { readonly file: string; readonly source: string } | null;
  readonly paths: { readonly list: string | null; readonly instance: string | null };
  readonly pathParameters: readonly IrPathParameter[];
  readonly models: readonly IrModel[];
  readonly operations: readonly IrOperation[];
}

/** A `{Placeholder}` of a resource path. */
export interface IrPathParameter {
  /** The placeholder's name, as the path template writes it. */
  readonly wireName: string;
  /** The spec's own name for the argument in clients, where the placeholder gives none, or null. */
  readonly property: string | null;
  /** A string, enum, integer, number or boolean, or an array of them. */
  readonly type: IrType;
  /** How the value is written: `simple` (`a,b`), `label` (`.a`) or `matrix` (`;name=a`). */
  readonly style: "simple" | "label" | "matrix";
  /** An array's items each with their own prefix (`.a.b`, `;id=a;id=b`) instead of joined by commas. */
  readonly explode: boolean;
  readonly description: string;
  /** A valid value for docs, or null. */
  readonly example: string | null;
  readonly deprecated: boolean;
}

/** A response model, with inherited fields already flattened in front. */
export interface IrModel {
  readonly name: string;
  readonly description: string;
  readonly extends: string | null;
  readonly fields: readonly IrField[];
}

/** A field of a response model or of an object type. */
export interface IrField {
  readonly wireName: string;
  readonly type: IrType;
  /** The API may send null. */
  readonly nullable: boolean;
  /** The API always sends the field. */
  readonly required: boolean;
  readonly description: string;
  readonly deprecated: boolean;
}

/** One HTTP operation. */
/** Where an operation takes its idempotency key: a header, or a body parameter (wire names). */
export interface IrIdempotencyKey {
  readonly in: "header" | "body";
  readonly name: string;
}

export interface IrOperation {
  readonly id: string;
  readonly kind: OperationKind;
  /**
   * The operation's name in clients, in lower camel case as the spec writes it: the spec's own
   * (`approvePasskeyChallenge`), else its kind and resource (`createWidget`, `listWidgets`).
   */
  readonly name: string;
  readonly method: HttpMethod;
  readonly pathTemplate: string;
  /** The operation's own server URL (it may use the service's variables), or null: the service's. */
  readonly baseUrl: string | null;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly deprecated: boolean;
  /** Every status that means success, the first being the usual one. */
  readonly successStatuses: readonly number[];
  /** The API answers with a redirect (3xx) by design: the function returns it, with its Location, unfollowed. */
  readonly redirect: boolean;
  /** The model the success body is (of one item, for a list), or null: no body, or `responseType`'s. */
  readonly responseModel: string | null;
  /**
   * The success body's type when it is not one model: an array (of models or scalars), a scalar or
   * a map; null when the body is `responseModel` or nothing. Never an object shape of its own.
   */
  readonly responseType: IrType | null;
  /**
   * The success answers: statuses grouped by the body they answer, in `successStatuses` order. One
   * entry: every status answers that body (the function returns it); several: the function returns
   * `{ status, body }` told apart by status.
   */
  readonly answers: readonly IrAnswer[];
  /** How body parameters travel: form-urlencoded, one JSON object, or multipart/form-data parts. */
  readonly bodyEncoding: IrBodyEncoding;
  /** The whole body as one value the function takes as an argument of its own, or null: parameters make it. */
  readonly requestBody: IrRequestBody | null;
  /** The JSON body also takes properties no parameter names (any JSON value each), under the caller's names. */
  readonly additionalBodyProperties: boolean;
  /**
   * Where the API takes an idempotency key for this write (a header's name, or a body parameter's
   * wire name), or null: it declares none, and the write is retried only where the server refused it.
   */
  readonly idempotencyKey: IrIdempotencyKey | null;
  /** In the order they appear in the path. */
  readonly pathParameters: readonly IrPathParameter[];
  readonly parameters: readonly IrParameter[];
  /** Groups of parameters (wire names) of which exactly one must be given. */
  readonly exactlyOneOf: readonly (readonly string[])[];
  /** Groups of parameters (wire names) of which at least one must be given. */
  readonly atLeastOneOf: readonly (readonly string[])[];
  /** The credentials it needs (its own, or the service's). */
  readonly security: IrSecurity;
  /** The operation takes parameters (path values aside): some, or a body open to any property. */
  readonly hasParams: boolean;
  /** True when a caller must pass parameters (some are always required). */
  readonly paramsRequired: boolean;
  /** The client-checkable parameter whose value selects which parameters apply, or null. */
  readonly discriminator: IrDiscriminator | null;
  /** For list operations: the property holding the items. */
  readonly listKey: string | null;
  /** For list operations: how the responses page, or null for a list answered in one response. */
  readonly paging: IrPaging | null;
  readonly stream: IrStream | null;
  /** Calls shown in the docs. */
  readonly examples: readonly IrExample[];
}

/** How an operation's body parameters travel. */
export type IrBodyEncoding = "form" | "json" | "multipart";

/**
 * A request body taken whole, by `kind`: `json` (a value of `type`: a union, an array, a scalar, …),
 * `text` (a string) or `binary` (a `Blob`, `Uint8Array` or `ReadableStream`).
 */
export type IrRequestBody = IrRequestBodyCommon &
  (
    { readonly kind: "json"; readonly type: IrType } | { readonly kind: "text" } | { readonly kind: "binary" }
  );

/** What every kind of whole request body has. */
export interface IrRequestBodyCommon {
  /** The media type sent in `Content-Type`. */
  readonly mediaType: string;
  /** The client's argument name. */
  readonly name: string;
  readonly description: string;
  /** False: the argument may be undefined, and then no body is sent. */
  readonly required: boolean;
}

/** Success statuses answering one body. */
export interface IrAnswer {
  readonly statuses: readonly number[];
  readonly body: IrBody;
}

/**
 * What a success answer's body is, by `kind`: `none` (no body: 204, a HEAD's, a delete's), `json`
 * (a model or a type expression, possibly JSON `null`), `text` (a string) or `binary` (bytes the
 * caller streams or reads whole).
 */
export type IrBody =
  | { readonly kind: "none" }
  | {
      readonly kind: "json";
      /** The model the body is, or null: `type` says what it is. */
      readonly model: string | null;
      /** The body's type when it is not one model (an array, a scalar, a map); null with `model`. */
      readonly type: IrType | null;
      /** The API may answer JSON `null` instead. */
      readonly nullable: boolean;
    }
  | { readonly kind: "text"; readonly mediaType: string }
  | { readonly kind: "binary"; readonly mediaType: string };

/** A documented call: parameter values by wire name, in spec order. */
export interface IrExample {
  readonly title: string;
  readonly params: readonly { readonly wireName: string; readonly value: unknown }[];
}

/** Drives a discriminated union of parameter types. */
export interface IrDiscriminator {
  readonly wireName: string;
  readonly values: readonly string[];
}

/** The lazily auto-paginating stream over a list operation. */
export interface IrStream {
  /** The spec's own name for the stream, or null (the list's name, `list` made `stream`). */
  readonly name: string | null;
  readonly summary: string;
  /** The list parameters a stream passes on (all but the cursor parameters); includes the page size. */
  readonly parameters: readonly IrParameter[];
  /** Wire name of the list's page-size parameter, or null when it has none (the stream cannot size pages). */
  readonly pageSizeParameter: string | null;
  /** The page-size parameter's maximum, or null. */
  readonly maxPageSize: number | null;
}

/**
 * How a parameter's value travels: `text` (one key, the value as text), `repeat` (one key per array
 * item, as many form APIs expect), `delimited` (one key, the array's items joined by `delimiter`),
 * `json` (one key, the value's JSON text), `json-body` (a property of a JSON request body),
 * `dotted` (an object as one key per leaf value, the prefix and the leaf's path joined by dots:
 * `AddOns.lookup.mode=full`), `form-object` (an object's fields as keys of their own, `role=admin`,
 * or without `explode` one key `id=role,admin`), `deep-object` (`id[role]=admin`), or `part` (a
 * multipart/form-data part: a file, a JSON value's text, or a scalar's, each array item a part of
 * its own; `contentType` where the spec gives the part's media type).
 */
export type IrEncoding =
  | { readonly kind: "text" }
  | { readonly kind: "repeat" }
  | { readonly kind: "delimited"; readonly delimiter: "," | " " | "|" | "\t" }
  | { readonly kind: "json" }
  | { readonly kind: "json-body" }
  | { readonly kind: "dotted"; readonly prefix: string }
  | { readonly kind: "form-object"; readonly explode: boolean }
  | { readonly kind: "deep-object" }
  | { readonly kind: "part"; readonly contentType: string | null };

/** Every encoding's name. */
export type IrEncodingKind = IrEncoding["kind"];

/** A query, body, header or cookie parameter. */
export interface IrParameter {
  readonly wireName: string;
  /** The spec's own name for the parameter in clients (`property`), where its wire name gives none, or null. */
  readonly property: string | null;
  readonly location: "query" | "body" | "header" | "cookie";
  readonly type: IrType;
  readonly encoding: IrEncoding;
  readonly default: string | number | boolean | null;
  readonly required: boolean;
  readonly requiredWhen: IrCondition | null;
  readonly onlyWhen: IrCondition | null;
  readonly description: string;
  readonly deprecated: boolean;
}

/**
 * A condition on a request parameter (the client checks it) or on a field of the stored resource
 * (only the server can: docs state it, validators skip it).
 */
export interface IrCondition {
  readonly subject: "parameter" | "resource";
  readonly wireName: string;
  /** Enum values or booleans. */
  readonly values: readonly (string | boolean)[];
  readonly checkedBy: "client" | "server";
}
