/**
 * ALL demo data of the local cloud, in one place, so seeding, tests and the README use the same
 * accounts. Fictitious people; the passwords meet the pool policy (≥10 chars, upper, lower, digit)
 * and are for the local emulators only.
 */
import type { OfficialGroup } from "@exidmet/core/infra/resources";

export interface DemoOfficial {
  username: string;
  password: string;
  email: string;
  name: string;
  group: OfficialGroup;
  /** HR officers only: the state body whose data they may see. */
  stateBody?: string;
  role: string;
}

export interface DemoCitizen {
  email: string;
  password: string;
  name: string;
  idCard: string;
  fin?: string;
}

export const demoOfficials = [
  { username: "admin", password: "Komissiya2025", email: "admin@csc.exidmet.local", name: "Rəşad Məmmədov", group: "admin", role: "Commission admin" },
  { username: "it.officer", password: "Texnologiya2025", email: "it.officer@csc.exidmet.local", name: "Nigar Quliyeva", group: "it-officer", role: "IT & software sector" },
  { username: "legal.officer", password: "Huquqsektor2025", email: "legal.officer@csc.exidmet.local", name: "Tural Əliyev", group: "legal-officer", role: "Legal sector" },
  { username: "selection.officer", password: "Secimsobe2025", email: "selection.officer@csc.exidmet.local", name: "Aynur Həsənova", group: "selection-officer", role: "Personnel selection" },
  { username: "hr.justice", password: "Kadrlar2025a", email: "hr@justice.exidmet.local", name: "Elçin Babayev", group: "hr-officer", stateBody: "justice", role: "HR, Ministry of Justice" },
  { username: "hr.taxes", password: "Kadrlar2025b", email: "hr@taxes.exidmet.local", name: "Günel İsmayılova", group: "hr-officer", stateBody: "taxes", role: "HR, Ministry of Taxes" },
] as const satisfies readonly DemoOfficial[];

export const demoCitizens = [
  { email: "leyla.aliyeva@example.az", password: "Vetendas2025", name: "Leyla Əliyeva", idCard: "AZE12345678" },
  { email: "elvin.huseynov@example.az", password: "Vetendas2026", name: "Elvin Hüseynov", idCard: "AA1234567", fin: "5HK7Q2M" },
] as const satisfies readonly DemoCitizen[];

export const demoAdmin = demoOfficials[0];

export interface DemoStateBody {
  id: string;
  name: { az: string; en: string };
  units: { id: string; name: { az: string; en: string } }[];
}

export const demoStateBodies: DemoStateBody[] = [
  {
    id: "justice",
    name: { az: "Ədliyyə Nazirliyi", en: "Ministry of Justice" },
    units: [
      { id: "legislation", name: { az: "Qanunvericilik baş idarəsi", en: "Main Department of Legislation" } },
      { id: "penitentiary", name: { az: "Penitensiar xidmət", en: "Penitentiary Service" } },
      { id: "notary", name: { az: "Notariat və qeydiyyat baş idarəsi", en: "Main Department of Notary and Registration" } },
    ],
  },
  {
    id: "taxes",
    name: { az: "Vergilər Nazirliyi", en: "Ministry of Taxes" },
    units: [
      { id: "audit", name: { az: "Vergi auditi baş idarəsi", en: "Main Department of Tax Audit" } },
      { id: "baku-1", name: { az: "Bakı şəhəri 1 saylı ərazi vergilər idarəsi", en: "Baku Territorial Tax Department No. 1" } },
    ],
  },
  {
    id: "ecology",
    name: { az: "Ekologiya və Təbii Sərvətlər Nazirliyi", en: "Ministry of Ecology and Natural Resources" },
    units: [{ id: "forestry", name: { az: "Meşələrin inkişafı departamenti", en: "Forest Development Department" } }],
  },
];

export type EducationLevel = "bachelor" | "master" | "doctorate" | "other";

export interface DemoVacancy {
  positionCode: string;
  stateBodyId: string;
  unitId: string;
  positionName: { az: string; en: string };
  classification: 5 | 6 | 7;
  places: number;
  education: { levels: EducationLevel[]; specialties: { code: string; name: string }[] };
  seniority?: { totalYears?: number; fieldYears?: number; specialtyYears?: number };
}

export interface DemoCompetition {
  title: { az: string; en: string };
  announcedOn: string;
  autoAdmit: boolean;
  vacancies: DemoVacancy[];
}

/** Today in Baku (the competition's 30-day window starts on the announcement date). */
export const bakuToday = (now = new Date()) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baku", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

export function demoCompetition(now = new Date()): DemoCompetition {
  return {
    title: {
      az: "Dövlət qulluğunda inzibati vəzifələrə qəbul üzrə müsabiqə",
      en: "Competition for administrative positions in the civil service",
    },
    announcedOn: bakuToday(now),
    autoAdmit: false,
    vacancies: [
      {
        positionCode: "EN-05-0141",
        stateBodyId: "justice",
        unitId: "legislation",
        positionName: { az: "Aparıcı məsləhətçi", en: "Leading adviser" },
        classification: 5,
        places: 1,
        education: { levels: ["master"], specialties: [{ code: "050401", name: "Hüquqşünaslıq" }] },
        seniority: { totalYears: 3, fieldYears: 2 },
      },
      {
        positionCode: "VN-06-0317",
        stateBodyId: "taxes",
        unitId: "audit",
        positionName: { az: "Baş vergi müfəttişi", en: "Senior tax inspector" },
        classification: 6,
        places: 2,
        education: {
          levels: ["bachelor", "master"],
          specialties: [
            { code: "050403", name: "Maliyyə" },
            { code: "050406", name: "Mühasibat uçotu və audit" },
          ],
        },
        seniority: { totalYears: 1 },
      },
      {
        positionCode: "VN-07-0522",
        stateBodyId: "taxes",
        unitId: "baku-1",
        positionName: { az: "Vergi müfəttişi", en: "Tax inspector" },
        classification: 7,
        places: 3,
        education: { levels: ["bachelor"], specialties: [{ code: "050402", name: "İqtisadiyyat" }] },
      },
    ],
  };
}
