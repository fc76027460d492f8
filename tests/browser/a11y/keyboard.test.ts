/**
 * Keyboard alone, on a 360-px phone and a desktop: a citizen signs in, fills the trial test's
 * registration form, answers every question (Tab to the choices, arrow keys / Space to choose,
 * Enter on "Next"), finishes and sees the result; another walks the whole application form
 * (Appendix 1) with keyboard.type, Tab, Space, arrow keys and Enter, up to the review step.
 * No mouse click anywhere. Focus is visible on every kind of control (the :focus-visible outline).
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../../setup/local-cloud";
import { DESKTOP, PHONE, seriousAxeViolations } from "../browser";
import { chromiumForFile, webUrl } from "../session";

let web: string;
const stamp = String(Date.now()).slice(-8);
const examinee = { email: `klaviatura.${stamp}@example.az`, password: "Vetendas2025k", name: "Orxan Klaviaturov", idCard: `AZE${stamp}` };
const applicant = { email: `klaviatura.form.${stamp}@example.az`, password: "Vetendas2025f", name: "Ülviyyə İsmayılova", idCard: `AA${stamp.slice(-7)}` };
let vacancyId: string;

const chromium = chromiumForFile({ citizens: [examinee, applicant] });

beforeAll(async () => {
  web = webUrl();
  const res = await api("GET", "/competitions");
  type V = { id: string; positionCode: string };
  const open = (res.body as { items: { status: string; vacancies: V[] }[] }).items.find((c) => c.status === "open" && c.vacancies.some((v) => v.positionCode === "VN-07-0522"))!;
  vacancyId = open.vacancies.find((v) => v.positionCode === "VN-07-0522")!.id;
});

/** What has the focus: tag, type, id, its label's text (or the button's text). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return { tag: "body", type: "", id: "", label: "", text: "" };
    const label = Array.from(el.labels ?? []).map((l) => (l.textContent ?? "").replace(/\s+/g, " ").trim()).join(" ");
    return { tag: el.tagName.toLowerCase(), type: el.type ?? "", id: el.id, label, text: (el.textContent ?? "").replace(/\s+/g, " ").trim() };
  });
type Focused = Awaited<ReturnType<typeof focused>>;

/** Presses Tab (Shift+Tab backwards) until the focused control matches; fails after `max` presses. */
async function tabTo(page: Page, what: string, test: (f: Focused) => boolean, options: { back?: boolean; max?: number } = {}) {
  for (let i = 0; i < (options.max ?? 120); i++) {
    if (test(await focused(page))) return;
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}
/** The field whose label is `label` (possibly followed by a note such as "(istəyə bağlı)"). */
const field = (label: string) => (f: Focused) => ["input", "select", "textarea"].includes(f.tag) && (f.label === label || f.label.startsWith(`${label} `));
const fieldStarting = (label: string) => (f: Focused) => ["input", "select", "textarea"].includes(f.tag) && f.label.startsWith(label);
const button = (text: string) => (f: Focused) => (f.tag === "button" || f.tag === "a") && f.text === text;

/** Tab to a field by its label and type into it (replacing what is there). */
async function typeInto(page: Page, label: string, value: string, exact = true) {
  await tabTo(page, `the field “${label}”`, exact ? field(label) : fieldStarting(label));
  await page.keyboard.press("Control+A");
  await page.keyboard.type(value);
}

/** The focused control shows a visible focus indicator (outline or box-shadow of the focus style). */
async function expectFocusVisible(page: Page, what: string) {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { matches: el.matches(":focus-visible"), outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), boxShadow: s.boxShadow };
  });
  expect(style.matches, `${what}: :focus-visible`).toBe(true);
  const outlined = style.outlineStyle !== "none" && style.outlineWidth >= 2;
  expect(outlined || style.boxShadow !== "none", `${what}: a visible focus indicator ${JSON.stringify(style)}`).toBe(true);
}

async function signInByKeyboard(page: Page, c: { email: string; password: string }, next: string) {
  await page.goto(`${web}#/sign-in?next=${encodeURIComponent(next)}`);
  await page.waitForLoadState("networkidle");
  // The skip link comes first.
  await page.keyboard.press("Tab");
  expect((await focused(page)).tag).toBe("a");
  await expectFocusVisible(page, "the skip link");
  await typeInto(page, "Elektron poçt ünvanı", c.email);
  await expectFocusVisible(page, "an e-mail field");
  await typeInto(page, "Şifrə", c.password);
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => location.hash === `#${n}`, next, { timeout: 20_000 });
  await page.waitForLoadState("networkidle");
}

