<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Bahasa antara muka:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antara muka</translation>
    </message>
    <message>
        <source>A new language takes effect when Sala next starts.</source>
        <translation>Bahasa baharu berkuat kuasa apabila Sala dibuka semula.</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>Zon waktu &amp;kedua:</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>Zon waktu kedua</translation>
    </message>
    <message>
        <source>Shown beside the workshop&apos;s own time zone when the workshop does not name a second one.</source>
        <translation>Dipaparkan di sebelah zon waktu bengkel apabila bengkel tidak menetapkan zon waktu kedua.</translation>
    </message>
    <message>
        <source>&amp;Wrap-up warning:</source>
        <translation>&amp;Amaran hampir tamat:</translation>
    </message>
    <message>
        <source>Wrap-up warning, minutes before the end</source>
        <translation>Amaran hampir tamat, minit sebelum tamat</translation>
    </message>
    <message>
        <source>The timer turns to wrap-up this many minutes before an activity ends, unless the activity sets its own.</source>
        <translation>Pemasa bertukar ke fasa hampir tamat sebanyak minit ini sebelum aktiviti tamat, kecuali jika aktiviti menetapkan nilainya sendiri.</translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation> min sebelum tamat</translation>
    </message>
    <message>
        <source>Play &amp;chimes during a live session (only you hear them)</source>
        <translation>Mainkan bunyi &amp;loceng semasa sesi langsung (hanya anda yang mendengarnya)</translation>
    </message>
</context>
<context>
    <name>sala::AboutDialog</name>
    <message>
        <source>&lt;p&gt;A facilitator console for live online workshops: prepare activity-based sessions, run them on Zoom, Teams or Google Meet, and report attendance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Konsol fasilitator untuk bengkel dalam talian secara langsung: sediakan sesi berasaskan aktiviti, jalankannya di Zoom, Teams atau Google Meet, dan laporkan kehadiran.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything stays on this computer. Sala makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Semua data kekal dalam komputer ini. Sala tidak membuat sebarang sambungan rangkaian.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pangkalan data: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sala is free software under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sala ialah perisian bebas di bawah Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Dibina dengan</translation>
    </message>
    <message>
        <source>&lt;li&gt;Qt %1 — GNU LGPL version 3&lt;/li&gt;</source>
        <translation>&lt;li&gt;Qt %1 — GNU LGPL versi 3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;SQLite — public domain&lt;/li&gt;</source>
        <translation>&lt;li&gt;SQLite — domain awam&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;nlohmann/json %1 — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;nlohmann/json %1 — lesen MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;spdlog %1 and {fmt} — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;spdlog %1 dan {fmt} — lesen MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Noto fonts for Khmer, Lao and Thai — SIL Open Font License 1.1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Fon Noto untuk bahasa Khmer, Lao dan Thai — SIL Open Font License 1.1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Catch2 (tests only) — Boost Software License 1.0&lt;/li&gt;</source>
        <translation>&lt;li&gt;Catch2 (untuk ujian sahaja) — Boost Software License 1.0&lt;/li&gt;</translation>
    </message>
    <message>
        <source>About Sala</source>
        <translation>Perihal Sala</translation>
    </message>
</context>
<context>
    <name>sala::ActivityEditor</name>
    <message>
        <source>Kind of activity</source>
        <translation>Jenis aktiviti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minit dirancang</translation>
    </message>
    <message>
        <source>May be shortened to</source>
        <translation>Boleh dipendekkan hingga</translation>
    </message>
    <message>
        <source>Shortest acceptable minutes</source>
        <translation>Minit paling singkat yang boleh diterima</translation>
    </message>
    <message>
        <source>Must start at</source>
        <translation>Mesti bermula pada</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>Waktu mula tetap</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objektif</translation>
    </message>
    <message>
        <source>Instructions for the chat</source>
        <translation>Arahan untuk ruang sembang</translation>
    </message>
    <message>
        <source>The text you paste into the meeting chat. Number the steps for group work.</source>
        <translation>Teks yang anda tampal ke ruang sembang mesyuarat. Nomborkan langkah-langkah untuk kerja kumpulan.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Nota fasilitator</translation>
    </message>
    <message>
        <source>Private: only you and your producer see these.</source>
        <translation>Peribadi: hanya anda dan pembantu teknikal anda yang melihatnya.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>One per line: name | link or file</source>
        <translation>Satu bagi setiap baris: nama | pautan atau fail</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>Bilik pecahan</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Pengumpulan</translation>
    </message>
    <message>
        <source>People per group</source>
        <translation>Orang setiap kumpulan</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mana-mana</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Bilangan kumpulan</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Pusingan</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minit setiap pusingan</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Reader, Timekeeper, Reporter</source>
        <translation>Pembaca, Penjaga masa, Pelapor</translation>
    </message>
    <message>
        <source>Broadcast texts</source>
        <translation>Teks siaran</translation>
    </message>
    <message>
        <source>One per line: minutes before the end | text
2 | 2 minutes left — reporters, get ready</source>
        <translation>Satu bagi setiap baris: minit sebelum tamat | teks
2 | Tinggal 2 minit — pelapor, bersedia</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Saiz:</translation>
    </message>
    <message>
        <source>or groups:</source>
        <translation>atau kumpulan:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation>Pengumpulan:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Kumpulan:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Pusingan:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peranan:</translation>
    </message>
    <message>
        <source>Broadcasts:</source>
        <translation>Siaran:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tajuk:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minit:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objektif:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Arahan:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>&amp;Bahan:</translation>
    </message>
    <message>
        <source>Select an activity to edit it, or press Insert to add one.</source>
        <translation>Pilih aktiviti untuk menyuntingnya, atau tekan Insert untuk menambah aktiviti.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Aktiviti %1: %2</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Pembaca</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Penjaga masa</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
</context>
<context>
    <name>sala::ActivityTableModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Type new minutes, or press + and − (Ctrl for 5 minutes)</source>
        <translation>Taip minit baharu, atau tekan + dan − (Ctrl untuk 5 minit)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Masa (%1)</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>Zon kedua</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Berlalu</translation>
    </message>
</context>
<context>
    <name>sala::AddActivityDialog</name>
    <message>
        <source>Add an Activity</source>
        <translation>Tambah Aktiviti</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Aktiviti baharu</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>My activities</source>
        <translation>Aktiviti saya</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Pustaka kaedah</translation>
    </message>
    <message>
        <source>%1 — %2, %3 min · %4</source>
        <translation>%1 — %2, %3 min · %4</translation>
    </message>
    <message>
        <source>Search methods: troika, energizer, case study…</source>
        <translation>Cari kaedah: troika, penyegar, kajian kes…</translation>
    </message>
    <message>
        <source>Search the method library</source>
        <translation>Cari dalam pustaka kaedah</translation>
    </message>
    <message>
        <source>Activities to add</source>
        <translation>Aktiviti untuk ditambah</translation>
    </message>
    <message>
        <source>Preview of the activity</source>
        <translation>Pratonton aktiviti</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minit</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objektif</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Arahan</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Nota fasilitator</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>Bilik pecahan</translation>
    </message>
    <message>
        <source>%1 · %2 round(s) of %3 min</source>
        <translation>%1 · %2 pusingan, %3 min setiap satu</translation>
    </message>
