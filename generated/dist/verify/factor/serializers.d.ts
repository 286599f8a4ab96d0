import type { CreateFactorParams, ListFactorsParams, UpdateFactorParams } from "./types.js";
/** Encodes the form body of `createFactor`: only the parameters given, under their wire names. */
export declare function encodeCreateFactorForm(params: CreateFactorParams): string;
/** Encodes the query string of `listFactors`: only the parameters given, under their wire names. */
export declare function encodeListFactorsQuery(params: ListFactorsParams): string;
/** Encodes the form body of `updateFactor`: only the parameters given, under their wire names. */
export declare function encodeUpdateFactorForm(params: UpdateFactorParams): string;
