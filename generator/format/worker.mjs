// The second thread of the pipeline (this machine has two cores): loads prettier while the main
// thread checks and emits, then derives wire types and finishes the files it is sent. The other
// tools load on their first task: a run whose wire types are cached never loads openapi-typescript.
// Plain JavaScript: workers get no TS loader.
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";
import { finishFile, javascriptFile, loadPrettier } from "./finish.mjs";

const require = createRequire(import.meta.url);
void loadPrettier();

const tasks = {
  // openapi-typescript's `components` interface alone, documented: the `paths`, `operations`,
  // `webhooks` and `$defs` it also declares are empty for a document of schemas.
  async wireTypes({ document }) {
    // openapi-typescript's CommonJS build: required, its TypeScript loads without the ESM scan of it.
    const { default: openapiTS, astToString } = require("openapi-typescript");
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
