package id.aduanterbuka.web.cluster;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import id.aduanterbuka.instance.DataChanged;
import id.aduanterbuka.instance.InstanceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Passes this node's {@link DataChanged} on to the other nodes of the cluster (Payara's clustered
 * CDI events over Hazelcast), where each drops its remembered data version: an intake write on one
 * node changes the ETags every node sends without waiting for their one-second reuse to end. The
 * event travels as its own type ({@link Remote}) so a received event is never sent on again.
 * Delivery is asynchronous and best effort: a lost event only means the old second-long reuse.
 */
@ApplicationScoped
public class ClusterEvents {
  private static final Logger LOG = Logger.getLogger(ClusterEvents.class.getName());
  static final String DATA_CHANGED = "aduan-data-changed";

  /** {@link DataChanged} as it travels between nodes. */
  public record Remote(String node) implements Serializable {}

  @Inject InstanceService instance;

  @Inject
  @Outbound(eventName = DATA_CHANGED, loopBack = false)
  Event<Remote> outbound;

  void changedHere(@Observes DataChanged change) {
    try {
      outbound.fire(new Remote(change.node()));
    } catch (RuntimeException e) {
      // Never fail the write that caused it: the other nodes re-read within a second anyway.
      LOG.log(Level.WARNING, "Cannot tell the other nodes that the data changed", e);
    }
  }

  void changedElsewhere(@Observes @Inbound(eventName = DATA_CHANGED) Remote change) {
    instance.forgetDataVersion();
  }
}
