package id.aduanterbuka.instance;

import java.io.Serializable;

/**
 * CDI event: this node has just committed a change to the published data (an intake write, a
 * photo). Observers drop what they derived from the old data; in a cluster the event is passed on
 * to the other nodes, which drop their remembered {@link DataVersion}.
 *
 * @param node the name of the node that made the change
 */
public record DataChanged(String node) implements Serializable {}
