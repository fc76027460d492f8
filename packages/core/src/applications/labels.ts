import type { Bilingual } from "../errors.js";

/**
 * The form's labels: Azerbaijani verbatim from Appendix 1 of Decision 134-Q, English translation.
 * Keys are the field paths of the form data, so errors and labels meet by path.
 */
export const formTitle: Bilingual = {
  az: "Azərbaycan Respublikası vətəndaşının dövlət qulluğuna qəbul edilmək üçün müraciətinin FORMASI",
  en: "FORM of an application of a citizen of the Republic of Azerbaijan for admission to the civil service",
};

export const partLabels: Record<string, Bilingual> = {
  citizen: { az: "1. Vətəndaş haqqında məlumat", en: "1. Information about the citizen" },
  identity: { az: "2. Vətəndaşın şəxsiyyətini təsdiq edən sənəd haqqında məlumat", en: "2. Information about the citizen's identity document" },
  contact: { az: "3. Vətəndaşla əlaqə vasitələri haqqında məlumat", en: "3. Contact details of the citizen" },
  eligibility: { az: "4. Vətəndaşın dövlət qulluğuna qəbul edilməsinin mümkün olub-olmaması haqqında məlumat", en: "4. Whether the citizen may be admitted to the civil service" },
  military: { az: "5. Vətəndaşın hərbi mükəlləfiyyəti barədə məlumat", en: "5. The citizen's military obligation" },
  employment: { az: "6. Vətəndaşın əmək fəaliyyəti haqqında məlumat", en: "6. The citizen's employment" },
  education: { az: "7. Vətəndaşın təhsili haqqında məlumat", en: "7. The citizen's education" },
  vacancy: { az: "8. Vətəndaşın iddia etdiyi vakant vəzifə haqqında məlumat", en: "8. The vacant position the citizen applies for" },
};

