package id.aduanterbuka.persistence.seed;

import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.agency.ChannelType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo agencies: provincial OPDs of Jawa Tengah, vertical offices that sit in its MPPs, and a
 * handful of city and regency bodies. Names are the bodies' real names; the official channels are
 * ILLUSTRATIVE DEMO DATA — handles, numbers and addresses are generated to look plausible and must
 * not be read as the agencies' actual accounts.
 */
final class Agencies {

  /**
   * One agency. {@code speed} scales how long it takes to answer (1 = typical, above 1 = slower);
   * {@code handle} seeds its social-media names and {@code domain} its website and e-mail.
   */
  record AgencyDef(
      String code,
      String name,
      String shortName,
      AgencyKind kind,
      String parentCode,
      String regionCode,
      double speed,
      String handle,
      String domain) {

    /** Share of routed complaints the agency never answers; slow agencies ignore more. */
    double ignoreRate() {
      return Math.min(0.25, 0.065 * speed);
    }
  }

  /** An official channel row. */
  record ChannelDef(
      ChannelType type, String handle, String url, boolean verifiedActive, LocalDate verifiedOn) {}

  // code | name | short name | kind | parent | region | speed | handle | web domain
  private static final String TABLE =
      """
      SETDA-33 | Sekretariat Daerah Provinsi Jawa Tengah | Setda Jateng | SECRETARIAT | - | 33 | 1.3 | humasjateng | jatengprov.go.id
      DPUBMCK-33 | Dinas Pekerjaan Umum Bina Marga dan Cipta Karya Provinsi Jawa Tengah | DPU Bina Marga Cipta Karya Jateng | DINAS | - | 33 | 2.4 | dpubmckjateng | dpubinmarcipka.jatengprov.go.id
      DINKES-33 | Dinas Kesehatan Provinsi Jawa Tengah | Dinkes Jateng | DINAS | - | 33 | 0.9 | dinkesjateng | dinkesjatengprov.go.id
      DISDIKBUD-33 | Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah | Disdikbud Jateng | DINAS | - | 33 | 1.1 | disdikbudjateng | pdkjateng.go.id
      DISHUB-33 | Dinas Perhubungan Provinsi Jawa Tengah | Dishub Jateng | DINAS | - | 33 | 1.2 | dishubjateng | dishub.jatengprov.go.id
      DINSOS-33 | Dinas Sosial Provinsi Jawa Tengah | Dinsos Jateng | DINAS | - | 33 | 1.8 | dinsosjateng | dinsos.jatengprov.go.id
      DLHK-33 | Dinas Lingkungan Hidup dan Kehutanan Provinsi Jawa Tengah | DLHK Jateng | DINAS | - | 33 | 1.0 | dlhkjateng | dlhk.jatengprov.go.id
      DISPERMADESDUKCAPIL-33 | Dinas Pemberdayaan Masyarakat, Desa, Kependudukan dan Pencatatan Sipil Provinsi Jawa Tengah | Dispermadesdukcapil Jateng | DINAS | - | 33 | 0.8 | dispermadesdukcapiljateng | dispermadesdukcapil.jatengprov.go.id
      BAPENDA-33 | Badan Pendapatan Daerah Provinsi Jawa Tengah | Bapenda Jateng | BADAN | - | 33 | 0.6 | bapendajateng | bapenda.jatengprov.go.id
      BPBD-33 | Badan Penanggulangan Bencana Daerah Provinsi Jawa Tengah | BPBD Jateng | BADAN | - | 33 | 0.5 | bpbdjateng | bpbd.jatengprov.go.id
      SATPOLPP-33 | Satuan Polisi Pamong Praja Provinsi Jawa Tengah | Satpol PP Jateng | SATPOL_PP | - | 33 | 1.0 | satpolppjateng | satpolpp.jatengprov.go.id
      INSPEKTORAT-33 | Inspektorat Provinsi Jawa Tengah | Inspektorat Jateng | INSPECTORATE | - | 33 | 1.6 | inspektoratjateng | inspektorat.jatengprov.go.id
      DPMPTSP-33 | Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Tengah | DPMPTSP Jateng | DINAS | - | 33 | 0.7 | dpmptspjateng | dpmptsp.jatengprov.go.id
      DISNAKERTRANS-33 | Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah | Disnakertrans Jateng | DINAS | - | 33 | 1.4 | disnakertransjateng | disnakertrans.jatengprov.go.id
      DISKOMINFO-33 | Dinas Komunikasi dan Informatika Provinsi Jawa Tengah | Diskominfo Jateng | DINAS | - | 33 | 0.5 | diskominfojateng | diskominfo.jatengprov.go.id
      DISPERAKIM-33 | Dinas Perumahan Rakyat dan Kawasan Permukiman Provinsi Jawa Tengah | Disperakim Jateng | DINAS | - | 33 | 2.8 | disperakimjateng | disperakim.jatengprov.go.id
      BAPPEDA-33 | Badan Perencanaan Pembangunan Daerah Provinsi Jawa Tengah | Bappeda Jateng | BADAN | - | 33 | 2.0 | bappedajateng | bappeda.jatengprov.go.id
      RSUD-MOEWARDI | RSUD Dr. Moewardi Provinsi Jawa Tengah | RSUD Dr. Moewardi | RSUD | - | 33.72 | 0.7 | rsudmoewardi | rsmoewardi.com
      BANK-JATENG | PT Bank Pembangunan Daerah Jawa Tengah | Bank Jateng | BUMD | - | 33 | 0.35 | bankjateng | bankjateng.co.id
      POLDA-33 | Kepolisian Daerah Jawa Tengah | Polda Jateng | VERTICAL_OFFICE | - | 33 | 1.2 | poldajateng | jateng.polri.go.id
      KANIM-3374 | Kantor Imigrasi Kelas I TPI Semarang | Imigrasi Semarang | VERTICAL_OFFICE | - | 33.74 | 0.8 | imigrasisemarang | semarang.imigrasi.go.id
      KANIM-3372 | Kantor Imigrasi Kelas I Non TPI Surakarta | Imigrasi Surakarta | VERTICAL_OFFICE | - | 33.72 | 0.8 | imigrasisurakarta | surakarta.imigrasi.go.id
      DJP-JATENG2 | Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah II | Kanwil DJP Jateng II | VERTICAL_OFFICE | - | 33.72 | 0.9 | pajakjateng2 | pajak.go.id
      BPJSKES-3374 | BPJS Kesehatan Kantor Cabang Semarang | BPJS Kesehatan Semarang | VERTICAL_OFFICE | - | 33.74 | 1.5 | bpjskessemarang | bpjs-kesehatan.go.id
      BPN-3302 | Kantor Pertanahan Kabupaten Banyumas | BPN Banyumas | VERTICAL_OFFICE | - | 33.02 | 2.0 | bpnbanyumas | atrbpn.go.id
      DISDUKCAPIL-3302 | Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas | Disdukcapil Banyumas | DINAS | - | 33.02 | 0.7 | dukcapilbanyumas | disdukcapil.banyumaskab.go.id
      DISDUKCAPIL-3310 | Dinas Kependudukan dan Pencatatan Sipil Kabupaten Klaten | Disdukcapil Klaten | DINAS | - | 33.10 | 0.9 | dukcapilklaten | disdukcapil.klatenkab.go.id
      DISDUKCAPIL-3314 | Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sragen | Disdukcapil Sragen | DINAS | - | 33.14 | 0.8 | dukcapilsragen | disdukcapil.sragenkab.go.id
      DISDUKCAPIL-3319 | Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kudus | Disdukcapil Kudus | DINAS | - | 33.19 | 0.6 | dukcapilkudus | disdukcapil.kuduskab.go.id
      DISDUKCAPIL-3325 | Dinas Kependudukan dan Pencatatan Sipil Kabupaten Batang | Disdukcapil Batang | DINAS | - | 33.25 | 1.0 | dukcapilbatang | disdukcapil.batangkab.go.id
      DISDUKCAPIL-3372 | Dinas Kependudukan dan Pencatatan Sipil Kota Surakarta | Dispendukcapil Surakarta | DINAS | - | 33.72 | 0.5 | dispendukcapilsolo | dispendukcapil.surakarta.go.id
      DISDUKCAPIL-3374 | Dinas Kependudukan dan Pencatatan Sipil Kota Semarang | Disdukcapil Kota Semarang | DINAS | - | 33.74 | 0.7 | dukcapilkotasemarang | disdukcapil.semarangkota.go.id
      DISDUKCAPIL-3376 | Dinas Kependudukan dan Pencatatan Sipil Kota Tegal | Disdukcapil Kota Tegal | DINAS | - | 33.76 | 0.9 | dukcapilkotategal | disdukcapil.tegalkota.go.id
      DPMPTSP-3302 | Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Banyumas | DPMPTSP Banyumas | DINAS | - | 33.02 | 0.8 | dpmptspbanyumas | dpmptsp.banyumaskab.go.id
      DPMPTSP-3372 | Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Surakarta | DPMPTSP Surakarta | DINAS | - | 33.72 | 0.6 | dpmptspsolo | dpmptsp.surakarta.go.id
      PDAM-3372 | Perusahaan Umum Daerah Air Minum Toya Wening Kota Surakarta | PDAM Toya Wening | BUMD | - | 33.72 | 0.5 | pdamtoyawening | pdamsolo.co.id
      SETDA-3374 | Sekretariat Daerah Kota Semarang | Setda Kota Semarang | SECRETARIAT | - | 33.74 | 1.2 | humaskotasemarang | semarangkota.go.id
      DINKES-3374 | Dinas Kesehatan Kota Semarang | Dinkes Kota Semarang | DINAS | - | 33.74 | 0.7 | dinkeskotasemarang | dinkes.semarangkota.go.id
      DPU-3374 | Dinas Pekerjaan Umum Kota Semarang | DPU Kota Semarang | DINAS | - | 33.74 | 1.5 | dpukotasemarang | dpu.semarangkota.go.id
      DLH-3374 | Dinas Lingkungan Hidup Kota Semarang | DLH Kota Semarang | DINAS | - | 33.74 | 0.9 | dlhkotasemarang | dlh.semarangkota.go.id
      PDAM-3374 | Perusahaan Umum Daerah Air Minum Tirta Moedal Kota Semarang | PDAM Tirta Moedal | BUMD | - | 33.74 | 0.45 | pdamtirtamoedal | pdamkotasmg.co.id
      KEC-337410 | Kantor Kecamatan Tembalang | Kecamatan Tembalang | DISTRICT_OFFICE | SETDA-3374 | 33.74.10 | 1.1 | kec.tembalang | kectembalang.semarangkota.go.id
      KEC-337413 | Kantor Kecamatan Semarang Barat | Kecamatan Semarang Barat | DISTRICT_OFFICE | SETDA-3374 | 33.74.13 | 1.7 | kec.semarangbarat | kecsemarangbarat.semarangkota.go.id
      """;

