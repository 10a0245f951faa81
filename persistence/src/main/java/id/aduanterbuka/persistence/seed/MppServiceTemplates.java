package id.aduanterbuka.persistence.seed;

/**
 * Service standards for the kinds of service MPP tenants offer, as published in typical MPP
 * catalogues: fees follow the national PNBP rules (PP 76/2020 for police documents, PP 28/2019 for
 * passports, PP 128/2015 for land services); 0 means free.
 *
 * <p>Each entry: key | name | duration | fee (rupiah) | output | legal basis | online link |
 * requirements | procedure steps, the last two {@code ;}-separated.
 */
final class MppServiceTemplates {
  private MppServiceTemplates() {}

  static final String DUKCAPIL =
      """
      ktp-el | Perekaman dan penerbitan KTP-el | 1 WORKING_DAYS | 0 | KTP-el | UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 | - \
        | Fotokopi Kartu Keluarga; Berusia 17 tahun atau sudah/pernah kawin; Surat keterangan hilang dari kepolisian bila KTP-el hilang \
        | Ambil nomor antrean di loket Disdukcapil; Verifikasi berkas oleh petugas; Perekaman foto, sidik jari, iris mata dan tanda tangan; Pencetakan dan penyerahan KTP-el
      kk | Penerbitan Kartu Keluarga | 1 WORKING_DAYS | 0 | Kartu Keluarga bertanda tangan elektronik | UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 | - \
        | Kartu Keluarga lama; Dokumen dasar perubahan (akta, buku nikah); Formulir biodata keluarga \
        | Serahkan berkas di loket; Verifikasi dan validasi data; Pencetakan Kartu Keluarga
      akta-kelahiran | Penerbitan akta kelahiran | 1 WORKING_DAYS | 0 | Kutipan akta kelahiran | UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 | - \
        | Surat keterangan lahir dari rumah sakit, puskesmas atau bidan; Kartu Keluarga; Buku nikah atau akta perkawinan orang tua; SPTJM bila buku nikah tidak ada \
        | Isi formulir pelaporan kelahiran; Verifikasi berkas; Penerbitan kutipan akta kelahiran
      akta-kematian | Penerbitan akta kematian | 1 WORKING_DAYS | 0 | Kutipan akta kematian | UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 | - \
        | Surat keterangan kematian dari rumah sakit atau kelurahan; Kartu Keluarga; KTP-el almarhum \
        | Isi formulir pelaporan kematian; Verifikasi berkas; Penerbitan akta dan pemutakhiran Kartu Keluarga
      kia | Penerbitan Kartu Identitas Anak (KIA) | 1 WORKING_DAYS | 0 | Kartu Identitas Anak | Permendagri 2/2016 tentang Kartu Identitas Anak | - \
        | Kutipan akta kelahiran anak; Kartu Keluarga; Pas foto berwarna untuk anak usia 5 tahun ke atas \
        | Serahkan berkas di loket; Verifikasi data; Pencetakan KIA
      pindah | Surat keterangan pindah WNI | 60 MINUTES | 0 | Surat Keterangan Pindah | UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 | - \
        | Kartu Keluarga; KTP-el; Formulir permohonan pindah \
        | Isi formulir permohonan pindah; Verifikasi berkas; Penerbitan surat keterangan pindah
      akta-perkawinan | Pencatatan perkawinan (non-Muslim) | 3 WORKING_DAYS | 0 | Kutipan akta perkawinan | UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 | - \
        | Surat keterangan perkawinan dari pemuka agama; KTP-el dan Kartu Keluarga kedua mempelai; Pas foto berdampingan; KTP-el dua orang saksi \
        | Pendaftaran dan pemeriksaan berkas; Pencatatan di hadapan petugas; Penerbitan kutipan akta perkawinan
      akta-perceraian | Pencatatan perceraian (non-Muslim) | 3 WORKING_DAYS | 0 | Kutipan akta perceraian | UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 | - \
        | Salinan putusan pengadilan yang berkekuatan hukum tetap; Kutipan akta perkawinan; KTP-el dan Kartu Keluarga \
        | Serahkan berkas di loket; Verifikasi putusan; Penerbitan kutipan akta perceraian
      perubahan-biodata | Perubahan data kependudukan | 1 WORKING_DAYS | 0 | Kartu Keluarga dengan data baru | UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 | - \
        | Kartu Keluarga; Dokumen pendukung (ijazah, buku nikah, akta) \
        | Isi formulir perubahan biodata; Verifikasi dokumen pendukung; Pencetakan Kartu Keluarga baru
      legalisir | Legalisir dokumen kependudukan | 30 MINUTES | 0 | Dokumen terlegalisir | UU 24/2013 tentang Administrasi Kependudukan | - \
        | Dokumen asli; Fotokopi dokumen yang akan dilegalisir \
        | Serahkan dokumen di loket; Pencocokan dengan dokumen asli; Pembubuhan cap dan paraf
      ikd | Aktivasi Identitas Kependudukan Digital (IKD) | 15 MINUTES | 0 | Akun IKD aktif | Permendagri 72/2022 | - \
        | KTP-el; Ponsel pintar dengan nomor dan surel aktif \
        | Unduh aplikasi IKD; Pindai kode QR aktivasi di loket; Verifikasi wajah dan aktivasi
      """;