</context>
<context>
    <name>sala::Attendance</name>
    <message>
        <source>read the check-ins</source>
        <translation>membaca daftar masuk</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>Belum tiba</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Lewat</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>Masuk semula</translation>
    </message>
    <message>
        <source>record the check-in</source>
        <translation>merekodkan daftar masuk</translation>
    </message>
    <message>
        <source>undo the check-in</source>
        <translation>membatalkan daftar masuk</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCommands</name>
    <message>
        <source>Import Attendance from “%1”</source>
        <translation>Import Kehadiran daripada “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Import Attendance from %n files</source>
        <translation>
            <numerusform>Import Kehadiran daripada %n fail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCsv</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nama pilihan</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>Persetujuan untuk laporan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jantina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Jenis organisasi</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>Saiz perusahaan</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesi %1</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minit</translation>
    </message>
    <message>
        <source>%1 share (%)</source>
        <translation>%1 peratus (%)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Jumlah minit</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>Peratus bengkel (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minit</translation>
    </message>
    <message>
        <source>Share of the session (%)</source>
        <translation>Peratus sesi (%)</translation>
    </message>
    <message>
        <source>First join (%1)</source>
        <translation>Masuk pertama (%1)</translation>
    </message>
    <message>
        <source>Last leave (%1)</source>
        <translation>Keluar terakhir (%1)</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Dipadankan</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>Daftar masuk secara langsung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sijil</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Jam hadir</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Penyempurnaan</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Penyertaan</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceExport</name>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>Fail “%1” tidak wujud; semak nama dan foldernya.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an attendance export.</source>
        <translation>“%1” ialah folder, bukan fail eksport kehadiran.</translation>
    </message>
    <message>
        <source>the file is %1 MB, far larger than any attendance report; check that it is the right file.</source>
        <translation>saiz fail ini %1 MB, jauh lebih besar daripada mana-mana laporan kehadiran; semak sama ada ini fail yang betul.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Tidak dapat membaca “%1”: %2</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>hari dahulu</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>bulan dahulu</translation>
    </message>
    <message>
        <source>the dates are written in two orders: “%1” on line %2 can only be day first, “%3” on line %4 only month first. Download the report again without editing it.</source>
        <translation>tarikh ditulis dalam dua susunan: “%1” pada baris %2 hanya boleh dibaca hari dahulu, “%3” pada baris %4 hanya bulan dahulu. Muat turun laporan sekali lagi tanpa menyuntingnya.</translation>
    </message>
    <message>
        <source>“%1” can only be read %2, but the dates were said to be %3. Leave the order out and Sala reads it from the file.</source>
        <translation>“%1” hanya boleh dibaca %2, tetapi tarikh dinyatakan sebagai %3. Jangan tetapkan susunan dan Sala akan membacanya daripada fail.</translation>
    </message>
    <message>
        <source>“%1”: the dates can be read day first or month first (“%2” on line %3 is %4 or %5), and nothing in the file says which. Tell Sala which order the file uses.</source>
        <translation>“%1”: tarikh boleh dibaca hari dahulu atau bulan dahulu (“%2” pada baris %3 ialah %4 atau %5), dan tiada apa-apa dalam fail yang menunjukkan susunannya. Beritahu Sala susunan yang digunakan oleh fail.</translation>
    </message>
    <message>
        <source>%1 is missing. The file may have been cut short; download the report again.</source>
        <translation>%1 tiada. Fail mungkin terpotong; muat turun laporan sekali lagi.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time Sala can read (such as 03/05/2024 09:02:00 AM or 5/3/24, 14:02). Correct the cell or download the report again.</source>
        <translation>%1 “%2” bukan tarikh dan masa yang boleh dibaca Sala (contohnya 03/05/2024 09:02:00 AM atau 5/3/24, 14:02). Betulkan sel itu atau muat turun laporan sekali lagi.</translation>
    </message>
    <message>
        <source>“%1”: the file gives times of day without a date, and its name carries none. Tell Sala the date of the session.</source>
        <translation>“%1”: fail ini memberi masa tanpa tarikh, dan namanya juga tiada tarikh. Beritahu Sala tarikh sesi itu.</translation>
    </message>
    <message>
        <source>the date is not a real day when read %1. Check the cell or tell Sala the other order.</source>
        <translation>tarikh itu bukan hari yang wujud jika dibaca %1. Semak sel itu atau beritahu Sala susunan yang satu lagi.</translation>
    </message>
    <message>
        <source>this looks like a Zoom quality-of-service dashboard export (devices, networks and bitrates), not an attendance report. In the Zoom web portal open Reports ▸ Usage, click the meeting&apos;s number of participants and export that list.</source>
        <translation>fail ini kelihatan seperti eksport papan pemuka kualiti perkhidmatan Zoom (peranti, rangkaian dan kadar bit), bukan laporan kehadiran. Dalam portal web Zoom, buka Reports ▸ Usage, klik bilangan peserta mesyuarat itu dan eksport senarai tersebut.</translation>
    </message>
    <message>
        <source>this looks like a Google Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>fail ini kelihatan seperti senarai pendaftaran Google Forms (siapa yang mendaftar), bukan laporan kehadiran. Import fail ini melalui Peserta ▸ Import.</translation>
    </message>
    <message>
        <source>this looks like a Microsoft Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>fail ini kelihatan seperti senarai pendaftaran Microsoft Forms (siapa yang mendaftar), bukan laporan kehadiran. Import fail ini melalui Peserta ▸ Import.</translation>
    </message>
    <message>
        <source>this looks like an Eventbrite attendee list (tickets sold), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>fail ini kelihatan seperti senarai hadirin Eventbrite (tiket yang dijual), bukan laporan kehadiran. Import fail ini melalui Peserta ▸ Import.</translation>
    </message>
    <message>
        <source>this looks like a KoboToolbox form export, not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>fail ini kelihatan seperti eksport borang KoboToolbox, bukan laporan kehadiran. Import fail ini melalui Peserta ▸ Import.</translation>
    </message>
    <message>
        <source>this is a Zoom breakout room pre-assignment file, not an attendance report.</source>
        <translation>ini ialah fail pra-tugasan bilik pecahan Zoom, bukan laporan kehadiran.</translation>
    </message>
    <message>
        <source>this looks like a Zoom registration list (who registered), not an attendance report. Export the meeting&apos;s participants report, or import the registrations in Roster ▸ Import.</source>
        <translation>fail ini kelihatan seperti senarai pendaftaran Zoom (siapa yang mendaftar), bukan laporan kehadiran. Eksport laporan peserta mesyuarat itu, atau import pendaftaran melalui Peserta ▸ Import.</translation>
    </message>
    <message>
        <source>this is not an attendance report Sala knows; its first line reads %1. Sala reads the participants report of a Zoom meeting or webinar, the attendance list or report of a Teams meeting and the attendance report of a Google Meet call, as they were downloaded.</source>
        <translation>ini bukan laporan kehadiran yang dikenali Sala; baris pertamanya berbunyi %1. Sala membaca laporan peserta mesyuarat atau webinar Zoom, senarai atau laporan kehadiran mesyuarat Teams dan laporan kehadiran panggilan Google Meet, seperti yang dimuat turun.</translation>
    </message>
    <message>
        <source>the file has no rows. Download the attendance report again.</source>
        <translation>fail ini tiada baris. Muat turun laporan kehadiran sekali lagi.</translation>
    </message>
    <message>
        <source>this looks like a Zoom “%1”, not the attendee report. In the Zoom web portal open Reports ▸ Usage ▸ Webinar and export the attendee report.</source>
        <translation>fail ini kelihatan seperti “%1” Zoom, bukan laporan hadirin. Dalam portal web Zoom, buka Reports ▸ Usage ▸ Webinar dan eksport laporan hadirin (attendee report).</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. The file may have been cut short; download it again.</source>
        <translation>sel bertanda petikan bermula di sini tetapi tanda petikan penutupnya tiada. Fail mungkin terpotong; muat turun sekali lagi.</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>ada teks selepas tanda petik penutup sel ini. Tanda petik di dalam sel bertanda petik mesti ditulis dua kali (&quot;&quot;).</translation>
    </message>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1”, baris %2, lajur %3: %4</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx) or another packed file, not a CSV export. Open it in a spreadsheet and save it as “CSV UTF-8”, or download the CSV report from the meeting platform.</source>
        <translation>ini ialah buku kerja Excel (.xlsx) atau fail mampat lain, bukan eksport CSV. Buka fail dalam hamparan dan simpan sebagai “CSV UTF-8”, atau muat turun laporan CSV daripada platform mesyuarat.</translation>
    </message>
    <message>
        <source>the file is empty. Download the attendance report again.</source>
        <translation>fail ini kosong. Muat turun laporan kehadiran sekali lagi.</translation>
    </message>
    <message>
        <source>the file does not contain text, so it is not an attendance report. Check that you chose the CSV file the meeting platform downloaded.</source>
        <translation>fail ini tidak mengandungi teks, jadi ia bukan laporan kehadiran. Pastikan anda memilih fail CSV yang dimuat turun daripada platform mesyuarat.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”, line %2: %3</source>
        <translation>“%1”, baris %2: %3</translation>
    </message>
    <message>
        <source>the time joined</source>
        <translation>masa masuk</translation>
    </message>
    <message>
        <source>the time exited</source>
        <translation>masa keluar</translation>
    </message>
    <message>
        <source>the attendance report has its header but no rows. Download it again from the meeting&apos;s calendar event or e-mail.</source>
        <translation>laporan kehadiran ini ada baris tajuk tetapi tiada baris data. Muat turun sekali lagi daripada acara kalendar atau e-mel mesyuarat itu.</translation>
    </message>
    <message>
        <source>the join time</source>
        <translation>masa masuk</translation>
    </message>
    <message>
        <source>the leave time</source>
        <translation>masa keluar</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>masa</translation>
    </message>
    <message>
        <source>the meeting&apos;s start time</source>
        <translation>masa mula mesyuarat</translation>
    </message>
    <message>
        <source>the meeting&apos;s end time</source>
        <translation>masa tamat mesyuarat</translation>
    </message>
    <message>
        <source>the attendance list has its header but no rows. Download it again from the meeting.</source>
        <translation>senarai kehadiran ini ada baris tajuk tetapi tiada baris data. Muat turun sekali lagi daripada mesyuarat itu.</translation>
    </message>
    <message>
        <source>the attendee report has its header but no join or leave rows.</source>
        <translation>laporan hadirin ini ada baris tajuk tetapi tiada baris masuk atau keluar.</translation>
    </message>
    <message>
        <source>this Teams participant table has no name, join or leave column (its columns are %1).</source>
        <translation>jadual peserta Teams ini tiada lajur nama, masa masuk atau masa keluar (lajurnya ialah %1).</translation>
    </message>
    <message>
        <source>the time in the meeting “%1” is not a duration Sala can read (such as 1h 5m 3s).</source>
        <translation>masa dalam mesyuarat “%1” bukan tempoh yang boleh dibaca Sala (contohnya 1h 5m 3s).</translation>
    </message>
    <message>
        <source>this Teams meeting summary has no participant table (no line starting “Full Name” with a “Join Time”). Download the report again.</source>
        <translation>ringkasan mesyuarat Teams ini tiada jadual peserta (tiada baris yang bermula dengan “Full Name” berserta “Join Time”). Muat turun laporan sekali lagi.</translation>
    </message>
    <message>
        <source>the participant table has its header but no rows.</source>
        <translation>jadual peserta ini ada baris tajuk tetapi tiada baris data.</translation>
    </message>
    <message>
        <source>this Teams attendance report has no participants section (“2. …” followed by a table). Download the report again.</source>
        <translation>laporan kehadiran Teams ini tiada bahagian peserta (“2. …” diikuti jadual). Muat turun laporan sekali lagi.</translation>
    </message>
    <message>
        <source>the participants section has a header but no rows.</source>
        <translation>bahagian peserta ada baris tajuk tetapi tiada baris data.</translation>
    </message>
    <message>
        <source>the participants table has its header but no rows. The report may have been cut short or downloaded before anyone joined; download it again.</source>
        <translation>jadual peserta ini ada baris tajuk tetapi tiada baris data. Laporan mungkin terpotong atau dimuat turun sebelum sesiapa masuk; muat turun sekali lagi.</translation>
    </message>
    <message>
        <source>this Zoom participants table has no join or leave time column (its columns are %1).</source>
        <translation>jadual peserta Zoom ini tiada lajur masa masuk atau masa keluar (lajurnya ialah %1).</translation>
    </message>
    <message>
        <source>this Zoom table of unique users has no total duration column (its columns are %1).</source>
        <translation>jadual pengguna unik Zoom ini tiada lajur jumlah tempoh (lajurnya ialah %1).</translation>
    </message>
    <message>
        <source>the total duration “%1” is not a number of minutes.</source>
        <translation>jumlah tempoh “%1” bukan bilangan minit.</translation>
    </message>
    <message>
        <source>this Zoom admin export has no join or leave time after the participant&apos;s name (its columns are %1).</source>
        <translation>eksport pentadbir Zoom ini tiada masa masuk atau masa keluar selepas nama peserta (lajurnya ialah %1).</translation>
    </message>
    <message>
        <source>this Zoom admin export holds more than one meeting (%1 and %2, from line %3). Sala reads one meeting at a time: keep only one meeting&apos;s rows in a spreadsheet, or export that meeting&apos;s participants report.</source>
        <translation>eksport pentadbir Zoom ini mengandungi lebih daripada satu mesyuarat (%1 dan %2, mulai baris %3). Sala membaca satu mesyuarat pada satu masa: simpan baris satu mesyuarat sahaja dalam hamparan, atau eksport laporan peserta mesyuarat itu.</translation>
    </message>
    <message>
        <source>this section of the webinar report has no join or leave time (its columns are %1).</source>
        <translation>bahagian laporan webinar ini tiada masa masuk atau masa keluar (lajurnya ialah %1).</translation>
    </message>
    <message>
        <source>this webinar report has no table of attendees (no row with “User Name (Original Name)”). Export the attendee report again.</source>
        <translation>laporan webinar ini tiada jadual hadirin (tiada baris “User Name (Original Name)”). Eksport laporan hadirin sekali lagi.</translation>
    </message>
    <message>
        <source>nobody in this webinar report attended. Check that it is the right webinar.</source>
        <translation>tiada sesiapa dalam laporan webinar ini yang hadir. Pastikan ini webinar yang betul.</translation>
    </message>
    <message>
        <source>this Zoom meeting report has no leave time column.</source>
        <translation>laporan mesyuarat Zoom ini tiada lajur masa keluar.</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and Sala cannot tell which of them are joins and which are leaves: a join starts each person’s lines and a leave follows a join. Download the list again with Teams set to English.</source>
        <translation>senarai kehadiran Teams ini mempunyai tindakan %1, dan Sala tidak dapat menentukan yang mana masuk dan yang mana keluar: baris setiap orang bermula dengan masuk, dan keluar datang selepas masuk. Muat turun senarai sekali lagi dengan Teams ditetapkan kepada bahasa Inggeris.</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and they could be read either way: Sala cannot tell which are joins and which are leaves. Download the list again with Teams set to English.</source>
        <translation>senarai kehadiran Teams ini mempunyai tindakan %1, dan tindakan itu boleh dibaca kedua-dua cara: Sala tidak dapat menentukan yang mana masuk dan yang mana keluar. Muat turun senarai sekali lagi dengan Teams ditetapkan kepada bahasa Inggeris.</translation>
    </message>
    <message>
        <source>the line has no action (such as Joined or Left) in its second column.</source>
        <translation>baris ini tiada tindakan (seperti Joined atau Left) dalam lajur keduanya.</translation>
    </message>
    <message>
        <source>the action “%1” is a fourth kind of action after %2; Teams writes three (a join, a leave and a join before the list was downloaded).</source>
        <translation>tindakan “%1” ialah jenis tindakan keempat selepas %2; Teams hanya menulis tiga jenis (masuk, keluar, dan masuk sebelum senarai dimuat turun).</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImport</name>
    <message>
        <source>proposed: %1</source>
        <translation>dicadangkan: %1</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>disahkan oleh jurulatih: %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>dipilih oleh jurulatih</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>ditambah ke senarai peserta daripada “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>diabaikan oleh jurulatih</translation>
    </message>
    <message>
        <source>There is no file to import.</source>
        <translation>Tiada fail untuk diimport.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Use a name such as Asia/Bangkok, Asia/Manila or Asia/Kuala_Lumpur.</source>
        <translation>“%1” bukan zon waktu yang dikenali Sala. Gunakan nama seperti Asia/Bangkok, Asia/Manila atau Asia/Kuala_Lumpur.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same file. Import it once.</source>
        <translation>“%1” dan “%2” ialah fail yang sama. Import sekali sahaja.</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>eksport kehadiran “%1”</translation>
    </message>
    <message>
        <source>“%1” was matched to participant %2, who is not on this workshop’s roster. Pick someone on the roster and import again.</source>
        <translation>“%1” dipadankan dengan peserta %2, yang tiada dalam senarai peserta bengkel ini. Pilih seseorang dalam senarai peserta dan import sekali lagi.</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImportDialog</name>
    <message>
        <source>&amp;Add File…</source>
        <translation>&amp;Tambah Fail…</translation>
    </message>
    <message>
        <source>&amp;Remove File</source>
        <translation>&amp;Buang Fail</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Padankan</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>Tambah ke Senarai P&amp;eserta</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>&amp;Abaikan</translation>
    </message>
    <message>
        <source>Undo C&amp;hoice</source>
        <translation>Batal&amp;kan Pilihan</translation>
    </message>
    <message>
        <source>Import Attendance</source>
        <translation>Import Kehadiran</translation>
    </message>
    <message numerus="yes">
        <source>Attendance for &lt;b&gt;%1&lt;/b&gt; · %2 · roster of %n people</source>
        <translation>
            <numerusform>Kehadiran untuk &lt;b&gt;%1&lt;/b&gt; · %2 · senarai %n peserta</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Baca sebagai</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mesyuarat</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Attendance files</source>
        <translation>Fail kehadiran</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>Seperti dalam fail</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Hari dahulu (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Bulan dahulu (12/31/2026)</translation>
    </message>
    <message>
        <source>Day order of the dates</source>
        <translation>Susunan hari dalam tarikh</translation>
    </message>
    <message>
        <source>Only needed when every date in a file reads both ways, such as 03/04/2026.</source>
        <translation>Hanya perlu apabila setiap tarikh dalam fail boleh dibaca kedua-dua cara, seperti 03/04/2026.</translation>
    </message>
    <message>
        <source>Time zone of the times in the files</source>
        <translation>Zon waktu bagi masa dalam fail</translation>
    </message>
    <message>
        <source>Exports give the clock time of the account that downloaded them, without a zone. This is the workshop&apos;s zone unless the host&apos;s account is set to another.</source>
        <translation>Eksport memberi waktu jam akaun yang memuat turunnya, tanpa zon. Ini ialah zon waktu bengkel, kecuali jika akaun hos ditetapkan kepada zon lain.</translation>
    </message>
    <message>
        <source>Problems with the files</source>
        <translation>Masalah dengan fail</translation>
    </message>
    <message>
        <source>People in the files</source>
        <translation>Orang dalam fail</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>Taip nama, alias atau e-mel…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Cari dalam senarai peserta</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>Peserta dalam senarai</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>Orang ini ialah peserta yang dipilih dalam senarai (atau yang dicadangkan). Sala menyimpan nama ini sebagai alias, supaya fail seterusnya dipadankan secara automatik.</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>Tambah orang ini ke senarai peserta bengkel sebagai peserta baharu</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>Bukan sesiapa dalam senarai peserta: peranti kedua hos, jurubahasa, pemerhati</translation>
    </message>
    <message>
        <source>Go back to what Sala found</source>
        <translation>Kembali kepada apa yang ditemui Sala</translation>
    </message>
    <message>
        <source>&amp;Day order:</source>
        <translation>Susunan &amp;hari:</translation>
    </message>
    <message>
        <source>&amp;Time zone of the times:</source>
        <translation>&amp;Zon waktu bagi masa:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>&amp;Siapakah orang ini?</translation>
    </message>
    <message>
        <source>Review the people</source>
        <translation>Semak orang dalam fail</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Add Attendance File</source>
        <translation>Tambah Fail Kehadiran</translation>
    </message>
    <message>
        <source>Attendance exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Eksport kehadiran (*.csv *.tsv *.txt);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Choose the day order above.</source>
        <translation>Pilih susunan hari di atas.</translation>
    </message>
    <message>
        <source>Imported before (%1): importing again replaces that import and its review.</source>
        <translation>Pernah diimport (%1): mengimport sekali lagi akan menggantikan import itu dan semakannya.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs the day order</source>
        <translation>Perlukan susunan hari</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Tidak dibaca</translation>
    </message>
    <message>
        <source>%1 — %2%</source>
        <translation>%1 — %2%</translation>
    </message>
    <message>
        <source>Add the participants report you downloaded from Zoom, Teams or Google Meet.</source>
        <translation>Tambah laporan peserta yang anda muat turun daripada Zoom, Teams atau Google Meet.</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceMatrixModel</name>
    <message>
        <source>Preferred name: %1</source>
        <translation>Nama pilihan: %1</translation>
    </message>
    <message>
        <source>%1 min · %2 %</source>
        <translation>%1 min · %2 %</translation>
    </message>
    <message>
        <source>Matched %1</source>
        <translation>Dipadankan %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jantina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Jenis organisasi</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>Saiz perusahaan</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Jumlah minit</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>Peratus bengkel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>sala::AttendancePanel</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Tidak dapat menulis “%1”: %2</translation>
    </message>
    <message>
        <source>Completion threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>Ambang penyempurnaan, peratus daripada masa berjadual bengkel</translation>
    </message>
    <message>
        <source>Participation threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>Ambang penyertaan, peratus daripada masa berjadual bengkel</translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>Peserta dan sesi</translation>
    </message>
    <message>
        <source>People in the session</source>
        <translation>Orang dalam sesi</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>Jadual pecahan data</translation>
    </message>
    <message>
        <source>Who earned a certificate</source>
        <translation>Siapa yang layak mendapat sijil</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksport &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the participants × sessions table as CSV for a spreadsheet</source>
        <translation>Simpan jadual peserta × sesi sebagai CSV untuk hamparan</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Eksport E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the summary, participants and sessions as an Excel workbook</source>
        <translation>Simpan ringkasan, peserta dan sesi sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Eksport P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the attendance report with its charts as a PDF for the funder</source>
        <translation>Simpan laporan kehadiran berserta cartanya sebagai PDF untuk pembiaya</translation>
    </message>
    <message>
        <source>Certi&amp;ficates…</source>
        <translation>S&amp;ijil…</translation>
    </message>
    <message>
        <source>Save one certificate per person who earned one, as a PDF</source>
        <translation>Simpan satu sijil bagi setiap orang yang layak, sebagai PDF</translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation>Eksport Se&amp;narai…</translation>
    </message>
    <message>
        <source>Save who earned a certificate as CSV</source>
        <translation>Simpan senarai penerima sijil sebagai CSV</translation>
    </message>
    <message>
        <source>Certificate &amp;Template…</source>
        <translation>&amp;Templat Sijil…</translation>
    </message>
    <message>
        <source>Edit the titles, texts and signatory of this workshop&apos;s certificates</source>
        <translation>Sunting tajuk, teks dan penandatangan sijil bengkel ini</translation>
    </message>
    <message>
        <source>C&amp;ompletion at:</source>
        <translation>Pen&amp;yempurnaan pada:</translation>
    </message>
    <message>
        <source>Partici&amp;pation at:</source>
        <translation>Penye&amp;rtaan pada:</translation>
    </message>
    <message>
        <source>A person completes the workshop with at least this share of its total scheduled time</source>
        <translation>Seseorang menyempurnakan bengkel jika hadir sekurang-kurangnya peratus ini daripada jumlah masa berjadualnya</translation>
    </message>
    <message>
        <source>A person earns a participation certificate with at least this share, below completion</source>
        <translation>Seseorang mendapat sijil penyertaan jika hadir sekurang-kurangnya peratus ini, di bawah penyempurnaan</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Ringkasan kehadiran</translation>
    </message>
    <message>
        <source>Attendance note</source>
        <translation>Nota kehadiran</translation>
    </message>
    <message>
        <source>Attendance views</source>
        <translation>Paparan kehadiran</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Pecahan data</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sijil</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <source>About this session&apos;s attendance</source>
        <translation>Tentang kehadiran sesi ini</translation>
    </message>
    <message>
        <source>Export Session C&amp;SV…</source>
        <translation>Eksport CS&amp;V Sesi…</translation>
    </message>
    <message>
        <source>Save this session&apos;s people, minutes, joins and leaves as CSV</source>
        <translation>Simpan orang, minit, masa masuk dan keluar sesi ini sebagai CSV</translation>
    </message>
    <message>
        <source>People in the room over the session</source>
        <translation>Orang dalam bilik sepanjang sesi</translation>
    </message>
    <message>
        <source>Export Session Attendance as CSV</source>
        <translation>Eksport Kehadiran Sesi sebagai CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 - attendance</source>
        <translation>%1 - kehadiran</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Pecahan data</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>Peca&amp;han data:</translation>
    </message>
    <message>
        <source>Breakdown chart</source>
        <translation>Carta pecahan data</translation>
    </message>
    <message>
        <source>About the certificates</source>
        <translation>Tentang sijil</translation>
    </message>
    <message>
        <source>Certificates &amp;PDF…</source>
        <translation>PDF Si&amp;jil…</translation>
    </message>
    <message>
        <source>Open or create a workshop to see its attendance.</source>
        <translation>Buka atau cipta bengkel untuk melihat kehadirannya.</translation>
    </message>
    <message>
        <source>No attendance has been imported for this workshop yet. Use Import attendance… to read the attendance export that Zoom, Microsoft Teams or Google Meet gives after each session; people checked in live during a session count too. The tables, charts, exports and certificates appear here once there is attendance.</source>
        <translation>Belum ada kehadiran diimport untuk bengkel ini. Gunakan Import kehadiran… untuk membaca eksport kehadiran yang diberikan Zoom, Microsoft Teams atau Google Meet selepas setiap sesi; peserta yang didaftar masuk secara langsung semasa sesi juga dikira. Jadual, carta, eksport dan sijil akan dipaparkan di sini setelah ada kehadiran.</translation>
    </message>
    <message>
        <source>%1 enrolled · %2 attended · %3 completed · %4 participated</source>
        <translation>%1 berdaftar · %2 hadir · %3 tamat · %4 menyertai</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>%1 daripada %2 sesi belum ada kehadiran; masanya dikira sebagai tidak hadir.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 people earned a certificate: completion at %2 % or more of the workshop&apos;s scheduled time, participation at %3 % or more. People whose personal data was erased get none.</source>
        <translation>%1 orang layak mendapat sijil: penyempurnaan pada %2 % atau lebih daripada masa berjadual bengkel, penyertaan pada %3 % atau lebih. Orang yang data peribadinya telah dipadam tidak mendapat sijil.</translation>
    </message>
    <message>
        <source>At most %1 people were in the room at once.</source>
        <translation>Paling ramai %1 orang berada dalam bilik pada satu masa.</translation>
    </message>
    <message>
        <source>No attendance imported for this session yet.</source>
        <translation>Belum ada kehadiran diimport untuk sesi ini.</translation>
    </message>
    <message>
        <source>%1 attendees, %2 minutes on average, of %3 scheduled.</source>
        <translation>%1 hadirin, purata %2 minit, daripada %3 yang dijadualkan.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Daripada %1.</translation>
    </message>
    <message>
        <source>%1 people in the exports are not matched to the roster yet.</source>
        <translation>%1 orang dalam fail eksport belum dipadankan dengan senarai peserta.</translation>
    </message>
    <message>
        <source>%1 people are known only by their total minutes and are not in the chart.</source>
        <translation>%1 orang hanya diketahui jumlah minitnya dan tidak ditunjukkan dalam carta.</translation>
    </message>
    <message>
        <source>%1: attended, completed and participated per group; the same numbers as the table.</source>
        <translation>%1: hadir, tamat dan menyertai mengikut kumpulan; angka yang sama seperti dalam jadual.</translation>
    </message>
    <message>
        <source>The file was written, but Sala could not record the export in the personal data log: %1</source>
        <translation>Fail telah ditulis, tetapi Sala tidak dapat merekodkan eksport ini dalam log data peribadi: %1</translation>
    </message>
    <message>
        <source>Export Attendance as CSV</source>
        <translation>Eksport Kehadiran sebagai CSV</translation>
    </message>
    <message>
        <source>Export Attendance as Excel Workbook</source>
        <translation>Eksport Kehadiran sebagai Buku Kerja Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Attendance Report as PDF</source>
        <translation>Eksport Laporan Kehadiran sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Certificate List as CSV</source>
        <translation>Eksport Senarai Sijil sebagai CSV</translation>
    </message>
    <message>
        <source>%1 - certificates</source>
        <translation>%1 - sijil</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet at these thresholds (completion %1 %, participation %2 %), so there is nothing to print.</source>
        <translation>Belum ada sesiapa yang layak mendapat sijil pada ambang ini (penyempurnaan %1 %, penyertaan %2 %), jadi tiada apa-apa untuk dicetak.</translation>
    </message>
    <message>
        <source>Save Certificates as PDF</source>
        <translation>Simpan Sijil sebagai PDF</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Sijil: %1</translation>
    </message>
    <message>
        <source>Rev&amp;iew…</source>
        <translation>Se&amp;mak…</translation>
    </message>
    <message>
        <source>Match, add or ignore the people the attendance exports named but Sala could not match to the roster</source>
        <translation>Padankan, tambah atau abaikan orang yang dinamakan dalam eksport kehadiran tetapi tidak dapat dipadankan oleh Sala dengan senarai peserta</translation>
    </message>
    <message>
        <source>People not matched</source>
        <translation>Orang tidak dipadankan</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this session&apos;s attendance are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>%n orang dalam kehadiran sesi ini belum dipadankan dengan senarai peserta dan belum dikira di mana-mana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of “%1” are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>%n orang dalam kehadiran “%1” belum dipadankan dengan senarai peserta dan belum dikira di mana-mana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in other sessions.</source>
        <translation>
            <numerusform>%n lagi dalam sesi lain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReport</name>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Menyertai</translation>
    </message>
    <message>
        <source>Below participation</source>
        <translation>Di bawah penyertaan</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>melalui e-mel</translation>
    </message>
    <message>
        <source>by alias</source>
        <translation>melalui alias</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>melalui nama</translation>
    </message>
    <message>
        <source>by a similar name</source>
        <translation>melalui nama yang serupa</translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation>disahkan secara manual</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ditambah secara manual</translation>
    </message>
    <message>
        <source>live check-in only</source>
        <translation>daftar masuk langsung sahaja</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>TIADA PERSETUJUAN</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Mengikut jantina</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Mengikut negara</translation>
    </message>
    <message>
        <source>By organization type</source>
        <translation>Mengikut jenis organisasi</translation>
    </message>
    <message>
        <source>By enterprise size</source>
        <translation>Mengikut saiz perusahaan</translation>
    </message>
    <message>
        <source>Participant %1 (personal data erased)</source>
        <translation>Peserta %1 (data peribadi telah dipadam)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Tidak dinyatakan</translation>
    </message>
    <message>
        <source>Team (not counted): %1</source>
        <translation>Pasukan (tidak dikira): %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReportIo</name>
    <message>
        <source>Attendance report of workshop %1 as CSV</source>
        <translation>Laporan kehadiran bengkel %1 sebagai CSV</translation>
    </message>
    <message>
        <source>Attendance of one session of workshop %1 as CSV</source>
        <translation>Kehadiran satu sesi bengkel %1 sebagai CSV</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as an Excel workbook</source>
        <translation>Laporan kehadiran bengkel %1 sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as PDF</source>
        <translation>Laporan kehadiran bengkel %1 sebagai PDF</translation>
    </message>
    <message>
        <source>Certificate list of workshop %1 as CSV</source>
        <translation>Senarai sijil bengkel %1 sebagai CSV</translation>
    </message>
    <message>
        <source>Certificates of workshop %1 as PDF</source>
        <translation>Sijil bengkel %1 sebagai PDF</translation>
    </message>
    <message>
        <source>The completion threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>Ambang penyempurnaan mestilah peratusan dari 1 hingga 100, bukan %1.</translation>
    </message>
    <message>
        <source>The participation threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>Ambang penyertaan mestilah peratusan dari 1 hingga 100, bukan %1.</translation>
    </message>
    <message>
        <source>The participation threshold (%1 %) cannot be above the completion threshold (%2 %).</source>
        <translation>Ambang penyertaan (%1 %) tidak boleh melebihi ambang penyempurnaan (%2 %).</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReportPdf</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Attendance report</source>
        <translation>Laporan kehadiran</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>Penganjur:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Tarikh:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesi:</translation>
    </message>
    <message>
        <source>%1, %2 hours scheduled in all</source>
        <translation>%1, sejumlah %2 jam dijadualkan</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>Penyempurnaan:</translation>
    </message>
    <message>
        <source>at least %1 % of the workshop&apos;s scheduled time</source>
        <translation>sekurang-kurangnya %1 % daripada masa berjadual bengkel</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translation>Penyertaan:</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent; minutes are rounded to the nearest minute.</source>
        <translation>Peratus seseorang ialah masanya dalam bilik berbanding masa berjadual semua sesi bengkel; masa dalam satu sesi dikira sehingga tempoh berjadual sesi itu sahaja. Peratus dibundarkan ke bawah kepada peratus bulat; minit dibundarkan kepada minit terdekat.</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 daripada %2 sesi belum ada kehadiran diimport; masanya dikira sebagai tidak hadir.</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance are no longer on the roster and are left out.</source>
        <translation>
            <numerusform>%n orang dalam rekod kehadiran tiada lagi dalam senarai peserta dan tidak dikira.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Dibuat pada:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Bilangan</translation>
    </message>
    <message>
        <source>Share of the enrolled</source>
        <translation>Peratus daripada yang berdaftar</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Berdaftar</translation>
    </message>
    <message>
        <source>Attended at least once</source>
        <translation>Hadir sekurang-kurangnya sekali</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>Menyertai (di bawah penyempurnaan)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kumpulan</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% daripada yang hadir</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% daripada yang tamat</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Menyertai</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% daripada yang menyertai</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Dijadualkan</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Hadirin</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>Purata minit</translation>
    </message>
    <message>
        <source>Not matched to the roster</source>
        <translation>Tidak dipadankan dengan senarai peserta</translation>
    </message>
    <message>
        <source>no attendance imported yet</source>
        <translation>belum ada kehadiran diimport</translation>
    </message>
    <message>
        <source>People in the room: %1</source>
        <translation>Orang dalam bilik: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people are known only by their total minutes and are not in the curve.</source>
        <translation>
            <numerusform>%n orang hanya diketahui jumlah minitnya dan tidak ditunjukkan dalam lengkung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>Peserta dan sesi</translation>
    </message>
    <message>
        <source>Each session shows minutes in the room and the share of its scheduled time. Status is over the whole workshop: completed at %1 % or more, participated at %2 % or more.</source>
        <translation>Setiap sesi menunjukkan minit dalam bilik dan peratus masa berjadualnya. Status dikira bagi keseluruhan bengkel: tamat pada %1 % atau lebih, menyertai pada %2 % atau lebih.</translation>
    </message>
    <message>
        <source>Nobody is on the roster.</source>
        <translation>Tiada sesiapa dalam senarai peserta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jantina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Jumlah minit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 min (%2 %)</source>
        <translation>%1 min (%2 %)</translation>
    </message>
    <message>
        <source>S%1: %2</source>
        <translation>S%1: %2</translation>
    </message>
    <message>
        <source>Sala could not save the attendance report as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala tidak dapat menyimpan laporan kehadiran sebagai “%1” (%2). Pastikan folder itu wujud dan anda dibenarkan menulis di situ, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The PDF attendance report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>Laporan kehadiran PDF memerlukan sokongan grafik Qt, yang tidak dimulakan oleh program ini. Buat PDF daripada tetingkap Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF attendance report.</source>
        <translation>Tiada nama fail diberikan untuk laporan kehadiran PDF.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Kehadiran: %1</translation>
    </message>
    <message>
        <source>Attendance · %1</source>
        <translation>Kehadiran · %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewDialog</name>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Padankan</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>Tambah ke Senarai P&amp;eserta</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>&amp;Abaikan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat Asal</translation>
    </message>
    <message>
        <source>Finish the Attendance Review</source>
        <translation>Selesaikan Semakan Kehadiran</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>These people in the imported attendance are not matched to the roster, so they count nowhere in the reports. Each choice is saved at once and the reports change with it; Undo (Ctrl+Z) takes it back.</source>
        <translation>Orang dalam kehadiran yang diimport ini belum dipadankan dengan senarai peserta, jadi mereka tidak dikira di mana-mana dalam laporan. Setiap pilihan disimpan serta-merta dan laporan berubah mengikutnya; Buat Asal (Ctrl+Z) membatalkannya.</translation>
    </message>
    <message>
        <source>People not matched to the roster</source>
        <translation>Orang yang tidak dipadankan dengan senarai peserta</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>Taip nama, alias atau e-mel…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Cari dalam senarai peserta</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>Peserta dalam senarai</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>Orang ini ialah peserta yang dipilih dalam senarai (atau yang dicadangkan). Sala menyimpan nama ini sebagai alias, supaya fail seterusnya dipadankan secara automatik.</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>Tambah orang ini ke senarai peserta bengkel sebagai peserta baharu</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>Bukan sesiapa dalam senarai peserta: peranti kedua hos, jurubahasa, pemerhati</translation>
    </message>
    <message>
        <source>Apply every match Sala finds now by e-mail address, alias or name, such as for people added to the roster since the import</source>
        <translation>Gunakan setiap padanan yang kini ditemui Sala melalui alamat e-mel, alias atau nama, contohnya bagi orang yang ditambah ke senarai peserta selepas import</translation>
    </message>
    <message>
        <source>Take back the last choice saved here</source>
        <translation>Batalkan pilihan terakhir yang disimpan di sini</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Ringkasan semakan</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>Siapakah orang &amp;ini?</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>%n tidak dipadankan</numerusform>
        </translation>
    </message>
    <message>
        <source>now on the roster: %1</source>
        <translation>kini dalam senarai peserta: %1</translation>
    </message>
    <message>
        <source>%1 — %2%</source>
        <translation>%1 — %2%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Match “%1” to %2</source>
        <translation>Padankan “%1” dengan %2</translation>
    </message>
    <message>
        <source>Add “%1” to the Roster</source>
        <translation>Tambah “%1” ke Senarai Peserta</translation>
    </message>
    <message>
        <source>Ignore “%1” in the Attendance</source>
        <translation>Abaikan “%1” dalam Kehadiran</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Attendance Match(es)</source>
        <translation>
            <numerusform>Guna %n Padanan Kehadiran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Match(es) Sala Found</source>
        <translation>
            <numerusform>&amp;Guna %n Padanan yang Ditemui Sala</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply Matches Sala Found</source>
        <translation>&amp;Guna Padanan yang Ditemui Sala</translation>
    </message>
    <message>
        <source>Everyone in this session&apos;s imported attendance is matched, added or ignored.</source>
        <translation>Semua orang dalam kehadiran sesi ini yang diimport telah dipadankan, ditambah atau diabaikan.</translation>
    </message>
    <message numerus="yes">
        <source>%n people not matched yet.</source>
        <translation>
            <numerusform>%n orang belum dipadankan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them Sala now finds an e-mail, alias or name on the roster.</source>
        <translation>
            <numerusform>Bagi %n daripada mereka, Sala kini menemui e-mel, alias atau nama dalam senarai peserta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewModel</name>
    <message>
        <source>Matched</source>
        <translation>Dipadankan</translation>
    </message>
    <message>
        <source>Proposed — confirm?</source>
        <translation>Dicadangkan — sahkan?</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Tidak dipadankan</translation>
    </message>
    <message>
        <source>Matched by you</source>
        <translation>Dipadankan oleh anda</translation>
    </message>
    <message>
        <source>Add to roster</source>
        <translation>Tambah ke senarai peserta</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Diabaikan</translation>
    </message>
    <message>
        <source>Also shown as: %1</source>
        <translation>Juga dipaparkan sebagai: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tiada nama)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>baharu: %1</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>confirmed by you: %1</source>
        <translation>disahkan oleh anda: %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>dipilih oleh anda</translation>
    </message>
    <message>
        <source>will be added to the workshop’s roster</source>
        <translation>akan ditambah ke senarai peserta bengkel</translation>
    </message>
    <message>
        <source>left out of the reports</source>
        <translation>tidak dimasukkan dalam laporan</translation>
    </message>
    <message>
        <source>no one on the roster with this e-mail or name</source>
        <translation>tiada sesiapa dalam senarai peserta dengan e-mel atau nama ini</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dalam fail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roster participant</source>
        <translation>Peserta dalam senarai</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sebab</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the file(s): </source>
        <translation>
            <numerusform>%n orang dalam fail: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matched</source>
        <translation>%1 dipadankan</translation>
    </message>
    <message>
        <source>, %1 proposed</source>
        <translation>, %1 dicadangkan</translation>
    </message>
    <message>
        <source>, %1 not matched</source>
        <translation>, %1 tidak dipadankan</translation>
    </message>
    <message>
        <source>, %1 to add to the roster</source>
        <translation>, %1 untuk ditambah ke senarai peserta</translation>
    </message>
    <message>
        <source>, %1 ignored</source>
        <translation>, %1 diabaikan</translation>
    </message>
    <message>
        <source>Proposed and unmatched people are left out of the reports until they are matched.</source>
        <translation>Orang yang dicadangkan dan yang tidak dipadankan tidak dimasukkan dalam laporan sehingga mereka dipadankan.</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceStore</name>
    <message>
        <source>save the stays</source>
        <translation>menyimpan tempoh kehadiran</translation>
    </message>
    <message>
        <source>“%1” was already imported into this session on %2. Import it as a replacement to review it again.</source>
        <translation>“%1” sudah diimport ke sesi ini pada %2. Import sebagai pengganti untuk menyemaknya semula.</translation>
    </message>
    <message>
        <source>“%1” is the same file as “%2”, imported into this session on %3. Import it as a replacement to review it again.</source>
        <translation>“%1” ialah fail yang sama dengan “%2”, yang diimport ke sesi ini pada %3. Import sebagai pengganti untuk menyemaknya semula.</translation>
    </message>
    <message>
        <source>save the attendance of “%1”</source>
        <translation>menyimpan kehadiran “%1”</translation>
    </message>
    <message>
        <source>remove an attendance import</source>
        <translation>membuang import kehadiran</translation>
    </message>
    <message>
        <source>read the attendance imports</source>
        <translation>membaca import kehadiran</translation>
    </message>
    <message>
        <source>save the alias “%1”</source>
        <translation>menyimpan alias “%1”</translation>
    </message>
    <message>
        <source>remove the alias “%1”</source>
        <translation>membuang alias “%1”</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>membaca senarai peserta</translation>
    </message>
    <message>
        <source>read the people waiting for review</source>
        <translation>membaca orang yang menunggu semakan</translation>
    </message>
    <message>
        <source>read a person of an attendance import</source>
        <translation>membaca seorang individu daripada import kehadiran</translation>
    </message>
    <message>
        <source>There is no person number %1 in the imported attendance. Its import may have been removed or imported again; list the people waiting for review again.</source>
        <translation>Tiada individu bernombor %1 dalam kehadiran yang diimport. Import itu mungkin telah dibuang atau diimport semula; senaraikan semula orang yang menunggu semakan.</translation>
    </message>
    <message>
        <source>count the people waiting for review</source>
        <translation>mengira orang yang menunggu semakan</translation>
    </message>
    <message>
        <source>save the match of a person in the imported attendance</source>
        <translation>menyimpan padanan seorang individu dalam kehadiran yang diimport</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceXlsx</name>
    <message>
        <source>Attendance report</source>
        <translation>Laporan kehadiran</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Bengkel</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Penganjur</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Scheduled hours</source>
        <translation>Jam berjadual</translation>
    </message>
    <message>
        <source>Completion threshold (%)</source>
        <translation>Ambang penyempurnaan (%)</translation>
    </message>
    <message>
        <source>Participation threshold (%)</source>
        <translation>Ambang penyertaan (%)</translation>
    </message>
    <message>
        <source>How shares are counted</source>
        <translation>Cara peratus dikira</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent.</source>
        <translation>Peratus seseorang ialah masanya dalam bilik berbanding masa berjadual semua sesi bengkel; masa dalam satu sesi dikira sehingga tempoh berjadual sesi itu sahaja. Peratus dibundarkan ke bawah kepada peratus bulat.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 daripada %2 sesi belum ada kehadiran diimport; masanya dikira sebagai tidak hadir.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Berdaftar</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>Menyertai (di bawah penyempurnaan)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kumpulan</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% daripada yang hadir</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% daripada yang tamat</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Menyertai</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% daripada yang menyertai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nama pilihan</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>Persetujuan untuk laporan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jantina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Jenis organisasi</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>Saiz perusahaan</translation>
    </message>
    <message>
        <source>%1 (minutes)</source>
        <translation>%1 (minit)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Jumlah minit</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>Peratus bengkel (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Scheduled start (%1)</source>
        <translation>Mula berjadual (%1)</translation>
    </message>
    <message>
        <source>Scheduled minutes</source>
        <translation>Minit berjadual</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Hadirin</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>Purata minit</translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation>Identiti tidak dipadankan</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fail yang diimport</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>tidak diimport</translation>
    </message>
    <message>
        <source>Sala could not save the attendance workbook as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala tidak dapat menyimpan buku kerja kehadiran sebagai “%1” (%2). Pastikan folder itu wujud dan anda dibenarkan menulis di situ, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>Sala could not make a temporary folder for the workbook (%1).</source>
        <translation>Sala tidak dapat membuat folder sementara untuk buku kerja (%1).</translation>
    </message>
    <message>
        <source>Sala could not start the workbook.</source>
        <translation>Sala tidak dapat memulakan buku kerja.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Kehadiran: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Sala could not add the sheets to the workbook.</source>
        <translation>Sala tidak dapat menambah helaian ke buku kerja.</translation>
    </message>
    <message>
        <source>Sala could not finish the workbook (%1).</source>
        <translation>Sala tidak dapat menyiapkan buku kerja (%1).</translation>
    </message>
    <message>
        <source>Sala could not read the finished workbook back (%1).</source>
        <translation>Sala tidak dapat membaca semula buku kerja yang telah siap (%1).</translation>
    </message>
    <message>
        <source>No file name was given for the attendance workbook.</source>
        <translation>Tiada nama fail diberikan untuk buku kerja kehadiran.</translation>
    </message>
</context>
<context>
    <name>sala::BreakdownModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kumpulan</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Berdaftar</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% daripada yang hadir</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% daripada yang tamat</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Menyertai</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% daripada yang menyertai</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutRoomsModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n orang)</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: re-solving keeps everyone in this room</source>
        <translation>Dikunci: susun semula mengekalkan semua orang dalam bilik ini</translation>
    </message>
    <message>
        <source>Tick to lock the room</source>
        <translation>Tandakan untuk mengunci bilik</translation>
    </message>
    <message>
        <source>%1 — meets again</source>
        <translation>%1 — bertemu semula</translation>
    </message>
    <message>
        <source>Has met %1 before</source>
        <translation>Pernah bertemu %1 sebelum ini</translation>
    </message>
    <message>
        <source>Locked: re-solving keeps this person here</source>
        <translation>Dikunci: susun semula mengekalkan orang ini di sini</translation>
    </message>
    <message>
        <source>Room and people (tick to lock)</source>
        <translation>Bilik dan orang (tandakan untuk mengunci)</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Campuran</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutSetStore</name>
    <message>
        <source>read the breakout rooms of an activity</source>
        <translation>membaca bilik pecahan sesuatu aktiviti</translation>
    </message>
    <message>
        <source>remove the breakout rooms of an activity</source>
        <translation>membuang bilik pecahan sesuatu aktiviti</translation>
    </message>
    <message>
        <source>save the breakout rooms of an activity</source>
        <translation>menyimpan bilik pecahan sesuatu aktiviti</translation>
    </message>
    <message>
        <source>read the breakout rooms of the workshop</source>
        <translation>membaca bilik pecahan bengkel</translation>
    </message>
    <message>
        <source>read the home groups</source>
        <translation>membaca kumpulan asal</translation>
    </message>
    <message>
        <source>save the home groups</source>
        <translation>menyimpan kumpulan asal</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutsView</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Jana</translation>
    </message>
    <message>
        <source>Re-solve &amp;unlocked</source>
        <translation>Susun semula yang tidak di&amp;kunci</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Tempatkan</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Pengumpulan</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Pusingan</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Breakout activities</source>
        <translation>Aktiviti bilik pecahan</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Pusingan</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Rooms for every round from the roster, with as few repeated pairs as possible (Ctrl+G)</source>
        <translation>Bilik untuk setiap pusingan daripada senarai peserta, dengan pasangan berulang sesedikit mungkin (Ctrl+G)</translation>
    </message>
    <message>
        <source>Keep locked people and rooms where they are and find the best rooms for everyone else</source>
        <translation>Kekalkan orang dan bilik yang dikunci di tempatnya, dan cari bilik terbaik untuk orang lain</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>Bilik pecahan</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Pusingan:</translation>
    </message>
    <message>
        <source>Spread evenly:</source>
        <translation>Agihkan sama rata:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jantina</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Jenis organisasi</translation>
    </message>
    <message>
        <source>&amp;Late arrival:</source>
        <translation>Peserta &amp;lewat:</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>Peserta lewat</translation>
    </message>
    <message>
        <source>Put the person into the room Sala suggests: the fewest people already met, the smallest room, the best mix</source>
        <translation>Masukkan orang itu ke bilik yang dicadangkan Sala: paling sedikit orang yang pernah ditemui, bilik paling kecil, campuran terbaik</translation>
    </message>
    <message>
        <source>Zoom pre-assignment CSV…</source>
        <translation>CSV pra-tugasan Zoom…</translation>
    </message>
    <message>
        <source>Copy room list (Teams, Meet, chat)</source>
        <translation>Salin senarai bilik (Teams, Meet, sembang)</translation>
    </message>
    <message>
        <source>Save room list…</source>
        <translation>Simpan senarai bilik…</translation>
    </message>
    <message>
        <source>Save this round as home groups</source>
        <translation>Simpan pusingan ini sebagai kumpulan asal</translation>
    </message>
    <message>
        <source>Use home groups for every round</source>
        <translation>Guna kumpulan asal untuk setiap pusingan</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Tiada sesi dibuka.</translation>
    </message>
    <message>
        <source> — more than %1 allows (%2)</source>
        <translation> — melebihi had %1 (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 min</source>
        <translation>%1 × %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast %n min before the end</source>
        <translation>
            <numerusform>Siaran %n min sebelum tamat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breakout activities in this session.</source>
        <translation>
            <numerusform>%n aktiviti bilik pecahan dalam sesi ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a breakout activity above to see its rooms.</source>
        <translation>Pilih aktiviti bilik pecahan di atas untuk melihat biliknya.</translation>
    </message>
    <message>
        <source>Rooms for “%1”</source>
        <translation>Bilik untuk “%1”</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Pusingan %1 daripada %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>tidak dinyatakan</translation>
    </message>
    <message>
        <source>The roster is empty: add participants in Roster mode (Ctrl+2) first.</source>
        <translation>Senarai peserta kosong: tambah peserta dalam mod Peserta (Ctrl+2) dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>No rooms yet for %n people. Generate (Ctrl+G) makes them for every round.</source>
        <translation>
            <numerusform>Belum ada bilik untuk %n orang. Jana (Ctrl+G) membuat bilik untuk setiap pusingan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated pairs over all rounds: %1</source>
        <translation>Pasangan berulang dalam semua pusingan: %1</translation>
    </message>
    <message>
        <source> (no schedule can have fewer than %1)</source>
        <translation> (tiada jadual boleh kurang daripada %1)</translation>
    </message>
    <message>
        <source>people beyond an even mix: %1</source>
        <translation>orang yang melebihi campuran sekata: %1</translation>
    </message>
    <message>
        <source>These rooms cannot be made: %1</source>
        <translation>Bilik ini tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Finding the best rooms…</source>
        <translation>Mencari bilik terbaik…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Henti</translation>
    </message>
    <message>
        <source>Re-solve the rooms of “%1”</source>
        <translation>Susun semula bilik “%1”</translation>
    </message>
    <message>
        <source>Generate rooms for “%1”</source>
        <translation>Jana bilik untuk “%1”</translation>
    </message>
    <message>
        <source>Rooms made for every round. Repeated pairs: %1; no schedule can have fewer than %2.</source>
        <translation>Bilik dibuat untuk setiap pusingan. Pasangan berulang: %1; tiada jadual boleh kurang daripada %2.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Pindahkan %1 ke %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to %1</source>
        <translation>
            <numerusform>Pindahkan %n orang ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Kunci %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Buka kunci %1</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Bilik %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Namakan semula %1 kepada %2</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>Tempatkan %1 dalam %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before.</source>
        <translation>%1 menyertai %2: tiada sesiapa di situ pernah bertemu %1 sebelum ini.</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3.</source>
        <translation>%1 menyertai %2, bilik terbaik yang tinggal; orang di situ yang pernah bertemu %1: %3.</translation>
    </message>
    <message>
        <source>These rooms are now the workshop&apos;s home groups; any breakout activity can use them.</source>
        <translation>Bilik ini kini menjadi kumpulan asal bengkel; mana-mana aktiviti bilik pecahan boleh menggunakannya.</translation>
    </message>
    <message>
        <source>This workshop has no home groups yet: make rooms, then Export ▸ Save this round as home groups.</source>
        <translation>Bengkel ini belum ada kumpulan asal: buat bilik, kemudian Eksport ▸ Simpan pusingan ini sebagai kumpulan asal.</translation>
    </message>
    <message>
        <source>Use home groups for “%1”</source>
        <translation>Guna kumpulan asal untuk “%1”</translation>
    </message>
    <message>
        <source>The room list of round %1 is on the clipboard: paste it into the chat, Teams or Meet.</source>
        <translation>Senarai bilik pusingan %1 ada pada papan keratan: tampalkannya ke ruang sembang, Teams atau Meet.</translation>
    </message>
    <message>
        <source>Save Room List</source>
        <translation>Simpan Senarai Bilik</translation>
    </message>
    <message>
        <source>breakout-rooms-round-%1.txt</source>
        <translation>bilik-pecahan-pusingan-%1.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fail teks (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Tidak dapat menulis “%1”: %2</translation>
    </message>
    <message>
        <source>Room list saved to %1.</source>
        <translation>Senarai bilik disimpan ke %1.</translation>
    </message>
    <message>
        <source>Export Zoom Pre-assignment</source>
        <translation>Eksport Pra-tugasan Zoom</translation>
    </message>
    <message>
        <source>zoom-rooms-round-%1.csv</source>
        <translation>zoom-bilik-pusingan-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>Zoom pre-assignment for round %1 saved to %2, people: %3. Upload it when scheduling the meeting: Breakout Room pre-assign ▸ Import from CSV.</source>
        <translation>Pra-tugasan Zoom untuk pusingan %1 disimpan ke %2, bilangan orang: %3. Muat naik fail ini semasa menjadualkan mesyuarat: Breakout Room pre-assign ▸ Import from CSV.</translation>
    </message>
    <message>
        <source>Only people &amp;checked in</source>
        <translation>Hanya orang yang sudah &amp;daftar masuk</translation>
    </message>
    <message>
        <source>&amp;Move to Room…</source>
        <translation>Pindah ke &amp;Bilik…</translation>
    </message>
    <message>
        <source>Move to the &amp;Previous Room</source>
        <translation>Pindah ke Bilik Sebelu&amp;mnya</translation>
    </message>
    <message>
        <source>Move to the &amp;Next Room</source>
        <translation>Pindah ke Bilik Berikut&amp;nya</translation>
    </message>
    <message>
        <source>Drag people to another room, or select them and press M (Alt+Up, Alt+Down: the room before or after)</source>
        <translation>Seret orang ke bilik lain, atau pilih mereka dan tekan M (Alt+Up, Alt+Down: bilik sebelum atau selepasnya)</translation>
    </message>
    <message>
        <source>Move the selected people to a room you choose</source>
        <translation>Pindahkan orang yang dipilih ke bilik pilihan anda</translation>
    </message>
    <message>
        <source>Move the selected people to the room before theirs</source>
        <translation>Pindahkan orang yang dipilih ke bilik sebelum bilik mereka</translation>
    </message>
    <message>
        <source>Move the selected people to the room after theirs</source>
        <translation>Pindahkan orang yang dipilih ke bilik selepas bilik mereka</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only people checked in</source>
        <translation>Hanya orang yang sudah daftar masuk</translation>
    </message>
    <message>
        <source>Group only the people checked in to this session now (present, late or rejoined). On by default once anyone has checked in.</source>
        <translation>Kumpulkan hanya orang yang sudah daftar masuk ke sesi ini sekarang (hadir, lewat atau masuk semula). Aktif secara lalai sebaik sahaja ada yang daftar masuk.</translation>
    </message>
    <message>
        <source>Who is grouped</source>
        <translation>Siapa yang dikumpulkan</translation>
    </message>
    <message>
        <source>Export and print the rooms</source>
        <translation>Eksport dan cetak bilik</translation>
    </message>
    <message>
        <source>Print rooms (PDF)…</source>
        <translation>Cetak bilik (PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms of about %1</source>
        <translation>
            <numerusform>%n bilik, setiap satu kira-kira %1 orang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n bilik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rooms are counted for the %n people grouped; %1 allows up to %2 rooms.</source>
        <translation>
            <numerusform>Bilik dikira untuk %n orang yang dikumpulkan; %1 membenarkan sehingga %2 bilik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to other rooms</source>
        <translation>
            <numerusform>Pindahkan %n orang ke bilik lain</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z membuat asal tindakan ini.</translation>
    </message>
    <message>
        <source>Already in the first room.</source>
        <translation>Sudah berada dalam bilik pertama.</translation>
    </message>
    <message>
        <source>Already in the last room.</source>
        <translation>Sudah berada dalam bilik terakhir.</translation>
    </message>
    <message>
        <source>Move to Room</source>
        <translation>Pindah ke Bilik</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>Pindah ke bilik</translation>
    </message>
    <message>
        <source>Select people in the rooms first</source>
        <translation>Pilih orang dalam bilik dahulu</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n orang)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is checked in to this session now: untick “Only people checked in” to group everyone expected.</source>
        <translation>Tiada sesiapa yang daftar masuk ke sesi ini sekarang: nyahtanda “Hanya orang yang sudah daftar masuk” untuk mengumpulkan semua yang dijangka hadir.</translation>
    </message>
    <message numerus="yes">
        <source>Grouping all %n people on the roster.</source>
        <translation>
            <numerusform>Mengumpulkan kesemua %n orang dalam senarai peserta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked in</source>
        <translation>
            <numerusform>%n belum daftar masuk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked out of the call</source>
        <translation>
            <numerusform>%n telah keluar daripada panggilan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out of this session</source>
        <translation>
            <numerusform>%n dikecualikan daripada sesi ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose data was erased</source>
        <translation>
            <numerusform>%n yang datanya telah dipadam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %1 of %n people; not grouped: %2.</source>
        <translation>
            <numerusform>Mengumpulkan %1 daripada %n orang; tidak dikumpulkan: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>There are no rooms to print yet: Generate (Ctrl+G) makes them.</source>
        <translation>Belum ada bilik untuk dicetak: Jana (Ctrl+G) akan membuatnya.</translation>
    </message>
    <message>
        <source>Print Rooms (PDF)</source>
        <translation>Cetak Bilik (PDF)</translation>
    </message>
    <message>
        <source>breakout-rooms.pdf</source>
        <translation>bilik-pecahan.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The rooms of every round of “%1” are in %2, a page per round.</source>
        <translation>Bilik bagi setiap pusingan “%1” ada dalam %2, satu halaman bagi setiap pusingan.</translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s) in the main room</source>
        <translation>
            <numerusform>%n pemerhati di bilik utama</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: %1.</source>
        <translation>Pasukan: %1.</translation>
    </message>
</context>
<context>
    <name>sala::CatchUp</name>
    <message>
        <source>Welcome! Good to have you with us.</source>
        <translation>Selamat datang! Gembira anda bersama kami.</translation>
    </message>
    <message>
        <source>Welcome, %1! Good to have you with us.</source>
        <translation>Selamat datang, %1! Gembira anda bersama kami.</translation>
    </message>
    <message>
        <source>We have not started yet: we begin at %1.</source>
        <translation>Kita belum bermula: kita akan mula pada %1.</translation>
    </message>
    <message>
        <source>So far we have done:</source>
        <translation>Setakat ini kita telah membuat:</translation>
    </message>
    <message>
        <source>We have just finished. The facilitator will share the summary.</source>
        <translation>Kita baru sahaja selesai. Fasilitator akan berkongsi rumusannya.</translation>
    </message>
    <message>
        <source>Now, until %1: %2</source>
        <translation>Sekarang, hingga %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Apa yang perlu dibuat: %1</translation>
    </message>
    <message>
        <source>You will join a breakout room in a moment; please stay in the main room until then.</source>
        <translation>Anda akan masuk ke bilik pecahan sebentar lagi; sila kekal di bilik utama sehingga itu.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Seterusnya: %1</translation>
    </message>
</context>
<context>
    <name>sala::CertificateListModel</name>
    <message>
        <source>Completion</source>
        <translation>Penyempurnaan</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Penyertaan</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sijil</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>Peratus bengkel</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>Jam yang dikira</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
</context>
<context>
    <name>sala::CertificateTemplateDialog</name>
    <message>
        <source>Completion text</source>
        <translation>Teks penyempurnaan</translation>
    </message>
    <message>
        <source>Participation text</source>
        <translation>Teks penyertaan</translation>
    </message>
    <message>
        <source>Make certificates of &amp;participation too</source>
        <translation>Buat sijil &amp;penyertaan juga</translation>
    </message>
    <message>
        <source>Write years in the &amp;Buddhist Era (2026 → 2569), as Thai certificates do</source>
        <translation>Tulis tahun dalam Era &amp;Buddha (2026 → 2569), seperti sijil Thailand</translation>
    </message>
    <message>
        <source>Certificate Template</source>
        <translation>Templat Sijil</translation>
    </message>
    <message>
        <source>Completion title</source>
        <translation>Tajuk penyempurnaan</translation>
    </message>
    <message>
        <source>Participation title</source>
        <translation>Tajuk penyertaan</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>Nama penandatangan</translation>
    </message>
    <message>
        <source>Signatory role</source>
        <translation>Jawatan penandatangan</translation>
    </message>
    <message>
        <source>Make certificates of participation too</source>
        <translation>Buat sijil penyertaan juga</translation>
    </message>
    <message>
        <source>Write years in the Buddhist Era</source>
        <translation>Tulis tahun dalam Era Buddha</translation>
    </message>
    <message>
        <source>e.g. Programme Director</source>
        <translation>cth. Pengarah Program</translation>
    </message>
    <message>
        <source>Completion &amp;title:</source>
        <translation>&amp;Tajuk penyempurnaan:</translation>
    </message>
    <message>
        <source>Completion te&amp;xt:</source>
        <translation>Te&amp;ks penyempurnaan:</translation>
    </message>
    <message>
        <source>Participation t&amp;itle:</source>
        <translation>Tajuk penye&amp;rtaan:</translation>
    </message>
    <message>
        <source>Participation t&amp;ext:</source>
        <translation>Teks penyertaa&amp;n:</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>Nama penandatan&amp;gan:</translation>
    </message>
    <message>
        <source>Signatory &amp;role:</source>
        <translation>&amp;Jawatan penandatangan:</translation>
    </message>
    <message>
        <source>Placeholders: %1. Each line of a text is a line on the certificate; the person&apos;s name is set large.</source>
        <translation>Pemegang tempat: %1. Setiap baris teks ialah satu baris pada sijil; nama peserta dicetak dalam saiz besar.</translation>
    </message>
    <message>
        <source>Template problems</source>
        <translation>Masalah templat</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Pulihkan &amp;Lalai</translation>
    </message>
    <message>
        <source>Sala does not know %1 and will print it as written. Known placeholders: %2.</source>
        <translation>Sala tidak mengenali %1 dan akan mencetaknya seperti yang ditulis. Pemegang tempat yang dikenali: %2.</translation>
    </message>
</context>
<context>
    <name>sala::Certificates</name>
    <message>
        <source>Certificate of Completion</source>
        <translation>Sijil Penyempurnaan</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has successfully completed the workshop
{workshop}
held online on {dates} ({hours} hours) by {organizer}.</source>
        <translation>Dengan ini disahkan bahawa
{name}
telah berjaya menyempurnakan bengkel
{workshop}
yang diadakan secara dalam talian pada {dates} ({hours} jam) oleh {organizer}.</translation>
    </message>
    <message>
        <source>Certificate of Participation</source>
        <translation>Sijil Penyertaan</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has participated in the workshop
{workshop}
held online on {dates} by {organizer}, attending {attendedHours} of {hours} hours.</source>
        <translation>Dengan ini disahkan bahawa
{name}
telah menyertai bengkel
{workshop}
yang diadakan secara dalam talian pada {dates} oleh {organizer}, dengan kehadiran {attendedHours} daripada {hours} jam.</translation>
    </message>
</context>
<context>
    <name>sala::CertificatesPdf</name>
    <message>
        <source>Sala could not save the certificates as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala tidak dapat menyimpan sijil sebagai “%1” (%2). Pastikan folder itu wujud dan anda dibenarkan menulis di situ, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The certificates need Qt&apos;s graphics support, which this program did not start. Make them from the Sala window.</source>
        <translation>Sijil memerlukan sokongan grafik Qt, yang tidak dimulakan oleh program ini. Buat sijil daripada tetingkap Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the certificates.</source>
        <translation>Tiada nama fail diberikan untuk sijil.</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet, so no certificates were written. Import the attendance of every session, or check the thresholds.</source>
        <translation>Belum ada sesiapa yang layak mendapat sijil, jadi tiada sijil ditulis. Import kehadiran setiap sesi, atau semak ambang.</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF tidak dapat dimulakan</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>PDF tidak dapat disiapkan</translation>
    </message>
</context>
<context>
    <name>sala::Charts</name>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Menyertai</translation>
    </message>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>Belum ada sesiapa dalam senarai peserta.</translation>
    </message>
    <message>
        <source>No joins and leaves are known for this session yet.</source>
        <translation>Belum ada data masuk dan keluar untuk sesi ini.</translation>
    </message>
    <message>
        <source>People in the room, peak %1</source>
        <translation>Orang dalam bilik, puncak %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>Orang dalam bilik</translation>
    </message>
    <message>
        <source>Scheduled start and end</source>
        <translation>Mula dan tamat berjadual</translation>
    </message>
    <message>
        <source>Clock time (%1)</source>
        <translation>Waktu (%1)</translation>
    </message>
</context>
<context>
    <name>sala::CheckInPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Catch-up &amp;message</source>
        <translation>&amp;Mesej kemas kini</translation>
    </message>
    <message>
        <source>Present and expected</source>
        <translation>Hadir dan dijangka</translation>
    </message>
    <message>
        <source>Type a name, alias or email, then Enter</source>
        <translation>Taip nama, nama lain atau e-mel, kemudian tekan Enter</translation>
    </message>
    <message>
        <source>Find a participant to check in</source>
        <translation>Cari peserta untuk daftar masuk</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Peserta yang sepadan</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Daftar masuk terakhir</translation>
    </message>
    <message>
        <source>Ctrl+M writes a catch-up message for latecomers here and copies it.</source>
        <translation>Ctrl+M menulis mesej kemas kini untuk peserta yang lewat di sini dan menyalinnya.</translation>
    </message>
    <message>
        <source>Catch-up message</source>
        <translation>Mesej kemas kini</translation>
    </message>
    <message>
        <source>What has happened and what the group is doing now, ready to paste into the chat (Ctrl+M)</source>
        <translation>Apa yang telah berlaku dan apa yang kumpulan sedang buat sekarang, sedia untuk ditampal ke ruang sembang (Ctrl+M)</translation>
    </message>
    <message>
        <source>Enter: present · Ctrl+L: late · Ctrl+D: left · Ctrl+R: rejoined · Ctrl+Enter: walk-in · Ctrl+M: catch-up message</source>
        <translation>Enter: hadir · Ctrl+L: lewat · Ctrl+D: keluar · Ctrl+R: masuk semula · Ctrl+Enter: walk-in · Ctrl+M: mesej kemas kini</translation>
    </message>
    <message>
        <source>not expected this session</source>
        <translation>tidak dijangka hadir sesi ini</translation>
    </message>
    <message>
        <source>present since %1</source>
        <translation>hadir sejak %1</translation>
    </message>
    <message>
        <source>late, since %1</source>
        <translation>lewat, sejak %1</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>keluar pada %1</translation>
    </message>
    <message>
        <source>rejoined at %1</source>
        <translation>masuk semula pada %1</translation>
    </message>
    <message>
        <source>Check-in — %1</source>
        <translation>Daftar masuk — %1</translation>
    </message>
    <message>
        <source>Check-in — choose a session first</source>
        <translation>Daftar masuk — pilih sesi dahulu</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more still to come; type to find them</source>
        <translation>
            <numerusform>… dan %n lagi belum tiba; taip untuk mencari mereka</numerusform>
        </translation>
    </message>
    <message>
        <source>as “%1”</source>
        <translation>sebagai “%1”</translation>
    </message>
    <message>
        <source>+ Add “%1” as a walk-in (Ctrl+Enter)</source>
        <translation>+ Tambah “%1” sebagai peserta walk-in (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; present of &lt;b&gt;%2&lt;/b&gt; expected</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hadir daripada &lt;b&gt;%2&lt;/b&gt; dijangka</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n lewat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n keluar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 present at %2</source>
        <translation>%1 hadir pada %2</translation>
    </message>
    <message>
        <source>%1 late, arrived at %2</source>
        <translation>%1 lewat, tiba pada %2</translation>
    </message>
    <message>
        <source>%1 left at %2</source>
        <translation>%1 keluar pada %2</translation>
    </message>
    <message>
        <source>%1 rejoined at %2</source>
        <translation>%1 masuk semula pada %2</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it</source>
        <translation>Ctrl+Z untuk membatalkannya</translation>
    </message>
    <message>
        <source>%1 is already here (since %2).</source>
        <translation>%1 sudah hadir (sejak %2).</translation>
    </message>
    <message>
        <source>%1 has not arrived, so cannot leave.</source>
        <translation>%1 belum tiba, jadi tidak boleh keluar.</translation>
    </message>
    <message>
        <source>%1 has not left, so cannot rejoin.</source>
        <translation>%1 belum keluar, jadi tidak boleh masuk semula.</translation>
    </message>
    <message>
        <source>Walk-in at %1</source>
        <translation>Walk-in pada %1</translation>
    </message>
    <message>
        <source>Walk-in %1 added and present at %2</source>
        <translation>Peserta walk-in %1 ditambah dan hadir pada %2</translation>
    </message>
    <message>
        <source>Ask for their details and consent later in Roster mode.</source>
        <translation>Minta butiran dan persetujuan mereka kemudian dalam mod Peserta.</translation>
    </message>
    <message>
        <source>The catch-up message is on the clipboard: paste it into the meeting chat.</source>
        <translation>Mesej kemas kini ada pada papan keratan: tampalkannya ke ruang sembang mesyuarat.</translation>
    </message>
</context>
<context>
    <name>sala::ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimport)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nama pilihan</translation>
    </message>
    <message>
        <source>Alias (e.g. Zoom name)</source>
        <translation>Nama lain (cth. nama Zoom)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Jenis organisasi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jantina</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Kumpulan umur</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Needs interpretation</source>
        <translation>Perlukan jurubahasa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Persetujuan diberi</translation>
    </message>
    <message>
        <source>Consent time / form sent</source>
        <translation>Masa persetujuan / borang dihantar</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Versi notis privasi</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Hamparan</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Forms</translation>
    </message>
    <message>
        <source>Microsoft Forms</source>
        <translation>Microsoft Forms</translation>
    </message>
    <message>
        <source>Eventbrite</source>
        <translation>Eventbrite</translation>
    </message>
    <message>
        <source>KoboToolbox</source>
        <translation>KoboToolbox</translation>
    </message>
    <message>
        <source>Role in the workshop</source>
        <translation>Peranan dalam bengkel</translation>
    </message>
</context>
<context>
    <name>sala::CsvReader</name>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1”, baris %2, lajur %3: %4</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. Check that quotes inside cells are doubled (&quot;&quot;), then export the file again.</source>
        <translation>sel bertanda petik bermula di sini tetapi tanda petik penutupnya tiada. Pastikan tanda petik di dalam sel ditulis dua kali (&quot;&quot;), kemudian eksport semula fail.</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>ada teks selepas tanda petik penutup sel ini. Tanda petik di dalam sel bertanda petik mesti ditulis dua kali (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>sala::Demo</name>
    <message>
        <source>look for the demo workshop</source>
        <translation>mencari bengkel demo</translation>
    </message>
</context>
<context>
    <name>sala::Duplicates</name>
    <message>
        <source>same email</source>
        <translation>e-mel sama</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>telefon sama</translation>
    </message>
    <message>
        <source>similar name, same organization</source>
        <translation>nama serupa, organisasi sama</translation>
    </message>
</context>
<context>
    <name>sala::GroupExport</name>
    <message>
        <source>Room %1</source>
        <translation>Bilik %1</translation>
    </message>
    <message>
        <source>Left out, without an e-mail address (assign them in the meeting): %1</source>
        <translation>Tidak dimasukkan kerana tiada alamat e-mel (tetapkan bilik mereka semasa mesyuarat): %1</translation>
    </message>
    <message>
        <source>%1 share the address %2; Zoom places one account in one room</source>
        <translation>%1 berkongsi alamat %2; Zoom meletakkan satu akaun dalam satu bilik sahaja</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 rooms; this round has %2</source>
        <translation>Zoom hanya boleh pra-tugaskan paling banyak %1 bilik; pusingan ini ada %2</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 people; this round has %2</source>
        <translation>Zoom hanya boleh pra-tugaskan paling banyak %1 orang; pusingan ini ada %2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Pusingan %1</translation>
    </message>
</context>
<context>
    <name>sala::GroupSolver</name>
    <message>
        <source>round robin</source>
        <translation>round robin</translation>
    </message>
    <message>
        <source>affine plane of order %1</source>
        <translation>satah afin peringkat %1</translation>
    </message>
    <message>
        <source>resolvable transversal design over GF(%1)</source>
        <translation>reka bentuk transversal boleh selesai atas GF(%1)</translation>
    </message>
    <message>
        <source>32 in fours over the binary triples</source>
        <translation>32 orang berempat atas tiga serangkai binari</translation>
    </message>
    <message>
        <source>base round shifted over Z%1</source>
        <translation>pusingan asas dianjak atas Z%1</translation>
    </message>
    <message>
        <source>with a single room everyone meets everyone in every round</source>
        <translation>dengan satu bilik sahaja, semua orang bertemu semua orang dalam setiap pusingan</translation>
    </message>
    <message>
        <source>a second round would need every room to take at most one person from each room of the first, and there are only %1 rooms for groups of %2</source>
        <translation>pusingan kedua memerlukan setiap bilik mengambil paling banyak seorang dari setiap bilik pusingan pertama, sedangkan hanya ada %1 bilik untuk kumpulan %2 orang</translation>
    </message>
    <message>
        <source>Euler&apos;s problem of the 36 officers has no solution (Tarry, 1900), so no two Latin squares of order 6 fit together and 36 people in sixes get 3 rounds</source>
        <translation>masalah 36 pegawai Euler tiada penyelesaian (Tarry, 1900), jadi tiada dua segi empat sama Latin peringkat 6 yang sepadan, dan 36 orang dalam kumpulan berenam hanya mendapat 3 pusingan</translation>
    </message>
    <message>
        <source>a fifth round would need a nearly Kirkman triple system of order 12, which does not exist</source>
        <translation>pusingan kelima memerlukan sistem tiga serangkai hampir Kirkman peringkat 12, yang tidak wujud</translation>
    </message>
    <message>
        <source>each round everyone meets %1 new people, and there are only %2 others to meet</source>
        <translation>dalam setiap pusingan semua orang bertemu %1 orang baharu, sedangkan hanya ada %2 orang lain untuk ditemui</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>pusingan %1</translation>
    </message>
    <message>
        <source>there is no participant with this id</source>
        <translation>tiada peserta dengan id ini</translation>
    </message>
    <message>
        <source>%1 is in two rooms of %2; put each person in one room</source>
        <translation>%1 berada dalam dua bilik dalam %2; letakkan setiap orang dalam satu bilik sahaja</translation>
    </message>
    <message>
        <source>the room sizes add up to %1, but %2 people take part; make them add up to %2</source>
        <translation>jumlah saiz bilik ialah %1, tetapi %2 orang mengambil bahagian; jadikan jumlahnya %2</translation>
    </message>
    <message>
        <source>%1 people cannot be split into groups of %2 to %3; widen the range</source>
        <translation>%1 orang tidak boleh dibahagikan kepada kumpulan %2 hingga %3 orang; luaskan julatnya</translation>
    </message>
    <message>
        <source>say how to form the rooms: give num_groups, group_size, group_sizes, or min_size and max_size</source>
        <translation>nyatakan cara membentuk bilik: berikan num_groups, group_size, group_sizes, atau min_size dan max_size</translation>
    </message>
    <message>
        <source>%1 people are too few for %2 rooms; ask for fewer rooms</source>
        <translation>%1 orang terlalu sedikit untuk %2 bilik; minta bilik yang lebih sedikit</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, below min_size %4</source>
        <translation>%1 orang dalam %2 bilik menjadikan bilik %3 orang, di bawah min_size %4</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, above max_size %4</source>
        <translation>%1 orang dalam %2 bilik menjadikan bilik %3 orang, melebihi max_size %4</translation>
    </message>
    <message>
        <source>id is empty; every participant needs one</source>
        <translation>id kosong; setiap peserta memerlukan id</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 juga id seorang peserta sebelumnya; setiap id mesti berbeza</translation>
    </message>
    <message>
        <source>there is nobody to group; list the participants</source>
        <translation>tiada sesiapa untuk dikumpulkan; senaraikan peserta</translation>
    </message>
    <message>
        <source>%1 participants are more than Sala groups at once (%2); split them, for example by language or cohort</source>
        <translation>%1 peserta melebihi had yang Sala boleh kumpulkan sekali gus (%2); bahagikan mereka, contohnya ikut bahasa atau kohort</translation>
    </message>
    <message>
        <source>%1 rounds are more than Sala plans at once (%2)</source>
        <translation>%1 pusingan melebihi had yang Sala boleh rancang sekali gus (%2)</translation>
    </message>
    <message>
        <source>%1 rounds asked for, but %2 fixed rounds are given; ask for at least %2</source>
        <translation>%1 pusingan diminta, tetapi %2 pusingan tetap diberikan; minta sekurang-kurangnya %2</translation>
    </message>
    <message>
        <source>max_meetings must be at least 1</source>
        <translation>max_meetings mestilah sekurang-kurangnya 1</translation>
    </message>
    <message>
        <source>round %1 does not exist; rounds are numbered from 0 to %2</source>
        <translation>pusingan %1 tidak wujud; pusingan bernombor dari 0 hingga %2</translation>
    </message>
    <message>
        <source>group must be a room number from 0</source>
        <translation>group mestilah nombor bilik, bermula dari 0</translation>
    </message>
    <message>
        <source>%1 is pinned in %2 but does not attend it</source>
        <translation>%1 ditetapkan dalam %2 tetapi tidak menghadirinya</translation>
    </message>
    <message>
        <source>%1 is pinned to two rooms in %2</source>
        <translation>%1 ditetapkan ke dua bilik dalam %2</translation>
    </message>
    <message>
        <source>group_sizes cannot be combined with homogeneous_attrs, which give each value its own rooms; give num_groups or group_size instead</source>
        <translation>group_sizes tidak boleh digabungkan dengan homogeneous_attrs, yang memberi setiap nilai biliknya sendiri; berikan num_groups atau group_size sebagai ganti</translation>
    </message>
    <message>
        <source>%1 rooms are too few: keeping %2 homogeneous needs one room for each of its %3 values</source>
        <translation>%1 bilik terlalu sedikit: untuk memastikan %2 seragam, perlu satu bilik bagi setiap satu daripada %3 nilainya</translation>
    </message>
    <message>
        <source>%1 is pinned to rooms of different %2 values; pin them to rooms of one</source>
        <translation>%1 ditetapkan ke bilik dengan nilai %2 yang berbeza; tetapkan mereka ke bilik dengan satu nilai sahaja</translation>
    </message>
    <message>
        <source>%1 is pinned to a room that does not exist</source>
        <translation>%1 ditetapkan ke bilik yang tidak wujud</translation>
    </message>
    <message>
        <source>list at least two participants</source>
        <translation>senaraikan sekurang-kurangnya dua peserta</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 disenaraikan dua kali</translation>
    </message>
    <message>
        <source>%1 and %2 are to be kept apart and kept together at once; choose one</source>
        <translation>%1 dan %2 diminta dipisahkan dan disatukan pada masa yang sama; pilih salah satu</translation>
    </message>
    <message>
        <source>%1 and %2 have different %3, which gives them different rooms; they cannot be kept together</source>
        <translation>%1 dan %2 mempunyai %3 yang berbeza, jadi mereka berada di bilik berlainan; mereka tidak boleh disatukan</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tiada)</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>dalam %1: %2</translation>
    </message>
    <message>
        <source>%1 is pinned to room %2, but %3 has rooms %4 to %5</source>
        <translation>%1 ditetapkan ke bilik %2, tetapi %3 mempunyai bilik %4 hingga %5</translation>
    </message>
    <message>
        <source>%1 people are pinned to room %2 in %3, which holds only %4</source>
        <translation>%1 orang ditetapkan ke bilik %2 dalam %3, yang hanya memuatkan %4</translation>
    </message>
    <message>
        <source>%1 people are to be kept together, but the rooms of %2 hold at most %3</source>
        <translation>%1 orang perlu disatukan, tetapi bilik %2 memuatkan paling banyak %3</translation>
    </message>
    <message>
        <source>each person meets about %1 people per round, and only so many of them can be new</source>
        <translation>setiap orang bertemu kira-kira %1 orang dalam setiap pusingan, dan hanya sebilangan itu sahaja yang boleh jadi orang baharu</translation>
    </message>
    <message>
        <source>%1 for %2 rounds, the rest by tabu search</source>
        <translation>%1 untuk %2 pusingan, selebihnya dengan carian tabu</translation>
    </message>
    <message>
        <source>greedy start and tabu search</source>
        <translation>permulaan tamak (greedy) dan carian tabu</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, then tabu search</source>
        <translation>rancangan sedia ada dikekalkan jika masih sesuai, kemudian carian tabu</translation>
    </message>
    <message>
        <source>At most %1 of the %2 rounds can be free of repeated pairs: %3.</source>
        <translation>Paling banyak %1 daripada %2 pusingan boleh bebas daripada pasangan berulang: %3.</translation>
    </message>
    <message>
        <source>This schedule has %1 repeated pairs.</source>
        <translation>Jadual ini ada %1 pasangan berulang.</translation>
    </message>
    <message>
        <source>Alternatives: %1 rounds with nobody meeting twice</source>
        <translation>Pilihan lain: %1 pusingan tanpa sesiapa bertemu dua kali</translation>
    </message>
    <message>
        <source>, or groups of about %1, which by counting allow up to %2 rounds</source>
        <translation>, atau kumpulan kira-kira %1 orang, yang menurut pengiraan membolehkan sehingga %2 pusingan</translation>
    </message>
    <message>
        <source>The time limit ended the search at %1 repeated pairs against a lower bound of %2; a longer time limit may find fewer.</source>
        <translation>Had masa menamatkan carian pada %1 pasangan berulang berbanding batas bawah %2; had masa yang lebih panjang mungkin menemukan lebih sedikit.</translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept apart shares a room %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>Sepasang peserta yang perlu dipisahkan berkongsi bilik sebanyak %n kali; tiada jadual yang ditemukan dapat mengelakkannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept together is split %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>Sepasang peserta yang perlu disatukan terpisah sebanyak %n kali; tiada jadual yang ditemukan dapat mengelakkannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; this is the best schedule found so far.</source>
        <translation>Dihentikan sebelum selesai; ini jadual terbaik yang ditemukan setakat ini.</translation>
    </message>
    <message>
        <source>Kirkman triple system of order %1</source>
        <translation>sistem tiga serangkai Kirkman peringkat %1</translation>
    </message>
    <message>
        <source>nearly Kirkman triple system of order %1</source>
        <translation>sistem tiga serangkai hampir Kirkman peringkat %1</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, newcomers placed by exact search</source>
        <translation>rancangan dikekalkan jika masih sesuai, peserta baharu ditempatkan melalui carian tepat</translation>
    </message>
    <message>
        <source>No schedule can have fewer than %1 repeated pairs with these rooms, rounds and earlier meetings; this schedule has %2.</source>
        <translation>Sekurang-kurangnya %1 pasangan berulang tidak dapat dielakkan dengan bilik, pusingan dan pertemuan terdahulu ini; jadual ini ada %2.</translation>
    </message>
    <message>
        <source>23 people in rooms of 5, 5, 5, 4, 4 would have to meet all but one of their 253 pairs exactly once in six rounds, which is proven impossible</source>
        <translation>23 orang dalam bilik 5, 5, 5, 4, 4 perlu menemukan semua kecuali satu daripada 253 pasangan mereka tepat sekali dalam enam pusingan, dan ini telah terbukti mustahil</translation>
    </message>
</context>
<context>
    <name>sala::GroupsJson</name>
    <message>
        <source>a list</source>
        <translation>satu senarai</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>satu objek</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; known here: %2</source>
        <translation>ahli &quot;%1&quot; tidak dikenali; yang dikenali di sini: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>mestilah nombor bulat dari %1 hingga %2, bukan %3</translation>
    </message>
    <message>
        <source>must be a list in square brackets [ ], not %1</source>
        <translation>mestilah senarai dalam kurungan siku [ ], bukan %1</translation>
    </message>
    <message>
        <source>must be a name in double quotes, not %1</source>
        <translation>mestilah nama dalam tanda petik berganda, bukan %1</translation>
    </message>
    <message>
        <source>must be a participant id in double quotes, not %1</source>
        <translation>mestilah id peserta dalam tanda petik berganda, bukan %1</translation>
    </message>
    <message>
        <source>no participant has the id %1; add them to &quot;participants&quot; or correct the id</source>
        <translation>tiada peserta dengan id %1; tambah mereka ke &quot;participants&quot; atau betulkan id tersebut</translation>
    </message>
    <message>
        <source>must be a list of participant ids, not %1</source>
        <translation>mestilah senarai id peserta, bukan %1</translation>
    </message>
    <message>
        <source>each round must be a list of rooms, each a list of ids, not %1</source>
        <translation>setiap pusingan mestilah senarai bilik, dan setiap bilik senarai id, bukan %1</translation>
    </message>
    <message>
        <source>participants is missing; list the people to group, for example [{&quot;id&quot;: &quot;p01&quot;}]</source>
        <translation>participants tiada; senaraikan orang yang hendak dikumpulkan, contohnya [{&quot;id&quot;: &quot;p01&quot;}]</translation>
    </message>
    <message>
        <source>each participant must be an object in braces { }, not %1</source>
        <translation>setiap peserta mestilah objek dalam kurungan kerawit { }, bukan %1</translation>
    </message>
    <message>
        <source>id is missing; every participant needs one</source>
        <translation>id tiada; setiap peserta memerlukan id</translation>
    </message>
    <message>
        <source>id must be non-empty text in double quotes, not %1</source>
        <translation>id mestilah teks tidak kosong dalam tanda petik berganda, bukan %1</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 juga id seorang peserta sebelumnya; setiap id mesti berbeza</translation>
    </message>
    <message>
        <source>must be text in double quotes, not %1</source>
        <translation>mestilah teks dalam tanda petik berganda, bukan %1</translation>
    </message>
    <message>
        <source>attrs must be an object such as {&quot;country&quot;: &quot;TH&quot;}, not %1</source>
        <translation>attrs mestilah objek seperti {&quot;country&quot;: &quot;TH&quot;}, bukan %1</translation>
    </message>
    <message>
        <source>attendance must be an object such as {&quot;p07&quot;: [0, 1]}, not %1</source>
        <translation>attendance mestilah objek seperti {&quot;p07&quot;: [0, 1]}, bukan %1</translation>
    </message>
    <message>
        <source>no participant has the id &quot;%1&quot;</source>
        <translation>tiada peserta dengan id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be the list of rounds the person attends, such as [0, 1], not %1</source>
        <translation>mestilah senarai pusingan yang dihadiri orang itu, seperti [0, 1], bukan %1</translation>
    </message>
    <message>
        <source>constraints must be an object in braces { }, not %1</source>
        <translation>constraints mestilah objek dalam kurungan kerawit { }, bukan %1</translation>
    </message>
    <message>
        <source>min_size (%1) is above max_size (%2)</source>
        <translation>min_size (%1) melebihi max_size (%2)</translation>
    </message>
    <message>
        <source>%1 sizes given for %2 rooms (num_groups); give one size per room</source>
        <translation>%1 saiz diberikan untuk %2 bilik (num_groups); berikan satu saiz bagi setiap bilik</translation>
    </message>
    <message>
        <source>each pin must be an object such as {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0}, not %1</source>
        <translation>setiap pin mestilah objek seperti {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0}, bukan %1</translation>
    </message>
    <message>
        <source>id is missing; say whom to pin</source>
        <translation>id tiada; nyatakan siapa yang hendak ditetapkan</translation>
    </message>
    <message>
        <source>group is missing; give the room number, counting from 0</source>
        <translation>group tiada; berikan nombor bilik, dikira dari 0</translation>
    </message>
    <message>
        <source>This is not a breakout problem: it holds %1 instead of an object with &quot;participants&quot;.</source>
        <translation>Ini bukan masalah bilik pecahan: ia mengandungi %1 dan bukannya objek dengan &quot;participants&quot;.</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not valid JSON (%3)</source>
        <translation>baris %1, lajur %2: fail ini bukan JSON yang sah (%3)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>fail tidak dapat dibaca (%1)</translation>
    </message>
</context>
<context>
    <name>sala::IdentityMatch</name>
    <message>
        <source>‘%1’</source>
        <translation>‘%1’</translation>
    </message>
    <message numerus="yes">
        <source>%1, but %n people on the roster fit: %2</source>
        <translation>
            <numerusform>%1, tetapi %n orang dalam senarai peserta sepadan: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>e-mel sama %1</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>preferred name %1</source>
        <translation>nama pilihan %1</translation>
    </message>
    <message>
        <source>same name %1</source>
        <translation>nama sama %1</translation>
    </message>
    <message>
        <source>same name as %1 apart from case, spacing or accents</source>
        <translation>nama sama seperti %1 kecuali huruf besar/kecil, jarak atau aksen</translation>
    </message>
    <message>
        <source>name matches after removing %1</source>
        <translation>nama sepadan selepas membuang %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>%1% similar to %2</source>
        <translation>%1% serupa dengan %2</translation>
    </message>
</context>
<context>
    <name>sala::ImportPreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Matches %1 (%2)</source>
        <translation>Sepadan dengan %1 (%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Diberi</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Tidak diberi</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jantina</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
</context>
<context>
    <name>sala::Library</name>
    <message>
        <source>“%1” is missing from this build of Sala.</source>
        <translation>“%1” tiada dalam binaan Sala ini.</translation>
    </message>
    <message>
        <source>The method library is not valid JSON: %1</source>
        <translation>Pustaka kaedah bukan JSON yang sah: %1</translation>
    </message>
    <message>
        <source>This is not a Sala method library (&quot;format&quot; must be &quot;sala-methods&quot;).</source>
        <translation>Ini bukan pustaka kaedah Sala (&quot;format&quot; mestilah &quot;sala-methods&quot;).</translation>
    </message>
    <message>
        <source>This method library needs a newer version of Sala.</source>
        <translation>Pustaka kaedah ini memerlukan versi Sala yang lebih baharu.</translation>
    </message>
    <message>
        <source>The method library has no &quot;methods&quot; list.</source>
        <translation>Pustaka kaedah tiada senarai &quot;methods&quot;.</translation>
    </message>
    <message>
        <source>The method library has problems:
%1</source>
        <translation>Pustaka kaedah ada masalah:
%1</translation>
    </message>
    <message>
        <source>save the template</source>
        <translation>menyimpan templat</translation>
    </message>
    <message>
        <source>read the templates</source>
        <translation>membaca templat</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>memadam templat</translation>
    </message>
</context>
<context>
    <name>sala::MainWindow</name>
    <message>
        <source>Sala</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Pangkalan data: %1</translation>
    </message>
    <message>
        <source>Every change is saved to this file at once; there is no Save button.</source>
        <translation>Setiap perubahan disimpan ke fail ini serta-merta; tiada butang Simpan.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Rancangan</translation>
    </message>
    <message>
        <source>The session&apos;s activities and timings</source>
        <translation>Aktiviti dan masa sesi</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Peserta</translation>
    </message>
    <message>
        <source>Participants of the workshop</source>
        <translation>Peserta bengkel</translation>
    </message>
    <message>
        <source>&amp;Breakouts</source>
        <translation>&amp;Bilik Pecahan</translation>
    </message>
    <message>
        <source>Breakout rooms, rounds and broadcast texts</source>
        <translation>Bilik pecahan, pusingan dan teks siaran</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Jalankan</translation>
    </message>
    <message>
        <source>Run the session live</source>
        <translation>Jalankan sesi secara langsung</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>Attendance and planning reports</source>
        <translation>Laporan kehadiran dan perancangan</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Bengkel</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>Beng&amp;kel:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>Bengkel &amp;Baharu…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Baharu daripada Te&amp;mplat…</translation>
    </message>
    <message>
        <source>Workshop &amp;Settings…</source>
        <translation>&amp;Tetapan Bengkel…</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>&amp;Import Rancangan…</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>&amp;Eksport Sesi…</translation>
    </message>
    <message>
        <source>Export &amp;Workshop…</source>
        <translation>Eksport Be&amp;ngkel…</translation>
    </message>
    <message>
        <source>&amp;Run Sheet…</source>
        <translation>&amp;Atur Cara…</translation>
    </message>
    <message>
        <source>Write the session&apos;s run sheet as PDF, HTML or Markdown for printing</source>
        <translation>Tulis atur cara sesi sebagai PDF, HTML atau Markdown untuk dicetak</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sandarkan Pangkalan Data…</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to a file of your choice</source>
        <translation>Tulis salinan seluruh pangkalan data ke fail pilihan anda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>S&amp;unting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat Asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat &amp;Semula</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Keutamaan…</translation>
    </message>
    <message>
        <source>Save Activity as &amp;Template</source>
        <translation>Simpan Aktiviti sebagai &amp;Templat</translation>
    </message>
    <message>
        <source>Save Session as Te&amp;mplate</source>
        <translation>Simpan Sesi sebagai Te&amp;mplat</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>Pes&amp;erta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Pap&amp;aran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Kekunci</translation>
    </message>
    <message>
        <source>&amp;About Sala</source>
        <translation>Perihal &amp;Sala</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — Sala</source>
        <translation>%1 — Sala</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Bengkel Baharu</translation>
    </message>
    <message>
        <source>Session 1</source>
        <translation>Sesi 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n sesi)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (my session template)</source>
        <translation>%1 (templat sesi saya)</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Baharu daripada Templat</translation>
    </message>
    <message>
        <source>Start a new workshop from:</source>
        <translation>Mulakan bengkel baharu daripada:</translation>
    </message>
    <message>
        <source>Workshop Settings</source>
        <translation>Tetapan Bengkel</translation>
    </message>
    <message>
        <source>“%1” is now in your method library (Plan ▸ Add).</source>
        <translation>“%1” kini dalam pustaka kaedah anda (Rancangan ▸ Tambah).</translation>
    </message>
    <message>
        <source>“%1” is saved as a template (File ▸ New from Template).</source>
        <translation>“%1” disimpan sebagai templat (Fail ▸ Baharu daripada Templat).</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Tidak dapat menulis “%1”: %2</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Import Rancangan</translation>
    </message>
    <message>
        <source>Sala plans (*.json);;All files (*)</source>
        <translation>Rancangan Sala (*.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Tidak dapat membaca “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be imported; nothing was changed. Problems found: %n</source>
        <translation>
            <numerusform>“%1” tidak dapat diimport; tiada apa-apa diubah. Masalah ditemui: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the workshop “%1”.</source>
        <translation>Bengkel “%1” telah diimport.</translation>
    </message>
    <message>
        <source>“%1” holds one session. Open or create the workshop it belongs to first, then import it again.</source>
        <translation>“%1” mengandungi satu sesi. Buka atau cipta bengkel untuk sesi itu dahulu, kemudian import semula.</translation>
    </message>
    <message>
        <source>Import the session “%1”</source>
        <translation>Import sesi “%1”</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Eksport Sesi</translation>
    </message>
    <message>
        <source>Sala plans (*.json)</source>
        <translation>Rancangan Sala (*.json)</translation>
    </message>
    <message>
        <source>Session exported to %1</source>
        <translation>Sesi dieksport ke %1</translation>
    </message>
    <message>
        <source>Export Workshop</source>
        <translation>Eksport Bengkel</translation>
    </message>
    <message>
        <source>Workshop exported to %1</source>
        <translation>Bengkel dieksport ke %1</translation>
    </message>
    <message>
        <source>Run Sheet</source>
        <translation>Atur Cara</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Halaman web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Run sheet written to %1</source>
        <translation>Atur cara ditulis ke %1</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sandarkan Pangkalan Data</translation>
    </message>
    <message>
        <source>Sala databases (*.db)</source>
        <translation>Pangkalan data Sala (*.db)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sandaran ditulis ke %1</translation>
    </message>
    <message>
        <source>Choose the workshop</source>
        <translation>Pilih bengkel</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>Pilih sesi</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Senarai pintasan ini</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Kekunci</translation>
    </message>
    <message>
        <source>Import &amp;Attendance…</source>
        <translation>Import &amp;Kehadiran…</translation>
    </message>
    <message>
        <source>Read a participants report from Zoom, Teams or Google Meet into the current session</source>
        <translation>Baca laporan peserta daripada Zoom, Teams atau Google Meet ke dalam sesi semasa</translation>
    </message>
</context>
<context>
    <name>sala::Names</name>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Google Meet</source>
        <translation>Google Meet</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>Platform lain</translation>
    </message>
    <message>
        <source>Welcome / briefing</source>
        <translation>Alu-aluan / taklimat</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>Suai kenal</translation>
    </message>
    <message>
        <source>Input / presentation</source>
        <translation>Input / pembentangan</translation>
    </message>
    <message>
        <source>Individual work</source>
        <translation>Kerja individu</translation>
    </message>
    <message>
        <source>Breakout group work</source>
        <translation>Kerja kumpulan kecil</translation>
    </message>
    <message>
        <source>Plenary debrief</source>
        <translation>Refleksi pleno</translation>
    </message>
    <message>
        <source>Poll / quiz</source>
        <translation>Undian / kuiz</translation>
    </message>
    <message>
        <source>Energizer</source>
        <translation>Penyegar</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Rehat</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Perancangan tindakan</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <source>Keep home groups</source>
        <translation>Kekalkan kumpulan asal</translation>
    </message>
    <message>
        <source>New mix</source>
        <translation>Campuran baharu</translation>
    </message>
    <message>
        <source>Trios or pairs</source>
        <translation>Bertiga atau berpasangan</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>Ikut bahasa</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Lelaki</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Lain</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Tidak dinyatakan</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>BDS provider</source>
        <translation>Penyedia BDS</translation>
    </message>
    <message>
        <source>Employers&apos; organization</source>
        <translation>Pertubuhan majikan</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Persatuan perniagaan</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Kerajaan</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(tidak dinyatakan)</translation>
    </message>
    <message>
        <source>Needs &amp;interpretation</source>
        <translation>Perlukan juru&amp;bahasa</translation>
    </message>
    <message>
        <source>&amp;Consent given</source>
        <translation>Persetujuan &amp;diberi</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diberi</translation>
    </message>
    <message>
        <source>e.g. Khmer, English or km, en</source>
        <translation>cth. Khmer, English atau km, en</translation>
    </message>
    <message>
        <source>version of the privacy notice, e.g. 2026-01</source>
        <translation>versi notis privasi, cth. 2026-01</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Nama seperti yang ditulis</translation>
    </message>
    <message>
        <source>Exactly as the person writes it; Sala never splits names into given and family names.</source>
        <translation>Tepat seperti yang ditulis oleh individu itu; Sala tidak pernah memisahkan nama kepada nama diri dan nama keluarga.</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Nama lain, satu bagi setiap baris</translation>
    </message>
    <message>
        <source>Other names the person appears under, such as a Zoom display name; one per line.</source>
        <translation>Nama lain yang digunakan oleh individu itu, seperti nama paparan Zoom; satu bagi setiap baris.</translation>
    </message>
    <message>
        <source>Other email addresses</source>
        <translation>Alamat e-mel lain</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nama &amp;pilihan:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>Nama &amp;lain:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mel:</translation>
    </message>
    <message>
        <source>Other e&amp;mails:</source>
        <translation>E-&amp;mel lain:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Jantina:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Umur:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Jen&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>Pe&amp;kerja:</translation>
    </message>
    <message>
        <source>Size class:</source>
        <translation>Kelas saiz:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Sekto&amp;r:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Bil&amp;a:</translation>
    </message>
    <message>
        <source>Privacy &amp;notice:</source>
        <translation>Notis pri&amp;vasi:</translation>
    </message>
    <message>
        <source>Agreed purposes</source>
        <translation>Tujuan yang dipersetujui</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Individu</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation>Persetujuan dan nota</translation>
    </message>
    <message>
        <source>Every participant needs a name, written as they write it.</source>
        <translation>Setiap peserta memerlukan nama, ditulis seperti yang mereka tulis.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” bukan alamat e-mel.</translation>
    </message>
    <message>
        <source>Write languages as names or codes separated by commas, such as “Khmer, English” or “km, en”.</source>
        <translation>Tulis bahasa sebagai nama atau kod yang dipisahkan koma, seperti “Khmer, English” atau “km, en”.</translation>
    </message>
    <message>
        <source>— (no head count)</source>
        <translation>— (tiada bilangan pekerja)</translation>
    </message>
    <message>
        <source>Role in this workshop</source>
        <translation>Peranan dalam bengkel ini</translation>
    </message>
    <message>
        <source>Facilitators and interpreters go into breakout rooms but are never counted; observers (a producer or co-host, a visitor) are neither placed in rooms nor counted. Reports count participants only.</source>
        <translation>Fasilitator dan jurubahasa dimasukkan ke bilik pecahan tetapi tidak pernah dikira; pemerhati (pembantu teknikal atau hos bersama, pelawat) tidak ditempatkan di bilik dan tidak dikira. Laporan hanya mengira peserta.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Pe&amp;ranan:</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantRole</name>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Jurubahasa</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Pemerhati</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>%n fasilitator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s)</source>
        <translation>
            <numerusform>%n jurubahasa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n pemerhati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::ParticipantTableModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(data peribadi dipadam)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Diberi</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Tidak diberi</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dijangka hadir</translation>
    </message>
    <message>
        <source>Not this session</source>
        <translation>Bukan sesi ini</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Personal data erased on %1; only anonymous counts are kept.</source>
        <translation>Data peribadi dipadam pada %1; hanya kiraan tanpa nama disimpan.</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Juga dikenali sebagai: %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Diberi pada %1</translation>
    </message>
    <message>
        <source>Given (time not recorded)</source>
        <translation>Diberi (masa tidak direkodkan)</translation>
    </message>
    <message>
        <source>Privacy notice %1</source>
        <translation>Notis privasi %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nama pilihan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Jenis organisasi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jantina</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Saiz</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Sesi ini</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Daftar masuk</translation>
    </message>
    <message>
        <source>Change the %1 of “%2”</source>
        <translation>Tukar %1 bagi “%2”</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
</context>
<context>
    <name>sala::PdfPages</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF tidak dapat dimulakan</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 daripada %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>PDF tidak dapat disiapkan</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLog</name>
    <message>
        <source>record the export in the personal data log</source>
        <translation>merekodkan eksport dalam log data peribadi</translation>
    </message>
    <message>
        <source>read the personal data log</source>
        <translation>membaca log data peribadi</translation>
    </message>
    <message>
        <source>Roster export</source>
        <translation>Eksport senarai peserta</translation>
    </message>
    <message>
        <source>Access request export</source>
        <translation>Eksport permintaan akses</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Pemadaman</translation>
    </message>
    <message>
        <source>Erasure at the end of retention</source>
        <translation>Pemadaman pada akhir tempoh simpanan</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLogDialog</name>
    <message>
        <source>Personal Data Log</source>
        <translation>Log Data Peribadi</translation>
    </message>
    <message>
        <source>Every export that contained personal data, and every erasure, as Sala recorded it. The log holds numbers, not names, so it keeps nothing of the people it mentions.</source>
        <translation>Setiap eksport yang mengandungi data peribadi, dan setiap pemadaman, seperti yang direkodkan oleh Sala. Log ini menyimpan nombor, bukan nama, jadi ia tidak menyimpan apa-apa tentang orang yang disebut.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Tanpa persetujuan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Personal data log</source>
        <translation>Log data peribadi</translation>
    </message>
    <message>
        <source> (command line)</source>
        <translation> (baris perintah)</translation>
    </message>
</context>
<context>
    <name>sala::PlanCheck</name>
    <message numerus="yes">
        <source>%n minutes without a break or energizer by the end of “%1”; people online tire after about 90.</source>
        <translation>
            <numerusform>%n minit tanpa rehat atau penyegar sehingga tamat “%1”; peserta dalam talian biasanya letih selepas kira-kira 90 minit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan ends %n minutes after the target end (%1); shorten or remove activities.</source>
        <translation>
            <numerusform>Rancangan tamat %n minit selepas sasaran tamat (%1); pendekkan atau buang aktiviti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” must start at %2, but the activities before it end %n minutes later.</source>
        <translation>
            <numerusform>“%1” mesti bermula pada %2, tetapi aktiviti sebelumnya tamat %n minit lebih lewat.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” needs %2 breakout rooms; %3 allows at most %4.</source>
        <translation>“%1” memerlukan %2 bilik pecahan; %3 membenarkan paling banyak %4.</translation>
    </message>
    <message>
        <source>“%1” is group work without instructions; groups need written steps to run themselves.</source>
        <translation>“%1” ialah kerja kumpulan tanpa arahan; kumpulan memerlukan langkah bertulis untuk berjalan sendiri.</translation>
    </message>
    <message>
        <source>“%1” plans %2 minutes in rooms (%3 × %4) but only %5 minutes for the whole activity.</source>
        <translation>“%1” merancang %2 minit dalam bilik (%3 × %4) tetapi hanya %5 minit untuk keseluruhan aktiviti.</translation>
    </message>
</context>
<context>
    <name>sala::PlanCommands</name>
    <message>
        <source>Change the minutes of “%1”</source>
        <translation>Tukar minit “%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Namakan semula “%1”</translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation>Tukar jenis “%1”</translation>
    </message>
    <message>
        <source>Edit the objective of “%1”</source>
        <translation>Sunting objektif “%1”</translation>
    </message>
    <message>
        <source>Edit the instructions of “%1”</source>
        <translation>Sunting arahan “%1”</translation>
    </message>
    <message>
        <source>Edit the notes of “%1”</source>
        <translation>Sunting nota “%1”</translation>
    </message>
    <message>
        <source>Edit the materials of “%1”</source>
        <translation>Sunting bahan “%1”</translation>
    </message>
    <message>
        <source>Change the timing of “%1”</source>
        <translation>Tukar masa “%1”</translation>
    </message>
    <message>
        <source>Change the breakout settings of “%1”</source>
        <translation>Tukar tetapan bilik pecahan “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Sunting “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Padam “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Pindahkan “%1”</translation>
    </message>
    <message>
        <source>Edit the session “%1”</source>
        <translation>Sunting sesi “%1”</translation>
    </message>
    <message>
        <source>Edit the workshop settings</source>
        <translation>Sunting tetapan bengkel</translation>
    </message>
    <message>
        <source>Delete the session “%1”</source>
        <translation>Padam sesi “%1”</translation>
    </message>
</context>
<context>
    <name>sala::PlanJson</name>
    <message>
        <source>unknown grouping %1; use one of: %2</source>
        <translation>pengumpulan %1 tidak dikenali; guna salah satu: %2</translation>
    </message>
    <message>
        <source>unknown activity kind %1; use one of: %2</source>
        <translation>jenis aktiviti %1 tidak dikenali; guna salah satu: %2</translation>
    </message>
    <message>
        <source>unknown platform %1; use one of: %2</source>
        <translation>platform %1 tidak dikenali; guna salah satu: %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>satu senarai</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>satu objek</translation>
    </message>
    <message>
        <source>%1 is missing; every %2 needs one</source>
        <translation>%1 tiada; setiap %2 memerlukannya</translation>
    </message>
    <message>
        <source>%1 must be text in double quotes, not %2</source>
        <translation>%1 mestilah teks dalam tanda petik berganda, bukan %2</translation>
    </message>
    <message>
        <source>%1 is empty; every %2 needs one</source>
        <translation>%1 kosong; setiap %2 memerlukannya</translation>
    </message>
    <message>
        <source>%1 must be a whole number between %2 and %3, not %4</source>
        <translation>%1 mestilah nombor bulat antara %2 dan %3, bukan %4</translation>
    </message>
    <message>
        <source>%1 must be true or false (without quotes), not %2</source>
        <translation>%1 mestilah true atau false (tanpa tanda petik), bukan %2</translation>
    </message>
    <message>
        <source>time must be HH:MM (24-hour), not %1</source>
        <translation>masa mestilah HH:MM (24 jam), bukan %1</translation>
    </message>
    <message>
        <source>date %1 does not exist in the calendar</source>
        <translation>tarikh %1 tiada dalam kalendar</translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD, for example 2026-12-01, not %1</source>
        <translation>tarikh mestilah YYYY-MM-DD, contohnya 2026-12-01, bukan %1</translation>
    </message>
    <message>
        <source>time zone %1 is not a known IANA time zone; use a name such as &quot;Asia/Bangkok&quot; or &quot;Asia/Manila&quot;</source>
        <translation>zon waktu %1 bukan zon waktu IANA yang dikenali; guna nama seperti &quot;Asia/Bangkok&quot; atau &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>%1 must be a list in square brackets [ ], not %2</source>
        <translation>%1 mestilah senarai dalam kurungan siku [ ], bukan %2</translation>
    </message>
    <message>
        <source>each %1 must be an object in braces { }, not %2</source>
        <translation>setiap %1 mestilah objek dalam kurungan kerawit { }, bukan %2</translation>
    </message>
    <message>
        <source>breakout must be an object in braces { }, not %1</source>
        <translation>breakout mestilah objek dalam kurungan kerawit { }, bukan %1</translation>
    </message>
    <message>
        <source>breakout</source>
        <translation>bilik pecahan</translation>
    </message>
    <message>
        <source>give groupSize or groupCount a number above 0, so that Sala knows how to form the groups</source>
        <translation>beri groupSize atau groupCount nombor melebihi 0, supaya Sala tahu cara membentuk kumpulan</translation>
    </message>
    <message>
        <source>each role must be text in double quotes, not %1</source>
        <translation>setiap peranan mestilah teks dalam tanda petik berganda, bukan %1</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>siaran</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktiviti</translation>
    </message>
    <message>
        <source>material</source>
        <translation>bahan</translation>
    </message>
    <message>
        <source>minimumMinutes must be at least 1 when mayShorten is true; give the shortest the activity may become, or set mayShorten to false</source>
        <translation>minimumMinutes mestilah sekurang-kurangnya 1 apabila mayShorten ialah true; berikan tempoh paling singkat bagi aktiviti itu, atau tetapkan mayShorten kepada false</translation>
    </message>
    <message>
        <source>minimumMinutes (%1) cannot be more than minutes (%2); lower it or lengthen the activity</source>
        <translation>minimumMinutes (%1) tidak boleh melebihi minutes (%2); kurangkan nilainya atau panjangkan aktiviti</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesi</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>bengkel</translation>
    </message>
    <message>
        <source>language must be a BCP 47 code such as &quot;en&quot;, &quot;th&quot;, &quot;km&quot; or &quot;fil&quot;, not %1</source>
        <translation>language mestilah kod BCP 47 seperti &quot;en&quot;, &quot;ms&quot;, &quot;th&quot;, &quot;km&quot; atau &quot;fil&quot;, bukan %1</translation>
    </message>
    <message>
        <source>%1 is missing; a file with &quot;kind&quot;: &quot;%1&quot; keeps the plan in a &quot;%1&quot; object</source>
        <translation>%1 tiada; fail dengan &quot;kind&quot;: &quot;%1&quot; menyimpan rancangan dalam objek &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be an object in braces { }, not %2</source>
        <translation>%1 mestilah objek dalam kurungan kerawit { }, bukan %2</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it holds %1 instead of an object with &quot;format&quot;: &quot;sala-plan&quot;.</source>
        <translation>Ini bukan fail rancangan Sala: ia mengandungi %1 dan bukannya objek dengan &quot;format&quot;: &quot;sala-plan&quot;.</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it has no &quot;format&quot;: &quot;sala-plan&quot; member.</source>
        <translation>Ini bukan fail rancangan Sala: ia tiada ahli &quot;format&quot;: &quot;sala-plan&quot;.</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: its format is %1, not &quot;sala-plan&quot;.</source>
        <translation>Ini bukan fail rancangan Sala: formatnya ialah %1, bukan &quot;sala-plan&quot;.</translation>
    </message>
    <message>
        <source>version must be a whole number such as 1, not %1</source>
        <translation>version mestilah nombor bulat seperti 1, bukan %1</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Sala (format version %1); update Sala to open it.</source>
        <translation>Rancangan ini disimpan oleh versi Sala yang lebih baharu (versi format %1); kemas kini Sala untuk membukanya.</translation>
    </message>
    <message>
        <source>version is missing; this Sala writes &quot;version&quot;: %1</source>
        <translation>version tiada; Sala ini menulis &quot;version&quot;: %1</translation>
    </message>
    <message>
        <source>use &quot;workshop&quot; for a whole workshop or &quot;session&quot; for one session</source>
        <translation>guna &quot;workshop&quot; untuk seluruh bengkel atau &quot;session&quot; untuk satu sesi</translation>
    </message>
    <message>
        <source>kind is missing; %1</source>
        <translation>kind tiada; %1</translation>
    </message>
    <message>
        <source>unknown kind %1; %2</source>
        <translation>kind %1 tidak dikenali; %2</translation>
    </message>
    <message>
        <source>an unknown word</source>
        <translation>perkataan yang tidak dikenali</translation>
    </message>
    <message>
        <source>text needs double quotes; only true, false and null go without them</source>
        <translation>teks memerlukan tanda petik berganda; hanya true, false dan null ditulis tanpanya</translation>
    </message>
    <message>
        <source>a text without its closing double quote</source>
        <translation>teks tanpa tanda petik berganda penutup</translation>
    </message>
    <message>
        <source>a line break inside a text</source>
        <translation>baris baharu di dalam teks</translation>
    </message>
    <message>
        <source>write a line break as \n</source>
        <translation>tulis baris baharu sebagai \n</translation>
    </message>
    <message>
        <source>a control character inside a text</source>
        <translation>aksara kawalan di dalam teks</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text</source>
        <translation>bait yang bukan teks UTF-8</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>simpan fail sebagai UTF-8</translation>
    </message>
    <message>
        <source>a badly written backslash escape inside a text</source>
        <translation>jujukan escape garis condong terbalik (\) yang salah di dalam teks</translation>
    </message>
    <message>
        <source>a badly written number</source>
        <translation>nombor yang salah tulis</translation>
    </message>
    <message>
        <source>damaged bytes at the start of the file</source>
        <translation>bait rosak pada permulaan fail</translation>
    </message>
    <message>
        <source>save the file again as UTF-8</source>
        <translation>simpan semula fail sebagai UTF-8</translation>
    </message>
    <message>
        <source>a number too large to read</source>
        <translation>nombor terlalu besar untuk dibaca</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>input berakhir secara tidak dijangka</translation>
    </message>
    <message>
        <source>the file may have been cut off, or a closing } or ] is missing</source>
        <translation>fail mungkin terpotong, atau tanda } atau ] penutup tiada</translation>
    </message>
    <message>
        <source>unexpected text in double quotes</source>
        <translation>teks dalam tanda petik berganda yang tidak dijangka</translation>
    </message>
    <message>
        <source>unexpected number</source>
        <translation>nombor yang tidak dijangka</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; yang tidak dijangka</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 yang tidak dijangka</translation>
    </message>
    <message>
        <source>there is more after the end of the plan</source>
        <translation>ada kandungan lain selepas penghujung rancangan</translation>
    </message>
    <message>
        <source>expected a name in double quotes; a comma before a closing } is not allowed</source>
        <translation>sepatutnya ada nama dalam tanda petik berganda; koma sebelum } penutup tidak dibenarkan</translation>
    </message>
    <message>
        <source>expected a colon after the name</source>
        <translation>sepatutnya ada titik bertindih selepas nama</translation>
    </message>
    <message>
        <source>expected a comma or a closing }</source>
        <translation>sepatutnya ada koma atau } penutup</translation>
    </message>
    <message>
        <source>expected a comma or a closing ]</source>
        <translation>sepatutnya ada koma atau ] penutup</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>sepatutnya ada nilai</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Fail ini bukan JSON yang sah.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Fail ini bukan JSON yang sah: %1 pada baris %2, lajur %3.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (%4).</source>
        <translation>Fail ini bukan JSON yang sah: %1 pada baris %2, lajur %3 (%4).</translation>
    </message>
    <message>
        <source>The file is empty. A Sala plan file is JSON text that starts with {.</source>
        <translation>Fail ini kosong. Fail rancangan Sala ialah teks JSON yang bermula dengan {.</translation>
    </message>
    <message>
        <source>Sala could not read the file (%1). Please report this with the file attached.</source>
        <translation>Sala tidak dapat membaca fail ini (%1). Sila laporkan masalah ini dan lampirkan fail tersebut.</translation>
    </message>
</context>
<context>
    <name>sala::PlanStore</name>
    <message>
        <source>save the workshop</source>
        <translation>menyimpan bengkel</translation>
    </message>
    <message>
        <source>add the session</source>
        <translation>menambah sesi</translation>
    </message>
    <message>
        <source>There is no workshop with number %1.</source>
        <translation>Tiada bengkel dengan nombor %1.</translation>
    </message>
    <message>
        <source>save the session “%1”</source>
        <translation>menyimpan sesi “%1”</translation>
    </message>
    <message>
        <source>save the activity “%1”</source>
        <translation>menyimpan aktiviti “%1”</translation>
    </message>
    <message>
        <source>delete the workshop</source>
        <translation>memadam bengkel</translation>
    </message>
    <message>
        <source>delete the session</source>
        <translation>memadam sesi</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>Sesi ini tidak wujud lagi.</translation>
    </message>
    <message>
        <source>delete the activity</source>
        <translation>memadam aktiviti</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>Aktiviti ini tidak wujud lagi.</translation>
    </message>
    <message>
        <source>Cannot move the activity to that place.</source>
        <translation>Tidak dapat memindahkan aktiviti ke tempat itu.</translation>
    </message>
    <message>
        <source>read the order of the plan</source>
        <translation>membaca susunan rancangan</translation>
    </message>
    <message>
        <source>save the order of the plan</source>
        <translation>menyimpan susunan rancangan</translation>
    </message>
    <message>
        <source>Could not %1: it no longer exists in the database.</source>
        <translation>Tidak dapat %1: ia tidak wujud lagi dalam pangkalan data.</translation>
    </message>
    <message>
        <source>look up the session</source>
        <translation>mencari sesi</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>Tiada sesi dengan nombor %1.</translation>
    </message>
    <message>
        <source>list the workshops</source>
        <translation>menyenaraikan bengkel</translation>
    </message>
    <message>
        <source>read the workshop</source>
        <translation>membaca bengkel</translation>
    </message>
</context>
<context>
    <name>sala::PlanView</name>
    <message>
        <source>Target &amp;end:</source>
        <translation>Sasaran ta&amp;mat:</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Ringkasan sesi</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Tajuk sesi</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Tarikh sesi</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Mula dirancang</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>Sasaran tamat</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarikh:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Mu&amp;la:</translation>
    </message>
    <message>
        <source>Activities of the session</source>
        <translation>Aktiviti sesi</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>Semakan rancangan</translation>
    </message>
    <message>
        <source>Plan &amp;checks:</source>
        <translation>Semakan &amp;rancangan:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Tam&amp;bah…</translation>
    </message>
    <message>
        <source>Add an activity from the method library</source>
        <translation>Tambah aktiviti daripada pustaka kaedah</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Gandakan</translation>
    </message>
    <message>
        <source>Duplicate the selected activity</source>
        <translation>Gandakan aktiviti yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Padam</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>Padam aktiviti yang dipilih</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move the selected activity earlier</source>
        <translation>Alihkan aktiviti yang dipilih ke atas (lebih awal)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>T&amp;urunkan</translation>
    </message>
    <message>
        <source>Move the selected activity later</source>
        <translation>Alihkan aktiviti yang dipilih ke bawah (lebih lewat)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesi baharu</translation>
    </message>
    <message>
        <source>Add an empty session to this workshop</source>
        <translation>Tambah sesi kosong ke bengkel ini</translation>
    </message>
    <message>
        <source>Copy session</source>
        <translation>Salin sesi</translation>
    </message>
    <message>
        <source>Copy this session, with all its activities, as a new session</source>
        <translation>Salin sesi ini, bersama semua aktivitinya, sebagai sesi baharu</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Padam sesi</translation>
    </message>
    <message>
        <source>Delete this session and its activities</source>
        <translation>Padam sesi ini dan aktivitinya</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesi %1</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Tambah sesi</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Copy the session “%1”</source>
        <translation>Salin sesi “%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Tambah “%1”</translation>
    </message>
    <message>
        <source>This workshop has no sessions yet. Use “New session” to add one.</source>
        <translation>Bengkel ini belum ada sesi. Guna “Sesi baharu” untuk menambah sesi.</translation>
    </message>
    <message>
        <source>No workshop is open. Create one with File ▸ New Workshop.</source>
        <translation>Tiada bengkel dibuka. Cipta bengkel melalui Fail ▸ Bengkel Baharu.</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source> · %1–%2 %3</source>
        <translation> · %1–%2 %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Ends %n min after the target end.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Tamat %n min selepas sasaran tamat.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends %n min before the target end.</source>
        <translation>
            <numerusform>Tamat %n min sebelum sasaran tamat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends exactly at the target end.</source>
        <translation>Tamat tepat pada sasaran tamat.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n activities, %4 min in all. %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n aktiviti, %4 min kesemuanya. %5</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems found in this plan.</source>
        <translation>✓ Tiada masalah ditemui dalam rancangan ini.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Masalah:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Semak:</translation>
    </message>
    <message>
        <source>#%1 </source>
        <translation>#%1 </translation>
    </message>
</context>
<context>
    <name>sala::PreferencesDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Sama seperti sistem</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
</context>
<context>
    <name>sala::PresenterWindow</name>
    <message>
        <source>Sala timer</source>
        <translation>Pemasa Sala</translation>
    </message>
    <message>
        <source>Presenter timer</source>
        <translation>Pemasa penyampai</translation>
    </message>
    <message>
        <source>Drag to move, drag the corner to resize, right-click for options</source>
        <translation>Seret untuk mengalih, seret penjuru untuk mengubah saiz, klik kanan untuk pilihan</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Ubah saiz</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>Senyapkan loceng</translation>
    </message>
    <message>
        <source>Show activity title</source>
        <translation>Tunjukkan tajuk aktiviti</translation>
    </message>
    <message>
        <source>Close timer</source>
        <translation>Tutup pemasa</translation>
    </message>
</context>
<context>
    <name>sala::RegistrationFile</name>
    <message>
        <source>tab-separated</source>
        <translation>dipisahkan tab</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>dipisahkan koma bertitik</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>dipisahkan “%1”</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>Fail “%1” tidak wujud; semak nama dan foldernya.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Tidak dapat membaca “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1” kosong: tiada apa-apa untuk diimport.</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Sala imports CSV files and Excel workbooks (.xlsx).</source>
        <translation>“%1” bukan fail teks. Sala mengimport fail CSV dan buku kerja Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Buku kerja Excel, helaian “%1”</translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <translation>CSV, %1, %2</translation>
    </message>
</context>
<context>
    <name>sala::ReportsView</name>
    <message>
        <source>Planned time by kind</source>
        <translation>Masa dirancang mengikut jenis</translation>
    </message>
    <message>
        <source>Roster by country and sex</source>
        <translation>Peserta mengikut negara dan jantina</translation>
    </message>
    <message>
        <source>Planned versus actual</source>
        <translation>Dirancang berbanding sebenar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksport CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksport PDF…</translation>
    </message>
    <message>
        <source>Planned time by kind of activity</source>
        <translation>Masa dirancang mengikut jenis aktiviti</translation>
    </message>
    <message>
        <source>Enrolled participants by country and sex</source>
        <translation>Peserta berdaftar mengikut negara dan jantina</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>Ke mana masa digunakan</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual table as a CSV file for a spreadsheet</source>
        <translation>Simpan jadual dirancang berbanding sebenar sebagai fail CSV untuk hamparan</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual report as a PDF</source>
        <translation>Simpan laporan dirancang berbanding sebenar sebagai PDF</translation>
    </message>
    <message>
        <source>Planned versus actual (this session&apos;s run)</source>
        <translation>Dirancang berbanding sebenar (pelaksanaan sesi ini)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dirancang</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Sebenar</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Perbezaan</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambah</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bermula</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>tidak dijalankan</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>%1 - timing</source>
        <translation>%1 - masa</translation>
    </message>
    <message>
        <source>Export Timing Report as PDF</source>
        <translation>Eksport Laporan Masa sebagai PDF</translation>
    </message>
    <message>
        <source>Export Timing Report as CSV</source>
        <translation>Eksport Laporan Masa sebagai CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Tidak dapat menulis “%1”: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Tidak dinyatakan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Plan and timing</source>
        <translation>Rancangan dan masa</translation>
    </message>
    <message>
        <source>Import attendance…</source>
        <translation>Import kehadiran…</translation>
    </message>
    <message>
        <source>Read a participants report downloaded from Zoom, Teams or Google Meet into this session</source>
        <translation>Baca laporan peserta yang dimuat turun daripada Zoom, Teams atau Google Meet ke dalam sesi ini</translation>
    </message>
</context>
<context>
    <name>sala::RoomsPdf</name>
    <message>
        <source>facilitator</source>
        <translation>fasilitator</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>dikunci</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <source>locked room</source>
        <translation>bilik dikunci</translation>
    </message>
    <message>
        <source>Nobody in this room.</source>
        <translation>Tiada sesiapa dalam bilik ini.</translation>
    </message>
    <message>
        <source>[locked]: stays where it is when the other rooms are made again.</source>
        <translation>[dikunci]: kekal di tempatnya apabila bilik lain dibuat semula.</translation>
    </message>
    <message>
        <source>[facilitator]: a facilitator who stays in this room.</source>
        <translation>[fasilitator]: fasilitator yang kekal dalam bilik ini.</translation>
    </message>
    <message>
        <source>Sala could not save the breakout rooms as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala tidak dapat menyimpan bilik pecahan sebagai “%1” (%2). Pastikan folder itu wujud dan anda dibenarkan menulis ke situ, atau pilih tempat lain.</translation>
    </message>
    <message>
        <source>Breakout rooms: %1</source>
        <translation>Bilik pecahan: %1</translation>
    </message>
    <message>
        <source>No rooms have been made for this activity yet.</source>
        <translation>Belum ada bilik dibuat untuk aktiviti ini.</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Pusingan %1 daripada %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n bilik</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF of the breakout rooms needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>PDF bilik pecahan memerlukan sokongan grafik Qt, yang tidak dimulakan oleh program ini. Buat PDF daripada tetingkap Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF of the breakout rooms.</source>
        <translation>Tiada nama fail diberikan untuk PDF bilik pecahan.</translation>
    </message>
</context>
<context>
    <name>sala::RosterCommands</name>
    <message>
        <source>Remove “%1” from the roster</source>
        <translation>Keluarkan “%1” daripada senarai peserta</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people from the roster</source>
        <translation>
            <numerusform>Keluarkan %n orang daripada senarai peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expect %n people at the session</source>
        <translation>
            <numerusform>Jangkakan %n orang hadir ke sesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %n people out of the session</source>
        <translation>
            <numerusform>Keluarkan %n orang daripada sesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::RosterExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Tidak dapat menulis “%1”: %2</translation>
    </message>
    <message>
        <source>The export could not be recorded in the personal data log, so it was not kept. %1</source>
        <translation>Eksport tidak dapat direkodkan dalam log data peribadi, jadi ia tidak disimpan. %1</translation>
    </message>
    <message>
        <source>Roster of workshop %1 as %2</source>
        <translation>Senarai peserta bengkel %1 sebagai %2</translation>
    </message>
    <message>
        <source>Everything this copy of Sala stores about the person: the details they gave, their consent, the workshops and sessions they were enrolled in, their attendance, and every export of personal data that included them.</source>
        <translation>Semua yang disimpan oleh salinan Sala ini tentang individu tersebut: butiran yang diberikannya, persetujuannya, bengkel dan sesi yang didaftarinya, kehadirannya, dan setiap eksport data peribadi yang melibatkannya.</translation>
    </message>
    <message>
        <source>Everything stored about participant %1</source>
        <translation>Semua yang disimpan tentang peserta %1</translation>
    </message>
</context>
<context>
    <name>sala::RosterImport</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>female, male, another or not stated</source>
        <translation>perempuan, lelaki, lain atau tidak dinyatakan</translation>
    </message>
    <message>
        <source>this row has more cells than the header has columns (%1 instead of %2); a delimiter or quote inside a cell may be broken</source>
        <translation>baris ini mempunyai lebih banyak sel daripada lajur dalam baris tajuk (%1 dan bukannya %2); mungkin ada pemisah atau tanda petik yang rosak di dalam sel</translation>
    </message>
    <message>
        <source>there is no name in this row; fill it in or skip the row</source>
        <translation>tiada nama dalam baris ini; isikan nama atau langkau baris ini</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 bukan alamat e-mel</translation>
    </message>
    <message>
        <source>%1 is not an organization type Sala knows; use enterprise, BDS provider, employers&apos; organization, business association, NGO, government or other</source>
        <translation>%1 bukan jenis organisasi yang dikenali oleh Sala; guna enterprise, BDS provider, employers&apos; organization, business association, NGO, government atau other</translation>
    </message>
    <message>
        <source>%1 is not a country Sala knows; write its English name or its two-letter code such as KH, LA, MY, PH or TH</source>
        <translation>%1 bukan negara yang dikenali oleh Sala; tulis nama negara dalam bahasa Inggeris atau kod dua hurufnya seperti KH, LA, MY, PH atau TH</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 bukan salah satu daripada %2</translation>
    </message>
    <message>
        <source>%1 is not an age or an age band such as 25–34</source>
        <translation>%1 bukan umur atau kumpulan umur seperti 25–34</translation>
    </message>
    <message>
        <source>%1 is not a number of employees; write a number such as 12 or a range such as 10–49</source>
        <translation>%1 bukan bilangan pekerja; tulis nombor seperti 12 atau julat seperti 10–49</translation>
    </message>
    <message>
        <source>%1 holds a language Sala does not know; write language names such as Thai, Khmer, English or codes such as th, km, en, separated by commas</source>
        <translation>%1 mengandungi bahasa yang tidak dikenali oleh Sala; tulis nama bahasa seperti Thai, Khmer, English atau kod seperti th, km, en, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no</source>
        <translation>%1 bukan jawapan ya atau tidak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a yes nor a no to the consent question</source>
        <translation>%1 bukan jawapan ya atau tidak bagi soalan persetujuan</translation>
    </message>
    <message>
        <source>%1 is not a date and time Sala can read; write it as 2026-03-02 14:05</source>
        <translation>%1 bukan tarikh dan masa yang boleh dibaca oleh Sala; tulis seperti 2026-03-02 14:05</translation>
    </message>
    <message>
        <source>No column is mapped to Name. Choose the column (or the first and last name columns) that holds each person&apos;s name.</source>
        <translation>Tiada lajur dipetakan kepada Nama. Pilih lajur (atau lajur nama pertama dan nama akhir) yang mengandungi nama setiap orang.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>baris %1, lajur %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 “%3”: %4</source>
        <translation>baris %1, lajur %2 “%3”: %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… dan %n masalah lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n row(s) with problems, so nothing was imported. Fix them in the file, or skip those rows:
</source>
        <translation>
            <numerusform>“%1” mempunyai %n baris bermasalah, jadi tiada apa-apa diimport. Betulkan dalam fail, atau langkau baris tersebut:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a role Sala knows; write participant, facilitator (or co-facilitator, trainer), interpreter or observer (or producer, host), or leave it empty</source>
        <translation>%1 bukan peranan yang dikenali oleh Sala; tulis participant, facilitator (atau co-facilitator, trainer), interpreter atau observer (atau producer, host), atau biarkan kosong</translation>
    </message>
</context>
<context>
    <name>sala::RosterImportDialog</name>
    <message>
        <source>Merge into that record</source>
        <translation>Gabungkan ke dalam rekod itu</translation>
    </message>
    <message>
        <source>Add as a separate person</source>
        <translation>Tambah sebagai individu berasingan</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Langkau baris ini</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Langkau baris bermasalah dan import yang lain</translation>
    </message>
    <message>
        <source>Import Participants — %1</source>
        <translation>Import Peserta — %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Helaian</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Helaian:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Lajur</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tajuk dalam fail</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Diimport sebagai</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Pemetaan lajur</translation>
    </message>
    <message>
        <source>Rows read from the file</source>
        <translation>Baris yang dibaca daripada fail</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dalam fail</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>Sudah dikenali sebagai</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Kemungkinan pendua</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>cth. 2026-01</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Versi notis privasi</translation>
    </message>
    <message>
        <source>Recorded with the consent of everyone in this file who agreed, unless a column gives it.</source>
        <translation>Direkodkan bersama persetujuan setiap orang dalam fail ini yang bersetuju, kecuali jika ada lajur yang memberikannya.</translation>
    </message>
    <message>
        <source>&amp;Columns — choose what each one holds</source>
        <translation>La&amp;jur — pilih kandungan setiap lajur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>&amp;Problems (by line in the file)</source>
        <translation>&amp;Masalah (mengikut baris dalam fail)</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>Kemungkinan &amp;pendua</translation>
    </message>
    <message>
        <source>Privacy &amp;notice version agreed to:</source>
        <translation>Versi &amp;notis privasi yang dipersetujui:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Medan untuk lajur %1</translation>
    </message>
    <message>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (baris %2 dalam fail ini)</translation>
    </message>
    <message>
        <source>What to do with line %1</source>
        <translation>Tindakan untuk baris %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 layout — header on line %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — susun atur %3 — tajuk pada baris %4</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Tiada apa-apa yang boleh diimport daripada fail ini.</translation>
    </message>
    <message>
        <source>%1 row(s): %2 new, %3 merged into people already on file, %4 skipped, %5 with problems.</source>
        <translation>%1 baris: %2 baharu, %3 digabungkan dengan orang yang sedia ada, %4 dilangkau, %5 bermasalah.</translation>
    </message>
    <message>
        <source>Fix the problems in the file and open it again, or skip those rows.</source>
        <translation>Betulkan masalah dalam fail dan buka semula, atau langkau baris tersebut.</translation>
    </message>
</context>
<context>
    <name>sala::RosterNames</name>
    <message>
        <source>Not stated</source>
        <translation>Tidak dinyatakan</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Bawah 18</translation>
    </message>
    <message>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <source>35–44</source>
        <translation>35–44</translation>
    </message>
    <message>
        <source>45–54</source>
        <translation>45–54</translation>
    </message>
    <message>
        <source>55–64</source>
        <translation>55–64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 ke atas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Kecil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sederhana</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Besar</translation>
    </message>
    <message>
        <source>Running the training</source>
        <translation>Menjalankan latihan</translation>
    </message>
    <message>
        <source>Anonymous reports to the funder</source>
        <translation>Laporan tanpa nama kepada pemberi dana</translation>
    </message>
    <message>
        <source>Follow-up contact after the workshop</source>
        <translation>Hubungan susulan selepas bengkel</translation>
    </message>
    <message>
        <source>Photos and screenshots</source>
        <translation>Foto dan tangkapan skrin</translation>
    </message>
</context>
<context>
    <name>sala::RosterSettingsStore</name>
    <message>
        <source>read the enterprise size rules</source>
        <translation>membaca peraturan saiz perusahaan</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>mana-mana negara lain</translation>
    </message>
    <message>
        <source>The size rule for %1 must rise from micro to small to medium (now %2, %3, %4).</source>
        <translation>Peraturan saiz untuk %1 mesti meningkat dari mikro ke kecil ke sederhana (kini %2, %3, %4).</translation>
    </message>
    <message>
        <source>save the enterprise size rules</source>
        <translation>menyimpan peraturan saiz perusahaan</translation>
    </message>
    <message>
        <source>read the saved column mappings</source>
        <translation>membaca pemetaan lajur yang disimpan</translation>
    </message>
    <message>
        <source>read a saved column mapping</source>
        <translation>membaca satu pemetaan lajur yang disimpan</translation>
    </message>
    <message>
        <source>remember the column mapping</source>
        <translation>mengingati pemetaan lajur</translation>
    </message>
</context>
<context>
    <name>sala::RosterStore</name>
    <message>
        <source>save the participant “%1”</source>
        <translation>menyimpan peserta “%1”</translation>
    </message>
    <message>
        <source>Participant %1 no longer exists or has been erased; nothing was changed.</source>
        <translation>Peserta %1 tidak wujud lagi atau telah dipadam; tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>remove a participant</source>
        <translation>mengeluarkan peserta</translation>
    </message>
    <message>
        <source>enrol participant %1</source>
        <translation>mendaftarkan peserta %1</translation>
    </message>
    <message>
        <source>remove participant %1 from the roster</source>
        <translation>mengeluarkan peserta %1 daripada senarai peserta</translation>
    </message>
    <message>
        <source>read the workshops of a participant</source>
        <translation>membaca bengkel seseorang peserta</translation>
    </message>
    <message>
        <source>read who is expected at the session</source>
        <translation>membaca siapa yang dijangka hadir ke sesi</translation>
    </message>
    <message>
        <source>change who is expected at the session</source>
        <translation>menukar siapa yang dijangka hadir ke sesi</translation>
    </message>
    <message>
        <source>There is no participant with number %1.</source>
        <translation>Tiada peserta dengan nombor %1.</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>membaca senarai peserta</translation>
    </message>
    <message>
        <source>find the personal data of the workshop</source>
        <translation>mencari data peribadi bengkel</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>memadam data peribadi</translation>
    </message>
    <message>
        <source>Could not turn on secure delete, so nothing was erased.</source>
        <translation>Tidak dapat menghidupkan pemadaman selamat, jadi tiada apa-apa dipadam.</translation>
    </message>
    <message>
        <source>(file name removed at erasure)</source>
        <translation>(nama fail dibuang semasa pemadaman)</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased at the end of the retention period</source>
        <translation>
            <numerusform>Data peribadi %n peserta dipadam pada akhir tempoh simpanan</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data of participant %1 erased</source>
        <translation>Data peribadi peserta %1 dipadam</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased</source>
        <translation>
            <numerusform>Data peribadi %n peserta dipadam</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal data was erased, but Sala could not compact the database (%1), so old copies may remain in its free space. Close other Sala windows and erase again.</source>
        <translation>Data peribadi telah dipadam, tetapi Sala tidak dapat memadatkan pangkalan data (%1), jadi salinan lama mungkin masih ada dalam ruang kosongnya. Tutup tetingkap Sala yang lain dan padam semula.</translation>
    </message>
    <message>
        <source>The personal data was erased, but another program is reading the database, so a copy may remain in its write-ahead log until that program closes. Close other Sala windows and erase again.</source>
        <translation>Data peribadi telah dipadam, tetapi program lain sedang membaca pangkalan data, jadi satu salinan mungkin kekal dalam log tulis-dahulu (write-ahead log) sehingga program itu ditutup. Tutup tetingkap Sala yang lain dan padam semula.</translation>
    </message>
    <message>
        <source>read the retention period</source>
        <translation>membaca tempoh simpanan</translation>
    </message>
    <message>
        <source>A retention period cannot be negative.</source>
        <translation>Tempoh simpanan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>save the retention period</source>
        <translation>menyimpan tempoh simpanan</translation>
    </message>
    <message>
        <source>check the retention periods</source>
        <translation>menyemak tempoh simpanan</translation>
    </message>
    <message>
        <source>change the role of participant %1</source>
        <translation>menukar peranan peserta %1</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop&apos;s roster any more; the role was not changed.</source>
        <translation>Peserta %1 tiada lagi dalam senarai peserta bengkel ini; peranan tidak diubah.</translation>
    </message>
</context>
<context>
    <name>sala::RosterView</name>
    <message>
        <source>Search names, aliases, organizations, emails…</source>
        <translation>Cari nama, nama lain, organisasi, e-mel…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Cari dalam senarai peserta</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>Semua jantina</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Semua organisasi</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Persetujuan: semua</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Persetujuan diberi</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Tiada persetujuan</translation>
    </message>
    <message>
        <source>Every enrolled person</source>
        <translation>Semua yang berdaftar</translation>
    </message>
    <message>
        <source>Expected this session</source>
        <translation>Dijangka hadir sesi ini</translation>
    </message>
    <message>
        <source>Not expected this session</source>
        <translation>Tidak dijangka hadir sesi ini</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Tapis mengikut negara</translation>
    </message>
    <message>
        <source>Filter by sex</source>
        <translation>Tapis mengikut jantina</translation>
    </message>
    <message>
        <source>Filter by organization type</source>
        <translation>Tapis mengikut jenis organisasi</translation>
    </message>
    <message>
        <source>Filter by consent</source>
        <translation>Tapis mengikut persetujuan</translation>
    </message>
    <message>
        <source>Filter by enrolment in this session</source>
        <translation>Tapis mengikut pendaftaran dalam sesi ini</translation>
    </message>
    <message>
        <source>Roster counts</source>
        <translation>Kiraan peserta</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Tindakan terakhir</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Erase Its Personal &amp;Data…</source>
        <translation>Padam &amp;Data Peribadinya…</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>&amp;Bukan Sekarang</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Padam Data Peribadi</translation>
    </message>
    <message>
        <source>Erase the personal data of everyone on this workshop&apos;s roster who is not on the roster of another workshop still in use? Names, contacts and notes are removed from the database file; counts by sex, country, organization type and attendance stay for reports. This cannot be undone.</source>
        <translation>Padam data peribadi semua orang dalam senarai peserta bengkel ini yang tiada dalam senarai peserta bengkel lain yang masih digunakan? Nama, maklumat hubungan dan nota dibuang daripada fail pangkalan data; kiraan mengikut jantina, negara, jenis organisasi dan kehadiran kekal untuk laporan. Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <source>The workshop&apos;s personal data was erased; anonymous counts are kept.</source>
        <translation>Data peribadi bengkel telah dipadam; kiraan tanpa nama disimpan.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>T&amp;apis:</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Senarai peserta</translation>
    </message>
    <message>
        <source>&amp;Change Selected</source>
        <translation>&amp;Ubah Pilihan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Add people from a registration export: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox or any spreadsheet</source>
        <translation>Tambah orang daripada eksport pendaftaran: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox atau mana-mana hamparan</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>Type in a new participant</source>
        <translation>Masukkan peserta baharu secara manual</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>Butira&amp;n…</translation>
    </message>
    <message>
        <source>Every detail and the consent of the selected person</source>
        <translation>Semua butiran dan persetujuan individu yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Keluarkan</translation>
    </message>
    <message>
        <source>Take the selected people off this workshop&apos;s roster (their record stays)</source>
        <translation>Keluarkan orang yang dipilih daripada senarai peserta bengkel ini (rekod mereka kekal)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksport…</translation>
    </message>
    <message>
        <source>Write the roster as CSV or JSON; the export is logged</source>
        <translation>Tulis senarai peserta sebagai CSV atau JSON; eksport ini direkodkan dalam log</translation>
    </message>
    <message>
        <source>Access &amp;Request…</source>
        <translation>&amp;Permintaan Akses…</translation>
    </message>
    <message>
        <source>Write everything stored about the selected person to a JSON file, to answer an access request</source>
        <translation>Tulis semua yang disimpan tentang individu yang dipilih ke fail JSON, untuk menjawab permintaan akses</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Padam…</translation>
    </message>
    <message>
        <source>Remove the selected people&apos;s personal data from the database file for good</source>
        <translation>Buang data peribadi orang yang dipilih daripada fail pangkalan data secara kekal</translation>
    </message>
    <message>
        <source>Retention &amp;Period…</source>
        <translation>Tempoh Si&amp;mpanan…</translation>
    </message>
    <message>
        <source>How long this workshop&apos;s personal data is kept</source>
        <translation>Berapa lama data peribadi bengkel ini disimpan</translation>
    </message>
    <message>
        <source>Enterprise &amp;Size Rules…</source>
        <translation>Peraturan Sai&amp;z Perusahaan…</translation>
    </message>
    <message>
        <source>Head counts of micro, small and medium enterprises</source>
        <translation>Bilangan pekerja perusahaan mikro, kecil dan sederhana</translation>
    </message>
    <message>
        <source>Personal Data &amp;Log…</source>
        <translation>&amp;Log Data Peribadi…</translation>
    </message>
    <message>
        <source>Every export of personal data and every erasure</source>
        <translation>Setiap eksport data peribadi dan setiap pemadaman</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Daftar Masuk</translation>
    </message>
    <message>
        <source>Show the live check-in panel beside the roster</source>
        <translation>Tunjukkan panel daftar masuk langsung di sebelah senarai peserta</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>Negara…</translation>
    </message>
    <message>
        <source>Change Country</source>
        <translation>Tukar Negara</translation>
    </message>
    <message>
        <source>Country of the selected people:</source>
        <translation>Negara bagi orang yang dipilih:</translation>
    </message>
    <message>
        <source>Change the country of the selection</source>
        <translation>Tukar negara bagi pilihan</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>Jantina: %1</translation>
    </message>
    <message>
        <source>Change the sex of the selection</source>
        <translation>Tukar jantina bagi pilihan</translation>
    </message>
    <message>
        <source>Organization type: %1</source>
        <translation>Jenis organisasi: %1</translation>
    </message>
    <message>
        <source>Change the organization type of the selection</source>
        <translation>Tukar jenis organisasi bagi pilihan</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Umur: %1</translation>
    </message>
    <message>
        <source>Change the age of the selection</source>
        <translation>Tukar umur bagi pilihan</translation>
    </message>
    <message>
        <source>Consent Given Now</source>
        <translation>Persetujuan Diberi Sekarang</translation>
    </message>
    <message>
        <source>Record consent for the selection</source>
        <translation>Rekodkan persetujuan bagi pilihan</translation>
    </message>
    <message>
        <source>Consent Withdrawn</source>
        <translation>Persetujuan Ditarik Balik</translation>
    </message>
    <message>
        <source>Withdraw consent for the selection</source>
        <translation>Tarik balik persetujuan bagi pilihan</translation>
    </message>
    <message>
        <source>Expected at This Session</source>
        <translation>Dijangka Hadir Sesi Ini</translation>
    </message>
    <message>
        <source>Not Expected at This Session</source>
        <translation>Tidak Dijangka Hadir Sesi Ini</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Semua negara</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n dipaparkan)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>tiada negara</translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n tanpa persetujuan</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from this workshop&apos;s roster; Ctrl+Z brings them back. Their record stays: use Erase to remove their personal data.</source>
        <translation>Dikeluarkan daripada senarai peserta bengkel ini; Ctrl+Z mengembalikan mereka. Rekod mereka kekal: guna Padam untuk membuang data peribadi mereka.</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Dimasukkan secara manual</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Tambah Peserta</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Tambah “%1”</translation>
    </message>
    <message>
        <source>Participant — %1</source>
        <translation>Peserta — %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Sunting “%1”</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>Import Peserta</translation>
    </message>
    <message>
        <source>Registration exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Eksport pendaftaran (*.csv *.txt *.tsv *.xlsx);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 merged into existing records, %4 skipped.</source>
        <translation>Diimport daripada %1: %2 ditambah, %3 digabungkan ke dalam rekod sedia ada, %4 dilangkau.</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? Their names, contact details, notes and consent record are removed from the database file itself; counts by sex, country, organization type and attendance stay for past reports. This cannot be undone, and it clears the undo history. Backups made earlier still hold the data.</source>
        <translation>Padam data peribadi %1? Nama, maklumat hubungan, nota dan rekod persetujuan mereka dibuang daripada fail pangkalan data itu sendiri; kiraan mengikut jantina, negara, jenis organisasi dan kehadiran kekal untuk laporan lepas. Tindakan ini tidak boleh dibuat asal, dan ia mengosongkan sejarah buat asal. Sandaran yang dibuat sebelum ini masih menyimpan data tersebut.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n person(s); anonymous counts are kept.</source>
        <translation>
            <numerusform>Data peribadi %n orang telah dipadam; kiraan tanpa nama disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access request - participant %1</source>
        <translation>Permintaan akses - peserta %1</translation>
    </message>
    <message>
        <source>Export Access Request</source>
        <translation>Eksport Permintaan Akses</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything stored about %1 is in %2. The export is recorded in the personal data log.</source>
        <translation>Semua yang disimpan tentang %1 ada dalam %2. Eksport ini direkodkan dalam log data peribadi.</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>peserta %1</translation>
    </message>
    <message>
        <source> - roster</source>
        <translation> - senarai peserta</translation>
    </message>
    <message>
        <source>Export Roster</source>
        <translation>Eksport Senarai Peserta</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n participant(s) to %1; the export is recorded in the personal data log.</source>
        <translation>
            <numerusform>%n peserta ditulis ke %1; eksport ini direkodkan dalam log data peribadi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent are marked “NO CONSENT”.</source>
        <translation>
            <numerusform>%n orang tanpa persetujuan ditandakan “NO CONSENT”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Period</source>
        <translation>Tempoh Simpanan</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>tidak ditetapkan</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Keep the personal data of this workshop&apos;s participants for this long after its last session. When the period has passed, Sala offers to erase it and keeps the anonymous counts.</source>
        <translation>Simpan data peribadi peserta bengkel ini selama tempoh ini selepas sesi terakhirnya. Apabila tempoh itu tamat, Sala akan menawarkan untuk memadamnya dan menyimpan kiraan tanpa nama.</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Simpan selama:</translation>
    </message>
    <message numerus="yes">
        <source>The retention period of “%1” ended on %2: the personal data of %n participant(s) is still stored. Erase it now? Anonymous counts for reports are kept.</source>
        <translation>
            <numerusform>Tempoh simpanan “%1” tamat pada %2: data peribadi %n peserta masih disimpan. Padam sekarang? Kiraan tanpa nama untuk laporan akan disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Peranan: %1</translation>
    </message>
    <message>
        <source>Change the role of the selection</source>
        <translation>Tukar peranan bagi pilihan</translation>
    </message>
    <message>
        <source>team (not counted): %1</source>
        <translation>pasukan (tidak dikira): %1</translation>
    </message>
</context>
<context>
    <name>sala::RunEngine</name>
    <message>
        <source>This session has no activities yet: add them in Plan mode, then start it.</source>
        <translation>Sesi ini belum ada aktiviti: tambah aktiviti dalam mod Rancangan, kemudian mulakan sesi.</translation>
    </message>
    <message>
        <source>The session is already running.</source>
        <translation>Sesi sudah berjalan.</translation>
    </message>
    <message>
        <source>The session is finished. Use Start over to run it again.</source>
        <translation>Sesi telah tamat. Guna Mula semula untuk menjalankannya sekali lagi.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>Sesi telah tamat.</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>Sesi belum bermula.</translation>
    </message>
    <message>
        <source>This session has no activities.</source>
        <translation>Sesi ini tiada aktiviti.</translation>
    </message>
    <message>
        <source>This is the first activity.</source>
        <translation>Ini aktiviti pertama.</translation>
    </message>
    <message>
        <source>There is no activity %1 in this session.</source>
        <translation>Tiada aktiviti %1 dalam sesi ini.</translation>
    </message>
    <message>
        <source>That activity is already running.</source>
        <translation>Aktiviti itu sudah berjalan.</translation>
    </message>
    <message>
        <source>Nothing is running to pause.</source>
        <translation>Tiada apa-apa yang sedang berjalan untuk dijeda.</translation>
    </message>
    <message>
        <source>The session is already paused.</source>
        <translation>Sesi sudah dijeda.</translation>
    </message>
    <message>
        <source>The session is not paused.</source>
        <translation>Sesi tidak dijeda.</translation>
    </message>
    <message>
        <source>Start the session first: time is added to the running activity.</source>
        <translation>Mulakan sesi dahulu: masa ditambah kepada aktiviti yang sedang berjalan.</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>Mulakan sesi dahulu: baki masa ialah baki masa aktiviti yang sedang berjalan.</translation>
    </message>
    <message>
        <source>The time left cannot be negative.</source>
        <translation>Baki masa tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The running activity has no breakout rounds.</source>
        <translation>Aktiviti yang sedang berjalan tiada pusingan bilik pecahan.</translation>
    </message>
    <message>
        <source>The session is already finished.</source>
        <translation>Sesi sudah tamat.</translation>
    </message>
</context>
<context>
    <name>sala::RunHelpOverlay</name>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Start the session; then pause and resume</source>
        <translation>Mulakan sesi; kemudian jeda dan sambung</translation>
    </message>
    <message>
        <source>→ Right</source>
        <translation>→ Kanan</translation>
    </message>
    <message>
        <source>Next activity (on the last one: finish)</source>
        <translation>Aktiviti seterusnya (pada aktiviti terakhir: tamatkan)</translation>
    </message>
    <message>
        <source>← Left</source>
        <translation>← Kiri</translation>
    </message>
    <message>
        <source>Previous activity (it goes on where it stopped)</source>
        <translation>Aktiviti sebelumnya (bersambung dari tempat ia berhenti)</translation>
    </message>
    <message>
        <source>= or keypad +</source>
        <translation>= atau + pada pad kekunci</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Tambah satu minit</translation>
    </message>
    <message>
        <source>− or keypad −</source>
        <translation>− atau − pada pad kekunci</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Kurang satu minit</translation>
    </message>
    <message>
        <source>Shift with = (that is, +)</source>
        <translation>Shift dengan = (iaitu +)</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Tambah lima minit</translation>
    </message>
    <message>
        <source>Shift with − (that is, _)</source>
        <translation>Shift dengan − (iaitu _)</translation>
    </message>
    <message>
        <source>Five minutes less</source>
        <translation>Kurang lima minit</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Set the time left (type 5 or 4:30, then Enter)</source>
        <translation>Tetapkan baki masa (taip 5 atau 4:30, kemudian Enter)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here</source>
        <translation>Bilik pecahan kini dibuka: kira pusingan dari sini</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Copy the participant instructions for the chat</source>
        <translation>Salin arahan peserta untuk ruang sembang</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Copy the broadcast text that is due</source>
        <translation>Salin teks siaran yang perlu dihantar sekarang</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Apply the suggested trim (Ctrl+Z undoes it)</source>
        <translation>Guna cadangan pemendekan (Ctrl+Z untuk membatalkannya)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Tamatkan sesi</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show or hide the presenter timer</source>
        <translation>Tunjuk atau sembunyikan pemasa penyampai</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 atau ?</translation>
    </message>
    <message>
        <source>Show or hide this list (Esc closes it too)</source>
        <translation>Tunjuk atau sembunyikan senarai ini (Esc juga menutupnya)</translation>
    </message>
    <message>
        <source>Keys of Run mode</source>
        <translation>Kekunci mod Jalankan</translation>
    </message>
    <message>
        <source>Keys in Run mode</source>
        <translation>Kekunci dalam mod Jalankan</translation>
    </message>
    <message>
        <source>The keys work whenever Run mode is shown, also in the presenter timer, except while you type in a text field. Shift decides between one and five minutes: = and − give one, Shift with the same key gives five.</source>
        <translation>Kekunci ini berfungsi setiap kali mod Jalankan dipaparkan, termasuk dalam pemasa penyampai, kecuali semasa anda menaip dalam medan teks. Shift menentukan satu atau lima minit: = dan − memberi satu minit, Shift dengan kekunci yang sama memberi lima minit.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Say the time left (shown here and read by a screen reader)</source>
        <translation>Sebut baki masa (dipaparkan di sini dan dibaca oleh pembaca skrin)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Place the selected late arrival in the suggested room</source>
        <translation>Tempatkan peserta lewat yang dipilih dalam bilik yang dicadangkan</translation>
    </message>
</context>
<context>
    <name>sala::RunLogStore</name>
    <message>
        <source>record the run action</source>
        <translation>merekodkan tindakan pelaksanaan</translation>
    </message>
    <message>
        <source>read the run log</source>
        <translation>membaca log pelaksanaan</translation>
    </message>
    <message>
        <source>read the wrap-up warnings</source>
        <translation>membaca amaran hampir tamat</translation>
    </message>
    <message>
        <source>save the wrap-up warning</source>
        <translation>menyimpan amaran hampir tamat</translation>
    </message>
</context>
<context>
    <name>sala::RunRoomsPanel</name>
    <message>
        <source>Rooms</source>
        <translation>Bilik</translation>
    </message>
    <message>
        <source>Place in suggested room</source>
        <translation>Tempatkan dalam bilik dicadangkan</translation>
    </message>
    <message>
        <source>Open Breakouts mode</source>
        <translation>Buka mod Bilik Pecahan</translation>
    </message>
    <message>
        <source>Rooms of the breakout activity</source>
        <translation>Bilik aktiviti bilik pecahan</translation>
    </message>
    <message>
        <source>Round shown in the rooms</source>
        <translation>Pusingan yang dipaparkan dalam bilik</translation>
    </message>
    <message>
        <source>The round under way is marked “now”; choose another round to look at it</source>
        <translation>Pusingan yang sedang berjalan ditanda “sekarang”; pilih pusingan lain untuk melihatnya</translation>
    </message>
    <message>
        <source>In the call but in no room</source>
        <translation>Dalam panggilan tetapi tiada bilik</translation>
    </message>
    <message>
        <source>People checked in who have no room in this round, with the room Sala suggests; Enter or P places the selected one</source>
        <translation>Orang yang sudah daftar masuk tetapi tiada bilik dalam pusingan ini, berserta bilik yang dicadangkan Sala; Enter atau P menempatkan orang yang dipilih</translation>
    </message>
    <message>
        <source>Breakout rooms of the round</source>
        <translation>Bilik pecahan pusingan ini</translation>
    </message>
    <message>
        <source>Put the selected person, who is in the call but in no room, into the room Sala suggests: the fewest people already met, the smallest room, the best mix. Stored at once; Ctrl+Z undoes it (P)</source>
        <translation>Masukkan orang yang dipilih, yang berada dalam panggilan tetapi tiada bilik, ke bilik yang dicadangkan Sala: paling sedikit orang yang pernah ditemui, bilik paling kecil, campuran terbaik. Disimpan serta-merta; Ctrl+Z membuat asal (P)</translation>
    </message>
    <message>
        <source>Suggested room</source>
        <translation>Bilik dicadangkan</translation>
    </message>
    <message>
        <source>No rooms saved</source>
        <translation>Tiada bilik disimpan</translation>
    </message>
    <message>
        <source>Make the rooms of this activity in Breakouts mode (Ctrl+3)</source>
        <translation>Buat bilik untuk aktiviti ini dalam mod Bilik Pecahan (Ctrl+3)</translation>
    </message>
    <message>
        <source>No rooms are saved for “%1” yet. Make them in Breakouts mode; they show here round by round while the activity runs.</source>
        <translation>Belum ada bilik disimpan untuk “%1”. Buat bilik dalam mod Bilik Pecahan; bilik akan dipaparkan di sini mengikut pusingan semasa aktiviti berjalan.</translation>
    </message>
    <message>
        <source>Round %1 of %2 · now</source>
        <translation>Pusingan %1 daripada %2 · sekarang</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Pusingan %1 daripada %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>In the call but in no room of this round; Enter or P places %1 in the suggested room</source>
        <translation>Dalam panggilan tetapi tiada bilik dalam pusingan ini; Enter atau P menempatkan %1 dalam bilik yang dicadangkan</translation>
    </message>
    <message>
        <source>&amp;Not in a room (%1):</source>
        <translation>&amp;Tiada bilik (%1):</translation>
    </message>
    <message>
        <source>(left)</source>
        <translation>(keluar)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>tiada sesiapa</translation>
    </message>
    <message>
        <source>Everyone checked in has a room.</source>
        <translation>Semua yang sudah daftar masuk ada bilik.</translation>
    </message>
    <message>
        <source>Everyone checked in has a room in this round: nobody to place.</source>
        <translation>Semua yang sudah daftar masuk ada bilik dalam pusingan ini: tiada sesiapa untuk ditempatkan.</translation>
    </message>
    <message>
        <source>No rooms are saved for this activity yet: make them in Breakouts mode (Ctrl+3).</source>
        <translation>Belum ada bilik disimpan untuk aktiviti ini: buat bilik dalam mod Bilik Pecahan (Ctrl+3).</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>Tempatkan %1 dalam %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before. Ctrl+Z undoes it.</source>
        <translation>%1 menyertai %2: tiada sesiapa di situ pernah bertemu %1 sebelum ini. Ctrl+Z membuat asal tindakan ini.</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3. Ctrl+Z undoes it.</source>
        <translation>%1 menyertai %2, bilik terbaik yang tinggal; orang di situ yang pernah bertemu %1: %3. Ctrl+Z membuat asal tindakan ini.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sala::RunSheet</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the plan runs %1 past the target: shorten or cut something</source>
        <translation>rancangan melebihi sasaran sebanyak %1: pendekkan atau buang sesuatu</translation>
    </message>
    <message>
        <source>the plan ends %1 before the target</source>
        <translation>rancangan tamat %1 sebelum sasaran</translation>
    </message>
    <message>
        <source>the plan ends on time</source>
        <translation>rancangan tamat tepat pada masanya</translation>
    </message>
    <message>
        <source>may shorten to %1</source>
        <translation>boleh dipendekkan hingga %1</translation>
    </message>
    <message>
        <source>%1 (waits for this time when the plan runs early)</source>
        <translation>%1 (menunggu waktu ini jika rancangan berjalan lebih awal)</translation>
    </message>
    <message>
        <source>%1 groups of %2</source>
        <translation>%1 kumpulan %2 orang</translation>
    </message>
    <message>
        <source>groups of %1</source>
        <translation>kumpulan %1 orang</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 kumpulan</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Send %1 before the end of each round</source>
        <translation>Hantar %1 sebelum setiap pusingan tamat</translation>
    </message>
    <message>
        <source>Send %1 before the end</source>
        <translation>Hantar %1 sebelum tamat</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Atur cara</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dirancang</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>Zon kedua</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>Sasaran tamat</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>tidak ditetapkan</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Penganjur</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Jadual waktu</translation>
    </message>
    <message>
        <source>No activities are planned in this session yet.</source>
        <translation>Belum ada aktiviti dirancang dalam sesi ini.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>Bilik pecahan</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Pengumpulan</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kumpulan</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Pusingan</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Broadcast messages to all rooms</source>
        <translation>Mesej siaran ke semua bilik</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Mula tetap</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objektif</translation>
    </message>
    <message>
        <source>Instructions for participants (paste into the chat)</source>
        <translation>Arahan untuk peserta (tampal ke ruang sembang)</translation>
    </message>
    <message>
        <source>Facilitator notes (private: do not share with participants)</source>
        <translation>Nota fasilitator (peribadi: jangan kongsi dengan peserta)</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>Senarai semak bahan</translation>
    </message>
    <message>
        <source>No activity lists any material.</source>
        <translation>Tiada aktiviti yang menyenaraikan bahan.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sedia</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Digunakan dalam</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>digunakan dalam %1</translation>
    </message>
    <message>
        <source>Run sheet: %1</source>
        <translation>Atur cara: %1</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviti</translation>
    </message>
</context>
<context>
    <name>sala::RunSheetPdf</name>
    <message>
        <source>Sala could not save the run sheet as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala tidak dapat menyimpan atur cara sebagai “%1” (%2). Pastikan folder itu wujud dan anda dibenarkan menulis ke dalamnya, atau pilih tempat lain.</translation>
    </message>
    <message>
        <source>The PDF run sheet needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>Atur cara PDF memerlukan sokongan grafik Qt, yang tidak dimulakan oleh program ini. Buat PDF daripada tetingkap Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF run sheet.</source>
        <translation>Tiada nama fail diberikan untuk atur cara PDF.</translation>
    </message>
</context>
<context>
    <name>sala::RunState</name>
    <message>
        <source>on time</source>
        <translation>tepat masa</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>lewat %1 min</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>awal %1 min</translation>
    </message>
</context>
<context>
    <name>sala::RunView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 hari %2 jam</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>Bermula dalam %1</translation>
    </message>
    <message>
        <source>Started %1 ago</source>
        <translation>Bermula %1 yang lalu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Presenter Timer</source>
        <translation>&amp;Pemasa Penyampai</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Back to the previous activity (Left arrow)</source>
        <translation>Kembali ke aktiviti sebelumnya (anak panah Kiri)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mula</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Mula, jeda atau sambung (Space)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Seterusnya ▶</translation>
    </message>
    <message>
        <source>On to the next activity (Right arrow)</source>
        <translation>Terus ke aktiviti seterusnya (anak panah Kanan)</translation>
    </message>
    <message>
        <source>Rooms open</source>
        <translation>Bilik dibuka</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here (R)</source>
        <translation>Bilik pecahan kini dibuka: kira pusingan dari sini (R)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <source>Finish the session (End)</source>
        <translation>Tamatkan sesi (End)</translation>
    </message>
    <message>
        <source>Copy broadcast</source>
        <translation>Salin siaran</translation>
    </message>
    <message>
        <source>Copy the broadcast text for the platform&apos;s broadcast box (B)</source>
        <translation>Salin teks siaran untuk kotak siaran platform (B)</translation>
    </message>
    <message>
        <source>Participant instructions</source>
        <translation>Arahan peserta</translation>
    </message>
    <message>
        <source>Copy instructions</source>
        <translation>Salin arahan</translation>
    </message>
    <message>
        <source>Copy the instructions for the meeting chat (C)</source>
        <translation>Salin arahan untuk ruang sembang mesyuarat (C)</translation>
    </message>
    <message>
        <source>Current activity</source>
        <translation>Aktiviti semasa</translation>
    </message>
    <message>
        <source>Activity number and kind</source>
        <translation>Nombor dan jenis aktiviti</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>Aktiviti seterusnya</translation>
    </message>
    <message>
        <source>Breakout round</source>
        <translation>Pusingan bilik pecahan</translation>
    </message>
    <message>
        <source>Ahead or behind the plan</source>
        <translation>Awal atau lewat berbanding rancangan</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Jangkaan tamat</translation>
    </message>
    <message>
        <source>Run messages</source>
        <translation>Mesej pelaksanaan</translation>
    </message>
    <message>
        <source>−5</source>
        <translation>−5</translation>
    </message>
    <message>
        <source>Five minutes less (Shift with −)</source>
        <translation>Kurang lima minit (Shift dengan −)</translation>
    </message>
    <message>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <source>One minute less (−)</source>
        <translation>Kurang satu minit (−)</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One minute more (=, or + on the keypad)</source>
        <translation>Tambah satu minit (=, atau + pada pad kekunci)</translation>
    </message>
    <message>
        <source>+5</source>
        <translation>+5</translation>
    </message>
    <message>
        <source>Five minutes more (Shift with =, that is +)</source>
        <translation>Tambah lima minit (Shift dengan =, iaitu +)</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Tetapkan…</translation>
    </message>
    <message>
        <source>Set the time left of this activity (S)</source>
        <translation>Tetapkan baki masa aktiviti ini (S)</translation>
    </message>
    <message>
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Baki masa</translation>
    </message>
    <message>
        <source>Type the time left, such as 5 or 4:30, then press Enter; Esc cancels</source>
        <translation>Taip baki masa, seperti 5 atau 4:30, kemudian tekan Enter; Esc untuk batal</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Lagi</translation>
    </message>
    <message>
        <source>More run actions</source>
        <translation>Tindakan pelaksanaan lain</translation>
    </message>
    <message>
        <source>Suggested trim</source>
        <translation>Cadangan pemendekan</translation>
    </message>
    <message>
        <source>Apply trim</source>
        <translation>Guna pemendekan</translation>
    </message>
    <message>
        <source>Shorten the activities as suggested; Ctrl+Z undoes it (T)</source>
        <translation>Pendekkan aktiviti seperti yang dicadangkan; Ctrl+Z untuk membatalkannya (T)</translation>
    </message>
    <message>
        <source>Broadcast text</source>
        <translation>Teks siaran</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Susunan aktiviti</translation>
    </message>
    <message>
        <source>Enter or double-click jumps to an activity</source>
        <translation>Enter atau klik dua kali untuk melompat ke aktiviti</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>Peserta berdaftar</translation>
    </message>
    <message>
        <source>A compact timer that stays on top, to share into the call</source>
        <translation>Pemasa kecil yang sentiasa di atas, untuk dikongsi dalam panggilan</translation>
    </message>
    <message>
        <source>Wrap-up warning for this activity…</source>
        <translation>Amaran hampir tamat untuk aktiviti ini…</translation>
    </message>
    <message>
        <source>Wrap-up warning</source>
        <translation>Amaran hampir tamat</translation>
    </message>
    <message>
        <source>Minutes before the end of “%1” when the timer turns to wrap-up:</source>
        <translation>Minit sebelum “%1” tamat apabila pemasa bertukar ke fasa hampir tamat:</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>Senyapkan loceng</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Mula semula…</translation>
    </message>
    <message>
        <source>Clear the run (after a rehearsal); the log keeps it as history</source>
        <translation>Kosongkan pelaksanaan (selepas raptai); log menyimpannya sebagai sejarah</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>Mula Semula</translation>
    </message>
    <message>
        <source>Start the session over? The timer goes back to the first activity and the timing report starts afresh. The run so far stays in the log.</source>
        <translation>Mulakan semula sesi? Pemasa kembali ke aktiviti pertama dan laporan masa bermula semula. Pelaksanaan setakat ini kekal dalam log.</translation>
    </message>
    <message>
        <source>Wrap-up time for this activity.</source>
        <translation>Masa untuk merumuskan aktiviti ini.</translation>
    </message>
    <message>
        <source>Time is up: the activity is in overtime.</source>
        <translation>Masa sudah tamat: aktiviti ini dalam lebih masa.</translation>
    </message>
    <message>
        <source>“%1” has no participant instructions.</source>
        <translation>“%1” tiada arahan peserta.</translation>
    </message>
    <message>
        <source>Instructions copied: paste them into the meeting chat.</source>
        <translation>Arahan disalin: tampalkannya ke ruang sembang mesyuarat.</translation>
    </message>
    <message>
        <source>This activity has no broadcast texts.</source>
        <translation>Aktiviti ini tiada teks siaran.</translation>
    </message>
    <message>
        <source>Broadcast copied: paste it into the platform&apos;s broadcast box.</source>
        <translation>Siaran disalin: tampalkannya ke kotak siaran platform.</translation>
    </message>
    <message>
        <source>There is nothing to trim: the session is on time, or nothing left may be shortened.</source>
        <translation>Tiada apa-apa untuk dipendekkan: sesi tepat masa, atau tiada lagi aktiviti yang boleh dipendekkan.</translation>
    </message>
    <message>
        <source>Trim the rest of the session to end on time</source>
        <translation>Pendekkan baki sesi supaya tamat tepat pada masanya</translation>
    </message>
    <message>
        <source>Trimmed %1 min from the rest of the session; Ctrl+Z undoes it.</source>
        <translation>%1 min dipendekkan daripada baki sesi; Ctrl+Z untuk membatalkannya.</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>Mulakan sesi dahulu: baki masa ialah baki masa aktiviti yang sedang berjalan.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type minutes such as 5, or minutes and seconds such as 4:30.</source>
        <translation>“%1” bukan masa: taip minit seperti 5, atau minit dan saat seperti 4:30.</translation>
    </message>
    <message>
        <source>Broadcast due now (round %1): press B to copy it.</source>
        <translation>Siaran perlu dihantar sekarang (pusingan %1): tekan B untuk menyalinnya.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People enrolled (%1)</source>
        <translation>Orang berdaftar (%1)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dirancang</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Sebenar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Mula (%1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Tiada sesi dibuka.</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sesi tamat</translation>
    </message>
    <message>
        <source>First activity of %1</source>
        <translation>Aktiviti pertama daripada %1</translation>
    </message>
    <message>
        <source>Activity %1 of %2</source>
        <translation>Aktiviti %1 daripada %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This session has no activities yet.</source>
        <translation>Sesi ini belum ada aktiviti.</translation>
    </message>
    <message>
        <source>Next: %1 (%2, %3 min)</source>
        <translation>Seterusnya: %1 (%2, %3 min)</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>Seterusnya: tamat sesi</translation>
    </message>
    <message>
        <source>All %1 rounds are done.</source>
        <translation>Kesemua %1 pusingan telah selesai.</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3 left in this round</source>
        <translation>Pusingan %1 daripada %2 · baki %3 dalam pusingan ini</translation>
    </message>
    <message>
        <source>%1 rounds of %2 min</source>
        <translation>%1 pusingan, %2 min setiap satu</translation>
    </message>
    <message>
        <source>● On time</source>
        <translation>● Tepat masa</translation>
    </message>
    <message>
        <source>▼ %1 min behind</source>
        <translation>▼ Lewat %1 min</translation>
    </message>
    <message>
        <source>▲ %1 min ahead</source>
        <translation>▲ Awal %1 min</translation>
    </message>
    <message>
        <source>Finished at %1; planned end %2</source>
        <translation>Tamat pada %1; tamat dirancang %2</translation>
    </message>
    <message>
        <source>Projected end %1; planned %2</source>
        <translation>Jangkaan tamat %1; dirancang %2</translation>
    </message>
    <message>
        <source>Planned start %1 · %2</source>
        <translation>Mula dirancang %1 · %2</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Mula</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Sambung</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Jeda</translation>
    </message>
    <message>
        <source>%1 %2→%3 min</source>
        <translation>%1 %2→%3 min</translation>
    </message>
    <message>
        <source>To end by %1, shorten (%2 min in all): %3.</source>
        <translation>Untuk tamat sebelum %1, pendekkan (%2 min kesemuanya): %3.</translation>
    </message>
    <message>
        <source>Even at their minimums the activities still to come save only %1 of %2 min; the session then ends at %3. Shorten: %4.</source>
        <translation>Walaupun pada tempoh minimum, aktiviti yang masih berbaki hanya menjimatkan %1 daripada %2 min; sesi akan tamat pada %3. Pendekkan: %4.</translation>
    </message>
    <message>
        <source>▶ Broadcast due now (round %1 of %2)</source>
        <translation>▶ Siaran perlu dihantar sekarang (pusingan %1 daripada %2)</translation>
    </message>
    <message>
        <source>Next broadcast: round %1, when %2 min are left</source>
        <translation>Siaran seterusnya: pusingan %1, apabila baki %2 min</translation>
    </message>
    <message>
        <source>next in round %1</source>
        <translation>seterusnya dalam pusingan %1</translation>
    </message>
    <message>
        <source>Participant instructions: %1</source>
        <translation>Arahan peserta: %1</translation>
    </message>
    <message>
        <source>The session has not started.</source>
        <translation>Sesi belum bermula.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>Sesi telah tamat.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minit</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minit</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 saat</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 saat</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>minutes and seconds</comment>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>“%1” is %2 over its time.</source>
        <translation>“%1” melebihi masanya sebanyak %2.</translation>
    </message>
    <message>
        <source>%1 left in “%2”.</source>
        <translation>Baki %1 dalam “%2”.</translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>Pusingan %1 daripada %2.</translation>
    </message>
    <message>
        <source>The timer is paused.</source>
        <translation>Pemasa dijeda.</translation>
    </message>
    <message>
        <source>Time to wrap up.</source>
        <translation>Masa untuk merumuskan.</translation>
    </message>
    <message>
        <source>The activity under way has no breakout rooms: P places late arrivals during breakouts.</source>
        <translation>Aktiviti yang sedang berjalan tiada bilik pecahan: P menempatkan peserta lewat semasa aktiviti bilik pecahan.</translation>
    </message>
</context>
<context>
    <name>sala::SessionAttendanceModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minit</translation>
    </message>
    <message>
        <source>Share of the session</source>
        <translation>Peratus sesi</translation>
    </message>
    <message>
        <source>First join</source>
        <translation>Masuk pertama</translation>
    </message>
    <message>
        <source>Last leave</source>
        <translation>Keluar terakhir</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Dipadankan</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>Daftar masuk secara langsung</translation>
    </message>
</context>
<context>
    <name>sala::SessionBar</name>
    <message>
        <source>Session progress</source>
        <translation>Kemajuan sesi</translation>
    </message>
    <message>
        <source>Activity %1 of %2, %3 % of the planned session</source>
        <translation>Aktiviti %1 daripada %2, %3 % daripada sesi yang dirancang</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n aktiviti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 (%3, %4 min)</source>
        <translation>%1. %2 (%3, %4 min)</translation>
    </message>
</context>
<context>
    <name>sala::SizeRulesDialog</name>
    <message>
        <source>Enterprise Size Rules</source>
        <translation>Peraturan Saiz Perusahaan</translation>
    </message>
    <message>
        <source>An enterprise is micro, small or medium when its head count is at most the number given for its country; above medium it is large. The values Sala starts with follow national definitions as published up to 2024. &lt;b&gt;Check them against the current definitions&lt;/b&gt;, which may also differ by sector. An empty country applies to every country without a row.</source>
        <translation>Perusahaan dikira mikro, kecil atau sederhana apabila bilangan pekerjanya tidak melebihi nombor yang ditetapkan untuk negaranya; melebihi sederhana, ia dikira besar. Nilai awal dalam Sala mengikut definisi kebangsaan yang diterbitkan sehingga 2024. &lt;b&gt;Semak nilai ini dengan definisi terkini&lt;/b&gt;, yang mungkin juga berbeza mengikut sektor. Baris dengan negara kosong terpakai untuk setiap negara yang tiada baris sendiri.</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Kod negara</translation>
    </message>
    <message>
        <source>Micro up to</source>
        <translation>Mikro sehingga</translation>
    </message>
    <message>
        <source>Small up to</source>
        <translation>Kecil sehingga</translation>
    </message>
    <message>
        <source>Medium up to</source>
        <translation>Sederhana sehingga</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Size rules</source>
        <translation>Peraturan saiz</translation>
    </message>
    <message>
        <source>&amp;Add Country</source>
        <translation>&amp;Tambah Negara</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>&amp;Buang Baris</translation>
    </message>
    <message>
        <source>The limits for %1 must rise from micro to small to medium.</source>
        <translation>Had untuk %1 mesti meningkat dari mikro ke kecil ke sederhana.</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>negara lain</translation>
    </message>
</context>
<context>
    <name>sala::Startup</name>
    <message>
        <source>Sala: a facilitator console for live online workshops.</source>
        <translation>Sala: konsol fasilitator untuk bengkel dalam talian secara langsung.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; instead of the default one.</source>
        <translation>Buka pangkalan data di &lt;path&gt; dan bukannya pangkalan data lalai.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Log debugging detail.</source>
        <translation>Rekodkan butiran nyahpepijat dalam log.</translation>
    </message>
    <message>
        <source>Sala cannot open its database</source>
        <translation>Sala tidak dapat membuka pangkalan datanya</translation>
    </message>
    <message>
        <source>Sala</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>The demo workshop could not be created: %1</source>
        <translation>Bengkel demo tidak dapat dicipta: %1</translation>
    </message>
    <message>
        <source>Sala can open a copy of the newest backup, “%1” from %2, and leave the damaged file as it is so that it can still be recovered. Changes made after that backup are not in it.</source>
        <translation>Sala boleh membuka salinan sandaran terbaharu, “%1” daripada %2, dan membiarkan fail yang rosak seperti sedia ada supaya ia masih boleh dipulihkan. Perubahan yang dibuat selepas sandaran itu tiada di dalamnya.</translation>
    </message>
    <message>
        <source>Open a Copy of the Backup</source>
        <translation>Buka Salinan Sandaran</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>sala::Store</name>
    <message>
        <source>“%1” already exists; choose a new file name for the backup.</source>
        <translation>“%1” sudah wujud; pilih nama fail baharu untuk sandaran.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Folder “%1” tidak wujud.</translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation>menulis sandaran</translation>
    </message>
    <message>
        <source>Could not write the backup to “%1”.</source>
        <translation>Tidak dapat menulis sandaran ke “%1”.</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>membaca versi skema</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migrasi %1 tiada dalam binaan ini.</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>menaik taraf pangkalan data ke versi %1</translation>
    </message>
    <message>
        <source>mark the database as Sala&apos;s</source>
        <translation>menandakan pangkalan data sebagai milik Sala</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>merekodkan versi skema</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Tidak dapat %1: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the path of a database file.</source>
        <translation>“%1” ialah folder; berikan laluan fail pangkalan data.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Tiada pangkalan data di “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Tidak dapat mencipta folder “%1”.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Sala window (process %2). Close that window first, or open a different database with --db.</source>
        <translation>“%1” sudah dibuka dalam tetingkap Sala yang lain (proses %2). Tutup tetingkap itu dahulu, atau buka pangkalan data lain dengan --db.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside “%1”; check that the folder is writable.</source>
        <translation>Tidak dapat mencipta fail kunci di sebelah “%1”; pastikan folder itu boleh ditulis.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Tidak dapat membuka “%1”: %2</translation>
    </message>
    <message>
        <source>Sala needs to upgrade “%1” but could not write the backup first, so it left the file unchanged. %2</source>
        <translation>Sala perlu menaik taraf “%1” tetapi tidak dapat menulis sandaran terlebih dahulu, jadi fail itu tidak diubah. %2</translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation>menghidupkan kunci asing</translation>
    </message>
    <message>
        <source>set the sync level</source>
        <translation>menetapkan tahap penyegerakan</translation>
    </message>
    <message>
        <source>Cannot switch “%1” to write-ahead logging; is it on a network drive or a read-only disk?</source>
        <translation>Tidak dapat menukar “%1” kepada pengelogan tulis-dahulu (write-ahead logging); adakah ia pada pemacu rangkaian atau cakera baca sahaja?</translation>
    </message>
    <message>
        <source>save a setting in the database</source>
        <translation>menyimpan tetapan dalam pangkalan data</translation>
    </message>
    <message>
        <source>read the database summary</source>
        <translation>membaca ringkasan pangkalan data</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>menyemak pangkalan data</translation>
    </message>
    <message>
        <source>A row in %1 points to a missing row in %2.</source>
        <translation>Satu baris dalam %1 merujuk kepada baris yang tiada dalam %2.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>memulakan transaksi</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>menyimpan perubahan</translation>
    </message>
    <message>
        <source>There is no backup of “%1” beside it.</source>
        <translation>Tiada sandaran “%1” di sebelahnya.</translation>
    </message>
    <message>
        <source>Could not copy the backup “%1” to “%2”; check that the folder is writable and the disk has room.</source>
        <translation>Tidak dapat menyalin sandaran “%1” ke “%2”; pastikan folder itu boleh ditulis dan cakera ada ruang.</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full, or the database has reached its size limit. Free some space on the disk and try again.</source>
        <translation>Tidak dapat %1: cakera penuh, atau pangkalan data telah mencapai had saiznya. Kosongkan sedikit ruang pada cakera dan cuba lagi.</translation>
    </message>
    <message>
        <source>The newest backup is “%1”: restore it with a copy, or open it with --db.</source>
        <translation>Sandaran terbaharu ialah “%1”: pulihkan dengan menyalinnya, atau bukanya dengan --db.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Sala has not changed the file.</source>
        <translation>“%1” rosak dan tidak dapat dibuka (%2). Sala tidak mengubah fail ini.</translation>
    </message>
    <message>
        <source>the file is cut short inside its header</source>
        <translation>fail terpotong di dalam bahagian pengepalanya</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>pengepalanya menyatakan saiz halaman yang mustahil</translation>
    </message>
    <message>
        <source>the file is cut short: its size is not a whole number of pages</source>
        <translation>fail terpotong: saiznya bukan bilangan halaman yang genap</translation>
    </message>
    <message>
        <source>the file is cut short: it holds %1 of its %2 pages</source>
        <translation>fail terpotong: ia hanya mengandungi %1 daripada %2 halamannya</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Tidak dapat membaca “%1”: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>fail ini kosong</translation>
    </message>
    <message>
        <source>“%1” is not a Sala database: it is not an SQLite database file at all.</source>
        <translation>“%1” bukan pangkalan data Sala: ia langsung bukan fail pangkalan data SQLite.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not one of Sala&apos;s. Sala has not changed it; choose a Sala database or a new file name.</source>
        <translation>“%1” ialah pangkalan data SQLite, tetapi bukan milik Sala. Sala tidak mengubahnya; pilih pangkalan data Sala atau nama fail baharu.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Sala (database version %2; this Sala understands up to %3). Update Sala to open it; the file has not been changed.</source>
        <translation>“%1” ditulis oleh versi Sala yang lebih baharu (versi pangkalan data %2; Sala ini hanya memahami sehingga %3). Kemas kini Sala untuk membukanya; fail tidak diubah.</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, dan %n masalah lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::StoredReview</name>
    <message>
        <source>person %1</source>
        <translation>individu %1</translation>
    </message>
    <message>
        <source>No person of the imported attendance was chosen.</source>
        <translation>Tiada individu daripada kehadiran yang diimport dipilih.</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance was erased with the personal data; there is nothing left to match.</source>
        <translation>Individu %1 dalam kehadiran yang diimport telah dipadam bersama data peribadi; tiada apa-apa lagi untuk dipadankan.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not waiting for review any more (%3). List the people waiting again.</source>
        <translation>“%1” dalam “%2” tidak lagi menunggu semakan (%3). Senaraikan semula orang yang menunggu semakan.</translation>
    </message>
    <message>
        <source>These people of the imported attendance belong to different workshops; decide on each of them on its own.</source>
        <translation>Orang dalam kehadiran yang diimport ini tergolong dalam bengkel yang berbeza; buat keputusan bagi setiap seorang secara berasingan.</translation>
    </message>
    <message>
        <source>Nobody on the roster has the e-mail address, an alias or the name of “%1”. Confirm a proposal, pick someone, add them to the roster or ignore them.</source>
        <translation>Tiada sesiapa dalam senarai peserta yang mempunyai alamat e-mel, alias atau nama “%1”. Sahkan cadangan, pilih seseorang, tambah mereka ke senarai peserta atau abaikan mereka.</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop’s roster, so “%2” cannot be matched to them. Pick someone on the roster.</source>
        <translation>Peserta %1 tiada dalam senarai peserta bengkel ini, jadi “%2” tidak boleh dipadankan dengannya. Pilih seseorang dalam senarai peserta.</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was erased, so nobody can be matched to them. Pick someone else, add “%2” to the roster or ignore them.</source>
        <translation>Data peribadi peserta %1 telah dipadam, jadi tiada sesiapa boleh dipadankan dengannya. Pilih orang lain, tambah “%2” ke senarai peserta atau abaikan mereka.</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>disahkan oleh jurulatih: %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>dipilih oleh jurulatih</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance has neither a name nor an e-mail address to put on the roster; ignore them instead.</source>
        <translation>Individu %1 dalam kehadiran yang diimport tiada nama mahupun alamat e-mel untuk dimasukkan ke senarai peserta; abaikan sahaja mereka.</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>eksport kehadiran “%1”</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>ditambah ke senarai peserta daripada “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>diabaikan oleh jurulatih</translation>
    </message>
</context>
<context>
    <name>sala::TextDecoder</name>
    <message>
        <source>Thai (TIS-620 / Windows-874)</source>
        <translation>Thai (TIS-620 / Windows-874)</translation>
    </message>
</context>
<context>
    <name>sala::TimerFace</name>
    <message>
        <source>Ready</source>
        <translation>Sedia</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Baki masa</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Hampir tamat</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Lebih masa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>SEDIA</translation>
    </message>
    <message>
        <source>No activities</source>
        <translation>Tiada aktiviti</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Tekan Space untuk mula</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>TAMAT</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>PAUSED · OVERTIME</source>
        <translation>DIJEDA · LEBIH MASA</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>DIJEDA</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>BAKI MASA</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>HAMPIR TAMAT</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>LEBIH MASA</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3</source>
        <translation>Pusingan %1 daripada %2 · %3</translation>
    </message>
    <message>
        <source>All %1 rounds done</source>
        <translation>Kesemua %1 pusingan selesai</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Pemasa</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>sala::TimingReport</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The session has not been run yet.</source>
        <translation>Sesi ini belum dijalankan.</translation>
    </message>
    <message>
        <source>It started on %1 at %2 instead of %3 at %4, so it is measured against the plan moved to that start.</source>
        <translation>Sesi bermula pada %1 pukul %2 dan bukannya %3 pukul %4, jadi ia diukur berbanding rancangan yang dianjak ke waktu mula itu.</translation>
    </message>
    <message>
        <source>It started at %1, %2 after the planned %3.</source>
        <translation>Sesi bermula pukul %1, %2 selepas waktu dirancang %3.</translation>
    </message>
    <message>
        <source>It started at %1, %2 before the planned %3.</source>
        <translation>Sesi bermula pukul %1, %2 sebelum waktu dirancang %3.</translation>
    </message>
    <message>
        <source>It started on time at %1.</source>
        <translation>Sesi bermula tepat pada masanya, pukul %1.</translation>
    </message>
    <message>
        <source>It finished at %1, %2 after the planned end (%3).</source>
        <translation>Sesi tamat pukul %1, %2 selepas waktu tamat dirancang (%3).</translation>
    </message>
    <message>
        <source>It finished at %1, %2 before the planned end (%3).</source>
        <translation>Sesi tamat pukul %1, %2 sebelum waktu tamat dirancang (%3).</translation>
    </message>
    <message>
        <source>It finished on time at %1.</source>
        <translation>Sesi tamat tepat pada masanya, pukul %1.</translation>
    </message>
    <message>
        <source>It is still running; at this pace it ends at %1 (planned %2).</source>
        <translation>Sesi masih berjalan; pada kadar ini ia akan tamat pukul %1 (dirancang %2).</translation>
    </message>
    <message>
        <source>%1 took %2 more than its %3.</source>
        <translation>%1 mengambil %2 lebih daripada %3 yang diperuntukkan.</translation>
    </message>
    <message>
        <source>It was extended by %1.</source>
        <translation>Ia dilanjutkan sebanyak %1.</translation>
    </message>
    <message numerus="yes">
        <source>Other activities that ran over: %n.</source>
        <translation>
            <numerusform>Aktiviti lain yang melebihi masa: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activities that took less time than planned: %n, %1 in all.</source>
        <translation>
            <numerusform>Aktiviti yang mengambil masa kurang daripada dirancang: %n, %1 kesemuanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pauses: %n, %1 in all.</source>
        <translation>
            <numerusform>Jeda: %n, %1 kesemuanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run: %1.</source>
        <translation>Tidak dijalankan: %1.</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>Dirancang berbanding sebenar: %1</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>Ke mana masa digunakan</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dirancang</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Sebenar</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Perbezaan</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambah</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bermula</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>tidak dijalankan</translation>
    </message>
    <message numerus="yes">
        <source>%n × %1</source>
        <translation>
            <numerusform>%n × %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Actual time counts only while the activity was running; pauses are shown apart. Planned: %1 to %2.</source>
        <translation>Masa sebenar dikira hanya semasa aktiviti berjalan; jeda ditunjukkan berasingan. Dirancang: %1 hingga %2.</translation>
    </message>
</context>
<context>
    <name>sala::TimingReportPdf</name>
    <message>
        <source>Sala could not save the timing report as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala tidak dapat menyimpan laporan masa sebagai “%1” (%2). Pastikan folder itu wujud dan anda dibenarkan menulis ke dalamnya, atau pilih tempat lain.</translation>
    </message>
    <message>
        <source>The PDF timing report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>Laporan masa PDF memerlukan sokongan grafik Qt, yang tidak dimulakan oleh program ini. Buat PDF daripada tetingkap Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF timing report.</source>
        <translation>Tiada nama fail diberikan untuk laporan masa PDF.</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>Dirancang berbanding sebenar: %1</translation>
    </message>
</context>
<context>
    <name>sala::WorkshopDialog</name>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Tajuk bengkel</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Penganjur</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zon waktu</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>Zon waktu kedua</translation>
    </message>
    <message>
        <source>Language of delivery</source>
        <translation>Bahasa penyampaian</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Huraian</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tajuk:</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>Pen&amp;ganjur:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zon waktu:</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>Zon waktu &amp;kedua:</translation>
    </message>
    <message>
        <source>&amp;Language of delivery:</source>
        <translation>&amp;Bahasa penyampaian:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Huraian:</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Berikan tajuk kepada bengkel.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Choose one from the list, such as Asia/Bangkok.</source>
        <translation>“%1” bukan zon waktu yang dikenali oleh Sala. Pilih satu daripada senarai, seperti Asia/Kuala_Lumpur.</translation>
    </message>
</context>
<context>
    <name>sala::XlsxReader</name>
    <message>
        <source>“%1” is damaged: its part “%2” is not valid XML (line %3: %4). Open it in Excel or LibreOffice and save it again.</source>
        <translation>“%1” rosak: bahagian “%2” bukan XML yang sah (baris %3: %4). Buka fail dalam Excel atau LibreOffice dan simpan semula.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part “%2” has %3, outside Excel&apos;s rows and columns. Open it in Excel or LibreOffice and save it again.</source>
        <translation>“%1” rosak: bahagiannya “%2” mempunyai %3, di luar baris dan lajur Excel. Buka dalam Excel atau LibreOffice dan simpan semula.</translation>
    </message>
    <message>
        <source>a row numbered “%1”</source>
        <translation>baris bernombor “%1”</translation>
    </message>
    <message>
        <source>a cell “%1”</source>
        <translation>sel “%1”</translation>
    </message>
    <message>
        <source>more than %1 cells in row %2</source>
        <translation>lebih daripada %1 sel dalam baris %2</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive but not an Excel workbook (.xlsx). If it came from Google Forms, unzip it and import the CSV file inside.</source>
        <translation>“%1” ialah arkib ZIP tetapi bukan buku kerja Excel (.xlsx). Jika ia daripada Google Forms, nyahzip dahulu dan import fail CSV di dalamnya.</translation>
    </message>
    <message>
        <source>“%1” has no sheets.</source>
        <translation>“%1” tiada helaian.</translation>
    </message>
    <message>
        <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>“%1” tiada helaian bernama “%2”. Helaiannya ialah: %3.</translation>
    </message>
</context>
<context>
    <name>sala::ZipReader</name>
    <message>
        <source>“%1” is not a readable Excel workbook (%2). Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV UTF-8.</source>
        <translation>“%1” bukan buku kerja Excel yang boleh dibaca (%2). Buka dalam Excel atau LibreOffice dan simpan semula sebagai .xlsx, atau simpan sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive</source>
        <translation>ia bukan arkib ZIP</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is missing; the file may be cut short</source>
        <translation>direktori arkib tiada; fail mungkin terpotong</translation>
    </message>
    <message>
        <source>it uses ZIP64, which Sala does not read</source>
        <translation>ia menggunakan ZIP64, yang tidak dapat dibaca oleh Sala</translation>
    </message>
    <message>
        <source>the archive&apos;s directory points outside the file</source>
        <translation>direktori arkib merujuk ke luar fail</translation>
    </message>
    <message>
        <source>entry %1 of the directory is broken</source>
        <translation>entri %1 dalam direktori rosak</translation>
    </message>
    <message>
        <source>the part “%1” is missing</source>
        <translation>bahagian “%1” tiada</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Remove the password in Excel (File ▸ Info ▸ Protect Workbook) and import it again.</source>
        <translation>“%1” dilindungi dengan kata laluan. Buang kata laluan dalam Excel (File ▸ Info ▸ Protect Workbook) dan import semula.</translation>
    </message>
    <message>
        <source>the part “%1” is too large</source>
        <translation>bahagian “%1” terlalu besar</translation>
    </message>
    <message>
        <source>the part “%1” is broken</source>
        <translation>bahagian “%1” rosak</translation>
    </message>
    <message>
        <source>the part “%1” is cut short</source>
        <translation>bahagian “%1” terpotong</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>penyahmampat tidak dapat dimulakan</translation>
    </message>
    <message>
        <source>the part “%1” does not decompress</source>
        <translation>bahagian “%1” tidak dapat dinyahmampat</translation>
    </message>
    <message>
        <source>the part “%1” uses compression method %2</source>
        <translation>bahagian “%1” menggunakan kaedah pemampatan %2</translation>
    </message>
    <message>
        <source>the part “%1” fails its checksum</source>
        <translation>bahagian “%1” gagal semakan checksum</translation>
    </message>
</context>
<context>
    <name>sala::cli</name>
    <message>
        <source>sala-cli: %1</source>
        <translation>sala-cli: %1</translation>
    </message>
    <message>
        <source>sala-cli: %1 (see sala-cli --help)</source>
        <translation>sala-cli: %1 (lihat sala-cli --help)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Tidak dapat menulis “%1”: %2</translation>
    </message>
    <message>
        <source>--format must be text or json, not “%1”</source>
        <translation>--format mestilah text atau json, bukan “%1”</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Pangkalan data: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Sala writes %2)</source>
        <translation>Versi skema:    %1 (Sala ini menulis %2)</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>Saiz:           %1 bait</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Baris setiap jadual:</translation>
    </message>
    <message>
        <source>sala-cli: %1 is damaged: %2</source>
        <translation>sala-cli: %1 rosak: %2</translation>
    </message>
    <message>
        <source>%1: healthy, schema version %2</source>
        <translation>%1: sihat, versi skema %2</translation>
    </message>
    <message>
        <source> (Sala will upgrade it when it next opens it)</source>
        <translation> (Sala akan menaik tarafnya apabila membukanya nanti)</translation>
    </message>
    <message>
        <source>db backup needs exactly one output file</source>
        <translation>db backup memerlukan tepat satu fail output</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database itself</source>
        <translation>sandaran tidak boleh menulis ganti pangkalan data itu sendiri</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sandaran ditulis ke %1</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo tidak menerima argumen</translation>
    </message>
    <message>
        <source>The demo workshop is already in %1 (workshop %2); nothing was added.</source>
        <translation>Bengkel demo sudah ada dalam %1 (bengkel %2); tiada apa-apa ditambah.</translation>
    </message>
    <message>
        <source>Added the demo workshop (workshop %1) and its roster to %2.</source>
        <translation>Bengkel demo (bengkel %1) dan senarai pesertanya telah ditambah ke %2.</translation>
    </message>
    <message>
        <source>Sala&apos;s command-line tool: inspect, check and back up the library database, and exchange plan files.</source>
        <translation>Alat baris perintah Sala: periksa, semak dan sandarkan pangkalan data, dan tukar ganti fail rancangan.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>Guna pangkalan data di &lt;path&gt; dan bukannya pangkalan data lalai.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Workshop number for plan import and plan export.</source>
        <translation>Nombor bengkel untuk plan import dan plan export.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Session number for plan export, plan sheet, run status and report timing.</source>
        <translation>Nombor sesi untuk plan export, plan sheet, run status dan report timing.</translation>
    </message>
    <message>
        <source>Output file of plan export, plan sheet and report timing.</source>
        <translation>Fail output bagi plan export, plan sheet dan report timing.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Let plan export, plan sheet and report timing replace an existing file.</source>
        <translation>Benarkan plan export, plan sheet dan report timing menggantikan fail sedia ada.</translation>
    </message>
    <message>
        <source>Log debugging detail to standard error.</source>
        <translation>Rekodkan butiran nyahpepijat ke ralat piawai (stderr).</translation>
    </message>
    <message>
        <source>Column mapping for roster import: a saved name or a source (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet).</source>
        <translation>Pemetaan lajur untuk roster import: nama yang disimpan atau sumber (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Sheet of an .xlsx file for roster import (the first by default).</source>
        <translation>Helaian fail .xlsx untuk roster import (helaian pertama secara lalai).</translation>
    </message>
    <message>
        <source>Let roster import check and report without changing anything.</source>
        <translation>Biarkan roster import menyemak dan melaporkan tanpa mengubah apa-apa.</translation>
    </message>
    <message>
        <source>Let roster import leave out rows with problems.</source>
        <translation>Biarkan roster import meninggalkan baris bermasalah.</translation>
    </message>
    <message>
        <source>What roster import does with duplicates: merge, new or skip (by default merge, or new for one address shared by different names).</source>
        <translation>Tindakan roster import terhadap pendua: merge, new atau skip (secara lalai merge, atau new untuk satu alamat yang dikongsi oleh nama berbeza).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Number of rounds for groups make.</source>
        <translation>Bilangan pusingan untuk groups make.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Seed for groups make: the same seed gives the same groups.</source>
        <translation>Benih (seed) untuk groups make: benih yang sama memberi kumpulan yang sama.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Most seconds groups make may search (5 by default).</source>
        <translation>Tempoh maksimum dalam saat untuk groups make mencari (5 secara lalai).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Number of people for the quick form of groups make.</source>
        <translation>Bilangan orang untuk bentuk ringkas groups make.</translation>
    </message>
    <message>
        <source>Group size for the quick form of groups make.</source>
        <translation>Saiz kumpulan untuk bentuk ringkas groups make.</translation>
    </message>
    <message>
        <source>Round (from 1) for groups make --format zoom-csv or text.</source>
        <translation>Pusingan (bermula dari 1) untuk groups make --format zoom-csv atau text.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Salah satu perintah di bawah.</translation>
    </message>
    <message>
        <source>sala-cli: no command given (see sala-cli --help)</source>
        <translation>sala-cli: tiada perintah diberikan (lihat sala-cli --help)</translation>
    </message>
    <message>
        <source>sala-cli: db needs a subcommand: info, check or backup (see sala-cli --help)</source>
        <translation>sala-cli: db memerlukan subperintah: info, check atau backup (lihat sala-cli --help)</translation>
    </message>
    <message>
        <source>unknown db subcommand “%1”</source>
        <translation>subperintah db “%1” tidak dikenali</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>perintah “%1” tidak dikenali</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 memerlukan nombor bulat dari %2 hingga %3, bukan “%4”</translation>
    </message>
    <message>
        <source>--format for groups must be json, csv, zoom-csv or text, not “%1”</source>
        <translation>--format untuk groups mestilah json, csv, zoom-csv atau text, bukan “%1”</translation>
    </message>
    <message>
        <source>give either a problem file or --people and --size, not both</source>
        <translation>berikan sama ada fail masalah atau --people dan --size, bukan kedua-duanya</translation>
    </message>
    <message>
        <source>the quick form needs --people N --size P --rounds W</source>
        <translation>bentuk ringkas memerlukan --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <source>groups make needs one problem file, or --people N --size P --rounds W</source>
        <translation>groups make memerlukan satu fail masalah, atau --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>Fail “%1” tidak wujud; semak nama dan foldernya.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Tidak dapat membaca “%1”: %2</translation>
    </message>
    <message>
        <source>--time-limit needs seconds above 0 and at most 3600, such as 2 or 0.5, not “%1”</source>
        <translation>--time-limit memerlukan saat melebihi 0 dan paling banyak 3600, seperti 2 atau 0.5, bukan “%1”</translation>
    </message>
    <message>
        <source>sala-cli: note: %1</source>
        <translation>sala-cli: nota: %1</translation>
    </message>
    <message>
        <source>sala-cli: note: Zoom keeps one set of pre-assigned rooms per meeting; this is round 1 of %1 (--round N for another)</source>
        <translation>sala-cli: nota: Zoom menyimpan satu set bilik pra-tugasan bagi setiap mesyuarat; ini pusingan 1 daripada %1 (--round N untuk pusingan lain)</translation>
    </message>
    <message>
        <source>sala-cli: warning: %1</source>
        <translation>sala-cli: amaran: %1</translation>
    </message>
    <message>
        <source>“%1” exists; add --force to replace it</source>
        <translation>“%1” sudah wujud; tambah --force untuk menggantikannya</translation>
    </message>
    <message>
        <source>sala-cli: %1 rounds written to %2 (%3 repeated pairs, lower bound %4)</source>
        <translation>sala-cli: %1 pusingan ditulis ke %2 (%3 pasangan berulang, batas bawah %4)</translation>
    </message>
    <message>
        <source>groups needs a subcommand: make</source>
        <translation>groups memerlukan subperintah: make</translation>
    </message>
    <message>
        <source>unknown groups subcommand “%1”</source>
        <translation>subperintah groups “%1” tidak dikenali</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesi</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesi</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 aktiviti</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 aktiviti</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”; sala-cli plan list shows the numbers</source>
        <translation>--%1 memerlukan nombor seperti 3, bukan “%2”; sala-cli plan list menunjukkan nombor-nombornya</translation>
    </message>
    <message>
        <source>There is no session with number %1; sala-cli plan list shows the numbers.</source>
        <translation>Tiada sesi dengan nombor %1; sala-cli plan list menunjukkan nombor-nombornya.</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>Tiada sesi dengan nombor %1.</translation>
    </message>
    <message>
        <source>plan validate needs exactly one plan file</source>
        <translation>plan validate memerlukan tepat satu fail rancangan</translation>
    </message>
    <message>
        <source>%1: a valid plan (session “%2”, %3)</source>
        <translation>%1: rancangan yang sah (sesi “%2”, %3)</translation>
    </message>
    <message>
        <source>%1: a valid plan (workshop “%2”, %3, %4)</source>
        <translation>%1: rancangan yang sah (bengkel “%2”, %3, %4)</translation>
    </message>
    <message>
        <source>plan import needs exactly one plan file</source>
        <translation>plan import memerlukan tepat satu fail rancangan</translation>
    </message>
    <message>
        <source>sala-cli: nothing was imported from %1</source>
        <translation>sala-cli: tiada apa-apa diimport daripada %1</translation>
    </message>
    <message>
        <source>%1 holds one session; add --workshop ID to say which workshop it joins</source>
        <translation>%1 mengandungi satu sesi; tambah --workshop ID untuk menyatakan bengkel yang akan menerimanya</translation>
    </message>
    <message>
        <source>%1 holds a whole workshop, which becomes a new workshop; leave out --workshop</source>
        <translation>%1 mengandungi seluruh bengkel, yang akan menjadi bengkel baharu; jangan gunakan --workshop</translation>
    </message>
    <message>
        <source>Added session %1 “%2” (%3) to workshop %4 in %5.</source>
        <translation>Sesi %1 “%2” (%3) ditambah ke bengkel %4 dalam %5.</translation>
    </message>
    <message>
        <source>Imported workshop %1 “%2” (%3, %4) into %5.</source>
        <translation>Bengkel %1 “%2” (%3, %4) diimport ke dalam %5.</translation>
    </message>
    <message>
        <source>  session %1 “%2”</source>
        <translation>  sesi %1 “%2”</translation>
    </message>
    <message>
        <source>plan export takes no file name of its own; give the output with --out FILE</source>
        <translation>plan export tidak menerima nama fail secara terus; berikan output dengan --out FILE</translation>
    </message>
    <message>
        <source>plan export needs either --workshop ID or --session ID</source>
        <translation>plan export memerlukan sama ada --workshop ID atau --session ID</translation>
    </message>
    <message>
        <source>plan export needs --out FILE</source>
        <translation>plan export memerlukan --out FILE</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name after --out.</source>
        <translation>“%1” ialah folder; berikan nama fail selepas --out.</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another file name.</source>
        <translation>“%1” sudah wujud; tambah --force untuk menggantikannya, atau pilih nama fail lain.</translation>
    </message>
    <message>
        <source>session %1 “%2” (%3)</source>
        <translation>sesi %1 “%2” (%3)</translation>
    </message>
    <message>
        <source>workshop %1 “%2” (%3, %4)</source>
        <translation>bengkel %1 “%2” (%3, %4)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 dieksport ke %2.</translation>
    </message>
    <message>
        <source>plan sheet takes no file name of its own; give the output with --out FILE</source>
        <translation>plan sheet tidak menerima nama fail secara terus; berikan output dengan --out FILE</translation>
    </message>
    <message>
        <source>plan sheet needs --session ID</source>
        <translation>plan sheet memerlukan --session ID</translation>
    </message>
    <message>
        <source>--format for plan sheet must be pdf, html or md, not “%1”</source>
        <translation>--format untuk plan sheet mestilah pdf, html atau md, bukan “%1”</translation>
    </message>
    <message>
        <source>plan sheet needs --out FILE</source>
        <translation>plan sheet memerlukan --out FILE</translation>
    </message>
    <message>
        <source>Run sheet for “%1” written to %2.</source>
        <translation>Atur cara untuk “%1” ditulis ke %2.</translation>
    </message>
    <message>
        <source>plan list takes no arguments</source>
        <translation>plan list tidak menerima argumen</translation>
    </message>
    <message>
        <source>There are no workshops in %1.</source>
        <translation>Tiada bengkel dalam %1.</translation>
    </message>
    <message>
        <source>Workshop %1: %2 (%3)</source>
        <translation>Bengkel %1: %2 (%3)</translation>
    </message>
    <message>
        <source>  session %1: %2 %3, %4, %5 minutes planned: %6</source>
        <translation>  sesi %1: %2 %3, %4, %5 minit dirancang: %6</translation>
    </message>
    <message>
        <source>plan needs a subcommand: validate, import, export, sheet or list</source>
        <translation>plan memerlukan subperintah: validate, import, export, sheet atau list</translation>
    </message>
    <message>
        <source>unknown plan subcommand “%1”</source>
        <translation>subperintah plan “%1” tidak dikenali</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 diperlukan</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”</source>
        <translation>--%1 memerlukan nombor seperti 3, bukan “%2”</translation>
    </message>
    <message>
        <source>“%1” was written by an older Sala and has no roster details yet. Open it once in Sala, or run the command without --dry-run, to upgrade it.</source>
        <translation>“%1” ditulis oleh Sala versi lama dan belum ada butiran senarai peserta. Buka sekali dalam Sala, atau jalankan perintah tanpa --dry-run, untuk menaik tarafnya.</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>gabung</translation>
    </message>
    <message>
        <source>add as a separate person</source>
        <translation>tambah sebagai individu berasingan</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>langkau</translation>
    </message>
    <message>
        <source>there is no mapping named “%1”; use one of: %2</source>
        <translation>tiada pemetaan bernama “%1”; guna salah satu: %2</translation>
    </message>
    <message>
        <source>roster import needs exactly one registration file</source>
        <translation>roster import memerlukan tepat satu fail pendaftaran</translation>
    </message>
    <message>
        <source>; sala-cli plan list shows the workshop numbers</source>
        <translation>; sala-cli plan list menunjukkan nombor bengkel</translation>
    </message>
    <message>
        <source>--duplicates must be merge, new or skip, not “%1”</source>
        <translation>--duplicates mestilah merge, new atau skip, bukan “%1”</translation>
    </message>
    <message>
        <source>There is no workshop with number %1; sala-cli plan list shows the numbers.</source>
        <translation>Tiada bengkel dengan nombor %1; sala-cli plan list menunjukkan nombor-nombornya.</translation>
    </message>
    <message>
        <source>%1: %2, %3 layout, header on line %4, %5.</source>
        <translation>%1: %2, susun atur %3, tajuk pada baris %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Lajur:</translation>
    </message>
    <message>
        <source>  %1 “%2” → %3</source>
        <translation>  %1 “%2” → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>participant %1 “%2”</source>
        <translation>peserta %1 “%2”</translation>
    </message>
    <message>
        <source>line %1 “%2”</source>
        <translation>baris %1 “%2”</translation>
    </message>
    <message>
        <source>Duplicate: line %1 “%2” matches %3 (%4) → %5</source>
        <translation>Pendua: baris %1 “%2” sepadan dengan %3 (%4) → %5</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n row(s) of %1 have problems, so nothing was imported. Fix them in the file, or add --skip-invalid to import the other rows.</source>
        <translation>
            <numerusform>sala-cli: %n baris dalam %1 bermasalah, jadi tiada apa-apa diimport. Betulkan dalam fail, atau tambah --skip-invalid untuk mengimport baris lain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would be added, %2 merged into existing records, %3 skipped; nothing was changed.</source>
        <translation>Larian percubaan: %1 akan ditambah, %2 digabungkan ke dalam rekod sedia ada, %3 dilangkau; tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>sala-cli: the import worked, but the column mapping could not be remembered: %1</source>
        <translation>sala-cli: import berjaya, tetapi pemetaan lajur tidak dapat diingati: %1</translation>
    </message>
    <message>
        <source>Imported into workshop %1 “%2”: %3 added, %4 merged into existing records, %5 duplicate(s) skipped, %6 row(s) with problems skipped.</source>
        <translation>Diimport ke bengkel %1 “%2”: %3 ditambah, %4 digabungkan ke dalam rekod sedia ada, %5 pendua dilangkau, %6 baris bermasalah dilangkau.</translation>
    </message>
    <message>
        <source>roster export takes no file name; give it with --out</source>
        <translation>roster export tidak menerima nama fail secara terus; berikan dengan --out</translation>
    </message>
    <message>
        <source>roster export needs --format csv or --format json</source>
        <translation>roster export memerlukan --format csv atau --format json</translation>
    </message>
    <message>
        <source>roster export needs --out FILE</source>
        <translation>roster export memerlukan --out FILE</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another name.</source>
        <translation>“%1” sudah wujud; tambah --force untuk menggantikannya, atau pilih nama lain.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2; the export is recorded in the personal data log.</source>
        <translation>%1 ditulis ke %2; eksport ini direkodkan dalam log data peribadi.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have not given consent; they are marked “NO CONSENT” in the file.</source>
        <translation>
            <numerusform>%n daripada mereka belum memberi persetujuan; mereka ditandakan “NO CONSENT” dalam fail.</numerusform>
        </translation>
    </message>
    <message>
        <source>roster erase takes only --participant ID</source>
        <translation>roster erase hanya menerima --participant ID</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was already erased on %2.</source>
        <translation>Data peribadi peserta %1 telah pun dipadam pada %2.</translation>
    </message>
    <message>
        <source>Erased the personal data of participant %1 from %2. Counts by sex, country, organization type and attendance are kept without the person.</source>
        <translation>Data peribadi peserta %1 telah dipadam daripada %2. Kiraan mengikut jantina, negara, jenis organisasi dan kehadiran disimpan tanpa maklumat individu itu.</translation>
    </message>
    <message>
        <source>Backups made before now still hold the data; delete them if they are no longer needed: %1</source>
        <translation>Sandaran yang dibuat sebelum ini masih menyimpan data tersebut; padamkannya jika tidak diperlukan lagi: %1</translation>
    </message>
    <message>
        <source>roster show takes only --participant ID</source>
        <translation>roster show hanya menerima --participant ID</translation>
    </message>
    <message>
        <source>--format must be json or text, not “%1”</source>
        <translation>--format mestilah json atau text, bukan “%1”</translation>
    </message>
    <message>
        <source>Participant %1: personal data erased on %2. Kept: %3, %4, %5, age %6.</source>
        <translation>Peserta %1: data peribadi dipadam pada %2. Disimpan: %3, %4, %5, umur %6.</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Peserta:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Nama pilihan:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Juga dikenali sebagai:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mel:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisasi:</translation>
    </message>
    <message>
        <source>Organization type:</source>
        <translation>Jenis organisasi:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Jantina:</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>Kumpulan umur:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>Pekerja:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <translation>Jurubahasa:</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>diperlukan</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Persetujuan:</translation>
    </message>
    <message>
        <source>given %1, notice %2, for %3</source>
        <translation>diberi %1, notis %2, untuk %3</translation>
    </message>
    <message>
        <source>(time not recorded)</source>
        <translation>(masa tidak direkodkan)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(tidak direkodkan)</translation>
    </message>
    <message>
        <source>NOT GIVEN</source>
        <translation>TIDAK DIBERI</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <source>roster needs a subcommand: import, export, erase or show</source>
        <translation>roster memerlukan subperintah: import, export, erase atau show</translation>
    </message>
    <message>
        <source>unknown roster subcommand “%1”</source>
        <translation>subperintah roster “%1” tidak dikenali</translation>
    </message>
    <message>
        <source>--session needs a number such as 3, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>--session memerlukan nombor seperti 3, bukan “%1”; sala-cli plan list menunjukkan nombor-nombornya</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum bermula</translation>
    </message>
    <message>
        <source>running</source>
        <translation>sedang berjalan</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>in overtime</source>
        <translation>dalam lebih masa</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>tamat</translation>
    </message>
    <message>
        <source>run status takes no arguments</source>
        <translation>run status tidak menerima argumen</translation>
    </message>
    <message>
        <source>--format for run status must be text or json, not “%1”</source>
        <translation>--format untuk run status mestilah text atau json, bukan “%1”</translation>
    </message>
    <message>
        <source>No session has been run in %1 yet; name one with --session ID (sala-cli plan list shows the numbers).</source>
        <translation>Belum ada sesi yang dijalankan dalam %1; nyatakan satu dengan --session ID (sala-cli plan list menunjukkan nombor-nombornya).</translation>
    </message>
    <message>
        <source>Session %1 “%2”: %3</source>
        <translation>Sesi %1 “%2”: %3</translation>
    </message>
    <message>
        <source>Activity %1 of %2: %3, %4 %5</source>
        <translation>Aktiviti %1 daripada %2: %3, %5 %4</translation>
    </message>
    <message>
        <source>left</source>
        <translation>baki</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terlebih</translation>
    </message>
    <message>
        <source>Finished at %1 %2, %3.</source>
        <translation>Tamat pada %1 %2, %3.</translation>
    </message>
    <message>
        <source>Projected end %1 %2 (planned %3), %4.</source>
        <translation>Jangkaan tamat %1 %2 (dirancang %3), %4.</translation>
    </message>
    <message>
        <source>report timing takes no file name of its own; give the output with --out FILE</source>
        <translation>report timing tidak menerima nama fail secara terus; berikan output dengan --out FILE</translation>
    </message>
    <message>
        <source>report timing needs --session ID</source>
        <translation>report timing memerlukan --session ID</translation>
    </message>
    <message>
        <source>report timing needs --out FILE</source>
        <translation>report timing memerlukan --out FILE</translation>
    </message>
    <message>
        <source>--format for report timing must be csv or pdf, not “%1”</source>
        <translation>--format untuk report timing mestilah csv atau pdf, bukan “%1”</translation>
    </message>
    <message>
        <source>Timing report for “%1” written to %2.</source>
        <translation>Laporan masa untuk “%1” ditulis ke %2.</translation>
    </message>
    <message>
        <source>run needs a subcommand: status</source>
        <translation>run memerlukan subperintah: status</translation>
    </message>
    <message>
        <source>unknown run subcommand “%1”</source>
        <translation>subperintah run “%1” tidak dikenali</translation>
    </message>
    <message>
        <source>report needs a subcommand: timing</source>
        <translation>report memerlukan subperintah: timing</translation>
    </message>
    <message>
        <source>unknown report subcommand “%1”</source>
        <translation>subperintah report “%1” tidak dikenali</translation>
    </message>
    <message>
        <source>--format for attendance must be json or csv, not “%1”</source>
        <translation>--format untuk attendance mestilah json atau csv, bukan “%1”</translation>
    </message>
    <message>
        <source>--date-order must be dmy (day first) or mdy (month first), not “%1”</source>
        <translation>--date-order mestilah dmy (hari dahulu) atau mdy (bulan dahulu), bukan “%1”</translation>
    </message>
    <message>
        <source>--date needs a date such as 2024-03-05, not “%1”</source>
        <translation>--date memerlukan tarikh seperti 2024-03-05, bukan “%1”</translation>
    </message>
    <message>
        <source>attendance summarize needs at least one export file</source>
        <translation>attendance summarize memerlukan sekurang-kurangnya satu fail eksport</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy, or --date with the session&apos;s date.</source>
        <translation>Tambah --date-order dmy atau --date-order mdy, atau --date dengan tarikh sesi.</translation>
    </message>
    <message>
        <source>Add --date YYYY-MM-DD.</source>
        <translation>Tambah --date YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n people written to %1</source>
        <translation>
            <numerusform>sala-cli: %n orang ditulis ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance needs a subcommand: summarize</source>
        <translation>attendance memerlukan subperintah: summarize</translation>
    </message>
    <message>
        <source>unknown attendance subcommand “%1”</source>
        <translation>subperintah attendance “%1” tidak dikenali</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>attendance import needs --session ID; sala-cli plan list shows the numbers</source>
        <translation>attendance import memerlukan --session ID; sala-cli plan list menunjukkan nombornya</translation>
    </message>
    <message>
        <source>attendance import needs at least one export file</source>
        <translation>attendance import memerlukan sekurang-kurangnya satu fail eksport</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy.</source>
        <translation>Tambah --date-order dmy atau --date-order mdy.</translation>
    </message>
    <message>
        <source>Add --replace to import it again in its place.</source>
        <translation>Tambah --replace untuk mengimportnya semula sebagai pengganti.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) into session %1, with times read as %2:</source>
        <translation>
            <numerusform>%n fail diimport ke sesi %1, dengan masa dibaca sebagai %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 (%3), %4 rows, %5 people</source>
        <translation>  %1: %2 (%3), %4 baris, %5 orang</translation>
    </message>
    <message>
        <source>  (replaces the earlier import of %1)</source>
        <translation>  (menggantikan import %1 yang terdahulu)</translation>
    </message>
    <message>
        <source>Matched to the roster (%1):</source>
        <translation>Dipadankan dengan senarai peserta (%1):</translation>
    </message>
    <message>
        <source>  %1 → %2, %3 (%4)</source>
        <translation>  %1 → %2, %3 (%4)</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2)</source>
        <translation>dicadangkan: %1 (peserta %2)</translation>
    </message>
    <message>
        <source>not on the roster</source>
        <translation>tiada dalam senarai peserta</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Output format: text or json (db info, plan list, run status); pdf, html or md (plan sheet); csv or pdf (report timing); json, csv, zoom-csv or text (groups make, json by default); json or csv (attendance summarize, json by default).</source>
        <translation>Format output: text atau json (db info, plan list, run status); pdf, html atau md (plan sheet); csv atau pdf (report timing); json, csv, zoom-csv atau text (groups make, json secara lalai); json atau csv (attendance summarize, json secara lalai).</translation>
    </message>
    <message>
        <source>Order of numeric dates for attendance summarize: dmy (day first) or mdy (month first), when the file cannot tell.</source>
        <translation>Susunan tarikh berangka untuk attendance summarize: dmy (hari dahulu) atau mdy (bulan dahulu), apabila fail tidak dapat menentukannya.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Session date (YYYY-MM-DD) for attendance summarize: the date of Meet&apos;s times of day, and a hint for the order of numeric dates.</source>
        <translation>Tarikh sesi (YYYY-MM-DD) untuk attendance summarize: tarikh bagi masa Meet yang tiada tarikh, dan petunjuk untuk susunan tarikh berangka.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Time zone (IANA name such as Asia/Bangkok) of the exports&apos; times for attendance import; the workshop&apos;s by default.</source>
        <translation>Zon waktu (nama IANA seperti Asia/Bangkok) bagi masa dalam fail eksport untuk attendance import; zon waktu bengkel secara lalai.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Let attendance import replace an earlier import of the same file.</source>
        <translation>Benarkan attendance import menggantikan import terdahulu bagi fail yang sama.</translation>
    </message>
    <message>
        <source>Completion threshold for report attendance and report certificates: percent of the workshop&apos;s scheduled time (80 by default).</source>
        <translation>Ambang penyempurnaan untuk report attendance dan report certificates: peratus daripada masa berjadual bengkel (80 secara lalai).</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>Participation threshold for report attendance and report certificates (50 by default).</source>
        <translation>Ambang penyertaan untuk report attendance dan report certificates (50 secara lalai).</translation>
    </message>
    <message>
        <source>Let report certificates write years of the Buddhist Era (2026 is 2569).</source>
        <translation>Benarkan report certificates menulis tahun dalam Era Buddha (2026 ialah 2569).</translation>
    </message>
    <message>
        <source>--%1 needs a whole percentage such as 80, not “%2”</source>
        <translation>--%1 memerlukan peratusan nombor bulat seperti 80, bukan “%2”</translation>
    </message>
    <message>
        <source>%1 needs --workshop ID (sala-cli plan list shows the numbers)</source>
        <translation>%1 memerlukan --workshop ID (sala-cli plan list menunjukkan nombornya)</translation>
    </message>
    <message>
        <source>--workshop needs a number such as 1, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>--workshop memerlukan nombor seperti 1, bukan “%1”; sala-cli plan list menunjukkan nombornya</translation>
    </message>
    <message>
        <source>%1 needs --out FILE</source>
        <translation>%1 memerlukan --out FILE</translation>
    </message>
    <message>
        <source>--format for %1 must be %2, not “%3” (or give the file a .%4 name)</source>
        <translation>--format untuk %1 mestilah %2, bukan “%3” (atau beri fail itu nama .%4)</translation>
    </message>
    <message>
        <source>Workshop %1 has no attendance yet. Import each session&apos;s Zoom, Teams or Meet export with sala-cli attendance import --session ID FILE, or in Sala&apos;s Reports mode.</source>
        <translation>Bengkel %1 belum ada kehadiran. Import eksport Zoom, Teams atau Meet bagi setiap sesi dengan sala-cli attendance import --session ID FILE, atau dalam mod Laporan Sala.</translation>
    </message>
    <message>
        <source>sala-cli: note: %1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>sala-cli: nota: %1 daripada %2 sesi belum ada kehadiran; masanya dikira sebagai tidak hadir.</translation>
    </message>
    <message>
        <source>report attendance takes no file name of its own; give the output with --out FILE</source>
        <translation>report attendance tidak menerima nama fail sendiri; berikan output dengan --out FILE</translation>
    </message>
    <message>
        <source>Attendance report of “%1” written to %2: %3 enrolled, %4 attended, %5 completed, %6 participated.</source>
        <translation>Laporan kehadiran “%1” ditulis ke %2: %3 berdaftar, %4 hadir, %5 tamat, %6 menyertai.</translation>
    </message>
    <message>
        <source>report certificates takes no file name of its own; give the output with --out FILE</source>
        <translation>report certificates tidak menerima nama fail sendiri; berikan output dengan --out FILE</translation>
    </message>
    <message>
        <source>Nobody in workshop %1 has earned a certificate at these thresholds (completion %2 %, participation %3 %); nothing was written.</source>
        <translation>Tiada sesiapa dalam bengkel %1 yang layak mendapat sijil pada ambang ini (penyempurnaan %2 %, penyertaan %3 %); tiada apa-apa ditulis.</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Sijil: %1</translation>
    </message>
    <message>
        <source>%1 certificates for “%2” written to %3.</source>
        <translation>%1 sijil untuk “%2” ditulis ke %3.</translation>
    </message>
    <message>
        <source>Not matched (%1), left out of the reports until they are. To match them, open Sala&apos;s Reports mode and choose Review… on the Attendance tab, where you can confirm a proposal, pick someone from the roster or add them to it; or list them with “sala-cli attendance unmatched --session %2” and match each with “sala-cli attendance match”.</source>
        <translation>Tidak dipadankan (%1), tidak dimasukkan dalam laporan sehingga dipadankan. Untuk memadankan mereka, buka mod Laporan Sala dan pilih Semak… pada tab Kehadiran, di mana anda boleh mengesahkan cadangan, memilih seseorang daripada senarai peserta atau menambah mereka ke dalamnya; atau senaraikan mereka dengan “sala-cli attendance unmatched --session %2” dan padankan setiap seorang dengan “sala-cli attendance match”.</translation>
    </message>
    <message>
        <source>now matches %1 (participant %2): %3</source>
        <translation>kini dipadankan dengan %1 (peserta %2): %3</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2): %3</source>
        <translation>dicadangkan: %1 (peserta %2): %3</translation>
    </message>
    <message>
        <source>attendance unmatched needs --session ID; sala-cli plan list shows the numbers</source>
        <translation>attendance unmatched memerlukan --session ID; sala-cli plan list menunjukkan nombornya</translation>
    </message>
    <message>
        <source>attendance unmatched writes text or json, not “%1”</source>
        <translation>attendance unmatched menulis text atau json, bukan “%1”</translation>
    </message>
    <message>
        <source>Everyone in the attendance imported into session %1 is matched, added or ignored.</source>
        <translation>Semua orang dalam kehadiran yang diimport ke sesi %1 telah dipadankan, ditambah atau diabaikan.</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of session %1 are not matched to the roster:</source>
        <translation>
            <numerusform>%n orang dalam kehadiran sesi %1 belum dipadankan dengan senarai peserta:</numerusform>
        </translation>
    </message>
    <message>
        <source>id	name	e-mail	minutes	proposal</source>
        <translation>id	nama	e-mel	minit	cadangan</translation>
    </message>
    <message>
        <source>Match one with: sala-cli attendance match --identity ID --participant PID (or --ignore).</source>
        <translation>Padankan seorang dengan: sala-cli attendance match --identity ID --participant PID (atau --ignore).</translation>
    </message>
    <message>
        <source>attendance match needs --identity ID; sala-cli attendance unmatched --session ID lists them</source>
        <translation>attendance match memerlukan --identity ID; sala-cli attendance unmatched --session ID menyenaraikannya</translation>
    </message>
    <message>
        <source>attendance match needs either --participant PID or --ignore</source>
        <translation>attendance match memerlukan sama ada --participant PID atau --ignore</translation>
    </message>
    <message>
        <source>Ignored “%1” in session %2.</source>
        <translation>“%1” dalam sesi %2 diabaikan.</translation>
    </message>
    <message>
        <source>Matched “%1” in session %2 to participant %3.</source>
        <translation>“%1” dalam sesi %2 dipadankan dengan peserta %3.</translation>
    </message>
    <message>
        <source>  saved “%1” as an alias of participant %2</source>
        <translation>  “%1” disimpan sebagai alias peserta %2</translation>
    </message>
    <message>
        <source>Commands:
  db info [--format text|json]  Path, schema version and the number of rows in each table.
  db check                      Integrity and version check; exit 0 when healthy.
  db backup OUT                 Write a consistent copy to OUT, even while Sala is open.
  demo                          Add the demo workshop and its roster to the database.
  plan validate FILE            Check a plan file and list every problem in it.
  plan import FILE [--workshop ID]
                                Add a workshop file as a new workshop, or a session file
                                to workshop ID. All or nothing.
  plan export (--workshop ID | --session ID) --out FILE [--force]
                                Write a workshop or one session to a plan file.
  plan sheet --session ID --out FILE [--format pdf|html|md] [--force]
                                Write the session&apos;s run sheet for printing (PDF by default).
  plan list [--format text|json]
                                Every workshop and session with its number.
  run status [--session ID] [--format text|json]
                                The live state of a session as Sala stored it: activity,
                                time left, how far behind, projected end. Without
                                --session: the session run most recently.
  report timing --session ID --out FILE [--format csv|pdf] [--force]
                                Planned versus actual minutes of a run (format from the
                                file name when not given).
  report attendance --workshop ID --out FILE [--format csv|xlsx|pdf]
                    [--completion 80] [--participation 50] [--force]
                                The attendance report funders ask for: minutes and share
                                per person and session, completion against the thresholds
                                (percent of the workshop&apos;s scheduled time), breakdowns by
                                sex, country, organization type and enterprise size. The
                                export is recorded in the personal data log. See
                                docs/reports.md.
  report certificates --workshop ID --out FILE [--format pdf|csv] [--buddhist-era]
                      [--completion 80] [--participation 50] [--force]
                                One certificate per person who earned one, from the
                                workshop&apos;s template (PDF), or the list of them (CSV).
  roster import FILE --workshop ID [--mapping NAME] [--sheet NAME] [--dry-run]
                [--skip-invalid] [--duplicates merge|new|skip]
                                Add a registration export (CSV in any common encoding, or
                                .xlsx) to the workshop&apos;s roster, all or nothing. Problems
                                are listed by line and column; --dry-run changes nothing.
  roster export --workshop ID --format csv|json --out FILE [--force]
                                Write the roster; people without consent are flagged and
                                the export is recorded in the personal data log.
  roster erase --participant ID  Remove the person&apos;s personal data from the database file,
                                keeping anonymous counts. Cannot be undone.
  roster show --participant ID [--format text|json]
                                Everything stored about one person (for access requests).
  groups make PROBLEM.json [--rounds W] [--seed N] [--time-limit SECONDS]
              [--format json|csv|zoom-csv|text] [--round R] [--out FILE [--force]]
  groups make --people N --size P --rounds W [same options]
                                Breakout rooms for every round with as few repeated pairs
                                as possible (none where that can be done), honouring the
                                file&apos;s constraints. JSON adds the rounds and statistics;
                                zoom-csv is Zoom&apos;s pre-assignment file for round R (1 by
                                default). No database is used. See docs/groups-format.md.
  attendance summarize [--format json|csv] [--date-order dmy|mdy] [--date YYYY-MM-DD]
                       FILE... [--out FILE [--force]]
                                Read Zoom, Teams and Google Meet attendance exports and
                                print each person&apos;s minutes and stays (JSON by default).
                                --date-order when the file&apos;s dates read both ways; --date
                                for Meet&apos;s times of day. No database is used. See
                                docs/attendance-formats.md.
  attendance import --session ID [--tz ZONE] [--date-order dmy|mdy] [--replace] FILE...
                                Store the exports&apos; attendance in the session, all or
                                nothing. E-mail, alias and name matches to the roster are
                                applied; proposals and people not on the roster are listed
                                and left for review in Sala. Times are read in the
                                workshop&apos;s time zone unless --tz names another (IANA, e.g.
                                Asia/Manila). A file imported before is refused unless
                                --replace. See docs/attendance.md.
  attendance unmatched --session ID [--format text|json]
                                The people the session&apos;s imports left unmatched: id, name,
                                e-mail, minutes and what Sala proposes now.
  attendance match --identity ID (--participant PID | --ignore)
                                Match one of them to a roster participant (the name is
                                saved as an alias) or leave them out of the reports.

