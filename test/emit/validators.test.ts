/** Validators emitter: the straight-line checks of each type kind, given and wanted (as code lines). */
import { describe, expect, it } from "vitest";
import { valueChecks, type CheckContext } from "../../generator/targets/client/value-checks.ts";
import { Uses } from "../../generator/targets/ts/builder.ts";
import type { TsType } from "../../generator/targets/ts/model.ts";
import { arr, bool, date, int, json, map, obj, oneOf, str } from "./fragments.ts";

function checks(type: TsType): { lines: string; uses: string[] } {
  const uses = new Uses();
  const ctx: CheckContext = { uses, patternConst: (owner) => `${owner.toUpperCase()}_PATTERN` };
  return {
    lines: valueChecks(type, "v", { path: "p", wire: '"P"' }, ctx).join("\n"),
    uses: [...uses].sort(),
  };
}

describe("valueChecks", () => {
  it("integer: type, then range with the value", () => {
    expect(checks(int(3, 8)).lines).toBe(
      'if (typeof v !== "number" || !Number.isInteger(v)) issues.push(issue("p", "P", "integer", "must be an integer"));\n' +
        'else if (v < 3 || v > 8) issues.push(issue("p", "P", "range", "must be 3 to 8, got " + v));',
    );
  });

  it("string: length counted in code points only past the unit limit, pattern by a module constant, format by a helper", () => {
    const { lines, uses } = checks(str({ maxLength: 4, pattern: "^a", format: "e164" }));
    expect(lines).toContain("if (v.length > 4) {\nconst vLength = charLength(v);");
    expect(lines).toContain(
      'if (!P_PATTERN.test(v)) issues.push(issue("p", "P", "pattern", "must match ^a"));',
    );
    expect(lines).toContain(
      'if (!isE164(v)) issues.push(issue("p", "P", "format", "must be E.164 phone number"));',
    );
    expect(lines).toContain(
      `if (!isWellFormed(v)) issues.push(issue("p", "P", "format", "must not contain a lone surrogate"));`,
    );
    expect(uses).toEqual(["charLength", "isE164", "isWellFormed", "issue"]);
  });

  it("enum, boolean and date-time", () => {
    expect(checks(oneOf("a", "b")).lines).toContain(
      'else if (v !== "a" && v !== "b") issues.push(issue("p", "P", "enum", "must be one of: a, b"));',
    );
    expect(checks(bool).lines).toBe(
      'if (typeof v !== "boolean") issues.push(issue("p", "P", "type", "must be a boolean"));',
    );
    expect(checks(date).lines).toBe(
      'if (!(v instanceof Date) || Number.isNaN(v.getTime())) issues.push(issue("p", "P", "type", "must be a valid Date"));',
    );
  });

  it("array: bounds on the count, then each item at its index", () => {
    const { lines } = checks(arr(int(0), 1, 3));
    expect(lines).toContain(
      'if (v.length < 1 || v.length > 3) issues.push(issue("p", "P", "items", "must hold 1 to 3 items, got " + v.length));',
    );
    expect(lines).toContain("for (let i0 = 0; i0 < v.length; i0++) {\nconst item0: unknown = v[i0];");
    expect(lines).toContain(
      'issues.push(issue(`p[${i0}]`, "P", "range", "must be at least 0, got " + item0));',
    );
  });

  it("map of strings uses the string-map helper; other maps check each entry and the JSON length", () => {
    expect(checks(map(str(), 10)).lines).toBe('checkStringMap(v, "p", "P", 10, issues);');
    const { lines } = checks(map(int(), 10));
    expect(lines).toContain("for (const key0 in v) {\nconst entry0 = v[key0];");
    expect(lines).toContain('checkJsonLength(JSON.stringify(v), "p", "P", null, 10, issues);');
  });

  it("object and json delegate to one check each", () => {
    expect(checks(obj("Thing", [])).lines).toBe('checkThing(v, "p", "P", issues);');
    expect(checks(json).lines).toBe('checkJson(v, "p", "P", null, null, issues);');
  });
});
