import { describe, expect, it } from "vitest";
import { applicationFormSchema, examineApplication, toFieldIssues, type FormContext } from "../src/index.js";
import { validForm } from "./fixtures.js";


const ctx: FormContext = { today: "2026-11-22", accountIdCard: "AZE12345678" };
const vacancy = { education: { levels: ["bachelor", "master"] as ("bachelor" | "master")[], specialties: [{ code: "050401", name: "Hüquqşünaslıq" }] }, seniority: { totalYears: 2 } };

function issues(form: unknown, context: FormContext = ctx) {
  const r = applicationFormSchema(context).safeParse(form);
  return r.success ? [] : toFieldIssues(r.error);
}
const codesAt = (form: unknown, path: string, context?: FormContext) => issues(form, context).filter((i) => i.path === path).map((i) => i.code);
const edit = (f: (x: ReturnType<typeof validForm>) => void) => {
  const form = validForm();
  f(form);
  return form;
};

describe("the application form: filling notes", () => {
  it("a complete, correct form passes", () => {
    expect(issues(validForm())).toEqual([]);
  });

  it("note 1: parts 1, 2, 4, 7 and items 3.1, 3.3, 6.1 are mandatory", () => {
    expect(codesAt(edit((f) => ((f.citizen as { firstName?: string }).firstName = "")), "citizen.firstName")).toEqual(["required"]);
    expect(codesAt(edit((f) => delete (f as Partial<typeof f>).identity), "identity")).not.toEqual([]);
    expect(codesAt(edit((f) => ((f.eligibility as Record<string, string>).kinship = "")), "eligibility.kinship")).not.toEqual([]);
    expect(codesAt(edit((f) => (f.education = [])), "education")).toEqual(["app.educationRequired"]);
    expect(codesAt(edit((f) => (f.contact.registeredAddress = " ")), "contact.registeredAddress")).toEqual(["required"]);
    expect(codesAt(edit((f) => ((f.contact as { email?: string }).email = "not-an-email")), "contact.email")).toEqual(["email.format"]);
    expect(codesAt(edit((f) => delete (f.employment as { status?: string }).status), "employment.status")).not.toEqual([]);
  });

  it("note 1: 3.2 is needed only when the citizen does not live at the registered address", () => {
    expect(codesAt(edit((f) => (f.contact.livesAtRegisteredAddress = false)), "contact.actualAddress")).toEqual(["app.actualAddressRequired"]);
    expect(issues(edit((f) => Object.assign(f.contact, { livesAtRegisteredAddress: false, actualAddress: "Bakı, Yasamal r." })))).toEqual([]);
  });

  it("note 2: one option of 6.1; with 'not working' or 'working', 6.2 and 6.3 are mandatory", () => {
    expect(codesAt(edit((f) => ((f.employment as { status: string }).status = "maybe")), "employment.status")).not.toEqual([]);
    const notWorking = edit((f) => Object.assign(f.employment, { status: "notWorking", labourBookNumber: undefined, currentWorkplace: undefined, currentPosition: undefined }));
    expect(codesAt(notWorking, "employment.labourBookNumber")).toEqual(["app.rule2"]);
    const never = edit((f) => (f.employment = { status: "never", seniority: {} } as never));
    expect(issues(never)).toEqual([]);
  });

  it("note 3: with 'working', 6.4 is mandatory", () => {
    expect(codesAt(edit((f) => (f.employment.currentWorkplace = undefined as never)), "employment.currentWorkplace")).toEqual(["app.rule3"]);
    expect(issues(edit((f) => Object.assign(f.employment, { status: "notWorking", currentWorkplace: undefined, currentPosition: undefined })))).toEqual([]);
  });

  it("note 4: the vacancy's seniority lines of 6.5 are mandatory", () => {
    const form = edit((f) => (f.employment.seniority = {} as never));
    expect(codesAt(form, "employment.seniority.total", { ...ctx, seniorityRequired: { totalYears: 2 } })).toEqual(["app.rule4"]);
    expect(issues(form, { ...ctx, seniorityRequired: {} })).toEqual([]);
    expect(codesAt(edit((f) => (f.employment.seniority.total!.months = 12)), "employment.seniority.total.months")).toEqual(["app.seniorityDays"]);
  });

  it("note 5: levels in order bachelor → master → doctorate", () => {
    const reversed = edit((f) => (f.education = [f.education[1], f.education[0]]));
    expect(codesAt(reversed, "education.1.level")).toEqual(["app.rule5order"]);
  });

  it("note 5: 'Digər' must state the level in the specialty", () => {
    const other = edit((f) => (f.education = [{ ...f.education[0], level: "other", specialtyCode: "HS190101", specialtyName: "müalicə işi" }]));
    expect(codesAt(other, "education.0.specialtyName")).toEqual(["app.rule5other"]);
    const stated = edit((f) => (f.education = [{ ...f.education[0], level: "other", specialtyCode: "HS190101", specialtyName: "müalicə işi, baza ali tibb təhsili" }]));
    expect(issues(stated)).toEqual([]);
  });

  it("note 6: education must meet the vacancy's requirements (a refusal reason)", () => {
    expect(examineApplication(applicationFormSchema(ctx).parse(validForm()), vacancy)).toEqual([]);
    const other = applicationFormSchema(ctx).parse(edit((f) => (f.education = [{ ...f.education[0], specialtyCode: "050101", specialtyName: "Tarix" }])));
    expect(examineApplication(other, vacancy).map((r) => r.code)).toEqual(["rule6.education"]);
    const anySpecialty = { ...vacancy, education: { levels: vacancy.education.levels, specialties: [] } };
    expect(examineApplication(other, anySpecialty)).toEqual([]);
  });

  it("note 4: seniority below the vacancy's requirement is a refusal reason", () => {
    const junior = applicationFormSchema(ctx).parse(edit((f) => (f.employment.seniority.total = { years: 1, months: 11, days: 30 })));
    expect(examineApplication(junior, vacancy).map((r) => r.path)).toEqual(["employment.seniority.total"]);
  });

  it("a 'Bəli' on any of 4.1–4.5 is a refusal that names the question", () => {
    for (const q of ["incapacity", "conviction", "medicalMeasures", "kinship", "disciplinary"] as const) {
      const form = applicationFormSchema(ctx).parse(edit((f) => ((f.eligibility as Record<string, string>)[q] = "yes")));
      const reasons = examineApplication(form, vacancy);
      expect(reasons).toHaveLength(1);
      expect(reasons[0].path).toBe(`eligibility.${q}`);
      expect(reasons[0].az).toMatch(/^4\.\d\. /);
      expect(reasons[0].az).toContain("Bəli");
    }
  });
});

