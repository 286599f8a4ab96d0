import type { MockServer, MockServerOptions } from "./server.js";
export type { Fault, MockServer, MockServerOptions } from "./server.js";
export * as challengeMock from "./extensions/challenge.mock.js";
export * as factorMock from "./extensions/factor.mock.js";
export * as verificationCheckMock from "./extensions/verification-check.mock.js";
export * as verificationMock from "./extensions/verification.mock.js";
/**
 * Starts the local mock server on 127.0.0.1 (port 0 picks a free one); pass its `url` as the client's `baseUrl`.
 * Node only. It validates requests with the client's own validators and keeps records in memory.
 */
export declare function start(options?: MockServerOptions): Promise<MockServer>;
