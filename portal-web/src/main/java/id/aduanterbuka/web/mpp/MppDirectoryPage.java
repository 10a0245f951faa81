package id.aduanterbuka.web.mpp;

import id.aduanterbuka.mpp.MppCatalogue;
import id.aduanterbuka.mpp.MppCode;
import id.aduanterbuka.mpp.MppFilter;
import id.aduanterbuka.mpp.MppServiceFilter;
import id.aduanterbuka.mpp.MppServiceView;
import id.aduanterbuka.mpp.MppView;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionDirectory;
import id.aduanterbuka.region.RegionFilter;
import id.aduanterbuka.region.RegionLevel;
import id.aduanterbuka.region.RegionView;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import id.aduanterbuka.shared.SearchText;
import id.aduanterbuka.statistics.Coverage;
import id.aduanterbuka.statistics.StatisticsService;
import id.aduanterbuka.web.LanguageSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backing bean of {@code mpp.xhtml}: the directory of public service malls by regency (GET filters
 * {@code regency} and {@code q}), or one MPP and its services ({@code code}). A bad parameter shows
 * a message, an unknown MPP a 404; never a 500.
 */
@Named("mppDirectory")
@RequestScoped
public class MppDirectoryPage {
  private static final int PAGE = PageRequest.MAX_SIZE;

  @Inject MppCatalogue catalogue;
  @Inject StatisticsService statistics;
  @Inject RegionDirectory regions;
  @Inject LanguageSelector language;

