/**
 * The table of targets: every output of the generator, one row each. `generate()`, `--check` (the
 * inputs' fingerprint covers the rows' assets), `--watch` and the tests all read this table, and
 * nothing else lists the outputs. Adding an output is one folder under `targets/` with its
 * `target.ts`, and one row here; the engine formats, compiles and writes whatever the rows emit.
 */
import { clientTarget } from "./client/target.ts";
import { docsTarget } from "./docs/target.ts";
import { mockTarget } from "./mock/target.ts";
import { openApiTarget } from "./openapi/target.ts";
import type { Target } from "./target.ts";

/** Every target, each after the targets it uses. */
export const TARGETS: readonly Target[] = [openApiTarget, clientTarget, mockTarget, docsTarget];

export type { Assets, Place, Target, TargetInput, TargetOutput } from "./target.ts";
