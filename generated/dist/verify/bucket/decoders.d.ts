import type { Bucket } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Bucket from its wire JSON. */
export declare function decodeBucket(wire: Wire["Bucket"]): Bucket;
