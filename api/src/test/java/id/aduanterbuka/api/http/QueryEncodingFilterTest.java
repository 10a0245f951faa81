package id.aduanterbuka.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryEncodingFilterTest {
  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "q=jalan%20rusak",
        "q=jalan+rusak&limit=5",
        "q=caf%C3%A9%F0%9F%98%80",
        "q=100%25",
        "q=",
        "flag",
        "a=1&&b=2",
        "q=caf\u00e9",
        "cursor=eyJhIjoxfQ%3D%3D"
      })
  void wellEncodedQueriesPass(String query) {
    assertEquals(Optional.empty(), QueryEncodingFilter.invalidParameter(query));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "q=%ZZ | q",
        "limit=5&agency=%zz | agency",
        "q=% | q",
        "q=ab%4 | q",
        "q=%u0041 | q",
        "q=%E0%A4%A | q",
        "q=%E0%A4 | q",
        "q=%C0%AF | q",
        "q=%FF | q",
        "q=%ED%A0%80 | q",
        "%ZZ=1 | query",
        "na%6De=%ZZ | name"
      })
  void brokenEscapesAndBytesThatAreNotUtf8NameTheirParameter(String query, String parameter) {
    assertEquals(Optional.of(parameter), QueryEncodingFilter.invalidParameter(query));
  }
}
