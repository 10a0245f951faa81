package id.aduanterbuka.persistence.complaint;

import id.aduanterbuka.complaint.Complaint;
import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Complaints with their routings and timeline, from PostgreSQL. */
@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {
  @PersistenceContext(unitName = "aduan")
  private EntityManager em;

  protected JpaComplaintRepository() {}

  public JpaComplaintRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Complaint> findByReference(ComplaintReference reference) {
    return em.createQuery(
            "SELECT c FROM Complaint c WHERE c.reference = :reference", Complaint.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Complaint complaint) {
    em.persist(complaint);
  }
}
