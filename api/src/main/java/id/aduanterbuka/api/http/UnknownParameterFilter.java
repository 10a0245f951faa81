package id.aduanterbuka.api.http;

import id.aduanterbuka.shared.InvalidValueException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the endpoint does not know is a 400 naming it — a misspelt filter ({@code
 * categroy=}) silently ignored would return the wrong data as if it were right.
 */
@Provider
public class UnknownParameterFilter implements ContainerRequestFilter {
  private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Set<String> known = KNOWN.computeIfAbsent(method, UnknownParameterFilter::queryParameters);
    for (String name : request.getUriInfo().getQueryParameters().keySet()) {
      if (!known.contains(name)) {
        throw new InvalidValueException(
            name,
            "unknown parameter '"
                + name
                + "'; this endpoint accepts "
                + (known.isEmpty() ? "no parameters" : String.join(", ", known))
                + ".");
      }
    }
  }

  static Set<String> queryParameters(Method method) {
    Set<String> names = new TreeSet<>();
    for (Parameter p : method.getParameters()) {
      QueryParam q = p.getAnnotation(QueryParam.class);
      if (q != null) {
        names.add(q.value());
      }
      if (p.isAnnotationPresent(BeanParam.class)) {
        for (Class<?> c = p.getType(); c != null; c = c.getSuperclass()) {
          for (Field f : c.getDeclaredFields()) {
            QueryParam fq = f.getAnnotation(QueryParam.class);
            if (fq != null) {
              names.add(fq.value());
            }
          }
        }
      }
    }
    return java.util.Collections.unmodifiableSet(names);
  }
}