export const fieldLabels: Record<string, Bilingual> = {
  "citizen.firstName": { az: "1.1. Adı", en: "1.1. First name" },
  "citizen.lastName": { az: "1.2. Soyadı", en: "1.2. Surname" },
  "citizen.patronymic": { az: "1.3. Atasının adı", en: "1.3. Father's name" },
  "citizen.gender": { az: "1.4. Cinsi", en: "1.4. Sex" },
  "citizen.birthDate": { az: "1.5. Doğulduğu tarix (gün, ay, il)", en: "1.5. Date of birth (day, month, year)" },
  "citizen.birthPlace": { az: "1.6. Doğulduğu yer (ölkə, şəhər (rayon), kənd)", en: "1.6. Place of birth (country, city (district), village)" },
  "citizen.birthPlace.country": { az: "Ölkə", en: "Country" },
  "citizen.birthPlace.city": { az: "Şəhər (rayon)", en: "City (district)" },
  "citizen.birthPlace.village": { az: "Kənd", en: "Village" },
  "identity.idCardNumber": { az: "2.1. Şəxsiyyət vəsiqəsinin seriyası və nömrəsi", en: "2.1. ID card series and number" },
  "identity.issuedOn": { az: "2.2. Şəxsiyyət vəsiqəsinin verildiyi tarix (gün, ay, il)", en: "2.2. ID card date of issue (day, month, year)" },
  "identity.issuedBy": { az: "2.3. Şəxsiyyət vəsiqəsini verən orqanın adı", en: "2.3. Issuing authority of the ID card" },
  "contact.registeredAddress": { az: "3.1. Qeydiyyatda olduğu ünvan (şəhər, rayon, kənd və küçə göstərilməklə)", en: "3.1. Registered address (city, district, village and street)" },
  "contact.livesAtRegisteredAddress": { az: "Qeydiyyatda olduğum ünvanda yaşayıram", en: "I live at my registered address" },
  "contact.actualAddress": { az: "3.2. Faktiki yaşadığı ünvan (vətəndaş qeydiyyatda olduğu ünvanda yaşamırsa)", en: "3.2. Actual address (if the citizen does not live at the registered address)" },
  "contact.email": { az: "3.3. Elektron poçt ünvanı", en: "3.3. E-mail address" },
  "contact.mobile": { az: "3.4. Mobil telefonu (operatorun kodu göstərilməklə)", en: "3.4. Mobile phone (with the operator code)" },
  "contact.homePhone": { az: "3.5. Ev telefonu (şəhər (rayon) kodu göstərilməklə)", en: "3.5. Home phone (with the city (district) code)" },
  "contact.workPhone": { az: "3.6. İş telefonu (şəhər (rayon) kodu göstərilməklə)", en: "3.6. Work phone (with the city (district) code)" },
  "eligibility.incapacity": {
    az: "4.1. Fəaliyyət qabiliyyətinə malik olmamağınız və ya məhdud fəaliyyət qabiliyyətinə malik olmağınız məhkəmənin qərarı ilə təsdiq edilmişdirmi?",
    en: "4.1. Has a court decision confirmed that you lack legal capacity or have limited legal capacity?",
  },
  "eligibility.conviction": { az: "4.2. Ödənilməmiş və ya götürülməmiş məhkumluğunuz varmı?", en: "4.2. Do you have an unexpunged or unlifted conviction?" },
  "eligibility.medicalMeasures": {
    az: "4.3. Barənizdə tibbi xarakterli məcburi tədbirlərin tətbiqinə dair məhkəmənin qanuni qüvvəyə minmiş qərarı varmı?",
    en: "4.3. Is there a court decision in force ordering compulsory medical measures against you?",
  },
  "eligibility.kinship": {
    az: "4.4. Bilavasitə tabeliyində və ya nəzarəti altında qulluq keçəcəyiniz vəzifəli şəxslə yaxın qohumluq və ya qudalıq (ər, arvadlar, onların valideynləri, qardaşları, bacıları, övladları) əlaqəniz varmı?",
    en: "4.4. Are you a close relative or in-law (spouses, their parents, brothers, sisters, children) of the official under whose direct subordination or control you would serve?",
  },
  "eligibility.disciplinary": {
    az: "4.5. Dövlət qulluqçususunuzsa, son bir il ərzində barənizdə intizam tənbehi tətbiq edilmişdirmi?",
    en: "4.5. If you are a civil servant, has a disciplinary sanction been applied to you within the last year?",
  },
  "military.liable": { az: "Hərbi mükəlləfiyyətlisinizmi?", en: "Are you liable for military service?" },
  "employment.status": { az: "6.1. Əmək fəaliyyəti", en: "6.1. Employment" },
  "employment.labourBookNumber": { az: "6.2. Əmək kitabçasının nömrəsi", en: "6.2. Labour book number" },
  "employment.labourBookOpenedOn": { az: "6.3. Əmək kitabçasının açılma tarixi", en: "6.3. Date the labour book was opened" },
  "employment.currentWorkplace": { az: "6.4. İşləyirsinizsə, hazırkı iş yeriniz və vəzifəniz", en: "6.4. If you work: your current workplace and position" },
  "employment.seniority": { az: "6.5. Əmək stajı (əmək kitabçası üzrə)", en: "6.5. Length of service (by the labour book)" },
  "employment.seniority.total": { az: "ümumi iş stajınız", en: "total length of service" },
  "employment.seniority.field": {
    az: "iddia etdiyiniz struktur bölmənin və ya vəzifənin fəaliyyət istiqamətləri üzrə iş stajınız",
    en: "service in the field of the structural unit or position claimed",
  },
  "employment.seniority.specialty": {
    az: "vəzifə təlimatında vəzifə üzrə müəyyən edilmiş müvafiq ali təhsil istiqaməti üzrə iş stajınız",
    en: "service in the higher-education field set by the job description",
  },
  "education.level": { az: "Ali təhsilin səviyyəsi", en: "Level of higher education" },
  "education.institution": { az: "Bitirdiyiniz təhsil müəssisəsinin adı", en: "Institution you graduated from" },
  "education.entryYear": { az: "daxil olduğunuz il", en: "year of entry" },
  "education.specialty": { az: "Diplom üzrə ixtisasın şifri və adı", en: "Specialty code and name on the diploma" },
  "education.diplomaNumber": { az: "Diplomun seriyası və nömrəsi", en: "Diploma series and number" },
  "education.diplomaDate": { az: "Diplomun verildiyi tarix (gün, ay, il)", en: "Diploma date of issue (day, month, year)" },
  "education.foreign": {
    az: "Diplom xarici dövlətin təhsil müəssisəsi tərəfindən verildiyi və nostrifikasiyası tələb edildiyi halda",
    en: "If the diploma was issued by a foreign institution and needs recognition (nostrification)",
  },
  "education.nostrificationNumber": { az: "Nostrifikasiya şəhadətnaməsinin nömrəsi", en: "Nostrification certificate number" },
  "education.nostrificationDate": { az: "Verildiyi tarix (gün, ay, il)", en: "Date of issue (day, month, year)" },
  "vacancy.announcedOn": { az: "8.1. Müsabiqənin elan edildiyi tarix (gün, ay, il)", en: "8.1. Date the competition was announced" },
  "vacancy.positionCode": { az: "8.2. Vəzifənin kodu", en: "8.2. Position code" },
  "vacancy.stateBody": { az: "8.3. Dövlət orqanı", en: "8.3. State body" },
  "vacancy.unit": { az: "8.4. Tabe təşkilat və ya struktur bölmə", en: "8.4. Subordinate organisation or structural unit" },
  "vacancy.positionName": { az: "8.5. Vəzifənin adı", en: "8.5. Position name" },
  confirmation: { az: "Müraciətdə göstərilən məlumatların doğruluğunu təsdiq edirəm", en: "I confirm that the information given in the application is true" },
  filledOn: { az: "Müraciətin doldurulduğu tarix (gün, ay, il)", en: "Date the application was filled in (day, month, year)" },
  candidateCode: { az: "Namizədin şəxsi kodu", en: "Candidate's personal code" },
};

