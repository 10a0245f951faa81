package id.aduanterbuka.ingest;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.agency.ChannelType;
import id.aduanterbuka.region.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks agency rows: code, names, kind, region served, and the official channels. A channel in a
 * CSV cell is {@code TYPE HANDLE [URL] [verified=DATE|inactive=DATE]}, channels separated by {@code
 * ;} (a handle may hold spaces); in JSON Lines it is an object {@code type}, {@code handle}, {@code
 * url}, {@code verified_active}, {@code verified_on}, or a string as in CSV. The parent is checked
 * across rows by {@link #resolveParents}, because a file may list a child before its parent.
 */
public final class AgencyRowValidator {
  public static final List<String> FIELDS =
      List.of("code", "name", "short_name", "kind", "parent", "region", "channels");

  static final int MAX_NAME = 200;
  static final int MAX_SHORT_NAME = 60;
  static final int MAX_HANDLE = 200;
  static final int MAX_URL = 500;
  private static final List<String> CHANNEL_KEYS =
      List.of("type", "handle", "url", "verified_active", "verified_on");

  private final ReferenceCodes codes;
  private final LocalDate today;

  /**
   * @param today the date in the portal's time zone: a channel cannot have been checked later
   */
  public AgencyRowValidator(ReferenceCodes codes, LocalDate today) {
    this.codes = Objects.requireNonNull(codes);
    this.today = Objects.requireNonNull(today);
  }

  public RowResult<ImportedAgency> validate(SourceRow row) {
    RowFields f = new RowFields(row);
    String code = f.code("code", AgencyCode::new, true);
    String name = f.text("name", MAX_NAME, true);
    String shortName = f.text("short_name", MAX_SHORT_NAME, false);
    if (shortName == null && f.raw("short_name") == null && name != null) {
      if (name.length() <= MAX_SHORT_NAME) {
        shortName = name;
      } else {
        f.error("short_name", "is required when name is longer than " + MAX_SHORT_NAME);
      }
    }
    AgencyKind kind = f.choice("kind", AgencyKind.class, true);
    String parent = f.code("parent", AgencyCode::new, false);
    if (parent != null && parent.equals(code)) {
      f.error("parent", "an agency cannot be its own parent");
    }
    String region = f.known("region", RegionCode::new, codes.regions(), true);
    List<ImportedChannel> channels = channels(f);
    String shortNameFinal = shortName;
    return f.result(
        () -> new ImportedAgency(code, name, shortNameFinal, kind, parent, region, channels));
  }

  private List<ImportedChannel> channels(RowFields f) {
    if (!f.has("channels")) {
      return null;
    }
    List<Map<String, String>> entries = f.objects("channels");
    if (entries == null) {
      entries = new ArrayList<>();
      for (String s : f.list("channels", ";")) {
        entries.add(Map.of("", s));
      }
    }
    List<ImportedChannel> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String field = "channels[" + (i + 1) + "]";
      Map<String, String> e = entries.get(i);
      ImportedChannel ch = e.containsKey("") ? parse(f, field, e.get("")) : object(f, field, e);
      if (ch == null) {
        continue;
      }
      if (out.stream().anyMatch(o -> o.type() == ch.type() && o.handle().equals(ch.handle()))) {
        f.error(field, ch.type() + " " + ch.handle() + " is listed twice");
      } else {
        out.add(ch);
      }
    }
    return out;
  }

  /** {@code TYPE HANDLE [URL] [verified=DATE|inactive=DATE]}. */
  private ImportedChannel parse(RowFields f, String field, String entry) {
    String[] tokens = entry.strip().split("\\s+");
    ChannelType type = f.choiceOf(field + ".type", tokens[0], ChannelType.class);
    List<String> handle = new ArrayList<>();
    String url = null;
    String checked = null;
    boolean active = false;
    for (int i = 1; i < tokens.length; i++) {
      String t = tokens[i];
      String lower = t.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        if (url != null) {
          f.error(field + ".url", "has two links: " + url + " and " + t);
          return null;
        }
        url = t;
      } else if (lower.startsWith("verified=") || lower.startsWith("inactive=")) {
        active = lower.startsWith("verified=");
        checked = t.substring(t.indexOf('=') + 1);
      } else {
        handle.add(t);
      }
    }
    return channel(f, field, type, String.join(" ", handle), url, active, checked, true);
  }

  private ImportedChannel object(RowFields f, String field, Map<String, String> e) {
    for (String key : e.keySet()) {
      if (!CHANNEL_KEYS.contains(key)) {
        f.error(
            field + "." + key,
            "is not a channel field (one of " + String.join(", ", CHANNEL_KEYS) + ")");
        return null;
      }
    }
    String t = e.get("type");
    if (t == null || t.isBlank()) {
      f.error(field + ".type", "is required");
      return null;
    }
    ChannelType type = f.choiceOf(field + ".type", t, ChannelType.class);
    String activeText = e.get("verified_active");
    boolean active = activeText != null && activeText.strip().equalsIgnoreCase("true");
    if (activeText != null && !active && !activeText.strip().equalsIgnoreCase("false")) {
      f.error(field + ".verified_active", "is not true or false: " + activeText);
      return null;
    }
    String handle = e.get("handle") == null ? "" : e.get("handle").strip();
    String url = e.get("url") == null || e.get("url").isBlank() ? null : e.get("url").strip();
    return channel(f, field, type, handle, url, active, e.get("verified_on"), false);
  }

  private ImportedChannel channel(
      RowFields f,
      String field,
      ChannelType type,
      String handle,
      String url,
      boolean active,
      String checked,
      boolean csv) {
    int before = f.errorCount();
    if (handle.isEmpty()) {
      f.error(field + ".handle", "is required (the account, number or address)");
    } else if (handle.length() > MAX_HANDLE) {
      f.error(field + ".handle", "is longer than " + MAX_HANDLE + " characters");
    }
    if (url != null) {
      f.url(field + ".url", url, false, MAX_URL);
    }
    LocalDate on = null;
    if (checked != null && !checked.isBlank()) {
      on = f.date(field + ".verified_on", checked);
      if (on != null && on.isAfter(today)) {
        f.error(field + ".verified_on", on + " is in the future");
      }
    } else if (active) {
      f.error(
          field + ".verified_on",
          csv
              ? "verified= needs the date it was checked, e.g. verified=2025-01-06"
              : "is required when verified_active is true");
    }
    if (type == null || f.errorCount() > before) {
      return null;
    }
    return new ImportedChannel(type, handle, url, active, on);
  }

  /** The outcome of checking parents across rows: the rows kept, and why the others were not. */
  public record Hierarchy(List<ValidRow<ImportedAgency>> accepted, List<RowError> errors) {}

  /**
   * Keeps the rows whose parent is stored or another kept row of this import (in any order), and
   * whose parent chain — this import over what is stored — does not lead back to the row itself. A
   * row whose parent is rejected is rejected too, unless that parent is already stored.
   */
  public static Hierarchy resolveParents(
      List<ValidRow<ImportedAgency>> rows, ReferenceCodes codes) {
    Map<String, ValidRow<ImportedAgency>> kept = new LinkedHashMap<>();
    rows.forEach(r -> kept.put(r.row().code(), r));
    Map<String, ValidRow<ImportedAgency>> all = new HashMap<>(kept);
    List<RowError> errors = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ValidRow<ImportedAgency> r : List.copyOf(kept.values())) {
        String reason = problem(r.row(), kept, all, codes);
        if (reason != null) {
          kept.remove(r.row().code());
          errors.add(new RowError(r.file(), r.line(), "parent", reason));
          changed = true;
        }
      }
    }
    return new Hierarchy(List.copyOf(kept.values()), errors);
  }

  private static String problem(
      ImportedAgency a,
      Map<String, ValidRow<ImportedAgency>> kept,
      Map<String, ValidRow<ImportedAgency>> all,
      ReferenceCodes codes) {
    String parent = a.parentCode();
    if (parent == null) {
      return null;
    }
    if (!kept.containsKey(parent) && !codes.agencies().contains(parent)) {
      ValidRow<ImportedAgency> rejected = all.get(parent);
      return rejected == null
          ? "unknown agency code " + parent
          : "parent " + parent + " was rejected (line " + rejected.line() + ")";
    }
    List<String> chain = new ArrayList<>(List.of(a.code()));
    Set<String> seen = new HashSet<>(chain);
    String next = parent;
    while (next != null && !next.isEmpty()) {
      chain.add(next);
      if (next.equals(a.code())) {
        return "parent " + parent + " makes a cycle: " + String.join(" → ", chain);
      }
      if (!seen.add(next)) {
        return null; // a cycle above this agency, reported on its own rows
      }
      ValidRow<ImportedAgency> r = kept.get(next);
      next = r != null ? r.row().parentCode() : codes.agencyParents().get(next);
    }
    return null;
  }
}
