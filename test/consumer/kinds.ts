/**
 * A consumer of the all-kinds fixture package (its sources, generated into test/.tmp by the global setup). `tsc --noEmit` over it must
 * pass: every `@ts-expect-error` line is a rule the parameter types enforce.
 */
import {
  archiveShelf,
  createClient,
  createShelf,
  moveShelf,
  streamBooks,
  type CreateShelfParams,
  type MoveShelfParams,
  type Shelf,
} from "../.tmp/fixtures/kinds/src/index.js";

const client = createClient({ keyId: "key", keySecret: "secret" });
const shelf = "SH0123456789abcdef";

// Exactly one of Position and Slot.
export const byPosition: MoveShelfParams = { position: 1, reason: "r" };
export const bySlot: MoveShelfParams = { slot: "A1", note: "n" };
// @ts-expect-error -- neither is given
export const neither: MoveShelfParams = {};
// @ts-expect-error -- both are given
export const both: MoveShelfParams = { position: 1, slot: "A1", reason: "r" };

// Settings.MinTemp is only used for cold shelves, Settings.Humidity only for dry ones.
export const cold: CreateShelfParams = { label: "x", kind: "cold", settings: { minTemp: -18 } };
export const dry: CreateShelfParams = { label: "x", kind: "dry", settings: { humidity: 40 } };
// @ts-expect-error -- humidity does not apply to a cold shelf
export const coldWithHumidity: CreateShelfParams = { label: "x", kind: "cold", settings: { minTemp: -18, humidity: 40 } };
// @ts-expect-error -- a cold shelf needs its minimum temperature
export const coldWithout: CreateShelfParams = { label: "x", kind: "cold" };

// Every kind has its client type: dates are Dates, arrays are arrays, maps are records.
export const full: CreateShelfParams = {
  label: "x",
  kind: "dry",
  tags: ["fragile"],
  opensAt: new Date(),
  attributes: { boxes: 1 },
  dimensions: { width: 1 },
  extra: { anything: [1, "two"] },
  notes: [{ text: "n" }],
};
// @ts-expect-error -- a date-time parameter takes a Date, not text
export const dateAsText: CreateShelfParams = { label: "x", kind: "dry", opensAt: "2024-01-01" };
// @ts-expect-error -- an item outside the enum
export const badTag: CreateShelfParams = { label: "x", kind: "dry", tags: ["wobbly"] };
// @ts-expect-error -- an object's required field
export const noWidth: CreateShelfParams = { label: "x", kind: "dry", dimensions: { depth: 1 } };

export async function use(): Promise<void> {
  const archived: Shelf = await archiveShelf(client, shelf, { reason: "r", meta: { source: "s" } });
  const opened: Date = archived.openedAt;
  const firstNote: Date | undefined = archived.history[0]?.at;
  if (archived.kind === "cold") {
    const min: number | null | undefined = archived.settings?.minTemp;
    void min;
  }
  await moveShelf(client, shelf, { slot: "B2", reason: "r" });
  await createShelf(client, full);
  // A list with a required filter: its stream needs the filter too, and passes it on to every page.
  for await (const book of streamBooks(client, shelf, { genre: "poetry", maxItems: 5 })) void book;
  // @ts-expect-error -- the stream's required filter is missing
  streamBooks(client, shelf, { maxItems: 5 });
  // @ts-expect-error -- so are its params
  streamBooks(client, shelf);
  void [opened, firstNote];
}
