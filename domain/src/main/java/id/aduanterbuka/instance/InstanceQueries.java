package id.aduanterbuka.instance;

/** Read model behind {@link InstanceService}; implemented with SQL in the persistence module. */
public interface InstanceQueries {
  InstanceOverview overview();

  /** True when the database answers a trivial query within {@code timeoutSeconds}. */
  boolean databaseReachable(int timeoutSeconds);

  DataVersion dataVersion();
}
