export type * from "./types.js";
export * from "./operations.js";
export * from "./validators.js";
