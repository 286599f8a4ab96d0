// The second thread of the pipeline (this machine has two cores): loads openapi-typescript, the
// TypeScript compiler it needs and a second prettier while the main thread checks and emits, then
// derives wire types and formats the files it is sent. Plain JavaScript: workers get no TS loader.
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";

const prettierOptions = JSON.parse(readFileSync(new URL("./prettier-options.json", import.meta.url), "utf8"));
const openapi = import("openapi-typescript");
const prettier = import("prettier");

const tasks = {
  async wireTypes({ document }) {
    const { default: openapiTS, astToString } = await openapi;
    return astToString(await openapiTS(document, { silent: true, alphabetize: false }));
  },
  async format({ content, parser }) {
    return (await prettier).format(content, { ...prettierOptions, parser });
  },
};

parentPort.on("message", async ({ id, task, input }) => {
  try {
    parentPort.postMessage({ id, output: await tasks[task](input) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
