package id.aduanterbuka.persistence.seed;

import id.aduanterbuka.mpp.DurationUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ten Mal Pelayanan Publik in Jawa Tengah and which tenant offers which service where. The MPPs
 * exist; their street addresses and opening dates are approximations for the demo.
 */
final class MppCatalogue {

  record MppDef(
      String code,
      String name,
      String regencyCode,
      String address,
      LocalDate openedOn,
      boolean opensSaturday) {}

  record ServiceDef(
      String code,
      String name,
      String agencyCode,
      List<String> requirements,
      List<String> steps,
      int durationAmount,
      DurationUnit durationUnit,
      long feeRupiah,
      String output,
      String legalBasis,
      String onlineUrl,
      List<String> mppCodes) {

    ServiceDef {
      if (requirements.size() < 2 || requirements.size() > 5) {
        throw new IllegalStateException(code + ": needs 2-5 requirements");
      }
      if (steps.size() < 2 || steps.size() > 5) {
        throw new IllegalStateException(code + ": needs 2-5 steps");
      }
      if (code.length() > 48) {
        throw new IllegalStateException(code + ": service codes have at most 48 characters");
      }
    }
  }

  // regency | place | street address | opened on | open on Saturday
  private static final String MPP_TABLE =
      """
      33.02 | Kabupaten Banyumas | Jl. Jenderal Soedirman, Purwokerto | 2019-10-21 | yes
      33.03 | Kabupaten Purbalingga | Jl. Jenderal Sudirman, Purbalingga | 2021-03-15 | no
      33.10 | Kabupaten Klaten | Jl. Pemuda, Klaten | 2022-12-12 | no
      33.12 | Kabupaten Wonogiri | Jl. Jenderal Sudirman, Wonogiri | 2021-11-08 | no
      33.13 | Kabupaten Karanganyar | Jl. Lawu, Karanganyar | 2020-02-17 | no
      33.14 | Kabupaten Sragen | Jl. Raya Sukowati, Sragen | 2021-08-23 | yes
      33.19 | Kabupaten Kudus | Jl. Jenderal Sudirman, Kudus | 2020-11-16 | no
      33.25 | Kabupaten Batang | Jl. Jenderal Sudirman, Batang | 2018-12-10 | no
      33.72 | Kota Surakarta | Jl. Jenderal Sudirman, Surakarta | 2023-02-20 | yes
      33.76 | Kota Tegal | Jl. Ki Gede Sebayu, Tegal | 2019-12-09 | no
      """;

  private static final List<MppDef> MPPS =
      TextTable.rows(MPP_TABLE, 5).stream()
          .map(
              r ->
                  new MppDef(
                      "MPP-" + r[0].replace(".", ""),
                      "Mal Pelayanan Publik " + r[1],
                      r[0],
                      r[2],
                      LocalDate.parse(r[3]),
                      r[4].equals("yes")))
          .toList();

  private static final List<String> SOLO_RAYA =
      List.of("MPP-3310", "MPP-3312", "MPP-3313", "MPP-3314", "MPP-3372");

  private MppCatalogue() {}

  static List<MppDef> mpps() {
    return MPPS;
  }

  /** Every service with the MPPs that offer it, in a fixed order. */
  static List<ServiceDef> services() {
    List<String> all = MPPS.stream().map(MppDef::code).toList();
    List<ServiceDef> out = new ArrayList<>();
    for (String d : List.of("3302", "3310", "3314", "3319", "3325", "3372", "3376")) {
      add(out, "DISDUKCAPIL-" + d, MppServiceTemplates.DUKCAPIL, List.of("MPP-" + d));
    }
    add(out, "DPMPTSP-3302", MppServiceTemplates.DPMPTSP_REGENCY, List.of("MPP-3302"));
    add(out, "DPMPTSP-3372", MppServiceTemplates.DPMPTSP_REGENCY, List.of("MPP-3372"));
    add(out, "DPMPTSP-33", MppServiceTemplates.DPMPTSP_PROVINCE, all);
    add(out, "BAPENDA-33", MppServiceTemplates.SAMSAT, all);
    add(out, "POLDA-33", MppServiceTemplates.POLRI, all);
    add(
        out,
        "KANIM-3374",
        MppServiceTemplates.IMIGRASI,
        List.of("MPP-3319", "MPP-3325", "MPP-3376"));
    add(out, "KANIM-3372", MppServiceTemplates.IMIGRASI, SOLO_RAYA);
    add(out, "DJP-JATENG2", MppServiceTemplates.DJP, SOLO_RAYA);
    add(out, "BPJSKES-3374", MppServiceTemplates.BPJS, all);
    add(out, "BANK-JATENG", MppServiceTemplates.BANK, all);
    add(out, "BPN-3302", MppServiceTemplates.BPN, List.of("MPP-3302"));
    add(out, "DISDIKBUD-33", MppServiceTemplates.DISDIKBUD, all);
    add(out, "RSUD-MOEWARDI", MppServiceTemplates.RSUD, List.of("MPP-3372", "MPP-3313"));
    add(out, "DISNAKERTRANS-33", MppServiceTemplates.DISNAKER, all);
    add(out, "PDAM-3372", MppServiceTemplates.PDAM, List.of("MPP-3372"));
    return List.copyOf(out);
  }

  /** The agencies with a desk at {@code mppCode}, in first-service order. */
  static Set<String> tenants(String mppCode, List<ServiceDef> services) {
    Set<String> out = new LinkedHashSet<>();
    for (ServiceDef s : services) {
      if (s.mppCodes().contains(mppCode)) {
        out.add(s.agencyCode());
      }
    }
    return out;
  }

  private static void add(
      List<ServiceDef> out, String agency, String templates, List<String> mpps) {
    String prefix = agency.toLowerCase(Locale.ROOT);
    for (String[] r : TextTable.rows(templates, 9)) {
      String[] duration = r[2].split(" ");
      out.add(
          new ServiceDef(
              prefix + "-" + r[0],
              r[1],
              agency,
              TextTable.list(r[7]),
              TextTable.list(r[8]),
              Integer.parseInt(duration[0]),
              DurationUnit.valueOf(duration[1]),
              Long.parseLong(r[3]),
              r[4],
              r[5],
              TextTable.optional(r[6]),
              mpps));
    }
  }
}
