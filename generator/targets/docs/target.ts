/** The docs target: the package README, an index and a reference page per resource, from handlebars templates. */
import type { Target } from "../target.ts";
import { tsView } from "../ts/model.ts";

/** The templates' folder. */
export const TEMPLATE_ASSETS = "templates/";

export const docsTarget: Target = {
  name: "docs",
  description: "the docs: README.md, docs/README.md and one reference page per resource",
  assets: [TEMPLATE_ASSETS],
  uses: [],
  check: () => [],
  async emit({ ir, assets }) {
    const { emitDocs } = await import("./docs.ts");
    return { text: emitDocs(tsView(ir).ir, assets.get(TEMPLATE_ASSETS)!) };
  },
};
