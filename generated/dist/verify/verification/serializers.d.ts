import type { CreateVerificationParams, UpdateVerificationParams } from "./types.js";
/** Encodes the form body of `createVerification`: only the parameters given, under their wire names. */
export declare function encodeCreateVerificationForm(params: CreateVerificationParams): string;
/** Encodes the form body of `updateVerification`: only the parameters given, under their wire names. */
export declare function encodeUpdateVerificationForm(params: UpdateVerificationParams): string;
