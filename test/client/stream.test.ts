/** The lazy stream: page counts, limits, early exit and cancellation. */
import { describe, expect, it } from "vitest";
import { createClient, listFactors, streamFactors } from "twilio-verify-rest-client";
import { ACCOUNT_SID, AUTH_TOKEN, IDENTITY, SERVICE_SID } from "../helpers/fake-fetch.ts";
import { pagedFetch } from "../helpers/paged-fetch.ts";

function setup(total: number) {
  const fake = pagedFetch(total);
  return {
    client: createClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fetch: fake.fetch }),
    requests: fake.requests,
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("streamFactors", () => {
  it("250 items in pages of 20 give 250 unique items from 13 requests", async () => {
    const { client, requests } = setup(250);
    const items = await collect(streamFactors(client, SERVICE_SID, IDENTITY, { pageSize: 20 }));
    expect(items).toHaveLength(250);
    expect(new Set(items.map((f) => f.sid)).size).toBe(250);
    expect(requests).toHaveLength(13);
    expect(new URL(requests[0]!.url).searchParams.get("PageSize")).toBe("20");
    expect(requests[1]!.url).toContain("Page=1&PageToken=PT1");
  });

  it("limit 45 with pages of 20 makes exactly 3 requests", async () => {
    const { client, requests } = setup(250);
    const items = await collect(streamFactors(client, SERVICE_SID, IDENTITY, { limit: 45, pageSize: 20 }));
    expect(items).toHaveLength(45);
    expect(requests).toHaveLength(3);
  });

  it("breaking after the first item makes 1 request", async () => {
    const { client, requests } = setup(250);
    for await (const item of streamFactors(client, SERVICE_SID, IDENTITY, { pageSize: 20 })) {
      expect(item.sid).toBeTruthy();
      break;
    }
    expect(requests).toHaveLength(1);
  });

  it("requests nothing until the first item is asked for", async () => {
    const { client, requests } = setup(10);
    const stream = streamFactors(client, SERVICE_SID, IDENTITY);
    expect(requests).toHaveLength(0);
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    expect(requests).toHaveLength(1);
  });

  it("page size defaults to min(limit, 1000) when only limit is given", async () => {
    const small = setup(250);
    expect(await collect(streamFactors(small.client, SERVICE_SID, IDENTITY, { limit: 45 }))).toHaveLength(45);
    expect(small.requests).toHaveLength(1);
    expect(new URL(small.requests[0]!.url).searchParams.get("PageSize")).toBe("45");
    const large = setup(10);
    await collect(streamFactors(large.client, SERVICE_SID, IDENTITY, { limit: 5000 }));
    expect(new URL(large.requests[0]!.url).searchParams.get("PageSize")).toBe("1000");
  });

  it("limit 0 yields nothing and requests nothing", async () => {
    const { client, requests } = setup(10);
    expect(await collect(streamFactors(client, SERVICE_SID, IDENTITY, { limit: 0 }))).toEqual([]);
    expect(requests).toHaveLength(0);
  });

  it("honours the signal across pages: an abort mid-stream stops it", async () => {
    const { client, requests } = setup(100);
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const item of streamFactors(
        client,
        SERVICE_SID,
        IDENTITY,
        { pageSize: 10 },
        { signal: controller.signal },
      )) {
        seen.push(item.sid!);
        if (seen.length === 15) controller.abort(new Error("enough"));
      }
    };
    await expect(run()).rejects.toThrow("enough");
    expect(seen).toHaveLength(15);
    expect(requests).toHaveLength(2);
  });

  it("listFactors pages follow nextPage() to the end", async () => {
    const { client } = setup(25);
    let page = await listFactors(client, SERVICE_SID, IDENTITY, { pageSize: 10 });
    const sizes = [page.items.length];
    while (page.hasNextPage) {
      page = await page.nextPage();
      sizes.push(page.items.length);
    }
    expect(sizes).toEqual([10, 10, 5]);
  });
});
