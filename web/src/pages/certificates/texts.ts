const az = {
  title: "Arayışın və ya sertifikatın yoxlanılması",
  lead: "Dövlət qulluğu stajı barədə arayışın və ya onlayn sınaq test imtahanı sertifikatının həqiqiliyini onun yoxlama kodu ilə yoxlayın. Giriş tələb olunmur.",
  code: "Yoxlama kodu",
  codeHint: "Sənədin yuxarı sağ küncündə və ya altında göstərilən 16 simvollu kod, məs. 7K3F-9QXA-2M4T-H8BD. QR kodu oxutduqda bu səhifə avtomatik açılır.",
  check: "Yoxla",
  genuine: "Sənəd həqiqidir",
  genuineLead: "Bu kodla Komissiya tərəfindən aşağıdakı sənəd verilmişdir.",
  notGenuine: "Bu kodla sənəd tapılmadı",
  notGenuineLead: "Kodu düzgün yazdığınızı yoxlayın. Kod düzgündürsə, sənəd Komissiya tərəfindən verilməyib və ya etibarsızdır.",
  document: "Sənəd",
  holder: "Sahibi",
  issuedOn: "Verilmə tarixi",
  another: "Başqa kodu yoxla",
};

export const texts = {
  az,
  en: {
    title: "Check a certificate",
    lead: "Check that a civil-service seniority certificate or an online trial test certificate is genuine by its verification code. No sign-in is needed.",
    code: "Verification code",
    codeHint: "The 16-character code at the top right or the foot of the document, e.g. 7K3F-9QXA-2M4T-H8BD. Scanning the QR code opens this page by itself.",
    check: "Check",
    genuine: "The document is genuine",
    genuineLead: "The Commission issued the following document with this code.",
    notGenuine: "No document with this code",
    notGenuineLead: "Check that you typed the code correctly. If it is correct, the document was not issued by the Commission or is not valid.",
    document: "Document",
    holder: "Holder",
    issuedOn: "Date of issue",
    another: "Check another code",
  } satisfies typeof az,
};
