/** Check stage, constraints: ranges, lengths, patterns, enums and defaults of one parameter or field. */
import type { NodePath } from "../load/load.ts";
import type { FieldType, RawConstraints } from "../load/spec-types.ts";
import type { Report } from "./reporter.ts";

interface Constrained extends RawConstraints {
  readonly type: FieldType;
  readonly default?: string | number | boolean;
}

const NUMERIC = new Set<FieldType>(["integer", "number"]);

/** Reports constraints that contradict each other or the declared type. */
export function checkConstraints(item: Constrained, path: NodePath, report: Report): void {
  const numeric = NUMERIC.has(item.type);
  const lengthy = item.type === "string" || item.type === "string-map";
  const misplaced = (key: keyof Constrained, ok: boolean, what: string) => {
    if (item[key] !== undefined && !ok) {
      report([...path, key], "constraint-type-mismatch", `'${key}' does not apply to type ${item.type}`, {
        at: "key",
        hint: `'${key}' applies to ${what} only`,
      });
    }
  };
  misplaced("minimum", numeric, "integer and number");
  misplaced("maximum", numeric, "integer and number");
  misplaced("minLength", lengthy, "string and string-map");
  misplaced("maxLength", lengthy, "string and string-map");
  misplaced("pattern", item.type === "string", "string");
  misplaced("format", item.type === "string", "string");
  misplaced("enum", item.type === "string", "string");

  if (item.minimum !== undefined && item.maximum !== undefined && item.minimum > item.maximum) {
    report([...path, "minimum"], "range-inverted", `minimum ${item.minimum} > maximum ${item.maximum}`, {
      hint: "swap the two bounds",
    });
  }
  if (item.minLength !== undefined && item.maxLength !== undefined && item.minLength > item.maxLength) {
    report([...path, "minLength"], "length-inverted", `minLength ${item.minLength} > maxLength ${item.maxLength}`, {
      hint: "swap the two bounds",
    });
  }
  if (item.pattern !== undefined) checkPattern(item.pattern, [...path, "pattern"], report);
  if (item.enum) checkEnum(item.enum, [...path, "enum"], report);
  if (item.default !== undefined) checkDefault(item, [...path, "default"], report);
}

function checkPattern(pattern: string, path: NodePath, report: Report): void {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    report(path, "invalid-pattern", `pattern is not a valid regular expression: ${(error as Error).message}`, {
      hint: "patterns are ECMAScript regular expressions with the u flag",
    });
  }
}

function checkEnum(values: readonly string[], path: NodePath, report: Report): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) report([...path, index], "duplicate-enum-value", `enum value '${value}' is listed twice`);
    seen.add(value);
  });
}

function checkDefault(item: Constrained, path: NodePath, report: Report): void {
  const value = item.default;
  const expected = item.type === "integer" || item.type === "number" ? "number" : item.type;
  const okType =
    typeof value === expected && (item.type !== "integer" || Number.isInteger(value as number));
  if (!okType) {
    report(path, "default-wrong-type", `default ${JSON.stringify(value)} is not of type ${item.type}`);
    return;
  }
  if (typeof value === "number") {
    if ((item.minimum !== undefined && value < item.minimum) || (item.maximum !== undefined && value > item.maximum)) {
      report(path, "default-out-of-range", `default ${value} is outside ${item.minimum ?? "-inf"}..${item.maximum ?? "+inf"}`);
    }
  }
  if (typeof value === "string" && item.enum && !item.enum.includes(value)) {
    report(path, "default-not-in-enum", `default '${value}' is not one of: ${item.enum.join(", ")}`);
  }
}
