package id.aduanterbuka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SmallCellPolicyTest {
  private final SmallCellPolicy policy = SmallCellPolicy.DEFAULT;

  @Test
  void countsOneToNineAreShownAsLessThanTen() {
    assertEquals("<10", policy.display(1));
    assertEquals("<10", policy.display(9));
    assertEquals(OptionalLong.empty(), policy.publishableCount(7));
  }

  @Test
  void zeroAndTenOrMoreAreShownExactly() {
    assertEquals("0", policy.display(0));
    assertEquals("10", policy.display(10));
    assertEquals(OptionalLong.of(1234), policy.publishableCount(1234));
  }

  @Test
  void summariesNeedAGroupOfAtLeastTen() {
    assertFalse(policy.allowsSummaryOver(9));
    assertTrue(policy.allowsSummaryOver(10));
    assertEquals(OptionalDouble.empty(), policy.publishableSummary(3.5, 9));
    assertEquals(OptionalDouble.of(3.5), policy.publishableSummary(3.5, 10));
  }

  @Test
  void thresholdIsConfigurableButMeaningful() {
    assertEquals("<5", new SmallCellPolicy(5).display(4));
    assertThrows(IllegalArgumentException.class, () -> new SmallCellPolicy(1));
    assertThrows(IllegalArgumentException.class, () -> policy.suppresses(-1));
  }
}
