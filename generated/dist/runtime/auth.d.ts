/**
 * Credentials: which ways the API authenticates (the generated `createClient` says, from the
 * spec), which of them a client was given, what each request carries, and the one routine that
 * takes every secret out of text before it reaches an error.
 */
import { ResponseError } from "./errors.js";
/** A `createClient` option that carries a credential, and the environment variable it falls back to. */
export interface AuthCredentialOption {
    readonly option: string;
    readonly env: string | null;
}
/** OAuth2 client credentials: where and how the client fetches its own access tokens. */
export interface ClientCredentialsFlow {
    /** Absolute, or relative to the base URL in effect. */
    readonly tokenUrl: string;
    readonly clientId: AuthCredentialOption;
    readonly clientSecret: AuthCredentialOption;
    /** HTTP Basic, or `client_id` and `client_secret` form fields. */
    readonly clientAuthentication: "basic" | "body";
    readonly scopes: readonly string[];
    /** The option that replaces the token URL, or null. */
    readonly tokenUrlOption: string | null;
}
/** One way the API authenticates, as the generated `createClient` describes it. */
export type AuthScheme = {
    readonly kind: "basic";
    readonly name: string;
    readonly pairs: readonly {
        readonly username: AuthCredentialOption;
        readonly password: AuthCredentialOption;
    }[];
} | {
    readonly kind: "bearer";
    readonly name: string;
    readonly token: AuthCredentialOption;
} | {
    readonly kind: "apiKey";
    readonly name: string;
    readonly in: "header" | "query" | "cookie";
    readonly parameter: string;
    readonly key: AuthCredentialOption;
} | {
    readonly kind: "oauth2";
    readonly name: string;
    readonly token: AuthCredentialOption;
    readonly clientCredentials: ClientCredentialsFlow | null;
};
/** The API's schemes, and whether every operation needs one of them (then `createClient` needs credentials). */
export interface AuthSpec {
    readonly schemes: readonly AuthScheme[];
    readonly required: boolean;
}
/**
 * What an operation needs: alternatives, each the names of schemes applied together. The first
 * alternative with credentials the client has every one of is used; an empty alternative (the
 * credentials are optional) only when the client has none of the others. `[]` needs none.
 */
export type AuthSecurity = readonly (readonly string[])[];
/** A token: the token itself, or a function returning one, called for each request. */
export type TokenSource = string | (() => string | Promise<string>);
/** What the authorized request carries besides its own headers and query. */
export interface RequestAuth {
    readonly headers: Readonly<Record<string, string>>;
    readonly query: readonly (readonly [string, string])[];
    /** Fetches a new access token once after a 401 (OAuth2 client credentials), or null. */
    readonly refresh: (() => boolean) | null;
    /** The tokens this request carries that the client learned at run time, for redaction. */
    readonly secrets: readonly string[];
}
/**
 * Reads the credentials `options` and the environment give for each scheme. Throws a ClientError
 * for a half-given pair, a value of the wrong type or one no header may carry, or (when every
 * operation needs credentials) none at all.
 */
export declare function configureAuth(client: {
    readonly fetch: typeof fetch;
    readonly timeoutMs: number;
    readonly maxRetries: number;
}, options: Readonly<Record<string, unknown>>, spec: AuthSpec): void;
/**
 * The credentials a request to `url` carries for an operation that needs `security`. Credentials go
 * to the base URL's origin only. `baseUrl` is the one in effect, `defaultBaseUrl` the API's own (a
 * token URL on the API's own host moves with the base URL).
 */
export declare function authorizeRequest(client: object, security: AuthSecurity, url: string, baseUrl: string, defaultBaseUrl: string, wait: <T>(work: Promise<T>) => Promise<T>): RequestAuth | Promise<RequestAuth>;
/**
 * Text with every secret of the client taken out (credentials given, tokens learned, `extra`, in
 * each of their encodings): an error page that echoes a request, or a URL with an API key in its
 * query, must not carry them into an error. Secrets shorter than 4 characters are not looked for.
 */
export declare function redactSecrets(client: object, text: string, extra?: readonly string[]): string;
/** Marks an answer as this client's (see `responseError`). */
export declare function answeredBy<T extends object>(response: T, client: object, extra: readonly string[]): T;
/**
 * The one redaction of every error the client raises, whatever the status: each own property of
 * the error (message, stack, excerpt, url, raw and parsed body, headers) without the client's
 * secrets, and its cause replaced by a redacted copy. The error keeps its class; returned as given.
 */
export declare function redactClientError<E>(client: object, error: E, extra?: readonly string[]): E;
/**
 * A ResponseError about an answer the transport returned (a body the decoder or the pager cannot
 * use): its excerpt redacted before it is cut to length, then the whole error, by the answer's client.
 */
export declare function responseError(response: {
    readonly status: number;
    readonly requestId: string | null;
    readonly data: unknown;
}, method: string, url: string, problem: string): ResponseError;
/** A JSON value with every string in it redacted (keys included). */
export declare function redactJsonSecrets(client: object, value: unknown, extra?: readonly string[]): unknown;
/**
 * An error that carries none of the client's secrets, down its causes: the error itself when none
 * of it does, else a copy with the message redacted and each cause copied the same way.
 */
export declare function redactErrorSecrets(client: object, error: unknown, extra?: readonly string[], depth?: number): unknown;
