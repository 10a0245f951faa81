package id.aduanterbuka.web.agencies;

import id.aduanterbuka.agency.AgencyView;
import java.util.List;

/** An agency for the pages (Jakarta EL reads getters, not record components). */
public final class AgencyItem {
  private final AgencyView view;
  private final List<ChannelLink> channels;

  AgencyItem(AgencyView view) {
    this.view = view;
    this.channels = ChannelLink.of(view);
  }

  public String getCode() {
    return view.code().value();
  }

  public String getName() {
    return view.name();
  }

  public String getShortName() {
    return view.shortName();
  }

  public String getKind() {
    return view.kind().name();
  }

  public String getParentCode() {
    return view.parentCode() == null ? null : view.parentCode().value();
  }

  public String getRegionCode() {
    return view.regionCode().value();
  }

  public String getRegionName() {
    return view.regionName();
  }

  public List<ChannelLink> getChannels() {
    return channels;
  }
}
