import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `listRateLimits` against the spec; returns every problem found (empty when valid). */
export declare function validateListRateLimits(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `streamRateLimits` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamRateLimits(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `createRateLimit` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateRateLimit(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `fetchRateLimit` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchRateLimit(serviceSid: unknown, sid: unknown): ValidationIssue[];
/** Checks every argument of `updateRateLimit` against the spec; returns every problem found (empty when valid). */
export declare function validateUpdateRateLimit(serviceSid: unknown, sid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `deleteRateLimit` against the spec; returns every problem found (empty when valid). */
export declare function validateDeleteRateLimit(serviceSid: unknown, sid: unknown): ValidationIssue[];
