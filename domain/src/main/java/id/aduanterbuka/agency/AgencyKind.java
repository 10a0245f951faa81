package id.aduanterbuka.agency;

/** What sort of body an agency is; see docs/glossary.md for each Indonesian term. */
public enum AgencyKind {
  /** Sekretariat daerah and its bureaus (biro / bagian). */
  SECRETARIAT,
  /** Dinas: an executing department (health, education, public works…). */
  DINAS,
  /** Badan: an agency for planning, finance, disaster management, staffing… */
  BADAN,
  /** Inspektorat: the internal auditor. */
  INSPECTORATE,
  /** Satuan Polisi Pamong Praja: the civil-service police enforcing regional regulations. */
  SATPOL_PP,
  /** Rumah Sakit Umum Daerah: a regional public hospital. */
  RSUD,
  /** Badan Usaha Milik Daerah: a regionally owned enterprise, e.g. PDAM (water), Bank Jateng. */
  BUMD,
  /** Kecamatan office, headed by a camat. */
  DISTRICT_OFFICE,
  /** Kelurahan or desa office, headed by a lurah or kepala desa. */
  VILLAGE_OFFICE,
  /** A vertical (central-government) office present in the region, e.g. BPN, Samsat police. */
  VERTICAL_OFFICE
}
