import type { Bilingual } from "../errors.js";

/** The names of request states, shared by every service, as the owner reads them. */
const texts: Record<string, Bilingual> = {
  draft: { az: "Qaralama", en: "Draft" },
  submitted: { az: "Qəbul edildi", en: "Received" },
  refused: { az: "İmtina edildi", en: "Refused" },
  admitted: { az: "Test imtahanı mərhələsinə buraxıldı", en: "Admitted to the test stage" },
  excluded: { az: "Müsabiqədən kənarlaşdırıldı", en: "Excluded from the competition" },
  deficient: { az: "Çatışmazlıqlar bildirildi", en: "Deficiencies notified" },
  in_review: { az: "Baxılır", en: "Under examination" },
  answered: { az: "Cavablandırıldı", en: "Answered" },
  approved: { az: "Təsdiq edildi", en: "Approved" },
  completed: { az: "Başa çatdı", en: "Completed" },
  closed: { az: "Bağlandı", en: "Closed" },
};

export const statusText = (status: string): Bilingual => texts[status] ?? { az: status, en: status };
