/**
 * The officials' work pages of every service, shown as tiles on their home page to the groups
 * that may open them (the API checks again). Kept beside the services list so a new page gets
 * its tile in one place.
 */
import type { Bilingual } from "@exidmet/core/errors";
import type { ServiceNo } from "./services";

export interface WorkPage {
  path: string;
  service: ServiceNo;
  title: Bilingual;
  lead: Bilingual;
  groups: readonly string[];
}

export const workPages: readonly WorkPage[] = [
  {
    path: "/officer/applications",
    service: 1,
    title: { az: "Müsabiqələrə müraciətlər", en: "Applications to competitions" },
    lead: { az: "Müraciətlərin növbəsi, baxılması, buraxılma və imtina; buraxılmış namizədlərin siyahısı.", en: "The queue of applications, examination, admission and refusal; the list of admitted candidates." },
    groups: ["it-officer", "admin"],
  },
  {
    path: "/officer/results",
    service: 2,
    title: { az: "Test və müsahibə nəticələri", en: "Test and interview results" },
    lead: { az: "Nəticələrin bir-bir və ya CSV faylı ilə daxil edilməsi və düzəldilməsi.", en: "Recording and correcting results one by one or from a CSV file." },
    groups: ["it-officer", "admin"],
  },
  {
    path: "/hr/results",
    service: 2,
    title: { az: "Orqanınızın müsabiqə nəticələri", en: "Your body's competition results" },
    lead: { az: "Dövlət orqanınızın müsabiqələrində namizədlərin nəticələri, süzgəclər və CSV ixracı.", en: "Candidates' results in your state body's competitions, with filters and CSV export." },
    groups: ["hr-officer"],
  },
  {
    path: "/hr/reserve",
    service: 4,
    title: { az: "Ehtiyat kadrlar", en: "The reserve list" },
    lead: { az: "Ehtiyatda olan namizədlərin təsnifat, ixtisas, təhsil və staja görə axtarışı.", en: "Search the reserve by classification, specialty, education and seniority." },
    groups: ["hr-officer", "selection-officer", "it-officer", "admin"],
  },
  {
    path: "/officer/reserve",
    service: 4,
    title: { az: "Ehtiyat kadrlar siyahısının aparılması", en: "Keeping the reserve list" },
    lead: { az: "Müsahibədən keçmiş namizədlərin ehtiyata daxil edilməsi, təyinatlar və ehtiyatdan çıxma.", en: "Entering candidates who passed the interview, appointments, and leaving the reserve." },
    groups: ["selection-officer"],
  },
  {
    path: "/officer/reserve/searches",
    service: 4,
    title: { az: "Ehtiyat siyahısında axtarışların jurnalı", en: "The reserve list's search log" },
    lead: { az: "Kim, nə vaxt, hansı şərtlərlə axtarıb və neçə nəfər tapılıb.", en: "Who searched, when, with which criteria, and how many were found." },
    groups: ["selection-officer"],
  },
  {
    path: "/hr/register",
    service: 3,
    title: { az: "Dövlət qulluqçularının reyestri", en: "The register of civil servants" },
    lead: { az: "Orqanınızda işləyən və işləmiş şəxslərin məlumatları.", en: "People who serve or served in your body." },
    groups: ["hr-officer"],
  },
  {
    path: "/hr/register/statistics",
    service: 3,
    title: { az: "Reyestr statistikası", en: "Register statistics" },
    lead: { az: "Orqanınız üzrə say, təsnifat, cins, yaş, təhsil və staj göstəriciləri; işə qəbul və azadolmalar.", en: "Your body's headcount by classification, gender, age, education and length of service; joiners and leavers." },
    groups: ["hr-officer"],
  },
  {
    path: "/officer/register-requests",
    service: 3,
    title: { az: "Reyestrdən məlumat sorğuları", en: "Requests for register data" },
    lead: { az: "7 günlük müddətdə cavablandırılmalı sorğular.", en: "Requests to answer within the 7-day term." },
    groups: ["it-officer", "admin"],
  },
  {
    path: "/admin/register",
    service: 3,
    title: { az: "Reyestrin aparılması", en: "Keeping the register" },
    lead: { az: "Məlumatların düzəldilməsi və CSV idxalı.", en: "Edits and CSV import." },
    groups: ["admin"],
  },
  {
    path: "/legal/seniority",
    service: 5,
    title: { az: "Staj arayışı sorğuları", en: "Seniority certificate requests" },
    lead: { az: "Çatışmazlıq bildirişləri, müddətlər, təsdiq və imtina.", en: "Deficiency notices, terms, approval and refusal." },
    groups: ["legal-officer", "admin"],
  },
  {
    path: "/legal/complaints",
    service: 7,
    title: { az: "Etik davranış qaydaları ilə bağlı müraciətlər", en: "Ethics complaints" },
    lead: { az: "Qeydiyyat, çatışmazlıq bildirişi, imtina və araşdırmanın nəticəsi; müddəti keçənlər.", en: "Registration, deficiency notices, refusal and the investigation's result; what is overdue." },
    groups: ["legal-officer"],
  },
  {
    path: "/admin/questions",
    service: 6,
    title: { az: "Sınaq testlərinin sual bankı", en: "The trial tests' question bank" },
    lead: { az: "Sualların əlavə edilməsi, redaktəsi, istifadədən çıxarılması və idxalı.", en: "Add, edit, retire and import questions." },
    groups: ["admin"],
  },
  {
    path: "/admin/trial-tests/settings",
    service: 6,
    title: { az: "Sınaq testinin tərkibi və vaxtı", en: "The trial test's composition and time limit" },
    lead: { az: "Hər mövzudan sualların sayı və vaxt həddi.", en: "Questions per topic and the time limit." },
    groups: ["admin"],
  },
];