  private static final List<AgencyDef> ALL =
      TextTable.rows(TABLE, 9).stream()
          .map(
              r ->
                  new AgencyDef(
                      r[0],
                      r[1],
                      r[2],
                      AgencyKind.valueOf(r[3]),
                      TextTable.optional(r[4]),
                      r[5],
                      Double.parseDouble(r[6]),
                      r[7],
                      r[8]))
          .toList();

  private static final int MAX_CHANNELS = 6;

  // Social-media kinds an agency may run besides its main Instagram account.
  private static final ChannelType[] EXTRA_SOCIAL = {
    ChannelType.X, ChannelType.FACEBOOK, ChannelType.YOUTUBE, ChannelType.TIKTOK
  };

  private Agencies() {}

  /** Parents before children, so a single COPY satisfies the parent reference in any order. */
  static List<AgencyDef> all() {
    return ALL;
  }

  static AgencyDef byCode(String code) {
    for (AgencyDef a : ALL) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("no demo agency " + code);
  }

  static boolean exists(String code) {
    for (AgencyDef a : ALL) {
      if (a.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two to six channels per agency, fixed per agency code (independent of the seed). About one in
   * six accounts is found inactive, so channel coverage figures stay below 100%.
   */
  static List<ChannelDef> channels(AgencyDef a) {
    SplittableRandom rnd = new SplittableRandom(a.code().hashCode());
    List<ChannelDef> out = new ArrayList<>();
    out.add(verified(rnd, ChannelType.WEBSITE, a.domain(), "https://" + a.domain(), 0.97));
    out.add(verified(rnd, ChannelType.PHONE, officeNumber(a, rnd), null, 0.95));
    String shortCode = callCentre(a.code());
    if (shortCode != null) {
      out.add(verified(rnd, ChannelType.CALL_CENTRE, shortCode, null, 1.0));
    }
    boolean small =
        a.kind() == AgencyKind.VERTICAL_OFFICE || a.kind() == AgencyKind.DISTRICT_OFFICE;
    if (small && rnd.nextDouble() < 0.5) {
      return out;
    }
    String h = a.handle();
    out.add(social(rnd, ChannelType.INSTAGRAM, h, "https://www.instagram.com/" + h + "/"));
    if (!small) {
      int extras = rnd.nextInt(4);
      int start = rnd.nextInt(EXTRA_SOCIAL.length);
      for (int i = 0; i < extras - 1 && out.size() < MAX_CHANNELS - 1; i++) {
        ChannelType t = EXTRA_SOCIAL[(start + i) % EXTRA_SOCIAL.length];
        out.add(social(rnd, t, h, profileUrl(t, h)));
      }
      if (extras > 0) {
        out.add(verified(rnd, ChannelType.EMAIL, "info@" + a.domain(), null, 0.9));
      }
    }
    return out;
  }

  /** National short codes for the few bodies that run one. */
  private static String callCentre(String code) {
    return switch (code) {
      case "BANK-JATENG" -> "14066";
      case "BPJSKES-3374" -> "165";
      case "DJP-JATENG2" -> "1500200";
      case "BPBD-33" -> "112";
      case "POLDA-33" -> "110";
      default -> null;
    };
  }

  private static String profileUrl(ChannelType t, String h) {
    return switch (t) {
      case X -> "https://x.com/" + h;
      case FACEBOOK -> "https://www.facebook.com/" + h;
      case YOUTUBE -> "https://www.youtube.com/@" + h;
      case TIKTOK -> "https://www.tiktok.com/@" + h;
      default -> throw new IllegalArgumentException(t.toString());
    };
  }

  private static ChannelDef social(SplittableRandom rnd, ChannelType t, String h, String url) {
    return verified(rnd, t, "@" + h, url, 0.82);
  }

  private static ChannelDef verified(
      SplittableRandom rnd, ChannelType t, String handle, String url, double pActive) {
    boolean active = rnd.nextDouble() < pActive;
    LocalDate checked = LocalDate.of(2025, 1, 6).plusDays(rnd.nextInt(240));
    // An account found dead is often recorded with the day it was checked, sometimes not at all.
    LocalDate on = active || rnd.nextBoolean() ? checked : null;
    return new ChannelDef(t, handle, url, active, on);
  }

  /** A landline in the agency's area code, e.g. 024-8xxxxxx for Semarang. */
  private static String officeNumber(AgencyDef a, SplittableRandom rnd) {
    String regency = a.regionCode().length() >= 5 ? a.regionCode().substring(0, 5) : "33";
    String area =
        switch (regency) {
          case "33.72", "33.14", "33.13" -> "0271";
          case "33.02", "33.03" -> "0281";
          case "33.10" -> "0272";
          case "33.19" -> "0291";
          case "33.25" -> "0285";
          case "33.76" -> "0283";
          default -> "024";
        };
    int digits = area.equals("024") ? 7 : 6;
    StringBuilder sb = new StringBuilder(area).append('-').append(3 + rnd.nextInt(6));
    for (int i = 1; i < digits; i++) {
      sb.append(rnd.nextInt(10));
    }
    return sb.toString();
  }
}
