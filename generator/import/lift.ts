/**
 * Import, lifting: applies the rules phrases found in a description to a parameter being built,
 * noting each with its sentence, and reporting the sentences it could not use.
 */
import type { NodePath } from "../load/load.ts";
import type { Context, LiftNote, MutableParameter } from "./context.ts";
import { liftDescription, PHRASE_RULES, type Lifted, type PhraseSubject } from "./phrases.ts";

/** Every rule kind but enumerations (lifted in a first pass: conditions name their values). */
export const ALL_BUT_ENUM: readonly Lifted["kind"][] = [
  ...new Set(PHRASE_RULES.map((r) => r.name).filter((kind) => kind !== "enum")),
];

/** How an enumeration a declared default contradicts ends its line in the report. */
export const CONTRADICTS_DEFAULT = " is not among the values)";

/**
 * Lifts the rules of a description into `target`, noting each with its sentence; returns the
 * parameters an "exactly one of" sentence pairs this one with. Rules the schema already states, or
 * that would contradict it, are not applied (a contradiction is reported with the unlifted).
 */
export function applyLifts(
  target: MutableParameter,
  description: string,
  subject: PhraseSubject,
  at: NodePath,
  notes: LiftNote[],
  ctx: Context,
  where: string,
  only?: readonly Lifted["kind"][],
): string[] {
  const { lifted, unlifted } = liftDescription(description, subject);
  // A sentence lifted by the other pass is not "unlifted".
  const otherPass = new Set(lifted.filter((l) => only && !only.includes(l.rule.kind)).map((l) => l.sentence));
  // A sentence an earlier pass lifted into this target (an enum, which this pass's subject now has).
  for (const n of notes) if (at.every((key, i) => n.path[i] === key)) otherPass.add(n.sentence);
  for (const sentence of unlifted)
    if (!otherPass.has(sentence)) ctx.report.unlifted.push({ where, sentence });
  const pairs: string[] = [];
  const quoted = new Set<string>();
  const note = (kind: Lifted["kind"], key: string, sentence: string) => {
    // One comment per sentence (a range sets two keys from one sentence).
    if (!quoted.has(sentence)) notes.push({ path: [...at, key], kind, sentence });
    quoted.add(sentence);
    ctx.report.lifted[kind] = (ctx.report.lifted[kind] ?? 0) + 1;
  };
  const set = (key: string, value: unknown, kind: Lifted["kind"], sentence: string) => {
    if (target[key] === undefined) {
      target[key] = value;
      note(kind, key, sentence);
    } else if (JSON.stringify(target[key]) !== JSON.stringify(value))
      ctx.report.unlifted.push({
        where,
        sentence: `${sentence} (contradicts the schema's ${key}: ${JSON.stringify(target[key])})`,
      });
  };
  for (const { rule, sentence } of lifted) {
    if (only && !only.includes(rule.kind)) continue;
    switch (rule.kind) {
      case "range":
        if (rule.minimum !== null) set("minimum", rule.minimum, rule.kind, sentence);
        if (rule.maximum !== null) set("maximum", rule.maximum, rule.kind, sentence);
        break;
      case "length":
        if (rule.minLength !== null) set("minLength", rule.minLength, rule.kind, sentence);
        if (rule.maxLength !== null) set("maxLength", rule.maxLength, rule.kind, sentence);
        break;
      case "items":
        set("maxItems", rule.maxItems, rule.kind, sentence);
        break;
      case "enum": {
        const items =
          target["type"] === "array" ? (target["items"] as MutableParameter | undefined) : undefined;
        const declared = target["default"];
        // A default the document declares outside the values shows the sentence lists no closed set.
        if (typeof declared === "string" && !rule.values.includes(declared))
          ctx.report.unlifted.push({
            where,
            sentence: `${sentence} (the schema's default ${JSON.stringify(declared)}${CONTRADICTS_DEFAULT}`,
          });
        else if (target["type"] === "string" && !target["enum"] && !target["format"] && !target["pattern"])
          set("enum", rule.values, rule.kind, sentence);
        else if (items?.["type"] === "string" && !items["enum"] && !items["format"] && !items["pattern"]) {
          items["enum"] = [...rule.values];
          note(rule.kind, "items", sentence);
        }
        break;
      }
      case "default":
        if (fitsDefault(target, rule.value)) set("default", rule.value, rule.kind, sentence);
        else
          ctx.report.unlifted.push({
            where,
            sentence: `${sentence} (the default does not fit the parameter's rules)`,
          });
        break;
      case "format":
        if (target["type"] === "string" && !target["enum"]) set("format", rule.format, rule.kind, sentence);
        break;
      case "json":
        if (
          (target["type"] === "string" || (target["type"] === "json" && rule.stringValues)) &&
          !target["enum"] &&
          !target["format"]
        ) {
          delete target["pattern"];
          target["type"] = rule.stringValues ? "map" : "json";
          if (rule.stringValues) target["values"] = { type: "string" };
          note(rule.kind, "type", sentence);
        }
        break;
      case "date-time":
        if (target["type"] === "string" && !target["enum"] && !target["format"] && !target["pattern"]) {
          target["type"] = "date-time";
          delete target["minLength"];
          delete target["maxLength"];
          note(rule.kind, "type", sentence);
        }
        break;
      case "requiredWhen":
        if (target["required"] === true) break;
        set("requiredWhen", rule.condition, rule.kind, sentence);
        break;
      case "onlyWhen":
        set("onlyWhen", rule.condition, rule.kind, sentence);
        break;
      case "exactlyOneOf":
        pairs.push(rule.with);
        ctx.report.lifted[rule.kind] = (ctx.report.lifted[rule.kind] ?? 0) + 1;
        notes.push({ path: at, kind: rule.kind, sentence });
        break;
    }
  }
  // The length of a JSON-typed value counts its JSON text: kept; a map's pattern or format never applies.
  if (target["type"] === "map" || target["type"] === "json") delete target["minLength"];
  return pairs;
}

function fitsDefault(target: MutableParameter, value: string | number | boolean): boolean {
  if (typeof value === "number") {
    if (target["type"] !== "integer" && target["type"] !== "number") return false;
    const min = target["minimum"] as number | undefined;
    const max = target["maximum"] as number | undefined;
    return (min === undefined || value >= min) && (max === undefined || value <= max);
  }
  if (typeof value === "boolean") return target["type"] === "boolean";
  return target["type"] === "string" && (!target["enum"] || (target["enum"] as string[]).includes(value));
}
