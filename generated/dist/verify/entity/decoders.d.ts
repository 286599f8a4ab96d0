import type { Entity } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Entity from its wire JSON. */
export declare function decodeEntity(wire: Wire["Entity"]): Entity;
