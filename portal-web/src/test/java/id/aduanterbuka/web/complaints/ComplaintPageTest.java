package id.aduanterbuka.web.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.evidence.PhotoRole;
import id.aduanterbuka.evidence.PhotoStatus;
import id.aduanterbuka.evidence.PhotoStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintPageTest {
  private static final Instant RECEIVED = Instant.parse("2025-03-01T02:00:00Z");

  @Test
  void handlingTimesAreInDaysWithFractions() {
    assertEquals(1.5, ComplaintPage.days(RECEIVED, Instant.parse("2025-03-02T14:00:00Z")));
  }

  @Test
  void aMissingOrEarlierEndHasNoTime() {
    assertNull(ComplaintPage.days(RECEIVED, null));
    assertNull(ComplaintPage.days(RECEIVED, RECEIVED.minusSeconds(60)));
  }

  @Test
  void photosPointAtTheirApprovedImagesAndSayWhatTheyShow() {
    List<ComplaintPage.Photo> photos =
        ComplaintPage.photos(
            List.of(
                new PhotoStore.StoredPhoto(
                    7,
                    "ADU-1",
                    PhotoRole.BEFORE,
                    PhotoStatus.APPROVED,
                    800,
                    600,
                    "ab",
                    "k",
                    RECEIVED,
                    "op",
                    RECEIVED),
                new PhotoStore.StoredPhoto(
                    9,
                    "ADU-1",
                    PhotoRole.AFTER,
                    PhotoStatus.APPROVED,
                    640,
                    480,
                    "cd",
                    "k",
                    RECEIVED,
                    "op",
                    RECEIVED)),
            "ADU-1");
    assertEquals("/api/v1/photos/7.jpg", photos.get(0).getSrc());
    assertEquals("/api/v1/photos/7.jpg?size=thumb", photos.get(0).getThumbnail());
    assertTrue(photos.get(0).isBefore());
    assertFalse(photos.get(1).isBefore());
    assertEquals("AFTER", photos.get(1).getRole());
    assertEquals(640, photos.get(1).getWidth());
  }
}
