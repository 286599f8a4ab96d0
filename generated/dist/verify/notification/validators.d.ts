import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `createNotification` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateNotification(serviceSid: unknown, identity: unknown, challengeSid: unknown, params: unknown): ValidationIssue[];
