package id.aduanterbuka.persistence.seed;

import id.aduanterbuka.category.ReportType;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.persistence.seed.Agencies.AgencyDef;
import id.aduanterbuka.persistence.seed.Categories.CategoryDef;
import id.aduanterbuka.persistence.seed.ComplaintTexts.CategoryTexts;
import id.aduanterbuka.persistence.seed.Regions.RegionDef;
import id.aduanterbuka.privacy.Publication;
import id.aduanterbuka.privacy.Redaction;
import id.aduanterbuka.privacy.Redactor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plays out complaints from receipt to closure and turns them into rows. Each complaint draws from
 * its own random stream derived from the seed and its id, so a complaint's content does not depend
 * on how the run is chunked and appended batches differ from earlier ones.
 */
final class ComplaintSimulator {
  static final String REFERENCE_PREFIX = "ADU";

  /** Complaint ids beyond this would need an eighth digit the reference format does not allow. */
  static final long MAX_COMPLAINT_ID = 9_999_999;

  private static final IntakeChannel[] CHANNELS = IntakeChannel.values();
  private static final double[] CHANNEL_CUMULATIVE =
      Weighted.cumulative(Arrays.stream(CHANNELS).mapToDouble(ComplaintSimulator::share).toArray());
  private static final Agency[] NO_AGENCIES = {};

  private static final double REJECTED_UNVERIFIED = 0.015;
  private static final double REJECTED_VERIFIED = 0.025;
  private static final double CO_ROUTED = 0.06;
  private static final double RE_ROUTED = 0.08;
  private static final double IN_PROGRESS_STEP = 0.55;
  private static final double CLOSED = 0.7;
  private static final double REOPENED = 0.035;
  private static final double NO_REGION = 0.03;

  /** LaporGub-like intake: web, WhatsApp and X carry most reports. */
  private static double share(IntakeChannel channel) {
    return switch (channel) {
      case WEB -> 24;
      case WHATSAPP -> 22;
      case X -> 16;
      case SMS, INSTAGRAM -> 7;
      case PHONE, FACEBOOK, WALK_IN, MOBILE_APP -> 5;
      case EMAIL -> 4;
    };
  }

  /** An agency as loaded, with its database id. */
  private record Agency(long id, AgencyDef def) {}

  /** A category with its database id, agencies and texts resolved. */
  private record Model(
      long id,
      CategoryDef def,
      CategoryTexts texts,
      Agency primary,
      Agency[] alternatives,
      Agency[][] localsByRegion,
      double[] localRegionCumulative) {}

  private final long seed;
  private final SimulationPeriod period = new SimulationPeriod();
  private final RegionDef[] regions;
  private final String[] places;
  private final double[] regionCumulative;
  private final Model[] categories;
  private final double[][] categoryCumulativeByMonth = new double[13][];
  private final Timeline timeline = new Timeline();
  private final StringBuilder body = new StringBuilder(512);
  private final StringBuilder original = new StringBuilder(640);
  // Stateless and thread-safe; one per simulator keeps the lexicon load out of the hot path.
  private final Redactor redactor = new Redactor();
  private long nextRoutingId;
  private long nextEventId;

  /**
   * @param agencyIds database ids of the demo agencies by code
   * @param categoryIds database ids of the demo categories by code
   */
  ComplaintSimulator(
      long seed,
      Regions regionList,
      Map<String, Long> agencyIds,
      Map<String, Long> categoryIds,
      long firstRoutingId,
      long firstEventId) {
    this.seed = seed;
    this.nextRoutingId = firstRoutingId;
    this.nextEventId = firstEventId;
    List<RegionDef> complaintRegions = regionList.complaintRegions();
    this.regions = complaintRegions.toArray(RegionDef[]::new);
    this.places =
        complaintRegions.stream().map(r -> r.displayName(regionList)).toArray(String[]::new);
    this.regionCumulative =
        Weighted.cumulative(complaintRegions.stream().mapToDouble(RegionDef::weight).toArray());
    List<CategoryDef> defs = Categories.all();
    Map<String, CategoryTexts> texts =
        ComplaintTexts.byCategory(defs.stream().map(CategoryDef::code).toList());
    this.categories = new Model[defs.size()];
    for (int i = 0; i < defs.size(); i++) {
      CategoryDef def = defs.get(i);
      categories[i] = model(def, texts.get(def.code()), agencyIds, categoryIds);
    }
    for (int month = 1; month <= 12; month++) {
      double[] w = new double[categories.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = categories[i].def().weight() * categories[i].def().season().factor(month);
      }
      categoryCumulativeByMonth[month] = Weighted.cumulative(w);
    }
  }

