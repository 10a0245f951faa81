package id.aduanterbuka.region;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link RegionCode} as its dotted text. */
@Converter(autoApply = true)
public class RegionCodeConverter implements AttributeConverter<RegionCode, String> {
  @Override
  public String convertToDatabaseColumn(RegionCode code) {
    return code == null ? null : code.value();
  }

  @Override
  public RegionCode convertToEntityAttribute(String value) {
    return value == null ? null : new RegionCode(value);
  }
}
