package id.aduanterbuka.api.http;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.message.GZipEncoder;
import org.glassfish.jersey.server.filter.EncodingFilter;

/**
 * Responses are gzip-compressed for clients that accept it ({@code Accept-Encoding: gzip}) — JSON
 * and CSV compress five- to tenfold. Jersey's own encoder, as Payara's JAX-RS implementation.
 */
@Provider
public class CompressionFeature implements Feature {
  @Override
  public boolean configure(FeatureContext context) {
    context.register(EncodingFilter.class);
    context.register(GZipEncoder.class);
    return true;
  }
}
