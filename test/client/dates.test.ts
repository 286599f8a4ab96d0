/**
 * The decoders' date parsing: a fast path for the fixed UTC form (`2015-07-30T20:00:00Z`) that must
 * equal `new Date(text)` everywhere: 200,000 seeded instants across four centuries (leap days, month
 * and year boundaries included), every form it does not handle, and values out of range.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../generated/src/runtime/decoding.ts";

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const same = (text: string) => {
  const ours = parseDate(text).getTime();
  const theirs = new Date(text).getTime();
  return Number.isNaN(ours) ? Number.isNaN(theirs) : ours === theirs;
};

describe("parseDate equals new Date", () => {
  it("on 200,000 seeded instants from 1900 to 2300", () => {
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(2300, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => same(iso(ms - (ms % 1000)))),
      { numRuns: 200_000, seed: 42 },
    );
  });

  it.each([
    "2024-02-29T23:59:59Z",
    "2000-02-29T00:00:00Z",
    "1999-12-31T23:59:59Z",
    "2000-01-01T00:00:00Z",
    "2100-02-28T12:00:00Z",
    "0099-06-01T00:00:00Z",
    "0100-01-01T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "2100-02-29T00:00:00Z",
    "2024-04-31T00:00:00Z",
    "2024-13-01T00:00:00Z",
    "2024-00-10T00:00:00Z",
    "2024-01-01T24:00:00Z",
    "2024-01-01T23:60:00Z",
    "2024-01-01T23:59:60Z",
    "2024-01-01T10:00:00.123Z",
    "2024-01-01T10:00:00+02:00",
    "2024-01-01 10:00:00Z",
    "2024-01-01T10:00:0aZ",
    "Tue, 30 Jul 2015 20:00:00 +0000",
    "",
    "not a date",
  ])("%j", (text) => {
    expect(same(text)).toBe(true);
  });
});
