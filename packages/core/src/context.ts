import type { Clock, FileStorage, Mailer, OfficialsDirectory, Timers } from "./ports/services.js";
import type { Store } from "./ports/store.js";

/**
 * Everything a use case may need. Each use case asks only for the parts it uses, so each
 * handler wires (and bundles) only those adapters.
 */
export interface Ctx {
  store: Store;
  clock: Clock;
  timers: Timers;
  mailer: Mailer;
  directory: OfficialsDirectory;
  files: FileStorage;
  /** The web app's public origin, for links in e-mails. */
  webOrigin: string;
}

export type Needs<K extends keyof Ctx> = Pick<Ctx, K>;
