import type { CreateBucketParams, ListBucketsParams, UpdateBucketParams } from "./types.js";
/** Encodes the query string of `listBuckets`: only the parameters given, under their wire names. */
export declare function encodeListBucketsQuery(params: ListBucketsParams): string;
/** Encodes the form body of `createBucket`: only the parameters given, under their wire names. */
export declare function encodeCreateBucketForm(params: CreateBucketParams): string;
/** Encodes the form body of `updateBucket`: only the parameters given, under their wire names. */
export declare function encodeUpdateBucketForm(params: UpdateBucketParams): string;
