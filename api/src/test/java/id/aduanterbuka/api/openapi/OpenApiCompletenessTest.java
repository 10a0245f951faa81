package id.aduanterbuka.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.api.AduanApi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * Every resource method of the API is documented: an operation with summary and description, a
 * described and exemplified parameter for each query and path parameter, a 200 (or 201/204)
 * response with content and an error response of its own (besides the shared 401 and 429 every
 * resource refers to), and a schema on every JSON payload type.
 */
class OpenApiCompletenessTest {
  /** Responses every operation shares (the key and the rate limit), documented once by name. */
  private static final Map<String, String> SHARED_REFS =
      Map.of("401", AduanApi.UNAUTHORIZED, "429", AduanApi.TOO_MANY_REQUESTS);

  private static final Set<String> SHARED = SHARED_REFS.keySet();

  private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
    java.nio.file.Path root = Paths.get("target", "classes");
    List<Class<?>> resources = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, false, OpenApiCompletenessTest.class.getClassLoader());
        if (c.isAnnotationPresent(Path.class)) {
          resources.add(c);
        }
      }
    }
    return resources;
  }

  private static boolean isResourceMethod(Method m) {
    return m.isAnnotationPresent(GET.class)
        || m.isAnnotationPresent(POST.class)
        || m.isAnnotationPresent(PUT.class)
        || m.isAnnotationPresent(DELETE.class);
  }

  @Test
  void everyResourceMethodIsFullyDocumented() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Class<?>> resources = resources();
    assertTrue(resources.size() >= 8, "resources found: " + resources);
    int methods = 0;
    for (Class<?> resource : resources) {
      for (Method m : resource.getDeclaredMethods()) {
        if (!isResourceMethod(m)) {
          continue;
        }
        methods++;
        String where = resource.getSimpleName() + "." + m.getName();
        Operation op = m.getAnnotation(Operation.class);
        if (op == null || op.summary().isBlank() || op.description().isBlank()) {
          problems.add(where + ": @Operation with summary and description");
        }
        List<APIResponse> responses = new ArrayList<>();
        responses.addAll(Arrays.asList(m.getAnnotationsByType(APIResponse.class)));
        responses.addAll(Arrays.asList(resource.getAnnotationsByType(APIResponse.class)));
        boolean success =
            responses.stream()
                    .anyMatch(
                        r ->
                            r.responseCode().matches("20[01]")
                                && r.content().length > 0
                                && Arrays.stream(r.content())
                                    .allMatch(
                                        c ->
                                            c.schema().implementation() != Void.class
                                                || c.schema().type()
                                                    != org.eclipse.microprofile.openapi.annotations
                                                        .enums.SchemaType.DEFAULT))
                || responses.stream().anyMatch(r -> r.responseCode().equals("204"));
        if (!success) {
          problems.add(where + ": a success @APIResponse with a content schema");
        }
        if (responses.stream()
            .noneMatch(
                r -> r.responseCode().startsWith("4") && !SHARED.contains(r.responseCode()))) {
          problems.add(where + ": an error @APIResponse (400 or 404) of its own");
        }
        for (Parameter p : m.getParameters()) {
          String name =
              p.isAnnotationPresent(QueryParam.class)
                  ? p.getAnnotation(QueryParam.class).value()
                  : p.isAnnotationPresent(PathParam.class)
                      ? p.getAnnotation(PathParam.class).value()
                      : null;
          if (name == null) {
            continue;
          }
          var doc =
              p.getAnnotation(
                  org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
          boolean onMethod =
              Arrays.stream(
                      m.getAnnotationsByType(
                          org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class))
                  .anyMatch(d -> d.name().equals(name) && !d.description().isBlank());
          if ((doc == null || doc.description().isBlank()) && !onMethod) {
            problems.add(where + ": @Parameter with a description for '" + name + "'");
          }
        }
        for (Parameter p : m.getParameters()) {
          if (p.isAnnotationPresent(BeanParam.class)) {
            for (var f : p.getType().getDeclaredFields()) {
              if (f.isAnnotationPresent(QueryParam.class)) {
                String name = f.getAnnotation(QueryParam.class).value();
                boolean documented =
                    Arrays.stream(
                            m.getAnnotationsByType(
                                org.eclipse.microprofile.openapi.annotations.parameters.Parameter
                                    .class))
                        .anyMatch(d -> d.name().equals(name) && !d.description().isBlank());
                if (!documented) {
                  problems.add(
                      where + ": @Parameter on the method for bean parameter '" + name + "'");
                }
              }
            }
          }
        }
        Class<?> payload = m.getReturnType();
        if (payload != String.class
            && payload != Response.class
            && payload != void.class
            && !payload.isAnnotationPresent(Schema.class)) {
          problems.add(where + ": payload " + payload.getSimpleName() + " needs @Schema");
        }
      }
    }
    assertTrue(methods >= 20, "resource methods found: " + methods);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** The rate limit and the API key filter apply to every request, so every resource says so. */
  @Test
  void everyResourceRefersToTheSharedKeyAndRateLimitResponses() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Class<?> resource : resources()) {
      SHARED_REFS.forEach(
          (code, ref) -> {
            boolean documented =
                Arrays.stream(resource.getAnnotationsByType(APIResponse.class))
                    .anyMatch(r -> r.responseCode().equals(code) && r.ref().equals(ref));
            if (!documented) {
              missing.add(
                  resource.getSimpleName()
                      + ": @APIResponse(responseCode = \""
                      + code
                      + "\", ref = AduanApi."
                      + (code.equals("401") ? "UNAUTHORIZED" : "TOO_MANY_REQUESTS")
                      + ")");
            }
          });
    }
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void theSharedResponsesAndTheOptionalKeyAreDefined() {
    OpenAPIDefinition api = AduanApi.class.getAnnotation(OpenAPIDefinition.class);
    List<String> responses =
        Arrays.stream(api.components().responses()).map(APIResponse::name).toList();
    assertTrue(responses.containsAll(SHARED_REFS.values()), responses.toString());
    assertEquals(AduanApi.API_KEY, api.components().securitySchemes()[0].securitySchemeName());
    assertTrue(
        Arrays.stream(api.securitySets()).anyMatch(set -> set.value().length == 0),
        "an empty security requirement: the key is optional");
  }
}
