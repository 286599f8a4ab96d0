import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `createFactor` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateFactor(serviceSid: unknown, identity: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `fetchFactor` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchFactor(serviceSid: unknown, identity: unknown, sid: unknown): ValidationIssue[];
/** Checks every argument of `listFactors` against the spec; returns every problem found (empty when valid). */
export declare function validateListFactors(serviceSid: unknown, identity: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `streamFactors` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamFactors(serviceSid: unknown, identity: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `updateFactor` against the spec; returns every problem found (empty when valid). */
export declare function validateUpdateFactor(serviceSid: unknown, identity: unknown, sid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `deleteFactor` against the spec; returns every problem found (empty when valid). */
export declare function validateDeleteFactor(serviceSid: unknown, identity: unknown, sid: unknown): ValidationIssue[];
