import type { CreateAccessTokenParams } from "./types.js";
/** Encodes the form body of `createAccessToken`: only the parameters given, under their wire names. */
export declare function encodeCreateAccessTokenForm(params: CreateAccessTokenParams): string;
