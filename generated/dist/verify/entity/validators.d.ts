import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `listEntities` against the spec; returns every problem found (empty when valid). */
export declare function validateListEntities(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `streamEntities` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamEntities(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `createEntity` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateEntity(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `fetchEntity` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchEntity(serviceSid: unknown, identity: unknown): ValidationIssue[];
/** Checks every argument of `deleteEntity` against the spec; returns every problem found (empty when valid). */
export declare function validateDeleteEntity(serviceSid: unknown, identity: unknown): ValidationIssue[];
