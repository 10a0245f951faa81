package id.aduanterbuka.web.complaints;

import id.aduanterbuka.agency.AgencyDirectory;
import id.aduanterbuka.agency.AgencyFilter;
import id.aduanterbuka.agency.AgencyView;
import id.aduanterbuka.category.CategoryDirectory;
import id.aduanterbuka.category.CategoryView;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.IntakeChannel;
import id.aduanterbuka.publicdata.ComplaintFilter;
import id.aduanterbuka.publicdata.ComplaintSort;
import id.aduanterbuka.publicdata.ComplaintSummary;
import id.aduanterbuka.publicdata.PublicComplaints;
import id.aduanterbuka.publicdata.Slice;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionDirectory;
import id.aduanterbuka.region.RegionFilter;
import id.aduanterbuka.region.RegionLevel;
import id.aduanterbuka.region.RegionView;
import id.aduanterbuka.shared.InvalidValueException;
import id.aduanterbuka.shared.NotFoundException;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import id.aduanterbuka.web.LanguageSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Backing bean of {@code complaints.xhtml}: the filters from the URL, their select options from the
 * directories, and one cursor page of {@link PublicComplaints#search}. A bad parameter becomes a
 * message on the page, never an error page.
 */
@Named("complaintSearch")
@RequestScoped
public class ComplaintSearch {
  static final int PAGE_SIZE = PublicComplaints.DEFAULT_LIMIT;

  @Inject PublicComplaints complaints;
  @Inject AgencyDirectory agencyDirectory;
  @Inject CategoryDirectory categoryDirectory;
  @Inject RegionDirectory regionDirectory;
  @Inject LanguageSelector language;

  private SearchParameters parameters;
  private Slice<ComplaintSummary> slice;
  private List<ComplaintRow> rows;
  private List<Option> agencies;
  private List<Option> categories;
  private List<Option> regions;

  private SearchParameters parameters() {
    if (parameters == null) {
      Map<String, String> request =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
      parameters = new SearchParameters(request);
      String agency = parameters.value("agency");
      if (agency != null && getAgencies().stream().noneMatch(o -> o.getValue().equals(agency))) {
        parameters.reject("agency");
      }
      String category = parameters.value("category");
      if (category != null
          && getCategories().stream().noneMatch(o -> o.getValue().equals(category))) {
        parameters.reject("category");
      }
      String region = parameters.value("region");
      if (region != null
          && parameters.invalid().stream().noneMatch("region"::equals)
          && getRegions().stream().noneMatch(o -> o.getValue().equals(region))) {
        parameters.reject("region");
      }
    }
    return parameters;
  }

  private Slice<ComplaintSummary> slice() {
    if (slice == null) {
      ComplaintFilter filter = parameters().filter();
      if (filter == null) {
        slice = new Slice<>(List.of(), null);
      } else {
        try {
          slice = complaints.search(filter, parameters.sort(), parameters.cursor(), PAGE_SIZE);
        } catch (InvalidValueException e) {
          parameters.reject(e.field().equals("q") ? "q" : "cursor");
          slice = new Slice<>(List.of(), null);
        }
      }
    }
    return slice;
  }

  /** The public statuses, in lifecycle order. */
  public List<String> getStatuses() {
    return Arrays.stream(ComplaintStatus.values())
        .filter(ComplaintStatus::isPublic)
        .map(Enum::name)
        .toList();
  }

  public List<String> getChannels() {
    return Arrays.stream(IntakeChannel.values()).map(Enum::name).toList();
  }

  public List<String> getSorts() {
    return Arrays.stream(ComplaintSort.values()).map(Enum::name).toList();
  }

  /** The value of a filter as given in the URL, to fill the form again. */
  public String param(String name) {
    String v = parameters().value(name);
    return v == null ? "" : v;
  }

  public String getSort() {
    return parameters().sort().name();
  }

  /** A message per invalid parameter, in the page's language. */
  public List<String> getErrors() {
    slice();
    ResourceBundle text = bundle();
    List<String> messages = new ArrayList<>();
    for (String field : parameters.invalid()) {
      String given = field.equals("range") || field.equals("resolvedRange") ? "" : param(field);
      if (field.equals("cursor")) {
        given = "";
      } else if (field.equals("page")) {
        given =
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("page");
      }
      messages.add(
          new MessageFormat(text.getString("invalid." + field), language.getLocale())
              .format(new Object[] {given}));
    }
    return messages;
  }

  public boolean isValid() {
    slice();
    return parameters.valid();
  }

  /** True when any filter is set (to phrase the empty-result message). */
  public boolean isFiltered() {
    return SearchParameters.NAMES.stream()
        .anyMatch(n -> !n.equals("sort") && parameters().value(n) != null);
  }

  public List<ComplaintRow> getRows() {
    if (rows == null) {
      boolean english = language.isEnglish();
      rows = slice().items().stream().map(s -> new ComplaintRow(s, english)).toList();
    }
    return rows;
  }

  public int getPage() {
    return parameters().page();
  }

  /** The position of the first row on this page, counted from 1. */
  public long getFirstNumber() {
    return (long) (getPage() - 1) * PAGE_SIZE + 1;
  }

  public long getLastNumber() {
    return getFirstNumber() + getRows().size() - 1;
  }

  public boolean isMore() {
    return slice().nextCursor() != null;
  }

  public boolean isLaterPage() {
    return parameters().cursor() != null;
  }

  /** This search's next page, keeping filters and language. */
  public String getNextUrl() {
    return path()
        + parameters()
            .query(
                language.isEnglish(),
                "cursor",
                slice().nextCursor(),
                "page",
                String.valueOf(getPage() + 1));
  }

  /** This search's first page. */
  public String getFirstUrl() {
    return path() + parameters().query(language.isEnglish());
  }

  private static String path() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/complaints.xhtml";
  }

  public List<Option> getAgencies() {
    if (agencies == null) {
      agencies =
          sorted(
              all(p -> agencyDirectory.list(new AgencyFilter(null, null), p)).stream()
                  .map(a -> new Option(a.code().value(), agencyLabel(a)))
                  .toList());
    }
    return agencies;
  }

  private static String agencyLabel(AgencyView a) {
    return a.shortName() == null || a.shortName().isBlank() ? a.name() : a.shortName();
  }

  public List<Option> getCategories() {
    if (categories == null) {
      boolean english = language.isEnglish();
      categories =
          sorted(
              all(categoryDirectory::list).stream()
                  .map(c -> new Option(c.code(), categoryName(c, english)))
                  .toList());
    }
    return categories;
  }

  private static String categoryName(CategoryView c, boolean english) {
    return english && c.nameEn() != null ? c.nameEn() : c.nameId();
  }

  /**
   * The provinces, then the regencies and cities; a region given in the URL is kept as a choice.
   */
  public List<Option> getRegions() {
    SearchParameters search = parameters();
    if (regions == null) {
      List<Option> options = new ArrayList<>();
      for (RegionLevel level : List.of(RegionLevel.PROVINCE, RegionLevel.REGENCY)) {
        options.addAll(
            sorted(
                all(p -> regionDirectory.list(new RegionFilter(level, null), p)).stream()
                    .map(r -> new Option(r.code().value(), r.displayName()))
                    .toList()));
      }
      String given = search.value("region");
      if (given != null && options.stream().noneMatch(o -> o.getValue().equals(given))) {
        try {
          RegionView r = regionDirectory.get(RegionCode.of(given));
          options.add(new Option(r.code().value(), r.displayName()));
        } catch (InvalidValueException | NotFoundException unknown) {
          // not a region: the parameter is reported invalid
        }
      }
      regions = options;
    }
    return regions;
  }

  private List<Option> sorted(List<Option> options) {
    Collator collator = Collator.getInstance(language.getLocale());
    return options.stream().sorted(Comparator.comparing(Option::getLabel, collator)).toList();
  }

  private static <T> List<T> all(Function<PageRequest, Page<T>> list) {
    List<T> items = new ArrayList<>();
    Page<T> page = list.apply(new PageRequest(1, PageRequest.MAX_SIZE));
    items.addAll(page.items());
    while (page.hasNext()) {
      page = list.apply(new PageRequest(page.page() + 1, PageRequest.MAX_SIZE));
      items.addAll(page.items());
    }
    return items;
  }

  private ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "complaintText");
  }
}
