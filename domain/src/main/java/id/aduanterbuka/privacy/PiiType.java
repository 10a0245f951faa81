package id.aduanterbuka.privacy;

/** The kinds of personal data the redactor removes, each with the placeholder it leaves. */
public enum PiiType {
  /** A person's name (reporter, neighbour, official, signer). */
  NAMA("[NAMA]"),
  /** NIK or Kartu Keluarga number (16 digits). */
  NIK("[NIK]"),
  /** Civil-servant number (18 digits). */
  NIP("[NIP]"),
  /** Taxpayer number (15 or 16 digits). */
  NPWP("[NPWP]"),
  /** Other identity numbers: NUPTK, BPJS card, passport, NISN, any long number after an ID cue. */
  NOMOR_ID("[NOMOR-ID]"),
  /** Phone and WhatsApp numbers, Indonesian or foreign, mobile or landline. */
  TELEPON("[TELEPON]"),
  EMAIL("[EMAIL]"),
  /** Personal social-media handles and profile links. */
  AKUN("[AKUN]"),
  /** Bank account numbers. */
  REKENING("[REKENING]"),
  /** Payment-card numbers (Luhn-valid). */
  KARTU("[KARTU]"),
  /** Vehicle registration plates. */
  NOPOL("[NOPOL]"),
  /** Home addresses: street + house number, block/number, RT/RW. */
  ALAMAT("[ALAMAT]"),
  /** Birth dates. */
  TANGGAL_LAHIR("[TANGGAL-LAHIR]"),
  /** Customer/subscriber numbers (PDAM, PLN, Indihome…). */
  ID_PELANGGAN("[ID-PELANGGAN]");

  private final String placeholder;

  PiiType(String placeholder) {
    this.placeholder = placeholder;
  }

  public String placeholder() {
    return placeholder;
  }
}
