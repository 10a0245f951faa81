package id.aduanterbuka.web.errors;

/** What an error page says for a status, in both languages: the status's meaning and what to do. */
final class Titles {
  private Titles() {}

  static String english(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 429 -> "Too Many Requests";
      case 503 -> "Service Unavailable";
      default -> status < 500 ? "Client Error" : "Server Error";
    };
  }

  static String indonesian(int status) {
    return switch (status) {
      case 404 -> "Halaman tidak ditemukan";
      case 401, 403 -> "Akses ditolak";
      case 429 -> "Terlalu banyak permintaan";
      case 503 -> "Layanan sedang tidak tersedia";
      default -> status < 500 ? "Permintaan tidak dapat diproses" : "Terjadi kesalahan di server";
    };
  }

  static String englishAdvice(int status) {
    return switch (status) {
      case 404 -> "There is no page at this address.";
      case 429, 503 -> "Please try again in a moment.";
      default ->
          status < 500
              ? "The request could not be answered."
              : "Something went wrong on our side; please try again later.";
    };
  }

  static String indonesianAdvice(int status) {
    return switch (status) {
      case 404 -> "Tidak ada halaman di alamat ini.";
      case 429, 503 -> "Silakan coba lagi sebentar lagi.";
      default ->
          status < 500
              ? "Permintaan ini tidak dapat dijawab."
              : "Terjadi kesalahan di pihak kami; silakan coba lagi nanti.";
    };
  }
}
