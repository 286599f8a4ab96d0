// The browser page's script for the download (bundled by esbuild): leaves its summary (or the
// error) on `window.result`.
import * as pkg from "../.tmp/fixtures/responses/dist/index.js";
import { download } from "./download.mjs";

const baseUrl = new URLSearchParams(location.search).get("api");
window.result = download(pkg, baseUrl).then(
  (summary) => ({ summary }),
  (error) => ({ error: `${error.name}: ${error.message}` }),
);
