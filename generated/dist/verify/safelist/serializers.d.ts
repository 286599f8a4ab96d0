import type { CreateSafelistParams } from "./types.js";
/** Encodes the form body of `createSafelist`: only the parameters given, under their wire names. */
export declare function encodeCreateSafelistForm(params: CreateSafelistParams): string;
