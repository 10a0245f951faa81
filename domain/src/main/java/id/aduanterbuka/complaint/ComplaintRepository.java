package id.aduanterbuka.complaint;

import java.util.Optional;

/** Stores and reads complaints with their routings and timeline. */
public interface ComplaintRepository {
  Optional<Complaint> findByReference(ComplaintReference reference);

  void add(Complaint complaint);
}
