import type { CreateEntityParams, ListEntitiesParams } from "./types.js";
/** Encodes the query string of `listEntities`: only the parameters given, under their wire names. */
export declare function encodeListEntitiesQuery(params: ListEntitiesParams): string;
/** Encodes the form body of `createEntity`: only the parameters given, under their wire names. */
export declare function encodeCreateEntityForm(params: CreateEntityParams): string;
