package id.aduanterbuka.persistence.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic complaint texts and timeline notes in Indonesian. Published texts come from templates
 * that never carry a person's identity; the restricted original adds a first-person preamble with a
 * made-up reporter (name, RT/RW, phone) so privacy tests have something real to look for.
 */
final class ComplaintTexts {

  // category | template; tokens: {place} {spot} {n} {cm} {amount} {days} {weeks} {months}
  private static final String TEMPLATES =
      """
      jalan-rusak | Kondisi {spot} di {place} rusak parah, banyak lubang sedalam sekitar {cm} cm. Sudah {months} bulan tidak diperbaiki dan sering membuat pengendara motor terjatuh, apalagi saat hujan.
      jalan-rusak | Mohon perbaikan {spot} di {place}. Aspal mengelupas dan genangan air menutupi lubang sehingga membahayakan pengguna jalan pada malam hari.
      jalan-rusak | Tambalan {spot} di {place} yang dikerjakan {months} bulan lalu sudah rusak lagi. Lubang makin lebar dan sudah ada korban kecelakaan.
      penerangan-jalan | Lampu penerangan jalan umum {spot} di {place} sudah mati sekitar {weeks} minggu. Pada malam hari jalan sangat gelap dan rawan kejahatan.
      penerangan-jalan | Ada {n} tiang PJU {spot} di {place} yang lampunya tidak menyala. Mohon segera diperbaiki karena jalan ramai dilalui warga.
      angkutan-umum | Lampu lalu lintas di {spot} {place} tidak berfungsi sejak {days} hari terakhir sehingga terjadi kemacetan panjang pada jam sibuk.
      angkutan-umum | Bus AKDP yang melintas di {place} sering menaikkan penumpang di luar halte dan menarik tarif {amount}, melebihi ketentuan.
      angkutan-umum | Banyak kendaraan parkir liar di {spot} {place} sehingga lalu lintas macet. Mohon penertiban dan penambahan rambu.
      administrasi-kependudukan | Sudah {weeks} minggu mengajukan pencetakan KTP-el di {place} tetapi selalu dijawab blangko habis. Mohon kejelasan kapan KTP-el bisa dicetak.
      administrasi-kependudukan | Pengurusan {spot} di {place} tidak selesai sesuai janji. Sudah datang {n} kali tetapi diminta kembali lagi tanpa penjelasan.
      administrasi-kependudukan | Data di Kartu Keluarga salah tulis setelah perubahan data di {place}. Mohon dibantu perbaikan karena dibutuhkan untuk pendaftaran sekolah anak.
      layanan-kesehatan | Antrean di {spot} {place} sangat panjang, pasien menunggu lebih dari {n} jam dan petugas pendaftaran hanya satu orang.
      layanan-kesehatan | Stok obat di {spot} {place} sering kosong sehingga pasien diminta membeli sendiri di apotek dengan biaya sekitar {amount}.
      layanan-kesehatan | Petugas di {spot} {place} kurang ramah dan pelayanan dimulai terlambat dari jadwal yang tertulis.
      pelayanan-rumah-sakit | Pasien rujukan dari {place} ditolak di IGD dengan alasan kamar penuh, padahal kondisi pasien darurat.
      pelayanan-rumah-sakit | Antrean poli {spot} di rumah sakit sangat lama, pasien JKN dari {place} menunggu sampai {n} jam untuk diperiksa.
      pelayanan-rumah-sakit | Keluarga pasien dari {place} diminta membayar {amount} untuk obat yang seharusnya ditanggung JKN. Mohon penjelasan.
      bpjs-kesehatan | Kepesertaan JKN dinonaktifkan tanpa pemberitahuan padahal iuran dibayar rutin. Saat berobat di {spot} {place} diminta membayar sebagai pasien umum.
      bpjs-kesehatan | Proses pindah faskes JKN di {place} sudah {weeks} minggu belum berubah di aplikasi.
      bpjs-kesehatan | Peserta PBI di {place} tiba-tiba tidak aktif sehingga warga kurang mampu harus membayar biaya berobat sekitar {amount}.
      pendidikan-ppdb | Sistem PPDB jalur zonasi bermasalah, jarak rumah ke {spot} di {place} tercatat {n} km padahal hanya beberapa ratus meter.
      pendidikan-ppdb | Situs pendaftaran PPDB tidak bisa diakses sejak pagi sehingga orang tua di {place} tidak dapat mendaftar ke {spot} sebelum batas waktu.
      pendidikan-ppdb | Ada dugaan titipan kursi di {spot} di {place}. Calon siswa dengan nilai lebih tinggi justru tidak diterima.
      pungutan-sekolah | Pihak {spot} di {place} menarik sumbangan wajib sebesar {amount} per siswa dengan alasan pembangunan gedung.
      pungutan-sekolah | Orang tua siswa {spot} di {place} diminta membeli seragam dan buku di sekolah seharga {amount}, lebih mahal dari harga pasar.
      bansos | Warga kurang mampu di {place} tidak menerima {spot} padahal sudah terdaftar di DTKS, sementara warga yang mampu justru menerima.
      bansos | Penyaluran {spot} di {place} dipotong oknum sebesar {amount} per penerima.
      bansos | Sudah {months} bulan {spot} belum cair untuk keluarga lansia di {place}. Mohon pengecekan data.
      banjir | Banjir setinggi {cm} cm merendam permukiman di {place} setiap hujan deras karena saluran drainase tersumbat.
      banjir | Air kembali masuk ke rumah warga di {place}. Tanggul di {spot} jebol dan belum diperbaiki.
      banjir | Warga di {place} membutuhkan bantuan logistik dan perahu karet karena banjir sudah {days} hari belum surut.
      sampah | Tumpukan sampah {spot} di {place} sudah {days} hari tidak diangkut dan menimbulkan bau menyengat.
      sampah | TPS {spot} di {place} penuh dan sampah meluber ke jalan. Mohon penambahan jadwal pengangkutan.
      sampah | Banyak orang membuang sampah sembarangan {spot} di {place}. Mohon dipasang papan larangan dan ditertibkan.
      pencemaran-lingkungan | Limbah cair dari {spot} di {place} dibuang ke sungai sehingga air berwarna hitam dan ikan mati.
      pencemaran-lingkungan | Asap pembakaran dari {spot} di {place} mengganggu pernapasan warga, terutama anak-anak.
      pencemaran-lingkungan | Bau menyengat dari {spot} di {place} tercium hingga radius {n} km setiap malam.
      air-bersih-pdam | Air PDAM di {place} mati sudah {days} hari tanpa pemberitahuan. Warga terpaksa membeli air galon.
      air-bersih-pdam | Tagihan air bulan ini naik menjadi {amount} padahal pemakaian normal. Mohon pengecekan meteran di {place}.
      air-bersih-pdam | Air PDAM yang mengalir di {place} keruh dan berbau, tidak layak untuk kebutuhan sehari-hari.
      air-bersih-pdam | Pipa PDAM bocor {spot} di {place} dan air terbuang sejak {days} hari lalu.
      perizinan | Pengajuan {spot} di {place} sudah {weeks} minggu belum ada kepastian, status di sistem masih verifikasi.
      perizinan | Pelaku usaha kecil di {place} kesulitan mengurus {spot} karena sistem OSS sering gangguan.
      pajak-kendaraan | Pembayaran pajak kendaraan lewat aplikasi gagal tetapi saldo sudah terpotong {amount}. Mohon pengembalian, wajib pajak berdomisili di {place}.
      pajak-kendaraan | Antrean di Samsat {place} sangat panjang dan loket yang buka hanya sebagian.
      pajak-kendaraan | Program pemutihan denda pajak kendaraan tidak diberlakukan di Samsat {place} padahal sudah diumumkan.
      ketenagakerjaan | Perusahaan {spot} di {place} membayar upah di bawah UMK dan tidak mendaftarkan pekerja ke BPJS Ketenagakerjaan.
      ketenagakerjaan | Pekerja {spot} di {place} di-PHK sepihak tanpa pesangon setelah bekerja {n} tahun.
      ketenagakerjaan | THR pekerja {spot} di {place} belum dibayarkan sampai lewat hari raya.
      ketertiban-umum | Pedagang kaki lima menutup trotoar {spot} di {place} sehingga pejalan kaki harus turun ke jalan.
      ketertiban-umum | Ada tempat hiburan di {place} yang buka sampai dini hari dan sangat bising.
      ketertiban-umum | Bangunan liar berdiri {spot} di {place} dan belum ditertibkan.
      pungli | Ada oknum yang meminta uang {amount} untuk mempercepat pengurusan {spot} di {place}.
      pungli | Petugas di {place} meminta uang rokok sebesar {amount} saat pengurusan {spot}.
      penyalahgunaan-wewenang | Diduga ada penyalahgunaan anggaran {spot} di {place} karena pekerjaan tidak sesuai spesifikasi.
      penyalahgunaan-wewenang | Pelayanan {spot} di {place} sengaja diperlambat dan pemohon diarahkan ke calo.
      rumah-tidak-layak-huni | Rumah keluarga lansia di {place} hampir roboh, dinding retak dan atap bocor. Mohon dimasukkan program RTLH.
      rumah-tidak-layak-huni | Bantuan RTLH di {place} sudah diumumkan {months} bulan lalu tetapi material belum datang.
      layanan-bank-jateng | Transaksi di ATM Bank Jateng {place} gagal tetapi saldo terpotong {amount}.
      layanan-bank-jateng | Antrean di kantor cabang Bank Jateng {place} sangat lama, hanya {n} teller yang melayani.
      layanan-bank-jateng | Aplikasi mobile banking Bank Jateng tidak bisa digunakan sejak {days} hari.
      kepegawaian-asn | Pegawai di kantor {spot} {place} sering tidak berada di tempat pada jam kerja.
      kepegawaian-asn | Petugas loket {spot} di {place} bersikap kasar kepada warga lansia yang meminta informasi.
      permintaan-informasi | Mohon informasi jadwal dan syarat {spot} untuk warga {place}.
      permintaan-informasi | Mohon data {spot} di {place} tahun ini untuk keperluan penelitian.
      permintaan-informasi | Bagaimana cara mengajukan {spot} bagi warga {place}?
      aspirasi-pembangunan | Usul pembangunan {spot} di {place} karena warga harus memutar sejauh {n} km.
      aspirasi-pembangunan | Mohon dibangun {spot} di {place} untuk mengurangi kemacetan dan kecelakaan.
      aspirasi-layanan-publik | Saran agar layanan {spot} di {place} dibuka juga pada hari Sabtu bagi pekerja.
      aspirasi-layanan-publik | Mohon layanan {spot} di {place} menyediakan antrean daring agar warga tidak menunggu lama.
      """;

