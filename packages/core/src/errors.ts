/** Every refusal names its reason in Azerbaijani and English. */
export interface Bilingual {
  az: string;
  en: string;
}

export interface FieldIssue extends Bilingual {
  /** Dotted path of the field, e.g. `applicant.birthDate` or `education.1.diplomaDate`. */
  path: string;
  code: string;
}

export interface ErrorBody {
  error: { code: string; message: Bilingual; issues?: FieldIssue[] };
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(text.en);
    this.name = "AppError";
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.text, ...(this.issues?.length ? { issues: this.issues } : {}) } };
  }
}

export const errors = {
  badRequest: (code: string, text: Bilingual) => new AppError(400, code, text),
  validation: (issues: FieldIssue[]) =>
    new AppError(
      400,
      "validation_failed",
      { az: "Məlumatlar düzgün doldurulmayıb. Aşağıdakı səhvləri düzəldin.", en: "Some data is missing or invalid. Correct the errors below." },
      issues,
    ),
  unauthorized: () =>
    new AppError(401, "unauthorized", { az: "Daxil olmaq tələb olunur.", en: "Sign-in is required." }),
  forbidden: () =>
    new AppError(403, "forbidden", { az: "Bu əməliyyat üçün icazəniz yoxdur.", en: "You are not allowed to do this." }),
  notFound: (what: Bilingual = { az: "Məlumat", en: "The record" }) =>
    new AppError(404, "not_found", { az: `${what.az} tapılmadı.`, en: `${what.en} was not found.` }),
  conflict: (code: string, text: Bilingual) => new AppError(409, code, text),
  refused: (code: string, text: Bilingual, issues?: FieldIssue[]) => new AppError(422, code, text, issues),
  tooMany: (retryAfterSeconds: number) =>
    new AppError(
      429,
      "rate_limited",
      { az: `Çox sayda sorğu. ${retryAfterSeconds} saniyədən sonra yenidən cəhd edin.`, en: `Too many requests. Try again in ${retryAfterSeconds} seconds.` },
      undefined,
      { "retry-after": String(retryAfterSeconds) },
    ),
  unavailable: () =>
    new AppError(
      503,
      "service_unavailable",
      { az: "Xidmət müvəqqəti əlçatan deyil. Bir azdan yenidən cəhd edin.", en: "The service is temporarily unavailable. Try again shortly." },
      undefined,
      { "retry-after": "5" },
    ),
};
