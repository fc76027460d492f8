/**
 * The seeded question bank of the trial test, written for this product from the Constitution of
 * the Republic of Azerbaijan, the Law "Dövlət qulluğu haqqında" (21.07.2000), the Law
 * "Dövlət qulluqçularının etik davranış qaydaları haqqında" (31.05.2007), Decision 134-Q and its
 * application form (seeds/), plus logic and computer literacy. Ids are fixed, so importing it
 * again changes nothing; `npm start` imports it through the admin's import route (the seed step).
 * Browser-safe data.
 */
import type { TopicId } from "../topics.js";

export interface SeedQuestion {
  id: string;
  topic: TopicId;
  text: string;
  options: [string, string, string, string];
  /** Index of the right option. */
  correct: number;
}

/** `right` first, then three wrong options; the right one is placed at position `n % 4` so keys are balanced. */
function q(topic: TopicId, n: number, text: string, right: string, ...wrong: [string, string, string]): SeedQuestion {
  const pos = n % 4;
  const options = [...wrong] as string[];
  options.splice(pos, 0, right);
  const prefix = { constitution: "konst", "civil-service": "dq", ethics: "etik", logic: "mntq", computer: "komp" }[topic];
  return { id: `${prefix}-${String(n).padStart(2, "0")}`, topic, text, options: options as SeedQuestion["options"], correct: pos };
}

const k = (n: number, text: string, right: string, ...wrong: [string, string, string]) => q("constitution", n, text, right, ...wrong);
const d = (n: number, text: string, right: string, ...wrong: [string, string, string]) => q("civil-service", n, text, right, ...wrong);
const e = (n: number, text: string, right: string, ...wrong: [string, string, string]) => q("ethics", n, text, right, ...wrong);
const m = (n: number, text: string, right: string, ...wrong: [string, string, string]) => q("logic", n, text, right, ...wrong);
const c = (n: number, text: string, right: string, ...wrong: [string, string, string]) => q("computer", n, text, right, ...wrong);

