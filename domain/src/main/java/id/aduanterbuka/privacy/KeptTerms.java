package id.aduanterbuka.privacy;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What the public needs to understand a complaint and that looks like a name: the proper names of
 * facilities, roads, regions and institutions ("RSUD Dr. Moewardi", "SMP Negeri 5 Purwokerto",
 * "Jalan Diponegoro", "Kelurahan Bandarharjo"). Marked before the name rules run so they are not
 * mistaken for people. Address rules still see them: "Jalan Melati No. 12" loses its number.
 */
final class KeptTerms {
  // A capitalised word that continues a facility name; never an honorific or pronoun, which start
  // a new phrase ("… MI Miftahul Huda. Pak Sobirin").
  private static final String CAPITALISED =
      "(?!(?:Pak|Bu|Bapak|Ibu|Mas|Mbak|Mbah|Sdr|Saya|Kami|Kula|Yth)\\b)\\p{Lu}[\\p{L}'’\\-]*";

  private static final String[] FACILITY_WORDS = {
    "RSUD",
    "RSUP",
    "RSJD",
    "RSJ",
    "RSIA",
    "RSI",
    "RSU",
    "RS",
    "Rumah\\s+Sakit",
    "Puskesmas",
    "Pustu",
    "Klinik",
    "Apotek",
    "Masjid",
    "Musala",
    "Mushola",
    "Gereja",
    "Klenteng",
    "Pura",
    "Vihara",
    "Pasar",
    "Terminal",
    "Stasiun",
    "Bandara",
    "Pelabuhan",
    "Universitas",
    "UIN",
    "IAIN",
    "Politeknik",
    "Institut",
    "Sekolah",
    "SDN",
    "SMPN",
    "SMAN",
    "SMKN",
    "SD",
    "SMP",
    "SMA",
    "SMK",
    "MI",
    "MTs",
    "MTsN",
    "MAN",
    "MA",
    "TK",
    "PAUD",
    "Pondok",
    "Ponpes",
    "Jalan",
    "Kelurahan",
    "Desa",
    "Dusun",
    "Dsn",
    "Dukuh",
    "Kampung",
    "Kecamatan",
    "Kabupaten",
    "Kota",
    "Provinsi",
    "Dinas",
    "Badan",
    "Biro",
    "Bagian",
    "Kantor",
    "Polsek",
    "Polres",
    "Polresta",
    "Polrestabes",
    "Polda",
    "Koramil",
    "Kodim",
    "PDAM",
    "Perumda",
    "PLN",
    "ULP",
    "UP3",
    "Bank",
    "Perum",
    "Perumahan",
    "Griya",
    "Hotel",
    "Toko",
    "Taman",
    "Lapangan",
    "Stadion",
    "GOR",
    "Gedung",
    "Balai",
    "Jembatan",
    "Kali",
    "Sungai",
    "Waduk",
    "Bendungan",
    "Embung",
    "Gang",
    "Mal",
    "Mall",
    "Plaza",
    "MPP",
    "Samsat",
    "Kejaksaan",
    "Pengadilan",
    "Lapas",
    "Rutan",
    "Alun-alun",
    "Simpang",
    "Bundaran",
    "Tol",
    "Ruang",
    "Bangsal",
    "Poli",
    "Unit",
    "Pos",
    "Posko",
    "Posyandu",
    "Yayasan",
    "Museum",
    "Candi",
    "Pantai",
    "Gunung",
    "Objek",
    "Wisata",
    "Kawasan",
    "Kompleks",
    "Komplek",
    "Perusahaan",
    "PT",
    "CV",
    "UD",
    "Koperasi",
    "BUMDes",
    "Paguyuban",
    "Komunitas",
    "Forum",
    "Kelompok"
  };
  // Abbreviations that take a dot: "Jl.", "Kec.".
  private static final String[] FACILITY_ABBREVIATIONS = {
    "Jl", "Jln", "JL", "Kel", "Ds", "Kec", "Kab", "Prov", "Univ", "Gg"
  };

