import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `fetchForm` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchForm(formType: unknown): ValidationIssue[];
