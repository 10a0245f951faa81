package id.aduanterbuka.statistics;

import java.util.EnumMap;
import java.util.Map;

/**
 * The part of a group's figures that depends on the day it is asked: open complaints by age and the
 * unanswered ones already past their SLA. Read live (the set is small: the backlog), while
 * everything settled comes from {@link StatisticsCell}s.
 */
public record OpenComplaints(long open, Map<BacklogBucket, Long> backlog, long unansweredPastSla) {
  public static final OpenComplaints NONE = new OpenComplaints(0, emptyBacklog(), 0);

  public OpenComplaints {
    backlog = Map.copyOf(backlog);
  }

  public static Map<BacklogBucket, Long> emptyBacklog() {
    Map<BacklogBucket, Long> backlog = new EnumMap<>(BacklogBucket.class);
    for (BacklogBucket b : BacklogBucket.values()) {
      backlog.put(b, 0L);
    }
    return backlog;
  }
}
