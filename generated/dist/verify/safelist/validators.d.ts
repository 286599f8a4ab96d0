import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `createSafelist` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateSafelist(params: unknown): ValidationIssue[];
/** Checks every argument of `fetchSafelist` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchSafelist(phoneNumber: unknown): ValidationIssue[];
/** Checks every argument of `deleteSafelist` against the spec; returns every problem found (empty when valid). */
export declare function validateDeleteSafelist(phoneNumber: unknown): ValidationIssue[];
