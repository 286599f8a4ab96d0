// The second thread of the pipeline (this machine has two cores): loads the formatter while the main
// thread checks and emits, then derives wire types and finishes the files it is sent. The other
// tools load on their first task: a run whose wire types are cached never loads openapi-typescript.
// Plain JavaScript: workers get no TS loader.
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";
import { finishFile, javascriptFile, loadFormatter } from "./finish.mjs";

const require = createRequire(import.meta.url);
void loadFormatter();

const tasks = {
  // openapi-typescript's `components` interface alone, documented: the `paths`, `operations`,
  // `webhooks` and `$defs` it also declares are empty for a document of schemas.
  async wireTypes({ document }) {
    // openapi-typescript's CommonJS build: required, its TypeScript loads without the ESM scan of it.
    const { default: openapiTS, astToString } = require("openapi-typescript");
    const ts = require("typescript");
    const { renamed, restore } = withoutInheritedNames(document);
    const components = (await openapiTS(renamed, { silent: true, alphabetize: false })).filter(
      (node) => ts.isInterfaceDeclaration(node) && node.name.text === "components",
    );
    for (const node of components)
      ts.addSyntheticLeadingComment(
        node,
        ts.SyntaxKind.MultiLineCommentTrivia,
        "* The document's components as openapi-typescript types them: `schemas` holds each wire model by name. ",
        true,
      );
    return restore(astToString(components));
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

// Names every object inherits (as generator/naming.ts takes them). openapi-typescript's document resolver (Redocly's) looks schema
// property names up in plain objects, so a property called `valueOf` or `hasOwnProperty` makes it
// throw, and `constructor` is skipped. They go through it as placeholder names, restored after.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The document with inherited property names replaced, and the function that puts them back. */
function withoutInheritedNames(document) {
  const text = JSON.stringify(document);
  let marker = "inheritedName";
  while (text.includes(marker)) marker += "_";
  const names = [];
  const placeholder = (name) => {
    if (!INHERITED.has(name)) return name;
    if (!names.includes(name)) names.push(name);
    return `${marker}${names.indexOf(name)}`;
  };
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== "object" || node === null) return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      let copy = walk(value);
      if (key === "properties" && typeof copy === "object" && copy !== null && !Array.isArray(copy))
        copy = Object.fromEntries(Object.entries(copy).map(([name, schema]) => [placeholder(name), schema]));
      else if (key === "required" && Array.isArray(copy))
        copy = copy.map((name) => (typeof name === "string" ? placeholder(name) : name));
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const renamed = walk(document);
  const pattern = new RegExp(`${marker}(\\d+)`, "g");
  return {
    renamed,
    restore: (output) => (names.length ? output.replace(pattern, (_, i) => names[Number(i)]) : output),
  };
}
