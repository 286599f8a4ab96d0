import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `listServices` against the spec; returns every problem found (empty when valid). */
export declare function validateListServices(params: unknown): ValidationIssue[];
/** Checks every argument of `streamServices` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamServices(params: unknown): ValidationIssue[];
/** Checks every argument of `createService` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateService(params: unknown): ValidationIssue[];
/** Checks every argument of `fetchService` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchService(sid: unknown): ValidationIssue[];
/** Checks every argument of `updateService` against the spec; returns every problem found (empty when valid). */
export declare function validateUpdateService(sid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `deleteService` against the spec; returns every problem found (empty when valid). */
export declare function validateDeleteService(sid: unknown): ValidationIssue[];
