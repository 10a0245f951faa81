package id.aduanterbuka.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded corpus of complaint texts for checking that the redactor's output does
 * not change when only its speed does: the sentences of the labelled corpora shuffled together with
 * synthetic names, numbers, contacts, plates, addresses and dates in the shapes people write them,
 * some texts shouted in capitals or typed all in lower case. The same seed gives the same texts on
 * any JVM ({@link SplittableRandom}, no hash ordering).
 */
final class GoldenCorpus {
  private static final String[] FIRST = {
    "Budi",
    "Siti",
    "Agus",
    "Sri",
    "Dwi",
    "Eko",
    "Slamet",
    "Wahyu",
    "Rina",
    "Dewi",
    "Joko",
    "Bambang",
    "Yuli",
    "Endang",
    "Heru",
    "Tri",
    "Nur",
    "Ahmad",
    "Muhammad",
    "Fitri",
    "Ani",
    "Rizky",
    "Dimas",
    "Putri",
    "Ayu",
    "Bayu",
    "Arif",
    "Lina",
    "Hendra",
    "Indah",
    "Yusuf",
    "Retno",
    "Galih",
    "Anisa",
    "Teguh",
    "Sutarmi",
    "Tukiyem",
    "Paijo",
    "Kasih",
    "Bagus",
    "Umi",
    "Wiji",
    "Ojan",
    "Lie",
    "Mei",
    "Sobirin",
    "Gatot",
    "Harjo",
    "Suparmi",
    "Ngadiman"
  };
  private static final String[] LAST = {
    "Santoso", "Wibowo", "Susanto", "Rahayu", "Setiawan", "Hidayat", "Kurniawan", "Purnomo",
    "Saputra", "Wulandari", "Handayani", "Prasetyo", "Nugroho", "Lestari", "Utomo", "Suryani",
    "Hartono", "Sulistyowati", "Pratama", "Widodo", "Maryani", "Nuraini", "Firmansyah", "Kusuma",
    "Kulsum", "Astuti", "Riyadi", "Wicaksono", "Ling", "Sudirman"
  };
  private static final String[] HONORIFICS = {
    "Pak", "Bu", "Bapak", "Ibu", "Mas", "Mbak", "mbak", "pak", "bu", "Sdr.", "Bpk.", "Mbah", "Kang",
    "Dr.", "Hj.", "H.", "Alm.", "dik", "Om", "Cik"
  };
  private static final String[] CUED_INTROS = {
    "nama saya",
    "Nama saya",
    "saya",
    "Saya",
    "sy",
    "a.n.",
    "an.",
    "atas nama",
    "Pelapor:",
    "bernama",
    "ortu:",
    "anak saya",
    "tetangga saya",
    "oknum petugas bernama",
    "Kades",
    "ketua RT 03",
    "Lurah",
    "kepala sekolah",
    "ttd.",
    "kontak:",
    "cp",
    "pasien",
    "korban",
    "kula",
    "warga bernama",
    "Pak Camat",
    "bu bidan desa",
    "nama:",
    "Kepala Desa"
  };
  private static final String[] PLACES = {
    "Semarang",
    "Kota Semarang",
    "Kabupaten Boyolali",
    "Kecamatan Tembalang",
    "Kelurahan Sendangmulyo",
    "Desa Sumber",
    "Purwokerto",
    "Kudus",
    "Tegal",
    "Jawa Tengah",
    "Dusun Krajan",
    "Klaten",
    "RSUD Dr. Moewardi",
    "Puskesmas Ngaliyan",
    "SMP Negeri 5 Purwokerto",
    "Jalan Diponegoro",
    "Pasar Johar",
    "Terminal Terboyo",
    "Kantor Kecamatan Genuk",
    "PDAM Tirta Moedal",
    "Satpol PP",
    "Dinas PU Bina Marga",
    "Samsat Pati",
    "Bank Jateng",
    "MPP Kota Salatiga"
  };
  private static final String[] STREETS = {
    "Jl. Melati",
    "Jalan Kenanga",
    "jl mawar",
    "Jln. Pemuda",
    "Gg. Mangga",
    "Gang Kelinci",
    "Perum Griya Asri",
    "Komplek Permata",
    "JL. SLAMET RIYADI",
    "Jalan Ahmad Yani",
    "Dusun Krajan",
    "Perumahan Bukit Indah",
    "lorong Sawo",
    "Jl. Arteri Yos Sudarso"
  };
  private static final String[] MONTHS = {
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
    "jan",
    "Agt",
    "Des"
  };
  private static final String[] PLATE_PREFIXES = {"H", "K", "G", "AD", "AA", "B", "R", "BP", "AB"};
  private static final String[] EMAIL_DOMAINS = {
    "gmail.com", "yahoo.co.id", "example.com", "semarangkota.go.id", "jatengprov.go.id"
  };
  private static final String[] CLOSINGS = {
    "Hormat saya,\n",
    "Terima kasih.\n",
    "Salam, ",
    "Wassalam,\n",
    "Matur nuwun. ",
    "— ",
    "~ ",
    "Regards,\n",
    "Mohon dibantu. ",
    "ttd\n",
    "dari\n"
  };

