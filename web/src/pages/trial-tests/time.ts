/** `mm:ss` of a number of seconds (the test's countdown). */
export const minutesLeft = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