  /** Simulates complaints {@code firstId .. firstId + count - 1} into a new chunk of rows. */
  ComplaintChunk generate(long firstId, int count) {
    if (firstId + count - 1 > MAX_COMPLAINT_ID) {
      throw new IllegalStateException(
          "complaint ids above " + MAX_COMPLAINT_ID + " do not fit the reference format");
    }
    ComplaintChunk chunk = new ComplaintChunk();
    for (long id = firstId; id < firstId + count; id++) {
      simulate(id, chunk);
    }
    return chunk;
  }

  private void simulate(long id, ComplaintChunk out) {
    SplittableRandom rnd = new SplittableRandom(seed ^ id * 0x9E3779B97F4A7C15L);
    int day = period.sampleDay(rnd);
    long receivedAt = period.sampleTime(day, rnd);
    Model cat = categories[Weighted.pick(categoryCumulativeByMonth[period.month(day)], rnd)];
    int region = pickRegion(cat, rnd);
    IntakeChannel channel = CHANNELS[Weighted.pick(CHANNEL_CUMULATIVE, rnd)];
    String place = region < 0 ? "Jawa Tengah" : places[region];

    timeline.start(receivedAt);
    playOut(cat, region < 0 ? NO_AGENCIES : cat.localsByRegion()[region], rnd);
    ComplaintStatus status = timeline.status();

    body.setLength(0);
    ComplaintTexts.body(cat.texts(), place, rnd, body);
    String name = rnd.nextDouble() < 0.07 ? null : ComplaintTexts.reporterName(rnd);
    String contact =
        channel == IntakeChannel.EMAIL
            ? ComplaintTexts.email(name == null ? "warga" : name, rnd)
            : ComplaintTexts.mobileNumber(rnd);
    original.setLength(0);
    ComplaintTexts.preamble(name, contact, place, rnd, original);
    original.append(body);
    // Intake: what the citizen wrote goes through the redactor; a residual risk waits for review.
    // Only a status the portal may show gets a published text; the rest stay unpublished.
    Redaction redaction = redactor.redact(original.toString());
    boolean published = status.isPublic();

    out.complaints.value(id).value(reference(period.year(day), id)).value(channel.name());
    out.complaints.value(cat.id()).value(region < 0 ? null : regions[region].code());
    out.complaints.timestamp(receivedAt).value(status.name());
    out.complaints.value(published ? redaction.redactedText() : null);
    out.complaints.value(Publication.after(redaction).name()).value(Redactor.VERSION);
    int stars = rating(id, status, receivedAt);
    if (stars == 0) {
      out.complaints.value((CharSequence) null);
    } else {
      out.complaints.value(stars);
    }
    out.complaints.endRow();
    out.originals.value(id).value(original).value(name).value(contact).endRow();
    nextRoutingId = timeline.writeRoutings(id, nextRoutingId, out.routings);
    nextEventId = timeline.writeEvents(id, nextEventId, out.events);
    out.count++;
  }

  /**
   * Four in ten citizens whose complaint was resolved rate it; quick resolutions get more stars.
   * Its own random stream, so ratings change nothing else of the complaint. 0 means no rating.
   */
  private int rating(long id, ComplaintStatus status, long receivedAt) {
    if (!status.countsAsResolved()) {
      return 0;
    }
    SplittableRandom rnd = new SplittableRandom(seed ^ id * 0xC2B2AE3D27D4EB4FL);
    if (rnd.nextDouble() >= 0.4) {
      return 0;
    }
    double days = (timeline.last() - receivedAt) / 86_400.0;
    double base = days < 3 ? 4.3 : days < 10 ? 3.6 : 2.6;
    long stars = Math.round(base + (rnd.nextDouble() * 2 - 1) * 1.4);
    return (int) Math.max(1, Math.min(5, stars));
  }

