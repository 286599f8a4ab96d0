/** Test helper, run as a child process: writes a tree (from a JSON file) and kills itself with SIGKILL at a step. */
import { readFileSync } from "node:fs";
import { writeTree } from "../../generator/engine/write.ts";

const [outDir, treeFile, killAt] = process.argv.slice(2);
const tree = JSON.parse(readFileSync(treeFile!, "utf8")) as { path: string; content: string }[];
await writeTree(outDir!, tree, (step) => {
  if (step === Number(killAt)) process.kill(process.pid, "SIGKILL");
});
