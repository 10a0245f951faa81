package id.aduanterbuka.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * No query retries in EclipseLink. By default it retries a read that failed on a connection problem
 * up to three times, sleeping 5 s before each try, so with PostgreSQL down a JPA read (the
 * agencies, say) took 10 s to fail while the JDBC reads beside it failed in milliseconds. The pool
 * already re-validates connections and the API answers 503 with {@code Retry-After}: the client
 * retries, not a request thread. Named in persistence.xml ({@code eclipselink.session.customizer}).
 */
public class FailFastSession implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
    session.getLogin().setDelayBetweenConnectionAttempts(0);
  }
}
