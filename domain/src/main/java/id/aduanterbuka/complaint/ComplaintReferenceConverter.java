package id.aduanterbuka.complaint;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ComplaintReference} as text. */
@Converter(autoApply = true)
public class ComplaintReferenceConverter implements AttributeConverter<ComplaintReference, String> {
  @Override
  public String convertToDatabaseColumn(ComplaintReference reference) {
    return reference == null ? null : reference.value();
  }

  @Override
  public ComplaintReference convertToEntityAttribute(String value) {
    return value == null ? null : new ComplaintReference(value);
  }
}