  static final String DPMPTSP_REGENCY =
      """
      nib | Pendampingan penerbitan NIB | 60 MINUTES | 0 | Nomor Induk Berusaha | PP 5/2021 tentang Perizinan Berusaha Berbasis Risiko | https://oss.go.id \
        | KTP-el; NPWP; Alamat dan jenis usaha (KBLI) | Buat akun OSS; Isi data usaha dengan pendampingan petugas; Unduh NIB
      pbg | Persetujuan Bangunan Gedung (PBG) | 28 WORKING_DAYS | 0 | Persetujuan Bangunan Gedung | PP 16/2021 tentang Bangunan Gedung | https://simbg.pu.go.id \
        | Bukti kepemilikan tanah; Gambar rencana teknis; KTP-el pemohon; Dokumen KKPR \
        | Daftar di SIMBG; Konsultasi dengan Tim Profesi Ahli; Pembayaran retribusi; Penerbitan PBG
      slf | Sertifikat Laik Fungsi (SLF) | 14 WORKING_DAYS | 0 | Sertifikat Laik Fungsi | PP 16/2021 tentang Bangunan Gedung | https://simbg.pu.go.id \
        | PBG; Laporan pemeriksaan kelaikan fungsi; Gambar terbangun | Unggah dokumen di SIMBG; Pemeriksaan lapangan; Penerbitan SLF
      sip-dokter | Surat Izin Praktik (SIP) dokter | 5 WORKING_DAYS | 0 | SIP dokter | UU 17/2023 tentang Kesehatan | - \
        | STR yang masih berlaku; Surat keterangan dari fasilitas kesehatan; Pas foto \
        | Ajukan permohonan; Verifikasi berkas oleh Dinas Kesehatan; Penerbitan SIP
      sip-bidan | Surat Izin Praktik (SIP) bidan | 5 WORKING_DAYS | 0 | SIP bidan | UU 17/2023 tentang Kesehatan | - \
        | STR bidan; Surat keterangan tempat praktik; Pas foto | Ajukan permohonan; Verifikasi berkas; Penerbitan SIP
      sip-perawat | Surat Izin Praktik (SIP) perawat | 5 WORKING_DAYS | 0 | SIP perawat | UU 17/2023 tentang Kesehatan | - \
        | STR perawat; Surat keterangan tempat praktik | Ajukan permohonan; Verifikasi berkas; Penerbitan SIP
      sipa | Surat Izin Praktik Apoteker (SIPA) | 5 WORKING_DAYS | 0 | SIPA | Permenkes 9/2017 tentang Apotek | - \
        | STR apoteker; Surat persetujuan pemilik apotek | Ajukan permohonan; Verifikasi berkas; Penerbitan SIPA
      izin-reklame | Izin penyelenggaraan reklame | 7 WORKING_DAYS | 0 | Izin reklame | Peraturan daerah tentang penyelenggaraan reklame | - \
        | KTP-el; Desain dan ukuran reklame; Foto lokasi; Persetujuan pemilik lahan \
        | Ajukan permohonan; Survei lokasi; Pembayaran pajak reklame; Penerbitan izin
      tdup | Sertifikat standar usaha pariwisata | 3 WORKING_DAYS | 0 | Sertifikat standar usaha pariwisata | PP 5/2021 | https://oss.go.id \
        | NIB; KTP-el penanggung jawab | Ajukan melalui OSS; Verifikasi; Penerbitan sertifikat
      izin-apotek | Izin apotek | 10 WORKING_DAYS | 0 | Izin apotek | Permenkes 9/2017 tentang Apotek | https://oss.go.id \
        | NIB; SIPA apoteker penanggung jawab; Denah bangunan; Daftar sarana dan prasarana \
        | Ajukan melalui OSS; Pemeriksaan lapangan; Penerbitan izin
      """;

