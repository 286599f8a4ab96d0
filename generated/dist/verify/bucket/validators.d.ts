import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `listBuckets` against the spec; returns every problem found (empty when valid). */
export declare function validateListBuckets(serviceSid: unknown, rateLimitSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `streamBuckets` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamBuckets(serviceSid: unknown, rateLimitSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `createBucket` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateBucket(serviceSid: unknown, rateLimitSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `fetchBucket` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchBucket(serviceSid: unknown, rateLimitSid: unknown, sid: unknown): ValidationIssue[];
/** Checks every argument of `updateBucket` against the spec; returns every problem found (empty when valid). */
export declare function validateUpdateBucket(serviceSid: unknown, rateLimitSid: unknown, sid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `deleteBucket` against the spec; returns every problem found (empty when valid). */
export declare function validateDeleteBucket(serviceSid: unknown, rateLimitSid: unknown, sid: unknown): ValidationIssue[];
