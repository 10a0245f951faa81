package id.aduanterbuka.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartTest {
  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void barsAreWellFormedTitledAndProportional() throws Exception {
    String svg =
        SvgChart.bars(
            "b",
            "Backlog <by age> & \"more\"",
            List.of(new SvgChart.Bar("0–5 days", 50), new SvgChart.Bar("6+ days", 25)),
            v -> String.valueOf((long) v));

    Document doc = parse(svg); // fails on any unescaped markup
    Element root = doc.getDocumentElement();
    assertEquals("img", root.getAttribute("role"));
    assertEquals("b-title", root.getAttribute("aria-labelledby"));
    assertEquals(
        "Backlog <by age> & \"more\"", doc.getElementsByTagName("title").item(0).getTextContent());
    NodeList rects = doc.getElementsByTagName("rect");
    double first = Double.parseDouble(((Element) rects.item(0)).getAttribute("width"));
    double second = Double.parseDouble(((Element) rects.item(1)).getAttribute("width"));
    assertEquals(2.0, first / second, 1e-9, "bar lengths follow the values");
  }

  @Test
  void linesSkipMissingValuesAndScaleToARoundMaximum() throws Exception {
    String svg =
        SvgChart.lines(
            "t",
            "Trend",
            List.of("Jan", "Feb", "Mar", "Apr"),
            List.of(new SvgChart.Series("received", Arrays.asList(10.0, null, 30.0, 40.0))),
            v -> String.valueOf((long) v));

    Document doc = parse(svg);
    String path = ((Element) doc.getElementsByTagName("path").item(0)).getAttribute("d");
    assertEquals(2, path.split("M").length - 1, "a gap starts a new segment: " + path);
    assertTrue(svg.contains(">40<") || svg.contains(">50<"), "axis up to a round maximum");
    assertFalse(svg.contains("NaN"));
  }

  @Test
  void roundMaxima() {
    assertEquals(1, SvgChart.niceMax(0));
    assertEquals(50, SvgChart.niceMax(41));
    assertEquals(2.5, SvgChart.niceMax(2.1), 1e-9);
    assertEquals(1000, SvgChart.niceMax(1000));
  }
}
