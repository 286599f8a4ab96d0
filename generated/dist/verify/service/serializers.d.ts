import type { CreateServiceParams, ListServicesParams, UpdateServiceParams } from "./types.js";
/** Encodes the query string of `listServices`: only the parameters given, under their wire names. */
export declare function encodeListServicesQuery(params: ListServicesParams): string;
/** Encodes the form body of `createService`: only the parameters given, under their wire names. */
export declare function encodeCreateServiceForm(params: CreateServiceParams): string;
/** Encodes the form body of `updateService`: only the parameters given, under their wire names. */
export declare function encodeUpdateServiceForm(params: UpdateServiceParams): string;
