<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Mga Kagustuhan</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Wika ng interface:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Wika ng interface</translation>
    </message>
    <message>
        <source>A new language takes effect when Sala next starts.</source>
        <translation>Gagana ang bagong wika sa susunod na pagbukas ng Sala.</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>&amp;Pangalawang time zone:</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>Pangalawang time zone</translation>
    </message>
    <message>
        <source>Shown beside the workshop&apos;s own time zone when the workshop does not name a second one.</source>
        <translation>Ipinapakita katabi ng sariling time zone ng workshop kapag walang itinakdang pangalawa ang workshop.</translation>
    </message>
    <message>
        <source>&amp;Wrap-up warning:</source>
        <translation>&amp;Babala sa pagtatapos:</translation>
    </message>
    <message>
        <source>Wrap-up warning, minutes before the end</source>
        <translation>Babala sa pagtatapos, ilang minuto bago matapos</translation>
    </message>
    <message>
        <source>The timer turns to wrap-up this many minutes before an activity ends, unless the activity sets its own.</source>
        <translation>Lilipat sa pagtatapos (wrap-up) ang timer ganito karaming minuto bago matapos ang aktibidad, maliban kung may sariling setting ang aktibidad.</translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation> min bago matapos</translation>
    </message>
    <message>
        <source>Play &amp;chimes during a live session (only you hear them)</source>
        <translation>Magpatunog ng &amp;chime habang live ang sesyon (ikaw lang ang nakaririnig)</translation>
    </message>
</context>
<context>
    <name>sala::AboutDialog</name>
    <message>
        <source>&lt;p&gt;A facilitator console for live online workshops: prepare activity-based sessions, run them on Zoom, Teams or Google Meet, and report attendance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Console ng facilitator para sa mga live na online workshop: ihanda ang mga sesyong nakabatay sa aktibidad, patakbuhin ang mga ito sa Zoom, Teams o Google Meet, at iulat ang pagdalo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything stays on this computer. Sala makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nananatili ang lahat sa computer na ito. Hindi kumokonekta sa network ang Sala.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Database: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sala is free software under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ang Sala ay free software sa ilalim ng Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Ginawa gamit ang</translation>
    </message>
    <message>
        <source>&lt;li&gt;Qt %1 — GNU LGPL version 3&lt;/li&gt;</source>
        <translation>&lt;li&gt;Qt %1 — GNU LGPL bersyon 3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;SQLite — public domain&lt;/li&gt;</source>
        <translation>&lt;li&gt;SQLite — public domain&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;nlohmann/json %1 — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;nlohmann/json %1 — lisensyang MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;spdlog %1 and {fmt} — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;spdlog %1 at {fmt} — lisensyang MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Noto fonts for Khmer, Lao and Thai — SIL Open Font License 1.1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Noto fonts para sa Khmer, Lao at Thai — SIL Open Font License 1.1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Catch2 (tests only) — Boost Software License 1.0&lt;/li&gt;</source>
        <translation>&lt;li&gt;Catch2 (para sa mga test lang) — Boost Software License 1.0&lt;/li&gt;</translation>
    </message>
    <message>
        <source>About Sala</source>
        <translation>Tungkol sa Sala</translation>
    </message>
</context>
<context>
    <name>sala::ActivityEditor</name>
    <message>
        <source>Kind of activity</source>
        <translation>Uri ng aktibidad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Nakaplanong minuto</translation>
    </message>
    <message>
        <source>May be shortened to</source>
        <translation>Puwedeng paikliin hanggang</translation>
    </message>
    <message>
        <source>Shortest acceptable minutes</source>
        <translation>Pinakamaikling puwedeng minuto</translation>
    </message>
    <message>
        <source>Must start at</source>
        <translation>Dapat magsimula nang</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>Nakapirming oras ng simula</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Instructions for the chat</source>
        <translation>Panuto para sa chat</translation>
    </message>
    <message>
        <source>The text you paste into the meeting chat. Number the steps for group work.</source>
        <translation>Ang text na ipe-paste mo sa chat ng meeting. Lagyan ng numero ang mga hakbang para sa gawaing pang-grupo.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Tala ng facilitator</translation>
    </message>
    <message>
        <source>Private: only you and your producer see these.</source>
        <translation>Pribado: ikaw at ang iyong producer lang ang nakakakita nito.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Mga materyales</translation>
    </message>
    <message>
        <source>One per line: name | link or file</source>
        <translation>Isa kada linya: pangalan | link o file</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>Mga breakout room</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Paggrupo</translation>
    </message>
    <message>
        <source>People per group</source>
        <translation>Tao kada grupo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>kahit ilan</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Bilang ng grupo</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Mga round</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minuto kada round</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Mga tungkulin</translation>
    </message>
    <message>
        <source>Reader, Timekeeper, Reporter</source>
        <translation>Tagabasa, Timekeeper, Reporter</translation>
    </message>
    <message>
        <source>Broadcast texts</source>
        <translation>Mga broadcast text</translation>
    </message>
    <message>
        <source>One per line: minutes before the end | text
2 | 2 minutes left — reporters, get ready</source>
        <translation>Isa kada linya: minuto bago matapos | text
2 | 2 minuto na lang — mga reporter, maghanda na</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Laki:</translation>
    </message>
    <message>
        <source>or groups:</source>
        <translation>o grupo:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation>Paggrupo:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Mga grupo:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Mga round:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Mga tungkulin:</translation>
    </message>
    <message>
        <source>Broadcasts:</source>
        <translation>Mga broadcast:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pamagat:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuto:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Layunin:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>Pa&amp;nuto:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Tala:</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>Mga mat&amp;eryales:</translation>
    </message>
    <message>
        <source>Select an activity to edit it, or press Insert to add one.</source>
        <translation>Pumili ng aktibidad para i-edit ito, o pindutin ang Insert para magdagdag.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Aktibidad %1: %2</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Tagabasa</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Timekeeper</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
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
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Type new minutes, or press + and − (Ctrl for 5 minutes)</source>
        <translation>Mag-type ng bagong minuto, o pindutin ang + at − (Ctrl para sa 5 minuto)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Oras (%1)</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>Pangalawang zone</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Lumipas</translation>
    </message>
</context>
<context>
    <name>sala::AddActivityDialog</name>
    <message>
        <source>Add an Activity</source>
        <translation>Magdagdag ng Aktibidad</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Bagong aktibidad</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blangko</translation>
    </message>
    <message>
        <source>My activities</source>
        <translation>Aking mga aktibidad</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Aklatan ng mga paraan</translation>
    </message>
    <message>
        <source>%1 — %2, %3 min · %4</source>
        <translation>%1 — %2, %3 min · %4</translation>
    </message>
    <message>
        <source>Search methods: troika, energizer, case study…</source>
        <translation>Maghanap ng paraan: troika, energizer, case study…</translation>
    </message>
    <message>
        <source>Search the method library</source>
        <translation>Maghanap sa aklatan ng mga paraan</translation>
    </message>
    <message>
        <source>Activities to add</source>
        <translation>Mga aktibidad na idadagdag</translation>
    </message>
    <message>
        <source>Preview of the activity</source>
        <translation>Preview ng aktibidad</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Idagdag</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hanapin:</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Panuto</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Tala ng facilitator</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>Breakout</translation>
    </message>
    <message>
        <source>%1 · %2 round(s) of %3 min</source>
        <translation>%1 · %2 round na tig-%3 min</translation>
    </message>
