import type { Store } from "./handlers.js";
import type { MockService, MockWebhookEvent } from "./types.js";
/** What a request may change that an event watches: each watched record and its watched fields' values. */
export type Watched = ReadonlyMap<string, {
    readonly resource: string;
    readonly record: Record<string, unknown>;
    readonly values: unknown[];
}>;
/** One event to send: its type and the record it is about. */
interface Happened {
    readonly event: MockWebhookEvent;
    readonly record: Record<string, unknown>;
}
/** How deliveries go: which hosts, the secret, and where problems are written. */
export interface DeliveryOptions {
    readonly allowExternal: boolean;
    readonly log: (message: string) => void;
}
/**
 * The watched records before a request, or null when nothing can be sent (no webhooks, or no
 * subscription at all): the server then does no work for webhooks.
 */
export declare function watch(service: MockService, store: Store): Watched | null;
/** The events a request caused: records created, deleted, or updated so that a field became a value. */
export declare function happened(service: MockService, store: Store, before: Watched): Happened[];
/** Posts each event to every subscription of the record's account and scope; resolves when all are done. */
export declare function deliver(service: MockService, store: Store, events: readonly Happened[], accountField: string | null, secret: string, options: DeliveryOptions): Promise<void>;
/** Whether a URL's host is this machine: 127.0.0.0/8, ::1 or localhost. */
export declare function isLoopback(url: string): boolean;
export {};
