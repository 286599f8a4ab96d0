import type { CreateVerificationCheckParams } from "./types.js";
/** Encodes the form body of `createVerificationCheck`: only the parameters given, under their wire names. */
export declare function encodeCreateVerificationCheckForm(params: CreateVerificationCheckParams): string;
