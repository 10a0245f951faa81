package id.aduanterbuka.web.agencies;

import id.aduanterbuka.agency.AgencyDirectory;
import id.aduanterbuka.agency.AgencyFilter;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.agency.AgencyView;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import id.aduanterbuka.statistics.Coverage;
import id.aduanterbuka.statistics.Dimension;
import id.aduanterbuka.statistics.DimensionMember;
import id.aduanterbuka.statistics.StatisticsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Backing bean of {@code agencies.xhtml}: every agency with its official channels, optionally
 * narrowed by kind and region ({@code ?kind=DINAS&region=33.74}), and the channel coverage.
 */
@Named("agencyList")
@RequestScoped
public class AgencyDirectoryPage {
  @Inject AgencyDirectory directory;
  @Inject StatisticsService statistics;

  private boolean parsed;
  private String kind;
  private String region;
  private boolean invalidKind;
  private boolean invalidRegion;
  private List<AgencyItem> agencies;
  private Coverage coverage;
  private List<DimensionMember> regions;

  private void parse() {
    if (parsed) {
      return;
    }
    parsed = true;
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String k = blankToNull(params.get("kind"));
    if (k != null) {
      if (isKind(k)) {
        kind = k;
      } else {
        invalidKind = true;
      }
    }
    String r = blankToNull(params.get("region"));
    if (r != null) {
      if (getRegions().stream().anyMatch(m -> m.code().equals(r))) {
        region = r;
      } else {
        invalidRegion = true;
      }
    }
  }

  static boolean isKind(String value) {
    return Arrays.stream(AgencyKind.values()).anyMatch(k -> k.name().equals(value));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The agencies matching the filter, in code order (every page of the directory). */
  public List<AgencyItem> getAgencies() {
    if (agencies == null) {
      parse();
      AgencyFilter filter =
          new AgencyFilter(
              region == null ? null : RegionCode.of(region),
              kind == null ? null : AgencyKind.valueOf(kind));
      agencies = new ArrayList<>();
      int page = 1;
      Page<AgencyView> p;
      do {
        p = directory.list(filter, new PageRequest(page++, PageRequest.MAX_SIZE));
        p.items().forEach(a -> agencies.add(new AgencyItem(a)));
      } while (p.hasNext());
    }
    return agencies;
  }

  public String getKind() {
    parse();
    return kind;
  }

  public String getRegion() {
    parse();
    return region;
  }

  public boolean isFiltered() {
    parse();
    return kind != null || region != null;
  }

  public boolean isInvalidKind() {
    parse();
    return invalidKind;
  }

  public boolean isInvalidRegion() {
    parse();
    return invalidRegion;
  }

  public List<String> getKinds() {
    return Arrays.stream(AgencyKind.values()).map(Enum::name).toList();
  }

  /** Regencies and cities to filter by (agencies serving them). */
  public List<DimensionMember> getRegions() {
    if (regions == null) {
      regions = statistics.members(Dimension.REGENCY);
    }
    return regions;
  }

  /** Region options for EL: code and name. */
  public List<Option> getRegionOptions() {
    return getRegions().stream().map(m -> new Option(m.code(), m.nameId())).toList();
  }

  private Coverage coverage() {
    if (coverage == null) {
      coverage = statistics.coverage();
    }
    return coverage;
  }

  public long getCoverageAgencies() {
    return coverage().agencies();
  }

  public long getCoverageWithSocial() {
    return coverage().agenciesWithActiveSocialChannel();
  }

  public Double getCoverageShare() {
    return coverage().socialChannelShare();
  }

  /** A select option. */
  public static final class Option {
    private final String value;
    private final String label;

    Option(String value, String label) {
      this.value = value;
      this.label = label;
    }

    public String getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }
  }
}
