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
 * Yields the items of `firstPage()` and the pages after it, fetching each page only when the
 * consumer asks for an item beyond the ones already fetched; stops after `limit` items, and as soon
 * as the signal aborts.
 */
export declare function streamItems<
    T,
    M
>(firstPage: () => Promise<Page<T, M>>, limit: number | undefined, options: RequestOptions | undefined): AsyncGenerator<T, void, undefined>;
