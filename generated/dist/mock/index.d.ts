import type { MockServer, MockServerOptions } from "./server.js";
export type { Fault, MockServer, MockServerOptions } from "./server.js";
export * as factorMock from "./extensions/factor.js";
/**
 * Starts the local mock server on 127.0.0.1 (port 0 picks a free one); pass its `url` as the client's `baseUrl`.
 * Node only. It validates requests with the client's own validators and keeps records in memory.
 */
export declare function start(options?: MockServerOptions): Promise<MockServer>;
