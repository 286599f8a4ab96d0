import type { MockService } from "./types.js";
/** Records by instance path, in creation order. */
export type Store = Map<string, {
    readonly resource: string;
    readonly parent: string;
    readonly record: Record<string, unknown>;
}>;
/** An error answer in the API's error shape. */
export declare class MockHttpError extends Error {
    readonly status: number;
    readonly code: number;
    constructor(status: number, code: number, message: string);
}
/** A parsed request. */
export interface MockRequest {
    readonly method: string;
    readonly url: URL;
    readonly origin: string;
    readonly body: string;
    readonly account: string;
}
/** Answers one request: a status and a JSON payload (null for none). */
export declare function handle(service: MockService, store: Store, req: MockRequest): {
    status: number;
    payload: unknown;
};
