package id.aduanterbuka.privacy;

/** Structural checks that raise confidence in a number's type. */
final class Identifiers {
  private Identifiers() {}

  /**
   * A NIK is region code (province 11–94, regency, district), birth date DDMMYY with 40 added to
   * the day for women, and a serial that is never 0000.
   */
  static boolean isPlausibleNik(String digits) {
    if (digits.length() != 16) {
      return false;
    }
    int province = Integer.parseInt(digits.substring(0, 2));
    int day = Integer.parseInt(digits.substring(6, 8));
    int month = Integer.parseInt(digits.substring(8, 10));
    int serial = Integer.parseInt(digits.substring(12, 16));
    boolean dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
    return province >= 11 && province <= 94 && dayOk && month >= 1 && month <= 12 && serial > 0;
  }

  /** The Luhn checksum payment cards carry. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return digits.length() >= 12 && sum % 10 == 0;
  }
}
