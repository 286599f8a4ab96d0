/**
 * The runtime's next-page URLs, unit by unit: the RFC 8288 Link header parser (hostile inputs
 * included), the query parameter a cursor or offset sets on the current request's URL, and the
 * page request's own URL.
 */
import { describe, expect, it } from "vitest";
import {
  cursorPageUrl,
  linkHeaderPageUrl,
  offsetPageUrl,
  pageRequestUrl,
  parseLinkHeader,
  withQueryParameter,
} from "../../generator/runtime/pagination.ts";

const CURRENT = "https://api.example.com/v1/repos?per_page=2&q=a%20b";

describe("parseLinkHeader", () => {
  it("reads several links, their rel types and parameters, in order", () => {
    const links = parseLinkHeader(
      '<https://api.example.com/v1/repos?page=2>; rel="next", <https://api.example.com/v1/repos?page=5>; rel="last"',
    );
    expect(links.map((l) => [l.target, l.rel])).toEqual([
      ["https://api.example.com/v1/repos?page=2", ["next"]],
      ["https://api.example.com/v1/repos?page=5", ["last"]],
    ]);
  });

  it.each([
    ["a comma inside the target", '</a?x=1,2>; rel="next"', "/a?x=1,2", ["next"]],
    ["a comma and a semicolon inside a quoted title", '</a>; title="x, y; z"; rel=next', "/a", ["next"]],
    [
      "an escaped quote inside a quoted value",
      '</a>; title="say \\"hi\\", rel=prev"; rel="next"',
      "/a",
      ["next"],
    ],
    ["rel types listed with spaces, in any case", '</a>; REL="Prev NEXT"', "/a", ["prev", "next"]],
    ["no spaces at all", "</a>;rel=next", "/a", ["next"]],
    ["tabs and extra spaces", '<  /a  >\t ;\t rel = "next" ', "/a", ["next"]],
  ])("%s", (_name, header, target, rel) => {
    const [link] = parseLinkHeader(header);
    expect(link?.target).toBe(target);
    expect(link?.rel).toEqual(rel);
  });

  it("keeps the first of a repeated parameter, as RFC 8288 says", () => {
    expect(parseLinkHeader('</a>; rel="prev"; rel="next"')[0]?.rel).toEqual(["prev"]);
  });

  it.each([
    ["empty", ""],
    ["only commas and spaces", " , ,, "],
    ["no angle brackets", 'https://x/?page=2; rel="next"'],
    ["an unclosed target", '<https://x/?page=2; rel="next"'],
    ["an unclosed quote", '</a>; rel="next'],
    ["a parameter without a name", "</a>; =next"],
    ["garbage after the target", "</a> junk; rel=next"],
    ["a lone semicolon", "</a>;"],
  ])("never throws on %s", (_name, header) => {
    expect(() => parseLinkHeader(header)).not.toThrow();
  });

  it("skips a malformed link but reads the next one", () => {
    expect(parseLinkHeader('</bad> junk; rel="next", </good>; rel="next"').map((l) => l.target)).toEqual([
      "/good",
    ]);
  });

  it("has no rel from an inherited property name", () => {
    const [link] = parseLinkHeader("</a>; __proto__=x; constructor=y");
    expect(link?.rel).toEqual([]);
    expect(link?.params.get("__proto__")).toBe("x");
  });

  it("is linear on a long hostile header", () => {
    const header = `${"<".repeat(50_000)}${";".repeat(50_000)}${'"'.repeat(50_000)}`;
    const started = performance.now();
    parseLinkHeader(header);
    parseLinkHeader(`</a>; rel=${"x ".repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("linkHeaderPageUrl", () => {
  it("resolves a relative next link against the request's URL", () => {
    expect(linkHeaderPageUrl('</v1/repos?page=2>; rel="next"', CURRENT)).toBe(
      "https://api.example.com/v1/repos?page=2",
    );
    expect(linkHeaderPageUrl('<?page=2>; rel="next"', CURRENT)).toBe(
      "https://api.example.com/v1/repos?page=2",
    );
    expect(linkHeaderPageUrl('<repos?page=2>; rel="next"', "https://api.example.com/v1/x")).toBe(
      "https://api.example.com/v1/repos?page=2",
    );
  });

  it("takes an absolute link as it is, another origin included (nextPage refuses it)", () => {
    expect(linkHeaderPageUrl('<https://elsewhere.example/p?page=2>; rel="next"', CURRENT)).toBe(
      "https://elsewhere.example/p?page=2",
    );
  });

  it("is null without a next link, and ignores one with an anchor (about another resource)", () => {
    expect(linkHeaderPageUrl(null, CURRENT)).toBeNull();
    expect(linkHeaderPageUrl('</a>; rel="prev", </b>; rel="last"', CURRENT)).toBeNull();
    expect(linkHeaderPageUrl('</a>; rel="next"; anchor="#x", </b>; rel="next"', CURRENT)).toBe(
      "https://api.example.com/b",
    );
    expect(linkHeaderPageUrl('</a>; rel="nextish"', CURRENT)).toBeNull();
  });

  it("gives a target that does not resolve as written", () => {
    expect(linkHeaderPageUrl('<http://[bad>; rel="next"', CURRENT)).toBe("http://[bad");
  });
});

describe("withQueryParameter", () => {
  it("appends the parameter, keeping every other one byte for byte", () => {
    expect(withQueryParameter(CURRENT, "cursor", "c/2")).toBe(`${CURRENT}&cursor=c%2F2`);
    expect(withQueryParameter("https://x.example/a", "offset", "4")).toBe("https://x.example/a?offset=4");
  });

  it("replaces the first occurrence in place and drops later ones", () => {
    expect(withQueryParameter("https://x.example/a?offset=2&b=1&offset=9", "offset", "4")).toBe(
      "https://x.example/a?offset=4&b=1",
    );
    expect(withQueryParameter("https://x.example/a?starting%5Fafter=x&b=1", "starting_after", "y")).toBe(
      "https://x.example/a?starting_after=y&b=1",
    );
  });

  it("leaves out a fragment", () => {
    expect(withQueryParameter("https://x.example/a?b=1#top", "c", "2")).toBe("https://x.example/a?b=1&c=2");
  });
});

describe("cursorPageUrl and offsetPageUrl", () => {
  it("ends the list on a null, absent or empty cursor", () => {
    expect(cursorPageUrl(CURRENT, "cursor", null)).toBeNull();
    expect(cursorPageUrl(CURRENT, "cursor", undefined)).toBeNull();
    expect(cursorPageUrl(CURRENT, "cursor", "")).toBeNull();
    expect(cursorPageUrl(CURRENT, "cursor", 0)).toBe(`${CURRENT}&cursor=0`);
  });

  it("counts the next offset from the current one, while below the total", () => {
    expect(offsetPageUrl("https://x.example/a?limit=2", "offset", 2, 5)).toBe(
      "https://x.example/a?limit=2&offset=2",
    );
    expect(offsetPageUrl("https://x.example/a?offset=2&limit=2", "offset", 2, 5)).toBe(
      "https://x.example/a?offset=4&limit=2",
    );
    expect(offsetPageUrl("https://x.example/a?offset=4", "offset", 1, 5)).toBeNull();
  });

  it("ends on an empty page, a missing total, or an offset that is not a count", () => {
    expect(offsetPageUrl("https://x.example/a", "offset", 0, 5)).toBeNull();
    expect(offsetPageUrl("https://x.example/a", "offset", 2, null)).toBeNull();
    expect(offsetPageUrl("https://x.example/a?offset=-1", "offset", 2, 5)).toBeNull();
    expect(offsetPageUrl("https://x.example/a?offset=x", "offset", 2, 5)).toBeNull();
  });
});

describe("pageRequestUrl", () => {
  it("puts a path below the base URL and the query after any the URL has", () => {
    expect(pageRequestUrl("/v1/a", "b=1+2", "https://x.example/proxy")).toBe(
      "https://x.example/proxy/v1/a?b=1+2",
    );
    expect(pageRequestUrl("https://y.example/a?c=3", undefined, "https://x.example")).toBe(
      "https://y.example/a?c=3",
    );
    expect(pageRequestUrl("https://y.example/a?c=3", "d=4", "https://x.example")).toBe(
      "https://y.example/a?c=3&d=4",
    );
  });
});
