/**
 * The local server's ids come from the spec's patterns, not from any vendor's habit: a literal
 * prefix (of any length, or one of several) before as many hex digits as the spec's idHexDigits.
 */
import { describe, expect, it } from "vitest";
import { idPrefix, newId } from "../../generator/mock-runtime/records.ts";

describe("local server ids", () => {
  it.each([
    ["^AC[0-9a-fA-F]{32}$", 32, "AC"],
    ["^(YF|YC)[0-9a-f]{32}$", 32, "YF"],
    ["^key_[0-9a-f]{16}$", 16, "key_"],
    ["^Order-[0-9a-fA-F]{16}$", 16, "Order-"],
    ["^AC[0-9a-fA-F]{32}$", 16, null], // another length than the spec's idHexDigits
    ["^[0-9a-f]{32}$", 32, null], // no prefix: not an id the server can tell from other hex
    ["^AC[0-9a-z]{32}$", 32, null],
    ["^A.[0-9a-f]{32}$", 32, null],
    ["^AC[0-9a-fA-F]{32}", 32, null],
  ])("%s with %i digits: prefix %s", (pattern, digits, prefix) => {
    expect(idPrefix(pattern, digits)).toBe(prefix);
  });

  it("mints ids that match the pattern they came from", () => {
    for (const pattern of ["^key_[0-9a-f]{16}$", "^(YF|YC)[0-9a-f]{32}$"]) {
      const digits = Number(/\{(\d+)\}/.exec(pattern)![1]);
      const id = newId(idPrefix(pattern, digits)!, digits);
      expect(id).toMatch(new RegExp(pattern));
    }
  });

  it("no prefix and no digits setting: nothing minted", () => {
    expect(idPrefix("^AC[0-9a-fA-F]{32}$", null)).toBeNull();
  });
});
