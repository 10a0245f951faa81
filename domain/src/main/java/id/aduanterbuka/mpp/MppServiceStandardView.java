package id.aduanterbuka.mpp;

import java.util.List;

/**
 * One service with its whole service standard: the listing's picture plus the requirements and the
 * steps in order, and the legal basis.
 */
public record MppServiceStandardView(
    MppServiceView service, List<String> requirements, List<String> procedure, String legalBasis) {

  public MppServiceStandardView {
    requirements = List.copyOf(requirements);
    procedure = List.copyOf(procedure);
  }

  static MppServiceStandardView of(MppService service) {
    return new MppServiceStandardView(
        MppServiceView.of(service),
        service.requirements(),
        service.procedure(),
        service.legalBasis());
  }
}
