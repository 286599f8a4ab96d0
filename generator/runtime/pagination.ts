/** Pages of list operations, and lazy streams over them. */
import type { ApiResponse, RequestOptions } from "./transport.js";
import { PaginationError, ResponseError } from "./errors.js";

/**
 * The items and metadata of a list response, checked: the metadata an object, the items an array
 * of objects. Anything else is a ResponseError naming what was wrong, never a TypeError later.
 * The metadata is the object under `metaKey`, or (null) the response itself, whose page fields
 * sit beside the items. `pageField` names the metadata field holding the page's number, if the
 * API numbers its pages.
 */
export function readPage(
  response: ApiResponse<unknown>,
  method: string,
  url: string,
  listKey: string,
  metaKey: string | null,
  pageField: string | null,
): { items: readonly Record<string, unknown>[]; meta: Record<string, unknown>; number: number | null } {
  const data = response.data as Record<string, unknown>;
  const problem = (what: string) =>
    new ResponseError({
      status: response.status,
      method,
      url,
      requestId: response.requestId,
      excerpt: JSON.stringify(data) ?? "",
      problem: what,
    });
  // Own properties only: a key named like an inherited member (`constructor`) is not read from Object.
  const own = (record: Record<string, unknown>, key: string) =>
    Object.hasOwn(record, key) ? record[key] : undefined;
  const meta = metaKey === null ? data : own(data, metaKey);
  if (typeof meta !== "object" || meta === null || Array.isArray(meta))
    throw problem(`a page whose '${metaKey}' is ${meta === undefined ? "missing" : "not an object"}`);
  const items = own(data, listKey);
  if (!Array.isArray(items))
    throw problem(`a page whose '${listKey}' is ${items === undefined ? "missing" : "not an array"}`);
  const bad = items.findIndex((item) => typeof item !== "object" || item === null || Array.isArray(item));
  if (bad >= 0) throw problem(`a page whose item ${bad} is not an object`);
  const number = pageField === null ? undefined : own(meta as Record<string, unknown>, pageField);
  return {
    items: items as Record<string, unknown>[],
    meta: meta as Record<string, unknown>,
    number: typeof number === "number" && Number.isFinite(number) ? number : null,
  };
}

/** The number the metadata gives each page, where it gives one (kept off the public Page). */
const pageNumbers = new WeakMap<object, number>();

/** One page of a list operation. */
export interface Page<T, M = unknown> {
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
export function createPage<T, M>(
  items: readonly T[],
  meta: M,
  link: string | null,
  baseUrl: string,
  fetchPage: ((url: string, options?: RequestOptions) => Promise<Page<T, M>>) | null,
  number: number | null,
  serverUrl: string = baseUrl,
): Page<T, M> {
  const target = link === null ? null : resolveLink(link, baseUrl, serverUrl);
  const nextPageUrl = target?.href ?? link;
  const page: Page<T, M> = {
    items,
    meta,
    hasNextPage: nextPageUrl !== null,
    nextPageUrl,
    nextPage(options) {
      if (nextPageUrl === null || fetchPage === null)
        return Promise.reject(new PaginationError("there is no next page"));
      if (target === null)
        return Promise.reject(new PaginationError("the next page URL is neither an absolute URL nor a path"));
      const origin = new URL(baseUrl).origin;
      if (target.origin !== origin) {
        return Promise.reject(
          new PaginationError(
            `refusing to follow a next page URL on ${target.origin}: the client talks to ${origin} only`,
          ),
        );
      }
      return fetchPage(target.href, options).then((next) => {
        const after = pageNumbers.get(next);
        if (number !== null && after !== undefined && after <= number)
          throw new PaginationError(
            `the page after page ${number} is numbered ${after}: stopping rather than reading pages again`,
          );
        return next;
      });
    },
  };
  if (number !== null) pageNumbers.set(page, number);
  return page;
}

/**
 * An absolute URL as it is; a path (one `/`, not `//`, which names another host) on the origin when
 * it already holds the base URL's path (`/v1/pets?page=2` with `http://host/v1`), else below the
 * base URL, without the API's own server path where the base URL replaces that server (a proxy or a
 * local server mounted elsewhere), so no prefix is sent twice.
 */
function resolveLink(link: string, baseUrl: string, serverUrl: string): URL | null {
  try {
    if (!link.startsWith("/") || link.startsWith("//")) return new URL(link);
    const base = new URL(baseUrl);
    const basePath = pathPrefix(base);
    if (basePath && startsWithPath(link, basePath)) return new URL(base.origin + link);
    const serverPath = pathPrefix(new URL(serverUrl));
    if (serverPath && startsWithPath(link, serverPath))
      return new URL(baseUrl + link.slice(serverPath.length));
    return new URL(baseUrl + link);
  } catch {
    return null;
  }
}

/** A URL's path without a trailing slash (`` for the root). */
function pathPrefix(url: URL): string {
  return url.pathname.replace(/\/+$/, "");
}

/** Whether a path link starts with the whole segments of `prefix`. */
function startsWithPath(link: string, prefix: string): boolean {
  return link.startsWith(prefix) && (link.length === prefix.length || "/?#".includes(link[prefix.length]!));
}

/**
 * Yields the items of `firstPage()` and the pages after it, fetching each page only when the
 * consumer asks for an item beyond the ones already fetched; stops after `limit` items, and as soon
 * as the signal aborts.
 */
export async function* streamItems<T, M>(
  firstPage: () => Promise<Page<T, M>>,
  limit: number | undefined,
  options: RequestOptions | undefined,
): AsyncGenerator<T, void, undefined> {
  if (limit === 0) return;
  let yielded = 0;
  let page = await firstPage();
  // A next-page URL seen before would loop forever, yielding the same items again.
  const seen = new Set<string>();
  for (;;) {
    for (const item of page.items) {
      options?.signal?.throwIfAborted();
      yield item;
      if (limit !== undefined && ++yielded >= limit) return;
    }
    if (!page.hasNextPage) return;
    if (seen.has(page.nextPageUrl!))
      throw new PaginationError(
        `the API gave the page URL ${page.nextPageUrl} twice: stopping rather than looping`,
      );
    seen.add(page.nextPageUrl!);
    page = await page.nextPage(options);
  }
}
