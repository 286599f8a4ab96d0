/** The OpenAPI target: `openapi.yaml`, an OpenAPI 3.1 description of the spec's resources, from the IR alone. */
import type { Target } from "../target.ts";

export const openApiTarget: Target = {
  name: "openapi",
  description: "openapi.yaml: an OpenAPI 3.1 description of the same resources, for the user's other tooling",
  assets: [],
  uses: [],
  check: () => [],
  async emit({ ir }) {
    const { emitOpenApi, openApiDocument } = await import("./document.ts");
    const document = openApiDocument(ir);
    return { text: [emitOpenApi(ir, document)], product: document };
  },
};
