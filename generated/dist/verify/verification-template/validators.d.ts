import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `listVerificationTemplates` against the spec; returns every problem found (empty when valid). */
export declare function validateListVerificationTemplates(params: unknown): ValidationIssue[];
/** Checks every argument of `streamVerificationTemplates` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamVerificationTemplates(params: unknown): ValidationIssue[];
