/** A complete, correct application form (Appendix 1) for tests. */
export const validForm = () => ({
  citizen: { firstName: "Aygün", lastName: "Məmmədova", patronymic: "Rəşid qızı", gender: "female", birthDate: "1995-04-12", birthPlace: { country: "Azərbaycan", city: "Gəncə", village: "" } },
  identity: { idCardNumber: "AZE12345678", issuedOn: "2015-06-01", issuedBy: "Daxili İşlər Nazirliyi" },
  contact: { registeredAddress: "Bakı, Nəsimi r., Azadlıq pr. 10", livesAtRegisteredAddress: true, email: "aygun@example.az", mobile: "+994501234567" },
  eligibility: { incapacity: "no", conviction: "no", medicalMeasures: "no", kinship: "no", disciplinary: "no" },
  military: { liable: "no" },
  employment: {
    status: "working",
    labourBookNumber: "AB123456",
    labourBookOpenedOn: "2017-09-01",
    currentWorkplace: "Ədliyyə Nazirliyi",
    currentPosition: "Məsləhətçi",
    seniority: { total: { years: 7, months: 2, days: 0 }, field: { years: 3, months: 0, days: 0 }, specialty: { years: 3, months: 0, days: 0 } },
  },
  education: [
    { level: "bachelor", institution: "Bakı Dövlət Universiteti", entryYear: 2012, specialtyCode: "050401", specialtyName: "Hüquqşünaslıq", diplomaNumber: "BDU-12345", diplomaDate: "2016-06-30", foreign: false },
    { level: "master", institution: "Bakı Dövlət Universiteti", entryYear: 2016, specialtyCode: "060401", specialtyName: "Hüquqşünaslıq", diplomaNumber: "BDU-67890", diplomaDate: "2018-06-30", foreign: false },
  ],
});
