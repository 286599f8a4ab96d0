/** Routing and the operation kinds of the mock server, over an in-memory store. */
import { type Answered } from "./answers.js";
import type { MockPart, MockRecords, MockSecurity, MockService } from "./types.js";
/** A stored record: its resource, the list path it was created under, and its fields. */
export interface StoredRecord {
    readonly resource: string;
    readonly parent: string;
    readonly record: Record<string, unknown>;
}
/**
 * Records by instance path, in creation order, with an index by the list path each was created
 * under, so a list reads its own records without scanning every other one.
 */
export declare class Store extends Map<string, StoredRecord> {
    readonly log: (line: string) => void;
    private readonly byParent;
    /** The account that created each record through a request; seeded records have none (shared). */
    private readonly owners;
    /** The account the request being answered acts for (null: none, every record is visible). */
    private acting;
    /** While seeding, requests act for no account: seeded records are every account's. */
    private seeding;
    /** How many records each resource has (every account's), so a question of one costs no scan. */
    private readonly counts;
    /** How many records of `resource` are stored, whatever account holds them. */
    count(resource: string): number;
    /** @param log receives what extensions say the API sent out of band (a code by SMS), one line each. */
    constructor(log?: (line: string) => void);
    /**
     * Answers a request as `account`: records another account created are invisible to it (a 404,
     * as in Twilio), and what it creates is its own. Requests are answered synchronously, one at a time.
     */
    actingAs<T>(account: string | null, work: () => T): T;
    /** Seeds through `work`: the records it makes belong to no account. */
    shared<T>(work: () => T): T;
    private visible;
    override get(path: string): StoredRecord | undefined;
    override has(path: string): boolean;
    override set(path: string, entry: StoredRecord): this;
    override delete(path: string): boolean;
    override clear(): void;
    /** The records created under a list path that the acting account sees, in creation order. */
    under(parent: string): Iterable<StoredRecord>;
}
/** What an error is, so the server can answer with the API's own code for it. */
export type MockErrorRole = "unauthorized" | "notFound" | "methodNotAllowed" | "invalidParameter" | "conflict" | "rateLimited" | "internal";
/** An error answer in the API's error shape; `code` overrides the code the role maps to. */
export declare class MockHttpError extends Error {
    readonly status: number;
    readonly role: MockErrorRole;
    readonly code: number | null;
    constructor(status: number, role: MockErrorRole, message: string, code?: number | null);
}
/** A parsed request. */
export interface MockRequest {
    readonly method: string;
    readonly url: URL;
    /** The server's own origin, for the URLs it writes. */
    readonly origin: string;
    /** The body as UTF-8 text (a form, JSON or text body). */
    readonly body: string;
    /** The body's bytes (a binary body). */
    readonly bytes: Uint8Array;
    /** A multipart/form-data body's parts, or null for any other body. */
    readonly parts: readonly MockPart[] | null;
    /** The authenticated username (Basic), or null when the credentials name no account. */
    readonly account: string | null;
    /** Request headers, names in lower case. */
    readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}
/** Answers one request: a status and a JSON payload (null for none). */
export declare function handle(service: MockService, store: Store, request: Omit<MockRequest, "account">, authenticate: (security: MockSecurity) => string | null): Answered;
/** Whether an operation of `service` answers `method` at this path (an OPTIONS one, say, rather than a CORS preflight). */
export declare function routes(service: MockService, method: string, pathname: string): boolean;
/**
 * Creates a record as `POST path` with these wire parameters would, without HTTP. Given an instance
 * path (`/v2/Services/VA…`), creates that record with the id the path names, through its resource's
 * create operation: fixtures with known ids.
 */
export declare function seed(service: MockService, store: Store, req: MockRequest): void;
/** The stored records as extensions see them. */
export declare function recordsOf(store: Store): MockRecords;
/** The cookies of a Cookie header, by name, their values as sent (the first of a repeated name first). */
export declare function cookiesOf(header: string | string[] | undefined): URLSearchParams;
/** The service one of whose paths matches the URL (the first service when none does, for its 404). */
export declare function serviceFor(services: readonly MockService[], url: URL): MockService;
