/** Pages of list operations, and lazy streams over them. */
import type { ApiResponse, RequestOptions } from "./transport.js";
/**
 * The items and metadata of a list response, checked: the metadata an object, the items an array
 * of objects. Anything else is a ResponseError naming what was wrong, never a TypeError later.
 * The metadata is the object under `metaKey`, or (null) the response itself, whose page fields
 * sit beside the items. `pageField` names the metadata field holding the page's number, if the
 * API numbers its pages.
 */
export declare function readPage(response: ApiResponse<unknown>, method: string, url: string, listKey: string, metaKey: string | null, pageField: string | null): {
    items: readonly Record<string, unknown>[];
    meta: Record<string, unknown>;
    number: number | null;
};
/** One page of a list operation. */
export interface Page<
    T,
    M = unknown
> {
    readonly items: readonly T[];
    /** The page metadata as the API returned it. */
    readonly meta: M;
    readonly hasNextPage: boolean;
    /**
     * The next page's URL, or null on the last page: as the API gave it, or, where the API gives a
     * path, that path below the client's base URL.
     */
    readonly nextPageUrl: string | null;
    /** Fetches the next page; rejects with PaginationError on the last page or for a foreign URL. */
    nextPage(options?: RequestOptions): Promise<Page<T, M>>;
}
/**
 * Builds a page whose `nextPage` follows its link only within the origin of `baseUrl` (the client's
 * base URL), and rejects a next page whose metadata does not number it after this one (`number`:
 * this page's, or null if unnumbered); a list answered in one response has neither link nor
 * `fetchPage`. A link that is a path (`/v1/Things?Page=1`) is a path on the API's server: one that
 * starts with the base URL's own path is on its origin; one that starts with the path of the API's
 * own server URL (`serverUrl`, when the client's base URL replaces it) goes below the base URL
 * without that path; any other goes below the base URL, as the operations' own paths do.
 */
export declare function createPage<
    T,
    M
>(items: readonly T[], meta: M, link: string | null, baseUrl: string, fetchPage: ((url: string, options?: RequestOptions) => Promise<Page<T, M>>) | null, number: number | null, serverUrl?: string): Page<T, M>;
/**
 * The absolute URL of a page request, as the next page's URL is computed from it: an absolute URL
 * as it is, a path below `baseUrl`, with the operation's query after any query it already has. It
 * never holds credentials (the transport adds an API key in the query to each request itself).
 */
export declare function pageRequestUrl(url: string, query: string | undefined, baseUrl: string): string;
/**
 * `current` with the query parameter `name` set to `value`: the first occurrence replaced in
 * place, later ones removed, or appended; every other parameter kept byte for byte, in order.
 */
export declare function withQueryParameter(current: string, name: string, value: string): string;
/**
 * The next page's URL of a cursor style: `current` with `parameter` set to `cursor`, or null on the
 * last page (a cursor that is null, absent or empty).
 */
export declare function cursorPageUrl(current: string, parameter: string, cursor: string | number | null | undefined): string | null;
/**
 * The next page's URL of an offset style: `current` with `parameter` set to its offset (0 when
 * absent) plus the `received` items, while that is below `total`; null after the last page, on an
 * empty page, or when the total or the current offset is not a count.
 */
export declare function offsetPageUrl(current: string, parameter: string, received: number, total: number | null | undefined): string | null;
/** One link of an RFC 8288 `Link` header: its target as written, its relation types (lower case) and its other parameters. */
export interface LinkHeaderValue {
    readonly target: string;
    readonly rel: readonly string[];
    /** Parameters by lower-case name, the first occurrence of each; quoted values unescaped. */
    readonly params: ReadonlyMap<string, string>;
}
/**
 * Parses an RFC 8288 `Link` header (`<https://x/?page=2>; rel="next", </p/1>; rel=first`) into its
 * links, in order. Commas and semicolons inside the target or a quoted string do not split; a
 * malformed link is skipped up to the next comma outside quotes, and parsing never throws.
 */
export declare function parseLinkHeader(header: string): LinkHeaderValue[];
/**
 * The next page's URL from a `Link` header: the first link whose relation types include `next`
 * and that has no `anchor` (which would make it about another resource), resolved against the
 * request's URL (`current`); null without one. A target that does not resolve is given as written,
 * which `nextPage()` then refuses.
 */
export declare function linkHeaderPageUrl(header: string | null, current: string): string | null;
/**
 * Yields the items of `firstPage()` and the pages after it, fetching each page only when the
 * consumer asks for an item beyond the ones already fetched; stops after `limit` items, and as soon
 * as the signal aborts.
 */
export declare function streamItems<
    T,
    M
>(firstPage: () => Promise<Page<T, M>>, limit: number | undefined, options: RequestOptions | undefined): AsyncGenerator<T, void, undefined>;
