// The second thread of the pipeline (this machine has two cores): loads openapi-typescript and the
// format and compile tools while the main thread checks and emits, then derives wire types and
// finishes the files it is sent. Plain JavaScript: workers get no TS loader.
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";
import { finishFile, javascriptFile, loadTools } from "./finish.mjs";

const require = createRequire(import.meta.url);
// openapi-typescript's CommonJS build: required, its TypeScript loads without the ESM scan of it.
const openapi = Promise.resolve().then(() => require("openapi-typescript"));
void loadTools();

const tasks = {
  // openapi-typescript's `components` interface alone, documented: the `paths`, `operations`,
  // `webhooks` and `$defs` it also declares are empty for a document of schemas.
  async wireTypes({ document }) {
    const { default: openapiTS, astToString } = await openapi;
    const ts = require("typescript");
    const components = (await openapiTS(document, { silent: true, alphabetize: false })).filter(
      (node) => ts.isInterfaceDeclaration(node) && node.name.text === "components",
    );
    for (const node of components)
      ts.addSyntheticLeadingComment(
        node,
        ts.SyntaxKind.MultiLineCommentTrivia,
        "* The document's components as openapi-typescript types them: `schemas` holds each wire model by name. ",
        true,
      );
    return astToString(components);
  },
  finish: finishFile,
  javascript: javascriptFile,
};

parentPort.on("message", async ({ id, task, input }) => {
  try {
    parentPort.postMessage({ id, output: await tasks[task](input) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
