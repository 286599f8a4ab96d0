// Node's require(): the package is ESM-only, and Node 20.19+ loads it synchronously with require().
const pkg = require("twilio-verify-rest-client");

import("./lifecycle.mjs")
  .then(({ lifecycle }) => lifecycle(pkg, process.argv[2]))
  .then((result) => console.log(JSON.stringify(result)));
