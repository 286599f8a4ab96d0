/**
 * The runtime writes query strings and form bodies as text (no `URLSearchParams` per call): every
 * pair must come out byte for byte as `URLSearchParams` writes it, for any name and value (spaces,
 * the characters `encodeURIComponent` leaves bare, non-ASCII text, lone surrogates).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  appendDeep,
  appendDotted,
  appendItems,
  formEncode,
  formPair,
} from "../../generator/runtime/encoding.ts";

const viaParams = (entries: readonly (readonly [string, string])[]) =>
  new URLSearchParams(entries as [string, string][]).toString();

// Any text: every UTF-16 unit (lone surrogates included), and the characters that need care.
const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom(..." !'()~*-._%+&=,|#?/\t\u00e9\ud83d\ude00\ud800\udfff".split("")) }),
);

describe("form encoding", () => {
  it("encodes a name or value as URLSearchParams does", () => {
    for (const sample of ["", "Ada", "a b", "!'()~", "*-._", "a+b&c=d", "\u00e9", "\ud83d\ude00", "\ud800"])
      expect(formEncode(sample)).toBe(viaParams([["", sample]]).slice(1));
    fc.assert(fc.property(text, (value) => formEncode(value) === viaParams([["", value]]).slice(1)));
  });

  it("writes pairs in order as URLSearchParams does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 6 }), (entries) => {
        const written = entries.reduce((out, [name, value]) => formPair(out, name, value), "");
        return written === viaParams(entries);
      }),
    );
  });

  it("keeps a delimited value's delimiters as written, each item encoded on its own", () => {
    expect(appendItems("", "id", ["a,b", "c d"], ",")).toBe("id=a%2Cb,c+d");
    expect(appendItems("x=1", "id", ["a|b", "c"], "|")).toBe("x=1&id=a%7Cb|c");
    expect(appendItems("", "id", ["a", "b"], " ")).toBe("id=a%20b");
    expect(appendItems("", "id", ["a", "b"], "\t")).toBe("id=a%09b");
  });

  it("writes dotted and deep objects one pair per leaf, as URLSearchParams would", () => {
    const value = { mode: "full text", list: [1, "two"], when: new Date(0), none: null, skip: undefined };
    expect(appendDotted("a=1", "AddOns", value)).toBe(
      viaParams([
        ["a", "1"],
        ["AddOns.mode", "full text"],
        ["AddOns.list", "1"],
        ["AddOns.list", "two"],
        ["AddOns.when", "1970-01-01T00:00:00.000Z"],
        ["AddOns.none", ""],
      ]),
    );
    expect(appendDeep("", "filter", { role: "admin", tags: ["x y"] })).toBe(
      viaParams([
        ["filter[role]", "admin"],
        ["filter[tags]", "x y"],
      ]),
    );
  });
});
