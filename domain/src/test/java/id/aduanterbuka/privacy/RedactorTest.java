package id.aduanterbuka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One behaviour per case; the labelled corpus in {@link RedactorEvaluationTest} measures the rest.
 */
class RedactorTest {
  private static final Redactor REDACTOR = new Redactor();

  private static String redact(String text) {
    return REDACTOR.redact(text).redactedText();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NIK with cue | NIK saya 3374014506750002 mohon dicek | NIK saya [NIK] mohon dicek",
        "bare NIK | data 3302154101900003 belum masuk | data [NIK] belum masuk",
        "NIK with spaces | no KK 3374 0145 0675 0002. | no KK [NIK].",
        "NIP | NIP 197506052000031002 | NIP [NIP]",
        "NIP grouped | oknum dengan NIP 19750605 200003 1 002 | oknum dengan NIP [NIP]",
        "NPWP old | NPWP 01.234.567.8-123.000 | NPWP [NPWP]",
        "mobile | hubungi 0812-3456-7890 ya | hubungi [TELEPON] ya",
        "mobile dots | wa 0812.3456.7890 | wa [TELEPON]",
        "plus 62 | +62 812 3456 7890 | [TELEPON]",
        "landline brackets | telp (0231) 880123 | telp [TELEPON]",
        "landline dash | kantor 0274-556677 | kantor [TELEPON]",
        "foreign | anak saya di Malaysia +60 12-345 6789 | anak saya di Malaysia [TELEPON]",
        "wa.me | chat wa.me/6281234567890 | chat [TELEPON]",
        "email | email budi.santoso88@gmail.com | email [EMAIL]",
        "handle | akun @budi_santoso88 | akun [AKUN]",
        "profile | facebook.com/sri.wahyuni.77 | [AKUN]",
        "account | rek BRI 0123-01-012345-53-6 | rek BRI [REKENING]",
        "card | kartu kredit 4539 1488 0343 6467 terdebet | kartu kredit [KARTU] terdebet",
        "plate | motor K 5521 TA hilang | motor [NOPOL] hilang",
        "plate no spaces | mobil B1234KJR | mobil [NOPOL]",
        "plate short | truk L 77 ABC | truk [NOPOL]",
        "street + number | rumah di Jl. Melati No. 12 kebanjiran | rumah di [ALAMAT] kebanjiran",
        "number + RT/RW | tinggal No. 4 RT 03/RW 05 | tinggal [ALAMAT]",
        "RT RW alone | warga rt 3 rw 5 | warga [ALAMAT]",
        "block | Blok C3 No. 7 | [ALAMAT]",
        "birth date | lahir 3 Juni 1975 | lahir [TANGGAL-LAHIR]",
        "PLN customer | ID pelanggan PLN 512345678901 | ID pelanggan PLN [ID-PELANGGAN]",
        "PDAM customer | no pelanggan PDAM 01-23-456789 | no pelanggan PDAM [ID-PELANGGAN]",
        "passport | paspor C1234567 | paspor [NOMOR-ID]",
      })
  void redactsIdentifiers(String name, String text, String expected) {
    assertEquals(expected, redact(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "honorific | Pak Slamet Riyadi minta uang | Pak [NAMA] minta uang",
        "lower-case honorific | tolong mas bayu dibantu | tolong mas [NAMA] dibantu",
        "self-introduction | Saya Rahmat, warga Banyumas | Saya [NAMA], warga Banyumas",
        "nama saya | nama saya Dwi Astuti dari Kudus | nama saya [NAMA] dari Kudus",
        "a.n. | transfer a.n. Budi Santoso | transfer a.n. [NAMA]",
        "role | Kades Suparman minta uang | Kades [NAMA] minta uang",
        "title between | Pak Camat Suharto tidak hadir | Pak Camat [NAMA] tidak hadir",
        "signature dash | Mohon ditindaklanjuti. — Sutarmi | Mohon ditindaklanjuti. — [NAMA]",
        "signature salam | terima kasih. salam, mas bayu | terima kasih. salam, mas [NAMA]",
      })
  void redactsNames(String name, String text, String expected) {
    assertEquals(expected, redact(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Antrean di RSUD Dr. Moewardi sangat lama",
        "Pendaftaran SMP Negeri 5 Purwokerto kacau",
        "Jalan Pemuda dan Jl. Ahmad Yani rusak parah",
        "saya dari Kudus, warga Kecamatan Tembalang",
        "Bapak Gubernur dan Ibu Wali Kota mohon perhatian",
        "dimintai Rp 350.000 untuk KTP-el di Dispendukcapil",
        "bantuan BLT, KIS, KIP dan JKN belum cair sejak 3 Juni 2024",
        "laporan ADU-2024-0001234 belum dijawab @humasjateng",
        "lubang 40 cm di km 12 sejak 2 minggu pukul 09.00",
        "sesuai SK No. 45/2023 dan Perda 12/2019",
        "hubungi call center 112 atau 1500 117",
      })
  void keepsWhatThePublicNeeds(String text) {
    Redaction redaction = REDACTOR.redact(text);
    assertEquals(text, redaction.redactedText(), () -> "entities: " + redaction.entities());
  }

  @Test
  void entitiesPointIntoTheOriginalAndNameTheirRule() {
    String text = "Saya Rahmat, NIK 3301234501900002, WA 0857-1234-5678";
    Redaction r = REDACTOR.redact(text);

    assertEquals("Saya [NAMA], NIK [NIK], WA [TELEPON]", r.redactedText());
    assertEquals(3, r.entities().size());
    PiiEntity nik = r.entities().get(1);
    assertEquals(PiiType.NIK, nik.type());
    assertEquals("3301234501900002", text.substring(nik.start(), nik.end()));
    assertTrue(nik.rule().startsWith("number"));
    assertEquals(Redactor.VERSION, r.version());
  }

  @Test
  void anUnexplainedCapitalisedPairIsAResidualRisk() {
    Redaction r =
        REDACTOR.redact("Kemarin petugas menemui keluarga Wirokusumo Tjondrokusumo di sana.");

    assertTrue(r.hasResidualRisk(), r.residualRisks().toString());
  }

  @Test
  void anOrdinaryComplaintHasNoResidualRisk() {
    Redaction r = REDACTOR.redact("Jalan di depan Puskesmas Ngaliyan berlubang sejak dua minggu.");

    assertFalse(r.hasResidualRisk(), r.residualRisks().toString());
  }

  @Test
  void emptyTextStaysEmpty() {
    assertEquals("", redact(""));
    assertEquals("", redact(null));
  }
}