</context>
<context>
    <name>sala::Attendance</name>
    <message>
        <source>read the check-ins</source>
        <translation>basahin ang mga check-in</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>Hindi pa dumarating</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Narito</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Nahuli</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Umalis</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>record the check-in</source>
        <translation>itala ang check-in</translation>
    </message>
    <message>
        <source>undo the check-in</source>
        <translation>i-undo ang check-in</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCommands</name>
    <message>
        <source>Import Attendance from “%1”</source>
        <translation>I-import ang Pagdalo mula sa “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Import Attendance from %n files</source>
        <translation>
            <numerusform>I-import ang Pagdalo mula sa %n file</numerusform>
            <numerusform>I-import ang Pagdalo mula sa %n file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCsv</name>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Gustong itawag</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>Pahintulot sa pag-uulat</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Uri ng organisasyon</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>Laki ng negosyo</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesyon %1</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuto</translation>
    </message>
    <message>
        <source>%1 share (%)</source>
        <translation>%1 porsiyento (%)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Kabuuang minuto</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>Porsiyento sa workshop (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Share of the session (%)</source>
        <translation>Porsiyento sa sesyon (%)</translation>
    </message>
    <message>
        <source>First join (%1)</source>
        <translation>Unang pagpasok (%1)</translation>
    </message>
    <message>
        <source>Last leave (%1)</source>
        <translation>Huling pag-alis (%1)</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Naitugma</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>Na-check in nang live</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertipiko</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Oras na dinaluhan</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Pagkumpleto</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Paglahok</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceExport</name>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>Walang file na “%1”; suriin ang pangalan at ang folder.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an attendance export.</source>
        <translation>Folder ang “%1”, hindi export ng pagdalo.</translation>
    </message>
    <message>
        <source>the file is %1 MB, far larger than any attendance report; check that it is the right file.</source>
        <translation>%1 MB ang laki ng file, mas malaki nang husto kaysa sa anumang ulat ng pagdalo; tiyaking tama ang file.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Hindi mabasa ang “%1”: %2</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>araw muna</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>buwan muna</translation>
    </message>
    <message>
        <source>the dates are written in two orders: “%1” on line %2 can only be day first, “%3” on line %4 only month first. Download the report again without editing it.</source>
        <translation>nakasulat ang mga petsa sa dalawang pagkakasunod: ang “%1” sa linya %2 ay puwede lang araw muna, ang “%3” sa linya %4 ay buwan muna lang. I-download ulit ang report nang hindi ito ine-edit.</translation>
    </message>
    <message>
        <source>“%1” can only be read %2, but the dates were said to be %3. Leave the order out and Sala reads it from the file.</source>
        <translation>Ang “%1” ay mababasa lang nang %2, pero sinabing %3 ang mga petsa. Huwag nang itakda ang pagkakasunod at babasahin ito ng Sala mula sa file.</translation>
    </message>
    <message>
        <source>“%1”: the dates can be read day first or month first (“%2” on line %3 is %4 or %5), and nothing in the file says which. Tell Sala which order the file uses.</source>
        <translation>“%1”: mababasa ang mga petsa nang araw muna o buwan muna (ang “%2” sa linya %3 ay %4 o %5), at walang nakasaad sa file kung alin. Sabihin sa Sala kung anong pagkakasunod ang gamit ng file.</translation>
    </message>
    <message>
        <source>%1 is missing. The file may have been cut short; download the report again.</source>
        <translation>Nawawala ang %1. Maaaring naputol ang file; i-download ulit ang report.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time Sala can read (such as 03/05/2024 09:02:00 AM or 5/3/24, 14:02). Correct the cell or download the report again.</source>
        <translation>Ang %1 na “%2” ay hindi petsa at oras na mababasa ng Sala (gaya ng 03/05/2024 09:02:00 AM o 5/3/24, 14:02). Itama ang cell o i-download ulit ang report.</translation>
    </message>
    <message>
        <source>“%1”: the file gives times of day without a date, and its name carries none. Tell Sala the date of the session.</source>
        <translation>“%1”: oras lang ang nasa file at walang petsa, at wala ring petsa sa pangalan nito. Sabihin sa Sala ang petsa ng sesyon.</translation>
    </message>
    <message>
        <source>the date is not a real day when read %1. Check the cell or tell Sala the other order.</source>
        <translation>hindi totoong araw ang petsa kapag binasa nang %1. Suriin ang cell o sabihin sa Sala ang kabilang pagkakasunod.</translation>
    </message>
    <message>
        <source>this looks like a Zoom quality-of-service dashboard export (devices, networks and bitrates), not an attendance report. In the Zoom web portal open Reports ▸ Usage, click the meeting&apos;s number of participants and export that list.</source>
        <translation>mukhang export ito ng quality-of-service dashboard ng Zoom (mga device, network at bitrate), hindi ulat ng pagdalo. Sa web portal ng Zoom, buksan ang Reports ▸ Usage, i-click ang bilang ng participants ng meeting at i-export ang listahang iyon.</translation>
    </message>
    <message>
        <source>this looks like a Google Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>mukhang listahan ito ng registration sa Google Forms (sino ang nag-sign up), hindi ulat ng pagdalo. I-import ito sa Mga Kalahok ▸ I-import.</translation>
    </message>
    <message>
        <source>this looks like a Microsoft Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>mukhang listahan ito ng registration sa Microsoft Forms (sino ang nag-sign up), hindi ulat ng pagdalo. I-import ito sa Mga Kalahok ▸ I-import.</translation>
    </message>
    <message>
        <source>this looks like an Eventbrite attendee list (tickets sold), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>mukhang listahan ito ng attendee sa Eventbrite (mga nabentang ticket), hindi ulat ng pagdalo. I-import ito sa Mga Kalahok ▸ I-import.</translation>
    </message>
    <message>
        <source>this looks like a KoboToolbox form export, not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>mukhang export ito ng form sa KoboToolbox, hindi ulat ng pagdalo. I-import ito sa Mga Kalahok ▸ I-import.</translation>
    </message>
    <message>
        <source>this is a Zoom breakout room pre-assignment file, not an attendance report.</source>
        <translation>pre-assignment file ito ng breakout room sa Zoom, hindi ulat ng pagdalo.</translation>
    </message>
    <message>
        <source>this looks like a Zoom registration list (who registered), not an attendance report. Export the meeting&apos;s participants report, or import the registrations in Roster ▸ Import.</source>
        <translation>mukhang listahan ito ng registration sa Zoom (sino ang nagparehistro), hindi ulat ng pagdalo. I-export ang participants report ng meeting, o i-import ang mga registration sa Mga Kalahok ▸ I-import.</translation>
    </message>
    <message>
        <source>this is not an attendance report Sala knows; its first line reads %1. Sala reads the participants report of a Zoom meeting or webinar, the attendance list or report of a Teams meeting and the attendance report of a Google Meet call, as they were downloaded.</source>
        <translation>hindi ito ulat ng pagdalo na kilala ng Sala; ang unang linya nito ay %1. Binabasa ng Sala ang participants report ng Zoom meeting o webinar, ang attendance list o report ng Teams meeting at ang attendance report ng Google Meet call, kung paano ito na-download.</translation>
    </message>
    <message>
        <source>the file has no rows. Download the attendance report again.</source>
        <translation>walang row ang file. I-download ulit ang ulat ng pagdalo.</translation>
    </message>
    <message>
        <source>this looks like a Zoom “%1”, not the attendee report. In the Zoom web portal open Reports ▸ Usage ▸ Webinar and export the attendee report.</source>
        <translation>mukhang “%1” ito ng Zoom, hindi attendee report. Sa web portal ng Zoom, buksan ang Reports ▸ Usage ▸ Webinar at i-export ang attendee report.</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. The file may have been cut short; download it again.</source>
        <translation>may cell na may panipi na nagsisimula rito pero hindi dumarating ang pansarang panipi. Maaaring naputol ang file; i-download ulit ito.</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>may text pagkatapos ng pansarang quote ng cell na ito. Ang quote sa loob ng naka-quote na cell ay dapat isulat nang dalawang beses (&quot;&quot;).</translation>
    </message>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1”, linya %2, column %3: %4</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx) or another packed file, not a CSV export. Open it in a spreadsheet and save it as “CSV UTF-8”, or download the CSV report from the meeting platform.</source>
        <translation>Excel workbook (.xlsx) ito o ibang naka-pack na file, hindi CSV export. Buksan ito sa spreadsheet at i-save bilang “CSV UTF-8”, o i-download ang CSV report mula sa meeting platform.</translation>
    </message>
    <message>
        <source>the file is empty. Download the attendance report again.</source>
        <translation>walang laman ang file. I-download ulit ang ulat ng pagdalo.</translation>
    </message>
    <message>
        <source>the file does not contain text, so it is not an attendance report. Check that you chose the CSV file the meeting platform downloaded.</source>
        <translation>walang text ang file, kaya hindi ito ulat ng pagdalo. Tiyaking ang CSV file na na-download ng meeting platform ang pinili mo.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”, line %2: %3</source>
        <translation>“%1”, linya %2: %3</translation>
    </message>
    <message>
        <source>the time joined</source>
        <translation>ang oras ng pagpasok</translation>
    </message>
    <message>
        <source>the time exited</source>
        <translation>ang oras ng paglabas</translation>
    </message>
    <message>
        <source>the attendance report has its header but no rows. Download it again from the meeting&apos;s calendar event or e-mail.</source>
        <translation>may header ang ulat ng pagdalo pero walang row. I-download ulit ito mula sa calendar event o e-mail ng meeting.</translation>
    </message>
    <message>
        <source>the join time</source>
        <translation>ang oras ng pagpasok</translation>
    </message>
    <message>
        <source>the leave time</source>
        <translation>ang oras ng pag-alis</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>ang oras</translation>
    </message>
    <message>
        <source>the meeting&apos;s start time</source>
        <translation>ang oras ng simula ng meeting</translation>
    </message>
    <message>
        <source>the meeting&apos;s end time</source>
        <translation>ang oras ng pagtatapos ng meeting</translation>
    </message>
    <message>
        <source>the attendance list has its header but no rows. Download it again from the meeting.</source>
        <translation>may header ang attendance list pero walang row. I-download ulit ito mula sa meeting.</translation>
    </message>
    <message>
        <source>the attendee report has its header but no join or leave rows.</source>
        <translation>may header ang attendee report pero walang row ng pagpasok o pag-alis.</translation>
    </message>
    <message>
        <source>this Teams participant table has no name, join or leave column (its columns are %1).</source>
        <translation>walang column ng pangalan, pagpasok o pag-alis ang participant table na ito ng Teams (ang mga column nito ay %1).</translation>
    </message>
    <message>
        <source>the time in the meeting “%1” is not a duration Sala can read (such as 1h 5m 3s).</source>
        <translation>ang oras sa meeting na “%1” ay hindi tagal na mababasa ng Sala (gaya ng 1h 5m 3s).</translation>
    </message>
    <message>
        <source>this Teams meeting summary has no participant table (no line starting “Full Name” with a “Join Time”). Download the report again.</source>
        <translation>walang participant table ang meeting summary na ito ng Teams (walang linyang nagsisimula sa “Full Name” na may “Join Time”). I-download ulit ang report.</translation>
    </message>
    <message>
        <source>the participant table has its header but no rows.</source>
        <translation>may header ang participant table pero walang row.</translation>
    </message>
    <message>
        <source>this Teams attendance report has no participants section (“2. …” followed by a table). Download the report again.</source>
        <translation>walang seksyon ng participants ang attendance report na ito ng Teams (“2. …” na sinusundan ng table). I-download ulit ang report.</translation>
    </message>
    <message>
        <source>the participants section has a header but no rows.</source>
        <translation>may header ang seksyon ng participants pero walang row.</translation>
    </message>
    <message>
        <source>the participants table has its header but no rows. The report may have been cut short or downloaded before anyone joined; download it again.</source>
        <translation>may header ang participants table pero walang row. Maaaring naputol ang report o na-download bago may pumasok; i-download ulit ito.</translation>
    </message>
    <message>
        <source>this Zoom participants table has no join or leave time column (its columns are %1).</source>
        <translation>walang column ng oras ng pagpasok o pag-alis ang participants table na ito ng Zoom (ang mga column nito ay %1).</translation>
    </message>
    <message>
        <source>this Zoom table of unique users has no total duration column (its columns are %1).</source>
        <translation>walang column ng kabuuang tagal ang table ng unique users na ito ng Zoom (ang mga column nito ay %1).</translation>
    </message>
    <message>
        <source>the total duration “%1” is not a number of minutes.</source>
        <translation>ang kabuuang tagal na “%1” ay hindi bilang ng minuto.</translation>
    </message>
    <message>
        <source>this Zoom admin export has no join or leave time after the participant&apos;s name (its columns are %1).</source>
        <translation>walang oras ng pagpasok o pag-alis pagkatapos ng pangalan ng kalahok ang admin export na ito ng Zoom (ang mga column nito ay %1).</translation>
    </message>
    <message>
        <source>this Zoom admin export holds more than one meeting (%1 and %2, from line %3). Sala reads one meeting at a time: keep only one meeting&apos;s rows in a spreadsheet, or export that meeting&apos;s participants report.</source>
        <translation>higit sa isang meeting ang laman ng admin export na ito ng Zoom (%1 at %2, mula linya %3). Isang meeting lang ang binabasa ng Sala kada beses: itira lang ang mga row ng isang meeting sa spreadsheet, o i-export ang participants report ng meeting na iyon.</translation>
    </message>
    <message>
        <source>this section of the webinar report has no join or leave time (its columns are %1).</source>
        <translation>walang oras ng pagpasok o pag-alis ang seksyong ito ng webinar report (ang mga column nito ay %1).</translation>
    </message>
    <message>
        <source>this webinar report has no table of attendees (no row with “User Name (Original Name)”). Export the attendee report again.</source>
        <translation>walang table ng mga attendee ang webinar report na ito (walang row na may “User Name (Original Name)”). I-export ulit ang attendee report.</translation>
    </message>
    <message>
        <source>nobody in this webinar report attended. Check that it is the right webinar.</source>
        <translation>walang dumalo ayon sa webinar report na ito. Tiyaking tama ang webinar.</translation>
    </message>
    <message>
        <source>this Zoom meeting report has no leave time column.</source>
        <translation>walang column ng oras ng pag-alis ang Zoom meeting report na ito.</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and Sala cannot tell which of them are joins and which are leaves: a join starts each person’s lines and a leave follows a join. Download the list again with Teams set to English.</source>
        <translation>may mga aksyong %1 ang attendance list na ito ng Teams, at hindi matukoy ng Sala kung alin ang pagpasok at alin ang pag-alis: pagpasok ang nauuna sa mga linya ng bawat tao at sumusunod ang pag-alis sa pagpasok. I-download ulit ang list nang naka-English ang Teams.</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and they could be read either way: Sala cannot tell which are joins and which are leaves. Download the list again with Teams set to English.</source>
        <translation>may mga aksyong %1 ang attendance list na ito ng Teams, at mababasa ang mga ito sa dalawang paraan: hindi matukoy ng Sala kung alin ang pagpasok at alin ang pag-alis. I-download ulit ang list nang naka-English ang Teams.</translation>
    </message>
    <message>
        <source>the line has no action (such as Joined or Left) in its second column.</source>
        <translation>walang aksyon (gaya ng Joined o Left) sa ikalawang column ng linya.</translation>
    </message>
    <message>
        <source>the action “%1” is a fourth kind of action after %2; Teams writes three (a join, a leave and a join before the list was downloaded).</source>
        <translation>ang aksyong “%1” ay ikaapat na uri ng aksyon kasunod ng %2; tatlo lang ang isinusulat ng Teams (pagpasok, pag-alis, at pagpasok bago na-download ang list).</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImport</name>
    <message>
        <source>proposed: %1</source>
        <translation>mungkahi: %1</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>kinumpirma ng trainer: %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>pinili ng trainer</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>idinagdag sa listahan ng kalahok mula sa “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>hindi pinansin ng trainer</translation>
    </message>
    <message>
        <source>There is no file to import.</source>
        <translation>Walang file na ii-import.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Use a name such as Asia/Bangkok, Asia/Manila or Asia/Kuala_Lumpur.</source>
        <translation>Hindi kilala ng Sala ang time zone na “%1”. Gumamit ng pangalan gaya ng Asia/Bangkok, Asia/Manila o Asia/Kuala_Lumpur.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same file. Import it once.</source>
        <translation>Iisang file ang “%1” at “%2”. Isang beses lang ito i-import.</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>export ng pagdalo na “%1”</translation>
    </message>
    <message>
        <source>“%1” was matched to participant %2, who is not on this workshop’s roster. Pick someone on the roster and import again.</source>
        <translation>Naitugma ang “%1” sa kalahok na %2, na wala sa listahan ng kalahok ng workshop na ito. Pumili ng nasa listahan at i-import ulit.</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImportDialog</name>
    <message>
        <source>&amp;Add File…</source>
        <translation>&amp;Magdagdag ng File…</translation>
    </message>
    <message>
        <source>&amp;Remove File</source>
        <translation>A&amp;lisin ang File</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>I&amp;tugma</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>I&amp;dagdag sa Listahan ng Kalahok</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>&amp;Huwag Pansinin</translation>
    </message>
    <message>
        <source>Undo C&amp;hoice</source>
        <translation>I-&amp;undo ang Pinili</translation>
    </message>
    <message>
        <source>Import Attendance</source>
        <translation>I-import ang Pagdalo</translation>
    </message>
    <message numerus="yes">
        <source>Attendance for &lt;b&gt;%1&lt;/b&gt; · %2 · roster of %n people</source>
        <translation>
            <numerusform>Pagdalo para sa &lt;b&gt;%1&lt;/b&gt; · %2 · listahan ng %n kalahok</numerusform>
            <numerusform>Pagdalo para sa &lt;b&gt;%1&lt;/b&gt; · %2 · listahan ng %n kalahok</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Basahin bilang</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Mga row</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mga tao</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>Attendance files</source>
        <translation>Mga file ng pagdalo</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>Ayon sa file</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Araw muna (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Buwan muna (12/31/2026)</translation>
    </message>
    <message>
        <source>Day order of the dates</source>
        <translation>Pagkakasunod ng araw sa petsa</translation>
    </message>
    <message>
        <source>Only needed when every date in a file reads both ways, such as 03/04/2026.</source>
        <translation>Kailangan lang kapag lahat ng petsa sa file ay mababasa sa dalawang paraan, gaya ng 03/04/2026.</translation>
    </message>
    <message>
        <source>Time zone of the times in the files</source>
        <translation>Time zone ng mga oras sa file</translation>
    </message>
    <message>
        <source>Exports give the clock time of the account that downloaded them, without a zone. This is the workshop&apos;s zone unless the host&apos;s account is set to another.</source>
        <translation>Ibinibigay ng export ang oras ng account na nag-download nito, nang walang zone. Ito ang time zone ng workshop maliban kung iba ang setting ng account ng host.</translation>
    </message>
    <message>
        <source>Problems with the files</source>
        <translation>Mga problema sa file</translation>
    </message>
    <message>
        <source>People in the files</source>
        <translation>Mga tao sa file</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>Mag-type ng pangalan, alias o e-mail…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Maghanap sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>Mga kalahok sa listahan</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>Ang taong ito ay ang kalahok na napili sa listahan (o ang iminungkahi). Itatago ng Sala ang pangalan bilang alias, kaya kusa nang maitutugma ang susunod na file.</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>Idagdag ang taong ito sa listahan ng kalahok ng workshop bilang bagong kalahok</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>Wala sa listahan ng kalahok: pangalawang device ng host, interpreter, observer</translation>
    </message>
    <message>
        <source>Go back to what Sala found</source>
        <translation>Bumalik sa nakita ng Sala</translation>
    </message>
    <message>
        <source>&amp;Day order:</source>
        <translation>Pagkakasunod ng &amp;araw:</translation>
    </message>
    <message>
        <source>&amp;Time zone of the times:</source>
        <translation>Time &amp;zone ng mga oras:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Mga file</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>&amp;Sino ito?</translation>
    </message>
    <message>
        <source>Review the people</source>
        <translation>Suriin ang mga tao</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;I-import</translation>
    </message>
    <message>
        <source>Add Attendance File</source>
        <translation>Magdagdag ng File ng Pagdalo</translation>
    </message>
    <message>
        <source>Attendance exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Mga export ng pagdalo (*.csv *.tsv *.txt);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Choose the day order above.</source>
        <translation>Piliin sa itaas ang pagkakasunod ng araw.</translation>
    </message>
    <message>
        <source>Imported before (%1): importing again replaces that import and its review.</source>
        <translation>Na-import na dati (%1): papalitan ng pag-import ulit ang import na iyon at ang pagsusuri nito.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs the day order</source>
        <translation>Kailangan ang pagkakasunod ng araw</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Hindi nabasa</translation>
    </message>
    <message>
        <source>%1 — %2%</source>
        <translation>%1 — %2%</translation>
    </message>
    <message>
        <source>Add the participants report you downloaded from Zoom, Teams or Google Meet.</source>
        <translation>Idagdag ang participants report na na-download mo mula sa Zoom, Teams o Google Meet.</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceMatrixModel</name>
    <message>
        <source>Preferred name: %1</source>
        <translation>Gustong pangalan: %1</translation>
    </message>
    <message>
        <source>%1 min · %2 %</source>
        <translation>%1 min · %2 %</translation>
    </message>
    <message>
        <source>Matched %1</source>
        <translation>Naitugma %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Uri ng organisasyon</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>Laki ng negosyo</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Kabuuang minuto</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>Porsiyento sa workshop</translation>
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
        <translation>Hindi maisulat ang “%1”: %2</translation>
    </message>
    <message>
        <source>Completion threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>Minimum para sa pagkumpleto, porsiyento ng nakatakdang oras ng workshop</translation>
    </message>
    <message>
        <source>Participation threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>Minimum para sa paglahok, porsiyento ng nakatakdang oras ng workshop</translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>Mga kalahok at sesyon</translation>
    </message>
    <message>
        <source>People in the session</source>
        <translation>Mga tao sa sesyon</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>Table ng breakdown</translation>
    </message>
    <message>
        <source>Who earned a certificate</source>
        <translation>Sino ang nakakuha ng sertipiko</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>I-export bilang &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the participants × sessions table as CSV for a spreadsheet</source>
        <translation>I-save ang table ng kalahok × sesyon bilang CSV para sa spreadsheet</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>I-export bilang E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the summary, participants and sessions as an Excel workbook</source>
        <translation>I-save ang buod, mga kalahok at mga sesyon bilang Excel workbook</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>I-export bilang P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the attendance report with its charts as a PDF for the funder</source>
        <translation>I-save ang ulat ng pagdalo kasama ang mga chart nito bilang PDF para sa funder</translation>
    </message>
    <message>
        <source>Certi&amp;ficates…</source>
        <translation>Mga Ser&amp;tipiko…</translation>
    </message>
    <message>
        <source>Save one certificate per person who earned one, as a PDF</source>
        <translation>I-save ang isang sertipiko bawat taong nakakuha nito, bilang PDF</translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation>I-export ang &amp;Listahan…</translation>
    </message>
    <message>
        <source>Save who earned a certificate as CSV</source>
        <translation>I-save bilang CSV kung sino ang nakakuha ng sertipiko</translation>
    </message>
    <message>
        <source>Certificate &amp;Template…</source>
        <translation>Te&amp;mplate ng Sertipiko…</translation>
    </message>
    <message>
        <source>Edit the titles, texts and signatory of this workshop&apos;s certificates</source>
        <translation>I-edit ang mga pamagat, text at lumagda sa mga sertipiko ng workshop na ito</translation>
    </message>
    <message>
        <source>C&amp;ompletion at:</source>
        <translation>Pagk&amp;umpleto sa:</translation>
    </message>
    <message>
        <source>Partici&amp;pation at:</source>
        <translation>Paglaho&amp;k sa:</translation>
    </message>
    <message>
        <source>A person completes the workshop with at least this share of its total scheduled time</source>
        <translation>Nakukumpleto ng tao ang workshop kapag naabot niya ang porsiyentong ito ng kabuuang nakatakdang oras</translation>
    </message>
    <message>
        <source>A person earns a participation certificate with at least this share, below completion</source>
        <translation>Nakakakuha ng sertipiko ng paglahok ang tao kapag naabot niya ang porsiyentong ito, na mas mababa sa pagkumpleto</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Buod ng pagdalo</translation>
    </message>
    <message>
        <source>Attendance note</source>
        <translation>Tala tungkol sa pagdalo</translation>
    </message>
    <message>
        <source>Attendance views</source>
        <translation>Mga view ng pagdalo</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Mga kalahok</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mga sesyon</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Mga breakdown</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Mga sertipiko</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesyon:</translation>
    </message>
    <message>
        <source>About this session&apos;s attendance</source>
        <translation>Tungkol sa pagdalo sa sesyong ito</translation>
    </message>
    <message>
        <source>Export Session C&amp;SV…</source>
        <translation>I-export ang CS&amp;V ng Sesyon…</translation>
    </message>
    <message>
        <source>Save this session&apos;s people, minutes, joins and leaves as CSV</source>
        <translation>I-save bilang CSV ang mga tao, minuto, pagpasok at pag-alis sa sesyong ito</translation>
    </message>
    <message>
        <source>People in the room over the session</source>
        <translation>Mga tao sa room sa buong sesyon</translation>
    </message>
    <message>
        <source>Export Session Attendance as CSV</source>
        <translation>I-export ang Pagdalo sa Sesyon bilang CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 - attendance</source>
        <translation>%1 - pagdalo</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Breakdown:</translation>
    </message>
    <message>
        <source>Breakdown chart</source>
        <translation>Chart ng breakdown</translation>
    </message>
    <message>
        <source>About the certificates</source>
        <translation>Tungkol sa mga sertipiko</translation>
    </message>
    <message>
        <source>Certificates &amp;PDF…</source>
        <translation>&amp;PDF ng mga Sertipiko…</translation>
    </message>
    <message>
        <source>Open or create a workshop to see its attendance.</source>
        <translation>Buksan o gumawa ng workshop para makita ang pagdalo nito.</translation>
    </message>
    <message>
        <source>No attendance has been imported for this workshop yet. Use Import attendance… to read the attendance export that Zoom, Microsoft Teams or Google Meet gives after each session; people checked in live during a session count too. The tables, charts, exports and certificates appear here once there is attendance.</source>
        <translation>Wala pang na-import na pagdalo para sa workshop na ito. Gamitin ang I-import ang pagdalo… para basahin ang export ng pagdalo na ibinibigay ng Zoom, Microsoft Teams o Google Meet pagkatapos ng bawat sesyon; kasama rin sa bilang ang mga na-check in nang live habang may sesyon. Lalabas dito ang mga table, chart, export at sertipiko kapag may pagdalo na.</translation>
    </message>
    <message>
        <source>%1 enrolled · %2 attended · %3 completed · %4 participated</source>
        <translation>%1 naka-enrol · %2 dumalo · %3 nakakumpleto · %4 nakilahok</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>%1 sa %2 sesyon ang wala pang pagdalo; ituturing na liban ang oras ng mga ito.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 people earned a certificate: completion at %2 % or more of the workshop&apos;s scheduled time, participation at %3 % or more. People whose personal data was erased get none.</source>
        <translation>%1 tao ang nakakuha ng sertipiko: pagkumpleto sa %2 % o higit pa ng nakatakdang oras ng workshop, paglahok sa %3 % o higit pa. Walang sertipiko ang mga taong nabura na ang personal na datos.</translation>
    </message>
    <message>
        <source>At most %1 people were in the room at once.</source>
        <translation>Pinakamarami, %1 tao ang sabay-sabay na nasa room.</translation>
    </message>
    <message>
        <source>No attendance imported for this session yet.</source>
        <translation>Wala pang na-import na pagdalo para sa sesyong ito.</translation>
    </message>
    <message>
        <source>%1 attendees, %2 minutes on average, of %3 scheduled.</source>
        <translation>%1 dumalo, %2 minuto sa karaniwan, sa %3 na nakatakda.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Mula sa %1.</translation>
    </message>
    <message>
        <source>%1 people in the exports are not matched to the roster yet.</source>
        <translation>%1 tao sa mga export ang hindi pa naitutugma sa listahan ng kalahok.</translation>
    </message>
    <message>
        <source>%1 people are known only by their total minutes and are not in the chart.</source>
        <translation>%1 tao ang kabuuang minuto lang ang alam at wala sa chart.</translation>
    </message>
    <message>
        <source>%1: attended, completed and participated per group; the same numbers as the table.</source>
        <translation>%1: dumalo, nakakumpleto at nakilahok bawat grupo; parehong bilang gaya ng nasa table.</translation>
    </message>
    <message>
        <source>The file was written, but Sala could not record the export in the personal data log: %1</source>
        <translation>Naisulat ang file, pero hindi maitala ng Sala ang export sa talaan ng personal na datos: %1</translation>
    </message>
    <message>
        <source>Export Attendance as CSV</source>
        <translation>I-export ang Pagdalo bilang CSV</translation>
    </message>
    <message>
        <source>Export Attendance as Excel Workbook</source>
        <translation>I-export ang Pagdalo bilang Excel Workbook</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Attendance Report as PDF</source>
        <translation>I-export ang Ulat ng Pagdalo bilang PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Certificate List as CSV</source>
        <translation>I-export ang Listahan ng Sertipiko bilang CSV</translation>
    </message>
    <message>
        <source>%1 - certificates</source>
        <translation>%1 - mga sertipiko</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet at these thresholds (completion %1 %, participation %2 %), so there is nothing to print.</source>
        <translation>Wala pang nakakuha ng sertipiko sa mga minimum na ito (pagkumpleto %1 %, paglahok %2 %), kaya walang ipi-print.</translation>
    </message>
    <message>
        <source>Save Certificates as PDF</source>
        <translation>I-save ang mga Sertipiko bilang PDF</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Mga sertipiko: %1</translation>
    </message>
    <message>
        <source>Rev&amp;iew…</source>
        <translation>Su&amp;riin…</translation>
    </message>
    <message>
        <source>Match, add or ignore the people the attendance exports named but Sala could not match to the roster</source>
        <translation>Itugma, idagdag o huwag pansinin ang mga taong nakalista sa mga export ng pagdalo pero hindi naitugma ng Sala sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>People not matched</source>
        <translation>Mga taong hindi naitugma</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this session&apos;s attendance are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>%n tao sa pagdalo ng sesyong ito ang hindi pa naitutugma sa listahan ng kalahok at hindi pa nabibilang kahit saan.</numerusform>
            <numerusform>%n tao sa pagdalo ng sesyong ito ang hindi pa naitutugma sa listahan ng kalahok at hindi pa nabibilang kahit saan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of “%1” are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>%n tao sa pagdalo ng “%1” ang hindi pa naitutugma sa listahan ng kalahok at hindi pa nabibilang kahit saan.</numerusform>
            <numerusform>%n tao sa pagdalo ng “%1” ang hindi pa naitutugma sa listahan ng kalahok at hindi pa nabibilang kahit saan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in other sessions.</source>
        <translation>
            <numerusform>%n pa sa ibang sesyon.</numerusform>
            <numerusform>%n pa sa ibang sesyon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReport</name>
    <message>
        <source>Total</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Nakakumpleto</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Nakilahok</translation>
    </message>
    <message>
        <source>Below participation</source>
        <translation>Kulang sa paglahok</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Hindi dumalo</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>ayon sa e-mail</translation>
    </message>
    <message>
        <source>by alias</source>
        <translation>ayon sa alias</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>ayon sa pangalan</translation>
    </message>
    <message>
        <source>by a similar name</source>
        <translation>ayon sa kahawig na pangalan</translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation>kinumpirma nang mano-mano</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>idinagdag nang mano-mano</translation>
    </message>
    <message>
        <source>live check-in only</source>
        <translation>live na check-in lang</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>WALANG PAHINTULOT</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Ayon sa kasarian</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Ayon sa bansa</translation>
    </message>
    <message>
        <source>By organization type</source>
        <translation>Ayon sa uri ng organisasyon</translation>
    </message>
    <message>
        <source>By enterprise size</source>
        <translation>Ayon sa laki ng negosyo</translation>
    </message>
    <message>
        <source>Participant %1 (personal data erased)</source>
        <translation>Kalahok %1 (nabura na ang personal na datos)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Hindi sinabi</translation>
    </message>
    <message>
        <source>Team (not counted): %1</source>
        <translation>Team (hindi binibilang): %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReportIo</name>
    <message>
        <source>Attendance report of workshop %1 as CSV</source>
        <translation>Ulat ng pagdalo ng workshop %1 bilang CSV</translation>
    </message>
    <message>
        <source>Attendance of one session of workshop %1 as CSV</source>
        <translation>Pagdalo sa isang sesyon ng workshop %1 bilang CSV</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as an Excel workbook</source>
        <translation>Ulat ng pagdalo ng workshop %1 bilang Excel workbook</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as PDF</source>
        <translation>Ulat ng pagdalo ng workshop %1 bilang PDF</translation>
    </message>
    <message>
        <source>Certificate list of workshop %1 as CSV</source>
        <translation>Listahan ng sertipiko ng workshop %1 bilang CSV</translation>
    </message>
    <message>
        <source>Certificates of workshop %1 as PDF</source>
        <translation>Mga sertipiko ng workshop %1 bilang PDF</translation>
    </message>
    <message>
        <source>The completion threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>Dapat porsiyento mula 1 hanggang 100 ang minimum para sa pagkumpleto, hindi %1.</translation>
    </message>
    <message>
        <source>The participation threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>Dapat porsiyento mula 1 hanggang 100 ang minimum para sa paglahok, hindi %1.</translation>
    </message>
    <message>
        <source>The participation threshold (%1 %) cannot be above the completion threshold (%2 %).</source>
        <translation>Hindi puwedeng mas mataas ang minimum para sa paglahok (%1 %) kaysa sa minimum para sa pagkumpleto (%2 %).</translation>
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
        <translation>Ulat ng pagdalo</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>Organizer:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Mga petsa:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Mga sesyon:</translation>
    </message>
    <message>
        <source>%1, %2 hours scheduled in all</source>
        <translation>%1, %2 oras na nakatakda sa kabuuan</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>Pagkumpleto:</translation>
    </message>
    <message>
        <source>at least %1 % of the workshop&apos;s scheduled time</source>
        <translation>hindi bababa sa %1 % ng nakatakdang oras ng workshop</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translation>Paglahok:</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent; minutes are rounded to the nearest minute.</source>
        <translation>Ang porsiyento ng isang tao ay ang oras niya sa room kumpara sa nakatakdang oras ng lahat ng sesyon ng workshop; ang oras sa isang sesyon ay binibilang hanggang sa nakatakdang haba lang ng sesyong iyon. Ibinababa sa buong porsiyento ang mga porsiyento; ibinibilog sa pinakamalapit na minuto ang mga minuto.</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 sa %2 sesyon ang wala pang na-import na pagdalo; ituturing na liban ang oras ng mga ito.</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance are no longer on the roster and are left out.</source>
        <translation>
            <numerusform>%n tao sa pagdalo ang wala na sa listahan ng kalahok at hindi isinama.</numerusform>
            <numerusform>%n tao sa pagdalo ang wala na sa listahan ng kalahok at hindi isinama.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Ginawa noong:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mga tao</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Bilang</translation>
    </message>
    <message>
        <source>Share of the enrolled</source>
        <translation>Porsiyento ng naka-enrol</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Naka-enrol</translation>
    </message>
    <message>
        <source>Attended at least once</source>
        <translation>Dumalo kahit isang beses</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Nakakumpleto</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>Nakilahok (kulang sa pagkumpleto)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Dumalo</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% ng mga dumalo</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% ng mga nakakumpleto</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Nakilahok</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% ng mga nakilahok</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mga sesyon</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Nakatakda</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Mga dumalo</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>Karaniwang minuto</translation>
    </message>
    <message>
        <source>Not matched to the roster</source>
        <translation>Hindi naitugma sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>no attendance imported yet</source>
        <translation>wala pang na-import na pagdalo</translation>
    </message>
    <message>
        <source>People in the room: %1</source>
        <translation>Mga tao sa room: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people are known only by their total minutes and are not in the curve.</source>
        <translation>
            <numerusform>%n tao ang kabuuang minuto lang ang alam at wala sa kurba.</numerusform>
            <numerusform>%n tao ang kabuuang minuto lang ang alam at wala sa kurba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>Mga kalahok at sesyon</translation>
    </message>
    <message>
        <source>Each session shows minutes in the room and the share of its scheduled time. Status is over the whole workshop: completed at %1 % or more, participated at %2 % or more.</source>
        <translation>Ipinapakita ng bawat sesyon ang mga minuto sa room at ang porsiyento ng nakatakdang oras nito. Ang status ay para sa buong workshop: nakakumpleto sa %1 % o higit pa, nakilahok sa %2 % o higit pa.</translation>
    </message>
    <message>
        <source>Nobody is on the roster.</source>
        <translation>Walang tao sa listahan ng kalahok.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Kabuuang minuto</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bahagi</translation>
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
        <translation>Hindi ma-save ng Sala ang ulat ng pagdalo bilang “%1” (%2). Tiyaking umiiral ang folder at may pahintulot kang magsulat doon, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The PDF attendance report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>Kailangan ng PDF na ulat ng pagdalo ang graphics support ng Qt, na hindi sinimulan ng program na ito. Gawin ang PDF mula sa window ng Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF attendance report.</source>
        <translation>Walang ibinigay na pangalan ng file para sa PDF na ulat ng pagdalo.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Pagdalo: %1</translation>
    </message>
    <message>
        <source>Attendance · %1</source>
        <translation>Pagdalo · %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewDialog</name>
    <message>
        <source>&amp;Match</source>
        <translation>I&amp;tugma</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>I&amp;dagdag sa Listahan ng Kalahok</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>&amp;Huwag Pansinin</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>Finish the Attendance Review</source>
        <translation>Tapusin ang Pagsusuri ng Pagdalo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>These people in the imported attendance are not matched to the roster, so they count nowhere in the reports. Each choice is saved at once and the reports change with it; Undo (Ctrl+Z) takes it back.</source>
        <translation>Hindi naitugma sa listahan ng kalahok ang mga taong ito sa na-import na pagdalo, kaya hindi sila nabibilang saanman sa mga ulat. Agad na nase-save ang bawat pinili at nagbabago ang mga ulat kasabay nito; ibinabalik ito ng I-undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>People not matched to the roster</source>
        <translation>Mga taong hindi naitugma sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>Mag-type ng pangalan, alias o e-mail…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Maghanap sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>Mga kalahok sa listahan</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>Ang taong ito ay ang kalahok na napili sa listahan (o ang iminungkahi). Itatago ng Sala ang pangalan bilang alias, kaya kusa nang maitutugma ang susunod na file.</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>Idagdag ang taong ito sa listahan ng kalahok ng workshop bilang bagong kalahok</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>Wala sa listahan ng kalahok: pangalawang device ng host, interpreter, observer</translation>
    </message>
    <message>
        <source>Apply every match Sala finds now by e-mail address, alias or name, such as for people added to the roster since the import</source>
        <translation>Ilapat ang bawat tugmang nakikita ngayon ng Sala ayon sa e-mail address, alias o pangalan, gaya ng sa mga taong idinagdag sa listahan ng kalahok mula nang i-import</translation>
    </message>
    <message>
        <source>Take back the last choice saved here</source>
        <translation>Bawiin ang huling piniling na-save dito</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Buod ng pagsusuri</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>Si&amp;no ito?</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesyon:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>%n hindi naitugma</numerusform>
            <numerusform>%n hindi naitugma</numerusform>
        </translation>
    </message>
    <message>
        <source>now on the roster: %1</source>
        <translation>nasa listahan na ng kalahok: %1</translation>
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
        <translation>Itugma ang “%1” sa %2</translation>
    </message>
    <message>
        <source>Add “%1” to the Roster</source>
        <translation>Idagdag ang “%1” sa Listahan ng Kalahok</translation>
    </message>
    <message>
        <source>Ignore “%1” in the Attendance</source>
        <translation>Huwag Pansinin ang “%1” sa Pagdalo</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Attendance Match(es)</source>
        <translation>
            <numerusform>Ilapat ang %n Tugma sa Pagdalo</numerusform>
            <numerusform>Ilapat ang %n Tugma sa Pagdalo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Match(es) Sala Found</source>
        <translation>
            <numerusform>&amp;Ilapat ang %n Tugmang Nakita ng Sala</numerusform>
            <numerusform>&amp;Ilapat ang %n Tugmang Nakita ng Sala</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply Matches Sala Found</source>
        <translation>&amp;Ilapat ang mga Tugmang Nakita ng Sala</translation>
    </message>
    <message>
        <source>Everyone in this session&apos;s imported attendance is matched, added or ignored.</source>
        <translation>Naitugma, naidagdag o hindi pinansin na ang lahat ng nasa na-import na pagdalo ng sesyong ito.</translation>
    </message>
    <message numerus="yes">
        <source>%n people not matched yet.</source>
        <translation>
            <numerusform>%n tao ang hindi pa naitutugma.</numerusform>
            <numerusform>%n tao ang hindi pa naitutugma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them Sala now finds an e-mail, alias or name on the roster.</source>
        <translation>
            <numerusform>Para sa %n sa kanila, may nakikita na ngayon ang Sala na e-mail, alias o pangalan sa listahan ng kalahok.</numerusform>
            <numerusform>Para sa %n sa kanila, may nakikita na ngayon ang Sala na e-mail, alias o pangalan sa listahan ng kalahok.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewModel</name>
    <message>
        <source>Matched</source>
        <translation>Naitugma</translation>
    </message>
    <message>
        <source>Proposed — confirm?</source>
        <translation>Mungkahi — kumpirmahin?</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Hindi naitugma</translation>
    </message>
    <message>
        <source>Matched by you</source>
        <translation>Itinugma mo</translation>
    </message>
    <message>
        <source>Add to roster</source>
        <translation>Idagdag sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Hindi pinansin</translation>
    </message>
    <message>
        <source>Also shown as: %1</source>
        <translation>Lumalabas din bilang: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(walang pangalan)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>bago: %1</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>confirmed by you: %1</source>
        <translation>kinumpirma mo: %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>pinili mo</translation>
    </message>
    <message>
        <source>will be added to the workshop’s roster</source>
        <translation>idadagdag sa listahan ng kalahok ng workshop</translation>
    </message>
    <message>
        <source>left out of the reports</source>
        <translation>hindi isasama sa mga ulat</translation>
    </message>
    <message>
        <source>no one on the roster with this e-mail or name</source>
        <translation>walang nasa listahan ng kalahok na may ganitong e-mail o pangalan</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Sa file</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roster participant</source>
        <translation>Kalahok sa listahan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the file(s): </source>
        <translation>
            <numerusform>%n tao sa file: </numerusform>
            <numerusform>%n tao sa mga file: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matched</source>
        <translation>%1 naitugma</translation>
    </message>
    <message>
        <source>, %1 proposed</source>
        <translation>, %1 mungkahi</translation>
    </message>
    <message>
        <source>, %1 not matched</source>
        <translation>, %1 hindi naitugma</translation>
    </message>
    <message>
        <source>, %1 to add to the roster</source>
        <translation>, %1 idadagdag sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>, %1 ignored</source>
        <translation>, %1 hindi pinansin</translation>
    </message>
    <message>
        <source>Proposed and unmatched people are left out of the reports until they are matched.</source>
        <translation>Hindi isasama sa mga ulat ang mga iminungkahi at hindi naitugma hangga&apos;t hindi sila naitutugma.</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceStore</name>
    <message>
        <source>save the stays</source>
        <translation>i-save ang mga pananatili</translation>
    </message>
    <message>
        <source>“%1” was already imported into this session on %2. Import it as a replacement to review it again.</source>
        <translation>Na-import na ang “%1” sa sesyong ito noong %2. I-import ito bilang kapalit para suriin ulit.</translation>
    </message>
    <message>
        <source>“%1” is the same file as “%2”, imported into this session on %3. Import it as a replacement to review it again.</source>
        <translation>Ang “%1” ay parehong file ng “%2”, na na-import sa sesyong ito noong %3. I-import ito bilang kapalit para suriin ulit.</translation>
    </message>
    <message>
        <source>save the attendance of “%1”</source>
        <translation>i-save ang pagdalo ng “%1”</translation>
    </message>
    <message>
        <source>remove an attendance import</source>
        <translation>alisin ang isang import ng pagdalo</translation>
    </message>
    <message>
        <source>read the attendance imports</source>
        <translation>basahin ang mga import ng pagdalo</translation>
    </message>
    <message>
        <source>save the alias “%1”</source>
        <translation>i-save ang alias na “%1”</translation>
    </message>
    <message>
        <source>remove the alias “%1”</source>
        <translation>alisin ang alias na “%1”</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>basahin ang listahan ng kalahok</translation>
    </message>
    <message>
        <source>read the people waiting for review</source>
        <translation>basahin ang mga taong naghihintay ng pagsusuri</translation>
    </message>
    <message>
        <source>read a person of an attendance import</source>
        <translation>basahin ang isang tao mula sa isang import ng pagdalo</translation>
    </message>
    <message>
        <source>There is no person number %1 in the imported attendance. Its import may have been removed or imported again; list the people waiting for review again.</source>
        <translation>Walang taong numero %1 sa na-import na pagdalo. Maaaring inalis o na-import ulit ang import nito; ilista ulit ang mga taong naghihintay ng pagsusuri.</translation>
    </message>
    <message>
        <source>count the people waiting for review</source>
        <translation>bilangin ang mga taong naghihintay ng pagsusuri</translation>
    </message>
    <message>
        <source>save the match of a person in the imported attendance</source>
        <translation>i-save ang pagtutugma ng isang tao sa na-import na pagdalo</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceXlsx</name>
    <message>
        <source>Attendance report</source>
        <translation>Ulat ng pagdalo</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Mga petsa</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mga sesyon</translation>
    </message>
    <message>
        <source>Scheduled hours</source>
        <translation>Nakatakdang oras</translation>
    </message>
    <message>
        <source>Completion threshold (%)</source>
        <translation>Minimum para sa pagkumpleto (%)</translation>
    </message>
    <message>
        <source>Participation threshold (%)</source>
        <translation>Minimum para sa paglahok (%)</translation>
    </message>
    <message>
        <source>How shares are counted</source>
        <translation>Paano binibilang ang porsiyento</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent.</source>
        <translation>Ang porsiyento ng isang tao ay ang oras niya sa room kumpara sa nakatakdang oras ng lahat ng sesyon ng workshop; ang oras sa isang sesyon ay binibilang hanggang sa nakatakdang haba lang ng sesyong iyon. Ibinababa sa buong porsiyento ang mga porsiyento.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 sa %2 sesyon ang wala pang na-import na pagdalo; ituturing na liban ang oras ng mga ito.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Naka-enrol</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Dumalo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Nakakumpleto</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>Nakilahok (kulang sa pagkumpleto)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% ng mga dumalo</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% ng mga nakakumpleto</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Nakilahok</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% ng mga nakilahok</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Gustong itawag</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>Pahintulot sa pag-uulat</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Uri ng organisasyon</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>Laki ng negosyo</translation>
    </message>
    <message>
        <source>%1 (minutes)</source>
        <translation>%1 (minuto)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Kabuuang minuto</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>Porsiyento sa workshop (%)</translation>
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
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Scheduled start (%1)</source>
        <translation>Nakatakdang simula (%1)</translation>
    </message>
    <message>
        <source>Scheduled minutes</source>
        <translation>Nakatakdang minuto</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Mga dumalo</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>Karaniwang minuto</translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation>Mga pagkakakilanlang hindi naitugma</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Mga na-import na file</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>hindi na-import</translation>
    </message>
    <message>
        <source>Sala could not save the attendance workbook as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Hindi ma-save ng Sala ang workbook ng pagdalo bilang “%1” (%2). Tiyaking umiiral ang folder at may pahintulot kang magsulat doon, saka subukan ulit.</translation>
    </message>
    <message>
        <source>Sala could not make a temporary folder for the workbook (%1).</source>
        <translation>Hindi makagawa ang Sala ng pansamantalang folder para sa workbook (%1).</translation>
    </message>
    <message>
        <source>Sala could not start the workbook.</source>
        <translation>Hindi masimulan ng Sala ang workbook.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Pagdalo: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Mga kalahok</translation>
    </message>
    <message>
        <source>Sala could not add the sheets to the workbook.</source>
        <translation>Hindi maidagdag ng Sala ang mga sheet sa workbook.</translation>
    </message>
    <message>
        <source>Sala could not finish the workbook (%1).</source>
        <translation>Hindi matapos ng Sala ang workbook (%1).</translation>
    </message>
    <message>
        <source>Sala could not read the finished workbook back (%1).</source>
        <translation>Hindi mabasa ulit ng Sala ang natapos na workbook (%1).</translation>
    </message>
    <message>
        <source>No file name was given for the attendance workbook.</source>
        <translation>Walang ibinigay na pangalan ng file para sa workbook ng pagdalo.</translation>
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
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Naka-enrol</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Dumalo</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% ng mga dumalo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Nakakumpleto</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% ng mga nakakumpleto</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Nakilahok</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% ng mga nakilahok</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutRoomsModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n tao)</numerusform>
            <numerusform>%1 (%n tao)</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: re-solving keeps everyone in this room</source>
        <translation>Naka-lock: mananatili ang lahat sa room na ito kapag inayos muli</translation>
    </message>
    <message>
        <source>Tick to lock the room</source>
        <translation>Lagyan ng tsek para i-lock ang room</translation>
    </message>
    <message>
        <source>%1 — meets again</source>
        <translation>%1 — magkikita ulit</translation>
    </message>
    <message>
        <source>Has met %1 before</source>
        <translation>Nakasama na dati ang %1</translation>
    </message>
    <message>
        <source>Locked: re-solving keeps this person here</source>
        <translation>Naka-lock: mananatili rito ang taong ito kapag inayos muli</translation>
    </message>
    <message>
        <source>Room and people (tick to lock)</source>
        <translation>Room at mga tao (lagyan ng tsek para i-lock)</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Halo</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutSetStore</name>
    <message>
        <source>read the breakout rooms of an activity</source>
        <translation>basahin ang mga breakout room ng isang aktibidad</translation>
    </message>
    <message>
        <source>remove the breakout rooms of an activity</source>
        <translation>alisin ang mga breakout room ng isang aktibidad</translation>
    </message>
    <message>
        <source>save the breakout rooms of an activity</source>
        <translation>i-save ang mga breakout room ng isang aktibidad</translation>
    </message>
    <message>
        <source>read the breakout rooms of the workshop</source>
        <translation>basahin ang mga breakout room ng workshop</translation>
    </message>
    <message>
        <source>read the home groups</source>
        <translation>basahin ang mga home group</translation>
    </message>
    <message>
        <source>save the home groups</source>
        <translation>i-save ang mga home group</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutsView</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gumawa</translation>
    </message>
    <message>
        <source>Re-solve &amp;unlocked</source>
        <translation>Ayusin muli ang hindi &amp;naka-lock</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ilagay</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>I-e&amp;xport</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Paggrupo</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Mga room</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Mga round</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Mga tungkulin</translation>
    </message>
    <message>
        <source>Breakout activities</source>
        <translation>Mga breakout na aktibidad</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Rooms for every round from the roster, with as few repeated pairs as possible (Ctrl+G)</source>
        <translation>Mga room para sa bawat round mula sa listahan ng kalahok, na may pinakakaunting umuulit na pares (Ctrl+G)</translation>
    </message>
    <message>
        <source>Keep locked people and rooms where they are and find the best rooms for everyone else</source>
        <translation>Panatilihin sa kinalalagyan ang mga naka-lock na tao at room, at hanapin ang pinakamainam na room para sa iba pa</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>Mga breakout room</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>Spread evenly:</source>
        <translation>Ikalat nang pantay:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Uri ng organisasyon</translation>
    </message>
    <message>
        <source>&amp;Late arrival:</source>
        <translation>&amp;Huling dumating:</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>Huling dumating</translation>
    </message>
    <message>
        <source>Put the person into the room Sala suggests: the fewest people already met, the smallest room, the best mix</source>
        <translation>Ilagay ang tao sa room na mungkahi ng Sala: pinakakaunting nakasama na, pinakamaliit na room, pinakamainam na halo</translation>
    </message>
    <message>
        <source>Zoom pre-assignment CSV…</source>
        <translation>CSV para sa Zoom pre-assignment…</translation>
    </message>
    <message>
        <source>Copy room list (Teams, Meet, chat)</source>
        <translation>Kopyahin ang listahan ng room (Teams, Meet, chat)</translation>
    </message>
    <message>
        <source>Save room list…</source>
        <translation>I-save ang listahan ng room…</translation>
    </message>
    <message>
        <source>Save this round as home groups</source>
        <translation>I-save ang round na ito bilang home group</translation>
    </message>
    <message>
        <source>Use home groups for every round</source>
        <translation>Gamitin ang home group sa bawat round</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Walang bukas na sesyon.</translation>
    </message>
    <message>
        <source> — more than %1 allows (%2)</source>
        <translation> — higit sa pinapayagan ng %1 (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 min</source>
        <translation>%1 × %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast %n min before the end</source>
        <translation>
            <numerusform>Broadcast %n min bago matapos</numerusform>
            <numerusform>Broadcast %n min bago matapos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breakout activities in this session.</source>
        <translation>
            <numerusform>%n breakout na aktibidad sa sesyong ito.</numerusform>
            <numerusform>%n breakout na aktibidad sa sesyong ito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a breakout activity above to see its rooms.</source>
        <translation>Pumili ng breakout na aktibidad sa itaas para makita ang mga room nito.</translation>
    </message>
    <message>
        <source>Rooms for “%1”</source>
        <translation>Mga room para sa “%1”</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Round %1 ng %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>hindi sinabi</translation>
    </message>
    <message>
        <source>The roster is empty: add participants in Roster mode (Ctrl+2) first.</source>
        <translation>Walang laman ang listahan ng kalahok: magdagdag muna ng kalahok sa mode na Mga Kalahok (Ctrl+2).</translation>
    </message>
    <message numerus="yes">
        <source>No rooms yet for %n people. Generate (Ctrl+G) makes them for every round.</source>
        <translation>
            <numerusform>Wala pang room para sa %n tao. Ang Gumawa (Ctrl+G) ay gagawa ng mga ito para sa bawat round.</numerusform>
            <numerusform>Wala pang room para sa %n tao. Ang Gumawa (Ctrl+G) ay gagawa ng mga ito para sa bawat round.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated pairs over all rounds: %1</source>
        <translation>Umuulit na pares sa lahat ng round: %1</translation>
    </message>
    <message>
        <source> (no schedule can have fewer than %1)</source>
        <translation> (walang iskedyul na may mas kaunti sa %1)</translation>
    </message>
    <message>
        <source>people beyond an even mix: %1</source>
        <translation>mga taong lampas sa pantay na halo: %1</translation>
    </message>
    <message>
        <source>These rooms cannot be made: %1</source>
        <translation>Hindi mabubuo ang mga room na ito: %1</translation>
    </message>
    <message>
        <source>Finding the best rooms…</source>
        <translation>Hinahanap ang pinakamainam na mga room…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ihinto</translation>
    </message>
    <message>
        <source>Re-solve the rooms of “%1”</source>
        <translation>Ayusin muli ang mga room ng “%1”</translation>
    </message>
    <message>
        <source>Generate rooms for “%1”</source>
        <translation>Gumawa ng mga room para sa “%1”</translation>
    </message>
    <message>
        <source>Rooms made for every round. Repeated pairs: %1; no schedule can have fewer than %2.</source>
        <translation>Nagawa ang mga room para sa bawat round. Umuulit na pares: %1; walang iskedyul na may mas kaunti sa %2.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Ilipat ang %1 sa %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to %1</source>
        <translation>
            <numerusform>Ilipat ang %n tao sa %1</numerusform>
            <numerusform>Ilipat ang %n tao sa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>I-lock ang %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>I-unlock ang %1</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Palitan ang pangalan ng %1 at gawing %2</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>Ilagay ang %1 sa %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before.</source>
        <translation>Papasok si %1 sa %2: walang sinuman doon ang nakasama na si %1 dati.</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3.</source>
        <translation>Papasok si %1 sa %2, ang pinakamainam na natitirang room; mga naroon na nakasama na si %1 dati: %3.</translation>
    </message>
    <message>
        <source>These rooms are now the workshop&apos;s home groups; any breakout activity can use them.</source>
        <translation>Ang mga room na ito na ngayon ang home group ng workshop; magagamit ito ng anumang breakout na aktibidad.</translation>
    </message>
    <message>
        <source>This workshop has no home groups yet: make rooms, then Export ▸ Save this round as home groups.</source>
        <translation>Wala pang home group ang workshop na ito: gumawa ng mga room, saka I-export ▸ I-save ang round na ito bilang home group.</translation>
    </message>
    <message>
        <source>Use home groups for “%1”</source>
        <translation>Gamitin ang home group para sa “%1”</translation>
    </message>
    <message>
        <source>The room list of round %1 is on the clipboard: paste it into the chat, Teams or Meet.</source>
        <translation>Nasa clipboard na ang listahan ng room ng round %1: i-paste ito sa chat, Teams o Meet.</translation>
    </message>
    <message>
        <source>Save Room List</source>
        <translation>I-save ang Listahan ng Room</translation>
    </message>
    <message>
        <source>breakout-rooms-round-%1.txt</source>
        <translation>breakout-rooms-round-%1.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Mga text file (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Hindi maisulat ang “%1”: %2</translation>
    </message>
    <message>
        <source>Room list saved to %1.</source>
        <translation>Na-save ang listahan ng room sa %1.</translation>
    </message>
    <message>
        <source>Export Zoom Pre-assignment</source>
        <translation>I-export ang Zoom Pre-assignment</translation>
    </message>
    <message>
        <source>zoom-rooms-round-%1.csv</source>
        <translation>zoom-rooms-round-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Zoom pre-assignment for round %1 saved to %2, people: %3. Upload it when scheduling the meeting: Breakout Room pre-assign ▸ Import from CSV.</source>
        <translation>Na-save sa %2 ang Zoom pre-assignment para sa round %1, mga tao: %3. I-upload ito habang ini-schedule ang meeting: Breakout Room pre-assign ▸ Import from CSV.</translation>
    </message>
    <message>
        <source>Only people &amp;checked in</source>
        <translation>Ang mga na-&amp;check in lang</translation>
    </message>
    <message>
        <source>&amp;Move to Room…</source>
        <translation>Ilipat sa R&amp;oom…</translation>
    </message>
    <message>
        <source>Move to the &amp;Previous Room</source>
        <translation>Ilipat sa N&amp;aunang Room</translation>
    </message>
    <message>
        <source>Move to the &amp;Next Room</source>
        <translation>Ilipat sa &amp;Susunod na Room</translation>
    </message>
    <message>
        <source>Drag people to another room, or select them and press M (Alt+Up, Alt+Down: the room before or after)</source>
        <translation>I-drag ang mga tao sa ibang room, o piliin sila at pindutin ang M (Alt+Up, Alt+Down: ang room bago o pagkatapos)</translation>
    </message>
    <message>
        <source>Move the selected people to a room you choose</source>
        <translation>Ilipat ang mga napiling tao sa room na pipiliin mo</translation>
    </message>
    <message>
        <source>Move the selected people to the room before theirs</source>
        <translation>Ilipat ang mga napiling tao sa room bago ang kanila</translation>
    </message>
    <message>
        <source>Move the selected people to the room after theirs</source>
        <translation>Ilipat ang mga napiling tao sa room pagkatapos ng kanila</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only people checked in</source>
        <translation>Ang mga na-check in lang</translation>
    </message>
    <message>
        <source>Group only the people checked in to this session now (present, late or rejoined). On by default once anyone has checked in.</source>
        <translation>Igrupo lang ang mga naka-check in ngayon sa sesyong ito (narito, nahuli o bumalik). Naka-on bilang default kapag may nag-check in na.</translation>
    </message>
    <message>
        <source>Who is grouped</source>
        <translation>Sino ang iginugrupo</translation>
    </message>
    <message>
        <source>Export and print the rooms</source>
        <translation>I-export at i-print ang mga room</translation>
    </message>
    <message>
        <source>Print rooms (PDF)…</source>
        <translation>I-print ang mga room (PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms of about %1</source>
        <translation>
            <numerusform>%n room, mga tig-%1 tao</numerusform>
            <numerusform>%n room, mga tig-%1 tao</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rooms are counted for the %n people grouped; %1 allows up to %2 rooms.</source>
        <translation>
            <numerusform>Binilang ang mga room para sa %n taong iginugrupo; pinapayagan ng %1 ang hanggang %2 room.</numerusform>
            <numerusform>Binilang ang mga room para sa %n taong iginugrupo; pinapayagan ng %1 ang hanggang %2 room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to other rooms</source>
        <translation>
            <numerusform>Ilipat ang %n tao sa ibang room</numerusform>
            <numerusform>Ilipat ang %n tao sa ibang room</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>I-undo gamit ang Ctrl+Z.</translation>
    </message>
    <message>
        <source>Already in the first room.</source>
        <translation>Nasa unang room na.</translation>
    </message>
    <message>
        <source>Already in the last room.</source>
        <translation>Nasa huling room na.</translation>
    </message>
    <message>
        <source>Move to Room</source>
        <translation>Ilipat sa Room</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>Ilipat sa room</translation>
    </message>
    <message>
        <source>Select people in the rooms first</source>
        <translation>Pumili muna ng mga tao sa mga room</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n tao)</numerusform>
            <numerusform>%1 (%n tao)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is checked in to this session now: untick “Only people checked in” to group everyone expected.</source>
        <translation>Walang naka-check in ngayon sa sesyong ito: alisin ang check sa “Ang mga na-check in lang” para igrupo ang lahat ng inaasahan.</translation>
    </message>
    <message numerus="yes">
        <source>Grouping all %n people on the roster.</source>
        <translation>
            <numerusform>Iginugrupo ang lahat ng %n tao sa listahan ng kalahok.</numerusform>
            <numerusform>Iginugrupo ang lahat ng %n tao sa listahan ng kalahok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked in</source>
        <translation>
            <numerusform>%n hindi naka-check in</numerusform>
            <numerusform>%n hindi naka-check in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked out of the call</source>
        <translation>
            <numerusform>%n umalis na sa call</numerusform>
            <numerusform>%n umalis na sa call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out of this session</source>
        <translation>
            <numerusform>%n hindi kasama sa sesyong ito</numerusform>
            <numerusform>%n hindi kasama sa sesyong ito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose data was erased</source>
        <translation>
            <numerusform>%n na nabura na ang datos</numerusform>
            <numerusform>%n na nabura na ang datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %1 of %n people; not grouped: %2.</source>
        <translation>
            <numerusform>Iginugrupo ang %1 sa %n tao; hindi iginrupo: %2.</numerusform>
            <numerusform>Iginugrupo ang %1 sa %n tao; hindi iginrupo: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>There are no rooms to print yet: Generate (Ctrl+G) makes them.</source>
        <translation>Wala pang room na ipi-print: gagawin ito ng Gumawa (Ctrl+G).</translation>
    </message>
    <message>
        <source>Print Rooms (PDF)</source>
        <translation>I-print ang mga Room (PDF)</translation>
    </message>
    <message>
        <source>breakout-rooms.pdf</source>
        <translation>breakout-rooms.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>The rooms of every round of “%1” are in %2, a page per round.</source>
        <translation>Nasa %2 ang mga room ng bawat round ng “%1”, isang page bawat round.</translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s) in the main room</source>
        <translation>
            <numerusform>%n observer sa main room</numerusform>
            <numerusform>%n observer sa main room</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: %1.</source>
        <translation>Team: %1.</translation>
    </message>
</context>
<context>
    <name>sala::CatchUp</name>
    <message>
        <source>Welcome! Good to have you with us.</source>
        <translation>Maligayang pagdating! Mabuti at kasama ka namin.</translation>
    </message>
    <message>
        <source>Welcome, %1! Good to have you with us.</source>
        <translation>Maligayang pagdating, %1! Mabuti at kasama ka namin.</translation>
    </message>
    <message>
        <source>We have not started yet: we begin at %1.</source>
        <translation>Hindi pa tayo nagsisimula: magsisimula tayo nang %1.</translation>
    </message>
    <message>
        <source>So far we have done:</source>
        <translation>Ang mga nagawa na natin:</translation>
    </message>
    <message>
        <source>We have just finished. The facilitator will share the summary.</source>
        <translation>Katatapos lang natin. Ibabahagi ng facilitator ang buod.</translation>
    </message>
    <message>
        <source>Now, until %1: %2</source>
        <translation>Ngayon, hanggang %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Ang gagawin: %1</translation>
    </message>
    <message>
        <source>You will join a breakout room in a moment; please stay in the main room until then.</source>
        <translation>Mapupunta ka sa isang breakout room maya-maya; manatili muna sa main room hanggang doon.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Susunod: %1</translation>
    </message>
</context>
<context>
    <name>sala::CertificateListModel</name>
    <message>
        <source>Completion</source>
        <translation>Pagkumpleto</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Paglahok</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertipiko</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>Porsiyento sa workshop</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>Oras na binilang</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
</context>
<context>
    <name>sala::CertificateTemplateDialog</name>
    <message>
        <source>Completion text</source>
        <translation>Text ng pagkumpleto</translation>
    </message>
    <message>
        <source>Participation text</source>
        <translation>Text ng paglahok</translation>
    </message>
    <message>
        <source>Make certificates of &amp;participation too</source>
        <translation>Gumawa rin ng mga sertipiko ng &amp;paglahok</translation>
    </message>
    <message>
        <source>Write years in the &amp;Buddhist Era (2026 → 2569), as Thai certificates do</source>
        <translation>Isulat ang taon sa &amp;Buddhist Era (2026 → 2569), gaya ng sa mga sertipiko sa Thailand</translation>
    </message>
    <message>
        <source>Certificate Template</source>
        <translation>Template ng Sertipiko</translation>
    </message>
    <message>
        <source>Completion title</source>
        <translation>Pamagat ng pagkumpleto</translation>
    </message>
    <message>
        <source>Participation title</source>
        <translation>Pamagat ng paglahok</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>Pangalan ng lumagda</translation>
    </message>
    <message>
        <source>Signatory role</source>
        <translation>Posisyon ng lumagda</translation>
    </message>
    <message>
        <source>Make certificates of participation too</source>
        <translation>Gumawa rin ng mga sertipiko ng paglahok</translation>
    </message>
    <message>
        <source>Write years in the Buddhist Era</source>
        <translation>Isulat ang taon sa Buddhist Era</translation>
    </message>
    <message>
        <source>e.g. Programme Director</source>
        <translation>hal. Direktor ng Programa</translation>
    </message>
    <message>
        <source>Completion &amp;title:</source>
        <translation>Pama&amp;gat ng pagkumpleto:</translation>
    </message>
    <message>
        <source>Completion te&amp;xt:</source>
        <translation>Te&amp;xt ng pagkumpleto:</translation>
    </message>
    <message>
        <source>Participation t&amp;itle:</source>
        <translation>Pamagat ng pagla&amp;hok:</translation>
    </message>
    <message>
        <source>Participation t&amp;ext:</source>
        <translation>Text ng pagl&amp;ahok:</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>Pa&amp;ngalan ng lumagda:</translation>
    </message>
    <message>
        <source>Signatory &amp;role:</source>
        <translation>P&amp;osisyon ng lumagda:</translation>
    </message>
    <message>
        <source>Placeholders: %1. Each line of a text is a line on the certificate; the person&apos;s name is set large.</source>
        <translation>Mga placeholder: %1. Bawat linya ng text ay isang linya sa sertipiko; malaki ang pagkaka-print ng pangalan ng tao.</translation>
    </message>
    <message>
        <source>Template problems</source>
        <translation>Mga problema sa template</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Ibalik ang mga &amp;Default</translation>
    </message>
    <message>
        <source>Sala does not know %1 and will print it as written. Known placeholders: %2.</source>
        <translation>Hindi kilala ng Sala ang %1 at ipi-print ito nang ganoon mismo. Mga kilalang placeholder: %2.</translation>
    </message>
</context>
<context>
    <name>sala::Certificates</name>
    <message>
        <source>Certificate of Completion</source>
        <translation>Sertipiko ng Pagkumpleto</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has successfully completed the workshop
{workshop}
held online on {dates} ({hours} hours) by {organizer}.</source>
        <translation>Ito ay nagpapatunay na si
{name}
ay matagumpay na nakakumpleto ng workshop na
{workshop}
na ginanap online noong {dates} ({hours} oras) ng {organizer}.</translation>
    </message>
    <message>
        <source>Certificate of Participation</source>
        <translation>Sertipiko ng Paglahok</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has participated in the workshop
{workshop}
held online on {dates} by {organizer}, attending {attendedHours} of {hours} hours.</source>
        <translation>Ito ay nagpapatunay na si
{name}
ay nakilahok sa workshop na
{workshop}
na ginanap online noong {dates} ng {organizer}, at dumalo nang {attendedHours} sa {hours} oras.</translation>
    </message>
</context>
<context>
    <name>sala::CertificatesPdf</name>
    <message>
        <source>Sala could not save the certificates as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Hindi ma-save ng Sala ang mga sertipiko bilang “%1” (%2). Tiyaking umiiral ang folder at may pahintulot kang magsulat doon, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The certificates need Qt&apos;s graphics support, which this program did not start. Make them from the Sala window.</source>
        <translation>Kailangan ng mga sertipiko ang graphics support ng Qt, na hindi sinimulan ng program na ito. Gawin ang mga ito mula sa window ng Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the certificates.</source>
        <translation>Walang ibinigay na pangalan ng file para sa mga sertipiko.</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet, so no certificates were written. Import the attendance of every session, or check the thresholds.</source>
        <translation>Wala pang nakakuha ng sertipiko, kaya walang naisulat na sertipiko. I-import ang pagdalo ng bawat sesyon, o suriin ang mga minimum.</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>hindi masimulan ang PDF</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>hindi matapos ang PDF</translation>
    </message>
</context>
<context>
    <name>sala::Charts</name>
    <message>
        <source>Attended</source>
        <translation>Dumalo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Nakakumpleto</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>Nakilahok</translation>
    </message>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>Wala pang tao sa listahan ng kalahok.</translation>
    </message>
    <message>
        <source>No joins and leaves are known for this session yet.</source>
        <translation>Wala pang alam na pagpasok at pag-alis para sa sesyong ito.</translation>
    </message>
    <message>
        <source>People in the room, peak %1</source>
        <translation>Mga tao sa room, pinakamarami %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mga tao</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>Mga tao sa room</translation>
    </message>
    <message>
        <source>Scheduled start and end</source>
        <translation>Nakatakdang simula at pagtatapos</translation>
    </message>
    <message>
        <source>Clock time (%1)</source>
        <translation>Oras (%1)</translation>
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
        <translation>&amp;Mensahe para sa nahuli</translation>
    </message>
    <message>
        <source>Present and expected</source>
        <translation>Narito at inaasahan</translation>
    </message>
    <message>
        <source>Type a name, alias or email, then Enter</source>
        <translation>Mag-type ng pangalan, alias o email, saka pindutin ang Enter</translation>
    </message>
    <message>
        <source>Find a participant to check in</source>
        <translation>Hanapin ang kalahok na iche-check in</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Mga tugmang kalahok</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Huling check-in</translation>
    </message>
    <message>
        <source>Ctrl+M writes a catch-up message for latecomers here and copies it.</source>
        <translation>Sumusulat ang Ctrl+M dito ng mensahe para sa mga nahuli at kinokopya ito.</translation>
    </message>
    <message>
        <source>Catch-up message</source>
        <translation>Mensahe para sa nahuli</translation>
    </message>
    <message>
        <source>What has happened and what the group is doing now, ready to paste into the chat (Ctrl+M)</source>
        <translation>Ano na ang nangyari at ano ang ginagawa ng grupo ngayon, handa nang i-paste sa chat (Ctrl+M)</translation>
    </message>
    <message>
        <source>Enter: present · Ctrl+L: late · Ctrl+D: left · Ctrl+R: rejoined · Ctrl+Enter: walk-in · Ctrl+M: catch-up message</source>
        <translation>Enter: narito · Ctrl+L: nahuli · Ctrl+D: umalis · Ctrl+R: bumalik · Ctrl+Enter: walk-in · Ctrl+M: mensahe para sa nahuli</translation>
    </message>
    <message>
        <source>not expected this session</source>
        <translation>hindi inaasahan sa sesyong ito</translation>
    </message>
    <message>
        <source>present since %1</source>
        <translation>narito mula %1</translation>
    </message>
    <message>
        <source>late, since %1</source>
        <translation>nahuli, narito mula %1</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>umalis nang %1</translation>
    </message>
    <message>
        <source>rejoined at %1</source>
        <translation>bumalik nang %1</translation>
    </message>
    <message>
        <source>Check-in — %1</source>
        <translation>Check-in — %1</translation>
    </message>
    <message>
        <source>Check-in — choose a session first</source>
        <translation>Check-in — pumili muna ng sesyon</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more still to come; type to find them</source>
        <translation>
            <numerusform>… at %n pa ang hindi pa dumarating; mag-type para mahanap</numerusform>
            <numerusform>… at %n pa ang hindi pa dumarating; mag-type para mahanap</numerusform>
        </translation>
    </message>
    <message>
        <source>as “%1”</source>
        <translation>bilang “%1”</translation>
    </message>
    <message>
        <source>+ Add “%1” as a walk-in (Ctrl+Enter)</source>
        <translation>+ Idagdag ang “%1” bilang walk-in (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; present of &lt;b&gt;%2&lt;/b&gt; expected</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ang narito sa &lt;b&gt;%2&lt;/b&gt; na inaasahan</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n nahuli</numerusform>
            <numerusform>%n nahuli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n umalis</numerusform>
            <numerusform>%n umalis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 present at %2</source>
        <translation>Dumating si %1 nang %2</translation>
    </message>
    <message>
        <source>%1 late, arrived at %2</source>
        <translation>Nahuli si %1, dumating nang %2</translation>
    </message>
    <message>
        <source>%1 left at %2</source>
        <translation>Umalis si %1 nang %2</translation>
    </message>
    <message>
        <source>%1 rejoined at %2</source>
        <translation>Bumalik si %1 nang %2</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it</source>
        <translation>I-undo gamit ang Ctrl+Z</translation>
    </message>
    <message>
        <source>%1 is already here (since %2).</source>
        <translation>Narito na si %1 (mula %2).</translation>
    </message>
    <message>
        <source>%1 has not arrived, so cannot leave.</source>
        <translation>Hindi pa dumarating si %1, kaya hindi puwedeng umalis.</translation>
    </message>
    <message>
        <source>%1 has not left, so cannot rejoin.</source>
        <translation>Hindi pa umaalis si %1, kaya hindi puwedeng bumalik.</translation>
    </message>
    <message>
        <source>Walk-in at %1</source>
        <translation>Walk-in nang %1</translation>
    </message>
    <message>
        <source>Walk-in %1 added and present at %2</source>
        <translation>Naidagdag ang walk-in na si %1, narito mula %2</translation>
    </message>
    <message>
        <source>Ask for their details and consent later in Roster mode.</source>
        <translation>Hingin ang kanilang detalye at pahintulot mamaya sa mode na Mga Kalahok.</translation>
    </message>
    <message>
        <source>The catch-up message is on the clipboard: paste it into the meeting chat.</source>
        <translation>Nasa clipboard na ang mensahe para sa nahuli: i-paste ito sa chat ng meeting.</translation>
    </message>
</context>
<context>
    <name>sala::ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(hindi ini-import)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Gustong itawag</translation>
    </message>
    <message>
        <source>Alias (e.g. Zoom name)</source>
        <translation>Alias (hal. pangalan sa Zoom)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Uri ng organisasyon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Pangkat ng edad</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mga empleyado</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Mga wika</translation>
    </message>
    <message>
        <source>Needs interpretation</source>
        <translation>Kailangan ng interpreter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>May pahintulot</translation>
    </message>
    <message>
        <source>Consent time / form sent</source>
        <translation>Oras ng pahintulot / pagpasa ng form</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Bersyon ng privacy notice</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
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
        <translation>Tungkulin sa workshop</translation>
    </message>
</context>
<context>
    <name>sala::CsvReader</name>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1”, linya %2, column %3: %4</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. Check that quotes inside cells are doubled (&quot;&quot;), then export the file again.</source>
        <translation>may cell na nagsisimula sa quote dito pero walang pansarang quote. Tiyaking doble ang mga quote sa loob ng cell (&quot;&quot;), saka i-export muli ang file.</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>may text pagkatapos ng pansarang quote ng cell na ito. Ang quote sa loob ng naka-quote na cell ay dapat isulat nang dalawang beses (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>sala::Demo</name>
    <message>
        <source>look for the demo workshop</source>
        <translation>hanapin ang demo workshop</translation>
    </message>
</context>
<context>
    <name>sala::Duplicates</name>
    <message>
        <source>same email</source>
        <translation>parehong email</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>parehong telepono</translation>
    </message>
    <message>
        <source>similar name, same organization</source>
        <translation>magkahawig na pangalan, parehong organisasyon</translation>
    </message>
</context>
<context>
    <name>sala::GroupExport</name>
    <message>
        <source>Room %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <source>Left out, without an e-mail address (assign them in the meeting): %1</source>
        <translation>Hindi naisama dahil walang email address (i-assign sila sa mismong meeting): %1</translation>
    </message>
    <message>
        <source>%1 share the address %2; Zoom places one account in one room</source>
        <translation>Iisa ang address na %2 nina %1; isang account lang ang inilalagay ng Zoom sa isang room</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 rooms; this round has %2</source>
        <translation>Hanggang %1 room lang ang kayang i-pre-assign ng Zoom; %2 ang nasa round na ito</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 people; this round has %2</source>
        <translation>Hanggang %1 tao lang ang kayang i-pre-assign ng Zoom; %2 ang nasa round na ito</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
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
        <translation>affine plane na order %1</translation>
    </message>
    <message>
        <source>resolvable transversal design over GF(%1)</source>
        <translation>resolvable transversal design sa GF(%1)</translation>
    </message>
    <message>
        <source>32 in fours over the binary triples</source>
        <translation>32 na tig-aapat sa binary triples</translation>
    </message>
    <message>
        <source>base round shifted over Z%1</source>
        <translation>base round na inilipat sa Z%1</translation>
    </message>
    <message>
        <source>with a single room everyone meets everyone in every round</source>
        <translation>kapag iisa lang ang room, nagkikita ang lahat sa bawat round</translation>
    </message>
    <message>
        <source>a second round would need every room to take at most one person from each room of the first, and there are only %1 rooms for groups of %2</source>
        <translation>sa ikalawang round, bawat room ay dapat kumuha ng hindi hihigit sa isang tao mula sa bawat room ng una, pero %1 room lang ang mayroon para sa mga grupong may %2</translation>
    </message>
    <message>
        <source>Euler&apos;s problem of the 36 officers has no solution (Tarry, 1900), so no two Latin squares of order 6 fit together and 36 people in sixes get 3 rounds</source>
        <translation>Walang solusyon ang problema ni Euler tungkol sa 36 na opisyal (Tarry, 1900), kaya walang dalawang Latin square na order 6 ang nagtutugma, at 3 round lang ang makukuha ng 36 na tao na tig-aanim</translation>
    </message>
    <message>
        <source>a fifth round would need a nearly Kirkman triple system of order 12, which does not exist</source>
        <translation>ang ikalimang round ay mangangailangan ng nearly Kirkman triple system na order 12, na hindi umiiral</translation>
    </message>
    <message>
        <source>each round everyone meets %1 new people, and there are only %2 others to meet</source>
        <translation>sa bawat round, %1 bagong tao ang nakikilala ng bawat isa, at %2 lang ang ibang puwedeng makilala</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>round %1</translation>
    </message>
    <message>
        <source>there is no participant with this id</source>
        <translation>walang kalahok na may ganitong id</translation>
    </message>
    <message>
        <source>%1 is in two rooms of %2; put each person in one room</source>
        <translation>nasa dalawang room ng %2 ang %1; ilagay ang bawat tao sa iisang room</translation>
    </message>
    <message>
        <source>the room sizes add up to %1, but %2 people take part; make them add up to %2</source>
        <translation>%1 ang kabuuan ng laki ng mga room, pero %2 tao ang kasali; gawing %2 ang kabuuan</translation>
    </message>
    <message>
        <source>%1 people cannot be split into groups of %2 to %3; widen the range</source>
        <translation>hindi mahahati ang %1 tao sa mga grupong may %2 hanggang %3; palawakin ang saklaw</translation>
    </message>
    <message>
        <source>say how to form the rooms: give num_groups, group_size, group_sizes, or min_size and max_size</source>
        <translation>sabihin kung paano bubuuin ang mga room: ibigay ang num_groups, group_size, group_sizes, o min_size at max_size</translation>
    </message>
    <message>
        <source>%1 people are too few for %2 rooms; ask for fewer rooms</source>
        <translation>kulang ang %1 tao para sa %2 room; humingi ng mas kaunting room</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, below min_size %4</source>
        <translation>ang %1 tao sa %2 room ay magbubunga ng mga room na may %3, mas mababa sa min_size na %4</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, above max_size %4</source>
        <translation>ang %1 tao sa %2 room ay magbubunga ng mga room na may %3, mas mataas sa max_size na %4</translation>
    </message>
    <message>
        <source>id is empty; every participant needs one</source>
        <translation>walang laman ang id; kailangan ng bawat kalahok ang id</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 din ang id ng isang naunang kalahok; dapat magkakaiba ang mga id</translation>
    </message>
    <message>
        <source>there is nobody to group; list the participants</source>
        <translation>walang igugrupo; ilista ang mga kalahok</translation>
    </message>
    <message>
        <source>%1 participants are more than Sala groups at once (%2); split them, for example by language or cohort</source>
        <translation>ang %1 kalahok ay higit sa kayang igrupo ng Sala nang sabay-sabay (%2); hatiin sila, halimbawa ayon sa wika o batch</translation>
    </message>
    <message>
        <source>%1 rounds are more than Sala plans at once (%2)</source>
        <translation>ang %1 round ay higit sa kayang iplano ng Sala nang sabay-sabay (%2)</translation>
    </message>
    <message>
        <source>%1 rounds asked for, but %2 fixed rounds are given; ask for at least %2</source>
        <translation>%1 round ang hiniling, pero %2 nakapirming round ang ibinigay; humingi ng hindi bababa sa %2</translation>
    </message>
    <message>
        <source>max_meetings must be at least 1</source>
        <translation>dapat hindi bababa sa 1 ang max_meetings</translation>
    </message>
    <message>
        <source>round %1 does not exist; rounds are numbered from 0 to %2</source>
        <translation>walang round %1; may bilang ang mga round mula 0 hanggang %2</translation>
    </message>
    <message>
        <source>group must be a room number from 0</source>
        <translation>dapat numero ng room ang group, simula sa 0</translation>
    </message>
    <message>
        <source>%1 is pinned in %2 but does not attend it</source>
        <translation>naka-pin ang %1 sa %2 pero hindi siya dadalo roon</translation>
    </message>
    <message>
        <source>%1 is pinned to two rooms in %2</source>
        <translation>naka-pin ang %1 sa dalawang room sa %2</translation>
    </message>
    <message>
        <source>group_sizes cannot be combined with homogeneous_attrs, which give each value its own rooms; give num_groups or group_size instead</source>
        <translation>hindi puwedeng pagsabayin ang group_sizes at homogeneous_attrs, na nagbibigay ng sariling mga room sa bawat value; ibigay na lang ang num_groups o group_size</translation>
    </message>
    <message>
        <source>%1 rooms are too few: keeping %2 homogeneous needs one room for each of its %3 values</source>
        <translation>kulang ang %1 room: para manatiling magkakapareho ang %2, kailangan ng isang room para sa bawat isa sa %3 value nito</translation>
    </message>
    <message>
        <source>%1 is pinned to rooms of different %2 values; pin them to rooms of one</source>
        <translation>naka-pin ang %1 sa mga room na magkaiba ang value ng %2; i-pin sila sa mga room na iisa ang value</translation>
    </message>
    <message>
        <source>%1 is pinned to a room that does not exist</source>
        <translation>naka-pin ang %1 sa room na hindi umiiral</translation>
    </message>
    <message>
        <source>list at least two participants</source>
        <translation>maglista ng hindi bababa sa dalawang kalahok</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>dalawang beses nakalista ang %1</translation>
    </message>
    <message>
        <source>%1 and %2 are to be kept apart and kept together at once; choose one</source>
        <translation>sina %1 at %2 ay nakatakdang paghiwalayin at pagsamahin nang sabay; pumili ng isa</translation>
    </message>
    <message>
        <source>%1 and %2 have different %3, which gives them different rooms; they cannot be kept together</source>
        <translation>magkaiba ang %3 nina %1 at %2, kaya magkaiba ang kanilang room; hindi sila mapagsasama</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(wala)</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>sa %1: %2</translation>
    </message>
    <message>
        <source>%1 is pinned to room %2, but %3 has rooms %4 to %5</source>
        <translation>naka-pin ang %1 sa room %2, pero ang %3 ay may mga room %4 hanggang %5</translation>
    </message>
    <message>
        <source>%1 people are pinned to room %2 in %3, which holds only %4</source>
        <translation>%1 tao ang naka-pin sa room %2 sa %3, na %4 lang ang kasya</translation>
    </message>
    <message>
        <source>%1 people are to be kept together, but the rooms of %2 hold at most %3</source>
        <translation>%1 tao ang dapat magkakasama, pero hanggang %3 lang ang kasya sa mga room ng %2</translation>
    </message>
    <message>
        <source>each person meets about %1 people per round, and only so many of them can be new</source>
        <translation>mga %1 tao ang nakakasama ng bawat isa kada round, at limitado lang kung ilan sa kanila ang puwedeng bago</translation>
    </message>
    <message>
        <source>%1 for %2 rounds, the rest by tabu search</source>
        <translation>%1 para sa %2 round, ang iba ay sa tabu search</translation>
    </message>
    <message>
        <source>greedy start and tabu search</source>
        <translation>greedy na simula at tabu search</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, then tabu search</source>
        <translation>pinanatili ang plano kung saan kasya pa, saka tabu search</translation>
    </message>
    <message>
        <source>At most %1 of the %2 rounds can be free of repeated pairs: %3.</source>
        <translation>Hanggang %1 lang sa %2 round ang puwedeng walang umuulit na pares: %3.</translation>
    </message>
    <message>
        <source>This schedule has %1 repeated pairs.</source>
        <translation>May %1 umuulit na pares ang iskedyul na ito.</translation>
    </message>
    <message>
        <source>Alternatives: %1 rounds with nobody meeting twice</source>
        <translation>Mga alternatibo: %1 round na walang nagkikita nang dalawang beses</translation>
    </message>
    <message>
        <source>, or groups of about %1, which by counting allow up to %2 rounds</source>
        <translation>, o mga grupong may mga %1 tao, na ayon sa pagbilang ay puwede hanggang %2 round</translation>
    </message>
    <message>
        <source>The time limit ended the search at %1 repeated pairs against a lower bound of %2; a longer time limit may find fewer.</source>
        <translation>Natapos ng time limit ang paghahanap sa %1 umuulit na pares, kumpara sa lower bound na %2; baka makahanap ng mas kaunti kung mas mahaba ang time limit.</translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept apart shares a room %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>Magkasama sa iisang room nang %n beses ang isang pares na dapat paghiwalayin; walang nahanap na iskedyul na nakaiiwas dito.</numerusform>
            <numerusform>Magkasama sa iisang room nang %n beses ang isang pares na dapat paghiwalayin; walang nahanap na iskedyul na nakaiiwas dito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept together is split %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>Napaghiwalay nang %n beses ang isang pares na dapat magkasama; walang nahanap na iskedyul na nakaiiwas dito.</numerusform>
            <numerusform>Napaghiwalay nang %n beses ang isang pares na dapat magkasama; walang nahanap na iskedyul na nakaiiwas dito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; this is the best schedule found so far.</source>
        <translation>Huminto bago matapos; ito ang pinakamahusay na iskedyul na nahanap sa ngayon.</translation>
    </message>
    <message>
        <source>Kirkman triple system of order %1</source>
        <translation>Kirkman triple system na order %1</translation>
    </message>
    <message>
        <source>nearly Kirkman triple system of order %1</source>
        <translation>nearly Kirkman triple system na order %1</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, newcomers placed by exact search</source>
        <translation>pinanatili ang plano kung saan kasya pa, inilagay ang mga bagong dating sa pamamagitan ng exact search</translation>
    </message>
    <message>
        <source>No schedule can have fewer than %1 repeated pairs with these rooms, rounds and earlier meetings; this schedule has %2.</source>
        <translation>Hindi maiiwasan ang hindi bababa sa %1 umuulit na pares sa mga room, round at naunang pagkikitang ito; %2 ang nasa iskedyul na ito.</translation>
    </message>
    <message>
        <source>23 people in rooms of 5, 5, 5, 4, 4 would have to meet all but one of their 253 pairs exactly once in six rounds, which is proven impossible</source>
        <translation>kailangang magkita nang eksaktong isang beses sa anim na round ang lahat maliban sa isa sa 253 pares ng 23 tao sa mga room na 5, 5, 5, 4, 4, at napatunayang imposible iyon</translation>
    </message>
</context>
<context>
    <name>sala::GroupsJson</name>
    <message>
        <source>a list</source>
        <translation>isang listahan</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>isang object</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; known here: %2</source>
        <translation>hindi kilalang member na &quot;%1&quot;; ang kilala rito: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>dapat buong numero mula %1 hanggang %2, hindi %3</translation>
    </message>
    <message>
        <source>must be a list in square brackets [ ], not %1</source>
        <translation>dapat listahan sa square bracket [ ], hindi %1</translation>
    </message>
    <message>
        <source>must be a name in double quotes, not %1</source>
        <translation>dapat pangalan sa double quote, hindi %1</translation>
    </message>
    <message>
        <source>must be a participant id in double quotes, not %1</source>
        <translation>dapat id ng kalahok sa double quote, hindi %1</translation>
    </message>
    <message>
        <source>no participant has the id %1; add them to &quot;participants&quot; or correct the id</source>
        <translation>walang kalahok na may id na %1; idagdag siya sa &quot;participants&quot; o itama ang id</translation>
    </message>
    <message>
        <source>must be a list of participant ids, not %1</source>
        <translation>dapat listahan ng mga id ng kalahok, hindi %1</translation>
    </message>
    <message>
        <source>each round must be a list of rooms, each a list of ids, not %1</source>
        <translation>dapat listahan ng mga room ang bawat round, at listahan ng mga id ang bawat room, hindi %1</translation>
    </message>
    <message>
        <source>participants is missing; list the people to group, for example [{&quot;id&quot;: &quot;p01&quot;}]</source>
        <translation>wala ang participants; ilista ang mga taong igugrupo, halimbawa [{&quot;id&quot;: &quot;p01&quot;}]</translation>
    </message>
    <message>
        <source>each participant must be an object in braces { }, not %1</source>
        <translation>dapat object sa braces { } ang bawat kalahok, hindi %1</translation>
    </message>
    <message>
        <source>id is missing; every participant needs one</source>
        <translation>wala ang id; kailangan ito ng bawat kalahok</translation>
    </message>
    <message>
        <source>id must be non-empty text in double quotes, not %1</source>
        <translation>dapat may lamang text sa double quote ang id, hindi %1</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 din ang id ng isang naunang kalahok; dapat magkakaiba ang mga id</translation>
    </message>
    <message>
        <source>must be text in double quotes, not %1</source>
        <translation>dapat text sa double quote, hindi %1</translation>
    </message>
    <message>
        <source>attrs must be an object such as {&quot;country&quot;: &quot;TH&quot;}, not %1</source>
        <translation>dapat object ang attrs gaya ng {&quot;country&quot;: &quot;TH&quot;}, hindi %1</translation>
    </message>
    <message>
        <source>attendance must be an object such as {&quot;p07&quot;: [0, 1]}, not %1</source>
        <translation>dapat object ang attendance gaya ng {&quot;p07&quot;: [0, 1]}, hindi %1</translation>
    </message>
    <message>
        <source>no participant has the id &quot;%1&quot;</source>
        <translation>walang kalahok na may id na &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be the list of rounds the person attends, such as [0, 1], not %1</source>
        <translation>dapat listahan ng mga round na dadaluhan ng tao, gaya ng [0, 1], hindi %1</translation>
    </message>
    <message>
        <source>constraints must be an object in braces { }, not %1</source>
        <translation>dapat object sa braces { } ang constraints, hindi %1</translation>
    </message>
    <message>
        <source>min_size (%1) is above max_size (%2)</source>
        <translation>mas mataas ang min_size (%1) kaysa max_size (%2)</translation>
    </message>
    <message>
        <source>%1 sizes given for %2 rooms (num_groups); give one size per room</source>
        <translation>%1 laki ang ibinigay para sa %2 room (num_groups); magbigay ng isang laki kada room</translation>
    </message>
    <message>
        <source>each pin must be an object such as {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0}, not %1</source>
        <translation>dapat object ang bawat pin gaya ng {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0}, hindi %1</translation>
    </message>
    <message>
        <source>id is missing; say whom to pin</source>
        <translation>wala ang id; sabihin kung sino ang ipi-pin</translation>
    </message>
    <message>
        <source>group is missing; give the room number, counting from 0</source>
        <translation>wala ang group; ibigay ang numero ng room, simula sa 0</translation>
    </message>
    <message>
        <source>This is not a breakout problem: it holds %1 instead of an object with &quot;participants&quot;.</source>
        <translation>Hindi ito breakout problem: %1 ang laman nito sa halip na object na may &quot;participants&quot;.</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not valid JSON (%3)</source>
        <translation>linya %1, column %2: hindi wastong JSON ang file (%3)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>hindi mabasa ang file (%1)</translation>
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
            <numerusform>%1, pero %n tao sa listahan ng kalahok ang tugma: %2</numerusform>
            <numerusform>%1, pero %n tao sa listahan ng kalahok ang tugma: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>parehong e-mail %1</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>preferred name %1</source>
        <translation>gustong pangalan %1</translation>
    </message>
    <message>
        <source>same name %1</source>
        <translation>parehong pangalan %1</translation>
    </message>
    <message>
        <source>same name as %1 apart from case, spacing or accents</source>
        <translation>parehong pangalan ng %1 maliban sa malaki/maliit na titik, espasyo o tuldik</translation>
    </message>
    <message>
        <source>name matches after removing %1</source>
        <translation>tugma ang pangalan matapos alisin ang %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> at </translation>
    </message>
    <message>
        <source>%1% similar to %2</source>
        <translation>%1% kahawig ng %2</translation>
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
        <translation>Tugma sa %1 (%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Ibinigay</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Hindi ibinigay</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linya</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pagsusuri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Pahintulot</translation>
    </message>
</context>
<context>
    <name>sala::Library</name>
    <message>
        <source>“%1” is missing from this build of Sala.</source>
        <translation>Wala ang “%1” sa build na ito ng Sala.</translation>
    </message>
    <message>
        <source>The method library is not valid JSON: %1</source>
        <translation>Hindi wastong JSON ang aklatan ng mga paraan: %1</translation>
    </message>
    <message>
        <source>This is not a Sala method library (&quot;format&quot; must be &quot;sala-methods&quot;).</source>
        <translation>Hindi ito aklatan ng mga paraan ng Sala (dapat &quot;sala-methods&quot; ang &quot;format&quot;).</translation>
    </message>
    <message>
        <source>This method library needs a newer version of Sala.</source>
        <translation>Kailangan ng aklatang ito ng mas bagong bersyon ng Sala.</translation>
    </message>
    <message>
        <source>The method library has no &quot;methods&quot; list.</source>
        <translation>Walang listahang &quot;methods&quot; ang aklatan ng mga paraan.</translation>
    </message>
    <message>
        <source>The method library has problems:
%1</source>
        <translation>May mga problema ang aklatan ng mga paraan:
%1</translation>
    </message>
    <message>
        <source>save the template</source>
        <translation>i-save ang template</translation>
    </message>
    <message>
        <source>read the templates</source>
        <translation>basahin ang mga template</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>burahin ang template</translation>
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
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Every change is saved to this file at once; there is no Save button.</source>
        <translation>Agad na nase-save sa file na ito ang bawat pagbabago; walang Save button.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <source>The session&apos;s activities and timings</source>
        <translation>Mga aktibidad at oras ng sesyon</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>Mga &amp;Kalahok</translation>
    </message>
    <message>
        <source>Participants of the workshop</source>
        <translation>Mga kalahok ng workshop</translation>
    </message>
    <message>
        <source>&amp;Breakouts</source>
        <translation>&amp;Breakout</translation>
    </message>
    <message>
        <source>Breakout rooms, rounds and broadcast texts</source>
        <translation>Mga breakout room, round at broadcast text</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>Patakbu&amp;hin</translation>
    </message>
    <message>
        <source>Run the session live</source>
        <translation>Patakbuhin nang live ang sesyon</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Mga &amp;Ulat</translation>
    </message>
    <message>
        <source>Attendance and planning reports</source>
        <translation>Mga ulat sa pagdalo at pagpaplano</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Mga mode</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesyon:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Bagong Workshop…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Bago mula sa &amp;Template…</translation>
    </message>
    <message>
        <source>Workshop &amp;Settings…</source>
        <translation>Mga &amp;Setting ng Workshop…</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>&amp;I-import ang Plano…</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>I-e&amp;xport ang Sesyon…</translation>
    </message>
    <message>
        <source>Export &amp;Workshop…</source>
        <translation>I-export ang &amp;Workshop…</translation>
    </message>
    <message>
        <source>&amp;Run Sheet…</source>
        <translation>&amp;Run Sheet…</translation>
    </message>
    <message>
        <source>Write the session&apos;s run sheet as PDF, HTML or Markdown for printing</source>
        <translation>Isulat ang run sheet ng sesyon bilang PDF, HTML o Markdown para i-print</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>I-back up ang &amp;Database…</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to a file of your choice</source>
        <translation>Magsulat ng kopya ng buong database sa file na pipiliin mo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Umalis</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;I-edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Mga &amp;Kagustuhan…</translation>
    </message>
    <message>
        <source>Save Activity as &amp;Template</source>
        <translation>I-save ang Aktibidad bilang &amp;Template</translation>
    </message>
    <message>
        <source>Save Session as Te&amp;mplate</source>
        <translation>I-save ang Sesyon bilang Te&amp;mplate</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>Mga Ka&amp;lahok</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tingnan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Tul&amp;ong</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Mga &amp;Shortcut sa Keyboard</translation>
    </message>
    <message>
        <source>&amp;About Sala</source>
        <translation>&amp;Tungkol sa Sala</translation>
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
        <translation>Bagong Workshop</translation>
    </message>
    <message>
        <source>Session 1</source>
        <translation>Sesyon 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n sesyon)</numerusform>
            <numerusform>%1 (%n sesyon)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (my session template)</source>
        <translation>%1 (aking template ng sesyon)</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Bago mula sa Template</translation>
    </message>
    <message>
        <source>Start a new workshop from:</source>
        <translation>Magsimula ng bagong workshop mula sa:</translation>
    </message>
    <message>
        <source>Workshop Settings</source>
        <translation>Mga Setting ng Workshop</translation>
    </message>
    <message>
        <source>“%1” is now in your method library (Plan ▸ Add).</source>
        <translation>Nasa iyong aklatan ng mga paraan na ang “%1” (Plano ▸ Idagdag).</translation>
    </message>
    <message>
        <source>“%1” is saved as a template (File ▸ New from Template).</source>
        <translation>Na-save ang “%1” bilang template (File ▸ Bago mula sa Template).</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Hindi maisulat ang “%1”: %2</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>I-import ang Plano</translation>
    </message>
    <message>
        <source>Sala plans (*.json);;All files (*)</source>
        <translation>Mga plano ng Sala (*.json);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Hindi mabasa ang “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be imported; nothing was changed. Problems found: %n</source>
        <translation>
            <numerusform>Hindi ma-import ang “%1”; walang binago. Mga problemang nakita: %n</numerusform>
            <numerusform>Hindi ma-import ang “%1”; walang binago. Mga problemang nakita: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the workshop “%1”.</source>
        <translation>Na-import ang workshop na “%1”.</translation>
    </message>
    <message>
        <source>“%1” holds one session. Open or create the workshop it belongs to first, then import it again.</source>
        <translation>Isang sesyon ang laman ng “%1”. Buksan o gumawa muna ng workshop na kinabibilangan nito, saka i-import ito ulit.</translation>
    </message>
    <message>
        <source>Import the session “%1”</source>
        <translation>I-import ang sesyong “%1”</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>I-export ang Sesyon</translation>
    </message>
    <message>
        <source>Sala plans (*.json)</source>
        <translation>Mga plano ng Sala (*.json)</translation>
    </message>
    <message>
        <source>Session exported to %1</source>
        <translation>Na-export ang sesyon sa %1</translation>
    </message>
    <message>
        <source>Export Workshop</source>
        <translation>I-export ang Workshop</translation>
    </message>
    <message>
        <source>Workshop exported to %1</source>
        <translation>Na-export ang workshop sa %1</translation>
    </message>
    <message>
        <source>Run Sheet</source>
        <translation>Run Sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Run sheet written to %1</source>
        <translation>Naisulat ang run sheet sa %1</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>I-back Up ang Database</translation>
    </message>
    <message>
        <source>Sala databases (*.db)</source>
        <translation>Mga database ng Sala (*.db)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Naisulat ang backup sa %1</translation>
    </message>
    <message>
        <source>Choose the workshop</source>
        <translation>Piliin ang workshop</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>Piliin ang sesyon</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Mga Kagustuhan</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Ang listahang ito ng mga shortcut</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Umalis</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Mga Shortcut sa Keyboard</translation>
    </message>
    <message>
        <source>Import &amp;Attendance…</source>
        <translation>I-import ang &amp;Pagdalo…</translation>
    </message>
    <message>
        <source>Read a participants report from Zoom, Teams or Google Meet into the current session</source>
        <translation>Basahin sa kasalukuyang sesyon ang participants report mula sa Zoom, Teams o Google Meet</translation>
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
        <translation>Ibang platform</translation>
    </message>
    <message>
        <source>Welcome / briefing</source>
        <translation>Pagbati / briefing</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>Icebreaker</translation>
    </message>
    <message>
        <source>Input / presentation</source>
        <translation>Input / presentasyon</translation>
    </message>
    <message>
        <source>Individual work</source>
        <translation>Indibidwal na gawain</translation>
    </message>
    <message>
        <source>Breakout group work</source>
        <translation>Gawain sa breakout group</translation>
    </message>
    <message>
        <source>Plenary debrief</source>
        <translation>Talakayan sa plenaryo</translation>
    </message>
    <message>
        <source>Poll / quiz</source>
        <translation>Poll / quiz</translation>
    </message>
    <message>
        <source>Energizer</source>
        <translation>Energizer</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pahinga</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Pagpaplano ng aksyon</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Ebalwasyon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <source>Keep home groups</source>
        <translation>Panatilihin ang home group</translation>
    </message>
    <message>
        <source>New mix</source>
        <translation>Bagong paghahalo</translation>
    </message>
    <message>
        <source>Trios or pairs</source>
        <translation>Tatluhan o dalawahan</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>Ayon sa wika</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Mano-mano</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Babae</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Hindi sinabi</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Negosyo</translation>
    </message>
    <message>
        <source>BDS provider</source>
        <translation>BDS provider</translation>
    </message>
    <message>
        <source>Employers&apos; organization</source>
        <translation>Organisasyon ng mga employer</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Samahan ng mga negosyo</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobyerno</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(hindi sinabi)</translation>
    </message>
    <message>
        <source>Needs &amp;interpretation</source>
        <translation>&amp;Kailangan ng interpreter</translation>
    </message>
    <message>
        <source>&amp;Consent given</source>
        <translation>May pa&amp;hintulot</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>hindi ibinigay</translation>
    </message>
    <message>
        <source>e.g. Khmer, English or km, en</source>
        <translation>hal. Filipino, English o fil, en</translation>
    </message>
    <message>
        <source>version of the privacy notice, e.g. 2026-01</source>
        <translation>bersyon ng privacy notice, hal. 2026-01</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Pangalan ayon sa pagkakasulat</translation>
    </message>
    <message>
        <source>Exactly as the person writes it; Sala never splits names into given and family names.</source>
        <translation>Eksakto kung paano ito isinusulat ng tao; hindi kailanman hinahati ng Sala ang pangalan sa unang pangalan at apelyido.</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Mga alias, isa kada linya</translation>
    </message>
    <message>
        <source>Other names the person appears under, such as a Zoom display name; one per line.</source>
        <translation>Iba pang pangalang ginagamit ng tao, gaya ng display name sa Zoom; isa kada linya.</translation>
    </message>
    <message>
        <source>Other email addresses</source>
        <translation>Iba pang email address</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>&amp;Gustong itawag:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>Mga &amp;alias:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Other e&amp;mails:</source>
        <translation>&amp;Iba pang email:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepono:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Bansa:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Ka&amp;sarian:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>E&amp;dad:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Mga &amp;wika:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisasyon:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>Mga emple&amp;yado:</translation>
    </message>
    <message>
        <source>Size class:</source>
        <translation>Laki ng negosyo:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Sekto&amp;r:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Kai&amp;lan:</translation>
    </message>
    <message>
        <source>Privacy &amp;notice:</source>
        <translation>Privacy &amp;notice:</translation>
    </message>
    <message>
        <source>Agreed purposes</source>
        <translation>Mga layuning pinayagan</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Mga tala:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Pinagmulan: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Tao</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation>Pahintulot at mga tala</translation>
    </message>
    <message>
        <source>Every participant needs a name, written as they write it.</source>
        <translation>Kailangan ng pangalan ang bawat kalahok, nakasulat kung paano nila ito isinusulat.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>Hindi email address ang “%1”.</translation>
    </message>
    <message>
        <source>Write languages as names or codes separated by commas, such as “Khmer, English” or “km, en”.</source>
        <translation>Isulat ang mga wika bilang pangalan o code na pinaghihiwalay ng comma, gaya ng “Filipino, English” o “fil, en”.</translation>
    </message>
    <message>
        <source>— (no head count)</source>
        <translation>— (walang bilang ng tao)</translation>
    </message>
    <message>
        <source>Role in this workshop</source>
        <translation>Tungkulin sa workshop na ito</translation>
    </message>
    <message>
        <source>Facilitators and interpreters go into breakout rooms but are never counted; observers (a producer or co-host, a visitor) are neither placed in rooms nor counted. Reports count participants only.</source>
        <translation>Isinasama sa mga breakout room ang mga facilitator at interpreter pero hindi sila kailanman binibilang; ang mga observer (producer o co-host, bisita) ay hindi inilalagay sa room at hindi rin binibilang. Mga kalahok lang ang binibilang sa mga ulat.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Tungkuli&amp;n:</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantRole</name>
    <message>
        <source>Participant</source>
        <translation>Kalahok</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n kalahok</numerusform>
            <numerusform>%n kalahok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>%n facilitator</numerusform>
            <numerusform>%n facilitator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s)</source>
        <translation>
            <numerusform>%n interpreter</numerusform>
            <numerusform>%n interpreter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observer</numerusform>
            <numerusform>%n observer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::ParticipantTableModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(binura ang personal na datos)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Ibinigay</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Hindi ibinigay</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Inaasahan</translation>
    </message>
    <message>
        <source>Not this session</source>
        <translation>Hindi sa sesyong ito</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Personal data erased on %1; only anonymous counts are kept.</source>
        <translation>Binura ang personal na datos noong %1; anonymous na bilang lang ang itinatago.</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Kilala rin bilang: %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Ibinigay noong %1</translation>
    </message>
    <message>
        <source>Given (time not recorded)</source>
        <translation>Ibinigay (hindi naitala ang oras)</translation>
    </message>
    <message>
        <source>Privacy notice %1</source>
        <translation>Privacy notice %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Gustong itawag</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>Uri ng organisasyon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mga empleyado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Pahintulot</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Sesyong ito</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Change the %1 of “%2”</source>
        <translation>Baguhin ang %1 ng “%2”</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
</context>
<context>
    <name>sala::PdfPages</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>hindi masimulan ang PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pahina %1 ng %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>hindi matapos ang PDF</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLog</name>
    <message>
        <source>record the export in the personal data log</source>
        <translation>itala ang export sa talaan ng personal na datos</translation>
    </message>
    <message>
        <source>read the personal data log</source>
        <translation>basahin ang talaan ng personal na datos</translation>
    </message>
    <message>
        <source>Roster export</source>
        <translation>Pag-export ng listahan ng kalahok</translation>
    </message>
    <message>
        <source>Access request export</source>
        <translation>Pag-export para sa access request</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Pagbura</translation>
    </message>
    <message>
        <source>Erasure at the end of retention</source>
        <translation>Pagbura sa pagtatapos ng panahon ng pagtatago</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLogDialog</name>
    <message>
        <source>Personal Data Log</source>
        <translation>Talaan ng Personal na Datos</translation>
    </message>
    <message>
        <source>Every export that contained personal data, and every erasure, as Sala recorded it. The log holds numbers, not names, so it keeps nothing of the people it mentions.</source>
        <translation>Bawat export na may personal na datos, at bawat pagbura, ayon sa pagkakatala ng Sala. Numero ang laman ng talaan, hindi pangalan, kaya wala itong itinatagong impormasyon tungkol sa mga taong binabanggit nito.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mga tao</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Walang pahintulot</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Personal data log</source>
        <translation>Talaan ng personal na datos</translation>
    </message>
    <message>
        <source> (command line)</source>
        <translation> (command line)</translation>
    </message>
</context>
<context>
    <name>sala::PlanCheck</name>
    <message numerus="yes">
        <source>%n minutes without a break or energizer by the end of “%1”; people online tire after about 90.</source>
        <translation>
            <numerusform>%n minuto nang walang pahinga o energizer pagdating sa dulo ng “%1”; napapagod ang mga tao online pagkalipas ng mga 90.</numerusform>
            <numerusform>%n minuto nang walang pahinga o energizer pagdating sa dulo ng “%1”; napapagod ang mga tao online pagkalipas ng mga 90.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan ends %n minutes after the target end (%1); shorten or remove activities.</source>
        <translation>
            <numerusform>Natatapos ang plano nang %n minuto pagkatapos ng target na pagtatapos (%1); paikliin o alisin ang ilang aktibidad.</numerusform>
            <numerusform>Natatapos ang plano nang %n minuto pagkatapos ng target na pagtatapos (%1); paikliin o alisin ang ilang aktibidad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” must start at %2, but the activities before it end %n minutes later.</source>
        <translation>
            <numerusform>Dapat magsimula ang “%1” nang %2, pero ang mga aktibidad bago nito ay natatapos nang %n minutong mas huli.</numerusform>
            <numerusform>Dapat magsimula ang “%1” nang %2, pero ang mga aktibidad bago nito ay natatapos nang %n minutong mas huli.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” needs %2 breakout rooms; %3 allows at most %4.</source>
        <translation>Kailangan ng “%1” ang %2 breakout room; hanggang %4 lang ang pinapayagan ng %3.</translation>
    </message>
    <message>
        <source>“%1” is group work without instructions; groups need written steps to run themselves.</source>
        <translation>Ang “%1” ay gawaing pang-grupo na walang panuto; kailangan ng mga grupo ng nakasulat na hakbang para makakilos nang sila-sila lang.</translation>
    </message>
    <message>
        <source>“%1” plans %2 minutes in rooms (%3 × %4) but only %5 minutes for the whole activity.</source>
        <translation>Nagplano ang “%1” ng %2 minuto sa mga room (%3 × %4) pero %5 minuto lang para sa buong aktibidad.</translation>
    </message>
</context>
<context>
    <name>sala::PlanCommands</name>
    <message>
        <source>Change the minutes of “%1”</source>
        <translation>Baguhin ang minuto ng “%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Palitan ang pangalan ng “%1”</translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation>Baguhin ang uri ng “%1”</translation>
    </message>
    <message>
        <source>Edit the objective of “%1”</source>
        <translation>I-edit ang layunin ng “%1”</translation>
    </message>
    <message>
        <source>Edit the instructions of “%1”</source>
        <translation>I-edit ang panuto ng “%1”</translation>
    </message>
    <message>
        <source>Edit the notes of “%1”</source>
        <translation>I-edit ang tala ng “%1”</translation>
    </message>
    <message>
        <source>Edit the materials of “%1”</source>
        <translation>I-edit ang mga materyales ng “%1”</translation>
    </message>
    <message>
        <source>Change the timing of “%1”</source>
        <translation>Baguhin ang oras ng “%1”</translation>
    </message>
    <message>
        <source>Change the breakout settings of “%1”</source>
        <translation>Baguhin ang mga setting ng breakout ng “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>I-edit ang “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Burahin ang “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Ilipat ang “%1”</translation>
    </message>
    <message>
        <source>Edit the session “%1”</source>
        <translation>I-edit ang sesyong “%1”</translation>
    </message>
    <message>
        <source>Edit the workshop settings</source>
        <translation>I-edit ang mga setting ng workshop</translation>
    </message>
    <message>
        <source>Delete the session “%1”</source>
        <translation>Burahin ang sesyong “%1”</translation>
    </message>
</context>
<context>
    <name>sala::PlanJson</name>
    <message>
        <source>unknown grouping %1; use one of: %2</source>
        <translation>hindi kilalang paggrupo na %1; gamitin ang isa sa: %2</translation>
    </message>
    <message>
        <source>unknown activity kind %1; use one of: %2</source>
        <translation>hindi kilalang uri ng aktibidad na %1; gamitin ang isa sa: %2</translation>
    </message>
    <message>
        <source>unknown platform %1; use one of: %2</source>
        <translation>hindi kilalang platform na %1; gamitin ang isa sa: %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>isang listahan</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>isang object</translation>
    </message>
    <message>
        <source>%1 is missing; every %2 needs one</source>
        <translation>wala ang %1; kailangan ito ng bawat %2</translation>
    </message>
    <message>
        <source>%1 must be text in double quotes, not %2</source>
        <translation>dapat text sa double quote ang %1, hindi %2</translation>
    </message>
    <message>
        <source>%1 is empty; every %2 needs one</source>
        <translation>walang laman ang %1; kailangan ito ng bawat %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number between %2 and %3, not %4</source>
        <translation>dapat buong numero ang %1 mula %2 hanggang %3, hindi %4</translation>
    </message>
    <message>
        <source>%1 must be true or false (without quotes), not %2</source>
        <translation>dapat true o false ang %1 (walang quote), hindi %2</translation>
    </message>
    <message>
        <source>time must be HH:MM (24-hour), not %1</source>
        <translation>dapat nasa anyong HH:MM (24 oras) ang oras, hindi %1</translation>
    </message>
    <message>
        <source>date %1 does not exist in the calendar</source>
        <translation>walang petsang %1 sa kalendaryo</translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD, for example 2026-12-01, not %1</source>
        <translation>dapat YYYY-MM-DD ang petsa, halimbawa 2026-12-01, hindi %1</translation>
    </message>
    <message>
        <source>time zone %1 is not a known IANA time zone; use a name such as &quot;Asia/Bangkok&quot; or &quot;Asia/Manila&quot;</source>
        <translation>hindi kilalang IANA time zone ang %1; gumamit ng pangalan gaya ng &quot;Asia/Bangkok&quot; o &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>%1 must be a list in square brackets [ ], not %2</source>
        <translation>dapat listahan sa square bracket [ ] ang %1, hindi %2</translation>
    </message>
    <message>
        <source>each %1 must be an object in braces { }, not %2</source>
        <translation>dapat object sa braces { } ang bawat %1, hindi %2</translation>
    </message>
    <message>
        <source>breakout must be an object in braces { }, not %1</source>
        <translation>dapat object sa braces { } ang breakout, hindi %1</translation>
    </message>
    <message>
        <source>breakout</source>
        <translation>breakout</translation>
    </message>
    <message>
        <source>give groupSize or groupCount a number above 0, so that Sala knows how to form the groups</source>
        <translation>bigyan ang groupSize o groupCount ng numerong higit sa 0, para malaman ng Sala kung paano bubuuin ang mga grupo</translation>
    </message>
    <message>
        <source>each role must be text in double quotes, not %1</source>
        <translation>dapat text sa double quote ang bawat role, hindi %1</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>broadcast</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktibidad</translation>
    </message>
    <message>
        <source>material</source>
        <translation>materyales</translation>
    </message>
    <message>
        <source>minimumMinutes must be at least 1 when mayShorten is true; give the shortest the activity may become, or set mayShorten to false</source>
        <translation>dapat hindi bababa sa 1 ang minimumMinutes kapag true ang mayShorten; ibigay ang pinakamaikling puwedeng haba ng aktibidad, o gawing false ang mayShorten</translation>
    </message>
    <message>
        <source>minimumMinutes (%1) cannot be more than minutes (%2); lower it or lengthen the activity</source>
        <translation>hindi puwedeng mas malaki ang minimumMinutes (%1) kaysa minutes (%2); babaan ito o habaan ang aktibidad</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesyon</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>language must be a BCP 47 code such as &quot;en&quot;, &quot;th&quot;, &quot;km&quot; or &quot;fil&quot;, not %1</source>
        <translation>dapat BCP 47 code ang language gaya ng &quot;en&quot;, &quot;th&quot;, &quot;km&quot; o &quot;fil&quot;, hindi %1</translation>
    </message>
    <message>
        <source>%1 is missing; a file with &quot;kind&quot;: &quot;%1&quot; keeps the plan in a &quot;%1&quot; object</source>
        <translation>wala ang %1; ang file na may &quot;kind&quot;: &quot;%1&quot; ay naglalagay ng plano sa isang &quot;%1&quot; object</translation>
    </message>
    <message>
        <source>%1 must be an object in braces { }, not %2</source>
        <translation>dapat object sa braces { } ang %1, hindi %2</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it holds %1 instead of an object with &quot;format&quot;: &quot;sala-plan&quot;.</source>
        <translation>Hindi ito plan file ng Sala: %1 ang laman nito sa halip na object na may &quot;format&quot;: &quot;sala-plan&quot;.</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it has no &quot;format&quot;: &quot;sala-plan&quot; member.</source>
        <translation>Hindi ito plan file ng Sala: wala itong member na &quot;format&quot;: &quot;sala-plan&quot;.</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: its format is %1, not &quot;sala-plan&quot;.</source>
        <translation>Hindi ito plan file ng Sala: %1 ang format nito, hindi &quot;sala-plan&quot;.</translation>
    </message>
    <message>
        <source>version must be a whole number such as 1, not %1</source>
        <translation>dapat buong numero ang version gaya ng 1, hindi %1</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Sala (format version %1); update Sala to open it.</source>
        <translation>Na-save ang planong ito ng mas bagong bersyon ng Sala (format version %1); i-update ang Sala para mabuksan ito.</translation>
    </message>
    <message>
        <source>version is missing; this Sala writes &quot;version&quot;: %1</source>
        <translation>wala ang version; ang Sala na ito ay nagsusulat ng &quot;version&quot;: %1</translation>
    </message>
    <message>
        <source>use &quot;workshop&quot; for a whole workshop or &quot;session&quot; for one session</source>
        <translation>gamitin ang &quot;workshop&quot; para sa buong workshop o &quot;session&quot; para sa isang sesyon</translation>
    </message>
    <message>
        <source>kind is missing; %1</source>
        <translation>wala ang kind; %1</translation>
    </message>
    <message>
        <source>unknown kind %1; %2</source>
        <translation>hindi kilalang kind na %1; %2</translation>
    </message>
    <message>
        <source>an unknown word</source>
        <translation>isang hindi kilalang salita</translation>
    </message>
    <message>
        <source>text needs double quotes; only true, false and null go without them</source>
        <translation>kailangan ng double quote ang text; ang true, false at null lang ang walang quote</translation>
    </message>
    <message>
        <source>a text without its closing double quote</source>
        <translation>isang text na walang pansarang double quote</translation>
    </message>
    <message>
        <source>a line break inside a text</source>
        <translation>isang line break sa loob ng text</translation>
    </message>
    <message>
        <source>write a line break as \n</source>
        <translation>isulat ang line break bilang \n</translation>
    </message>
    <message>
        <source>a control character inside a text</source>
        <translation>isang control character sa loob ng text</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text</source>
        <translation>mga byte na hindi UTF-8 na text</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>i-save ang file bilang UTF-8</translation>
    </message>
    <message>
        <source>a badly written backslash escape inside a text</source>
        <translation>isang maling backslash escape sa loob ng text</translation>
    </message>
    <message>
        <source>a badly written number</source>
        <translation>isang maling pagkakasulat na numero</translation>
    </message>
    <message>
        <source>damaged bytes at the start of the file</source>
        <translation>mga sirang byte sa simula ng file</translation>
    </message>
    <message>
        <source>save the file again as UTF-8</source>
        <translation>i-save muli ang file bilang UTF-8</translation>
    </message>
    <message>
        <source>a number too large to read</source>
        <translation>isang numerong masyadong malaki para mabasa</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>biglang natapos ang input</translation>
    </message>
    <message>
        <source>the file may have been cut off, or a closing } or ] is missing</source>
        <translation>maaaring naputol ang file, o may kulang na pansarang } o ]</translation>
    </message>
    <message>
        <source>unexpected text in double quotes</source>
        <translation>hindi inaasahang text sa double quote</translation>
    </message>
    <message>
        <source>unexpected number</source>
        <translation>hindi inaasahang numero</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>hindi inaasahang &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>hindi inaasahang %1</translation>
    </message>
    <message>
        <source>there is more after the end of the plan</source>
        <translation>may kasunod pa pagkatapos ng dulo ng plano</translation>
    </message>
    <message>
        <source>expected a name in double quotes; a comma before a closing } is not allowed</source>
        <translation>inaasahan ang isang pangalan sa double quote; hindi puwede ang comma bago ang pansarang }</translation>
    </message>
    <message>
        <source>expected a colon after the name</source>
        <translation>inaasahan ang colon pagkatapos ng pangalan</translation>
    </message>
    <message>
        <source>expected a comma or a closing }</source>
        <translation>inaasahan ang comma o pansarang }</translation>
    </message>
    <message>
        <source>expected a comma or a closing ]</source>
        <translation>inaasahan ang comma o pansarang ]</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>inaasahan ang isang value</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Hindi wastong JSON ang file.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Hindi wastong JSON ang file: %1 sa linya %2, column %3.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (%4).</source>
        <translation>Hindi wastong JSON ang file: %1 sa linya %2, column %3 (%4).</translation>
    </message>
    <message>
        <source>The file is empty. A Sala plan file is JSON text that starts with {.</source>
        <translation>Walang laman ang file. Ang plan file ng Sala ay JSON text na nagsisimula sa {.</translation>
    </message>
    <message>
        <source>Sala could not read the file (%1). Please report this with the file attached.</source>
        <translation>Hindi mabasa ng Sala ang file (%1). Pakiulat ito at ilakip ang file.</translation>
    </message>
</context>
<context>
    <name>sala::PlanStore</name>
    <message>
        <source>save the workshop</source>
        <translation>i-save ang workshop</translation>
    </message>
    <message>
        <source>add the session</source>
        <translation>idagdag ang sesyon</translation>
    </message>
    <message>
        <source>There is no workshop with number %1.</source>
        <translation>Walang workshop na may numerong %1.</translation>
    </message>
    <message>
        <source>save the session “%1”</source>
        <translation>i-save ang sesyong “%1”</translation>
    </message>
    <message>
        <source>save the activity “%1”</source>
        <translation>i-save ang aktibidad na “%1”</translation>
    </message>
    <message>
        <source>delete the workshop</source>
        <translation>burahin ang workshop</translation>
    </message>
    <message>
        <source>delete the session</source>
        <translation>burahin ang sesyon</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>Wala na ang sesyon.</translation>
    </message>
    <message>
        <source>delete the activity</source>
        <translation>burahin ang aktibidad</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>Wala na ang aktibidad.</translation>
    </message>
    <message>
        <source>Cannot move the activity to that place.</source>
        <translation>Hindi mailipat ang aktibidad sa lugar na iyon.</translation>
    </message>
    <message>
        <source>read the order of the plan</source>
        <translation>basahin ang pagkakasunod-sunod ng plano</translation>
    </message>
    <message>
        <source>save the order of the plan</source>
        <translation>i-save ang pagkakasunod-sunod ng plano</translation>
    </message>
    <message>
        <source>Could not %1: it no longer exists in the database.</source>
        <translation>Hindi nagawang %1: wala na ito sa database.</translation>
    </message>
    <message>
        <source>look up the session</source>
        <translation>hanapin ang sesyon</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>Walang sesyon na may numerong %1.</translation>
    </message>
    <message>
        <source>list the workshops</source>
        <translation>ilista ang mga workshop</translation>
    </message>
    <message>
        <source>read the workshop</source>
        <translation>basahin ang workshop</translation>
    </message>
</context>
<context>
    <name>sala::PlanView</name>
    <message>
        <source>Target &amp;end:</source>
        <translation>Tar&amp;get na pagtatapos:</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Buod ng sesyon</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Pamagat ng sesyon</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Petsa ng sesyon</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Nakaplanong simula</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>Target na pagtatapos</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>S&amp;esyon:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Petsa:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Si&amp;mula:</translation>
    </message>
    <message>
        <source>Activities of the session</source>
        <translation>Mga aktibidad ng sesyon</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>Pagsusuri ng plano</translation>
    </message>
    <message>
        <source>Plan &amp;checks:</source>
        <translation>Pagsusuri ng p&amp;lano:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Idagdag…</translation>
    </message>
    <message>
        <source>Add an activity from the method library</source>
        <translation>Magdagdag ng aktibidad mula sa aklatan ng mga paraan</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Doblehin</translation>
    </message>
    <message>
        <source>Duplicate the selected activity</source>
        <translation>Doblehin ang napiling aktibidad</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Bu&amp;rahin</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>Burahin ang napiling aktibidad</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>I&amp;taas</translation>
    </message>
    <message>
        <source>Move the selected activity earlier</source>
        <translation>Ilipat nang mas maaga ang napiling aktibidad</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Ibab&amp;a</translation>
    </message>
    <message>
        <source>Move the selected activity later</source>
        <translation>Ilipat nang mas huli ang napiling aktibidad</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Bagong sesyon</translation>
    </message>
    <message>
        <source>Add an empty session to this workshop</source>
        <translation>Magdagdag ng blangkong sesyon sa workshop na ito</translation>
    </message>
    <message>
        <source>Copy session</source>
        <translation>Kopyahin ang sesyon</translation>
    </message>
    <message>
        <source>Copy this session, with all its activities, as a new session</source>
        <translation>Kopyahin ang sesyong ito, kasama ang lahat ng aktibidad nito, bilang bagong sesyon</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Burahin ang sesyon</translation>
    </message>
    <message>
        <source>Delete this session and its activities</source>
        <translation>Burahin ang sesyong ito at ang mga aktibidad nito</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesyon %1</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Magdagdag ng sesyon</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopya)</translation>
    </message>
    <message>
        <source>Copy the session “%1”</source>
        <translation>Kopyahin ang sesyong “%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Idagdag ang “%1”</translation>
    </message>
    <message>
        <source>This workshop has no sessions yet. Use “New session” to add one.</source>
        <translation>Wala pang sesyon ang workshop na ito. Gamitin ang “Bagong sesyon” para magdagdag.</translation>
    </message>
    <message>
        <source>No workshop is open. Create one with File ▸ New Workshop.</source>
        <translation>Walang bukas na workshop. Gumawa ng isa gamit ang File ▸ Bagong Workshop.</translation>
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
            <numerusform>&lt;b&gt;Natatapos nang %n min pagkalampas ng target na pagtatapos.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Natatapos nang %n min pagkalampas ng target na pagtatapos.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends %n min before the target end.</source>
        <translation>
            <numerusform>Natatapos nang %n min bago ang target na pagtatapos.</numerusform>
            <numerusform>Natatapos nang %n min bago ang target na pagtatapos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends exactly at the target end.</source>
        <translation>Natatapos nang eksakto sa target na pagtatapos.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n activities, %4 min in all. %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n aktibidad, %4 min lahat-lahat. %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n aktibidad, %4 min lahat-lahat. %5</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems found in this plan.</source>
        <translation>✓ Walang nakitang problema sa planong ito.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Suriin:</translation>
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
        <translation>Kapareho ng system</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Wala</translation>
    </message>
</context>
<context>
    <name>sala::PresenterWindow</name>
    <message>
        <source>Sala timer</source>
        <translation>Timer ng Sala</translation>
    </message>
    <message>
        <source>Presenter timer</source>
        <translation>Timer ng presenter</translation>
    </message>
    <message>
        <source>Drag to move, drag the corner to resize, right-click for options</source>
        <translation>I-drag para ilipat, i-drag ang sulok para baguhin ang laki, i-right-click para sa mga opsyon</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Baguhin ang laki</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>I-mute ang chime</translation>
    </message>
    <message>
        <source>Show activity title</source>
        <translation>Ipakita ang pamagat ng aktibidad</translation>
    </message>
    <message>
        <source>Close timer</source>
        <translation>Isara ang timer</translation>
    </message>
</context>
<context>
    <name>sala::RegistrationFile</name>
    <message>
        <source>tab-separated</source>
        <translation>pinaghihiwalay ng tab</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>pinaghihiwalay ng semicolon</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>pinaghihiwalay ng comma</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>pinaghihiwalay ng “%1”</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>Walang file na “%1”; suriin ang pangalan at ang folder.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Hindi mabasa ang “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>Walang laman ang “%1”: walang ma-import.</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Sala imports CSV files and Excel workbooks (.xlsx).</source>
        <translation>Hindi text file ang “%1”. Nag-i-import ang Sala ng mga CSV file at Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel workbook, sheet na “%1”</translation>
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
        <translation>Nakaplanong oras ayon sa uri</translation>
    </message>
    <message>
        <source>Roster by country and sex</source>
        <translation>Mga kalahok ayon sa bansa at kasarian</translation>
    </message>
    <message>
        <source>Planned versus actual</source>
        <translation>Nakaplano laban sa aktwal</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>I-export bilang CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>I-export bilang PDF…</translation>
    </message>
    <message>
        <source>Planned time by kind of activity</source>
        <translation>Nakaplanong oras ayon sa uri ng aktibidad</translation>
    </message>
    <message>
        <source>Enrolled participants by country and sex</source>
        <translation>Mga naka-enrol na kalahok ayon sa bansa at kasarian</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>Saan napunta ang oras</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual table as a CSV file for a spreadsheet</source>
        <translation>I-save ang talahanayan ng nakaplano laban sa aktwal bilang CSV file para sa spreadsheet</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual report as a PDF</source>
        <translation>I-save ang ulat ng nakaplano laban sa aktwal bilang PDF</translation>
    </message>
    <message>
        <source>Planned versus actual (this session&apos;s run)</source>
        <translation>Nakaplano laban sa aktwal (takbo ng sesyong ito)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Nakaplano</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Aktwal</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Pagkakaiba</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Mga pause</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Idinagdag</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Nagsimula</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>hindi napatakbo</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <source>%1 - timing</source>
        <translation>%1 - ulat ng oras</translation>
    </message>
    <message>
        <source>Export Timing Report as PDF</source>
        <translation>I-export ang Ulat ng Oras bilang PDF</translation>
    </message>
    <message>
        <source>Export Timing Report as CSV</source>
        <translation>I-export ang Ulat ng Oras bilang CSV</translation>
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
        <translation>Hindi maisulat ang “%1”: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Hindi sinabi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Mga Ulat</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Pagdalo</translation>
    </message>
    <message>
        <source>Plan and timing</source>
        <translation>Plano at oras</translation>
    </message>
    <message>
        <source>Import attendance…</source>
        <translation>I-import ang pagdalo…</translation>
    </message>
    <message>
        <source>Read a participants report downloaded from Zoom, Teams or Google Meet into this session</source>
        <translation>Basahin sa sesyong ito ang participants report na na-download mula sa Zoom, Teams o Google Meet</translation>
    </message>
</context>
<context>
    <name>sala::RoomsPdf</name>
    <message>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>naka-lock</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n tao</numerusform>
            <numerusform>%n tao</numerusform>
        </translation>
    </message>
    <message>
        <source>locked room</source>
        <translation>naka-lock na room</translation>
    </message>
    <message>
        <source>Nobody in this room.</source>
        <translation>Walang tao sa room na ito.</translation>
    </message>
    <message>
        <source>[locked]: stays where it is when the other rooms are made again.</source>
        <translation>[naka-lock]: mananatili sa kinalalagyan kapag ginawa ulit ang ibang room.</translation>
    </message>
    <message>
        <source>[facilitator]: a facilitator who stays in this room.</source>
        <translation>[facilitator]: facilitator na nananatili sa room na ito.</translation>
    </message>
    <message>
        <source>Sala could not save the breakout rooms as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Hindi ma-save ng Sala ang mga breakout room bilang “%1” (%2). Tiyaking umiiral ang folder at may pahintulot kang magsulat doon, o pumili ng ibang lugar.</translation>
    </message>
    <message>
        <source>Breakout rooms: %1</source>
        <translation>Mga breakout room: %1</translation>
    </message>
    <message>
        <source>No rooms have been made for this activity yet.</source>
        <translation>Wala pang room na nagawa para sa aktibidad na ito.</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Round %1 ng %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n room</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF of the breakout rooms needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>Kailangan ng PDF ng mga breakout room ang graphics support ng Qt, na hindi sinimulan ng program na ito. Gawin ang PDF mula sa window ng Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF of the breakout rooms.</source>
        <translation>Walang ibinigay na pangalan ng file para sa PDF ng mga breakout room.</translation>
    </message>
</context>
<context>
    <name>sala::RosterCommands</name>
    <message>
        <source>Remove “%1” from the roster</source>
        <translation>Alisin ang “%1” sa listahan ng kalahok</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people from the roster</source>
        <translation>
            <numerusform>Alisin ang %n tao sa listahan ng kalahok</numerusform>
            <numerusform>Alisin ang %n tao sa listahan ng kalahok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expect %n people at the session</source>
        <translation>
            <numerusform>Asahan ang %n tao sa sesyon</numerusform>
            <numerusform>Asahan ang %n tao sa sesyon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %n people out of the session</source>
        <translation>
            <numerusform>Huwag isama ang %n tao sa sesyon</numerusform>
            <numerusform>Huwag isama ang %n tao sa sesyon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::RosterExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Hindi maisulat ang “%1”: %2</translation>
    </message>
    <message>
        <source>The export could not be recorded in the personal data log, so it was not kept. %1</source>
        <translation>Hindi maitala ang export sa talaan ng personal na datos, kaya hindi ito itinago. %1</translation>
    </message>
    <message>
        <source>Roster of workshop %1 as %2</source>
        <translation>Listahan ng kalahok ng workshop %1 bilang %2</translation>
    </message>
    <message>
        <source>Everything this copy of Sala stores about the person: the details they gave, their consent, the workshops and sessions they were enrolled in, their attendance, and every export of personal data that included them.</source>
        <translation>Lahat ng itinatago ng kopyang ito ng Sala tungkol sa tao: ang mga detalyeng ibinigay niya, ang kanyang pahintulot, ang mga workshop at sesyon kung saan siya naka-enrol, ang kanyang pagdalo, at bawat export ng personal na datos na kasama siya.</translation>
    </message>
    <message>
        <source>Everything stored about participant %1</source>
        <translation>Lahat ng nakatago tungkol sa kalahok %1</translation>
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
        <translation>babae, lalaki, iba pa, o not stated</translation>
    </message>
    <message>
        <source>this row has more cells than the header has columns (%1 instead of %2); a delimiter or quote inside a cell may be broken</source>
        <translation>mas marami ang cell sa row na ito kaysa sa column ng header (%1 sa halip na %2); maaaring sira ang isang delimiter o quote sa loob ng cell</translation>
    </message>
    <message>
        <source>there is no name in this row; fill it in or skip the row</source>
        <translation>walang pangalan sa row na ito; punan ito o laktawan ang row</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>hindi email address ang %1</translation>
    </message>
    <message>
        <source>%1 is not an organization type Sala knows; use enterprise, BDS provider, employers&apos; organization, business association, NGO, government or other</source>
        <translation>hindi kilalang uri ng organisasyon ang %1; gamitin ang enterprise, BDS provider, employers&apos; organization, business association, NGO, government o other</translation>
    </message>
    <message>
        <source>%1 is not a country Sala knows; write its English name or its two-letter code such as KH, LA, MY, PH or TH</source>
        <translation>hindi kilalang bansa ang %1; isulat ang pangalan nito sa English o ang two-letter code nito gaya ng KH, LA, MY, PH o TH</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>hindi isa sa %2 ang %1</translation>
    </message>
    <message>
        <source>%1 is not an age or an age band such as 25–34</source>
        <translation>hindi edad o pangkat ng edad gaya ng 25–34 ang %1</translation>
    </message>
    <message>
        <source>%1 is not a number of employees; write a number such as 12 or a range such as 10–49</source>
        <translation>hindi bilang ng empleyado ang %1; isulat ang numero gaya ng 12 o saklaw gaya ng 10–49</translation>
    </message>
    <message>
        <source>%1 holds a language Sala does not know; write language names such as Thai, Khmer, English or codes such as th, km, en, separated by commas</source>
        <translation>may wikang hindi kilala ng Sala sa %1; isulat ang pangalan ng wika gaya ng Filipino, Thai, English o code gaya ng fil, th, en, na pinaghihiwalay ng comma</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no</source>
        <translation>ang %1 ay hindi yes/oo o no/hindi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a yes nor a no to the consent question</source>
        <translation>ang %1 ay hindi yes/oo o no/hindi sa tanong tungkol sa pahintulot</translation>
    </message>
    <message>
        <source>%1 is not a date and time Sala can read; write it as 2026-03-02 14:05</source>
        <translation>hindi petsa at oras na mababasa ng Sala ang %1; isulat ito nang ganito: 2026-03-02 14:05</translation>
    </message>
    <message>
        <source>No column is mapped to Name. Choose the column (or the first and last name columns) that holds each person&apos;s name.</source>
        <translation>Walang column na itinugma sa Pangalan. Piliin ang column (o ang mga column ng pangalan at apelyido) na naglalaman ng pangalan ng bawat tao.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linya %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linya %1, column %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 “%3”: %4</source>
        <translation>linya %1, column %2 “%3”: %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… at %n pang problema</numerusform>
            <numerusform>… at %n pang problema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n row(s) with problems, so nothing was imported. Fix them in the file, or skip those rows:
</source>
        <translation>
            <numerusform>May %n row na may problema ang “%1”, kaya walang na-import. Ayusin ito sa file, o laktawan ang row na iyon:
</numerusform>
            <numerusform>May %n row na may problema ang “%1”, kaya walang na-import. Ayusin ang mga ito sa file, o laktawan ang mga row na iyon:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a role Sala knows; write participant, facilitator (or co-facilitator, trainer), interpreter or observer (or producer, host), or leave it empty</source>
        <translation>Hindi kilala ng Sala ang tungkuling %1; isulat ang participant (o kalahok), facilitator (o co-facilitator, trainer), interpreter (o tagasalin) o observer (o producer, host), o iwanan itong blangko</translation>
    </message>
</context>
<context>
    <name>sala::RosterImportDialog</name>
    <message>
        <source>Merge into that record</source>
        <translation>Isama sa record na iyon</translation>
    </message>
    <message>
        <source>Add as a separate person</source>
        <translation>Idagdag bilang hiwalay na tao</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Laktawan ang row na ito</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Laktawan ang mga row na may problema at i-import ang iba</translation>
    </message>
    <message>
        <source>Import Participants — %1</source>
        <translation>I-import ang mga Kalahok — %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Header sa file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Unang value</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Ii-import bilang</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Pagtutugma ng column</translation>
    </message>
    <message>
        <source>Rows read from the file</source>
        <translation>Mga row na nabasa mula sa file</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Mga problema</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linya</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Sa file</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>Kilala na bilang</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Gagawin</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mga posibleng doble</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>hal. 2026-01</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Bersyon ng privacy notice</translation>
    </message>
    <message>
        <source>Recorded with the consent of everyone in this file who agreed, unless a column gives it.</source>
        <translation>Itinatala kasama ng pahintulot ng bawat isa sa file na ito na pumayag, maliban kung may column na nagbibigay nito.</translation>
    </message>
    <message>
        <source>&amp;Columns — choose what each one holds</source>
        <translation>Mga &amp;column — piliin kung ano ang laman ng bawat isa</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Mga row</translation>
    </message>
    <message>
        <source>&amp;Problems (by line in the file)</source>
        <translation>Mga &amp;problema (ayon sa linya sa file)</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>Mga posibleng &amp;doble</translation>
    </message>
    <message>
        <source>Privacy &amp;notice version agreed to:</source>
        <translation>Bersyon ng privacy &amp;notice na sinang-ayunan:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;I-import</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Field para sa column %1</translation>
    </message>
    <message>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (linya %2 ng file na ito)</translation>
    </message>
    <message>
        <source>What to do with line %1</source>
        <translation>Ano ang gagawin sa linya %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 layout — header on line %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — layout ng %3 — header sa linya %4</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Walang ma-import mula sa file na ito.</translation>
    </message>
    <message>
        <source>%1 row(s): %2 new, %3 merged into people already on file, %4 skipped, %5 with problems.</source>
        <translation>%1 row: %2 bago, %3 isinama sa mga taong nakatala na, %4 nilaktawan, %5 may problema.</translation>
    </message>
    <message>
        <source>Fix the problems in the file and open it again, or skip those rows.</source>
        <translation>Ayusin ang mga problema sa file at buksan ito ulit, o laktawan ang mga row na iyon.</translation>
    </message>
</context>
<context>
    <name>sala::RosterNames</name>
    <message>
        <source>Not stated</source>
        <translation>Hindi sinabi</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Wala pang 18</translation>
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
        <translation>65 pataas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Hindi alam</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Maliit</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Katamtaman</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Malaki</translation>
    </message>
    <message>
        <source>Running the training</source>
        <translation>Pagsasagawa ng training</translation>
    </message>
    <message>
        <source>Anonymous reports to the funder</source>
        <translation>Mga anonymous na ulat sa funder</translation>
    </message>
    <message>
        <source>Follow-up contact after the workshop</source>
        <translation>Follow-up na pakikipag-ugnayan pagkatapos ng workshop</translation>
    </message>
    <message>
        <source>Photos and screenshots</source>
        <translation>Mga larawan at screenshot</translation>
    </message>
</context>
<context>
    <name>sala::RosterSettingsStore</name>
    <message>
        <source>read the enterprise size rules</source>
        <translation>basahin ang mga patakaran sa laki ng negosyo</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>anumang ibang bansa</translation>
    </message>
    <message>
        <source>The size rule for %1 must rise from micro to small to medium (now %2, %3, %4).</source>
        <translation>Dapat tumaas ang patakaran sa laki para sa %1 mula micro patungong maliit patungong katamtaman (ngayon ay %2, %3, %4).</translation>
    </message>
    <message>
        <source>save the enterprise size rules</source>
        <translation>i-save ang mga patakaran sa laki ng negosyo</translation>
    </message>
    <message>
        <source>read the saved column mappings</source>
        <translation>basahin ang mga naka-save na pagtutugma ng column</translation>
    </message>
    <message>
        <source>read a saved column mapping</source>
        <translation>basahin ang isang naka-save na pagtutugma ng column</translation>
    </message>
    <message>
        <source>remember the column mapping</source>
        <translation>tandaan ang pagtutugma ng column</translation>
    </message>
</context>
<context>
    <name>sala::RosterStore</name>
    <message>
        <source>save the participant “%1”</source>
        <translation>i-save ang kalahok na “%1”</translation>
    </message>
    <message>
        <source>Participant %1 no longer exists or has been erased; nothing was changed.</source>
        <translation>Wala na ang kalahok %1 o nabura na; walang binago.</translation>
    </message>
    <message>
        <source>remove a participant</source>
        <translation>mag-alis ng kalahok</translation>
    </message>
    <message>
        <source>enrol participant %1</source>
        <translation>i-enrol ang kalahok %1</translation>
    </message>
    <message>
        <source>remove participant %1 from the roster</source>
        <translation>alisin ang kalahok %1 sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>read the workshops of a participant</source>
        <translation>basahin ang mga workshop ng isang kalahok</translation>
    </message>
    <message>
        <source>read who is expected at the session</source>
        <translation>basahin kung sino ang inaasahan sa sesyon</translation>
    </message>
    <message>
        <source>change who is expected at the session</source>
        <translation>baguhin kung sino ang inaasahan sa sesyon</translation>
    </message>
    <message>
        <source>There is no participant with number %1.</source>
        <translation>Walang kalahok na may numerong %1.</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>basahin ang listahan ng kalahok</translation>
    </message>
    <message>
        <source>find the personal data of the workshop</source>
        <translation>hanapin ang personal na datos ng workshop</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>burahin ang personal na datos</translation>
    </message>
    <message>
        <source>Could not turn on secure delete, so nothing was erased.</source>
        <translation>Hindi mabuksan ang secure delete, kaya walang nabura.</translation>
    </message>
    <message>
        <source>(file name removed at erasure)</source>
        <translation>(inalis ang pangalan ng file sa pagbura)</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased at the end of the retention period</source>
        <translation>
            <numerusform>Binura ang personal na datos ng %n kalahok sa pagtatapos ng panahon ng pagtatago</numerusform>
            <numerusform>Binura ang personal na datos ng %n kalahok sa pagtatapos ng panahon ng pagtatago</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data of participant %1 erased</source>
        <translation>Binura ang personal na datos ng kalahok %1</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased</source>
        <translation>
            <numerusform>Binura ang personal na datos ng %n kalahok</numerusform>
            <numerusform>Binura ang personal na datos ng %n kalahok</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal data was erased, but Sala could not compact the database (%1), so old copies may remain in its free space. Close other Sala windows and erase again.</source>
        <translation>Nabura ang personal na datos, pero hindi ma-compact ng Sala ang database (%1), kaya maaaring may lumang kopya pang natitira sa bakanteng espasyo nito. Isara ang ibang window ng Sala at burahin ulit.</translation>
    </message>
    <message>
        <source>The personal data was erased, but another program is reading the database, so a copy may remain in its write-ahead log until that program closes. Close other Sala windows and erase again.</source>
        <translation>Nabura ang personal na datos, pero may ibang program na nagbabasa ng database, kaya maaaring may kopyang natitira sa write-ahead log nito hanggang magsara ang program na iyon. Isara ang ibang window ng Sala at burahin ulit.</translation>
    </message>
    <message>
        <source>read the retention period</source>
        <translation>basahin ang panahon ng pagtatago</translation>
    </message>
    <message>
        <source>A retention period cannot be negative.</source>
        <translation>Hindi puwedeng negatibo ang panahon ng pagtatago.</translation>
    </message>
    <message>
        <source>save the retention period</source>
        <translation>i-save ang panahon ng pagtatago</translation>
    </message>
    <message>
        <source>check the retention periods</source>
        <translation>suriin ang mga panahon ng pagtatago</translation>
    </message>
    <message>
        <source>change the role of participant %1</source>
        <translation>baguhin ang tungkulin ng kalahok %1</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop&apos;s roster any more; the role was not changed.</source>
        <translation>Wala na sa listahan ng kalahok ng workshop na ito ang kalahok %1; hindi binago ang tungkulin.</translation>
    </message>
</context>
<context>
    <name>sala::RosterView</name>
    <message>
        <source>Search names, aliases, organizations, emails…</source>
        <translation>Maghanap ng pangalan, alias, organisasyon, email…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Maghanap sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>Anumang kasarian</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Anumang organisasyon</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Pahintulot: kahit ano</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>May pahintulot</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Walang pahintulot</translation>
    </message>
    <message>
        <source>Every enrolled person</source>
        <translation>Lahat ng naka-enrol</translation>
    </message>
    <message>
        <source>Expected this session</source>
        <translation>Inaasahan sa sesyong ito</translation>
    </message>
    <message>
        <source>Not expected this session</source>
        <translation>Hindi inaasahan sa sesyong ito</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>I-filter ayon sa bansa</translation>
    </message>
    <message>
        <source>Filter by sex</source>
        <translation>I-filter ayon sa kasarian</translation>
    </message>
    <message>
        <source>Filter by organization type</source>
        <translation>I-filter ayon sa uri ng organisasyon</translation>
    </message>
    <message>
        <source>Filter by consent</source>
        <translation>I-filter ayon sa pahintulot</translation>
    </message>
    <message>
        <source>Filter by enrolment in this session</source>
        <translation>I-filter ayon sa pag-enrol sa sesyong ito</translation>
    </message>
    <message>
        <source>Roster counts</source>
        <translation>Bilang sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Huling ginawa</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Mga kalahok</translation>
    </message>
    <message>
        <source>Erase Its Personal &amp;Data…</source>
        <translation>Burahin ang Personal na &amp;Datos Nito…</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>&amp;Hindi Muna</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Burahin ang Personal na Datos</translation>
    </message>
    <message>
        <source>Erase the personal data of everyone on this workshop&apos;s roster who is not on the roster of another workshop still in use? Names, contacts and notes are removed from the database file; counts by sex, country, organization type and attendance stay for reports. This cannot be undone.</source>
        <translation>Burahin ang personal na datos ng lahat ng nasa listahan ng kalahok ng workshop na ito na wala sa listahan ng ibang workshop na ginagamit pa? Aalisin sa database file ang mga pangalan, contact at tala; mananatili para sa mga ulat ang bilang ayon sa kasarian, bansa, uri ng organisasyon at pagdalo. Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <source>The workshop&apos;s personal data was erased; anonymous counts are kept.</source>
        <translation>Nabura ang personal na datos ng workshop; itinatago ang mga anonymous na bilang.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hanapin:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Listahan ng kalahok</translation>
    </message>
    <message>
        <source>&amp;Change Selected</source>
        <translation>&amp;Baguhin ang Napili</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;I-import…</translation>
    </message>
    <message>
        <source>Add people from a registration export: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox or any spreadsheet</source>
        <translation>Magdagdag ng mga tao mula sa export ng registration: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox o anumang spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Magdagdag…</translation>
    </message>
    <message>
        <source>Type in a new participant</source>
        <translation>Mag-type ng bagong kalahok</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>Mga &amp;Detalye…</translation>
    </message>
    <message>
        <source>Every detail and the consent of the selected person</source>
        <translation>Lahat ng detalye at ang pahintulot ng napiling tao</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Alisin</translation>
    </message>
    <message>
        <source>Take the selected people off this workshop&apos;s roster (their record stays)</source>
        <translation>Alisin ang mga napiling tao sa listahan ng kalahok ng workshop na ito (mananatili ang kanilang record)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>I-e&amp;xport…</translation>
    </message>
    <message>
        <source>Write the roster as CSV or JSON; the export is logged</source>
        <translation>Isulat ang listahan ng kalahok bilang CSV o JSON; itinatala ang export</translation>
    </message>
    <message>
        <source>Access &amp;Request…</source>
        <translation>Access &amp;Request…</translation>
    </message>
    <message>
        <source>Write everything stored about the selected person to a JSON file, to answer an access request</source>
        <translation>Isulat sa isang JSON file ang lahat ng nakatago tungkol sa napiling tao, para sagutin ang access request</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Burahin…</translation>
    </message>
    <message>
        <source>Remove the selected people&apos;s personal data from the database file for good</source>
        <translation>Permanenteng alisin sa database file ang personal na datos ng mga napiling tao</translation>
    </message>
    <message>
        <source>Retention &amp;Period…</source>
        <translation>&amp;Panahon ng Pagtatago…</translation>
    </message>
    <message>
        <source>How long this workshop&apos;s personal data is kept</source>
        <translation>Gaano katagal itatago ang personal na datos ng workshop na ito</translation>
    </message>
    <message>
        <source>Enterprise &amp;Size Rules…</source>
        <translation>Mga Patakaran sa &amp;Laki ng Negosyo…</translation>
    </message>
    <message>
        <source>Head counts of micro, small and medium enterprises</source>
        <translation>Bilang ng empleyado ng micro, maliit at katamtamang negosyo</translation>
    </message>
    <message>
        <source>Personal Data &amp;Log…</source>
        <translation>&amp;Talaan ng Personal na Datos…</translation>
    </message>
    <message>
        <source>Every export of personal data and every erasure</source>
        <translation>Bawat export ng personal na datos at bawat pagbura</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Check-in</translation>
    </message>
    <message>
        <source>Show the live check-in panel beside the roster</source>
        <translation>Ipakita ang live na check-in panel katabi ng listahan ng kalahok</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>Bansa…</translation>
    </message>
    <message>
        <source>Change Country</source>
        <translation>Baguhin ang Bansa</translation>
    </message>
    <message>
        <source>Country of the selected people:</source>
        <translation>Bansa ng mga napiling tao:</translation>
    </message>
    <message>
        <source>Change the country of the selection</source>
        <translation>Baguhin ang bansa ng mga napili</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>Kasarian: %1</translation>
    </message>
    <message>
        <source>Change the sex of the selection</source>
        <translation>Baguhin ang kasarian ng mga napili</translation>
    </message>
    <message>
        <source>Organization type: %1</source>
        <translation>Uri ng organisasyon: %1</translation>
    </message>
    <message>
        <source>Change the organization type of the selection</source>
        <translation>Baguhin ang uri ng organisasyon ng mga napili</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Edad: %1</translation>
    </message>
    <message>
        <source>Change the age of the selection</source>
        <translation>Baguhin ang edad ng mga napili</translation>
    </message>
    <message>
        <source>Consent Given Now</source>
        <translation>Nagbigay ng Pahintulot Ngayon</translation>
    </message>
    <message>
        <source>Record consent for the selection</source>
        <translation>Itala ang pahintulot ng mga napili</translation>
    </message>
    <message>
        <source>Consent Withdrawn</source>
        <translation>Binawi ang Pahintulot</translation>
    </message>
    <message>
        <source>Withdraw consent for the selection</source>
        <translation>Bawiin ang pahintulot ng mga napili</translation>
    </message>
    <message>
        <source>Expected at This Session</source>
        <translation>Inaasahan sa Sesyong Ito</translation>
    </message>
    <message>
        <source>Not Expected at This Session</source>
        <translation>Hindi Inaasahan sa Sesyong Ito</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Lahat ng bansa</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n kalahok</numerusform>
            <numerusform>%n kalahok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n ang ipinapakita)</numerusform>
            <numerusform> (%n ang ipinapakita)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>walang bansa</translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n walang pahintulot</numerusform>
            <numerusform>%n walang pahintulot</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from this workshop&apos;s roster; Ctrl+Z brings them back. Their record stays: use Erase to remove their personal data.</source>
        <translation>Inalis sa listahan ng kalahok ng workshop na ito; ibabalik sila ng Ctrl+Z. Mananatili ang kanilang record: gamitin ang Burahin para alisin ang kanilang personal na datos.</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Itinype</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Magdagdag ng Kalahok</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Idagdag ang “%1”</translation>
    </message>
    <message>
        <source>Participant — %1</source>
        <translation>Kalahok — %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>I-edit ang “%1”</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>I-import ang mga Kalahok</translation>
    </message>
    <message>
        <source>Registration exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Mga export ng registration (*.csv *.txt *.tsv *.xlsx);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 merged into existing records, %4 skipped.</source>
        <translation>Na-import mula sa %1: %2 idinagdag, %3 isinama sa mga dati nang record, %4 nilaktawan.</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? Their names, contact details, notes and consent record are removed from the database file itself; counts by sex, country, organization type and attendance stay for past reports. This cannot be undone, and it clears the undo history. Backups made earlier still hold the data.</source>
        <translation>Burahin ang personal na datos ng %1? Aalisin mismo sa database file ang kanilang pangalan, contact details, tala at record ng pahintulot; mananatili para sa mga nakaraang ulat ang bilang ayon sa kasarian, bansa, uri ng organisasyon at pagdalo. Hindi na ito maibabalik, at buburahin nito ang undo history. Nasa mga naunang backup pa rin ang datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n tao</numerusform>
            <numerusform>%n tao</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n person(s); anonymous counts are kept.</source>
        <translation>
            <numerusform>Binura ang personal na datos ng %n tao; itinatago ang mga anonymous na bilang.</numerusform>
            <numerusform>Binura ang personal na datos ng %n tao; itinatago ang mga anonymous na bilang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access request - participant %1</source>
        <translation>Access request - kalahok %1</translation>
    </message>
    <message>
        <source>Export Access Request</source>
        <translation>I-export ang Access Request</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything stored about %1 is in %2. The export is recorded in the personal data log.</source>
        <translation>Nasa %2 ang lahat ng nakatago tungkol sa %1. Naitala ang export sa talaan ng personal na datos.</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>kalahok %1</translation>
    </message>
    <message>
        <source> - roster</source>
        <translation> - listahan ng kalahok</translation>
    </message>
    <message>
        <source>Export Roster</source>
        <translation>I-export ang Listahan ng Kalahok</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n participant(s) to %1; the export is recorded in the personal data log.</source>
        <translation>
            <numerusform>Naisulat ang %n kalahok sa %1; naitala ang export sa talaan ng personal na datos.</numerusform>
            <numerusform>Naisulat ang %n kalahok sa %1; naitala ang export sa talaan ng personal na datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent are marked “NO CONSENT”.</source>
        <translation>
            <numerusform>May markang “NO CONSENT” ang %n na walang pahintulot.</numerusform>
            <numerusform>May markang “NO CONSENT” ang %n na walang pahintulot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Period</source>
        <translation>Panahon ng Pagtatago</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>hindi nakatakda</translation>
    </message>
    <message>
        <source> months</source>
        <translation> buwan</translation>
    </message>
    <message>
        <source>Keep the personal data of this workshop&apos;s participants for this long after its last session. When the period has passed, Sala offers to erase it and keeps the anonymous counts.</source>
        <translation>Itago ang personal na datos ng mga kalahok ng workshop na ito nang ganito katagal pagkatapos ng huling sesyon nito. Kapag lumipas na ang panahong ito, mag-aalok ang Sala na burahin ito at itatago ang mga anonymous na bilang.</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Itago nang:</translation>
    </message>
    <message numerus="yes">
        <source>The retention period of “%1” ended on %2: the personal data of %n participant(s) is still stored. Erase it now? Anonymous counts for reports are kept.</source>
        <translation>
            <numerusform>Natapos noong %2 ang panahon ng pagtatago ng “%1”: nakatago pa ang personal na datos ng %n kalahok. Burahin na ito ngayon? Itatago ang mga anonymous na bilang para sa mga ulat.</numerusform>
            <numerusform>Natapos noong %2 ang panahon ng pagtatago ng “%1”: nakatago pa ang personal na datos ng %n kalahok. Burahin na ito ngayon? Itatago ang mga anonymous na bilang para sa mga ulat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Tungkulin: %1</translation>
    </message>
    <message>
        <source>Change the role of the selection</source>
        <translation>Baguhin ang tungkulin ng mga napili</translation>
    </message>
    <message>
        <source>team (not counted): %1</source>
        <translation>team (hindi binibilang): %1</translation>
    </message>
