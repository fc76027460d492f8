import type { HolidayCalendar } from "./calendar.js";

const h = (date: string, az: string, en: string) => ({ date, name: { az, en } });

/**
 * Seed calendars for the years the product starts in. Religious holidays move every year and
 * the Cabinet announces transfers, so the admin reviews and edits these in the app.
 */
export const defaultHolidayCalendars: HolidayCalendar[] = [
  {
    year: 2026,
    holidays: [
      h("2026-01-01", "Yeni il bayramı", "New Year"),
      h("2026-01-02", "Yeni il bayramı", "New Year"),
      h("2026-01-20", "Ümumxalq hüzn günü", "Day of National Mourning"),
      h("2026-03-08", "Qadınlar günü", "Women's Day"),
      h("2026-03-09", "Qadınlar günü (köçürülmüş)", "Women's Day (transferred)"),
      h("2026-03-20", "Novruz bayramı", "Novruz"),
      h("2026-03-21", "Novruz bayramı", "Novruz"),
      h("2026-03-22", "Novruz bayramı", "Novruz"),
      h("2026-03-23", "Novruz bayramı", "Novruz"),
      h("2026-03-24", "Novruz bayramı", "Novruz"),
      h("2026-03-25", "Ramazan bayramı (köçürülmüş)", "Eid al-Fitr (transferred)"),
      h("2026-03-26", "Ramazan bayramı (köçürülmüş)", "Eid al-Fitr (transferred)"),
      h("2026-05-09", "Faşizm üzərində qələbə günü", "Victory over Fascism Day"),
      h("2026-05-11", "Faşizm üzərində qələbə günü (köçürülmüş)", "Victory over Fascism Day (transferred)"),
      h("2026-05-27", "Qurban bayramı", "Eid al-Adha"),
      h("2026-05-28", "Müstəqillik günü; Qurban bayramı", "Independence Day; Eid al-Adha"),
      h("2026-06-15", "Azərbaycan xalqının Milli Qurtuluş günü", "National Salvation Day"),
      h("2026-06-26", "Azərbaycan Respublikasının Silahlı Qüvvələri günü", "Armed Forces Day"),
      h("2026-11-09", "Dövlət Bayrağı günü; Zəfər günü (köçürülmüş)", "National Flag Day; Victory Day (transferred)"),
      h("2026-11-10", "Zəfər günü (köçürülmüş)", "Victory Day (transferred)"),
      h("2026-12-31", "Dünya azərbaycanlılarının həmrəyliyi günü", "Day of Solidarity of World Azerbaijanis"),
    ],
    workingWeekends: [],
  },
  {
    year: 2027,
    holidays: [
      h("2027-01-01", "Yeni il bayramı", "New Year"),
      h("2027-01-04", "Yeni il bayramı (köçürülmüş)", "New Year (transferred)"),
      h("2027-01-20", "Ümumxalq hüzn günü", "Day of National Mourning"),
      h("2027-03-08", "Qadınlar günü", "Women's Day"),
      h("2027-03-10", "Ramazan bayramı", "Eid al-Fitr"),
      h("2027-03-11", "Ramazan bayramı", "Eid al-Fitr"),
      h("2027-03-19", "Novruz bayramı (köçürülmüş)", "Novruz (transferred)"),
      h("2027-03-22", "Novruz bayramı", "Novruz"),
      h("2027-03-23", "Novruz bayramı", "Novruz"),
      h("2027-03-24", "Novruz bayramı", "Novruz"),
      h("2027-03-25", "Novruz bayramı (köçürülmüş)", "Novruz (transferred)"),
      h("2027-05-10", "Faşizm üzərində qələbə günü (köçürülmüş)", "Victory over Fascism Day (transferred)"),
      h("2027-05-17", "Qurban bayramı", "Eid al-Adha"),
      h("2027-05-18", "Qurban bayramı", "Eid al-Adha"),
      h("2027-05-28", "Müstəqillik günü", "Independence Day"),
      h("2027-06-15", "Azərbaycan xalqının Milli Qurtuluş günü", "National Salvation Day"),
      h("2027-06-28", "Silahlı Qüvvələr günü (köçürülmüş)", "Armed Forces Day (transferred)"),
      h("2027-11-08", "Zəfər günü", "Victory Day"),
      h("2027-11-09", "Dövlət Bayrağı günü", "National Flag Day"),
      h("2027-12-31", "Dünya azərbaycanlılarının həmrəyliyi günü", "Day of Solidarity of World Azerbaijanis"),
    ],
    workingWeekends: [],
  },
];