  /**
   * The lifecycle: verification or rejection, routing (sometimes to two agencies, sometimes
   * re-routed), an answer or silence, work, resolution, closing and the odd reopening. Returns as
   * soon as the next step would fall after the period, leaving the complaint where it is.
   */
  private void playOut(Model cat, Agency[] locals, SplittableRandom rnd) {
    Timeline tl = timeline;
    double roll = rnd.nextDouble();
    long t = tl.last();
    if (roll < REJECTED_UNVERIFIED) {
      tl.add(EventType.REJECTED, t + hours(5, 1, rnd), 0, pick(ComplaintTexts.REJECTIONS, rnd));
      return;
    }
    t = SimulationPeriod.officeHours(t + hours(2, 1, rnd), 0.85, rnd);
    if (!tl.add(EventType.VERIFIED, t, 0, ComplaintTexts.VERIFIED)) {
      return;
    }
    if (roll < REJECTED_UNVERIFIED + REJECTED_VERIFIED) {
      tl.add(EventType.REJECTED, t + hours(4, 1, rnd), 0, pick(ComplaintTexts.REJECTIONS, rnd));
      return;
    }
    Agency current = firstAgency(cat, locals, rnd);
    t = SimulationPeriod.officeHours(t + hours(5, 1, rnd), 0.85, rnd);
    if (!tl.routeTo(current.id(), t, "Diteruskan ke " + current.def().shortName())) {
      return;
    }
    Agency second = rnd.nextDouble() < CO_ROUTED ? coTarget(cat, locals, current) : null;
    if (second != null) {
      t += 60 + rnd.nextInt(1800);
      String note = "Diteruskan juga ke " + second.def().shortName() + " untuk koordinasi";
      if (!tl.routeTo(second.id(), t, note)) {
        return;
      }
    }
    Agency next = rnd.nextDouble() < RE_ROUTED ? rerouteTarget(cat, locals, current, rnd) : null;
    if (next != null) {
      if (rnd.nextBoolean()) {
        t = agencyTime(t + respondDelay(cat, current, rnd), rnd);
        if (!tl.add(EventType.RESPONDED, t, current.id(), ComplaintTexts.NOT_OUR_AUTHORITY)) {
          return;
        }
      }
      t = SimulationPeriod.officeHours(t + hours(30 * current.def().speed(), 0.9, rnd), 0.9, rnd);
      String note = "Dialihkan ke " + next.def().shortName() + " sesuai kewenangan";
      if (!tl.rerouteTo(next.id(), t, note)) {
        return;
      }
      current = next;
      second = null;
    }
    // Recent reports are likelier still to be waiting when the period ends.
    double recent = SimulationPeriod.END - tl.last() < 60 * SimulationPeriod.DAY ? 0.1 : 0;
    if (rnd.nextDouble() < current.def().ignoreRate() + recent) {
      return;
    }
    t = agencyTime(t + respondDelay(cat, current, rnd), rnd);
    if (!tl.add(EventType.RESPONDED, t, current.id(), pick(ComplaintTexts.RESPONSES, rnd))) {
      return;
    }
    if (second != null && rnd.nextDouble() < 0.6) {
      t = agencyTime(t + hours(20 * second.def().speed(), 1, rnd), rnd);
      if (!tl.add(EventType.RESPONDED, t, second.id(), pick(ComplaintTexts.RESPONSES, rnd))) {
        return;
      }
    }
    if (rnd.nextDouble() < IN_PROGRESS_STEP) {
      t = agencyTime(t + hours(24 * current.def().speed(), 1, rnd), rnd);
      if (!tl.add(EventType.IN_PROGRESS, t, current.id(), pick(ComplaintTexts.PROGRESS, rnd))) {
        return;
      }
    }
    if (rnd.nextDouble() < Math.min(0.2, 0.04 * current.def().speed())) {
      return;
    }
    if (!resolve(cat, current, 1, rnd)) {
      return;
    }
    if (rnd.nextDouble() < REOPENED) {
      t = tl.last() + hours(72, 1, rnd);
      if (!tl.add(EventType.REOPENED, t, 0, ComplaintTexts.REOPENED)) {
        return;
      }
      t = agencyTime(t + respondDelay(cat, current, rnd), rnd);
      if (!tl.add(EventType.RESPONDED, t, current.id(), ComplaintTexts.REOPEN_RESPONSE)) {
        return;
      }
      resolve(cat, current, 0.5, rnd);
    }
  }

  /** Resolves after a category-typical time, then usually closes; false if cut off. */
  private boolean resolve(Model cat, Agency agency, double share, SplittableRandom rnd) {
    Timeline tl = timeline;
    double medianHours = share * 24 * cat.def().resolveDays() * Math.sqrt(agency.def().speed());
    long t = agencyTime(tl.last() + hours(medianHours, 0.8, rnd), rnd);
    String note = pick(cat.texts().resolutions(), rnd);
    if (!tl.add(EventType.RESOLVED, t, agency.id(), note)) {
      return false;
    }
    if (rnd.nextDouble() < CLOSED) {
      t += (2 + rnd.nextInt(9)) * SimulationPeriod.DAY + rnd.nextInt(8 * 3600);
      tl.add(EventType.CLOSED, t, 0, pick(ComplaintTexts.CLOSINGS, rnd));
    }
    return true;
  }

