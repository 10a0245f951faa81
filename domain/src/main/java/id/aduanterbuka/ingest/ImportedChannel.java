package id.aduanterbuka.ingest;

import id.aduanterbuka.agency.ChannelType;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One official channel of an imported agency: {@code verifiedOn} is when someone last checked it,
 * {@code verifiedActive} whether it answered then (an active channel always has the date).
 */
public record ImportedChannel(
    ChannelType type, String handle, String url, boolean verifiedActive, LocalDate verifiedOn) {
  /** The order channels are compared and stored in, whatever order the file lists them. */
  static final Comparator<ImportedChannel> ORDER =
      Comparator.comparing(ImportedChannel::type).thenComparing(ImportedChannel::handle);
}
