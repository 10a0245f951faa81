package id.aduanterbuka.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {
  @Test
  void offsetCountsFromPageOne() {
    assertEquals(0, new PageRequest(1, 20).offset());
    assertEquals(40, new PageRequest(3, 20).offset());
  }

  @Test
  void rejectsPagesBelowOneAndSizesOutsideTheMaximum() {
    assertEquals(
        "page", assertThrows(InvalidValueException.class, () -> new PageRequest(0, 20)).field());
    assertEquals(
        "size", assertThrows(InvalidValueException.class, () -> new PageRequest(1, 0)).field());
    assertEquals(
        "size",
        assertThrows(
                InvalidValueException.class, () -> new PageRequest(1, PageRequest.MAX_SIZE + 1))
            .field());
  }

  @Test
  void pageKnowsItsTotalsAndWhetherMoreFollow() {
    Page<String> page = Page.of(List.of("a", "b"), new PageRequest(1, 2), 5);
    assertEquals(3, page.totalPages());
    assertTrue(page.hasNext());
    assertFalse(Page.of(List.of("e"), new PageRequest(3, 2), 5).hasNext());
    assertEquals(0, Page.of(List.<String>of(), new PageRequest(1, 2), 0).totalPages());
    assertEquals(List.of(1, 1), page.map(String::length).items());
  }
}
