import type { Service } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Service from its wire JSON. */
export declare function decodeService(wire: Wire["Service"]): Service;
