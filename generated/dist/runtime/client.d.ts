/** Options every client has; the generated `ClientOptions` adds the API's credential options. */
export interface CoreClientOptions {
    /** Overrides the API's scheme and host, such as `http://127.0.0.1:4010` for a local server. */
    readonly baseUrl?: string;
    /** The fetch implementation; defaults to `globalThis.fetch`. */
    readonly fetch?: typeof fetch;
    /** Time budget of one call in milliseconds, retries and waits included. Default 30000. */
    readonly timeoutMs?: number;
    /** How many times a failed request may be retried. Default 2. */
    readonly maxRetries?: number;
    /** Appended to the User-Agent header, such as `my-app/1.2`. */
    readonly userAgent?: string;
    /** Backoff between retries: first delay and cap, in milliseconds. Default 500 and 8000. */
    readonly retryDelay?: {
        readonly baseMs?: number;
        readonly maxMs?: number;
    };
}
/** A configured client. Pass it to the operation functions; it holds no connection. */
export interface Client {
    /** The base URL override, or null to use each API's own. */
    readonly baseUrl: string | null;
    readonly timeoutMs: number;
    readonly maxRetries: number;
    readonly userAgent: string;
    readonly retryDelay: {
        readonly baseMs: number;
        readonly maxMs: number;
    };
    /** Calls the fetch implementation as a plain function (browsers reject any other `this`). */
    readonly fetch: typeof fetch;
}
/** One way to authenticate: the values given for a username/password pair, their option names and environment fallbacks. */
export interface CredentialPair {
    readonly username: string | undefined;
    readonly password: string | undefined;
    readonly usernameOption: string;
    readonly passwordOption: string;
    readonly usernameEnv: string | null;
    readonly passwordEnv: string | null;
}
/** Facts about the generated package that `createClient` needs. */
export interface ClientDefaults {
    readonly packageName: string;
    readonly packageVersion: string;
}
/**
 * Builds a client. Credentials come from the first pair any of whose options is given; when none
 * is, from the first pair whose environment variables are both set (where `process.env` exists).
 */
export declare function createClientCore(options: CoreClientOptions, pairs: readonly CredentialPair[], defaults: ClientDefaults): Client;
/** The Authorization header of a client made by `createClientCore`. */
export declare function authorizationOf(client: Client): string;