  private static final String SPOTS =
      """
      jalan-rusak | jalan provinsi ruas utama; jalan penghubung antardesa; jalan di depan pasar; jalan menuju puskesmas; jalan dekat SD negeri
      penerangan-jalan | sepanjang jalan utama; di jalan lingkar; dekat jembatan; di simpang dekat pasar; di jalan menuju terminal
      angkutan-umum | simpang empat dekat alun-alun; depan terminal; jalan depan pasar; pertigaan dekat sekolah
      administrasi-kependudukan | akta kelahiran; Kartu Keluarga; KTP-el; Kartu Identitas Anak; surat pindah
      layanan-kesehatan | puskesmas; puskesmas pembantu; posyandu; klinik pratama
      pelayanan-rumah-sakit | penyakit dalam; anak; jantung; saraf; mata; bedah
      bpjs-kesehatan | puskesmas; klinik; rumah sakit
      pendidikan-ppdb | SMA negeri; SMK negeri; SMA negeri unggulan
      pungutan-sekolah | SMA negeri; SMK negeri; SLB negeri
      bansos | bantuan PKH; BPNT; bantuan sembako; BLT; bantuan lansia
      banjir | muara sungai; tepi sungai; dekat rumah pompa; pinggir kali
      sampah | dekat pasar; di pinggir sungai; di depan sekolah; di ujung gang permukiman; di lahan kosong dekat jalan raya
      pencemaran-lingkungan | pabrik tekstil; peternakan ayam; usaha pengolahan kulit; tempat pembuangan akhir
      air-bersih-pdam | di depan rumah warga; di pinggir jalan utama; dekat jembatan
      perizinan | PBG; NIB; izin usaha; izin reklame; sertifikat laik fungsi
      pajak-kendaraan | -
      ketenagakerjaan | garmen; ritel; rokok; mebel
      ketertiban-umum | di sekitar alun-alun; di depan pasar; di bantaran sungai; di depan stasiun
      pungli | surat keterangan; izin usaha; dokumen kependudukan; sertifikat tanah; mutasi siswa
      penyalahgunaan-wewenang | dana desa; pembangunan jalan; bantuan hibah; pengadaan barang
      rumah-tidak-layak-huni | -
      layanan-bank-jateng | -
      kepegawaian-asn | kecamatan; kelurahan; pelayanan terpadu
      permintaan-informasi | program mudik gratis; beasiswa; realisasi anggaran jalan; penerima bantuan sosial; pelatihan kerja
      aspirasi-pembangunan | jembatan penyeberangan; jembatan penghubung antardesa; jalur sepeda; taman kota; trotoar
      aspirasi-layanan-publik | kependudukan; perizinan; Samsat; puskesmas; MPP
      """;

