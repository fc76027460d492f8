import type { Bilingual } from "../errors.js";

/**
 * Bilingual texts of validation rules. Schemas name a key (`error: "idCard.format"`); the key is
 * turned into Azerbaijani and English here, the same in the browser and in the Lambda.
 */
export const ruleMessages = {
  required: { az: "Bu sahə mütləq doldurulmalıdır.", en: "This field is required." },
  "email.format": { az: "Elektron poçt ünvanı düzgün deyil.", en: "The e-mail address is not valid." },
  "idCard.format": {
    az: "Şəxsiyyət vəsiqəsinin nömrəsi AZE və 8 rəqəm və ya AA və 7 rəqəm olmalıdır.",
    en: "The ID-card number must be AZE and 8 digits, or AA and 7 digits.",
  },
  "fin.format": { az: "FİN 7 simvoldan (latın böyük hərfləri və rəqəmlər) ibarət olmalıdır.", en: "The FIN must be 7 characters: Latin capitals and digits." },
  "mobile.format": { az: "Mobil telefon +994 və operator kodu ilə yazılmalıdır (məs. +994501234567).", en: "The mobile number must be +994 with an operator code (e.g. +994501234567)." },
  "phone.format": { az: "Telefon nömrəsi düzgün deyil.", en: "The phone number is not valid." },
  "date.format": { az: "Tarix gün.ay.il formatında real tarix olmalıdır.", en: "The date must be a real date (day.month.year)." },
  "date.future": { az: "Tarix gələcəkdə ola bilməz.", en: "The date cannot be in the future." },
  "password.weak": {
    az: "Şifrə ən azı 10 simvol olmalı, böyük və kiçik hərf, rəqəm ehtiva etməlidir.",
    en: "The password must be at least 10 characters with upper- and lower-case letters and a digit.",
  },
  "classification.range": { az: "Təsnifat 5, 6 və ya 7 olmalıdır.", en: "The classification must be 5, 6 or 7." },
  "vacancies.none": { az: "Ən azı bir vakansiya əlavə edin.", en: "Add at least one vacancy." },
  "vacancies.duplicateCode": { az: "Vəzifə kodları təkrarlanmamalıdır.", en: "Position codes must not repeat." },
  "units.duplicateId": { az: "Struktur bölmələrin kodları təkrarlanmamalıdır.", en: "Unit ids must not repeat." },
  "announcedOn.range": { az: "Elan tarixi bu gündən 30 gün əvvəldən tez, bu gündən sonra ola bilməz.", en: "The announcement date must be within the last 30 days and not in the future." },
  "positionCode.format": { az: "Vəzifənin kodu 3–20 simvol: latın böyük hərfləri, rəqəmlər, nöqtə, defis.", en: "The position code is 3–20 characters: Latin capitals, digits, dots, hyphens." },
  "specialtyCode.format": { az: "İxtisasın şifri düzgün deyil (məs. 050403 və ya HS190101).", en: "The specialty code is not valid (e.g. 050403 or HS190101)." },
  "stateBody.unknown": { az: "Belə dövlət orqanı yoxdur.", en: "There is no such state body." },
  "stateBody.unitUnknown": { az: "Bu dövlət orqanında belə struktur bölmə yoxdur.", en: "The state body has no such unit." },
  "group.stateBodyRequired": { az: "Kadr qurumunun nümayəndəsi üçün dövlət orqanı seçilməlidir.", en: "An HR officer must be bound to a state body." },
  "group.stateBodyForbidden": { az: "Komissiya əməkdaşı dövlət orqanına bağlanmır.", en: "A Commission officer is not bound to a state body." },
  "slug.format": { az: "Yalnız kiçik latın hərfləri, rəqəmlər və defis.", en: "Only lower-case Latin letters, digits and hyphens." },
  "year.range": { az: "İl 2000 ilə 2100 arasında olmalıdır.", en: "The year must be between 2000 and 2100." },
  "holidays.notInYear": { az: "Tarix göstərilən ilə aid deyil.", en: "The date is not in the given year." },
  "app.age16": { az: "Müraciət edən şəxs müraciətin doldurulduğu tarixdə ən azı 16 yaşında olmalıdır.", en: "The applicant must be at least 16 years old on the filling date." },
  "app.idCardMismatch": { az: "Şəxsiyyət vəsiqəsinin nömrəsi hesabınızdakı nömrə ilə eyni olmalıdır.", en: "The ID-card number must be the one of your account." },
  "app.issuedBeforeBirth": { az: "Şəxsiyyət vəsiqəsinin verildiyi tarix doğum tarixindən sonra olmalıdır.", en: "The ID card must be issued after the date of birth." },
  "app.actualAddressRequired": { az: "Qeydiyyatda olduğunuz ünvanda yaşamırsınızsa, 3.2-ci bənd mütləq doldurulmalıdır (qeyd 1).", en: "If you do not live at your registered address, item 3.2 is mandatory (note 1)." },
  "app.rule2": { az: "“Hazırda işləmirəm” və ya “İşləyirəm” seçildikdə 6.2-ci və 6.3-cü bəndlər mütləq doldurulmalıdır (qeyd 2).", en: "With “I am not working at present” or “I am working”, items 6.2 and 6.3 are mandatory (note 2)." },
  "app.rule3": { az: "“İşləyirəm” seçildikdə 6.4-cü bənd mütləq doldurulmalıdır (qeyd 3).", en: "With “I am working”, item 6.4 is mandatory (note 3)." },
  "app.rule4": { az: "Vəzifə staja dair tələb müəyyən edir: 6.5-ci bəndin bu abzası mütləq doldurulmalıdır (qeyd 4).", en: "The position sets a length-of-service requirement: this line of item 6.5 is mandatory (note 4)." },
  "app.rule5order": { az: "Təhsil səviyyələri bakalavriat → magistratura → doktorantura ardıcıllığı ilə göstərilməlidir (qeyd 5).", en: "Education levels must follow the order bachelor → master → doctorate (note 5)." },
  "app.rule5other": { az: "“Digər” seçildikdə ixtisasın adında təhsil səviyyəsi də qeyd edilməlidir, məs.: HS190101-müalicə işi, baza ali tibb təhsili (qeyd 5).", en: "With “Other”, the specialty must also state the level, e.g. HS190101-medical care, basic higher medical education (note 5)." },
  "app.educationRequired": { az: "Ən azı bir ali təhsil məlumatı daxil edilməlidir (qeyd 1).", en: "Enter at least one higher-education entry (note 1)." },
  "app.diplomaBeforeBirth": { az: "Diplomun verildiyi tarix doğum tarixindən sonra olmalıdır.", en: "The diploma date must be after the date of birth." },
  "app.entryAfterDiploma": { az: "Təhsil müəssisəsinə daxil olma ili diplomun verildiyi ildən əvvəl olmalıdır.", en: "The year of entry must be before the diploma's year." },
  "app.entryBeforeBirth": { az: "Daxil olma ili doğum ilindən sonra olmalıdır.", en: "The year of entry must be after the year of birth." },
  "app.nostrificationRequired": { az: "Xarici diplom üçün nostrifikasiya şəhadətnaməsinin nömrəsi və tarixi mütləqdir.", en: "For a foreign diploma the nostrification certificate number and date are required." },
  "app.nostrificationBeforeDiploma": { az: "Nostrifikasiya tarixi diplomun tarixindən əvvəl ola bilməz.", en: "The nostrification date cannot be before the diploma date." },
  "app.labourBookBeforeBirth": { az: "Əmək kitabçasının açılma tarixi doğum tarixindən sonra olmalıdır.", en: "The labour book must be opened after the date of birth." },
  "app.seniorityDays": { az: "Ay 0–11, gün 0–30 arasında olmalıdır.", en: "Months must be 0–11 and days 0–30." },
  "app.notConfirmed": { az: "Məlumatların doğruluğunu təsdiq etməlisiniz.", en: "You must confirm that the information is true." },
  "app.filledOnToday": { az: "Doldurulma tarixi bu gün olmalıdır.", en: "The filling date must be today." },
  "unknownField": { az: "Naməlum sahə.", en: "Unknown field." },
} satisfies Record<string, Bilingual>;

