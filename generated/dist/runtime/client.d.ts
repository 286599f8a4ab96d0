/** Options of `createClient`. */
export interface ClientOptions {
    /** Account SID; the Basic-auth username unless an API key is given. Falls back to the environment. */
    readonly accountSid?: string;
    /** Auth token; the Basic-auth password. Falls back to the environment. */
    readonly authToken?: string;
    /** API key SID: with `apiSecret`, used for Basic auth instead of the account SID and auth token. */
    readonly apiKey?: string;
    /** API key secret. */
    readonly apiSecret?: string;
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
    readonly fetch: typeof fetch;
}
/** Facts about the generated package and its API that `createClient` needs. */
export interface ClientDefaults {
    readonly packageName: string;
    readonly packageVersion: string;
    readonly usernameEnv: string | null;
    readonly passwordEnv: string | null;
}
/** Builds a client from options, falling back to environment variables where `process.env` exists. */
export declare function createClientCore(options: ClientOptions, defaults: ClientDefaults): Client;
/** The Authorization header of a client made by `createClientCore`. */
export declare function authorizationOf(client: Client): string;
