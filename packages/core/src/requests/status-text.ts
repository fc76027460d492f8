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
  test_passed: { az: "Test imtahanından keçib", en: "Passed the test exam" },
  test_failed: { az: "Test imtahanından keçməyib", en: "Did not pass the test exam" },
  interview_passed: { az: "Müsahibədən keçib", en: "Passed the interview" },
  interview_not_passed: { az: "Müsahibədən keçməyib", en: "Did not pass the interview" },
  interview_absent: { az: "Müsahibəyə gəlməyib", en: "Absent from the interview" },
  appointed: { az: "Vəzifəyə təyin edilib", en: "Appointed" },
  in_reserve: { az: "Ehtiyat kadrlar siyahısındadır", en: "On the reserve list" },
  left_reserve: { az: "Ehtiyat kadrlar siyahısından çıxıb", en: "Left the reserve list" },
  registered: { az: "Qeydiyyata alındı, araşdırılır", en: "Registered, under investigation" },
  documents_requested: { az: "Əmək kitabçasının surəti tələb olunub", en: "Copy of the labour book requested" },
  overdue: { az: "Cavab müddəti keçib", en: "Answer overdue" },
  extended: { az: "Baxılma müddəti uzadıldı", en: "Examination term extended" },
  trial_in_progress: { az: "Sınaq test imtahanı davam edir", en: "Trial test in progress" },
};

export const statusText = (status: string): Bilingual => texts[status] ?? { az: status, en: status };