</context>
<context>
    <name>sala::RunEngine</name>
    <message>
        <source>This session has no activities yet: add them in Plan mode, then start it.</source>
        <translation>Wala pang aktibidad ang sesyong ito: idagdag ang mga ito sa mode na Plano, saka simulan.</translation>
    </message>
    <message>
        <source>The session is already running.</source>
        <translation>Tumatakbo na ang sesyon.</translation>
    </message>
    <message>
        <source>The session is finished. Use Start over to run it again.</source>
        <translation>Tapos na ang sesyon. Gamitin ang Magsimula ulit para patakbuhin ito muli.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>Tapos na ang sesyon.</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>Hindi pa nagsisimula ang sesyon.</translation>
    </message>
    <message>
        <source>This session has no activities.</source>
        <translation>Walang aktibidad ang sesyong ito.</translation>
    </message>
    <message>
        <source>This is the first activity.</source>
        <translation>Ito ang unang aktibidad.</translation>
    </message>
    <message>
        <source>There is no activity %1 in this session.</source>
        <translation>Walang aktibidad %1 sa sesyong ito.</translation>
    </message>
    <message>
        <source>That activity is already running.</source>
        <translation>Tumatakbo na ang aktibidad na iyon.</translation>
    </message>
    <message>
        <source>Nothing is running to pause.</source>
        <translation>Walang tumatakbong mapa-pause.</translation>
    </message>
    <message>
        <source>The session is already paused.</source>
        <translation>Naka-pause na ang sesyon.</translation>
    </message>
    <message>
        <source>The session is not paused.</source>
        <translation>Hindi naka-pause ang sesyon.</translation>
    </message>
    <message>
        <source>Start the session first: time is added to the running activity.</source>
        <translation>Simulan muna ang sesyon: idinaragdag ang oras sa tumatakbong aktibidad.</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>Simulan muna ang sesyon: ang natitirang oras ay sa tumatakbong aktibidad.</translation>
    </message>
    <message>
        <source>The time left cannot be negative.</source>
        <translation>Hindi puwedeng negatibo ang natitirang oras.</translation>
    </message>
    <message>
        <source>The running activity has no breakout rounds.</source>
        <translation>Walang breakout round ang tumatakbong aktibidad.</translation>
    </message>
    <message>
        <source>The session is already finished.</source>
        <translation>Tapos na ang sesyon.</translation>
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
        <translation>Simulan ang sesyon; pagkatapos ay i-pause at ituloy</translation>
    </message>
    <message>
        <source>→ Right</source>
        <translation>→ Kanan</translation>
    </message>
    <message>
        <source>Next activity (on the last one: finish)</source>
        <translation>Susunod na aktibidad (sa huli: tapusin)</translation>
    </message>
    <message>
        <source>← Left</source>
        <translation>← Kaliwa</translation>
    </message>
    <message>
        <source>Previous activity (it goes on where it stopped)</source>
        <translation>Nakaraang aktibidad (itutuloy kung saan ito huminto)</translation>
    </message>
    <message>
        <source>= or keypad +</source>
        <translation>= o + sa keypad</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Dagdag na isang minuto</translation>
    </message>
    <message>
        <source>− or keypad −</source>
        <translation>− o − sa keypad</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Bawas na isang minuto</translation>
    </message>
    <message>
        <source>Shift with = (that is, +)</source>
        <translation>Shift kasama ang = (ibig sabihin, +)</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Dagdag na limang minuto</translation>
    </message>
    <message>
        <source>Shift with − (that is, _)</source>
        <translation>Shift kasama ang − (ibig sabihin, _)</translation>
    </message>
    <message>
        <source>Five minutes less</source>
        <translation>Bawas na limang minuto</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Set the time left (type 5 or 4:30, then Enter)</source>
        <translation>Itakda ang natitirang oras (i-type ang 5 o 4:30, saka Enter)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here</source>
        <translation>Bukas na ngayon ang mga breakout room: bilangin ang mga round mula rito</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Copy the participant instructions for the chat</source>
        <translation>Kopyahin ang panuto ng kalahok para sa chat</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Copy the broadcast text that is due</source>
        <translation>Kopyahin ang broadcast text na dapat nang ipadala</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Apply the suggested trim (Ctrl+Z undoes it)</source>
        <translation>Gawin ang mungkahing pagbawas (i-undo gamit ang Ctrl+Z)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Tapusin ang sesyon</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show or hide the presenter timer</source>
        <translation>Ipakita o itago ang timer ng presenter</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 o ?</translation>
    </message>
    <message>
        <source>Show or hide this list (Esc closes it too)</source>
        <translation>Ipakita o itago ang listahang ito (naisasara rin ng Esc)</translation>
    </message>
    <message>
        <source>Keys of Run mode</source>
        <translation>Mga key ng mode na Patakbuhin</translation>
    </message>
    <message>
        <source>Keys in Run mode</source>
        <translation>Mga key sa mode na Patakbuhin</translation>
    </message>
    <message>
        <source>The keys work whenever Run mode is shown, also in the presenter timer, except while you type in a text field. Shift decides between one and five minutes: = and − give one, Shift with the same key gives five.</source>
        <translation>Gumagana ang mga key tuwing nakabukas ang mode na Patakbuhin, pati sa timer ng presenter, maliban habang nagta-type ka sa isang text field. Ang Shift ang nagpapasya kung isa o limang minuto: isa ang = at −, lima kapag may Shift ang parehong key.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Say the time left (shown here and read by a screen reader)</source>
        <translation>Sabihin ang natitirang oras (ipinapakita rito at binabasa ng screen reader)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Place the selected late arrival in the suggested room</source>
        <translation>Ilagay ang napiling huling dumating sa iminumungkahing room</translation>
    </message>
