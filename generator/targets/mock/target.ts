/** The local server target: a Node-only mock of the API on its own export (`./mock`), from the TypeScript view. */
import type { Target } from "../target.ts";
import { tsView } from "../ts/model.ts";

/** The local server's runtime folder, copied into every package beside its route table. */
export const MOCK_RUNTIME_ASSETS = "generator/mock-runtime/";

export const mockTarget: Target = {
  name: "mock",
  description:
    "the local server: a stateful mock of the API for tests, validating requests with the client's own rules",
  assets: [MOCK_RUNTIME_ASSETS],
  uses: [],
  check: () => [],
  async emit({ ir, assets }) {
    const { emitMock } = await import("./mock-files.ts");
    return { text: [], modules: () => emitMock(tsView(ir).ir, assets.get(MOCK_RUNTIME_ASSETS)!) };
  },
};
