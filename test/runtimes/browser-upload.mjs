// The browser page's script for the uploads (bundled by esbuild): leaves its summary (or the error)
// on `window.result`. The recorder's URL comes in the page's query, after the local server's.
import * as pkg from "../.tmp/fixtures/bodies/dist/index.js";
import { upload } from "./upload.mjs";

const query = new URLSearchParams(location.search);
window.result = upload(pkg, query.get("api"), query.get("record")).then(
  (summary) => ({ summary }),
  (error) => ({ error: `${error.name}: ${error.message}` }),
);
