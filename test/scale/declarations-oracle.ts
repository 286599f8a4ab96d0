/**
 * Checks the compile stage's declarations (oxc's) of every generated package in a folder against
 * TypeScript's own isolated declaration emit, token by token (test/helpers/declarations.ts):
 * `node --import tsx test/scale/declarations-oracle.ts <folder of packages>`, for example the whole
 * Twilio API as `generate-all.ts` writes it. Prints the count of sources and of those that differ,
 * with the first differences; exits 1 if any differ. Too slow for every test run (about 12 s for the
 * whole API's 4,093 sources); the tests check Verify's package and the fixtures the same way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { declarationTokens, packageSources, typescriptDeclarations } from "../helpers/declarations.ts";

const root = process.argv[2];
if (!root) {
  process.stderr.write("usage: declarations-oracle.ts <folder of generated packages>\n");
  process.exit(2);
}
let sources = 0;
let differing = 0;
for (const name of readdirSync(root).sort()) {
  const pkg = join(root, name);
  let paths: string[];
  try {
    paths = packageSources(pkg);
  } catch {
    continue; // not a package
  }
  for (const path of paths) {
    const content = readFileSync(join(pkg, path), "utf8");
    const ours = readFileSync(join(pkg, "dist", path.slice("src/".length).replace(/\.ts$/, ".d.ts")), "utf8");
    const a = declarationTokens(ours);
    const b = declarationTokens(typescriptDeclarations({ path, content }));
    sources++;
    if (a.length === b.length && a.every((token, k) => token === b[k])) continue;
    if (++differing <= 5) {
      const at = a.findIndex((token, k) => token !== b[k]);
      console.log(
        `${name}/${path}: token ${at}: ${JSON.stringify(a.slice(at, at + 5))} vs ${JSON.stringify(b.slice(at, at + 5))}`,
      );
    }
  }
}
console.log(`${sources} sources, ${differing} with declarations that differ from TypeScript's`);
process.exit(differing ? 1 : 0);