  private static final String RESOLUTIONS =
      """
      jalan-rusak | Sudah ditindaklanjuti, jalan telah ditambal; Perbaikan ruas jalan telah selesai dikerjakan; Lubang jalan sudah ditutup dan masuk program pemeliharaan berkala
      penerangan-jalan | Lampu PJU sudah diganti dan menyala kembali; Perbaikan jaringan PJU telah selesai
      angkutan-umum | Sudah dilakukan penertiban dan pembinaan kepada operator; Lampu lalu lintas sudah berfungsi kembali
      administrasi-kependudukan | Dokumen sudah selesai dicetak dan dapat diambil; Data kependudukan sudah diperbaiki; KTP-el sudah dicetak dan diserahkan
      layanan-kesehatan | Sudah dilakukan pembinaan kepada petugas dan penambahan loket; Stok obat sudah tersedia kembali
      pelayanan-rumah-sakit | Pasien sudah ditangani dan keluarga telah mendapat penjelasan; Biaya yang tidak sesuai sudah dikembalikan
      bpjs-kesehatan | Kepesertaan sudah diaktifkan kembali; Data peserta sudah diperbarui
      pendidikan-ppdb | Data jarak sudah diperbaiki dan hasil seleksi diperbarui; Kendala sistem sudah diatasi
      pungutan-sekolah | Sekolah sudah diminta menghentikan pungutan dan mengembalikan dana; Sudah dilakukan klarifikasi dan pembinaan kepada komite sekolah
      bansos | Data penerima sudah diverifikasi ulang dan bantuan disalurkan; Oknum pemotong bantuan sudah ditindak
      banjir | Bantuan logistik sudah disalurkan dan saluran dibersihkan; Tanggul sudah diperbaiki sementara
      sampah | Sampah sudah diangkut dan jadwal pengangkutan ditambah; Lokasi sudah dibersihkan dan dipasang papan larangan
      pencemaran-lingkungan | Sudah dilakukan inspeksi dan pelaku usaha diberi sanksi administratif; Sumber pencemaran sudah dihentikan
      air-bersih-pdam | Aliran air sudah normal kembali; Pipa bocor sudah diperbaiki; Meteran sudah dicek dan tagihan dikoreksi
      perizinan | Izin sudah terbit; Permohonan sudah diproses dan pemohon telah dihubungi
      pajak-kendaraan | Dana sudah dikembalikan ke rekening wajib pajak; Loket tambahan sudah dibuka
      ketenagakerjaan | Sudah dilakukan mediasi dan perusahaan bersedia membayar hak pekerja; Pengawas ketenagakerjaan telah melakukan pemeriksaan
      ketertiban-umum | Sudah dilakukan penertiban; Pedagang sudah direlokasi ke tempat yang disediakan
      pungli | Hasil pemeriksaan sudah diserahkan dan oknum dijatuhi sanksi; Sudah dilakukan pemeriksaan khusus
      penyalahgunaan-wewenang | Pemeriksaan selesai, rekomendasi perbaikan telah disampaikan; Sudah dilakukan audit dengan tujuan tertentu
      rumah-tidak-layak-huni | Rumah sudah masuk daftar penerima RTLH tahun ini; Material bantuan sudah dikirim
      layanan-bank-jateng | Dana sudah dikembalikan ke rekening nasabah; Gangguan aplikasi sudah diperbaiki
      kepegawaian-asn | Pegawai yang bersangkutan sudah diberi sanksi disiplin; Sudah dilakukan pembinaan
      permintaan-informasi | Informasi sudah disampaikan kepada pemohon; Data yang diminta sudah dikirim
      aspirasi-pembangunan | Usulan sudah dicatat untuk musrenbang tahun depan; Usulan masuk dalam rencana kerja dinas terkait
      aspirasi-layanan-publik | Saran diterima dan menjadi bahan evaluasi layanan; Layanan antrean daring sudah tersedia
      """;

