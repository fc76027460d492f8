/**
 * A problem the developer can fix (port taken, java missing). The CLI prints its message as ONE
 * line and exits 1 without a stack trace; anything else is a bug and keeps its stack.
 */
export class LocalCloudError extends Error {
  override name = "LocalCloudError";
}

export const isLocalCloudError = (e: unknown): e is LocalCloudError =>
  e instanceof Error && e.name === "LocalCloudError";