  static final String DPMPTSP_PROVINCE =
      """
      nib-oss | Pendampingan NIB dan OSS RBA | 60 MINUTES | 0 | Nomor Induk Berusaha | PP 5/2021 tentang Perizinan Berusaha Berbasis Risiko | https://oss.go.id \
        | KTP-el; NPWP; Data usaha (KBLI, lokasi, modal) | Konsultasi di loket; Pengisian data di OSS; Penerbitan NIB
      pkkpr | Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) | 20 WORKING_DAYS | 0 | PKKPR | PP 21/2021 tentang Penyelenggaraan Penataan Ruang | https://oss.go.id \
        | NIB; Koordinat lokasi; Rencana teknis kegiatan | Ajukan melalui OSS; Penilaian dokumen; Penerbitan PKKPR
      sertifikat-standar | Verifikasi sertifikat standar usaha | 10 WORKING_DAYS | 0 | Sertifikat standar terverifikasi | PP 5/2021 | https://oss.go.id \
        | NIB; Pernyataan pemenuhan standar | Ajukan verifikasi; Pemeriksaan; Penetapan sertifikat
      izin-akdp | Izin trayek angkutan antarkota dalam provinsi (AKDP) | 14 WORKING_DAYS | 0 | Izin penyelenggaraan angkutan AKDP | PM Perhubungan 15/2019 | https://oss.go.id \
        | NIB; Bukti kepemilikan kendaraan; Hasil uji berkala kendaraan; Surat keterangan pool | Ajukan permohonan; Rekomendasi Dishub; Penerbitan izin
      """;

  static final String SAMSAT =
      """
      pkb-tahunan | Pengesahan STNK dan pembayaran PKB tahunan | 30 MINUTES | 0 | STNK disahkan dan notice pajak | UU 1/2022 tentang HKPD | https://bapenda.jatengprov.go.id \
        | KTP-el sesuai STNK; STNK asli | Serahkan berkas di loket Samsat; Penetapan pajak; Pembayaran; Pengesahan STNK
      stnk-5-tahunan | Penggantian STNK dan TNKB lima tahunan (roda dua) | 3 HOURS | 160000 | STNK dan TNKB baru | PP 76/2020 tentang PNBP Polri | - \
        | KTP-el; STNK asli; BPKB asli; Hasil cek fisik kendaraan | Cek fisik kendaraan; Pendaftaran di loket; Penetapan dan pembayaran; Penyerahan STNK dan TNKB
      balik-nama | Balik nama kendaraan bermotor | 1 WORKING_DAYS | 0 | STNK atas nama baru | UU 1/2022 tentang HKPD; PP 76/2020 | - \
        | KTP-el pemilik baru; BPKB asli; STNK asli; Kuitansi jual beli | Cek fisik kendaraan; Pendaftaran; Pembayaran; Penerbitan STNK
      mutasi-masuk | Mutasi masuk kendaraan dari luar provinsi | 3 WORKING_DAYS | 0 | STNK dan TNKB Jawa Tengah | UU 1/2022 tentang HKPD | - \
        | Berkas mutasi dari daerah asal; KTP-el; BPKB asli | Cek fisik; Pendaftaran; Pembayaran; Penerbitan STNK
      blokir-kendaraan | Pemblokiran data kendaraan yang sudah dijual | 30 MINUTES | 0 | Tanda bukti blokir | UU 1/2022 tentang HKPD | - \
        | KTP-el pemilik lama; Fotokopi STNK atau bukti jual beli | Isi formulir blokir; Verifikasi data; Cetak bukti blokir
      """;