export const seedQuestions: SeedQuestion[] = [
  // --- Azərbaycan Respublikasının Konstitusiyası -------------------------------------------
  k(1, "Azərbaycan Respublikasının Konstitusiyası nə vaxt ümumxalq səsverməsi (referendum) yolu ilə qəbul edilmişdir?", "12 noyabr 1995-ci ildə", "18 oktyabr 1991-ci ildə", "28 may 1918-ci ildə", "24 avqust 2002-ci ildə"),
  k(2, "Konstitusiyaya görə Azərbaycan Respublikasında dövlət hakimiyyətinin yeganə mənbəyi kimdir?", "Azərbaycan xalqı", "Milli Məclis", "Azərbaycan Respublikasının Prezidenti", "Konstitusiya Məhkəməsi"),
  k(3, "Azərbaycan Respublikasının dövlət dili hansıdır?", "Azərbaycan dili", "Azərbaycan və rus dilləri", "Azərbaycan və ingilis dilləri", "Dövlət dili Konstitusiyada müəyyən edilməyib"),
  k(4, "Azərbaycan Respublikasının paytaxtı hansı şəhərdir?", "Bakı", "Gəncə", "Naxçıvan", "Sumqayıt"),
  k(5, "Azərbaycan Respublikasının Milli Məclisi neçə deputatdan ibarətdir?", "125", "100", "150", "101"),
  k(6, "Milli Məclisin hər çağırışının səlahiyyət müddəti neçə ildir?", "5 il", "4 il", "7 il", "6 il"),
  k(7, "Azərbaycan Respublikasının Prezidenti neçə il müddətinə seçilir?", "7 il", "5 il", "4 il", "6 il"),
  k(8, "Konstitusiyaya görə Azərbaycan Respublikasında qanunvericilik hakimiyyətini hansı orqan həyata keçirir?", "Milli Məclis", "Nazirlər Kabineti", "Konstitusiya Məhkəməsi", "Ali Məhkəmə"),
  k(9, "Konstitusiyaya görə Azərbaycan Respublikasında icra hakimiyyəti kimə mənsubdur?", "Azərbaycan Respublikasının Prezidentinə", "Milli Məclisə", "Ali Məhkəməyə", "Bələdiyyələrə"),
  k(10, "Azərbaycan Respublikası Silahlı Qüvvələrinin Ali Baş Komandanı kimdir?", "Azərbaycan Respublikasının Prezidenti", "Müdafiə naziri", "Baş nazir", "Milli Məclisin Sədri"),
  k(11, "Konstitusiyaya görə Azərbaycan dövləti necə respublikadır?", "Demokratik, hüquqi, dünyəvi, unitar respublika", "Federativ, dünyəvi respublika", "Parlament respublikası olan konfederasiya", "Demokratik, dini, federativ respublika"),
  k(12, "Konstitusiyaya görə Azərbaycan Respublikasının dövlət rəmzləri hansılardır?", "Dövlət bayrağı, Dövlət gerbi və Dövlət himni", "Dövlət bayrağı və Konstitusiya", "Dövlət gerbi, paytaxt və dövlət dili", "Dövlət himni və milli pul vahidi"),
  k(13, "Konstitusiyaya görə Azərbaycan dövlətinin ali məqsədi nədir?", "İnsan və vətəndaş hüquqlarının və azadlıqlarının təmin edilməsi", "Dövlət büdcəsinin gəlirlərinin artırılması", "Dövlət orqanlarının sayının artırılması", "Xarici ticarətin genişləndirilməsi"),
  k(14, "Konstitusiyaya görə Azərbaycan Respublikasında mülkiyyət hansı növlərdə ola bilər?", "Dövlət mülkiyyəti, xüsusi mülkiyyət və bələdiyyə mülkiyyəti", "Yalnız dövlət mülkiyyəti", "Dövlət mülkiyyəti və kolxoz mülkiyyəti", "Yalnız xüsusi mülkiyyət"),
  k(15, "Azərbaycan Respublikasının tərkibində olan muxtar dövlət hansıdır?", "Naxçıvan Muxtar Respublikası", "Gəncə Muxtar Respublikası", "Abşeron Muxtar Respublikası", "Lənkəran Muxtar Respublikası"),
  k(16, "Azərbaycan Respublikasının Konstitusiya Məhkəməsi neçə hakimdən ibarətdir?", "9", "7", "11", "15"),
  k(17, "Konstitusiyaya görə Azərbaycan Respublikasında din ilə dövlətin münasibəti necədir?", "Din dövlətdən ayrıdır", "Dövlət dini Konstitusiya ilə müəyyən edilib", "Dini qurumlar dövlət orqanlarına tabedir", "Dövlət orqanları dini qurumlara tabedir"),
  k(18, "Azərbaycan Respublikasının pul vahidi hansıdır?", "Manat", "Rubl", "Lirə", "Dollar"),
  k(19, "Konstitusiyaya görə yerli özünüidarəni hansı qurumlar həyata keçirir?", "Bələdiyyələr", "Yerli icra hakimiyyətləri", "Nazirliklər", "Məhkəmələr"),
  k(20, "Azərbaycan Respublikasının Konstitusiyasının hüquqi qüvvəsi barədə hansı müddəa doğrudur?", "Konstitusiya ali hüquqi qüvvəyə malikdir", "Qanunlar Konstitusiyadan yüksək hüquqi qüvvəyə malikdir", "Konstitusiya yalnız dövlət orqanları üçün məcburidir", "Prezidentin fərmanları Konstitusiyadan üstün tutulur"),

  // --- "Dövlət qulluğu haqqında" Qanun və müsabiqə qaydaları -------------------------------
  d(1, "“Dövlət qulluğu haqqında” Azərbaycan Respublikasının Qanunu nə vaxt qəbul edilmişdir?", "21 iyul 2000-ci ildə", "12 noyabr 1995-ci ildə", "31 may 2007-ci ildə", "24 iyun 2009-cu ildə"),
  d(2, "Dövlət qulluğuna kimlər qəbul edilə bilər?", "Azərbaycan Respublikasının vətəndaşları", "Azərbaycanda daimi yaşayan istənilən şəxs", "Ali təhsilli xarici vətəndaşlar", "Vətəndaşlığı olmayan şəxslər"),
  d(3, "Dövlət qulluğuna qəbul olunmaq üçün vətəndaş ən azı neçə yaşında olmalıdır?", "18", "16", "21", "25"),
  d(4, "Dövlət orqanlarında inzibati vəzifələrə müsabiqə hansı mərhələlərdən ibarətdir?", "Test imtahanı və müsahibə", "Yalnız müsahibə", "Yalnız sənədlərin qəbulu", "Esse yazılması və tibbi müayinə"),
  d(5, "Dövlət orqanlarında dövlət qulluğuna müsabiqə vasitəsilə qəbulu hansı qurum təşkil edir?", "Azərbaycan Respublikasının Prezidenti yanında Dövlət Qulluğu Məsələləri üzrə Komissiya", "Azərbaycan Respublikasının Nazirlər Kabineti", "Azərbaycan Respublikasının Milli Məclisi", "Azərbaycan Respublikasının Ədliyyə Nazirliyi"),
  d(6, "Aşağıdakılardan hansı dövlət qulluğuna qəbul üçün əngəldir?", "Məhkəmə tərəfindən fəaliyyət qabiliyyətsiz və ya məhdud fəaliyyət qabiliyyətli hesab edilmək", "Magistr dərəcəsinə malik olmaq", "Evli olmaq", "Əvvəllər özəl sektorda işləmiş olmaq"),
  d(7, "Şəxs kiminlə yaxın qohumluq münasibətində olduqda həmin vəzifəyə qəbul edilə bilməz?", "Bilavasitə tabeliyində və ya nəzarəti altında qulluq keçəcəyi vəzifəli şəxslə", "Başqa dövlət orqanında işləyən şəxslə", "Özəl şirkətdə işləyən şəxslə", "Bələdiyyə üzvü olan şəxslə"),
  d(8, "Aşağıdakı hallardan hansı dövlət qulluğuna qəbul üçün əngəl hesab olunur?", "Ödənilməmiş və ya götürülməmiş məhkumluğun olması", "Hərbi xidmətdən ehtiyata buraxılmış olmaq", "Xarici dil bilməmək", "Sürücülük vəsiqəsinin olmaması"),
  d(9, "Dövlət qulluqçusu hansı ödənişli fəaliyyətlə məşğul ola bilər?", "Elmi, pedaqoji və yaradıcılıq fəaliyyəti ilə", "Sahibkarlıq fəaliyyəti ilə", "Kommersiya təşkilatının idarə heyətində ödənişli vəzifə tutmaqla", "Başqa dövlət orqanında ikinci ştat vəzifəsi tutmaqla"),
  d(10, "Aşağıdakılardan hansı dövlət qulluqçusuna qadağandır?", "Sahibkarlıq fəaliyyəti ilə məşğul olmaq", "Elmi məqalə dərc etdirmək", "Ali təhsil müəssisəsində dərs demək", "İxtisasartırma kurslarında iştirak etmək"),
  d(11, "Aşağıdakılardan hansı dövlət qulluqçusuna tətbiq edilən intizam tənbehidir?", "Töhmət", "Fəxri fərman", "Pul mükafatı", "Təşəkkür"),
  d(12, "Aşağıdakılardan hansı dövlət qulluqçusunun həvəsləndirilməsi tədbiridir?", "Fəxri fərmanla təltif edilmə", "Töhmət", "Şiddətli töhmət", "Aşağı vəzifəyə keçirilmə"),
  d(13, "Müsabiqəyə müraciətdə bilərəkdən yalan məlumat verən namizəd barəsində hansı tədbir görülür?", "Müsabiqədən kənarlaşdırılır", "Ona xəbərdarlıq edilir və müsabiqə davam edir", "Müsahibədə ona əlavə bal verilir", "Heç bir tədbir görülmür"),
  d(14, "“Onlayn sınaq test imtahanlarının keçirilməsi” elektron xidməti inzibati vəzifələrin hansı təsnifatları üzrə vakant vəzifələr üçün nəzərdə tutulub?", "Beşinci–yeddinci təsnifatlar", "Birinci–üçüncü təsnifatlar", "Yalnız birinci təsnifat", "Yalnız siyasi vəzifələr"),
  d(15, "“Dövlət orqanlarında dövlət qulluğuna müsabiqə vasitəsilə qəbul Qaydaları” hansı normativ aktla təsdiq edilmişdir?", "Azərbaycan Respublikası Prezidentinin Fərmanı ilə", "Milli Məclisin qərarı ilə", "Nazirlər Kabinetinin sərəncamı ilə", "Konstitusiya Məhkəməsinin qərarı ilə"),
  d(16, "Hansı şəxs dövlət qulluğuna qəbul edilə bilməz?", "Barəsində tibbi xarakterli məcburi tədbirlərin tətbiqi haqqında məhkəmənin qanuni qüvvəyə minmiş qərarı olan şəxs", "Doktorantura təhsili olan şəxs", "Əvvəllər bələdiyyədə işləmiş şəxs", "İki xarici dil bilən şəxs"),
  d(17, "Dövlət qulluqçusu vəzifə səlahiyyətlərindən siyasi partiyaların mənafeyi üçün istifadə edə bilərmi?", "Xeyr, edə bilməz", "Bəli, rəhbərin razılığı ilə", "Bəli, yalnız seçki dövründə", "Bəli, həmin partiyanın üzvüdürsə"),

  // --- Dövlət qulluqçularının etik davranış qaydaları ------------------------------------
  e(1, "“Dövlət qulluqçularının etik davranış qaydaları haqqında” Azərbaycan Respublikasının Qanunu hansı ildə qəbul edilmişdir?", "2007", "2000", "1995", "2015"),
  e(2, "Maraqlar toqquşması nədir?", "Dövlət qulluqçusunun şəxsi marağının onun vəzifə borclarını qərəzsiz və obyektiv icra etməsinə təsir göstərdiyi və ya göstərə biləcəyi vəziyyət", "İki dövlət orqanı arasında səlahiyyət mübahisəsi", "Vətəndaşın dövlət orqanına şikayət etməsi", "İşçilər arasında iş üsulları barədə fikir ayrılığı"),
  e(3, "Dövlət qulluqçusu maraqlar toqquşmasının yarana biləcəyini bildikdə nə etməlidir?", "Bu barədə bilavasitə rəhbərinə məlumat verməli və maraqlar toqquşmasına yol verməmək üçün tədbir görməlidir", "Heç kimə bildirmədən işi davam etdirməlidir", "Yalnız işdən çıxdıqdan sonra bu barədə bildirməlidir", "Məsələni şəxsi marağına uyğun həll etməlidir"),
  e(4, "Qərəzsizlik tələbinə görə dövlət qulluqçusu necə davranmalıdır?", "Heç bir şəxsə irqi, milli, dini mənsubiyyətinə, cinsinə, siyasi əqidəsinə və ya digər əlamətlərinə görə üstünlük verməməlidir", "Tanıdığı şəxslərin müraciətlərinə növbədənkənar baxmalıdır", "Rəhbərinin tanıdığı şəxslərin müraciətlərinə üstünlük verməlidir", "Müraciətlərə ərizəçinin sosial vəziyyətinə görə baxmalıdır"),
  e(5, "Dövlət qulluqçusunun hədiyyə qəbul etməsi ilə bağlı hansı müddəa doğrudur?", "Vəzifə borclarının icrasına təsir göstərə biləcək hədiyyəni tələb edə və ya qəbul edə bilməz", "İstənilən dəyərdə hədiyyə qəbul edə bilər", "Hədiyyəni iş vaxtından sonra qəbul etmək şərtilə qəbul edə bilər", "Xidmət göstərdiyi vətəndaşlardan hədiyyə tələb etmək hüququna malikdir"),
  e(6, "Dövlət qulluqçusu qulluq zamanı əldə etdiyi məlumatlardan necə istifadə etməlidir?", "Yalnız qanunla müəyyən edilmiş qaydada, vəzifə borclarının icrası üçün, şəxsi məqsədlərə yönəltmədən", "Şəxsi məqsədlər üçün sərbəst istifadə edə bilər", "Maraqlanan istənilən şəxsə ötürə bilər", "Sosial şəbəkələrdə yaya bilər"),
  e(7, "Dövlət əmlakından istifadə ilə bağlı hansı müddəa doğrudur?", "Dövlət qulluqçusu dövlət əmlakından yalnız qulluq məqsədləri üçün, səmərəli və qənaətlə istifadə etməlidir", "Şəxsi işləri üçün məhdudiyyətsiz istifadə edə bilər", "Qohumlarına istifadəyə verə bilər", "İş vaxtından sonra şəxsi məqsədlə istifadə edə bilər"),
  e(8, "Etik davranış qaydalarını pozan dövlət qulluqçusu hansı məsuliyyətə cəlb edilir?", "Qanunvericiliklə müəyyən edilmiş məsuliyyətə, o cümlədən intizam məsuliyyətinə", "Heç bir məsuliyyətə cəlb edilmir", "Yalnız həmkarlarının qınağına məruz qalır", "Yalnız növbəti məzuniyyətdən məhrum edilir"),
  e(9, "Dövlət qulluqçusu vətəndaşlarla münasibətdə necə davranmalıdır?", "Nəzakətli, hörmətcil və diqqətli olmalı, onların hüquqlarına və qanuni mənafelərinə hörmət etməlidir", "Yalnız yazılı müraciətlərə cavab verməli, şifahi suallara cavab verməməlidir", "Vətəndaşın sosial vəziyyətinə görə fərqli münasibət göstərməlidir", "Vətəndaşlarla ünsiyyətdən çəkinməlidir"),
  e(10, "Peşəkarlıq tələbi dövlət qulluqçusundan nəyi tələb edir?", "Vəzifə borclarını səriştəli və vicdanla icra etməyi, peşə biliklərini daim artırmağı", "Yalnız rəhbərin şifahi göstərişlərini yerinə yetirməyi", "İş vaxtını şəxsi işlərə sərf etməyi", "Başqa qulluqçuların işini onların əvəzinə görməyi"),
  e(11, "Dövlət qulluqçusunun davranışı nəyə xidmət etməlidir?", "Dövlət orqanına ictimai etimadın möhkəmlənməsinə", "Şəxsi populyarlığının artmasına", "Rəhbərinin şəxsi maraqlarına", "Hər hansı siyasi partiyanın təbliğinə"),
  e(12, "Dövlət qulluqçusu rəsmi səlahiyyətlərindən hansı məqsədlə istifadə edə bilər?", "Yalnız qanunla müəyyən edilmiş vəzifə borclarının icrası üçün", "Qohumlarının işə düzəlməsi üçün", "Şəxsi biznesinin inkişafı üçün", "Tanışlarının məsələlərini növbədənkənar həll etmək üçün"),
  e(13, "Dövlət qulluqçusuna vəzifə borcunu yerinə yetirmək müqabilində qanunsuz maddi nemət təklif edildikdə o nə etməlidir?", "Təklifdən imtina etməli və bu barədə qanunla müəyyən edilmiş qaydada rəhbərinə və ya səlahiyyətli orqana məlumat verməlidir", "Təklifi qəbul edib işi tez görməlidir", "Təklifi qəbul edib rəhbəri ilə bölüşməlidir", "Heç bir tədbir görməməlidir"),

  // --- Məntiq --------------------------------------------------------------------------
  m(1, "Ardıcıllığı davam etdirin: 2, 4, 8, 16, …", "32", "24", "18", "30"),
  m(2, "Ardıcıllığı davam etdirin: 3, 6, 11, 18, 27, …", "38", "36", "35", "40"),
  m(3, "“Bütün dövlət qulluqçuları Azərbaycan Respublikasının vətəndaşlarıdır. Orxan dövlət qulluqçusudur.” Bu mülahizələrdən hansı nəticə mütləq çıxır?", "Orxan Azərbaycan Respublikasının vətəndaşıdır", "Azərbaycan Respublikasının bütün vətəndaşları dövlət qulluqçusudur", "Orxan dövlət qulluqçusu deyil", "Orxan Azərbaycan Respublikasının vətəndaşı deyil"),
  m(4, "“Bütün tələbələr imtahandan keçdi” mülahizəsinin inkarı hansıdır?", "Ən azı bir tələbə imtahandan keçmədi", "Heç bir tələbə imtahandan keçmədi", "Bütün tələbələr imtahandan kəsildi", "Bəzi tələbələr imtahandan keçdi"),
  m(5, "“Yağış yağırsa, yol yaş olur” mülahizəsi doğrudur. Yol yaş deyil. Hansı nəticə doğrudur?", "Yağış yağmır", "Yağış yağır", "Sabah yağış yağacaq", "Heç bir nəticə çıxarmaq olmaz"),
  m(6, "Qatar saatda 60 km sürətlə 2,5 saat hərəkət etmişdir. O, neçə kilometr yol qət etmişdir?", "150 km", "120 km", "145 km", "160 km"),
  m(7, "250-nin 20%-i neçədir?", "50", "25", "40", "125"),
  m(8, "Hansı söz digərləri ilə eyni qrupa aid deyil: alma, armud, kartof, gilas?", "kartof", "alma", "armud", "gilas"),
  m(9, "Ata oğlundan 4 dəfə böyükdür. 20 ildən sonra ata oğlundan 2 dəfə böyük olacaq. Oğul indi neçə yaşındadır?", "10", "5", "15", "20"),
  m(10, "Saat 03:00-da saat və dəqiqə əqrəbləri arasındakı kiçik bucaq neçə dərəcədir?", "90°", "45°", "60°", "120°"),
  m(11, "5 işçi bir işi 12 günə görür. Eyni məhsuldarlıqla işləyən 10 işçi həmin işi neçə günə görər?", "6", "24", "10", "8"),
  m(12, "Uyğunluğu tapın: kitab — oxumaq, qələm — …", "yazmaq", "kağız", "dəftər", "silmək"),
  m(13, "Bu gün çərşənbədirsə, 10 gündən sonra həftənin hansı günü olacaq?", "Şənbə", "Cümə", "Bazar", "Çərşənbə axşamı"),
  m(14, "Malın qiyməti əvvəlcə 10% artırıldı, sonra yeni qiymət 10% endirildi. Son qiymət ilkin qiymətlə müqayisədə necə dəyişdi?", "1% azaldı", "Dəyişmədi", "1% artdı", "2% azaldı"),

  // --- Kompüter biliyi -------------------------------------------------------------------
  c(1, "1 bayt neçə bitə bərabərdir?", "8", "2", "10", "16"),
  c(2, "1 kilobayt (KB) neçə bayta bərabərdir (ikilik say sistemində)?", "1024", "100", "512", "2048"),
  c(3, "Mətn redaktorunda Ctrl+C klaviş kombinasiyası hansı əməliyyatı yerinə yetirir?", "Seçilmiş fraqmenti mübadilə buferinə köçürür (kopyalayır)", "Seçilmiş fraqmenti silir", "Sənədi yadda saxlayır", "Sənədi çapa göndərir"),
  c(4, "Ctrl+V klaviş kombinasiyası hansı əməliyyatı yerinə yetirir?", "Mübadilə buferindəki məlumatı kursorun olduğu yerə yerləşdirir", "Sənədi bağlayır", "Son əməliyyatı ləğv edir", "Seçilmiş mətni qalın şriftlə yazır"),
  c(5, "Ctrl+Z klaviş kombinasiyası hansı əməliyyatı yerinə yetirir?", "Son əməliyyatı ləğv edir", "Sənədi yadda saxlayır", "Seçilmiş mətni kəsir", "Yeni sənəd açır"),
  c(6, "Aşağıdakılardan hansı daxiletmə qurğusudur?", "Klaviatura", "Monitor", "Printer", "Dinamik"),
  c(7, "Aşağıdakılardan hansı çıxış (xaricetmə) qurğusudur?", "Printer", "Klaviatura", "Siçan", "Skaner"),
  c(8, "Aşağıdakılardan hansı əməliyyat sistemidir?", "Windows", "Microsoft Word", "Google Chrome", "Microsoft Excel"),
  c(9, "Microsoft Excel-də düstur hansı simvolla başlayır?", "=", "#", "@", "$"),
  c(10, "Microsoft Excel-də A1:A10 xanalarındakı ədədlərin cəmini hansı düstur hesablayır?", "=SUM(A1:A10)", "=COUNT(A1:A10)", "=MAX(A1:A10)", "=AVERAGE(A1:A10)"),
  c(11, "“.docx” genişlənməli fayl adətən hansı proqramla açılır?", "Microsoft Word", "Microsoft Excel", "Microsoft PowerPoint", "Paint"),
  c(12, "Kompüter söndürüldükdə hansı yaddaşdakı məlumatlar itir?", "Operativ yaddaş (RAM)", "Sərt disk (HDD)", "USB fləş yaddaş", "SSD disk"),
  c(13, "Fişinq (phishing) nədir?", "Saxta e-poçt məktubları və ya saytlar vasitəsilə istifadəçinin parolunu və digər məxfi məlumatlarını ələ keçirmək cəhdi", "Kompüterin soyudulması üsulu", "Faylların arxivləşdirilməsi", "Şəbəkə kabelinin növü"),
  c(14, "Brauzerin ünvan sətrindəki “https” nəyi göstərir?", "Saytla əlaqənin şifrələnmiş (təhlükəsiz) protokolla qurulduğunu", "Saytın dövlət orqanına məxsus olduğunu", "Saytdan istifadənin pulsuz olduğunu", "Saytın yalnız mətndən ibarət olduğunu"),
  c(15, "Aşağıdakı parollardan hansı daha etibarlıdır?", "K7#mQ2!vLp9x", "123456", "parol", "qwerty"),
  c(16, "Kompüterin mərkəzi prosessoru (CPU) hansı funksiyanı yerinə yetirir?", "Proqramların əmrlərini icra edir və hesablamaları aparır", "Məlumatları kağıza çap edir", "Təsviri ekrana çıxarır", "Məlumatları kompüter söndürüldükdən sonra da saxlayır"),
];
