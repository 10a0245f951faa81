package id.aduanterbuka.persistence.seed;

import id.aduanterbuka.category.ReportType;
import java.util.List;

/**
 * The demo report categories, roughly those a provincial complaint desk such as LaporGub! sees,
 * with how each is routed and how long it typically takes to fix.
 */
final class Categories {

  /** When in the year reports of a category come in. */
  enum Season {
    ALL_YEAR,
    /** The wet monsoon, November to March: floods, tidal floods, potholes. */
    RAINY,
    /** New-student admissions in June and July. */
    SCHOOL_INTAKE;

    double factor(int month) {
      return switch (this) {
        case ALL_YEAR -> 1;
        case RAINY -> month >= 11 || month <= 3 ? 2.2 : month >= 6 && month <= 9 ? 0.35 : 1;
        case SCHOOL_INTAKE -> month == 6 || month == 7 ? 5 : month == 5 || month == 8 ? 1.5 : 0.5;
      };
    }
  }

  /**
   * One category. {@code primary} is the default agency; {@code localPrefixes} name city or regency
   * agencies ({@code DISDUKCAPIL-} + regency digits, {@code KEC-} + district digits) that take
   * reports from their own area; {@code localShare} is the share of reports that come from areas
   * having such an agency; {@code alternatives} receive re-routed or co-routed reports.
   */
  record CategoryDef(
      String code,
      String nameId,
      String nameEn,
      ReportType type,
      boolean requiresOversight,
      String primary,
      List<String> alternatives,
      List<String> localPrefixes,
      double localShare,
      double weight,
      double resolveDays,
      Season season) {

    int slaWorkingDays() {
      return type.defaultSlaWorkingDays(requiresOversight);
    }
  }