export const optionLabels = {
  gender: { male: { az: "Kişi", en: "Male" }, female: { az: "Qadın", en: "Female" } },
  yesNo: { yes: { az: "Bəli", en: "Yes" }, no: { az: "Xeyr", en: "No" } },
  employmentStatus: {
    never: { az: "İndiyədək işləməmişəm", en: "I have never worked" },
    notWorking: { az: "Hazırda işləmirəm", en: "I am not working at present" },
    working: { az: "İşləyirəm", en: "I am working" },
  },
  educationLevel: {
    bachelor: { az: "Bakalavriat", en: "Bachelor's" },
    master: { az: "Magistratura", en: "Master's" },
    doctorate: { az: "Doktorantura", en: "Doctorate" },
    other: { az: "Digər", en: "Other" },
  },
} as const;

/** The form's filling notes (Müraciətin doldurulması ilə bağlı qeydlər), by number, verbatim. */
export const fillingRules: Record<number, Bilingual> = {
  1: { az: "Bu Formanın 1-ci, 2-ci, 4-cü, 7-ci hissələri və 3.1-ci, 3.2-ci, 3.3-cü, 6.1-ci bəndləri mütləq doldurulmalıdır.", en: "Parts 1, 2, 4 and 7 and items 3.1, 3.2, 3.3 and 6.1 of this form are mandatory." },
  2: {
    az: "Formanın 6.1-ci bəndində göstərilən qrafalardan biri doldurulmalıdır. Bu bənddə “hazırda işləmirəm” və ya “işləyirəm” qrafası seçildiyi halda müvafiq olaraq 6.2-ci və 6.3-cü bəndlər mütləq doldurulmalıdır.",
    en: "One option of item 6.1 must be chosen. With “I am not working at present” or “I am working”, items 6.2 and 6.3 are mandatory.",
  },
  3: { az: "6.1-ci bənddə «İşləyirəm» qrafası seçildiyi halda 6.4-cü bənd mütləq doldurulmalıdır.", en: "With “I am working” in item 6.1, item 6.4 is mandatory." },
  4: { az: "İddia edilən vəzifənin tutulması şərtlərində staja dair tələblər müəyyən edildiyi halda 6.5-ci bəndin müvafiq abzasları mütləq doldurulmalıdır.", en: "If the position sets length-of-service requirements, the matching lines of item 6.5 are mandatory." },
  5: {
    az: "7-ci hissə doldurularkən bakalavriat, magistratura və doktorantura təhsil səviyyələrinin ardıcıllığı gözlənilməlidir. Baza ali tibb təhsili və 5 illik ali təhsil almış məzunlar, rezidenturanı, ordinaturanı, aspiranturanı və s. bitirmiş şəxslər “Digər” qrafasını seçməlidirlər. “Digər” qrafası seçildiyi halda “Diplom üzrə ixtisasın şifri və adı” yarımbəndi doldurularkən, vətəndaşın təhsil səviyyəsi də qeyd edilməlidir. Misal üçün: HS190101-müalicə işi, baza ali tibb təhsili.",
    en: "In part 7 the levels must follow the order bachelor, master, doctorate. Graduates of basic higher medical education or 5-year higher education, residency, ordinatura, aspirantura etc. choose “Other”, and then the specialty must also state the level. For example: HS190101-medical care, basic higher medical education.",
  },
  6: { az: "Vətəndaşın təhsili iddia etdiyi vəzifənin tutulması şərtləri ilə müəyyən edilmiş təhsil tələblərinə uyğun olmalıdır.", en: "The citizen's education must meet the education requirements of the position claimed." },
  7: { az: "Doldurulması məcburi olan hissə, bənd və ya yarımbəndlərdən hər hansı biri doldurulmadıqda, müraciət qəbul edilmir və bu barədə müraciət edən şəxsə məlumat verilir.", en: "If any mandatory part, item or sub-item is not filled in, the application is not accepted and the applicant is told." },
  8: { az: "“Dövlət orqanlarında dövlət qulluğuna müsabiqə vasitəsilə qəbul Qaydaları”nın 6.3-cü bəndinə əsasən bilərəkdən yanlış məlumatlar vermiş namizədlər müsabiqədən kənarlaşdırılırlar.", en: "Under item 6.3 of the Rules of competitive admission to the civil service, candidates who knowingly gave false data are excluded from the competition." },
};
