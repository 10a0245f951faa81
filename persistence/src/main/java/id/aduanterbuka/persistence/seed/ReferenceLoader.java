package id.aduanterbuka.persistence.seed;

import id.aduanterbuka.persistence.seed.Agencies.AgencyDef;
import id.aduanterbuka.persistence.seed.Agencies.ChannelDef;
import id.aduanterbuka.persistence.seed.Categories.CategoryDef;
import id.aduanterbuka.persistence.seed.MppCatalogue.MppDef;
import id.aduanterbuka.persistence.seed.MppCatalogue.ServiceDef;
import id.aduanterbuka.persistence.seed.Regions.RegionDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.copy.CopyManager;

/** Writes the reference data of a fresh database: regions, agencies, categories and MPPs. */
final class ReferenceLoader {
  static final String PHASE = "reference data";
  private static final int TABLES = 11;

  /** How many rows of each kind were inserted. */
  record Counts(int regions, int agencies, int categories, int mpps, int services) {
    static final Counts NONE = new Counts(0, 0, 0, 0, 0);
  }

  private final Connection connection;
  private final CopyManager copy;
  private final ProgressListener progress;
  private final Map<String, Long> agencyIds = new HashMap<>();
  private int tablesDone;

  ReferenceLoader(Connection connection, CopyManager copy, ProgressListener progress) {
    this.connection = connection;
    this.copy = copy;
    this.progress = progress;
  }

  Counts load(Regions regions) throws SQLException {
    progress.onProgress(PHASE, 0, TABLES);
    CopyBuffer regionRows = new CopyBuffer("region", "code", "name", "kind", "parent_code");
    for (RegionDef r : regions.all()) {
      regionRows.value(r.code()).value(r.name()).value(r.kind().name()).value(r.parentCode());
      regionRows.endRow();
    }
    flush(regionRows);

    List<AgencyDef> agencies = Agencies.all();
    long agencyId = DemoDataGenerator.maxId(connection, "agency");
    for (AgencyDef a : agencies) {
      agencyIds.put(a.code(), ++agencyId);
    }
    CopyBuffer agencyRows =
        new CopyBuffer(
            "agency", "id", "code", "name", "short_name", "kind", "parent_id", "region_code");
    CopyBuffer channelRows =
        new CopyBuffer(
            "agency_channel",
            "agency_id",
            "channel_type",
            "handle",
            "url",
            "verified_active",
            "verified_on");
    for (AgencyDef a : agencies) {
      long id = agencyIds.get(a.code());
      agencyRows.value(id).value(a.code()).value(a.name()).value(a.shortName());
      agencyRows.value(a.kind().name());
      if (a.parentCode() == null) {
        agencyRows.nullValue();
      } else {
        agencyRows.value(agencyIds.get(a.parentCode()));
      }
      agencyRows.value(a.regionCode()).endRow();
      for (ChannelDef ch : Agencies.channels(a)) {
        channelRows.value(id).value(ch.type().name()).value(ch.handle()).value(ch.url());
        channelRows.value(ch.verifiedActive()).date(ch.verifiedOn()).endRow();
      }
    }
    flush(agencyRows);
    flush(channelRows);

    List<CategoryDef> categories = Categories.all();
    CopyBuffer categoryRows =
        new CopyBuffer(
            "category",
            "id",
            "code",
            "name_id",
            "name_en",
            "report_type",
            "requires_oversight",
            "sla_working_days",
            "default_agency_id");
    long categoryId = DemoDataGenerator.maxId(connection, "category");
    for (CategoryDef cat : categories) {
      categoryRows.value(++categoryId).value(cat.code()).value(cat.nameId()).value(cat.nameEn());
      categoryRows.value(cat.type().name()).value(cat.requiresOversight());
      categoryRows.value(cat.slaWorkingDays()).value(agencyIds.get(cat.primary())).endRow();
    }
    flush(categoryRows);

    List<ServiceDef> services = MppCatalogue.services();
    Map<String, Long> mppIds = writeMpps(services);
    writeServices(services, mppIds);
    return new Counts(
        regions.all().size(), agencies.size(), categories.size(), mppIds.size(), services.size());
  }

