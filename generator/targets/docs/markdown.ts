/** Escaping for Markdown output: spec text is shown literally, never interpreted as Markdown or HTML. */

const SPECIALS = /[\\`*_{}[\]()#+!|~<>&]/g;

/** Inline text: Markdown and HTML specials escaped, line breaks folded into spaces. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(SPECIALS, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`));
}

/** An inline code span that holds any text, with the pipes a table cell needs escaped. */
export function mdCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, "\u23CE");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`.replace(/\|/g, "\\|");
}