  private final List<String> sentences;

  private GoldenCorpus(List<String> sentences) {
    this.sentences = sentences;
  }

  /** The sentences and lines of the development and held-out corpora. */
  static GoldenCorpus fromLabelledCorpora() {
    try {
      List<String> sentences = new ArrayList<>();
      for (String resource : List.of("/privacy/corpus.jsonl", "/privacy/holdout.jsonl")) {
        for (RedactorEvaluationTest.Item item : RedactorEvaluationTest.corpus(resource)) {
          for (String s : item.text().split("(?<=[.!?\\n])\\s*")) {
            if (!s.isBlank()) {
              sentences.add(s.strip());
            }
          }
        }
      }
      return new GoldenCorpus(sentences);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the development and held-out corpora, as they are. */
  static List<String> labelledTexts() {
    try {
      List<String> texts = new ArrayList<>();
      for (String resource : List.of("/privacy/corpus.jsonl", "/privacy/holdout.jsonl")) {
        for (RedactorEvaluationTest.Item item : RedactorEvaluationTest.corpus(resource)) {
          texts.add(item.text());
        }
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code count} texts of about 150–900 characters from {@code seed}. */
  List<String> texts(long seed, int count) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(text(rnd));
    }
    return texts;
  }

  private String text(SplittableRandom rnd) {
    StringBuilder out = new StringBuilder(600);
    int parts = 3 + rnd.nextInt(7);
    for (int p = 0; p < parts; p++) {
      if (p > 0) {
        out.append(rnd.nextInt(6) == 0 ? "\n" : " ");
      }
      if (rnd.nextInt(3) == 0) {
        out.append(pick(sentences, rnd));
      } else {
        synthetic(rnd, out);
      }
    }
    if (rnd.nextInt(3) == 0) {
      out.append(rnd.nextBoolean() ? "\n" : " ").append(pick(CLOSINGS, rnd)).append(name(rnd));
      if (rnd.nextInt(3) == 0) {
        out.append(' ').append(phone(rnd));
      }
    }
    String text = out.toString();
    return switch (rnd.nextInt(20)) {
      case 0 -> text.toUpperCase(Locale.ROOT);
      case 1, 2 -> text.toLowerCase(Locale.ROOT);
      default -> text;
    };
  }

  private void synthetic(SplittableRandom rnd, StringBuilder out) {
    switch (rnd.nextInt(22)) {
      case 0 ->
          out.append(pick(HONORIFICS, rnd)).append(' ').append(name(rnd)).append(" tidak hadir.");
      case 1 ->
          out.append(pick(CUED_INTROS, rnd))
              .append(rnd.nextBoolean() ? " " : ": ")
              .append(name(rnd))
              .append(rnd.nextBoolean() ? ", warga " : " dari ")
              .append(pick(PLACES, rnd))
              .append('.');
      case 2 -> out.append("NIK saya ").append(nik(rnd)).append(" belum aktif.");
      case 3 -> out.append("data ").append(nik(rnd)).append(" mohon dicek");
      case 4 ->
          out.append(rnd.nextBoolean() ? "Hubungi " : "WA ")
              .append(phone(rnd))
              .append(rnd.nextBoolean() ? "." : " ya");
      case 5 ->
          out.append("email ")
              .append(name(rnd).toLowerCase(Locale.ROOT).replace(' ', '.'))
              .append(rnd.nextInt(100))
              .append('@')
              .append(pick(EMAIL_DOMAINS, rnd))
              .append(rnd.nextBoolean() ? " atau @" : " IG @")
              .append(pick(LAST, rnd).toLowerCase(Locale.ROOT))
              .append(rnd.nextBoolean() ? "_jateng" : String.valueOf(rnd.nextInt(100)));
      case 6 ->
          out.append(rnd.nextBoolean() ? "akun facebook.com/" : "lihat https://www.instagram.com/")
              .append(pick(FIRST, rnd).toLowerCase(Locale.ROOT))
              .append(rnd.nextBoolean() ? ".official" : "." + rnd.nextInt(99))
              .append(rnd.nextInt(4) == 0 ? " itu akun palsu." : " ")
              .append(rnd.nextInt(4) == 0 ? "chat wa.me/62812" + digits(rnd, 8) : "");
      case 7 ->
          out.append(rnd.nextBoolean() ? "motor dengan nopol " : "mobil ")
              .append(plate(rnd, rnd.nextInt(4) == 0))
              .append(" parkir di trotoar.");
      case 8 ->
          out.append("Alamat ")
              .append(pick(STREETS, rnd))
              .append(rnd.nextBoolean() ? " No. " : " ")
              .append(1 + rnd.nextInt(200))
              .append(rnd.nextInt(4) == 0 ? "A" : "")
              .append(rnd.nextBoolean() ? " RT 0" + (1 + rnd.nextInt(9)) : "")
              .append(rnd.nextBoolean() ? "/RW 0" + (1 + rnd.nextInt(9)) : "")
              .append(", ")
              .append(pick(PLACES, rnd))
              .append('.');
      case 9 ->
          out.append("rumah di Blok ")
              .append((char) ('A' + rnd.nextInt(8)))
              .append(rnd.nextInt(9))
              .append(rnd.nextBoolean() ? " No. " : "/")
              .append(1 + rnd.nextInt(40))
              .append(" rt ")
              .append(rnd.nextInt(12))
              .append(" rw ")
              .append(rnd.nextInt(9));
      case 10 ->
          out.append(rnd.nextBoolean() ? "tgl lahir " : "lahir di Klaten ")
              .append(1 + rnd.nextInt(28))
              .append(
                  rnd.nextBoolean()
                      ? " " + pick(MONTHS, rnd) + " "
                      : "-0" + (1 + rnd.nextInt(9)) + "-")
              .append(1950 + rnd.nextInt(60))
              .append(rnd.nextBoolean() ? " tapi di KTP 12/08/1990." : ".");
      case 11 ->
          out.append("biaya Rp")
              .append(1 + rnd.nextInt(900))
              .append(".000 untuk ")
              .append(2 + rnd.nextInt(30))
              .append(rnd.nextBoolean() ? " hari" : " km")
              .append(", jam ")
              .append(rnd.nextInt(24))
              .append('.')
              .append(10 + rnd.nextInt(50))
              .append(" - 1")
              .append(rnd.nextInt(10))
              .append(".00 tanggal ")
              .append(1 + rnd.nextInt(28))
              .append("/0")
              .append(1 + rnd.nextInt(9))
              .append("/2024.");
      case 12 ->
          out.append(rnd.nextBoolean() ? "NIP " : "oknum NIP ")
              .append("19")
              .append(digits(rnd, 6))
              .append(rnd.nextBoolean() ? " " : "")
              .append(digits(rnd, 6))
              .append(rnd.nextBoolean() ? " 1 " : "1")
              .append(digits(rnd, 3))
              .append(" NPWP ")
              .append(digits(rnd, 2))
              .append('.')
              .append(digits(rnd, 3))
              .append('.')
              .append(digits(rnd, 3))
              .append('.')
              .append(digits(rnd, 1))
              .append('-')
              .append(digits(rnd, 3))
              .append(".000");
      case 13 ->
          out.append(rnd.nextBoolean() ? "no rek BRI " : "transfer ke ")
              .append(digits(rnd, 4))
              .append('-')
              .append(digits(rnd, 2))
              .append('-')
              .append(digits(rnd, 6))
              .append("-5 a.n. ")
              .append(name(rnd))
              .append(", kartu 4111 1111 1111 1111.");
      case 14 ->
          out.append(rnd.nextBoolean() ? "ID pelanggan PLN " : "no pelanggan PDAM ")
              .append(digits(rnd, 12))
              .append(
                  rnd.nextBoolean()
                      ? ", BPJS " + digits(rnd, 13)
                      : ", hp" + "0812" + digits(rnd, 8));
      case 15 ->
          out.append("No. registrasi ")
              .append(3300 + rnd.nextInt(99))
              .append("-LT-")
              .append(digits(rnd, 8))
              .append('-')
              .append(digits(rnd, 4))
              .append(", paspor ")
              .append((char) ('A' + rnd.nextInt(26)))
              .append(digits(rnd, 7))
              .append(", SK Nomor 12/")
              .append(digits(rnd, 3))
              .append("/2023.");
      case 16 ->
          out.append(name(rnd))
              .append(", ")
              .append(pick(FIRST, rnd))
              .append(rnd.nextBoolean() ? ", dan " : " & ")
              .append(pick(HONORIFICS, rnd))
              .append(' ')
              .append(pick(FIRST, rnd))
              .append(" datang ke ")
              .append(pick(PLACES, rnd))
              .append('.');
      case 17 ->
          out.append("Lampu PJU di ")
              .append(pick(PLACES, rnd))
              .append(" mati ")
              .append(2 + rnd.nextInt(12))
              .append(" hari, hubungi call center 112 atau 1500 117.");
      case 18 ->
          out.append("Saya ")
              .append(name(rnd))
              .append(", warga RT ")
              .append(String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(12)))
              .append("/RW 0")
              .append(1 + rnd.nextInt(9))
              .append(' ')
              .append(pick(PLACES, rnd))
              .append(", WA ")
              .append(phone(rnd))
              .append('.');
      case 19 ->
          out.append("Kondisi jalan di ")
              .append(pick(PLACES, rnd))
              .append(" rusak parah, lubang sedalam ")
              .append(10 + 5 * rnd.nextInt(9))
              .append(" cm. Sudah ")
              .append(2 + rnd.nextInt(10))
              .append(" bulan tidak diperbaiki.");
      case 20 ->
          out.append("Petugas ")
              .append(pick(PLACES, rnd))
              .append(' ')
              .append(pick(FIRST, rnd))
              .append(' ')
              .append(pick(LAST, rnd))
              .append(" meminta uang ")
              .append(rnd.nextInt(500))
              .append(" ribu.");
      default ->
          out.append(pick(FIRST, rnd).toLowerCase(Locale.ROOT))
              .append(' ')
              .append(rnd.nextBoolean() ? "" : pick(LAST, rnd))
              .append(" bilang ke saya kemarin di ")
              .append(pick(PLACES, rnd))
              .append('.');
    }
  }

  private static String name(SplittableRandom rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> pick(FIRST, rnd);
      case 1 -> pick(FIRST, rnd) + " " + pick(LAST, rnd) + " " + pick(LAST, rnd);
      default -> pick(FIRST, rnd) + " " + pick(LAST, rnd);
    };
  }

