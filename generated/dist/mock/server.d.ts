import type { MockService } from "./types.js";
/** Options of `start`. */
export interface MockServerOptions {
    /** Port on 127.0.0.1; 0 (the default) picks a free one. */
    readonly port?: number;
    /** The largest request body accepted, in bytes; a larger one is answered 413. Default 1 MiB. */
    readonly maxBodyBytes?: number;
    /** The only credentials accepted; by default any username the spec's pattern allows, with a non-empty password. */
    readonly credentials?: {
        readonly username: string;
        readonly password: string;
    };
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
    /**
     * Creates `count` records as `POST path` with these wire parameters would, without HTTP: fixtures
     * for tests and benchmarks. Throws when the parameters break the rules.
     */
    seed(path: string, form: Readonly<Record<string, string>>, count?: number): void;
    close(): Promise<void>;
}
/** Starts a server for `services` on 127.0.0.1; each request goes to the service whose paths match it. */
export declare function startMockServer(services: readonly MockService[], options?: MockServerOptions): Promise<MockServer>;
