// The second thread of the pipeline (this machine has two cores): loads the formatter while the main
// thread checks and emits, then finishes the files it is sent. Plain JavaScript: workers get no TS
// loader.
import { parentPort } from "node:worker_threads";
import { finishFile, javascriptFile, loadFormatter } from "./finish.mjs";

void loadFormatter();

const tasks = {
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