  static final String[] RESPONSES = {
    "Terima kasih atas laporannya, akan segera kami cek ke lokasi",
    "Laporan sudah kami terima dan sedang dikoordinasikan dengan petugas lapangan",
    "Mohon maaf atas ketidaknyamanannya, laporan sedang kami tindak lanjuti",
    "Laporan diterima, tim kami akan melakukan verifikasi",
  };
  static final String[] PROGRESS = {
    "Penanganan sedang berjalan",
    "Tim sudah diterjunkan ke lokasi",
    "Sedang dalam proses perbaikan",
    "Dijadwalkan untuk ditangani minggu ini",
  };
  static final String[] REJECTIONS = {
    "Laporan tidak dapat ditindaklanjuti karena informasi kurang lengkap",
    "Laporan duplikat dari laporan sebelumnya",
    "Bukan kewenangan pemerintah daerah",
    "Laporan tidak memenuhi ketentuan",
  };
  static final String[] CLOSINGS = {
    "Laporan ditutup setelah konfirmasi pelapor",
    "Ditutup otomatis setelah masa konfirmasi berakhir",
  };
  static final String VERIFIED = "Laporan telah diverifikasi";
  static final String NOT_OUR_AUTHORITY =
      "Bukan kewenangan kami, mohon dialihkan ke instansi terkait";
  static final String REOPENED = "Dibuka kembali: pelapor menyatakan masalah belum tuntas";
  static final String REOPEN_RESPONSE = "Laporan dibuka kembali dan sedang kami tindak lanjuti";