  private boolean loaded;
  private String regencyParam;
  private String query;
  private final List<String> problems = new ArrayList<>();
  private Coverage coverage;
  private long totalMpps;
  private List<RegionView> regencies = List.of();
  private List<RegencyGroup> groups = List.of();
  private List<String> regenciesWithout = List.of();
  private MppCard selected;
  private boolean notFound;
  private List<ServiceRow> services = List.of();

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    Locale locale = language.getLocale();
    String code = blankToNull(params.get("code"));
    if (code != null) {
      loadOne(code, faces, locale);
      return;
    }
    regencyParam = blankToNull(params.get("regency"));
    query = blankToNull(params.get("q"));
    coverage = statistics.coverage();
    Collator collator = Collator.getInstance(locale);
    regencies =
        regions
            .list(new RegionFilter(RegionLevel.REGENCY, null), new PageRequest(1, PAGE))
            .items()
            .stream()
            .sorted(Comparator.comparing(RegionView::displayName, collator))
            .toList();
    List<MppView> all = allMpps(MppFilter.all());
    totalMpps = all.size();
    RegionCode regency = parseRegency();
    SearchText search = parseSearch();
    List<MppView> shown =
        regency == null && search == null ? all : allMpps(new MppFilter(regency, search));
    Map<String, RegencyGroup> byRegency = new LinkedHashMap<>();
    shown.stream()
        .sorted(
            Comparator.comparing(MppView::regencyName, collator)
                .thenComparing(MppView::name, collator))
        .forEach(
            m ->
                byRegency
                    .computeIfAbsent(
                        m.regencyCode().value(),
                        c -> new RegencyGroup(c, m.regencyName(), new ArrayList<>()))
                    .mpps()
                    .add(new MppCard(m, locale)));
    groups = List.copyOf(byRegency.values());
    if (regency == null && search == null) {
      Set<String> withMpp =
          all.stream().map(m -> m.regencyCode().value()).collect(Collectors.toSet());
      regenciesWithout =
          regencies.stream()
              .filter(r -> !withMpp.contains(r.code().value()))
              .map(RegionView::displayName)
              .toList();
    }
  }

  private void loadOne(String code, FacesContext faces, Locale locale) {
    try {
      MppCode mppCode = MppCode.of(code);
      selected = new MppCard(catalogue.mpp(mppCode), locale);
      ResourceBundle texts = texts(faces);
      services =
          allServices(new MppServiceFilter(null, mppCode, null, null, null, null)).stream()
              .sorted(Comparator.comparing(MppServiceView::name, Collator.getInstance(locale)))
              .map(s -> new ServiceRow(s, locale, texts))
              .toList();
    } catch (InvalidValueException | NotFoundException e) {
      notFound = true;
      faces.getExternalContext().setResponseStatus(404);
    }
  }

  private RegionCode parseRegency() {
    if (regencyParam == null) {
      return null;
    }
    boolean known = regencies.stream().anyMatch(r -> r.code().value().equals(regencyParam));
    if (!known) {
      problems.add("mpp.problem.regency");
      return null;
    }
    return RegionCode.of(regencyParam);
  }

  private SearchText parseSearch() {
    try {
      return SearchText.ofNullable(query);
    } catch (InvalidValueException e) {
      problems.add("mpp.problem.q");
      return null;
    }
  }

  private List<MppView> allMpps(MppFilter filter) {
    return all(p -> catalogue.mpps(filter, p));
  }

  private List<MppServiceView> allServices(MppServiceFilter filter) {
    return all(p -> catalogue.services(filter, p));
  }

  /**
   * Every item of a paged listing; the catalogues are small (tens of MPPs, hundreds of services).
   */
  static <T> List<T> all(Function<PageRequest, Page<T>> listing) {
    List<T> items = new ArrayList<>();
    Page<T> page = listing.apply(new PageRequest(1, PAGE));
    items.addAll(page.items());
    while (page.hasNext()) {
      page = listing.apply(new PageRequest(page.page() + 1, PAGE));
      items.addAll(page.items());
    }
    return items;
  }

  static ResourceBundle texts(FacesContext faces) {
    return faces.getApplication().getResourceBundle(faces, "mppText");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getTitle() {
    load();
    FacesContext faces = FacesContext.getCurrentInstance();
    if (notFound) {
      return texts(faces).getString("mpp.notFound.title");
    }
    return selected != null ? selected.getName() : texts(faces).getString("mpp.heading");
  }

  public boolean isDetail() {
    load();
    return selected != null;
  }

  public boolean isNotFound() {
    load();
    return notFound;
  }

  public MppCard getSelected() {
    load();
    return selected;
  }

  public List<ServiceRow> getServices() {
    load();
    return services;
  }

  public List<String> getProblems() {
    load();
    return problems;
  }

  public String getRegency() {
    load();
    return regencyParam == null ? "" : regencyParam;
  }

  public String getQ() {
    load();
    return query == null ? "" : query;
  }

  public boolean isFiltered() {
    load();
    return regencyParam != null || query != null;
  }

  public List<RegionView> getRegencyOptions() {
    load();
    return regencies;
  }

  /** Options as code/name pairs for the select (EL cannot read the record). */
  public List<Option> getOptions() {
    load();
    return regencies.stream()
        .map(
            r ->
                new Option(
                    r.code().value(), r.displayName(), r.code().value().equals(regencyParam)))
        .toList();
  }

  public long getRegenciesWithMpp() {
    load();
    return coverage == null ? 0 : coverage.regenciesWithMpp();
  }

  public long getRegencyCount() {
    load();
    return coverage == null ? 0 : coverage.regencies();
  }

  public Double getCoverageShare() {
    load();
    return coverage == null ? null : coverage.mppShare();
  }

  public long getTotalMpps() {
    load();
    return totalMpps;
  }

  public long getShownMpps() {
    load();
    return groups.stream().mapToLong(g -> g.mpps().size()).sum();
  }

  public List<RegencyGroup> getGroups() {
    load();
    return groups;
  }

  public List<String> getRegenciesWithout() {
    load();
    return regenciesWithout;
  }

  /** The MPPs of one regency. */
  public static final class RegencyGroup {
    private final String code;
    private final String name;
    private final List<MppCard> mpps;

    RegencyGroup(String code, String name, List<MppCard> mpps) {
      this.code = code;
      this.name = name;
      this.mpps = mpps;
    }

    List<MppCard> mpps() {
      return mpps;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public List<MppCard> getMpps() {
      return mpps;
    }
  }

  /** A regency in the filter's select. */
  public static final class Option {
    private final String code;
    private final String name;
    private final boolean selected;

    Option(String code, String name, boolean selected) {
      this.code = code;
      this.name = name;
      this.selected = selected;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public boolean isSelected() {
      return selected;
    }
  }
}