Exit codes:
  0  success
  1  wrong usage: unknown command or missing argument
  2  cannot be opened: the database (missing, not SQLite, or not a Sala database),
     the input file, or a workshop or session number that does not exist
  3  the database is damaged (integrity check failed)
  4  the database was written by a newer version of Sala
  5  the database is open in another Sala process
  6  could not write the output or the database
  7  the input file is invalid (every problem is listed)
</source>
        <translation>Perintah:
  db info [--format text|json]  Laluan, versi skema dan bilangan baris dalam setiap jadual.
  db check                      Semakan integriti dan versi; kod keluar 0 jika sihat.
  db backup OUT                 Tulis salinan yang konsisten ke OUT, walaupun Sala sedang dibuka.
  demo                          Tambah bengkel demo dan senarai pesertanya ke pangkalan data.
  plan validate FILE            Semak fail rancangan dan senaraikan setiap masalah di dalamnya.
  plan import FILE [--workshop ID]
                                Tambah fail bengkel sebagai bengkel baharu, atau fail sesi
                                ke bengkel ID. Semua atau tiada langsung.
  plan export (--workshop ID | --session ID) --out FILE [--force]
                                Tulis bengkel atau satu sesi ke fail rancangan.
  plan sheet --session ID --out FILE [--format pdf|html|md] [--force]
                                Tulis atur cara sesi untuk dicetak (PDF secara lalai).
  plan list [--format text|json]
                                Setiap bengkel dan sesi berserta nombornya.
  run status [--session ID] [--format text|json]
                                Keadaan langsung sesi seperti yang disimpan Sala: aktiviti,
                                baki masa, berapa lewat, jangkaan tamat. Tanpa
                                --session: sesi yang paling baru dijalankan.
  report timing --session ID --out FILE [--format csv|pdf] [--force]
                                Minit dirancang berbanding sebenar bagi satu pelaksanaan
                                (format diambil daripada nama fail jika tidak diberi).
  report attendance --workshop ID --out FILE [--format csv|xlsx|pdf]
                    [--completion 80] [--participation 50] [--force]
                                Laporan kehadiran yang diminta pembiaya: minit dan peratus
                                bagi setiap orang dan sesi, penyempurnaan berbanding ambang
                                (peratus daripada masa berjadual bengkel), pecahan data
                                mengikut jantina, negara, jenis organisasi dan saiz
                                perusahaan. Eksport ini direkodkan dalam log data
                                peribadi. Lihat docs/reports.md.
  report certificates --workshop ID --out FILE [--format pdf|csv] [--buddhist-era]
                      [--completion 80] [--participation 50] [--force]
                                Satu sijil bagi setiap orang yang layak, daripada templat
                                bengkel (PDF), atau senarai mereka (CSV).
  roster import FILE --workshop ID [--mapping NAME] [--sheet NAME] [--dry-run]
                [--skip-invalid] [--duplicates merge|new|skip]
                                Tambah eksport pendaftaran (CSV dalam mana-mana pengekodan
                                biasa, atau .xlsx) ke senarai peserta bengkel, semua atau
                                tiada langsung. Masalah disenaraikan mengikut baris dan
                                lajur; --dry-run tidak mengubah apa-apa.
  roster export --workshop ID --format csv|json --out FILE [--force]
                                Tulis senarai peserta; orang tanpa persetujuan ditandakan
                                dan eksport ini direkodkan dalam log data peribadi.
  roster erase --participant ID  Buang data peribadi individu daripada fail pangkalan data,
                                kiraan tanpa nama dikekalkan. Tidak boleh dibuat asal.
  roster show --participant ID [--format text|json]
                                Semua yang disimpan tentang seorang individu (untuk
                                permintaan akses).
  groups make PROBLEM.json [--rounds W] [--seed N] [--time-limit SECONDS]
              [--format json|csv|zoom-csv|text] [--round R] [--out FILE [--force]]
  groups make --people N --size P --rounds W [pilihan yang sama]
                                Bilik pecahan bagi setiap pusingan dengan pasangan berulang
                                sesedikit mungkin (tiada langsung jika boleh), mematuhi
                                kekangan dalam fail. JSON menambah pusingan dan statistik;
                                zoom-csv ialah fail pra-tugasan Zoom bagi pusingan R (1
                                secara lalai). Tiada pangkalan data digunakan. Lihat
                                docs/groups-format.md.
  attendance summarize [--format json|csv] [--date-order dmy|mdy] [--date YYYY-MM-DD]
                       FILE... [--out FILE [--force]]
                                Baca eksport kehadiran Zoom, Teams dan Google Meet dan
                                cetak minit serta tempoh kehadiran setiap orang (JSON
                                secara lalai). --date-order apabila tarikh dalam fail boleh
                                dibaca kedua-dua cara; --date untuk masa Meet yang tiada
                                tarikh. Tiada pangkalan data digunakan. Lihat
                                docs/attendance-formats.md.
  attendance import --session ID [--tz ZONE] [--date-order dmy|mdy] [--replace] FILE...
                                Simpan kehadiran daripada eksport ke dalam sesi, semua atau
                                tiada langsung. Padanan e-mel, alias dan nama dengan senarai
                                peserta digunakan; cadangan dan orang yang tiada dalam
                                senarai peserta disenaraikan dan dibiarkan untuk disemak
                                dalam Sala. Masa dibaca dalam zon waktu bengkel kecuali
                                --tz menyatakan zon lain (IANA, cth. Asia/Manila). Fail yang
                                pernah diimport ditolak kecuali dengan --replace. Lihat
                                docs/attendance.md.
  attendance unmatched --session ID [--format text|json]
                                Orang yang tidak dipadankan oleh import sesi: id, nama,
                                e-mel, minit dan cadangan Sala sekarang.
  attendance match --identity ID (--participant PID | --ignore)
                                Padankan salah seorang daripada mereka dengan peserta dalam
                                senarai (nama disimpan sebagai alias) atau keluarkan mereka
                                daripada laporan.

Kod keluar:
  0  berjaya
  1  penggunaan salah: perintah tidak dikenali atau argumen tiada
  2  tidak dapat dibuka: pangkalan data (tiada, bukan SQLite, atau bukan pangkalan data
     Sala), fail input, atau nombor bengkel atau sesi yang tidak wujud
  3  pangkalan data rosak (semakan integriti gagal)
  4  pangkalan data ditulis oleh Sala versi yang lebih baharu
  5  pangkalan data sedang dibuka oleh proses Sala yang lain
  6  tidak dapat menulis output atau pangkalan data
  7  fail input tidak sah (setiap masalah disenaraikan)
</translation>
    </message>
    <message>
        <source>Participant number for roster erase, roster show and attendance match.</source>
        <translation>Nombor peserta untuk roster erase, roster show dan attendance match.</translation>
    </message>
    <message>
        <source>Number of a person in the imported attendance for attendance match.</source>
        <translation>Nombor individu dalam kehadiran yang diimport untuk attendance match.</translation>
    </message>
    <message>
        <source>Let attendance match leave the person out of the reports.</source>
        <translation>Benarkan attendance match mengeluarkan individu itu daripada laporan.</translation>
    </message>
</context>
</TS>