  private Agency firstAgency(Model cat, Agency[] locals, SplittableRandom rnd) {
    if (locals.length > 0 && rnd.nextDouble() < 0.8) {
      return locals.length == 1 || rnd.nextDouble() < 0.8
          ? locals[0]
          : locals[1 + rnd.nextInt(locals.length - 1)];
    }
    return cat.primary();
  }

  /** A second agency that gets the complaint at the same time, or null if there is none. */
  private static Agency coTarget(Model cat, Agency[] locals, Agency first) {
    if (first.id() != cat.primary().id()) {
      return cat.primary();
    }
    if (cat.alternatives().length > 0) {
      return cat.alternatives()[0];
    }
    return locals.length > 0 ? locals[0] : null;
  }

  /** Where a wrongly routed complaint goes next, or null if there is nowhere else. */
  private static Agency rerouteTarget(
      Model cat, Agency[] locals, Agency from, SplittableRandom rnd) {
    if (from.id() != cat.primary().id()) {
      return locals.length > 1 && from.id() != locals[0].id() ? locals[0] : cat.primary();
    }
    if (cat.alternatives().length > 0) {
      return cat.alternatives()[rnd.nextInt(cat.alternatives().length)];
    }
    return locals.length > 0 ? locals[0] : null;
  }

  private static long respondDelay(Model cat, Agency agency, SplittableRandom rnd) {
    double base =
        switch (cat.def().type()) {
          case COMPLAINT -> 24;
          case INFORMATION_REQUEST -> 16;
          case ASPIRATION -> 40;
        };
    // Superlinear in speed so the slow agencies stand out the way they do on real portals.
    return hours(base * StrictMath.pow(agency.def().speed(), 1.5), 1.1, rnd);
  }

  private static long agencyTime(long t, SplittableRandom rnd) {
    return SimulationPeriod.officeHours(t, 0.85, rnd);
  }

  private static long hours(double median, double sigma, SplittableRandom rnd) {
    return SimulationPeriod.lognormalHours(median, sigma, rnd);
  }

  private static String pick(String[] options, SplittableRandom rnd) {
    return ComplaintTexts.pick(options, rnd);
  }

  private int pickRegion(Model cat, SplittableRandom rnd) {
    double roll = rnd.nextDouble();
    if (cat.def().type() != ReportType.COMPLAINT && roll < 3 * NO_REGION || roll < NO_REGION) {
      return -1;
    }
    if (cat.localRegionCumulative() != null && rnd.nextDouble() < cat.def().localShare()) {
      return Weighted.pick(cat.localRegionCumulative(), rnd);
    }
    return Weighted.pick(regionCumulative, rnd);
  }

  private static String reference(int year, long id) {
    StringBuilder sb = new StringBuilder(16).append(REFERENCE_PREFIX).append('-').append(year);
    String digits = Long.toString(id);
    sb.append('-').append("0000000", 0, Math.max(0, 7 - digits.length())).append(digits);
    return sb.toString();
  }

  private Model model(
      CategoryDef def,
      CategoryTexts texts,
      Map<String, Long> agencyIds,
      Map<String, Long> categoryIds) {
    Agency[][] locals = new Agency[regions.length][];
    double[] localWeights = new double[regions.length];
    boolean anyLocal = false;
    for (int r = 0; r < regions.length; r++) {
      List<Agency> found = new ArrayList<>();
      for (String prefix : def.localPrefixes()) {
        RegionDef region = regions[r];
        String digits =
            (prefix.equals("KEC-") ? region.code() : region.regencyCode()).replace(".", "");
        if (prefix.equals("KEC-") && !region.isDistrict()) {
          continue;
        }
        Long id = agencyIds.get(prefix + digits);
        if (id != null) {
          found.add(new Agency(id, Agencies.byCode(prefix + digits)));
        }
      }
      locals[r] = found.toArray(Agency[]::new);
      localWeights[r] = found.isEmpty() ? 0 : regions[r].weight();
      anyLocal |= !found.isEmpty();
    }
    return new Model(
        required(categoryIds, def.code(), "category"),
        def,
        texts,
        agency(def.primary(), agencyIds),
        def.alternatives().stream().map(c -> agency(c, agencyIds)).toArray(Agency[]::new),
        locals,
        anyLocal ? Weighted.cumulative(localWeights) : null);
  }

  private static Agency agency(String code, Map<String, Long> agencyIds) {
    return new Agency(required(agencyIds, code, "agency"), Agencies.byCode(code));
  }

  private static long required(Map<String, Long> ids, String code, String what) {
    Long id = ids.get(code);
    if (id == null) {
      throw new IllegalStateException(
          "the database has reference data but no demo " + what + " " + code);
    }
    return id;
  }
}