</context>
<context>
    <name>sala::RunLogStore</name>
    <message>
        <source>record the run action</source>
        <translation>itala ang ginawa sa pagpapatakbo</translation>
    </message>
    <message>
        <source>read the run log</source>
        <translation>basahin ang log ng pagpapatakbo</translation>
    </message>
    <message>
        <source>read the wrap-up warnings</source>
        <translation>basahin ang mga babala sa pagtatapos</translation>
    </message>
    <message>
        <source>save the wrap-up warning</source>
        <translation>i-save ang babala sa pagtatapos</translation>
    </message>
</context>
<context>
    <name>sala::RunRoomsPanel</name>
    <message>
        <source>Rooms</source>
        <translation>Mga room</translation>
    </message>
    <message>
        <source>Place in suggested room</source>
        <translation>Ilagay sa iminumungkahing room</translation>
    </message>
    <message>
        <source>Open Breakouts mode</source>
        <translation>Buksan ang mode na Breakout</translation>
    </message>
    <message>
        <source>Rooms of the breakout activity</source>
        <translation>Mga room ng breakout na aktibidad</translation>
    </message>
    <message>
        <source>Round shown in the rooms</source>
        <translation>Round na ipinapakita sa mga room</translation>
    </message>
    <message>
        <source>The round under way is marked “now”; choose another round to look at it</source>
        <translation>May markang “ngayon” ang kasalukuyang round; pumili ng ibang round para tingnan ito</translation>
    </message>
    <message>
        <source>In the call but in no room</source>
        <translation>Nasa call pero walang room</translation>
    </message>
    <message>
        <source>People checked in who have no room in this round, with the room Sala suggests; Enter or P places the selected one</source>
        <translation>Mga naka-check in na walang room sa round na ito, kasama ang room na mungkahi ng Sala; inilalagay ng Enter o P ang napili</translation>
    </message>
    <message>
        <source>Breakout rooms of the round</source>
        <translation>Mga breakout room ng round</translation>
    </message>
    <message>
        <source>Put the selected person, who is in the call but in no room, into the room Sala suggests: the fewest people already met, the smallest room, the best mix. Stored at once; Ctrl+Z undoes it (P)</source>
        <translation>Ilagay ang napiling tao, na nasa call pero walang room, sa room na mungkahi ng Sala: pinakakaunting nakasama na, pinakamaliit na room, pinakamainam na halo. Agad na nase-save; i-undo gamit ang Ctrl+Z (P)</translation>
    </message>
    <message>
        <source>Suggested room</source>
        <translation>Mungkahing room</translation>
    </message>
    <message>
        <source>No rooms saved</source>
        <translation>Walang naka-save na room</translation>
    </message>
    <message>
        <source>Make the rooms of this activity in Breakouts mode (Ctrl+3)</source>
        <translation>Gawin ang mga room ng aktibidad na ito sa mode na Breakout (Ctrl+3)</translation>
    </message>
    <message>
        <source>No rooms are saved for “%1” yet. Make them in Breakouts mode; they show here round by round while the activity runs.</source>
        <translation>Wala pang naka-save na room para sa “%1”. Gawin ang mga ito sa mode na Breakout; lalabas dito ang mga ito bawat round habang tumatakbo ang aktibidad.</translation>
    </message>
    <message>
        <source>Round %1 of %2 · now</source>
        <translation>Round %1 sa %2 · ngayon</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Round %1 ng %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>In the call but in no room of this round; Enter or P places %1 in the suggested room</source>
        <translation>Nasa call pero walang room sa round na ito; inilalagay ng Enter o P si %1 sa iminumungkahing room</translation>
    </message>
    <message>
        <source>&amp;Not in a room (%1):</source>
        <translation>&amp;Walang room (%1):</translation>
    </message>
    <message>
        <source>(left)</source>
        <translation>(umalis)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>wala</translation>
    </message>
    <message>
        <source>Everyone checked in has a room.</source>
        <translation>May room na ang lahat ng naka-check in.</translation>
    </message>
    <message>
        <source>Everyone checked in has a room in this round: nobody to place.</source>
        <translation>May room na ang lahat ng naka-check in sa round na ito: walang ilalagay.</translation>
    </message>
    <message>
        <source>No rooms are saved for this activity yet: make them in Breakouts mode (Ctrl+3).</source>
        <translation>Wala pang naka-save na room para sa aktibidad na ito: gawin ang mga ito sa mode na Breakout (Ctrl+3).</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>Ilagay ang %1 sa %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before. Ctrl+Z undoes it.</source>
        <translation>Papasok si %1 sa %2: walang sinuman doon ang nakasama na si %1 dati. I-undo gamit ang Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3. Ctrl+Z undoes it.</source>
        <translation>Papasok si %1 sa %2, ang pinakamainam na natitirang room; mga naroon na nakasama na si %1 dati: %3. I-undo gamit ang Ctrl+Z.</translation>
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
        <translation>%1 oras</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 oras %2 min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the plan runs %1 past the target: shorten or cut something</source>
        <translation>lumampas nang %1 ang plano sa target: paikliin o tanggalin ang isang bahagi</translation>
    </message>
    <message>
        <source>the plan ends %1 before the target</source>
        <translation>natatapos ang plano nang %1 bago ang target</translation>
    </message>
    <message>
        <source>the plan ends on time</source>
        <translation>natatapos ang plano sa oras</translation>
    </message>
    <message>
        <source>may shorten to %1</source>
        <translation>puwedeng paikliin hanggang %1</translation>
    </message>
    <message>
        <source>%1 (waits for this time when the plan runs early)</source>
        <translation>%1 (hihintayin ang oras na ito kapag maaga ang plano)</translation>
    </message>
    <message>
        <source>%1 groups of %2</source>
        <translation>%1 grupo na tig-%2</translation>
    </message>
    <message>
        <source>groups of %1</source>
        <translation>mga grupo na tig-%1</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 grupo</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Send %1 before the end of each round</source>
        <translation>Ipadala %1 bago matapos ang bawat round</translation>
    </message>
    <message>
        <source>Send %1 before the end</source>
        <translation>Ipadala %1 bago matapos</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Run sheet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Nakaplano</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>Pangalawang zone</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>Target na pagtatapos</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>walang itinakda</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Iskedyul</translation>
    </message>
    <message>
        <source>No activities are planned in this session yet.</source>
        <translation>Wala pang nakaplanong aktibidad sa sesyong ito.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>Mga breakout room</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Paggrupo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Mga grupo</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Mga round</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Mga tungkulin</translation>
    </message>
    <message>
        <source>Broadcast messages to all rooms</source>
        <translation>Mga broadcast message sa lahat ng room</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Nakapirming simula</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Instructions for participants (paste into the chat)</source>
        <translation>Panuto para sa mga kalahok (i-paste sa chat)</translation>
    </message>
    <message>
        <source>Facilitator notes (private: do not share with participants)</source>
        <translation>Tala ng facilitator (pribado: huwag ibahagi sa mga kalahok)</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Mga materyales</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>Checklist ng mga materyales</translation>
    </message>
    <message>
        <source>No activity lists any material.</source>
        <translation>Walang aktibidad na naglista ng materyales.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Handa</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materyales</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Ginamit sa</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>ginamit sa %1</translation>
    </message>
    <message>
        <source>Run sheet: %1</source>
        <translation>Run sheet: %1</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Mga aktibidad</translation>
    </message>