describe("keyboard only", () => {
  it("a citizen takes a whole trial test on a phone with the keyboard alone", async () => {
    const { context, page, problems } = await chromium.newPage(PHONE);
    await signInByKeyboard(page, examinee, "/trial-tests");
    await page.getByRole("heading", { name: "Qeydiyyat forması" }).waitFor();

    await typeInto(page, "Soyadı", "Klaviaturov");
    await typeInto(page, "Adı", "Orxan");
    await typeInto(page, "Atasının adı", "Elşən oğlu");
    await typeInto(page, "Doğulduğu tarix (gün, ay, il)", "14.03.1998");
    await tabTo(page, "the confirmation", (f) => f.type === "checkbox");
    await expectFocusVisible(page, "a checkbox");
    await page.keyboard.press("Space");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await tabTo(page, "the start button", button("Sınaq test imtahanına başla"));
    await expectFocusVisible(page, "a button");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /^#\/trial-tests\/[a-z0-9]+$/.test(location.hash), undefined, { timeout: 20_000 });

    const counter = page.locator(".trial-bar__count");
    await counter.waitFor();
    const total = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? "")![1]);
    expect(total).toBeGreaterThan(5);
    for (let i = 0; i < total; i++) {
      await expect.poll(() => page.locator(".trial-question legend .muted").textContent()).toBe(`Sual ${i + 1} / ${total}`);
      // Tab into the question's choices: the first is focused; Space chooses it, an arrow key the next one.
      await tabTo(page, `question ${i + 1}'s choices`, (f) => f.type === "radio");
      if (i === 0) await expectFocusVisible(page, "a radio button");
      if (i % 2 === 0) await page.keyboard.press("Space");
      else await page.keyboard.press("ArrowDown");
      await expect.poll(() => page.locator(".trial-question input[type=radio]:checked").count()).toBe(1);
      await expect.poll(() => page.locator(".trial-question [role=status]").textContent()).toBe("Cavab saxlanıldı");
      if (i < total - 1) {
        await tabTo(page, "Next question", button("Növbəti sual"));
        await page.keyboard.press("Enter");
      }
    }
    await expect.poll(() => counter.textContent()).toBe(`Cavablandırılıb: ${total} / ${total}`);
    await tabTo(page, "Finish", button("İmtahanı bitir"));
    await page.keyboard.press("Enter");
    await tabTo(page, "Yes, finish", button("Bəli, bitir"));
    await expectFocusVisible(page, "the confirmation button");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 20_000 }).toBe("İmtahanın nəticəsi");
    expect(await page.locator(".notice--success .notice__title").textContent()).toMatch(new RegExp(`^Ümumi nəticə: \\d+ / ${total} \\(\\d+%\\)$`));
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it("a citizen walks the application form to the review step with the keyboard alone", async () => {
    const { context, page, problems } = await chromium.newPage(DESKTOP);
    await signInByKeyboard(page, applicant, `/apply/${vacancyId}`);
    const stepTitle = page.locator("#step-title");
    await expect.poll(() => stepTitle.textContent()).toBe("1. Vətəndaş haqqında məlumat");
    const next = async (title: string) => {
      await tabTo(page, "Next", button("Növbəti"));
      await page.keyboard.press("Enter");
      await expect
        .poll(async () => {
          const shown = await stepTitle.textContent();
          // A refused step says why (the error summary) instead of timing out silently.
          const summary = shown === title || !(await page.locator(".error-summary").count()) ? "" : ` — ${await page.locator(".error-summary").textContent()}`;
          return `${shown}${summary}`;
        })
        .toBe(title);
    };

    // Part 1.
    await typeInto(page, "1.1. Adı", "Ülviyyə");
    await typeInto(page, "1.2. Soyadı", "İsmayılova");
    await typeInto(page, "1.3. Atasının adı", "Rəşid qızı");
    await tabTo(page, "the gender radios", (f) => f.type === "radio");
    await expectFocusVisible(page, "a radio button");
    // Arrow keys move between the radios of a group and choose: the second one is "Qadın".
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByLabel("Qadın", { exact: true }).isChecked()).toBe(true);
    await typeInto(page, "1.5. Doğulduğu tarix (gün, ay, il)", "12.04.1995");
    await typeInto(page, "Şəhər (rayon)", "Gəncə");

    // Part 2: the account's ID card is filled in already.
    await next("2. Vətəndaşın şəxsiyyətini təsdiq edən sənəd haqqında məlumat");
    await typeInto(page, "2.2. Şəxsiyyət vəsiqəsinin verildiyi tarix (gün, ay, il)", "01.06.2015");
    await typeInto(page, "2.3. Şəxsiyyət vəsiqəsini verən orqanın adı", "Daxili İşlər Nazirliyi");

    // Part 3.
    await next("3. Vətəndaşla əlaqə vasitələri haqqında məlumat");
    await typeInto(page, "3.1. Qeydiyyatda olduğu ünvan", "Bakı, Nəsimi r., Azadlıq pr. 10", false);
    await typeInto(page, "3.4. Mobil telefonu", "+994 50 123 45 67", false);

    // Part 4: five yes/no questions; Tab reaches each group, the arrow key chooses "Xeyr".
    await next("4. Vətəndaşın dövlət qulluğuna qəbul edilməsinin mümkün olub-olmaması haqqında məlumat");
    for (const q of ["incapacity", "conviction", "medicalMeasures", "kinship", "disciplinary"]) {
      await tabTo(page, `question ${q}`, (f) => f.type === "radio" && f.id.startsWith(`f-eligibility-${q}-`));
      await page.keyboard.press((await focused(page)).id.endsWith("-no") ? "Space" : "ArrowDown");
      expect(await page.locator(`#f-eligibility-${q}-no`).isChecked(), q).toBe(true);
    }

    // Part 5.
    await next("5. Vətəndaşın hərbi mükəlləfiyyəti barədə məlumat");
    await tabTo(page, "military", (f) => f.type === "radio" && f.id.startsWith("f-military-liable-"));
    await page.keyboard.press((await focused(page)).id.endsWith("-no") ? "Space" : "ArrowDown");
    expect(await page.locator("#f-military-liable-no").isChecked()).toBe(true);

    // Part 6: working now, with the labour book and the seniority.
    await next("6. Vətəndaşın əmək fəaliyyəti haqqında məlumat");
    await tabTo(page, "employment", (f) => f.type === "radio");
    for (let i = 0; i < 4 && !(await page.getByLabel("İşləyirəm", { exact: true }).isChecked()); i++) await page.keyboard.press("ArrowDown");
    expect(await page.getByLabel("İşləyirəm", { exact: true }).isChecked()).toBe(true);
    await typeInto(page, "6.2. Əmək kitabçasının nömrəsi", "AB123456");
    await typeInto(page, "6.3. Əmək kitabçasının açılma tarixi", "01.09.2017");
    await typeInto(page, "İş yeri", "Ədliyyə Nazirliyi");
    await typeInto(page, "Vəzifə", "Məsləhətçi");
    for (const [part, value] of [["years", "7"], ["months", "2"], ["days", "0"]] as const) {
      await tabTo(page, `seniority ${part}`, (f) => f.id === `f-employment-seniority-total-${part}`);
      await page.keyboard.press("Control+A");
      await page.keyboard.type(value);
    }

    // Part 7: the education level is a select: the arrow keys choose in it.
    await next("7. Vətəndaşın təhsili haqqında məlumat");
    await tabTo(page, "education level", (f) => f.id === "f-education-0-level");
    await expectFocusVisible(page, "a select");
    for (let i = 0; i < 6 && (await page.locator("#f-education-0-level").inputValue()) !== "bachelor"; i++) await page.keyboard.press("ArrowDown");
    expect(await page.locator("#f-education-0-level").inputValue()).toBe("bachelor");
    for (const [id, value] of [["institution", "Azərbaycan Dövlət İqtisad Universiteti"], ["entryYear", "2012"], ["specialtyCode", "050402"], ["specialtyName", "İqtisadiyyat"], ["diplomaNumber", `UNEC-${stamp.slice(-5)}`], ["diplomaDate", "30.06.2016"]]) {
      await tabTo(page, id, (f) => f.id === `f-education-0-${id}`);
      await page.keyboard.press("Control+A");
      await page.keyboard.type(value);
    }

    // Part 8 comes from the vacancy; then the review with everything typed.
    await next("8. Vətəndaşın iddia etdiyi vakant vəzifə haqqında məlumat");
    await next("Yoxlayın və təsdiq edin");
    const review = (await page.textContent("main")) ?? "";
    for (const typed of ["Ülviyyə", "İsmayılova", "12.04.1995", "Gəncə", "Daxili İşlər Nazirliyi", "AB123456", "İqtisadiyyat"]) expect(review).toContain(typed);
    // The confirmation and the submit button are reachable too.
    await tabTo(page, "the confirmation", (f) => f.type === "checkbox");
    await page.keyboard.press("Space");
    await tabTo(page, "submit", (f) => f.tag === "button" && /təqdim et$/.test(f.text));
    await expectFocusVisible(page, "the submit button");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});