  // code | name (id) | name (en) | type | oversight | default agency | alternatives |
  // local agency prefixes | local share | weight | typical days to resolve | season
  private static final String TABLE =
      """
      jalan-rusak | Jalan rusak | Damaged roads | COMPLAINT | no | DPUBMCK-33 | DISHUB-33 | DPU- | 0.2 | 13 | 21 | RAINY
      penerangan-jalan | Penerangan jalan umum | Street lighting | COMPLAINT | no | DISHUB-33 | DPUBMCK-33 | DPU- | 0.2 | 3 | 10 | ALL_YEAR
      angkutan-umum | Lalu lintas dan angkutan umum | Traffic and public transport | COMPLAINT | no | DISHUB-33 | POLDA-33 | - | 0 | 3 | 12 | ALL_YEAR
      administrasi-kependudukan | Administrasi kependudukan | Civil registration (ID cards, family cards, certificates) | COMPLAINT | no | DISPERMADESDUKCAPIL-33 | - | DISDUKCAPIL-; KEC- | 0.45 | 9 | 4 | ALL_YEAR
      layanan-kesehatan | Layanan kesehatan dan puskesmas | Health services and community clinics | COMPLAINT | no | DINKES-33 | RSUD-MOEWARDI | DINKES- | 0.25 | 6 | 6 | ALL_YEAR
      pelayanan-rumah-sakit | Pelayanan rumah sakit | Hospital services | COMPLAINT | no | RSUD-MOEWARDI | DINKES-33 | - | 0 | 4 | 5 | ALL_YEAR
      bpjs-kesehatan | BPJS Kesehatan dan JKN | National health insurance (BPJS Kesehatan) | COMPLAINT | no | BPJSKES-3374 | DINKES-33 | - | 0 | 5 | 7 | ALL_YEAR
      pendidikan-ppdb | Penerimaan peserta didik baru (PPDB) | School admissions (PPDB) | COMPLAINT | no | DISDIKBUD-33 | - | - | 0 | 5 | 5 | SCHOOL_INTAKE
      pungutan-sekolah | Pungutan dan biaya sekolah | School fees and levies | COMPLAINT | no | DISDIKBUD-33 | INSPEKTORAT-33 | - | 0 | 3 | 10 | SCHOOL_INTAKE
      bansos | Bantuan sosial | Social assistance | COMPLAINT | no | DINSOS-33 | DISPERMADESDUKCAPIL-33 | - | 0 | 7 | 14 | ALL_YEAR
      banjir | Banjir dan rob | Floods and tidal flooding | COMPLAINT | no | BPBD-33 | DPUBMCK-33 | - | 0 | 4 | 10 | RAINY
      sampah | Sampah dan kebersihan | Waste and cleanliness | COMPLAINT | no | DLHK-33 | - | DLH-; KEC- | 0.5 | 5 | 5 | ALL_YEAR
      pencemaran-lingkungan | Pencemaran lingkungan | Pollution | COMPLAINT | no | DLHK-33 | SATPOLPP-33 | DLH- | 0.2 | 2 | 25 | ALL_YEAR
      air-bersih-pdam | Air bersih dan PDAM | Water supply (PDAM) | COMPLAINT | no | DISPERAKIM-33 | - | PDAM- | 0.7 | 5 | 4 | ALL_YEAR
      perizinan | Perizinan dan investasi | Permits and investment | COMPLAINT | no | DPMPTSP-33 | - | DPMPTSP- | 0.3 | 3 | 8 | ALL_YEAR
      pajak-kendaraan | Pajak kendaraan dan Samsat | Vehicle tax and Samsat | COMPLAINT | no | BAPENDA-33 | POLDA-33 | - | 0 | 4 | 4 | ALL_YEAR
      ketenagakerjaan | Ketenagakerjaan | Labour and employment | COMPLAINT | no | DISNAKERTRANS-33 | - | - | 0 | 3 | 14 | ALL_YEAR
      ketertiban-umum | Ketertiban umum | Public order | COMPLAINT | no | SATPOLPP-33 | - | KEC- | 0.15 | 3 | 6 | ALL_YEAR
      pungli | Pungutan liar | Illegal levies | COMPLAINT | yes | INSPEKTORAT-33 | SATPOLPP-33 | - | 0 | 2 | 30 | ALL_YEAR
      penyalahgunaan-wewenang | Penyalahgunaan wewenang dan maladministrasi | Abuse of authority and maladministration | COMPLAINT | yes | INSPEKTORAT-33 | SETDA-33 | - | 0 | 1 | 35 | ALL_YEAR
      rumah-tidak-layak-huni | Rumah tidak layak huni | Substandard housing | COMPLAINT | no | DISPERAKIM-33 | DINSOS-33 | - | 0 | 2 | 40 | ALL_YEAR
      layanan-bank-jateng | Layanan Bank Jateng | Bank Jateng services | COMPLAINT | no | BANK-JATENG | - | - | 0 | 1.5 | 3 | ALL_YEAR
      kepegawaian-asn | Kepegawaian dan perilaku ASN | Civil servants' conduct | COMPLAINT | no | SETDA-33 | INSPEKTORAT-33 | - | 0 | 1.5 | 12 | ALL_YEAR
      permintaan-informasi | Permintaan informasi publik | Public information request | INFORMATION_REQUEST | no | DISKOMINFO-33 | SETDA-33 | - | 0 | 3 | 3 | ALL_YEAR
      aspirasi-pembangunan | Aspirasi pembangunan | Development aspirations | ASPIRATION | no | BAPPEDA-33 | DPUBMCK-33 | - | 0 | 3 | 10 | ALL_YEAR
      aspirasi-layanan-publik | Saran perbaikan layanan publik | Suggestions on public services | ASPIRATION | no | SETDA-33 | DISKOMINFO-33 | - | 0 | 2 | 7 | ALL_YEAR
      """;

  private static final List<CategoryDef> ALL =
      TextTable.rows(TABLE, 12).stream()
          .map(
              r ->
                  new CategoryDef(
                      r[0],
                      r[1],
                      r[2],
                      ReportType.valueOf(r[3]),
                      r[4].equals("yes"),
                      r[5],
                      TextTable.list(r[6]),
                      TextTable.list(r[7]),
                      Double.parseDouble(r[8]),
                      Double.parseDouble(r[9]),
                      Double.parseDouble(r[10]),
                      Season.valueOf(r[11])))
          .toList();

  private Categories() {}

  static List<CategoryDef> all() {
    return ALL;
  }
}
