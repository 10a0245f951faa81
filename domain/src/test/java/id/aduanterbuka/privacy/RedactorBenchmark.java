package id.aduanterbuka.privacy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Manual timing run, not part of the suite: redacts the evaluation corpus' texts (493 bytes on
 * average) over and over in one JVM after a warm-up and prints texts/second on one thread, overall
 * and per rule. Besides wall-clock speed it prints texts per CPU-second of the benchmark thread,
 * which other processes on a shared machine disturb far less. Run with {@code java -cp
 * domain/target/classes:domain/target/test-classes:<parsson>
 * id.aduanterbuka.privacy.RedactorBenchmark [rounds]}.
 */
public final class RedactorBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RedactorBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    for (RedactorEvaluationTest.Item item : RedactorEvaluationTest.corpus()) {
      texts.add(item.text());
    }
    Redactor redactor = new Redactor();
    NameRule names = new NameRule(NameLexicon.builtIn());
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    run(texts, 50, t -> redactor.redact(t)); // warm-up
    System.out.printf(Locale.ROOT, "%-12s %16s %16s%n", "", "texts/s (wall)", "texts/CPU-s");
    report("all rules", texts, rounds, t -> redactor.redact(t));
    report("kept terms", texts, rounds, t -> KeptTerms.mark(new TextView(t)));
    report("numbers", texts, rounds, t -> NumberRule.find(new TextView(t), new ArrayList<>()));
    report("contacts", texts, rounds, t -> ContactRule.find(new TextView(t), new ArrayList<>()));
    report("plates", texts, rounds, t -> PlateRule.find(new TextView(t), new ArrayList<>()));
    report("addresses", texts, rounds, t -> AddressRule.find(new TextView(t), new ArrayList<>()));
    report("names", texts, rounds, t -> names.find(new TextView(t), new ArrayList<>()));
  }

  private static long run(List<String> texts, int rounds, Consumer<String> work) {
    long count = 0;
    for (int r = 0; r < rounds; r++) {
      for (String t : texts) {
        work.accept(t);
        count++;
      }
    }
    return count;
  }

  private static void report(String name, List<String> texts, int rounds, Consumer<String> work) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long count = run(texts, rounds, work);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        Locale.ROOT, "%-12s %,16.0f %,16.0f%n", name, count / seconds, count / cpuSeconds);
  }
}
