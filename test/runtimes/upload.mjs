// Uploads, run the same in every runtime: the Drive fixture's client (test/fixtures/bodies) sends a
// multipart body with a File, bytes and a JSON part, and a binary body, first to the fixture's local
// server (which parses and checks them with the client's rules) and then to a server of the test
// that records what arrived; the summary says what each answered.

/** The bytes every runtime uploads: 100 KB of a known pattern. */
export const UPLOADED = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 13 + 5) & 255);

/** Uploads with the Drive package `pkg` to the local server `localUrl` and the recorder `recordUrl`. */
export async function upload(pkg, localUrl, recordUrl) {
  const answers = [];
  // Each runtime's own document, on the local server every runtime shares.
  const id = `doc-${Math.random().toString(36).slice(2, 10)}`;
  for (const baseUrl of [localUrl, recordUrl]) {
    const client = pkg.createClient({ baseUrl });
    await pkg.createDocument(client, { id });
    const receipt = await pkg.uploadDocument(client, {
      file: new File([UPLOADED], "report.pdf", { type: "application/pdf" }),
      title: "Report",
      tags: ["a", "b"],
      attachments: [UPLOADED.slice(0, 10)],
      metadata: { authorName: "Ann" },
    });
    const archive = await pkg.putArchiveWithResponse(client, id, new Blob([UPLOADED]));
    answers.push({ receipt: typeof receipt.received === "boolean", archive: archive.status });
  }
  return answers;
}