</context>
<context>
    <name>sala::RunSheetPdf</name>
    <message>
        <source>Sala could not save the run sheet as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Hindi ma-save ng Sala ang run sheet bilang “%1” (%2). Tiyaking umiiral ang folder at may permiso kang magsulat dito, o pumili ng ibang lugar.</translation>
    </message>
    <message>
        <source>The PDF run sheet needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>Kailangan ng PDF na run sheet ang graphics support ng Qt, na hindi sinimulan ng program na ito. Gawin ang PDF mula sa window ng Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF run sheet.</source>
        <translation>Walang ibinigay na pangalan ng file para sa PDF na run sheet.</translation>
    </message>
</context>
<context>
    <name>sala::RunState</name>
    <message>
        <source>on time</source>
        <translation>nasa oras</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>huli nang %1 min</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>maaga nang %1 min</translation>
    </message>
</context>
<context>
    <name>sala::RunView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 araw %2 oras</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 oras %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>Magsisimula sa loob ng %1</translation>
    </message>
    <message>
        <source>Started %1 ago</source>
        <translation>Nagsimula %1 na ang nakalipas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Presenter Timer</source>
        <translation>Timer ng &amp;Presenter</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Nakaraan</translation>
    </message>
    <message>
        <source>Back to the previous activity (Left arrow)</source>
        <translation>Bumalik sa nakaraang aktibidad (arrow pakaliwa)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Simulan</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Simulan, i-pause o ituloy (Space)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Susunod ▶</translation>
    </message>
    <message>
        <source>On to the next activity (Right arrow)</source>
        <translation>Tumuloy sa susunod na aktibidad (arrow pakanan)</translation>
    </message>
    <message>
        <source>Rooms open</source>
        <translation>Bukas ang mga room</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here (R)</source>
        <translation>Bukas na ngayon ang mga breakout room: bilangin ang mga round mula rito (R)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Tapusin</translation>
    </message>
    <message>
        <source>Finish the session (End)</source>
        <translation>Tapusin ang sesyon (End)</translation>
    </message>
    <message>
        <source>Copy broadcast</source>
        <translation>Kopyahin ang broadcast</translation>
    </message>
    <message>
        <source>Copy the broadcast text for the platform&apos;s broadcast box (B)</source>
        <translation>Kopyahin ang broadcast text para sa broadcast box ng platform (B)</translation>
    </message>
    <message>
        <source>Participant instructions</source>
        <translation>Panuto para sa mga kalahok</translation>
    </message>
    <message>
        <source>Copy instructions</source>
        <translation>Kopyahin ang panuto</translation>
    </message>
    <message>
        <source>Copy the instructions for the meeting chat (C)</source>
        <translation>Kopyahin ang panuto para sa chat ng meeting (C)</translation>
    </message>
    <message>
        <source>Current activity</source>
        <translation>Kasalukuyang aktibidad</translation>
    </message>
    <message>
        <source>Activity number and kind</source>
        <translation>Numero at uri ng aktibidad</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>Susunod na aktibidad</translation>
    </message>
    <message>
        <source>Breakout round</source>
        <translation>Breakout round</translation>
    </message>
    <message>
        <source>Ahead or behind the plan</source>
        <translation>Maaga o huli sa plano</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>Tinatayang pagtatapos</translation>
    </message>
    <message>
        <source>Run messages</source>
        <translation>Mga mensahe sa pagpapatakbo</translation>
    </message>
    <message>
        <source>−5</source>
        <translation>−5</translation>
    </message>
    <message>
        <source>Five minutes less (Shift with −)</source>
        <translation>Bawas na limang minuto (Shift kasama ang −)</translation>
    </message>
    <message>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <source>One minute less (−)</source>
        <translation>Bawas na isang minuto (−)</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One minute more (=, or + on the keypad)</source>
        <translation>Dagdag na isang minuto (=, o + sa keypad)</translation>
    </message>
    <message>
        <source>+5</source>
        <translation>+5</translation>
    </message>
    <message>
        <source>Five minutes more (Shift with =, that is +)</source>
        <translation>Dagdag na limang minuto (Shift kasama ang =, ibig sabihin +)</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Itakda…</translation>
    </message>
    <message>
        <source>Set the time left of this activity (S)</source>
        <translation>Itakda ang natitirang oras ng aktibidad na ito (S)</translation>
    </message>
    <message>
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Natitirang oras</translation>
    </message>
    <message>
        <source>Type the time left, such as 5 or 4:30, then press Enter; Esc cancels</source>
        <translation>I-type ang natitirang oras, gaya ng 5 o 4:30, saka pindutin ang Enter; kinakansela ng Esc</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Higit pa</translation>
    </message>
    <message>
        <source>More run actions</source>
        <translation>Iba pang aksyon sa pagpapatakbo</translation>
    </message>
    <message>
        <source>Suggested trim</source>
        <translation>Mungkahing pagbawas</translation>
    </message>
    <message>
        <source>Apply trim</source>
        <translation>Gawin ang pagbawas</translation>
    </message>
    <message>
        <source>Shorten the activities as suggested; Ctrl+Z undoes it (T)</source>
        <translation>Paikliin ang mga aktibidad ayon sa mungkahi; i-undo gamit ang Ctrl+Z (T)</translation>
    </message>
    <message>
        <source>Broadcast text</source>
        <translation>Broadcast text</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Rundown</translation>
    </message>
    <message>
        <source>Enter or double-click jumps to an activity</source>
        <translation>Tumalon sa isang aktibidad gamit ang Enter o double-click</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>Mga naka-enrol na kalahok</translation>
    </message>
    <message>
        <source>A compact timer that stays on top, to share into the call</source>
        <translation>Maliit na timer na laging nasa ibabaw, para i-share sa call</translation>
    </message>
    <message>
        <source>Wrap-up warning for this activity…</source>
        <translation>Babala sa pagtatapos para sa aktibidad na ito…</translation>
    </message>
    <message>
        <source>Wrap-up warning</source>
        <translation>Babala sa pagtatapos</translation>
    </message>
    <message>
        <source>Minutes before the end of “%1” when the timer turns to wrap-up:</source>
        <translation>Ilang minuto bago matapos ang “%1” lilipat ang timer sa pagtatapos:</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>I-mute ang chime</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Magsimula ulit…</translation>
    </message>
    <message>
        <source>Clear the run (after a rehearsal); the log keeps it as history</source>
        <translation>I-clear ang takbo (pagkatapos ng rehearsal); itatago ito ng log bilang history</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>Magsimula Ulit</translation>
    </message>
    <message>
        <source>Start the session over? The timer goes back to the first activity and the timing report starts afresh. The run so far stays in the log.</source>
        <translation>Simulan ulit ang sesyon? Babalik ang timer sa unang aktibidad at magsisimula ulit ang ulat ng oras. Mananatili sa log ang takbo sa ngayon.</translation>
    </message>
    <message>
        <source>Wrap-up time for this activity.</source>
        <translation>Oras na para tapusin ang aktibidad na ito.</translation>
    </message>
    <message>
        <source>Time is up: the activity is in overtime.</source>
        <translation>Ubos na ang oras: lampas na sa oras ang aktibidad.</translation>
    </message>
    <message>
        <source>“%1” has no participant instructions.</source>
        <translation>Walang panuto para sa mga kalahok ang “%1”.</translation>
    </message>
    <message>
        <source>Instructions copied: paste them into the meeting chat.</source>
        <translation>Nakopya ang panuto: i-paste ito sa chat ng meeting.</translation>
    </message>
    <message>
        <source>This activity has no broadcast texts.</source>
        <translation>Walang broadcast text ang aktibidad na ito.</translation>
    </message>
    <message>
        <source>Broadcast copied: paste it into the platform&apos;s broadcast box.</source>
        <translation>Nakopya ang broadcast: i-paste ito sa broadcast box ng platform.</translation>
    </message>
    <message>
        <source>There is nothing to trim: the session is on time, or nothing left may be shortened.</source>
        <translation>Walang babawasan: nasa oras ang sesyon, o wala nang natitirang puwedeng paikliin.</translation>
    </message>
    <message>
        <source>Trim the rest of the session to end on time</source>
        <translation>Bawasan ang natitirang bahagi ng sesyon para matapos sa oras</translation>
    </message>
    <message>
        <source>Trimmed %1 min from the rest of the session; Ctrl+Z undoes it.</source>
        <translation>Nabawasan nang %1 min ang natitirang bahagi ng sesyon; i-undo gamit ang Ctrl+Z.</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>Simulan muna ang sesyon: ang natitirang oras ay sa tumatakbong aktibidad.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type minutes such as 5, or minutes and seconds such as 4:30.</source>
        <translation>Hindi oras ang “%1”: mag-type ng minuto gaya ng 5, o minuto at segundo gaya ng 4:30.</translation>
    </message>
    <message>
        <source>Broadcast due now (round %1): press B to copy it.</source>
        <translation>Oras na ng broadcast (round %1): pindutin ang B para kopyahin ito.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People enrolled (%1)</source>
        <translation>Mga naka-enrol (%1)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Nakaplano</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Aktwal</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Simula (%1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ngayon</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tapos na</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Walang bukas na sesyon.</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Tapos na ang sesyon</translation>
    </message>
    <message>
        <source>First activity of %1</source>
        <translation>Unang aktibidad sa %1</translation>
    </message>
    <message>
        <source>Activity %1 of %2</source>
        <translation>Aktibidad %1 ng %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This session has no activities yet.</source>
        <translation>Wala pang aktibidad ang sesyong ito.</translation>
    </message>
    <message>
        <source>Next: %1 (%2, %3 min)</source>
        <translation>Susunod: %1 (%2, %3 min)</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>Susunod: ang pagtatapos ng sesyon</translation>
    </message>
    <message>
        <source>All %1 rounds are done.</source>
        <translation>Tapos na ang lahat ng %1 round.</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3 left in this round</source>
        <translation>Round %1 ng %2 · %3 na lang sa round na ito</translation>
    </message>
    <message>
        <source>%1 rounds of %2 min</source>
        <translation>%1 round na tig-%2 min</translation>
    </message>
    <message>
        <source>● On time</source>
        <translation>● Nasa oras</translation>
    </message>
    <message>
        <source>▼ %1 min behind</source>
        <translation>▼ Huli nang %1 min</translation>
    </message>
    <message>
        <source>▲ %1 min ahead</source>
        <translation>▲ Maaga nang %1 min</translation>
    </message>
    <message>
        <source>Finished at %1; planned end %2</source>
        <translation>Natapos nang %1; nakaplanong pagtatapos %2</translation>
    </message>
    <message>
        <source>Projected end %1; planned %2</source>
        <translation>Tinatayang pagtatapos %1; nakaplano %2</translation>
    </message>
    <message>
        <source>Planned start %1 · %2</source>
        <translation>Nakaplanong simula %1 · %2</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Simulan</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Ituloy</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ I-pause</translation>
    </message>
    <message>
        <source>%1 %2→%3 min</source>
        <translation>%1 %2→%3 min</translation>
    </message>
    <message>
        <source>To end by %1, shorten (%2 min in all): %3.</source>
        <translation>Para matapos nang %1, paikliin (%2 min lahat-lahat): %3.</translation>
    </message>
    <message>
        <source>Even at their minimums the activities still to come save only %1 of %2 min; the session then ends at %3. Shorten: %4.</source>
        <translation>Kahit paikliin sa pinakamaikli, %1 lang sa %2 min ang matitipid ng mga susunod na aktibidad; matatapos ang sesyon nang %3. Paikliin: %4.</translation>
    </message>
    <message>
        <source>▶ Broadcast due now (round %1 of %2)</source>
        <translation>▶ Oras na ng broadcast (round %1 ng %2)</translation>
    </message>
    <message>
        <source>Next broadcast: round %1, when %2 min are left</source>
        <translation>Susunod na broadcast: round %1, kapag %2 min na lang</translation>
    </message>
    <message>
        <source>next in round %1</source>
        <translation>susunod sa round %1</translation>
    </message>
    <message>
        <source>Participant instructions: %1</source>
        <translation>Panuto para sa mga kalahok: %1</translation>
    </message>
    <message>
        <source>The session has not started.</source>
        <translation>Hindi pa nagsisimula ang sesyon.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>Tapos na ang sesyon.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuto</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundo</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>minutes and seconds</comment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>“%1” is %2 over its time.</source>
        <translation>Lampas na sa oras nito ang “%1” nang %2.</translation>
    </message>
    <message>
        <source>%1 left in “%2”.</source>
        <translation>%1 na lang ang natitira sa “%2”.</translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>Round %1 sa %2.</translation>
    </message>
    <message>
        <source>The timer is paused.</source>
        <translation>Naka-pause ang timer.</translation>
    </message>
    <message>
        <source>Time to wrap up.</source>
        <translation>Oras na para magtapos.</translation>
    </message>
    <message>
        <source>The activity under way has no breakout rooms: P places late arrivals during breakouts.</source>
        <translation>Walang breakout room ang kasalukuyang aktibidad: inilalagay ng P ang mga huling dumating habang may breakout.</translation>
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
        <translation>oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Share of the session</source>
        <translation>Porsiyento sa sesyon</translation>
    </message>
    <message>
        <source>First join</source>
        <translation>Unang pagpasok</translation>
    </message>
    <message>
        <source>Last leave</source>
        <translation>Huling pag-alis</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Naitugma</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>Na-check in nang live</translation>
    </message>
</context>
<context>
    <name>sala::SessionBar</name>
    <message>
        <source>Session progress</source>
        <translation>Progreso ng sesyon</translation>
    </message>
    <message>
        <source>Activity %1 of %2, %3 % of the planned session</source>
        <translation>Aktibidad %1 ng %2, %3 % ng nakaplanong sesyon</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n aktibidad</numerusform>
            <numerusform>%n aktibidad</numerusform>
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
        <translation>Mga Patakaran sa Laki ng Negosyo</translation>
    </message>
    <message>
        <source>An enterprise is micro, small or medium when its head count is at most the number given for its country; above medium it is large. The values Sala starts with follow national definitions as published up to 2024. &lt;b&gt;Check them against the current definitions&lt;/b&gt;, which may also differ by sector. An empty country applies to every country without a row.</source>
        <translation>Ang negosyo ay micro, maliit o katamtaman kapag ang bilang ng empleyado nito ay hindi lalampas sa numerong nakatakda para sa bansa nito; kapag lampas sa katamtaman, malaki ito. Sumusunod ang mga unang value ng Sala sa mga pambansang depinisyon na nailathala hanggang 2024. &lt;b&gt;Ihambing ang mga ito sa kasalukuyang depinisyon&lt;/b&gt;, na maaari ring magkaiba ayon sa sektor. Ang blangkong bansa ay para sa bawat bansang walang sariling row.</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code ng bansa</translation>
    </message>
    <message>
        <source>Micro up to</source>
        <translation>Micro hanggang</translation>
    </message>
    <message>
        <source>Small up to</source>
        <translation>Maliit hanggang</translation>
    </message>
    <message>
        <source>Medium up to</source>
        <translation>Katamtaman hanggang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>Size rules</source>
        <translation>Mga patakaran sa laki</translation>
    </message>
    <message>
        <source>&amp;Add Country</source>
        <translation>&amp;Magdagdag ng Bansa</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>&amp;Alisin ang Row</translation>
    </message>
    <message>
        <source>The limits for %1 must rise from micro to small to medium.</source>
        <translation>Dapat tumaas ang mga limitasyon para sa %1 mula micro patungong maliit patungong katamtaman.</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>ibang mga bansa</translation>
    </message>
</context>
<context>
    <name>sala::Startup</name>
    <message>
        <source>Sala: a facilitator console for live online workshops.</source>
        <translation>Sala: console ng facilitator para sa mga live na online workshop.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; instead of the default one.</source>
        <translation>Buksan ang database sa &lt;path&gt; sa halip na ang default.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Log debugging detail.</source>
        <translation>Itala ang detalye ng debugging.</translation>
    </message>
    <message>
        <source>Sala cannot open its database</source>
        <translation>Hindi mabuksan ng Sala ang database nito</translation>
    </message>
    <message>
        <source>Sala</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>The demo workshop could not be created: %1</source>
        <translation>Hindi magawa ang demo workshop: %1</translation>
    </message>
    <message>
        <source>Sala can open a copy of the newest backup, “%1” from %2, and leave the damaged file as it is so that it can still be recovered. Changes made after that backup are not in it.</source>
        <translation>Mabubuksan ng Sala ang kopya ng pinakabagong backup, ang “%1” mula %2, at iiwan nang ganoon ang sirang file para maibalik pa ito. Wala rito ang mga pagbabagong ginawa pagkatapos ng backup na iyon.</translation>
    </message>
    <message>
        <source>Open a Copy of the Backup</source>
        <translation>Buksan ang Kopya ng Backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Umalis</translation>
    </message>
</context>
<context>
    <name>sala::Store</name>
    <message>
        <source>“%1” already exists; choose a new file name for the backup.</source>
        <translation>Umiiral na ang “%1”; pumili ng bagong pangalan ng file para sa backup.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Hindi umiiral ang folder na “%1”.</translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation>isulat ang backup</translation>
    </message>
    <message>
        <source>Could not write the backup to “%1”.</source>
        <translation>Hindi maisulat ang backup sa “%1”.</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>basahin ang bersyon ng schema</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Wala sa build na ito ang migration %1.</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>i-upgrade ang database sa bersyon %1</translation>
    </message>
    <message>
        <source>mark the database as Sala&apos;s</source>
        <translation>markahan ang database bilang sa Sala</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>itala ang bersyon ng schema</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Hindi nagawang %1: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the path of a database file.</source>
        <translation>Folder ang “%1”; ibigay ang path ng isang database file.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Walang database sa “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Hindi magawa ang folder na “%1”.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Sala window (process %2). Close that window first, or open a different database with --db.</source>
        <translation>Bukas na ang “%1” sa ibang window ng Sala (process %2). Isara muna ang window na iyon, o magbukas ng ibang database gamit ang --db.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside “%1”; check that the folder is writable.</source>
        <translation>Hindi magawa ang lock file katabi ng “%1”; tiyaking puwedeng sulatan ang folder.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Hindi mabuksan ang “%1”: %2</translation>
    </message>
    <message>
        <source>Sala needs to upgrade “%1” but could not write the backup first, so it left the file unchanged. %2</source>
        <translation>Kailangang i-upgrade ng Sala ang “%1” pero hindi muna nito maisulat ang backup, kaya hindi nito ginalaw ang file. %2</translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation>i-on ang foreign keys</translation>
    </message>
    <message>
        <source>set the sync level</source>
        <translation>itakda ang sync level</translation>
    </message>
    <message>
        <source>Cannot switch “%1” to write-ahead logging; is it on a network drive or a read-only disk?</source>
        <translation>Hindi mailipat ang “%1” sa write-ahead logging; nasa network drive ba ito o read-only na disk?</translation>
    </message>
    <message>
        <source>save a setting in the database</source>
        <translation>mag-save ng setting sa database</translation>
    </message>
    <message>
        <source>read the database summary</source>
        <translation>basahin ang buod ng database</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>suriin ang database</translation>
    </message>
    <message>
        <source>A row in %1 points to a missing row in %2.</source>
        <translation>May row sa %1 na tumuturo sa nawawalang row sa %2.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>magsimula ng transaction</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>i-save ang pagbabago</translation>
    </message>
    <message>
        <source>There is no backup of “%1” beside it.</source>
        <translation>Walang backup ng “%1” sa tabi nito.</translation>
    </message>
    <message>
        <source>Could not copy the backup “%1” to “%2”; check that the folder is writable and the disk has room.</source>
        <translation>Hindi makopya ang backup na “%1” sa “%2”; tiyaking puwedeng sulatan ang folder at may espasyo pa ang disk.</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full, or the database has reached its size limit. Free some space on the disk and try again.</source>
        <translation>Hindi nagawang %1: puno na ang disk, o naabot na ng database ang limitasyon ng laki nito. Magbakante ng espasyo sa disk at subukan ulit.</translation>
    </message>
    <message>
        <source>The newest backup is “%1”: restore it with a copy, or open it with --db.</source>
        <translation>Ang pinakabagong backup ay “%1”: ibalik ito sa pamamagitan ng pagkopya, o buksan ito gamit ang --db.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Sala has not changed the file.</source>
        <translation>Sira ang “%1” at hindi ito mabuksan (%2). Hindi binago ng Sala ang file.</translation>
    </message>
    <message>
        <source>the file is cut short inside its header</source>
        <translation>naputol ang file sa loob ng header nito</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>imposibleng laki ng page ang nakasaad sa header nito</translation>
    </message>
    <message>
        <source>the file is cut short: its size is not a whole number of pages</source>
        <translation>naputol ang file: hindi buong bilang ng page ang laki nito</translation>
    </message>
    <message>
        <source>the file is cut short: it holds %1 of its %2 pages</source>
        <translation>naputol ang file: %1 lang sa %2 page nito ang laman</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Hindi mabasa ang “%1”: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>walang laman ang file</translation>
    </message>
    <message>
        <source>“%1” is not a Sala database: it is not an SQLite database file at all.</source>
        <translation>Hindi database ng Sala ang “%1”: hindi ito SQLite database file.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not one of Sala&apos;s. Sala has not changed it; choose a Sala database or a new file name.</source>
        <translation>Ang “%1” ay SQLite database, pero hindi sa Sala. Hindi ito binago ng Sala; pumili ng database ng Sala o ng bagong pangalan ng file.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Sala (database version %2; this Sala understands up to %3). Update Sala to open it; the file has not been changed.</source>
        <translation>Ang “%1” ay isinulat ng mas bagong bersyon ng Sala (bersyon ng database %2; hanggang %3 lang ang naiintindihan ng Sala na ito). I-update ang Sala para mabuksan ito; hindi binago ang file.</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, at %n pang problema</numerusform>
            <numerusform>%1, at %n pang problema</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::StoredReview</name>
    <message>
        <source>person %1</source>
        <translation>tao %1</translation>
    </message>
    <message>
        <source>No person of the imported attendance was chosen.</source>
        <translation>Walang napiling tao mula sa na-import na pagdalo.</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance was erased with the personal data; there is nothing left to match.</source>
        <translation>Nabura ang tao %1 ng na-import na pagdalo kasama ng personal na datos; wala nang maitutugma.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not waiting for review any more (%3). List the people waiting again.</source>
        <translation>Hindi na naghihintay ng pagsusuri ang “%1” sa “%2” (%3). Ilista ulit ang mga taong naghihintay.</translation>
    </message>
    <message>
        <source>These people of the imported attendance belong to different workshops; decide on each of them on its own.</source>
        <translation>Magkakaibang workshop ang kinabibilangan ng mga taong ito sa na-import na pagdalo; magpasya para sa bawat isa nang hiwalay.</translation>
    </message>
    <message>
        <source>Nobody on the roster has the e-mail address, an alias or the name of “%1”. Confirm a proposal, pick someone, add them to the roster or ignore them.</source>
        <translation>Walang nasa listahan ng kalahok na may e-mail address, alias o pangalan ng “%1”. Kumpirmahin ang isang mungkahi, pumili ng tao, idagdag siya sa listahan ng kalahok, o huwag siyang pansinin.</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop’s roster, so “%2” cannot be matched to them. Pick someone on the roster.</source>
        <translation>Wala sa listahan ng kalahok ng workshop na ito ang kalahok %1, kaya hindi maitutugma sa kanya ang “%2”. Pumili ng nasa listahan ng kalahok.</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was erased, so nobody can be matched to them. Pick someone else, add “%2” to the roster or ignore them.</source>
        <translation>Nabura na ang personal na datos ng kalahok %1, kaya walang maitutugma sa kanya. Pumili ng iba, idagdag ang “%2” sa listahan ng kalahok, o huwag itong pansinin.</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>kinumpirma ng trainer: %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>pinili ng trainer</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance has neither a name nor an e-mail address to put on the roster; ignore them instead.</source>
        <translation>Walang pangalan o e-mail address ang tao %1 ng na-import na pagdalo na mailalagay sa listahan ng kalahok; huwag na lang siyang pansinin.</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>export ng pagdalo na “%1”</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>idinagdag sa listahan ng kalahok mula sa “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>hindi pinansin ng trainer</translation>
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
        <translation>Handa</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Natitirang oras</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Magtapos na</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Naka-pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>HANDA</translation>
    </message>
    <message>
        <source>No activities</source>
        <translation>Walang aktibidad</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Pindutin ang Space para magsimula</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>TAPOS NA</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <source>PAUSED · OVERTIME</source>
        <translation>NAKA-PAUSE · OVERTIME</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>NAKA-PAUSE</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>NATITIRANG ORAS</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>MAGTAPOS NA</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>OVERTIME</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3</source>
        <translation>Round %1 ng %2 · %3</translation>
    </message>
    <message>
        <source>All %1 rounds done</source>
        <translation>Tapos na ang lahat ng %1 round</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
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
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The session has not been run yet.</source>
        <translation>Hindi pa napapatakbo ang sesyon.</translation>
    </message>
    <message>
        <source>It started on %1 at %2 instead of %3 at %4, so it is measured against the plan moved to that start.</source>
        <translation>Nagsimula ito noong %1 nang %2 sa halip na %3 nang %4, kaya sinusukat ito batay sa planong inilipat sa simulang iyon.</translation>
    </message>
    <message>
        <source>It started at %1, %2 after the planned %3.</source>
        <translation>Nagsimula ito nang %1, %2 pagkalampas ng nakaplanong %3.</translation>
    </message>
    <message>
        <source>It started at %1, %2 before the planned %3.</source>
        <translation>Nagsimula ito nang %1, %2 bago ang nakaplanong %3.</translation>
    </message>
    <message>
        <source>It started on time at %1.</source>
        <translation>Nagsimula ito sa oras, nang %1.</translation>
    </message>
    <message>
        <source>It finished at %1, %2 after the planned end (%3).</source>
        <translation>Natapos ito nang %1, %2 pagkalampas ng nakaplanong pagtatapos (%3).</translation>
    </message>
    <message>
        <source>It finished at %1, %2 before the planned end (%3).</source>
        <translation>Natapos ito nang %1, %2 bago ang nakaplanong pagtatapos (%3).</translation>
    </message>
    <message>
        <source>It finished on time at %1.</source>
        <translation>Natapos ito sa oras, nang %1.</translation>
    </message>
    <message>
        <source>It is still running; at this pace it ends at %1 (planned %2).</source>
        <translation>Tumatakbo pa ito; sa ganitong bilis, matatapos ito nang %1 (nakaplano: %2).</translation>
    </message>
    <message>
        <source>%1 took %2 more than its %3.</source>
        <translation>Lumampas nang %2 ang %1 sa nakalaang %3.</translation>
    </message>
    <message>
        <source>It was extended by %1.</source>
        <translation>Dinagdagan ito nang %1.</translation>
    </message>
    <message numerus="yes">
        <source>Other activities that ran over: %n.</source>
        <translation>
            <numerusform>Iba pang aktibidad na lumampas sa oras: %n.</numerusform>
            <numerusform>Iba pang aktibidad na lumampas sa oras: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activities that took less time than planned: %n, %1 in all.</source>
        <translation>
            <numerusform>Mga aktibidad na mas maikli kaysa nakaplano: %n, %1 lahat-lahat.</numerusform>
            <numerusform>Mga aktibidad na mas maikli kaysa nakaplano: %n, %1 lahat-lahat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pauses: %n, %1 in all.</source>
        <translation>
            <numerusform>Mga pause: %n, %1 lahat-lahat.</numerusform>
            <numerusform>Mga pause: %n, %1 lahat-lahat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run: %1.</source>
        <translation>Hindi napatakbo: %1.</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>Nakaplano laban sa aktwal: %1</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>Saan napunta ang oras</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Nakaplano</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Aktwal</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Pagkakaiba</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Mga pause</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Idinagdag</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Nagsimula</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Natapos</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>hindi napatakbo</translation>
    </message>
    <message numerus="yes">
        <source>%n × %1</source>
        <translation>
            <numerusform>%n × %1</numerusform>
            <numerusform>%n × %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <source>Actual time counts only while the activity was running; pauses are shown apart. Planned: %1 to %2.</source>
        <translation>Binibilang lang ang aktwal na oras habang tumatakbo ang aktibidad; hiwalay na ipinapakita ang mga pause. Nakaplano: %1 hanggang %2.</translation>
    </message>
</context>
<context>
    <name>sala::TimingReportPdf</name>
    <message>
        <source>Sala could not save the timing report as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Hindi ma-save ng Sala ang ulat ng oras bilang “%1” (%2). Tiyaking umiiral ang folder at may permiso kang magsulat dito, o pumili ng ibang lugar.</translation>
    </message>
    <message>
        <source>The PDF timing report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>Kailangan ng PDF na ulat ng oras ang graphics support ng Qt, na hindi sinimulan ng program na ito. Gawin ang PDF mula sa window ng Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF timing report.</source>
        <translation>Walang ibinigay na pangalan ng file para sa PDF na ulat ng oras.</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>Nakaplano laban sa aktwal: %1</translation>
    </message>
</context>
<context>
    <name>sala::WorkshopDialog</name>
    <message>
        <source>None</source>
        <translation>Wala</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Pamagat ng workshop</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>Pangalawang time zone</translation>
    </message>
    <message>
        <source>Language of delivery</source>
        <translation>Wikang gagamitin</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pamagat:</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organizer:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>Plat&amp;form:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>Pangalawang time &amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Language of delivery:</source>
        <translation>&amp;Wikang gagamitin:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Pag&amp;lalarawan:</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Bigyan ng pamagat ang workshop.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Choose one from the list, such as Asia/Bangkok.</source>
        <translation>Hindi kilalang time zone ng Sala ang “%1”. Pumili ng isa mula sa listahan, gaya ng Asia/Manila.</translation>
    </message>
</context>
<context>
    <name>sala::XlsxReader</name>
    <message>
        <source>“%1” is damaged: its part “%2” is not valid XML (line %3: %4). Open it in Excel or LibreOffice and save it again.</source>
        <translation>Sira ang “%1”: hindi wastong XML ang bahaging “%2” nito (linya %3: %4). Buksan ito sa Excel o LibreOffice at i-save muli.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part “%2” has %3, outside Excel&apos;s rows and columns. Open it in Excel or LibreOffice and save it again.</source>
        <translation>Sira ang “%1”: ang bahaging “%2” nito ay may %3, labas sa mga row at column ng Excel. Buksan ito sa Excel o LibreOffice at i-save muli.</translation>
    </message>
    <message>
        <source>a row numbered “%1”</source>
        <translation>row na may numerong “%1”</translation>
    </message>
    <message>
        <source>a cell “%1”</source>
        <translation>cell na “%1”</translation>
    </message>
    <message>
        <source>more than %1 cells in row %2</source>
        <translation>higit sa %1 cell sa row %2</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive but not an Excel workbook (.xlsx). If it came from Google Forms, unzip it and import the CSV file inside.</source>
        <translation>Ang “%1” ay ZIP archive pero hindi Excel workbook (.xlsx). Kung galing ito sa Google Forms, i-unzip ito at i-import ang CSV file sa loob.</translation>
    </message>
    <message>
        <source>“%1” has no sheets.</source>
        <translation>Walang sheet ang “%1”.</translation>
    </message>
    <message>
        <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>Walang sheet na “%2” ang “%1”. Ang mga sheet nito ay: %3.</translation>
    </message>
</context>
<context>
    <name>sala::ZipReader</name>
    <message>
        <source>“%1” is not a readable Excel workbook (%2). Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV UTF-8.</source>
        <translation>Hindi mabasang Excel workbook ang “%1” (%2). Buksan ito sa Excel o LibreOffice at i-save ulit bilang .xlsx, o i-save ito bilang CSV UTF-8.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive</source>
        <translation>hindi ito ZIP archive</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is missing; the file may be cut short</source>
        <translation>nawawala ang directory ng archive; maaaring naputol ang file</translation>
    </message>
    <message>
        <source>it uses ZIP64, which Sala does not read</source>
        <translation>gumagamit ito ng ZIP64, na hindi nababasa ng Sala</translation>
    </message>
    <message>
        <source>the archive&apos;s directory points outside the file</source>
        <translation>tumuturo sa labas ng file ang directory ng archive</translation>
    </message>
    <message>
        <source>entry %1 of the directory is broken</source>
        <translation>sira ang entry %1 ng directory</translation>
    </message>
    <message>
        <source>the part “%1” is missing</source>
        <translation>nawawala ang bahaging “%1”</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Remove the password in Excel (File ▸ Info ▸ Protect Workbook) and import it again.</source>
        <translation>May password ang “%1”. Alisin ang password sa Excel (File ▸ Info ▸ Protect Workbook) at i-import ito ulit.</translation>
    </message>
    <message>
        <source>the part “%1” is too large</source>
        <translation>masyadong malaki ang bahaging “%1”</translation>
    </message>
    <message>
        <source>the part “%1” is broken</source>
        <translation>sira ang bahaging “%1”</translation>
    </message>
    <message>
        <source>the part “%1” is cut short</source>
        <translation>naputol ang bahaging “%1”</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>hindi masimulan ang decompressor</translation>
    </message>
    <message>
        <source>the part “%1” does not decompress</source>
        <translation>hindi ma-decompress ang bahaging “%1”</translation>
    </message>
    <message>
        <source>the part “%1” uses compression method %2</source>
        <translation>gumagamit ang bahaging “%1” ng compression method %2</translation>
    </message>
    <message>
        <source>the part “%1” fails its checksum</source>
        <translation>bigo sa checksum ang bahaging “%1”</translation>
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
        <translation>sala-cli: %1 (tingnan ang sala-cli --help)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Hindi maisulat ang “%1”: %2</translation>
    </message>
    <message>
        <source>--format must be text or json, not “%1”</source>
        <translation>dapat text o json ang --format, hindi “%1”</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Database:          %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Sala writes %2)</source>
        <translation>Bersyon ng schema: %1 (ang Sala na ito ay nagsusulat ng %2)</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>Laki:              %1 bytes</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Mga row kada table:</translation>
    </message>
    <message>
        <source>sala-cli: %1 is damaged: %2</source>
        <translation>sala-cli: sira ang %1: %2</translation>
    </message>
    <message>
        <source>%1: healthy, schema version %2</source>
        <translation>%1: maayos, bersyon ng schema %2</translation>
    </message>
    <message>
        <source> (Sala will upgrade it when it next opens it)</source>
        <translation> (ia-upgrade ito ng Sala sa susunod na pagbukas nito)</translation>
    </message>
    <message>
        <source>db backup needs exactly one output file</source>
        <translation>kailangan ng db backup ng eksaktong isang output file</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database itself</source>
        <translation>hindi puwedeng patungan ng backup ang mismong database</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Naisulat ang backup sa %1</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>walang tinatanggap na argument ang demo</translation>
    </message>
    <message>
        <source>The demo workshop is already in %1 (workshop %2); nothing was added.</source>
        <translation>Nasa %1 na ang demo workshop (workshop %2); walang idinagdag.</translation>
    </message>
    <message>
        <source>Added the demo workshop (workshop %1) and its roster to %2.</source>
        <translation>Naidagdag sa %2 ang demo workshop (workshop %1) at ang listahan ng kalahok nito.</translation>
    </message>
    <message>
        <source>Sala&apos;s command-line tool: inspect, check and back up the library database, and exchange plan files.</source>
        <translation>Command-line tool ng Sala: tingnan, suriin at i-back up ang database, at magpalitan ng mga plan file.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>Gamitin ang database sa &lt;path&gt; sa halip na ang default.</translation>
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
        <translation>Numero ng workshop para sa plan import at plan export.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Session number for plan export, plan sheet, run status and report timing.</source>
        <translation>Numero ng sesyon para sa plan export, plan sheet, run status at report timing.</translation>
    </message>
    <message>
        <source>Output file of plan export, plan sheet and report timing.</source>
        <translation>Output file ng plan export, plan sheet at report timing.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Let plan export, plan sheet and report timing replace an existing file.</source>
        <translation>Payagan ang plan export, plan sheet at report timing na palitan ang umiiral na file.</translation>
    </message>
    <message>
        <source>Log debugging detail to standard error.</source>
        <translation>Itala ang detalye ng debugging sa standard error.</translation>
    </message>
    <message>
        <source>Column mapping for roster import: a saved name or a source (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet).</source>
        <translation>Pagtutugma ng column para sa roster import: isang naka-save na pangalan o isang source (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>pangalan</translation>
    </message>
    <message>
        <source>Sheet of an .xlsx file for roster import (the first by default).</source>
        <translation>Sheet ng isang .xlsx file para sa roster import (ang una bilang default).</translation>
    </message>
    <message>
        <source>Let roster import check and report without changing anything.</source>
        <translation>Hayaang magsuri at mag-ulat ang roster import nang walang binabago.</translation>
    </message>
    <message>
        <source>Let roster import leave out rows with problems.</source>
        <translation>Hayaang laktawan ng roster import ang mga row na may problema.</translation>
    </message>
    <message>
        <source>What roster import does with duplicates: merge, new or skip (by default merge, or new for one address shared by different names).</source>
        <translation>Ano ang gagawin ng roster import sa mga doble: merge, new o skip (merge bilang default, o new kapag iisang address ang gamit ng magkakaibang pangalan).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>aksyon</translation>
    </message>
    <message>
        <source>Number of rounds for groups make.</source>
        <translation>Bilang ng round para sa groups make.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>bilang</translation>
    </message>
    <message>
        <source>Seed for groups make: the same seed gives the same groups.</source>
        <translation>Seed para sa groups make: parehong seed, parehong mga grupo.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>Most seconds groups make may search (5 by default).</source>
        <translation>Pinakamaraming segundong puwedeng maghanap ang groups make (5 bilang default).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>Number of people for the quick form of groups make.</source>
        <translation>Bilang ng tao para sa mabilis na anyo ng groups make.</translation>
    </message>
    <message>
        <source>Group size for the quick form of groups make.</source>
        <translation>Laki ng grupo para sa mabilis na anyo ng groups make.</translation>
    </message>
    <message>
        <source>Round (from 1) for groups make --format zoom-csv or text.</source>
        <translation>Round (mula 1) para sa groups make --format zoom-csv o text.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Isa sa mga command sa ibaba.</translation>
    </message>
    <message>
        <source>sala-cli: no command given (see sala-cli --help)</source>
        <translation>sala-cli: walang ibinigay na command (tingnan ang sala-cli --help)</translation>
    </message>
    <message>
        <source>sala-cli: db needs a subcommand: info, check or backup (see sala-cli --help)</source>
        <translation>sala-cli: kailangan ng db ng subcommand: info, check o backup (tingnan ang sala-cli --help)</translation>
    </message>
    <message>
        <source>unknown db subcommand “%1”</source>
        <translation>hindi kilalang db subcommand na “%1”</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>hindi kilalang command na “%1”</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”</source>
        <translation>kailangan ng --%1 ng buong numero mula %2 hanggang %3, hindi “%4”</translation>
    </message>
    <message>
        <source>--format for groups must be json, csv, zoom-csv or text, not “%1”</source>
        <translation>dapat json, csv, zoom-csv o text ang --format para sa groups, hindi “%1”</translation>
    </message>
    <message>
        <source>give either a problem file or --people and --size, not both</source>
        <translation>magbigay ng problem file o ng --people at --size, hindi pareho</translation>
    </message>
    <message>
        <source>the quick form needs --people N --size P --rounds W</source>
        <translation>kailangan ng mabilis na anyo ang --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 tao</translation>
    </message>
    <message>
        <source>groups make needs one problem file, or --people N --size P --rounds W</source>
        <translation>kailangan ng groups make ng isang problem file, o --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>Walang file na “%1”; suriin ang pangalan at ang folder.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Hindi mabasa ang “%1”: %2</translation>
    </message>
    <message>
        <source>--time-limit needs seconds above 0 and at most 3600, such as 2 or 0.5, not “%1”</source>
        <translation>kailangan ng --time-limit ng segundong higit sa 0 at hanggang 3600, gaya ng 2 o 0.5, hindi “%1”</translation>
    </message>
    <message>
        <source>sala-cli: note: %1</source>
        <translation>sala-cli: paalala: %1</translation>
    </message>
    <message>
        <source>sala-cli: note: Zoom keeps one set of pre-assigned rooms per meeting; this is round 1 of %1 (--round N for another)</source>
        <translation>sala-cli: paalala: isang set lang ng pre-assigned na room ang itinatago ng Zoom kada meeting; ito ang round 1 ng %1 (--round N para sa iba)</translation>
    </message>
    <message>
        <source>sala-cli: warning: %1</source>
        <translation>sala-cli: babala: %1</translation>
    </message>
    <message>
        <source>“%1” exists; add --force to replace it</source>
        <translation>Umiiral na ang “%1”; idagdag ang --force para palitan ito</translation>
    </message>
    <message>
        <source>sala-cli: %1 rounds written to %2 (%3 repeated pairs, lower bound %4)</source>
        <translation>sala-cli: naisulat ang %1 round sa %2 (%3 umuulit na pares, lower bound %4)</translation>
    </message>
    <message>
        <source>groups needs a subcommand: make</source>
        <translation>kailangan ng groups ng subcommand: make</translation>
    </message>
    <message>
        <source>unknown groups subcommand “%1”</source>
        <translation>hindi kilalang groups subcommand na “%1”</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesyon</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesyon</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 aktibidad</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 aktibidad</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”; sala-cli plan list shows the numbers</source>
        <translation>kailangan ng --%1 ng numero gaya ng 3, hindi “%2”; ipinapakita ng sala-cli plan list ang mga numero</translation>
    </message>
    <message>
        <source>There is no session with number %1; sala-cli plan list shows the numbers.</source>
        <translation>Walang sesyon na may numerong %1; ipinapakita ng sala-cli plan list ang mga numero.</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>Walang sesyon na may numerong %1.</translation>
    </message>
    <message>
        <source>plan validate needs exactly one plan file</source>
        <translation>kailangan ng plan validate ng eksaktong isang plan file</translation>
    </message>
    <message>
        <source>%1: a valid plan (session “%2”, %3)</source>
        <translation>%1: wastong plano (sesyong “%2”, %3)</translation>
    </message>
    <message>
        <source>%1: a valid plan (workshop “%2”, %3, %4)</source>
        <translation>%1: wastong plano (workshop na “%2”, %3, %4)</translation>
    </message>
    <message>
        <source>plan import needs exactly one plan file</source>
        <translation>kailangan ng plan import ng eksaktong isang plan file</translation>
    </message>
    <message>
        <source>sala-cli: nothing was imported from %1</source>
        <translation>sala-cli: walang na-import mula sa %1</translation>
    </message>
    <message>
        <source>%1 holds one session; add --workshop ID to say which workshop it joins</source>
        <translation>isang sesyon ang laman ng %1; idagdag ang --workshop ID para sabihin kung saang workshop ito sasama</translation>
    </message>
    <message>
        <source>%1 holds a whole workshop, which becomes a new workshop; leave out --workshop</source>
        <translation>isang buong workshop ang laman ng %1, na magiging bagong workshop; alisin ang --workshop</translation>
    </message>
    <message>
        <source>Added session %1 “%2” (%3) to workshop %4 in %5.</source>
        <translation>Naidagdag ang sesyon %1 “%2” (%3) sa workshop %4 sa %5.</translation>
    </message>
    <message>
        <source>Imported workshop %1 “%2” (%3, %4) into %5.</source>
        <translation>Na-import ang workshop %1 “%2” (%3, %4) sa %5.</translation>
    </message>
    <message>
        <source>  session %1 “%2”</source>
        <translation>  sesyon %1 “%2”</translation>
    </message>
    <message>
        <source>plan export takes no file name of its own; give the output with --out FILE</source>
        <translation>walang tinatanggap na sariling pangalan ng file ang plan export; ibigay ang output gamit ang --out FILE</translation>
    </message>
    <message>
        <source>plan export needs either --workshop ID or --session ID</source>
        <translation>kailangan ng plan export ng --workshop ID o --session ID</translation>
    </message>
    <message>
        <source>plan export needs --out FILE</source>
        <translation>kailangan ng plan export ang --out FILE</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name after --out.</source>
        <translation>Folder ang “%1”; magbigay ng pangalan ng file pagkatapos ng --out.</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another file name.</source>
        <translation>Umiiral na ang “%1”; idagdag ang --force para palitan ito, o pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <source>session %1 “%2” (%3)</source>
        <translation>sesyon %1 “%2” (%3)</translation>
    </message>
    <message>
        <source>workshop %1 “%2” (%3, %4)</source>
        <translation>workshop %1 “%2” (%3, %4)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Na-export ang %1 sa %2.</translation>
    </message>
    <message>
        <source>plan sheet takes no file name of its own; give the output with --out FILE</source>
        <translation>walang tinatanggap na sariling pangalan ng file ang plan sheet; ibigay ang output gamit ang --out FILE</translation>
    </message>
    <message>
        <source>plan sheet needs --session ID</source>
        <translation>kailangan ng plan sheet ang --session ID</translation>
    </message>
    <message>
        <source>--format for plan sheet must be pdf, html or md, not “%1”</source>
        <translation>dapat pdf, html o md ang --format para sa plan sheet, hindi “%1”</translation>
    </message>
    <message>
        <source>plan sheet needs --out FILE</source>
        <translation>kailangan ng plan sheet ang --out FILE</translation>
    </message>
    <message>
        <source>Run sheet for “%1” written to %2.</source>
        <translation>Naisulat sa %2 ang run sheet para sa “%1”.</translation>
    </message>
    <message>
        <source>plan list takes no arguments</source>
        <translation>walang tinatanggap na argument ang plan list</translation>
    </message>
    <message>
        <source>There are no workshops in %1.</source>
        <translation>Walang workshop sa %1.</translation>
    </message>
    <message>
        <source>Workshop %1: %2 (%3)</source>
        <translation>Workshop %1: %2 (%3)</translation>
    </message>
    <message>
        <source>  session %1: %2 %3, %4, %5 minutes planned: %6</source>
        <translation>  sesyon %1: %2 %3, %4, %5 minutong nakaplano: %6</translation>
    </message>
    <message>
        <source>plan needs a subcommand: validate, import, export, sheet or list</source>
        <translation>kailangan ng plan ng subcommand: validate, import, export, sheet o list</translation>
    </message>
    <message>
        <source>unknown plan subcommand “%1”</source>
        <translation>hindi kilalang plan subcommand na “%1”</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>kailangan ang --%1</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”</source>
        <translation>kailangan ng --%1 ng numero gaya ng 3, hindi “%2”</translation>
    </message>
    <message>
        <source>“%1” was written by an older Sala and has no roster details yet. Open it once in Sala, or run the command without --dry-run, to upgrade it.</source>
        <translation>Isinulat ang “%1” ng mas lumang Sala at wala pa itong detalye ng listahan ng kalahok. Buksan ito nang isang beses sa Sala, o patakbuhin ang command nang walang --dry-run, para ma-upgrade ito.</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>isama sa record</translation>
    </message>
    <message>
        <source>add as a separate person</source>
        <translation>idagdag bilang hiwalay na tao</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>laktawan</translation>
    </message>
    <message>
        <source>there is no mapping named “%1”; use one of: %2</source>
        <translation>walang pagtutugma na may pangalang “%1”; gamitin ang isa sa: %2</translation>
    </message>
    <message>
        <source>roster import needs exactly one registration file</source>
        <translation>kailangan ng roster import ng eksaktong isang registration file</translation>
    </message>
    <message>
        <source>; sala-cli plan list shows the workshop numbers</source>
        <translation>; ipinapakita ng sala-cli plan list ang mga numero ng workshop</translation>
    </message>
    <message>
        <source>--duplicates must be merge, new or skip, not “%1”</source>
        <translation>dapat merge, new o skip ang --duplicates, hindi “%1”</translation>
    </message>
    <message>
        <source>There is no workshop with number %1; sala-cli plan list shows the numbers.</source>
        <translation>Walang workshop na may numerong %1; ipinapakita ng sala-cli plan list ang mga numero.</translation>
    </message>
    <message>
        <source>%1: %2, %3 layout, header on line %4, %5.</source>
        <translation>%1: %2, layout ng %3, header sa linya %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n row</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Mga column:</translation>
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
        <translation>kalahok %1 “%2”</translation>
    </message>
    <message>
        <source>line %1 “%2”</source>
        <translation>linya %1 “%2”</translation>
    </message>
    <message>
        <source>Duplicate: line %1 “%2” matches %3 (%4) → %5</source>
        <translation>Doble: tugma ang linya %1 “%2” sa %3 (%4) → %5</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n row(s) of %1 have problems, so nothing was imported. Fix them in the file, or add --skip-invalid to import the other rows.</source>
        <translation>
            <numerusform>sala-cli: may problema ang %n row ng %1, kaya walang na-import. Ayusin ang mga ito sa file, o idagdag ang --skip-invalid para i-import ang ibang row.</numerusform>
            <numerusform>sala-cli: may problema ang %n row ng %1, kaya walang na-import. Ayusin ang mga ito sa file, o idagdag ang --skip-invalid para i-import ang ibang row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would be added, %2 merged into existing records, %3 skipped; nothing was changed.</source>
        <translation>Dry run: %1 ang idadagdag, %2 ang isasama sa mga dati nang record, %3 ang lalaktawan; walang binago.</translation>
    </message>
    <message>
        <source>sala-cli: the import worked, but the column mapping could not be remembered: %1</source>
        <translation>sala-cli: gumana ang import, pero hindi matandaan ang pagtutugma ng column: %1</translation>
    </message>
    <message>
        <source>Imported into workshop %1 “%2”: %3 added, %4 merged into existing records, %5 duplicate(s) skipped, %6 row(s) with problems skipped.</source>
        <translation>Na-import sa workshop %1 “%2”: %3 idinagdag, %4 isinama sa mga dati nang record, %5 doble ang nilaktawan, %6 row na may problema ang nilaktawan.</translation>
    </message>
    <message>
        <source>roster export takes no file name; give it with --out</source>
        <translation>walang tinatanggap na pangalan ng file ang roster export; ibigay ito gamit ang --out</translation>
    </message>
    <message>
        <source>roster export needs --format csv or --format json</source>
        <translation>kailangan ng roster export ang --format csv o --format json</translation>
    </message>
    <message>
        <source>roster export needs --out FILE</source>
        <translation>kailangan ng roster export ang --out FILE</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another name.</source>
        <translation>Umiiral na ang “%1”; idagdag ang --force para palitan ito, o pumili ng ibang pangalan.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2; the export is recorded in the personal data log.</source>
        <translation>Naisulat ang %1 sa %2; naitala ang export sa talaan ng personal na datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n kalahok</numerusform>
            <numerusform>%n kalahok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have not given consent; they are marked “NO CONSENT” in the file.</source>
        <translation>
            <numerusform>%n sa kanila ang hindi nagbigay ng pahintulot; may markang “NO CONSENT” sila sa file.</numerusform>
            <numerusform>%n sa kanila ang hindi nagbigay ng pahintulot; may markang “NO CONSENT” sila sa file.</numerusform>
        </translation>
    </message>
    <message>
        <source>roster erase takes only --participant ID</source>
        <translation>--participant ID lang ang tinatanggap ng roster erase</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was already erased on %2.</source>
        <translation>Nabura na ang personal na datos ng kalahok %1 noong %2.</translation>
    </message>
    <message>
        <source>Erased the personal data of participant %1 from %2. Counts by sex, country, organization type and attendance are kept without the person.</source>
        <translation>Binura ang personal na datos ng kalahok %1 mula sa %2. Itinatago ang bilang ayon sa kasarian, bansa, uri ng organisasyon at pagdalo nang walang pagkakakilanlan ng tao.</translation>
    </message>
    <message>
        <source>Backups made before now still hold the data; delete them if they are no longer needed: %1</source>
        <translation>Nasa mga naunang backup pa rin ang datos; burahin ang mga ito kung hindi na kailangan: %1</translation>
    </message>
    <message>
        <source>roster show takes only --participant ID</source>
        <translation>--participant ID lang ang tinatanggap ng roster show</translation>
    </message>
    <message>
        <source>--format must be json or text, not “%1”</source>
        <translation>dapat json o text ang --format, hindi “%1”</translation>
    </message>
    <message>
        <source>Participant %1: personal data erased on %2. Kept: %3, %4, %5, age %6.</source>
        <translation>Kalahok %1: binura ang personal na datos noong %2. Itinago: %3, %4, %5, edad %6.</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Kalahok:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pangalan:</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Gustong itawag:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Kilala rin bilang:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepono:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisasyon:</translation>
    </message>
    <message>
        <source>Organization type:</source>
        <translation>Uri ng organisasyon:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Bansa:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Kasarian:</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>Pangkat ng edad:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>Mga empleyado:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Mga wika:</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <translation>Interpretasyon:</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>kailangan</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Mga tala:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Pahintulot:</translation>
    </message>
    <message>
        <source>given %1, notice %2, for %3</source>
        <translation>ibinigay %1, notice %2, para sa %3</translation>
    </message>
    <message>
        <source>(time not recorded)</source>
        <translation>(hindi naitala ang oras)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(hindi naitala)</translation>
    </message>
    <message>
        <source>NOT GIVEN</source>
        <translation>HINDI IBINIGAY</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Pinagmulan:</translation>
    </message>
    <message>
        <source>roster needs a subcommand: import, export, erase or show</source>
        <translation>kailangan ng roster ng subcommand: import, export, erase o show</translation>
    </message>
    <message>
        <source>unknown roster subcommand “%1”</source>
        <translation>hindi kilalang roster subcommand na “%1”</translation>
    </message>
    <message>
        <source>--session needs a number such as 3, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>kailangan ng --session ng numero gaya ng 3, hindi “%1”; ipinapakita ng sala-cli plan list ang mga numero</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>hindi pa nagsisimula</translation>
    </message>
    <message>
        <source>running</source>
        <translation>tumatakbo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>naka-pause</translation>
    </message>
    <message>
        <source>in overtime</source>
        <translation>lampas na sa oras</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>tapos na</translation>
    </message>
    <message>
        <source>run status takes no arguments</source>
        <translation>walang tinatanggap na argument ang run status</translation>
    </message>
    <message>
        <source>--format for run status must be text or json, not “%1”</source>
        <translation>dapat text o json ang --format para sa run status, hindi “%1”</translation>
    </message>
    <message>
        <source>No session has been run in %1 yet; name one with --session ID (sala-cli plan list shows the numbers).</source>
        <translation>Wala pang sesyong napatakbo sa %1; pumili ng isa gamit ang --session ID (ipinapakita ng sala-cli plan list ang mga numero).</translation>
    </message>
    <message>
        <source>Session %1 “%2”: %3</source>
        <translation>Sesyon %1 “%2”: %3</translation>
    </message>
    <message>
        <source>Activity %1 of %2: %3, %4 %5</source>
        <translation>Aktibidad %1 ng %2: %3, %4 %5</translation>
    </message>
    <message>
        <source>left</source>
        <translation>natitira</translation>
    </message>
    <message>
        <source>over</source>
        <translation>lampas</translation>
    </message>
    <message>
        <source>Finished at %1 %2, %3.</source>
        <translation>Natapos nang %1 %2, %3.</translation>
    </message>
    <message>
        <source>Projected end %1 %2 (planned %3), %4.</source>
        <translation>Tinatayang pagtatapos %1 %2 (nakaplano %3), %4.</translation>
    </message>
    <message>
        <source>report timing takes no file name of its own; give the output with --out FILE</source>
        <translation>walang tinatanggap na sariling pangalan ng file ang report timing; ibigay ang output gamit ang --out FILE</translation>
    </message>
    <message>
        <source>report timing needs --session ID</source>
        <translation>kailangan ng report timing ang --session ID</translation>
    </message>
    <message>
        <source>report timing needs --out FILE</source>
        <translation>kailangan ng report timing ang --out FILE</translation>
    </message>
    <message>
        <source>--format for report timing must be csv or pdf, not “%1”</source>
        <translation>dapat csv o pdf ang --format para sa report timing, hindi “%1”</translation>
    </message>
    <message>
        <source>Timing report for “%1” written to %2.</source>
        <translation>Naisulat sa %2 ang ulat ng oras para sa “%1”.</translation>
    </message>
    <message>
        <source>run needs a subcommand: status</source>
        <translation>kailangan ng run ng subcommand: status</translation>
    </message>
    <message>
        <source>unknown run subcommand “%1”</source>
        <translation>hindi kilalang run subcommand na “%1”</translation>
    </message>
    <message>
        <source>report needs a subcommand: timing</source>
        <translation>kailangan ng report ng subcommand: timing</translation>
    </message>
    <message>
        <source>unknown report subcommand “%1”</source>
        <translation>hindi kilalang report subcommand na “%1”</translation>
    </message>
    <message>
        <source>--format for attendance must be json or csv, not “%1”</source>
        <translation>dapat json o csv ang --format para sa attendance, hindi “%1”</translation>
    </message>
    <message>
        <source>--date-order must be dmy (day first) or mdy (month first), not “%1”</source>
        <translation>dapat dmy (araw muna) o mdy (buwan muna) ang --date-order, hindi “%1”</translation>
    </message>
    <message>
        <source>--date needs a date such as 2024-03-05, not “%1”</source>
        <translation>kailangan ng --date ng petsa gaya ng 2024-03-05, hindi “%1”</translation>
    </message>
    <message>
        <source>attendance summarize needs at least one export file</source>
        <translation>kailangan ng attendance summarize ng kahit isang export file</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy, or --date with the session&apos;s date.</source>
        <translation>Idagdag ang --date-order dmy o --date-order mdy, o ang --date kasama ang petsa ng sesyon.</translation>
    </message>
    <message>
        <source>Add --date YYYY-MM-DD.</source>
        <translation>Idagdag ang --date YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n people written to %1</source>
        <translation>
            <numerusform>sala-cli: %n tao ang naisulat sa %1</numerusform>
            <numerusform>sala-cli: %n tao ang naisulat sa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance needs a subcommand: summarize</source>
        <translation>kailangan ng attendance ng subcommand: summarize</translation>
    </message>
    <message>
        <source>unknown attendance subcommand “%1”</source>
        <translation>hindi kilalang subcommand ng attendance na “%1”</translation>
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
        <translation>kailangan ng attendance import ng --session ID; ipinapakita ng sala-cli plan list ang mga numero</translation>
    </message>
    <message>
        <source>attendance import needs at least one export file</source>
        <translation>kailangan ng attendance import ng kahit isang export file</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy.</source>
        <translation>Idagdag ang --date-order dmy o --date-order mdy.</translation>
    </message>
    <message>
        <source>Add --replace to import it again in its place.</source>
        <translation>Idagdag ang --replace para i-import ulit ito bilang kapalit.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) into session %1, with times read as %2:</source>
        <translation>
            <numerusform>Na-import ang %n file sa sesyon %1, na binasa ang mga oras bilang %2:</numerusform>
            <numerusform>Na-import ang %n file sa sesyon %1, na binasa ang mga oras bilang %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 (%3), %4 rows, %5 people</source>
        <translation>  %1: %2 (%3), %4 row, %5 tao</translation>
    </message>
    <message>
        <source>  (replaces the earlier import of %1)</source>
        <translation>  (pinapalitan ang naunang import ng %1)</translation>
    </message>
    <message>
        <source>Matched to the roster (%1):</source>
        <translation>Naitugma sa listahan ng kalahok (%1):</translation>
    </message>
    <message>
        <source>  %1 → %2, %3 (%4)</source>
        <translation>  %1 → %2, %3 (%4)</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2)</source>
        <translation>mungkahi: %1 (kalahok %2)</translation>
    </message>
    <message>
        <source>not on the roster</source>
        <translation>wala sa listahan ng kalahok</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Output format: text or json (db info, plan list, run status); pdf, html or md (plan sheet); csv or pdf (report timing); json, csv, zoom-csv or text (groups make, json by default); json or csv (attendance summarize, json by default).</source>
        <translation>Format ng output: text o json (db info, plan list, run status); pdf, html o md (plan sheet); csv o pdf (report timing); json, csv, zoom-csv o text (groups make, json bilang default); json o csv (attendance summarize, json bilang default).</translation>
    </message>
    <message>
        <source>Order of numeric dates for attendance summarize: dmy (day first) or mdy (month first), when the file cannot tell.</source>
        <translation>Pagkakasunod ng mga petsang numero para sa attendance summarize: dmy (araw muna) o mdy (buwan muna), kapag hindi ito malalaman mula sa file.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Session date (YYYY-MM-DD) for attendance summarize: the date of Meet&apos;s times of day, and a hint for the order of numeric dates.</source>
        <translation>Petsa ng sesyon (YYYY-MM-DD) para sa attendance summarize: ang petsa ng mga oras ng Meet na walang petsa, at pahiwatig para sa pagkakasunod ng mga petsang numero.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Time zone (IANA name such as Asia/Bangkok) of the exports&apos; times for attendance import; the workshop&apos;s by default.</source>
        <translation>Time zone (pangalan sa IANA gaya ng Asia/Bangkok) ng mga oras sa export para sa attendance import; ang sa workshop bilang default.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Let attendance import replace an earlier import of the same file.</source>
        <translation>Payagan ang attendance import na palitan ang naunang import ng parehong file.</translation>
    </message>
    <message>
        <source>Completion threshold for report attendance and report certificates: percent of the workshop&apos;s scheduled time (80 by default).</source>
        <translation>Minimum para sa pagkumpleto sa report attendance at report certificates: porsiyento ng nakatakdang oras ng workshop (80 bilang default).</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>Participation threshold for report attendance and report certificates (50 by default).</source>
        <translation>Minimum para sa paglahok sa report attendance at report certificates (50 bilang default).</translation>
    </message>
    <message>
        <source>Let report certificates write years of the Buddhist Era (2026 is 2569).</source>
        <translation>Payagan ang report certificates na isulat ang mga taon sa Buddhist Era (ang 2026 ay 2569).</translation>
    </message>
    <message>
        <source>--%1 needs a whole percentage such as 80, not “%2”</source>
        <translation>kailangan ng --%1 ng buong porsiyento gaya ng 80, hindi “%2”</translation>
    </message>
    <message>
        <source>%1 needs --workshop ID (sala-cli plan list shows the numbers)</source>
        <translation>kailangan ng %1 ang --workshop ID (ipinapakita ng sala-cli plan list ang mga numero)</translation>
    </message>
    <message>
        <source>--workshop needs a number such as 1, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>kailangan ng --workshop ng numero gaya ng 1, hindi “%1”; ipinapakita ng sala-cli plan list ang mga numero</translation>
    </message>
    <message>
        <source>%1 needs --out FILE</source>
        <translation>kailangan ng %1 ang --out FILE</translation>
    </message>
    <message>
        <source>--format for %1 must be %2, not “%3” (or give the file a .%4 name)</source>
        <translation>dapat %2 ang --format para sa %1, hindi “%3” (o bigyan ang file ng pangalang .%4)</translation>
    </message>
    <message>
        <source>Workshop %1 has no attendance yet. Import each session&apos;s Zoom, Teams or Meet export with sala-cli attendance import --session ID FILE, or in Sala&apos;s Reports mode.</source>
        <translation>Wala pang pagdalo ang workshop %1. I-import ang export ng Zoom, Teams o Meet ng bawat sesyon gamit ang sala-cli attendance import --session ID FILE, o sa mode na Mga Ulat ng Sala.</translation>
    </message>
    <message>
        <source>sala-cli: note: %1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>sala-cli: paalala: %1 sa %2 sesyon ang wala pang pagdalo; ituturing na liban ang oras ng mga ito.</translation>
    </message>
    <message>
        <source>report attendance takes no file name of its own; give the output with --out FILE</source>
        <translation>walang sariling pangalan ng file ang report attendance; ibigay ang output gamit ang --out FILE</translation>
    </message>
    <message>
        <source>Attendance report of “%1” written to %2: %3 enrolled, %4 attended, %5 completed, %6 participated.</source>
        <translation>Naisulat sa %2 ang ulat ng pagdalo ng “%1”: %3 naka-enrol, %4 dumalo, %5 nakakumpleto, %6 nakilahok.</translation>
    </message>
    <message>
        <source>report certificates takes no file name of its own; give the output with --out FILE</source>
        <translation>walang sariling pangalan ng file ang report certificates; ibigay ang output gamit ang --out FILE</translation>
    </message>
    <message>
        <source>Nobody in workshop %1 has earned a certificate at these thresholds (completion %2 %, participation %3 %); nothing was written.</source>
        <translation>Walang nakakuha ng sertipiko sa workshop %1 sa mga minimum na ito (pagkumpleto %2 %, paglahok %3 %); walang naisulat.</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Mga sertipiko: %1</translation>
    </message>
    <message>
        <source>%1 certificates for “%2” written to %3.</source>
        <translation>Naisulat sa %3 ang %1 sertipiko para sa “%2”.</translation>
    </message>
    <message>
        <source>Not matched (%1), left out of the reports until they are. To match them, open Sala&apos;s Reports mode and choose Review… on the Attendance tab, where you can confirm a proposal, pick someone from the roster or add them to it; or list them with “sala-cli attendance unmatched --session %2” and match each with “sala-cli attendance match”.</source>
        <translation>Hindi naitugma (%1), hindi isasama sa mga ulat hangga&apos;t hindi naitutugma. Para itugma sila, buksan ang mode na Mga Ulat ng Sala at piliin ang Suriin… sa tab na Pagdalo, kung saan puwede kang magkumpirma ng mungkahi, pumili ng tao mula sa listahan ng kalahok o idagdag sila rito; o ilista sila gamit ang “sala-cli attendance unmatched --session %2” at itugma ang bawat isa gamit ang “sala-cli attendance match”.</translation>
    </message>
    <message>
        <source>now matches %1 (participant %2): %3</source>
        <translation>tugma na ngayon sa %1 (kalahok %2): %3</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2): %3</source>
        <translation>mungkahi: %1 (kalahok %2): %3</translation>
    </message>
    <message>
        <source>attendance unmatched needs --session ID; sala-cli plan list shows the numbers</source>
        <translation>kailangan ng attendance unmatched ng --session ID; ipinapakita ng sala-cli plan list ang mga numero</translation>
    </message>
    <message>
        <source>attendance unmatched writes text or json, not “%1”</source>
        <translation>text o json lang ang isinusulat ng attendance unmatched, hindi “%1”</translation>
    </message>
    <message>
        <source>Everyone in the attendance imported into session %1 is matched, added or ignored.</source>
        <translation>Naitugma, naidagdag o hindi pinansin na ang lahat ng nasa pagdalong na-import sa sesyon %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of session %1 are not matched to the roster:</source>
        <translation>
            <numerusform>%n tao sa pagdalo ng sesyon %1 ang hindi naitugma sa listahan ng kalahok:</numerusform>
            <numerusform>%n tao sa pagdalo ng sesyon %1 ang hindi naitugma sa listahan ng kalahok:</numerusform>
        </translation>
    </message>
    <message>
        <source>id	name	e-mail	minutes	proposal</source>
        <translation>id	pangalan	e-mail	minuto	mungkahi</translation>
    </message>
    <message>
        <source>Match one with: sala-cli attendance match --identity ID --participant PID (or --ignore).</source>
        <translation>Itugma ang isa gamit ang: sala-cli attendance match --identity ID --participant PID (o --ignore).</translation>
    </message>
    <message>
        <source>attendance match needs --identity ID; sala-cli attendance unmatched --session ID lists them</source>
        <translation>kailangan ng attendance match ng --identity ID; inililista sila ng sala-cli attendance unmatched --session ID</translation>
    </message>
    <message>
        <source>attendance match needs either --participant PID or --ignore</source>
        <translation>kailangan ng attendance match ng --participant PID o --ignore</translation>
    </message>
    <message>
        <source>Ignored “%1” in session %2.</source>
        <translation>Hindi pinansin ang “%1” sa sesyon %2.</translation>
    </message>
    <message>
        <source>Matched “%1” in session %2 to participant %3.</source>
        <translation>Itinugma ang “%1” (sesyon %2) sa kalahok %3.</translation>
    </message>
    <message>
        <source>  saved “%1” as an alias of participant %2</source>
        <translation>  na-save ang “%1” bilang alias ng kalahok %2</translation>
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
        <translation>Mga command:
  db info [--format text|json]  Path, bersyon ng schema at bilang ng row sa bawat table.
  db check                      Pagsusuri ng integridad at bersyon; exit 0 kapag maayos.
  db backup OUT                 Magsulat ng buong kopya sa OUT, kahit bukas ang Sala.
  demo                          Idagdag sa database ang demo workshop at ang listahan ng
                                kalahok nito.
  plan validate FILE            Suriin ang plan file at ilista ang bawat problema nito.
  plan import FILE [--workshop ID]
                                Magdagdag ng workshop file bilang bagong workshop, o ng
                                session file sa workshop ID. Lahat o wala.
  plan export (--workshop ID | --session ID) --out FILE [--force]
                                Isulat ang isang workshop o isang sesyon sa plan file.
  plan sheet --session ID --out FILE [--format pdf|html|md] [--force]
                                Isulat ang run sheet ng sesyon para i-print (PDF bilang
                                default).
  plan list [--format text|json]
                                Bawat workshop at sesyon kasama ang numero nito.
  run status [--session ID] [--format text|json]
                                Ang live na kalagayan ng sesyon ayon sa itinala ng Sala:
                                aktibidad, natitirang oras, gaano kahuli, tinatayang
                                pagtatapos. Kung walang --session: ang sesyong
                                pinakahuling pinatakbo.
  report timing --session ID --out FILE [--format csv|pdf] [--force]
                                Nakaplano laban sa aktwal na minuto ng isang takbo (ang
                                format ay mula sa pangalan ng file kung hindi ibinigay).
  report attendance --workshop ID --out FILE [--format csv|xlsx|pdf]
                    [--completion 80] [--participation 50] [--force]
                                Ang ulat ng pagdalo na hinihingi ng mga funder: minuto at
                                porsiyento bawat tao at sesyon, pagkumpleto ayon sa mga
                                minimum (porsiyento ng nakatakdang oras ng workshop),
                                breakdown ayon sa kasarian, bansa, uri ng organisasyon at
                                laki ng negosyo. Naitatala ang export sa talaan ng
                                personal na datos. Tingnan ang docs/reports.md.
  report certificates --workshop ID --out FILE [--format pdf|csv] [--buddhist-era]
                      [--completion 80] [--participation 50] [--force]
                                Isang sertipiko bawat taong nakakuha nito, mula sa
                                template ng workshop (PDF), o ang listahan nila (CSV).
  roster import FILE --workshop ID [--mapping NAME] [--sheet NAME] [--dry-run]
                [--skip-invalid] [--duplicates merge|new|skip]
                                Magdagdag ng export ng registration (CSV sa anumang
                                karaniwang encoding, o .xlsx) sa listahan ng kalahok ng
                                workshop, lahat o wala. Nakalista ang mga problema ayon sa
                                linya at column; walang binabago ang --dry-run.
  roster export --workshop ID --format csv|json --out FILE [--force]
                                Isulat ang listahan ng kalahok; may marka ang mga walang
                                pahintulot at naitatala ang export sa talaan ng personal
                                na datos.
  roster erase --participant ID  Alisin sa database file ang personal na datos ng tao, at
                                itago ang mga anonymous na bilang. Hindi na maibabalik.
  roster show --participant ID [--format text|json]
                                Lahat ng nakatago tungkol sa isang tao (para sa access
                                request).
  groups make PROBLEM.json [--rounds W] [--seed N] [--time-limit SECONDS]
              [--format json|csv|zoom-csv|text] [--round R] [--out FILE [--force]]
  groups make --people N --size P --rounds W [parehong mga opsyon]
                                Mga breakout room para sa bawat round na may
                                pinakakaunting umuulit na pares (wala kung kaya), habang
                                sinusunod ang mga constraint ng file. Idinaragdag ng JSON
                                ang mga round at estadistika; ang zoom-csv ay ang
                                pre-assignment file ng Zoom para sa round R (1 bilang
                                default). Walang ginagamit na database. Tingnan ang
                                docs/groups-format.md.
  attendance summarize [--format json|csv] [--date-order dmy|mdy] [--date YYYY-MM-DD]
                       FILE... [--out FILE [--force]]
                                Basahin ang mga export ng pagdalo ng Zoom, Teams at Google
                                Meet at i-print ang minuto at mga pananatili ng bawat tao
                                (JSON bilang default). --date-order kapag mababasa sa
                                dalawang paraan ang mga petsa sa file; --date para sa mga
                                oras ng Meet na walang petsa. Walang ginagamit na
                                database. Tingnan ang docs/attendance-formats.md.
  attendance import --session ID [--tz ZONE] [--date-order dmy|mdy] [--replace] FILE...
                                Itago sa sesyon ang pagdalo mula sa mga export, lahat o
                                wala. Inilalapat ang mga tugma sa listahan ng kalahok ayon
                                sa e-mail, alias at pangalan; ang mga mungkahi at ang mga
                                wala sa listahan ay inililista at iniiwan para suriin sa
                                Sala. Binabasa ang mga oras sa time zone ng workshop
                                maliban kung iba ang nakasaad sa --tz (IANA, hal.
                                Asia/Manila). Tinatanggihan ang file na na-import na dati
                                maliban kung may --replace. Tingnan ang docs/attendance.md.
  attendance unmatched --session ID [--format text|json]
                                Ang mga taong hindi naitugma sa mga import ng sesyon: id,
                                pangalan, e-mail, minuto at ang mungkahi ngayon ng Sala.
  attendance match --identity ID (--participant PID | --ignore)
                                Itugma ang isa sa kanila sa isang kalahok sa listahan
                                (ise-save ang pangalan bilang alias) o huwag siyang isama
                                sa mga ulat.

Mga exit code:
  0  tagumpay
  1  maling paggamit: hindi kilalang command o kulang na argument
  2  hindi mabuksan: ang database (wala, hindi SQLite, o hindi database ng Sala),
     ang input file, o numero ng workshop o sesyon na hindi umiiral
  3  sira ang database (bigo ang integrity check)
  4  isinulat ang database ng mas bagong bersyon ng Sala
  5  bukas ang database sa ibang process ng Sala
  6  hindi maisulat ang output o ang database
  7  hindi wasto ang input file (nakalista ang bawat problema)
</translation>
    </message>
    <message>
        <source>Participant number for roster erase, roster show and attendance match.</source>
        <translation>Numero ng kalahok para sa roster erase, roster show at attendance match.</translation>
    </message>
    <message>
        <source>Number of a person in the imported attendance for attendance match.</source>
        <translation>Numero ng isang tao sa na-import na pagdalo para sa attendance match.</translation>
    </message>
    <message>
        <source>Let attendance match leave the person out of the reports.</source>
        <translation>Hayaang hindi isama ng attendance match ang tao sa mga ulat.</translation>
    </message>
</context>
</TS>