  private static final String[] FIRST_NAMES = {
    "Budi",
    "Siti",
    "Agus",
    "Sri",
    "Dwi",
    "Eko",
    "Slamet",
    "Wahyu",
    "Rina",
    "Dewi",
    "Joko",
    "Bambang",
    "Yuli",
    "Endang",
    "Heru",
    "Tri",
    "Nur",
    "Ahmad",
    "Muhammad",
    "Fitri",
    "Ani",
    "Rizky",
    "Dimas",
    "Putri",
    "Ayu",
    "Bayu",
    "Arif",
    "Lina",
    "Hendra",
    "Indah",
    "Yusuf",
    "Retno",
    "Galih",
    "Anisa",
    "Teguh",
  };
  private static final String[] LAST_NAMES = {
    "Santoso", "Wibowo", "Susanto", "Rahayu", "Setiawan", "Hidayat", "Kurniawan", "Purnomo",
    "Saputra", "Wulandari", "Handayani", "Prasetyo", "Nugroho", "Lestari", "Utomo", "Suryani",
    "Hartono", "Sulistyowati", "Pratama", "Widodo", "Maryani", "Nuraini", "Firmansyah", "Kusuma",
  };
  private static final String[] MOBILE_PREFIXES = {
    "811", "812", "813", "821", "822", "852", "853", "856", "857", "858", "877", "878", "881",
    "895", "896",
  };
  private static final long[] AMOUNTS = {
    25_000, 50_000, 100_000, 150_000, 200_000, 250_000, 300_000, 500_000, 750_000, 1_000_000,
    1_500_000, 2_500_000,
  };

  /** Templates, spots and resolution notes of one category. */
  record CategoryTexts(String[] templates, String[] spots, String[] resolutions) {}