  static final String POLRI =
      """
      sim-a-perpanjangan | Perpanjangan SIM A | 60 MINUTES | 80000 | SIM A | Perpol 5/2021; PP 76/2020 | - \
        | KTP-el; SIM lama; Surat keterangan sehat jasmani; Hasil tes psikologi | Pendaftaran; Pembayaran PNBP; Foto dan sidik jari; Pencetakan SIM
      sim-c-perpanjangan | Perpanjangan SIM C | 60 MINUTES | 75000 | SIM C | Perpol 5/2021; PP 76/2020 | - \
        | KTP-el; SIM lama; Surat keterangan sehat jasmani; Hasil tes psikologi | Pendaftaran; Pembayaran PNBP; Foto dan sidik jari; Pencetakan SIM
      skck | Penerbitan SKCK | 60 MINUTES | 30000 | Surat Keterangan Catatan Kepolisian | PP 76/2020 | https://skck.polri.go.id \
        | KTP-el; Kartu Keluarga; Pas foto 4x6 latar merah; Rumus sidik jari | Daftar daring atau di loket; Verifikasi berkas; Pembayaran PNBP; Penerbitan SKCK
      """;

  static final String IMIGRASI =
      """
      paspor-biasa | Penerbitan paspor biasa 48 halaman | 4 WORKING_DAYS | 350000 | Paspor biasa | UU 6/2011; PP 28/2019 | https://www.imigrasi.go.id \
        | KTP-el; Kartu Keluarga; Akta kelahiran, ijazah atau buku nikah | Daftar lewat aplikasi M-Paspor; Bayar PNBP; Wawancara, foto dan sidik jari; Pengambilan paspor
      paspor-elektronik | Penerbitan paspor elektronik 48 halaman | 4 WORKING_DAYS | 650000 | Paspor elektronik | UU 6/2011; PP 28/2019 | https://www.imigrasi.go.id \
        | KTP-el; Kartu Keluarga; Akta kelahiran, ijazah atau buku nikah | Daftar lewat aplikasi M-Paspor; Bayar PNBP; Wawancara, foto dan sidik jari; Pengambilan paspor
      paspor-penggantian | Penggantian paspor habis masa berlaku | 4 WORKING_DAYS | 350000 | Paspor biasa | UU 6/2011; PP 28/2019 | https://www.imigrasi.go.id \
        | KTP-el; Paspor lama | Daftar lewat aplikasi M-Paspor; Bayar PNBP; Foto dan wawancara; Pengambilan paspor
      """;

  static final String DJP =
      """
      npwp-baru | Pendaftaran NPWP orang pribadi | 1 WORKING_DAYS | 0 | NPWP | UU 6/1983 tentang KUP jo. UU 7/2021 | https://ereg.pajak.go.id \
        | KTP-el; Surat keterangan usaha bagi pelaku usaha | Isi formulir pendaftaran; Verifikasi; Penerbitan kartu NPWP
      cetak-npwp | Cetak ulang kartu NPWP | 30 MINUTES | 0 | Kartu NPWP | UU 6/1983 tentang KUP | - \
        | KTP-el; Surat keterangan hilang | Isi formulir; Cetak kartu
      efin | Aktivasi EFIN | 15 MINUTES | 0 | EFIN aktif | UU 6/1983 tentang KUP | https://djponline.pajak.go.id \
        | KTP-el; NPWP | Verifikasi identitas; Aktivasi EFIN
      konsultasi-spt | Asistensi pengisian SPT Tahunan | 30 MINUTES | 0 | SPT Tahunan terlapor | UU 6/1983 tentang KUP | https://djponline.pajak.go.id \
        | EFIN; Bukti potong pajak | Ambil antrean; Pengisian SPT bersama petugas; Kirim SPT
      pemadanan-nik | Pemadanan NIK sebagai NPWP | 15 MINUTES | 0 | NIK terpadan | PMK 112/2022 | https://djponline.pajak.go.id \
        | KTP-el; NPWP lama | Verifikasi data; Pemadanan di sistem
      """;

