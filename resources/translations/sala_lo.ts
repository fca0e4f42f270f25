<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>ພາສາຂອງໂປຣແກຣມ (&amp;L):</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>ພາສາຂອງໂປຣແກຣມ</translation>
    </message>
    <message>
        <source>A new language takes effect when Sala next starts.</source>
        <translation>ພາສາໃໝ່ຈະມີຜົນເມື່ອເປີດ Sala ຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>ເຂດເວລາທີສອງ (&amp;S):</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>ເຂດເວລາທີສອງ</translation>
    </message>
    <message>
        <source>Shown beside the workshop&apos;s own time zone when the workshop does not name a second one.</source>
        <translation>ສະແດງຄຽງຂ້າງເຂດເວລາຂອງການຝຶກອົບຮົມ ເມື່ອການຝຶກອົບຮົມບໍ່ໄດ້ກຳນົດເຂດເວລາທີສອງໄວ້.</translation>
    </message>
    <message>
        <source>&amp;Wrap-up warning:</source>
        <translation>ແຈ້ງເຕືອນຊ່ວງສະຫຼຸບ (&amp;W):</translation>
    </message>
    <message>
        <source>Wrap-up warning, minutes before the end</source>
        <translation>ແຈ້ງເຕືອນຊ່ວງສະຫຼຸບ, ຈຳນວນນາທີກ່ອນໝົດເວລາ</translation>
    </message>
    <message>
        <source>The timer turns to wrap-up this many minutes before an activity ends, unless the activity sets its own.</source>
        <translation>ໂມງຈັບເວລາຈະປ່ຽນເປັນຊ່ວງສະຫຼຸບກ່ອນກິດຈະກຳສິ້ນສຸດຕາມຈຳນວນນາທີນີ້, ເວັ້ນເສຍແຕ່ກິດຈະກຳນັ້ນກຳນົດເອງ.</translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation> ນາທີກ່ອນໝົດເວລາ</translation>
    </message>
    <message>
        <source>Play &amp;chimes during a live session (only you hear them)</source>
        <translation>ເປີດສຽງແຈ້ງເຕືອນລະຫວ່າງພາກສົດ (ມີແຕ່ທ່ານທີ່ໄດ້ຍິນ) (&amp;C)</translation>
    </message>
</context>
<context>
    <name>sala::AboutDialog</name>
    <message>
        <source>&lt;p&gt;A facilitator console for live online workshops: prepare activity-based sessions, run them on Zoom, Teams or Google Meet, and report attendance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ເຄື່ອງມືຂອງຜູ້ອຳນວຍຄວາມສະດວກ ສຳລັບການຝຶກອົບຮົມອອນລາຍແບບສົດ: ກະກຽມພາກທີ່ເນັ້ນກິດຈະກຳ, ດຳເນີນພາກຜ່ານ Zoom, Teams ຫຼື Google Meet, ແລະ ລາຍງານການເຂົ້າຮ່ວມ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything stays on this computer. Sala makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ຂໍ້ມູນທັງໝົດຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້. Sala ບໍ່ເຊື່ອມຕໍ່ເຄືອຂ່າຍໃດໆ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;ຖານຂໍ້ມູນ: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sala is free software under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sala ເປັນຊອບແວເສລີ ພາຍໃຕ້ Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>ສ້າງດ້ວຍ</translation>
    </message>
    <message>
        <source>&lt;li&gt;Qt %1 — GNU LGPL version 3&lt;/li&gt;</source>
        <translation>&lt;li&gt;Qt %1 — GNU LGPL ເວີຊັນ 3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;SQLite — public domain&lt;/li&gt;</source>
        <translation>&lt;li&gt;SQLite — ສາທາລະນະສົມບັດ (public domain)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;nlohmann/json %1 — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;nlohmann/json %1 — ໃບອະນຸຍາດ MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;spdlog %1 and {fmt} — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;spdlog %1 ແລະ {fmt} — ໃບອະນຸຍາດ MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Noto fonts for Khmer, Lao and Thai — SIL Open Font License 1.1&lt;/li&gt;</source>
        <translation>&lt;li&gt;ຟອນ Noto ສຳລັບພາສາຂະແມ, ລາວ ແລະ ໄທ — SIL Open Font License 1.1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Catch2 (tests only) — Boost Software License 1.0&lt;/li&gt;</source>
        <translation>&lt;li&gt;Catch2 (ສະເພາະການທົດສອບ) — Boost Software License 1.0&lt;/li&gt;</translation>
    </message>
    <message>
        <source>About Sala</source>
        <translation>ກ່ຽວກັບ Sala</translation>
    </message>
</context>
<context>
    <name>sala::ActivityEditor</name>
    <message>
        <source>Kind of activity</source>
        <translation>ປະເພດກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source> min</source>
        <translation> ນາທີ</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>ນາທີຕາມແຜນ</translation>
    </message>
    <message>
        <source>May be shortened to</source>
        <translation>ຫຍໍ້ໄດ້ເຖິງ</translation>
    </message>
    <message>
        <source>Shortest acceptable minutes</source>
        <translation>ຈຳນວນນາທີໜ້ອຍສຸດທີ່ຍອມຮັບໄດ້</translation>
    </message>
    <message>
        <source>Must start at</source>
        <translation>ຕ້ອງເລີ່ມເວລາ</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>ເວລາເລີ່ມຄົງທີ່</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>ຈຸດປະສົງ</translation>
    </message>
    <message>
        <source>Instructions for the chat</source>
        <translation>ຄຳແນະນຳສຳລັບແຊັດ</translation>
    </message>
    <message>
        <source>The text you paste into the meeting chat. Number the steps for group work.</source>
        <translation>ຂໍ້ຄວາມທີ່ທ່ານວາງໃນແຊັດຂອງການປະຊຸມ. ສຳລັບວຽກກຸ່ມ ໃຫ້ໃສ່ເລກລຳດັບຂັ້ນຕອນ.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>ບັນທຶກຂອງຜູ້ອຳນວຍຄວາມສະດວກ</translation>
    </message>
    <message>
        <source>Private: only you and your producer see these.</source>
        <translation>ສ່ວນຕົວ: ມີແຕ່ທ່ານ ແລະ ຜູ້ຊ່ວຍດ້ານເຕັກນິກທີ່ເຫັນ.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>One per line: name | link or file</source>
        <translation>ແຖວລະລາຍການ: ຊື່ | ລິ້ງ ຫຼື ໄຟລ໌</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>ຫ້ອງຍ່ອຍ</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>ການຈັດກຸ່ມ</translation>
    </message>
    <message>
        <source>People per group</source>
        <translation>ຈຳນວນຄົນຕໍ່ກຸ່ມ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ບໍ່ກຳນົດ</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>ຈຳນວນກຸ່ມ</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>ຮອບ</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>ນາທີຕໍ່ຮອບ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Reader, Timekeeper, Reporter</source>
        <translation>ຜູ້ອ່ານ, ຜູ້ຄຸມເວລາ, ຜູ້ລາຍງານ</translation>
    </message>
    <message>
        <source>Broadcast texts</source>
        <translation>ຂໍ້ຄວາມກະຈາຍ</translation>
    </message>
    <message>
        <source>One per line: minutes before the end | text
2 | 2 minutes left — reporters, get ready</source>
        <translation>ແຖວລະລາຍການ: ນາທີກ່ອນໝົດເວລາ | ຂໍ້ຄວາມ
2 | ເຫຼືອ 2 ນາທີ — ຜູ້ລາຍງານ ກຽມພ້ອມ</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>ຂະໜາດ:</translation>
    </message>
    <message>
        <source>or groups:</source>
        <translation>ຫຼື ຈຳນວນກຸ່ມ:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation>ການຈັດກຸ່ມ:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>ກຸ່ມ:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>ຮອບ:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>ບົດບາດ:</translation>
    </message>
    <message>
        <source>Broadcasts:</source>
        <translation>ຂໍ້ຄວາມກະຈາຍ:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ປະເພດ (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>ນາທີ (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>ຈຸດປະສົງ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>ຄຳແນະນຳ (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ບັນທຶກ (&amp;N):</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>ອຸປະກອນ (&amp;A):</translation>
    </message>
    <message>
        <source>Select an activity to edit it, or press Insert to add one.</source>
        <translation>ເລືອກກິດຈະກຳເພື່ອແກ້ໄຂ, ຫຼື ກົດ Insert ເພື່ອເພີ່ມກິດຈະກຳ.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>ກິດຈະກຳ %1: %2</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>ຜູ້ອ່ານ</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>ຜູ້ຄຸມເວລາ</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>ຜູ້ລາຍງານ</translation>
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
            <numerusform>%n ນາທີ</numerusform>
            <numerusform>%n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <source>Type new minutes, or press + and − (Ctrl for 5 minutes)</source>
        <translation>ພິມຈຳນວນນາທີໃໝ່, ຫຼື ກົດ + ແລະ − (ກົດ Ctrl ນຳ ສຳລັບ 5 ນາທີ)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>ເວລາ (%1)</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>ເຂດເວລາທີສອງ</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>ເວລາທີ່ຜ່ານໄປ</translation>
    </message>
</context>
<context>
    <name>sala::AddActivityDialog</name>
    <message>
        <source>Add an Activity</source>
        <translation>ເພີ່ມກິດຈະກຳ</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>ກິດຈະກຳໃໝ່</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>ກິດຈະກຳເປົ່າ</translation>
    </message>
    <message>
        <source>My activities</source>
        <translation>ກິດຈະກຳຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>ຄັງວິທີການ</translation>
    </message>
    <message>
        <source>%1 — %2, %3 min · %4</source>
        <translation>%1 — %2, %3 ນາທີ · %4</translation>
    </message>
    <message>
        <source>Search methods: troika, energizer, case study…</source>
        <translation>ຄົ້ນຫາວິທີການ: troika, ກິດຈະກຳກະຕຸ້ນ, ກໍລະນີສຶກສາ…</translation>
    </message>
    <message>
        <source>Search the method library</source>
        <translation>ຄົ້ນຫາໃນຄັງວິທີການ</translation>
    </message>
    <message>
        <source>Activities to add</source>
        <translation>ກິດຈະກຳທີ່ຈະເພີ່ມ</translation>
    </message>
    <message>
        <source>Preview of the activity</source>
        <translation>ຕົວຢ່າງກິດຈະກຳ</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>ເພີ່ມ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ຄົ້ນຫາ (&amp;S):</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n ນາທີ</numerusform>
            <numerusform>%n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>ຈຸດປະສົງ</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>ຄຳແນະນຳ</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>ບັນທຶກຂອງຜູ້ອຳນວຍຄວາມສະດວກ</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>ຫ້ອງຍ່ອຍ</translation>
    </message>
    <message>
        <source>%1 · %2 round(s) of %3 min</source>
        <translation>%1 · %2 ຮອບ, ຮອບລະ %3 ນາທີ</translation>
    </message>
</context>
<context>
    <name>sala::Attendance</name>
    <message>
        <source>read the check-ins</source>
        <translation>ອ່ານຂໍ້ມູນການເຊັກອິນ</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>ຍັງບໍ່ມາ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>ມາແລ້ວ</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>ມາຊ້າ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ອອກແລ້ວ</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>ກັບເຂົ້າມາໃໝ່</translation>
    </message>
    <message>
        <source>record the check-in</source>
        <translation>ບັນທຶກການເຊັກອິນ</translation>
    </message>
    <message>
        <source>undo the check-in</source>
        <translation>ຍົກເລີກການເຊັກອິນ</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCommands</name>
    <message>
        <source>Import Attendance from “%1”</source>
        <translation>ນຳເຂົ້າການເຂົ້າຮ່ວມຈາກ “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Import Attendance from %n files</source>
        <translation>
            <numerusform>ນຳເຂົ້າການເຂົ້າຮ່ວມຈາກ %n ໄຟລ໌</numerusform>
            <numerusform>ນຳເຂົ້າການເຂົ້າຮ່ວມຈາກ %n ໄຟລ໌</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCsv</name>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ຊື່ທີ່ມັກໃຫ້ເອີ້ນ</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>ຍິນຍອມໃຫ້ໃຊ້ໃນລາຍງານ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ປະເພດອົງກອນ</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ຂະໜາດວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>ພາກທີ %1</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 ນາທີ</translation>
    </message>
    <message>
        <source>%1 share (%)</source>
        <translation>%1 ສັດສ່ວນ (%)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>ນາທີລວມ</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>ສັດສ່ວນຂອງການຝຶກອົບຮົມ (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <source>Share of the session (%)</source>
        <translation>ສັດສ່ວນຂອງພາກ (%)</translation>
    </message>
    <message>
        <source>First join (%1)</source>
        <translation>ເຂົ້າຄັ້ງທຳອິດ (%1)</translation>
    </message>
    <message>
        <source>Last leave (%1)</source>
        <translation>ອອກຄັ້ງສຸດທ້າຍ (%1)</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>ການຈັບຄູ່</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>ເຊັກອິນລະຫວ່າງພາກ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>ຊົ່ວໂມງທີ່ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>ມີສ່ວນຮ່ວມ</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceExport</name>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>ບໍ່ມີໄຟລ໌ “%1”; ໃຫ້ກວດເບິ່ງຊື່ ແລະ ໂຟນເດີ.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an attendance export.</source>
        <translation>“%1” ເປັນໂຟນເດີ, ບໍ່ແມ່ນໄຟລ໌ການເຂົ້າຮ່ວມ.</translation>
    </message>
    <message>
        <source>the file is %1 MB, far larger than any attendance report; check that it is the right file.</source>
        <translation>ໄຟລ໌ມີຂະໜາດ %1 MB, ໃຫຍ່ກວ່າລາຍງານການເຂົ້າຮ່ວມທົ່ວໄປຫຼາຍ; ໃຫ້ກວດເບິ່ງວ່າແມ່ນໄຟລ໌ທີ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>ອ່ານ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>ວັນຂຶ້ນກ່ອນ</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>ເດືອນຂຶ້ນກ່ອນ</translation>
    </message>
    <message>
        <source>the dates are written in two orders: “%1” on line %2 can only be day first, “%3” on line %4 only month first. Download the report again without editing it.</source>
        <translation>ວັນທີຖືກຂຽນສອງແບບ: “%1” ໃນແຖວ %2 ອ່ານໄດ້ແຕ່ແບບວັນຂຶ້ນກ່ອນ, “%3” ໃນແຖວ %4 ອ່ານໄດ້ແຕ່ແບບເດືອນຂຶ້ນກ່ອນ. ໃຫ້ດາວໂຫຼດລາຍງານອີກຄັ້ງ ໂດຍບໍ່ແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>“%1” can only be read %2, but the dates were said to be %3. Leave the order out and Sala reads it from the file.</source>
        <translation>“%1” ອ່ານໄດ້ແຕ່ແບບ %2, ແຕ່ມີການລະບຸວ່າວັນທີເປັນແບບ %3. ໃຫ້ປະລຳດັບໄວ້ ແລ້ວ Sala ຈະອ່ານມັນຈາກໄຟລ໌ເອງ.</translation>
    </message>
    <message>
        <source>“%1”: the dates can be read day first or month first (“%2” on line %3 is %4 or %5), and nothing in the file says which. Tell Sala which order the file uses.</source>
        <translation>“%1”: ວັນທີອ່ານໄດ້ທັງແບບວັນຂຶ້ນກ່ອນ ແລະ ເດືອນຂຶ້ນກ່ອນ (“%2” ໃນແຖວ %3 ແມ່ນ %4 ຫຼື %5), ແລະ ບໍ່ມີຫຍັງໃນໄຟລ໌ບອກວ່າແມ່ນແບບໃດ. ໃຫ້ບອກ Sala ວ່າໄຟລ໌ໃຊ້ລຳດັບໃດ.</translation>
    </message>
    <message>
        <source>%1 is missing. The file may have been cut short; download the report again.</source>
        <translation>ບໍ່ມີຂໍ້ມູນ %1. ໄຟລ໌ອາດຖືກຕັດ; ໃຫ້ດາວໂຫຼດລາຍງານອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time Sala can read (such as 03/05/2024 09:02:00 AM or 5/3/24, 14:02). Correct the cell or download the report again.</source>
        <translation>%1 “%2” ບໍ່ແມ່ນວັນທີ ແລະ ເວລາທີ່ Sala ອ່ານໄດ້ (ເຊັ່ນ 03/05/2024 09:02:00 AM ຫຼື 5/3/24, 14:02). ໃຫ້ແກ້ໄຂເຊວນັ້ນ ຫຼື ດາວໂຫຼດລາຍງານອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>“%1”: the file gives times of day without a date, and its name carries none. Tell Sala the date of the session.</source>
        <translation>“%1”: ໄຟລ໌ໃຫ້ພຽງເວລາໂດຍບໍ່ມີວັນທີ, ແລະ ຊື່ໄຟລ໌ກໍບໍ່ມີວັນທີ. ໃຫ້ບອກ Sala ວ່າພາກນີ້ຈັດວັນທີໃດ.</translation>
    </message>
    <message>
        <source>the date is not a real day when read %1. Check the cell or tell Sala the other order.</source>
        <translation>ວັນທີນີ້ບໍ່ມີແທ້ເມື່ອອ່ານແບບ %1. ໃຫ້ກວດເບິ່ງເຊວ ຫຼື ບອກ Sala ໃຫ້ໃຊ້ລຳດັບອີກແບບ.</translation>
    </message>
    <message>
        <source>this looks like a Zoom quality-of-service dashboard export (devices, networks and bitrates), not an attendance report. In the Zoom web portal open Reports ▸ Usage, click the meeting&apos;s number of participants and export that list.</source>
        <translation>ໄຟລ໌ນີ້ເບິ່ງຄືຂໍ້ມູນຄຸນນະພາບການໃຊ້ງານທີ່ສົ່ງອອກຈາກແດຊບອດຂອງ Zoom (ອຸປະກອນ, ເຄືອຂ່າຍ ແລະ bitrate), ບໍ່ແມ່ນລາຍງານການເຂົ້າຮ່ວມ. ໃນເວັບໄຊຂອງ Zoom ໃຫ້ເປີດ Reports ▸ Usage, ຄລິກທີ່ຈຳນວນຜູ້ເຂົ້າຮ່ວມຂອງການປະຊຸມ ແລ້ວສົ່ງອອກລາຍຊື່ນັ້ນ.</translation>
    </message>
    <message>
        <source>this looks like a Google Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ໄຟລ໌ນີ້ເບິ່ງຄືລາຍຊື່ລົງທະບຽນຈາກ Google Forms (ຄົນທີ່ສະໝັກ), ບໍ່ແມ່ນລາຍງານການເຂົ້າຮ່ວມ. ໃຫ້ນຳເຂົ້າທີ່ ລາຍຊື່ ▸ ນຳເຂົ້າ ແທນ.</translation>
    </message>
    <message>
        <source>this looks like a Microsoft Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ໄຟລ໌ນີ້ເບິ່ງຄືລາຍຊື່ລົງທະບຽນຈາກ Microsoft Forms (ຄົນທີ່ສະໝັກ), ບໍ່ແມ່ນລາຍງານການເຂົ້າຮ່ວມ. ໃຫ້ນຳເຂົ້າທີ່ ລາຍຊື່ ▸ ນຳເຂົ້າ ແທນ.</translation>
    </message>
    <message>
        <source>this looks like an Eventbrite attendee list (tickets sold), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ໄຟລ໌ນີ້ເບິ່ງຄືລາຍຊື່ຜູ້ຊື້ປີ້ຈາກ Eventbrite (ປີ້ທີ່ຂາຍໄດ້), ບໍ່ແມ່ນລາຍງານການເຂົ້າຮ່ວມ. ໃຫ້ນຳເຂົ້າທີ່ ລາຍຊື່ ▸ ນຳເຂົ້າ ແທນ.</translation>
    </message>
    <message>
        <source>this looks like a KoboToolbox form export, not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ໄຟລ໌ນີ້ເບິ່ງຄືຂໍ້ມູນແບບຟອມທີ່ສົ່ງອອກຈາກ KoboToolbox, ບໍ່ແມ່ນລາຍງານການເຂົ້າຮ່ວມ. ໃຫ້ນຳເຂົ້າທີ່ ລາຍຊື່ ▸ ນຳເຂົ້າ ແທນ.</translation>
    </message>
    <message>
        <source>this is a Zoom breakout room pre-assignment file, not an attendance report.</source>
        <translation>ໄຟລ໌ນີ້ແມ່ນໄຟລ໌ຈັດຫ້ອງຍ່ອຍລ່ວງໜ້າຂອງ Zoom, ບໍ່ແມ່ນລາຍງານການເຂົ້າຮ່ວມ.</translation>
    </message>
    <message>
        <source>this looks like a Zoom registration list (who registered), not an attendance report. Export the meeting&apos;s participants report, or import the registrations in Roster ▸ Import.</source>
        <translation>ໄຟລ໌ນີ້ເບິ່ງຄືລາຍຊື່ລົງທະບຽນຂອງ Zoom (ຄົນທີ່ລົງທະບຽນ), ບໍ່ແມ່ນລາຍງານການເຂົ້າຮ່ວມ. ໃຫ້ສົ່ງອອກລາຍງານຜູ້ເຂົ້າຮ່ວມຂອງການປະຊຸມ, ຫຼື ນຳເຂົ້າລາຍຊື່ລົງທະບຽນທີ່ ລາຍຊື່ ▸ ນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>this is not an attendance report Sala knows; its first line reads %1. Sala reads the participants report of a Zoom meeting or webinar, the attendance list or report of a Teams meeting and the attendance report of a Google Meet call, as they were downloaded.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນລາຍງານການເຂົ້າຮ່ວມທີ່ Sala ຮູ້ຈັກ; ແຖວທຳອິດຂອງມັນແມ່ນ %1. Sala ອ່ານລາຍງານຜູ້ເຂົ້າຮ່ວມຂອງການປະຊຸມ ຫຼື ເວັບບິນາໃນ Zoom, ລາຍຊື່ ຫຼື ລາຍງານການເຂົ້າຮ່ວມຂອງການປະຊຸມໃນ Teams ແລະ ລາຍງານການເຂົ້າຮ່ວມຂອງການໂທໃນ Google Meet, ຕາມທີ່ດາວໂຫຼດມາໂດຍບໍ່ແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>the file has no rows. Download the attendance report again.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ມີແຖວຂໍ້ມູນ. ໃຫ້ດາວໂຫຼດລາຍງານການເຂົ້າຮ່ວມອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>this looks like a Zoom “%1”, not the attendee report. In the Zoom web portal open Reports ▸ Usage ▸ Webinar and export the attendee report.</source>
        <translation>ໄຟລ໌ນີ້ເບິ່ງຄື “%1” ຂອງ Zoom, ບໍ່ແມ່ນລາຍງານຜູ້ເຂົ້າຮ່ວມເວັບບິນາ (attendee report). ໃນເວັບໄຊຂອງ Zoom ໃຫ້ເປີດ Reports ▸ Usage ▸ Webinar ແລ້ວສົ່ງອອກ attendee report.</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. The file may have been cut short; download it again.</source>
        <translation>ມີເຊວທີ່ເລີ່ມດ້ວຍວົງຢືມຢູ່ບ່ອນນີ້ ແຕ່ບໍ່ມີວົງຢືມປິດ. ໄຟລ໌ອາດຖືກຕັດ; ໃຫ້ດາວໂຫຼດອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>ມີຂໍ້ຄວາມຢູ່ຫຼັງວົງຢືມປິດຂອງເຊວນີ້. ວົງຢືມພາຍໃນເຊວທີ່ຢູ່ໃນວົງຢືມ ຕ້ອງຂຽນສອງເທື່ອ (&quot;&quot;).</translation>
    </message>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1”, ແຖວ %2, ຖັນ %3: %4</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx) or another packed file, not a CSV export. Open it in a spreadsheet and save it as “CSV UTF-8”, or download the CSV report from the meeting platform.</source>
        <translation>ໄຟລ໌ນີ້ແມ່ນໄຟລ໌ Excel (.xlsx) ຫຼື ໄຟລ໌ບີບອັດແບບອື່ນ, ບໍ່ແມ່ນໄຟລ໌ CSV. ໃຫ້ເປີດມັນໃນໂປຣແກຣມຕາຕະລາງ ແລ້ວບັນທຶກເປັນ “CSV UTF-8”, ຫຼື ດາວໂຫຼດລາຍງານແບບ CSV ຈາກແພລດຟອມການປະຊຸມ.</translation>
    </message>
    <message>
        <source>the file is empty. Download the attendance report again.</source>
        <translation>ໄຟລ໌ຫວ່າງເປົ່າ. ໃຫ້ດາວໂຫຼດລາຍງານການເຂົ້າຮ່ວມອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>the file does not contain text, so it is not an attendance report. Check that you chose the CSV file the meeting platform downloaded.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ມີຂໍ້ຄວາມ, ຈຶ່ງບໍ່ແມ່ນລາຍງານການເຂົ້າຮ່ວມ. ໃຫ້ກວດເບິ່ງວ່າທ່ານເລືອກໄຟລ໌ CSV ທີ່ດາວໂຫຼດມາຈາກແພລດຟອມການປະຊຸມ.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”, line %2: %3</source>
        <translation>“%1”, ແຖວ %2: %3</translation>
    </message>
    <message>
        <source>the time joined</source>
        <translation>ເວລາທີ່ເຂົ້າ</translation>
    </message>
    <message>
        <source>the time exited</source>
        <translation>ເວລາທີ່ອອກ</translation>
    </message>
    <message>
        <source>the attendance report has its header but no rows. Download it again from the meeting&apos;s calendar event or e-mail.</source>
        <translation>ລາຍງານການເຂົ້າຮ່ວມມີແຖວຫົວຕາຕະລາງ ແຕ່ບໍ່ມີຂໍ້ມູນ. ໃຫ້ດາວໂຫຼດອີກຄັ້ງຈາກນັດໝາຍໃນປະຕິທິນ ຫຼື ອີເມວຂອງການປະຊຸມ.</translation>
    </message>
    <message>
        <source>the join time</source>
        <translation>ເວລາເຂົ້າ</translation>
    </message>
    <message>
        <source>the leave time</source>
        <translation>ເວລາອອກ</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>the meeting&apos;s start time</source>
        <translation>ເວລາເລີ່ມການປະຊຸມ</translation>
    </message>
    <message>
        <source>the meeting&apos;s end time</source>
        <translation>ເວລາສິ້ນສຸດການປະຊຸມ</translation>
    </message>
    <message>
        <source>the attendance list has its header but no rows. Download it again from the meeting.</source>
        <translation>ລາຍຊື່ການເຂົ້າຮ່ວມມີແຖວຫົວຕາຕະລາງ ແຕ່ບໍ່ມີຂໍ້ມູນ. ໃຫ້ດາວໂຫຼດອີກຄັ້ງຈາກການປະຊຸມ.</translation>
    </message>
    <message>
        <source>the attendee report has its header but no join or leave rows.</source>
        <translation>ລາຍງານຜູ້ເຂົ້າຮ່ວມມີແຖວຫົວຕາຕະລາງ ແຕ່ບໍ່ມີແຖວເວລາເຂົ້າ ຫຼື ອອກ.</translation>
    </message>
    <message>
        <source>this Teams participant table has no name, join or leave column (its columns are %1).</source>
        <translation>ຕາຕະລາງຜູ້ເຂົ້າຮ່ວມຂອງ Teams ນີ້ບໍ່ມີຖັນຊື່, ເວລາເຂົ້າ ຫຼື ເວລາອອກ (ຖັນທີ່ມີແມ່ນ %1).</translation>
    </message>
    <message>
        <source>the time in the meeting “%1” is not a duration Sala can read (such as 1h 5m 3s).</source>
        <translation>ເວລາໃນການປະຊຸມ “%1” ບໍ່ແມ່ນໄລຍະເວລາທີ່ Sala ອ່ານໄດ້ (ເຊັ່ນ 1h 5m 3s).</translation>
    </message>
    <message>
        <source>this Teams meeting summary has no participant table (no line starting “Full Name” with a “Join Time”). Download the report again.</source>
        <translation>ບົດສະຫຼຸບການປະຊຸມ Teams ນີ້ບໍ່ມີຕາຕະລາງຜູ້ເຂົ້າຮ່ວມ (ບໍ່ມີແຖວທີ່ເລີ່ມດ້ວຍ “Full Name” ແລະ ມີ “Join Time”). ໃຫ້ດາວໂຫຼດລາຍງານອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>the participant table has its header but no rows.</source>
        <translation>ຕາຕະລາງຜູ້ເຂົ້າຮ່ວມມີແຖວຫົວຕາຕະລາງ ແຕ່ບໍ່ມີຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>this Teams attendance report has no participants section (“2. …” followed by a table). Download the report again.</source>
        <translation>ລາຍງານການເຂົ້າຮ່ວມຂອງ Teams ນີ້ບໍ່ມີສ່ວນຜູ້ເຂົ້າຮ່ວມ (“2. …” ຕາມດ້ວຍຕາຕະລາງ). ໃຫ້ດາວໂຫຼດລາຍງານອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>the participants section has a header but no rows.</source>
        <translation>ສ່ວນຜູ້ເຂົ້າຮ່ວມມີແຖວຫົວຕາຕະລາງ ແຕ່ບໍ່ມີຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>the participants table has its header but no rows. The report may have been cut short or downloaded before anyone joined; download it again.</source>
        <translation>ຕາຕະລາງຜູ້ເຂົ້າຮ່ວມມີແຖວຫົວຕາຕະລາງ ແຕ່ບໍ່ມີຂໍ້ມູນ. ລາຍງານອາດຖືກຕັດ ຫຼື ຖືກດາວໂຫຼດກ່ອນມີຄົນເຂົ້າຮ່ວມ; ໃຫ້ດາວໂຫຼດອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>this Zoom participants table has no join or leave time column (its columns are %1).</source>
        <translation>ຕາຕະລາງຜູ້ເຂົ້າຮ່ວມຂອງ Zoom ນີ້ບໍ່ມີຖັນເວລາເຂົ້າ ຫຼື ເວລາອອກ (ຖັນທີ່ມີແມ່ນ %1).</translation>
    </message>
    <message>
        <source>this Zoom table of unique users has no total duration column (its columns are %1).</source>
        <translation>ຕາຕະລາງຜູ້ໃຊ້ບໍ່ຊ້ຳ (unique users) ຂອງ Zoom ນີ້ບໍ່ມີຖັນໄລຍະເວລາລວມ (ຖັນທີ່ມີແມ່ນ %1).</translation>
    </message>
    <message>
        <source>the total duration “%1” is not a number of minutes.</source>
        <translation>ໄລຍະເວລາລວມ “%1” ບໍ່ແມ່ນຈຳນວນນາທີ.</translation>
    </message>
    <message>
        <source>this Zoom admin export has no join or leave time after the participant&apos;s name (its columns are %1).</source>
        <translation>ໄຟລ໌ທີ່ສົ່ງອອກຈາກສ່ວນຜູ້ດູແລລະບົບຂອງ Zoom ນີ້ບໍ່ມີເວລາເຂົ້າ ຫຼື ເວລາອອກຕໍ່ຈາກຊື່ຜູ້ເຂົ້າຮ່ວມ (ຖັນທີ່ມີແມ່ນ %1).</translation>
    </message>
    <message>
        <source>this Zoom admin export holds more than one meeting (%1 and %2, from line %3). Sala reads one meeting at a time: keep only one meeting&apos;s rows in a spreadsheet, or export that meeting&apos;s participants report.</source>
        <translation>ໄຟລ໌ທີ່ສົ່ງອອກຈາກສ່ວນຜູ້ດູແລລະບົບຂອງ Zoom ນີ້ມີຫຼາຍກວ່າໜຶ່ງການປະຊຸມ (%1 ແລະ %2, ຈາກແຖວ %3). Sala ອ່ານເທື່ອລະໜຶ່ງການປະຊຸມ: ໃຫ້ເກັບໄວ້ສະເພາະແຖວຂອງການປະຊຸມດຽວໃນໂປຣແກຣມຕາຕະລາງ, ຫຼື ສົ່ງອອກລາຍງານຜູ້ເຂົ້າຮ່ວມຂອງການປະຊຸມນັ້ນ.</translation>
    </message>
    <message>
        <source>this section of the webinar report has no join or leave time (its columns are %1).</source>
        <translation>ສ່ວນນີ້ຂອງລາຍງານເວັບບິນາບໍ່ມີເວລາເຂົ້າ ຫຼື ເວລາອອກ (ຖັນທີ່ມີແມ່ນ %1).</translation>
    </message>
    <message>
        <source>this webinar report has no table of attendees (no row with “User Name (Original Name)”). Export the attendee report again.</source>
        <translation>ລາຍງານເວັບບິນານີ້ບໍ່ມີຕາຕະລາງຜູ້ເຂົ້າຮ່ວມ (ບໍ່ມີແຖວທີ່ມີ “User Name (Original Name)”). ໃຫ້ສົ່ງອອກ attendee report ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>nobody in this webinar report attended. Check that it is the right webinar.</source>
        <translation>ບໍ່ມີໃຜເຂົ້າຮ່ວມໃນລາຍງານເວັບບິນານີ້. ໃຫ້ກວດເບິ່ງວ່າແມ່ນເວັບບິນາທີ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>this Zoom meeting report has no leave time column.</source>
        <translation>ລາຍງານການປະຊຸມ Zoom ນີ້ບໍ່ມີຖັນເວລາອອກ.</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and Sala cannot tell which of them are joins and which are leaves: a join starts each person’s lines and a leave follows a join. Download the list again with Teams set to English.</source>
        <translation>ລາຍຊື່ການເຂົ້າຮ່ວມຂອງ Teams ນີ້ມີການກະທຳ %1, ແລະ Sala ບໍ່ສາມາດບອກໄດ້ວ່າອັນໃດແມ່ນການເຂົ້າ ແລະ ອັນໃດແມ່ນການອອກ: ແຖວຂອງແຕ່ລະຄົນເລີ່ມດ້ວຍການເຂົ້າ ແລະ ການອອກຈະຕາມຫຼັງການເຂົ້າ. ໃຫ້ຕັ້ງ Teams ເປັນພາສາອັງກິດ ແລ້ວດາວໂຫຼດລາຍຊື່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and they could be read either way: Sala cannot tell which are joins and which are leaves. Download the list again with Teams set to English.</source>
        <translation>ລາຍຊື່ການເຂົ້າຮ່ວມຂອງ Teams ນີ້ມີການກະທຳ %1, ແລະ ອ່ານໄດ້ທັງສອງແບບ: Sala ບໍ່ສາມາດບອກໄດ້ວ່າອັນໃດແມ່ນການເຂົ້າ ແລະ ອັນໃດແມ່ນການອອກ. ໃຫ້ຕັ້ງ Teams ເປັນພາສາອັງກິດ ແລ້ວດາວໂຫຼດລາຍຊື່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>the line has no action (such as Joined or Left) in its second column.</source>
        <translation>ແຖວນີ້ບໍ່ມີການກະທຳ (ເຊັ່ນ Joined ຫຼື Left) ໃນຖັນທີສອງ.</translation>
    </message>
    <message>
        <source>the action “%1” is a fourth kind of action after %2; Teams writes three (a join, a leave and a join before the list was downloaded).</source>
        <translation>ການກະທຳ “%1” ເປັນການກະທຳປະເພດທີສີ່ ຕໍ່ຈາກ %2; Teams ຂຽນພຽງສາມປະເພດ (ການເຂົ້າ, ການອອກ ແລະ ການເຂົ້າກ່ອນດາວໂຫຼດລາຍຊື່).</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImport</name>
    <message>
        <source>proposed: %1</source>
        <translation>ທີ່ສະເໜີ: %1</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>ຢືນຢັນໂດຍຜູ້ອຳນວຍຄວາມສະດວກ: %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>ເລືອກໂດຍຜູ້ອຳນວຍຄວາມສະດວກ</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>ເພີ່ມເຂົ້າລາຍຊື່ຈາກ “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>ຜູ້ອຳນວຍຄວາມສະດວກເລືອກບໍ່ນັບ</translation>
    </message>
    <message>
        <source>There is no file to import.</source>
        <translation>ບໍ່ມີໄຟລ໌ໃຫ້ນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Use a name such as Asia/Bangkok, Asia/Manila or Asia/Kuala_Lumpur.</source>
        <translation>“%1” ບໍ່ແມ່ນເຂດເວລາທີ່ Sala ຮູ້ຈັກ. ໃຫ້ໃຊ້ຊື່ເຊັ່ນ Asia/Bangkok, Asia/Manila ຫຼື Asia/Kuala_Lumpur.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same file. Import it once.</source>
        <translation>“%1” ແລະ “%2” ແມ່ນໄຟລ໌ດຽວກັນ. ໃຫ້ນຳເຂົ້າເທື່ອດຽວ.</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>ໄຟລ໌ການເຂົ້າຮ່ວມ “%1”</translation>
    </message>
    <message>
        <source>“%1” was matched to participant %2, who is not on this workshop’s roster. Pick someone on the roster and import again.</source>
        <translation>“%1” ຖືກຈັບຄູ່ກັບຜູ້ເຂົ້າຮ່ວມ %2, ເຊິ່ງບໍ່ຢູ່ໃນລາຍຊື່ຂອງການຝຶກອົບຮົມນີ້. ໃຫ້ເລືອກຄົນທີ່ຢູ່ໃນລາຍຊື່ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImportDialog</name>
    <message>
        <source>&amp;Add File…</source>
        <translation>ເພີ່ມໄຟລ໌ (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove File</source>
        <translation>ເອົາໄຟລ໌ອອກ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>ຈັບຄູ່ (&amp;M)</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>ເພີ່ມເຂົ້າລາຍຊື່ (&amp;E)</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>ບໍ່ນັບ (&amp;G)</translation>
    </message>
    <message>
        <source>Undo C&amp;hoice</source>
        <translation>ຍົກເລີກການເລືອກ (&amp;H)</translation>
    </message>
    <message>
        <source>Import Attendance</source>
        <translation>ນຳເຂົ້າການເຂົ້າຮ່ວມ</translation>
    </message>
    <message numerus="yes">
        <source>Attendance for &lt;b&gt;%1&lt;/b&gt; · %2 · roster of %n people</source>
        <translation>
            <numerusform>ການເຂົ້າຮ່ວມຂອງ &lt;b&gt;%1&lt;/b&gt; · %2 · ລາຍຊື່ %n ຄົນ</numerusform>
            <numerusform>ການເຂົ້າຮ່ວມຂອງ &lt;b&gt;%1&lt;/b&gt; · %2 · ລາຍຊື່ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>ອ່ານເປັນ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ການປະຊຸມ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ຈຳນວນຄົນ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Attendance files</source>
        <translation>ໄຟລ໌ການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>ຕາມທີ່ໄຟລ໌ສະແດງ</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>ວັນຂຶ້ນກ່ອນ (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>ເດືອນຂຶ້ນກ່ອນ (12/31/2026)</translation>
    </message>
    <message>
        <source>Day order of the dates</source>
        <translation>ລຳດັບວັນ ແລະ ເດືອນຂອງວັນທີ</translation>
    </message>
    <message>
        <source>Only needed when every date in a file reads both ways, such as 03/04/2026.</source>
        <translation>ຕ້ອງໃຊ້ສະເພາະເມື່ອທຸກວັນທີໃນໄຟລ໌ອ່ານໄດ້ທັງສອງແບບ, ເຊັ່ນ 03/04/2026.</translation>
    </message>
    <message>
        <source>Time zone of the times in the files</source>
        <translation>ເຂດເວລາຂອງເວລາໃນໄຟລ໌</translation>
    </message>
    <message>
        <source>Exports give the clock time of the account that downloaded them, without a zone. This is the workshop&apos;s zone unless the host&apos;s account is set to another.</source>
        <translation>ໄຟລ໌ທີ່ສົ່ງອອກຈະໃຫ້ເວລາຕາມໂມງຂອງບັນຊີທີ່ດາວໂຫຼດ, ໂດຍບໍ່ລະບຸເຂດເວລາ. ໂດຍປົກກະຕິແມ່ນເຂດເວລາຂອງການຝຶກອົບຮົມ, ເວັ້ນເສຍແຕ່ບັນຊີຂອງເຈົ້າພາບ (host) ຕັ້ງເຂດເວລາອື່ນໄວ້.</translation>
    </message>
    <message>
        <source>Problems with the files</source>
        <translation>ບັນຫາຂອງໄຟລ໌</translation>
    </message>
    <message>
        <source>People in the files</source>
        <translation>ຄົນໃນໄຟລ໌</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>ພິມຊື່, ຊື່ອື່ນ ຫຼື ອີເມວ…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>ຄົ້ນຫາໃນລາຍຊື່</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມໃນລາຍຊື່</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>ຄົນນີ້ແມ່ນຜູ້ເຂົ້າຮ່ວມທີ່ເລືອກໃນລາຍການ (ຫຼື ຄົນທີ່ສະເໜີ). Sala ຈະເກັບຊື່ນີ້ໄວ້ເປັນຊື່ອື່ນ, ເພື່ອໃຫ້ໄຟລ໌ຕໍ່ໄປຈັບຄູ່ໄດ້ເອງ.</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>ເພີ່ມຄົນນີ້ເຂົ້າລາຍຊື່ຂອງການຝຶກອົບຮົມເປັນຜູ້ເຂົ້າຮ່ວມໃໝ່</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>ບໍ່ແມ່ນຄົນໃນລາຍຊື່: ເຊັ່ນ ອຸປະກອນເຄື່ອງທີສອງຂອງເຈົ້າພາບ, ນາຍພາສາ, ຜູ້ສັງເກດການ</translation>
    </message>
    <message>
        <source>Go back to what Sala found</source>
        <translation>ກັບຄືນໄປໃຊ້ຜົນທີ່ Sala ພົບ</translation>
    </message>
    <message>
        <source>&amp;Day order:</source>
        <translation>ລຳດັບວັນທີ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Time zone of the times:</source>
        <translation>ເຂດເວລາຂອງເວລາໃນໄຟລ໌ (&amp;T):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>ຄົນນີ້ແມ່ນໃຜ (&amp;W)?</translation>
    </message>
    <message>
        <source>Review the people</source>
        <translation>ກວດເບິ່ງລາຍຊື່ຄົນ</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ນຳເຂົ້າ (&amp;I)</translation>
    </message>
    <message>
        <source>Add Attendance File</source>
        <translation>ເພີ່ມໄຟລ໌ການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Attendance exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>ໄຟລ໌ການເຂົ້າຮ່ວມ (*.csv *.tsv *.txt);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Choose the day order above.</source>
        <translation>ເລືອກລຳດັບວັນທີຢູ່ດ້ານເທິງ.</translation>
    </message>
    <message>
        <source>Imported before (%1): importing again replaces that import and its review.</source>
        <translation>ເຄີຍນຳເຂົ້າແລ້ວ (%1): ການນຳເຂົ້າອີກຄັ້ງຈະແທນທີ່ການນຳເຂົ້າເທື່ອນັ້ນ ແລະ ຜົນການກວດເບິ່ງຂອງມັນ.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs the day order</source>
        <translation>ຕ້ອງລະບຸລຳດັບວັນທີ</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>ຍັງບໍ່ໄດ້ອ່ານ</translation>
    </message>
    <message>
        <source>%1 — %2%</source>
        <translation>%1 — %2%</translation>
    </message>
    <message>
        <source>Add the participants report you downloaded from Zoom, Teams or Google Meet.</source>
        <translation>ເພີ່ມລາຍງານຜູ້ເຂົ້າຮ່ວມທີ່ທ່ານດາວໂຫຼດມາຈາກ Zoom, Teams ຫຼື Google Meet.</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceMatrixModel</name>
    <message>
        <source>Preferred name: %1</source>
        <translation>ຊື່ທີ່ມັກໃຫ້ເອີ້ນ: %1</translation>
    </message>
    <message>
        <source>%1 min · %2 %</source>
        <translation>%1 ນາທີ · %2 %</translation>
    </message>
    <message>
        <source>Matched %1</source>
        <translation>ຈັບຄູ່: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ປະເພດອົງກອນ</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ຂະໜາດວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>ພາກ %1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>ນາທີລວມ</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>ສັດສ່ວນຂອງການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
</context>
<context>
    <name>sala::AttendancePanel</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>ຂຽນ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Completion threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>ເກນຮຽນຈົບ, ເປີເຊັນຂອງເວລາຕາມກຳນົດການຂອງການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Participation threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>ເກນການມີສ່ວນຮ່ວມ, ເປີເຊັນຂອງເວລາຕາມກຳນົດການຂອງການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ ແລະ ພາກ</translation>
    </message>
    <message>
        <source>People in the session</source>
        <translation>ຄົນໃນພາກ</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>ຕາຕະລາງແຍກຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Who earned a certificate</source>
        <translation>ຜູ້ທີ່ໄດ້ຮັບໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>ສົ່ງອອກ CSV (&amp;C)…</translation>
    </message>
    <message>
        <source>Save the participants × sessions table as CSV for a spreadsheet</source>
        <translation>ບັນທຶກຕາຕະລາງຜູ້ເຂົ້າຮ່ວມ × ພາກ ເປັນ CSV ສຳລັບໂປຣແກຣມຕາຕະລາງ</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>ສົ່ງອອກ Excel (&amp;X)…</translation>
    </message>
    <message>
        <source>Save the summary, participants and sessions as an Excel workbook</source>
        <translation>ບັນທຶກບົດສະຫຼຸບ, ຜູ້ເຂົ້າຮ່ວມ ແລະ ພາກ ເປັນໄຟລ໌ Excel</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>ສົ່ງອອກ PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Save the attendance report with its charts as a PDF for the funder</source>
        <translation>ບັນທຶກລາຍງານການເຂົ້າຮ່ວມພ້ອມແຜນພູມເປັນ PDF ສຳລັບຜູ້ໃຫ້ທຶນ</translation>
    </message>
    <message>
        <source>Certi&amp;ficates…</source>
        <translation>ໃບຢັ້ງຢືນ (&amp;F)…</translation>
    </message>
    <message>
        <source>Save one certificate per person who earned one, as a PDF</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນຄົນລະໃບ ໃຫ້ທຸກຄົນທີ່ໄດ້ຮັບ, ເປັນ PDF</translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation>ສົ່ງອອກລາຍຊື່ (&amp;L)…</translation>
    </message>
    <message>
        <source>Save who earned a certificate as CSV</source>
        <translation>ບັນທຶກລາຍຊື່ຜູ້ທີ່ໄດ້ຮັບໃບຢັ້ງຢືນເປັນ CSV</translation>
    </message>
    <message>
        <source>Certificate &amp;Template…</source>
        <translation>ແມ່ແບບໃບຢັ້ງຢືນ (&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the titles, texts and signatory of this workshop&apos;s certificates</source>
        <translation>ແກ້ໄຂຫົວຂໍ້, ຂໍ້ຄວາມ ແລະ ຜູ້ລົງນາມ ຂອງໃບຢັ້ງຢືນຂອງການຝຶກອົບຮົມນີ້</translation>
    </message>
    <message>
        <source>C&amp;ompletion at:</source>
        <translation>ຮຽນຈົບທີ່ (&amp;O):</translation>
    </message>
    <message>
        <source>Partici&amp;pation at:</source>
        <translation>ມີສ່ວນຮ່ວມທີ່ (&amp;P):</translation>
    </message>
    <message>
        <source>A person completes the workshop with at least this share of its total scheduled time</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມຈະຮຽນຈົບ ເມື່ອເຂົ້າຮ່ວມຢ່າງໜ້ອຍສັດສ່ວນນີ້ຂອງເວລາຕາມກຳນົດການທັງໝົດ</translation>
    </message>
    <message>
        <source>A person earns a participation certificate with at least this share, below completion</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມຈະໄດ້ໃບຢັ້ງຢືນການມີສ່ວນຮ່ວມ ເມື່ອເຂົ້າຮ່ວມຢ່າງໜ້ອຍສັດສ່ວນນີ້, ແຕ່ຍັງບໍ່ເຖິງເກນຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>ສະຫຼຸບການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Attendance note</source>
        <translation>ໝາຍເຫດການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Attendance views</source>
        <translation>ມຸມມອງການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>ແຍກຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>ພາກ (&amp;S):</translation>
    </message>
    <message>
        <source>About this session&apos;s attendance</source>
        <translation>ກ່ຽວກັບການເຂົ້າຮ່ວມຂອງພາກນີ້</translation>
    </message>
    <message>
        <source>Export Session C&amp;SV…</source>
        <translation>ສົ່ງອອກ CSV ຂອງພາກ (&amp;S)…</translation>
    </message>
    <message>
        <source>Save this session&apos;s people, minutes, joins and leaves as CSV</source>
        <translation>ບັນທຶກຄົນ, ນາທີ, ເວລາເຂົ້າ ແລະ ອອກ ຂອງພາກນີ້ເປັນ CSV</translation>
    </message>
    <message>
        <source>People in the room over the session</source>
        <translation>ຈຳນວນຄົນໃນຫ້ອງຕະຫຼອດພາກ</translation>
    </message>
    <message>
        <source>Export Session Attendance as CSV</source>
        <translation>ສົ່ງອອກການເຂົ້າຮ່ວມຂອງພາກເປັນ CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 - attendance</source>
        <translation>%1 - ການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>ແຍກຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>ແຍກຕາມ (&amp;B):</translation>
    </message>
    <message>
        <source>Breakdown chart</source>
        <translation>ແຜນພູມແຍກຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>About the certificates</source>
        <translation>ກ່ຽວກັບໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Certificates &amp;PDF…</source>
        <translation>ໃບຢັ້ງຢືນ PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>Open or create a workshop to see its attendance.</source>
        <translation>ເປີດ ຫຼື ສ້າງການຝຶກອົບຮົມ ເພື່ອເບິ່ງການເຂົ້າຮ່ວມ.</translation>
    </message>
    <message>
        <source>No attendance has been imported for this workshop yet. Use Import attendance… to read the attendance export that Zoom, Microsoft Teams or Google Meet gives after each session; people checked in live during a session count too. The tables, charts, exports and certificates appear here once there is attendance.</source>
        <translation>ຍັງບໍ່ໄດ້ນຳເຂົ້າການເຂົ້າຮ່ວມຂອງການຝຶກອົບຮົມນີ້. ໃຊ້ ນຳເຂົ້າການເຂົ້າຮ່ວມ… ເພື່ອອ່ານໄຟລ໌ການເຂົ້າຮ່ວມທີ່ Zoom, Microsoft Teams ຫຼື Google Meet ໃຫ້ມາຫຼັງແຕ່ລະພາກ; ຄົນທີ່ເຊັກອິນລະຫວ່າງພາກກໍຖືກນັບນຳ. ຕາຕະລາງ, ແຜນພູມ, ການສົ່ງອອກ ແລະ ໃບຢັ້ງຢືນ ຈະສະແດງຢູ່ບ່ອນນີ້ເມື່ອມີຂໍ້ມູນການເຂົ້າຮ່ວມ.</translation>
    </message>
    <message>
        <source>%1 enrolled · %2 attended · %3 completed · %4 participated</source>
        <translation>ລົງທະບຽນ %1 · ເຂົ້າຮ່ວມ %2 · ຮຽນຈົບ %3 · ມີສ່ວນຮ່ວມ %4</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>%1 ຈາກ %2 ພາກ ຍັງບໍ່ມີຂໍ້ມູນການເຂົ້າຮ່ວມ; ເວລາຂອງພາກເຫຼົ່ານັ້ນຖືກນັບວ່າຂາດ.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 people earned a certificate: completion at %2 % or more of the workshop&apos;s scheduled time, participation at %3 % or more. People whose personal data was erased get none.</source>
        <translation>ມີ %1 ຄົນໄດ້ຮັບໃບຢັ້ງຢືນ: ຮຽນຈົບເມື່ອເຂົ້າຮ່ວມ %2 % ຂຶ້ນໄປຂອງເວລາຕາມກຳນົດການຂອງການຝຶກອົບຮົມ, ມີສ່ວນຮ່ວມເມື່ອເຂົ້າຮ່ວມ %3 % ຂຶ້ນໄປ. ຄົນທີ່ຂໍ້ມູນສ່ວນບຸກຄົນຖືກລົບລ້າງແລ້ວຈະບໍ່ໄດ້ຮັບ.</translation>
    </message>
    <message>
        <source>At most %1 people were in the room at once.</source>
        <translation>ມີຄົນຢູ່ໃນຫ້ອງພ້ອມກັນຫຼາຍທີ່ສຸດ %1 ຄົນ.</translation>
    </message>
    <message>
        <source>No attendance imported for this session yet.</source>
        <translation>ຍັງບໍ່ໄດ້ນຳເຂົ້າການເຂົ້າຮ່ວມຂອງພາກນີ້.</translation>
    </message>
    <message>
        <source>%1 attendees, %2 minutes on average, of %3 scheduled.</source>
        <translation>ຜູ້ທີ່ມາເຂົ້າຮ່ວມ %1 ຄົນ, ສະເລ່ຍຄົນລະ %2 ນາທີ, ຈາກເວລາຕາມກຳນົດການ %3 ນາທີ.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>ຈາກ %1.</translation>
    </message>
    <message>
        <source>%1 people in the exports are not matched to the roster yet.</source>
        <translation>ມີ %1 ຄົນໃນໄຟລ໌ການເຂົ້າຮ່ວມທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່.</translation>
    </message>
    <message>
        <source>%1 people are known only by their total minutes and are not in the chart.</source>
        <translation>ມີ %1 ຄົນທີ່ຮູ້ພຽງນາທີລວມ, ຈຶ່ງບໍ່ສະແດງໃນແຜນພູມ.</translation>
    </message>
    <message>
        <source>%1: attended, completed and participated per group; the same numbers as the table.</source>
        <translation>%1: ຈຳນວນທີ່ເຂົ້າຮ່ວມ, ຮຽນຈົບ ແລະ ມີສ່ວນຮ່ວມ ແຕ່ລະກຸ່ມ; ເປັນຕົວເລກດຽວກັນກັບໃນຕາຕະລາງ.</translation>
    </message>
    <message>
        <source>The file was written, but Sala could not record the export in the personal data log: %1</source>
        <translation>ຂຽນໄຟລ໌ແລ້ວ, ແຕ່ Sala ບໍ່ສາມາດບັນທຶກການສົ່ງອອກໄວ້ໃນບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນໄດ້: %1</translation>
    </message>
    <message>
        <source>Export Attendance as CSV</source>
        <translation>ສົ່ງອອກການເຂົ້າຮ່ວມເປັນ CSV</translation>
    </message>
    <message>
        <source>Export Attendance as Excel Workbook</source>
        <translation>ສົ່ງອອກການເຂົ້າຮ່ວມເປັນໄຟລ໌ Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ໄຟລ໌ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Attendance Report as PDF</source>
        <translation>ສົ່ງອອກລາຍງານການເຂົ້າຮ່ວມເປັນ PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Certificate List as CSV</source>
        <translation>ສົ່ງອອກລາຍຊື່ຜູ້ໄດ້ຮັບໃບຢັ້ງຢືນເປັນ CSV</translation>
    </message>
    <message>
        <source>%1 - certificates</source>
        <translation>%1 - ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet at these thresholds (completion %1 %, participation %2 %), so there is nothing to print.</source>
        <translation>ຍັງບໍ່ມີໃຜໄດ້ຮັບໃບຢັ້ງຢືນຕາມເກນນີ້ (ຮຽນຈົບ %1 %, ມີສ່ວນຮ່ວມ %2 %), ຈຶ່ງບໍ່ມີຫຍັງໃຫ້ພິມ.</translation>
    </message>
    <message>
        <source>Save Certificates as PDF</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນເປັນ PDF</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>ໃບຢັ້ງຢືນ: %1</translation>
    </message>
    <message>
        <source>Rev&amp;iew…</source>
        <translation>ກວດເບິ່ງ (&amp;I)…</translation>
    </message>
    <message>
        <source>Match, add or ignore the people the attendance exports named but Sala could not match to the roster</source>
        <translation>ຈັບຄູ່, ເພີ່ມ ຫຼື ບໍ່ນັບ ຄົນທີ່ມີຊື່ໃນໄຟລ໌ການເຂົ້າຮ່ວມ ແຕ່ Sala ຈັບຄູ່ກັບລາຍຊື່ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>People not matched</source>
        <translation>ຄົນທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this session&apos;s attendance are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>ມີ %n ຄົນໃນການເຂົ້າຮ່ວມຂອງພາກນີ້ ທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່ ຈຶ່ງຍັງບໍ່ຖືກນັບເລີຍ.</numerusform>
            <numerusform>ມີ %n ຄົນໃນການເຂົ້າຮ່ວມຂອງພາກນີ້ ທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່ ຈຶ່ງຍັງບໍ່ຖືກນັບເລີຍ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of “%1” are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>ມີ %n ຄົນໃນການເຂົ້າຮ່ວມຂອງ “%1” ທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່ ຈຶ່ງຍັງບໍ່ຖືກນັບເລີຍ.</numerusform>
            <numerusform>ມີ %n ຄົນໃນການເຂົ້າຮ່ວມຂອງ “%1” ທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່ ຈຶ່ງຍັງບໍ່ຖືກນັບເລີຍ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in other sessions.</source>
        <translation>
            <numerusform>ແລະ ອີກ %n ຄົນໃນພາກອື່ນ.</numerusform>
            <numerusform>ແລະ ອີກ %n ຄົນໃນພາກອື່ນ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReport</name>
    <message>
        <source>Total</source>
        <translation>ລວມ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>ມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>Below participation</source>
        <translation>ຕ່ຳກວ່າເກນມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>ບໍ່ໄດ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>ຕາມອີເມວ</translation>
    </message>
    <message>
        <source>by alias</source>
        <translation>ຕາມຊື່ອື່ນ</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>ຕາມຊື່</translation>
    </message>
    <message>
        <source>by a similar name</source>
        <translation>ຕາມຊື່ທີ່ຄ້າຍກັນ</translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation>ຢືນຢັນດ້ວຍຕົນເອງ</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ເພີ່ມດ້ວຍຕົນເອງ</translation>
    </message>
    <message>
        <source>live check-in only</source>
        <translation>ເຊັກອິນລະຫວ່າງພາກເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>ບໍ່ຍິນຍອມ</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>ແຍກຕາມເພດ</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>ແຍກຕາມປະເທດ</translation>
    </message>
    <message>
        <source>By organization type</source>
        <translation>ແຍກຕາມປະເພດອົງກອນ</translation>
    </message>
    <message>
        <source>By enterprise size</source>
        <translation>ແຍກຕາມຂະໜາດວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Participant %1 (personal data erased)</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ %1 (ຂໍ້ມູນສ່ວນບຸກຄົນຖືກລົບລ້າງແລ້ວ)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>Team (not counted): %1</source>
        <translation>ທີມງານ (ບໍ່ນັບ): %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReportIo</name>
    <message>
        <source>Attendance report of workshop %1 as CSV</source>
        <translation>ລາຍງານການເຂົ້າຮ່ວມຂອງການຝຶກອົບຮົມ %1 ເປັນ CSV</translation>
    </message>
    <message>
        <source>Attendance of one session of workshop %1 as CSV</source>
        <translation>ການເຂົ້າຮ່ວມຂອງໜຶ່ງພາກໃນການຝຶກອົບຮົມ %1 ເປັນ CSV</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as an Excel workbook</source>
        <translation>ລາຍງານການເຂົ້າຮ່ວມຂອງການຝຶກອົບຮົມ %1 ເປັນໄຟລ໌ Excel</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as PDF</source>
        <translation>ລາຍງານການເຂົ້າຮ່ວມຂອງການຝຶກອົບຮົມ %1 ເປັນ PDF</translation>
    </message>
    <message>
        <source>Certificate list of workshop %1 as CSV</source>
        <translation>ລາຍຊື່ຜູ້ໄດ້ຮັບໃບຢັ້ງຢືນຂອງການຝຶກອົບຮົມ %1 ເປັນ CSV</translation>
    </message>
    <message>
        <source>Certificates of workshop %1 as PDF</source>
        <translation>ໃບຢັ້ງຢືນຂອງການຝຶກອົບຮົມ %1 ເປັນ PDF</translation>
    </message>
    <message>
        <source>The completion threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>ເກນຮຽນຈົບຕ້ອງເປັນເປີເຊັນຈາກ 1 ຫາ 100, ບໍ່ແມ່ນ %1.</translation>
    </message>
    <message>
        <source>The participation threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>ເກນການມີສ່ວນຮ່ວມຕ້ອງເປັນເປີເຊັນຈາກ 1 ຫາ 100, ບໍ່ແມ່ນ %1.</translation>
    </message>
    <message>
        <source>The participation threshold (%1 %) cannot be above the completion threshold (%2 %).</source>
        <translation>ເກນການມີສ່ວນຮ່ວມ (%1 %) ຕ້ອງບໍ່ສູງກວ່າເກນຮຽນຈົບ (%2 %).</translation>
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
        <translation>ລາຍງານການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>ຜູ້ຈັດ:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>ວັນທີ:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>ພາກ:</translation>
    </message>
    <message>
        <source>%1, %2 hours scheduled in all</source>
        <translation>%1, ລວມເວລາຕາມກຳນົດການ %2 ຊົ່ວໂມງ</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>ຮຽນຈົບ:</translation>
    </message>
    <message>
        <source>at least %1 % of the workshop&apos;s scheduled time</source>
        <translation>ຢ່າງໜ້ອຍ %1 % ຂອງເວລາຕາມກຳນົດການຂອງການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translation>ມີສ່ວນຮ່ວມ:</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent; minutes are rounded to the nearest minute.</source>
        <translation>ສັດສ່ວນຂອງແຕ່ລະຄົນແມ່ນເວລາທີ່ຢູ່ໃນຫ້ອງ ທຽບກັບເວລາຕາມກຳນົດການຂອງທຸກພາກໃນການຝຶກອົບຮົມ; ເວລາໃນແຕ່ລະພາກນັບໄດ້ບໍ່ເກີນຄວາມຍາວຕາມກຳນົດການຂອງພາກນັ້ນ. ສັດສ່ວນຈະປັດລົງເປັນເປີເຊັນຈຳນວນເຕັມ; ນາທີຈະປັດເປັນນາທີທີ່ໃກ້ທີ່ສຸດ.</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 ຈາກ %2 ພາກ ຍັງບໍ່ໄດ້ນຳເຂົ້າການເຂົ້າຮ່ວມ; ເວລາຂອງພາກເຫຼົ່ານັ້ນຖືກນັບວ່າຂາດ.</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance are no longer on the roster and are left out.</source>
        <translation>
            <numerusform>ມີ %n ຄົນໃນຂໍ້ມູນການເຂົ້າຮ່ວມທີ່ບໍ່ຢູ່ໃນລາຍຊື່ແລ້ວ ແລະ ບໍ່ຖືກນັບລວມ.</numerusform>
            <numerusform>ມີ %n ຄົນໃນຂໍ້ມູນການເຂົ້າຮ່ວມທີ່ບໍ່ຢູ່ໃນລາຍຊື່ແລ້ວ ແລະ ບໍ່ຖືກນັບລວມ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>ສ້າງເມື່ອ:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ສະຫຼຸບ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ຈຳນວນຄົນ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <source>Share of the enrolled</source>
        <translation>ສັດສ່ວນຂອງຜູ້ລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Attended at least once</source>
        <translation>ເຂົ້າຮ່ວມຢ່າງໜ້ອຍໜຶ່ງຄັ້ງ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>ມີສ່ວນຮ່ວມ (ບໍ່ເຖິງເກນຮຽນຈົບ)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ກຸ່ມ</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% ຂອງຜູ້ທີ່ມາເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% ຂອງຜູ້ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>ມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% ຂອງຜູ້ມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>ຕາມກຳນົດການ</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>ຜູ້ທີ່ມາເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>ນາທີສະເລ່ຍ</translation>
    </message>
    <message>
        <source>Not matched to the roster</source>
        <translation>ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່</translation>
    </message>
    <message>
        <source>no attendance imported yet</source>
        <translation>ຍັງບໍ່ໄດ້ນຳເຂົ້າການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>People in the room: %1</source>
        <translation>ຄົນໃນຫ້ອງ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people are known only by their total minutes and are not in the curve.</source>
        <translation>
            <numerusform>ມີ %n ຄົນທີ່ຮູ້ພຽງນາທີລວມ, ຈຶ່ງບໍ່ສະແດງໃນເສັ້ນກຣາຟ.</numerusform>
            <numerusform>ມີ %n ຄົນທີ່ຮູ້ພຽງນາທີລວມ, ຈຶ່ງບໍ່ສະແດງໃນເສັ້ນກຣາຟ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ ແລະ ພາກ</translation>
    </message>
    <message>
        <source>Each session shows minutes in the room and the share of its scheduled time. Status is over the whole workshop: completed at %1 % or more, participated at %2 % or more.</source>
        <translation>ແຕ່ລະພາກສະແດງນາທີທີ່ຢູ່ໃນຫ້ອງ ແລະ ສັດສ່ວນຂອງເວລາຕາມກຳນົດການ. ສະຖານະຄິດຈາກທັງການຝຶກອົບຮົມ: ຮຽນຈົບເມື່ອໄດ້ %1 % ຂຶ້ນໄປ, ມີສ່ວນຮ່ວມເມື່ອໄດ້ %2 % ຂຶ້ນໄປ.</translation>
    </message>
    <message>
        <source>Nobody is on the roster.</source>
        <translation>ຍັງບໍ່ມີໃຜຢູ່ໃນລາຍຊື່.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>ພາກ %1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>ນາທີລວມ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ສັດສ່ວນ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>%1 min (%2 %)</source>
        <translation>%1 ນາທີ (%2 %)</translation>
    </message>
    <message>
        <source>S%1: %2</source>
        <translation>ພາກ %1: %2</translation>
    </message>
    <message>
        <source>Sala could not save the attendance report as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala ບັນທຶກລາຍງານການເຂົ້າຮ່ວມເປັນ “%1” ບໍ່ໄດ້ (%2). ໃຫ້ກວດເບິ່ງວ່າມີໂຟນເດີນັ້ນ ແລະ ທ່ານມີສິດຂຽນໃສ່, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The PDF attendance report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>ລາຍງານການເຂົ້າຮ່ວມແບບ PDF ຕ້ອງໃຊ້ລະບົບກຣາຟິກຂອງ Qt, ເຊິ່ງໂປຣແກຣມນີ້ບໍ່ໄດ້ເປີດໃຊ້. ໃຫ້ສ້າງ PDF ຈາກໜ້າຕ່າງຂອງ Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF attendance report.</source>
        <translation>ບໍ່ໄດ້ໃສ່ຊື່ໄຟລ໌ສຳລັບລາຍງານການເຂົ້າຮ່ວມ PDF.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>ການເຂົ້າຮ່ວມ: %1</translation>
    </message>
    <message>
        <source>Attendance · %1</source>
        <translation>ການເຂົ້າຮ່ວມ · %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewDialog</name>
    <message>
        <source>&amp;Match</source>
        <translation>ຈັບຄູ່ (&amp;M)</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>ເພີ່ມເຂົ້າລາຍຊື່ (&amp;E)</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>ບໍ່ນັບ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນກັບ (&amp;U)</translation>
    </message>
    <message>
        <source>Finish the Attendance Review</source>
        <translation>ກວດເບິ່ງການເຂົ້າຮ່ວມໃຫ້ສຳເລັດ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>These people in the imported attendance are not matched to the roster, so they count nowhere in the reports. Each choice is saved at once and the reports change with it; Undo (Ctrl+Z) takes it back.</source>
        <translation>ຄົນເຫຼົ່ານີ້ໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າ ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່, ຈຶ່ງບໍ່ຖືກນັບໃນລາຍງານໃດເລີຍ. ແຕ່ລະການເລືອກຈະຖືກບັນທຶກທັນທີ ແລະ ລາຍງານຈະປ່ຽນຕາມ; ຍ້ອນກັບ (Ctrl+Z) ເພື່ອຍົກເລີກ.</translation>
    </message>
    <message>
        <source>People not matched to the roster</source>
        <translation>ຄົນທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>ພິມຊື່, ຊື່ອື່ນ ຫຼື ອີເມວ…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>ຄົ້ນຫາໃນລາຍຊື່</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມໃນລາຍຊື່</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>ຄົນນີ້ແມ່ນຜູ້ເຂົ້າຮ່ວມທີ່ເລືອກໃນລາຍການ (ຫຼື ຄົນທີ່ສະເໜີ). Sala ຈະເກັບຊື່ນີ້ໄວ້ເປັນຊື່ອື່ນ, ເພື່ອໃຫ້ໄຟລ໌ຕໍ່ໄປຈັບຄູ່ໄດ້ເອງ.</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>ເພີ່ມຄົນນີ້ເຂົ້າລາຍຊື່ຂອງການຝຶກອົບຮົມເປັນຜູ້ເຂົ້າຮ່ວມໃໝ່</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>ບໍ່ແມ່ນຄົນໃນລາຍຊື່: ເຊັ່ນ ອຸປະກອນເຄື່ອງທີສອງຂອງເຈົ້າພາບ, ນາຍພາສາ, ຜູ້ສັງເກດການ</translation>
    </message>
    <message>
        <source>Apply every match Sala finds now by e-mail address, alias or name, such as for people added to the roster since the import</source>
        <translation>ນຳໃຊ້ທຸກການຈັບຄູ່ທີ່ Sala ພົບຕອນນີ້ ຕາມອີເມວ, ຊື່ອື່ນ ຫຼື ຊື່, ເຊັ່ນ ສຳລັບຄົນທີ່ຖືກເພີ່ມເຂົ້າລາຍຊື່ຫຼັງຈາກການນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Take back the last choice saved here</source>
        <translation>ຍົກເລີກການເລືອກຫຼ້າສຸດທີ່ບັນທຶກໄວ້ຢູ່ບ່ອນນີ້</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>ສະຫຼຸບການກວດເບິ່ງ</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>ຄົນນີ້ແມ່ນໃຜ (&amp;W)?</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>ພາກ (&amp;S):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>ຍັງບໍ່ໄດ້ຈັບຄູ່ %n ຄົນ</numerusform>
            <numerusform>ຍັງບໍ່ໄດ້ຈັບຄູ່ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>now on the roster: %1</source>
        <translation>ຕອນນີ້ຢູ່ໃນລາຍຊື່ແລ້ວ: %1</translation>
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
        <translation>ຈັບຄູ່ “%1” ກັບ %2</translation>
    </message>
    <message>
        <source>Add “%1” to the Roster</source>
        <translation>ເພີ່ມ “%1” ເຂົ້າລາຍຊື່</translation>
    </message>
    <message>
        <source>Ignore “%1” in the Attendance</source>
        <translation>ບໍ່ນັບ “%1” ໃນການເຂົ້າຮ່ວມ</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Attendance Match(es)</source>
        <translation>
            <numerusform>ນຳໃຊ້ການຈັບຄູ່ການເຂົ້າຮ່ວມ %n ລາຍການ</numerusform>
            <numerusform>ນຳໃຊ້ການຈັບຄູ່ການເຂົ້າຮ່ວມ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Match(es) Sala Found</source>
        <translation>
            <numerusform>ນຳໃຊ້ການຈັບຄູ່ %n ລາຍການທີ່ Sala ພົບ (&amp;A)</numerusform>
            <numerusform>ນຳໃຊ້ການຈັບຄູ່ %n ລາຍການທີ່ Sala ພົບ (&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply Matches Sala Found</source>
        <translation>ນຳໃຊ້ການຈັບຄູ່ທີ່ Sala ພົບ (&amp;A)</translation>
    </message>
    <message>
        <source>Everyone in this session&apos;s imported attendance is matched, added or ignored.</source>
        <translation>ທຸກຄົນໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າຂອງພາກນີ້ ໄດ້ຈັບຄູ່, ເພີ່ມ ຫຼື ເລືອກບໍ່ນັບແລ້ວ.</translation>
    </message>
    <message numerus="yes">
        <source>%n people not matched yet.</source>
        <translation>
            <numerusform>ຍັງມີ %n ຄົນທີ່ບໍ່ໄດ້ຈັບຄູ່.</numerusform>
            <numerusform>ຍັງມີ %n ຄົນທີ່ບໍ່ໄດ້ຈັບຄູ່.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them Sala now finds an e-mail, alias or name on the roster.</source>
        <translation>
            <numerusform>ໃນນັ້ນ %n ຄົນ Sala ພົບອີເມວ, ຊື່ອື່ນ ຫຼື ຊື່ທີ່ກົງກັນໃນລາຍຊື່ແລ້ວຕອນນີ້.</numerusform>
            <numerusform>ໃນນັ້ນ %n ຄົນ Sala ພົບອີເມວ, ຊື່ອື່ນ ຫຼື ຊື່ທີ່ກົງກັນໃນລາຍຊື່ແລ້ວຕອນນີ້.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewModel</name>
    <message>
        <source>Matched</source>
        <translation>ການຈັບຄູ່</translation>
    </message>
    <message>
        <source>Proposed — confirm?</source>
        <translation>ສະເໜີແລ້ວ — ຢືນຢັນບໍ?</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>ຍັງບໍ່ໄດ້ຈັບຄູ່</translation>
    </message>
    <message>
        <source>Matched by you</source>
        <translation>ທ່ານຈັບຄູ່ເອງ</translation>
    </message>
    <message>
        <source>Add to roster</source>
        <translation>ເພີ່ມເຂົ້າລາຍຊື່</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>ບໍ່ນັບ</translation>
    </message>
    <message>
        <source>Also shown as: %1</source>
        <translation>ປາກົດໃນຊື່ອື່ນນຳ: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ບໍ່ມີຊື່)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>ໃໝ່: %1</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>confirmed by you: %1</source>
        <translation>ທ່ານຢືນຢັນແລ້ວ: %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>ທ່ານເລືອກເອງ</translation>
    </message>
    <message>
        <source>will be added to the workshop’s roster</source>
        <translation>ຈະຖືກເພີ່ມເຂົ້າລາຍຊື່ຂອງການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>left out of the reports</source>
        <translation>ບໍ່ນັບລວມໃນລາຍງານ</translation>
    </message>
    <message>
        <source>no one on the roster with this e-mail or name</source>
        <translation>ບໍ່ມີໃຜໃນລາຍຊື່ທີ່ມີອີເມວ ຫຼື ຊື່ນີ້</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ໃນໄຟລ໌</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Roster participant</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມໃນລາຍຊື່</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the file(s): </source>
        <translation>
            <numerusform>ໃນໄຟລ໌ມີ %n ຄົນ: </numerusform>
            <numerusform>ໃນໄຟລ໌ມີ %n ຄົນ: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matched</source>
        <translation>ຈັບຄູ່ແລ້ວ %1</translation>
    </message>
    <message>
        <source>, %1 proposed</source>
        <translation>, ສະເໜີ %1</translation>
    </message>
    <message>
        <source>, %1 not matched</source>
        <translation>, ຍັງບໍ່ໄດ້ຈັບຄູ່ %1</translation>
    </message>
    <message>
        <source>, %1 to add to the roster</source>
        <translation>, ຈະເພີ່ມເຂົ້າລາຍຊື່ %1</translation>
    </message>
    <message>
        <source>, %1 ignored</source>
        <translation>, ບໍ່ນັບ %1</translation>
    </message>
    <message>
        <source>Proposed and unmatched people are left out of the reports until they are matched.</source>
        <translation>ຄົນທີ່ເປັນພຽງການສະເໜີ ຫຼື ຍັງບໍ່ໄດ້ຈັບຄູ່ ຈະບໍ່ຖືກນັບລວມໃນລາຍງານ ຈົນກວ່າຈະຈັບຄູ່ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceStore</name>
    <message>
        <source>save the stays</source>
        <translation>ບັນທຶກຊ່ວງເວລາທີ່ຢູ່ໃນການປະຊຸມ</translation>
    </message>
    <message>
        <source>“%1” was already imported into this session on %2. Import it as a replacement to review it again.</source>
        <translation>“%1” ຖືກນຳເຂົ້າໃນພາກນີ້ແລ້ວເມື່ອ %2. ຖ້າຕ້ອງການກວດເບິ່ງອີກຄັ້ງ, ໃຫ້ນຳເຂົ້າແບບແທນທີ່.</translation>
    </message>
    <message>
        <source>“%1” is the same file as “%2”, imported into this session on %3. Import it as a replacement to review it again.</source>
        <translation>“%1” ແມ່ນໄຟລ໌ດຽວກັນກັບ “%2”, ທີ່ນຳເຂົ້າໃນພາກນີ້ເມື່ອ %3. ຖ້າຕ້ອງການກວດເບິ່ງອີກຄັ້ງ, ໃຫ້ນຳເຂົ້າແບບແທນທີ່.</translation>
    </message>
    <message>
        <source>save the attendance of “%1”</source>
        <translation>ບັນທຶກການເຂົ້າຮ່ວມຂອງ “%1”</translation>
    </message>
    <message>
        <source>remove an attendance import</source>
        <translation>ລຶບການນຳເຂົ້າການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>read the attendance imports</source>
        <translation>ອ່ານການນຳເຂົ້າການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>save the alias “%1”</source>
        <translation>ບັນທຶກຊື່ອື່ນ “%1”</translation>
    </message>
    <message>
        <source>remove the alias “%1”</source>
        <translation>ລຶບຊື່ອື່ນ “%1”</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>ອ່ານລາຍຊື່ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>read the people waiting for review</source>
        <translation>ອ່ານລາຍຊື່ຄົນທີ່ລໍຖ້າການກວດເບິ່ງ</translation>
    </message>
    <message>
        <source>read a person of an attendance import</source>
        <translation>ອ່ານຂໍ້ມູນຄົນໜຶ່ງໃນການນຳເຂົ້າການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>There is no person number %1 in the imported attendance. Its import may have been removed or imported again; list the people waiting for review again.</source>
        <translation>ບໍ່ມີບຸກຄົນເລກ %1 ໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າ. ການນຳເຂົ້າຂອງຄົນນີ້ອາດຖືກລຶບອອກ ຫຼື ຖືກນຳເຂົ້າໃໝ່ແລ້ວ; ໃຫ້ສະແດງລາຍຊື່ຄົນທີ່ລໍຖ້າການກວດເບິ່ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>count the people waiting for review</source>
        <translation>ນັບຈຳນວນຄົນທີ່ລໍຖ້າການກວດເບິ່ງ</translation>
    </message>
    <message>
        <source>save the match of a person in the imported attendance</source>
        <translation>ບັນທຶກການຈັບຄູ່ຂອງຄົນໜຶ່ງໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າ</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceXlsx</name>
    <message>
        <source>Attendance report</source>
        <translation>ລາຍງານການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>ຜູ້ຈັດ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>Scheduled hours</source>
        <translation>ຊົ່ວໂມງຕາມກຳນົດການ</translation>
    </message>
    <message>
        <source>Completion threshold (%)</source>
        <translation>ເກນຮຽນຈົບ (%)</translation>
    </message>
    <message>
        <source>Participation threshold (%)</source>
        <translation>ເກນການມີສ່ວນຮ່ວມ (%)</translation>
    </message>
    <message>
        <source>How shares are counted</source>
        <translation>ວິທີຄິດສັດສ່ວນ</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent.</source>
        <translation>ສັດສ່ວນຂອງແຕ່ລະຄົນແມ່ນເວລາທີ່ຢູ່ໃນຫ້ອງ ທຽບກັບເວລາຕາມກຳນົດການຂອງທຸກພາກໃນການຝຶກອົບຮົມ; ເວລາໃນແຕ່ລະພາກນັບໄດ້ບໍ່ເກີນຄວາມຍາວຕາມກຳນົດການຂອງພາກນັ້ນ. ສັດສ່ວນຈະປັດລົງເປັນເປີເຊັນຈຳນວນເຕັມ.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 ຈາກ %2 ພາກ ຍັງບໍ່ໄດ້ນຳເຂົ້າການເຂົ້າຮ່ວມ; ເວລາຂອງພາກເຫຼົ່ານັ້ນຖືກນັບວ່າຂາດ.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>ມີສ່ວນຮ່ວມ (ບໍ່ເຖິງເກນຮຽນຈົບ)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ກຸ່ມ</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% ຂອງຜູ້ທີ່ມາເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% ຂອງຜູ້ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>ມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% ຂອງຜູ້ມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ຊື່ທີ່ມັກໃຫ້ເອີ້ນ</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>ຍິນຍອມໃຫ້ໃຊ້ໃນລາຍງານ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ປະເພດອົງກອນ</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ຂະໜາດວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>%1 (minutes)</source>
        <translation>%1 (ນາທີ)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>ນາທີລວມ</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>ສັດສ່ວນຂອງການຝຶກອົບຮົມ (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Scheduled start (%1)</source>
        <translation>ເວລາເລີ່ມຕາມກຳນົດການ (%1)</translation>
    </message>
    <message>
        <source>Scheduled minutes</source>
        <translation>ນາທີຕາມກຳນົດການ</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>ຜູ້ທີ່ມາເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>ນາທີສະເລ່ຍ</translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation>ຊື່ທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>ໄຟລ໌ທີ່ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>ຍັງບໍ່ໄດ້ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Sala could not save the attendance workbook as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala ບັນທຶກໄຟລ໌ Excel ການເຂົ້າຮ່ວມເປັນ “%1” ບໍ່ໄດ້ (%2). ໃຫ້ກວດເບິ່ງວ່າມີໂຟນເດີນັ້ນ ແລະ ທ່ານມີສິດຂຽນໃສ່, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>Sala could not make a temporary folder for the workbook (%1).</source>
        <translation>Sala ບໍ່ສາມາດສ້າງໂຟນເດີຊົ່ວຄາວສຳລັບໄຟລ໌ Excel ໄດ້ (%1).</translation>
    </message>
    <message>
        <source>Sala could not start the workbook.</source>
        <translation>Sala ບໍ່ສາມາດເລີ່ມສ້າງໄຟລ໌ Excel ໄດ້.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>ການເຂົ້າຮ່ວມ: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Sala could not add the sheets to the workbook.</source>
        <translation>Sala ບໍ່ສາມາດເພີ່ມແຜ່ນງານ (sheet) ເຂົ້າໃນໄຟລ໌ Excel ໄດ້.</translation>
    </message>
    <message>
        <source>Sala could not finish the workbook (%1).</source>
        <translation>Sala ບໍ່ສາມາດສ້າງໄຟລ໌ Excel ໃຫ້ສຳເລັດໄດ້ (%1).</translation>
    </message>
    <message>
        <source>Sala could not read the finished workbook back (%1).</source>
        <translation>Sala ບໍ່ສາມາດອ່ານໄຟລ໌ Excel ທີ່ສ້າງແລ້ວກັບຄືນມາກວດໄດ້ (%1).</translation>
    </message>
    <message>
        <source>No file name was given for the attendance workbook.</source>
        <translation>ບໍ່ໄດ້ໃສ່ຊື່ໄຟລ໌ສຳລັບໄຟລ໌ Excel ການເຂົ້າຮ່ວມ.</translation>
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
        <translation>ກຸ່ມ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% ຂອງຜູ້ທີ່ມາເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% ຂອງຜູ້ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>ມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% ຂອງຜູ້ມີສ່ວນຮ່ວມ</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutRoomsModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n ຄົນ)</numerusform>
            <numerusform>%1 (%n ຄົນ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: re-solving keeps everyone in this room</source>
        <translation>ລັອກແລ້ວ: ເມື່ອຈັດໃໝ່ ທຸກຄົນໃນຫ້ອງນີ້ຈະຢູ່ຄືເກົ່າ</translation>
    </message>
    <message>
        <source>Tick to lock the room</source>
        <translation>ໝາຍຖືກເພື່ອລັອກຫ້ອງ</translation>
    </message>
    <message>
        <source>%1 — meets again</source>
        <translation>%1 — ພົບກັນອີກ</translation>
    </message>
    <message>
        <source>Has met %1 before</source>
        <translation>ເຄີຍພົບ %1 ມາກ່ອນ</translation>
    </message>
    <message>
        <source>Locked: re-solving keeps this person here</source>
        <translation>ລັອກແລ້ວ: ເມື່ອຈັດໃໝ່ ຄົນນີ້ຈະຢູ່ບ່ອນນີ້</translation>
    </message>
    <message>
        <source>Room and people (tick to lock)</source>
        <translation>ຫ້ອງ ແລະ ຄົນ (ໝາຍຖືກເພື່ອລັອກ)</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>ການປະສົມ</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutSetStore</name>
    <message>
        <source>read the breakout rooms of an activity</source>
        <translation>ອ່ານຫ້ອງຍ່ອຍຂອງກິດຈະກຳ</translation>
    </message>
    <message>
        <source>remove the breakout rooms of an activity</source>
        <translation>ລຶບຫ້ອງຍ່ອຍຂອງກິດຈະກຳ</translation>
    </message>
    <message>
        <source>save the breakout rooms of an activity</source>
        <translation>ບັນທຶກຫ້ອງຍ່ອຍຂອງກິດຈະກຳ</translation>
    </message>
    <message>
        <source>read the breakout rooms of the workshop</source>
        <translation>ອ່ານຫ້ອງຍ່ອຍຂອງການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>read the home groups</source>
        <translation>ອ່ານກຸ່ມປະຈຳ</translation>
    </message>
    <message>
        <source>save the home groups</source>
        <translation>ບັນທຶກກຸ່ມປະຈຳ</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutsView</name>
    <message>
        <source>&amp;Generate</source>
        <translation>ສ້າງຫ້ອງ (&amp;G)</translation>
    </message>
    <message>
        <source>Re-solve &amp;unlocked</source>
        <translation>ຈັດໃໝ່ສະເພາະທີ່ບໍ່ລັອກ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>ຈັດເຂົ້າຫ້ອງ (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ສົ່ງອອກ (&amp;X)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>ການຈັດກຸ່ມ</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ຫ້ອງ</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>ຮອບ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Breakout activities</source>
        <translation>ກິດຈະກຳກຸ່ມຍ່ອຍ</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>ຮອບ</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Rooms for every round from the roster, with as few repeated pairs as possible (Ctrl+G)</source>
        <translation>ສ້າງຫ້ອງສຳລັບທຸກຮອບຈາກລາຍຊື່ຜູ້ເຂົ້າຮ່ວມ ໂດຍໃຫ້ມີຄູ່ທີ່ພົບກັນຊ້ຳໜ້ອຍທີ່ສຸດ (Ctrl+G)</translation>
    </message>
    <message>
        <source>Keep locked people and rooms where they are and find the best rooms for everyone else</source>
        <translation>ຮັກສາຄົນ ແລະ ຫ້ອງທີ່ລັອກໄວ້ຢູ່ບ່ອນເດີມ ແລະ ຫາຫ້ອງທີ່ດີທີ່ສຸດໃຫ້ຄົນອື່ນໆ</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>ຫ້ອງຍ່ອຍ</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>ຮອບ (&amp;R):</translation>
    </message>
    <message>
        <source>Spread evenly:</source>
        <translation>ກະຈາຍໃຫ້ເທົ່າກັນ:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ປະເພດອົງກອນ</translation>
    </message>
    <message>
        <source>&amp;Late arrival:</source>
        <translation>ຜູ້ມາຊ້າ (&amp;L):</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>ຜູ້ມາຊ້າ</translation>
    </message>
    <message>
        <source>Put the person into the room Sala suggests: the fewest people already met, the smallest room, the best mix</source>
        <translation>ຈັດຄົນນີ້ເຂົ້າຫ້ອງທີ່ Sala ແນະນຳ: ມີຄົນທີ່ເຄີຍພົບກັນໜ້ອຍທີ່ສຸດ, ຫ້ອງນ້ອຍທີ່ສຸດ, ປະສົມດີທີ່ສຸດ</translation>
    </message>
    <message>
        <source>Zoom pre-assignment CSV…</source>
        <translation>CSV ສຳລັບຈັດຫ້ອງລ່ວງໜ້າໃນ Zoom…</translation>
    </message>
    <message>
        <source>Copy room list (Teams, Meet, chat)</source>
        <translation>ສຳເນົາລາຍຊື່ຫ້ອງ (Teams, Meet, ແຊັດ)</translation>
    </message>
    <message>
        <source>Save room list…</source>
        <translation>ບັນທຶກລາຍຊື່ຫ້ອງ…</translation>
    </message>
    <message>
        <source>Save this round as home groups</source>
        <translation>ບັນທຶກຮອບນີ້ເປັນກຸ່ມປະຈຳ</translation>
    </message>
    <message>
        <source>Use home groups for every round</source>
        <translation>ໃຊ້ກຸ່ມປະຈຳສຳລັບທຸກຮອບ</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>ບໍ່ມີພາກໃດເປີດຢູ່.</translation>
    </message>
    <message>
        <source> — more than %1 allows (%2)</source>
        <translation> — ເກີນກວ່າທີ່ %1 ອະນຸຍາດ (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 min</source>
        <translation>%1 × %2 ນາທີ</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast %n min before the end</source>
        <translation>
            <numerusform>ກະຈາຍຂໍ້ຄວາມ %n ນາທີກ່ອນໝົດເວລາ</numerusform>
            <numerusform>ກະຈາຍຂໍ້ຄວາມ %n ນາທີກ່ອນໝົດເວລາ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breakout activities in this session.</source>
        <translation>
            <numerusform>ພາກນີ້ມີກິດຈະກຳກຸ່ມຍ່ອຍ %n ກິດຈະກຳ.</numerusform>
            <numerusform>ພາກນີ້ມີກິດຈະກຳກຸ່ມຍ່ອຍ %n ກິດຈະກຳ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a breakout activity above to see its rooms.</source>
        <translation>ເລືອກກິດຈະກຳກຸ່ມຍ່ອຍຂ້າງເທິງ ເພື່ອເບິ່ງຫ້ອງຂອງມັນ.</translation>
    </message>
    <message>
        <source>Rooms for “%1”</source>
        <translation>ຫ້ອງສຳລັບ “%1”</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>ຮອບ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>The roster is empty: add participants in Roster mode (Ctrl+2) first.</source>
        <translation>ລາຍຊື່ຜູ້ເຂົ້າຮ່ວມຍັງຫວ່າງ: ໃຫ້ເພີ່ມຜູ້ເຂົ້າຮ່ວມໃນໂໝດລາຍຊື່ (Ctrl+2) ກ່ອນ.</translation>
    </message>
    <message numerus="yes">
        <source>No rooms yet for %n people. Generate (Ctrl+G) makes them for every round.</source>
        <translation>
            <numerusform>ຍັງບໍ່ມີຫ້ອງສຳລັບ %n ຄົນ. ກົດ ສ້າງຫ້ອງ (Ctrl+G) ເພື່ອສ້າງຫ້ອງສຳລັບທຸກຮອບ.</numerusform>
            <numerusform>ຍັງບໍ່ມີຫ້ອງສຳລັບ %n ຄົນ. ກົດ ສ້າງຫ້ອງ (Ctrl+G) ເພື່ອສ້າງຫ້ອງສຳລັບທຸກຮອບ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated pairs over all rounds: %1</source>
        <translation>ຄູ່ທີ່ພົບກັນຊ້ຳໃນທຸກຮອບ: %1</translation>
    </message>
    <message>
        <source> (no schedule can have fewer than %1)</source>
        <translation> (ບໍ່ມີຕາຕະລາງໃດມີໜ້ອຍກວ່າ %1 ໄດ້)</translation>
    </message>
    <message>
        <source>people beyond an even mix: %1</source>
        <translation>ຈຳນວນຄົນທີ່ເກີນການປະສົມທີ່ສົມດຸນ: %1</translation>
    </message>
    <message>
        <source>These rooms cannot be made: %1</source>
        <translation>ບໍ່ສາມາດສ້າງຫ້ອງເຫຼົ່ານີ້ໄດ້: %1</translation>
    </message>
    <message>
        <source>Finding the best rooms…</source>
        <translation>ກຳລັງຫາຫ້ອງທີ່ດີທີ່ສຸດ…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>ຢຸດ</translation>
    </message>
    <message>
        <source>Re-solve the rooms of “%1”</source>
        <translation>ຈັດຫ້ອງຂອງ “%1” ໃໝ່</translation>
    </message>
    <message>
        <source>Generate rooms for “%1”</source>
        <translation>ສ້າງຫ້ອງສຳລັບ “%1”</translation>
    </message>
    <message>
        <source>Rooms made for every round. Repeated pairs: %1; no schedule can have fewer than %2.</source>
        <translation>ສ້າງຫ້ອງສຳລັບທຸກຮອບແລ້ວ. ຄູ່ທີ່ພົບກັນຊ້ຳ: %1; ບໍ່ມີຕາຕະລາງໃດມີໜ້ອຍກວ່າ %2 ໄດ້.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>ຍ້າຍ %1 ໄປ %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to %1</source>
        <translation>
            <numerusform>ຍ້າຍ %n ຄົນໄປ %1</numerusform>
            <numerusform>ຍ້າຍ %n ຄົນໄປ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>ລັອກ %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>ປົດລັອກ %1</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>ຫ້ອງ %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>ປ່ຽນຊື່ %1 ເປັນ %2</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>ຈັດ %1 ເຂົ້າ %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before.</source>
        <translation>%1 ເຂົ້າ %2: ບໍ່ມີໃຜໃນຫ້ອງນັ້ນເຄີຍພົບ %1 ມາກ່ອນ.</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3.</source>
        <translation>%1 ເຂົ້າ %2, ເຊິ່ງເປັນຫ້ອງທີ່ດີທີ່ສຸດທີ່ເຫຼືອ; ຄົນໃນຫ້ອງນັ້ນທີ່ເຄີຍພົບ %1 ມາກ່ອນ: %3.</translation>
    </message>
    <message>
        <source>These rooms are now the workshop&apos;s home groups; any breakout activity can use them.</source>
        <translation>ຫ້ອງເຫຼົ່ານີ້ເປັນກຸ່ມປະຈຳຂອງການຝຶກອົບຮົມແລ້ວ; ກິດຈະກຳກຸ່ມຍ່ອຍໃດກໍໃຊ້ໄດ້.</translation>
    </message>
    <message>
        <source>This workshop has no home groups yet: make rooms, then Export ▸ Save this round as home groups.</source>
        <translation>ການຝຶກອົບຮົມນີ້ຍັງບໍ່ມີກຸ່ມປະຈຳ: ໃຫ້ສ້າງຫ້ອງ, ແລ້ວເລືອກ ສົ່ງອອກ ▸ ບັນທຶກຮອບນີ້ເປັນກຸ່ມປະຈຳ.</translation>
    </message>
    <message>
        <source>Use home groups for “%1”</source>
        <translation>ໃຊ້ກຸ່ມປະຈຳສຳລັບ “%1”</translation>
    </message>
    <message>
        <source>The room list of round %1 is on the clipboard: paste it into the chat, Teams or Meet.</source>
        <translation>ສຳເນົາລາຍຊື່ຫ້ອງຂອງຮອບ %1 ແລ້ວ: ວາງໃສ່ແຊັດ, Teams ຫຼື Meet ໄດ້ເລີຍ.</translation>
    </message>
    <message>
        <source>Save Room List</source>
        <translation>ບັນທຶກລາຍຊື່ຫ້ອງ</translation>
    </message>
    <message>
        <source>breakout-rooms-round-%1.txt</source>
        <translation>breakout-rooms-round-%1.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ໄຟລ໌ຂໍ້ຄວາມ (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>ຂຽນ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Room list saved to %1.</source>
        <translation>ບັນທຶກລາຍຊື່ຫ້ອງໄວ້ທີ່ %1 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Export Zoom Pre-assignment</source>
        <translation>ສົ່ງອອກການຈັດຫ້ອງລ່ວງໜ້າຂອງ Zoom</translation>
    </message>
    <message>
        <source>zoom-rooms-round-%1.csv</source>
        <translation>zoom-rooms-round-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ໄຟລ໌ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Zoom pre-assignment for round %1 saved to %2, people: %3. Upload it when scheduling the meeting: Breakout Room pre-assign ▸ Import from CSV.</source>
        <translation>ບັນທຶກການຈັດຫ້ອງລ່ວງໜ້າຂອງ Zoom ສຳລັບຮອບ %1 ໄວ້ທີ່ %2 ແລ້ວ, ຈຳນວນຄົນ: %3. ໃຫ້ອັບໂຫຼດຕອນຕັ້ງເວລາການປະຊຸມ: Breakout Room pre-assign ▸ Import from CSV.</translation>
    </message>
    <message>
        <source>Only people &amp;checked in</source>
        <translation>ສະເພາະຄົນທີ່ເຊັກອິນແລ້ວ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Move to Room…</source>
        <translation>ຍ້າຍໄປຫ້ອງ (&amp;M)…</translation>
    </message>
    <message>
        <source>Move to the &amp;Previous Room</source>
        <translation>ຍ້າຍໄປຫ້ອງກ່ອນໜ້າ (&amp;P)</translation>
    </message>
    <message>
        <source>Move to the &amp;Next Room</source>
        <translation>ຍ້າຍໄປຫ້ອງຖັດໄປ (&amp;N)</translation>
    </message>
    <message>
        <source>Drag people to another room, or select them and press M (Alt+Up, Alt+Down: the room before or after)</source>
        <translation>ລາກຄົນໄປຫ້ອງອື່ນ, ຫຼື ເລືອກແລ້ວກົດ M (Alt+Up, Alt+Down: ຫ້ອງກ່ອນໜ້າ ຫຼື ຫ້ອງຖັດໄປ)</translation>
    </message>
    <message>
        <source>Move the selected people to a room you choose</source>
        <translation>ຍ້າຍຄົນທີ່ເລືອກໄປຫ້ອງທີ່ທ່ານເລືອກ</translation>
    </message>
    <message>
        <source>Move the selected people to the room before theirs</source>
        <translation>ຍ້າຍຄົນທີ່ເລືອກໄປຫ້ອງກ່ອນໜ້າຫ້ອງຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <source>Move the selected people to the room after theirs</source>
        <translation>ຍ້າຍຄົນທີ່ເລືອກໄປຫ້ອງຖັດຈາກຫ້ອງຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only people checked in</source>
        <translation>ສະເພາະຄົນທີ່ເຊັກອິນແລ້ວ</translation>
    </message>
    <message>
        <source>Group only the people checked in to this session now (present, late or rejoined). On by default once anyone has checked in.</source>
        <translation>ຈັດກຸ່ມສະເພາະຄົນທີ່ເຊັກອິນເຂົ້າພາກນີ້ຢູ່ຕອນນີ້ (ມາແລ້ວ, ມາຊ້າ ຫຼື ກັບເຂົ້າມາໃໝ່). ເປີດໃຊ້ອັດຕະໂນມັດເມື່ອມີຄົນເຊັກອິນແລ້ວ.</translation>
    </message>
    <message>
        <source>Who is grouped</source>
        <translation>ໃຜແດ່ທີ່ຖືກຈັດກຸ່ມ</translation>
    </message>
    <message>
        <source>Export and print the rooms</source>
        <translation>ສົ່ງອອກ ແລະ ພິມຫ້ອງ</translation>
    </message>
    <message>
        <source>Print rooms (PDF)…</source>
        <translation>ພິມຫ້ອງ (PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms of about %1</source>
        <translation>
            <numerusform>%n ຫ້ອງ, ຫ້ອງລະປະມານ %1 ຄົນ</numerusform>
            <numerusform>%n ຫ້ອງ, ຫ້ອງລະປະມານ %1 ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n ຫ້ອງ</numerusform>
            <numerusform>%n ຫ້ອງ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rooms are counted for the %n people grouped; %1 allows up to %2 rooms.</source>
        <translation>
            <numerusform>ຈຳນວນຫ້ອງຄິດຈາກ %n ຄົນທີ່ຖືກຈັດກຸ່ມ; %1 ຮອງຮັບໄດ້ສູງສຸດ %2 ຫ້ອງ.</numerusform>
            <numerusform>ຈຳນວນຫ້ອງຄິດຈາກ %n ຄົນທີ່ຖືກຈັດກຸ່ມ; %1 ຮອງຮັບໄດ້ສູງສຸດ %2 ຫ້ອງ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to other rooms</source>
        <translation>
            <numerusform>ຍ້າຍ %n ຄົນໄປຫ້ອງອື່ນ</numerusform>
            <numerusform>ຍ້າຍ %n ຄົນໄປຫ້ອງອື່ນ</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z ເພື່ອຍ້ອນກັບ.</translation>
    </message>
    <message>
        <source>Already in the first room.</source>
        <translation>ຢູ່ຫ້ອງທຳອິດແລ້ວ.</translation>
    </message>
    <message>
        <source>Already in the last room.</source>
        <translation>ຢູ່ຫ້ອງສຸດທ້າຍແລ້ວ.</translation>
    </message>
    <message>
        <source>Move to Room</source>
        <translation>ຍ້າຍໄປຫ້ອງ</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>ຍ້າຍໄປຫ້ອງ</translation>
    </message>
    <message>
        <source>Select people in the rooms first</source>
        <translation>ເລືອກຄົນໃນຫ້ອງກ່ອນ</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n ຄົນ)</numerusform>
            <numerusform>%1 (%n ຄົນ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is checked in to this session now: untick “Only people checked in” to group everyone expected.</source>
        <translation>ຕອນນີ້ບໍ່ມີໃຜເຊັກອິນເຂົ້າພາກນີ້: ໃຫ້ເອົາເຄື່ອງໝາຍອອກຈາກ “ສະເພາະຄົນທີ່ເຊັກອິນແລ້ວ” ເພື່ອຈັດກຸ່ມທຸກຄົນທີ່ຄາດວ່າຈະມາ.</translation>
    </message>
    <message numerus="yes">
        <source>Grouping all %n people on the roster.</source>
        <translation>
            <numerusform>ຈັດກຸ່ມທຸກຄົນໃນລາຍຊື່ %n ຄົນ.</numerusform>
            <numerusform>ຈັດກຸ່ມທຸກຄົນໃນລາຍຊື່ %n ຄົນ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked in</source>
        <translation>
            <numerusform>ຍັງບໍ່ເຊັກອິນ %n ຄົນ</numerusform>
            <numerusform>ຍັງບໍ່ເຊັກອິນ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked out of the call</source>
        <translation>
            <numerusform>ອອກຈາກການປະຊຸມແລ້ວ %n ຄົນ</numerusform>
            <numerusform>ອອກຈາກການປະຊຸມແລ້ວ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out of this session</source>
        <translation>
            <numerusform>ບໍ່ຢູ່ໃນພາກນີ້ %n ຄົນ</numerusform>
            <numerusform>ບໍ່ຢູ່ໃນພາກນີ້ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose data was erased</source>
        <translation>
            <numerusform>ຂໍ້ມູນຖືກລົບລ້າງແລ້ວ %n ຄົນ</numerusform>
            <numerusform>ຂໍ້ມູນຖືກລົບລ້າງແລ້ວ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %1 of %n people; not grouped: %2.</source>
        <translation>
            <numerusform>ຈັດກຸ່ມ %1 ຈາກ %n ຄົນ; ບໍ່ໄດ້ຈັດກຸ່ມ: %2.</numerusform>
            <numerusform>ຈັດກຸ່ມ %1 ຈາກ %n ຄົນ; ບໍ່ໄດ້ຈັດກຸ່ມ: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>There are no rooms to print yet: Generate (Ctrl+G) makes them.</source>
        <translation>ຍັງບໍ່ມີຫ້ອງໃຫ້ພິມ: ກົດ ສ້າງຫ້ອງ (Ctrl+G) ເພື່ອສ້າງຫ້ອງ.</translation>
    </message>
    <message>
        <source>Print Rooms (PDF)</source>
        <translation>ພິມຫ້ອງ (PDF)</translation>
    </message>
    <message>
        <source>breakout-rooms.pdf</source>
        <translation>breakout-rooms.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The rooms of every round of “%1” are in %2, a page per round.</source>
        <translation>ຫ້ອງຂອງທຸກຮອບໃນ “%1” ຢູ່ໃນ %2 ແລ້ວ, ຮອບລະໜຶ່ງໜ້າ.</translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s) in the main room</source>
        <translation>
            <numerusform>ຜູ້ສັງເກດການ %n ຄົນຢູ່ໃນຫ້ອງໃຫຍ່</numerusform>
            <numerusform>ຜູ້ສັງເກດການ %n ຄົນຢູ່ໃນຫ້ອງໃຫຍ່</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: %1.</source>
        <translation>ທີມງານ: %1.</translation>
    </message>
</context>
<context>
    <name>sala::CatchUp</name>
    <message>
        <source>Welcome! Good to have you with us.</source>
        <translation>ຍິນດີຕ້ອນຮັບ! ດີໃຈທີ່ທ່ານມາຮ່ວມກັບພວກເຮົາ.</translation>
    </message>
    <message>
        <source>Welcome, %1! Good to have you with us.</source>
        <translation>ຍິນດີຕ້ອນຮັບ, %1! ດີໃຈທີ່ທ່ານມາຮ່ວມກັບພວກເຮົາ.</translation>
    </message>
    <message>
        <source>We have not started yet: we begin at %1.</source>
        <translation>ພວກເຮົາຍັງບໍ່ທັນເລີ່ມ: ຈະເລີ່ມເວລາ %1.</translation>
    </message>
    <message>
        <source>So far we have done:</source>
        <translation>ມາຮອດຕອນນີ້ ພວກເຮົາໄດ້ເຮັດ:</translation>
    </message>
    <message>
        <source>We have just finished. The facilitator will share the summary.</source>
        <translation>ພວກເຮົາຫາກໍ່ຈົບ. ຜູ້ອຳນວຍຄວາມສະດວກຈະແບ່ງປັນບົດສະຫຼຸບ.</translation>
    </message>
    <message>
        <source>Now, until %1: %2</source>
        <translation>ຕອນນີ້ ຈົນຮອດ %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>ສິ່ງທີ່ຕ້ອງເຮັດ: %1</translation>
    </message>
    <message>
        <source>You will join a breakout room in a moment; please stay in the main room until then.</source>
        <translation>ອີກບໍ່ດົນທ່ານຈະໄດ້ເຂົ້າຫ້ອງຍ່ອຍ; ກະລຸນາຢູ່ໃນຫ້ອງໃຫຍ່ໄປກ່ອນ.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>ຕໍ່ໄປ: %1</translation>
    </message>
</context>
<context>
    <name>sala::CertificateListModel</name>
    <message>
        <source>Completion</source>
        <translation>ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>ມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>ສັດສ່ວນຂອງການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>ຊົ່ວໂມງທີ່ນັບ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
</context>
<context>
    <name>sala::CertificateTemplateDialog</name>
    <message>
        <source>Completion text</source>
        <translation>ຂໍ້ຄວາມໃບຢັ້ງຢືນຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participation text</source>
        <translation>ຂໍ້ຄວາມໃບຢັ້ງຢືນການມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>Make certificates of &amp;participation too</source>
        <translation>ເຮັດໃບຢັ້ງຢືນການມີສ່ວນຮ່ວມນຳ (&amp;P)</translation>
    </message>
    <message>
        <source>Write years in the &amp;Buddhist Era (2026 → 2569), as Thai certificates do</source>
        <translation>ຂຽນປີເປັນພຸດທະສັກກະລາດ (2026 → 2569), ຄືໃບຢັ້ງຢືນຂອງໄທ (&amp;B)</translation>
    </message>
    <message>
        <source>Certificate Template</source>
        <translation>ແມ່ແບບໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Completion title</source>
        <translation>ຫົວຂໍ້ໃບຢັ້ງຢືນຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participation title</source>
        <translation>ຫົວຂໍ້ໃບຢັ້ງຢືນການມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>ຊື່ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <source>Signatory role</source>
        <translation>ຕຳແໜ່ງຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <source>Make certificates of participation too</source>
        <translation>ເຮັດໃບຢັ້ງຢືນການມີສ່ວນຮ່ວມນຳ</translation>
    </message>
    <message>
        <source>Write years in the Buddhist Era</source>
        <translation>ຂຽນປີເປັນພຸດທະສັກກະລາດ</translation>
    </message>
    <message>
        <source>e.g. Programme Director</source>
        <translation>ເຊັ່ນ ຜູ້ອຳນວຍການໂຄງການ</translation>
    </message>
    <message>
        <source>Completion &amp;title:</source>
        <translation>ຫົວຂໍ້ໃບຢັ້ງຢືນຮຽນຈົບ (&amp;T):</translation>
    </message>
    <message>
        <source>Completion te&amp;xt:</source>
        <translation>ຂໍ້ຄວາມໃບຢັ້ງຢືນຮຽນຈົບ (&amp;X):</translation>
    </message>
    <message>
        <source>Participation t&amp;itle:</source>
        <translation>ຫົວຂໍ້ໃບຢັ້ງຢືນການມີສ່ວນຮ່ວມ (&amp;I):</translation>
    </message>
    <message>
        <source>Participation t&amp;ext:</source>
        <translation>ຂໍ້ຄວາມໃບຢັ້ງຢືນການມີສ່ວນຮ່ວມ (&amp;E):</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>ຊື່ຜູ້ລົງນາມ (&amp;N):</translation>
    </message>
    <message>
        <source>Signatory &amp;role:</source>
        <translation>ຕຳແໜ່ງຜູ້ລົງນາມ (&amp;R):</translation>
    </message>
    <message>
        <source>Placeholders: %1. Each line of a text is a line on the certificate; the person&apos;s name is set large.</source>
        <translation>ຕົວແທນຂໍ້ຄວາມ: %1. ແຕ່ລະແຖວຂອງຂໍ້ຄວາມແມ່ນໜຶ່ງແຖວໃນໃບຢັ້ງຢືນ; ຊື່ຂອງຜູ້ຮັບຈະສະແດງເປັນຕົວໃຫຍ່.</translation>
    </message>
    <message>
        <source>Template problems</source>
        <translation>ບັນຫາໃນແມ່ແບບ</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>ກັບຄືນຄ່າຕັ້ງຕົ້ນ (&amp;D)</translation>
    </message>
    <message>
        <source>Sala does not know %1 and will print it as written. Known placeholders: %2.</source>
        <translation>Sala ບໍ່ຮູ້ຈັກ %1 ແລະ ຈະພິມຕາມທີ່ຂຽນໄວ້. ຕົວແທນຂໍ້ຄວາມທີ່ຮູ້ຈັກ: %2.</translation>
    </message>
</context>
<context>
    <name>sala::Certificates</name>
    <message>
        <source>Certificate of Completion</source>
        <translation>ໃບຢັ້ງຢືນການຮຽນຈົບ</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has successfully completed the workshop
{workshop}
held online on {dates} ({hours} hours) by {organizer}.</source>
        <translation>ຂໍຢັ້ງຢືນວ່າ
{name}
ໄດ້ຜ່ານການຝຶກອົບຮົມ
{workshop}
ຈັດຂຶ້ນທາງອອນລາຍ ວັນທີ {dates} ({hours} ຊົ່ວໂມງ) ໂດຍ {organizer}.</translation>
    </message>
    <message>
        <source>Certificate of Participation</source>
        <translation>ໃບຢັ້ງຢືນການມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has participated in the workshop
{workshop}
held online on {dates} by {organizer}, attending {attendedHours} of {hours} hours.</source>
        <translation>ຂໍຢັ້ງຢືນວ່າ
{name}
ໄດ້ເຂົ້າຮ່ວມການຝຶກອົບຮົມ
{workshop}
ຈັດຂຶ້ນທາງອອນລາຍ ວັນທີ {dates} ໂດຍ {organizer}, ໂດຍເຂົ້າຮ່ວມ {attendedHours} ຈາກ {hours} ຊົ່ວໂມງ.</translation>
    </message>
</context>
<context>
    <name>sala::CertificatesPdf</name>
    <message>
        <source>Sala could not save the certificates as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala ບັນທຶກໃບຢັ້ງຢືນເປັນ “%1” ບໍ່ໄດ້ (%2). ໃຫ້ກວດເບິ່ງວ່າມີໂຟນເດີນັ້ນ ແລະ ທ່ານມີສິດຂຽນໃສ່, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The certificates need Qt&apos;s graphics support, which this program did not start. Make them from the Sala window.</source>
        <translation>ໃບຢັ້ງຢືນຕ້ອງໃຊ້ລະບົບກຣາຟິກຂອງ Qt, ເຊິ່ງໂປຣແກຣມນີ້ບໍ່ໄດ້ເປີດໃຊ້. ໃຫ້ສ້າງຈາກໜ້າຕ່າງຂອງ Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the certificates.</source>
        <translation>ບໍ່ໄດ້ໃສ່ຊື່ໄຟລ໌ສຳລັບໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet, so no certificates were written. Import the attendance of every session, or check the thresholds.</source>
        <translation>ຍັງບໍ່ມີໃຜໄດ້ຮັບໃບຢັ້ງຢືນ, ຈຶ່ງບໍ່ໄດ້ຂຽນໃບຢັ້ງຢືນໃດ. ໃຫ້ນຳເຂົ້າການເຂົ້າຮ່ວມຂອງທຸກພາກ, ຫຼື ກວດເບິ່ງເກນ.</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>ບໍ່ສາມາດເລີ່ມສ້າງ PDF ໄດ້</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>ບໍ່ສາມາດສ້າງ PDF ໃຫ້ສຳເລັດໄດ້</translation>
    </message>
</context>
<context>
    <name>sala::Charts</name>
    <message>
        <source>Attended</source>
        <translation>ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>ມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>ຍັງບໍ່ມີໃຜໃນລາຍຊື່.</translation>
    </message>
    <message>
        <source>No joins and leaves are known for this session yet.</source>
        <translation>ຍັງບໍ່ມີຂໍ້ມູນເວລາເຂົ້າ ແລະ ອອກຂອງພາກນີ້.</translation>
    </message>
    <message>
        <source>People in the room, peak %1</source>
        <translation>ຈຳນວນຄົນໃນຫ້ອງ, ສູງສຸດ %1 ຄົນ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ຈຳນວນຄົນ</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>ຈຳນວນຄົນໃນຫ້ອງ</translation>
    </message>
    <message>
        <source>Scheduled start and end</source>
        <translation>ເວລາເລີ່ມ ແລະ ເວລາຈົບຕາມກຳນົດການ</translation>
    </message>
    <message>
        <source>Clock time (%1)</source>
        <translation>ເວລາຕາມໂມງ (%1)</translation>
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
        <translation>ຂໍ້ຄວາມສຳລັບຜູ້ມາຊ້າ (&amp;M)</translation>
    </message>
    <message>
        <source>Present and expected</source>
        <translation>ມາແລ້ວ ແລະ ຄາດວ່າຈະມາ</translation>
    </message>
    <message>
        <source>Type a name, alias or email, then Enter</source>
        <translation>ພິມຊື່, ຊື່ອື່ນ ຫຼື ອີເມວ, ແລ້ວກົດ Enter</translation>
    </message>
    <message>
        <source>Find a participant to check in</source>
        <translation>ຊອກຫາຜູ້ເຂົ້າຮ່ວມເພື່ອເຊັກອິນ</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມທີ່ກົງກັນ</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>ການເຊັກອິນຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Ctrl+M writes a catch-up message for latecomers here and copies it.</source>
        <translation>Ctrl+M ຈະຂຽນຂໍ້ຄວາມສຳລັບຜູ້ມາຊ້າໄວ້ບ່ອນນີ້ ແລະ ສຳເນົາໃຫ້.</translation>
    </message>
    <message>
        <source>Catch-up message</source>
        <translation>ຂໍ້ຄວາມສຳລັບຜູ້ມາຊ້າ</translation>
    </message>
    <message>
        <source>What has happened and what the group is doing now, ready to paste into the chat (Ctrl+M)</source>
        <translation>ສິ່ງທີ່ຜ່ານມາ ແລະ ສິ່ງທີ່ກຸ່ມກຳລັງເຮັດຢູ່ຕອນນີ້, ພ້ອມວາງໃສ່ແຊັດ (Ctrl+M)</translation>
    </message>
    <message>
        <source>Enter: present · Ctrl+L: late · Ctrl+D: left · Ctrl+R: rejoined · Ctrl+Enter: walk-in · Ctrl+M: catch-up message</source>
        <translation>Enter: ມາແລ້ວ · Ctrl+L: ມາຊ້າ · Ctrl+D: ອອກແລ້ວ · Ctrl+R: ກັບເຂົ້າມາໃໝ່ · Ctrl+Enter: ຜູ້ເຂົ້າຮ່ວມນອກລາຍຊື່ · Ctrl+M: ຂໍ້ຄວາມສຳລັບຜູ້ມາຊ້າ</translation>
    </message>
    <message>
        <source>not expected this session</source>
        <translation>ບໍ່ໄດ້ຄາດວ່າຈະມາພາກນີ້</translation>
    </message>
    <message>
        <source>present since %1</source>
        <translation>ມາແລ້ວ ຕັ້ງແຕ່ %1</translation>
    </message>
    <message>
        <source>late, since %1</source>
        <translation>ມາຊ້າ, ຕັ້ງແຕ່ %1</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>ອອກເວລາ %1</translation>
    </message>
    <message>
        <source>rejoined at %1</source>
        <translation>ກັບເຂົ້າມາໃໝ່ເວລາ %1</translation>
    </message>
    <message>
        <source>Check-in — %1</source>
        <translation>ເຊັກອິນ — %1</translation>
    </message>
    <message>
        <source>Check-in — choose a session first</source>
        <translation>ເຊັກອິນ — ໃຫ້ເລືອກພາກກ່ອນ</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more still to come; type to find them</source>
        <translation>
            <numerusform>… ແລະ ຍັງມີອີກ %n ຄົນທີ່ຍັງບໍ່ມາ; ພິມເພື່ອຊອກຫາ</numerusform>
            <numerusform>… ແລະ ຍັງມີອີກ %n ຄົນທີ່ຍັງບໍ່ມາ; ພິມເພື່ອຊອກຫາ</numerusform>
        </translation>
    </message>
    <message>
        <source>as “%1”</source>
        <translation>ໃນຊື່ “%1”</translation>
    </message>
    <message>
        <source>+ Add “%1” as a walk-in (Ctrl+Enter)</source>
        <translation>+ ເພີ່ມ “%1” ເປັນຜູ້ເຂົ້າຮ່ວມນອກລາຍຊື່ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; present of &lt;b&gt;%2&lt;/b&gt; expected</source>
        <translation>ມາແລ້ວ &lt;b&gt;%1&lt;/b&gt; ຈາກ &lt;b&gt;%2&lt;/b&gt; ຄົນທີ່ຄາດວ່າຈະມາ</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>ມາຊ້າ %n</numerusform>
            <numerusform>ມາຊ້າ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>ອອກແລ້ວ %n</numerusform>
            <numerusform>ອອກແລ້ວ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 present at %2</source>
        <translation>%1 ມາແລ້ວ ເວລາ %2</translation>
    </message>
    <message>
        <source>%1 late, arrived at %2</source>
        <translation>%1 ມາຊ້າ, ມາຮອດເວລາ %2</translation>
    </message>
    <message>
        <source>%1 left at %2</source>
        <translation>%1 ອອກເວລາ %2</translation>
    </message>
    <message>
        <source>%1 rejoined at %2</source>
        <translation>%1 ກັບເຂົ້າມາໃໝ່ເວລາ %2</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it</source>
        <translation>Ctrl+Z ເພື່ອຍ້ອນກັບ</translation>
    </message>
    <message>
        <source>%1 is already here (since %2).</source>
        <translation>%1 ມາແລ້ວ (ຕັ້ງແຕ່ %2).</translation>
    </message>
    <message>
        <source>%1 has not arrived, so cannot leave.</source>
        <translation>%1 ຍັງບໍ່ມາ, ຈຶ່ງໝາຍວ່າອອກບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>%1 has not left, so cannot rejoin.</source>
        <translation>%1 ຍັງບໍ່ໄດ້ອອກ, ຈຶ່ງໝາຍວ່າກັບເຂົ້າມາໃໝ່ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Walk-in at %1</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມນອກລາຍຊື່ ເວລາ %1</translation>
    </message>
    <message>
        <source>Walk-in %1 added and present at %2</source>
        <translation>ເພີ່ມຜູ້ເຂົ້າຮ່ວມນອກລາຍຊື່ %1 ແລະ ໝາຍວ່າມາແລ້ວເວລາ %2</translation>
    </message>
    <message>
        <source>Ask for their details and consent later in Roster mode.</source>
        <translation>ໃຫ້ຂໍຂໍ້ມູນ ແລະ ການຍິນຍອມຂອງເຂົາເຈົ້າພາຍຫຼັງໃນໂໝດລາຍຊື່.</translation>
    </message>
    <message>
        <source>The catch-up message is on the clipboard: paste it into the meeting chat.</source>
        <translation>ສຳເນົາຂໍ້ຄວາມສຳລັບຜູ້ມາຊ້າແລ້ວ: ວາງໃສ່ແຊັດຂອງການປະຊຸມໄດ້ເລີຍ.</translation>
    </message>
</context>
<context>
    <name>sala::ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(ບໍ່ນຳເຂົ້າ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ຊື່ທີ່ມັກໃຫ້ເອີ້ນ</translation>
    </message>
    <message>
        <source>Alias (e.g. Zoom name)</source>
        <translation>ຊື່ອື່ນ (ເຊັ່ນ ຊື່ໃນ Zoom)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ປະເພດອົງກອນ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>ຊ່ວງອາຍຸ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>ຈຳນວນພະນັກງານ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Needs interpretation</source>
        <translation>ຕ້ອງການຜູ້ແປພາສາ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>ໃຫ້ການຍິນຍອມແລ້ວ</translation>
    </message>
    <message>
        <source>Consent time / form sent</source>
        <translation>ເວລາຍິນຍອມ / ເວລາສົ່ງແບບຟອມ</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>ສະບັບຂອງແຈ້ງການຄວາມເປັນສ່ວນຕົວ</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>ໄຟລ໌ຕາຕະລາງ</translation>
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
        <translation>ບົດບາດໃນການຝຶກອົບຮົມ</translation>
    </message>
</context>
<context>
    <name>sala::CsvReader</name>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1”, ແຖວ %2, ຖັນ %3: %4</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. Check that quotes inside cells are doubled (&quot;&quot;), then export the file again.</source>
        <translation>ມີເຊວທີ່ເລີ່ມດ້ວຍວົງຢືມຢູ່ບ່ອນນີ້ ແຕ່ບໍ່ມີວົງຢືມປິດ. ໃຫ້ກວດເບິ່ງວ່າວົງຢືມພາຍໃນເຊວຖືກຂຽນສອງເທື່ອ (&quot;&quot;), ແລ້ວສົ່ງອອກໄຟລ໌ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>ມີຂໍ້ຄວາມຢູ່ຫຼັງວົງຢືມປິດຂອງເຊວນີ້. ວົງຢືມພາຍໃນເຊວທີ່ຢູ່ໃນວົງຢືມ ຕ້ອງຂຽນສອງເທື່ອ (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>sala::Demo</name>
    <message>
        <source>look for the demo workshop</source>
        <translation>ຊອກຫາການຝຶກອົບຮົມຕົວຢ່າງ</translation>
    </message>
</context>
<context>
    <name>sala::Duplicates</name>
    <message>
        <source>same email</source>
        <translation>ອີເມວດຽວກັນ</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>ເບີໂທດຽວກັນ</translation>
    </message>
    <message>
        <source>similar name, same organization</source>
        <translation>ຊື່ຄ້າຍກັນ, ອົງກອນດຽວກັນ</translation>
    </message>
</context>
<context>
    <name>sala::GroupExport</name>
    <message>
        <source>Room %1</source>
        <translation>ຫ້ອງ %1</translation>
    </message>
    <message>
        <source>Left out, without an e-mail address (assign them in the meeting): %1</source>
        <translation>ບໍ່ໄດ້ຈັດເຂົ້າ ເພາະບໍ່ມີອີເມວ (ໃຫ້ຈັດເຂົ້າຫ້ອງໃນການປະຊຸມ): %1</translation>
    </message>
    <message>
        <source>%1 share the address %2; Zoom places one account in one room</source>
        <translation>%1 ໃຊ້ອີເມວ %2 ຮ່ວມກັນ; Zoom ຈັດໜຶ່ງບັນຊີໄວ້ໃນຫ້ອງດຽວ</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 rooms; this round has %2</source>
        <translation>Zoom ຈັດຫ້ອງລ່ວງໜ້າໄດ້ບໍ່ເກີນ %1 ຫ້ອງ; ຮອບນີ້ມີ %2 ຫ້ອງ</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 people; this round has %2</source>
        <translation>Zoom ຈັດຄົນເຂົ້າຫ້ອງລ່ວງໜ້າໄດ້ບໍ່ເກີນ %1 ຄົນ; ຮອບນີ້ມີ %2 ຄົນ</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>ຮອບ %1</translation>
    </message>
</context>
<context>
    <name>sala::GroupSolver</name>
    <message>
        <source>round robin</source>
        <translation>ແບບໝູນວຽນ (round robin)</translation>
    </message>
    <message>
        <source>affine plane of order %1</source>
        <translation>ລະນາບອັຟຟາຍ (affine plane) ລຳດັບ %1</translation>
    </message>
    <message>
        <source>resolvable transversal design over GF(%1)</source>
        <translation>ການອອກແບບຕາມຂວາງທີ່ແບ່ງເປັນຮອບໄດ້ (resolvable transversal design) ເທິງ GF(%1)</translation>
    </message>
    <message>
        <source>32 in fours over the binary triples</source>
        <translation>32 ຄົນ ກຸ່ມລະ 4 ຈາກສາມຕົວເລກຖານສອງ (binary triples)</translation>
    </message>
    <message>
        <source>base round shifted over Z%1</source>
        <translation>ຮອບພື້ນຖານທີ່ເລື່ອນໄປເທິງ Z%1</translation>
    </message>
    <message>
        <source>with a single room everyone meets everyone in every round</source>
        <translation>ເມື່ອມີຫ້ອງດຽວ ທຸກຄົນຈະພົບກັບທຸກຄົນໃນທຸກຮອບ</translation>
    </message>
    <message>
        <source>a second round would need every room to take at most one person from each room of the first, and there are only %1 rooms for groups of %2</source>
        <translation>ຮອບທີສອງຈະຕ້ອງໃຫ້ແຕ່ລະຫ້ອງຮັບບໍ່ເກີນໜຶ່ງຄົນຈາກແຕ່ລະຫ້ອງຂອງຮອບທຳອິດ, ແຕ່ມີພຽງ %1 ຫ້ອງສຳລັບກຸ່ມລະ %2 ຄົນ</translation>
    </message>
    <message>
        <source>Euler&apos;s problem of the 36 officers has no solution (Tarry, 1900), so no two Latin squares of order 6 fit together and 36 people in sixes get 3 rounds</source>
        <translation>ບັນຫາເຈົ້າໜ້າທີ່ 36 ຄົນຂອງອອຍເລີ (Euler) ບໍ່ມີຄຳຕອບ (Tarry, 1900), ສະນັ້ນຈະຕຸລັດລາຕິນ (Latin square) ລຳດັບ 6 ສອງອັນໃດກໍເຂົ້າກັນບໍ່ໄດ້ ແລະ 36 ຄົນໃນກຸ່ມລະ 6 ຄົນ ຈະໄດ້ພຽງ 3 ຮອບ</translation>
    </message>
    <message>
        <source>a fifth round would need a nearly Kirkman triple system of order 12, which does not exist</source>
        <translation>ຮອບທີຫ້າຈະຕ້ອງໃຊ້ລະບົບສາມຕົວເກືອບແບບເຄີກແມນ (nearly Kirkman triple system) ລຳດັບ 12, ເຊິ່ງບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>each round everyone meets %1 new people, and there are only %2 others to meet</source>
        <translation>ໃນແຕ່ລະຮອບ ທຸກຄົນພົບຄົນໃໝ່ %1 ຄົນ, ແຕ່ມີຄົນອື່ນໃຫ້ພົບພຽງ %2 ຄົນ</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ຮອບ %1</translation>
    </message>
    <message>
        <source>there is no participant with this id</source>
        <translation>ບໍ່ມີຜູ້ເຂົ້າຮ່ວມທີ່ມີ id ນີ້</translation>
    </message>
    <message>
        <source>%1 is in two rooms of %2; put each person in one room</source>
        <translation>%1 ຢູ່ໃນສອງຫ້ອງຂອງ %2; ໃຫ້ຈັດແຕ່ລະຄົນໄວ້ໃນຫ້ອງດຽວ</translation>
    </message>
    <message>
        <source>the room sizes add up to %1, but %2 people take part; make them add up to %2</source>
        <translation>ຂະໜາດຫ້ອງລວມກັນໄດ້ %1, ແຕ່ມີ %2 ຄົນເຂົ້າຮ່ວມ; ໃຫ້ລວມກັນໃຫ້ໄດ້ %2</translation>
    </message>
    <message>
        <source>%1 people cannot be split into groups of %2 to %3; widen the range</source>
        <translation>ບໍ່ສາມາດແບ່ງ %1 ຄົນເປັນກຸ່ມລະ %2 ຫາ %3 ຄົນໄດ້; ໃຫ້ຂະຫຍາຍຊ່ວງອອກ</translation>
    </message>
    <message>
        <source>say how to form the rooms: give num_groups, group_size, group_sizes, or min_size and max_size</source>
        <translation>ບອກວິທີຈັດຫ້ອງ: ໃສ່ num_groups, group_size, group_sizes, ຫຼື min_size ແລະ max_size</translation>
    </message>
    <message>
        <source>%1 people are too few for %2 rooms; ask for fewer rooms</source>
        <translation>%1 ຄົນໜ້ອຍເກີນໄປສຳລັບ %2 ຫ້ອງ; ໃຫ້ຂໍຈຳນວນຫ້ອງໜ້ອຍລົງ</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, below min_size %4</source>
        <translation>%1 ຄົນໃນ %2 ຫ້ອງ ຈະໄດ້ຫ້ອງລະ %3 ຄົນ, ຕ່ຳກວ່າ min_size %4</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, above max_size %4</source>
        <translation>%1 ຄົນໃນ %2 ຫ້ອງ ຈະໄດ້ຫ້ອງລະ %3 ຄົນ, ເກີນ max_size %4</translation>
    </message>
    <message>
        <source>id is empty; every participant needs one</source>
        <translation>id ຫວ່າງເປົ່າ; ຜູ້ເຂົ້າຮ່ວມທຸກຄົນຕ້ອງມີ id</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 ເປັນ id ຂອງຜູ້ເຂົ້າຮ່ວມຄົນກ່ອນໜ້າແລ້ວ; id ຕ້ອງບໍ່ຊ້ຳກັນ</translation>
    </message>
    <message>
        <source>there is nobody to group; list the participants</source>
        <translation>ບໍ່ມີໃຜໃຫ້ຈັດກຸ່ມ; ໃຫ້ລະບຸລາຍຊື່ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>%1 participants are more than Sala groups at once (%2); split them, for example by language or cohort</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ %1 ຄົນ ຫຼາຍກວ່າທີ່ Sala ຈັດກຸ່ມໄດ້ໃນຄັ້ງດຽວ (%2); ໃຫ້ແບ່ງອອກ, ເຊັ່ນ ຕາມພາສາ ຫຼື ຕາມລຸ້ນ</translation>
    </message>
    <message>
        <source>%1 rounds are more than Sala plans at once (%2)</source>
        <translation>%1 ຮອບ ຫຼາຍກວ່າທີ່ Sala ວາງແຜນໄດ້ໃນຄັ້ງດຽວ (%2)</translation>
    </message>
    <message>
        <source>%1 rounds asked for, but %2 fixed rounds are given; ask for at least %2</source>
        <translation>ຂໍ %1 ຮອບ, ແຕ່ມີຮອບທີ່ກຳນົດໄວ້ແລ້ວ %2 ຮອບ; ໃຫ້ຂໍຢ່າງໜ້ອຍ %2 ຮອບ</translation>
    </message>
    <message>
        <source>max_meetings must be at least 1</source>
        <translation>max_meetings ຕ້ອງຢ່າງໜ້ອຍ 1</translation>
    </message>
    <message>
        <source>round %1 does not exist; rounds are numbered from 0 to %2</source>
        <translation>ບໍ່ມີຮອບ %1; ຮອບມີເລກຈາກ 0 ຫາ %2</translation>
    </message>
    <message>
        <source>group must be a room number from 0</source>
        <translation>group ຕ້ອງເປັນເລກຫ້ອງ ໂດຍນັບຈາກ 0</translation>
    </message>
    <message>
        <source>%1 is pinned in %2 but does not attend it</source>
        <translation>%1 ຖືກກຳນົດຫ້ອງໄວ້ໃນ %2 ແຕ່ບໍ່ໄດ້ເຂົ້າຮ່ວມຮອບນັ້ນ</translation>
    </message>
    <message>
        <source>%1 is pinned to two rooms in %2</source>
        <translation>%1 ຖືກກຳນົດໄວ້ສອງຫ້ອງໃນ %2</translation>
    </message>
    <message>
        <source>group_sizes cannot be combined with homogeneous_attrs, which give each value its own rooms; give num_groups or group_size instead</source>
        <translation>ໃຊ້ group_sizes ຮ່ວມກັບ homogeneous_attrs ບໍ່ໄດ້, ເພາະ homogeneous_attrs ໃຫ້ແຕ່ລະຄ່າມີຫ້ອງຂອງຕົນເອງ; ໃຫ້ໃສ່ num_groups ຫຼື group_size ແທນ</translation>
    </message>
    <message>
        <source>%1 rooms are too few: keeping %2 homogeneous needs one room for each of its %3 values</source>
        <translation>%1 ຫ້ອງໜ້ອຍເກີນໄປ: ການໃຫ້ %2 ຄືກັນໃນແຕ່ລະຫ້ອງ ຕ້ອງມີໜຶ່ງຫ້ອງສຳລັບແຕ່ລະຄ່າທັງ %3 ຄ່າ</translation>
    </message>
    <message>
        <source>%1 is pinned to rooms of different %2 values; pin them to rooms of one</source>
        <translation>%1 ຖືກກຳນົດໄວ້ໃນຫ້ອງທີ່ມີຄ່າ %2 ຕ່າງກັນ; ໃຫ້ກຳນົດໄວ້ໃນຫ້ອງທີ່ມີຄ່າດຽວກັນ</translation>
    </message>
    <message>
        <source>%1 is pinned to a room that does not exist</source>
        <translation>%1 ຖືກກຳນົດໄວ້ໃນຫ້ອງທີ່ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>list at least two participants</source>
        <translation>ໃຫ້ລະບຸຜູ້ເຂົ້າຮ່ວມຢ່າງໜ້ອຍສອງຄົນ</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ມີຊື່ຊ້ຳສອງເທື່ອ</translation>
    </message>
    <message>
        <source>%1 and %2 are to be kept apart and kept together at once; choose one</source>
        <translation>%1 ແລະ %2 ຖືກກຳນົດທັງໃຫ້ແຍກກັນ ແລະ ໃຫ້ຢູ່ນຳກັນໃນເວລາດຽວກັນ; ໃຫ້ເລືອກຢ່າງໃດຢ່າງໜຶ່ງ</translation>
    </message>
    <message>
        <source>%1 and %2 have different %3, which gives them different rooms; they cannot be kept together</source>
        <translation>%1 ແລະ %2 ມີ %3 ຕ່າງກັນ ເຊິ່ງເຮັດໃຫ້ຢູ່ຄົນລະຫ້ອງ; ຈຶ່ງບໍ່ສາມາດໃຫ້ຢູ່ນຳກັນໄດ້</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>ໃນ %1: %2</translation>
    </message>
    <message>
        <source>%1 is pinned to room %2, but %3 has rooms %4 to %5</source>
        <translation>%1 ຖືກກຳນົດໄວ້ໃນຫ້ອງ %2, ແຕ່ %3 ມີຫ້ອງ %4 ຫາ %5</translation>
    </message>
    <message>
        <source>%1 people are pinned to room %2 in %3, which holds only %4</source>
        <translation>ມີ %1 ຄົນຖືກກຳນົດໄວ້ໃນຫ້ອງ %2 ຂອງ %3, ເຊິ່ງຮັບໄດ້ພຽງ %4 ຄົນ</translation>
    </message>
    <message>
        <source>%1 people are to be kept together, but the rooms of %2 hold at most %3</source>
        <translation>ມີ %1 ຄົນທີ່ຕ້ອງຢູ່ນຳກັນ, ແຕ່ຫ້ອງຂອງ %2 ຮັບໄດ້ບໍ່ເກີນ %3 ຄົນ</translation>
    </message>
    <message>
        <source>each person meets about %1 people per round, and only so many of them can be new</source>
        <translation>ແຕ່ລະຄົນພົບປະມານ %1 ຄົນຕໍ່ຮອບ, ແລະ ໃນນັ້ນເປັນຄົນໃໝ່ໄດ້ພຽງຈຳນວນໜຶ່ງເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>%1 for %2 rounds, the rest by tabu search</source>
        <translation>%1 ສຳລັບ %2 ຮອບ, ສ່ວນທີ່ເຫຼືອໃຊ້ tabu search</translation>
    </message>
    <message>
        <source>greedy start and tabu search</source>
        <translation>ເລີ່ມແບບ greedy ແລ້ວໃຊ້ tabu search</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, then tabu search</source>
        <translation>ຮັກສາແຜນເດີມໄວ້ບ່ອນທີ່ຍັງເໝາະ, ແລ້ວໃຊ້ tabu search</translation>
    </message>
    <message>
        <source>At most %1 of the %2 rounds can be free of repeated pairs: %3.</source>
        <translation>ໃນ %2 ຮອບ ມີໄດ້ບໍ່ເກີນ %1 ຮອບທີ່ບໍ່ມີຄູ່ພົບກັນຊ້ຳ: %3.</translation>
    </message>
    <message>
        <source>This schedule has %1 repeated pairs.</source>
        <translation>ຕາຕະລາງນີ້ມີຄູ່ທີ່ພົບກັນຊ້ຳ %1 ຄູ່.</translation>
    </message>
    <message>
        <source>Alternatives: %1 rounds with nobody meeting twice</source>
        <translation>ທາງເລືອກ: %1 ຮອບ ໂດຍບໍ່ມີໃຜພົບກັນສອງເທື່ອ</translation>
    </message>
    <message>
        <source>, or groups of about %1, which by counting allow up to %2 rounds</source>
        <translation>, ຫຼື ກຸ່ມລະປະມານ %1 ຄົນ, ເຊິ່ງຕາມການນັບແລ້ວໄດ້ເຖິງ %2 ຮອບ</translation>
    </message>
    <message>
        <source>The time limit ended the search at %1 repeated pairs against a lower bound of %2; a longer time limit may find fewer.</source>
        <translation>ການຄົ້ນຫາຢຸດເພາະໝົດເວລາທີ່ກຳນົດ ທີ່ %1 ຄູ່ພົບກັນຊ້ຳ ທຽບກັບຂອບເຂດຕ່ຳສຸດ %2; ຖ້າໃຫ້ເວລາດົນກວ່ານີ້ອາດຈະພົບໜ້ອຍກວ່າ.</translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept apart shares a room %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>ຄູ່ທີ່ຕ້ອງແຍກກັນ ຢູ່ຫ້ອງດຽວກັນ %n ເທື່ອ; ບໍ່ພົບຕາຕະລາງທີ່ຫຼີກລ່ຽງໄດ້.</numerusform>
            <numerusform>ຄູ່ທີ່ຕ້ອງແຍກກັນ ຢູ່ຫ້ອງດຽວກັນ %n ເທື່ອ; ບໍ່ພົບຕາຕະລາງທີ່ຫຼີກລ່ຽງໄດ້.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept together is split %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>ຄູ່ທີ່ຕ້ອງຢູ່ນຳກັນ ຖືກແຍກ %n ເທື່ອ; ບໍ່ພົບຕາຕະລາງທີ່ຫຼີກລ່ຽງໄດ້.</numerusform>
            <numerusform>ຄູ່ທີ່ຕ້ອງຢູ່ນຳກັນ ຖືກແຍກ %n ເທື່ອ; ບໍ່ພົບຕາຕະລາງທີ່ຫຼີກລ່ຽງໄດ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; this is the best schedule found so far.</source>
        <translation>ຢຸດກ່ອນສຳເລັດ; ນີ້ແມ່ນຕາຕະລາງທີ່ດີທີ່ສຸດທີ່ພົບມາຮອດຕອນນີ້.</translation>
    </message>
    <message>
        <source>Kirkman triple system of order %1</source>
        <translation>ລະບົບສາມຕົວແບບເຄີກແມນ (Kirkman triple system) ລຳດັບ %1</translation>
    </message>
    <message>
        <source>nearly Kirkman triple system of order %1</source>
        <translation>ລະບົບສາມຕົວເກືອບແບບເຄີກແມນ (nearly Kirkman triple system) ລຳດັບ %1</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, newcomers placed by exact search</source>
        <translation>ຮັກສາແຜນເດີມໄວ້ບ່ອນທີ່ຍັງເໝາະ, ຈັດຄົນມາໃໝ່ດ້ວຍການຄົ້ນຫາແບບຄົບຖ້ວນ (exact search)</translation>
    </message>
    <message>
        <source>No schedule can have fewer than %1 repeated pairs with these rooms, rounds and earlier meetings; this schedule has %2.</source>
        <translation>ດ້ວຍຫ້ອງ, ຮອບ ແລະ ການພົບກັນກ່ອນໜ້ານີ້ ຈະຫຼີກລ່ຽງຄູ່ທີ່ພົບກັນຊ້ຳບໍ່ໄດ້ຢ່າງໜ້ອຍ %1 ຄູ່; ຕາຕະລາງນີ້ມີ %2 ຄູ່.</translation>
    </message>
    <message>
        <source>23 people in rooms of 5, 5, 5, 4, 4 would have to meet all but one of their 253 pairs exactly once in six rounds, which is proven impossible</source>
        <translation>ຄົນ 23 ຄົນໃນຫ້ອງ 5, 5, 5, 4, 4 ຈະຕ້ອງໃຫ້ທຸກຄູ່ໃນ 253 ຄູ່ ຍົກເວັ້ນຄູ່ດຽວ ໄດ້ພົບກັນພຽງຄັ້ງດຽວພໍດີໃນຫົກຮອບ, ເຊິ່ງໄດ້ພິສູດແລ້ວວ່າເປັນໄປບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>sala::GroupsJson</name>
    <message>
        <source>a list</source>
        <translation>ລາຍການ (list)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ອອບເຈັກ (object)</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; known here: %2</source>
        <translation>ບໍ່ຮູ້ຈັກ &quot;%1&quot;; ທີ່ໃຊ້ໄດ້ຢູ່ບ່ອນນີ້: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>ຕ້ອງເປັນຈຳນວນເຕັມຈາກ %1 ຫາ %2, ບໍ່ແມ່ນ %3</translation>
    </message>
    <message>
        <source>must be a list in square brackets [ ], not %1</source>
        <translation>ຕ້ອງເປັນລາຍການໃນວົງເລັບສີ່ຫຼ່ຽມ [ ], ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>must be a name in double quotes, not %1</source>
        <translation>ຕ້ອງເປັນຊື່ໃນວົງຢືມຄູ່, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>must be a participant id in double quotes, not %1</source>
        <translation>ຕ້ອງເປັນ id ຜູ້ເຂົ້າຮ່ວມໃນວົງຢືມຄູ່, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>no participant has the id %1; add them to &quot;participants&quot; or correct the id</source>
        <translation>ບໍ່ມີຜູ້ເຂົ້າຮ່ວມທີ່ມີ id %1; ໃຫ້ເພີ່ມເຂົ້າໃນ &quot;participants&quot; ຫຼື ແກ້ໄຂ id</translation>
    </message>
    <message>
        <source>must be a list of participant ids, not %1</source>
        <translation>ຕ້ອງເປັນລາຍການ id ຜູ້ເຂົ້າຮ່ວມ, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>each round must be a list of rooms, each a list of ids, not %1</source>
        <translation>ແຕ່ລະຮອບຕ້ອງເປັນລາຍການຫ້ອງ, ແຕ່ລະຫ້ອງເປັນລາຍການ id, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>participants is missing; list the people to group, for example [{&quot;id&quot;: &quot;p01&quot;}]</source>
        <translation>ຂາດ participants; ໃຫ້ລະບຸຄົນທີ່ຈະຈັດກຸ່ມ, ເຊັ່ນ [{&quot;id&quot;: &quot;p01&quot;}]</translation>
    </message>
    <message>
        <source>each participant must be an object in braces { }, not %1</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມແຕ່ລະຄົນຕ້ອງເປັນອອບເຈັກໃນວົງເລັບປີກກາ { }, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>id is missing; every participant needs one</source>
        <translation>ຂາດ id; ຜູ້ເຂົ້າຮ່ວມທຸກຄົນຕ້ອງມີ id</translation>
    </message>
    <message>
        <source>id must be non-empty text in double quotes, not %1</source>
        <translation>id ຕ້ອງເປັນຂໍ້ຄວາມທີ່ບໍ່ຫວ່າງໃນວົງຢືມຄູ່, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 ເປັນ id ຂອງຜູ້ເຂົ້າຮ່ວມຄົນກ່ອນໜ້າແລ້ວ; id ຕ້ອງບໍ່ຊ້ຳກັນ</translation>
    </message>
    <message>
        <source>must be text in double quotes, not %1</source>
        <translation>ຕ້ອງເປັນຂໍ້ຄວາມໃນວົງຢືມຄູ່, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>attrs must be an object such as {&quot;country&quot;: &quot;TH&quot;}, not %1</source>
        <translation>attrs ຕ້ອງເປັນອອບເຈັກ ເຊັ່ນ {&quot;country&quot;: &quot;TH&quot;}, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>attendance must be an object such as {&quot;p07&quot;: [0, 1]}, not %1</source>
        <translation>attendance ຕ້ອງເປັນອອບເຈັກ ເຊັ່ນ {&quot;p07&quot;: [0, 1]}, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>no participant has the id &quot;%1&quot;</source>
        <translation>ບໍ່ມີຜູ້ເຂົ້າຮ່ວມທີ່ມີ id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be the list of rounds the person attends, such as [0, 1], not %1</source>
        <translation>ຕ້ອງເປັນລາຍການຮອບທີ່ຄົນນີ້ເຂົ້າຮ່ວມ, ເຊັ່ນ [0, 1], ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>constraints must be an object in braces { }, not %1</source>
        <translation>constraints ຕ້ອງເປັນອອບເຈັກໃນວົງເລັບປີກກາ { }, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>min_size (%1) is above max_size (%2)</source>
        <translation>min_size (%1) ຫຼາຍກວ່າ max_size (%2)</translation>
    </message>
    <message>
        <source>%1 sizes given for %2 rooms (num_groups); give one size per room</source>
        <translation>ໃຫ້ຂະໜາດມາ %1 ຄ່າ ສຳລັບ %2 ຫ້ອງ (num_groups); ໃຫ້ໃສ່ໜຶ່ງຂະໜາດຕໍ່ຫ້ອງ</translation>
    </message>
    <message>
        <source>each pin must be an object such as {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0}, not %1</source>
        <translation>ແຕ່ລະ pin ຕ້ອງເປັນອອບເຈັກ ເຊັ່ນ {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0}, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>id is missing; say whom to pin</source>
        <translation>ຂາດ id; ໃຫ້ບອກວ່າຈະກຳນົດຫ້ອງໃຫ້ໃຜ</translation>
    </message>
    <message>
        <source>group is missing; give the room number, counting from 0</source>
        <translation>ຂາດ group; ໃຫ້ໃສ່ເລກຫ້ອງ ໂດຍນັບຈາກ 0</translation>
    </message>
    <message>
        <source>This is not a breakout problem: it holds %1 instead of an object with &quot;participants&quot;.</source>
        <translation>ນີ້ບໍ່ແມ່ນໄຟລ໌ໂຈດການຈັດຫ້ອງຍ່ອຍ: ມັນມີ %1 ແທນທີ່ຈະເປັນອອບເຈັກທີ່ມີ &quot;participants&quot;.</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not valid JSON (%3)</source>
        <translation>ແຖວ %1, ຖັນ %2: ໄຟລ໌ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ (%3)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ໄດ້ (%1)</translation>
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
            <numerusform>%1, ແຕ່ມີ %n ຄົນໃນລາຍຊື່ທີ່ກົງກັນ: %2</numerusform>
            <numerusform>%1, ແຕ່ມີ %n ຄົນໃນລາຍຊື່ທີ່ກົງກັນ: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>ອີເມວດຽວກັນ %1</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>ຊື່ອື່ນ %1</translation>
    </message>
    <message>
        <source>preferred name %1</source>
        <translation>ຊື່ທີ່ມັກໃຫ້ເອີ້ນ %1</translation>
    </message>
    <message>
        <source>same name %1</source>
        <translation>ຊື່ດຽວກັນ %1</translation>
    </message>
    <message>
        <source>same name as %1 apart from case, spacing or accents</source>
        <translation>ຊື່ດຽວກັນກັບ %1 ຕ່າງກັນພຽງຕົວພິມໃຫຍ່-ນ້ອຍ, ການຍະຫວ່າງ ຫຼື ເຄື່ອງໝາຍສຽງ</translation>
    </message>
    <message>
        <source>name matches after removing %1</source>
        <translation>ຊື່ກົງກັນຫຼັງຈາກຕັດ %1 ອອກ</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ແລະ </translation>
    </message>
    <message>
        <source>%1% similar to %2</source>
        <translation>ຄ້າຍກັບ %2 %1%</translation>
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
        <translation>ກົງກັບ %1 (%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ໃຫ້ແລ້ວ</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>ບໍ່ໄດ້ໃຫ້</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ກວດສອບ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ການຍິນຍອມ</translation>
    </message>
</context>
<context>
    <name>sala::Library</name>
    <message>
        <source>“%1” is missing from this build of Sala.</source>
        <translation>“%1” ບໍ່ມີໃນ Sala ລຸ້ນນີ້.</translation>
    </message>
    <message>
        <source>The method library is not valid JSON: %1</source>
        <translation>ຄັງວິທີການບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: %1</translation>
    </message>
    <message>
        <source>This is not a Sala method library (&quot;format&quot; must be &quot;sala-methods&quot;).</source>
        <translation>ນີ້ບໍ່ແມ່ນຄັງວິທີການຂອງ Sala (&quot;format&quot; ຕ້ອງເປັນ &quot;sala-methods&quot;).</translation>
    </message>
    <message>
        <source>This method library needs a newer version of Sala.</source>
        <translation>ຄັງວິທີການນີ້ຕ້ອງໃຊ້ Sala ລຸ້ນໃໝ່ກວ່ານີ້.</translation>
    </message>
    <message>
        <source>The method library has no &quot;methods&quot; list.</source>
        <translation>ຄັງວິທີການບໍ່ມີລາຍການ &quot;methods&quot;.</translation>
    </message>
    <message>
        <source>The method library has problems:
%1</source>
        <translation>ຄັງວິທີການມີບັນຫາ:
%1</translation>
    </message>
    <message>
        <source>save the template</source>
        <translation>ບັນທຶກແມ່ແບບ</translation>
    </message>
    <message>
        <source>read the templates</source>
        <translation>ອ່ານແມ່ແບບ</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>ລຶບແມ່ແບບ</translation>
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
        <translation>ຖານຂໍ້ມູນ: %1</translation>
    </message>
    <message>
        <source>Every change is saved to this file at once; there is no Save button.</source>
        <translation>ທຸກການປ່ຽນແປງຖືກບັນທຶກລົງໄຟລ໌ນີ້ທັນທີ; ບໍ່ມີປຸ່ມບັນທຶກ.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>ແຜນ (&amp;P)</translation>
    </message>
    <message>
        <source>The session&apos;s activities and timings</source>
        <translation>ກິດຈະກຳ ແລະ ເວລາຂອງພາກ</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>ລາຍຊື່ (&amp;R)</translation>
    </message>
    <message>
        <source>Participants of the workshop</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>&amp;Breakouts</source>
        <translation>ກຸ່ມຍ່ອຍ (&amp;B)</translation>
    </message>
    <message>
        <source>Breakout rooms, rounds and broadcast texts</source>
        <translation>ຫ້ອງຍ່ອຍ, ຮອບ ແລະ ຂໍ້ຄວາມກະຈາຍ</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>ດຳເນີນ (&amp;U)</translation>
    </message>
    <message>
        <source>Run the session live</source>
        <translation>ດຳເນີນພາກແບບສົດ</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>ລາຍງານ (&amp;P)</translation>
    </message>
    <message>
        <source>Attendance and planning reports</source>
        <translation>ລາຍງານການເຂົ້າຮ່ວມ ແລະ ການວາງແຜນ</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>ໂໝດ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>ການຝຶກອົບຮົມ (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>ພາກ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ໄຟລ໌ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>ການຝຶກອົບຮົມໃໝ່ (&amp;N)…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>ສ້າງໃໝ່ຈາກແມ່ແບບ (&amp;T)…</translation>
    </message>
    <message>
        <source>Workshop &amp;Settings…</source>
        <translation>ການຕັ້ງຄ່າການຝຶກອົບຮົມ (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>ນຳເຂົ້າແຜນ (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>ສົ່ງອອກພາກ (&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Workshop…</source>
        <translation>ສົ່ງອອກການຝຶກອົບຮົມ (&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Run Sheet…</source>
        <translation>ແຜ່ນກຳນົດການ (&amp;R)…</translation>
    </message>
    <message>
        <source>Write the session&apos;s run sheet as PDF, HTML or Markdown for printing</source>
        <translation>ສ້າງແຜ່ນກຳນົດການຂອງພາກເປັນ PDF, HTML ຫຼື Markdown ເພື່ອພິມ</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>ສຳຮອງຖານຂໍ້ມູນ (&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to a file of your choice</source>
        <translation>ບັນທຶກສຳເນົາຂອງຖານຂໍ້ມູນທັງໝົດໄວ້ໃນໄຟລ໌ທີ່ທ່ານເລືອກ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ແກ້ໄຂ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນກັບ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ການຕັ້ງຄ່າ (&amp;P)…</translation>
    </message>
    <message>
        <source>Save Activity as &amp;Template</source>
        <translation>ບັນທຶກກິດຈະກຳເປັນແມ່ແບບ (&amp;T)</translation>
    </message>
    <message>
        <source>Save Session as Te&amp;mplate</source>
        <translation>ບັນທຶກພາກເປັນແມ່ແບບ (&amp;M)</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>ລາຍຊື່ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ປຸ່ມລັດ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Sala</source>
        <translation>ກ່ຽວກັບ Sala (&amp;A)</translation>
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
        <translation>ການຝຶກອົບຮົມໃໝ່</translation>
    </message>
    <message>
        <source>Session 1</source>
        <translation>ພາກທີ 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n ພາກ)</numerusform>
            <numerusform>%1 (%n ພາກ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (my session template)</source>
        <translation>%1 (ແມ່ແບບພາກຂອງຂ້ອຍ)</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>ສ້າງໃໝ່ຈາກແມ່ແບບ</translation>
    </message>
    <message>
        <source>Start a new workshop from:</source>
        <translation>ເລີ່ມການຝຶກອົບຮົມໃໝ່ຈາກ:</translation>
    </message>
    <message>
        <source>Workshop Settings</source>
        <translation>ການຕັ້ງຄ່າການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>“%1” is now in your method library (Plan ▸ Add).</source>
        <translation>“%1” ຢູ່ໃນຄັງວິທີການຂອງທ່ານແລ້ວ (ແຜນ ▸ ເພີ່ມ).</translation>
    </message>
    <message>
        <source>“%1” is saved as a template (File ▸ New from Template).</source>
        <translation>ບັນທຶກ “%1” ເປັນແມ່ແບບແລ້ວ (ໄຟລ໌ ▸ ສ້າງໃໝ່ຈາກແມ່ແບບ).</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>ຂຽນ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>ນຳເຂົ້າແຜນ</translation>
    </message>
    <message>
        <source>Sala plans (*.json);;All files (*)</source>
        <translation>ແຜນ Sala (*.json);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>ອ່ານ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be imported; nothing was changed. Problems found: %n</source>
        <translation>
            <numerusform>ນຳເຂົ້າ “%1” ບໍ່ໄດ້; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ບັນຫາທີ່ພົບ: %n</numerusform>
            <numerusform>ນຳເຂົ້າ “%1” ບໍ່ໄດ້; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ບັນຫາທີ່ພົບ: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the workshop “%1”.</source>
        <translation>ນຳເຂົ້າການຝຶກອົບຮົມ “%1” ແລ້ວ.</translation>
    </message>
    <message>
        <source>“%1” holds one session. Open or create the workshop it belongs to first, then import it again.</source>
        <translation>“%1” ມີພາກດຽວ. ໃຫ້ເປີດ ຫຼື ສ້າງການຝຶກອົບຮົມທີ່ພາກນີ້ສັງກັດກ່ອນ, ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Import the session “%1”</source>
        <translation>ນຳເຂົ້າພາກ “%1”</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>ສົ່ງອອກພາກ</translation>
    </message>
    <message>
        <source>Sala plans (*.json)</source>
        <translation>ແຜນ Sala (*.json)</translation>
    </message>
    <message>
        <source>Session exported to %1</source>
        <translation>ສົ່ງອອກພາກໄປທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Export Workshop</source>
        <translation>ສົ່ງອອກການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Workshop exported to %1</source>
        <translation>ສົ່ງອອກການຝຶກອົບຮົມໄປທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Run Sheet</source>
        <translation>ແຜ່ນກຳນົດການ</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;ໜ້າເວັບ (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Run sheet written to %1</source>
        <translation>ບັນທຶກແຜ່ນກຳນົດການໄວ້ທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>ສຳຮອງຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Sala databases (*.db)</source>
        <translation>ຖານຂໍ້ມູນ Sala (*.db)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>ບັນທຶກໄຟລ໌ສຳຮອງໄວ້ທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Choose the workshop</source>
        <translation>ເລືອກການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>ເລືອກພາກ</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>ລາຍການປຸ່ມລັດນີ້</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ອອກ</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>ປຸ່ມລັດ</translation>
    </message>
    <message>
        <source>Import &amp;Attendance…</source>
        <translation>ນຳເຂົ້າການເຂົ້າຮ່ວມ (&amp;A)…</translation>
    </message>
    <message>
        <source>Read a participants report from Zoom, Teams or Google Meet into the current session</source>
        <translation>ອ່ານລາຍງານຜູ້ເຂົ້າຮ່ວມຈາກ Zoom, Teams ຫຼື Google Meet ເຂົ້າໃນພາກປັດຈຸບັນ</translation>
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
        <translation>ແພລດຟອມອື່ນ</translation>
    </message>
    <message>
        <source>Welcome / briefing</source>
        <translation>ຕ້ອນຮັບ / ຊີ້ແຈງ</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>ກິດຈະກຳສ້າງຄວາມຄຸ້ນເຄີຍ</translation>
    </message>
    <message>
        <source>Input / presentation</source>
        <translation>ເນື້ອຫາ / ການນຳສະເໜີ</translation>
    </message>
    <message>
        <source>Individual work</source>
        <translation>ວຽກສ່ວນບຸກຄົນ</translation>
    </message>
    <message>
        <source>Breakout group work</source>
        <translation>ວຽກກຸ່ມຍ່ອຍ</translation>
    </message>
    <message>
        <source>Plenary debrief</source>
        <translation>ສະຫຼຸບໃນກຸ່ມໃຫຍ່</translation>
    </message>
    <message>
        <source>Poll / quiz</source>
        <translation>ສຳຫຼວດ / ແບບທົດສອບ</translation>
    </message>
    <message>
        <source>Energizer</source>
        <translation>ກິດຈະກຳກະຕຸ້ນ</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>ພັກ</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>ວາງແຜນປະຕິບັດງານ</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>ການປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <source>Keep home groups</source>
        <translation>ຢູ່ກຸ່ມປະຈຳເດີມ</translation>
    </message>
    <message>
        <source>New mix</source>
        <translation>ປະສົມກຸ່ມໃໝ່</translation>
    </message>
    <message>
        <source>Trios or pairs</source>
        <translation>ກຸ່ມສາມຄົນ ຫຼື ຄູ່</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>ຕາມພາສາ</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>ຈັດເອງ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ຊາຍ</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>ເພດອື່ນ</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>ວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>BDS provider</source>
        <translation>ຜູ້ໃຫ້ບໍລິການພັດທະນາທຸລະກິດ (BDS)</translation>
    </message>
    <message>
        <source>Employers&apos; organization</source>
        <translation>ອົງການຈັດຕັ້ງນາຍຈ້າງ</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>ສະມາຄົມທຸລະກິດ</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ອົງການທີ່ບໍ່ແມ່ນລັດຖະບານ (NGO)</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>ລັດຖະບານ</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(ບໍ່ໄດ້ລະບຸ)</translation>
    </message>
    <message>
        <source>Needs &amp;interpretation</source>
        <translation>ຕ້ອງການຜູ້ແປພາສາ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Consent given</source>
        <translation>ໃຫ້ການຍິນຍອມແລ້ວ (&amp;C)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ບໍ່ໄດ້ໃຫ້</translation>
    </message>
    <message>
        <source>e.g. Khmer, English or km, en</source>
        <translation>ເຊັ່ນ Khmer, English ຫຼື km, en</translation>
    </message>
    <message>
        <source>version of the privacy notice, e.g. 2026-01</source>
        <translation>ສະບັບຂອງແຈ້ງການຄວາມເປັນສ່ວນຕົວ, ເຊັ່ນ 2026-01</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>ຊື່ຕາມທີ່ຂຽນ</translation>
    </message>
    <message>
        <source>Exactly as the person writes it; Sala never splits names into given and family names.</source>
        <translation>ຂຽນໃຫ້ຄືກັບທີ່ເຈົ້າຕົວຂຽນ; Sala ບໍ່ແຍກຊື່ອອກເປັນຊື່ ແລະ ນາມສະກຸນ.</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>ຊື່ອື່ນ, ແຖວລະຊື່</translation>
    </message>
    <message>
        <source>Other names the person appears under, such as a Zoom display name; one per line.</source>
        <translation>ຊື່ອື່ນທີ່ຄົນນີ້ໃຊ້, ເຊັ່ນ ຊື່ທີ່ສະແດງໃນ Zoom; ແຖວລະຊື່.</translation>
    </message>
    <message>
        <source>Other email addresses</source>
        <translation>ອີເມວອື່ນ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ຊື່ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>ຊື່ທີ່ມັກໃຫ້ເອີ້ນ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>ຊື່ອື່ນ (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ອີເມວ (&amp;E):</translation>
    </message>
    <message>
        <source>Other e&amp;mails:</source>
        <translation>ອີເມວອື່ນ (&amp;M):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>ໂທລະສັບ (&amp;H):</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>ປະເທດ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>ເພດ (&amp;S):</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>ອາຍຸ (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>ພາສາ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>ອົງກອນ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ປະເພດ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>ຈຳນວນພະນັກງານ (&amp;E):</translation>
    </message>
    <message>
        <source>Size class:</source>
        <translation>ຂະໜາດວິສາຫະກິດ:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>ຂະແໜງການ (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>ວັນເວລາ (&amp;W):</translation>
    </message>
    <message>
        <source>Privacy &amp;notice:</source>
        <translation>ແຈ້ງການຄວາມເປັນສ່ວນຕົວ (&amp;N):</translation>
    </message>
    <message>
        <source>Agreed purposes</source>
        <translation>ຈຸດປະສົງທີ່ຕົກລົງ</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ໝາຍເຫດ (&amp;O):</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ແຫຼ່ງທີ່ມາ: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation>ການຍິນຍອມ ແລະ ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Every participant needs a name, written as they write it.</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມທຸກຄົນຕ້ອງມີຊື່ ໂດຍຂຽນຕາມທີ່ເຈົ້າຕົວຂຽນ.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ.</translation>
    </message>
    <message>
        <source>Write languages as names or codes separated by commas, such as “Khmer, English” or “km, en”.</source>
        <translation>ຂຽນພາສາເປັນຊື່ ຫຼື ລະຫັດ ແຍກດ້ວຍເຄື່ອງໝາຍຈຸດ (,), ເຊັ່ນ “Khmer, English” ຫຼື “km, en”.</translation>
    </message>
    <message>
        <source>— (no head count)</source>
        <translation>— (ບໍ່ມີຈຳນວນພະນັກງານ)</translation>
    </message>
    <message>
        <source>Role in this workshop</source>
        <translation>ບົດບາດໃນການຝຶກອົບຮົມນີ້</translation>
    </message>
    <message>
        <source>Facilitators and interpreters go into breakout rooms but are never counted; observers (a producer or co-host, a visitor) are neither placed in rooms nor counted. Reports count participants only.</source>
        <translation>ຜູ້ອຳນວຍຄວາມສະດວກ ແລະ ນາຍພາສາ ຈະຖືກຈັດເຂົ້າຫ້ອງຍ່ອຍ ແຕ່ບໍ່ຖືກນັບ; ຜູ້ສັງເກດການ (ເຊັ່ນ ຜູ້ຊ່ວຍດ້ານເຕັກນິກ ຫຼື ເຈົ້າພາບຮ່ວມ, ແຂກ) ບໍ່ຖືກຈັດເຂົ້າຫ້ອງ ແລະ ບໍ່ຖືກນັບ. ລາຍງານນັບສະເພາະຜູ້ເຂົ້າຮ່ວມເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ບົດບາດ (&amp;R):</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantRole</name>
    <message>
        <source>Participant</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>ຜູ້ອຳນວຍຄວາມສະດວກ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ນາຍພາສາ</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>ຜູ້ສັງເກດການ</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>ຜູ້ອຳນວຍຄວາມສະດວກ %n ຄົນ</numerusform>
            <numerusform>ຜູ້ອຳນວຍຄວາມສະດວກ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s)</source>
        <translation>
            <numerusform>ນາຍພາສາ %n ຄົນ</numerusform>
            <numerusform>ນາຍພາສາ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>ຜູ້ສັງເກດການ %n ຄົນ</numerusform>
            <numerusform>ຜູ້ສັງເກດການ %n ຄົນ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::ParticipantTableModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນແລ້ວ)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ໃຫ້ແລ້ວ</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>ບໍ່ໄດ້ໃຫ້</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ຄາດວ່າຈະມາ</translation>
    </message>
    <message>
        <source>Not this session</source>
        <translation>ບໍ່ແມ່ນພາກນີ້</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Personal data erased on %1; only anonymous counts are kept.</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນແລ້ວເມື່ອ %1; ເກັບໄວ້ພຽງຈຳນວນນັບແບບບໍ່ລະບຸຊື່.</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>ຊື່ອື່ນ: %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>ໃຫ້ເມື່ອ %1</translation>
    </message>
    <message>
        <source>Given (time not recorded)</source>
        <translation>ໃຫ້ແລ້ວ (ບໍ່ໄດ້ບັນທຶກເວລາ)</translation>
    </message>
    <message>
        <source>Privacy notice %1</source>
        <translation>ແຈ້ງການຄວາມເປັນສ່ວນຕົວ %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ຊື່ທີ່ມັກໃຫ້ເອີ້ນ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ປະເພດອົງກອນ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>ຈຳນວນພະນັກງານ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ການຍິນຍອມ</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>ພາກນີ້</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>ເຊັກອິນ</translation>
    </message>
    <message>
        <source>Change the %1 of “%2”</source>
        <translation>ປ່ຽນ %1 ຂອງ “%2”</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
</context>
<context>
    <name>sala::PdfPages</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>ບໍ່ສາມາດເລີ່ມສ້າງ PDF ໄດ້</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ໜ້າ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>ບໍ່ສາມາດສ້າງ PDF ໃຫ້ສຳເລັດໄດ້</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLog</name>
    <message>
        <source>record the export in the personal data log</source>
        <translation>ບັນທຶກການສົ່ງອອກໄວ້ໃນບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ</translation>
    </message>
    <message>
        <source>read the personal data log</source>
        <translation>ອ່ານບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ</translation>
    </message>
    <message>
        <source>Roster export</source>
        <translation>ການສົ່ງອອກລາຍຊື່</translation>
    </message>
    <message>
        <source>Access request export</source>
        <translation>ການສົ່ງອອກຕາມຄຳຮ້ອງຂໍເຂົ້າເຖິງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>ການລົບລ້າງ</translation>
    </message>
    <message>
        <source>Erasure at the end of retention</source>
        <translation>ການລົບລ້າງເມື່ອໝົດໄລຍະເກັບຮັກສາ</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLogDialog</name>
    <message>
        <source>Personal Data Log</source>
        <translation>ບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ</translation>
    </message>
    <message>
        <source>Every export that contained personal data, and every erasure, as Sala recorded it. The log holds numbers, not names, so it keeps nothing of the people it mentions.</source>
        <translation>ທຸກການສົ່ງອອກທີ່ມີຂໍ້ມູນສ່ວນບຸກຄົນ ແລະ ທຸກການລົບລ້າງ ຕາມທີ່ Sala ບັນທຶກໄວ້. ບັນທຶກນີ້ເກັບແຕ່ຕົວເລກ, ບໍ່ເກັບຊື່, ສະນັ້ນຈຶ່ງບໍ່ມີຂໍ້ມູນຂອງຄົນທີ່ກ່າວເຖິງເລີຍ.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ເມື່ອໃດ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ການກະທຳ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ຈຳນວນຄົນ</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>ບໍ່ມີການຍິນຍອມ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Personal data log</source>
        <translation>ບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ</translation>
    </message>
    <message>
        <source> (command line)</source>
        <translation> (ແຖວຄຳສັ່ງ)</translation>
    </message>
</context>
<context>
    <name>sala::PlanCheck</name>
    <message numerus="yes">
        <source>%n minutes without a break or energizer by the end of “%1”; people online tire after about 90.</source>
        <translation>
            <numerusform>ເມື່ອຮອດທ້າຍ “%1” ແມ່ນ %n ນາທີແລ້ວທີ່ບໍ່ມີການພັກ ຫຼື ກິດຈະກຳກະຕຸ້ນ; ຄົນທີ່ຮຽນອອນລາຍມັກເມື່ອຍຫຼັງຈາກປະມານ 90 ນາທີ.</numerusform>
            <numerusform>ເມື່ອຮອດທ້າຍ “%1” ແມ່ນ %n ນາທີແລ້ວທີ່ບໍ່ມີການພັກ ຫຼື ກິດຈະກຳກະຕຸ້ນ; ຄົນທີ່ຮຽນອອນລາຍມັກເມື່ອຍຫຼັງຈາກປະມານ 90 ນາທີ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan ends %n minutes after the target end (%1); shorten or remove activities.</source>
        <translation>
            <numerusform>ແຜນຈົບຫຼັງເວລາເປົ້າໝາຍ (%1) %n ນາທີ; ໃຫ້ຫຍໍ້ ຫຼື ເອົາກິດຈະກຳອອກ.</numerusform>
            <numerusform>ແຜນຈົບຫຼັງເວລາເປົ້າໝາຍ (%1) %n ນາທີ; ໃຫ້ຫຍໍ້ ຫຼື ເອົາກິດຈະກຳອອກ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” must start at %2, but the activities before it end %n minutes later.</source>
        <translation>
            <numerusform>“%1” ຕ້ອງເລີ່ມເວລາ %2, ແຕ່ກິດຈະກຳກ່ອນໜ້າຈົບຊ້າກວ່ານັ້ນ %n ນາທີ.</numerusform>
            <numerusform>“%1” ຕ້ອງເລີ່ມເວລາ %2, ແຕ່ກິດຈະກຳກ່ອນໜ້າຈົບຊ້າກວ່ານັ້ນ %n ນາທີ.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” needs %2 breakout rooms; %3 allows at most %4.</source>
        <translation>“%1” ຕ້ອງການຫ້ອງຍ່ອຍ %2 ຫ້ອງ; %3 ອະນຸຍາດໄດ້ບໍ່ເກີນ %4 ຫ້ອງ.</translation>
    </message>
    <message>
        <source>“%1” is group work without instructions; groups need written steps to run themselves.</source>
        <translation>“%1” ເປັນວຽກກຸ່ມທີ່ບໍ່ມີຄຳແນະນຳ; ກຸ່ມຕ້ອງມີຂັ້ນຕອນເປັນລາຍລັກອັກສອນ ເພື່ອໃຫ້ເຮັດວຽກເອງໄດ້.</translation>
    </message>
    <message>
        <source>“%1” plans %2 minutes in rooms (%3 × %4) but only %5 minutes for the whole activity.</source>
        <translation>“%1” ວາງແຜນໄວ້ %2 ນາທີໃນຫ້ອງຍ່ອຍ (%3 × %4) ແຕ່ໃຫ້ເວລາທັງກິດຈະກຳພຽງ %5 ນາທີ.</translation>
    </message>
</context>
<context>
    <name>sala::PlanCommands</name>
    <message>
        <source>Change the minutes of “%1”</source>
        <translation>ປ່ຽນຈຳນວນນາທີຂອງ “%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>ປ່ຽນຊື່ “%1”</translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation>ປ່ຽນປະເພດຂອງ “%1”</translation>
    </message>
    <message>
        <source>Edit the objective of “%1”</source>
        <translation>ແກ້ໄຂຈຸດປະສົງຂອງ “%1”</translation>
    </message>
    <message>
        <source>Edit the instructions of “%1”</source>
        <translation>ແກ້ໄຂຄຳແນະນຳຂອງ “%1”</translation>
    </message>
    <message>
        <source>Edit the notes of “%1”</source>
        <translation>ແກ້ໄຂບັນທຶກຂອງ “%1”</translation>
    </message>
    <message>
        <source>Edit the materials of “%1”</source>
        <translation>ແກ້ໄຂອຸປະກອນຂອງ “%1”</translation>
    </message>
    <message>
        <source>Change the timing of “%1”</source>
        <translation>ປ່ຽນເວລາຂອງ “%1”</translation>
    </message>
    <message>
        <source>Change the breakout settings of “%1”</source>
        <translation>ປ່ຽນການຕັ້ງຄ່າຫ້ອງຍ່ອຍຂອງ “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>ແກ້ໄຂ “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>ລຶບ “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>ຍ້າຍ “%1”</translation>
    </message>
    <message>
        <source>Edit the session “%1”</source>
        <translation>ແກ້ໄຂພາກ “%1”</translation>
    </message>
    <message>
        <source>Edit the workshop settings</source>
        <translation>ແກ້ໄຂການຕັ້ງຄ່າການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Delete the session “%1”</source>
        <translation>ລຶບພາກ “%1”</translation>
    </message>
</context>
<context>
    <name>sala::PlanJson</name>
    <message>
        <source>unknown grouping %1; use one of: %2</source>
        <translation>ບໍ່ຮູ້ຈັກການຈັດກຸ່ມ %1; ໃຫ້ໃຊ້ອັນໃດອັນໜຶ່ງໃນ: %2</translation>
    </message>
    <message>
        <source>unknown activity kind %1; use one of: %2</source>
        <translation>ບໍ່ຮູ້ຈັກປະເພດກິດຈະກຳ %1; ໃຫ້ໃຊ້ອັນໃດອັນໜຶ່ງໃນ: %2</translation>
    </message>
    <message>
        <source>unknown platform %1; use one of: %2</source>
        <translation>ບໍ່ຮູ້ຈັກແພລດຟອມ %1; ໃຫ້ໃຊ້ອັນໃດອັນໜຶ່ງໃນ: %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>ລາຍການ (list)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ອອບເຈັກ (object)</translation>
    </message>
    <message>
        <source>%1 is missing; every %2 needs one</source>
        <translation>ຂາດ %1; ທຸກ%2ຕ້ອງມີອັນນີ້</translation>
    </message>
    <message>
        <source>%1 must be text in double quotes, not %2</source>
        <translation>%1 ຕ້ອງເປັນຂໍ້ຄວາມໃນວົງຢືມຄູ່, ບໍ່ແມ່ນ %2</translation>
    </message>
    <message>
        <source>%1 is empty; every %2 needs one</source>
        <translation>%1 ຫວ່າງເປົ່າ; ທຸກ%2ຕ້ອງມີອັນນີ້</translation>
    </message>
    <message>
        <source>%1 must be a whole number between %2 and %3, not %4</source>
        <translation>%1 ຕ້ອງເປັນຈຳນວນເຕັມລະຫວ່າງ %2 ແລະ %3, ບໍ່ແມ່ນ %4</translation>
    </message>
    <message>
        <source>%1 must be true or false (without quotes), not %2</source>
        <translation>%1 ຕ້ອງເປັນ true ຫຼື false (ບໍ່ມີວົງຢືມ), ບໍ່ແມ່ນ %2</translation>
    </message>
    <message>
        <source>time must be HH:MM (24-hour), not %1</source>
        <translation>ເວລາຕ້ອງເປັນ HH:MM (ແບບ 24 ຊົ່ວໂມງ), ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>date %1 does not exist in the calendar</source>
        <translation>ວັນທີ %1 ບໍ່ມີໃນປະຕິທິນ</translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD, for example 2026-12-01, not %1</source>
        <translation>ວັນທີຕ້ອງເປັນ YYYY-MM-DD, ເຊັ່ນ 2026-12-01, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>time zone %1 is not a known IANA time zone; use a name such as &quot;Asia/Bangkok&quot; or &quot;Asia/Manila&quot;</source>
        <translation>ເຂດເວລາ %1 ບໍ່ແມ່ນເຂດເວລາ IANA ທີ່ຮູ້ຈັກ; ໃຫ້ໃຊ້ຊື່ເຊັ່ນ &quot;Asia/Bangkok&quot; ຫຼື &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>%1 must be a list in square brackets [ ], not %2</source>
        <translation>%1 ຕ້ອງເປັນລາຍການໃນວົງເລັບສີ່ຫຼ່ຽມ [ ], ບໍ່ແມ່ນ %2</translation>
    </message>
    <message>
        <source>each %1 must be an object in braces { }, not %2</source>
        <translation>ແຕ່ລະ %1 ຕ້ອງເປັນອອບເຈັກໃນວົງເລັບປີກກາ { }, ບໍ່ແມ່ນ %2</translation>
    </message>
    <message>
        <source>breakout must be an object in braces { }, not %1</source>
        <translation>breakout ຕ້ອງເປັນອອບເຈັກໃນວົງເລັບປີກກາ { }, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>breakout</source>
        <translation>ການຕັ້ງຄ່າຫ້ອງຍ່ອຍ</translation>
    </message>
    <message>
        <source>give groupSize or groupCount a number above 0, so that Sala knows how to form the groups</source>
        <translation>ໃສ່ຕົວເລກທີ່ຫຼາຍກວ່າ 0 ໃຫ້ groupSize ຫຼື groupCount, ເພື່ອໃຫ້ Sala ຮູ້ວິທີຈັດກຸ່ມ</translation>
    </message>
    <message>
        <source>each role must be text in double quotes, not %1</source>
        <translation>ແຕ່ລະບົດບາດຕ້ອງເປັນຂໍ້ຄວາມໃນວົງຢືມຄູ່, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>ຂໍ້ຄວາມກະຈາຍ</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>material</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>minimumMinutes must be at least 1 when mayShorten is true; give the shortest the activity may become, or set mayShorten to false</source>
        <translation>minimumMinutes ຕ້ອງຢ່າງໜ້ອຍ 1 ເມື່ອ mayShorten ເປັນ true; ໃຫ້ໃສ່ເວລາສັ້ນທີ່ສຸດທີ່ກິດຈະກຳຫຍໍ້ລົງໄດ້, ຫຼື ຕັ້ງ mayShorten ເປັນ false</translation>
    </message>
    <message>
        <source>minimumMinutes (%1) cannot be more than minutes (%2); lower it or lengthen the activity</source>
        <translation>minimumMinutes (%1) ຕ້ອງບໍ່ເກີນ minutes (%2); ໃຫ້ຫຼຸດມັນລົງ ຫຼື ເພີ່ມເວລາກິດຈະກຳ</translation>
    </message>
    <message>
        <source>session</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>ການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>language must be a BCP 47 code such as &quot;en&quot;, &quot;th&quot;, &quot;km&quot; or &quot;fil&quot;, not %1</source>
        <translation>ພາສາຕ້ອງເປັນລະຫັດ BCP 47 ເຊັ່ນ &quot;en&quot;, &quot;th&quot;, &quot;km&quot; ຫຼື &quot;fil&quot;, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>%1 is missing; a file with &quot;kind&quot;: &quot;%1&quot; keeps the plan in a &quot;%1&quot; object</source>
        <translation>ຂາດ %1; ໄຟລ໌ທີ່ມີ &quot;kind&quot;: &quot;%1&quot; ຈະເກັບແຜນໄວ້ໃນອອບເຈັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be an object in braces { }, not %2</source>
        <translation>%1 ຕ້ອງເປັນອອບເຈັກໃນວົງເລັບປີກກາ { }, ບໍ່ແມ່ນ %2</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it holds %1 instead of an object with &quot;format&quot;: &quot;sala-plan&quot;.</source>
        <translation>ນີ້ບໍ່ແມ່ນໄຟລ໌ແຜນຂອງ Sala: ມັນມີ %1 ແທນທີ່ຈະເປັນອອບເຈັກທີ່ມີ &quot;format&quot;: &quot;sala-plan&quot;.</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it has no &quot;format&quot;: &quot;sala-plan&quot; member.</source>
        <translation>ນີ້ບໍ່ແມ່ນໄຟລ໌ແຜນຂອງ Sala: ບໍ່ມີ &quot;format&quot;: &quot;sala-plan&quot;.</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: its format is %1, not &quot;sala-plan&quot;.</source>
        <translation>ນີ້ບໍ່ແມ່ນໄຟລ໌ແຜນຂອງ Sala: format ຂອງມັນແມ່ນ %1, ບໍ່ແມ່ນ &quot;sala-plan&quot;.</translation>
    </message>
    <message>
        <source>version must be a whole number such as 1, not %1</source>
        <translation>version ຕ້ອງເປັນຈຳນວນເຕັມ ເຊັ່ນ 1, ບໍ່ແມ່ນ %1</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Sala (format version %1); update Sala to open it.</source>
        <translation>ແຜນນີ້ຖືກບັນທຶກໂດຍ Sala ລຸ້ນໃໝ່ກວ່າ (format ລຸ້ນ %1); ໃຫ້ອັບເດດ Sala ເພື່ອເປີດມັນ.</translation>
    </message>
    <message>
        <source>version is missing; this Sala writes &quot;version&quot;: %1</source>
        <translation>ຂາດ version; Sala ນີ້ຂຽນ &quot;version&quot;: %1</translation>
    </message>
    <message>
        <source>use &quot;workshop&quot; for a whole workshop or &quot;session&quot; for one session</source>
        <translation>ໃຊ້ &quot;workshop&quot; ສຳລັບການຝຶກອົບຮົມທັງໝົດ ຫຼື &quot;session&quot; ສຳລັບພາກດຽວ</translation>
    </message>
    <message>
        <source>kind is missing; %1</source>
        <translation>ຂາດ kind; %1</translation>
    </message>
    <message>
        <source>unknown kind %1; %2</source>
        <translation>ບໍ່ຮູ້ຈັກ kind %1; %2</translation>
    </message>
    <message>
        <source>an unknown word</source>
        <translation>ຄຳທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>text needs double quotes; only true, false and null go without them</source>
        <translation>ຂໍ້ຄວາມຕ້ອງຢູ່ໃນວົງຢືມຄູ່; ມີແຕ່ true, false ແລະ null ທີ່ບໍ່ຕ້ອງໃຊ້ວົງຢືມ</translation>
    </message>
    <message>
        <source>a text without its closing double quote</source>
        <translation>ຂໍ້ຄວາມທີ່ບໍ່ມີວົງຢືມຄູ່ປິດ</translation>
    </message>
    <message>
        <source>a line break inside a text</source>
        <translation>ການຂຶ້ນແຖວໃໝ່ພາຍໃນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>write a line break as \n</source>
        <translation>ໃຫ້ຂຽນການຂຶ້ນແຖວໃໝ່ເປັນ \n</translation>
    </message>
    <message>
        <source>a control character inside a text</source>
        <translation>ຕົວອັກສອນຄວບຄຸມພາຍໃນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text</source>
        <translation>ໄບຕ໌ທີ່ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>ໃຫ້ບັນທຶກໄຟລ໌ເປັນ UTF-8</translation>
    </message>
    <message>
        <source>a badly written backslash escape inside a text</source>
        <translation>backslash escape ທີ່ຂຽນຜິດພາຍໃນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>a badly written number</source>
        <translation>ຕົວເລກທີ່ຂຽນຜິດ</translation>
    </message>
    <message>
        <source>damaged bytes at the start of the file</source>
        <translation>ໄບຕ໌ທີ່ເສຍຫາຍຢູ່ຕົ້ນໄຟລ໌</translation>
    </message>
    <message>
        <source>save the file again as UTF-8</source>
        <translation>ໃຫ້ບັນທຶກໄຟລ໌ອີກຄັ້ງເປັນ UTF-8</translation>
    </message>
    <message>
        <source>a number too large to read</source>
        <translation>ຕົວເລກໃຫຍ່ເກີນກວ່າຈະອ່ານໄດ້</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>ຂໍ້ມູນສິ້ນສຸດກະທັນຫັນ</translation>
    </message>
    <message>
        <source>the file may have been cut off, or a closing } or ] is missing</source>
        <translation>ໄຟລ໌ອາດຖືກຕັດ, ຫຼື ຂາດເຄື່ອງໝາຍປິດ } ຫຼື ]</translation>
    </message>
    <message>
        <source>unexpected text in double quotes</source>
        <translation>ຂໍ້ຄວາມໃນວົງຢືມຄູ່ທີ່ບໍ່ຄາດຄິດ</translation>
    </message>
    <message>
        <source>unexpected number</source>
        <translation>ຕົວເລກທີ່ບໍ່ຄາດຄິດ</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ທີ່ບໍ່ຄາດຄິດ</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 ທີ່ບໍ່ຄາດຄິດ</translation>
    </message>
    <message>
        <source>there is more after the end of the plan</source>
        <translation>ຍັງມີຂໍ້ມູນຕໍ່ຫຼັງຈາກສິ້ນສຸດແຜນ</translation>
    </message>
    <message>
        <source>expected a name in double quotes; a comma before a closing } is not allowed</source>
        <translation>ຄາດວ່າຈະເປັນຊື່ໃນວົງຢືມຄູ່; ບໍ່ອະນຸຍາດໃຫ້ມີເຄື່ອງໝາຍຈຸດ (,) ກ່ອນ } ປິດ</translation>
    </message>
    <message>
        <source>expected a colon after the name</source>
        <translation>ຄາດວ່າຈະມີເຄື່ອງໝາຍ (:) ຫຼັງຊື່</translation>
    </message>
    <message>
        <source>expected a comma or a closing }</source>
        <translation>ຄາດວ່າຈະມີເຄື່ອງໝາຍຈຸດ (,) ຫຼື } ປິດ</translation>
    </message>
    <message>
        <source>expected a comma or a closing ]</source>
        <translation>ຄາດວ່າຈະມີເຄື່ອງໝາຍຈຸດ (,) ຫຼື ] ປິດ</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>ຄາດວ່າຈະມີຄ່າ</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: %1 ຢູ່ແຖວ %2, ຖັນ %3.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (%4).</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: %1 ຢູ່ແຖວ %2, ຖັນ %3 (%4).</translation>
    </message>
    <message>
        <source>The file is empty. A Sala plan file is JSON text that starts with {.</source>
        <translation>ໄຟລ໌ຫວ່າງເປົ່າ. ໄຟລ໌ແຜນຂອງ Sala ແມ່ນຂໍ້ຄວາມ JSON ທີ່ເລີ່ມດ້ວຍ {.</translation>
    </message>
    <message>
        <source>Sala could not read the file (%1). Please report this with the file attached.</source>
        <translation>Sala ອ່ານໄຟລ໌ບໍ່ໄດ້ (%1). ກະລຸນາລາຍງານບັນຫານີ້ ພ້ອມແນບໄຟລ໌ມານຳ.</translation>
    </message>
</context>
<context>
    <name>sala::PlanStore</name>
    <message>
        <source>save the workshop</source>
        <translation>ບັນທຶກການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>add the session</source>
        <translation>ເພີ່ມພາກ</translation>
    </message>
    <message>
        <source>There is no workshop with number %1.</source>
        <translation>ບໍ່ມີການຝຶກອົບຮົມເລກທີ %1.</translation>
    </message>
    <message>
        <source>save the session “%1”</source>
        <translation>ບັນທຶກພາກ “%1”</translation>
    </message>
    <message>
        <source>save the activity “%1”</source>
        <translation>ບັນທຶກກິດຈະກຳ “%1”</translation>
    </message>
    <message>
        <source>delete the workshop</source>
        <translation>ລຶບການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>delete the session</source>
        <translation>ລຶບພາກ</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>ພາກນີ້ບໍ່ມີຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>delete the activity</source>
        <translation>ລຶບກິດຈະກຳ</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>ກິດຈະກຳນີ້ບໍ່ມີຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>Cannot move the activity to that place.</source>
        <translation>ຍ້າຍກິດຈະກຳໄປບ່ອນນັ້ນບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>read the order of the plan</source>
        <translation>ອ່ານລຳດັບຂອງແຜນ</translation>
    </message>
    <message>
        <source>save the order of the plan</source>
        <translation>ບັນທຶກລຳດັບຂອງແຜນ</translation>
    </message>
    <message>
        <source>Could not %1: it no longer exists in the database.</source>
        <translation>ບໍ່ສາມາດ %1 ໄດ້: ມັນບໍ່ມີຢູ່ໃນຖານຂໍ້ມູນແລ້ວ.</translation>
    </message>
    <message>
        <source>look up the session</source>
        <translation>ຊອກຫາພາກ</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>ບໍ່ມີພາກເລກທີ %1.</translation>
    </message>
    <message>
        <source>list the workshops</source>
        <translation>ສະແດງລາຍການການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>read the workshop</source>
        <translation>ອ່ານການຝຶກອົບຮົມ</translation>
    </message>
</context>
<context>
    <name>sala::PlanView</name>
    <message>
        <source>Target &amp;end:</source>
        <translation>ເວລາຈົບເປົ້າໝາຍ (&amp;E):</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>ສະຫຼຸບພາກ</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>ຫົວຂໍ້ພາກ</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>ວັນທີຂອງພາກ</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>ເວລາເລີ່ມຕາມແຜນ</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>ເວລາຈົບເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>ພາກ (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ວັນທີ (&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>ເລີ່ມ (&amp;T):</translation>
    </message>
    <message>
        <source>Activities of the session</source>
        <translation>ກິດຈະກຳຂອງພາກ</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>ການກວດແຜນ</translation>
    </message>
    <message>
        <source>Plan &amp;checks:</source>
        <translation>ການກວດແຜນ (&amp;C):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>ເພີ່ມ (&amp;A)…</translation>
    </message>
    <message>
        <source>Add an activity from the method library</source>
        <translation>ເພີ່ມກິດຈະກຳຈາກຄັງວິທີການ</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ເຮັດສຳເນົາ (&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selected activity</source>
        <translation>ເຮັດສຳເນົາກິດຈະກຳທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ລຶບ (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>ລຶບກິດຈະກຳທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ຍ້າຍຂຶ້ນ (&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected activity earlier</source>
        <translation>ຍ້າຍກິດຈະກຳທີ່ເລືອກໄປກ່ອນ</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>ຍ້າຍລົງ (&amp;N)</translation>
    </message>
    <message>
        <source>Move the selected activity later</source>
        <translation>ຍ້າຍກິດຈະກຳທີ່ເລືອກໄປຫຼັງ</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>ພາກໃໝ່</translation>
    </message>
    <message>
        <source>Add an empty session to this workshop</source>
        <translation>ເພີ່ມພາກເປົ່າໃສ່ການຝຶກອົບຮົມນີ້</translation>
    </message>
    <message>
        <source>Copy session</source>
        <translation>ສຳເນົາພາກ</translation>
    </message>
    <message>
        <source>Copy this session, with all its activities, as a new session</source>
        <translation>ສຳເນົາພາກນີ້ ພ້ອມທຸກກິດຈະກຳ ເປັນພາກໃໝ່</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>ລຶບພາກ</translation>
    </message>
    <message>
        <source>Delete this session and its activities</source>
        <translation>ລຶບພາກນີ້ ແລະ ກິດຈະກຳຂອງມັນ</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>ພາກທີ %1</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>ເພີ່ມພາກ</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (ສຳເນົາ)</translation>
    </message>
    <message>
        <source>Copy the session “%1”</source>
        <translation>ສຳເນົາພາກ “%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>ເພີ່ມ “%1”</translation>
    </message>
    <message>
        <source>This workshop has no sessions yet. Use “New session” to add one.</source>
        <translation>ການຝຶກອົບຮົມນີ້ຍັງບໍ່ມີພາກ. ໃຊ້ “ພາກໃໝ່” ເພື່ອເພີ່ມ.</translation>
    </message>
    <message>
        <source>No workshop is open. Create one with File ▸ New Workshop.</source>
        <translation>ບໍ່ມີການຝຶກອົບຮົມໃດເປີດຢູ່. ສ້າງໃໝ່ດ້ວຍ ໄຟລ໌ ▸ ການຝຶກອົບຮົມໃໝ່.</translation>
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
            <numerusform>&lt;b&gt;ຈົບຫຼັງເວລາເປົ້າໝາຍ %n ນາທີ.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;ຈົບຫຼັງເວລາເປົ້າໝາຍ %n ນາທີ.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends %n min before the target end.</source>
        <translation>
            <numerusform>ຈົບກ່ອນເວລາເປົ້າໝາຍ %n ນາທີ.</numerusform>
            <numerusform>ຈົບກ່ອນເວລາເປົ້າໝາຍ %n ນາທີ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends exactly at the target end.</source>
        <translation>ຈົບກົງກັບເວລາເປົ້າໝາຍພໍດີ.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n activities, %4 min in all. %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n ກິດຈະກຳ, ລວມ %4 ນາທີ. %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n ກິດຈະກຳ, ລວມ %4 ນາທີ. %5</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems found in this plan.</source>
        <translation>✓ ບໍ່ພົບບັນຫາໃນແຜນນີ້.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>ບັນຫາ:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>ກວດເບິ່ງ:</translation>
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
        <translation>ຕາມລະບົບ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ບໍ່ມີ</translation>
    </message>
</context>
<context>
    <name>sala::PresenterWindow</name>
    <message>
        <source>Sala timer</source>
        <translation>ໂມງຈັບເວລາ Sala</translation>
    </message>
    <message>
        <source>Presenter timer</source>
        <translation>ໂມງຈັບເວລານຳສະເໜີ</translation>
    </message>
    <message>
        <source>Drag to move, drag the corner to resize, right-click for options</source>
        <translation>ລາກເພື່ອຍ້າຍ, ລາກມຸມເພື່ອປັບຂະໜາດ, ຄລິກຂວາເພື່ອເບິ່ງຕົວເລືອກ</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>ປັບຂະໜາດ</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>ປິດສຽງແຈ້ງເຕືອນ</translation>
    </message>
    <message>
        <source>Show activity title</source>
        <translation>ສະແດງຫົວຂໍ້ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Close timer</source>
        <translation>ປິດໂມງຈັບເວລາ</translation>
    </message>
</context>
<context>
    <name>sala::RegistrationFile</name>
    <message>
        <source>tab-separated</source>
        <translation>ແຍກດ້ວຍ tab</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>ແຍກດ້ວຍເຄື່ອງໝາຍ (;)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>ແຍກດ້ວຍເຄື່ອງໝາຍຈຸດ (,)</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>ແຍກດ້ວຍ “%1”</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>ບໍ່ມີໄຟລ໌ “%1”; ໃຫ້ກວດເບິ່ງຊື່ ແລະ ໂຟນເດີ.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>ອ່ານ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1” ຫວ່າງເປົ່າ: ບໍ່ມີຫຍັງໃຫ້ນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Sala imports CSV files and Excel workbooks (.xlsx).</source>
        <translation>“%1” ບໍ່ແມ່ນໄຟລ໌ຂໍ້ຄວາມ. Sala ນຳເຂົ້າໄດ້ໄຟລ໌ CSV ແລະ ໄຟລ໌ Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>ໄຟລ໌ Excel, ຊີດ “%1”</translation>
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
        <translation>ເວລາຕາມແຜນ ແຍກຕາມປະເພດ</translation>
    </message>
    <message>
        <source>Roster by country and sex</source>
        <translation>ລາຍຊື່ ແຍກຕາມປະເທດ ແລະ ເພດ</translation>
    </message>
    <message>
        <source>Planned versus actual</source>
        <translation>ແຜນທຽບກັບຕົວຈິງ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>ສົ່ງອອກ PDF…</translation>
    </message>
    <message>
        <source>Planned time by kind of activity</source>
        <translation>ເວລາຕາມແຜນ ແຍກຕາມປະເພດກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Enrolled participants by country and sex</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມທີ່ລົງທະບຽນ ແຍກຕາມປະເທດ ແລະ ເພດ</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>ເວລາໃຊ້ໄປກັບຫຍັງແດ່</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual table as a CSV file for a spreadsheet</source>
        <translation>ບັນທຶກຕາຕະລາງແຜນທຽບກັບຕົວຈິງເປັນໄຟລ໌ CSV ເພື່ອເປີດໃນໂປຣແກຣມຕາຕະລາງ</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual report as a PDF</source>
        <translation>ບັນທຶກລາຍງານແຜນທຽບກັບຕົວຈິງເປັນ PDF</translation>
    </message>
    <message>
        <source>Planned versus actual (this session&apos;s run)</source>
        <translation>ແຜນທຽບກັບຕົວຈິງ (ການດຳເນີນພາກນີ້)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>ຕາມແຜນ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ຕົວຈິງ</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ຄວາມແຕກຕ່າງ</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ເພີ່ມ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>ເລີ່ມ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 ນາທີ</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ບໍ່ໄດ້ດຳເນີນ</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ລວມ</translation>
    </message>
    <message>
        <source>%1 - timing</source>
        <translation>%1 - ລາຍງານເວລາ</translation>
    </message>
    <message>
        <source>Export Timing Report as PDF</source>
        <translation>ສົ່ງອອກລາຍງານເວລາເປັນ PDF</translation>
    </message>
    <message>
        <source>Export Timing Report as CSV</source>
        <translation>ສົ່ງອອກລາຍງານເວລາເປັນ CSV</translation>
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
        <translation>ຂຽນ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ສັດສ່ວນ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>ລາຍງານ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>ການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Plan and timing</source>
        <translation>ແຜນ ແລະ ເວລາ</translation>
    </message>
    <message>
        <source>Import attendance…</source>
        <translation>ນຳເຂົ້າການເຂົ້າຮ່ວມ…</translation>
    </message>
    <message>
        <source>Read a participants report downloaded from Zoom, Teams or Google Meet into this session</source>
        <translation>ອ່ານລາຍງານຜູ້ເຂົ້າຮ່ວມທີ່ດາວໂຫຼດຈາກ Zoom, Teams ຫຼື Google Meet ເຂົ້າໃນພາກນີ້</translation>
    </message>
</context>
<context>
    <name>sala::RoomsPdf</name>
    <message>
        <source>facilitator</source>
        <translation>ຜູ້ອຳນວຍຄວາມສະດວກ</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ລັອກ</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n ຄົນ</numerusform>
            <numerusform>%n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>locked room</source>
        <translation>ຫ້ອງທີ່ລັອກ</translation>
    </message>
    <message>
        <source>Nobody in this room.</source>
        <translation>ບໍ່ມີໃຜໃນຫ້ອງນີ້.</translation>
    </message>
    <message>
        <source>[locked]: stays where it is when the other rooms are made again.</source>
        <translation>[ລັອກ]: ຢູ່ບ່ອນເດີມເມື່ອຈັດຫ້ອງອື່ນໃໝ່.</translation>
    </message>
    <message>
        <source>[facilitator]: a facilitator who stays in this room.</source>
        <translation>[ຜູ້ອຳນວຍຄວາມສະດວກ]: ຜູ້ອຳນວຍຄວາມສະດວກທີ່ປະຈຳຢູ່ຫ້ອງນີ້.</translation>
    </message>
    <message>
        <source>Sala could not save the breakout rooms as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala ບັນທຶກຫ້ອງຍ່ອຍເປັນ “%1” ບໍ່ໄດ້ (%2). ໃຫ້ກວດເບິ່ງວ່າມີໂຟນເດີນັ້ນ ແລະ ທ່ານມີສິດຂຽນໃສ່, ຫຼື ເລືອກບ່ອນອື່ນ.</translation>
    </message>
    <message>
        <source>Breakout rooms: %1</source>
        <translation>ຫ້ອງຍ່ອຍ: %1</translation>
    </message>
    <message>
        <source>No rooms have been made for this activity yet.</source>
        <translation>ຍັງບໍ່ໄດ້ສ້າງຫ້ອງສຳລັບກິດຈະກຳນີ້.</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>ຮອບ %1 ຈາກ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n ຫ້ອງ</numerusform>
            <numerusform>%n ຫ້ອງ</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF of the breakout rooms needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>PDF ຂອງຫ້ອງຍ່ອຍຕ້ອງໃຊ້ລະບົບກຣາຟິກຂອງ Qt, ເຊິ່ງໂປຣແກຣມນີ້ບໍ່ໄດ້ເປີດໃຊ້. ໃຫ້ສ້າງ PDF ຈາກໜ້າຕ່າງຂອງ Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF of the breakout rooms.</source>
        <translation>ບໍ່ໄດ້ໃສ່ຊື່ໄຟລ໌ສຳລັບ PDF ຂອງຫ້ອງຍ່ອຍ.</translation>
    </message>
</context>
<context>
    <name>sala::RosterCommands</name>
    <message>
        <source>Remove “%1” from the roster</source>
        <translation>ເອົາ “%1” ອອກຈາກລາຍຊື່</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people from the roster</source>
        <translation>
            <numerusform>ເອົາ %n ຄົນອອກຈາກລາຍຊື່</numerusform>
            <numerusform>ເອົາ %n ຄົນອອກຈາກລາຍຊື່</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expect %n people at the session</source>
        <translation>
            <numerusform>ຄາດວ່າຈະມີ %n ຄົນມາພາກນີ້</numerusform>
            <numerusform>ຄາດວ່າຈະມີ %n ຄົນມາພາກນີ້</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %n people out of the session</source>
        <translation>
            <numerusform>ບໍ່ລວມ %n ຄົນໃນພາກນີ້</numerusform>
            <numerusform>ບໍ່ລວມ %n ຄົນໃນພາກນີ້</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::RosterExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>ຂຽນ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>The export could not be recorded in the personal data log, so it was not kept. %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກການສົ່ງອອກນີ້ໄວ້ໃນບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນໄດ້, ຈຶ່ງບໍ່ໄດ້ເກັບໄຟລ໌ທີ່ສົ່ງອອກໄວ້. %1</translation>
    </message>
    <message>
        <source>Roster of workshop %1 as %2</source>
        <translation>ລາຍຊື່ຜູ້ເຂົ້າຮ່ວມຂອງການຝຶກອົບຮົມ %1 ເປັນ %2</translation>
    </message>
    <message>
        <source>Everything this copy of Sala stores about the person: the details they gave, their consent, the workshops and sessions they were enrolled in, their attendance, and every export of personal data that included them.</source>
        <translation>ທຸກຢ່າງທີ່ Sala ເຄື່ອງນີ້ເກັບໄວ້ກ່ຽວກັບບຸກຄົນນີ້: ຂໍ້ມູນທີ່ເຂົາເຈົ້າໃຫ້ໄວ້, ການຍິນຍອມ, ການຝຶກອົບຮົມ ແລະ ພາກທີ່ເຂົາເຈົ້າລົງທະບຽນ, ການເຂົ້າຮ່ວມ, ແລະ ທຸກການສົ່ງອອກຂໍ້ມູນສ່ວນບຸກຄົນທີ່ມີເຂົາເຈົ້າຢູ່ນຳ.</translation>
    </message>
    <message>
        <source>Everything stored about participant %1</source>
        <translation>ທຸກຢ່າງທີ່ເກັບໄວ້ກ່ຽວກັບຜູ້ເຂົ້າຮ່ວມ %1</translation>
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
        <translation>ຍິງ, ຊາຍ, ເພດອື່ນ ຫຼື ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>this row has more cells than the header has columns (%1 instead of %2); a delimiter or quote inside a cell may be broken</source>
        <translation>ແຖວນີ້ມີເຊວຫຼາຍກວ່າຈຳນວນຖັນຂອງຫົວຖັນ (%1 ແທນທີ່ຈະເປັນ %2); ເຄື່ອງໝາຍແຍກ ຫຼື ວົງຢືມພາຍໃນເຊວອາດຜິດພາດ</translation>
    </message>
    <message>
        <source>there is no name in this row; fill it in or skip the row</source>
        <translation>ແຖວນີ້ບໍ່ມີຊື່; ໃຫ້ຕື່ມຊື່ ຫຼື ຂ້າມແຖວນີ້</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ</translation>
    </message>
    <message>
        <source>%1 is not an organization type Sala knows; use enterprise, BDS provider, employers&apos; organization, business association, NGO, government or other</source>
        <translation>%1 ບໍ່ແມ່ນປະເພດອົງກອນທີ່ Sala ຮູ້ຈັກ; ໃຫ້ໃຊ້ enterprise, BDS provider, employers&apos; organization, business association, NGO, government ຫຼື other</translation>
    </message>
    <message>
        <source>%1 is not a country Sala knows; write its English name or its two-letter code such as KH, LA, MY, PH or TH</source>
        <translation>%1 ບໍ່ແມ່ນປະເທດທີ່ Sala ຮູ້ຈັກ; ໃຫ້ຂຽນຊື່ເປັນພາສາອັງກິດ ຫຼື ລະຫັດສອງຕົວອັກສອນ ເຊັ່ນ KH, LA, MY, PH ຫຼື TH</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ບໍ່ແມ່ນໜຶ່ງໃນ %2</translation>
    </message>
    <message>
        <source>%1 is not an age or an age band such as 25–34</source>
        <translation>%1 ບໍ່ແມ່ນອາຍຸ ຫຼື ຊ່ວງອາຍຸ ເຊັ່ນ 25–34</translation>
    </message>
    <message>
        <source>%1 is not a number of employees; write a number such as 12 or a range such as 10–49</source>
        <translation>%1 ບໍ່ແມ່ນຈຳນວນພະນັກງານ; ໃຫ້ຂຽນຕົວເລກ ເຊັ່ນ 12 ຫຼື ຊ່ວງ ເຊັ່ນ 10–49</translation>
    </message>
    <message>
        <source>%1 holds a language Sala does not know; write language names such as Thai, Khmer, English or codes such as th, km, en, separated by commas</source>
        <translation>%1 ມີພາສາທີ່ Sala ບໍ່ຮູ້ຈັກ; ໃຫ້ຂຽນຊື່ພາສາ ເຊັ່ນ Thai, Khmer, English ຫຼື ລະຫັດ ເຊັ່ນ th, km, en, ແຍກດ້ວຍເຄື່ອງໝາຍຈຸດ (,)</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no</source>
        <translation>%1 ບໍ່ແມ່ນ yes ຫຼື no</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a yes nor a no to the consent question</source>
        <translation>%1 ບໍ່ແມ່ນຄຳຕອບ yes ຫຼື no ຕໍ່ຄຳຖາມເລື່ອງການຍິນຍອມ</translation>
    </message>
    <message>
        <source>%1 is not a date and time Sala can read; write it as 2026-03-02 14:05</source>
        <translation>%1 ບໍ່ແມ່ນວັນທີ ແລະ ເວລາທີ່ Sala ອ່ານໄດ້; ໃຫ້ຂຽນແບບ 2026-03-02 14:05</translation>
    </message>
    <message>
        <source>No column is mapped to Name. Choose the column (or the first and last name columns) that holds each person&apos;s name.</source>
        <translation>ບໍ່ມີຖັນໃດຖືກຈັບຄູ່ກັບ ຊື່. ໃຫ້ເລືອກຖັນ (ຫຼື ຖັນຊື່ ແລະ ຖັນນາມສະກຸນ) ທີ່ມີຊື່ຂອງແຕ່ລະຄົນ.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ແຖວ %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ແຖວ %1, ຖັນ %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 “%3”: %4</source>
        <translation>ແຖວ %1, ຖັນ %2 “%3”: %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… ແລະ ບັນຫາອີກ %n ຢ່າງ</numerusform>
            <numerusform>… ແລະ ບັນຫາອີກ %n ຢ່າງ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n row(s) with problems, so nothing was imported. Fix them in the file, or skip those rows:
</source>
        <translation>
            <numerusform>“%1” ມີ %n ແຖວທີ່ມີບັນຫາ, ຈຶ່ງບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ. ໃຫ້ແກ້ໄຂໃນໄຟລ໌, ຫຼື ຂ້າມແຖວເຫຼົ່ານັ້ນ:
</numerusform>
            <numerusform>“%1” ມີ %n ແຖວທີ່ມີບັນຫາ, ຈຶ່ງບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ. ໃຫ້ແກ້ໄຂໃນໄຟລ໌, ຫຼື ຂ້າມແຖວເຫຼົ່ານັ້ນ:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a role Sala knows; write participant, facilitator (or co-facilitator, trainer), interpreter or observer (or producer, host), or leave it empty</source>
        <translation>%1 ບໍ່ແມ່ນບົດບາດທີ່ Sala ຮູ້ຈັກ; ໃຫ້ຂຽນ participant, facilitator (ຫຼື co-facilitator, trainer), interpreter ຫຼື observer (ຫຼື producer, host), ຫຼື ປະໄວ້ຫວ່າງ</translation>
    </message>
</context>
<context>
    <name>sala::RosterImportDialog</name>
    <message>
        <source>Merge into that record</source>
        <translation>ລວມເຂົ້າກັບຂໍ້ມູນນັ້ນ</translation>
    </message>
    <message>
        <source>Add as a separate person</source>
        <translation>ເພີ່ມເປັນອີກຄົນໜຶ່ງ</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>ຂ້າມແຖວນີ້</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>ຂ້າມແຖວທີ່ມີບັນຫາ ແລະ ນຳເຂົ້າແຖວອື່ນ (&amp;S)</translation>
    </message>
    <message>
        <source>Import Participants — %1</source>
        <translation>ນຳເຂົ້າຜູ້ເຂົ້າຮ່ວມ — %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>ຊີດ</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>ຊີດ (&amp;H):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ຖັນ</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>ຫົວຖັນໃນໄຟລ໌</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>ຄ່າທຳອິດ</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>ນຳເຂົ້າເປັນ</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>ການຈັບຄູ່ຖັນ</translation>
    </message>
    <message>
        <source>Rows read from the file</source>
        <translation>ແຖວທີ່ອ່ານຈາກໄຟລ໌</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ໃນໄຟລ໌</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>ມີຢູ່ແລ້ວໃນຊື່</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>ຈະເຮັດແນວໃດ</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>ອາດຈະຊ້ຳກັນ</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>ເຊັ່ນ 2026-01</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>ສະບັບຂອງແຈ້ງການຄວາມເປັນສ່ວນຕົວ</translation>
    </message>
    <message>
        <source>Recorded with the consent of everyone in this file who agreed, unless a column gives it.</source>
        <translation>ຈະບັນທຶກເປັນການຍິນຍອມຂອງທຸກຄົນໃນໄຟລ໌ນີ້ທີ່ຕົກລົງ, ເວັ້ນເສຍແຕ່ມີຖັນທີ່ລະບຸໄວ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>&amp;Columns — choose what each one holds</source>
        <translation>ຖັນ (&amp;C) — ເລືອກວ່າແຕ່ລະຖັນມີຂໍ້ມູນຫຍັງ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <source>&amp;Problems (by line in the file)</source>
        <translation>ບັນຫາ (&amp;P) — ຕາມແຖວໃນໄຟລ໌</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>ອາດຈະຊ້ຳກັນ (&amp;D)</translation>
    </message>
    <message>
        <source>Privacy &amp;notice version agreed to:</source>
        <translation>ສະບັບແຈ້ງການຄວາມເປັນສ່ວນຕົວທີ່ຕົກລົງ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ນຳເຂົ້າ (&amp;I)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>ຂໍ້ມູນສຳລັບຖັນ %1</translation>
    </message>
    <message>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (ແຖວ %2 ຂອງໄຟລ໌ນີ້)</translation>
    </message>
    <message>
        <source>What to do with line %1</source>
        <translation>ຈະເຮັດແນວໃດກັບແຖວ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 layout — header on line %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — ຮູບແບບ %3 — ຫົວຖັນຢູ່ແຖວ %4</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>ບໍ່ສາມາດນຳເຂົ້າຫຍັງຈາກໄຟລ໌ນີ້ໄດ້.</translation>
    </message>
    <message>
        <source>%1 row(s): %2 new, %3 merged into people already on file, %4 skipped, %5 with problems.</source>
        <translation>%1 ແຖວ: ໃໝ່ %2, ລວມເຂົ້າກັບຄົນທີ່ມີຢູ່ແລ້ວ %3, ຂ້າມ %4, ມີບັນຫາ %5.</translation>
    </message>
    <message>
        <source>Fix the problems in the file and open it again, or skip those rows.</source>
        <translation>ແກ້ໄຂບັນຫາໃນໄຟລ໌ ແລ້ວເປີດອີກຄັ້ງ, ຫຼື ຂ້າມແຖວເຫຼົ່ານັ້ນ.</translation>
    </message>
</context>
<context>
    <name>sala::RosterNames</name>
    <message>
        <source>Not stated</source>
        <translation>ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>ຕ່ຳກວ່າ 18</translation>
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
        <translation>65 ຂຶ້ນໄປ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>ຈຸລະ</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>ນ້ອຍ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ກາງ</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>ໃຫຍ່</translation>
    </message>
    <message>
        <source>Running the training</source>
        <translation>ການດຳເນີນການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Anonymous reports to the funder</source>
        <translation>ລາຍງານແບບບໍ່ລະບຸຊື່ໃຫ້ຜູ້ໃຫ້ທຶນ</translation>
    </message>
    <message>
        <source>Follow-up contact after the workshop</source>
        <translation>ການຕິດຕໍ່ຕິດຕາມຫຼັງການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Photos and screenshots</source>
        <translation>ຮູບພາບ ແລະ ພາບໜ້າຈໍ</translation>
    </message>
</context>
<context>
    <name>sala::RosterSettingsStore</name>
    <message>
        <source>read the enterprise size rules</source>
        <translation>ອ່ານເກນຂະໜາດວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>ປະເທດອື່ນໆທັງໝົດ</translation>
    </message>
    <message>
        <source>The size rule for %1 must rise from micro to small to medium (now %2, %3, %4).</source>
        <translation>ເກນຂະໜາດຂອງ %1 ຕ້ອງເພີ່ມຂຶ້ນຈາກ ຈຸລະ ໄປ ນ້ອຍ ໄປ ກາງ (ຕອນນີ້ແມ່ນ %2, %3, %4).</translation>
    </message>
    <message>
        <source>save the enterprise size rules</source>
        <translation>ບັນທຶກເກນຂະໜາດວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>read the saved column mappings</source>
        <translation>ອ່ານການຈັບຄູ່ຖັນທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>read a saved column mapping</source>
        <translation>ອ່ານການຈັບຄູ່ຖັນທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>remember the column mapping</source>
        <translation>ຈື່ການຈັບຄູ່ຖັນ</translation>
    </message>
</context>
<context>
    <name>sala::RosterStore</name>
    <message>
        <source>save the participant “%1”</source>
        <translation>ບັນທຶກຜູ້ເຂົ້າຮ່ວມ “%1”</translation>
    </message>
    <message>
        <source>Participant %1 no longer exists or has been erased; nothing was changed.</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ %1 ບໍ່ມີຢູ່ແລ້ວ ຫຼື ຖືກລົບລ້າງແລ້ວ; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>remove a participant</source>
        <translation>ເອົາຜູ້ເຂົ້າຮ່ວມອອກ</translation>
    </message>
    <message>
        <source>enrol participant %1</source>
        <translation>ລົງທະບຽນຜູ້ເຂົ້າຮ່ວມ %1</translation>
    </message>
    <message>
        <source>remove participant %1 from the roster</source>
        <translation>ເອົາຜູ້ເຂົ້າຮ່ວມ %1 ອອກຈາກລາຍຊື່</translation>
    </message>
    <message>
        <source>read the workshops of a participant</source>
        <translation>ອ່ານການຝຶກອົບຮົມຂອງຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>read who is expected at the session</source>
        <translation>ອ່ານວ່າໃຜຄາດວ່າຈະມາພາກນີ້</translation>
    </message>
    <message>
        <source>change who is expected at the session</source>
        <translation>ປ່ຽນວ່າໃຜຄາດວ່າຈະມາພາກນີ້</translation>
    </message>
    <message>
        <source>There is no participant with number %1.</source>
        <translation>ບໍ່ມີຜູ້ເຂົ້າຮ່ວມເລກທີ %1.</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>ອ່ານລາຍຊື່ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>find the personal data of the workshop</source>
        <translation>ຊອກຫາຂໍ້ມູນສ່ວນບຸກຄົນຂອງການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນ</translation>
    </message>
    <message>
        <source>Could not turn on secure delete, so nothing was erased.</source>
        <translation>ບໍ່ສາມາດເປີດການລຶບແບບປອດໄພ (secure delete) ໄດ້, ຈຶ່ງບໍ່ໄດ້ລົບລ້າງຫຍັງ.</translation>
    </message>
    <message>
        <source>(file name removed at erasure)</source>
        <translation>(ລຶບຊື່ໄຟລ໌ອອກຕອນລົບລ້າງ)</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased at the end of the retention period</source>
        <translation>
            <numerusform>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %n ຄົນ ເມື່ອໝົດໄລຍະເກັບຮັກສາ</numerusform>
            <numerusform>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %n ຄົນ ເມື່ອໝົດໄລຍະເກັບຮັກສາ</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data of participant %1 erased</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %1 ແລ້ວ</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased</source>
        <translation>
            <numerusform>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %n ຄົນແລ້ວ</numerusform>
            <numerusform>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %n ຄົນແລ້ວ</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal data was erased, but Sala could not compact the database (%1), so old copies may remain in its free space. Close other Sala windows and erase again.</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນແລ້ວ, ແຕ່ Sala ບໍ່ສາມາດບີບອັດຖານຂໍ້ມູນໄດ້ (%1), ສະນັ້ນອາດຍັງມີສຳເນົາເກົ່າເຫຼືອຢູ່ໃນພື້ນທີ່ວ່າງຂອງມັນ. ໃຫ້ປິດໜ້າຕ່າງ Sala ອື່ນໆ ແລ້ວລົບລ້າງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The personal data was erased, but another program is reading the database, so a copy may remain in its write-ahead log until that program closes. Close other Sala windows and erase again.</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນແລ້ວ, ແຕ່ມີໂປຣແກຣມອື່ນກຳລັງອ່ານຖານຂໍ້ມູນຢູ່, ສະນັ້ນອາດຍັງມີສຳເນົາເຫຼືອຢູ່ໃນ write-ahead log ຈົນກວ່າໂປຣແກຣມນັ້ນຈະປິດ. ໃຫ້ປິດໜ້າຕ່າງ Sala ອື່ນໆ ແລ້ວລົບລ້າງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>read the retention period</source>
        <translation>ອ່ານໄລຍະເກັບຮັກສາ</translation>
    </message>
    <message>
        <source>A retention period cannot be negative.</source>
        <translation>ໄລຍະເກັບຮັກສາຕ້ອງບໍ່ຕິດລົບ.</translation>
    </message>
    <message>
        <source>save the retention period</source>
        <translation>ບັນທຶກໄລຍະເກັບຮັກສາ</translation>
    </message>
    <message>
        <source>check the retention periods</source>
        <translation>ກວດສອບໄລຍະເກັບຮັກສາ</translation>
    </message>
    <message>
        <source>change the role of participant %1</source>
        <translation>ປ່ຽນບົດບາດຂອງຜູ້ເຂົ້າຮ່ວມ %1</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop&apos;s roster any more; the role was not changed.</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ %1 ບໍ່ຢູ່ໃນລາຍຊື່ຂອງການຝຶກອົບຮົມນີ້ແລ້ວ; ບົດບາດບໍ່ໄດ້ຖືກປ່ຽນ.</translation>
    </message>
</context>
<context>
    <name>sala::RosterView</name>
    <message>
        <source>Search names, aliases, organizations, emails…</source>
        <translation>ຄົ້ນຫາຊື່, ຊື່ອື່ນ, ອົງກອນ, ອີເມວ…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>ຄົ້ນຫາໃນລາຍຊື່</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>ທຸກເພດ</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>ທຸກອົງກອນ</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>ການຍິນຍອມ: ທັງໝົດ</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>ໃຫ້ການຍິນຍອມແລ້ວ</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>ບໍ່ມີການຍິນຍອມ</translation>
    </message>
    <message>
        <source>Every enrolled person</source>
        <translation>ທຸກຄົນທີ່ລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Expected this session</source>
        <translation>ຄາດວ່າຈະມາພາກນີ້</translation>
    </message>
    <message>
        <source>Not expected this session</source>
        <translation>ບໍ່ໄດ້ຄາດວ່າຈະມາພາກນີ້</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>ກັ່ນຕອງຕາມປະເທດ</translation>
    </message>
    <message>
        <source>Filter by sex</source>
        <translation>ກັ່ນຕອງຕາມເພດ</translation>
    </message>
    <message>
        <source>Filter by organization type</source>
        <translation>ກັ່ນຕອງຕາມປະເພດອົງກອນ</translation>
    </message>
    <message>
        <source>Filter by consent</source>
        <translation>ກັ່ນຕອງຕາມການຍິນຍອມ</translation>
    </message>
    <message>
        <source>Filter by enrolment in this session</source>
        <translation>ກັ່ນຕອງຕາມການລົງທະບຽນໃນພາກນີ້</translation>
    </message>
    <message>
        <source>Roster counts</source>
        <translation>ຈຳນວນໃນລາຍຊື່</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>ການກະທຳຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Erase Its Personal &amp;Data…</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນ (&amp;D)…</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>ໄວ້ພາຍຫຼັງ (&amp;N)</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນ</translation>
    </message>
    <message>
        <source>Erase the personal data of everyone on this workshop&apos;s roster who is not on the roster of another workshop still in use? Names, contacts and notes are removed from the database file; counts by sex, country, organization type and attendance stay for reports. This cannot be undone.</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງທຸກຄົນໃນລາຍຊື່ຂອງການຝຶກອົບຮົມນີ້ ທີ່ບໍ່ໄດ້ຢູ່ໃນລາຍຊື່ຂອງການຝຶກອົບຮົມອື່ນທີ່ຍັງໃຊ້ຢູ່ບໍ? ຊື່, ຂໍ້ມູນຕິດຕໍ່ ແລະ ໝາຍເຫດ ຈະຖືກລຶບອອກຈາກໄຟລ໌ຖານຂໍ້ມູນ; ຈຳນວນນັບຕາມເພດ, ປະເທດ, ປະເພດອົງກອນ ແລະ ການເຂົ້າຮ່ວມ ຈະຍັງເກັບໄວ້ສຳລັບລາຍງານ. ບໍ່ສາມາດຍ້ອນກັບໄດ້.</translation>
    </message>
    <message>
        <source>The workshop&apos;s personal data was erased; anonymous counts are kept.</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງການຝຶກອົບຮົມແລ້ວ; ຍັງເກັບຈຳນວນນັບແບບບໍ່ລະບຸຊື່ໄວ້.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ຄົ້ນຫາ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>ກັ່ນຕອງ (&amp;F):</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>ລາຍຊື່ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>&amp;Change Selected</source>
        <translation>ປ່ຽນລາຍການທີ່ເລືອກ (&amp;C)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ນຳເຂົ້າ (&amp;I)…</translation>
    </message>
    <message>
        <source>Add people from a registration export: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox or any spreadsheet</source>
        <translation>ເພີ່ມຄົນຈາກໄຟລ໌ລົງທະບຽນທີ່ສົ່ງອອກມາ: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox ຫຼື ໄຟລ໌ຕາຕະລາງໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>ເພີ່ມ (&amp;A)…</translation>
    </message>
    <message>
        <source>Type in a new participant</source>
        <translation>ພິມເພີ່ມຜູ້ເຂົ້າຮ່ວມໃໝ່</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>ລາຍລະອຽດ (&amp;D)…</translation>
    </message>
    <message>
        <source>Every detail and the consent of the selected person</source>
        <translation>ຂໍ້ມູນທັງໝົດ ແລະ ການຍິນຍອມຂອງຄົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ເອົາອອກ (&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected people off this workshop&apos;s roster (their record stays)</source>
        <translation>ເອົາຄົນທີ່ເລືອກອອກຈາກລາຍຊື່ຂອງການຝຶກອົບຮົມນີ້ (ຂໍ້ມູນຂອງເຂົາເຈົ້າຍັງຄົງຢູ່)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ສົ່ງອອກ (&amp;X)…</translation>
    </message>
    <message>
        <source>Write the roster as CSV or JSON; the export is logged</source>
        <translation>ບັນທຶກລາຍຊື່ເປັນ CSV ຫຼື JSON; ການສົ່ງອອກຈະຖືກບັນທຶກປະຫວັດໄວ້</translation>
    </message>
    <message>
        <source>Access &amp;Request…</source>
        <translation>ຄຳຮ້ອງຂໍເຂົ້າເຖິງຂໍ້ມູນ (&amp;R)…</translation>
    </message>
    <message>
        <source>Write everything stored about the selected person to a JSON file, to answer an access request</source>
        <translation>ບັນທຶກທຸກຢ່າງທີ່ເກັບໄວ້ກ່ຽວກັບຄົນທີ່ເລືອກລົງໄຟລ໌ JSON, ເພື່ອຕອບຄຳຮ້ອງຂໍເຂົ້າເຖິງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>ລົບລ້າງ…</translation>
    </message>
    <message>
        <source>Remove the selected people&apos;s personal data from the database file for good</source>
        <translation>ລຶບຂໍ້ມູນສ່ວນບຸກຄົນຂອງຄົນທີ່ເລືອກອອກຈາກໄຟລ໌ຖານຂໍ້ມູນຢ່າງຖາວອນ</translation>
    </message>
    <message>
        <source>Retention &amp;Period…</source>
        <translation>ໄລຍະເກັບຮັກສາ (&amp;P)…</translation>
    </message>
    <message>
        <source>How long this workshop&apos;s personal data is kept</source>
        <translation>ຂໍ້ມູນສ່ວນບຸກຄົນຂອງການຝຶກອົບຮົມນີ້ຈະຖືກເກັບໄວ້ດົນປານໃດ</translation>
    </message>
    <message>
        <source>Enterprise &amp;Size Rules…</source>
        <translation>ເກນຂະໜາດວິສາຫະກິດ (&amp;S)…</translation>
    </message>
    <message>
        <source>Head counts of micro, small and medium enterprises</source>
        <translation>ຈຳນວນພະນັກງານຂອງວິສາຫະກິດຂະໜາດຈຸລະ, ນ້ອຍ ແລະ ກາງ</translation>
    </message>
    <message>
        <source>Personal Data &amp;Log…</source>
        <translation>ບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ (&amp;L)…</translation>
    </message>
    <message>
        <source>Every export of personal data and every erasure</source>
        <translation>ທຸກການສົ່ງອອກຂໍ້ມູນສ່ວນບຸກຄົນ ແລະ ທຸກການລົບລ້າງ</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>ເຊັກອິນ (&amp;C)</translation>
    </message>
    <message>
        <source>Show the live check-in panel beside the roster</source>
        <translation>ສະແດງແຖບເຊັກອິນແບບສົດຢູ່ຂ້າງລາຍຊື່</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>ປະເທດ…</translation>
    </message>
    <message>
        <source>Change Country</source>
        <translation>ປ່ຽນປະເທດ</translation>
    </message>
    <message>
        <source>Country of the selected people:</source>
        <translation>ປະເທດຂອງຄົນທີ່ເລືອກ:</translation>
    </message>
    <message>
        <source>Change the country of the selection</source>
        <translation>ປ່ຽນປະເທດຂອງຄົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>ເພດ: %1</translation>
    </message>
    <message>
        <source>Change the sex of the selection</source>
        <translation>ປ່ຽນເພດຂອງຄົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Organization type: %1</source>
        <translation>ປະເພດອົງກອນ: %1</translation>
    </message>
    <message>
        <source>Change the organization type of the selection</source>
        <translation>ປ່ຽນປະເພດອົງກອນຂອງຄົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>ອາຍຸ: %1</translation>
    </message>
    <message>
        <source>Change the age of the selection</source>
        <translation>ປ່ຽນອາຍຸຂອງຄົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Consent Given Now</source>
        <translation>ໃຫ້ການຍິນຍອມຕອນນີ້</translation>
    </message>
    <message>
        <source>Record consent for the selection</source>
        <translation>ບັນທຶກການຍິນຍອມຂອງຄົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Consent Withdrawn</source>
        <translation>ຖອນການຍິນຍອມ</translation>
    </message>
    <message>
        <source>Withdraw consent for the selection</source>
        <translation>ຖອນການຍິນຍອມຂອງຄົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Expected at This Session</source>
        <translation>ຄາດວ່າຈະມາພາກນີ້</translation>
    </message>
    <message>
        <source>Not Expected at This Session</source>
        <translation>ບໍ່ໄດ້ຄາດວ່າຈະມາພາກນີ້</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>ທຸກປະເທດ</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (ສະແດງ %n)</numerusform>
            <numerusform> (ສະແດງ %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>ບໍ່ມີປະເທດ</translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>ບໍ່ມີການຍິນຍອມ %n ຄົນ</numerusform>
            <numerusform>ບໍ່ມີການຍິນຍອມ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from this workshop&apos;s roster; Ctrl+Z brings them back. Their record stays: use Erase to remove their personal data.</source>
        <translation>ເອົາອອກຈາກລາຍຊື່ຂອງການຝຶກອົບຮົມນີ້ແລ້ວ; Ctrl+Z ເພື່ອເອົາກັບຄືນ. ຂໍ້ມູນຂອງເຂົາເຈົ້າຍັງຄົງຢູ່: ໃຊ້ ລົບລ້າງ ເພື່ອລຶບຂໍ້ມູນສ່ວນບຸກຄົນ.</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>ພິມເອງ</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>ເພີ່ມຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>ເພີ່ມ “%1”</translation>
    </message>
    <message>
        <source>Participant — %1</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ — %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>ແກ້ໄຂ “%1”</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>ນຳເຂົ້າຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Registration exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>ໄຟລ໌ລົງທະບຽນ (*.csv *.txt *.tsv *.xlsx);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 merged into existing records, %4 skipped.</source>
        <translation>ນຳເຂົ້າຈາກ %1: ເພີ່ມ %2, ລວມເຂົ້າກັບຂໍ້ມູນທີ່ມີຢູ່ແລ້ວ %3, ຂ້າມ %4.</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? Their names, contact details, notes and consent record are removed from the database file itself; counts by sex, country, organization type and attendance stay for past reports. This cannot be undone, and it clears the undo history. Backups made earlier still hold the data.</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງ %1 ບໍ? ຊື່, ຂໍ້ມູນຕິດຕໍ່, ໝາຍເຫດ ແລະ ບັນທຶກການຍິນຍອມ ຈະຖືກລຶບອອກຈາກໄຟລ໌ຖານຂໍ້ມູນເອງ; ຈຳນວນນັບຕາມເພດ, ປະເທດ, ປະເພດອົງກອນ ແລະ ການເຂົ້າຮ່ວມ ຈະຍັງເກັບໄວ້ສຳລັບລາຍງານທີ່ຜ່ານມາ. ບໍ່ສາມາດຍ້ອນກັບໄດ້ ແລະ ປະຫວັດການຍ້ອນກັບຈະຖືກລ້າງອອກ. ໄຟລ໌ສຳຮອງທີ່ເຮັດໄວ້ກ່ອນໜ້ານີ້ ຍັງມີຂໍ້ມູນນີ້ຢູ່.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n ຄົນ</numerusform>
            <numerusform>%n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n person(s); anonymous counts are kept.</source>
        <translation>
            <numerusform>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງ %n ຄົນແລ້ວ; ຍັງເກັບຈຳນວນນັບແບບບໍ່ລະບຸຊື່ໄວ້.</numerusform>
            <numerusform>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງ %n ຄົນແລ້ວ; ຍັງເກັບຈຳນວນນັບແບບບໍ່ລະບຸຊື່ໄວ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access request - participant %1</source>
        <translation>ຄຳຮ້ອງຂໍເຂົ້າເຖິງຂໍ້ມູນ - ຜູ້ເຂົ້າຮ່ວມ %1</translation>
    </message>
    <message>
        <source>Export Access Request</source>
        <translation>ສົ່ງອອກຄຳຮ້ອງຂໍເຂົ້າເຖິງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything stored about %1 is in %2. The export is recorded in the personal data log.</source>
        <translation>ທຸກຢ່າງທີ່ເກັບໄວ້ກ່ຽວກັບ %1 ຢູ່ໃນ %2. ການສົ່ງອອກນີ້ຖືກບັນທຶກໄວ້ໃນບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນແລ້ວ.</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ %1</translation>
    </message>
    <message>
        <source> - roster</source>
        <translation> - ລາຍຊື່</translation>
    </message>
    <message>
        <source>Export Roster</source>
        <translation>ສົ່ງອອກລາຍຊື່</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n participant(s) to %1; the export is recorded in the personal data log.</source>
        <translation>
            <numerusform>ບັນທຶກຜູ້ເຂົ້າຮ່ວມ %n ຄົນລົງ %1 ແລ້ວ; ການສົ່ງອອກນີ້ຖືກບັນທຶກໄວ້ໃນບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ.</numerusform>
            <numerusform>ບັນທຶກຜູ້ເຂົ້າຮ່ວມ %n ຄົນລົງ %1 ແລ້ວ; ການສົ່ງອອກນີ້ຖືກບັນທຶກໄວ້ໃນບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent are marked “NO CONSENT”.</source>
        <translation>
            <numerusform>%n ຄົນທີ່ບໍ່ມີການຍິນຍອມ ຖືກໝາຍວ່າ “NO CONSENT”.</numerusform>
            <numerusform>%n ຄົນທີ່ບໍ່ມີການຍິນຍອມ ຖືກໝາຍວ່າ “NO CONSENT”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Period</source>
        <translation>ໄລຍະເກັບຮັກສາ</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ບໍ່ໄດ້ກຳນົດ</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ເດືອນ</translation>
    </message>
    <message>
        <source>Keep the personal data of this workshop&apos;s participants for this long after its last session. When the period has passed, Sala offers to erase it and keeps the anonymous counts.</source>
        <translation>ເກັບຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມການຝຶກອົບຮົມນີ້ໄວ້ເປັນເວລາເທົ່ານີ້ ຫຼັງຈາກພາກສຸດທ້າຍ. ເມື່ອໝົດໄລຍະແລ້ວ, Sala ຈະສະເໜີໃຫ້ລົບລ້າງ ແລະ ເກັບຈຳນວນນັບແບບບໍ່ລະບຸຊື່ໄວ້.</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>ເກັບໄວ້ (&amp;K):</translation>
    </message>
    <message numerus="yes">
        <source>The retention period of “%1” ended on %2: the personal data of %n participant(s) is still stored. Erase it now? Anonymous counts for reports are kept.</source>
        <translation>
            <numerusform>ໄລຍະເກັບຮັກສາຂອງ “%1” ໝົດແລ້ວເມື່ອ %2: ຍັງມີຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %n ຄົນເກັບໄວ້ຢູ່. ລົບລ້າງຕອນນີ້ບໍ? ຈຳນວນນັບແບບບໍ່ລະບຸຊື່ສຳລັບລາຍງານຈະຍັງເກັບໄວ້.</numerusform>
            <numerusform>ໄລຍະເກັບຮັກສາຂອງ “%1” ໝົດແລ້ວເມື່ອ %2: ຍັງມີຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %n ຄົນເກັບໄວ້ຢູ່. ລົບລ້າງຕອນນີ້ບໍ? ຈຳນວນນັບແບບບໍ່ລະບຸຊື່ສຳລັບລາຍງານຈະຍັງເກັບໄວ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>ບົດບາດ: %1</translation>
    </message>
    <message>
        <source>Change the role of the selection</source>
        <translation>ປ່ຽນບົດບາດຂອງຄົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>team (not counted): %1</source>
        <translation>ທີມງານ (ບໍ່ນັບ): %1</translation>
    </message>
</context>
<context>
    <name>sala::RunEngine</name>
    <message>
        <source>This session has no activities yet: add them in Plan mode, then start it.</source>
        <translation>ພາກນີ້ຍັງບໍ່ມີກິດຈະກຳ: ໃຫ້ເພີ່ມໃນໂໝດແຜນ, ແລ້ວຈຶ່ງເລີ່ມ.</translation>
    </message>
    <message>
        <source>The session is already running.</source>
        <translation>ພາກນີ້ກຳລັງດຳເນີນຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>The session is finished. Use Start over to run it again.</source>
        <translation>ພາກນີ້ຈົບແລ້ວ. ໃຊ້ ເລີ່ມໃໝ່ ເພື່ອດຳເນີນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>ພາກນີ້ຈົບແລ້ວ.</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>ພາກນີ້ຍັງບໍ່ທັນເລີ່ມ.</translation>
    </message>
    <message>
        <source>This session has no activities.</source>
        <translation>ພາກນີ້ບໍ່ມີກິດຈະກຳ.</translation>
    </message>
    <message>
        <source>This is the first activity.</source>
        <translation>ນີ້ແມ່ນກິດຈະກຳທຳອິດ.</translation>
    </message>
    <message>
        <source>There is no activity %1 in this session.</source>
        <translation>ພາກນີ້ບໍ່ມີກິດຈະກຳ %1.</translation>
    </message>
    <message>
        <source>That activity is already running.</source>
        <translation>ກິດຈະກຳນັ້ນກຳລັງດຳເນີນຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>Nothing is running to pause.</source>
        <translation>ບໍ່ມີຫຍັງກຳລັງດຳເນີນຢູ່ໃຫ້ຢຸດຊົ່ວຄາວ.</translation>
    </message>
    <message>
        <source>The session is already paused.</source>
        <translation>ພາກນີ້ຢຸດຊົ່ວຄາວຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>The session is not paused.</source>
        <translation>ພາກນີ້ບໍ່ໄດ້ຢຸດຊົ່ວຄາວ.</translation>
    </message>
    <message>
        <source>Start the session first: time is added to the running activity.</source>
        <translation>ໃຫ້ເລີ່ມພາກກ່ອນ: ເວລາຈະຖືກເພີ່ມໃສ່ກິດຈະກຳທີ່ກຳລັງດຳເນີນ.</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>ໃຫ້ເລີ່ມພາກກ່ອນ: ເວລາທີ່ເຫຼືອແມ່ນຂອງກິດຈະກຳທີ່ກຳລັງດຳເນີນ.</translation>
    </message>
    <message>
        <source>The time left cannot be negative.</source>
        <translation>ເວລາທີ່ເຫຼືອຕ້ອງບໍ່ຕິດລົບ.</translation>
    </message>
    <message>
        <source>The running activity has no breakout rounds.</source>
        <translation>ກິດຈະກຳທີ່ກຳລັງດຳເນີນບໍ່ມີຮອບກຸ່ມຍ່ອຍ.</translation>
    </message>
    <message>
        <source>The session is already finished.</source>
        <translation>ພາກນີ້ຈົບແລ້ວ.</translation>
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
        <translation>ເລີ່ມພາກ; ຈາກນັ້ນ ຢຸດຊົ່ວຄາວ ແລະ ສືບຕໍ່</translation>
    </message>
    <message>
        <source>→ Right</source>
        <translation>→ ຂວາ</translation>
    </message>
    <message>
        <source>Next activity (on the last one: finish)</source>
        <translation>ກິດຈະກຳຕໍ່ໄປ (ຖ້າເປັນກິດຈະກຳສຸດທ້າຍ: ຈົບພາກ)</translation>
    </message>
    <message>
        <source>← Left</source>
        <translation>← ຊ້າຍ</translation>
    </message>
    <message>
        <source>Previous activity (it goes on where it stopped)</source>
        <translation>ກິດຈະກຳກ່ອນໜ້າ (ສືບຕໍ່ຈາກບ່ອນທີ່ຢຸດໄວ້)</translation>
    </message>
    <message>
        <source>= or keypad +</source>
        <translation>= ຫຼື + ເທິງແປ້ນຕົວເລກ</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>ເພີ່ມໜຶ່ງນາທີ</translation>
    </message>
    <message>
        <source>− or keypad −</source>
        <translation>− ຫຼື − ເທິງແປ້ນຕົວເລກ</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>ຫຼຸດໜຶ່ງນາທີ</translation>
    </message>
    <message>
        <source>Shift with = (that is, +)</source>
        <translation>Shift ກັບ = (ຄື +)</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>ເພີ່ມຫ້ານາທີ</translation>
    </message>
    <message>
        <source>Shift with − (that is, _)</source>
        <translation>Shift ກັບ − (ຄື _)</translation>
    </message>
    <message>
        <source>Five minutes less</source>
        <translation>ຫຼຸດຫ້ານາທີ</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Set the time left (type 5 or 4:30, then Enter)</source>
        <translation>ຕັ້ງເວລາທີ່ເຫຼືອ (ພິມ 5 ຫຼື 4:30, ແລ້ວກົດ Enter)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here</source>
        <translation>ຫ້ອງຍ່ອຍເປີດແລ້ວ: ເລີ່ມນັບຮອບຈາກຕອນນີ້</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Copy the participant instructions for the chat</source>
        <translation>ສຳເນົາຄຳແນະນຳສຳລັບຜູ້ເຂົ້າຮ່ວມ ເພື່ອວາງໃນແຊັດ</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Copy the broadcast text that is due</source>
        <translation>ສຳເນົາຂໍ້ຄວາມກະຈາຍທີ່ຮອດເວລາສົ່ງ</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Apply the suggested trim (Ctrl+Z undoes it)</source>
        <translation>ໃຊ້ການຫຍໍ້ເວລາທີ່ແນະນຳ (Ctrl+Z ເພື່ອຍ້ອນກັບ)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>ຈົບພາກ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show or hide the presenter timer</source>
        <translation>ສະແດງ ຫຼື ເຊື່ອງໂມງຈັບເວລານຳສະເໜີ</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 ຫຼື ?</translation>
    </message>
    <message>
        <source>Show or hide this list (Esc closes it too)</source>
        <translation>ສະແດງ ຫຼື ເຊື່ອງລາຍການນີ້ (ກົດ Esc ກໍປິດໄດ້)</translation>
    </message>
    <message>
        <source>Keys of Run mode</source>
        <translation>ປຸ່ມຂອງໂໝດດຳເນີນ</translation>
    </message>
    <message>
        <source>Keys in Run mode</source>
        <translation>ປຸ່ມໃນໂໝດດຳເນີນ</translation>
    </message>
    <message>
        <source>The keys work whenever Run mode is shown, also in the presenter timer, except while you type in a text field. Shift decides between one and five minutes: = and − give one, Shift with the same key gives five.</source>
        <translation>ປຸ່ມເຫຼົ່ານີ້ໃຊ້ໄດ້ທຸກເວລາທີ່ສະແດງໂໝດດຳເນີນ, ລວມທັງໃນໂມງຈັບເວລານຳສະເໜີ, ຍົກເວັ້ນຕອນທີ່ທ່ານກຳລັງພິມໃນຊ່ອງຂໍ້ຄວາມ. Shift ກຳນົດວ່າຈະເປັນໜຶ່ງ ຫຼື ຫ້ານາທີ: = ແລະ − ແມ່ນໜຶ່ງນາທີ, ກົດ Shift ກັບປຸ່ມດຽວກັນແມ່ນຫ້ານາທີ.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Say the time left (shown here and read by a screen reader)</source>
        <translation>ບອກເວລາທີ່ເຫຼືອ (ສະແດງຢູ່ບ່ອນນີ້ ແລະ ໃຫ້ໂປຣແກຣມອ່ານໜ້າຈໍອ່ານອອກສຽງ)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Place the selected late arrival in the suggested room</source>
        <translation>ຈັດຜູ້ມາຊ້າທີ່ເລືອກເຂົ້າຫ້ອງທີ່ແນະນຳ</translation>
    </message>
</context>
<context>
    <name>sala::RunLogStore</name>
    <message>
        <source>record the run action</source>
        <translation>ບັນທຶກການກະທຳໃນການດຳເນີນ</translation>
    </message>
    <message>
        <source>read the run log</source>
        <translation>ອ່ານບັນທຶກປະຫວັດການດຳເນີນ</translation>
    </message>
    <message>
        <source>read the wrap-up warnings</source>
        <translation>ອ່ານແຈ້ງເຕືອນຊ່ວງສະຫຼຸບ</translation>
    </message>
    <message>
        <source>save the wrap-up warning</source>
        <translation>ບັນທຶກແຈ້ງເຕືອນຊ່ວງສະຫຼຸບ</translation>
    </message>
</context>
<context>
    <name>sala::RunRoomsPanel</name>
    <message>
        <source>Rooms</source>
        <translation>ຫ້ອງ</translation>
    </message>
    <message>
        <source>Place in suggested room</source>
        <translation>ຈັດເຂົ້າຫ້ອງທີ່ແນະນຳ</translation>
    </message>
    <message>
        <source>Open Breakouts mode</source>
        <translation>ເປີດໂໝດກຸ່ມຍ່ອຍ</translation>
    </message>
    <message>
        <source>Rooms of the breakout activity</source>
        <translation>ຫ້ອງຂອງກິດຈະກຳກຸ່ມຍ່ອຍ</translation>
    </message>
    <message>
        <source>Round shown in the rooms</source>
        <translation>ຮອບທີ່ສະແດງໃນຫ້ອງ</translation>
    </message>
    <message>
        <source>The round under way is marked “now”; choose another round to look at it</source>
        <translation>ຮອບທີ່ກຳລັງດຳເນີນຈະມີປ້າຍ “ຕອນນີ້”; ເລືອກຮອບອື່ນເພື່ອເບິ່ງຮອບນັ້ນ</translation>
    </message>
    <message>
        <source>In the call but in no room</source>
        <translation>ຢູ່ໃນການປະຊຸມ ແຕ່ບໍ່ມີຫ້ອງ</translation>
    </message>
    <message>
        <source>People checked in who have no room in this round, with the room Sala suggests; Enter or P places the selected one</source>
        <translation>ຄົນທີ່ເຊັກອິນແລ້ວ ແຕ່ບໍ່ມີຫ້ອງໃນຮອບນີ້, ພ້ອມຫ້ອງທີ່ Sala ແນະນຳ; ກົດ Enter ຫຼື P ເພື່ອຈັດຄົນທີ່ເລືອກເຂົ້າຫ້ອງ</translation>
    </message>
    <message>
        <source>Breakout rooms of the round</source>
        <translation>ຫ້ອງຍ່ອຍຂອງຮອບນີ້</translation>
    </message>
    <message>
        <source>Put the selected person, who is in the call but in no room, into the room Sala suggests: the fewest people already met, the smallest room, the best mix. Stored at once; Ctrl+Z undoes it (P)</source>
        <translation>ຈັດຄົນທີ່ເລືອກ (ຢູ່ໃນການປະຊຸມ ແຕ່ບໍ່ມີຫ້ອງ) ເຂົ້າຫ້ອງທີ່ Sala ແນະນຳ: ພົບຄົນທີ່ເຄີຍພົບແລ້ວໜ້ອຍທີ່ສຸດ, ຫ້ອງນ້ອຍທີ່ສຸດ, ປະສົມກັນດີທີ່ສຸດ. ບັນທຶກທັນທີ; Ctrl+Z ເພື່ອຍ້ອນກັບ (P)</translation>
    </message>
    <message>
        <source>Suggested room</source>
        <translation>ຫ້ອງທີ່ແນະນຳ</translation>
    </message>
    <message>
        <source>No rooms saved</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກຫ້ອງ</translation>
    </message>
    <message>
        <source>Make the rooms of this activity in Breakouts mode (Ctrl+3)</source>
        <translation>ສ້າງຫ້ອງຂອງກິດຈະກຳນີ້ໃນໂໝດກຸ່ມຍ່ອຍ (Ctrl+3)</translation>
    </message>
    <message>
        <source>No rooms are saved for “%1” yet. Make them in Breakouts mode; they show here round by round while the activity runs.</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກຫ້ອງສຳລັບ “%1”. ໃຫ້ສ້າງໃນໂໝດກຸ່ມຍ່ອຍ; ຫ້ອງຈະສະແດງຢູ່ບ່ອນນີ້ເທື່ອລະຮອບ ໃນຂະນະທີ່ກິດຈະກຳດຳເນີນ.</translation>
    </message>
    <message>
        <source>Round %1 of %2 · now</source>
        <translation>ຮອບ %1 ຈາກ %2 · ຕອນນີ້</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>ຮອບ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>In the call but in no room of this round; Enter or P places %1 in the suggested room</source>
        <translation>ຢູ່ໃນການປະຊຸມ ແຕ່ບໍ່ມີຫ້ອງໃນຮອບນີ້; ກົດ Enter ຫຼື P ເພື່ອຈັດ %1 ເຂົ້າຫ້ອງທີ່ແນະນຳ</translation>
    </message>
    <message>
        <source>&amp;Not in a room (%1):</source>
        <translation>ບໍ່ມີຫ້ອງ (%1) (&amp;N):</translation>
    </message>
    <message>
        <source>(left)</source>
        <translation>(ອອກແລ້ວ)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ບໍ່ມີໃຜ</translation>
    </message>
    <message>
        <source>Everyone checked in has a room.</source>
        <translation>ທຸກຄົນທີ່ເຊັກອິນແລ້ວມີຫ້ອງແລ້ວ.</translation>
    </message>
    <message>
        <source>Everyone checked in has a room in this round: nobody to place.</source>
        <translation>ທຸກຄົນທີ່ເຊັກອິນແລ້ວມີຫ້ອງໃນຮອບນີ້ແລ້ວ: ບໍ່ມີໃຜຕ້ອງຈັດເຂົ້າຫ້ອງ.</translation>
    </message>
    <message>
        <source>No rooms are saved for this activity yet: make them in Breakouts mode (Ctrl+3).</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກຫ້ອງສຳລັບກິດຈະກຳນີ້: ໃຫ້ສ້າງໃນໂໝດກຸ່ມຍ່ອຍ (Ctrl+3).</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>ຈັດ %1 ເຂົ້າ %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before. Ctrl+Z undoes it.</source>
        <translation>%1 ເຂົ້າ %2 ແລ້ວ: ບໍ່ມີໃຜໃນຫ້ອງນັ້ນເຄີຍພົບ %1 ມາກ່ອນ. Ctrl+Z ເພື່ອຍ້ອນກັບ.</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3. Ctrl+Z undoes it.</source>
        <translation>%1 ເຂົ້າ %2 ແລ້ວ, ເຊິ່ງເປັນຫ້ອງທີ່ດີທີ່ສຸດທີ່ເຫຼືອ; ຄົນໃນຫ້ອງນັ້ນທີ່ເຄີຍພົບ %1 ມາກ່ອນ: %3. Ctrl+Z ເພື່ອຍ້ອນກັບ.</translation>
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
        <translation>%1 ນາທີ</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ຊມ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ຊມ %2 ນາທີ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the plan runs %1 past the target: shorten or cut something</source>
        <translation>ແຜນເກີນເວລາເປົ້າໝາຍ %1: ໃຫ້ຫຍໍ້ ຫຼື ຕັດບາງຢ່າງອອກ</translation>
    </message>
    <message>
        <source>the plan ends %1 before the target</source>
        <translation>ແຜນຈົບກ່ອນເວລາເປົ້າໝາຍ %1</translation>
    </message>
    <message>
        <source>the plan ends on time</source>
        <translation>ແຜນຈົບຕາມເວລາ</translation>
    </message>
    <message>
        <source>may shorten to %1</source>
        <translation>ຫຍໍ້ໄດ້ເຖິງ %1</translation>
    </message>
    <message>
        <source>%1 (waits for this time when the plan runs early)</source>
        <translation>%1 (ຈະລໍຖ້າເວລານີ້ ຖ້າແຜນໄປໄວກວ່າກຳນົດ)</translation>
    </message>
    <message>
        <source>%1 groups of %2</source>
        <translation>%1 ກຸ່ມ, ກຸ່ມລະ %2 ຄົນ</translation>
    </message>
    <message>
        <source>groups of %1</source>
        <translation>ກຸ່ມລະ %1 ຄົນ</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 ກຸ່ມ</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Send %1 before the end of each round</source>
        <translation>ສົ່ງ %1 ກ່ອນໝົດແຕ່ລະຮອບ</translation>
    </message>
    <message>
        <source>Send %1 before the end</source>
        <translation>ສົ່ງ %1 ກ່ອນໝົດເວລາ</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>ແຜ່ນກຳນົດການ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>ແພລດຟອມ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>ຕາມແຜນ</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>ເຂດເວລາທີສອງ</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>ເວລາຈົບເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ບໍ່ໄດ້ກຳນົດ</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>ຜູ້ຈັດ</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>ຕາຕະລາງເວລາ</translation>
    </message>
    <message>
        <source>No activities are planned in this session yet.</source>
        <translation>ພາກນີ້ຍັງບໍ່ມີກິດຈະກຳໃນແຜນ.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>ຫ້ອງຍ່ອຍ</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>ການຈັດກຸ່ມ</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>ກຸ່ມ</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>ຮອບ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Broadcast messages to all rooms</source>
        <translation>ຂໍ້ຄວາມກະຈາຍເຖິງທຸກຫ້ອງ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>ເວລາເລີ່ມຄົງທີ່</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>ຈຸດປະສົງ</translation>
    </message>
    <message>
        <source>Instructions for participants (paste into the chat)</source>
        <translation>ຄຳແນະນຳສຳລັບຜູ້ເຂົ້າຮ່ວມ (ວາງໃນແຊັດ)</translation>
    </message>
    <message>
        <source>Facilitator notes (private: do not share with participants)</source>
        <translation>ບັນທຶກຂອງຜູ້ອຳນວຍຄວາມສະດວກ (ສ່ວນຕົວ: ຢ່າແບ່ງປັນໃຫ້ຜູ້ເຂົ້າຮ່ວມ)</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>ລາຍການກວດອຸປະກອນ</translation>
    </message>
    <message>
        <source>No activity lists any material.</source>
        <translation>ບໍ່ມີກິດຈະກຳໃດລະບຸອຸປະກອນ.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>ພ້ອມແລ້ວ</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>ໃຊ້ໃນ</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>ໃຊ້ໃນ %1</translation>
    </message>
    <message>
        <source>Run sheet: %1</source>
        <translation>ແຜ່ນກຳນົດການ: %1</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
</context>
<context>
    <name>sala::RunSheetPdf</name>
    <message>
        <source>Sala could not save the run sheet as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala ບັນທຶກແຜ່ນກຳນົດການເປັນ “%1” ບໍ່ໄດ້ (%2). ໃຫ້ກວດເບິ່ງວ່າມີໂຟນເດີນັ້ນ ແລະ ທ່ານມີສິດຂຽນໃສ່, ຫຼື ເລືອກບ່ອນອື່ນ.</translation>
    </message>
    <message>
        <source>The PDF run sheet needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>ແຜ່ນກຳນົດການແບບ PDF ຕ້ອງໃຊ້ລະບົບກຣາຟິກຂອງ Qt, ເຊິ່ງໂປຣແກຣມນີ້ບໍ່ໄດ້ເປີດໃຊ້. ໃຫ້ສ້າງ PDF ຈາກໜ້າຕ່າງຂອງ Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF run sheet.</source>
        <translation>ບໍ່ໄດ້ໃສ່ຊື່ໄຟລ໌ສຳລັບແຜ່ນກຳນົດການ PDF.</translation>
    </message>
</context>
<context>
    <name>sala::RunState</name>
    <message>
        <source>on time</source>
        <translation>ຕາມເວລາ</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>ຊ້າ %1 ນາທີ</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>ໄວ %1 ນາທີ</translation>
    </message>
</context>
<context>
    <name>sala::RunView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ມື້ %2 ຊມ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ຊມ %2 ນາທີ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 ນາທີ</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>ເລີ່ມໃນອີກ %1</translation>
    </message>
    <message>
        <source>Started %1 ago</source>
        <translation>ເລີ່ມມາແລ້ວ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Presenter Timer</source>
        <translation>ໂມງຈັບເວລານຳສະເໜີ (&amp;P)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ ກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Back to the previous activity (Left arrow)</source>
        <translation>ກັບໄປກິດຈະກຳກ່ອນໜ້າ (ລູກສອນຊ້າຍ)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ເລີ່ມ</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>ເລີ່ມ, ຢຸດຊົ່ວຄາວ ຫຼື ສືບຕໍ່ (Space)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>ຕໍ່ໄປ ▶</translation>
    </message>
    <message>
        <source>On to the next activity (Right arrow)</source>
        <translation>ໄປກິດຈະກຳຕໍ່ໄປ (ລູກສອນຂວາ)</translation>
    </message>
    <message>
        <source>Rooms open</source>
        <translation>ເປີດຫ້ອງແລ້ວ</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here (R)</source>
        <translation>ຫ້ອງຍ່ອຍເປີດແລ້ວ: ເລີ່ມນັບຮອບຈາກຕອນນີ້ (R)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>ຈົບ</translation>
    </message>
    <message>
        <source>Finish the session (End)</source>
        <translation>ຈົບພາກ (End)</translation>
    </message>
    <message>
        <source>Copy broadcast</source>
        <translation>ສຳເນົາຂໍ້ຄວາມກະຈາຍ</translation>
    </message>
    <message>
        <source>Copy the broadcast text for the platform&apos;s broadcast box (B)</source>
        <translation>ສຳເນົາຂໍ້ຄວາມກະຈາຍ ເພື່ອວາງໃນຊ່ອງກະຈາຍຂໍ້ຄວາມຂອງແພລດຟອມ (B)</translation>
    </message>
    <message>
        <source>Participant instructions</source>
        <translation>ຄຳແນະນຳສຳລັບຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Copy instructions</source>
        <translation>ສຳເນົາຄຳແນະນຳ</translation>
    </message>
    <message>
        <source>Copy the instructions for the meeting chat (C)</source>
        <translation>ສຳເນົາຄຳແນະນຳ ເພື່ອວາງໃນແຊັດຂອງການປະຊຸມ (C)</translation>
    </message>
    <message>
        <source>Current activity</source>
        <translation>ກິດຈະກຳປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Activity number and kind</source>
        <translation>ເລກ ແລະ ປະເພດຂອງກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>ກິດຈະກຳຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Breakout round</source>
        <translation>ຮອບກຸ່ມຍ່ອຍ</translation>
    </message>
    <message>
        <source>Ahead or behind the plan</source>
        <translation>ໄວ ຫຼື ຊ້າກວ່າແຜນ</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>ຄາດວ່າຈະຈົບ</translation>
    </message>
    <message>
        <source>Run messages</source>
        <translation>ຂໍ້ຄວາມການດຳເນີນ</translation>
    </message>
    <message>
        <source>−5</source>
        <translation>−5</translation>
    </message>
    <message>
        <source>Five minutes less (Shift with −)</source>
        <translation>ຫຼຸດຫ້ານາທີ (Shift ກັບ −)</translation>
    </message>
    <message>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <source>One minute less (−)</source>
        <translation>ຫຼຸດໜຶ່ງນາທີ (−)</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One minute more (=, or + on the keypad)</source>
        <translation>ເພີ່ມໜຶ່ງນາທີ (=, ຫຼື + ເທິງແປ້ນຕົວເລກ)</translation>
    </message>
    <message>
        <source>+5</source>
        <translation>+5</translation>
    </message>
    <message>
        <source>Five minutes more (Shift with =, that is +)</source>
        <translation>ເພີ່ມຫ້ານາທີ (Shift ກັບ =, ຄື +)</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>ຕັ້ງ…</translation>
    </message>
    <message>
        <source>Set the time left of this activity (S)</source>
        <translation>ຕັ້ງເວລາທີ່ເຫຼືອຂອງກິດຈະກຳນີ້ (S)</translation>
    </message>
    <message>
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>ເວລາທີ່ເຫຼືອ</translation>
    </message>
    <message>
        <source>Type the time left, such as 5 or 4:30, then press Enter; Esc cancels</source>
        <translation>ພິມເວລາທີ່ເຫຼືອ ເຊັ່ນ 5 ຫຼື 4:30, ແລ້ວກົດ Enter; ກົດ Esc ເພື່ອຍົກເລີກ</translation>
    </message>
    <message>
        <source>More</source>
        <translation>ເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <source>More run actions</source>
        <translation>ຄຳສັ່ງດຳເນີນເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <source>Suggested trim</source>
        <translation>ການຫຍໍ້ເວລາທີ່ແນະນຳ</translation>
    </message>
    <message>
        <source>Apply trim</source>
        <translation>ຫຍໍ້ເວລາ</translation>
    </message>
    <message>
        <source>Shorten the activities as suggested; Ctrl+Z undoes it (T)</source>
        <translation>ຫຍໍ້ກິດຈະກຳຕາມທີ່ແນະນຳ; Ctrl+Z ເພື່ອຍ້ອນກັບ (T)</translation>
    </message>
    <message>
        <source>Broadcast text</source>
        <translation>ຂໍ້ຄວາມກະຈາຍ</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>ລຳດັບກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Enter or double-click jumps to an activity</source>
        <translation>ກົດ Enter ຫຼື ຄລິກສອງເທື່ອ ເພື່ອໄປຫາກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມທີ່ລົງທະບຽນ</translation>
    </message>
    <message>
        <source>A compact timer that stays on top, to share into the call</source>
        <translation>ໂມງຈັບເວລາຂະໜາດນ້ອຍທີ່ຢູ່ເທິງສຸດສະເໝີ, ເພື່ອແບ່ງປັນໜ້າຈໍໃນການປະຊຸມ</translation>
    </message>
    <message>
        <source>Wrap-up warning for this activity…</source>
        <translation>ແຈ້ງເຕືອນຊ່ວງສະຫຼຸບສຳລັບກິດຈະກຳນີ້…</translation>
    </message>
    <message>
        <source>Wrap-up warning</source>
        <translation>ແຈ້ງເຕືອນຊ່ວງສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Minutes before the end of “%1” when the timer turns to wrap-up:</source>
        <translation>ຈຳນວນນາທີກ່ອນຈົບ “%1” ທີ່ໂມງຈັບເວລາຈະປ່ຽນເປັນຊ່ວງສະຫຼຸບ:</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>ປິດສຽງແຈ້ງເຕືອນ</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>ເລີ່ມໃໝ່…</translation>
    </message>
    <message>
        <source>Clear the run (after a rehearsal); the log keeps it as history</source>
        <translation>ລ້າງການດຳເນີນ (ຫຼັງການຊ້ອມ); ບັນທຶກປະຫວັດຍັງເກັບໄວ້</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>ເລີ່ມໃໝ່</translation>
    </message>
    <message>
        <source>Start the session over? The timer goes back to the first activity and the timing report starts afresh. The run so far stays in the log.</source>
        <translation>ເລີ່ມພາກໃໝ່ບໍ? ໂມງຈັບເວລາຈະກັບໄປກິດຈະກຳທຳອິດ ແລະ ລາຍງານເວລາຈະເລີ່ມໃໝ່. ການດຳເນີນທີ່ຜ່ານມາຍັງເກັບໄວ້ໃນບັນທຶກປະຫວັດ.</translation>
    </message>
    <message>
        <source>Wrap-up time for this activity.</source>
        <translation>ຮອດຊ່ວງສະຫຼຸບຂອງກິດຈະກຳນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Time is up: the activity is in overtime.</source>
        <translation>ໝົດເວລາແລ້ວ: ກິດຈະກຳນີ້ເກີນເວລາ.</translation>
    </message>
    <message>
        <source>“%1” has no participant instructions.</source>
        <translation>“%1” ບໍ່ມີຄຳແນະນຳສຳລັບຜູ້ເຂົ້າຮ່ວມ.</translation>
    </message>
    <message>
        <source>Instructions copied: paste them into the meeting chat.</source>
        <translation>ສຳເນົາຄຳແນະນຳແລ້ວ: ວາງໃສ່ແຊັດຂອງການປະຊຸມໄດ້ເລີຍ.</translation>
    </message>
    <message>
        <source>This activity has no broadcast texts.</source>
        <translation>ກິດຈະກຳນີ້ບໍ່ມີຂໍ້ຄວາມກະຈາຍ.</translation>
    </message>
    <message>
        <source>Broadcast copied: paste it into the platform&apos;s broadcast box.</source>
        <translation>ສຳເນົາຂໍ້ຄວາມກະຈາຍແລ້ວ: ວາງໃສ່ຊ່ອງກະຈາຍຂໍ້ຄວາມຂອງແພລດຟອມໄດ້ເລີຍ.</translation>
    </message>
    <message>
        <source>There is nothing to trim: the session is on time, or nothing left may be shortened.</source>
        <translation>ບໍ່ມີຫຍັງໃຫ້ຫຍໍ້: ພາກນີ້ຕາມເວລາ, ຫຼື ບໍ່ມີກິດຈະກຳທີ່ເຫຼືອໃດຫຍໍ້ໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Trim the rest of the session to end on time</source>
        <translation>ຫຍໍ້ເວລາສ່ວນທີ່ເຫຼືອຂອງພາກ ເພື່ອໃຫ້ຈົບຕາມເວລາ</translation>
    </message>
    <message>
        <source>Trimmed %1 min from the rest of the session; Ctrl+Z undoes it.</source>
        <translation>ຫຍໍ້ເວລາ %1 ນາທີ ຈາກສ່ວນທີ່ເຫຼືອຂອງພາກແລ້ວ; Ctrl+Z ເພື່ອຍ້ອນກັບ.</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>ໃຫ້ເລີ່ມພາກກ່ອນ: ເວລາທີ່ເຫຼືອແມ່ນຂອງກິດຈະກຳທີ່ກຳລັງດຳເນີນ.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type minutes such as 5, or minutes and seconds such as 4:30.</source>
        <translation>“%1” ບໍ່ແມ່ນເວລາ: ໃຫ້ພິມນາທີ ເຊັ່ນ 5, ຫຼື ນາທີ ແລະ ວິນາທີ ເຊັ່ນ 4:30.</translation>
    </message>
    <message>
        <source>Broadcast due now (round %1): press B to copy it.</source>
        <translation>ຮອດເວລາສົ່ງຂໍ້ຄວາມກະຈາຍແລ້ວ (ຮອບ %1): ກົດ B ເພື່ອສຳເນົາ.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People enrolled (%1)</source>
        <translation>ຄົນທີ່ລົງທະບຽນ (%1)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>ຕາມແຜນ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ຕົວຈິງ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>ເລີ່ມ (%1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ຕອນນີ້</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ສຳເລັດ</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>ບໍ່ມີພາກໃດເປີດຢູ່.</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>ພາກຈົບແລ້ວ</translation>
    </message>
    <message>
        <source>First activity of %1</source>
        <translation>ກິດຈະກຳທຳອິດຈາກ %1</translation>
    </message>
    <message>
        <source>Activity %1 of %2</source>
        <translation>ກິດຈະກຳ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This session has no activities yet.</source>
        <translation>ພາກນີ້ຍັງບໍ່ມີກິດຈະກຳ.</translation>
    </message>
    <message>
        <source>Next: %1 (%2, %3 min)</source>
        <translation>ຕໍ່ໄປ: %1 (%2, %3 ນາທີ)</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>ຕໍ່ໄປ: ຈົບພາກ</translation>
    </message>
    <message>
        <source>All %1 rounds are done.</source>
        <translation>ຄົບທັງ %1 ຮອບແລ້ວ.</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3 left in this round</source>
        <translation>ຮອບ %1 ຈາກ %2 · ຮອບນີ້ເຫຼືອ %3</translation>
    </message>
    <message>
        <source>%1 rounds of %2 min</source>
        <translation>%1 ຮອບ, ຮອບລະ %2 ນາທີ</translation>
    </message>
    <message>
        <source>● On time</source>
        <translation>● ຕາມເວລາ</translation>
    </message>
    <message>
        <source>▼ %1 min behind</source>
        <translation>▼ ຊ້າ %1 ນາທີ</translation>
    </message>
    <message>
        <source>▲ %1 min ahead</source>
        <translation>▲ ໄວ %1 ນາທີ</translation>
    </message>
    <message>
        <source>Finished at %1; planned end %2</source>
        <translation>ຈົບເວລາ %1; ຕາມແຜນຈົບ %2</translation>
    </message>
    <message>
        <source>Projected end %1; planned %2</source>
        <translation>ຄາດວ່າຈະຈົບ %1; ຕາມແຜນ %2</translation>
    </message>
    <message>
        <source>Planned start %1 · %2</source>
        <translation>ເລີ່ມຕາມແຜນ %1 · %2</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ ເລີ່ມ</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ ສືບຕໍ່</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>%1 %2→%3 min</source>
        <translation>%1 %2→%3 ນາທີ</translation>
    </message>
    <message>
        <source>To end by %1, shorten (%2 min in all): %3.</source>
        <translation>ເພື່ອໃຫ້ຈົບພາຍໃນ %1, ໃຫ້ຫຍໍ້ (ລວມ %2 ນາທີ): %3.</translation>
    </message>
    <message>
        <source>Even at their minimums the activities still to come save only %1 of %2 min; the session then ends at %3. Shorten: %4.</source>
        <translation>ເຖິງແມ່ນຈະຫຍໍ້ກິດຈະກຳທີ່ເຫຼືອໃຫ້ສັ້ນທີ່ສຸດແລ້ວ ກໍປະຢັດໄດ້ພຽງ %1 ຈາກ %2 ນາທີ; ພາກຈະຈົບເວລາ %3. ໃຫ້ຫຍໍ້: %4.</translation>
    </message>
    <message>
        <source>▶ Broadcast due now (round %1 of %2)</source>
        <translation>▶ ຮອດເວລາສົ່ງຂໍ້ຄວາມກະຈາຍແລ້ວ (ຮອບ %1 ຈາກ %2)</translation>
    </message>
    <message>
        <source>Next broadcast: round %1, when %2 min are left</source>
        <translation>ຂໍ້ຄວາມກະຈາຍຕໍ່ໄປ: ຮອບ %1, ເມື່ອເຫຼືອ %2 ນາທີ</translation>
    </message>
    <message>
        <source>next in round %1</source>
        <translation>ຕໍ່ໄປໃນຮອບ %1</translation>
    </message>
    <message>
        <source>Participant instructions: %1</source>
        <translation>ຄຳແນະນຳສຳລັບຜູ້ເຂົ້າຮ່ວມ: %1</translation>
    </message>
    <message>
        <source>The session has not started.</source>
        <translation>ພາກຍັງບໍ່ເລີ່ມ.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>ພາກນີ້ຈົບແລ້ວ.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 ນາທີ</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 ນາທີ</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 ວິນາທີ</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 ວິນາທີ</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>minutes and seconds</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1” is %2 over its time.</source>
        <translation>“%1” ເກີນເວລາ %2.</translation>
    </message>
    <message>
        <source>%1 left in “%2”.</source>
        <translation>“%2” ເຫຼືອເວລາ %1.</translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>ຮອບ %1 ຈາກ %2.</translation>
    </message>
    <message>
        <source>The timer is paused.</source>
        <translation>ໂມງຈັບເວລາຢຸດຊົ່ວຄາວ.</translation>
    </message>
    <message>
        <source>Time to wrap up.</source>
        <translation>ຮອດເວລາສະຫຼຸບແລ້ວ.</translation>
    </message>
    <message>
        <source>The activity under way has no breakout rooms: P places late arrivals during breakouts.</source>
        <translation>ກິດຈະກຳທີ່ກຳລັງດຳເນີນບໍ່ມີຫ້ອງຍ່ອຍ: ປຸ່ມ P ໃຊ້ຈັດຜູ້ມາຊ້າເຂົ້າຫ້ອງ ໃນຊ່ວງກຸ່ມຍ່ອຍ.</translation>
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
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <source>Share of the session</source>
        <translation>ສັດສ່ວນຂອງພາກ</translation>
    </message>
    <message>
        <source>First join</source>
        <translation>ເຂົ້າຄັ້ງທຳອິດ</translation>
    </message>
    <message>
        <source>Last leave</source>
        <translation>ອອກຄັ້ງສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>ການຈັບຄູ່</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>ເຊັກອິນລະຫວ່າງພາກ</translation>
    </message>
</context>
<context>
    <name>sala::SessionBar</name>
    <message>
        <source>Session progress</source>
        <translation>ຄວາມຄືບໜ້າຂອງພາກ</translation>
    </message>
    <message>
        <source>Activity %1 of %2, %3 % of the planned session</source>
        <translation>ກິດຈະກຳ %1 ຈາກ %2, %3 % ຂອງພາກຕາມແຜນ</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n ກິດຈະກຳ</numerusform>
            <numerusform>%n ກິດຈະກຳ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 (%3, %4 min)</source>
        <translation>%1. %2 (%3, %4 ນາທີ)</translation>
    </message>
</context>
<context>
    <name>sala::SizeRulesDialog</name>
    <message>
        <source>Enterprise Size Rules</source>
        <translation>ເກນຂະໜາດວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>An enterprise is micro, small or medium when its head count is at most the number given for its country; above medium it is large. The values Sala starts with follow national definitions as published up to 2024. &lt;b&gt;Check them against the current definitions&lt;/b&gt;, which may also differ by sector. An empty country applies to every country without a row.</source>
        <translation>ວິສາຫະກິດເປັນຂະໜາດຈຸລະ, ນ້ອຍ ຫຼື ກາງ ເມື່ອຈຳນວນພະນັກງານບໍ່ເກີນຕົວເລກທີ່ກຳນົດໄວ້ສຳລັບປະເທດຂອງມັນ; ຖ້າເກີນຂະໜາດກາງ ແມ່ນຂະໜາດໃຫຍ່. ຄ່າເລີ່ມຕົ້ນຂອງ Sala ອີງຕາມຄຳນິຍາມຂອງແຕ່ລະປະເທດທີ່ເຜີຍແຜ່ຈົນເຖິງປີ 2024. &lt;b&gt;ໃຫ້ກວດສອບກັບຄຳນິຍາມປັດຈຸບັນ&lt;/b&gt;, ເຊິ່ງອາດແຕກຕ່າງກັນຕາມຂະແໜງການ. ແຖວທີ່ບໍ່ລະບຸປະເທດ ໃຊ້ກັບທຸກປະເທດທີ່ບໍ່ມີແຖວຂອງຕົນເອງ.</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>ລະຫັດປະເທດ</translation>
    </message>
    <message>
        <source>Micro up to</source>
        <translation>ຈຸລະ ບໍ່ເກີນ</translation>
    </message>
    <message>
        <source>Small up to</source>
        <translation>ນ້ອຍ ບໍ່ເກີນ</translation>
    </message>
    <message>
        <source>Medium up to</source>
        <translation>ກາງ ບໍ່ເກີນ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Size rules</source>
        <translation>ເກນຂະໜາດ</translation>
    </message>
    <message>
        <source>&amp;Add Country</source>
        <translation>ເພີ່ມປະເທດ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>ລຶບແຖວ (&amp;R)</translation>
    </message>
    <message>
        <source>The limits for %1 must rise from micro to small to medium.</source>
        <translation>ຂອບເຂດຂອງ %1 ຕ້ອງເພີ່ມຂຶ້ນຈາກ ຈຸລະ ໄປ ນ້ອຍ ໄປ ກາງ.</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>ປະເທດອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>sala::Startup</name>
    <message>
        <source>Sala: a facilitator console for live online workshops.</source>
        <translation>Sala: ເຄື່ອງມືຂອງຜູ້ອຳນວຍຄວາມສະດວກ ສຳລັບການຝຶກອົບຮົມອອນລາຍແບບສົດ.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; instead of the default one.</source>
        <translation>ເປີດຖານຂໍ້ມູນທີ່ &lt;path&gt; ແທນຖານຂໍ້ມູນຕັ້ງຕົ້ນ.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Log debugging detail.</source>
        <translation>ບັນທຶກລາຍລະອຽດສຳລັບການແກ້ບັນຫາ (debug).</translation>
    </message>
    <message>
        <source>Sala cannot open its database</source>
        <translation>Sala ເປີດຖານຂໍ້ມູນຂອງມັນບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Sala</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>The demo workshop could not be created: %1</source>
        <translation>ບໍ່ສາມາດສ້າງການຝຶກອົບຮົມຕົວຢ່າງໄດ້: %1</translation>
    </message>
    <message>
        <source>Sala can open a copy of the newest backup, “%1” from %2, and leave the damaged file as it is so that it can still be recovered. Changes made after that backup are not in it.</source>
        <translation>Sala ສາມາດເປີດສຳເນົາຂອງໄຟລ໌ສຳຮອງຫຼ້າສຸດ “%1” ຈາກ %2, ແລະ ປະໄຟລ໌ທີ່ເສຍຫາຍໄວ້ຄືເດີມ ເພື່ອໃຫ້ຍັງກູ້ຄືນໄດ້. ການປ່ຽນແປງທີ່ເຮັດຫຼັງຈາກສຳຮອງເທື່ອນັ້ນຈະບໍ່ມີໃນສຳເນົານີ້.</translation>
    </message>
    <message>
        <source>Open a Copy of the Backup</source>
        <translation>ເປີດສຳເນົາຂອງໄຟລ໌ສຳຮອງ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ອອກ</translation>
    </message>
</context>
<context>
    <name>sala::Store</name>
    <message>
        <source>“%1” already exists; choose a new file name for the backup.</source>
        <translation>“%1” ມີຢູ່ແລ້ວ; ໃຫ້ເລືອກຊື່ໄຟລ໌ໃໝ່ສຳລັບໄຟລ໌ສຳຮອງ.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>ບໍ່ມີໂຟນເດີ “%1”.</translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation>ຂຽນໄຟລ໌ສຳຮອງ</translation>
    </message>
    <message>
        <source>Could not write the backup to “%1”.</source>
        <translation>ຂຽນໄຟລ໌ສຳຮອງລົງ “%1” ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>ອ່ານລຸ້ນຂອງໂຄງສ້າງຖານຂໍ້ມູນ (schema)</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Sala ລຸ້ນນີ້ບໍ່ມີການຍ້າຍຂໍ້ມູນ (migration) %1.</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>ອັບເກຣດຖານຂໍ້ມູນເປັນລຸ້ນ %1</translation>
    </message>
    <message>
        <source>mark the database as Sala&apos;s</source>
        <translation>ໝາຍຖານຂໍ້ມູນວ່າເປັນຂອງ Sala</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>ບັນທຶກລຸ້ນຂອງໂຄງສ້າງຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>ບໍ່ສາມາດ %1 ໄດ້: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the path of a database file.</source>
        <translation>“%1” ເປັນໂຟນເດີ; ໃຫ້ໃສ່ເສັ້ນທາງຂອງໄຟລ໌ຖານຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>ບໍ່ມີຖານຂໍ້ມູນຢູ່ທີ່ “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>ສ້າງໂຟນເດີ “%1” ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Sala window (process %2). Close that window first, or open a different database with --db.</source>
        <translation>“%1” ເປີດຢູ່ໃນໜ້າຕ່າງ Sala ອື່ນແລ້ວ (process %2). ໃຫ້ປິດໜ້າຕ່າງນັ້ນກ່ອນ, ຫຼື ເປີດຖານຂໍ້ມູນອື່ນດ້ວຍ --db.</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside “%1”; check that the folder is writable.</source>
        <translation>ສ້າງໄຟລ໌ລັອກຂ້າງ “%1” ບໍ່ໄດ້; ໃຫ້ກວດເບິ່ງວ່າໂຟນເດີນັ້ນຂຽນໄດ້.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>ເປີດ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Sala needs to upgrade “%1” but could not write the backup first, so it left the file unchanged. %2</source>
        <translation>Sala ຕ້ອງອັບເກຣດ “%1” ແຕ່ບໍ່ສາມາດຂຽນໄຟລ໌ສຳຮອງກ່ອນໄດ້, ຈຶ່ງບໍ່ໄດ້ປ່ຽນແປງໄຟລ໌. %2</translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation>ເປີດໃຊ້ foreign keys</translation>
    </message>
    <message>
        <source>set the sync level</source>
        <translation>ຕັ້ງລະດັບ sync</translation>
    </message>
    <message>
        <source>Cannot switch “%1” to write-ahead logging; is it on a network drive or a read-only disk?</source>
        <translation>ບໍ່ສາມາດປ່ຽນ “%1” ເປັນ write-ahead logging ໄດ້; ມັນຢູ່ໃນໄດຣຟ໌ເຄືອຂ່າຍ ຫຼື ດິສກ໌ທີ່ອ່ານໄດ້ຢ່າງດຽວບໍ?</translation>
    </message>
    <message>
        <source>save a setting in the database</source>
        <translation>ບັນທຶກການຕັ້ງຄ່າໃນຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>read the database summary</source>
        <translation>ອ່ານສະຫຼຸບຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>ກວດສອບຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>A row in %1 points to a missing row in %2.</source>
        <translation>ແຖວໜຶ່ງໃນ %1 ຊີ້ໄປຫາແຖວທີ່ບໍ່ມີຢູ່ໃນ %2.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>ເລີ່ມ transaction</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>ບັນທຶກການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>There is no backup of “%1” beside it.</source>
        <translation>ບໍ່ມີໄຟລ໌ສຳຮອງຂອງ “%1” ຢູ່ໃນໂຟນເດີດຽວກັນ.</translation>
    </message>
    <message>
        <source>Could not copy the backup “%1” to “%2”; check that the folder is writable and the disk has room.</source>
        <translation>ສຳເນົາໄຟລ໌ສຳຮອງ “%1” ໄປ “%2” ບໍ່ໄດ້; ໃຫ້ກວດເບິ່ງວ່າໂຟນເດີຂຽນໄດ້ ແລະ ດິສກ໌ຍັງມີບ່ອນຫວ່າງ.</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full, or the database has reached its size limit. Free some space on the disk and try again.</source>
        <translation>ບໍ່ສາມາດ %1 ໄດ້: ດິສກ໌ເຕັມ, ຫຼື ຖານຂໍ້ມູນມີຂະໜາດຮອດຂີດຈຳກັດແລ້ວ. ໃຫ້ເພີ່ມບ່ອນຫວ່າງໃນດິສກ໌ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The newest backup is “%1”: restore it with a copy, or open it with --db.</source>
        <translation>ໄຟລ໌ສຳຮອງຫຼ້າສຸດແມ່ນ “%1”: ກູ້ຄືນໂດຍສຳເນົາມັນແທນ, ຫຼື ເປີດມັນດ້ວຍ --db.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Sala has not changed the file.</source>
        <translation>“%1” ເສຍຫາຍ ແລະ ເປີດບໍ່ໄດ້ (%2). Sala ບໍ່ໄດ້ປ່ຽນແປງໄຟລ໌ນີ້.</translation>
    </message>
    <message>
        <source>the file is cut short inside its header</source>
        <translation>ໄຟລ໌ຖືກຕັດຕັ້ງແຕ່ໃນສ່ວນຫົວ</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>ສ່ວນຫົວຂອງໄຟລ໌ລະບຸຂະໜາດໜ້າທີ່ເປັນໄປບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the file is cut short: its size is not a whole number of pages</source>
        <translation>ໄຟລ໌ຖືກຕັດ: ຂະໜາດຂອງມັນບໍ່ແມ່ນຈຳນວນໜ້າທີ່ຄົບ</translation>
    </message>
    <message>
        <source>the file is cut short: it holds %1 of its %2 pages</source>
        <translation>ໄຟລ໌ຖືກຕັດ: ມີພຽງ %1 ຈາກ %2 ໜ້າ</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>ອ່ານ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ໄຟລ໌ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>“%1” is not a Sala database: it is not an SQLite database file at all.</source>
        <translation>“%1” ບໍ່ແມ່ນຖານຂໍ້ມູນຂອງ Sala: ມັນບໍ່ແມ່ນໄຟລ໌ຖານຂໍ້ມູນ SQLite ເລີຍ.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not one of Sala&apos;s. Sala has not changed it; choose a Sala database or a new file name.</source>
        <translation>“%1” ເປັນຖານຂໍ້ມູນ SQLite, ແຕ່ບໍ່ແມ່ນຂອງ Sala. Sala ບໍ່ໄດ້ປ່ຽນແປງມັນ; ໃຫ້ເລືອກຖານຂໍ້ມູນຂອງ Sala ຫຼື ຊື່ໄຟລ໌ໃໝ່.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Sala (database version %2; this Sala understands up to %3). Update Sala to open it; the file has not been changed.</source>
        <translation>“%1” ຖືກຂຽນໂດຍ Sala ລຸ້ນໃໝ່ກວ່າ (ຖານຂໍ້ມູນລຸ້ນ %2; Sala ນີ້ເຂົ້າໃຈໄດ້ເຖິງລຸ້ນ %3). ໃຫ້ອັບເດດ Sala ເພື່ອເປີດມັນ; ໄຟລ໌ບໍ່ໄດ້ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1 ແລະ ບັນຫາອື່ນອີກ %n ຢ່າງ</numerusform>
            <numerusform>%1 ແລະ ບັນຫາອື່ນອີກ %n ຢ່າງ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::StoredReview</name>
    <message>
        <source>person %1</source>
        <translation>ບຸກຄົນເລກ %1</translation>
    </message>
    <message>
        <source>No person of the imported attendance was chosen.</source>
        <translation>ຍັງບໍ່ໄດ້ເລືອກຄົນໃດໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance was erased with the personal data; there is nothing left to match.</source>
        <translation>ບຸກຄົນເລກ %1 ໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າ ຖືກລົບລ້າງພ້ອມກັບຂໍ້ມູນສ່ວນບຸກຄົນແລ້ວ; ບໍ່ມີຫຍັງເຫຼືອໃຫ້ຈັບຄູ່.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not waiting for review any more (%3). List the people waiting again.</source>
        <translation>“%1” ໃນ “%2” ບໍ່ໄດ້ລໍຖ້າການກວດເບິ່ງແລ້ວ (%3). ໃຫ້ສະແດງລາຍຊື່ຄົນທີ່ລໍຖ້າອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>These people of the imported attendance belong to different workshops; decide on each of them on its own.</source>
        <translation>ຄົນເຫຼົ່ານີ້ໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າ ຢູ່ໃນການຝຶກອົບຮົມຕ່າງກັນ; ໃຫ້ຕັດສິນໃຈເທື່ອລະຄົນ.</translation>
    </message>
    <message>
        <source>Nobody on the roster has the e-mail address, an alias or the name of “%1”. Confirm a proposal, pick someone, add them to the roster or ignore them.</source>
        <translation>ບໍ່ມີໃຜໃນລາຍຊື່ທີ່ມີອີເມວ, ຊື່ອື່ນ ຫຼື ຊື່ຂອງ “%1”. ໃຫ້ຢືນຢັນການສະເໜີ, ເລືອກຄົນໃນລາຍຊື່, ເພີ່ມຄົນນີ້ເຂົ້າລາຍຊື່ ຫຼື ເລືອກບໍ່ນັບ.</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop’s roster, so “%2” cannot be matched to them. Pick someone on the roster.</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ %1 ບໍ່ຢູ່ໃນລາຍຊື່ຂອງການຝຶກອົບຮົມນີ້, ຈຶ່ງຈັບຄູ່ “%2” ກັບຄົນນີ້ບໍ່ໄດ້. ໃຫ້ເລືອກຄົນທີ່ຢູ່ໃນລາຍຊື່.</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was erased, so nobody can be matched to them. Pick someone else, add “%2” to the roster or ignore them.</source>
        <translation>ຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %1 ຖືກລົບລ້າງແລ້ວ, ຈຶ່ງຈັບຄູ່ໃຜກັບຄົນນີ້ບໍ່ໄດ້. ໃຫ້ເລືອກຄົນອື່ນ, ເພີ່ມ “%2” ເຂົ້າລາຍຊື່ ຫຼື ເລືອກບໍ່ນັບ.</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>ຢືນຢັນໂດຍຜູ້ອຳນວຍຄວາມສະດວກ: %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>ເລືອກໂດຍຜູ້ອຳນວຍຄວາມສະດວກ</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance has neither a name nor an e-mail address to put on the roster; ignore them instead.</source>
        <translation>ບຸກຄົນເລກ %1 ໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າ ບໍ່ມີທັງຊື່ ແລະ ອີເມວ ທີ່ຈະໃສ່ໃນລາຍຊື່ໄດ້; ໃຫ້ເລືອກບໍ່ນັບແທນ.</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>ໄຟລ໌ການເຂົ້າຮ່ວມ “%1”</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>ເພີ່ມເຂົ້າລາຍຊື່ຈາກ “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>ຜູ້ອຳນວຍຄວາມສະດວກເລືອກບໍ່ນັບ</translation>
    </message>
</context>
<context>
    <name>sala::TextDecoder</name>
    <message>
        <source>Thai (TIS-620 / Windows-874)</source>
        <translation>ພາສາໄທ (TIS-620 / Windows-874)</translation>
    </message>
</context>
<context>
    <name>sala::TimerFace</name>
    <message>
        <source>Ready</source>
        <translation>ພ້ອມ</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>ເວລາທີ່ເຫຼືອ</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>ຊ່ວງສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>ເກີນເວລາ</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>ຈົບແລ້ວ</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>ພ້ອມ</translation>
    </message>
    <message>
        <source>No activities</source>
        <translation>ບໍ່ມີກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>ກົດ Space ເພື່ອເລີ່ມ</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>ຈົບແລ້ວ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ສຳເລັດ</translation>
    </message>
    <message>
        <source>PAUSED · OVERTIME</source>
        <translation>ຢຸດຊົ່ວຄາວ · ເກີນເວລາ</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>ເວລາທີ່ເຫຼືອ</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>ຊ່ວງສະຫຼຸບ</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>ເກີນເວລາ</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3</source>
        <translation>ຮອບ %1 ຈາກ %2 · %3</translation>
    </message>
    <message>
        <source>All %1 rounds done</source>
        <translation>ຄົບທັງ %1 ຮອບແລ້ວ</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>ໂມງຈັບເວລາ</translation>
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
            <numerusform>%n ນາທີ</numerusform>
            <numerusform>%n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The session has not been run yet.</source>
        <translation>ພາກນີ້ຍັງບໍ່ທັນໄດ້ດຳເນີນ.</translation>
    </message>
    <message>
        <source>It started on %1 at %2 instead of %3 at %4, so it is measured against the plan moved to that start.</source>
        <translation>ພາກນີ້ເລີ່ມວັນທີ %1 ເວລາ %2 ແທນທີ່ຈະເປັນວັນທີ %3 ເວລາ %4, ສະນັ້ນຈຶ່ງທຽບກັບແຜນທີ່ເລື່ອນມາເລີ່ມເວລານັ້ນ.</translation>
    </message>
    <message>
        <source>It started at %1, %2 after the planned %3.</source>
        <translation>ເລີ່ມເວລາ %1, ຊ້າກວ່າແຜນ (%3) %2.</translation>
    </message>
    <message>
        <source>It started at %1, %2 before the planned %3.</source>
        <translation>ເລີ່ມເວລາ %1, ໄວກວ່າແຜນ (%3) %2.</translation>
    </message>
    <message>
        <source>It started on time at %1.</source>
        <translation>ເລີ່ມຕາມເວລາ %1.</translation>
    </message>
    <message>
        <source>It finished at %1, %2 after the planned end (%3).</source>
        <translation>ຈົບເວລາ %1, ຊ້າກວ່າເວລາຈົບຕາມແຜນ (%3) %2.</translation>
    </message>
    <message>
        <source>It finished at %1, %2 before the planned end (%3).</source>
        <translation>ຈົບເວລາ %1, ໄວກວ່າເວລາຈົບຕາມແຜນ (%3) %2.</translation>
    </message>
    <message>
        <source>It finished on time at %1.</source>
        <translation>ຈົບຕາມເວລາ %1.</translation>
    </message>
    <message>
        <source>It is still running; at this pace it ends at %1 (planned %2).</source>
        <translation>ຍັງດຳເນີນຢູ່; ຕາມຈັງຫວະນີ້ຈະຈົບເວລາ %1 (ຕາມແຜນ %2).</translation>
    </message>
    <message>
        <source>%1 took %2 more than its %3.</source>
        <translation>%1 ໃຊ້ເວລາເກີນ %3 ທີ່ວາງໄວ້ %2.</translation>
    </message>
    <message>
        <source>It was extended by %1.</source>
        <translation>ໄດ້ຂະຫຍາຍເວລາອອກ %1.</translation>
    </message>
    <message numerus="yes">
        <source>Other activities that ran over: %n.</source>
        <translation>
            <numerusform>ກິດຈະກຳອື່ນທີ່ເກີນເວລາ: %n.</numerusform>
            <numerusform>ກິດຈະກຳອື່ນທີ່ເກີນເວລາ: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activities that took less time than planned: %n, %1 in all.</source>
        <translation>
            <numerusform>ກິດຈະກຳທີ່ໃຊ້ເວລາໜ້ອຍກວ່າແຜນ: %n, ລວມທັງໝົດ %1.</numerusform>
            <numerusform>ກິດຈະກຳທີ່ໃຊ້ເວລາໜ້ອຍກວ່າແຜນ: %n, ລວມທັງໝົດ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pauses: %n, %1 in all.</source>
        <translation>
            <numerusform>ການຢຸດຊົ່ວຄາວ: %n ຄັ້ງ, ລວມທັງໝົດ %1.</numerusform>
            <numerusform>ການຢຸດຊົ່ວຄາວ: %n ຄັ້ງ, ລວມທັງໝົດ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run: %1.</source>
        <translation>ບໍ່ໄດ້ດຳເນີນ: %1.</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>ແຜນທຽບກັບຕົວຈິງ: %1</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>ເວລາໃຊ້ໄປກັບຫຍັງແດ່</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>ຕາມແຜນ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ຕົວຈິງ</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ຄວາມແຕກຕ່າງ</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ເພີ່ມ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>ເລີ່ມ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>ຈົບ</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ບໍ່ໄດ້ດຳເນີນ</translation>
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
        <translation>ລວມ</translation>
    </message>
    <message>
        <source>Actual time counts only while the activity was running; pauses are shown apart. Planned: %1 to %2.</source>
        <translation>ເວລາຕົວຈິງນັບສະເພາະຕອນທີ່ກິດຈະກຳກຳລັງດຳເນີນ; ການຢຸດຊົ່ວຄາວສະແດງແຍກຕ່າງຫາກ. ຕາມແຜນ: %1 ຫາ %2.</translation>
    </message>
</context>
<context>
    <name>sala::TimingReportPdf</name>
    <message>
        <source>Sala could not save the timing report as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala ບັນທຶກລາຍງານເວລາເປັນ “%1” ບໍ່ໄດ້ (%2). ໃຫ້ກວດເບິ່ງວ່າມີໂຟນເດີນັ້ນ ແລະ ທ່ານມີສິດຂຽນໃສ່, ຫຼື ເລືອກບ່ອນອື່ນ.</translation>
    </message>
    <message>
        <source>The PDF timing report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>ລາຍງານເວລາແບບ PDF ຕ້ອງໃຊ້ລະບົບກຣາຟິກຂອງ Qt, ເຊິ່ງໂປຣແກຣມນີ້ບໍ່ໄດ້ເປີດໃຊ້. ໃຫ້ສ້າງ PDF ຈາກໜ້າຕ່າງຂອງ Sala.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF timing report.</source>
        <translation>ບໍ່ໄດ້ໃສ່ຊື່ໄຟລ໌ສຳລັບລາຍງານເວລາ PDF.</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>ແຜນທຽບກັບຕົວຈິງ: %1</translation>
    </message>
</context>
<context>
    <name>sala::WorkshopDialog</name>
    <message>
        <source>None</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>ຫົວຂໍ້ການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>ຜູ້ຈັດ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>ແພລດຟອມ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>ເຂດເວລາ</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>ເຂດເວລາທີສອງ</translation>
    </message>
    <message>
        <source>Language of delivery</source>
        <translation>ພາສາທີ່ໃຊ້ສອນ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>ຜູ້ຈັດ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>ແພລດຟອມ (&amp;P):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>ເຂດເວລາ (&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>ເຂດເວລາທີສອງ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Language of delivery:</source>
        <translation>ພາສາທີ່ໃຊ້ສອນ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ຄຳອະທິບາຍ (&amp;D):</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>ໃຫ້ໃສ່ຫົວຂໍ້ການຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Choose one from the list, such as Asia/Bangkok.</source>
        <translation>“%1” ບໍ່ແມ່ນເຂດເວລາທີ່ Sala ຮູ້ຈັກ. ໃຫ້ເລືອກຈາກລາຍການ, ເຊັ່ນ Asia/Bangkok.</translation>
    </message>
</context>
<context>
    <name>sala::XlsxReader</name>
    <message>
        <source>“%1” is damaged: its part “%2” is not valid XML (line %3: %4). Open it in Excel or LibreOffice and save it again.</source>
        <translation>“%1” ເສຍຫາຍ: ສ່ວນ “%2” ບໍ່ແມ່ນ XML ທີ່ຖືກຕ້ອງ (ແຖວ %3: %4). ໃຫ້ເປີດໃນ Excel ຫຼື LibreOffice ແລ້ວບັນທຶກອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part “%2” has %3, outside Excel&apos;s rows and columns. Open it in Excel or LibreOffice and save it again.</source>
        <translation>“%1” ເສຍຫາຍ: ສ່ວນ “%2” ມີ %3 ເຊິ່ງຢູ່ນອກແຖວ ແລະ ຖັນຂອງ Excel. ເປີດມັນໃນ Excel ຫຼື LibreOffice ແລ້ວບັນທຶກໃໝ່.</translation>
    </message>
    <message>
        <source>a row numbered “%1”</source>
        <translation>ແຖວເລກ “%1”</translation>
    </message>
    <message>
        <source>a cell “%1”</source>
        <translation>ຕາລາງ “%1”</translation>
    </message>
    <message>
        <source>more than %1 cells in row %2</source>
        <translation>ຫຼາຍກວ່າ %1 ຕາລາງໃນແຖວ %2</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive but not an Excel workbook (.xlsx). If it came from Google Forms, unzip it and import the CSV file inside.</source>
        <translation>“%1” ເປັນໄຟລ໌ ZIP ແຕ່ບໍ່ແມ່ນໄຟລ໌ Excel (.xlsx). ຖ້າມາຈາກ Google Forms, ໃຫ້ແຕກໄຟລ໌ ZIP ອອກ ແລ້ວນຳເຂົ້າໄຟລ໌ CSV ທີ່ຢູ່ຂ້າງໃນ.</translation>
    </message>
    <message>
        <source>“%1” has no sheets.</source>
        <translation>“%1” ບໍ່ມີຊີດ.</translation>
    </message>
    <message>
        <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>“%1” ບໍ່ມີຊີດຊື່ “%2”. ຊີດທີ່ມີ: %3.</translation>
    </message>
</context>
<context>
    <name>sala::ZipReader</name>
    <message>
        <source>“%1” is not a readable Excel workbook (%2). Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV UTF-8.</source>
        <translation>“%1” ບໍ່ແມ່ນໄຟລ໌ Excel ທີ່ອ່ານໄດ້ (%2). ໃຫ້ເປີດໃນ Excel ຫຼື LibreOffice ແລ້ວບັນທຶກອີກຄັ້ງເປັນ .xlsx, ຫຼື ບັນທຶກເປັນ CSV UTF-8.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive</source>
        <translation>ມັນບໍ່ແມ່ນໄຟລ໌ ZIP</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is missing; the file may be cut short</source>
        <translation>ບໍ່ມີສາລະບານຂອງໄຟລ໌ ZIP; ໄຟລ໌ອາດຖືກຕັດ</translation>
    </message>
    <message>
        <source>it uses ZIP64, which Sala does not read</source>
        <translation>ມັນໃຊ້ ZIP64, ເຊິ່ງ Sala ອ່ານບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the archive&apos;s directory points outside the file</source>
        <translation>ສາລະບານຂອງໄຟລ໌ ZIP ຊີ້ອອກນອກໄຟລ໌</translation>
    </message>
    <message>
        <source>entry %1 of the directory is broken</source>
        <translation>ລາຍການທີ %1 ໃນສາລະບານເສຍຫາຍ</translation>
    </message>
    <message>
        <source>the part “%1” is missing</source>
        <translation>ບໍ່ມີສ່ວນ “%1”</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Remove the password in Excel (File ▸ Info ▸ Protect Workbook) and import it again.</source>
        <translation>“%1” ຖືກປ້ອງກັນດ້ວຍລະຫັດຜ່ານ. ໃຫ້ເອົາລະຫັດຜ່ານອອກໃນ Excel (File ▸ Info ▸ Protect Workbook) ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>the part “%1” is too large</source>
        <translation>ສ່ວນ “%1” ໃຫຍ່ເກີນໄປ</translation>
    </message>
    <message>
        <source>the part “%1” is broken</source>
        <translation>ສ່ວນ “%1” ເສຍຫາຍ</translation>
    </message>
    <message>
        <source>the part “%1” is cut short</source>
        <translation>ສ່ວນ “%1” ຖືກຕັດ</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>ບໍ່ສາມາດເລີ່ມການແຕກໄຟລ໌ໄດ້</translation>
    </message>
    <message>
        <source>the part “%1” does not decompress</source>
        <translation>ແຕກສ່ວນ “%1” ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the part “%1” uses compression method %2</source>
        <translation>ສ່ວນ “%1” ໃຊ້ວິທີບີບອັດ %2</translation>
    </message>
    <message>
        <source>the part “%1” fails its checksum</source>
        <translation>ສ່ວນ “%1” ບໍ່ຜ່ານການກວດ checksum</translation>
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
        <translation>sala-cli: %1 (ເບິ່ງ sala-cli --help)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>ຂຽນ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>--format must be text or json, not “%1”</source>
        <translation>--format ຕ້ອງເປັນ text ຫຼື json, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>ຖານຂໍ້ມູນ:    %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Sala writes %2)</source>
        <translation>ລຸ້ນ schema: %1 (Sala ນີ້ຂຽນລຸ້ນ %2)</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>ຂະໜາດ:       %1 ໄບຕ໌</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>ຈຳນວນແຖວຕໍ່ຕາຕະລາງ:</translation>
    </message>
    <message>
        <source>sala-cli: %1 is damaged: %2</source>
        <translation>sala-cli: %1 ເສຍຫາຍ: %2</translation>
    </message>
    <message>
        <source>%1: healthy, schema version %2</source>
        <translation>%1: ປົກກະຕິ, ລຸ້ນ schema %2</translation>
    </message>
    <message>
        <source> (Sala will upgrade it when it next opens it)</source>
        <translation> (Sala ຈະອັບເກຣດມັນເມື່ອເປີດຄັ້ງຕໍ່ໄປ)</translation>
    </message>
    <message>
        <source>db backup needs exactly one output file</source>
        <translation>db backup ຕ້ອງມີໄຟລ໌ຜົນອອກໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database itself</source>
        <translation>ໄຟລ໌ສຳຮອງບໍ່ສາມາດຂຽນທັບຖານຂໍ້ມູນເອງໄດ້</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>ບັນທຶກໄຟລ໌ສຳຮອງໄວ້ທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo ບໍ່ຮັບອາກິວເມັນ</translation>
    </message>
    <message>
        <source>The demo workshop is already in %1 (workshop %2); nothing was added.</source>
        <translation>ການຝຶກອົບຮົມຕົວຢ່າງມີຢູ່ໃນ %1 ແລ້ວ (ການຝຶກອົບຮົມ %2); ບໍ່ໄດ້ເພີ່ມຫຍັງ.</translation>
    </message>
    <message>
        <source>Added the demo workshop (workshop %1) and its roster to %2.</source>
        <translation>ເພີ່ມການຝຶກອົບຮົມຕົວຢ່າງ (ການຝຶກອົບຮົມ %1) ແລະ ລາຍຊື່ຂອງມັນເຂົ້າໃນ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Sala&apos;s command-line tool: inspect, check and back up the library database, and exchange plan files.</source>
        <translation>ເຄື່ອງມືແຖວຄຳສັ່ງຂອງ Sala: ເບິ່ງ, ກວດ ແລະ ສຳຮອງຖານຂໍ້ມູນ, ແລະ ແລກປ່ຽນໄຟລ໌ແຜນ.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>ໃຊ້ຖານຂໍ້ມູນທີ່ &lt;path&gt; ແທນຖານຂໍ້ມູນຕັ້ງຕົ້ນ.</translation>
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
        <translation>ເລກການຝຶກອົບຮົມສຳລັບ plan import ແລະ plan export.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Session number for plan export, plan sheet, run status and report timing.</source>
        <translation>ເລກພາກສຳລັບ plan export, plan sheet, run status ແລະ report timing.</translation>
    </message>
    <message>
        <source>Output file of plan export, plan sheet and report timing.</source>
        <translation>ໄຟລ໌ຜົນອອກຂອງ plan export, plan sheet ແລະ report timing.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Let plan export, plan sheet and report timing replace an existing file.</source>
        <translation>ໃຫ້ plan export, plan sheet ແລະ report timing ຂຽນທັບໄຟລ໌ທີ່ມີຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>Log debugging detail to standard error.</source>
        <translation>ບັນທຶກລາຍລະອຽດສຳລັບການແກ້ບັນຫາ (debug) ໄປທີ່ standard error.</translation>
    </message>
    <message>
        <source>Column mapping for roster import: a saved name or a source (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet).</source>
        <translation>ການຈັບຄູ່ຖັນສຳລັບ roster import: ຊື່ທີ່ບັນທຶກໄວ້ ຫຼື ແຫຼ່ງທີ່ມາ (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Sheet of an .xlsx file for roster import (the first by default).</source>
        <translation>ຊີດຂອງໄຟລ໌ .xlsx ສຳລັບ roster import (ຄ່າຕັ້ງຕົ້ນແມ່ນຊີດທຳອິດ).</translation>
    </message>
    <message>
        <source>Let roster import check and report without changing anything.</source>
        <translation>ໃຫ້ roster import ກວດ ແລະ ລາຍງານ ໂດຍບໍ່ປ່ຽນແປງຫຍັງ.</translation>
    </message>
    <message>
        <source>Let roster import leave out rows with problems.</source>
        <translation>ໃຫ້ roster import ຂ້າມແຖວທີ່ມີບັນຫາ.</translation>
    </message>
    <message>
        <source>What roster import does with duplicates: merge, new or skip (by default merge, or new for one address shared by different names).</source>
        <translation>ສິ່ງທີ່ roster import ເຮັດກັບຂໍ້ມູນຊ້ຳ: merge, new ຫຼື skip (ຄ່າຕັ້ງຕົ້ນແມ່ນ merge, ຫຼື new ເມື່ອທີ່ຢູ່ອີເມວດຽວຖືກໃຊ້ຮ່ວມກັນໂດຍຫຼາຍຊື່).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Number of rounds for groups make.</source>
        <translation>ຈຳນວນຮອບສຳລັບ groups make.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Seed for groups make: the same seed gives the same groups.</source>
        <translation>Seed ສຳລັບ groups make: seed ດຽວກັນຈະໃຫ້ກຸ່ມດຽວກັນ.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Most seconds groups make may search (5 by default).</source>
        <translation>ຈຳນວນວິນາທີສູງສຸດທີ່ groups make ຄົ້ນຫາໄດ້ (ຄ່າຕັ້ງຕົ້ນແມ່ນ 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Number of people for the quick form of groups make.</source>
        <translation>ຈຳນວນຄົນສຳລັບ groups make ແບບດ່ວນ.</translation>
    </message>
    <message>
        <source>Group size for the quick form of groups make.</source>
        <translation>ຂະໜາດກຸ່ມສຳລັບ groups make ແບບດ່ວນ.</translation>
    </message>
    <message>
        <source>Round (from 1) for groups make --format zoom-csv or text.</source>
        <translation>ຮອບ (ນັບຈາກ 1) ສຳລັບ groups make --format zoom-csv ຫຼື text.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>ຄຳສັ່ງໃດໜຶ່ງຂ້າງລຸ່ມນີ້.</translation>
    </message>
    <message>
        <source>sala-cli: no command given (see sala-cli --help)</source>
        <translation>sala-cli: ບໍ່ໄດ້ໃສ່ຄຳສັ່ງ (ເບິ່ງ sala-cli --help)</translation>
    </message>
    <message>
        <source>sala-cli: db needs a subcommand: info, check or backup (see sala-cli --help)</source>
        <translation>sala-cli: db ຕ້ອງມີຄຳສັ່ງຍ່ອຍ: info, check ຫຼື backup (ເບິ່ງ sala-cli --help)</translation>
    </message>
    <message>
        <source>unknown db subcommand “%1”</source>
        <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງຍ່ອຍ db “%1”</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງ “%1”</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 ຕ້ອງເປັນຈຳນວນເຕັມຈາກ %2 ຫາ %3, ບໍ່ແມ່ນ “%4”</translation>
    </message>
    <message>
        <source>--format for groups must be json, csv, zoom-csv or text, not “%1”</source>
        <translation>--format ສຳລັບ groups ຕ້ອງເປັນ json, csv, zoom-csv ຫຼື text, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>give either a problem file or --people and --size, not both</source>
        <translation>ໃຫ້ໃສ່ໄຟລ໌ໂຈດ ຫຼື --people ແລະ --size ຢ່າງໃດຢ່າງໜຶ່ງ, ບໍ່ແມ່ນທັງສອງ</translation>
    </message>
    <message>
        <source>the quick form needs --people N --size P --rounds W</source>
        <translation>ແບບດ່ວນຕ້ອງມີ --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 ຄົນ</translation>
    </message>
    <message>
        <source>groups make needs one problem file, or --people N --size P --rounds W</source>
        <translation>groups make ຕ້ອງມີໄຟລ໌ໂຈດໜຶ່ງໄຟລ໌, ຫຼື --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>ບໍ່ມີໄຟລ໌ “%1”; ໃຫ້ກວດເບິ່ງຊື່ ແລະ ໂຟນເດີ.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>ອ່ານ “%1” ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>--time-limit needs seconds above 0 and at most 3600, such as 2 or 0.5, not “%1”</source>
        <translation>--time-limit ຕ້ອງເປັນວິນາທີທີ່ຫຼາຍກວ່າ 0 ແລະ ບໍ່ເກີນ 3600, ເຊັ່ນ 2 ຫຼື 0.5, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>sala-cli: note: %1</source>
        <translation>sala-cli: ໝາຍເຫດ: %1</translation>
    </message>
    <message>
        <source>sala-cli: note: Zoom keeps one set of pre-assigned rooms per meeting; this is round 1 of %1 (--round N for another)</source>
        <translation>sala-cli: ໝາຍເຫດ: Zoom ເກັບການຈັດຫ້ອງລ່ວງໜ້າໄດ້ຊຸດດຽວຕໍ່ການປະຊຸມ; ນີ້ແມ່ນຮອບ 1 ຈາກ %1 (ໃຊ້ --round N ສຳລັບຮອບອື່ນ)</translation>
    </message>
    <message>
        <source>sala-cli: warning: %1</source>
        <translation>sala-cli: ຄຳເຕືອນ: %1</translation>
    </message>
    <message>
        <source>“%1” exists; add --force to replace it</source>
        <translation>“%1” ມີຢູ່ແລ້ວ; ເພີ່ມ --force ເພື່ອຂຽນທັບ</translation>
    </message>
    <message>
        <source>sala-cli: %1 rounds written to %2 (%3 repeated pairs, lower bound %4)</source>
        <translation>sala-cli: ຂຽນ %1 ຮອບລົງ %2 ແລ້ວ (ຄູ່ທີ່ພົບກັນຊ້ຳ %3 ຄູ່, ຂອບເຂດຕ່ຳສຸດ %4)</translation>
    </message>
    <message>
        <source>groups needs a subcommand: make</source>
        <translation>groups ຕ້ອງມີຄຳສັ່ງຍ່ອຍ: make</translation>
    </message>
    <message>
        <source>unknown groups subcommand “%1”</source>
        <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງຍ່ອຍ groups “%1”</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 ພາກ</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 ພາກ</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”; sala-cli plan list shows the numbers</source>
        <translation>--%1 ຕ້ອງເປັນຕົວເລກ ເຊັ່ນ 3, ບໍ່ແມ່ນ “%2”; sala-cli plan list ຈະສະແດງເລກຕ່າງໆ</translation>
    </message>
    <message>
        <source>There is no session with number %1; sala-cli plan list shows the numbers.</source>
        <translation>ບໍ່ມີພາກເລກທີ %1; sala-cli plan list ຈະສະແດງເລກຕ່າງໆ.</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>ບໍ່ມີພາກເລກທີ %1.</translation>
    </message>
    <message>
        <source>plan validate needs exactly one plan file</source>
        <translation>plan validate ຕ້ອງມີໄຟລ໌ແຜນໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>%1: a valid plan (session “%2”, %3)</source>
        <translation>%1: ແຜນຖືກຕ້ອງ (ພາກ “%2”, %3)</translation>
    </message>
    <message>
        <source>%1: a valid plan (workshop “%2”, %3, %4)</source>
        <translation>%1: ແຜນຖືກຕ້ອງ (ການຝຶກອົບຮົມ “%2”, %3, %4)</translation>
    </message>
    <message>
        <source>plan import needs exactly one plan file</source>
        <translation>plan import ຕ້ອງມີໄຟລ໌ແຜນໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>sala-cli: nothing was imported from %1</source>
        <translation>sala-cli: ບໍ່ໄດ້ນຳເຂົ້າຫຍັງຈາກ %1</translation>
    </message>
    <message>
        <source>%1 holds one session; add --workshop ID to say which workshop it joins</source>
        <translation>%1 ມີພາກດຽວ; ເພີ່ມ --workshop ID ເພື່ອບອກວ່າຈະເຂົ້າການຝຶກອົບຮົມໃດ</translation>
    </message>
    <message>
        <source>%1 holds a whole workshop, which becomes a new workshop; leave out --workshop</source>
        <translation>%1 ມີການຝຶກອົບຮົມທັງໝົດ, ເຊິ່ງຈະກາຍເປັນການຝຶກອົບຮົມໃໝ່; ໃຫ້ເອົາ --workshop ອອກ</translation>
    </message>
    <message>
        <source>Added session %1 “%2” (%3) to workshop %4 in %5.</source>
        <translation>ເພີ່ມພາກ %1 “%2” (%3) ເຂົ້າໃນການຝຶກອົບຮົມ %4 ໃນ %5 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Imported workshop %1 “%2” (%3, %4) into %5.</source>
        <translation>ນຳເຂົ້າການຝຶກອົບຮົມ %1 “%2” (%3, %4) ເຂົ້າໃນ %5 ແລ້ວ.</translation>
    </message>
    <message>
        <source>  session %1 “%2”</source>
        <translation>  ພາກ %1 “%2”</translation>
    </message>
    <message>
        <source>plan export takes no file name of its own; give the output with --out FILE</source>
        <translation>plan export ບໍ່ຮັບຊື່ໄຟລ໌ໂດຍກົງ; ໃຫ້ລະບຸໄຟລ໌ຜົນອອກດ້ວຍ --out FILE</translation>
    </message>
    <message>
        <source>plan export needs either --workshop ID or --session ID</source>
        <translation>plan export ຕ້ອງມີ --workshop ID ຫຼື --session ID</translation>
    </message>
    <message>
        <source>plan export needs --out FILE</source>
        <translation>plan export ຕ້ອງມີ --out FILE</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name after --out.</source>
        <translation>“%1” ເປັນໂຟນເດີ; ໃຫ້ໃສ່ຊື່ໄຟລ໌ຫຼັງ --out.</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another file name.</source>
        <translation>“%1” ມີຢູ່ແລ້ວ; ເພີ່ມ --force ເພື່ອຂຽນທັບ, ຫຼື ເລືອກຊື່ໄຟລ໌ອື່ນ.</translation>
    </message>
    <message>
        <source>session %1 “%2” (%3)</source>
        <translation>ພາກ %1 “%2” (%3)</translation>
    </message>
    <message>
        <source>workshop %1 “%2” (%3, %4)</source>
        <translation>ການຝຶກອົບຮົມ %1 “%2” (%3, %4)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>ສົ່ງອອກ %1 ໄປທີ່ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>plan sheet takes no file name of its own; give the output with --out FILE</source>
        <translation>plan sheet ບໍ່ຮັບຊື່ໄຟລ໌ໂດຍກົງ; ໃຫ້ລະບຸໄຟລ໌ຜົນອອກດ້ວຍ --out FILE</translation>
    </message>
    <message>
        <source>plan sheet needs --session ID</source>
        <translation>plan sheet ຕ້ອງມີ --session ID</translation>
    </message>
    <message>
        <source>--format for plan sheet must be pdf, html or md, not “%1”</source>
        <translation>--format ສຳລັບ plan sheet ຕ້ອງເປັນ pdf, html ຫຼື md, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>plan sheet needs --out FILE</source>
        <translation>plan sheet ຕ້ອງມີ --out FILE</translation>
    </message>
    <message>
        <source>Run sheet for “%1” written to %2.</source>
        <translation>ບັນທຶກແຜ່ນກຳນົດການຂອງ “%1” ໄວ້ທີ່ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>plan list takes no arguments</source>
        <translation>plan list ບໍ່ຮັບອາກິວເມັນ</translation>
    </message>
    <message>
        <source>There are no workshops in %1.</source>
        <translation>ບໍ່ມີການຝຶກອົບຮົມໃນ %1.</translation>
    </message>
    <message>
        <source>Workshop %1: %2 (%3)</source>
        <translation>ການຝຶກອົບຮົມ %1: %2 (%3)</translation>
    </message>
    <message>
        <source>  session %1: %2 %3, %4, %5 minutes planned: %6</source>
        <translation>  ພາກ %1: %2 %3, %4, ວາງແຜນ %5 ນາທີ: %6</translation>
    </message>
    <message>
        <source>plan needs a subcommand: validate, import, export, sheet or list</source>
        <translation>plan ຕ້ອງມີຄຳສັ່ງຍ່ອຍ: validate, import, export, sheet ຫຼື list</translation>
    </message>
    <message>
        <source>unknown plan subcommand “%1”</source>
        <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງຍ່ອຍ plan “%1”</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>ຕ້ອງມີ --%1</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”</source>
        <translation>--%1 ຕ້ອງເປັນຕົວເລກ ເຊັ່ນ 3, ບໍ່ແມ່ນ “%2”</translation>
    </message>
    <message>
        <source>“%1” was written by an older Sala and has no roster details yet. Open it once in Sala, or run the command without --dry-run, to upgrade it.</source>
        <translation>“%1” ຖືກຂຽນໂດຍ Sala ລຸ້ນເກົ່າ ແລະ ຍັງບໍ່ມີຂໍ້ມູນລາຍຊື່. ໃຫ້ເປີດມັນໃນ Sala ໜຶ່ງຄັ້ງ, ຫຼື ແລ່ນຄຳສັ່ງໂດຍບໍ່ມີ --dry-run, ເພື່ອອັບເກຣດມັນ.</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>ລວມເຂົ້າກັນ</translation>
    </message>
    <message>
        <source>add as a separate person</source>
        <translation>ເພີ່ມເປັນອີກຄົນໜຶ່ງ</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ຂ້າມ</translation>
    </message>
    <message>
        <source>there is no mapping named “%1”; use one of: %2</source>
        <translation>ບໍ່ມີການຈັບຄູ່ຖັນຊື່ “%1”; ໃຫ້ໃຊ້ອັນໃດອັນໜຶ່ງໃນ: %2</translation>
    </message>
    <message>
        <source>roster import needs exactly one registration file</source>
        <translation>roster import ຕ້ອງມີໄຟລ໌ລົງທະບຽນໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>; sala-cli plan list shows the workshop numbers</source>
        <translation>; sala-cli plan list ຈະສະແດງເລກການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>--duplicates must be merge, new or skip, not “%1”</source>
        <translation>--duplicates ຕ້ອງເປັນ merge, new ຫຼື skip, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>There is no workshop with number %1; sala-cli plan list shows the numbers.</source>
        <translation>ບໍ່ມີການຝຶກອົບຮົມເລກທີ %1; sala-cli plan list ຈະສະແດງເລກຕ່າງໆ.</translation>
    </message>
    <message>
        <source>%1: %2, %3 layout, header on line %4, %5.</source>
        <translation>%1: %2, ຮູບແບບ %3, ຫົວຖັນຢູ່ແຖວ %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ແຖວ</numerusform>
            <numerusform>%n ແຖວ</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>ຖັນ:</translation>
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
        <translation>ຜູ້ເຂົ້າຮ່ວມ %1 “%2”</translation>
    </message>
    <message>
        <source>line %1 “%2”</source>
        <translation>ແຖວ %1 “%2”</translation>
    </message>
    <message>
        <source>Duplicate: line %1 “%2” matches %3 (%4) → %5</source>
        <translation>ຊ້ຳກັນ: ແຖວ %1 “%2” ກົງກັບ %3 (%4) → %5</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n row(s) of %1 have problems, so nothing was imported. Fix them in the file, or add --skip-invalid to import the other rows.</source>
        <translation>
            <numerusform>sala-cli: %n ແຖວຂອງ %1 ມີບັນຫາ, ຈຶ່ງບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ. ໃຫ້ແກ້ໄຂໃນໄຟລ໌, ຫຼື ເພີ່ມ --skip-invalid ເພື່ອນຳເຂົ້າແຖວອື່ນ.</numerusform>
            <numerusform>sala-cli: %n ແຖວຂອງ %1 ມີບັນຫາ, ຈຶ່ງບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ. ໃຫ້ແກ້ໄຂໃນໄຟລ໌, ຫຼື ເພີ່ມ --skip-invalid ເພື່ອນຳເຂົ້າແຖວອື່ນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would be added, %2 merged into existing records, %3 skipped; nothing was changed.</source>
        <translation>ທົດລອງ (dry run): ຈະເພີ່ມ %1, ລວມເຂົ້າກັບຂໍ້ມູນທີ່ມີຢູ່ແລ້ວ %2, ຂ້າມ %3; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>sala-cli: the import worked, but the column mapping could not be remembered: %1</source>
        <translation>sala-cli: ນຳເຂົ້າສຳເລັດ, ແຕ່ບໍ່ສາມາດຈື່ການຈັບຄູ່ຖັນໄດ້: %1</translation>
    </message>
    <message>
        <source>Imported into workshop %1 “%2”: %3 added, %4 merged into existing records, %5 duplicate(s) skipped, %6 row(s) with problems skipped.</source>
        <translation>ນຳເຂົ້າໃນການຝຶກອົບຮົມ %1 “%2”: ເພີ່ມ %3, ລວມເຂົ້າກັບຂໍ້ມູນທີ່ມີຢູ່ແລ້ວ %4, ຂ້າມຂໍ້ມູນຊ້ຳ %5, ຂ້າມແຖວທີ່ມີບັນຫາ %6.</translation>
    </message>
    <message>
        <source>roster export takes no file name; give it with --out</source>
        <translation>roster export ບໍ່ຮັບຊື່ໄຟລ໌ໂດຍກົງ; ໃຫ້ລະບຸດ້ວຍ --out</translation>
    </message>
    <message>
        <source>roster export needs --format csv or --format json</source>
        <translation>roster export ຕ້ອງມີ --format csv ຫຼື --format json</translation>
    </message>
    <message>
        <source>roster export needs --out FILE</source>
        <translation>roster export ຕ້ອງມີ --out FILE</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another name.</source>
        <translation>“%1” ມີຢູ່ແລ້ວ; ເພີ່ມ --force ເພື່ອຂຽນທັບ, ຫຼື ເລືອກຊື່ອື່ນ.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2; the export is recorded in the personal data log.</source>
        <translation>ຂຽນ %1 ລົງ %2 ແລ້ວ; ການສົ່ງອອກນີ້ຖືກບັນທຶກໄວ້ໃນບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have not given consent; they are marked “NO CONSENT” in the file.</source>
        <translation>
            <numerusform>ໃນນັ້ນ %n ຄົນບໍ່ໄດ້ໃຫ້ການຍິນຍອມ; ຖືກໝາຍວ່າ “NO CONSENT” ໃນໄຟລ໌.</numerusform>
            <numerusform>ໃນນັ້ນ %n ຄົນບໍ່ໄດ້ໃຫ້ການຍິນຍອມ; ຖືກໝາຍວ່າ “NO CONSENT” ໃນໄຟລ໌.</numerusform>
        </translation>
    </message>
    <message>
        <source>roster erase takes only --participant ID</source>
        <translation>roster erase ຮັບພຽງ --participant ID</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was already erased on %2.</source>
        <translation>ຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %1 ຖືກລົບລ້າງແລ້ວເມື່ອ %2.</translation>
    </message>
    <message>
        <source>Erased the personal data of participant %1 from %2. Counts by sex, country, organization type and attendance are kept without the person.</source>
        <translation>ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນຂອງຜູ້ເຂົ້າຮ່ວມ %1 ອອກຈາກ %2 ແລ້ວ. ຈຳນວນນັບຕາມເພດ, ປະເທດ, ປະເພດອົງກອນ ແລະ ການເຂົ້າຮ່ວມ ຍັງເກັບໄວ້ໂດຍບໍ່ມີຂໍ້ມູນຂອງຄົນນັ້ນ.</translation>
    </message>
    <message>
        <source>Backups made before now still hold the data; delete them if they are no longer needed: %1</source>
        <translation>ໄຟລ໌ສຳຮອງທີ່ເຮັດໄວ້ກ່ອນໜ້ານີ້ຍັງມີຂໍ້ມູນຢູ່; ໃຫ້ລຶບຖິ້ມຖ້າບໍ່ຕ້ອງການແລ້ວ: %1</translation>
    </message>
    <message>
        <source>roster show takes only --participant ID</source>
        <translation>roster show ຮັບພຽງ --participant ID</translation>
    </message>
    <message>
        <source>--format must be json or text, not “%1”</source>
        <translation>--format ຕ້ອງເປັນ json ຫຼື text, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>Participant %1: personal data erased on %2. Kept: %3, %4, %5, age %6.</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ %1: ລົບລ້າງຂໍ້ມູນສ່ວນບຸກຄົນແລ້ວເມື່ອ %2. ທີ່ເກັບໄວ້: %3, %4, %5, ອາຍຸ %6.</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ຊື່:</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>ຊື່ທີ່ມັກໃຫ້ເອີ້ນ:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>ຊື່ອື່ນ:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>ອີເມວ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>ໂທລະສັບ:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>ອົງກອນ:</translation>
    </message>
    <message>
        <source>Organization type:</source>
        <translation>ປະເພດອົງກອນ:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ປະເທດ:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>ເພດ:</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>ຊ່ວງອາຍຸ:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>ຈຳນວນພະນັກງານ:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>ຂະແໜງການ:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>ພາສາ:</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <translation>ການແປພາສາ:</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>ຕ້ອງການ</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ໝາຍເຫດ:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>ການຍິນຍອມ:</translation>
    </message>
    <message>
        <source>given %1, notice %2, for %3</source>
        <translation>ໃຫ້ເມື່ອ %1, ແຈ້ງການສະບັບ %2, ສຳລັບ %3</translation>
    </message>
    <message>
        <source>(time not recorded)</source>
        <translation>(ບໍ່ໄດ້ບັນທຶກເວລາ)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ບໍ່ໄດ້ບັນທຶກ)</translation>
    </message>
    <message>
        <source>NOT GIVEN</source>
        <translation>ບໍ່ໄດ້ໃຫ້</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ແຫຼ່ງທີ່ມາ:</translation>
    </message>
    <message>
        <source>roster needs a subcommand: import, export, erase or show</source>
        <translation>roster ຕ້ອງມີຄຳສັ່ງຍ່ອຍ: import, export, erase ຫຼື show</translation>
    </message>
    <message>
        <source>unknown roster subcommand “%1”</source>
        <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງຍ່ອຍ roster “%1”</translation>
    </message>
    <message>
        <source>--session needs a number such as 3, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>--session ຕ້ອງເປັນຕົວເລກ ເຊັ່ນ 3, ບໍ່ແມ່ນ “%1”; sala-cli plan list ຈະສະແດງເລກຕ່າງໆ</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ຍັງບໍ່ເລີ່ມ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>ກຳລັງດຳເນີນ</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>in overtime</source>
        <translation>ເກີນເວລາ</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>ຈົບແລ້ວ</translation>
    </message>
    <message>
        <source>run status takes no arguments</source>
        <translation>run status ບໍ່ຮັບອາກິວເມັນ</translation>
    </message>
    <message>
        <source>--format for run status must be text or json, not “%1”</source>
        <translation>--format ສຳລັບ run status ຕ້ອງເປັນ text ຫຼື json, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>No session has been run in %1 yet; name one with --session ID (sala-cli plan list shows the numbers).</source>
        <translation>ຍັງບໍ່ມີພາກໃດຖືກດຳເນີນໃນ %1; ໃຫ້ລະບຸພາກດ້ວຍ --session ID (sala-cli plan list ຈະສະແດງເລກຕ່າງໆ).</translation>
    </message>
    <message>
        <source>Session %1 “%2”: %3</source>
        <translation>ພາກ %1 “%2”: %3</translation>
    </message>
    <message>
        <source>Activity %1 of %2: %3, %4 %5</source>
        <translation>ກິດຈະກຳ %1 ຈາກ %2: %3, %5 %4</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ເຫຼືອ</translation>
    </message>
    <message>
        <source>over</source>
        <translation>ເກີນ</translation>
    </message>
    <message>
        <source>Finished at %1 %2, %3.</source>
        <translation>ຈົບເວລາ %1 %2, %3.</translation>
    </message>
    <message>
        <source>Projected end %1 %2 (planned %3), %4.</source>
        <translation>ຄາດວ່າຈະຈົບ %1 %2 (ຕາມແຜນ %3), %4.</translation>
    </message>
    <message>
        <source>report timing takes no file name of its own; give the output with --out FILE</source>
        <translation>report timing ບໍ່ຮັບຊື່ໄຟລ໌ໂດຍກົງ; ໃຫ້ລະບຸໄຟລ໌ຜົນອອກດ້ວຍ --out FILE</translation>
    </message>
    <message>
        <source>report timing needs --session ID</source>
        <translation>report timing ຕ້ອງມີ --session ID</translation>
    </message>
    <message>
        <source>report timing needs --out FILE</source>
        <translation>report timing ຕ້ອງມີ --out FILE</translation>
    </message>
    <message>
        <source>--format for report timing must be csv or pdf, not “%1”</source>
        <translation>--format ສຳລັບ report timing ຕ້ອງເປັນ csv ຫຼື pdf, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>Timing report for “%1” written to %2.</source>
        <translation>ບັນທຶກລາຍງານເວລາຂອງ “%1” ໄວ້ທີ່ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>run needs a subcommand: status</source>
        <translation>run ຕ້ອງມີຄຳສັ່ງຍ່ອຍ: status</translation>
    </message>
    <message>
        <source>unknown run subcommand “%1”</source>
        <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງຍ່ອຍ run “%1”</translation>
    </message>
    <message>
        <source>report needs a subcommand: timing</source>
        <translation>report ຕ້ອງມີຄຳສັ່ງຍ່ອຍ: timing</translation>
    </message>
    <message>
        <source>unknown report subcommand “%1”</source>
        <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງຍ່ອຍ report “%1”</translation>
    </message>
    <message>
        <source>--format for attendance must be json or csv, not “%1”</source>
        <translation>--format ສຳລັບ attendance ຕ້ອງເປັນ json ຫຼື csv, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>--date-order must be dmy (day first) or mdy (month first), not “%1”</source>
        <translation>--date-order ຕ້ອງເປັນ dmy (ວັນຂຶ້ນກ່ອນ) ຫຼື mdy (ເດືອນຂຶ້ນກ່ອນ), ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>--date needs a date such as 2024-03-05, not “%1”</source>
        <translation>--date ຕ້ອງເປັນວັນທີ ເຊັ່ນ 2024-03-05, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>attendance summarize needs at least one export file</source>
        <translation>attendance summarize ຕ້ອງມີໄຟລ໌ການເຂົ້າຮ່ວມຢ່າງໜ້ອຍໜຶ່ງໄຟລ໌</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy, or --date with the session&apos;s date.</source>
        <translation>ເພີ່ມ --date-order dmy ຫຼື --date-order mdy, ຫຼື --date ພ້ອມວັນທີຂອງພາກ.</translation>
    </message>
    <message>
        <source>Add --date YYYY-MM-DD.</source>
        <translation>ເພີ່ມ --date YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n people written to %1</source>
        <translation>
            <numerusform>sala-cli: ຂຽນຂໍ້ມູນ %n ຄົນລົງ %1 ແລ້ວ</numerusform>
            <numerusform>sala-cli: ຂຽນຂໍ້ມູນ %n ຄົນລົງ %1 ແລ້ວ</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance needs a subcommand: summarize</source>
        <translation>attendance ຕ້ອງມີຄຳສັ່ງຍ່ອຍ: summarize</translation>
    </message>
    <message>
        <source>unknown attendance subcommand “%1”</source>
        <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງຍ່ອຍ attendance “%1”</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 ນາທີ</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>attendance import needs --session ID; sala-cli plan list shows the numbers</source>
        <translation>attendance import ຕ້ອງມີ --session ID; sala-cli plan list ສະແດງເລກຕ່າງໆ</translation>
    </message>
    <message>
        <source>attendance import needs at least one export file</source>
        <translation>attendance import ຕ້ອງມີໄຟລ໌ການເຂົ້າຮ່ວມຢ່າງໜ້ອຍໜຶ່ງໄຟລ໌</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy.</source>
        <translation>ເພີ່ມ --date-order dmy ຫຼື --date-order mdy.</translation>
    </message>
    <message>
        <source>Add --replace to import it again in its place.</source>
        <translation>ເພີ່ມ --replace ເພື່ອນຳເຂົ້າອີກຄັ້ງແທນທີ່ອັນເກົ່າ.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) into session %1, with times read as %2:</source>
        <translation>
            <numerusform>ນຳເຂົ້າ %n ໄຟລ໌ເຂົ້າໃນພາກ %1 ແລ້ວ, ໂດຍອ່ານເວລາເປັນ %2:</numerusform>
            <numerusform>ນຳເຂົ້າ %n ໄຟລ໌ເຂົ້າໃນພາກ %1 ແລ້ວ, ໂດຍອ່ານເວລາເປັນ %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 (%3), %4 rows, %5 people</source>
        <translation>  %1: %2 (%3), %4 ແຖວ, %5 ຄົນ</translation>
    </message>
    <message>
        <source>  (replaces the earlier import of %1)</source>
        <translation>  (ແທນທີ່ການນຳເຂົ້າກ່ອນໜ້າຂອງ %1)</translation>
    </message>
    <message>
        <source>Matched to the roster (%1):</source>
        <translation>ຈັບຄູ່ກັບລາຍຊື່ແລ້ວ (%1):</translation>
    </message>
    <message>
        <source>  %1 → %2, %3 (%4)</source>
        <translation>  %1 → %2, %3 (%4)</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2)</source>
        <translation>ທີ່ສະເໜີ: %1 (ຜູ້ເຂົ້າຮ່ວມ %2)</translation>
    </message>
    <message>
        <source>not on the roster</source>
        <translation>ບໍ່ຢູ່ໃນລາຍຊື່</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Output format: text or json (db info, plan list, run status); pdf, html or md (plan sheet); csv or pdf (report timing); json, csv, zoom-csv or text (groups make, json by default); json or csv (attendance summarize, json by default).</source>
        <translation>ຮູບແບບຜົນອອກ: text ຫຼື json (db info, plan list, run status); pdf, html ຫຼື md (plan sheet); csv ຫຼື pdf (report timing); json, csv, zoom-csv ຫຼື text (groups make, ຄ່າຕັ້ງຕົ້ນແມ່ນ json); json ຫຼື csv (attendance summarize, ຄ່າຕັ້ງຕົ້ນແມ່ນ json).</translation>
    </message>
    <message>
        <source>Order of numeric dates for attendance summarize: dmy (day first) or mdy (month first), when the file cannot tell.</source>
        <translation>ລຳດັບຂອງວັນທີແບບຕົວເລກສຳລັບ attendance summarize: dmy (ວັນຂຶ້ນກ່ອນ) ຫຼື mdy (ເດືອນຂຶ້ນກ່ອນ), ເມື່ອໄຟລ໌ບອກບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Session date (YYYY-MM-DD) for attendance summarize: the date of Meet&apos;s times of day, and a hint for the order of numeric dates.</source>
        <translation>ວັນທີຂອງພາກ (YYYY-MM-DD) ສຳລັບ attendance summarize: ວັນທີຂອງເວລາໃນໄຟລ໌ Meet, ແລະ ຊ່ວຍບອກລຳດັບຂອງວັນທີແບບຕົວເລກ.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Time zone (IANA name such as Asia/Bangkok) of the exports&apos; times for attendance import; the workshop&apos;s by default.</source>
        <translation>ເຂດເວລາ (ຊື່ IANA ເຊັ່ນ Asia/Bangkok) ຂອງເວລາໃນໄຟລ໌ສຳລັບ attendance import; ຄ່າຕັ້ງຕົ້ນແມ່ນເຂດເວລາຂອງການຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Let attendance import replace an earlier import of the same file.</source>
        <translation>ໃຫ້ attendance import ແທນທີ່ການນຳເຂົ້າໄຟລ໌ດຽວກັນກ່ອນໜ້ານີ້.</translation>
    </message>
    <message>
        <source>Completion threshold for report attendance and report certificates: percent of the workshop&apos;s scheduled time (80 by default).</source>
        <translation>ເກນຮຽນຈົບສຳລັບ report attendance ແລະ report certificates: ເປີເຊັນຂອງເວລາຕາມກຳນົດການຂອງການຝຶກອົບຮົມ (ຄ່າຕັ້ງຕົ້ນແມ່ນ 80).</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>Participation threshold for report attendance and report certificates (50 by default).</source>
        <translation>ເກນການມີສ່ວນຮ່ວມສຳລັບ report attendance ແລະ report certificates (ຄ່າຕັ້ງຕົ້ນແມ່ນ 50).</translation>
    </message>
    <message>
        <source>Let report certificates write years of the Buddhist Era (2026 is 2569).</source>
        <translation>ໃຫ້ report certificates ຂຽນປີເປັນພຸດທະສັກກະລາດ (2026 ແມ່ນ 2569).</translation>
    </message>
    <message>
        <source>--%1 needs a whole percentage such as 80, not “%2”</source>
        <translation>--%1 ຕ້ອງເປັນເປີເຊັນຈຳນວນເຕັມ ເຊັ່ນ 80, ບໍ່ແມ່ນ “%2”</translation>
    </message>
    <message>
        <source>%1 needs --workshop ID (sala-cli plan list shows the numbers)</source>
        <translation>%1 ຕ້ອງມີ --workshop ID (sala-cli plan list ສະແດງເລກຕ່າງໆ)</translation>
    </message>
    <message>
        <source>--workshop needs a number such as 1, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>--workshop ຕ້ອງເປັນຕົວເລກ ເຊັ່ນ 1, ບໍ່ແມ່ນ “%1”; sala-cli plan list ສະແດງເລກຕ່າງໆ</translation>
    </message>
    <message>
        <source>%1 needs --out FILE</source>
        <translation>%1 ຕ້ອງມີ --out FILE</translation>
    </message>
    <message>
        <source>--format for %1 must be %2, not “%3” (or give the file a .%4 name)</source>
        <translation>--format ສຳລັບ %1 ຕ້ອງເປັນ %2, ບໍ່ແມ່ນ “%3” (ຫຼື ຕັ້ງຊື່ໄຟລ໌ໃຫ້ມີນາມສະກຸນ .%4)</translation>
    </message>
    <message>
        <source>Workshop %1 has no attendance yet. Import each session&apos;s Zoom, Teams or Meet export with sala-cli attendance import --session ID FILE, or in Sala&apos;s Reports mode.</source>
        <translation>ການຝຶກອົບຮົມ %1 ຍັງບໍ່ມີຂໍ້ມູນການເຂົ້າຮ່ວມ. ໃຫ້ນຳເຂົ້າໄຟລ໌ການເຂົ້າຮ່ວມຈາກ Zoom, Teams ຫຼື Meet ຂອງແຕ່ລະພາກ ດ້ວຍ sala-cli attendance import --session ID FILE, ຫຼື ໃນໂໝດລາຍງານຂອງ Sala.</translation>
    </message>
    <message>
        <source>sala-cli: note: %1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>sala-cli: ໝາຍເຫດ: %1 ຈາກ %2 ພາກ ຍັງບໍ່ມີຂໍ້ມູນການເຂົ້າຮ່ວມ; ເວລາຂອງພາກເຫຼົ່ານັ້ນຖືກນັບວ່າຂາດ.</translation>
    </message>
    <message>
        <source>report attendance takes no file name of its own; give the output with --out FILE</source>
        <translation>report attendance ບໍ່ຮັບຊື່ໄຟລ໌ໂດຍກົງ; ໃຫ້ລະບຸໄຟລ໌ຜົນອອກດ້ວຍ --out FILE</translation>
    </message>
    <message>
        <source>Attendance report of “%1” written to %2: %3 enrolled, %4 attended, %5 completed, %6 participated.</source>
        <translation>ບັນທຶກລາຍງານການເຂົ້າຮ່ວມຂອງ “%1” ໄວ້ທີ່ %2 ແລ້ວ: ລົງທະບຽນ %3, ເຂົ້າຮ່ວມ %4, ຮຽນຈົບ %5, ມີສ່ວນຮ່ວມ %6.</translation>
    </message>
    <message>
        <source>report certificates takes no file name of its own; give the output with --out FILE</source>
        <translation>report certificates ບໍ່ຮັບຊື່ໄຟລ໌ໂດຍກົງ; ໃຫ້ລະບຸໄຟລ໌ຜົນອອກດ້ວຍ --out FILE</translation>
    </message>
    <message>
        <source>Nobody in workshop %1 has earned a certificate at these thresholds (completion %2 %, participation %3 %); nothing was written.</source>
        <translation>ຍັງບໍ່ມີໃຜໃນການຝຶກອົບຮົມ %1 ໄດ້ຮັບໃບຢັ້ງຢືນຕາມເກນນີ້ (ຮຽນຈົບ %2 %, ມີສ່ວນຮ່ວມ %3 %); ບໍ່ໄດ້ຂຽນຫຍັງ.</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>ໃບຢັ້ງຢືນ: %1</translation>
    </message>
    <message>
        <source>%1 certificates for “%2” written to %3.</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນ %1 ໃບ ຂອງ “%2” ໄວ້ທີ່ %3 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Not matched (%1), left out of the reports until they are. To match them, open Sala&apos;s Reports mode and choose Review… on the Attendance tab, where you can confirm a proposal, pick someone from the roster or add them to it; or list them with “sala-cli attendance unmatched --session %2” and match each with “sala-cli attendance match”.</source>
        <translation>ຍັງບໍ່ໄດ້ຈັບຄູ່ (%1), ຈະບໍ່ຖືກນັບໃນລາຍງານຈົນກວ່າຈະຈັບຄູ່ແລ້ວ. ເພື່ອຈັບຄູ່, ໃຫ້ເປີດໂໝດລາຍງານຂອງ Sala ແລ້ວເລືອກ ກວດເບິ່ງ… ໃນແຖບ ການເຂົ້າຮ່ວມ, ບ່ອນທີ່ທ່ານສາມາດຢືນຢັນການສະເໜີ, ເລືອກຄົນຈາກລາຍຊື່ ຫຼື ເພີ່ມເຂົ້າລາຍຊື່ໄດ້; ຫຼື ສະແດງລາຍຊື່ດ້ວຍ “sala-cli attendance unmatched --session %2” ແລ້ວຈັບຄູ່ແຕ່ລະຄົນດ້ວຍ “sala-cli attendance match”.</translation>
    </message>
    <message>
        <source>now matches %1 (participant %2): %3</source>
        <translation>ຕອນນີ້ກົງກັບ %1 (ຜູ້ເຂົ້າຮ່ວມ %2): %3</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2): %3</source>
        <translation>ທີ່ສະເໜີ: %1 (ຜູ້ເຂົ້າຮ່ວມ %2): %3</translation>
    </message>
    <message>
        <source>attendance unmatched needs --session ID; sala-cli plan list shows the numbers</source>
        <translation>attendance unmatched ຕ້ອງມີ --session ID; sala-cli plan list ຈະສະແດງເລກຕ່າງໆ</translation>
    </message>
    <message>
        <source>attendance unmatched writes text or json, not “%1”</source>
        <translation>attendance unmatched ຂຽນອອກເປັນ text ຫຼື json ເທົ່ານັ້ນ, ບໍ່ແມ່ນ “%1”</translation>
    </message>
    <message>
        <source>Everyone in the attendance imported into session %1 is matched, added or ignored.</source>
        <translation>ທຸກຄົນໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າໃນພາກ %1 ໄດ້ຈັບຄູ່, ເພີ່ມ ຫຼື ເລືອກບໍ່ນັບແລ້ວ.</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of session %1 are not matched to the roster:</source>
        <translation>
            <numerusform>ມີ %n ຄົນໃນການເຂົ້າຮ່ວມຂອງພາກ %1 ທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່:</numerusform>
            <numerusform>ມີ %n ຄົນໃນການເຂົ້າຮ່ວມຂອງພາກ %1 ທີ່ຍັງບໍ່ໄດ້ຈັບຄູ່ກັບລາຍຊື່:</numerusform>
        </translation>
    </message>
    <message>
        <source>id	name	e-mail	minutes	proposal</source>
        <translation>id	ຊື່	ອີເມວ	ນາທີ	ການສະເໜີ</translation>
    </message>
    <message>
        <source>Match one with: sala-cli attendance match --identity ID --participant PID (or --ignore).</source>
        <translation>ຈັບຄູ່ເທື່ອລະຄົນດ້ວຍ: sala-cli attendance match --identity ID --participant PID (ຫຼື --ignore).</translation>
    </message>
    <message>
        <source>attendance match needs --identity ID; sala-cli attendance unmatched --session ID lists them</source>
        <translation>attendance match ຕ້ອງມີ --identity ID; sala-cli attendance unmatched --session ID ຈະສະແດງລາຍຊື່</translation>
    </message>
    <message>
        <source>attendance match needs either --participant PID or --ignore</source>
        <translation>attendance match ຕ້ອງມີ --participant PID ຫຼື --ignore ຢ່າງໃດຢ່າງໜຶ່ງ</translation>
    </message>
    <message>
        <source>Ignored “%1” in session %2.</source>
        <translation>ບໍ່ນັບ “%1” ໃນພາກ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Matched “%1” in session %2 to participant %3.</source>
        <translation>ຈັບຄູ່ “%1” ໃນພາກ %2 ກັບຜູ້ເຂົ້າຮ່ວມ %3 ແລ້ວ.</translation>
    </message>
    <message>
        <source>  saved “%1” as an alias of participant %2</source>
        <translation>  ບັນທຶກ “%1” ເປັນຊື່ອື່ນຂອງຜູ້ເຂົ້າຮ່ວມ %2 ແລ້ວ</translation>
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
        <translation>ຄຳສັ່ງ:
  db info [--format text|json]  ເສັ້ນທາງ, ລຸ້ນ schema ແລະ ຈຳນວນແຖວໃນແຕ່ລະຕາຕະລາງ.
  db check                      ກວດຄວາມສົມບູນ ແລະ ລຸ້ນ; ອອກດ້ວຍລະຫັດ 0 ເມື່ອປົກກະຕິ.
  db backup OUT                 ຂຽນສຳເນົາທີ່ສອດຄ່ອງກັນລົງ OUT, ເຖິງແມ່ນ Sala ກຳລັງເປີດຢູ່.
  demo                          ເພີ່ມການຝຶກອົບຮົມຕົວຢ່າງ ແລະ ລາຍຊື່ຂອງມັນເຂົ້າໃນຖານຂໍ້ມູນ.
  plan validate FILE            ກວດໄຟລ໌ແຜນ ແລະ ສະແດງທຸກບັນຫາໃນໄຟລ໌.
  plan import FILE [--workshop ID]
                                ເພີ່ມໄຟລ໌ການຝຶກອົບຮົມເປັນການຝຶກອົບຮົມໃໝ່, ຫຼື ເພີ່ມໄຟລ໌ພາກ
                                ເຂົ້າໃນການຝຶກອົບຮົມ ID. ສຳເລັດທັງໝົດ ຫຼື ບໍ່ເຮັດຫຍັງເລີຍ.
  plan export (--workshop ID | --session ID) --out FILE [--force]
                                ຂຽນການຝຶກອົບຮົມ ຫຼື ພາກດຽວລົງໄຟລ໌ແຜນ.
  plan sheet --session ID --out FILE [--format pdf|html|md] [--force]
                                ຂຽນແຜ່ນກຳນົດການຂອງພາກເພື່ອພິມ (ຄ່າຕັ້ງຕົ້ນແມ່ນ PDF).
  plan list [--format text|json]
                                ທຸກການຝຶກອົບຮົມ ແລະ ທຸກພາກ ພ້ອມເລກຂອງມັນ.
  run status [--session ID] [--format text|json]
                                ສະຖານະສົດຂອງພາກຕາມທີ່ Sala ບັນທຶກໄວ້: ກິດຈະກຳ,
                                ເວລາທີ່ເຫຼືອ, ຊ້າປານໃດ, ເວລາທີ່ຄາດວ່າຈະຈົບ. ຖ້າບໍ່ມີ
                                --session: ພາກທີ່ດຳເນີນຫຼ້າສຸດ.
  report timing --session ID --out FILE [--format csv|pdf] [--force]
                                ນາທີຕາມແຜນທຽບກັບຕົວຈິງຂອງການດຳເນີນ (ຖ້າບໍ່ລະບຸ format
                                ຈະໃຊ້ຕາມນາມສະກຸນຂອງຊື່ໄຟລ໌).
  report attendance --workshop ID --out FILE [--format csv|xlsx|pdf]
                    [--completion 80] [--participation 50] [--force]
                                ລາຍງານການເຂົ້າຮ່ວມທີ່ຜູ້ໃຫ້ທຶນຕ້ອງການ: ນາທີ ແລະ ສັດສ່ວນ
                                ຂອງແຕ່ລະຄົນໃນແຕ່ລະພາກ, ການຮຽນຈົບທຽບກັບເກນ (ເປີເຊັນ
                                ຂອງເວລາຕາມກຳນົດການຂອງການຝຶກອົບຮົມ), ການແຍກຂໍ້ມູນຕາມ
                                ເພດ, ປະເທດ, ປະເພດອົງກອນ ແລະ ຂະໜາດວິສາຫະກິດ. ການສົ່ງອອກ
                                ຈະຖືກບັນທຶກໄວ້ໃນບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ. ເບິ່ງ
                                docs/reports.md.
  report certificates --workshop ID --out FILE [--format pdf|csv] [--buddhist-era]
                      [--completion 80] [--participation 50] [--force]
                                ໃບຢັ້ງຢືນຄົນລະໃບ ສຳລັບທຸກຄົນທີ່ໄດ້ຮັບ, ຈາກແມ່ແບບຂອງ
                                ການຝຶກອົບຮົມ (PDF), ຫຼື ລາຍຊື່ຜູ້ໄດ້ຮັບ (CSV).
  roster import FILE --workshop ID [--mapping NAME] [--sheet NAME] [--dry-run]
                [--skip-invalid] [--duplicates merge|new|skip]
                                ເພີ່ມໄຟລ໌ລົງທະບຽນ (CSV ໃນ encoding ທີ່ໃຊ້ທົ່ວໄປ, ຫຼື
                                .xlsx) ເຂົ້າລາຍຊື່ຂອງການຝຶກອົບຮົມ, ສຳເລັດທັງໝົດ ຫຼື ບໍ່ເຮັດຫຍັງເລີຍ.
                                ບັນຫາຈະສະແດງຕາມແຖວ ແລະ ຖັນ; --dry-run ບໍ່ປ່ຽນແປງຫຍັງ.
  roster export --workshop ID --format csv|json --out FILE [--force]
                                ຂຽນລາຍຊື່; ຄົນທີ່ບໍ່ມີການຍິນຍອມຈະຖືກໝາຍໄວ້ ແລະ
                                ການສົ່ງອອກຈະຖືກບັນທຶກໄວ້ໃນບັນທຶກປະຫວັດຂໍ້ມູນສ່ວນບຸກຄົນ.
  roster erase --participant ID  ລຶບຂໍ້ມູນສ່ວນບຸກຄົນຂອງຄົນນັ້ນອອກຈາກໄຟລ໌ຖານຂໍ້ມູນ,
                                ໂດຍເກັບຈຳນວນນັບແບບບໍ່ລະບຸຊື່ໄວ້. ບໍ່ສາມາດຍ້ອນກັບໄດ້.
  roster show --participant ID [--format text|json]
                                ທຸກຢ່າງທີ່ເກັບໄວ້ກ່ຽວກັບຄົນໜຶ່ງ (ສຳລັບຄຳຮ້ອງຂໍເຂົ້າເຖິງຂໍ້ມູນ).
  groups make PROBLEM.json [--rounds W] [--seed N] [--time-limit SECONDS]
              [--format json|csv|zoom-csv|text] [--round R] [--out FILE [--force]]
  groups make --people N --size P --rounds W [ຕົວເລືອກອື່ນຄືກັນ]
                                ຫ້ອງຍ່ອຍສຳລັບທຸກຮອບ ໂດຍມີຄູ່ທີ່ພົບກັນຊ້ຳໜ້ອຍທີ່ສຸດ
                                (ບໍ່ມີເລີຍ ຖ້າເຮັດໄດ້), ຕາມເງື່ອນໄຂໃນໄຟລ໌. JSON ຈະເພີ່ມຮອບ ແລະ ສະຖິຕິ;
                                zoom-csv ແມ່ນໄຟລ໌ຈັດຫ້ອງລ່ວງໜ້າຂອງ Zoom ສຳລັບຮອບ R (ຄ່າຕັ້ງຕົ້ນ
                                ແມ່ນ 1). ບໍ່ໃຊ້ຖານຂໍ້ມູນ. ເບິ່ງ docs/groups-format.md.
  attendance summarize [--format json|csv] [--date-order dmy|mdy] [--date YYYY-MM-DD]
                       FILE... [--out FILE [--force]]
                                ອ່ານໄຟລ໌ການເຂົ້າຮ່ວມຈາກ Zoom, Teams ແລະ Google Meet ແລ້ວ
                                ສະແດງນາທີ ແລະ ຊ່ວງເວລາທີ່ຢູ່ໃນການປະຊຸມຂອງແຕ່ລະຄົນ
                                (ຄ່າຕັ້ງຕົ້ນແມ່ນ JSON). --date-order ເມື່ອວັນທີໃນໄຟລ໌ອ່ານໄດ້
                                ທັງສອງແບບ; --date ສຳລັບເວລາໃນໄຟລ໌ຂອງ Meet. ບໍ່ໃຊ້
                                ຖານຂໍ້ມູນ. ເບິ່ງ docs/attendance-formats.md.
  attendance import --session ID [--tz ZONE] [--date-order dmy|mdy] [--replace] FILE...
                                ເກັບຂໍ້ມູນການເຂົ້າຮ່ວມຈາກໄຟລ໌ໄວ້ໃນພາກ, ສຳເລັດທັງໝົດ ຫຼື
                                ບໍ່ເຮັດຫຍັງເລີຍ. ຄົນທີ່ກົງກັບລາຍຊື່ດ້ວຍອີເມວ, ຊື່ອື່ນ ຫຼື ຊື່
                                ຈະຖືກຈັບຄູ່ທັນທີ; ການສະເໜີ ແລະ ຄົນທີ່ບໍ່ຢູ່ໃນລາຍຊື່ຈະຖືກ
                                ສະແດງໄວ້ໃຫ້ກວດເບິ່ງໃນ Sala. ເວລາຈະອ່ານຕາມເຂດເວລາຂອງ
                                ການຝຶກອົບຮົມ ເວັ້ນເສຍແຕ່ --tz ລະບຸເຂດອື່ນ (ຊື່ IANA, ເຊັ່ນ
                                Asia/Manila). ໄຟລ໌ທີ່ເຄີຍນຳເຂົ້າແລ້ວຈະຖືກປະຕິເສດ ເວັ້ນເສຍແຕ່
                                ໃຊ້ --replace. ເບິ່ງ docs/attendance.md.
  attendance unmatched --session ID [--format text|json]
                                ຄົນທີ່ການນຳເຂົ້າຂອງພາກຍັງບໍ່ໄດ້ຈັບຄູ່: id, ຊື່,
                                ອີເມວ, ນາທີ ແລະ ສິ່ງທີ່ Sala ສະເໜີຕອນນີ້.
  attendance match --identity ID (--participant PID | --ignore)
                                ຈັບຄູ່ຄົນໜຶ່ງໃນນັ້ນກັບຜູ້ເຂົ້າຮ່ວມໃນລາຍຊື່ (ຊື່ຈະຖືກ
                                ບັນທຶກເປັນຊື່ອື່ນ) ຫຼື ບໍ່ນັບຄົນນັ້ນໃນລາຍງານ.

ລະຫັດອອກ (exit code):
  0  ສຳເລັດ
  1  ໃຊ້ຜິດ: ຄຳສັ່ງທີ່ບໍ່ຮູ້ຈັກ ຫຼື ຂາດອາກິວເມັນ
  2  ເປີດບໍ່ໄດ້: ຖານຂໍ້ມູນ (ບໍ່ມີ, ບໍ່ແມ່ນ SQLite, ຫຼື ບໍ່ແມ່ນຖານຂໍ້ມູນຂອງ Sala),
     ໄຟລ໌ນຳເຂົ້າ, ຫຼື ເລກການຝຶກອົບຮົມ ຫຼື ເລກພາກທີ່ບໍ່ມີຢູ່
  3  ຖານຂໍ້ມູນເສຍຫາຍ (ການກວດຄວາມສົມບູນບໍ່ຜ່ານ)
  4  ຖານຂໍ້ມູນຖືກຂຽນໂດຍ Sala ລຸ້ນໃໝ່ກວ່າ
  5  ຖານຂໍ້ມູນເປີດຢູ່ໃນ process ອື່ນຂອງ Sala
  6  ຂຽນຜົນອອກ ຫຼື ຖານຂໍ້ມູນບໍ່ໄດ້
  7  ໄຟລ໌ນຳເຂົ້າບໍ່ຖືກຕ້ອງ (ສະແດງທຸກບັນຫາ)
</translation>
    </message>
    <message>
        <source>Participant number for roster erase, roster show and attendance match.</source>
        <translation>ເລກຜູ້ເຂົ້າຮ່ວມ ສຳລັບ roster erase, roster show ແລະ attendance match.</translation>
    </message>
    <message>
        <source>Number of a person in the imported attendance for attendance match.</source>
        <translation>ເລກຂອງຄົນໜຶ່ງໃນການເຂົ້າຮ່ວມທີ່ນຳເຂົ້າ ສຳລັບ attendance match.</translation>
    </message>
    <message>
        <source>Let attendance match leave the person out of the reports.</source>
        <translation>ໃຫ້ attendance match ບໍ່ນັບຄົນນັ້ນໃນລາຍງານ.</translation>
    </message>
</context>
</TS>
