package id.aduanterbuka.persistence.seed;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;

/**
 * One complaint's events and routings while it is being simulated. Every event goes through {@link
 * ComplaintStatus#after}, so the generated data follows the domain's single lifecycle definition;
 * nothing is recorded at or after the end of the period. Reused across complaints to spare the
 * garbage collector at scale.
 */
final class Timeline {
  private static final int MAX_EVENTS = 32;
  private static final int MAX_ROUTINGS = 8;

  private final EventType[] types = new EventType[MAX_EVENTS];
  private final long[] times = new long[MAX_EVENTS];
  private final long[] agencies = new long[MAX_EVENTS];
  private final String[] notes = new String[MAX_EVENTS];
  private int events;
  private ComplaintStatus status;

  private final long[] routedAgency = new long[MAX_ROUTINGS];
  private final long[] routedAt = new long[MAX_ROUTINGS];
  private final long[] endedAt = new long[MAX_ROUTINGS];
  private int routings;

  /** Starts a new complaint, received at {@code at}. */
  void start(long at) {
    events = 0;
    routings = 0;
    types[0] = EventType.RECEIVED;
    times[0] = at;
    agencies[0] = 0;
    notes[0] = null;
    events = 1;
    status = EventType.RECEIVED.resultingStatus();
  }

  ComplaintStatus status() {
    return status;
  }

  long last() {
    return times[events - 1];
  }

  /**
   * Records {@code type} at {@code at} (never before the previous event) by {@code agencyId} (0 for
   * none). Returns false, recording nothing, when {@code at} falls after the period.
   */
  boolean add(EventType type, long at, long agencyId, String note) {
    long when = Math.max(at, last());
    if (when >= SimulationPeriod.END) {
      return false;
    }
    if (type.requiresAgency() && agencyId == 0) {
      throw new IllegalArgumentException(type + " needs the agency that acted");
    }
    status = status.after(type);
    types[events] = type;
    times[events] = when;
    agencies[events] = agencyId;
    notes[events] = note;
    events++;
    return true;
  }

  /** Routes to one more agency, keeping the ones the complaint is already with. */
  boolean routeTo(long agencyId, long at, String note) {
    if (!add(EventType.ROUTED, at, agencyId, note)) {
      return false;
    }
    routedAgency[routings] = agencyId;
    routedAt[routings] = last();
    endedAt[routings] = 0;
    routings++;
    return true;
  }

  /** Takes the complaint from every agency it is with and gives it to {@code agencyId}. */
  boolean rerouteTo(long agencyId, long at, String note) {
    if (!add(EventType.ROUTED, at, agencyId, note)) {
      return false;
    }
    for (int i = 0; i < routings; i++) {
      if (endedAt[i] == 0) {
        endedAt[i] = last();
      }
    }
    routedAgency[routings] = agencyId;
    routedAt[routings] = last();
    endedAt[routings] = 0;
    routings++;
    return true;
  }

  /** Writes the event rows, assigning ids from {@code nextId}; returns the next free id. */
  long writeEvents(long complaintId, long nextId, CopyBuffer out) {
    for (int i = 0; i < events; i++) {
      out.value(nextId++).value(complaintId).value(i + 1).value(types[i].name());
      out.timestamp(times[i]);
      if (agencies[i] == 0) {
        out.nullValue();
      } else {
        out.value(agencies[i]);
      }
      out.value(notes[i]).endRow();
    }
    return nextId;
  }

  /** Writes the routing rows, assigning ids from {@code nextId}; returns the next free id. */
  long writeRoutings(long complaintId, long nextId, CopyBuffer out) {
    for (int i = 0; i < routings; i++) {
      out.value(nextId++).value(complaintId).value(routedAgency[i]).timestamp(routedAt[i]);
      if (endedAt[i] == 0) {
        out.nullValue();
      } else {
        out.timestamp(endedAt[i]);
      }
      out.endRow();
    }
    return nextId;
  }
}