  private static String nik(SplittableRandom rnd) {
    String nik =
        (11 + rnd.nextInt(84))
            + digits(rnd, 4)
            + String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(71))
            + String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(12))
            + digits(rnd, 2)
            + String.format(Locale.ROOT, "%04d", rnd.nextInt(10000));
    return rnd.nextInt(4) == 0
        ? nik.substring(0, 4)
            + " "
            + nik.substring(4, 8)
            + " "
            + nik.substring(8, 12)
            + " "
            + nik.substring(12)
        : nik;
  }

  private static String phone(SplittableRandom rnd) {
    return switch (rnd.nextInt(6)) {
      case 0 -> "0812-" + digits(rnd, 4) + "-" + digits(rnd, 4);
      case 1 -> "+62 8" + digits(rnd, 2) + " " + digits(rnd, 4) + " " + digits(rnd, 4);
      case 2 -> "(024) " + digits(rnd, 7);
      case 3 -> "0274-" + digits(rnd, 6);
      case 4 -> "08" + digits(rnd, 9 + rnd.nextInt(3));
      default -> "0857." + digits(rnd, 4) + "." + digits(rnd, 4);
    };
  }

  private static String plate(SplittableRandom rnd, boolean lower) {
    String plate =
        pick(PLATE_PREFIXES, rnd)
            + (rnd.nextBoolean() ? " " : "")
            + (1 + rnd.nextInt(9999))
            + (rnd.nextBoolean() ? " " : "")
            + (char) ('A' + rnd.nextInt(26))
            + (rnd.nextBoolean() ? String.valueOf((char) ('A' + rnd.nextInt(26))) : "");
    return lower ? plate.toLowerCase(Locale.ROOT) : plate;
  }

  private static String digits(SplittableRandom rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  private static String pick(String[] options, SplittableRandom rnd) {
    return options[rnd.nextInt(options.length)];
  }

  private static String pick(List<String> options, SplittableRandom rnd) {
    return options.get(rnd.nextInt(options.size()));
  }

  /** Everything {@link Redactor#redact} returns, on one line, in a fixed order. */
  static String serialise(Redaction r) {
    StringBuilder sb = new StringBuilder();
    escape(r.redactedText(), sb);
    sb.append('\t').append(r.version()).append('\t');
    for (PiiEntity e : r.entities()) {
      sb.append(e.type()).append(':').append(e.start()).append('-').append(e.end());
      sb.append(':').append(e.rule()).append(';');
    }
    sb.append('\t');
    for (String risk : r.residualRisks()) {
      escape(risk, sb);
      sb.append(';');
    }
    return sb.toString();
  }

  private static void escape(String s, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case ';' -> sb.append("\\;");
        default -> sb.append(c);
      }
    }
  }

  /** The first 12 hex digits of the SHA-256 of {@code serialised}. */
  static String hash(String serialised) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(serialised.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
