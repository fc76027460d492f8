import type { Bilingual } from "@exidmet/core/errors";

export type { Bilingual };
// The API's shapes are the core's own types (type-only imports: nothing of core is bundled).
export type { Competition, Vacancy } from "@exidmet/core/competitions/competition";
export type { StateBody } from "@exidmet/core/directory/state-bodies";
export type { OfficialAccount } from "@exidmet/core/ports/services";
export type { HolidayCalendar } from "@exidmet/core/time/calendar";
export type EducationLevel = "bachelor" | "master" | "doctorate" | "other";
export const educationLevels: readonly EducationLevel[] = ["bachelor", "master", "doctorate", "other"];

export interface CitizenProfile {
  sub: string;
  email: string;
  idCard: string;
  fin?: string;
  name?: string;
}

export interface RequestItem {
  id: string;
  service: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  number: string;
  title: Bilingual;
  status: string;
  statusText: Bilingual;
  createdAt: string;
  updatedAt: string;
  dueAt?: string;
  history: { at: string; status: string; statusText: Bilingual; actor: string; reason?: Bilingual }[];
}

export interface OfficialProfile {
  username: string;
  email: string;
  groups: string[];
  stateBody?: string;
}

export interface ListOf<T> {
  items: T[];
  cursor?: string;
}
