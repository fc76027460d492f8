/** Prints the route table as Markdown rows for docs/ARCHITECTURE.md. */
import { routes } from "../packages/core/src/http/routes.js";

for (const r of routes) {
  const who = r.access.kind === "official" ? r.access.groups.join(", ") : r.access.kind;
  console.log(`| ${r.id} | \`${r.method} ${r.path}\` | ${who} |`);
}
