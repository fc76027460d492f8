/**
 * Demo data of services 2 and 4: a competition whose test and interviews are over (announced 20
 * days ago, auto-admit), where Leyla Əliyeva competed for a Ministry of Justice and a Ministry of
 * Taxes post; her results (so she, HR justice and HR taxes see something); the appointments (she
 * is appointed to the justice post and enters the reserve for the taxes one); and a reserve of
 * people of an earlier competition across classifications and specialties. Only the first demo
 * citizen applies: the service-1 tests count the second one's applications. Idempotent.
 */
import { demoCitizens } from "../demo-data.js";
import type { SeedStep } from "./index.js";
import type { SeedApi } from "./seed-api.js";

const bakuDay = (offsetDays: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baku", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + offsetDays * 86_400_000));

const leyla = demoCitizens[0];

const leylaForm = () => ({
  citizen: { firstName: "Leyla", lastName: "Əliyeva", patronymic: "Kamran qızı", gender: "female", birthDate: "1993-05-14", birthPlace: { country: "Azərbaycan", city: "Bakı", village: "" } },
  identity: { idCardNumber: leyla.idCard, issuedOn: "2014-03-10", issuedBy: "Daxili İşlər Nazirliyi" },
  contact: { registeredAddress: "Bakı, Yasamal r., Şərifzadə küç. 12", livesAtRegisteredAddress: true, email: leyla.email, mobile: "+994501112233" },
  eligibility: { incapacity: "no", conviction: "no", medicalMeasures: "no", kinship: "no", disciplinary: "no" },
  military: { liable: "no" },
  employment: {
    status: "working",
    labourBookNumber: "AB765432",
    labourBookOpenedOn: "2016-09-01",
    currentWorkplace: "Bakı Dövlət Universiteti",
    currentPosition: "Hüquqşünas",
    seniority: { total: { years: 8, months: 3, days: 0 }, field: { years: 4, months: 0, days: 0 }, specialty: { years: 4, months: 0, days: 0 } },
  },
  education: [
    { level: "bachelor", institution: "Bakı Dövlət Universiteti", entryYear: 2010, specialtyCode: "050401", specialtyName: "Hüquqşünaslıq", diplomaNumber: "BDU-20140", diplomaDate: "2014-06-30", foreign: false },
    { level: "master", institution: "Azərbaycan Dövlət İqtisad Universiteti", entryYear: 2014, specialtyCode: "050403", specialtyName: "Maliyyə", diplomaNumber: "UNEC-1606", diplomaDate: "2016-06-30", foreign: false },
  ],
});

const vacancies = [
  { positionCode: "EN-05-0907", stateBodyId: "justice", unitId: "notary", positionName: { az: "Məsləhətçi", en: "Adviser" }, classification: 5, places: 1, education: { levels: ["bachelor", "master"], specialties: [{ code: "050401", name: "Hüquqşünaslıq" }] } },
  { positionCode: "VN-06-0908", stateBodyId: "taxes", unitId: "audit", positionName: { az: "Aparıcı vergi müfəttişi", en: "Leading tax inspector" }, classification: 6, places: 1, education: { levels: ["bachelor", "master"], specialties: [{ code: "050403", name: "Maliyyə" }] } },
];

const reservePeople = [
  ["Rəşid Məmmədli", "rashid.mammadli@example.az", 5, [["master", "050401", "Hüquqşünaslıq"]], 6, 88],
  ["Səbinə Qasımova", "sabina.gasimova@example.az", 5, [["bachelor", "050401", "Hüquqşünaslıq"]], 3, 79],
  ["Orxan Nəbiyev", "orkhan.nabiyev@example.az", 6, [["bachelor", "050402", "İqtisadiyyat"], ["master", "050403", "Maliyyə"]], 9, 91],
  ["Aytən Rzayeva", "aytan.rzayeva@example.az", 6, [["master", "050403", "Maliyyə"]], 5, 84],
  ["Kamal Hüseynli", "kamal.huseynli@example.az", 6, [["bachelor", "050406", "Mühasibat uçotu və audit"]], 2, 72],
  ["Nərmin Əhmədova", "narmin.ahmadova@example.az", 7, [["bachelor", "050403", "Maliyyə"]], 1, 68],
  ["Fuad Kərimov", "fuad.karimov@example.az", 7, [["bachelor", "050402", "İqtisadiyyat"]], 0, 65],
] as const;

async function must(api: SeedApi, as: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) {
  const res = await api.call(as, method, path, body, headers);
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body as never;
}

export const resultsSeed: SeedStep = {
  name: "results and reserve (services 2, 4)",
  async run(api) {
    const competition: { id: string; vacancies: { id: string; positionCode: string }[] } = await must(api, "admin", "POST", "/admin/competitions", {
      title: { az: "Dövlət qulluğuna qəbul üzrə müsabiqə (nəticələr elan edilib)", en: "Civil-service competition (results announced)" },
      announcedOn: bakuDay(-20),
      autoAdmit: true,
      vacancies,
    }, { "idempotency-key": "seed-results-demo-competition-1" });

    for (const v of competition.vacancies) {
      const current: { application: { status: string } | null } = await must(api, leyla.email, "GET", `/me/applications/${v.id}`);
      if (!current.application || current.application.status === "draft") await must(api, leyla.email, "POST", `/me/applications/${v.id}/submit`, leylaForm());
    }

    type Row = { candidateCode: string; vacancy: { positionCode: string }; test: unknown; interview: unknown };
    const rows = async () => ((await must(api, "it.officer", "GET", `/officer/results?competitionId=${competition.id}`)) as { items: Row[] }).items;
    const score = (r: Row) => (r.vacancy.positionCode === "EN-05-0907" ? "82" : "76,5");
    const noTest = (await rows()).filter((r) => !r.test);
    if (noTest.length) {
      const csv = ["candidateCode;score;passMark;date", ...noTest.map((r) => `${r.candidateCode};${score(r)};60;${bakuDay(-5)}`)].join("\r\n");
      await must(api, "it.officer", "POST", "/officer/results/import", { competitionId: competition.id, kind: "test", csv });
    }
    const noInterview = (await rows()).filter((r) => !r.interview);
    if (noInterview.length) {
      const csv = ["candidateCode,outcome,date,note", ...noInterview.map((r) => `${r.candidateCode},keçib,${bakuDay(-2)},"Peşəkar biliklərini yaxşı nümayiş etdirdi"`)].join("\r\n");
      await must(api, "it.officer", "POST", "/officer/results/import", { competitionId: competition.id, kind: "interview", csv });
    }
    const all = await rows();
    const justiceCode = all.find((r) => r.vacancy.positionCode === "EN-05-0907")?.candidateCode;
    await must(api, "selection.officer", "POST", `/officer/reserve/competitions/${competition.id}/appointments`, { appointed: justiceCode ? [justiceCode] : [] });

    let created = 0;
    for (const [fullName, email, classification, education, seniorityYears, testScore] of reservePeople) {
      const res = await api.call("selection.officer", "POST", "/officer/reserve/entries", {
        source: "manual",
        fullName,
        email,
        classification,
        education: education.map(([level, specialtyCode, specialtyName]) => ({ level, specialtyCode, specialtyName })),
        seniorityYears,
        test: { score: testScore, passMark: 60, date: "2025-09-15" },
        interview: { date: "2025-10-02" },
        competition: "2025-ci il payız müsabiqəsi",
        enteredOn: "2025-10-20",
        consent: true,
      });
      if (!res.ok) throw new Error(`POST /officer/reserve/entries → ${res.status}`);
      if (res.status === 201) created++;
    }
    return `competition ${competition.id}: ${all.length} candidates with results; reserve: ${created} added, ${reservePeople.length - created} existing`;
  },
};