describe("the application form: checks any user expects", () => {
  it("dates are real dates", () => {
    expect(codesAt(edit((f) => (f.citizen.birthDate = "1995-02-30")), "citizen.birthDate")).toEqual(["date.format"]);
  });
  it("dates are not in the future", () => {
    expect(codesAt(edit((f) => (f.identity.issuedOn = "2026-11-23")), "identity.issuedOn")).toEqual(["date.future"]);
    expect(codesAt(edit((f) => (f.education[1].diplomaDate = "2027-01-01")), "education.1.diplomaDate")).toEqual(["date.future"]);
  });
  it("age at least 16 on the filling date (16th birthday passes)", () => {
    expect(codesAt(edit((f) => (f.citizen.birthDate = "2010-11-23")), "citizen.birthDate")).toEqual(["app.age16"]);
    const sixteen = issues(edit((f) => Object.assign(f, { citizen: { ...f.citizen, birthDate: "2010-11-22" }, identity: { ...f.identity, issuedOn: "2024-01-10" }, employment: { status: "never", seniority: {} }, education: [{ ...f.education[0], entryYear: 2025, diplomaDate: "2026-06-30" }] })));
    expect(sixteen).toEqual([]);
  });
  it("the ID-card number matches the account's", () => {
    expect(codesAt(edit((f) => (f.identity.idCardNumber = "AA1234567")), "identity.idCardNumber")).toEqual(["app.idCardMismatch"]);
    expect(codesAt(edit((f) => (f.identity.idCardNumber = "AZE1234")), "identity.idCardNumber")).toEqual(["idCard.format"]);
  });
  it("the ID card is issued after birth", () => {
    expect(codesAt(edit((f) => (f.identity.issuedOn = "1990-01-01")), "identity.issuedOn")).toEqual(["app.issuedBeforeBirth"]);
  });
  it("diploma after birth, entry year before the diploma", () => {
    expect(codesAt(edit((f) => (f.education[0].diplomaDate = "1994-01-01")), "education.0.diplomaDate")).toContain("app.diplomaBeforeBirth");
    expect(codesAt(edit((f) => (f.education[0].entryYear = 2016)), "education.0.entryYear")).toEqual(["app.entryAfterDiploma"]);
  });
  it("a foreign diploma needs its nostrification, dated after the diploma", () => {
    expect(codesAt(edit((f) => (f.education[0].foreign = true)), "education.0.nostrificationNumber")).toEqual(["app.nostrificationRequired"]);
    const early = edit((f) => Object.assign(f.education[0], { foreign: true, nostrificationNumber: "N-1", nostrificationDate: "2016-01-01" }));
    expect(codesAt(early, "education.0.nostrificationDate")).toEqual(["app.nostrificationBeforeDiploma"]);
  });
  it("mobile numbers need +994 and an operator code", () => {
    expect(codesAt(edit((f) => (f.contact.mobile = "0501234567")), "contact.mobile")).toEqual(["mobile.format"]);
  });
  it("unknown fields are refused", () => {
    expect(codesAt(edit((f) => Object.assign(f.citizen, { isAdmin: true })), "citizen.isAdmin")).toEqual(["unknownField"]);
  });
  it("every issue has Azerbaijani and English text", () => {
    for (const i of issues({})) {
      expect(i.az.length).toBeGreaterThan(3);
      expect(i.en.length).toBeGreaterThan(3);
    }
  });
});
