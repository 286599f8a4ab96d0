/** Pages of list operations, and lazy streams over them. */
import type { ApiResponse, RequestOptions } from "./transport.js";
import { responseError } from "./auth.js";
import { PaginationError } from "./errors.js";

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
  const problem = (what: string) => responseError(response, method, url, what);
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
 * The absolute URL of a page request, as the next page's URL is computed from it: an absolute URL
 * as it is, a path below `baseUrl`, with the operation's query after any query it already has. It
 * never holds credentials (the transport adds an API key in the query to each request itself).
 */
export function pageRequestUrl(url: string, query: string | undefined, baseUrl: string): string {
  const target = /^https?:\/\//.test(url) ? url : baseUrl + url;
  const own = query ?? "";
  return own ? `${target}${target.includes("?") ? "&" : "?"}${own}` : target;
}

/**
 * `current` with the query parameter `name` set to `value`: the first occurrence replaced in
 * place, later ones removed, or appended; every other parameter kept byte for byte, in order.
 */
export function withQueryParameter(current: string, name: string, value: string): string {
  const hash = current.indexOf("#");
  const url = hash < 0 ? current : current.slice(0, hash);
  const at = url.indexOf("?");
  const path = at < 0 ? url : url.slice(0, at);
  const pair = new URLSearchParams([[name, value]]).toString();
  let placed = false;
  const parts: string[] = [];
  for (const part of at < 0 ? [] : url.slice(at + 1).split("&")) {
    if (part === "") continue;
    if (queryName(part) !== name) parts.push(part);
    else if (!placed) {
      parts.push(pair);
      placed = true;
    }
  }
  if (!placed) parts.push(pair);
  return `${path}?${parts.join("&")}`;
}

function queryName(part: string): string {
  const name = part.split("=", 1)[0]!.replace(/\+/g, " ");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The next page's URL of a cursor style: `current` with `parameter` set to `cursor`, or null on the
 * last page (a cursor that is null, absent or empty).
 */
export function cursorPageUrl(
  current: string,
  parameter: string,
  cursor: string | number | null | undefined,
): string | null {
  if (cursor === null || cursor === undefined || cursor === "") return null;
  return withQueryParameter(current, parameter, String(cursor));
}

/**
 * The next page's URL of an offset style: `current` with `parameter` set to its offset (0 when
 * absent) plus the `received` items, while that is below `total`; null after the last page, on an
 * empty page, or when the total or the current offset is not a count.
 */
export function offsetPageUrl(
  current: string,
  parameter: string,
  received: number,
  total: number | null | undefined,
): string | null {
  if (received === 0 || typeof total !== "number") return null;
  let offset = 0;
  try {
    offset = Number(new URL(current).searchParams.get(parameter) ?? 0);
  } catch {
    return null;
  }
  if (!Number.isSafeInteger(offset) || offset < 0) return null;
  const next = offset + received;
  return next < total ? withQueryParameter(current, parameter, String(next)) : null;
}

/** One link of an RFC 8288 `Link` header: its target as written, its relation types (lower case) and its other parameters. */
export interface LinkHeaderValue {
  readonly target: string;
  readonly rel: readonly string[];
  /** Parameters by lower-case name, the first occurrence of each; quoted values unescaped. */
  readonly params: ReadonlyMap<string, string>;
}

const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

/**
 * Parses an RFC 8288 `Link` header (`<https://x/?page=2>; rel="next", </p/1>; rel=first`) into its
 * links, in order. Commas and semicolons inside the target or a quoted string do not split; a
 * malformed link is skipped up to the next comma outside quotes, and parsing never throws.
 */
export function parseLinkHeader(header: string): LinkHeaderValue[] {
  const out: LinkHeaderValue[] = [];
  const n = header.length;
  let i = 0;
  const spaces = () => {
    while (i < n && (header[i] === " " || header[i] === "\t")) i++;
  };
  // Skips to just after the next comma outside a quoted string or an angle-bracketed target.
  const skipValue = () => {
    while (i < n && header[i] !== ",") {
      if (header[i] === '"') quoted();
      else if (header[i] === "<") {
        const end = header.indexOf(">", i + 1);
        i = end < 0 ? n : end + 1;
      } else i++;
    }
    i++;
  };
  const quoted = () => {
    let value = "";
    i++;
    while (i < n && header[i] !== '"') {
      if (header[i] === "\\" && i + 1 < n) i++;
      value += header[i];
      i++;
    }
    i++;
    return value;
  };
  const token = () => {
    const start = i;
    while (i < n && TOKEN.test(header[i]!)) i++;
    return header.slice(start, i);
  };
  while (i < n) {
    while (i < n && (header[i] === " " || header[i] === "\t" || header[i] === ",")) i++;
    if (i >= n) break;
    if (header[i] !== "<") {
      skipValue();
      continue;
    }
    const end = header.indexOf(">", i + 1);
    if (end < 0) break;
    const target = header.slice(i + 1, end).trim();
    i = end + 1;
    const params = new Map<string, string>();
    let malformed = false;
    for (;;) {
      spaces();
      if (i >= n || header[i] === ",") break;
      if (header[i] !== ";") {
        malformed = true;
        break;
      }
      i++;
      spaces();
      const name = token().toLowerCase();
      if (name === "") {
        malformed = true;
        break;
      }
      spaces();
      let value = "";
      if (header[i] === "=") {
        i++;
        spaces();
        value = header[i] === '"' ? quoted() : token();
      }
      if (!params.has(name)) params.set(name, value);
    }
    if (malformed) {
      skipValue();
      continue;
    }
    const rel = (params.get("rel") ?? "")
      .toLowerCase()
      .split(/[ \t]+/)
      .filter((r) => r !== "");
    out.push({ target, rel, params });
  }
  return out;
}

/**
 * The next page's URL from a `Link` header: the first link whose relation types include `next`
 * and that has no `anchor` (which would make it about another resource), resolved against the
 * request's URL (`current`); null without one. A target that does not resolve is given as written,
 * which `nextPage()` then refuses.
 */
export function linkHeaderPageUrl(header: string | null, current: string): string | null {
  if (header === null) return null;
  const next = parseLinkHeader(header).find(
    (link) => link.rel.includes("next") && !link.params.has("anchor"),
  );
  if (next === undefined) return null;
  try {
    return new URL(next.target, current).href;
  } catch {
    return next.target;
  }
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
