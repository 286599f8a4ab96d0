/** A fake list endpoint over `total` factors that pages like Twilio (PageSize, Page, next_page_url). */
import { fakeFetch, FACTOR_SID, json, wireFactor } from "./fake-fetch.ts";

export function pagedFetch(total: number, origin = "https://verify.twilio.com") {
  return fakeFetch((request) => {
    const url = new URL(request.url);
    const pageSize = Number(url.searchParams.get("PageSize") ?? "50");
    const page = Number(url.searchParams.get("Page") ?? "0");
    const start = page * pageSize;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) =>
      wireFactor({ sid: FACTOR_SID.slice(0, 24) + String(start + i).padStart(10, "0") }),
    );
    const base = `${origin}${url.pathname}`;
    const link = (p: number) => `${base}?PageSize=${pageSize}&Page=${p}&PageToken=PT${p}`;
    return json(200, {
      factors: items,
      meta: {
        page,
        page_size: pageSize,
        first_page_url: link(0),
        previous_page_url: page > 0 ? link(page - 1) : null,
        next_page_url: start + pageSize < total ? link(page + 1) : null,
        url: link(page),
        key: "factors",
      },
    });
  });
}