  private ComplaintTexts() {}

  /** Texts for every category code, failing fast when a category has none. */
  static Map<String, CategoryTexts> byCategory(List<String> codes) {
    Map<String, List<String>> templates = new LinkedHashMap<>();
    for (String[] r : TextTable.rows(TEMPLATES, 2)) {
      templates.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
    }
    Map<String, List<String>> spots = listTable(SPOTS);
    Map<String, List<String>> resolutions = listTable(RESOLUTIONS);
    Map<String, CategoryTexts> out = new LinkedHashMap<>();
    for (String code : codes) {
      if (!templates.containsKey(code) || !resolutions.containsKey(code)) {
        throw new IllegalStateException("no complaint texts for category " + code);
      }
      out.put(
          code,
          new CategoryTexts(
              templates.get(code).toArray(String[]::new),
              spots.getOrDefault(code, List.of()).toArray(String[]::new),
              resolutions.get(code).toArray(String[]::new)));
    }
    return out;
  }

  /** Appends a published complaint text about {@code place} to {@code out}. */
  static void body(CategoryTexts texts, String place, SplittableRandom rnd, StringBuilder out) {
    String template = pick(texts.templates(), rnd);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      switch (template.substring(i + 1, close)) {
        case "place" -> out.append(place);
        case "spot" -> out.append(texts.spots().length == 0 ? "" : pick(texts.spots(), rnd));
        case "n" -> out.append(2 + rnd.nextInt(5));
        case "cm" -> out.append(10 + 5 * rnd.nextInt(9));
        case "days" -> out.append(2 + rnd.nextInt(12));
        case "weeks" -> out.append(2 + rnd.nextInt(7));
        case "months" -> out.append(2 + rnd.nextInt(10));
        case "amount" -> rupiah(AMOUNTS[rnd.nextInt(AMOUNTS.length)], out);
        default -> throw new IllegalStateException("unknown token in " + template);
      }
      i = close + 1;
    }
  }

  static String reporterName(SplittableRandom rnd) {
    return pick(FIRST_NAMES, rnd) + " " + pick(LAST_NAMES, rnd);
  }

  /** A synthetic Indonesian mobile number, e.g. 081234567890. */
  static String mobileNumber(SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder(13).append('0').append(pick(MOBILE_PREFIXES, rnd));
    int digits = 7 + rnd.nextInt(2);
    for (int i = 0; i < digits; i++) {
      sb.append(rnd.nextInt(10));
    }
    return sb.toString();
  }

  /** A reserved-domain address (example.com) so it can never reach a real person. */
  static String email(String name, SplittableRandom rnd) {
    return name.toLowerCase(Locale.ROOT).replace(' ', '.')
        + (10 + rnd.nextInt(90))
        + "@example.com";
  }

  /** The citizen's own opening, identity included; only ever stored in the restricted table. */
  static void preamble(
      String name, String contact, String place, SplittableRandom rnd, StringBuilder out) {
    int rt = 1 + rnd.nextInt(12);
    int rw = 1 + rnd.nextInt(9);
    if (name == null) {
      out.append("Saya warga ").append(place).append(", mohon identitas saya dirahasiakan. ");
      return;
    }
    switch (rnd.nextInt(3)) {
      case 0 -> out.append("Saya ").append(name).append(", warga RT ");
      case 1 -> out.append("Nama saya ").append(name).append(", tinggal di RT ");
      default -> out.append("Lapor, saya ").append(name).append(" dari RT ");
    }
    out.append(rt < 10 ? "0" : "").append(rt).append("/RW 0").append(rw).append(' ').append(place);
    out.append(contact.indexOf('@') >= 0 ? ", surel " : ", WA ").append(contact).append(". ");
  }

  static String pick(String[] options, SplittableRandom rnd) {
    return options[rnd.nextInt(options.length)];
  }

  private static void rupiah(long amount, StringBuilder out) {
    String digits = Long.toString(amount);
    out.append("Rp");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
  }

  private static Map<String, List<String>> listTable(String block) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] r : TextTable.rows(block, 2)) {
      out.put(r[0], TextTable.list(r[1]));
    }
    return out;
  }
}
