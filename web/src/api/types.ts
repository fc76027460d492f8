import type { Bilingual } from "@exidmet/core/errors";

export type { Bilingual };
export type EducationLevel = "bachelor" | "master" | "doctorate" | "other";
export const educationLevels: readonly EducationLevel[] = ["bachelor", "master", "doctorate", "other"];

export interface Vacancy {
  id: string;
  positionCode: string;
  stateBodyId: string;
  stateBodyName: Bilingual;
  unitId: string;
  unitName: Bilingual;
  positionName: Bilingual;
  classification: 5 | 6 | 7;
  places: number;
  education: { levels: EducationLevel[]; specialties: { code: string; name: string }[] };
  seniority?: { totalYears?: number; fieldYears?: number; specialtyYears?: number };
}

export interface Competition {
  id: string;
  title: Bilingual;
  announcedOn: string;
  closesAt: string;
  status: "open" | "closed";
  autoAdmit: boolean;
  vacancies: Vacancy[];
}

export interface StateBody {
  id: string;
  name: Bilingual;
  units: { id: string; name: Bilingual }[];
}

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

export interface OfficialAccount {
  username: string;
  email: string;
  fullName: string;
  groups: string[];
  stateBody?: string;
  enabled: boolean;
  status: string;
  createdAt?: string;
}

export interface HolidayCalendar {
  year: number;
  holidays: { date: string; name: Bilingual }[];
  workingWeekends: string[];
}

export interface ListOf<T> {
  items: T[];
  cursor?: string;
}