  static final String BPJS =
      """
      pendaftaran-pbpu | Pendaftaran peserta JKN mandiri (PBPU) | 30 MINUTES | 0 | Kartu JKN-KIS digital | Perpres 82/2018 tentang Jaminan Kesehatan | https://www.bpjs-kesehatan.go.id \
        | KTP-el; Kartu Keluarga; Nomor rekening untuk autodebit | Isi formulir daftar isian peserta; Verifikasi; Pembayaran iuran pertama; Aktivasi kartu
      perubahan-data | Perubahan data peserta JKN | 30 MINUTES | 0 | Data peserta diperbarui | Perpres 82/2018 tentang Jaminan Kesehatan | - \
        | Kartu JKN-KIS; KTP-el; Kartu Keluarga | Isi formulir perubahan data; Verifikasi; Pemutakhiran data
      pindah-faskes | Perubahan fasilitas kesehatan tingkat pertama | 15 MINUTES | 0 | FKTP baru | Perpres 82/2018 tentang Jaminan Kesehatan | - \
        | Kartu JKN-KIS; KTP-el | Pilih FKTP baru; Verifikasi; Pemutakhiran data
      reaktivasi | Reaktivasi kepesertaan JKN | 60 MINUTES | 0 | Kepesertaan aktif kembali | Perpres 82/2018 tentang Jaminan Kesehatan | - \
        | Kartu JKN-KIS; KTP-el; Bukti pelunasan tunggakan | Cek status kepesertaan; Pelunasan tunggakan; Aktivasi
      informasi-jkn | Informasi dan pengaduan JKN | 15 MINUTES | 0 | Informasi layanan | Perpres 82/2018 tentang Jaminan Kesehatan | https://www.bpjs-kesehatan.go.id \
        | Kartu JKN-KIS; KTP-el | Ambil antrean; Konsultasi dengan petugas
      """;

  static final String BANK =
      """
      tabungan | Pembukaan rekening tabungan | 30 MINUTES | 0 | Buku tabungan dan kartu ATM | UU 10/1998 tentang Perbankan | https://www.bankjateng.co.id \
        | KTP-el; NPWP bila ada; Setoran awal | Isi formulir pembukaan rekening; Verifikasi identitas; Setoran awal; Penyerahan buku tabungan
      pbb-p2 | Pembayaran PBB-P2 | 15 MINUTES | 0 | Tanda lunas PBB | UU 1/2022 tentang HKPD | - \
        | SPPT PBB tahun berjalan; Uang pembayaran sesuai SPPT | Serahkan SPPT di teller; Pembayaran; Cetak bukti bayar
      kur | Konsultasi Kredit Usaha Rakyat (KUR) | 30 MINUTES | 0 | Informasi dan berkas KUR | Permenko Perekonomian 1/2023 | https://www.bankjateng.co.id \
        | KTP-el; Kartu Keluarga; Surat keterangan usaha; NIB | Konsultasi dengan petugas; Penyerahan berkas; Survei usaha
      retribusi | Pembayaran pajak dan retribusi daerah | 15 MINUTES | 0 | Bukti bayar | UU 1/2022 tentang HKPD | - \
        | Kode bayar atau SKRD; Identitas wajib pajak | Serahkan kode bayar; Pembayaran; Cetak bukti bayar
      """;

  static final String BPN =
      """
      cek-sertifikat | Pengecekan sertifikat tanah | 1 WORKING_DAYS | 50000 | Sertifikat dengan catatan pengecekan | PP 128/2015 tentang PNBP Kementerian ATR/BPN | https://www.atrbpn.go.id \
        | Sertifikat asli; KTP-el pemohon; Surat kuasa bila dikuasakan | Serahkan berkas; Pembayaran PNBP; Pengecekan; Penyerahan
      roya | Roya (penghapusan hak tanggungan) | 5 WORKING_DAYS | 50000 | Sertifikat tercatat roya | PP 128/2015 tentang PNBP Kementerian ATR/BPN | - \
        | Sertifikat asli; Surat roya dari bank; KTP-el | Serahkan berkas; Pembayaran PNBP; Pencatatan roya
      peralihan-hak | Peralihan hak atas tanah (jual beli) | 5 WORKING_DAYS | 50000 | Sertifikat atas nama baru | PP 24/1997; PP 128/2015 | - \
        | Sertifikat asli; Akta PPAT; Bukti bayar BPHTB dan PPh; KTP-el | Serahkan berkas melalui PPAT; Pembayaran PNBP; Pencatatan; Penyerahan sertifikat
      skpt | Surat Keterangan Pendaftaran Tanah (SKPT) | 1 WORKING_DAYS | 50000 | SKPT | PP 128/2015 tentang PNBP Kementerian ATR/BPN | - \
        | Fotokopi sertifikat; KTP-el | Permohonan; Pembayaran PNBP; Penerbitan SKPT
      """;

