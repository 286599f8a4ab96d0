import type { MockService } from "./types.js";
/** Every resource of the spec as the mock server serves it, derived from the spec. */
export declare const SERVICE: MockService;
