/**
 * Check stage, patterns: whether a regular expression can backtrack super-linearly (ReDoS), as
 * redos-detector judges it. The generated validators and the local server run every pattern on
 * caller input, so a pattern that cannot be shown safe never reaches them.
 */
import { createRequire } from "node:module";
import type * as RedosDetector from "redos-detector";

/**
 * The detector's step budget. Deterministic (a time limit would make the verdict depend on the
 * machine's load), and small enough that the worst pattern costs under a second to judge.
 */
const MAX_STEPS = 5000;

const verdicts = new Map<string, string | null>();

/** The detector, loaded the first time a pattern needs it (most specs' patterns never do). */
let detector: typeof RedosDetector | undefined;

/**
 * Why a valid pattern is refused (super-linear backtracking, or too complex for the detector to
 * prove otherwise), or null when it is safe. A pattern with no variable quantifier (`*`, `+`, `?`,
 * `{n,}`, `{n,m}`) matches strings of bounded length, so it is linear without asking the detector
 * (Verify's `^VA[0-9a-fA-F]{32}$` and the like); escaped characters are not quantifiers.
 */
export function backtrackingRisk(pattern: string): string | null {
  if (!/[*+?]|\{\d*,/.test(pattern.replace(/\\./g, ""))) return null;
  const known = verdicts.get(pattern);
  if (known !== undefined) return known;
  detector ??= createRequire(import.meta.url)("redos-detector") as typeof RedosDetector;
  const result = detector.isSafePattern(pattern, { unicode: true, maxSteps: MAX_STEPS });
  const verdict = result.safe
    ? null
    : result.error === "hitMaxScore"
      ? "it can backtrack catastrophically: matching takes time that grows super-linearly with the input"
      : "it is too complex for the backtracking check to show that matching takes linear time";
  verdicts.set(pattern, verdict);
  return verdict;
}
