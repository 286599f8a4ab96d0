import type { ListVerificationTemplatesParams } from "./types.js";
/** Encodes the query string of `listVerificationTemplates`: only the parameters given, under their wire names. */
export declare function encodeListVerificationTemplatesQuery(params: ListVerificationTemplatesParams): string;