  private Map<String, Long> writeMpps(List<ServiceDef> services) throws SQLException {
    CopyBuffer mppRows =
        new CopyBuffer("mpp", "id", "code", "name", "regency_code", "address", "opened_on");
    CopyBuffer hourRows =
        new CopyBuffer("mpp_opening_hours", "mpp_id", "day_of_week", "opens", "closes");
    CopyBuffer tenantRows = new CopyBuffer("mpp_tenant", "mpp_id", "agency_id");
    Map<String, Long> mppIds = new HashMap<>();
    long mppId = DemoDataGenerator.maxId(connection, "mpp");
    for (MppDef m : MppCatalogue.mpps()) {
      mppIds.put(m.code(), ++mppId);
      mppRows.value(mppId).value(m.code()).value(m.name()).value(m.regencyCode());
      mppRows.value(m.address()).date(m.openedOn()).endRow();
      // Civil-service hours: Monday-Thursday to 15:00, Friday prayers cut Friday short.
      for (int day = 1; day <= 4; day++) {
        hours(hourRows, mppId, day, LocalTime.of(8, 0), LocalTime.of(15, 0));
      }
      hours(hourRows, mppId, 5, LocalTime.of(8, 0), LocalTime.of(11, 0));
      if (m.opensSaturday()) {
        hours(hourRows, mppId, 6, LocalTime.of(8, 0), LocalTime.of(12, 0));
      }
      for (String agency : MppCatalogue.tenants(m.code(), services)) {
        tenantRows.value(mppId).value(agencyIds.get(agency)).endRow();
      }
    }
    flush(mppRows);
    flush(hourRows);
    flush(tenantRows);
    return mppIds;
  }

  private void writeServices(List<ServiceDef> services, Map<String, Long> mppIds)
      throws SQLException {
    CopyBuffer serviceRows =
        new CopyBuffer(
            "mpp_service",
            "id",
            "code",
            "name",
            "agency_id",
            "duration_amount",
            "duration_unit",
            "fee_rupiah",
            "output",
            "legal_basis",
            "online_url");
    CopyBuffer offeringRows = new CopyBuffer("mpp_service_offering", "service_id", "mpp_id");
    CopyBuffer requirementRows =
        new CopyBuffer("mpp_service_requirement", "service_id", "position", "requirement");
    CopyBuffer stepRows = new CopyBuffer("mpp_service_step", "service_id", "position", "step");
    long serviceId = DemoDataGenerator.maxId(connection, "mpp_service");
    for (ServiceDef s : services) {
      serviceId++;
      serviceRows
          .value(serviceId)
          .value(s.code())
          .value(s.name())
          .value(agencyIds.get(s.agencyCode()));
      serviceRows.value(s.durationAmount()).value(s.durationUnit().name()).value(s.feeRupiah());
      serviceRows.value(s.output()).value(s.legalBasis()).value(s.onlineUrl()).endRow();
      for (String mpp : s.mppCodes()) {
        offeringRows.value(serviceId).value(mppIds.get(mpp)).endRow();
      }
      for (int i = 0; i < s.requirements().size(); i++) {
        requirementRows.value(serviceId).value(i).value(s.requirements().get(i)).endRow();
      }
      for (int i = 0; i < s.steps().size(); i++) {
        stepRows.value(serviceId).value(i).value(s.steps().get(i)).endRow();
      }
    }
    flush(serviceRows);
    flush(offeringRows);
    flush(requirementRows);
    flush(stepRows);
  }

  private static void hours(
      CopyBuffer out, long mppId, int day, LocalTime opens, LocalTime closes) {
    out.value(mppId).value(day).value(opens.toString()).value(closes.toString()).endRow();
  }

  private void flush(CopyBuffer rows) throws SQLException {
    rows.flush(copy);
    progress.onProgress(PHASE, ++tablesDone, TABLES);
  }
}