export type RuleKey = keyof typeof ruleMessages;

const areaMessages = new Map<string, Bilingual>();

/**
 * Each service defines its own rule texts beside its schemas (keys prefixed with the area, e.g.
 * `seniority.endBeforeStart`) instead of growing the list above. Returns the keys, for `error:`.
 */
export function defineRuleMessages<const T extends Record<string, Bilingual>>(messages: T): { [K in keyof T]: K } {
  const keys = {} as { [K in keyof T]: K };
  for (const [key, text] of Object.entries(messages)) {
    if (key in ruleMessages || (areaMessages.has(key) && areaMessages.get(key) !== text)) throw new Error(`rule message ${key} defined twice`);
    areaMessages.set(key, text);
    (keys as Record<string, string>)[key] = key;
  }
  return keys;
}

/** The texts of a rule key, from the common list or a service's own. */
export function ruleText(key: string): Bilingual | undefined {
  return key in ruleMessages ? ruleMessages[key as RuleKey] : areaMessages.get(key);
}

/** A field issue for a rule key (use cases that check beyond the schema). */
export const ruleIssue = (path: string, key: string) => {
  const text = ruleText(key);
  if (!text) throw new Error(`unknown rule message ${key}`);
  return { path, code: key, az: text.az, en: text.en };
};

/** Texts for zod's own checks, when a schema names no rule. */
export function genericMessage(code: string, detail: { minimum?: unknown; maximum?: unknown; origin?: string; expected?: string }): Bilingual {
  switch (code) {
    case "invalid_type":
      return detail.expected && detail.expected !== "undefined"
        ? { az: "Bu sahə mütləq doldurulmalıdır və ya düzgün deyil.", en: "This field is missing or has the wrong type." }
        : ruleMessages.required;
    case "too_small":
      if (detail.origin === "string") {
        return Number(detail.minimum) <= 1
          ? ruleMessages.required
          : { az: `Ən azı ${detail.minimum} simvol olmalıdır.`, en: `Must be at least ${detail.minimum} characters.` };
      }
      if (detail.origin === "array") return { az: `Ən azı ${detail.minimum} element olmalıdır.`, en: `Must have at least ${detail.minimum} items.` };
      return { az: `Ən azı ${detail.minimum} olmalıdır.`, en: `Must be at least ${detail.minimum}.` };
    case "too_big":
      if (detail.origin === "string") return { az: `Ən çoxu ${detail.maximum} simvol ola bilər.`, en: `Must be at most ${detail.maximum} characters.` };
      if (detail.origin === "array") return { az: `Ən çoxu ${detail.maximum} element ola bilər.`, en: `Must have at most ${detail.maximum} items.` };
      return { az: `Ən çoxu ${detail.maximum} ola bilər.`, en: `Must be at most ${detail.maximum}.` };
    case "invalid_format":
      return { az: "Format düzgün deyil.", en: "The format is not valid." };
    case "invalid_value":
    case "invalid_union":
      return { az: "Siyahıdakı dəyərlərdən birini seçin.", en: "Choose one of the listed values." };
    case "unrecognized_keys":
      return ruleMessages.unknownField;
    default:
      return { az: "Dəyər düzgün deyil.", en: "The value is not valid." };
  }
}
