// A binary download, run the same in every runtime: the Kennel fixture's client
// (test/fixtures/responses) downloads its local server's archive, reading the web stream chunk by
// chunk, and a photo whole as a Blob; the summary says what arrived.

/** FNV-1a over the bytes: equal summaries mean equal bytes. */
function fnv(hash, bytes) {
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 16777619) >>> 0;
  return hash;
}

/** Downloads from the server at `baseUrl` with the Kennel package `pkg`; returns the summary. */
export async function download(pkg, baseUrl) {
  const client = pkg.createClient({ baseUrl });
  const archive = await pkg.archive(client);
  const reader = archive.stream.getReader();
  let size = 0;
  let chunks = 0;
  let hash = 2166136261;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new Error("a chunk that is not a Uint8Array");
    chunks++;
    size += value.byteLength;
    hash = fnv(hash, value);
  }
  await pkg.createDog(client, { id: 1, name: "Rex" });
  const photo = await (await pkg.dogPhoto(client, 1)).blob();
  await pkg.deleteDog(client, 1);
  return {
    contentType: archive.contentType,
    contentLength: archive.contentLength,
    size,
    // How many chunks arrive depends on the network's timing (a loaded machine may deliver the body
    // in one read): the count is no verdict. That nothing is read ahead of the caller is proven
    // without timing in test/client/response-content.test.ts.
    streamed: chunks >= 1,
    hash,
    photo: { type: photo.type, size: photo.size },
  };
}
