import type { MockService } from "./types.js";
/** Options of `start`. */
export interface MockServerOptions {
    /** Port on 127.0.0.1; 0 (the default) picks a free one. */
    readonly port?: number;
    /** The largest request body accepted, in bytes; a larger one is answered 413. Default 1 MiB. */
    readonly maxBodyBytes?: number;
    /** The only Basic credentials accepted; by default any username the spec's pattern allows, with a non-empty password. */
    readonly credentials?: {
        readonly username: string;
        readonly password: string;
    };
    /**
     * By scheme name, the one bearer token, API key or OAuth2 access token accepted. By default any
     * non-empty one, except for OAuth2 with client credentials: a token this server's token endpoint issued.
     */
    readonly tokens?: Readonly<Record<string, string>>;
    /** By OAuth2 scheme name, the one client its token endpoint accepts; by default any non-empty id and secret. */
    readonly oauthClients?: Readonly<Record<string, {
        readonly clientId: string;
        readonly clientSecret: string;
    }>>;
    /**
     * Origins whose pages may call the server (CORS): `["*"]` by default, since it listens on
     * loopback only. A preflight (`OPTIONS`) is answered without credentials.
     */
    readonly corsOrigins?: readonly string[];
    /**
     * Whether webhooks may go to any http(s) URL; by default only to loopback addresses (127.0.0.0/8,
     * ::1, localhost), so a test server never posts to the network.
     */
    readonly allowExternalWebhooks?: boolean;
    /**
     * Receives one line for each message an extension says the API sent out of band (a verification
     * code, a challenge; the command-line server prints them) and for each webhook that failed or was
     * not sent. Without it, the messages go nowhere (tests read the records instead, `records`) and
     * webhook failures go to `console.warn`.
     */
    readonly log?: (line: string) => void;
}
/** A fault the next response will show instead of (or before) the real one. */
export interface Fault {
    /** Answer with this status and the API's error body. */
    readonly status?: number;
    /** With status 429 (or any): a Retry-After header, in seconds. */
    readonly retryAfter?: number;
    /** Wait this long before answering. */
    readonly delayMs?: number;
    /** Destroy the connection without any response. */
    readonly drop?: boolean;
}
/** A running server. */
export interface MockServer {
    /** `http://127.0.0.1:PORT`, to pass as the client's `baseUrl`. */
    readonly url: string;
    /** Queues faults, applied to the next requests in order. */
    inject(...faults: Fault[]): void;
    /** Requests received so far. */
    readonly requestCount: number;
    /** Forgets every stored record. */
    reset(): void;
    /** Resolves when every webhook the server has started sending is delivered, refused or failed (it never rejects). */
    webhooksSettled(): Promise<void>;
    /** Forgets every access token the token endpoint issued, as if each had expired: the next call with one is a 401. */
    revokeTokens(): void;
    /**
     * Creates `count` records as `POST path` with these wire parameters would, without HTTP: fixtures
     * for tests and benchmarks. Given an instance path (`/v2/Services/VA…`), creates that one record
     * with the id the path names. Throws when the parameters break the rules or a parent is missing.
     */
    seed(path: string, form: Readonly<Record<string, string>>, count?: number): void;
    /**
     * Every stored record of one resource, with the fields the API never shows (such as the code a
     * verification sent): for tests only, never reachable over HTTP.
     */
    records(resource: string): readonly Readonly<Record<string, unknown>>[];
    close(): Promise<void>;
}
/** Starts a server for `services` on 127.0.0.1; each request goes to the service whose paths match it. */
export declare function startMockServer(services: readonly MockService[], options?: MockServerOptions): Promise<MockServer>;
