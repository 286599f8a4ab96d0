/**
 * The local server's webhooks: the records a request changed (compared before and after it), the
 * events those changes are, and their delivery, form-encoded and signed, to each subscribed URL.
 * Loopback URLs only unless allowed; a failed delivery is logged and never reaches the request.
 */
import { randomUUID } from "node:crypto";
import type { Store } from "./handlers.js";
import type { MockService, MockWebhookEvent, MockWebhooks } from "./types.js";

/** What a request may change that an event watches: each watched record and its watched fields' values. */
export type Watched = ReadonlyMap<
  string,
  { readonly resource: string; readonly record: Record<string, unknown>; readonly values: unknown[] }
>;

/** A stored record as the store keeps it (read past the acting account: webhooks see every account's). */
type Entry = { readonly resource: string; readonly record: Record<string, unknown> };
const entries = (store: Store) => Map.prototype.entries.call(store) as IterableIterator<[string, Entry]>;

/** One event to send: its type and the record it is about. */
interface Happened {
  readonly event: MockWebhookEvent;
  readonly record: Record<string, unknown>;
}

/** How deliveries go: which hosts, the secret, and where problems are written. */
export interface DeliveryOptions {
  readonly allowExternal: boolean;
  readonly log: (message: string) => void;
}

const fieldsOf = (webhooks: MockWebhooks, resource: string) =>
  webhooks.events
    .filter((e) => e.when.resource === resource && e.when.field !== null)
    .map((e) => e.when.field!);

/**
 * The watched records before a request, or null when nothing can be sent (no webhooks, or no
 * subscription at all): the server then does no work for webhooks.
 */
export function watch(service: MockService, store: Store): Watched | null {
  const webhooks = service.webhooks;
  // Without a subscription nothing is sent, and nothing is scanned: a request costs what it did.
  if (!webhooks || store.count(webhooks.subscription.resource) === 0) return null;
  const resources = new Set(webhooks.events.map((e) => e.when.resource));
  const out = new Map<string, { resource: string; record: Record<string, unknown>; values: unknown[] }>();
  for (const [path, entry] of entries(store)) {
    if (resources.has(entry.resource))
      out.set(path, {
        resource: entry.resource,
        record: entry.record,
        values: fieldsOf(webhooks, entry.resource).map((f) => entry.record[f]),
      });
  }
  return out;
}

/** The events a request caused: records created, deleted, or updated so that a field became a value. */
export function happened(service: MockService, store: Store, before: Watched): Happened[] {
  const webhooks = service.webhooks!;
  const out: Happened[] = [];
  const after = new Map(entries(store));
  for (const event of webhooks.events) {
    const { resource, on, field, value } = event.when;
    if (on === "delete") {
      for (const [path, was] of before)
        if (!after.has(path) && was.resource === resource) out.push({ event, record: was.record });
      continue;
    }
    for (const [path, now] of after) {
      if (now.resource !== resource) continue;
      const was = before.get(path);
      if (on === "create" && !was) out.push({ event, record: now.record });
      if (on === "update" && was && field !== null) {
        const index = fieldsOf(webhooks, resource).indexOf(field);
        if (was.values[index] !== value && now.record[field] === value)
          out.push({ event, record: now.record });
      }
    }
  }
  return out;
}

/** Posts each event to every subscription of the record's account and scope; resolves when all are done. */
export async function deliver(
  service: MockService,
  store: Store,
  events: readonly Happened[],
  accountField: string | null,
  secret: string,
  options: DeliveryOptions,
): Promise<void> {
  const webhooks = service.webhooks!;
  const sub = webhooks.subscription;
  const subscriptions = [...entries(store)]
    .filter(([, e]) => e.resource === sub.resource)
    .map(([, e]) => e.record);
  const sends: Promise<void>[] = [];
  for (const { event, record } of events)
    for (const target of subscriptions) {
      const types = target[sub.eventsField];
      const wanted =
        Array.isArray(types) &&
        (types.includes(event.type) || (sub.allEvents !== null && types.includes(sub.allEvents)));
      const disabled = sub.disabledWhen !== null && target[sub.disabledWhen.field] === sub.disabledWhen.value;
      const shares = [...(accountField ? [accountField] : []), ...sub.scope].every(
        (f) => target[f] === record[f],
      );
      const url = target[sub.urlField];
      if (wanted && !disabled && shares && typeof url === "string")
        sends.push(send(webhooks, event, record, url, secret, options));
    }
  await Promise.all(sends);
}

async function send(
  webhooks: MockWebhooks,
  event: MockWebhookEvent,
  record: Record<string, unknown>,
  url: string,
  secret: string,
  options: DeliveryOptions,
): Promise<void> {
  try {
    if (!/^https?:\/\//i.test(url)) {
      options.log(`webhook ${event.type} not sent to ${url}: not an http(s) URL`);
      return;
    }
    if (!options.allowExternal && !isLoopback(url)) {
      options.log(
        `webhook ${event.type} not sent to ${url}: only loopback addresses (start with allowExternalWebhooks to allow others)`,
      );
      return;
    }
    const params: Record<string, string> = { [webhooks.typeField]: event.type };
    for (const field of event.fields) {
      const value =
        field.from.kind === "id"
          ? randomUUID()
          : field.from.kind === "type"
            ? event.type
            : record[field.from.field];
      if (value !== undefined && value !== null)
        params[field.name] = typeof value === "string" ? value : JSON.stringify(value);
    }
    const signature = await webhooks.sign(secret, url, params);
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", [webhooks.header]: signature },
      body: new URLSearchParams(params).toString(),
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    if (!response.ok) options.log(`webhook ${event.type} to ${url}: answered ${response.status}`);
  } catch (error) {
    options.log(`webhook ${event.type} to ${url} failed: ${(error as Error).message}`);
  }
}

/** Whether a URL's host is this machine: 127.0.0.0/8, ::1 or localhost. */
export function isLoopback(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === "localhost" || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
}