  static final String DISDIKBUD =
      """
      legalisir-ijazah | Legalisir ijazah SMA/SMK | 30 MINUTES | 0 | Ijazah terlegalisir | Permendikbud 29/2014 | - \
        | Ijazah asli; Fotokopi ijazah | Serahkan dokumen; Pencocokan dengan asli; Pengesahan
      pengganti-ijazah | Surat keterangan pengganti ijazah | 5 WORKING_DAYS | 0 | Surat keterangan pengganti ijazah | Permendikbud 29/2014 | - \
        | Surat keterangan hilang dari kepolisian; KTP-el; Surat keterangan dari sekolah | Ajukan permohonan; Verifikasi ke sekolah; Penerbitan surat
      mutasi-siswa | Rekomendasi mutasi siswa SMA/SMK | 3 WORKING_DAYS | 0 | Surat rekomendasi | Peraturan Gubernur tentang mutasi peserta didik | - \
        | Surat keterangan pindah dari sekolah asal; Rapor; Kartu Keluarga | Ajukan permohonan; Verifikasi; Penerbitan rekomendasi
      """;

  static final String RSUD =
      """
      surat-sehat | Surat keterangan sehat | 60 MINUTES | 50000 | Surat keterangan sehat | Peraturan Gubernur tentang tarif layanan RSUD | - \
        | KTP-el; Pas foto | Pendaftaran; Pemeriksaan fisik; Penerbitan surat
      bebas-narkoba | Surat keterangan bebas narkoba | 3 HOURS | 250000 | Surat keterangan bebas narkoba | Peraturan Gubernur tentang tarif layanan RSUD | - \
        | KTP-el; Pas foto | Pendaftaran; Tes urine; Pemeriksaan dokter; Penerbitan surat
      """;

  static final String DISNAKER =
      """
      peraturan-perusahaan | Pengesahan peraturan perusahaan | 30 WORKING_DAYS | 0 | Keputusan pengesahan | UU 13/2003 jo. UU 6/2023 | - \
        | Naskah peraturan perusahaan; Tanggapan wakil pekerja; NIB | Ajukan permohonan; Penelitian naskah; Pengesahan
      wlkp | Wajib lapor ketenagakerjaan perusahaan | 30 MINUTES | 0 | Bukti wajib lapor | UU 7/1981 tentang Wajib Lapor Ketenagakerjaan | https://wajiblapor.kemnaker.go.id \
        | NIB; Data tenaga kerja | Isi data perusahaan; Verifikasi; Cetak bukti lapor
      pkb | Pendaftaran perjanjian kerja bersama | 6 WORKING_DAYS | 0 | Surat pendaftaran PKB | UU 13/2003 | - \
        | Naskah PKB; Daftar serikat pekerja | Ajukan permohonan; Penelitian naskah; Pendaftaran
      perselisihan | Pencatatan perselisihan hubungan industrial | 7 WORKING_DAYS | 0 | Bukti pencatatan | UU 2/2004 tentang PPHI | - \
        | Risalah perundingan bipartit; Identitas para pihak | Ajukan pencatatan; Penunjukan mediator; Mediasi
      """;

  static final String PDAM =
      """
      sambungan-baru | Pemasangan sambungan air baru | 14 WORKING_DAYS | 1250000 | Sambungan air aktif | Peraturan daerah tentang PDAM | - \
        | KTP-el; Bukti kepemilikan rumah; Denah lokasi | Pendaftaran; Survei lokasi; Pembayaran biaya pasang; Pemasangan
      balik-nama-pelanggan | Balik nama pelanggan air | 3 WORKING_DAYS | 50000 | Data pelanggan baru | Peraturan daerah tentang PDAM | - \
        | KTP-el pemilik baru; Bukti kepemilikan rumah; Rekening air terakhir | Isi formulir; Verifikasi; Perubahan data
      keluhan-tagihan | Pengaduan tagihan dan kebocoran | 2 WORKING_DAYS | 0 | Tindak lanjut pengaduan | Peraturan daerah tentang PDAM | - \
        | Nomor pelanggan; Rekening air | Sampaikan pengaduan; Pemeriksaan lapangan; Penyelesaian
      """;
}