  private static final Pattern FACILITY =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}])(?<!(?i:kepala|ketua|wakil)\\s)(?:(?:"
              + String.join("|", FACILITY_WORDS)
              + ")\\b|(?:"
              + String.join("|", FACILITY_ABBREVIATIONS)
              + ")\\.)"
              + "(?:\\s+(?:Negeri|Swasta|Umum|Daerah|Islam|Kristen|Katolik|Muhammadiyah|Raya|Dr\\.|dr\\.|"
              + "Ir\\.|Prof\\.|H\\.|KH\\.|Hj\\.|R\\.|RA\\.|K\\.R\\.M\\.T\\.|Kol\\.|Jend\\.|Letjen|\\d{1,3}|"
              + CAPITALISED
              + ")){1,5}");
  private static final StartWords FACILITY_STARTS =
      StartWords.firstWords(false, concat(FACILITY_WORDS, FACILITY_ABBREVIATIONS));

  // Agencies, programmes and brands: capitalised, never people.
  private static final String[] INSTITUTION_WORDS = {
    "Satpol\\s+PP",
    "Satpol",
    "Dishub",
    "Disdukcapil",
    "Dispendukcapil",
    "Dukcapil",
    "Dinkes",
    "Disdik",
    "Disdikbud",
    "Dinsos",
    "Disnaker",
    "Disnakertrans",
    "Disperkim",
    "Dispermades",
    "Bappeda",
    "Bapenda",
    "BPBD",
    "BPKAD",
    "BKD",
    "BKPSDMD",
    "BPN",
    "DPMPTSP",
    "DPUPR",
    "DPU",
    "PUPR",
    "DLH",
    "DKK",
    "Kemenag",
    "KUA",
    "Kominfo",
    "BP3MI",
    "BPJS(?:\\s+Kesehatan|\\s+Ketenagakerjaan)?",
    "Taspen",
    "Pertamina",
    "Telkom",
    "Indihome",
    "Pemprov",
    "Pemkot",
    "Pemkab",
    "Pemdes",
    "DPRD",
    "Inspektorat",
    "Ombudsman",
    "Polri",
    "TNI",
    "Jateng",
    "Jawa\\s+Tengah",
    "Indomaret",
    "Alfamart",
    "Honda",
    "Yamaha",
    "Suzuki",
    "Kawasaki",
    "Toyota",
    "Daihatsu",
    "Mitsubishi",
    "Vario",
    "Beat",
    "Scoopy",
    "Mio",
    "NMax",
    "Avanza",
    "Xenia",
    "Gojek",
    "Grab",
    "Shopee",
    "Tokopedia",
    "Dapodik",
    "SIMBG",
    "OSS",
    "PKH",
    "BLT",
    "KIP",
    "KIS",
    "JKN",
    "PIP",
    "PPDB",
    "BKSDA",
    "BPOM",
    "BNN",
    "KPU",
    "Bawaslu",
    "PJU",
    "TPA",
    "TPS",
    "TPST",
    "IGD",
    "ICU",
    "UGD",
    "SPBU",
    "PBB",
    "BPHTB",
    "NIB",
    "PBG",
    "IMB",
    "SIM",
    "STNK",
    "BPKB",
    "KTP",
    "KK",
    "SKTM",
    "Prakerja",
    "UNDIP",
    "UNNES",
    "UNS",
    "UMS",
    "UNSOED",
    "UIN"
  };
  private static final Pattern INSTITUTIONS =
      Pattern.compile("(?=\\p{Lu})\\b(?:" + String.join("|", INSTITUTION_WORDS) + ")\\b");
  private static final StartWords INSTITUTION_STARTS =
      StartWords.firstWords(false, INSTITUTION_WORDS);

  // Namesakes of hospitals and landmarks, rarely a private person's name. Common given names that
  // are also road names (Slamet Riyadi, Sudirman, Ahmad Yani) are kept only after "Jalan"/"Jl.".
  private static final String[] NAMESAKES = {
    "Moewardi",
    "Kariadi",
    "Soeradji(?:\\s+Tirtonegoro)?",
    "Tirtonegoro",
    "Margono\\s+Soekarjo",
    "Soeselo",
    "Tugurejo",
    "Diponegoro",
    "Pandanaran",
    "Pemuda",
    "Pahlawan",
    "Merdeka",
    "Veteran"
  };
  private static final Pattern PUBLIC_NAMES =
      Pattern.compile("(?i)\\b(?:Dr\\.\\s?)?(?:" + String.join("|", NAMESAKES) + ")\\b");
  private static final StartWords PUBLIC_NAME_STARTS =
      StartWords.firstWords(true, concat(new String[] {"Dr"}, NAMESAKES));

  private KeptTerms() {}

  static void mark(TextView view) {
    // Every pattern opens with a letter after a non-letter: only word starts are tried, and a
    // facility only where its name can follow ("Puskesmas Ngaliyan", not "puskesmas tutup").
    int[] facilities = Scan.filter(view.wordStarts(), view.text, FACILITY_STARTS);
    mark(view, FACILITY, nameFollows(view.text, facilities));
    mark(view, INSTITUTIONS, Scan.filter(view.wordStarts(), view.text, INSTITUTION_STARTS));
    mark(view, PUBLIC_NAMES, Scan.filter(view.wordStarts(), view.text, PUBLIC_NAME_STARTS));
  }

  private static void mark(TextView view, Pattern pattern, int[] starts) {
    Scan m = Scan.of(pattern, view.text, starts, StartWords.ANY);
    while (m.find()) {
      view.keep(m.start(), m.end());
    }
  }

  /**
   * The facility words of {@code starts} (maybe with a dot) followed by spaces and then what can
   * continue a facility's name: a capital, a number or "dr.". The two-word and hyphenated
   * facilities ("Rumah Sakit", "Alun-alun", "UP3") are always kept as candidates.
   */
  private static int[] nameFollows(String text, int[] starts) {
    int[] kept = new int[starts.length];
    int n = 0;
    for (int start : starts) {
      int end = start;
      while (end < text.length()
          && (text.charAt(end) | 0x20) >= 'a'
          && (text.charAt(end) | 0x20) <= 'z') {
        end++;
      }
      String word = text.substring(start, end);
      if (word.equals("Rumah") || word.equals("Alun") || word.equals("UP")) {
        kept[n++] = start;
        continue;
      }
      if (end < text.length() && text.charAt(end) == '.') {
        end++;
      }
      if (end >= text.length() || !Scan.isSpace(text.charAt(end))) {
        continue;
      }
      while (end < text.length() && Scan.isSpace(text.charAt(end))) {
        end++;
      }
      if (end < text.length()) {
        int c = text.codePointAt(end);
        if (Character.isUpperCase(c) || (c >= '0' && c <= '9') || c == 'd') {
          kept[n++] = start;
        }
      }
    }
    return Arrays.copyOf(kept, n);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
