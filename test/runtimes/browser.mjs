// The browser page's script (bundled by esbuild): runs the lifecycle against the server whose URL
// the page's query string names, and leaves the summary (or the error) on `window.result`.
import * as pkg from "twilio-verify-rest-client";
import { lifecycle } from "./lifecycle.mjs";

const baseUrl = new URLSearchParams(location.search).get("api");
window.result = lifecycle(pkg, baseUrl).then(
  (summary) => ({ summary }),
  (error) => ({ error: `${error.name}: ${error.message}` }),
);
