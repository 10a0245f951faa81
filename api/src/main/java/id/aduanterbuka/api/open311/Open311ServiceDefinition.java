package id.aduanterbuka.api.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The definition of one service: its code and the extra attributes a report of it would ask for —
 * none here, since this instance only publishes complaints received elsewhere.
 */
@Schema(name = "Open311ServiceDefinition", description = "An Open311 service definition")
@JsonbPropertyOrder({"serviceCode", "attributes"})
public record Open311ServiceDefinition(
    @JsonbProperty("service_code")
        @Schema(name = "service_code", description = "Category code", example = "jalan-rusak")
        String serviceCode,
    @Schema(description = "Always empty: no service asks for extra attributes")
        List<Object> attributes) {

  public Open311ServiceDefinition {
    attributes = List.copyOf(attributes);
  }

  static Open311ServiceDefinition of(String serviceCode) {
    return new Open311ServiceDefinition(serviceCode, List.of());
  }
}
