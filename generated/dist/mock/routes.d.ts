import type { MockService } from "./types.js";
/** Every service of the spec as the mock server serves it, derived from the spec. */
export declare const SERVICES: readonly MockService[];
