/** Mock emitter, webhooks: the events the local server sends and how it signs them (the client's own signer). */
import type { TsService } from "../ts/model.ts";
import { importPath, MODULES, serviceModules } from "../ts/layout.ts";
import { serviceConstantName } from "../ts/names.ts";
import { importDecl, type Statement } from "../ts/builder.ts";
import type { MockWebhooks } from "../../mock-runtime/types.ts";

/** `MockWebhooks` with `sign` as code. */
export type WebhookData = Omit<MockWebhooks, "sign"> & { readonly sign: { readonly code: string } };

/**
 * The service's webhooks as the local server sends them, importing the signer into `path`; null
 * without a subscribing resource or an event that says which change sends it.
 */
export function webhookData(service: TsService, statements: Statement[], path: string): WebhookData | null {
  const w = service.webhooks;
  const events = w?.events.filter((e) => e.when !== null) ?? [];
  if (!w || !w.subscription || !events.length) return null;
  const scheme = serviceConstantName(service.name, "WEBHOOK_SIGNATURE");
  statements.push(
    importDecl(importPath(path, MODULES.runtime("webhooks")), ["signWebhook"]),
    importDecl(importPath(path, serviceModules(service).webhooks), [scheme]),
  );
  return {
    header: w.signature.header,
    sign: { code: `(secret, url, params) => signWebhook(${scheme}, secret, url, params)` },
    typeField: w.typeField,
    subscription: { ...w.subscription, scope: [...w.subscription.scope] },
    events: events.map((e) => ({
      type: e.type,
      when: { ...e.when! },
      fields: e.fields.flatMap((f) => (f.from ? [{ name: f.name, from: { ...f.from } }] : [])),
    })),
  };
}
