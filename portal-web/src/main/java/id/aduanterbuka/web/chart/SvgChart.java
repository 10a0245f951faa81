package id.aduanterbuka.web.chart;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Charts drawn on the server as inline SVG: no script, readable without CSS, scaled by the page.
 * Every chart carries a title for screen readers ({@code role="img"}); the page shows the same
 * numbers in a data table next to it. Colours are the Okabe–Ito palette, distinguishable with the
 * common colour-vision deficiencies, and series also differ by marker shape and dash.
 */
public final class SvgChart {
  /** Okabe–Ito: blue, vermillion, bluish green, orange, reddish purple, sky blue. */
  static final List<String> PALETTE =
      List.of("#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9");

  private static final int WIDTH = 640;
  private static final int LEFT = 56;
  private static final int RIGHT = 12;
  private static final int TOP = 12;

  private SvgChart() {}

  /** One line of a line chart: a name and one value per label (null = no data). */
  public record Series(String name, List<Double> values) {}

  /** One bar of a bar chart. */
  public record Bar(String label, double value) {}

  /**
   * A line chart over shared x labels (months), y from zero to a round maximum.
   *
   * @param format writes axis values in the page's locale
   */
  public static String lines(
      String id,
      String title,
      List<String> labels,
      List<Series> series,
      DoubleFunction<String> format) {
    int height = 240;
    int bottom = 40;
    double max =
        niceMax(
            series.stream()
                .flatMap(s -> s.values().stream())
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0));
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = height - TOP - bottom;
    StringBuilder svg = open(id, title, height);
    axis(svg, max, plotH, format);
    int n = labels.size();
    double step = n > 1 ? plotW / (n - 1) : 0;
    int every = Math.max(1, (int) Math.ceil(n / 8.0));
    for (int i = 0; i < n; i += every) {
      double x = LEFT + i * step;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"chart-label\">%s</text>",
              x,
              height - bottom + 16,
              escape(labels.get(i))));
    }
    for (int s = 0; s < series.size(); s++) {
      String colour = PALETTE.get(s % PALETTE.size());
      StringBuilder path = new StringBuilder();
      List<Double> values = series.get(s).values();
      boolean pen = false;
      for (int i = 0; i < Math.min(n, values.size()); i++) {
        Double v = values.get(i);
        if (v == null) {
          pen = false;
          continue;
        }
        double x = LEFT + i * step;
        double y = TOP + plotH - (max == 0 ? 0 : v / max * plotH);
        path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", pen ? "L" : "M", x, y));
        pen = true;
        svg.append(marker(s, x, y, colour));
      }
      svg.append(
          String.format(
              "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>",
              path.toString().strip(),
              colour,
              s == 0 ? "" : " stroke-dasharray=\"" + (s == 1 ? "6 3" : "2 3") + "\""));
    }
    legend(svg, series, height - 8);
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, longest first as given, each with its label and value written out. */
  public static String bars(
      String id, String title, List<Bar> bars, DoubleFunction<String> format) {
    int row = 26;
    int labelWidth = 220;
    int height = TOP + bars.size() * row + 8;
    double max = niceMax(bars.stream().mapToDouble(Bar::value).max().orElse(0));
    double plotW = WIDTH - labelWidth - 70;
    StringBuilder svg = open(id, title, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = TOP + i * row;
      double w = max == 0 ? 0 : b.value() / max * plotW;
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"chart-label\">%s</text>",
                  labelWidth - 6,
                  y + 16,
                  escape(shorten(b.label(), 34))))
          .append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>",
                  labelWidth,
                  y + 3,
                  w,
                  PALETTE.get(0)))
          .append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%.1f\" y=\"%.1f\" class=\"chart-label\">%s</text>",
                  labelWidth + w + 4,
                  y + 16,
                  escape(format.apply(b.value()))));
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, int height) {
    return new StringBuilder(2_048)
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(escape(id))
        .append("-title\"><title id=\"")
        .append(escape(id))
        .append("-title\">")
        .append(escape(title))
        .append("</title>");
  }

  private static void axis(StringBuilder svg, double max, double plotH, DoubleFunction<String> f) {
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4;
      double y = TOP + plotH - plotH * i / 4;
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"chart-grid\"/>",
                  LEFT,
                  WIDTH - RIGHT,
                  y,
                  y))
          .append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"chart-label\">%s</text>",
                  LEFT - 6,
                  y + 4,
                  escape(f.apply(v))));
    }
  }

  private static String marker(int series, double x, double y, String colour) {
    return switch (series % 3) {
      case 0 ->
          String.format(
              Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, colour);
      case 1 ->
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\" fill=\"%s\"/>",
              x - 3,
              y - 3,
              colour);
      default ->
          String.format(
              Locale.ROOT, "<path d=\"M%.1f %.1f l4 6 h-8 z\" fill=\"%s\"/>", x, y - 4, colour);
    };
  }

  private static void legend(StringBuilder svg, List<Series> series, int y) {
    int x = LEFT;
    for (int s = 0; s < series.size(); s++) {
      svg.append(marker(s, x + 4, y - 4, PALETTE.get(s % PALETTE.size())))
          .append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%d\" class=\"chart-label\">%s</text>",
                  x + 12,
                  y,
                  escape(series.get(s).name())));
      x += 24 + 7 * series.get(s).name().length();
    }
  }

  /** 0 → 1; otherwise the next 1, 2, 2.5 or 5 × 10^k at or above the value. */
  static double niceMax(double max) {
    if (max <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * magnitude >= max) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
