/** The seven e-services of Decision 134-Q, in the regulation's order. */
export const serviceNumbers = [1, 2, 3, 4, 5, 6, 7] as const;
export type ServiceNo = (typeof serviceNumbers)[number];

/** Services that already work in this release (service 1: competitions are public; the form follows). */
export const availableServices: readonly ServiceNo[] = [1, 2, 3, 4, 5, 6, 7];

/** The services whose requests a citizen may find in "My requests". */
export const citizenServices: readonly ServiceNo[] = [1, 2, 3, 5, 6, 7];

/** The services each officials' group works on (SPEC: actors). */
export const groupServices: Record<string, readonly ServiceNo[]> = {
  admin: [1, 6],
  "it-officer": [1, 2, 3, 6],
  "legal-officer": [5, 7],
  "selection-officer": [4],
  "hr-officer": [2, 3, 4],
};
