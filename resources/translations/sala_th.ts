<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>ภาษาของหน้าจอ (&amp;L):</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>ภาษาของหน้าจอ</translation>
    </message>
    <message>
        <source>A new language takes effect when Sala next starts.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเปิด Sala ครั้งถัดไป</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>เขตเวลาที่สอง (&amp;S):</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>เขตเวลาที่สอง</translation>
    </message>
    <message>
        <source>Shown beside the workshop&apos;s own time zone when the workshop does not name a second one.</source>
        <translation>แสดงคู่กับเขตเวลาของเวิร์กช็อป เมื่อเวิร์กช็อปไม่ได้กำหนดเขตเวลาที่สองไว้</translation>
    </message>
    <message>
        <source>&amp;Wrap-up warning:</source>
        <translation>เตือนช่วงสรุป (&amp;W):</translation>
    </message>
    <message>
        <source>Wrap-up warning, minutes before the end</source>
        <translation>เตือนช่วงสรุป (กี่นาทีก่อนจบ)</translation>
    </message>
    <message>
        <source>The timer turns to wrap-up this many minutes before an activity ends, unless the activity sets its own.</source>
        <translation>ตัวจับเวลาจะเปลี่ยนเป็นช่วงสรุปเมื่อเหลือเวลาเท่านี้นาทีก่อนกิจกรรมจบ เว้นแต่กิจกรรมนั้นกำหนดค่าไว้เอง</translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation> นาทีก่อนจบ</translation>
    </message>
    <message>
        <source>Play &amp;chimes during a live session (only you hear them)</source>
        <translation>เล่นเสียงกระดิ่งระหว่างดำเนินเซสชันสด (ได้ยินเฉพาะคุณ) (&amp;C)</translation>
    </message>
</context>
<context>
    <name>sala::AboutDialog</name>
    <message>
        <source>&lt;p&gt;A facilitator console for live online workshops: prepare activity-based sessions, run them on Zoom, Teams or Google Meet, and report attendance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;คอนโซลสำหรับวิทยากรในเวิร์กช็อปออนไลน์แบบสด: เตรียมเซสชันที่เน้นกิจกรรม ดำเนินเซสชันบน Zoom, Teams หรือ Google Meet และรายงานการเข้าร่วม&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything stays on this computer. Sala makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ข้อมูลทั้งหมดอยู่ในคอมพิวเตอร์เครื่องนี้ Sala ไม่เชื่อมต่อเครือข่ายใด ๆ&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;ฐานข้อมูล: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sala is free software under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sala เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต Apache License 2.0&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>สร้างด้วย</translation>
    </message>
    <message>
        <source>&lt;li&gt;Qt %1 — GNU LGPL version 3&lt;/li&gt;</source>
        <translation>&lt;li&gt;Qt %1 — GNU LGPL รุ่นที่ 3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;SQLite — public domain&lt;/li&gt;</source>
        <translation>&lt;li&gt;SQLite — สาธารณสมบัติ&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;nlohmann/json %1 — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;nlohmann/json %1 — สัญญาอนุญาต MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;spdlog %1 and {fmt} — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;spdlog %1 และ {fmt} — สัญญาอนุญาต MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Noto fonts for Khmer, Lao and Thai — SIL Open Font License 1.1&lt;/li&gt;</source>
        <translation>&lt;li&gt;ฟอนต์ Noto สำหรับภาษาเขมร ลาว และไทย — SIL Open Font License 1.1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Catch2 (tests only) — Boost Software License 1.0&lt;/li&gt;</source>
        <translation>&lt;li&gt;Catch2 (ใช้เฉพาะการทดสอบ) — Boost Software License 1.0&lt;/li&gt;</translation>
    </message>
    <message>
        <source>About Sala</source>
        <translation>เกี่ยวกับ Sala</translation>
    </message>
</context>
<context>
    <name>sala::ActivityEditor</name>
    <message>
        <source>Kind of activity</source>
        <translation>ประเภทกิจกรรม</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อกิจกรรม</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>จำนวนนาทีตามแผน</translation>
    </message>
    <message>
        <source>May be shortened to</source>
        <translation>ลดเหลือได้ถึง</translation>
    </message>
    <message>
        <source>Shortest acceptable minutes</source>
        <translation>จำนวนนาทีน้อยที่สุดที่รับได้</translation>
    </message>
    <message>
        <source>Must start at</source>
        <translation>ต้องเริ่มเวลา</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>เวลาเริ่มตายตัว</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Instructions for the chat</source>
        <translation>คำชี้แจงสำหรับแชต</translation>
    </message>
    <message>
        <source>The text you paste into the meeting chat. Number the steps for group work.</source>
        <translation>ข้อความที่คุณจะวางในแชตของการประชุม สำหรับงานกลุ่มให้ใส่หมายเลขขั้นตอน</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>บันทึกของวิทยากร</translation>
    </message>
    <message>
        <source>Private: only you and your producer see these.</source>
        <translation>ส่วนตัว: มีเพียงคุณและโปรดิวเซอร์ที่เห็น</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>สื่อและอุปกรณ์</translation>
    </message>
    <message>
        <source>One per line: name | link or file</source>
        <translation>บรรทัดละหนึ่งรายการ: ชื่อ | ลิงก์หรือไฟล์</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>ห้องย่อย</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>การจัดกลุ่ม</translation>
    </message>
    <message>
        <source>People per group</source>
        <translation>จำนวนคนต่อกลุ่ม</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>จำนวนกลุ่ม</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>นาทีต่อรอบ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Reader, Timekeeper, Reporter</source>
        <translation>ผู้อ่าน, ผู้จับเวลา, ผู้รายงาน</translation>
    </message>
    <message>
        <source>Broadcast texts</source>
        <translation>ข้อความประกาศ</translation>
    </message>
    <message>
        <source>One per line: minutes before the end | text
2 | 2 minutes left — reporters, get ready</source>
        <translation>บรรทัดละหนึ่งรายการ: นาทีก่อนจบ | ข้อความ
2 | เหลือ 2 นาที — ผู้รายงานเตรียมตัว</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>ขนาด:</translation>
    </message>
    <message>
        <source>or groups:</source>
        <translation>หรือจำนวนกลุ่ม:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation>การจัดกลุ่ม:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>กลุ่ม:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>รอบ:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>บทบาท:</translation>
    </message>
    <message>
        <source>Broadcasts:</source>
        <translation>ข้อความประกาศ:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ประเภท (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ชื่อ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>นาที (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>วัตถุประสงค์ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>คำชี้แจง (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>บันทึก (&amp;N):</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>สื่อและอุปกรณ์ (&amp;A):</translation>
    </message>
    <message>
        <source>Select an activity to edit it, or press Insert to add one.</source>
        <translation>เลือกกิจกรรมเพื่อแก้ไข หรือกด Insert เพื่อเพิ่มกิจกรรม</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>กิจกรรมที่ %1: %2</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>ผู้อ่าน</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>ผู้จับเวลา</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>ผู้รายงาน</translation>
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
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Type new minutes, or press + and − (Ctrl for 5 minutes)</source>
        <translation>พิมพ์จำนวนนาทีใหม่ หรือกด + และ − (กด Ctrl ค้างไว้เพื่อเปลี่ยนทีละ 5 นาที)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>เวลา (%1)</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>เขตเวลาที่สอง</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>เวลาที่ใช้ไป</translation>
    </message>
</context>
<context>
    <name>sala::AddActivityDialog</name>
    <message>
        <source>Add an Activity</source>
        <translation>เพิ่มกิจกรรม</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>กิจกรรมใหม่</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>กิจกรรมว่าง</translation>
    </message>
    <message>
        <source>My activities</source>
        <translation>กิจกรรมของฉัน</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>คลังเทคนิค</translation>
    </message>
    <message>
        <source>%1 — %2, %3 min · %4</source>
        <translation>%1 — %2, %3 นาที · %4</translation>
    </message>
    <message>
        <source>Search methods: troika, energizer, case study…</source>
        <translation>ค้นหาเทคนิค: troika, กิจกรรมกระตุ้นพลัง, กรณีศึกษา…</translation>
    </message>
    <message>
        <source>Search the method library</source>
        <translation>ค้นหาในคลังเทคนิค</translation>
    </message>
    <message>
        <source>Activities to add</source>
        <translation>กิจกรรมที่จะเพิ่ม</translation>
    </message>
    <message>
        <source>Preview of the activity</source>
        <translation>ตัวอย่างกิจกรรม</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>เพิ่ม (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ค้นหา (&amp;S):</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>คำชี้แจง</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>บันทึกของวิทยากร</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>ห้องย่อย</translation>
    </message>
    <message>
        <source>%1 · %2 round(s) of %3 min</source>
        <translation>%1 · %2 รอบ รอบละ %3 นาที</translation>
    </message>
</context>
<context>
    <name>sala::Attendance</name>
    <message>
        <source>read the check-ins</source>
        <translation>อ่านข้อมูลเช็กอิน</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>ยังไม่มา</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>มาแล้ว</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>มาสาย</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ออกไปแล้ว</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>กลับเข้ามาใหม่</translation>
    </message>
    <message>
        <source>record the check-in</source>
        <translation>บันทึกการเช็กอิน</translation>
    </message>
    <message>
        <source>undo the check-in</source>
        <translation>เลิกทำการเช็กอิน</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCommands</name>
    <message>
        <source>Import Attendance from “%1”</source>
        <translation>นำเข้าการเข้าร่วมจาก “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Import Attendance from %n files</source>
        <translation>
            <numerusform>นำเข้าการเข้าร่วมจาก %n ไฟล์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCsv</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ชื่อที่ใช้เรียก</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>ยินยอมให้ใช้ในรายงาน</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ประเภทองค์กร</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ขนาดวิสาหกิจ</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>เซสชัน %1</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 share (%)</source>
        <translation>%1 สัดส่วน (%)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>นาทีรวม</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>สัดส่วนของเวิร์กช็อป (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Share of the session (%)</source>
        <translation>สัดส่วนของเซสชัน (%)</translation>
    </message>
    <message>
        <source>First join (%1)</source>
        <translation>เข้าครั้งแรก (%1)</translation>
    </message>
    <message>
        <source>Last leave (%1)</source>
        <translation>ออกครั้งสุดท้าย (%1)</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>การจับคู่</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>เช็กอินระหว่างเซสชัน</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>เกียรติบัตร</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>ชั่วโมงที่เข้าร่วม</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>มีส่วนร่วม</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceExport</name>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>ไม่มีไฟล์ “%1” ตรวจสอบชื่อไฟล์และโฟลเดอร์</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an attendance export.</source>
        <translation>“%1” เป็นโฟลเดอร์ ไม่ใช่ไฟล์การเข้าร่วม</translation>
    </message>
    <message>
        <source>the file is %1 MB, far larger than any attendance report; check that it is the right file.</source>
        <translation>ไฟล์มีขนาด %1 MB ใหญ่กว่ารายงานการเข้าร่วมทั่วไปมาก ตรวจดูว่าเลือกไฟล์ถูกต้อง</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>อ่าน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>วันขึ้นก่อน</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>เดือนขึ้นก่อน</translation>
    </message>
    <message>
        <source>the dates are written in two orders: “%1” on line %2 can only be day first, “%3” on line %4 only month first. Download the report again without editing it.</source>
        <translation>วันที่ถูกเขียนไว้สองแบบ: “%1” ในบรรทัดที่ %2 อ่านได้แค่แบบวันขึ้นก่อน แต่ “%3” ในบรรทัดที่ %4 อ่านได้แค่แบบเดือนขึ้นก่อน ให้ดาวน์โหลดรายงานใหม่และไม่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>“%1” can only be read %2, but the dates were said to be %3. Leave the order out and Sala reads it from the file.</source>
        <translation>“%1” อ่านได้แค่แบบ%2 แต่มีการระบุว่าวันที่เป็นแบบ%3 ให้เว้นการระบุลำดับไว้ แล้ว Sala จะอ่านลำดับจากไฟล์เอง</translation>
    </message>
    <message>
        <source>“%1”: the dates can be read day first or month first (“%2” on line %3 is %4 or %5), and nothing in the file says which. Tell Sala which order the file uses.</source>
        <translation>“%1”: วันที่อ่านได้ทั้งแบบวันขึ้นก่อนและเดือนขึ้นก่อน (“%2” ในบรรทัดที่ %3 เป็น %4 หรือ %5) และไม่มีอะไรในไฟล์บอกว่าเป็นแบบไหน ให้ระบุลำดับที่ไฟล์ใช้</translation>
    </message>
    <message>
        <source>%1 is missing. The file may have been cut short; download the report again.</source>
        <translation>ไม่มีข้อมูล%1 ไฟล์อาจถูกตัดขาด ให้ดาวน์โหลดรายงานใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time Sala can read (such as 03/05/2024 09:02:00 AM or 5/3/24, 14:02). Correct the cell or download the report again.</source>
        <translation>%1 “%2” ไม่ใช่วันที่และเวลาที่ Sala อ่านได้ (เช่น 03/05/2024 09:02:00 AM หรือ 5/3/24, 14:02) ให้แก้ไขเซลล์นั้นหรือดาวน์โหลดรายงานใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>“%1”: the file gives times of day without a date, and its name carries none. Tell Sala the date of the session.</source>
        <translation>“%1”: ไฟล์ระบุแค่เวลาโดยไม่มีวันที่ และชื่อไฟล์ก็ไม่มีวันที่ ให้ระบุวันที่ของเซสชัน</translation>
    </message>
    <message>
        <source>the date is not a real day when read %1. Check the cell or tell Sala the other order.</source>
        <translation>วันที่นี้ไม่มีอยู่จริงเมื่ออ่านแบบ%1 ตรวจดูเซลล์นั้น หรือระบุลำดับอีกแบบ</translation>
    </message>
    <message>
        <source>this looks like a Zoom quality-of-service dashboard export (devices, networks and bitrates), not an attendance report. In the Zoom web portal open Reports ▸ Usage, click the meeting&apos;s number of participants and export that list.</source>
        <translation>ไฟล์นี้ดูเหมือนข้อมูลคุณภาพการใช้งานที่ส่งออกจากแดชบอร์ดของ Zoom (อุปกรณ์ เครือข่าย และบิตเรต) ไม่ใช่รายงานการเข้าร่วม ในเว็บพอร์ทัลของ Zoom ให้เปิด Reports ▸ Usage คลิกที่จำนวนผู้เข้าร่วมของการประชุม แล้วส่งออกรายชื่อนั้น</translation>
    </message>
    <message>
        <source>this looks like a Google Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ไฟล์นี้ดูเหมือนรายชื่อผู้ลงทะเบียนจาก Google Forms (คนที่สมัคร) ไม่ใช่รายงานการเข้าร่วม ให้นำเข้าที่ รายชื่อ ▸ นำเข้า แทน</translation>
    </message>
    <message>
        <source>this looks like a Microsoft Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ไฟล์นี้ดูเหมือนรายชื่อผู้ลงทะเบียนจาก Microsoft Forms (คนที่สมัคร) ไม่ใช่รายงานการเข้าร่วม ให้นำเข้าที่ รายชื่อ ▸ นำเข้า แทน</translation>
    </message>
    <message>
        <source>this looks like an Eventbrite attendee list (tickets sold), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ไฟล์นี้ดูเหมือนรายชื่อผู้ซื้อบัตรจาก Eventbrite (บัตรที่ขายได้) ไม่ใช่รายงานการเข้าร่วม ให้นำเข้าที่ รายชื่อ ▸ นำเข้า แทน</translation>
    </message>
    <message>
        <source>this looks like a KoboToolbox form export, not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ไฟล์นี้ดูเหมือนข้อมูลแบบฟอร์มที่ส่งออกจาก KoboToolbox ไม่ใช่รายงานการเข้าร่วม ให้นำเข้าที่ รายชื่อ ▸ นำเข้า แทน</translation>
    </message>
    <message>
        <source>this is a Zoom breakout room pre-assignment file, not an attendance report.</source>
        <translation>ไฟล์นี้เป็นไฟล์จัดห้องย่อยล่วงหน้าของ Zoom ไม่ใช่รายงานการเข้าร่วม</translation>
    </message>
    <message>
        <source>this looks like a Zoom registration list (who registered), not an attendance report. Export the meeting&apos;s participants report, or import the registrations in Roster ▸ Import.</source>
        <translation>ไฟล์นี้ดูเหมือนรายชื่อผู้ลงทะเบียนของ Zoom (คนที่ลงทะเบียน) ไม่ใช่รายงานการเข้าร่วม ให้ส่งออกรายงานผู้เข้าร่วมของการประชุม หรือนำเข้ารายชื่อผู้ลงทะเบียนที่ รายชื่อ ▸ นำเข้า</translation>
    </message>
    <message>
        <source>this is not an attendance report Sala knows; its first line reads %1. Sala reads the participants report of a Zoom meeting or webinar, the attendance list or report of a Teams meeting and the attendance report of a Google Meet call, as they were downloaded.</source>
        <translation>ไฟล์นี้ไม่ใช่รายงานการเข้าร่วมที่ Sala รู้จัก บรรทัดแรกของไฟล์คือ %1 Sala อ่านได้เฉพาะรายงานผู้เข้าร่วมของการประชุมหรือเว็บินาร์ใน Zoom รายชื่อหรือรายงานการเข้าร่วมของการประชุมใน Teams และรายงานการเข้าร่วมของการประชุมใน Google Meet ตามที่ดาวน์โหลดมาโดยไม่แก้ไข</translation>
    </message>
    <message>
        <source>the file has no rows. Download the attendance report again.</source>
        <translation>ไฟล์นี้ไม่มีข้อมูลสักแถว ให้ดาวน์โหลดรายงานการเข้าร่วมใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>this looks like a Zoom “%1”, not the attendee report. In the Zoom web portal open Reports ▸ Usage ▸ Webinar and export the attendee report.</source>
        <translation>ไฟล์นี้ดูเหมือน “%1” ของ Zoom ไม่ใช่รายงานผู้เข้าร่วมเว็บินาร์ (attendee report) ในเว็บพอร์ทัลของ Zoom ให้เปิด Reports ▸ Usage ▸ Webinar แล้วส่งออกรายงานผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. The file may have been cut short; download it again.</source>
        <translation>เซลล์ที่มีอัญประกาศเริ่มต้นตรงนี้ แต่ไม่มีอัญประกาศปิด ไฟล์อาจถูกตัดขาด ให้ดาวน์โหลดใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>มีข้อความต่อท้ายอัญประกาศปิดของเซลล์นี้ อัญประกาศภายในเซลล์ที่อยู่ในอัญประกาศต้องเขียนซ้ำสองตัว (&quot;&quot;)</translation>
    </message>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1” บรรทัด %2 คอลัมน์ %3: %4</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx) or another packed file, not a CSV export. Open it in a spreadsheet and save it as “CSV UTF-8”, or download the CSV report from the meeting platform.</source>
        <translation>ไฟล์นี้เป็นเวิร์กบุ๊ก Excel (.xlsx) หรือไฟล์บีบอัดแบบอื่น ไม่ใช่ไฟล์ CSV ให้เปิดในโปรแกรมสเปรดชีตแล้วบันทึกเป็น “CSV UTF-8” หรือดาวน์โหลดรายงานแบบ CSV จากแพลตฟอร์มการประชุม</translation>
    </message>
    <message>
        <source>the file is empty. Download the attendance report again.</source>
        <translation>ไฟล์ว่างเปล่า ให้ดาวน์โหลดรายงานการเข้าร่วมใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>the file does not contain text, so it is not an attendance report. Check that you chose the CSV file the meeting platform downloaded.</source>
        <translation>ไฟล์นี้ไม่มีข้อความ จึงไม่ใช่รายงานการเข้าร่วม ตรวจดูว่าคุณเลือกไฟล์ CSV ที่ดาวน์โหลดมาจากแพลตฟอร์มการประชุม</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”, line %2: %3</source>
        <translation>“%1” บรรทัดที่ %2: %3</translation>
    </message>
    <message>
        <source>the time joined</source>
        <translation>เวลาที่เข้า</translation>
    </message>
    <message>
        <source>the time exited</source>
        <translation>เวลาที่ออก</translation>
    </message>
    <message>
        <source>the attendance report has its header but no rows. Download it again from the meeting&apos;s calendar event or e-mail.</source>
        <translation>รายงานการเข้าร่วมมีแถวหัวตาราง แต่ไม่มีข้อมูล ให้ดาวน์โหลดใหม่จากนัดหมายในปฏิทินหรืออีเมลของการประชุม</translation>
    </message>
    <message>
        <source>the join time</source>
        <translation>เวลาเข้า</translation>
    </message>
    <message>
        <source>the leave time</source>
        <translation>เวลาออก</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>the meeting&apos;s start time</source>
        <translation>เวลาเริ่มการประชุม</translation>
    </message>
    <message>
        <source>the meeting&apos;s end time</source>
        <translation>เวลาสิ้นสุดการประชุม</translation>
    </message>
    <message>
        <source>the attendance list has its header but no rows. Download it again from the meeting.</source>
        <translation>รายชื่อการเข้าร่วมมีแถวหัวตาราง แต่ไม่มีข้อมูล ให้ดาวน์โหลดใหม่จากการประชุม</translation>
    </message>
    <message>
        <source>the attendee report has its header but no join or leave rows.</source>
        <translation>รายงานผู้เข้าร่วมมีแถวหัวตาราง แต่ไม่มีแถวเวลาเข้าหรือออก</translation>
    </message>
    <message>
        <source>this Teams participant table has no name, join or leave column (its columns are %1).</source>
        <translation>ตารางผู้เข้าร่วมของ Teams นี้ไม่มีคอลัมน์ชื่อ เวลาเข้า หรือเวลาออก (คอลัมน์ที่มีคือ %1)</translation>
    </message>
    <message>
        <source>the time in the meeting “%1” is not a duration Sala can read (such as 1h 5m 3s).</source>
        <translation>เวลาในการประชุม “%1” ไม่ใช่ระยะเวลาที่ Sala อ่านได้ (เช่น 1h 5m 3s)</translation>
    </message>
    <message>
        <source>this Teams meeting summary has no participant table (no line starting “Full Name” with a “Join Time”). Download the report again.</source>
        <translation>สรุปการประชุมของ Teams นี้ไม่มีตารางผู้เข้าร่วม (ไม่มีบรรทัดที่ขึ้นต้นด้วย “Full Name” และมี “Join Time”) ให้ดาวน์โหลดรายงานใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>the participant table has its header but no rows.</source>
        <translation>ตารางผู้เข้าร่วมมีแถวหัวตาราง แต่ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>this Teams attendance report has no participants section (“2. …” followed by a table). Download the report again.</source>
        <translation>รายงานการเข้าร่วมของ Teams นี้ไม่มีส่วนผู้เข้าร่วม (“2. …” ตามด้วยตาราง) ให้ดาวน์โหลดรายงานใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>the participants section has a header but no rows.</source>
        <translation>ส่วนผู้เข้าร่วมมีแถวหัวตาราง แต่ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>the participants table has its header but no rows. The report may have been cut short or downloaded before anyone joined; download it again.</source>
        <translation>ตารางผู้เข้าร่วมมีแถวหัวตาราง แต่ไม่มีข้อมูล รายงานอาจถูกตัดขาด หรือถูกดาวน์โหลดก่อนที่จะมีคนเข้าร่วม ให้ดาวน์โหลดใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>this Zoom participants table has no join or leave time column (its columns are %1).</source>
        <translation>ตารางผู้เข้าร่วมของ Zoom นี้ไม่มีคอลัมน์เวลาเข้าหรือเวลาออก (คอลัมน์ที่มีคือ %1)</translation>
    </message>
    <message>
        <source>this Zoom table of unique users has no total duration column (its columns are %1).</source>
        <translation>ตารางผู้ใช้ไม่ซ้ำ (unique users) ของ Zoom นี้ไม่มีคอลัมน์ระยะเวลารวม (คอลัมน์ที่มีคือ %1)</translation>
    </message>
    <message>
        <source>the total duration “%1” is not a number of minutes.</source>
        <translation>ระยะเวลารวม “%1” ไม่ใช่จำนวนนาที</translation>
    </message>
    <message>
        <source>this Zoom admin export has no join or leave time after the participant&apos;s name (its columns are %1).</source>
        <translation>ไฟล์ที่ส่งออกจากส่วนผู้ดูแลระบบของ Zoom นี้ไม่มีเวลาเข้าหรือเวลาออกต่อจากชื่อผู้เข้าร่วม (คอลัมน์ที่มีคือ %1)</translation>
    </message>
    <message>
        <source>this Zoom admin export holds more than one meeting (%1 and %2, from line %3). Sala reads one meeting at a time: keep only one meeting&apos;s rows in a spreadsheet, or export that meeting&apos;s participants report.</source>
        <translation>ไฟล์ที่ส่งออกจากส่วนผู้ดูแลระบบของ Zoom นี้มีการประชุมมากกว่าหนึ่งรายการ (%1 และ %2 ตั้งแต่บรรทัดที่ %3) Sala อ่านได้ครั้งละหนึ่งการประชุม ให้เก็บไว้เฉพาะแถวของการประชุมเดียวในโปรแกรมสเปรดชีต หรือส่งออกรายงานผู้เข้าร่วมของการประชุมนั้น</translation>
    </message>
    <message>
        <source>this section of the webinar report has no join or leave time (its columns are %1).</source>
        <translation>ส่วนนี้ของรายงานเว็บินาร์ไม่มีเวลาเข้าหรือเวลาออก (คอลัมน์ที่มีคือ %1)</translation>
    </message>
    <message>
        <source>this webinar report has no table of attendees (no row with “User Name (Original Name)”). Export the attendee report again.</source>
        <translation>รายงานเว็บินาร์นี้ไม่มีตารางผู้เข้าร่วม (ไม่มีแถวที่มี “User Name (Original Name)”) ให้ส่งออกรายงานผู้เข้าร่วมใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>nobody in this webinar report attended. Check that it is the right webinar.</source>
        <translation>ไม่มีใครเข้าร่วมในรายงานเว็บินาร์นี้ ตรวจดูว่าเป็นเว็บินาร์ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>this Zoom meeting report has no leave time column.</source>
        <translation>รายงานการประชุม Zoom นี้ไม่มีคอลัมน์เวลาออก</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and Sala cannot tell which of them are joins and which are leaves: a join starts each person’s lines and a leave follows a join. Download the list again with Teams set to English.</source>
        <translation>รายชื่อการเข้าร่วมของ Teams นี้มีการกระทำ (action) %1 และ Sala บอกไม่ได้ว่าอันไหนคือการเข้าและอันไหนคือการออก (บรรทัดของแต่ละคนต้องเริ่มด้วยการเข้า และการออกต้องตามหลังการเข้า) ให้ตั้งภาษาของ Teams เป็นภาษาอังกฤษแล้วดาวน์โหลดรายชื่อใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and they could be read either way: Sala cannot tell which are joins and which are leaves. Download the list again with Teams set to English.</source>
        <translation>รายชื่อการเข้าร่วมของ Teams นี้มีการกระทำ (action) %1 ซึ่งอ่านได้ทั้งสองแบบ Sala จึงบอกไม่ได้ว่าอันไหนคือการเข้าและอันไหนคือการออก ให้ตั้งภาษาของ Teams เป็นภาษาอังกฤษแล้วดาวน์โหลดรายชื่อใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>the line has no action (such as Joined or Left) in its second column.</source>
        <translation>บรรทัดนี้ไม่มีการกระทำ (เช่น Joined หรือ Left) ในคอลัมน์ที่สอง</translation>
    </message>
    <message>
        <source>the action “%1” is a fourth kind of action after %2; Teams writes three (a join, a leave and a join before the list was downloaded).</source>
        <translation>การกระทำ “%1” เป็นการกระทำประเภทที่สี่ต่อจาก %2 แต่ Teams เขียนไว้เพียงสามประเภท (การเข้า การออก และการเข้าก่อนที่จะดาวน์โหลดรายชื่อ)</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImport</name>
    <message>
        <source>proposed: %1</source>
        <translation>ที่เสนอ: %1</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>วิทยากรยืนยันแล้ว: %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>วิทยากรเลือกเอง</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>เพิ่มในรายชื่อจาก “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>วิทยากรเลือกไม่นับ</translation>
    </message>
    <message>
        <source>There is no file to import.</source>
        <translation>ไม่มีไฟล์ให้นำเข้า</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Use a name such as Asia/Bangkok, Asia/Manila or Asia/Kuala_Lumpur.</source>
        <translation>“%1” ไม่ใช่เขตเวลาที่ Sala รู้จัก ให้ใช้ชื่อ เช่น Asia/Bangkok, Asia/Manila หรือ Asia/Kuala_Lumpur</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same file. Import it once.</source>
        <translation>“%1” และ “%2” เป็นไฟล์เดียวกัน ให้นำเข้าเพียงครั้งเดียว</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>ไฟล์การเข้าร่วม “%1”</translation>
    </message>
    <message>
        <source>“%1” was matched to participant %2, who is not on this workshop’s roster. Pick someone on the roster and import again.</source>
        <translation>“%1” ถูกจับคู่กับผู้เข้าร่วม %2 ซึ่งไม่อยู่ในรายชื่อของเวิร์กช็อปนี้ ให้เลือกคนที่อยู่ในรายชื่อแล้วนำเข้าอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImportDialog</name>
    <message>
        <source>&amp;Add File…</source>
        <translation>เพิ่มไฟล์ (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove File</source>
        <translation>นำไฟล์ออก (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>จับคู่ (&amp;M)</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>เพิ่มในรายชื่อ (&amp;E)</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>ไม่นับ (&amp;G)</translation>
    </message>
    <message>
        <source>Undo C&amp;hoice</source>
        <translation>ยกเลิกการเลือก (&amp;H)</translation>
    </message>
    <message>
        <source>Import Attendance</source>
        <translation>นำเข้าการเข้าร่วม</translation>
    </message>
    <message numerus="yes">
        <source>Attendance for &lt;b&gt;%1&lt;/b&gt; · %2 · roster of %n people</source>
        <translation>
            <numerusform>การเข้าร่วมของ &lt;b&gt;%1&lt;/b&gt; · %2 · รายชื่อ %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>อ่านเป็น</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>People</source>
        <translation>จำนวนคน</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Attendance files</source>
        <translation>ไฟล์การเข้าร่วม</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>ตามที่ไฟล์ระบุ</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>วันขึ้นก่อน (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>เดือนขึ้นก่อน (12/31/2026)</translation>
    </message>
    <message>
        <source>Day order of the dates</source>
        <translation>ลำดับวันและเดือนในวันที่</translation>
    </message>
    <message>
        <source>Only needed when every date in a file reads both ways, such as 03/04/2026.</source>
        <translation>ใช้เฉพาะเมื่อทุกวันที่ในไฟล์อ่านได้ทั้งสองแบบ เช่น 03/04/2026</translation>
    </message>
    <message>
        <source>Time zone of the times in the files</source>
        <translation>เขตเวลาของเวลาในไฟล์</translation>
    </message>
    <message>
        <source>Exports give the clock time of the account that downloaded them, without a zone. This is the workshop&apos;s zone unless the host&apos;s account is set to another.</source>
        <translation>ไฟล์ที่ส่งออกจะแสดงเวลาตามนาฬิกาของบัญชีที่ดาวน์โหลด โดยไม่ระบุเขตเวลา ซึ่งปกติคือเขตเวลาของเวิร์กช็อป เว้นแต่บัญชีของโฮสต์ตั้งเขตเวลาอื่นไว้</translation>
    </message>
    <message>
        <source>Problems with the files</source>
        <translation>ปัญหาของไฟล์</translation>
    </message>
    <message>
        <source>People in the files</source>
        <translation>คนในไฟล์</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>พิมพ์ชื่อ ชื่ออื่น หรืออีเมล…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>ค้นหาในรายชื่อ</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>ผู้เข้าร่วมในรายชื่อ</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>คนนี้คือผู้เข้าร่วมที่เลือกในรายการ (หรือคนที่ Sala เสนอ) Sala จะเก็บชื่อนี้เป็นชื่ออื่น เพื่อให้ไฟล์ครั้งต่อไปจับคู่ได้เอง</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>เพิ่มคนนี้ในรายชื่อของเวิร์กช็อปเป็นผู้เข้าร่วมใหม่</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>ไม่ใช่คนในรายชื่อ: เช่น อุปกรณ์เครื่องที่สองของโฮสต์ ล่าม หรือผู้สังเกตการณ์</translation>
    </message>
    <message>
        <source>Go back to what Sala found</source>
        <translation>กลับไปใช้ผลที่ Sala พบ</translation>
    </message>
    <message>
        <source>&amp;Day order:</source>
        <translation>ลำดับวันที่ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Time zone of the times:</source>
        <translation>เขตเวลาของเวลาในไฟล์ (&amp;T):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>คนนี้คือใคร (&amp;W)</translation>
    </message>
    <message>
        <source>Review the people</source>
        <translation>ตรวจสอบรายชื่อคน</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <source>Add Attendance File</source>
        <translation>เพิ่มไฟล์การเข้าร่วม</translation>
    </message>
    <message>
        <source>Attendance exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>ไฟล์การเข้าร่วม (*.csv *.tsv *.txt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Choose the day order above.</source>
        <translation>เลือกลำดับวันที่ด้านบน</translation>
    </message>
    <message>
        <source>Imported before (%1): importing again replaces that import and its review.</source>
        <translation>เคยนำเข้าแล้ว (%1): การนำเข้าอีกครั้งจะแทนที่การนำเข้าครั้งนั้นและผลการตรวจสอบ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs the day order</source>
        <translation>ต้องระบุลำดับวันที่</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>ยังไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>%1 — %2%</source>
        <translation>%1 — %2%</translation>
    </message>
    <message>
        <source>Add the participants report you downloaded from Zoom, Teams or Google Meet.</source>
        <translation>เพิ่มรายงานผู้เข้าร่วมที่ดาวน์โหลดมาจาก Zoom, Teams หรือ Google Meet</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceMatrixModel</name>
    <message>
        <source>Preferred name: %1</source>
        <translation>ชื่อที่ใช้เรียก: %1</translation>
    </message>
    <message>
        <source>%1 min · %2 %</source>
        <translation>%1 นาที · %2 %</translation>
    </message>
    <message>
        <source>Matched %1</source>
        <translation>จับคู่: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ประเภทองค์กร</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ขนาดวิสาหกิจ</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>นาทีรวม</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>สัดส่วนของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>sala::AttendancePanel</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>เขียน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Completion threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>เกณฑ์ครบหลักสูตร เป็นร้อยละของเวลาตามกำหนดการของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Participation threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>เกณฑ์การมีส่วนร่วม เป็นร้อยละของเวลาตามกำหนดการของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>ผู้เข้าร่วมและเซสชัน</translation>
    </message>
    <message>
        <source>People in the session</source>
        <translation>คนในเซสชัน</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>ตารางจำแนกข้อมูล</translation>
    </message>
    <message>
        <source>Who earned a certificate</source>
        <translation>คนที่ได้รับเกียรติบัตร</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>ส่งออก CSV (&amp;C)…</translation>
    </message>
    <message>
        <source>Save the participants × sessions table as CSV for a spreadsheet</source>
        <translation>บันทึกตารางผู้เข้าร่วม × เซสชันเป็น CSV สำหรับสเปรดชีต</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>ส่งออก Excel (&amp;X)…</translation>
    </message>
    <message>
        <source>Save the summary, participants and sessions as an Excel workbook</source>
        <translation>บันทึกสรุป ผู้เข้าร่วม และเซสชันเป็นเวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>ส่งออก PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Save the attendance report with its charts as a PDF for the funder</source>
        <translation>บันทึกรายงานการเข้าร่วมพร้อมแผนภูมิเป็น PDF สำหรับแหล่งทุน</translation>
    </message>
    <message>
        <source>Certi&amp;ficates…</source>
        <translation>เกียรติบัตร (&amp;F)…</translation>
    </message>
    <message>
        <source>Save one certificate per person who earned one, as a PDF</source>
        <translation>บันทึกเกียรติบัตรให้ทุกคนที่ได้รับ คนละหนึ่งใบ เป็น PDF</translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation>ส่งออกรายชื่อ (&amp;L)…</translation>
    </message>
    <message>
        <source>Save who earned a certificate as CSV</source>
        <translation>บันทึกรายชื่อคนที่ได้รับเกียรติบัตรเป็น CSV</translation>
    </message>
    <message>
        <source>Certificate &amp;Template…</source>
        <translation>เทมเพลตเกียรติบัตร (&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the titles, texts and signatory of this workshop&apos;s certificates</source>
        <translation>แก้ไขหัวเรื่อง ข้อความ และผู้ลงนามในเกียรติบัตรของเวิร์กช็อปนี้</translation>
    </message>
    <message>
        <source>C&amp;ompletion at:</source>
        <translation>ครบหลักสูตรที่ (&amp;O):</translation>
    </message>
    <message>
        <source>Partici&amp;pation at:</source>
        <translation>มีส่วนร่วมที่ (&amp;P):</translation>
    </message>
    <message>
        <source>A person completes the workshop with at least this share of its total scheduled time</source>
        <translation>ผู้เข้าร่วมจะครบหลักสูตรเมื่อเข้าร่วมอย่างน้อยเท่าสัดส่วนนี้ของเวลาตามกำหนดการทั้งหมด</translation>
    </message>
    <message>
        <source>A person earns a participation certificate with at least this share, below completion</source>
        <translation>ผู้เข้าร่วมจะได้เกียรติบัตรการมีส่วนร่วมเมื่อเข้าร่วมอย่างน้อยเท่าสัดส่วนนี้ แต่ยังไม่ถึงเกณฑ์ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>สรุปการเข้าร่วม</translation>
    </message>
    <message>
        <source>Attendance note</source>
        <translation>หมายเหตุการเข้าร่วม</translation>
    </message>
    <message>
        <source>Attendance views</source>
        <translation>มุมมองการเข้าร่วม</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>จำแนกข้อมูล</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>เกียรติบัตร</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>เซสชัน (&amp;S):</translation>
    </message>
    <message>
        <source>About this session&apos;s attendance</source>
        <translation>เกี่ยวกับการเข้าร่วมของเซสชันนี้</translation>
    </message>
    <message>
        <source>Export Session C&amp;SV…</source>
        <translation>ส่งออก CSV ของเซสชัน (&amp;S)…</translation>
    </message>
    <message>
        <source>Save this session&apos;s people, minutes, joins and leaves as CSV</source>
        <translation>บันทึกรายชื่อคน จำนวนนาที เวลาเข้าและออกของเซสชันนี้เป็น CSV</translation>
    </message>
    <message>
        <source>People in the room over the session</source>
        <translation>จำนวนคนในห้องตลอดเซสชัน</translation>
    </message>
    <message>
        <source>Export Session Attendance as CSV</source>
        <translation>ส่งออกการเข้าร่วมของเซสชันเป็น CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 - attendance</source>
        <translation>%1 - การเข้าร่วม</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>จำแนกข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>จำแนกตาม (&amp;B):</translation>
    </message>
    <message>
        <source>Breakdown chart</source>
        <translation>แผนภูมิจำแนกข้อมูล</translation>
    </message>
    <message>
        <source>About the certificates</source>
        <translation>เกี่ยวกับเกียรติบัตร</translation>
    </message>
    <message>
        <source>Certificates &amp;PDF…</source>
        <translation>เกียรติบัตร PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>Open or create a workshop to see its attendance.</source>
        <translation>เปิดหรือสร้างเวิร์กช็อปเพื่อดูการเข้าร่วม</translation>
    </message>
    <message>
        <source>No attendance has been imported for this workshop yet. Use Import attendance… to read the attendance export that Zoom, Microsoft Teams or Google Meet gives after each session; people checked in live during a session count too. The tables, charts, exports and certificates appear here once there is attendance.</source>
        <translation>ยังไม่ได้นำเข้าการเข้าร่วมของเวิร์กช็อปนี้ ใช้ “นำเข้าการเข้าร่วม…” เพื่ออ่านไฟล์การเข้าร่วมที่ Zoom, Microsoft Teams หรือ Google Meet ให้มาหลังแต่ละเซสชัน คนที่เช็กอินระหว่างเซสชันจะถูกนับด้วย ตาราง แผนภูมิ การส่งออก และเกียรติบัตรจะแสดงที่นี่เมื่อมีข้อมูลการเข้าร่วมแล้ว</translation>
    </message>
    <message>
        <source>%1 enrolled · %2 attended · %3 completed · %4 participated</source>
        <translation>ลงทะเบียน %1 · เข้าร่วม %2 · ครบหลักสูตร %3 · มีส่วนร่วม %4</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>%1 จาก %2 เซสชันยังไม่มีข้อมูลการเข้าร่วม เวลาของเซสชันเหล่านั้นจะนับเป็นเวลาที่ขาด</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 people earned a certificate: completion at %2 % or more of the workshop&apos;s scheduled time, participation at %3 % or more. People whose personal data was erased get none.</source>
        <translation>มี %1 คนที่ได้รับเกียรติบัตร: ครบหลักสูตรเมื่อเข้าร่วม %2 % ขึ้นไปของเวลาตามกำหนดการของเวิร์กช็อป และมีส่วนร่วมเมื่อเข้าร่วม %3 % ขึ้นไป คนที่ข้อมูลส่วนบุคคลถูกลบแล้วจะไม่ได้รับเกียรติบัตร</translation>
    </message>
    <message>
        <source>At most %1 people were in the room at once.</source>
        <translation>มีคนอยู่ในห้องพร้อมกันมากที่สุด %1 คน</translation>
    </message>
    <message>
        <source>No attendance imported for this session yet.</source>
        <translation>ยังไม่ได้นำเข้าการเข้าร่วมของเซสชันนี้</translation>
    </message>
    <message>
        <source>%1 attendees, %2 minutes on average, of %3 scheduled.</source>
        <translation>ผู้ที่มาเข้าร่วม %1 คน เฉลี่ยคนละ %2 นาที จากเวลาตามกำหนดการ %3 นาที</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>จาก %1</translation>
    </message>
    <message>
        <source>%1 people in the exports are not matched to the roster yet.</source>
        <translation>มี %1 คนในไฟล์การเข้าร่วมที่ยังไม่ได้จับคู่กับรายชื่อ</translation>
    </message>
    <message>
        <source>%1 people are known only by their total minutes and are not in the chart.</source>
        <translation>มี %1 คนที่รู้เพียงจำนวนนาทีรวม จึงไม่แสดงในแผนภูมิ</translation>
    </message>
    <message>
        <source>%1: attended, completed and participated per group; the same numbers as the table.</source>
        <translation>%1: จำนวนคนที่เข้าร่วม ครบหลักสูตร และมีส่วนร่วมในแต่ละกลุ่ม เป็นตัวเลขเดียวกับในตาราง</translation>
    </message>
    <message>
        <source>The file was written, but Sala could not record the export in the personal data log: %1</source>
        <translation>บันทึกไฟล์แล้ว แต่ Sala บันทึกการส่งออกลงในบันทึกการใช้ข้อมูลส่วนบุคคลไม่ได้: %1</translation>
    </message>
    <message>
        <source>Export Attendance as CSV</source>
        <translation>ส่งออกการเข้าร่วมเป็น CSV</translation>
    </message>
    <message>
        <source>Export Attendance as Excel Workbook</source>
        <translation>ส่งออกการเข้าร่วมเป็นเวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Attendance Report as PDF</source>
        <translation>ส่งออกรายงานการเข้าร่วมเป็น PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Certificate List as CSV</source>
        <translation>ส่งออกรายชื่อผู้ได้รับเกียรติบัตรเป็น CSV</translation>
    </message>
    <message>
        <source>%1 - certificates</source>
        <translation>%1 - เกียรติบัตร</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet at these thresholds (completion %1 %, participation %2 %), so there is nothing to print.</source>
        <translation>ยังไม่มีใครได้รับเกียรติบัตรตามเกณฑ์นี้ (ครบหลักสูตร %1 % มีส่วนร่วม %2 %) จึงไม่มีอะไรให้พิมพ์</translation>
    </message>
    <message>
        <source>Save Certificates as PDF</source>
        <translation>บันทึกเกียรติบัตรเป็น PDF</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>เกียรติบัตร: %1</translation>
    </message>
    <message>
        <source>Rev&amp;iew…</source>
        <translation>ตรวจสอบ (&amp;I)…</translation>
    </message>
    <message>
        <source>Match, add or ignore the people the attendance exports named but Sala could not match to the roster</source>
        <translation>จับคู่ เพิ่ม หรือไม่นับคนที่อยู่ในไฟล์การเข้าร่วมแต่ Sala จับคู่กับรายชื่อไม่ได้</translation>
    </message>
    <message>
        <source>People not matched</source>
        <translation>คนที่ยังไม่ได้จับคู่</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this session&apos;s attendance are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>มี %n คนในข้อมูลการเข้าร่วมของเซสชันนี้ที่ยังไม่ได้จับคู่กับรายชื่อ จึงยังไม่ถูกนับรวมในรายงาน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of “%1” are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>มี %n คนในข้อมูลการเข้าร่วมของ “%1” ที่ยังไม่ได้จับคู่กับรายชื่อ จึงยังไม่ถูกนับรวมในรายงาน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in other sessions.</source>
        <translation>
            <numerusform>และอีก %n คนในเซสชันอื่น</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReport</name>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>มีส่วนร่วม</translation>
    </message>
    <message>
        <source>Below participation</source>
        <translation>ต่ำกว่าเกณฑ์มีส่วนร่วม</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>ไม่ได้เข้าร่วม</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>ตามอีเมล</translation>
    </message>
    <message>
        <source>by alias</source>
        <translation>ตามชื่ออื่น</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>ตามชื่อ</translation>
    </message>
    <message>
        <source>by a similar name</source>
        <translation>ตามชื่อที่คล้ายกัน</translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation>ยืนยันด้วยตนเอง</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>เพิ่มด้วยตนเอง</translation>
    </message>
    <message>
        <source>live check-in only</source>
        <translation>เช็กอินระหว่างเซสชันเท่านั้น</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>ไม่ยินยอม</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>แยกตามเพศ</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>แยกตามประเทศ</translation>
    </message>
    <message>
        <source>By organization type</source>
        <translation>แยกตามประเภทองค์กร</translation>
    </message>
    <message>
        <source>By enterprise size</source>
        <translation>แยกตามขนาดวิสาหกิจ</translation>
    </message>
    <message>
        <source>Participant %1 (personal data erased)</source>
        <translation>ผู้เข้าร่วม %1 (ลบข้อมูลส่วนบุคคลแล้ว)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Team (not counted): %1</source>
        <translation>ทีมงาน (ไม่นับรวม): %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReportIo</name>
    <message>
        <source>Attendance report of workshop %1 as CSV</source>
        <translation>รายงานการเข้าร่วมของเวิร์กช็อป %1 ในรูปแบบ CSV</translation>
    </message>
    <message>
        <source>Attendance of one session of workshop %1 as CSV</source>
        <translation>การเข้าร่วมของหนึ่งเซสชันในเวิร์กช็อป %1 ในรูปแบบ CSV</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as an Excel workbook</source>
        <translation>รายงานการเข้าร่วมของเวิร์กช็อป %1 ในรูปแบบเวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as PDF</source>
        <translation>รายงานการเข้าร่วมของเวิร์กช็อป %1 ในรูปแบบ PDF</translation>
    </message>
    <message>
        <source>Certificate list of workshop %1 as CSV</source>
        <translation>รายชื่อผู้ได้รับเกียรติบัตรของเวิร์กช็อป %1 ในรูปแบบ CSV</translation>
    </message>
    <message>
        <source>Certificates of workshop %1 as PDF</source>
        <translation>เกียรติบัตรของเวิร์กช็อป %1 ในรูปแบบ PDF</translation>
    </message>
    <message>
        <source>The completion threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>เกณฑ์ครบหลักสูตรต้องเป็นร้อยละตั้งแต่ 1 ถึง 100 ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>The participation threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>เกณฑ์การมีส่วนร่วมต้องเป็นร้อยละตั้งแต่ 1 ถึง 100 ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>The participation threshold (%1 %) cannot be above the completion threshold (%2 %).</source>
        <translation>เกณฑ์การมีส่วนร่วม (%1 %) ต้องไม่สูงกว่าเกณฑ์ครบหลักสูตร (%2 %)</translation>
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
        <translation>รายงานการเข้าร่วม</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>ผู้จัด:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>เซสชัน:</translation>
    </message>
    <message>
        <source>%1, %2 hours scheduled in all</source>
        <translation>%1 รวมเวลาตามกำหนดการ %2 ชั่วโมง</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>ครบหลักสูตร:</translation>
    </message>
    <message>
        <source>at least %1 % of the workshop&apos;s scheduled time</source>
        <translation>อย่างน้อย %1 % ของเวลาตามกำหนดการของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translation>มีส่วนร่วม:</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent; minutes are rounded to the nearest minute.</source>
        <translation>สัดส่วนของแต่ละคนคือเวลาที่อยู่ในห้อง เทียบกับเวลาตามกำหนดการของทุกเซสชันในเวิร์กช็อป เวลาในแต่ละเซสชันนับได้ไม่เกินความยาวตามกำหนดการของเซสชันนั้น สัดส่วนจะปัดลงเป็นร้อยละจำนวนเต็ม ส่วนจำนวนนาทีจะปัดเป็นนาทีที่ใกล้ที่สุด</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 จาก %2 เซสชันยังไม่ได้นำเข้าการเข้าร่วม เวลาของเซสชันเหล่านั้นจะนับเป็นเวลาที่ขาด</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance are no longer on the roster and are left out.</source>
        <translation>
            <numerusform>มี %n คนในข้อมูลการเข้าร่วมที่ไม่อยู่ในรายชื่อแล้ว จึงไม่นับรวม</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>จัดทำเมื่อ:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>People</source>
        <translation>จำนวนคน</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Share of the enrolled</source>
        <translation>สัดส่วนของผู้ลงทะเบียน</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Attended at least once</source>
        <translation>เข้าร่วมอย่างน้อยหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>มีส่วนร่วม (ไม่ถึงเกณฑ์ครบหลักสูตร)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% ของผู้ที่มาเข้าร่วม</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% ของผู้ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>มีส่วนร่วม</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% ของผู้มีส่วนร่วม</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>ตามกำหนดการ</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>ผู้ที่มาเข้าร่วม</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>นาทีเฉลี่ย</translation>
    </message>
    <message>
        <source>Not matched to the roster</source>
        <translation>ยังไม่ได้จับคู่กับรายชื่อ</translation>
    </message>
    <message>
        <source>no attendance imported yet</source>
        <translation>ยังไม่ได้นำเข้าการเข้าร่วม</translation>
    </message>
    <message>
        <source>People in the room: %1</source>
        <translation>คนในห้อง: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people are known only by their total minutes and are not in the curve.</source>
        <translation>
            <numerusform>มี %n คนที่รู้เพียงจำนวนนาทีรวม จึงไม่แสดงในกราฟ</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>ผู้เข้าร่วมและเซสชัน</translation>
    </message>
    <message>
        <source>Each session shows minutes in the room and the share of its scheduled time. Status is over the whole workshop: completed at %1 % or more, participated at %2 % or more.</source>
        <translation>แต่ละเซสชันแสดงจำนวนนาทีที่อยู่ในห้องและสัดส่วนของเวลาตามกำหนดการ สถานะคิดจากทั้งเวิร์กช็อป: ครบหลักสูตรเมื่อได้ %1 % ขึ้นไป มีส่วนร่วมเมื่อได้ %2 % ขึ้นไป</translation>
    </message>
    <message>
        <source>Nobody is on the roster.</source>
        <translation>ยังไม่มีใครในรายชื่อ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>นาทีรวม</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>%1 min (%2 %)</source>
        <translation>%1 นาที (%2 %)</translation>
    </message>
    <message>
        <source>S%1: %2</source>
        <translation>S%1: %2</translation>
    </message>
    <message>
        <source>Sala could not save the attendance report as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala บันทึกรายงานการเข้าร่วมเป็น “%1” ไม่ได้ (%2) ตรวจสอบว่ามีโฟลเดอร์นี้อยู่และคุณมีสิทธิ์เขียนไฟล์ในโฟลเดอร์นั้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The PDF attendance report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>การสร้างรายงานการเข้าร่วมแบบ PDF ต้องใช้ระบบกราฟิกของ Qt ซึ่งโปรแกรมนี้ไม่ได้เปิดใช้ ให้สร้าง PDF จากหน้าต่าง Sala แทน</translation>
    </message>
    <message>
        <source>No file name was given for the PDF attendance report.</source>
        <translation>ไม่ได้ระบุชื่อไฟล์สำหรับรายงานการเข้าร่วมแบบ PDF</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>การเข้าร่วม: %1</translation>
    </message>
    <message>
        <source>Attendance · %1</source>
        <translation>การเข้าร่วม · %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewDialog</name>
    <message>
        <source>&amp;Match</source>
        <translation>จับคู่ (&amp;M)</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>เพิ่มในรายชื่อ (&amp;E)</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>ไม่นับ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>Finish the Attendance Review</source>
        <translation>ตรวจสอบการเข้าร่วมให้เสร็จ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>These people in the imported attendance are not matched to the roster, so they count nowhere in the reports. Each choice is saved at once and the reports change with it; Undo (Ctrl+Z) takes it back.</source>
        <translation>คนเหล่านี้ในข้อมูลการเข้าร่วมที่นำเข้ายังไม่ได้จับคู่กับรายชื่อ จึงไม่ถูกนับในรายงานใดเลย ทุกการเลือกจะบันทึกทันทีและรายงานจะเปลี่ยนตาม กด “เลิกทำ” (Ctrl+Z) เพื่อย้อนกลับ</translation>
    </message>
    <message>
        <source>People not matched to the roster</source>
        <translation>คนที่ยังไม่ได้จับคู่กับรายชื่อ</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>พิมพ์ชื่อ ชื่ออื่น หรืออีเมล…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>ค้นหาในรายชื่อ</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>ผู้เข้าร่วมในรายชื่อ</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>คนนี้คือผู้เข้าร่วมที่เลือกในรายการ (หรือคนที่ Sala เสนอ) Sala จะเก็บชื่อนี้เป็นชื่ออื่น เพื่อให้ไฟล์ครั้งต่อไปจับคู่ได้เอง</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>เพิ่มคนนี้ในรายชื่อของเวิร์กช็อปเป็นผู้เข้าร่วมใหม่</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>ไม่ใช่คนในรายชื่อ: เช่น อุปกรณ์เครื่องที่สองของโฮสต์ ล่าม หรือผู้สังเกตการณ์</translation>
    </message>
    <message>
        <source>Apply every match Sala finds now by e-mail address, alias or name, such as for people added to the roster since the import</source>
        <translation>ใช้การจับคู่ทั้งหมดที่ Sala พบตอนนี้จากอีเมล ชื่ออื่น หรือชื่อ เช่น คนที่เพิ่มในรายชื่อหลังการนำเข้า</translation>
    </message>
    <message>
        <source>Take back the last choice saved here</source>
        <translation>ย้อนการเลือกล่าสุดที่บันทึกไว้ที่นี่</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>สรุปการตรวจสอบ</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>คนนี้คือใคร (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>เซสชัน (&amp;S):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>ยังไม่ได้จับคู่ %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>now on the roster: %1</source>
        <translation>ตอนนี้อยู่ในรายชื่อแล้ว: %1</translation>
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
        <translation>จับคู่ “%1” กับ %2</translation>
    </message>
    <message>
        <source>Add “%1” to the Roster</source>
        <translation>เพิ่ม “%1” ในรายชื่อ</translation>
    </message>
    <message>
        <source>Ignore “%1” in the Attendance</source>
        <translation>ไม่นับ “%1” ในการเข้าร่วม</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Attendance Match(es)</source>
        <translation>
            <numerusform>ใช้การจับคู่การเข้าร่วม %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Match(es) Sala Found</source>
        <translation>
            <numerusform>ใช้การจับคู่ที่ Sala พบ %n รายการ (&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply Matches Sala Found</source>
        <translation>ใช้การจับคู่ที่ Sala พบ (&amp;A)</translation>
    </message>
    <message>
        <source>Everyone in this session&apos;s imported attendance is matched, added or ignored.</source>
        <translation>ทุกคนในข้อมูลการเข้าร่วมที่นำเข้าของเซสชันนี้ได้จับคู่ เพิ่ม หรือไม่นับแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n people not matched yet.</source>
        <translation>
            <numerusform>ยังไม่ได้จับคู่ %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them Sala now finds an e-mail, alias or name on the roster.</source>
        <translation>
            <numerusform>ในจำนวนนี้มี %n คนที่ตอนนี้ Sala พบอีเมล ชื่ออื่น หรือชื่อที่ตรงกันในรายชื่อแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewModel</name>
    <message>
        <source>Matched</source>
        <translation>การจับคู่</translation>
    </message>
    <message>
        <source>Proposed — confirm?</source>
        <translation>เสนอแล้ว — ยืนยันไหม?</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>ยังไม่ได้จับคู่</translation>
    </message>
    <message>
        <source>Matched by you</source>
        <translation>คุณจับคู่เอง</translation>
    </message>
    <message>
        <source>Add to roster</source>
        <translation>เพิ่มในรายชื่อ</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>ไม่นับ</translation>
    </message>
    <message>
        <source>Also shown as: %1</source>
        <translation>ปรากฏในชื่ออื่นด้วย: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>ใหม่: %1</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>confirmed by you: %1</source>
        <translation>คุณยืนยันแล้ว: %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>คุณเลือกเอง</translation>
    </message>
    <message>
        <source>will be added to the workshop’s roster</source>
        <translation>จะถูกเพิ่มในรายชื่อของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>left out of the reports</source>
        <translation>ไม่นับรวมในรายงาน</translation>
    </message>
    <message>
        <source>no one on the roster with this e-mail or name</source>
        <translation>ไม่มีใครในรายชื่อที่มีอีเมลหรือชื่อนี้</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ในไฟล์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Roster participant</source>
        <translation>ผู้เข้าร่วมในรายชื่อ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the file(s): </source>
        <translation>
            <numerusform>ในไฟล์มี %n คน: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matched</source>
        <translation>จับคู่แล้ว %1</translation>
    </message>
    <message>
        <source>, %1 proposed</source>
        <translation>, เสนอแล้ว %1</translation>
    </message>
    <message>
        <source>, %1 not matched</source>
        <translation>, ยังไม่ได้จับคู่ %1</translation>
    </message>
    <message>
        <source>, %1 to add to the roster</source>
        <translation>, จะเพิ่มในรายชื่อ %1</translation>
    </message>
    <message>
        <source>, %1 ignored</source>
        <translation>, ไม่นับ %1</translation>
    </message>
    <message>
        <source>Proposed and unmatched people are left out of the reports until they are matched.</source>
        <translation>คนที่ Sala เพิ่งเสนอหรือยังไม่ได้จับคู่จะไม่นับรวมในรายงานจนกว่าจะจับคู่แล้ว</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceStore</name>
    <message>
        <source>save the stays</source>
        <translation>บันทึกช่วงเวลาที่อยู่ในการประชุม</translation>
    </message>
    <message>
        <source>“%1” was already imported into this session on %2. Import it as a replacement to review it again.</source>
        <translation>“%1” ถูกนำเข้าในเซสชันนี้แล้วเมื่อ %2 หากต้องการตรวจสอบอีกครั้ง ให้นำเข้าแบบแทนที่</translation>
    </message>
    <message>
        <source>“%1” is the same file as “%2”, imported into this session on %3. Import it as a replacement to review it again.</source>
        <translation>“%1” เป็นไฟล์เดียวกับ “%2” ที่นำเข้าในเซสชันนี้เมื่อ %3 หากต้องการตรวจสอบอีกครั้ง ให้นำเข้าแบบแทนที่</translation>
    </message>
    <message>
        <source>save the attendance of “%1”</source>
        <translation>บันทึกการเข้าร่วมของ “%1”</translation>
    </message>
    <message>
        <source>remove an attendance import</source>
        <translation>ลบการนำเข้าการเข้าร่วม</translation>
    </message>
    <message>
        <source>read the attendance imports</source>
        <translation>อ่านการนำเข้าการเข้าร่วม</translation>
    </message>
    <message>
        <source>save the alias “%1”</source>
        <translation>บันทึกชื่ออื่น “%1”</translation>
    </message>
    <message>
        <source>remove the alias “%1”</source>
        <translation>ลบชื่ออื่น “%1”</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>อ่านรายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>read the people waiting for review</source>
        <translation>อ่านรายชื่อคนที่รอการตรวจสอบ</translation>
    </message>
    <message>
        <source>read a person of an attendance import</source>
        <translation>อ่านข้อมูลคนจากการนำเข้าการเข้าร่วม</translation>
    </message>
    <message>
        <source>There is no person number %1 in the imported attendance. Its import may have been removed or imported again; list the people waiting for review again.</source>
        <translation>ไม่มีคนหมายเลข %1 ในข้อมูลการเข้าร่วมที่นำเข้า การนำเข้านั้นอาจถูกลบหรือนำเข้าใหม่แล้ว ให้แสดงรายชื่อคนที่รอการตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>count the people waiting for review</source>
        <translation>นับจำนวนคนที่รอการตรวจสอบ</translation>
    </message>
    <message>
        <source>save the match of a person in the imported attendance</source>
        <translation>บันทึกการจับคู่ของคนในข้อมูลการเข้าร่วมที่นำเข้า</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceXlsx</name>
    <message>
        <source>Attendance report</source>
        <translation>รายงานการเข้าร่วม</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>เวิร์กช็อป</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>ผู้จัด</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>Scheduled hours</source>
        <translation>ชั่วโมงตามกำหนดการ</translation>
    </message>
    <message>
        <source>Completion threshold (%)</source>
        <translation>เกณฑ์ครบหลักสูตร (%)</translation>
    </message>
    <message>
        <source>Participation threshold (%)</source>
        <translation>เกณฑ์การมีส่วนร่วม (%)</translation>
    </message>
    <message>
        <source>How shares are counted</source>
        <translation>วิธีคิดสัดส่วน</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent.</source>
        <translation>สัดส่วนของแต่ละคนคือเวลาที่อยู่ในห้อง เทียบกับเวลาตามกำหนดการของทุกเซสชันในเวิร์กช็อป เวลาในแต่ละเซสชันนับได้ไม่เกินความยาวตามกำหนดการของเซสชันนั้น สัดส่วนจะปัดลงเป็นร้อยละจำนวนเต็ม</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 จาก %2 เซสชันยังไม่ได้นำเข้าการเข้าร่วม เวลาของเซสชันเหล่านั้นจะนับเป็นเวลาที่ขาด</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>มีส่วนร่วม (ไม่ถึงเกณฑ์ครบหลักสูตร)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% ของผู้ที่มาเข้าร่วม</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% ของผู้ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>มีส่วนร่วม</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% ของผู้มีส่วนร่วม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ชื่อที่ใช้เรียก</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>ยินยอมให้ใช้ในรายงาน</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ประเภทองค์กร</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ขนาดวิสาหกิจ</translation>
    </message>
    <message>
        <source>%1 (minutes)</source>
        <translation>%1 (นาที)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>นาทีรวม</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>สัดส่วนของเวิร์กช็อป (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Scheduled start (%1)</source>
        <translation>เวลาเริ่มตามกำหนดการ (%1)</translation>
    </message>
    <message>
        <source>Scheduled minutes</source>
        <translation>นาทีตามกำหนดการ</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>ผู้ที่มาเข้าร่วม</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>นาทีเฉลี่ย</translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation>ชื่อที่ยังไม่ได้จับคู่</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>ไฟล์ที่นำเข้า</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>ยังไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>Sala could not save the attendance workbook as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala บันทึกเวิร์กบุ๊กการเข้าร่วมเป็น “%1” ไม่ได้ (%2) ตรวจสอบว่ามีโฟลเดอร์นี้อยู่และคุณมีสิทธิ์เขียนไฟล์ในโฟลเดอร์นั้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Sala could not make a temporary folder for the workbook (%1).</source>
        <translation>Sala สร้างโฟลเดอร์ชั่วคราวสำหรับเวิร์กบุ๊กไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>Sala could not start the workbook.</source>
        <translation>Sala เริ่มสร้างเวิร์กบุ๊กไม่ได้</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>การเข้าร่วม: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Sala could not add the sheets to the workbook.</source>
        <translation>Sala เพิ่มชีตลงในเวิร์กบุ๊กไม่ได้</translation>
    </message>
    <message>
        <source>Sala could not finish the workbook (%1).</source>
        <translation>Sala สร้างเวิร์กบุ๊กให้เสร็จไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>Sala could not read the finished workbook back (%1).</source>
        <translation>Sala อ่านเวิร์กบุ๊กที่สร้างเสร็จแล้วกลับมาตรวจไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>No file name was given for the attendance workbook.</source>
        <translation>ไม่ได้ระบุชื่อไฟล์สำหรับเวิร์กบุ๊กการเข้าร่วม</translation>
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
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% ของผู้ที่มาเข้าร่วม</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ครบหลักสูตร</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% ของผู้ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>มีส่วนร่วม</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% ของผู้มีส่วนร่วม</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutRoomsModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n คน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: re-solving keeps everyone in this room</source>
        <translation>ล็อกแล้ว: เมื่อจัดใหม่ ทุกคนในห้องนี้จะยังอยู่ที่เดิม</translation>
    </message>
    <message>
        <source>Tick to lock the room</source>
        <translation>ติ๊กเพื่อล็อกห้อง</translation>
    </message>
    <message>
        <source>%1 — meets again</source>
        <translation>%1 — เจอกันซ้ำ</translation>
    </message>
    <message>
        <source>Has met %1 before</source>
        <translation>เคยเจอ %1 แล้ว</translation>
    </message>
    <message>
        <source>Locked: re-solving keeps this person here</source>
        <translation>ล็อกแล้ว: เมื่อจัดใหม่ คนนี้จะยังอยู่ห้องนี้</translation>
    </message>
    <message>
        <source>Room and people (tick to lock)</source>
        <translation>ห้องและสมาชิก (ติ๊กเพื่อล็อก)</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>การคละ</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutSetStore</name>
    <message>
        <source>read the breakout rooms of an activity</source>
        <translation>อ่านห้องย่อยของกิจกรรม</translation>
    </message>
    <message>
        <source>remove the breakout rooms of an activity</source>
        <translation>ลบห้องย่อยของกิจกรรม</translation>
    </message>
    <message>
        <source>save the breakout rooms of an activity</source>
        <translation>บันทึกห้องย่อยของกิจกรรม</translation>
    </message>
    <message>
        <source>read the breakout rooms of the workshop</source>
        <translation>อ่านห้องย่อยของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>read the home groups</source>
        <translation>อ่านกลุ่มประจำ</translation>
    </message>
    <message>
        <source>save the home groups</source>
        <translation>บันทึกกลุ่มประจำ</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutsView</name>
    <message>
        <source>&amp;Generate</source>
        <translation>สร้างห้อง (&amp;G)</translation>
    </message>
    <message>
        <source>Re-solve &amp;unlocked</source>
        <translation>จัดใหม่เฉพาะที่ไม่ล็อก (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>จัดเข้าห้อง (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ส่งออก (&amp;X)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>การจัดกลุ่ม</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Breakout activities</source>
        <translation>กิจกรรมห้องย่อย</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Rooms for every round from the roster, with as few repeated pairs as possible (Ctrl+G)</source>
        <translation>จัดห้องทุกรอบจากรายชื่อผู้เข้าร่วม ให้มีคู่ที่เจอกันซ้ำน้อยที่สุด (Ctrl+G)</translation>
    </message>
    <message>
        <source>Keep locked people and rooms where they are and find the best rooms for everyone else</source>
        <translation>คงคนและห้องที่ล็อกไว้ที่เดิม แล้วหาห้องที่ดีที่สุดให้คนที่เหลือ</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>ห้องย่อย</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>รอบ (&amp;R):</translation>
    </message>
    <message>
        <source>Spread evenly:</source>
        <translation>กระจายให้เท่า ๆ กัน:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคธุรกิจ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ประเภทองค์กร</translation>
    </message>
    <message>
        <source>&amp;Late arrival:</source>
        <translation>ผู้มาสาย (&amp;L):</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>ผู้มาสาย</translation>
    </message>
    <message>
        <source>Put the person into the room Sala suggests: the fewest people already met, the smallest room, the best mix</source>
        <translation>จัดคนนี้เข้าห้องที่ Sala แนะนำ: เจอคนที่เคยเจอแล้วน้อยที่สุด ห้องเล็กที่สุด และคละได้ดีที่สุด</translation>
    </message>
    <message>
        <source>Zoom pre-assignment CSV…</source>
        <translation>CSV สำหรับจัดห้องล่วงหน้าใน Zoom…</translation>
    </message>
    <message>
        <source>Copy room list (Teams, Meet, chat)</source>
        <translation>คัดลอกรายชื่อห้อง (Teams, Meet, แชต)</translation>
    </message>
    <message>
        <source>Save room list…</source>
        <translation>บันทึกรายชื่อห้อง…</translation>
    </message>
    <message>
        <source>Save this round as home groups</source>
        <translation>บันทึกรอบนี้เป็นกลุ่มประจำ</translation>
    </message>
    <message>
        <source>Use home groups for every round</source>
        <translation>ใช้กลุ่มประจำทุกรอบ</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>ยังไม่ได้เปิดเซสชัน</translation>
    </message>
    <message>
        <source> — more than %1 allows (%2)</source>
        <translation> — เกินกว่าที่ %1 รองรับ (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 min</source>
        <translation>%1 × %2 นาที</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast %n min before the end</source>
        <translation>
            <numerusform>ประกาศ %n นาทีก่อนจบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breakout activities in this session.</source>
        <translation>
            <numerusform>เซสชันนี้มีกิจกรรมห้องย่อย %n กิจกรรม</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a breakout activity above to see its rooms.</source>
        <translation>เลือกกิจกรรมห้องย่อยด้านบนเพื่อดูห้อง</translation>
    </message>
    <message>
        <source>Rooms for “%1”</source>
        <translation>ห้องสำหรับ “%1”</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>รอบที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>The roster is empty: add participants in Roster mode (Ctrl+2) first.</source>
        <translation>ยังไม่มีรายชื่อผู้เข้าร่วม: เพิ่มผู้เข้าร่วมในโหมดรายชื่อ (Ctrl+2) ก่อน</translation>
    </message>
    <message numerus="yes">
        <source>No rooms yet for %n people. Generate (Ctrl+G) makes them for every round.</source>
        <translation>
            <numerusform>ยังไม่มีห้องสำหรับ %n คน กด “สร้างห้อง” (Ctrl+G) เพื่อจัดห้องสำหรับทุกรอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated pairs over all rounds: %1</source>
        <translation>คู่ที่เจอกันซ้ำในทุกรอบรวมกัน: %1</translation>
    </message>
    <message>
        <source> (no schedule can have fewer than %1)</source>
        <translation> (ไม่มีตารางใดที่มีน้อยกว่า %1 ได้)</translation>
    </message>
    <message>
        <source>people beyond an even mix: %1</source>
        <translation>จำนวนคนที่เกินจากการคละเท่า ๆ กัน: %1</translation>
    </message>
    <message>
        <source>These rooms cannot be made: %1</source>
        <translation>จัดห้องแบบนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Finding the best rooms…</source>
        <translation>กำลังหาห้องที่ดีที่สุด…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Re-solve the rooms of “%1”</source>
        <translation>จัดห้องของ “%1” ใหม่</translation>
    </message>
    <message>
        <source>Generate rooms for “%1”</source>
        <translation>สร้างห้องสำหรับ “%1”</translation>
    </message>
    <message>
        <source>Rooms made for every round. Repeated pairs: %1; no schedule can have fewer than %2.</source>
        <translation>จัดห้องครบทุกรอบแล้ว คู่ที่เจอกันซ้ำ: %1 และไม่มีตารางใดที่มีน้อยกว่า %2 ได้</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>ย้าย %1 ไป %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to %1</source>
        <translation>
            <numerusform>ย้าย %n คนไป %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>ล็อก %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>ปลดล็อก %1</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>ห้อง %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>เปลี่ยนชื่อ %1 เป็น %2</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>จัด %1 เข้า %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before.</source>
        <translation>%1 เข้า %2: ไม่มีใครในห้องนั้นเคยเจอ %1 มาก่อน</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3.</source>
        <translation>%1 เข้า %2 ซึ่งเป็นห้องที่ดีที่สุดที่เหลืออยู่ คนในห้องที่เคยเจอ %1 แล้ว: %3</translation>
    </message>
    <message>
        <source>These rooms are now the workshop&apos;s home groups; any breakout activity can use them.</source>
        <translation>ห้องเหล่านี้เป็นกลุ่มประจำของเวิร์กช็อปแล้ว กิจกรรมห้องย่อยใดก็ใช้ได้</translation>
    </message>
    <message>
        <source>This workshop has no home groups yet: make rooms, then Export ▸ Save this round as home groups.</source>
        <translation>เวิร์กช็อปนี้ยังไม่มีกลุ่มประจำ: ให้สร้างห้องก่อน แล้วเลือก ส่งออก ▸ บันทึกรอบนี้เป็นกลุ่มประจำ</translation>
    </message>
    <message>
        <source>Use home groups for “%1”</source>
        <translation>ใช้กลุ่มประจำสำหรับ “%1”</translation>
    </message>
    <message>
        <source>The room list of round %1 is on the clipboard: paste it into the chat, Teams or Meet.</source>
        <translation>คัดลอกรายชื่อห้องของรอบที่ %1 ไว้แล้ว: วางในแชต, Teams หรือ Meet ได้เลย</translation>
    </message>
    <message>
        <source>Save Room List</source>
        <translation>บันทึกรายชื่อห้อง</translation>
    </message>
    <message>
        <source>breakout-rooms-round-%1.txt</source>
        <translation>breakout-rooms-round-%1.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ไฟล์ข้อความ (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>เขียน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Room list saved to %1.</source>
        <translation>บันทึกรายชื่อห้องไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Export Zoom Pre-assignment</source>
        <translation>ส่งออกการจัดห้องล่วงหน้าของ Zoom</translation>
    </message>
    <message>
        <source>zoom-rooms-round-%1.csv</source>
        <translation>zoom-rooms-round-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Zoom pre-assignment for round %1 saved to %2, people: %3. Upload it when scheduling the meeting: Breakout Room pre-assign ▸ Import from CSV.</source>
        <translation>บันทึกการจัดห้องล่วงหน้าของ Zoom สำหรับรอบที่ %1 ไว้ที่ %2 แล้ว จำนวนคน: %3 ให้อัปโหลดไฟล์นี้ตอนตั้งเวลาการประชุม: Breakout Room pre-assign ▸ Import from CSV</translation>
    </message>
    <message>
        <source>Only people &amp;checked in</source>
        <translation>เฉพาะคนที่เช็กอินแล้ว (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Move to Room…</source>
        <translation>ย้ายไปห้อง (&amp;M)…</translation>
    </message>
    <message>
        <source>Move to the &amp;Previous Room</source>
        <translation>ย้ายไปห้องก่อนหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>Move to the &amp;Next Room</source>
        <translation>ย้ายไปห้องถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>Drag people to another room, or select them and press M (Alt+Up, Alt+Down: the room before or after)</source>
        <translation>ลากคนไปยังห้องอื่น หรือเลือกแล้วกด M (Alt+Up, Alt+Down: ห้องก่อนหน้าหรือห้องถัดไป)</translation>
    </message>
    <message>
        <source>Move the selected people to a room you choose</source>
        <translation>ย้ายคนที่เลือกไปยังห้องที่คุณเลือก</translation>
    </message>
    <message>
        <source>Move the selected people to the room before theirs</source>
        <translation>ย้ายคนที่เลือกไปยังห้องก่อนหน้าห้องของเขา</translation>
    </message>
    <message>
        <source>Move the selected people to the room after theirs</source>
        <translation>ย้ายคนที่เลือกไปยังห้องถัดจากห้องของเขา</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only people checked in</source>
        <translation>เฉพาะคนที่เช็กอินแล้ว</translation>
    </message>
    <message>
        <source>Group only the people checked in to this session now (present, late or rejoined). On by default once anyone has checked in.</source>
        <translation>จัดกลุ่มเฉพาะคนที่เช็กอินเข้าเซสชันนี้อยู่ตอนนี้ (มาแล้ว มาสาย หรือกลับเข้ามาใหม่) จะเปิดใช้โดยอัตโนมัติเมื่อมีคนเช็กอินแล้ว</translation>
    </message>
    <message>
        <source>Who is grouped</source>
        <translation>ใครบ้างที่ถูกจัดกลุ่ม</translation>
    </message>
    <message>
        <source>Export and print the rooms</source>
        <translation>ส่งออกและพิมพ์ห้อง</translation>
    </message>
    <message>
        <source>Print rooms (PDF)…</source>
        <translation>พิมพ์ห้อง (PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms of about %1</source>
        <translation>
            <numerusform>%n ห้อง ห้องละประมาณ %1 คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n ห้อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rooms are counted for the %n people grouped; %1 allows up to %2 rooms.</source>
        <translation>
            <numerusform>จำนวนห้องคิดจาก %n คนที่ถูกจัดกลุ่ม %1 รองรับได้สูงสุด %2 ห้อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to other rooms</source>
        <translation>
            <numerusform>ย้าย %n คนไปห้องอื่น</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>กด Ctrl+Z เพื่อเลิกทำ</translation>
    </message>
    <message>
        <source>Already in the first room.</source>
        <translation>อยู่ในห้องแรกแล้ว</translation>
    </message>
    <message>
        <source>Already in the last room.</source>
        <translation>อยู่ในห้องสุดท้ายแล้ว</translation>
    </message>
    <message>
        <source>Move to Room</source>
        <translation>ย้ายไปห้อง</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>ย้ายไปห้อง</translation>
    </message>
    <message>
        <source>Select people in the rooms first</source>
        <translation>เลือกคนในห้องก่อน</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n คน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is checked in to this session now: untick “Only people checked in” to group everyone expected.</source>
        <translation>ตอนนี้ยังไม่มีใครเช็กอินเข้าเซสชันนี้: ยกเลิกการติ๊ก “เฉพาะคนที่เช็กอินแล้ว” เพื่อจัดกลุ่มทุกคนที่คาดว่าจะมา</translation>
    </message>
    <message numerus="yes">
        <source>Grouping all %n people on the roster.</source>
        <translation>
            <numerusform>จัดกลุ่มทุกคนในรายชื่อ %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked in</source>
        <translation>
            <numerusform>ยังไม่เช็กอิน %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked out of the call</source>
        <translation>
            <numerusform>ออกจากการประชุมแล้ว %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out of this session</source>
        <translation>
            <numerusform>ไม่อยู่ในเซสชันนี้ %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose data was erased</source>
        <translation>
            <numerusform>ถูกลบข้อมูลแล้ว %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %1 of %n people; not grouped: %2.</source>
        <translation>
            <numerusform>จัดกลุ่ม %1 จาก %n คน ไม่ได้จัดกลุ่ม: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>There are no rooms to print yet: Generate (Ctrl+G) makes them.</source>
        <translation>ยังไม่มีห้องให้พิมพ์: กด “สร้างห้อง” (Ctrl+G) เพื่อจัดห้อง</translation>
    </message>
    <message>
        <source>Print Rooms (PDF)</source>
        <translation>พิมพ์ห้อง (PDF)</translation>
    </message>
    <message>
        <source>breakout-rooms.pdf</source>
        <translation>breakout-rooms.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The rooms of every round of “%1” are in %2, a page per round.</source>
        <translation>ห้องของทุกรอบใน “%1” อยู่ใน %2 แล้ว รอบละหนึ่งหน้า</translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s) in the main room</source>
        <translation>
            <numerusform>ผู้สังเกตการณ์ %n คนในห้องหลัก</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: %1.</source>
        <translation>ทีมงาน: %1</translation>
    </message>
</context>
<context>
    <name>sala::CatchUp</name>
    <message>
        <source>Welcome! Good to have you with us.</source>
        <translation>ยินดีต้อนรับ ดีใจที่คุณมาร่วมกับเรา</translation>
    </message>
    <message>
        <source>Welcome, %1! Good to have you with us.</source>
        <translation>ยินดีต้อนรับคุณ %1 ดีใจที่คุณมาร่วมกับเรา</translation>
    </message>
    <message>
        <source>We have not started yet: we begin at %1.</source>
        <translation>เรายังไม่เริ่ม จะเริ่มเวลา %1</translation>
    </message>
    <message>
        <source>So far we have done:</source>
        <translation>ที่ผ่านมาเราได้ทำ:</translation>
    </message>
    <message>
        <source>We have just finished. The facilitator will share the summary.</source>
        <translation>เราเพิ่งจบเซสชัน วิทยากรจะแชร์สรุปให้ทุกคน</translation>
    </message>
    <message>
        <source>Now, until %1: %2</source>
        <translation>ตอนนี้ ถึงเวลา %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>สิ่งที่ต้องทำ: %1</translation>
    </message>
    <message>
        <source>You will join a breakout room in a moment; please stay in the main room until then.</source>
        <translation>อีกสักครู่คุณจะได้เข้าห้องย่อย ระหว่างนี้กรุณารออยู่ในห้องหลักก่อน</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>ถัดไป: %1</translation>
    </message>
</context>
<context>
    <name>sala::CertificateListModel</name>
    <message>
        <source>Completion</source>
        <translation>ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>มีส่วนร่วม</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>เกียรติบัตร</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>สัดส่วนของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>ชั่วโมงที่นับ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
</context>
<context>
    <name>sala::CertificateTemplateDialog</name>
    <message>
        <source>Completion text</source>
        <translation>ข้อความเกียรติบัตรครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participation text</source>
        <translation>ข้อความเกียรติบัตรการมีส่วนร่วม</translation>
    </message>
    <message>
        <source>Make certificates of &amp;participation too</source>
        <translation>ทำเกียรติบัตรการมีส่วนร่วมด้วย (&amp;P)</translation>
    </message>
    <message>
        <source>Write years in the &amp;Buddhist Era (2026 → 2569), as Thai certificates do</source>
        <translation>เขียนปีเป็นพุทธศักราช (2026 → 2569) ตามแบบเกียรติบัตรไทย (&amp;B)</translation>
    </message>
    <message>
        <source>Certificate Template</source>
        <translation>เทมเพลตเกียรติบัตร</translation>
    </message>
    <message>
        <source>Completion title</source>
        <translation>หัวเรื่องเกียรติบัตรครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participation title</source>
        <translation>หัวเรื่องเกียรติบัตรการมีส่วนร่วม</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>ชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <source>Signatory role</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <source>Make certificates of participation too</source>
        <translation>ทำเกียรติบัตรการมีส่วนร่วมด้วย</translation>
    </message>
    <message>
        <source>Write years in the Buddhist Era</source>
        <translation>เขียนปีเป็นพุทธศักราช</translation>
    </message>
    <message>
        <source>e.g. Programme Director</source>
        <translation>เช่น ผู้อำนวยการโครงการ</translation>
    </message>
    <message>
        <source>Completion &amp;title:</source>
        <translation>หัวเรื่องเกียรติบัตรครบหลักสูตร (&amp;T):</translation>
    </message>
    <message>
        <source>Completion te&amp;xt:</source>
        <translation>ข้อความเกียรติบัตรครบหลักสูตร (&amp;X):</translation>
    </message>
    <message>
        <source>Participation t&amp;itle:</source>
        <translation>หัวเรื่องเกียรติบัตรการมีส่วนร่วม (&amp;I):</translation>
    </message>
    <message>
        <source>Participation t&amp;ext:</source>
        <translation>ข้อความเกียรติบัตรการมีส่วนร่วม (&amp;E):</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>ชื่อผู้ลงนาม (&amp;N):</translation>
    </message>
    <message>
        <source>Signatory &amp;role:</source>
        <translation>ตำแหน่งผู้ลงนาม (&amp;R):</translation>
    </message>
    <message>
        <source>Placeholders: %1. Each line of a text is a line on the certificate; the person&apos;s name is set large.</source>
        <translation>ตัวแทนข้อความที่ใช้ได้: %1 แต่ละบรรทัดของข้อความคือหนึ่งบรรทัดบนเกียรติบัตร ชื่อของผู้รับจะแสดงเป็นตัวอักษรขนาดใหญ่</translation>
    </message>
    <message>
        <source>Template problems</source>
        <translation>ปัญหาในเทมเพลต</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>คืนค่าเริ่มต้น (&amp;D)</translation>
    </message>
    <message>
        <source>Sala does not know %1 and will print it as written. Known placeholders: %2.</source>
        <translation>Sala ไม่รู้จัก %1 และจะพิมพ์ตามที่เขียนไว้ ตัวแทนข้อความที่รู้จัก: %2</translation>
    </message>
</context>
<context>
    <name>sala::Certificates</name>
    <message>
        <source>Certificate of Completion</source>
        <translation>เกียรติบัตรผ่านการอบรม</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has successfully completed the workshop
{workshop}
held online on {dates} ({hours} hours) by {organizer}.</source>
        <translation>เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า
{name}
ได้ผ่านการอบรมเชิงปฏิบัติการ
{workshop}
จัดทางออนไลน์เมื่อ {dates} (รวม {hours} ชั่วโมง) โดย {organizer}</translation>
    </message>
    <message>
        <source>Certificate of Participation</source>
        <translation>เกียรติบัตรการมีส่วนร่วม</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has participated in the workshop
{workshop}
held online on {dates} by {organizer}, attending {attendedHours} of {hours} hours.</source>
        <translation>เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า
{name}
ได้เข้าร่วมการอบรมเชิงปฏิบัติการ
{workshop}
จัดทางออนไลน์เมื่อ {dates} โดย {organizer} โดยเข้าร่วม {attendedHours} จาก {hours} ชั่วโมง</translation>
    </message>
</context>
<context>
    <name>sala::CertificatesPdf</name>
    <message>
        <source>Sala could not save the certificates as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala บันทึกเกียรติบัตรเป็น “%1” ไม่ได้ (%2) ตรวจสอบว่ามีโฟลเดอร์นี้อยู่และคุณมีสิทธิ์เขียนไฟล์ในโฟลเดอร์นั้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The certificates need Qt&apos;s graphics support, which this program did not start. Make them from the Sala window.</source>
        <translation>การสร้างเกียรติบัตรต้องใช้ระบบกราฟิกของ Qt ซึ่งโปรแกรมนี้ไม่ได้เปิดใช้ ให้สร้างจากหน้าต่าง Sala แทน</translation>
    </message>
    <message>
        <source>No file name was given for the certificates.</source>
        <translation>ไม่ได้ระบุชื่อไฟล์สำหรับเกียรติบัตร</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet, so no certificates were written. Import the attendance of every session, or check the thresholds.</source>
        <translation>ยังไม่มีใครได้รับเกียรติบัตร จึงไม่ได้สร้างเกียรติบัตร ให้นำเข้าการเข้าร่วมของทุกเซสชัน หรือตรวจดูเกณฑ์</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>เริ่มสร้าง PDF ไม่ได้</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>สร้าง PDF ให้เสร็จไม่ได้</translation>
    </message>
</context>
<context>
    <name>sala::Charts</name>
    <message>
        <source>Attended</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ครบหลักสูตร</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>มีส่วนร่วม</translation>
    </message>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>ยังไม่มีใครในรายชื่อ</translation>
    </message>
    <message>
        <source>No joins and leaves are known for this session yet.</source>
        <translation>ยังไม่มีข้อมูลเวลาเข้าและออกของเซสชันนี้</translation>
    </message>
    <message>
        <source>People in the room, peak %1</source>
        <translation>จำนวนคนในห้อง สูงสุด %1 คน</translation>
    </message>
    <message>
        <source>People</source>
        <translation>จำนวนคน</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>จำนวนคนในห้อง</translation>
    </message>
    <message>
        <source>Scheduled start and end</source>
        <translation>เวลาเริ่มและจบตามกำหนดการ</translation>
    </message>
    <message>
        <source>Clock time (%1)</source>
        <translation>เวลา (%1)</translation>
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
        <translation>ข้อความสรุปสำหรับผู้มาสาย (&amp;M)</translation>
    </message>
    <message>
        <source>Present and expected</source>
        <translation>มาแล้วและที่คาดว่าจะมา</translation>
    </message>
    <message>
        <source>Type a name, alias or email, then Enter</source>
        <translation>พิมพ์ชื่อ ชื่ออื่น หรืออีเมล แล้วกด Enter</translation>
    </message>
    <message>
        <source>Find a participant to check in</source>
        <translation>ค้นหาผู้เข้าร่วมเพื่อเช็กอิน</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>ผู้เข้าร่วมที่ตรงกัน</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>เช็กอินล่าสุด</translation>
    </message>
    <message>
        <source>Ctrl+M writes a catch-up message for latecomers here and copies it.</source>
        <translation>กด Ctrl+M เพื่อเขียนข้อความสรุปสำหรับผู้มาสายที่นี่และคัดลอกไว้</translation>
    </message>
    <message>
        <source>Catch-up message</source>
        <translation>ข้อความสรุปสำหรับผู้มาสาย</translation>
    </message>
    <message>
        <source>What has happened and what the group is doing now, ready to paste into the chat (Ctrl+M)</source>
        <translation>สิ่งที่ผ่านมาแล้วและสิ่งที่กลุ่มกำลังทำอยู่ พร้อมวางในแชต (Ctrl+M)</translation>
    </message>
    <message>
        <source>Enter: present · Ctrl+L: late · Ctrl+D: left · Ctrl+R: rejoined · Ctrl+Enter: walk-in · Ctrl+M: catch-up message</source>
        <translation>Enter: มาแล้ว · Ctrl+L: มาสาย · Ctrl+D: ออกไปแล้ว · Ctrl+R: กลับเข้ามาใหม่ · Ctrl+Enter: วอล์กอิน · Ctrl+M: ข้อความสรุปสำหรับผู้มาสาย</translation>
    </message>
    <message>
        <source>not expected this session</source>
        <translation>ไม่ได้คาดว่าจะมาเซสชันนี้</translation>
    </message>
    <message>
        <source>present since %1</source>
        <translation>มาแล้วตั้งแต่ %1</translation>
    </message>
    <message>
        <source>late, since %1</source>
        <translation>มาสาย ตั้งแต่ %1</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>ออกไปเมื่อ %1</translation>
    </message>
    <message>
        <source>rejoined at %1</source>
        <translation>กลับเข้ามาใหม่เมื่อ %1</translation>
    </message>
    <message>
        <source>Check-in — %1</source>
        <translation>เช็กอิน — %1</translation>
    </message>
    <message>
        <source>Check-in — choose a session first</source>
        <translation>เช็กอิน — เลือกเซสชันก่อน</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more still to come; type to find them</source>
        <translation>
            <numerusform>… และอีก %n คนที่ยังไม่มา พิมพ์เพื่อค้นหา</numerusform>
        </translation>
    </message>
    <message>
        <source>as “%1”</source>
        <translation>ในชื่อ “%1”</translation>
    </message>
    <message>
        <source>+ Add “%1” as a walk-in (Ctrl+Enter)</source>
        <translation>+ เพิ่ม “%1” เป็นวอล์กอิน (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; present of &lt;b&gt;%2&lt;/b&gt; expected</source>
        <translation>มาแล้ว &lt;b&gt;%1&lt;/b&gt; จากที่คาดไว้ &lt;b&gt;%2&lt;/b&gt; คน</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>มาสาย %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>ออกไปแล้ว %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 present at %2</source>
        <translation>%1 มาแล้วเมื่อ %2</translation>
    </message>
    <message>
        <source>%1 late, arrived at %2</source>
        <translation>%1 มาสาย มาถึงเมื่อ %2</translation>
    </message>
    <message>
        <source>%1 left at %2</source>
        <translation>%1 ออกไปเมื่อ %2</translation>
    </message>
    <message>
        <source>%1 rejoined at %2</source>
        <translation>%1 กลับเข้ามาใหม่เมื่อ %2</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it</source>
        <translation>กด Ctrl+Z เพื่อเลิกทำ</translation>
    </message>
    <message>
        <source>%1 is already here (since %2).</source>
        <translation>%1 อยู่ที่นี่แล้ว (ตั้งแต่ %2)</translation>
    </message>
    <message>
        <source>%1 has not arrived, so cannot leave.</source>
        <translation>%1 ยังไม่ได้มา จึงบันทึกว่าออกไปไม่ได้</translation>
    </message>
    <message>
        <source>%1 has not left, so cannot rejoin.</source>
        <translation>%1 ยังไม่ได้ออกไป จึงบันทึกว่ากลับเข้ามาใหม่ไม่ได้</translation>
    </message>
    <message>
        <source>Walk-in at %1</source>
        <translation>วอล์กอินเมื่อ %1</translation>
    </message>
    <message>
        <source>Walk-in %1 added and present at %2</source>
        <translation>เพิ่มวอล์กอิน %1 และบันทึกว่ามาแล้วเมื่อ %2</translation>
    </message>
    <message>
        <source>Ask for their details and consent later in Roster mode.</source>
        <translation>ขอรายละเอียดและความยินยอมจากเขาภายหลังในโหมดรายชื่อ</translation>
    </message>
    <message>
        <source>The catch-up message is on the clipboard: paste it into the meeting chat.</source>
        <translation>คัดลอกข้อความสรุปสำหรับผู้มาสายไว้แล้ว: วางในแชตของการประชุมได้เลย</translation>
    </message>
</context>
<context>
    <name>sala::ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ชื่อที่ใช้เรียก</translation>
    </message>
    <message>
        <source>Alias (e.g. Zoom name)</source>
        <translation>ชื่ออื่น (เช่น ชื่อใน Zoom)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ประเภทองค์กร</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>ช่วงอายุ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>จำนวนพนักงาน</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคธุรกิจ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Needs interpretation</source>
        <translation>ต้องการล่าม</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>ให้ความยินยอมแล้ว</translation>
    </message>
    <message>
        <source>Consent time / form sent</source>
        <translation>เวลาที่ให้ความยินยอม / ส่งแบบฟอร์ม</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>ฉบับของประกาศความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>สเปรดชีต</translation>
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
        <translation>บทบาทในเวิร์กช็อป</translation>
    </message>
</context>
<context>
    <name>sala::CsvReader</name>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1” บรรทัด %2 คอลัมน์ %3: %4</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. Check that quotes inside cells are doubled (&quot;&quot;), then export the file again.</source>
        <translation>เซลล์ที่มีอัญประกาศเริ่มต้นตรงนี้ แต่ไม่มีอัญประกาศปิด ตรวจดูว่าอัญประกาศภายในเซลล์เขียนซ้ำสองตัว (&quot;&quot;) แล้วส่งออกไฟล์ใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>มีข้อความต่อท้ายอัญประกาศปิดของเซลล์นี้ อัญประกาศภายในเซลล์ที่อยู่ในอัญประกาศต้องเขียนซ้ำสองตัว (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>sala::Demo</name>
    <message>
        <source>look for the demo workshop</source>
        <translation>ค้นหาเวิร์กช็อปตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>sala::Duplicates</name>
    <message>
        <source>same email</source>
        <translation>อีเมลเดียวกัน</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>เบอร์โทรศัพท์เดียวกัน</translation>
    </message>
    <message>
        <source>similar name, same organization</source>
        <translation>ชื่อคล้ายกัน องค์กรเดียวกัน</translation>
    </message>
</context>
<context>
    <name>sala::GroupExport</name>
    <message>
        <source>Room %1</source>
        <translation>ห้อง %1</translation>
    </message>
    <message>
        <source>Left out, without an e-mail address (assign them in the meeting): %1</source>
        <translation>ไม่ได้จัดห้องเพราะไม่มีอีเมล (ให้จัดห้องระหว่างการประชุม): %1</translation>
    </message>
    <message>
        <source>%1 share the address %2; Zoom places one account in one room</source>
        <translation>%1 ใช้อีเมล %2 ร่วมกัน แต่ Zoom จัดหนึ่งบัญชีไว้ได้เพียงห้องเดียว</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 rooms; this round has %2</source>
        <translation>Zoom จัดห้องล่วงหน้าได้สูงสุด %1 ห้อง แต่รอบนี้มี %2 ห้อง</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 people; this round has %2</source>
        <translation>Zoom จัดห้องล่วงหน้าได้สูงสุด %1 คน แต่รอบนี้มี %2 คน</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>รอบที่ %1</translation>
    </message>
</context>
<context>
    <name>sala::GroupSolver</name>
    <message>
        <source>round robin</source>
        <translation>แบบพบกันหมด (round robin)</translation>
    </message>
    <message>
        <source>affine plane of order %1</source>
        <translation>ระนาบอะฟฟีน (affine plane) อันดับ %1</translation>
    </message>
    <message>
        <source>resolvable transversal design over GF(%1)</source>
        <translation>resolvable transversal design บน GF(%1)</translation>
    </message>
    <message>
        <source>32 in fours over the binary triples</source>
        <translation>32 คน กลุ่มละ 4 คน บนชุดสามตัวแบบไบนารี (binary triples)</translation>
    </message>
    <message>
        <source>base round shifted over Z%1</source>
        <translation>รอบฐานที่เลื่อนบน Z%1</translation>
    </message>
    <message>
        <source>with a single room everyone meets everyone in every round</source>
        <translation>ถ้ามีห้องเดียว ทุกคนจะเจอกันหมดในทุกรอบ</translation>
    </message>
    <message>
        <source>a second round would need every room to take at most one person from each room of the first, and there are only %1 rooms for groups of %2</source>
        <translation>รอบที่สองต้องให้แต่ละห้องรับคนจากแต่ละห้องของรอบแรกได้ไม่เกินห้องละ 1 คน แต่มีเพียง %1 ห้องสำหรับกลุ่มละ %2 คน</translation>
    </message>
    <message>
        <source>Euler&apos;s problem of the 36 officers has no solution (Tarry, 1900), so no two Latin squares of order 6 fit together and 36 people in sixes get 3 rounds</source>
        <translation>ปัญหานายทหาร 36 นายของออยเลอร์ไม่มีคำตอบ (Tarry, 1900) จึงไม่มีจัตุรัสละตินอันดับ 6 สองอันที่ใช้คู่กันได้ และคน 36 คนที่แบ่งกลุ่มละ 6 คนจะจัดได้ 3 รอบ</translation>
    </message>
    <message>
        <source>a fifth round would need a nearly Kirkman triple system of order 12, which does not exist</source>
        <translation>รอบที่ห้าต้องใช้ระบบสามสมาชิกแบบเกือบเคิร์กแมน (nearly Kirkman triple system) อันดับ 12 ซึ่งไม่มีอยู่จริง</translation>
    </message>
    <message>
        <source>each round everyone meets %1 new people, and there are only %2 others to meet</source>
        <translation>แต่ละรอบทุกคนจะเจอคนใหม่ %1 คน แต่มีคนอื่นให้เจอเพียง %2 คน</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>รอบที่ %1</translation>
    </message>
    <message>
        <source>there is no participant with this id</source>
        <translation>ไม่มีผู้เข้าร่วมที่มี id นี้</translation>
    </message>
    <message>
        <source>%1 is in two rooms of %2; put each person in one room</source>
        <translation>%1 อยู่สองห้องใน %2 ให้จัดแต่ละคนไว้เพียงห้องเดียว</translation>
    </message>
    <message>
        <source>the room sizes add up to %1, but %2 people take part; make them add up to %2</source>
        <translation>ขนาดห้องรวมกันได้ %1 แต่มีผู้เข้าร่วม %2 คน ให้ปรับให้รวมกันได้ %2</translation>
    </message>
    <message>
        <source>%1 people cannot be split into groups of %2 to %3; widen the range</source>
        <translation>แบ่ง %1 คนเป็นกลุ่มละ %2 ถึง %3 คนไม่ได้ ให้ขยายช่วงขนาดกลุ่ม</translation>
    </message>
    <message>
        <source>say how to form the rooms: give num_groups, group_size, group_sizes, or min_size and max_size</source>
        <translation>ระบุวิธีจัดห้อง: ใส่ num_groups, group_size, group_sizes หรือ min_size และ max_size</translation>
    </message>
    <message>
        <source>%1 people are too few for %2 rooms; ask for fewer rooms</source>
        <translation>%1 คนน้อยเกินไปสำหรับ %2 ห้อง ให้ลดจำนวนห้อง</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, below min_size %4</source>
        <translation>%1 คนใน %2 ห้อง จะได้ห้องละ %3 คน ซึ่งน้อยกว่า min_size %4</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, above max_size %4</source>
        <translation>%1 คนใน %2 ห้อง จะได้ห้องละ %3 คน ซึ่งมากกว่า max_size %4</translation>
    </message>
    <message>
        <source>id is empty; every participant needs one</source>
        <translation>id ว่างอยู่ ผู้เข้าร่วมทุกคนต้องมี id</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 เป็น id ของผู้เข้าร่วมคนก่อนหน้าแล้ว id ต้องไม่ซ้ำกัน</translation>
    </message>
    <message>
        <source>there is nobody to group; list the participants</source>
        <translation>ไม่มีใครให้จัดกลุ่ม ให้ใส่รายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>%1 participants are more than Sala groups at once (%2); split them, for example by language or cohort</source>
        <translation>ผู้เข้าร่วม %1 คนมากกว่าที่ Sala จัดกลุ่มได้ในครั้งเดียว (%2 คน) ให้แบ่งออกก่อน เช่น ตามภาษาหรือตามรุ่น</translation>
    </message>
    <message>
        <source>%1 rounds are more than Sala plans at once (%2)</source>
        <translation>%1 รอบมากกว่าที่ Sala วางแผนได้ในครั้งเดียว (%2 รอบ)</translation>
    </message>
    <message>
        <source>%1 rounds asked for, but %2 fixed rounds are given; ask for at least %2</source>
        <translation>ขอ %1 รอบ แต่มีรอบที่กำหนดไว้แล้ว %2 รอบ ให้ขออย่างน้อย %2 รอบ</translation>
    </message>
    <message>
        <source>max_meetings must be at least 1</source>
        <translation>max_meetings ต้องมีค่าอย่างน้อย 1</translation>
    </message>
    <message>
        <source>round %1 does not exist; rounds are numbered from 0 to %2</source>
        <translation>ไม่มีรอบที่ %1 รอบมีหมายเลขตั้งแต่ 0 ถึง %2</translation>
    </message>
    <message>
        <source>group must be a room number from 0</source>
        <translation>group ต้องเป็นหมายเลขห้อง โดยเริ่มนับจาก 0</translation>
    </message>
    <message>
        <source>%1 is pinned in %2 but does not attend it</source>
        <translation>%1 ถูกกำหนดห้องไว้ใน %2 แต่ไม่ได้เข้าร่วมรอบนั้น</translation>
    </message>
    <message>
        <source>%1 is pinned to two rooms in %2</source>
        <translation>%1 ถูกกำหนดไว้สองห้องใน %2</translation>
    </message>
    <message>
        <source>group_sizes cannot be combined with homogeneous_attrs, which give each value its own rooms; give num_groups or group_size instead</source>
        <translation>ใช้ group_sizes ร่วมกับ homogeneous_attrs ไม่ได้ เพราะ homogeneous_attrs ให้แต่ละค่ามีห้องของตัวเอง ให้ใช้ num_groups หรือ group_size แทน</translation>
    </message>
    <message>
        <source>%1 rooms are too few: keeping %2 homogeneous needs one room for each of its %3 values</source>
        <translation>%1 ห้องน้อยเกินไป: การจัดให้ %2 เหมือนกันทั้งห้องต้องใช้อย่างน้อยหนึ่งห้องต่อหนึ่งค่า ซึ่งมีทั้งหมด %3 ค่า</translation>
    </message>
    <message>
        <source>%1 is pinned to rooms of different %2 values; pin them to rooms of one</source>
        <translation>%1 ถูกกำหนดไว้ในห้องที่มีค่า %2 ต่างกัน ให้กำหนดไว้ในห้องที่มีค่าเดียวกัน</translation>
    </message>
    <message>
        <source>%1 is pinned to a room that does not exist</source>
        <translation>%1 ถูกกำหนดไว้ในห้องที่ไม่มีอยู่</translation>
    </message>
    <message>
        <source>list at least two participants</source>
        <translation>ใส่รายชื่อผู้เข้าร่วมอย่างน้อยสองคน</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 มีชื่อซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>%1 and %2 are to be kept apart and kept together at once; choose one</source>
        <translation>%1 และ %2 ถูกกำหนดให้ทั้งแยกกันและอยู่ด้วยกันในเวลาเดียวกัน ให้เลือกอย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>%1 and %2 have different %3, which gives them different rooms; they cannot be kept together</source>
        <translation>%1 และ %2 มี %3 ต่างกัน จึงต้องอยู่คนละห้อง ให้อยู่ด้วยกันไม่ได้</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>ใน %1: %2</translation>
    </message>
    <message>
        <source>%1 is pinned to room %2, but %3 has rooms %4 to %5</source>
        <translation>%1 ถูกกำหนดไว้ในห้อง %2 แต่ %3 มีห้อง %4 ถึง %5</translation>
    </message>
    <message>
        <source>%1 people are pinned to room %2 in %3, which holds only %4</source>
        <translation>มี %1 คนถูกกำหนดไว้ในห้อง %2 ของ %3 แต่ห้องนี้รับได้เพียง %4 คน</translation>
    </message>
    <message>
        <source>%1 people are to be kept together, but the rooms of %2 hold at most %3</source>
        <translation>มี %1 คนที่ต้องอยู่ด้วยกัน แต่ห้องใน %2 รับได้สูงสุด %3 คน</translation>
    </message>
    <message>
        <source>each person meets about %1 people per round, and only so many of them can be new</source>
        <translation>แต่ละคนเจอคนประมาณ %1 คนต่อรอบ และในจำนวนนี้เป็นคนใหม่ได้เพียงจำนวนหนึ่งเท่านั้น</translation>
    </message>
    <message>
        <source>%1 for %2 rounds, the rest by tabu search</source>
        <translation>%1 สำหรับ %2 รอบ ที่เหลือใช้ tabu search</translation>
    </message>
    <message>
        <source>greedy start and tabu search</source>
        <translation>เริ่มแบบ greedy แล้วใช้ tabu search</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, then tabu search</source>
        <translation>คงแผนเดิมไว้ในส่วนที่ยังใช้ได้ แล้วใช้ tabu search</translation>
    </message>
    <message>
        <source>At most %1 of the %2 rounds can be free of repeated pairs: %3.</source>
        <translation>จาก %2 รอบ มีได้มากที่สุด %1 รอบที่ไม่มีคู่ที่เจอกันซ้ำ: %3</translation>
    </message>
    <message>
        <source>This schedule has %1 repeated pairs.</source>
        <translation>ตารางนี้มีคู่ที่เจอกันซ้ำ %1 คู่</translation>
    </message>
    <message>
        <source>Alternatives: %1 rounds with nobody meeting twice</source>
        <translation>ทางเลือก: %1 รอบโดยไม่มีใครเจอกันซ้ำ</translation>
    </message>
    <message>
        <source>, or groups of about %1, which by counting allow up to %2 rounds</source>
        <translation> หรือกลุ่มละประมาณ %1 คน ซึ่งตามการนับจะจัดได้ถึง %2 รอบ</translation>
    </message>
    <message>
        <source>The time limit ended the search at %1 repeated pairs against a lower bound of %2; a longer time limit may find fewer.</source>
        <translation>หมดเวลาค้นหาเมื่อได้คู่ที่เจอกันซ้ำ %1 คู่ (ขั้นต่ำที่เป็นไปได้คือ %2 คู่) ถ้าให้เวลานานขึ้นอาจได้น้อยกว่านี้</translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept apart shares a room %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>คู่ที่ต้องแยกกันยังอยู่ห้องเดียวกัน %n ครั้ง และยังไม่พบตารางที่เลี่ยงได้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept together is split %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>คู่ที่ต้องอยู่ด้วยกันถูกแยก %n ครั้ง และยังไม่พบตารางที่เลี่ยงได้</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; this is the best schedule found so far.</source>
        <translation>หยุดก่อนค้นหาเสร็จ นี่คือตารางที่ดีที่สุดที่พบจนถึงตอนนี้</translation>
    </message>
    <message>
        <source>Kirkman triple system of order %1</source>
        <translation>ระบบสามสมาชิกแบบเคิร์กแมน (Kirkman triple system) อันดับ %1</translation>
    </message>
    <message>
        <source>nearly Kirkman triple system of order %1</source>
        <translation>ระบบสามสมาชิกแบบเกือบเคิร์กแมน (nearly Kirkman triple system) อันดับ %1</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, newcomers placed by exact search</source>
        <translation>คงแผนเดิมไว้ในส่วนที่ยังใช้ได้ แล้วจัดคนที่มาใหม่ด้วยการค้นหาแบบแม่นตรง (exact search)</translation>
    </message>
    <message>
        <source>No schedule can have fewer than %1 repeated pairs with these rooms, rounds and earlier meetings; this schedule has %2.</source>
        <translation>ด้วยห้อง รอบ และการเจอกันครั้งก่อน ๆ นี้ ต้องมีคู่ที่เจอกันซ้ำอย่างน้อย %1 คู่ ตารางนี้มี %2 คู่</translation>
    </message>
    <message>
        <source>23 people in rooms of 5, 5, 5, 4, 4 would have to meet all but one of their 253 pairs exactly once in six rounds, which is proven impossible</source>
        <translation>คน 23 คนในห้องขนาด 5, 5, 5, 4, 4 จะต้องให้ทุกคู่จาก 253 คู่ยกเว้นคู่เดียวได้เจอกันพอดีครั้งเดียวภายในหกรอบ ซึ่งพิสูจน์แล้วว่าเป็นไปไม่ได้</translation>
    </message>
</context>
<context>
    <name>sala::GroupsJson</name>
    <message>
        <source>a list</source>
        <translation>รายการ (list)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ออบเจ็กต์ (object)</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; known here: %2</source>
        <translation>ไม่รู้จักคีย์ &quot;%1&quot; คีย์ที่ใช้ได้ตรงนี้: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>ต้องเป็นจำนวนเต็มตั้งแต่ %1 ถึง %2 ไม่ใช่ %3</translation>
    </message>
    <message>
        <source>must be a list in square brackets [ ], not %1</source>
        <translation>ต้องเป็นรายการในวงเล็บเหลี่ยม [ ] ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>must be a name in double quotes, not %1</source>
        <translation>ต้องเป็นชื่อในอัญประกาศคู่ ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>must be a participant id in double quotes, not %1</source>
        <translation>ต้องเป็น id ของผู้เข้าร่วมในอัญประกาศคู่ ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>no participant has the id %1; add them to &quot;participants&quot; or correct the id</source>
        <translation>ไม่มีผู้เข้าร่วมที่มี id %1 ให้เพิ่มคนนี้ใน &quot;participants&quot; หรือแก้ไข id</translation>
    </message>
    <message>
        <source>must be a list of participant ids, not %1</source>
        <translation>ต้องเป็นรายการ id ของผู้เข้าร่วม ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>each round must be a list of rooms, each a list of ids, not %1</source>
        <translation>แต่ละรอบต้องเป็นรายการของห้อง และแต่ละห้องเป็นรายการ id ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>participants is missing; list the people to group, for example [{&quot;id&quot;: &quot;p01&quot;}]</source>
        <translation>ไม่มี participants ให้ใส่รายชื่อคนที่จะจัดกลุ่ม เช่น [{&quot;id&quot;: &quot;p01&quot;}]</translation>
    </message>
    <message>
        <source>each participant must be an object in braces { }, not %1</source>
        <translation>ผู้เข้าร่วมแต่ละคนต้องเป็นออบเจ็กต์ในวงเล็บปีกกา { } ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>id is missing; every participant needs one</source>
        <translation>ไม่มี id ผู้เข้าร่วมทุกคนต้องมี id</translation>
    </message>
    <message>
        <source>id must be non-empty text in double quotes, not %1</source>
        <translation>id ต้องเป็นข้อความที่ไม่ว่างในอัญประกาศคู่ ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 เป็น id ของผู้เข้าร่วมคนก่อนหน้าแล้ว id ต้องไม่ซ้ำกัน</translation>
    </message>
    <message>
        <source>must be text in double quotes, not %1</source>
        <translation>ต้องเป็นข้อความในอัญประกาศคู่ ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>attrs must be an object such as {&quot;country&quot;: &quot;TH&quot;}, not %1</source>
        <translation>attrs ต้องเป็นออบเจ็กต์ เช่น {&quot;country&quot;: &quot;TH&quot;} ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>attendance must be an object such as {&quot;p07&quot;: [0, 1]}, not %1</source>
        <translation>attendance ต้องเป็นออบเจ็กต์ เช่น {&quot;p07&quot;: [0, 1]} ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>no participant has the id &quot;%1&quot;</source>
        <translation>ไม่มีผู้เข้าร่วมที่มี id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be the list of rounds the person attends, such as [0, 1], not %1</source>
        <translation>ต้องเป็นรายการรอบที่คนนี้เข้าร่วม เช่น [0, 1] ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>constraints must be an object in braces { }, not %1</source>
        <translation>constraints ต้องเป็นออบเจ็กต์ในวงเล็บปีกกา { } ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>min_size (%1) is above max_size (%2)</source>
        <translation>min_size (%1) มากกว่า max_size (%2)</translation>
    </message>
    <message>
        <source>%1 sizes given for %2 rooms (num_groups); give one size per room</source>
        <translation>ระบุขนาดมา %1 ค่า สำหรับ %2 ห้อง (num_groups) ให้ระบุขนาดห้องละหนึ่งค่า</translation>
    </message>
    <message>
        <source>each pin must be an object such as {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0}, not %1</source>
        <translation>pin แต่ละรายการต้องเป็นออบเจ็กต์ เช่น {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0} ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>id is missing; say whom to pin</source>
        <translation>ไม่มี id ให้ระบุว่าจะกำหนดห้องให้ใคร</translation>
    </message>
    <message>
        <source>group is missing; give the room number, counting from 0</source>
        <translation>ไม่มี group ให้ระบุหมายเลขห้อง โดยเริ่มนับจาก 0</translation>
    </message>
    <message>
        <source>This is not a breakout problem: it holds %1 instead of an object with &quot;participants&quot;.</source>
        <translation>ไฟล์นี้ไม่ใช่โจทย์การจัดห้องย่อย: ข้างในเป็น %1 แทนที่จะเป็นออบเจ็กต์ที่มี &quot;participants&quot;</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not valid JSON (%3)</source>
        <translation>บรรทัด %1 คอลัมน์ %2: ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง (%3)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>ไม่สามารถอ่านไฟล์ได้ (%1)</translation>
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
            <numerusform>%1 แต่มี %n คนในรายชื่อที่ตรงกัน: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>อีเมลเดียวกัน %1</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>ชื่ออื่น %1</translation>
    </message>
    <message>
        <source>preferred name %1</source>
        <translation>ชื่อที่ใช้เรียก %1</translation>
    </message>
    <message>
        <source>same name %1</source>
        <translation>ชื่อเดียวกัน %1</translation>
    </message>
    <message>
        <source>same name as %1 apart from case, spacing or accents</source>
        <translation>ชื่อเดียวกับ %1 ต่างกันแค่ตัวพิมพ์ใหญ่เล็ก การเว้นวรรค หรือเครื่องหมายกำกับเสียง</translation>
    </message>
    <message>
        <source>name matches after removing %1</source>
        <translation>ชื่อตรงกันเมื่อตัด %1 ออก</translation>
    </message>
    <message>
        <source> and </source>
        <translation> และ </translation>
    </message>
    <message>
        <source>%1% similar to %2</source>
        <translation>คล้ายกับ %2 %1%</translation>
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
        <translation>ตรงกับ %1 (%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ให้แล้ว</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>ยังไม่ให้</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ผลตรวจ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
</context>
<context>
    <name>sala::Library</name>
    <message>
        <source>“%1” is missing from this build of Sala.</source>
        <translation>Sala รุ่นนี้ไม่มี “%1”</translation>
    </message>
    <message>
        <source>The method library is not valid JSON: %1</source>
        <translation>คลังเทคนิคไม่ใช่ JSON ที่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>This is not a Sala method library (&quot;format&quot; must be &quot;sala-methods&quot;).</source>
        <translation>ไฟล์นี้ไม่ใช่คลังเทคนิคของ Sala (&quot;format&quot; ต้องเป็น &quot;sala-methods&quot;)</translation>
    </message>
    <message>
        <source>This method library needs a newer version of Sala.</source>
        <translation>คลังเทคนิคนี้ต้องใช้ Sala รุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>The method library has no &quot;methods&quot; list.</source>
        <translation>คลังเทคนิคไม่มีรายการ &quot;methods&quot;</translation>
    </message>
    <message>
        <source>The method library has problems:
%1</source>
        <translation>คลังเทคนิคมีปัญหา:
%1</translation>
    </message>
    <message>
        <source>save the template</source>
        <translation>บันทึกเทมเพลต</translation>
    </message>
    <message>
        <source>read the templates</source>
        <translation>อ่านเทมเพลต</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>ลบเทมเพลต</translation>
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
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <source>Every change is saved to this file at once; there is no Save button.</source>
        <translation>ทุกการเปลี่ยนแปลงจะบันทึกลงไฟล์นี้ทันที จึงไม่มีปุ่มบันทึก</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>แผน (&amp;P)</translation>
    </message>
    <message>
        <source>The session&apos;s activities and timings</source>
        <translation>กิจกรรมและเวลาของเซสชัน</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>รายชื่อ (&amp;R)</translation>
    </message>
    <message>
        <source>Participants of the workshop</source>
        <translation>ผู้เข้าร่วมของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>&amp;Breakouts</source>
        <translation>ห้องย่อย (&amp;B)</translation>
    </message>
    <message>
        <source>Breakout rooms, rounds and broadcast texts</source>
        <translation>ห้องย่อย รอบ และข้อความประกาศ</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>ดำเนินการ (&amp;U)</translation>
    </message>
    <message>
        <source>Run the session live</source>
        <translation>ดำเนินเซสชันแบบสด</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>รายงาน (&amp;P)</translation>
    </message>
    <message>
        <source>Attendance and planning reports</source>
        <translation>รายงานการเข้าร่วมและการวางแผน</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>โหมด</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>เวิร์กช็อป</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>เวิร์กช็อป (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>เซสชัน (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>เวิร์กช็อปใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>สร้างใหม่จากเทมเพลต (&amp;T)…</translation>
    </message>
    <message>
        <source>Workshop &amp;Settings…</source>
        <translation>การตั้งค่าเวิร์กช็อป (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>นำเข้าแผน (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>ส่งออกเซสชัน (&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Workshop…</source>
        <translation>ส่งออกเวิร์กช็อป (&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Run Sheet…</source>
        <translation>กำหนดการ (&amp;R)…</translation>
    </message>
    <message>
        <source>Write the session&apos;s run sheet as PDF, HTML or Markdown for printing</source>
        <translation>สร้างกำหนดการของเซสชันเป็น PDF, HTML หรือ Markdown สำหรับพิมพ์</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>สำรองฐานข้อมูล (&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to a file of your choice</source>
        <translation>บันทึกสำเนาฐานข้อมูลทั้งหมดลงในไฟล์ที่คุณเลือก</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>การตั้งค่า (&amp;P)…</translation>
    </message>
    <message>
        <source>Save Activity as &amp;Template</source>
        <translation>บันทึกกิจกรรมเป็นเทมเพลต (&amp;T)</translation>
    </message>
    <message>
        <source>Save Session as Te&amp;mplate</source>
        <translation>บันทึกเซสชันเป็นเทมเพลต (&amp;M)</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>รายชื่อ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>แป้นพิมพ์ลัด (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Sala</source>
        <translation>เกี่ยวกับ Sala (&amp;A)</translation>
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
        <translation>เวิร์กช็อปใหม่</translation>
    </message>
    <message>
        <source>Session 1</source>
        <translation>เซสชัน 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n เซสชัน)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (my session template)</source>
        <translation>%1 (เทมเพลตเซสชันของฉัน)</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>สร้างใหม่จากเทมเพลต</translation>
    </message>
    <message>
        <source>Start a new workshop from:</source>
        <translation>เริ่มเวิร์กช็อปใหม่จาก:</translation>
    </message>
    <message>
        <source>Workshop Settings</source>
        <translation>การตั้งค่าเวิร์กช็อป</translation>
    </message>
    <message>
        <source>“%1” is now in your method library (Plan ▸ Add).</source>
        <translation>เพิ่ม “%1” ในคลังเทคนิคของคุณแล้ว (แผน ▸ เพิ่ม)</translation>
    </message>
    <message>
        <source>“%1” is saved as a template (File ▸ New from Template).</source>
        <translation>บันทึก “%1” เป็นเทมเพลตแล้ว (ไฟล์ ▸ สร้างใหม่จากเทมเพลต)</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>เขียน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>นำเข้าแผน</translation>
    </message>
    <message>
        <source>Sala plans (*.json);;All files (*)</source>
        <translation>แผนของ Sala (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>อ่าน “%1” ไม่ได้: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be imported; nothing was changed. Problems found: %n</source>
        <translation>
            <numerusform>นำเข้า “%1” ไม่ได้ และไม่มีการเปลี่ยนแปลงใด ๆ พบปัญหา: %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the workshop “%1”.</source>
        <translation>นำเข้าเวิร์กช็อป “%1” แล้ว</translation>
    </message>
    <message>
        <source>“%1” holds one session. Open or create the workshop it belongs to first, then import it again.</source>
        <translation>“%1” มีเพียงหนึ่งเซสชัน ให้เปิดหรือสร้างเวิร์กช็อปที่เซสชันนี้สังกัดก่อน แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Import the session “%1”</source>
        <translation>นำเข้าเซสชัน “%1”</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>ส่งออกเซสชัน</translation>
    </message>
    <message>
        <source>Sala plans (*.json)</source>
        <translation>แผนของ Sala (*.json)</translation>
    </message>
    <message>
        <source>Session exported to %1</source>
        <translation>ส่งออกเซสชันไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Export Workshop</source>
        <translation>ส่งออกเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Workshop exported to %1</source>
        <translation>ส่งออกเวิร์กช็อปไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Run Sheet</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;หน้าเว็บ (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Run sheet written to %1</source>
        <translation>บันทึกกำหนดการไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>สำรองฐานข้อมูล</translation>
    </message>
    <message>
        <source>Sala databases (*.db)</source>
        <translation>ฐานข้อมูล Sala (*.db)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>บันทึกไฟล์สำรองไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Choose the workshop</source>
        <translation>เลือกเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>เลือกเซสชัน</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>รายการแป้นพิมพ์ลัดนี้</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Import &amp;Attendance…</source>
        <translation>นำเข้าการเข้าร่วม (&amp;A)…</translation>
    </message>
    <message>
        <source>Read a participants report from Zoom, Teams or Google Meet into the current session</source>
        <translation>อ่านรายงานผู้เข้าร่วมจาก Zoom, Teams หรือ Google Meet เข้าสู่เซสชันปัจจุบัน</translation>
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
        <translation>แพลตฟอร์มอื่น</translation>
    </message>
    <message>
        <source>Welcome / briefing</source>
        <translation>ต้อนรับ / ชี้แจง</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>กิจกรรมละลายพฤติกรรม</translation>
    </message>
    <message>
        <source>Input / presentation</source>
        <translation>บรรยาย / นำเสนอ</translation>
    </message>
    <message>
        <source>Individual work</source>
        <translation>งานเดี่ยว</translation>
    </message>
    <message>
        <source>Breakout group work</source>
        <translation>งานกลุ่มย่อย</translation>
    </message>
    <message>
        <source>Plenary debrief</source>
        <translation>สรุปบทเรียนในกลุ่มใหญ่</translation>
    </message>
    <message>
        <source>Poll / quiz</source>
        <translation>โพล / แบบทดสอบ</translation>
    </message>
    <message>
        <source>Energizer</source>
        <translation>กิจกรรมกระตุ้นพลัง</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>วางแผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>ประเมินผล</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Keep home groups</source>
        <translation>ใช้กลุ่มประจำ</translation>
    </message>
    <message>
        <source>New mix</source>
        <translation>คละกลุ่มใหม่</translation>
    </message>
    <message>
        <source>Trios or pairs</source>
        <translation>กลุ่มละ 3 คนหรือจับคู่</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>ตามภาษา</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>จัดเอง</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>วิสาหกิจ</translation>
    </message>
    <message>
        <source>BDS provider</source>
        <translation>ผู้ให้บริการพัฒนาธุรกิจ (BDS)</translation>
    </message>
    <message>
        <source>Employers&apos; organization</source>
        <translation>องค์กรนายจ้าง</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>สมาคมธุรกิจ</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>องค์กรพัฒนาเอกชน (NGO)</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>หน่วยงานรัฐ</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <source>Needs &amp;interpretation</source>
        <translation>ต้องการล่าม (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Consent given</source>
        <translation>ให้ความยินยอมแล้ว (&amp;C)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ยังไม่ให้</translation>
    </message>
    <message>
        <source>e.g. Khmer, English or km, en</source>
        <translation>เช่น Thai, English หรือ th, en</translation>
    </message>
    <message>
        <source>version of the privacy notice, e.g. 2026-01</source>
        <translation>ฉบับของประกาศความเป็นส่วนตัว เช่น 2026-01</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>ชื่อตามที่เขียน</translation>
    </message>
    <message>
        <source>Exactly as the person writes it; Sala never splits names into given and family names.</source>
        <translation>เขียนให้ตรงกับที่เจ้าตัวเขียน Sala จะไม่แยกชื่อออกเป็นชื่อและนามสกุล</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>ชื่ออื่น บรรทัดละหนึ่งชื่อ</translation>
    </message>
    <message>
        <source>Other names the person appears under, such as a Zoom display name; one per line.</source>
        <translation>ชื่ออื่นที่คนนี้ใช้ เช่น ชื่อที่แสดงใน Zoom บรรทัดละหนึ่งชื่อ</translation>
    </message>
    <message>
        <source>Other email addresses</source>
        <translation>อีเมลอื่น</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>ชื่อที่ใช้เรียก (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>ชื่ออื่น (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>อีเมล (&amp;E):</translation>
    </message>
    <message>
        <source>Other e&amp;mails:</source>
        <translation>อีเมลอื่น (&amp;M):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>โทรศัพท์ (&amp;H):</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>ประเทศ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>เพศ (&amp;S):</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>อายุ (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>องค์กร (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ประเภท (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>จำนวนพนักงาน (&amp;E):</translation>
    </message>
    <message>
        <source>Size class:</source>
        <translation>ขนาดวิสาหกิจ:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>ภาคธุรกิจ (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>เมื่อ (&amp;W):</translation>
    </message>
    <message>
        <source>Privacy &amp;notice:</source>
        <translation>ประกาศความเป็นส่วนตัว (&amp;N):</translation>
    </message>
    <message>
        <source>Agreed purposes</source>
        <translation>วัตถุประสงค์ที่ยินยอม</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>หมายเหตุ (&amp;O):</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>แหล่งที่มา: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation>ความยินยอมและหมายเหตุ</translation>
    </message>
    <message>
        <source>Every participant needs a name, written as they write it.</source>
        <translation>ผู้เข้าร่วมทุกคนต้องมีชื่อ โดยเขียนตามที่เจ้าตัวเขียน</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” ไม่ใช่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Write languages as names or codes separated by commas, such as “Khmer, English” or “km, en”.</source>
        <translation>เขียนภาษาเป็นชื่อหรือรหัส คั่นด้วยจุลภาค เช่น “Thai, English” หรือ “th, en”</translation>
    </message>
    <message>
        <source>— (no head count)</source>
        <translation>— (ไม่มีจำนวนพนักงาน)</translation>
    </message>
    <message>
        <source>Role in this workshop</source>
        <translation>บทบาทในเวิร์กช็อปนี้</translation>
    </message>
    <message>
        <source>Facilitators and interpreters go into breakout rooms but are never counted; observers (a producer or co-host, a visitor) are neither placed in rooms nor counted. Reports count participants only.</source>
        <translation>วิทยากรและล่ามจะถูกจัดเข้าห้องย่อยแต่ไม่ถูกนับรวม ส่วนผู้สังเกตการณ์ (เช่น โปรดิวเซอร์ โฮสต์ร่วม หรือผู้มาเยี่ยมชม) จะไม่ถูกจัดเข้าห้องและไม่ถูกนับรวม รายงานนับเฉพาะผู้เข้าร่วมเท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantRole</name>
    <message>
        <source>Participant</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>ผู้สังเกตการณ์</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ผู้เข้าร่วม %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>วิทยากร %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s)</source>
        <translation>
            <numerusform>ล่าม %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>ผู้สังเกตการณ์ %n คน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::ParticipantTableModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(ลบข้อมูลส่วนบุคคลแล้ว)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ให้แล้ว</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>ยังไม่ให้</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>คาดว่าจะมา</translation>
    </message>
    <message>
        <source>Not this session</source>
        <translation>ไม่ใช่เซสชันนี้</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Personal data erased on %1; only anonymous counts are kept.</source>
        <translation>ลบข้อมูลส่วนบุคคลแล้วเมื่อ %1 เก็บไว้เพียงตัวเลขสถิติที่ไม่ระบุตัวตน</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>ชื่ออื่น: %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>ให้เมื่อ %1</translation>
    </message>
    <message>
        <source>Given (time not recorded)</source>
        <translation>ให้แล้ว (ไม่ได้บันทึกเวลา)</translation>
    </message>
    <message>
        <source>Privacy notice %1</source>
        <translation>ประกาศความเป็นส่วนตัว %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ชื่อที่ใช้เรียก</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ประเภทองค์กร</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>จำนวนพนักงาน</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคธุรกิจ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>เซสชันนี้</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>เช็กอิน</translation>
    </message>
    <message>
        <source>Change the %1 of “%2”</source>
        <translation>เปลี่ยน %1 ของ “%2”</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
</context>
<context>
    <name>sala::PdfPages</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>เริ่มสร้าง PDF ไม่ได้</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>สร้าง PDF ให้เสร็จไม่ได้</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLog</name>
    <message>
        <source>record the export in the personal data log</source>
        <translation>บันทึกการส่งออกลงในบันทึกการใช้ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>read the personal data log</source>
        <translation>อ่านบันทึกการใช้ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Roster export</source>
        <translation>ส่งออกรายชื่อ</translation>
    </message>
    <message>
        <source>Access request export</source>
        <translation>ส่งออกตามคำขอเข้าถึงข้อมูล</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>การลบข้อมูล</translation>
    </message>
    <message>
        <source>Erasure at the end of retention</source>
        <translation>การลบข้อมูลเมื่อครบระยะเวลาเก็บรักษา</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLogDialog</name>
    <message>
        <source>Personal Data Log</source>
        <translation>บันทึกการใช้ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Every export that contained personal data, and every erasure, as Sala recorded it. The log holds numbers, not names, so it keeps nothing of the people it mentions.</source>
        <translation>การส่งออกทุกครั้งที่มีข้อมูลส่วนบุคคล และการลบข้อมูลทุกครั้ง ตามที่ Sala บันทึกไว้ บันทึกนี้เก็บเป็นหมายเลข ไม่ใช่ชื่อ จึงไม่มีข้อมูลของบุคคลที่กล่าวถึงเลย</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>People</source>
        <translation>จำนวนคน</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>ไม่มีความยินยอม</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Personal data log</source>
        <translation>บันทึกการใช้ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source> (command line)</source>
        <translation> (บรรทัดคำสั่ง)</translation>
    </message>
</context>
<context>
    <name>sala::PlanCheck</name>
    <message numerus="yes">
        <source>%n minutes without a break or energizer by the end of “%1”; people online tire after about 90.</source>
        <translation>
            <numerusform>ถึงตอนจบ “%1” ผ่านไปแล้ว %n นาทีโดยไม่มีพักหรือกิจกรรมกระตุ้นพลัง คนที่เรียนออนไลน์จะเริ่มล้าหลังจากประมาณ 90 นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan ends %n minutes after the target end (%1); shorten or remove activities.</source>
        <translation>
            <numerusform>แผนจบหลังเวลาเป้าหมาย (%1) %n นาที ให้ลดเวลาหรือตัดกิจกรรมออก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” must start at %2, but the activities before it end %n minutes later.</source>
        <translation>
            <numerusform>“%1” ต้องเริ่มเวลา %2 แต่กิจกรรมก่อนหน้าจบช้ากว่านั้น %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” needs %2 breakout rooms; %3 allows at most %4.</source>
        <translation>“%1” ต้องใช้ห้องย่อย %2 ห้อง แต่ %3 รองรับได้สูงสุด %4 ห้อง</translation>
    </message>
    <message>
        <source>“%1” is group work without instructions; groups need written steps to run themselves.</source>
        <translation>“%1” เป็นงานกลุ่มแต่ไม่มีคำชี้แจง กลุ่มต้องมีขั้นตอนที่เขียนไว้ให้ชัดเพื่อทำงานกันเองได้</translation>
    </message>
    <message>
        <source>“%1” plans %2 minutes in rooms (%3 × %4) but only %5 minutes for the whole activity.</source>
        <translation>“%1” วางแผนให้อยู่ในห้องย่อย %2 นาที (%3 × %4) แต่ทั้งกิจกรรมมีเวลาเพียง %5 นาที</translation>
    </message>
</context>
<context>
    <name>sala::PlanCommands</name>
    <message>
        <source>Change the minutes of “%1”</source>
        <translation>เปลี่ยนจำนวนนาทีของ “%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>เปลี่ยนชื่อ “%1”</translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation>เปลี่ยนประเภทของ “%1”</translation>
    </message>
    <message>
        <source>Edit the objective of “%1”</source>
        <translation>แก้ไขวัตถุประสงค์ของ “%1”</translation>
    </message>
    <message>
        <source>Edit the instructions of “%1”</source>
        <translation>แก้ไขคำชี้แจงของ “%1”</translation>
    </message>
    <message>
        <source>Edit the notes of “%1”</source>
        <translation>แก้ไขบันทึกของ “%1”</translation>
    </message>
    <message>
        <source>Edit the materials of “%1”</source>
        <translation>แก้ไขสื่อและอุปกรณ์ของ “%1”</translation>
    </message>
    <message>
        <source>Change the timing of “%1”</source>
        <translation>เปลี่ยนเวลาของ “%1”</translation>
    </message>
    <message>
        <source>Change the breakout settings of “%1”</source>
        <translation>เปลี่ยนการตั้งค่าห้องย่อยของ “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>แก้ไข “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>ลบ “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>ย้าย “%1”</translation>
    </message>
    <message>
        <source>Edit the session “%1”</source>
        <translation>แก้ไขเซสชัน “%1”</translation>
    </message>
    <message>
        <source>Edit the workshop settings</source>
        <translation>แก้ไขการตั้งค่าเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Delete the session “%1”</source>
        <translation>ลบเซสชัน “%1”</translation>
    </message>
</context>
<context>
    <name>sala::PlanJson</name>
    <message>
        <source>unknown grouping %1; use one of: %2</source>
        <translation>ไม่รู้จักการจัดกลุ่ม %1 ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>unknown activity kind %1; use one of: %2</source>
        <translation>ไม่รู้จักประเภทกิจกรรม %1 ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>unknown platform %1; use one of: %2</source>
        <translation>ไม่รู้จักแพลตฟอร์ม %1 ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>รายการ (list)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ออบเจ็กต์ (object)</translation>
    </message>
    <message>
        <source>%1 is missing; every %2 needs one</source>
        <translation>ไม่มี %1 ทุก %2 ต้องมีค่านี้</translation>
    </message>
    <message>
        <source>%1 must be text in double quotes, not %2</source>
        <translation>%1 ต้องเป็นข้อความในอัญประกาศคู่ ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 is empty; every %2 needs one</source>
        <translation>%1 ว่างอยู่ ทุก %2 ต้องมีค่านี้</translation>
    </message>
    <message>
        <source>%1 must be a whole number between %2 and %3, not %4</source>
        <translation>%1 ต้องเป็นจำนวนเต็มระหว่าง %2 ถึง %3 ไม่ใช่ %4</translation>
    </message>
    <message>
        <source>%1 must be true or false (without quotes), not %2</source>
        <translation>%1 ต้องเป็น true หรือ false (ไม่ต้องใส่อัญประกาศ) ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>time must be HH:MM (24-hour), not %1</source>
        <translation>เวลาต้องอยู่ในรูปแบบ HH:MM (แบบ 24 ชั่วโมง) ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>date %1 does not exist in the calendar</source>
        <translation>วันที่ %1 ไม่มีอยู่ในปฏิทิน</translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD, for example 2026-12-01, not %1</source>
        <translation>วันที่ต้องอยู่ในรูปแบบ YYYY-MM-DD เช่น 2026-12-01 ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>time zone %1 is not a known IANA time zone; use a name such as &quot;Asia/Bangkok&quot; or &quot;Asia/Manila&quot;</source>
        <translation>เขตเวลา %1 ไม่ใช่เขตเวลา IANA ที่รู้จัก ให้ใช้ชื่อ เช่น &quot;Asia/Bangkok&quot; หรือ &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>%1 must be a list in square brackets [ ], not %2</source>
        <translation>%1 ต้องเป็นรายการในวงเล็บเหลี่ยม [ ] ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>each %1 must be an object in braces { }, not %2</source>
        <translation>%1 แต่ละรายการต้องเป็นออบเจ็กต์ในวงเล็บปีกกา { } ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>breakout must be an object in braces { }, not %1</source>
        <translation>breakout ต้องเป็นออบเจ็กต์ในวงเล็บปีกกา { } ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>breakout</source>
        <translation>ห้องย่อย (breakout)</translation>
    </message>
    <message>
        <source>give groupSize or groupCount a number above 0, so that Sala knows how to form the groups</source>
        <translation>ให้ใส่ค่า groupSize หรือ groupCount ที่มากกว่า 0 เพื่อให้ Sala รู้ว่าจะจัดกลุ่มอย่างไร</translation>
    </message>
    <message>
        <source>each role must be text in double quotes, not %1</source>
        <translation>บทบาทแต่ละรายการต้องเป็นข้อความในอัญประกาศคู่ ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>ข้อความประกาศ (broadcast)</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>กิจกรรม (activity)</translation>
    </message>
    <message>
        <source>material</source>
        <translation>สื่อ/อุปกรณ์ (material)</translation>
    </message>
    <message>
        <source>minimumMinutes must be at least 1 when mayShorten is true; give the shortest the activity may become, or set mayShorten to false</source>
        <translation>minimumMinutes ต้องมีค่าอย่างน้อย 1 เมื่อ mayShorten เป็น true ให้ใส่เวลาที่สั้นที่สุดที่กิจกรรมลดลงได้ หรือตั้ง mayShorten เป็น false</translation>
    </message>
    <message>
        <source>minimumMinutes (%1) cannot be more than minutes (%2); lower it or lengthen the activity</source>
        <translation>minimumMinutes (%1) ต้องไม่มากกว่า minutes (%2) ให้ลดค่านี้ลงหรือเพิ่มเวลาของกิจกรรม</translation>
    </message>
    <message>
        <source>session</source>
        <translation>เซสชัน (session)</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>เวิร์กช็อป (workshop)</translation>
    </message>
    <message>
        <source>language must be a BCP 47 code such as &quot;en&quot;, &quot;th&quot;, &quot;km&quot; or &quot;fil&quot;, not %1</source>
        <translation>language ต้องเป็นรหัส BCP 47 เช่น &quot;en&quot;, &quot;th&quot;, &quot;km&quot; หรือ &quot;fil&quot; ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>%1 is missing; a file with &quot;kind&quot;: &quot;%1&quot; keeps the plan in a &quot;%1&quot; object</source>
        <translation>ไม่มี %1 ไฟล์ที่มี &quot;kind&quot;: &quot;%1&quot; ต้องเก็บแผนไว้ในออบเจ็กต์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be an object in braces { }, not %2</source>
        <translation>%1 ต้องเป็นออบเจ็กต์ในวงเล็บปีกกา { } ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it holds %1 instead of an object with &quot;format&quot;: &quot;sala-plan&quot;.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์แผนของ Sala: ข้างในเป็น %1 แทนที่จะเป็นออบเจ็กต์ที่มี &quot;format&quot;: &quot;sala-plan&quot;</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it has no &quot;format&quot;: &quot;sala-plan&quot; member.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์แผนของ Sala: ไม่มี &quot;format&quot;: &quot;sala-plan&quot;</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: its format is %1, not &quot;sala-plan&quot;.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์แผนของ Sala: format เป็น %1 ไม่ใช่ &quot;sala-plan&quot;</translation>
    </message>
    <message>
        <source>version must be a whole number such as 1, not %1</source>
        <translation>version ต้องเป็นจำนวนเต็ม เช่น 1 ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Sala (format version %1); update Sala to open it.</source>
        <translation>แผนนี้บันทึกด้วย Sala รุ่นที่ใหม่กว่า (format เวอร์ชัน %1) ให้อัปเดต Sala เพื่อเปิดแผนนี้</translation>
    </message>
    <message>
        <source>version is missing; this Sala writes &quot;version&quot;: %1</source>
        <translation>ไม่มี version โดย Sala รุ่นนี้เขียนเป็น &quot;version&quot;: %1</translation>
    </message>
    <message>
        <source>use &quot;workshop&quot; for a whole workshop or &quot;session&quot; for one session</source>
        <translation>ให้ใช้ &quot;workshop&quot; สำหรับทั้งเวิร์กช็อป หรือ &quot;session&quot; สำหรับหนึ่งเซสชัน</translation>
    </message>
    <message>
        <source>kind is missing; %1</source>
        <translation>ไม่มี kind: %1</translation>
    </message>
    <message>
        <source>unknown kind %1; %2</source>
        <translation>ไม่รู้จัก kind %1: %2</translation>
    </message>
    <message>
        <source>an unknown word</source>
        <translation>คำที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>text needs double quotes; only true, false and null go without them</source>
        <translation>ข้อความต้องอยู่ในอัญประกาศคู่ (&quot;) มีเพียง true, false และ null ที่ไม่ต้องใส่</translation>
    </message>
    <message>
        <source>a text without its closing double quote</source>
        <translation>ข้อความที่ไม่มีอัญประกาศคู่ (&quot;) ปิดท้าย</translation>
    </message>
    <message>
        <source>a line break inside a text</source>
        <translation>มีการขึ้นบรรทัดใหม่ในข้อความ</translation>
    </message>
    <message>
        <source>write a line break as \n</source>
        <translation>ให้เขียนการขึ้นบรรทัดใหม่เป็น \n</translation>
    </message>
    <message>
        <source>a control character inside a text</source>
        <translation>มีอักขระควบคุมในข้อความ</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text</source>
        <translation>ไบต์ที่ไม่ใช่ข้อความ UTF-8</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>ให้บันทึกไฟล์เป็น UTF-8</translation>
    </message>
    <message>
        <source>a badly written backslash escape inside a text</source>
        <translation>การ escape ด้วยแบ็กสแลช (\) ในข้อความเขียนไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>a badly written number</source>
        <translation>ตัวเลขที่เขียนไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>damaged bytes at the start of the file</source>
        <translation>ไบต์ที่เสียหายตอนต้นไฟล์</translation>
    </message>
    <message>
        <source>save the file again as UTF-8</source>
        <translation>ให้บันทึกไฟล์ใหม่อีกครั้งเป็น UTF-8</translation>
    </message>
    <message>
        <source>a number too large to read</source>
        <translation>ตัวเลขใหญ่เกินกว่าจะอ่านได้</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>ข้อมูลจบก่อนที่ควรจะจบ</translation>
    </message>
    <message>
        <source>the file may have been cut off, or a closing } or ] is missing</source>
        <translation>ไฟล์อาจถูกตัดขาด หรือขาดเครื่องหมาย } หรือ ] ปิดท้าย</translation>
    </message>
    <message>
        <source>unexpected text in double quotes</source>
        <translation>พบข้อความในอัญประกาศคู่ในตำแหน่งที่ไม่ควรมี</translation>
    </message>
    <message>
        <source>unexpected number</source>
        <translation>พบตัวเลขในตำแหน่งที่ไม่ควรมี</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>พบ &quot;%1&quot; ในตำแหน่งที่ไม่ควรมี</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>พบ %1 ในตำแหน่งที่ไม่ควรมี</translation>
    </message>
    <message>
        <source>there is more after the end of the plan</source>
        <translation>มีข้อมูลเกินมาหลังจุดสิ้นสุดของแผน</translation>
    </message>
    <message>
        <source>expected a name in double quotes; a comma before a closing } is not allowed</source>
        <translation>ตรงนี้ควรเป็นชื่อในอัญประกาศคู่ และห้ามมีจุลภาค (,) ก่อน } ปิดท้าย</translation>
    </message>
    <message>
        <source>expected a colon after the name</source>
        <translation>ควรมีทวิภาค (:) หลังชื่อ</translation>
    </message>
    <message>
        <source>expected a comma or a closing }</source>
        <translation>ควรมีจุลภาค (,) หรือ } ปิดท้าย</translation>
    </message>
    <message>
        <source>expected a comma or a closing ]</source>
        <translation>ควรมีจุลภาค (,) หรือ ] ปิดท้าย</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>ตรงนี้ควรมีค่า</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง: %1 ที่บรรทัด %2 คอลัมน์ %3</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (%4).</source>
        <translation>ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง: %1 ที่บรรทัด %2 คอลัมน์ %3 (%4)</translation>
    </message>
    <message>
        <source>The file is empty. A Sala plan file is JSON text that starts with {.</source>
        <translation>ไฟล์ว่างเปล่า ไฟล์แผนของ Sala เป็นข้อความ JSON ที่ขึ้นต้นด้วย {</translation>
    </message>
    <message>
        <source>Sala could not read the file (%1). Please report this with the file attached.</source>
        <translation>Sala อ่านไฟล์ไม่ได้ (%1) กรุณาแจ้งปัญหานี้พร้อมแนบไฟล์มาด้วย</translation>
    </message>
</context>
<context>
    <name>sala::PlanStore</name>
    <message>
        <source>save the workshop</source>
        <translation>บันทึกเวิร์กช็อป</translation>
    </message>
    <message>
        <source>add the session</source>
        <translation>เพิ่มเซสชัน</translation>
    </message>
    <message>
        <source>There is no workshop with number %1.</source>
        <translation>ไม่มีเวิร์กช็อปหมายเลข %1</translation>
    </message>
    <message>
        <source>save the session “%1”</source>
        <translation>บันทึกเซสชัน “%1”</translation>
    </message>
    <message>
        <source>save the activity “%1”</source>
        <translation>บันทึกกิจกรรม “%1”</translation>
    </message>
    <message>
        <source>delete the workshop</source>
        <translation>ลบเวิร์กช็อป</translation>
    </message>
    <message>
        <source>delete the session</source>
        <translation>ลบเซสชัน</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>เซสชันนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>delete the activity</source>
        <translation>ลบกิจกรรม</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>กิจกรรมนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Cannot move the activity to that place.</source>
        <translation>ย้ายกิจกรรมไปตำแหน่งนั้นไม่ได้</translation>
    </message>
    <message>
        <source>read the order of the plan</source>
        <translation>อ่านลำดับของแผน</translation>
    </message>
    <message>
        <source>save the order of the plan</source>
        <translation>บันทึกลำดับของแผน</translation>
    </message>
    <message>
        <source>Could not %1: it no longer exists in the database.</source>
        <translation>%1ไม่สำเร็จ: รายการนี้ไม่มีอยู่ในฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>look up the session</source>
        <translation>ค้นหาเซสชัน</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>ไม่มีเซสชันหมายเลข %1</translation>
    </message>
    <message>
        <source>list the workshops</source>
        <translation>แสดงรายการเวิร์กช็อป</translation>
    </message>
    <message>
        <source>read the workshop</source>
        <translation>อ่านเวิร์กช็อป</translation>
    </message>
</context>
<context>
    <name>sala::PlanView</name>
    <message>
        <source>Target &amp;end:</source>
        <translation>เวลาจบเป้าหมาย (&amp;E):</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>สรุปเซสชัน</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>ชื่อเซสชัน</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>วันที่ของเซสชัน</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>เวลาเริ่มตามแผน</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>เวลาจบเป้าหมาย</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>เซสชัน (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>วันที่ (&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>เริ่ม (&amp;T):</translation>
    </message>
    <message>
        <source>Activities of the session</source>
        <translation>กิจกรรมของเซสชัน</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>ผลตรวจแผน</translation>
    </message>
    <message>
        <source>Plan &amp;checks:</source>
        <translation>ผลตรวจแผน (&amp;C):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>เพิ่ม (&amp;A)…</translation>
    </message>
    <message>
        <source>Add an activity from the method library</source>
        <translation>เพิ่มกิจกรรมจากคลังเทคนิค</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ทำสำเนา (&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selected activity</source>
        <translation>ทำสำเนากิจกรรมที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>ลบกิจกรรมที่เลือก</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected activity earlier</source>
        <translation>เลื่อนกิจกรรมที่เลือกขึ้นไปก่อนหน้า</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>เลื่อนลง (&amp;N)</translation>
    </message>
    <message>
        <source>Move the selected activity later</source>
        <translation>เลื่อนกิจกรรมที่เลือกลงไปภายหลัง</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>เซสชันใหม่</translation>
    </message>
    <message>
        <source>Add an empty session to this workshop</source>
        <translation>เพิ่มเซสชันว่างในเวิร์กช็อปนี้</translation>
    </message>
    <message>
        <source>Copy session</source>
        <translation>คัดลอกเซสชัน</translation>
    </message>
    <message>
        <source>Copy this session, with all its activities, as a new session</source>
        <translation>คัดลอกเซสชันนี้พร้อมกิจกรรมทั้งหมดเป็นเซสชันใหม่</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>ลบเซสชัน</translation>
    </message>
    <message>
        <source>Delete this session and its activities</source>
        <translation>ลบเซสชันนี้และกิจกรรมทั้งหมดในเซสชัน</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>เซสชัน %1</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>เพิ่มเซสชัน</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (สำเนา)</translation>
    </message>
    <message>
        <source>Copy the session “%1”</source>
        <translation>คัดลอกเซสชัน “%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>เพิ่ม “%1”</translation>
    </message>
    <message>
        <source>This workshop has no sessions yet. Use “New session” to add one.</source>
        <translation>เวิร์กช็อปนี้ยังไม่มีเซสชัน กด “เซสชันใหม่” เพื่อเพิ่ม</translation>
    </message>
    <message>
        <source>No workshop is open. Create one with File ▸ New Workshop.</source>
        <translation>ยังไม่ได้เปิดเวิร์กช็อป สร้างใหม่ได้ที่ ไฟล์ ▸ เวิร์กช็อปใหม่</translation>
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
            <numerusform>&lt;b&gt;จบหลังเวลาเป้าหมาย %n นาที&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends %n min before the target end.</source>
        <translation>
            <numerusform>จบก่อนเวลาเป้าหมาย %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends exactly at the target end.</source>
        <translation>จบตรงเวลาเป้าหมายพอดี</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n activities, %4 min in all. %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n กิจกรรม รวม %4 นาที %5</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems found in this plan.</source>
        <translation>✓ ไม่พบปัญหาในแผนนี้</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>ปัญหา:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>ควรตรวจสอบ:</translation>
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
        <translation>เหมือนกับระบบ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>sala::PresenterWindow</name>
    <message>
        <source>Sala timer</source>
        <translation>ตัวจับเวลา Sala</translation>
    </message>
    <message>
        <source>Presenter timer</source>
        <translation>ตัวจับเวลาผู้นำเสนอ</translation>
    </message>
    <message>
        <source>Drag to move, drag the corner to resize, right-click for options</source>
        <translation>ลากเพื่อย้าย ลากที่มุมเพื่อปรับขนาด คลิกขวาเพื่อดูตัวเลือก</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>ปรับขนาด</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>ปิดเสียงกระดิ่ง</translation>
    </message>
    <message>
        <source>Show activity title</source>
        <translation>แสดงชื่อกิจกรรม</translation>
    </message>
    <message>
        <source>Close timer</source>
        <translation>ปิดตัวจับเวลา</translation>
    </message>
</context>
<context>
    <name>sala::RegistrationFile</name>
    <message>
        <source>tab-separated</source>
        <translation>คั่นด้วยแท็บ</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>คั่นด้วยอัฒภาค (;)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>คั่นด้วยจุลภาค (,)</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>คั่นด้วย “%1”</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>ไม่มีไฟล์ “%1” ตรวจสอบชื่อไฟล์และโฟลเดอร์</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>อ่าน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1” ว่างเปล่า: ไม่มีข้อมูลให้นำเข้า</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Sala imports CSV files and Excel workbooks (.xlsx).</source>
        <translation>“%1” ไม่ใช่ไฟล์ข้อความ Sala นำเข้าได้เฉพาะไฟล์ CSV และเวิร์กบุ๊ก Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>เวิร์กบุ๊ก Excel ชีต “%1”</translation>
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
        <translation>เวลาตามแผนแยกตามประเภท</translation>
    </message>
    <message>
        <source>Roster by country and sex</source>
        <translation>รายชื่อแยกตามประเทศและเพศ</translation>
    </message>
    <message>
        <source>Planned versus actual</source>
        <translation>แผนเทียบกับเวลาจริง</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>ส่งออก PDF…</translation>
    </message>
    <message>
        <source>Planned time by kind of activity</source>
        <translation>เวลาตามแผนแยกตามประเภทกิจกรรม</translation>
    </message>
    <message>
        <source>Enrolled participants by country and sex</source>
        <translation>ผู้เข้าร่วมที่ลงทะเบียนแยกตามประเทศและเพศ</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>เวลาถูกใช้ไปกับอะไร</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual table as a CSV file for a spreadsheet</source>
        <translation>บันทึกตารางแผนเทียบกับเวลาจริงเป็นไฟล์ CSV สำหรับสเปรดชีต</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual report as a PDF</source>
        <translation>บันทึกรายงานแผนเทียบกับเวลาจริงเป็น PDF</translation>
    </message>
    <message>
        <source>Planned versus actual (this session&apos;s run)</source>
        <translation>แผนเทียบกับเวลาจริง (การดำเนินเซสชันนี้)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ใช้จริง</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่มเวลา</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ไม่ได้ดำเนินการ</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>%1 - timing</source>
        <translation>%1 - รายงานเวลา</translation>
    </message>
    <message>
        <source>Export Timing Report as PDF</source>
        <translation>ส่งออกรายงานเวลาเป็น PDF</translation>
    </message>
    <message>
        <source>Export Timing Report as CSV</source>
        <translation>ส่งออกรายงานเวลาเป็น CSV</translation>
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
        <translation>เขียน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>การเข้าร่วม</translation>
    </message>
    <message>
        <source>Plan and timing</source>
        <translation>แผนและเวลา</translation>
    </message>
    <message>
        <source>Import attendance…</source>
        <translation>นำเข้าการเข้าร่วม…</translation>
    </message>
    <message>
        <source>Read a participants report downloaded from Zoom, Teams or Google Meet into this session</source>
        <translation>อ่านรายงานผู้เข้าร่วมที่ดาวน์โหลดจาก Zoom, Teams หรือ Google Meet เข้าสู่เซสชันนี้</translation>
    </message>
</context>
<context>
    <name>sala::RoomsPdf</name>
    <message>
        <source>facilitator</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ล็อก</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>locked room</source>
        <translation>ห้องที่ล็อก</translation>
    </message>
    <message>
        <source>Nobody in this room.</source>
        <translation>ไม่มีใครในห้องนี้</translation>
    </message>
    <message>
        <source>[locked]: stays where it is when the other rooms are made again.</source>
        <translation>[ล็อก]: อยู่ที่เดิมเมื่อจัดห้องอื่นใหม่</translation>
    </message>
    <message>
        <source>[facilitator]: a facilitator who stays in this room.</source>
        <translation>[วิทยากร]: วิทยากรที่ประจำอยู่ในห้องนี้</translation>
    </message>
    <message>
        <source>Sala could not save the breakout rooms as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala บันทึกห้องย่อยเป็น “%1” ไม่ได้ (%2) ตรวจสอบว่ามีโฟลเดอร์นี้อยู่และคุณมีสิทธิ์เขียนไฟล์ในโฟลเดอร์นั้น หรือเลือกที่บันทึกอื่น</translation>
    </message>
    <message>
        <source>Breakout rooms: %1</source>
        <translation>ห้องย่อย: %1</translation>
    </message>
    <message>
        <source>No rooms have been made for this activity yet.</source>
        <translation>ยังไม่ได้จัดห้องสำหรับกิจกรรมนี้</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>รอบที่ %1 จาก %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n ห้อง</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF of the breakout rooms needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>การสร้าง PDF ของห้องย่อยต้องใช้ระบบกราฟิกของ Qt ซึ่งโปรแกรมนี้ไม่ได้เปิดใช้ ให้สร้าง PDF จากหน้าต่าง Sala แทน</translation>
    </message>
    <message>
        <source>No file name was given for the PDF of the breakout rooms.</source>
        <translation>ไม่ได้ระบุชื่อไฟล์สำหรับ PDF ของห้องย่อย</translation>
    </message>
</context>
<context>
    <name>sala::RosterCommands</name>
    <message>
        <source>Remove “%1” from the roster</source>
        <translation>นำ “%1” ออกจากรายชื่อ</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people from the roster</source>
        <translation>
            <numerusform>นำ %n คนออกจากรายชื่อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expect %n people at the session</source>
        <translation>
            <numerusform>ตั้ง %n คนเป็นผู้ที่คาดว่าจะมาเซสชัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %n people out of the session</source>
        <translation>
            <numerusform>ไม่รวม %n คนในเซสชัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::RosterExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>เขียน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The export could not be recorded in the personal data log, so it was not kept. %1</source>
        <translation>ไม่สามารถบันทึกการส่งออกนี้ลงในบันทึกการใช้ข้อมูลส่วนบุคคลได้ จึงไม่เก็บไฟล์ที่ส่งออกไว้ %1</translation>
    </message>
    <message>
        <source>Roster of workshop %1 as %2</source>
        <translation>รายชื่อของเวิร์กช็อป %1 ในรูปแบบ %2</translation>
    </message>
    <message>
        <source>Everything this copy of Sala stores about the person: the details they gave, their consent, the workshops and sessions they were enrolled in, their attendance, and every export of personal data that included them.</source>
        <translation>ข้อมูลทั้งหมดที่ Sala ในเครื่องนี้เก็บไว้เกี่ยวกับบุคคลนี้: รายละเอียดที่เขาให้ไว้ ความยินยอม เวิร์กช็อปและเซสชันที่ลงทะเบียน การเข้าร่วม และการส่งออกข้อมูลส่วนบุคคลทุกครั้งที่มีข้อมูลของเขา</translation>
    </message>
    <message>
        <source>Everything stored about participant %1</source>
        <translation>ข้อมูลทั้งหมดที่เก็บไว้เกี่ยวกับผู้เข้าร่วม %1</translation>
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
        <translation>หญิง ชาย อื่น ๆ หรือไม่ระบุ (female, male, another, not stated)</translation>
    </message>
    <message>
        <source>this row has more cells than the header has columns (%1 instead of %2); a delimiter or quote inside a cell may be broken</source>
        <translation>แถวนี้มีเซลล์มากกว่าจำนวนคอลัมน์ในหัวตาราง (%1 แทนที่จะเป็น %2) ตัวคั่นหรืออัญประกาศภายในเซลล์อาจผิดพลาด</translation>
    </message>
    <message>
        <source>there is no name in this row; fill it in or skip the row</source>
        <translation>แถวนี้ไม่มีชื่อ ให้กรอกชื่อหรือข้ามแถวนี้</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 ไม่ใช่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <source>%1 is not an organization type Sala knows; use enterprise, BDS provider, employers&apos; organization, business association, NGO, government or other</source>
        <translation>%1 ไม่ใช่ประเภทองค์กรที่ Sala รู้จัก ให้ใช้ enterprise, BDS provider, employers&apos; organization, business association, NGO, government หรือ other</translation>
    </message>
    <message>
        <source>%1 is not a country Sala knows; write its English name or its two-letter code such as KH, LA, MY, PH or TH</source>
        <translation>%1 ไม่ใช่ประเทศที่ Sala รู้จัก ให้เขียนชื่อภาษาอังกฤษหรือรหัสสองตัวอักษร เช่น KH, LA, MY, PH หรือ TH</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ไม่ใช่ค่าใดค่าหนึ่งใน %2</translation>
    </message>
    <message>
        <source>%1 is not an age or an age band such as 25–34</source>
        <translation>%1 ไม่ใช่อายุหรือช่วงอายุ เช่น 25–34</translation>
    </message>
    <message>
        <source>%1 is not a number of employees; write a number such as 12 or a range such as 10–49</source>
        <translation>%1 ไม่ใช่จำนวนพนักงาน ให้เขียนเป็นตัวเลข เช่น 12 หรือเป็นช่วง เช่น 10–49</translation>
    </message>
    <message>
        <source>%1 holds a language Sala does not know; write language names such as Thai, Khmer, English or codes such as th, km, en, separated by commas</source>
        <translation>%1 มีภาษาที่ Sala ไม่รู้จัก ให้เขียนชื่อภาษา เช่น Thai, Khmer, English หรือรหัส เช่น th, km, en คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no</source>
        <translation>%1 ไม่ใช่ทั้ง “ใช่” และ “ไม่” (yes/no)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a yes nor a no to the consent question</source>
        <translation>%1 ไม่ใช่คำตอบ “ใช่” หรือ “ไม่” สำหรับคำถามเรื่องความยินยอม</translation>
    </message>
    <message>
        <source>%1 is not a date and time Sala can read; write it as 2026-03-02 14:05</source>
        <translation>%1 ไม่ใช่วันที่และเวลาที่ Sala อ่านได้ ให้เขียนแบบ 2026-03-02 14:05</translation>
    </message>
    <message>
        <source>No column is mapped to Name. Choose the column (or the first and last name columns) that holds each person&apos;s name.</source>
        <translation>ยังไม่มีคอลัมน์ใดจับคู่กับ “ชื่อ” ให้เลือกคอลัมน์ที่มีชื่อของแต่ละคน (หรือคอลัมน์ชื่อและนามสกุล)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>บรรทัด %1 คอลัมน์ %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 “%3”: %4</source>
        <translation>บรรทัด %1 คอลัมน์ %2 “%3”: %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… และปัญหาอื่นอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n row(s) with problems, so nothing was imported. Fix them in the file, or skip those rows:
</source>
        <translation>
            <numerusform>“%1” มี %n แถวที่มีปัญหา จึงยังไม่ได้นำเข้าข้อมูลใดเลย ให้แก้ไขในไฟล์ หรือข้ามแถวเหล่านั้น:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a role Sala knows; write participant, facilitator (or co-facilitator, trainer), interpreter or observer (or producer, host), or leave it empty</source>
        <translation>%1 ไม่ใช่บทบาทที่ Sala รู้จัก ให้เขียน participant (ผู้เข้าร่วม), facilitator (วิทยากร หรือเขียน co-facilitator, trainer), interpreter (ล่าม) หรือ observer (ผู้สังเกตการณ์ หรือเขียน producer, host) หรือเว้นว่างไว้</translation>
    </message>
</context>
<context>
    <name>sala::RosterImportDialog</name>
    <message>
        <source>Merge into that record</source>
        <translation>รวมเข้ากับข้อมูลเดิม</translation>
    </message>
    <message>
        <source>Add as a separate person</source>
        <translation>เพิ่มเป็นคนใหม่</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>ข้ามแถวนี้</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>ข้ามแถวที่มีปัญหาและนำเข้าแถวอื่น (&amp;S)</translation>
    </message>
    <message>
        <source>Import Participants — %1</source>
        <translation>นำเข้าผู้เข้าร่วม — %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>ชีต</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>ชีต (&amp;H):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>หัวคอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>ค่าแรก</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>การจับคู่คอลัมน์</translation>
    </message>
    <message>
        <source>Rows read from the file</source>
        <translation>แถวที่อ่านจากไฟล์</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ในไฟล์</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>ข้อมูลเดิม</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>รายการที่อาจซ้ำ</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>เช่น 2026-01</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>ฉบับของประกาศความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>Recorded with the consent of everyone in this file who agreed, unless a column gives it.</source>
        <translation>บันทึกพร้อมความยินยอมของทุกคนในไฟล์นี้ที่ตกลงแล้ว เว้นแต่มีคอลัมน์ที่ระบุไว้เอง</translation>
    </message>
    <message>
        <source>&amp;Columns — choose what each one holds</source>
        <translation>คอลัมน์ — เลือกว่าแต่ละคอลัมน์เก็บข้อมูลอะไร (&amp;C)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>&amp;Problems (by line in the file)</source>
        <translation>ปัญหา (ตามบรรทัดในไฟล์) (&amp;P)</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>รายการที่อาจซ้ำ (&amp;D)</translation>
    </message>
    <message>
        <source>Privacy &amp;notice version agreed to:</source>
        <translation>ฉบับของประกาศความเป็นส่วนตัวที่ยินยอม (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>ข้อมูลสำหรับคอลัมน์ %1</translation>
    </message>
    <message>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (บรรทัด %2 ของไฟล์นี้)</translation>
    </message>
    <message>
        <source>What to do with line %1</source>
        <translation>จะทำอย่างไรกับบรรทัด %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 layout — header on line %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — รูปแบบ %3 — หัวคอลัมน์อยู่บรรทัด %4</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>นำเข้าข้อมูลจากไฟล์นี้ไม่ได้เลย</translation>
    </message>
    <message>
        <source>%1 row(s): %2 new, %3 merged into people already on file, %4 skipped, %5 with problems.</source>
        <translation>%1 แถว: ใหม่ %2, รวมกับคนที่มีอยู่แล้ว %3, ข้าม %4, มีปัญหา %5</translation>
    </message>
    <message>
        <source>Fix the problems in the file and open it again, or skip those rows.</source>
        <translation>แก้ไขปัญหาในไฟล์แล้วเปิดใหม่อีกครั้ง หรือข้ามแถวเหล่านั้น</translation>
    </message>
</context>
<context>
    <name>sala::RosterNames</name>
    <message>
        <source>Not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>ต่ำกว่า 18</translation>
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
        <translation>65 ขึ้นไป</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>รายย่อย</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>ขนาดย่อม</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ขนาดกลาง</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>ขนาดใหญ่</translation>
    </message>
    <message>
        <source>Running the training</source>
        <translation>การจัดการอบรม</translation>
    </message>
    <message>
        <source>Anonymous reports to the funder</source>
        <translation>รายงานแบบไม่ระบุตัวตนให้แหล่งทุน</translation>
    </message>
    <message>
        <source>Follow-up contact after the workshop</source>
        <translation>การติดต่อติดตามผลหลังเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Photos and screenshots</source>
        <translation>ภาพถ่ายและภาพหน้าจอ</translation>
    </message>
</context>
<context>
    <name>sala::RosterSettingsStore</name>
    <message>
        <source>read the enterprise size rules</source>
        <translation>อ่านเกณฑ์ขนาดวิสาหกิจ</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>ประเทศอื่น ๆ ทั้งหมด</translation>
    </message>
    <message>
        <source>The size rule for %1 must rise from micro to small to medium (now %2, %3, %4).</source>
        <translation>เกณฑ์ขนาดของ %1 ต้องเพิ่มขึ้นจากรายย่อย ไปขนาดย่อม และขนาดกลาง (ตอนนี้เป็น %2, %3, %4)</translation>
    </message>
    <message>
        <source>save the enterprise size rules</source>
        <translation>บันทึกเกณฑ์ขนาดวิสาหกิจ</translation>
    </message>
    <message>
        <source>read the saved column mappings</source>
        <translation>อ่านการจับคู่คอลัมน์ที่บันทึกไว้</translation>
    </message>
    <message>
        <source>read a saved column mapping</source>
        <translation>อ่านการจับคู่คอลัมน์ที่บันทึกไว้</translation>
    </message>
    <message>
        <source>remember the column mapping</source>
        <translation>จดจำการจับคู่คอลัมน์</translation>
    </message>
</context>
<context>
    <name>sala::RosterStore</name>
    <message>
        <source>save the participant “%1”</source>
        <translation>บันทึกผู้เข้าร่วม “%1”</translation>
    </message>
    <message>
        <source>Participant %1 no longer exists or has been erased; nothing was changed.</source>
        <translation>ผู้เข้าร่วม %1 ไม่มีอยู่แล้วหรือถูกลบข้อมูลไปแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>remove a participant</source>
        <translation>นำผู้เข้าร่วมออก</translation>
    </message>
    <message>
        <source>enrol participant %1</source>
        <translation>ลงทะเบียนผู้เข้าร่วม %1</translation>
    </message>
    <message>
        <source>remove participant %1 from the roster</source>
        <translation>นำผู้เข้าร่วม %1 ออกจากรายชื่อ</translation>
    </message>
    <message>
        <source>read the workshops of a participant</source>
        <translation>อ่านเวิร์กช็อปของผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>read who is expected at the session</source>
        <translation>อ่านรายชื่อคนที่คาดว่าจะมาเซสชัน</translation>
    </message>
    <message>
        <source>change who is expected at the session</source>
        <translation>เปลี่ยนรายชื่อคนที่คาดว่าจะมาเซสชัน</translation>
    </message>
    <message>
        <source>There is no participant with number %1.</source>
        <translation>ไม่มีผู้เข้าร่วมหมายเลข %1</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>อ่านรายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>find the personal data of the workshop</source>
        <translation>ค้นหาข้อมูลส่วนบุคคลของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>ลบข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Could not turn on secure delete, so nothing was erased.</source>
        <translation>เปิดการลบแบบปลอดภัย (secure delete) ไม่ได้ จึงยังไม่ได้ลบข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>(file name removed at erasure)</source>
        <translation>(ลบชื่อไฟล์ออกแล้วเมื่อลบข้อมูล)</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased at the end of the retention period</source>
        <translation>
            <numerusform>ลบข้อมูลส่วนบุคคลของผู้เข้าร่วม %n คนเมื่อครบระยะเวลาเก็บรักษา</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data of participant %1 erased</source>
        <translation>ลบข้อมูลส่วนบุคคลของผู้เข้าร่วม %1 แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased</source>
        <translation>
            <numerusform>ลบข้อมูลส่วนบุคคลของผู้เข้าร่วม %n คนแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal data was erased, but Sala could not compact the database (%1), so old copies may remain in its free space. Close other Sala windows and erase again.</source>
        <translation>ลบข้อมูลส่วนบุคคลแล้ว แต่ Sala บีบอัดฐานข้อมูลไม่ได้ (%1) จึงอาจยังมีสำเนาเก่าหลงเหลืออยู่ในพื้นที่ว่างของไฟล์ ให้ปิดหน้าต่าง Sala อื่น ๆ แล้วลบอีกครั้ง</translation>
    </message>
    <message>
        <source>The personal data was erased, but another program is reading the database, so a copy may remain in its write-ahead log until that program closes. Close other Sala windows and erase again.</source>
        <translation>ลบข้อมูลส่วนบุคคลแล้ว แต่มีโปรแกรมอื่นกำลังอ่านฐานข้อมูลอยู่ จึงอาจยังมีสำเนาค้างอยู่ใน write-ahead log จนกว่าโปรแกรมนั้นจะปิด ให้ปิดหน้าต่าง Sala อื่น ๆ แล้วลบอีกครั้ง</translation>
    </message>
    <message>
        <source>read the retention period</source>
        <translation>อ่านระยะเวลาเก็บรักษาข้อมูล</translation>
    </message>
    <message>
        <source>A retention period cannot be negative.</source>
        <translation>ระยะเวลาเก็บรักษาข้อมูลต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>save the retention period</source>
        <translation>บันทึกระยะเวลาเก็บรักษาข้อมูล</translation>
    </message>
    <message>
        <source>check the retention periods</source>
        <translation>ตรวจสอบระยะเวลาเก็บรักษาข้อมูล</translation>
    </message>
    <message>
        <source>change the role of participant %1</source>
        <translation>เปลี่ยนบทบาทของผู้เข้าร่วม %1</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop&apos;s roster any more; the role was not changed.</source>
        <translation>ผู้เข้าร่วม %1 ไม่อยู่ในรายชื่อของเวิร์กช็อปนี้แล้ว จึงไม่ได้เปลี่ยนบทบาท</translation>
    </message>
</context>
<context>
    <name>sala::RosterView</name>
    <message>
        <source>Search names, aliases, organizations, emails…</source>
        <translation>ค้นหาชื่อ ชื่ออื่น องค์กร อีเมล…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>ค้นหาในรายชื่อ</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>ทุกเพศ</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>ทุกประเภทองค์กร</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>ความยินยอม: ทั้งหมด</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>ให้ความยินยอมแล้ว</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>ไม่มีความยินยอม</translation>
    </message>
    <message>
        <source>Every enrolled person</source>
        <translation>ทุกคนที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>Expected this session</source>
        <translation>คาดว่าจะมาเซสชันนี้</translation>
    </message>
    <message>
        <source>Not expected this session</source>
        <translation>ไม่ได้คาดว่าจะมาเซสชันนี้</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>กรองตามประเทศ</translation>
    </message>
    <message>
        <source>Filter by sex</source>
        <translation>กรองตามเพศ</translation>
    </message>
    <message>
        <source>Filter by organization type</source>
        <translation>กรองตามประเภทองค์กร</translation>
    </message>
    <message>
        <source>Filter by consent</source>
        <translation>กรองตามความยินยอม</translation>
    </message>
    <message>
        <source>Filter by enrolment in this session</source>
        <translation>กรองตามการลงทะเบียนในเซสชันนี้</translation>
    </message>
    <message>
        <source>Roster counts</source>
        <translation>จำนวนในรายชื่อ</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>การดำเนินการล่าสุด</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Erase Its Personal &amp;Data…</source>
        <translation>ลบข้อมูลส่วนบุคคลของเวิร์กช็อปนี้ (&amp;D)…</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>ไว้ทีหลัง (&amp;N)</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>ลบข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Erase the personal data of everyone on this workshop&apos;s roster who is not on the roster of another workshop still in use? Names, contacts and notes are removed from the database file; counts by sex, country, organization type and attendance stay for reports. This cannot be undone.</source>
        <translation>ลบข้อมูลส่วนบุคคลของทุกคนในรายชื่อของเวิร์กช็อปนี้ที่ไม่ได้อยู่ในรายชื่อของเวิร์กช็อปอื่นที่ยังใช้งานอยู่ใช่หรือไม่ ชื่อ ข้อมูลติดต่อ และหมายเหตุจะถูกลบออกจากไฟล์ฐานข้อมูล ส่วนจำนวนตามเพศ ประเทศ ประเภทองค์กร และการเข้าร่วมจะยังเก็บไว้สำหรับรายงาน การลบนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>The workshop&apos;s personal data was erased; anonymous counts are kept.</source>
        <translation>ลบข้อมูลส่วนบุคคลของเวิร์กช็อปแล้ว ยังเก็บตัวเลขสถิติที่ไม่ระบุตัวตนไว้</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ค้นหา (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>กรอง (&amp;F):</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>รายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>&amp;Change Selected</source>
        <translation>เปลี่ยนรายการที่เลือก (&amp;C)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า (&amp;I)…</translation>
    </message>
    <message>
        <source>Add people from a registration export: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox or any spreadsheet</source>
        <translation>เพิ่มรายชื่อจากไฟล์ลงทะเบียนที่ส่งออกมา: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox หรือสเปรดชีตใดก็ได้</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>เพิ่ม (&amp;A)…</translation>
    </message>
    <message>
        <source>Type in a new participant</source>
        <translation>พิมพ์ข้อมูลผู้เข้าร่วมใหม่</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>รายละเอียด (&amp;D)…</translation>
    </message>
    <message>
        <source>Every detail and the consent of the selected person</source>
        <translation>รายละเอียดทั้งหมดและความยินยอมของคนที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>นำออก (&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected people off this workshop&apos;s roster (their record stays)</source>
        <translation>นำคนที่เลือกออกจากรายชื่อของเวิร์กช็อปนี้ (ข้อมูลของเขายังอยู่)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ส่งออก (&amp;X)…</translation>
    </message>
    <message>
        <source>Write the roster as CSV or JSON; the export is logged</source>
        <translation>บันทึกรายชื่อเป็น CSV หรือ JSON โดยการส่งออกจะถูกบันทึกไว้</translation>
    </message>
    <message>
        <source>Access &amp;Request…</source>
        <translation>คำขอเข้าถึงข้อมูล (&amp;R)…</translation>
    </message>
    <message>
        <source>Write everything stored about the selected person to a JSON file, to answer an access request</source>
        <translation>บันทึกข้อมูลทั้งหมดที่เก็บไว้เกี่ยวกับคนที่เลือกเป็นไฟล์ JSON เพื่อตอบคำขอเข้าถึงข้อมูล</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>ลบข้อมูล…</translation>
    </message>
    <message>
        <source>Remove the selected people&apos;s personal data from the database file for good</source>
        <translation>ลบข้อมูลส่วนบุคคลของคนที่เลือกออกจากไฟล์ฐานข้อมูลอย่างถาวร</translation>
    </message>
    <message>
        <source>Retention &amp;Period…</source>
        <translation>ระยะเวลาเก็บรักษา (&amp;P)…</translation>
    </message>
    <message>
        <source>How long this workshop&apos;s personal data is kept</source>
        <translation>ระยะเวลาที่เก็บข้อมูลส่วนบุคคลของเวิร์กช็อปนี้</translation>
    </message>
    <message>
        <source>Enterprise &amp;Size Rules…</source>
        <translation>เกณฑ์ขนาดวิสาหกิจ (&amp;S)…</translation>
    </message>
    <message>
        <source>Head counts of micro, small and medium enterprises</source>
        <translation>จำนวนพนักงานของวิสาหกิจรายย่อย ขนาดย่อม และขนาดกลาง</translation>
    </message>
    <message>
        <source>Personal Data &amp;Log…</source>
        <translation>บันทึกการใช้ข้อมูลส่วนบุคคล (&amp;L)…</translation>
    </message>
    <message>
        <source>Every export of personal data and every erasure</source>
        <translation>การส่งออกข้อมูลส่วนบุคคลและการลบข้อมูลทุกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>เช็กอิน (&amp;C)</translation>
    </message>
    <message>
        <source>Show the live check-in panel beside the roster</source>
        <translation>แสดงแผงเช็กอินสดข้างรายชื่อ</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>ประเทศ…</translation>
    </message>
    <message>
        <source>Change Country</source>
        <translation>เปลี่ยนประเทศ</translation>
    </message>
    <message>
        <source>Country of the selected people:</source>
        <translation>ประเทศของคนที่เลือก:</translation>
    </message>
    <message>
        <source>Change the country of the selection</source>
        <translation>เปลี่ยนประเทศของคนที่เลือก</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>เพศ: %1</translation>
    </message>
    <message>
        <source>Change the sex of the selection</source>
        <translation>เปลี่ยนเพศของคนที่เลือก</translation>
    </message>
    <message>
        <source>Organization type: %1</source>
        <translation>ประเภทองค์กร: %1</translation>
    </message>
    <message>
        <source>Change the organization type of the selection</source>
        <translation>เปลี่ยนประเภทองค์กรของคนที่เลือก</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>อายุ: %1</translation>
    </message>
    <message>
        <source>Change the age of the selection</source>
        <translation>เปลี่ยนอายุของคนที่เลือก</translation>
    </message>
    <message>
        <source>Consent Given Now</source>
        <translation>ให้ความยินยอมแล้วตอนนี้</translation>
    </message>
    <message>
        <source>Record consent for the selection</source>
        <translation>บันทึกความยินยอมของคนที่เลือก</translation>
    </message>
    <message>
        <source>Consent Withdrawn</source>
        <translation>ถอนความยินยอม</translation>
    </message>
    <message>
        <source>Withdraw consent for the selection</source>
        <translation>ถอนความยินยอมของคนที่เลือก</translation>
    </message>
    <message>
        <source>Expected at This Session</source>
        <translation>คาดว่าจะมาเซสชันนี้</translation>
    </message>
    <message>
        <source>Not Expected at This Session</source>
        <translation>ไม่ได้คาดว่าจะมาเซสชันนี้</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ผู้เข้าร่วม %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (แสดง %n คน)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>ไม่มีประเทศ</translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>ไม่มีความยินยอม %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from this workshop&apos;s roster; Ctrl+Z brings them back. Their record stays: use Erase to remove their personal data.</source>
        <translation>นำออกจากรายชื่อของเวิร์กช็อปนี้แล้ว กด Ctrl+Z เพื่อนำกลับมา ข้อมูลของเขายังอยู่: ใช้ “ลบข้อมูล” เพื่อลบข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>พิมพ์เอง</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>เพิ่มผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>เพิ่ม “%1”</translation>
    </message>
    <message>
        <source>Participant — %1</source>
        <translation>ผู้เข้าร่วม — %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>แก้ไข “%1”</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>นำเข้าผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Registration exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>ไฟล์ลงทะเบียน (*.csv *.txt *.tsv *.xlsx);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 merged into existing records, %4 skipped.</source>
        <translation>นำเข้าจาก %1: เพิ่ม %2, รวมกับข้อมูลเดิม %3, ข้าม %4</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? Their names, contact details, notes and consent record are removed from the database file itself; counts by sex, country, organization type and attendance stay for past reports. This cannot be undone, and it clears the undo history. Backups made earlier still hold the data.</source>
        <translation>ลบข้อมูลส่วนบุคคลของ %1 ใช่หรือไม่ ชื่อ ข้อมูลติดต่อ หมายเหตุ และบันทึกความยินยอมจะถูกลบออกจากไฟล์ฐานข้อมูลเลย ส่วนจำนวนตามเพศ ประเทศ ประเภทองค์กร และการเข้าร่วมจะยังเก็บไว้สำหรับรายงานที่ผ่านมา การลบนี้ย้อนกลับไม่ได้ และจะล้างประวัติการเลิกทำด้วย ไฟล์สำรองที่ทำไว้ก่อนหน้านี้ยังมีข้อมูลนี้อยู่</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n person(s); anonymous counts are kept.</source>
        <translation>
            <numerusform>ลบข้อมูลส่วนบุคคลของ %n คนแล้ว ยังเก็บตัวเลขสถิติที่ไม่ระบุตัวตนไว้</numerusform>
        </translation>
    </message>
    <message>
        <source>Access request - participant %1</source>
        <translation>คำขอเข้าถึงข้อมูล - ผู้เข้าร่วม %1</translation>
    </message>
    <message>
        <source>Export Access Request</source>
        <translation>ส่งออกตามคำขอเข้าถึงข้อมูล</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything stored about %1 is in %2. The export is recorded in the personal data log.</source>
        <translation>ข้อมูลทั้งหมดที่เก็บไว้เกี่ยวกับ %1 อยู่ใน %2 แล้ว การส่งออกนี้ถูกบันทึกไว้ในบันทึกการใช้ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>ผู้เข้าร่วม %1</translation>
    </message>
    <message>
        <source> - roster</source>
        <translation> - รายชื่อ</translation>
    </message>
    <message>
        <source>Export Roster</source>
        <translation>ส่งออกรายชื่อ</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n participant(s) to %1; the export is recorded in the personal data log.</source>
        <translation>
            <numerusform>บันทึกผู้เข้าร่วม %n คนลงใน %1 แล้ว การส่งออกนี้ถูกบันทึกไว้ในบันทึกการใช้ข้อมูลส่วนบุคคล</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent are marked “NO CONSENT”.</source>
        <translation>
            <numerusform>ผู้ที่ไม่มีความยินยอม %n คนถูกทำเครื่องหมาย “NO CONSENT” ไว้</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Period</source>
        <translation>ระยะเวลาเก็บรักษาข้อมูล</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ไม่ได้กำหนด</translation>
    </message>
    <message>
        <source> months</source>
        <translation> เดือน</translation>
    </message>
    <message>
        <source>Keep the personal data of this workshop&apos;s participants for this long after its last session. When the period has passed, Sala offers to erase it and keeps the anonymous counts.</source>
        <translation>เก็บข้อมูลส่วนบุคคลของผู้เข้าร่วมเวิร์กช็อปนี้ไว้นานเท่านี้หลังเซสชันสุดท้าย เมื่อครบกำหนดแล้ว Sala จะเสนอให้ลบข้อมูลและเก็บไว้เพียงตัวเลขสถิติที่ไม่ระบุตัวตน</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>เก็บไว้นาน (&amp;K):</translation>
    </message>
    <message numerus="yes">
        <source>The retention period of “%1” ended on %2: the personal data of %n participant(s) is still stored. Erase it now? Anonymous counts for reports are kept.</source>
        <translation>
            <numerusform>ระยะเวลาเก็บรักษาข้อมูลของ “%1” สิ้นสุดเมื่อ %2 แต่ยังมีข้อมูลส่วนบุคคลของผู้เข้าร่วม %n คนเก็บอยู่ ลบเลยหรือไม่ ตัวเลขสถิติที่ไม่ระบุตัวตนสำหรับรายงานจะยังเก็บไว้</numerusform>
        </translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>บทบาท: %1</translation>
    </message>
    <message>
        <source>Change the role of the selection</source>
        <translation>เปลี่ยนบทบาทของคนที่เลือก</translation>
    </message>
    <message>
        <source>team (not counted): %1</source>
        <translation>ทีมงาน (ไม่นับรวม): %1</translation>
    </message>
</context>
<context>
    <name>sala::RunEngine</name>
    <message>
        <source>This session has no activities yet: add them in Plan mode, then start it.</source>
        <translation>เซสชันนี้ยังไม่มีกิจกรรม: เพิ่มกิจกรรมในโหมดแผนก่อน แล้วจึงเริ่ม</translation>
    </message>
    <message>
        <source>The session is already running.</source>
        <translation>เซสชันกำลังดำเนินอยู่แล้ว</translation>
    </message>
    <message>
        <source>The session is finished. Use Start over to run it again.</source>
        <translation>เซสชันจบแล้ว ใช้ “เริ่มใหม่” เพื่อดำเนินอีกครั้ง</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>เซสชันจบแล้ว</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>เซสชันยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>This session has no activities.</source>
        <translation>เซสชันนี้ไม่มีกิจกรรม</translation>
    </message>
    <message>
        <source>This is the first activity.</source>
        <translation>นี่คือกิจกรรมแรก</translation>
    </message>
    <message>
        <source>There is no activity %1 in this session.</source>
        <translation>ไม่มีกิจกรรมที่ %1 ในเซสชันนี้</translation>
    </message>
    <message>
        <source>That activity is already running.</source>
        <translation>กิจกรรมนั้นกำลังดำเนินอยู่แล้ว</translation>
    </message>
    <message>
        <source>Nothing is running to pause.</source>
        <translation>ไม่มีอะไรกำลังดำเนินอยู่ให้หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>The session is already paused.</source>
        <translation>เซสชันหยุดชั่วคราวอยู่แล้ว</translation>
    </message>
    <message>
        <source>The session is not paused.</source>
        <translation>เซสชันไม่ได้หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Start the session first: time is added to the running activity.</source>
        <translation>เริ่มเซสชันก่อน: เวลาจะถูกเพิ่มให้กับกิจกรรมที่กำลังดำเนินอยู่</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>เริ่มเซสชันก่อน: เวลาที่เหลือคือเวลาของกิจกรรมที่กำลังดำเนินอยู่</translation>
    </message>
    <message>
        <source>The time left cannot be negative.</source>
        <translation>เวลาที่เหลือต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>The running activity has no breakout rounds.</source>
        <translation>กิจกรรมที่กำลังดำเนินอยู่ไม่มีรอบห้องย่อย</translation>
    </message>
    <message>
        <source>The session is already finished.</source>
        <translation>เซสชันจบไปแล้ว</translation>
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
        <translation>เริ่มเซสชัน จากนั้นใช้หยุดชั่วคราวและทำต่อ</translation>
    </message>
    <message>
        <source>→ Right</source>
        <translation>→ ขวา</translation>
    </message>
    <message>
        <source>Next activity (on the last one: finish)</source>
        <translation>กิจกรรมถัดไป (ถ้าเป็นกิจกรรมสุดท้าย: จบเซสชัน)</translation>
    </message>
    <message>
        <source>← Left</source>
        <translation>← ซ้าย</translation>
    </message>
    <message>
        <source>Previous activity (it goes on where it stopped)</source>
        <translation>กิจกรรมก่อนหน้า (ทำต่อจากจุดที่หยุดไว้)</translation>
    </message>
    <message>
        <source>= or keypad +</source>
        <translation>= หรือ + บนแป้นตัวเลข</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>เพิ่ม 1 นาที</translation>
    </message>
    <message>
        <source>− or keypad −</source>
        <translation>− หรือ − บนแป้นตัวเลข</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>ลด 1 นาที</translation>
    </message>
    <message>
        <source>Shift with = (that is, +)</source>
        <translation>Shift กับ = (คือ +)</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>เพิ่ม 5 นาที</translation>
    </message>
    <message>
        <source>Shift with − (that is, _)</source>
        <translation>Shift กับ − (คือ _)</translation>
    </message>
    <message>
        <source>Five minutes less</source>
        <translation>ลด 5 นาที</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Set the time left (type 5 or 4:30, then Enter)</source>
        <translation>ตั้งเวลาที่เหลือ (พิมพ์ 5 หรือ 4:30 แล้วกด Enter)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here</source>
        <translation>เปิดห้องย่อยแล้ว: เริ่มนับรอบจากตรงนี้</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Copy the participant instructions for the chat</source>
        <translation>คัดลอกคำชี้แจงสำหรับผู้เข้าร่วมเพื่อวางในแชต</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Copy the broadcast text that is due</source>
        <translation>คัดลอกข้อความประกาศที่ถึงเวลาส่ง</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Apply the suggested trim (Ctrl+Z undoes it)</source>
        <translation>ลดเวลาตามที่แนะนำ (กด Ctrl+Z เพื่อเลิกทำ)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>จบเซสชัน</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show or hide the presenter timer</source>
        <translation>แสดงหรือซ่อนตัวจับเวลาผู้นำเสนอ</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 หรือ ?</translation>
    </message>
    <message>
        <source>Show or hide this list (Esc closes it too)</source>
        <translation>แสดงหรือซ่อนรายการนี้ (กด Esc เพื่อปิดได้เช่นกัน)</translation>
    </message>
    <message>
        <source>Keys of Run mode</source>
        <translation>ปุ่มลัดของโหมดดำเนินการ</translation>
    </message>
    <message>
        <source>Keys in Run mode</source>
        <translation>ปุ่มลัดในโหมดดำเนินการ</translation>
    </message>
    <message>
        <source>The keys work whenever Run mode is shown, also in the presenter timer, except while you type in a text field. Shift decides between one and five minutes: = and − give one, Shift with the same key gives five.</source>
        <translation>ปุ่มลัดเหล่านี้ใช้ได้ทุกครั้งที่แสดงโหมดดำเนินการ รวมถึงในตัวจับเวลาผู้นำเสนอ ยกเว้นตอนที่คุณกำลังพิมพ์ในช่องข้อความ ปุ่ม Shift ใช้เลือกระหว่าง 1 กับ 5 นาที: = และ − คือ 1 นาที ส่วน Shift กับปุ่มเดียวกันคือ 5 นาที</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Say the time left (shown here and read by a screen reader)</source>
        <translation>บอกเวลาที่เหลือ (แสดงที่นี่และให้โปรแกรมอ่านหน้าจออ่านออกเสียง)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Place the selected late arrival in the suggested room</source>
        <translation>ใส่ผู้มาสายที่เลือกเข้าห้องที่แนะนำ</translation>
    </message>
</context>
<context>
    <name>sala::RunLogStore</name>
    <message>
        <source>record the run action</source>
        <translation>บันทึกการดำเนินการ</translation>
    </message>
    <message>
        <source>read the run log</source>
        <translation>อ่านบันทึกการดำเนินเซสชัน</translation>
    </message>
    <message>
        <source>read the wrap-up warnings</source>
        <translation>อ่านการเตือนช่วงสรุป</translation>
    </message>
    <message>
        <source>save the wrap-up warning</source>
        <translation>บันทึกการเตือนช่วงสรุป</translation>
    </message>
</context>
<context>
    <name>sala::RunRoomsPanel</name>
    <message>
        <source>Rooms</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Place in suggested room</source>
        <translation>ใส่ในห้องที่แนะนำ</translation>
    </message>
    <message>
        <source>Open Breakouts mode</source>
        <translation>เปิดโหมดห้องย่อย</translation>
    </message>
    <message>
        <source>Rooms of the breakout activity</source>
        <translation>ห้องของกิจกรรมห้องย่อย</translation>
    </message>
    <message>
        <source>Round shown in the rooms</source>
        <translation>รอบที่แสดงในห้อง</translation>
    </message>
    <message>
        <source>The round under way is marked “now”; choose another round to look at it</source>
        <translation>รอบที่กำลังดำเนินอยู่จะมีป้าย “ตอนนี้” เลือกรอบอื่นเพื่อดูรอบนั้น</translation>
    </message>
    <message>
        <source>In the call but in no room</source>
        <translation>อยู่ในการประชุมแต่ไม่มีห้อง</translation>
    </message>
    <message>
        <source>People checked in who have no room in this round, with the room Sala suggests; Enter or P places the selected one</source>
        <translation>คนที่เช็กอินแล้วแต่ยังไม่มีห้องในรอบนี้ พร้อมห้องที่ Sala แนะนำ กด Enter หรือ P เพื่อใส่คนที่เลือกเข้าห้อง</translation>
    </message>
    <message>
        <source>Breakout rooms of the round</source>
        <translation>ห้องย่อยของรอบนี้</translation>
    </message>
    <message>
        <source>Put the selected person, who is in the call but in no room, into the room Sala suggests: the fewest people already met, the smallest room, the best mix. Stored at once; Ctrl+Z undoes it (P)</source>
        <translation>ใส่คนที่เลือก (ซึ่งอยู่ในการประชุมแต่ยังไม่มีห้อง) เข้าห้องที่ Sala แนะนำ: เจอคนที่เคยเจอกันแล้วน้อยที่สุด ห้องเล็กที่สุด และคละกันได้ดีที่สุด บันทึกทันที กด Ctrl+Z เพื่อเลิกทำ (P)</translation>
    </message>
    <message>
        <source>Suggested room</source>
        <translation>ห้องที่แนะนำ</translation>
    </message>
    <message>
        <source>No rooms saved</source>
        <translation>ยังไม่ได้บันทึกห้อง</translation>
    </message>
    <message>
        <source>Make the rooms of this activity in Breakouts mode (Ctrl+3)</source>
        <translation>จัดห้องของกิจกรรมนี้ในโหมดห้องย่อย (Ctrl+3)</translation>
    </message>
    <message>
        <source>No rooms are saved for “%1” yet. Make them in Breakouts mode; they show here round by round while the activity runs.</source>
        <translation>ยังไม่ได้บันทึกห้องสำหรับ “%1” ให้จัดห้องในโหมดห้องย่อย แล้วห้องจะแสดงที่นี่ทีละรอบระหว่างดำเนินกิจกรรม</translation>
    </message>
    <message>
        <source>Round %1 of %2 · now</source>
        <translation>รอบที่ %1 จาก %2 · ตอนนี้</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>รอบที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>In the call but in no room of this round; Enter or P places %1 in the suggested room</source>
        <translation>อยู่ในการประชุมแต่ไม่มีห้องในรอบนี้ กด Enter หรือ P เพื่อใส่ %1 เข้าห้องที่แนะนำ</translation>
    </message>
    <message>
        <source>&amp;Not in a room (%1):</source>
        <translation>ยังไม่มีห้อง (%1) (&amp;N):</translation>
    </message>
    <message>
        <source>(left)</source>
        <translation>(ออกไปแล้ว)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ไม่มีใคร</translation>
    </message>
    <message>
        <source>Everyone checked in has a room.</source>
        <translation>ทุกคนที่เช็กอินแล้วมีห้องแล้ว</translation>
    </message>
    <message>
        <source>Everyone checked in has a room in this round: nobody to place.</source>
        <translation>ทุกคนที่เช็กอินแล้วมีห้องในรอบนี้แล้ว: ไม่มีใครต้องจัดเข้าห้อง</translation>
    </message>
    <message>
        <source>No rooms are saved for this activity yet: make them in Breakouts mode (Ctrl+3).</source>
        <translation>ยังไม่ได้บันทึกห้องสำหรับกิจกรรมนี้: ให้จัดห้องในโหมดห้องย่อย (Ctrl+3)</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>จัด %1 เข้า %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before. Ctrl+Z undoes it.</source>
        <translation>%1 เข้า %2 แล้ว: ไม่มีใครในห้องนั้นเคยเจอ %1 มาก่อน กด Ctrl+Z เพื่อเลิกทำ</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3. Ctrl+Z undoes it.</source>
        <translation>%1 เข้า %2 แล้ว ซึ่งเป็นห้องที่ดีที่สุดที่เหลืออยู่ คนในห้องนั้นที่เคยเจอ %1 มาก่อน: %3 กด Ctrl+Z เพื่อเลิกทำ</translation>
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
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the plan runs %1 past the target: shorten or cut something</source>
        <translation>แผนเกินเวลาเป้าหมาย %1 ให้ลดเวลาหรือตัดบางกิจกรรมออก</translation>
    </message>
    <message>
        <source>the plan ends %1 before the target</source>
        <translation>แผนจบก่อนเวลาเป้าหมาย %1</translation>
    </message>
    <message>
        <source>the plan ends on time</source>
        <translation>แผนจบตรงเวลา</translation>
    </message>
    <message>
        <source>may shorten to %1</source>
        <translation>ลดเหลือได้ %1</translation>
    </message>
    <message>
        <source>%1 (waits for this time when the plan runs early)</source>
        <translation>%1 (ถ้าแผนเร็วกว่ากำหนด จะรอจนถึงเวลานี้)</translation>
    </message>
    <message>
        <source>%1 groups of %2</source>
        <translation>%1 กลุ่ม กลุ่มละ %2 คน</translation>
    </message>
    <message>
        <source>groups of %1</source>
        <translation>กลุ่มละ %1 คน</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 กลุ่ม</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Send %1 before the end of each round</source>
        <translation>ส่ง %1 ก่อนจบแต่ละรอบ</translation>
    </message>
    <message>
        <source>Send %1 before the end</source>
        <translation>ส่ง %1 ก่อนจบ</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>แพลตฟอร์ม</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>เขตเวลาที่สอง</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>เวลาจบเป้าหมาย</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ไม่ได้กำหนด</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>ผู้จัด</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>ตารางเวลา</translation>
    </message>
    <message>
        <source>No activities are planned in this session yet.</source>
        <translation>เซสชันนี้ยังไม่มีกิจกรรมในแผน</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>ห้องย่อย</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>การจัดกลุ่ม</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Broadcast messages to all rooms</source>
        <translation>ข้อความประกาศถึงทุกห้อง</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>เวลาเริ่มตายตัว</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Instructions for participants (paste into the chat)</source>
        <translation>คำชี้แจงสำหรับผู้เข้าร่วม (วางในแชต)</translation>
    </message>
    <message>
        <source>Facilitator notes (private: do not share with participants)</source>
        <translation>บันทึกของวิทยากร (ส่วนตัว: ห้ามแชร์ให้ผู้เข้าร่วม)</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>สื่อและอุปกรณ์</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>รายการตรวจสื่อและอุปกรณ์</translation>
    </message>
    <message>
        <source>No activity lists any material.</source>
        <translation>ไม่มีกิจกรรมใดระบุสื่อหรืออุปกรณ์</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>สื่อ/อุปกรณ์</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>ใช้ใน</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>ใช้ใน %1</translation>
    </message>
    <message>
        <source>Run sheet: %1</source>
        <translation>กำหนดการ: %1</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
</context>
<context>
    <name>sala::RunSheetPdf</name>
    <message>
        <source>Sala could not save the run sheet as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala บันทึกกำหนดการเป็น “%1” ไม่ได้ (%2) ตรวจสอบว่ามีโฟลเดอร์นี้อยู่และคุณมีสิทธิ์เขียนไฟล์ในโฟลเดอร์นั้น หรือเลือกที่บันทึกอื่น</translation>
    </message>
    <message>
        <source>The PDF run sheet needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>การสร้างกำหนดการแบบ PDF ต้องใช้ระบบกราฟิกของ Qt ซึ่งโปรแกรมนี้ไม่ได้เปิดใช้ ให้สร้าง PDF จากหน้าต่าง Sala แทน</translation>
    </message>
    <message>
        <source>No file name was given for the PDF run sheet.</source>
        <translation>ไม่ได้ระบุชื่อไฟล์สำหรับกำหนดการแบบ PDF</translation>
    </message>
</context>
<context>
    <name>sala::RunState</name>
    <message>
        <source>on time</source>
        <translation>ตรงเวลา</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>ช้ากว่าแผน %1 นาที</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>เร็วกว่าแผน %1 นาที</translation>
    </message>
</context>
<context>
    <name>sala::RunView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 วัน %2 ชม.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>เริ่มในอีก %1</translation>
    </message>
    <message>
        <source>Started %1 ago</source>
        <translation>เริ่มไปแล้ว %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Presenter Timer</source>
        <translation>ตัวจับเวลาผู้นำเสนอ (&amp;P)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <source>Back to the previous activity (Left arrow)</source>
        <translation>กลับไปกิจกรรมก่อนหน้า (ลูกศรซ้าย)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>เริ่ม หยุดชั่วคราว หรือทำต่อ (Space)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <source>On to the next activity (Right arrow)</source>
        <translation>ไปกิจกรรมถัดไป (ลูกศรขวา)</translation>
    </message>
    <message>
        <source>Rooms open</source>
        <translation>เปิดห้องแล้ว</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here (R)</source>
        <translation>เปิดห้องย่อยแล้ว: เริ่มนับรอบจากตรงนี้ (R)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>จบ</translation>
    </message>
    <message>
        <source>Finish the session (End)</source>
        <translation>จบเซสชัน (End)</translation>
    </message>
    <message>
        <source>Copy broadcast</source>
        <translation>คัดลอกข้อความประกาศ</translation>
    </message>
    <message>
        <source>Copy the broadcast text for the platform&apos;s broadcast box (B)</source>
        <translation>คัดลอกข้อความประกาศเพื่อวางในช่องประกาศของแพลตฟอร์ม (B)</translation>
    </message>
    <message>
        <source>Participant instructions</source>
        <translation>คำชี้แจงสำหรับผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Copy instructions</source>
        <translation>คัดลอกคำชี้แจง</translation>
    </message>
    <message>
        <source>Copy the instructions for the meeting chat (C)</source>
        <translation>คัดลอกคำชี้แจงเพื่อวางในแชตของการประชุม (C)</translation>
    </message>
    <message>
        <source>Current activity</source>
        <translation>กิจกรรมปัจจุบัน</translation>
    </message>
    <message>
        <source>Activity number and kind</source>
        <translation>ลำดับและประเภทกิจกรรม</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>กิจกรรมถัดไป</translation>
    </message>
    <message>
        <source>Breakout round</source>
        <translation>รอบห้องย่อย</translation>
    </message>
    <message>
        <source>Ahead or behind the plan</source>
        <translation>เร็วหรือช้ากว่าแผน</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>เวลาจบที่คาดไว้</translation>
    </message>
    <message>
        <source>Run messages</source>
        <translation>ข้อความระหว่างดำเนินการ</translation>
    </message>
    <message>
        <source>−5</source>
        <translation>−5</translation>
    </message>
    <message>
        <source>Five minutes less (Shift with −)</source>
        <translation>ลด 5 นาที (Shift กับ −)</translation>
    </message>
    <message>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <source>One minute less (−)</source>
        <translation>ลด 1 นาที (−)</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One minute more (=, or + on the keypad)</source>
        <translation>เพิ่ม 1 นาที (= หรือ + บนแป้นตัวเลข)</translation>
    </message>
    <message>
        <source>+5</source>
        <translation>+5</translation>
    </message>
    <message>
        <source>Five minutes more (Shift with =, that is +)</source>
        <translation>เพิ่ม 5 นาที (Shift กับ = คือ +)</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>ตั้งเวลา…</translation>
    </message>
    <message>
        <source>Set the time left of this activity (S)</source>
        <translation>ตั้งเวลาที่เหลือของกิจกรรมนี้ (S)</translation>
    </message>
    <message>
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>เวลาที่เหลือ</translation>
    </message>
    <message>
        <source>Type the time left, such as 5 or 4:30, then press Enter; Esc cancels</source>
        <translation>พิมพ์เวลาที่เหลือ เช่น 5 หรือ 4:30 แล้วกด Enter กด Esc เพื่อยกเลิก</translation>
    </message>
    <message>
        <source>More</source>
        <translation>เพิ่มเติม</translation>
    </message>
    <message>
        <source>More run actions</source>
        <translation>คำสั่งอื่น ๆ ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <source>Suggested trim</source>
        <translation>การลดเวลาที่แนะนำ</translation>
    </message>
    <message>
        <source>Apply trim</source>
        <translation>ลดเวลา</translation>
    </message>
    <message>
        <source>Shorten the activities as suggested; Ctrl+Z undoes it (T)</source>
        <translation>ลดเวลากิจกรรมตามที่แนะนำ กด Ctrl+Z เพื่อเลิกทำ (T)</translation>
    </message>
    <message>
        <source>Broadcast text</source>
        <translation>ข้อความประกาศ</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>ลำดับกิจกรรม</translation>
    </message>
    <message>
        <source>Enter or double-click jumps to an activity</source>
        <translation>กด Enter หรือดับเบิลคลิกเพื่อข้ามไปยังกิจกรรม</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>ผู้เข้าร่วมที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>A compact timer that stays on top, to share into the call</source>
        <translation>ตัวจับเวลาขนาดเล็กที่อยู่บนสุดเสมอ สำหรับแชร์หน้าจอในการประชุม</translation>
    </message>
    <message>
        <source>Wrap-up warning for this activity…</source>
        <translation>เตือนช่วงสรุปของกิจกรรมนี้…</translation>
    </message>
    <message>
        <source>Wrap-up warning</source>
        <translation>เตือนช่วงสรุป</translation>
    </message>
    <message>
        <source>Minutes before the end of “%1” when the timer turns to wrap-up:</source>
        <translation>จำนวนนาทีก่อนจบ “%1” ที่ตัวจับเวลาจะเปลี่ยนเป็นช่วงสรุป:</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>ปิดเสียงกระดิ่ง</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>เริ่มใหม่…</translation>
    </message>
    <message>
        <source>Clear the run (after a rehearsal); the log keeps it as history</source>
        <translation>ล้างการดำเนินการ (หลังการซ้อม) โดยบันทึกจะยังเก็บไว้เป็นประวัติ</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <source>Start the session over? The timer goes back to the first activity and the timing report starts afresh. The run so far stays in the log.</source>
        <translation>เริ่มเซสชันใหม่หรือไม่ ตัวจับเวลาจะกลับไปที่กิจกรรมแรก และรายงานเวลาจะเริ่มนับใหม่ การดำเนินการที่ผ่านมาจะยังอยู่ในบันทึก</translation>
    </message>
    <message>
        <source>Wrap-up time for this activity.</source>
        <translation>ถึงช่วงสรุปของกิจกรรมนี้แล้ว</translation>
    </message>
    <message>
        <source>Time is up: the activity is in overtime.</source>
        <translation>หมดเวลาแล้ว: กิจกรรมนี้เกินเวลา</translation>
    </message>
    <message>
        <source>“%1” has no participant instructions.</source>
        <translation>“%1” ไม่มีคำชี้แจงสำหรับผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Instructions copied: paste them into the meeting chat.</source>
        <translation>คัดลอกคำชี้แจงแล้ว: วางในแชตของการประชุมได้เลย</translation>
    </message>
    <message>
        <source>This activity has no broadcast texts.</source>
        <translation>กิจกรรมนี้ไม่มีข้อความประกาศ</translation>
    </message>
    <message>
        <source>Broadcast copied: paste it into the platform&apos;s broadcast box.</source>
        <translation>คัดลอกข้อความประกาศแล้ว: วางในช่องประกาศของแพลตฟอร์มได้เลย</translation>
    </message>
    <message>
        <source>There is nothing to trim: the session is on time, or nothing left may be shortened.</source>
        <translation>ไม่มีอะไรให้ลดเวลา: เซสชันเป็นไปตามเวลา หรือกิจกรรมที่เหลือลดเวลาไม่ได้แล้ว</translation>
    </message>
    <message>
        <source>Trim the rest of the session to end on time</source>
        <translation>ลดเวลาส่วนที่เหลือของเซสชันให้จบตรงเวลา</translation>
    </message>
    <message>
        <source>Trimmed %1 min from the rest of the session; Ctrl+Z undoes it.</source>
        <translation>ลดเวลาส่วนที่เหลือของเซสชันลง %1 นาทีแล้ว กด Ctrl+Z เพื่อเลิกทำ</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>เริ่มเซสชันก่อน: เวลาที่เหลือคือเวลาของกิจกรรมที่กำลังดำเนินอยู่</translation>
    </message>
    <message>
        <source>“%1” is not a time: type minutes such as 5, or minutes and seconds such as 4:30.</source>
        <translation>“%1” ไม่ใช่เวลา: พิมพ์จำนวนนาที เช่น 5 หรือนาทีและวินาที เช่น 4:30</translation>
    </message>
    <message>
        <source>Broadcast due now (round %1): press B to copy it.</source>
        <translation>ถึงเวลาส่งข้อความประกาศ (รอบที่ %1): กด B เพื่อคัดลอก</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People enrolled (%1)</source>
        <translation>ผู้ลงทะเบียน (%1)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ใช้จริง</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>เริ่ม (%1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <source>done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>ยังไม่ได้เปิดเซสชัน</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>เซสชันจบแล้ว</translation>
    </message>
    <message>
        <source>First activity of %1</source>
        <translation>กิจกรรมแรกจาก %1</translation>
    </message>
    <message>
        <source>Activity %1 of %2</source>
        <translation>กิจกรรมที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This session has no activities yet.</source>
        <translation>เซสชันนี้ยังไม่มีกิจกรรม</translation>
    </message>
    <message>
        <source>Next: %1 (%2, %3 min)</source>
        <translation>ถัดไป: %1 (%2, %3 นาที)</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>ถัดไป: จบเซสชัน</translation>
    </message>
    <message>
        <source>All %1 rounds are done.</source>
        <translation>ครบทั้ง %1 รอบแล้ว</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3 left in this round</source>
        <translation>รอบที่ %1 จาก %2 · รอบนี้เหลือ %3</translation>
    </message>
    <message>
        <source>%1 rounds of %2 min</source>
        <translation>%1 รอบ รอบละ %2 นาที</translation>
    </message>
    <message>
        <source>● On time</source>
        <translation>● ตรงเวลา</translation>
    </message>
    <message>
        <source>▼ %1 min behind</source>
        <translation>▼ ช้ากว่าแผน %1 นาที</translation>
    </message>
    <message>
        <source>▲ %1 min ahead</source>
        <translation>▲ เร็วกว่าแผน %1 นาที</translation>
    </message>
    <message>
        <source>Finished at %1; planned end %2</source>
        <translation>จบเวลา %1 (ตามแผนจบ %2)</translation>
    </message>
    <message>
        <source>Projected end %1; planned %2</source>
        <translation>คาดว่าจะจบ %1 (ตามแผน %2)</translation>
    </message>
    <message>
        <source>Planned start %1 · %2</source>
        <translation>เริ่มตามแผน %1 · %2</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ เริ่ม</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ ทำต่อ</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>%1 %2→%3 min</source>
        <translation>%1 %2→%3 นาที</translation>
    </message>
    <message>
        <source>To end by %1, shorten (%2 min in all): %3.</source>
        <translation>เพื่อให้จบภายใน %1 ให้ลดเวลา (รวม %2 นาที): %3</translation>
    </message>
    <message>
        <source>Even at their minimums the activities still to come save only %1 of %2 min; the session then ends at %3. Shorten: %4.</source>
        <translation>แม้ลดกิจกรรมที่เหลือจนถึงเวลาขั้นต่ำแล้ว ก็ประหยัดได้เพียง %1 จาก %2 นาที และเซสชันจะจบเวลา %3 ให้ลดเวลา: %4</translation>
    </message>
    <message>
        <source>▶ Broadcast due now (round %1 of %2)</source>
        <translation>▶ ถึงเวลาส่งข้อความประกาศ (รอบที่ %1 จาก %2)</translation>
    </message>
    <message>
        <source>Next broadcast: round %1, when %2 min are left</source>
        <translation>ข้อความประกาศถัดไป: รอบที่ %1 เมื่อเหลือ %2 นาที</translation>
    </message>
    <message>
        <source>next in round %1</source>
        <translation>ถัดไปในรอบที่ %1</translation>
    </message>
    <message>
        <source>Participant instructions: %1</source>
        <translation>คำชี้แจงสำหรับผู้เข้าร่วม: %1</translation>
    </message>
    <message>
        <source>The session has not started.</source>
        <translation>เซสชันยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>เซสชันจบแล้ว</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 นาที</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 วินาที</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>minutes and seconds</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1” is %2 over its time.</source>
        <translation>“%1” เกินเวลาไป %2</translation>
    </message>
    <message>
        <source>%1 left in “%2”.</source>
        <translation>“%2” เหลือเวลา %1</translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>รอบที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>The timer is paused.</source>
        <translation>ตัวจับเวลาหยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Time to wrap up.</source>
        <translation>ถึงเวลาสรุปแล้ว</translation>
    </message>
    <message>
        <source>The activity under way has no breakout rooms: P places late arrivals during breakouts.</source>
        <translation>กิจกรรมที่กำลังดำเนินอยู่ไม่มีห้องย่อย: ปุ่ม P ใช้ใส่ผู้มาสายเข้าห้องระหว่างช่วงห้องย่อย</translation>
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
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Share of the session</source>
        <translation>สัดส่วนของเซสชัน</translation>
    </message>
    <message>
        <source>First join</source>
        <translation>เข้าครั้งแรก</translation>
    </message>
    <message>
        <source>Last leave</source>
        <translation>ออกครั้งสุดท้าย</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>การจับคู่</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>เช็กอินระหว่างเซสชัน</translation>
    </message>
</context>
<context>
    <name>sala::SessionBar</name>
    <message>
        <source>Session progress</source>
        <translation>ความคืบหน้าของเซสชัน</translation>
    </message>
    <message>
        <source>Activity %1 of %2, %3 % of the planned session</source>
        <translation>กิจกรรมที่ %1 จาก %2, %3 % ของเซสชันตามแผน</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n กิจกรรม</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 (%3, %4 min)</source>
        <translation>%1. %2 (%3, %4 นาที)</translation>
    </message>
</context>
<context>
    <name>sala::SizeRulesDialog</name>
    <message>
        <source>Enterprise Size Rules</source>
        <translation>เกณฑ์ขนาดวิสาหกิจ</translation>
    </message>
    <message>
        <source>An enterprise is micro, small or medium when its head count is at most the number given for its country; above medium it is large. The values Sala starts with follow national definitions as published up to 2024. &lt;b&gt;Check them against the current definitions&lt;/b&gt;, which may also differ by sector. An empty country applies to every country without a row.</source>
        <translation>วิสาหกิจจะเป็นรายย่อย ขนาดย่อม หรือขนาดกลาง เมื่อจำนวนพนักงานไม่เกินตัวเลขที่กำหนดไว้สำหรับประเทศนั้น ถ้าเกินขนาดกลางถือเป็นขนาดใหญ่ ค่าเริ่มต้นของ Sala อิงตามนิยามของแต่ละประเทศที่ประกาศไว้จนถึงปี 2024 &lt;b&gt;โปรดตรวจสอบกับนิยามฉบับปัจจุบัน&lt;/b&gt; ซึ่งอาจแตกต่างกันตามภาคธุรกิจด้วย แถวที่ไม่ระบุประเทศจะใช้กับทุกประเทศที่ไม่มีแถวของตัวเอง</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>รหัสประเทศ</translation>
    </message>
    <message>
        <source>Micro up to</source>
        <translation>รายย่อย ไม่เกิน</translation>
    </message>
    <message>
        <source>Small up to</source>
        <translation>ขนาดย่อม ไม่เกิน</translation>
    </message>
    <message>
        <source>Medium up to</source>
        <translation>ขนาดกลาง ไม่เกิน</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Size rules</source>
        <translation>เกณฑ์ขนาด</translation>
    </message>
    <message>
        <source>&amp;Add Country</source>
        <translation>เพิ่มประเทศ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>ลบแถว (&amp;R)</translation>
    </message>
    <message>
        <source>The limits for %1 must rise from micro to small to medium.</source>
        <translation>เกณฑ์ของ %1 ต้องเพิ่มขึ้นจากรายย่อย ไปขนาดย่อม และขนาดกลาง</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>ประเทศอื่น ๆ</translation>
    </message>
</context>
<context>
    <name>sala::Startup</name>
    <message>
        <source>Sala: a facilitator console for live online workshops.</source>
        <translation>Sala: คอนโซลสำหรับวิทยากรในเวิร์กช็อปออนไลน์แบบสด</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; instead of the default one.</source>
        <translation>เปิดฐานข้อมูลที่ &lt;path&gt; แทนฐานข้อมูลเริ่มต้น</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Log debugging detail.</source>
        <translation>บันทึกรายละเอียดสำหรับการดีบัก</translation>
    </message>
    <message>
        <source>Sala cannot open its database</source>
        <translation>Sala เปิดฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Sala</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>The demo workshop could not be created: %1</source>
        <translation>สร้างเวิร์กช็อปตัวอย่างไม่ได้: %1</translation>
    </message>
    <message>
        <source>Sala can open a copy of the newest backup, “%1” from %2, and leave the damaged file as it is so that it can still be recovered. Changes made after that backup are not in it.</source>
        <translation>Sala เปิดสำเนาของไฟล์สำรองล่าสุด “%1” เมื่อ %2 ได้ โดยไม่แตะไฟล์ที่เสียหาย เพื่อให้ยังกู้คืนได้ภายหลัง การเปลี่ยนแปลงหลังจากสำรองข้อมูลครั้งนั้นจะไม่อยู่ในสำเนานี้</translation>
    </message>
    <message>
        <source>Open a Copy of the Backup</source>
        <translation>เปิดสำเนาของไฟล์สำรอง</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
</context>
<context>
    <name>sala::Store</name>
    <message>
        <source>“%1” already exists; choose a new file name for the backup.</source>
        <translation>มี “%1” อยู่แล้ว ให้ตั้งชื่อไฟล์ใหม่สำหรับไฟล์สำรอง</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ “%1”</translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation>เขียนไฟล์สำรอง</translation>
    </message>
    <message>
        <source>Could not write the backup to “%1”.</source>
        <translation>เขียนไฟล์สำรองไปที่ “%1” ไม่ได้</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>อ่านเวอร์ชันของโครงสร้างฐานข้อมูล (schema)</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Sala รุ่นนี้ไม่มีขั้นตอนอัปเกรดฐานข้อมูล (migration) %1</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>อัปเกรดฐานข้อมูลเป็นเวอร์ชัน %1</translation>
    </message>
    <message>
        <source>mark the database as Sala&apos;s</source>
        <translation>ระบุว่าฐานข้อมูลนี้เป็นของ Sala</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>บันทึกเวอร์ชันของโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the path of a database file.</source>
        <translation>“%1” เป็นโฟลเดอร์ ให้ระบุพาธของไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>ไม่มีฐานข้อมูลที่ “%1”</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>สร้างโฟลเดอร์ “%1” ไม่ได้</translation>
    </message>
    <message>
        <source>“%1” is already open in another Sala window (process %2). Close that window first, or open a different database with --db.</source>
        <translation>“%1” เปิดอยู่แล้วในหน้าต่าง Sala อื่น (โปรเซส %2) ให้ปิดหน้าต่างนั้นก่อน หรือเปิดฐานข้อมูลอื่นด้วย --db</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside “%1”; check that the folder is writable.</source>
        <translation>สร้างไฟล์ล็อกข้าง “%1” ไม่ได้ ตรวจสอบว่าเขียนไฟล์ลงในโฟลเดอร์นั้นได้</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>เปิด “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Sala needs to upgrade “%1” but could not write the backup first, so it left the file unchanged. %2</source>
        <translation>Sala ต้องอัปเกรด “%1” แต่เขียนไฟล์สำรองก่อนไม่ได้ จึงไม่ได้แก้ไขไฟล์นี้ %2</translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation>เปิดใช้ foreign key</translation>
    </message>
    <message>
        <source>set the sync level</source>
        <translation>ตั้งระดับการซิงก์</translation>
    </message>
    <message>
        <source>Cannot switch “%1” to write-ahead logging; is it on a network drive or a read-only disk?</source>
        <translation>เปลี่ยน “%1” เป็นโหมด write-ahead logging ไม่ได้ ไฟล์อยู่บนไดรฟ์เครือข่ายหรือดิสก์ที่อ่านได้อย่างเดียวหรือไม่</translation>
    </message>
    <message>
        <source>save a setting in the database</source>
        <translation>บันทึกการตั้งค่าลงในฐานข้อมูล</translation>
    </message>
    <message>
        <source>read the database summary</source>
        <translation>อ่านสรุปฐานข้อมูล</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>ตรวจสอบฐานข้อมูล</translation>
    </message>
    <message>
        <source>A row in %1 points to a missing row in %2.</source>
        <translation>แถวหนึ่งใน %1 อ้างถึงแถวที่ไม่มีอยู่ใน %2</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>เริ่มทรานแซกชัน</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>There is no backup of “%1” beside it.</source>
        <translation>ไม่มีไฟล์สำรองของ “%1” อยู่ในโฟลเดอร์เดียวกัน</translation>
    </message>
    <message>
        <source>Could not copy the backup “%1” to “%2”; check that the folder is writable and the disk has room.</source>
        <translation>คัดลอกไฟล์สำรอง “%1” ไปที่ “%2” ไม่ได้ ตรวจสอบว่าเขียนไฟล์ในโฟลเดอร์นั้นได้และดิสก์มีพื้นที่ว่าง</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full, or the database has reached its size limit. Free some space on the disk and try again.</source>
        <translation>%1ไม่สำเร็จ: ดิสก์เต็ม หรือฐานข้อมูลมีขนาดถึงขีดจำกัดแล้ว ให้เพิ่มพื้นที่ว่างในดิสก์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The newest backup is “%1”: restore it with a copy, or open it with --db.</source>
        <translation>ไฟล์สำรองล่าสุดคือ “%1” ให้กู้คืนโดยคัดลอกไฟล์นั้นมาแทน หรือเปิดด้วย --db</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Sala has not changed the file.</source>
        <translation>“%1” เสียหายและเปิดไม่ได้ (%2) Sala ไม่ได้แก้ไขไฟล์นี้</translation>
    </message>
    <message>
        <source>the file is cut short inside its header</source>
        <translation>ไฟล์ถูกตัดขาดตั้งแต่ในส่วนหัว</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>ส่วนหัวของไฟล์ระบุขนาดหน้าที่เป็นไปไม่ได้</translation>
    </message>
    <message>
        <source>the file is cut short: its size is not a whole number of pages</source>
        <translation>ไฟล์ถูกตัดขาด: ขนาดไฟล์ไม่ใช่จำนวนหน้าที่ครบเต็ม</translation>
    </message>
    <message>
        <source>the file is cut short: it holds %1 of its %2 pages</source>
        <translation>ไฟล์ถูกตัดขาด: มีเพียง %1 จาก %2 หน้า</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>อ่าน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>“%1” is not a Sala database: it is not an SQLite database file at all.</source>
        <translation>“%1” ไม่ใช่ฐานข้อมูลของ Sala: ไม่ใช่ไฟล์ฐานข้อมูล SQLite เลย</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not one of Sala&apos;s. Sala has not changed it; choose a Sala database or a new file name.</source>
        <translation>“%1” เป็นฐานข้อมูล SQLite แต่ไม่ใช่ของ Sala และ Sala ไม่ได้แก้ไขไฟล์นี้ ให้เลือกฐานข้อมูลของ Sala หรือตั้งชื่อไฟล์ใหม่</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Sala (database version %2; this Sala understands up to %3). Update Sala to open it; the file has not been changed.</source>
        <translation>“%1” ถูกสร้างด้วย Sala รุ่นที่ใหม่กว่า (ฐานข้อมูลเวอร์ชัน %2 แต่ Sala นี้รองรับถึงเวอร์ชัน %3) ให้อัปเดต Sala เพื่อเปิดไฟล์นี้ ไฟล์ยังไม่ถูกแก้ไข</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1 และปัญหาอื่นอีก %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::StoredReview</name>
    <message>
        <source>person %1</source>
        <translation>คนหมายเลข %1</translation>
    </message>
    <message>
        <source>No person of the imported attendance was chosen.</source>
        <translation>ยังไม่ได้เลือกคนจากข้อมูลการเข้าร่วมที่นำเข้า</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance was erased with the personal data; there is nothing left to match.</source>
        <translation>คนหมายเลข %1 ในข้อมูลการเข้าร่วมที่นำเข้าถูกลบไปพร้อมกับข้อมูลส่วนบุคคลแล้ว จึงไม่มีอะไรให้จับคู่</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not waiting for review any more (%3). List the people waiting again.</source>
        <translation>“%1” ใน “%2” ไม่ได้รอการตรวจสอบแล้ว (%3) ให้แสดงรายชื่อคนที่รอการตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>These people of the imported attendance belong to different workshops; decide on each of them on its own.</source>
        <translation>คนเหล่านี้ในข้อมูลการเข้าร่วมที่นำเข้าอยู่คนละเวิร์กช็อปกัน ให้ตัดสินใจทีละคน</translation>
    </message>
    <message>
        <source>Nobody on the roster has the e-mail address, an alias or the name of “%1”. Confirm a proposal, pick someone, add them to the roster or ignore them.</source>
        <translation>ไม่มีใครในรายชื่อที่มีอีเมล ชื่ออื่น หรือชื่อตรงกับ “%1” ให้ยืนยันคนที่ Sala เสนอ เลือกคนเอง เพิ่มคนนี้ในรายชื่อ หรือเลือกไม่นับ</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop’s roster, so “%2” cannot be matched to them. Pick someone on the roster.</source>
        <translation>ผู้เข้าร่วม %1 ไม่อยู่ในรายชื่อของเวิร์กช็อปนี้ จึงจับคู่ “%2” กับผู้เข้าร่วมคนนี้ไม่ได้ ให้เลือกคนที่อยู่ในรายชื่อ</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was erased, so nobody can be matched to them. Pick someone else, add “%2” to the roster or ignore them.</source>
        <translation>ข้อมูลส่วนบุคคลของผู้เข้าร่วม %1 ถูกลบแล้ว จึงจับคู่ใครกับผู้เข้าร่วมคนนี้ไม่ได้ ให้เลือกคนอื่น เพิ่ม “%2” ในรายชื่อ หรือเลือกไม่นับ</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>วิทยากรยืนยันแล้ว: %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>วิทยากรเลือกเอง</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance has neither a name nor an e-mail address to put on the roster; ignore them instead.</source>
        <translation>คนหมายเลข %1 ในข้อมูลการเข้าร่วมที่นำเข้าไม่มีทั้งชื่อและอีเมลที่จะใส่ในรายชื่อ ให้เลือกไม่นับแทน</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>ไฟล์การเข้าร่วม “%1”</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>เพิ่มในรายชื่อจาก “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>วิทยากรเลือกไม่นับ</translation>
    </message>
</context>
<context>
    <name>sala::TextDecoder</name>
    <message>
        <source>Thai (TIS-620 / Windows-874)</source>
        <translation>ภาษาไทย (TIS-620 / Windows-874)</translation>
    </message>
</context>
<context>
    <name>sala::TimerFace</name>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>เวลาที่เหลือ</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>เตรียมสรุป</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>เกินเวลา</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>จบแล้ว</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>No activities</source>
        <translation>ไม่มีกิจกรรม</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>กด Space เพื่อเริ่ม</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>จบแล้ว</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>PAUSED · OVERTIME</source>
        <translation>หยุดชั่วคราว · เกินเวลา</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>เวลาที่เหลือ</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>เตรียมสรุป</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>เกินเวลา</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3</source>
        <translation>รอบที่ %1 จาก %2 · %3</translation>
    </message>
    <message>
        <source>All %1 rounds done</source>
        <translation>ครบทั้ง %1 รอบแล้ว</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>ตัวจับเวลา</translation>
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
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The session has not been run yet.</source>
        <translation>เซสชันนี้ยังไม่ได้ดำเนินการ</translation>
    </message>
    <message>
        <source>It started on %1 at %2 instead of %3 at %4, so it is measured against the plan moved to that start.</source>
        <translation>เซสชันเริ่มวันที่ %1 เวลา %2 แทนที่จะเป็นวันที่ %3 เวลา %4 จึงวัดเทียบกับแผนที่เลื่อนไปเริ่มตามเวลานั้น</translation>
    </message>
    <message>
        <source>It started at %1, %2 after the planned %3.</source>
        <translation>เริ่มเวลา %1 ช้ากว่าเวลาตามแผน (%3) อยู่ %2</translation>
    </message>
    <message>
        <source>It started at %1, %2 before the planned %3.</source>
        <translation>เริ่มเวลา %1 เร็วกว่าเวลาตามแผน (%3) อยู่ %2</translation>
    </message>
    <message>
        <source>It started on time at %1.</source>
        <translation>เริ่มตรงเวลา เวลา %1</translation>
    </message>
    <message>
        <source>It finished at %1, %2 after the planned end (%3).</source>
        <translation>จบเวลา %1 ช้ากว่าเวลาจบตามแผน (%3) อยู่ %2</translation>
    </message>
    <message>
        <source>It finished at %1, %2 before the planned end (%3).</source>
        <translation>จบเวลา %1 เร็วกว่าเวลาจบตามแผน (%3) อยู่ %2</translation>
    </message>
    <message>
        <source>It finished on time at %1.</source>
        <translation>จบตรงเวลา เวลา %1</translation>
    </message>
    <message>
        <source>It is still running; at this pace it ends at %1 (planned %2).</source>
        <translation>ยังดำเนินอยู่ ถ้าเป็นไปตามจังหวะนี้จะจบเวลา %1 (ตามแผน %2)</translation>
    </message>
    <message>
        <source>%1 took %2 more than its %3.</source>
        <translation>%1 ใช้เวลาเกินกว่า %3 ที่วางไว้ %2</translation>
    </message>
    <message>
        <source>It was extended by %1.</source>
        <translation>มีการขยายเวลา %1</translation>
    </message>
    <message numerus="yes">
        <source>Other activities that ran over: %n.</source>
        <translation>
            <numerusform>กิจกรรมอื่นที่เกินเวลา: %n กิจกรรม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activities that took less time than planned: %n, %1 in all.</source>
        <translation>
            <numerusform>กิจกรรมที่ใช้เวลาน้อยกว่าแผน: %n กิจกรรม รวม %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pauses: %n, %1 in all.</source>
        <translation>
            <numerusform>การหยุดชั่วคราว: %n ครั้ง รวม %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run: %1.</source>
        <translation>ไม่ได้ดำเนินการ: %1</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>แผนเทียบกับเวลาจริง: %1</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>เวลาถูกใช้ไปกับอะไร</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ใช้จริง</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่มเวลา</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>จบ</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ไม่ได้ดำเนินการ</translation>
    </message>
    <message numerus="yes">
        <source>%n × %1</source>
        <translation>
            <numerusform>%n × %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Actual time counts only while the activity was running; pauses are shown apart. Planned: %1 to %2.</source>
        <translation>เวลาจริงนับเฉพาะตอนที่กิจกรรมกำลังดำเนินอยู่ ส่วนการหยุดชั่วคราวแสดงแยกไว้ ตามแผน: %1 ถึง %2</translation>
    </message>
</context>
<context>
    <name>sala::TimingReportPdf</name>
    <message>
        <source>Sala could not save the timing report as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala บันทึกรายงานเวลาเป็น “%1” ไม่ได้ (%2) ตรวจสอบว่ามีโฟลเดอร์นี้อยู่และคุณมีสิทธิ์เขียนไฟล์ในโฟลเดอร์นั้น หรือเลือกที่บันทึกอื่น</translation>
    </message>
    <message>
        <source>The PDF timing report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>การสร้างรายงานเวลาแบบ PDF ต้องใช้ระบบกราฟิกของ Qt ซึ่งโปรแกรมนี้ไม่ได้เปิดใช้ ให้สร้าง PDF จากหน้าต่าง Sala แทน</translation>
    </message>
    <message>
        <source>No file name was given for the PDF timing report.</source>
        <translation>ไม่ได้ระบุชื่อไฟล์สำหรับรายงานเวลาแบบ PDF</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>แผนเทียบกับเวลาจริง: %1</translation>
    </message>
</context>
<context>
    <name>sala::WorkshopDialog</name>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>ชื่อเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>ผู้จัด</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>แพลตฟอร์ม</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>เขตเวลาที่สอง</translation>
    </message>
    <message>
        <source>Language of delivery</source>
        <translation>ภาษาที่ใช้ในการอบรม</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ชื่อ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>ผู้จัด (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>แพลตฟอร์ม (&amp;P):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>เขตเวลา (&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>เขตเวลาที่สอง (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Language of delivery:</source>
        <translation>ภาษาที่ใช้ในการอบรม (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>คำอธิบาย (&amp;D):</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>ใส่ชื่อเวิร์กช็อป</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Choose one from the list, such as Asia/Bangkok.</source>
        <translation>“%1” ไม่ใช่เขตเวลาที่ Sala รู้จัก ให้เลือกจากรายการ เช่น Asia/Bangkok</translation>
    </message>
</context>
<context>
    <name>sala::XlsxReader</name>
    <message>
        <source>“%1” is damaged: its part “%2” is not valid XML (line %3: %4). Open it in Excel or LibreOffice and save it again.</source>
        <translation>“%1” เสียหาย: ส่วน “%2” ไม่ใช่ XML ที่ถูกต้อง (บรรทัด %3: %4) ให้เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกใหม่</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part “%2” has %3, outside Excel&apos;s rows and columns. Open it in Excel or LibreOffice and save it again.</source>
        <translation>“%1” เสียหาย: ส่วน “%2” มี %3 ซึ่งอยู่นอกแถวและคอลัมน์ของ Excel เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>a row numbered “%1”</source>
        <translation>แถวหมายเลข “%1”</translation>
    </message>
    <message>
        <source>a cell “%1”</source>
        <translation>เซลล์ “%1”</translation>
    </message>
    <message>
        <source>more than %1 cells in row %2</source>
        <translation>มากกว่า %1 เซลล์ในแถว %2</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive but not an Excel workbook (.xlsx). If it came from Google Forms, unzip it and import the CSV file inside.</source>
        <translation>“%1” เป็นไฟล์ ZIP แต่ไม่ใช่เวิร์กบุ๊ก Excel (.xlsx) ถ้าได้มาจาก Google Forms ให้แตกไฟล์ ZIP ก่อน แล้วนำเข้าไฟล์ CSV ที่อยู่ข้างใน</translation>
    </message>
    <message>
        <source>“%1” has no sheets.</source>
        <translation>“%1” ไม่มีชีตเลย</translation>
    </message>
    <message>
        <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>“%1” ไม่มีชีตชื่อ “%2” ชีตที่มีอยู่คือ: %3</translation>
    </message>
</context>
<context>
    <name>sala::ZipReader</name>
    <message>
        <source>“%1” is not a readable Excel workbook (%2). Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV UTF-8.</source>
        <translation>“%1” ไม่ใช่เวิร์กบุ๊ก Excel ที่อ่านได้ (%2) ให้เปิดใน Excel หรือ LibreOffice แล้วบันทึกใหม่เป็น .xlsx หรือบันทึกเป็น CSV UTF-8</translation>
    </message>
    <message>
        <source>it is not a ZIP archive</source>
        <translation>ไม่ใช่ไฟล์ ZIP</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is missing; the file may be cut short</source>
        <translation>ไม่มีสารบัญของไฟล์ ZIP ไฟล์อาจถูกตัดขาด</translation>
    </message>
    <message>
        <source>it uses ZIP64, which Sala does not read</source>
        <translation>ใช้ ZIP64 ซึ่ง Sala อ่านไม่ได้</translation>
    </message>
    <message>
        <source>the archive&apos;s directory points outside the file</source>
        <translation>สารบัญของไฟล์ ZIP ชี้ไปนอกไฟล์</translation>
    </message>
    <message>
        <source>entry %1 of the directory is broken</source>
        <translation>รายการที่ %1 ในสารบัญเสียหาย</translation>
    </message>
    <message>
        <source>the part “%1” is missing</source>
        <translation>ไม่มีส่วน “%1”</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Remove the password in Excel (File ▸ Info ▸ Protect Workbook) and import it again.</source>
        <translation>“%1” มีรหัสผ่านป้องกันอยู่ ให้เอารหัสผ่านออกใน Excel (ไฟล์ ▸ ข้อมูล ▸ ป้องกันเวิร์กบุ๊ก) แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>the part “%1” is too large</source>
        <translation>ส่วน “%1” ใหญ่เกินไป</translation>
    </message>
    <message>
        <source>the part “%1” is broken</source>
        <translation>ส่วน “%1” เสียหาย</translation>
    </message>
    <message>
        <source>the part “%1” is cut short</source>
        <translation>ส่วน “%1” ถูกตัดขาด</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>เริ่มตัวคลายการบีบอัดไม่ได้</translation>
    </message>
    <message>
        <source>the part “%1” does not decompress</source>
        <translation>คลายการบีบอัดส่วน “%1” ไม่ได้</translation>
    </message>
    <message>
        <source>the part “%1” uses compression method %2</source>
        <translation>ส่วน “%1” ใช้วิธีบีบอัดแบบ %2 ซึ่ง Sala ไม่รองรับ</translation>
    </message>
    <message>
        <source>the part “%1” fails its checksum</source>
        <translation>ส่วน “%1” ไม่ผ่านการตรวจ checksum</translation>
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
        <translation>sala-cli: %1 (ดู sala-cli --help)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>เขียน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>--format must be text or json, not “%1”</source>
        <translation>--format ต้องเป็น text หรือ json ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>ฐานข้อมูล:        %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Sala writes %2)</source>
        <translation>เวอร์ชัน schema:  %1 (Sala นี้เขียนเวอร์ชัน %2)</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>ขนาด:           %1 ไบต์</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>จำนวนแถวในแต่ละตาราง:</translation>
    </message>
    <message>
        <source>sala-cli: %1 is damaged: %2</source>
        <translation>sala-cli: %1 เสียหาย: %2</translation>
    </message>
    <message>
        <source>%1: healthy, schema version %2</source>
        <translation>%1: ปกติดี เวอร์ชัน schema %2</translation>
    </message>
    <message>
        <source> (Sala will upgrade it when it next opens it)</source>
        <translation> (Sala จะอัปเกรดเมื่อเปิดไฟล์นี้ครั้งถัดไป)</translation>
    </message>
    <message>
        <source>db backup needs exactly one output file</source>
        <translation>db backup ต้องมีไฟล์เอาต์พุตหนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database itself</source>
        <translation>ไฟล์สำรองจะเขียนทับตัวฐานข้อมูลเองไม่ได้</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>บันทึกไฟล์สำรองไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo ไม่รับอาร์กิวเมนต์</translation>
    </message>
    <message>
        <source>The demo workshop is already in %1 (workshop %2); nothing was added.</source>
        <translation>มีเวิร์กช็อปตัวอย่างอยู่ใน %1 แล้ว (เวิร์กช็อป %2) จึงไม่ได้เพิ่มอะไร</translation>
    </message>
    <message>
        <source>Added the demo workshop (workshop %1) and its roster to %2.</source>
        <translation>เพิ่มเวิร์กช็อปตัวอย่าง (เวิร์กช็อป %1) และรายชื่อผู้เข้าร่วมลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Sala&apos;s command-line tool: inspect, check and back up the library database, and exchange plan files.</source>
        <translation>เครื่องมือบรรทัดคำสั่งของ Sala: ดูข้อมูล ตรวจสอบ และสำรองฐานข้อมูล รวมทั้งแลกเปลี่ยนไฟล์แผน</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>ใช้ฐานข้อมูลที่ &lt;path&gt; แทนฐานข้อมูลเริ่มต้น</translation>
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
        <translation>หมายเลขเวิร์กช็อปสำหรับ plan import และ plan export</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Session number for plan export, plan sheet, run status and report timing.</source>
        <translation>หมายเลขเซสชันสำหรับ plan export, plan sheet, run status และ report timing</translation>
    </message>
    <message>
        <source>Output file of plan export, plan sheet and report timing.</source>
        <translation>ไฟล์เอาต์พุตของ plan export, plan sheet และ report timing</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Let plan export, plan sheet and report timing replace an existing file.</source>
        <translation>ให้ plan export, plan sheet และ report timing เขียนทับไฟล์ที่มีอยู่แล้วได้</translation>
    </message>
    <message>
        <source>Log debugging detail to standard error.</source>
        <translation>บันทึกรายละเอียดสำหรับการดีบักไปที่ standard error</translation>
    </message>
    <message>
        <source>Column mapping for roster import: a saved name or a source (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet).</source>
        <translation>การจับคู่คอลัมน์สำหรับ roster import: ชื่อที่บันทึกไว้ หรือแหล่งที่มา (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Sheet of an .xlsx file for roster import (the first by default).</source>
        <translation>ชีตของไฟล์ .xlsx สำหรับ roster import (ค่าเริ่มต้นคือชีตแรก)</translation>
    </message>
    <message>
        <source>Let roster import check and report without changing anything.</source>
        <translation>ให้ roster import ตรวจสอบและรายงานผลโดยไม่เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>Let roster import leave out rows with problems.</source>
        <translation>ให้ roster import ข้ามแถวที่มีปัญหา</translation>
    </message>
    <message>
        <source>What roster import does with duplicates: merge, new or skip (by default merge, or new for one address shared by different names).</source>
        <translation>สิ่งที่ roster import จะทำกับรายการซ้ำ: merge, new หรือ skip (ค่าเริ่มต้นคือ merge หรือ new เมื่ออีเมลเดียวกันใช้กับชื่อที่ต่างกัน)</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Number of rounds for groups make.</source>
        <translation>จำนวนรอบสำหรับ groups make</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Seed for groups make: the same seed gives the same groups.</source>
        <translation>ค่า seed สำหรับ groups make: seed เดียวกันจะได้กลุ่มเหมือนเดิม</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Most seconds groups make may search (5 by default).</source>
        <translation>จำนวนวินาทีสูงสุดที่ groups make ใช้ค้นหาได้ (ค่าเริ่มต้นคือ 5)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Number of people for the quick form of groups make.</source>
        <translation>จำนวนคนสำหรับ groups make แบบย่อ</translation>
    </message>
    <message>
        <source>Group size for the quick form of groups make.</source>
        <translation>ขนาดกลุ่มสำหรับ groups make แบบย่อ</translation>
    </message>
    <message>
        <source>Round (from 1) for groups make --format zoom-csv or text.</source>
        <translation>รอบ (เริ่มจาก 1) สำหรับ groups make --format zoom-csv หรือ text</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>คำสั่งใดคำสั่งหนึ่งด้านล่าง</translation>
    </message>
    <message>
        <source>sala-cli: no command given (see sala-cli --help)</source>
        <translation>sala-cli: ไม่ได้ระบุคำสั่ง (ดู sala-cli --help)</translation>
    </message>
    <message>
        <source>sala-cli: db needs a subcommand: info, check or backup (see sala-cli --help)</source>
        <translation>sala-cli: db ต้องมีคำสั่งย่อย: info, check หรือ backup (ดู sala-cli --help)</translation>
    </message>
    <message>
        <source>unknown db subcommand “%1”</source>
        <translation>ไม่รู้จักคำสั่งย่อย db “%1”</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>ไม่รู้จักคำสั่ง “%1”</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 ต้องเป็นจำนวนเต็มตั้งแต่ %2 ถึง %3 ไม่ใช่ “%4”</translation>
    </message>
    <message>
        <source>--format for groups must be json, csv, zoom-csv or text, not “%1”</source>
        <translation>--format สำหรับ groups ต้องเป็น json, csv, zoom-csv หรือ text ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>give either a problem file or --people and --size, not both</source>
        <translation>ให้ระบุไฟล์โจทย์ หรือ --people กับ --size อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>the quick form needs --people N --size P --rounds W</source>
        <translation>แบบย่อต้องใช้ --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 คน</translation>
    </message>
    <message>
        <source>groups make needs one problem file, or --people N --size P --rounds W</source>
        <translation>groups make ต้องมีไฟล์โจทย์หนึ่งไฟล์ หรือ --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>ไม่มีไฟล์ “%1” ตรวจสอบชื่อไฟล์และโฟลเดอร์</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>อ่าน “%1” ไม่ได้: %2</translation>
    </message>
    <message>
        <source>--time-limit needs seconds above 0 and at most 3600, such as 2 or 0.5, not “%1”</source>
        <translation>--time-limit ต้องเป็นจำนวนวินาทีที่มากกว่า 0 และไม่เกิน 3600 เช่น 2 หรือ 0.5 ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>sala-cli: note: %1</source>
        <translation>sala-cli: หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>sala-cli: note: Zoom keeps one set of pre-assigned rooms per meeting; this is round 1 of %1 (--round N for another)</source>
        <translation>sala-cli: หมายเหตุ: Zoom เก็บการจัดห้องล่วงหน้าได้ชุดเดียวต่อการประชุม ไฟล์นี้คือรอบที่ 1 จาก %1 (ใช้ --round N สำหรับรอบอื่น)</translation>
    </message>
    <message>
        <source>sala-cli: warning: %1</source>
        <translation>sala-cli: คำเตือน: %1</translation>
    </message>
    <message>
        <source>“%1” exists; add --force to replace it</source>
        <translation>มี “%1” อยู่แล้ว เพิ่ม --force เพื่อเขียนทับ</translation>
    </message>
    <message>
        <source>sala-cli: %1 rounds written to %2 (%3 repeated pairs, lower bound %4)</source>
        <translation>sala-cli: เขียน %1 รอบลงใน %2 แล้ว (คู่ที่เจอกันซ้ำ %3 คู่ ขั้นต่ำที่เป็นไปได้ %4)</translation>
    </message>
    <message>
        <source>groups needs a subcommand: make</source>
        <translation>groups ต้องมีคำสั่งย่อย: make</translation>
    </message>
    <message>
        <source>unknown groups subcommand “%1”</source>
        <translation>ไม่รู้จักคำสั่งย่อย groups “%1”</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 เซสชัน</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 เซสชัน</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 กิจกรรม</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 กิจกรรม</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”; sala-cli plan list shows the numbers</source>
        <translation>--%1 ต้องเป็นตัวเลข เช่น 3 ไม่ใช่ “%2” ดูหมายเลขได้ด้วย sala-cli plan list</translation>
    </message>
    <message>
        <source>There is no session with number %1; sala-cli plan list shows the numbers.</source>
        <translation>ไม่มีเซสชันหมายเลข %1 ดูหมายเลขได้ด้วย sala-cli plan list</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>ไม่มีเซสชันหมายเลข %1</translation>
    </message>
    <message>
        <source>plan validate needs exactly one plan file</source>
        <translation>plan validate ต้องมีไฟล์แผนหนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>%1: a valid plan (session “%2”, %3)</source>
        <translation>%1: แผนถูกต้อง (เซสชัน “%2”, %3)</translation>
    </message>
    <message>
        <source>%1: a valid plan (workshop “%2”, %3, %4)</source>
        <translation>%1: แผนถูกต้อง (เวิร์กช็อป “%2”, %3, %4)</translation>
    </message>
    <message>
        <source>plan import needs exactly one plan file</source>
        <translation>plan import ต้องมีไฟล์แผนหนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>sala-cli: nothing was imported from %1</source>
        <translation>sala-cli: ไม่ได้นำเข้าอะไรจาก %1</translation>
    </message>
    <message>
        <source>%1 holds one session; add --workshop ID to say which workshop it joins</source>
        <translation>%1 มีหนึ่งเซสชัน เพิ่ม --workshop ID เพื่อระบุว่าจะเพิ่มเข้าเวิร์กช็อปใด</translation>
    </message>
    <message>
        <source>%1 holds a whole workshop, which becomes a new workshop; leave out --workshop</source>
        <translation>%1 มีทั้งเวิร์กช็อป ซึ่งจะกลายเป็นเวิร์กช็อปใหม่ ไม่ต้องใส่ --workshop</translation>
    </message>
    <message>
        <source>Added session %1 “%2” (%3) to workshop %4 in %5.</source>
        <translation>เพิ่มเซสชัน %1 “%2” (%3) ในเวิร์กช็อป %4 ใน %5 แล้ว</translation>
    </message>
    <message>
        <source>Imported workshop %1 “%2” (%3, %4) into %5.</source>
        <translation>นำเข้าเวิร์กช็อป %1 “%2” (%3, %4) ลงใน %5 แล้ว</translation>
    </message>
    <message>
        <source>  session %1 “%2”</source>
        <translation>  เซสชัน %1 “%2”</translation>
    </message>
    <message>
        <source>plan export takes no file name of its own; give the output with --out FILE</source>
        <translation>plan export ไม่รับชื่อไฟล์โดยตรง ให้ระบุเอาต์พุตด้วย --out FILE</translation>
    </message>
    <message>
        <source>plan export needs either --workshop ID or --session ID</source>
        <translation>plan export ต้องมี --workshop ID หรือ --session ID อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>plan export needs --out FILE</source>
        <translation>plan export ต้องมี --out FILE</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name after --out.</source>
        <translation>“%1” เป็นโฟลเดอร์ ให้ระบุชื่อไฟล์หลัง --out</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another file name.</source>
        <translation>มี “%1” อยู่แล้ว เพิ่ม --force เพื่อเขียนทับ หรือเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>session %1 “%2” (%3)</source>
        <translation>เซสชัน %1 “%2” (%3)</translation>
    </message>
    <message>
        <source>workshop %1 “%2” (%3, %4)</source>
        <translation>เวิร์กช็อป %1 “%2” (%3, %4)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>ส่งออก %1 ไปที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>plan sheet takes no file name of its own; give the output with --out FILE</source>
        <translation>plan sheet ไม่รับชื่อไฟล์โดยตรง ให้ระบุเอาต์พุตด้วย --out FILE</translation>
    </message>
    <message>
        <source>plan sheet needs --session ID</source>
        <translation>plan sheet ต้องมี --session ID</translation>
    </message>
    <message>
        <source>--format for plan sheet must be pdf, html or md, not “%1”</source>
        <translation>--format สำหรับ plan sheet ต้องเป็น pdf, html หรือ md ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>plan sheet needs --out FILE</source>
        <translation>plan sheet ต้องมี --out FILE</translation>
    </message>
    <message>
        <source>Run sheet for “%1” written to %2.</source>
        <translation>บันทึกกำหนดการของ “%1” ไว้ที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>plan list takes no arguments</source>
        <translation>plan list ไม่รับอาร์กิวเมนต์</translation>
    </message>
    <message>
        <source>There are no workshops in %1.</source>
        <translation>ไม่มีเวิร์กช็อปใน %1</translation>
    </message>
    <message>
        <source>Workshop %1: %2 (%3)</source>
        <translation>เวิร์กช็อป %1: %2 (%3)</translation>
    </message>
    <message>
        <source>  session %1: %2 %3, %4, %5 minutes planned: %6</source>
        <translation>  เซสชัน %1: %2 %3, %4, ตามแผน %5 นาที: %6</translation>
    </message>
    <message>
        <source>plan needs a subcommand: validate, import, export, sheet or list</source>
        <translation>plan ต้องมีคำสั่งย่อย: validate, import, export, sheet หรือ list</translation>
    </message>
    <message>
        <source>unknown plan subcommand “%1”</source>
        <translation>ไม่รู้จักคำสั่งย่อย plan “%1”</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>ต้องระบุ --%1</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”</source>
        <translation>--%1 ต้องเป็นตัวเลข เช่น 3 ไม่ใช่ “%2”</translation>
    </message>
    <message>
        <source>“%1” was written by an older Sala and has no roster details yet. Open it once in Sala, or run the command without --dry-run, to upgrade it.</source>
        <translation>“%1” ถูกเขียนโดย Sala รุ่นเก่าและยังไม่มีข้อมูลรายชื่อผู้เข้าร่วม ให้เปิดไฟล์นี้ใน Sala หนึ่งครั้ง หรือรันคำสั่งโดยไม่ใส่ --dry-run เพื่ออัปเกรด</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>add as a separate person</source>
        <translation>เพิ่มเป็นคนใหม่</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>there is no mapping named “%1”; use one of: %2</source>
        <translation>ไม่มีการจับคู่คอลัมน์ชื่อ “%1” ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>roster import needs exactly one registration file</source>
        <translation>roster import ต้องมีไฟล์ลงทะเบียนหนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>; sala-cli plan list shows the workshop numbers</source>
        <translation> ดูหมายเลขเวิร์กช็อปได้ด้วย sala-cli plan list</translation>
    </message>
    <message>
        <source>--duplicates must be merge, new or skip, not “%1”</source>
        <translation>--duplicates ต้องเป็น merge, new หรือ skip ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>There is no workshop with number %1; sala-cli plan list shows the numbers.</source>
        <translation>ไม่มีเวิร์กช็อปหมายเลข %1 ดูหมายเลขได้ด้วย sala-cli plan list</translation>
    </message>
    <message>
        <source>%1: %2, %3 layout, header on line %4, %5.</source>
        <translation>%1: %2, รูปแบบ %3, หัวคอลัมน์อยู่บรรทัด %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n แถว</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>คอลัมน์:</translation>
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
        <translation>ผู้เข้าร่วม %1 “%2”</translation>
    </message>
    <message>
        <source>line %1 “%2”</source>
        <translation>บรรทัด %1 “%2”</translation>
    </message>
    <message>
        <source>Duplicate: line %1 “%2” matches %3 (%4) → %5</source>
        <translation>รายการซ้ำ: บรรทัด %1 “%2” ตรงกับ %3 (%4) → %5</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n row(s) of %1 have problems, so nothing was imported. Fix them in the file, or add --skip-invalid to import the other rows.</source>
        <translation>
            <numerusform>sala-cli: %1 มี %n แถวที่มีปัญหา จึงยังไม่ได้นำเข้าอะไรเลย ให้แก้ไขในไฟล์ หรือเพิ่ม --skip-invalid เพื่อนำเข้าแถวอื่น</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would be added, %2 merged into existing records, %3 skipped; nothing was changed.</source>
        <translation>ทดลองรัน: จะเพิ่ม %1, รวมกับข้อมูลเดิม %2, ข้าม %3 โดยยังไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>sala-cli: the import worked, but the column mapping could not be remembered: %1</source>
        <translation>sala-cli: นำเข้าสำเร็จ แต่จดจำการจับคู่คอลัมน์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Imported into workshop %1 “%2”: %3 added, %4 merged into existing records, %5 duplicate(s) skipped, %6 row(s) with problems skipped.</source>
        <translation>นำเข้าในเวิร์กช็อป %1 “%2”: เพิ่ม %3, รวมกับข้อมูลเดิม %4, ข้ามรายการซ้ำ %5, ข้ามแถวที่มีปัญหา %6</translation>
    </message>
    <message>
        <source>roster export takes no file name; give it with --out</source>
        <translation>roster export ไม่รับชื่อไฟล์โดยตรง ให้ระบุด้วย --out</translation>
    </message>
    <message>
        <source>roster export needs --format csv or --format json</source>
        <translation>roster export ต้องมี --format csv หรือ --format json</translation>
    </message>
    <message>
        <source>roster export needs --out FILE</source>
        <translation>roster export ต้องมี --out FILE</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another name.</source>
        <translation>มี “%1” อยู่แล้ว เพิ่ม --force เพื่อเขียนทับ หรือเลือกชื่ออื่น</translation>
    </message>
    <message>
        <source>Wrote %1 to %2; the export is recorded in the personal data log.</source>
        <translation>บันทึก %1 ลงใน %2 แล้ว การส่งออกนี้ถูกบันทึกไว้ในบันทึกการใช้ข้อมูลส่วนบุคคล</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ผู้เข้าร่วม %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have not given consent; they are marked “NO CONSENT” in the file.</source>
        <translation>
            <numerusform>ในจำนวนนี้ %n คนยังไม่ได้ให้ความยินยอม และถูกทำเครื่องหมาย “NO CONSENT” ไว้ในไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>roster erase takes only --participant ID</source>
        <translation>roster erase รับเฉพาะ --participant ID</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was already erased on %2.</source>
        <translation>ข้อมูลส่วนบุคคลของผู้เข้าร่วม %1 ถูกลบไปแล้วเมื่อ %2</translation>
    </message>
    <message>
        <source>Erased the personal data of participant %1 from %2. Counts by sex, country, organization type and attendance are kept without the person.</source>
        <translation>ลบข้อมูลส่วนบุคคลของผู้เข้าร่วม %1 ออกจาก %2 แล้ว จำนวนตามเพศ ประเทศ ประเภทองค์กร และการเข้าร่วมยังเก็บไว้โดยไม่ระบุตัวบุคคล</translation>
    </message>
    <message>
        <source>Backups made before now still hold the data; delete them if they are no longer needed: %1</source>
        <translation>ไฟล์สำรองที่ทำไว้ก่อนหน้านี้ยังมีข้อมูลนี้อยู่ ให้ลบทิ้งถ้าไม่ต้องใช้แล้ว: %1</translation>
    </message>
    <message>
        <source>roster show takes only --participant ID</source>
        <translation>roster show รับเฉพาะ --participant ID</translation>
    </message>
    <message>
        <source>--format must be json or text, not “%1”</source>
        <translation>--format ต้องเป็น json หรือ text ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>Participant %1: personal data erased on %2. Kept: %3, %4, %5, age %6.</source>
        <translation>ผู้เข้าร่วม %1: ลบข้อมูลส่วนบุคคลแล้วเมื่อ %2 ข้อมูลที่เก็บไว้: %3, %4, %5, อายุ %6</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>ผู้เข้าร่วม:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>ชื่อที่ใช้เรียก:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>ชื่ออื่น:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>องค์กร:</translation>
    </message>
    <message>
        <source>Organization type:</source>
        <translation>ประเภทองค์กร:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>เพศ:</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>ช่วงอายุ:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>จำนวนพนักงาน:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>ภาคธุรกิจ:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <translation>ล่าม:</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>ต้องการ</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>ความยินยอม:</translation>
    </message>
    <message>
        <source>given %1, notice %2, for %3</source>
        <translation>ให้เมื่อ %1, ประกาศฉบับ %2, สำหรับ %3</translation>
    </message>
    <message>
        <source>(time not recorded)</source>
        <translation>(ไม่ได้บันทึกเวลา)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <source>NOT GIVEN</source>
        <translation>ยังไม่ให้</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
    <message>
        <source>roster needs a subcommand: import, export, erase or show</source>
        <translation>roster ต้องมีคำสั่งย่อย: import, export, erase หรือ show</translation>
    </message>
    <message>
        <source>unknown roster subcommand “%1”</source>
        <translation>ไม่รู้จักคำสั่งย่อย roster “%1”</translation>
    </message>
    <message>
        <source>--session needs a number such as 3, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>--session ต้องเป็นตัวเลข เช่น 3 ไม่ใช่ “%1” ดูหมายเลขได้ด้วย sala-cli plan list</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>running</source>
        <translation>กำลังดำเนินอยู่</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>in overtime</source>
        <translation>เกินเวลา</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>จบแล้ว</translation>
    </message>
    <message>
        <source>run status takes no arguments</source>
        <translation>run status ไม่รับอาร์กิวเมนต์</translation>
    </message>
    <message>
        <source>--format for run status must be text or json, not “%1”</source>
        <translation>--format สำหรับ run status ต้องเป็น text หรือ json ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>No session has been run in %1 yet; name one with --session ID (sala-cli plan list shows the numbers).</source>
        <translation>ยังไม่มีเซสชันใดที่ดำเนินการใน %1 ให้ระบุเซสชันด้วย --session ID (ดูหมายเลขได้ด้วย sala-cli plan list)</translation>
    </message>
    <message>
        <source>Session %1 “%2”: %3</source>
        <translation>เซสชัน %1 “%2”: %3</translation>
    </message>
    <message>
        <source>Activity %1 of %2: %3, %4 %5</source>
        <translation>กิจกรรมที่ %1 จาก %2: %3, %5 %4</translation>
    </message>
    <message>
        <source>left</source>
        <translation>เหลือ</translation>
    </message>
    <message>
        <source>over</source>
        <translation>เกินเวลา</translation>
    </message>
    <message>
        <source>Finished at %1 %2, %3.</source>
        <translation>จบเวลา %1 %2, %3</translation>
    </message>
    <message>
        <source>Projected end %1 %2 (planned %3), %4.</source>
        <translation>คาดว่าจะจบ %1 %2 (ตามแผน %3), %4</translation>
    </message>
    <message>
        <source>report timing takes no file name of its own; give the output with --out FILE</source>
        <translation>report timing ไม่รับชื่อไฟล์โดยตรง ให้ระบุเอาต์พุตด้วย --out FILE</translation>
    </message>
    <message>
        <source>report timing needs --session ID</source>
        <translation>report timing ต้องมี --session ID</translation>
    </message>
    <message>
        <source>report timing needs --out FILE</source>
        <translation>report timing ต้องมี --out FILE</translation>
    </message>
    <message>
        <source>--format for report timing must be csv or pdf, not “%1”</source>
        <translation>--format สำหรับ report timing ต้องเป็น csv หรือ pdf ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>Timing report for “%1” written to %2.</source>
        <translation>บันทึกรายงานเวลาของ “%1” ไว้ที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>run needs a subcommand: status</source>
        <translation>run ต้องมีคำสั่งย่อย: status</translation>
    </message>
    <message>
        <source>unknown run subcommand “%1”</source>
        <translation>ไม่รู้จักคำสั่งย่อย run “%1”</translation>
    </message>
    <message>
        <source>report needs a subcommand: timing</source>
        <translation>report ต้องมีคำสั่งย่อย: timing</translation>
    </message>
    <message>
        <source>unknown report subcommand “%1”</source>
        <translation>ไม่รู้จักคำสั่งย่อย report “%1”</translation>
    </message>
    <message>
        <source>--format for attendance must be json or csv, not “%1”</source>
        <translation>--format สำหรับ attendance ต้องเป็น json หรือ csv ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>--date-order must be dmy (day first) or mdy (month first), not “%1”</source>
        <translation>--date-order ต้องเป็น dmy (วันขึ้นก่อน) หรือ mdy (เดือนขึ้นก่อน) ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>--date needs a date such as 2024-03-05, not “%1”</source>
        <translation>--date ต้องเป็นวันที่ เช่น 2024-03-05 ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>attendance summarize needs at least one export file</source>
        <translation>attendance summarize ต้องมีไฟล์การเข้าร่วมอย่างน้อยหนึ่งไฟล์</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy, or --date with the session&apos;s date.</source>
        <translation>เพิ่ม --date-order dmy หรือ --date-order mdy หรือ --date พร้อมวันที่ของเซสชัน</translation>
    </message>
    <message>
        <source>Add --date YYYY-MM-DD.</source>
        <translation>เพิ่ม --date YYYY-MM-DD</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n people written to %1</source>
        <translation>
            <numerusform>sala-cli: เขียนข้อมูล %n คนลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance needs a subcommand: summarize</source>
        <translation>attendance ต้องมีคำสั่งย่อย: summarize</translation>
    </message>
    <message>
        <source>unknown attendance subcommand “%1”</source>
        <translation>ไม่รู้จักคำสั่งย่อย attendance “%1”</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>attendance import needs --session ID; sala-cli plan list shows the numbers</source>
        <translation>attendance import ต้องมี --session ID ดูหมายเลขได้จาก sala-cli plan list</translation>
    </message>
    <message>
        <source>attendance import needs at least one export file</source>
        <translation>attendance import ต้องมีไฟล์การเข้าร่วมอย่างน้อยหนึ่งไฟล์</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy.</source>
        <translation>เพิ่ม --date-order dmy หรือ --date-order mdy</translation>
    </message>
    <message>
        <source>Add --replace to import it again in its place.</source>
        <translation>เพิ่ม --replace เพื่อนำเข้าอีกครั้งแทนที่ของเดิม</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) into session %1, with times read as %2:</source>
        <translation>
            <numerusform>นำเข้า %n ไฟล์ในเซสชัน %1 แล้ว โดยอ่านเวลาเป็น %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 (%3), %4 rows, %5 people</source>
        <translation>  %1: %2 (%3), %4 แถว, %5 คน</translation>
    </message>
    <message>
        <source>  (replaces the earlier import of %1)</source>
        <translation>  (แทนที่การนำเข้าครั้งก่อนของ %1)</translation>
    </message>
    <message>
        <source>Matched to the roster (%1):</source>
        <translation>จับคู่กับรายชื่อแล้ว (%1):</translation>
    </message>
    <message>
        <source>  %1 → %2, %3 (%4)</source>
        <translation>  %1 → %2, %3 (%4)</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2)</source>
        <translation>ที่เสนอ: %1 (ผู้เข้าร่วม %2)</translation>
    </message>
    <message>
        <source>not on the roster</source>
        <translation>ไม่อยู่ในรายชื่อ</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Output format: text or json (db info, plan list, run status); pdf, html or md (plan sheet); csv or pdf (report timing); json, csv, zoom-csv or text (groups make, json by default); json or csv (attendance summarize, json by default).</source>
        <translation>รูปแบบเอาต์พุต: text หรือ json (db info, plan list, run status); pdf, html หรือ md (plan sheet); csv หรือ pdf (report timing); json, csv, zoom-csv หรือ text (groups make ค่าเริ่มต้นคือ json; json หรือ csv (attendance summarize ค่าเริ่มต้นคือ json)</translation>
    </message>
    <message>
        <source>Order of numeric dates for attendance summarize: dmy (day first) or mdy (month first), when the file cannot tell.</source>
        <translation>ลำดับของวันที่แบบตัวเลขสำหรับ attendance summarize: dmy (วันขึ้นก่อน) หรือ mdy (เดือนขึ้นก่อน) ใช้เมื่อดูจากไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Session date (YYYY-MM-DD) for attendance summarize: the date of Meet&apos;s times of day, and a hint for the order of numeric dates.</source>
        <translation>วันที่ของเซสชัน (YYYY-MM-DD) สำหรับ attendance summarize: ใช้เป็นวันที่ของเวลาในไฟล์ Meet และช่วยบอกลำดับของวันที่แบบตัวเลข</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Time zone (IANA name such as Asia/Bangkok) of the exports&apos; times for attendance import; the workshop&apos;s by default.</source>
        <translation>เขตเวลา (ชื่อ IANA เช่น Asia/Bangkok) ของเวลาในไฟล์สำหรับ attendance import ค่าเริ่มต้นคือเขตเวลาของเวิร์กช็อป</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Let attendance import replace an earlier import of the same file.</source>
        <translation>ให้ attendance import แทนที่การนำเข้าไฟล์เดียวกันครั้งก่อน</translation>
    </message>
    <message>
        <source>Completion threshold for report attendance and report certificates: percent of the workshop&apos;s scheduled time (80 by default).</source>
        <translation>เกณฑ์ครบหลักสูตรสำหรับ report attendance และ report certificates: ร้อยละของเวลาตามกำหนดการของเวิร์กช็อป (ค่าเริ่มต้นคือ 80)</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>Participation threshold for report attendance and report certificates (50 by default).</source>
        <translation>เกณฑ์การมีส่วนร่วมสำหรับ report attendance และ report certificates (ค่าเริ่มต้นคือ 50)</translation>
    </message>
    <message>
        <source>Let report certificates write years of the Buddhist Era (2026 is 2569).</source>
        <translation>ให้ report certificates เขียนปีเป็นพุทธศักราช (2026 คือ 2569)</translation>
    </message>
    <message>
        <source>--%1 needs a whole percentage such as 80, not “%2”</source>
        <translation>--%1 ต้องเป็นร้อยละแบบจำนวนเต็ม เช่น 80 ไม่ใช่ “%2”</translation>
    </message>
    <message>
        <source>%1 needs --workshop ID (sala-cli plan list shows the numbers)</source>
        <translation>%1 ต้องมี --workshop ID (ดูหมายเลขได้จาก sala-cli plan list)</translation>
    </message>
    <message>
        <source>--workshop needs a number such as 1, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>--workshop ต้องเป็นตัวเลข เช่น 1 ไม่ใช่ “%1” ดูหมายเลขได้จาก sala-cli plan list</translation>
    </message>
    <message>
        <source>%1 needs --out FILE</source>
        <translation>%1 ต้องมี --out FILE</translation>
    </message>
    <message>
        <source>--format for %1 must be %2, not “%3” (or give the file a .%4 name)</source>
        <translation>--format สำหรับ %1 ต้องเป็น %2 ไม่ใช่ “%3” (หรือตั้งชื่อไฟล์ให้มีนามสกุล .%4)</translation>
    </message>
    <message>
        <source>Workshop %1 has no attendance yet. Import each session&apos;s Zoom, Teams or Meet export with sala-cli attendance import --session ID FILE, or in Sala&apos;s Reports mode.</source>
        <translation>เวิร์กช็อป %1 ยังไม่มีข้อมูลการเข้าร่วม ให้นำเข้าไฟล์การเข้าร่วมจาก Zoom, Teams หรือ Meet ของแต่ละเซสชันด้วย sala-cli attendance import --session ID FILE หรือในโหมดรายงานของ Sala</translation>
    </message>
    <message>
        <source>sala-cli: note: %1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>sala-cli: หมายเหตุ: %1 จาก %2 เซสชันยังไม่มีข้อมูลการเข้าร่วม เวลาของเซสชันเหล่านั้นจะนับเป็นเวลาที่ขาด</translation>
    </message>
    <message>
        <source>report attendance takes no file name of its own; give the output with --out FILE</source>
        <translation>report attendance ไม่รับชื่อไฟล์โดยตรง ให้ระบุไฟล์เอาต์พุตด้วย --out FILE</translation>
    </message>
    <message>
        <source>Attendance report of “%1” written to %2: %3 enrolled, %4 attended, %5 completed, %6 participated.</source>
        <translation>บันทึกรายงานการเข้าร่วมของ “%1” ไว้ที่ %2 แล้ว: ลงทะเบียน %3 คน เข้าร่วม %4 คน ครบหลักสูตร %5 คน มีส่วนร่วม %6 คน</translation>
    </message>
    <message>
        <source>report certificates takes no file name of its own; give the output with --out FILE</source>
        <translation>report certificates ไม่รับชื่อไฟล์โดยตรง ให้ระบุไฟล์เอาต์พุตด้วย --out FILE</translation>
    </message>
    <message>
        <source>Nobody in workshop %1 has earned a certificate at these thresholds (completion %2 %, participation %3 %); nothing was written.</source>
        <translation>ยังไม่มีใครในเวิร์กช็อป %1 ได้รับเกียรติบัตรตามเกณฑ์นี้ (ครบหลักสูตร %2 % มีส่วนร่วม %3 %) จึงไม่ได้เขียนไฟล์</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>เกียรติบัตร: %1</translation>
    </message>
    <message>
        <source>%1 certificates for “%2” written to %3.</source>
        <translation>บันทึกเกียรติบัตร %1 ใบของ “%2” ไว้ที่ %3 แล้ว</translation>
    </message>
    <message>
        <source>Not matched (%1), left out of the reports until they are. To match them, open Sala&apos;s Reports mode and choose Review… on the Attendance tab, where you can confirm a proposal, pick someone from the roster or add them to it; or list them with “sala-cli attendance unmatched --session %2” and match each with “sala-cli attendance match”.</source>
        <translation>ยังไม่ได้จับคู่ (%1) จะไม่นับรวมในรายงานจนกว่าจะจับคู่ หากต้องการจับคู่ ให้เปิดโหมดรายงานของ Sala แล้วเลือก “ตรวจสอบ…” ในแท็บ “การเข้าร่วม” ซึ่งคุณยืนยันคนที่ Sala เสนอ เลือกคนจากรายชื่อ หรือเพิ่มคนนั้นในรายชื่อได้ หรือแสดงรายชื่อด้วย “sala-cli attendance unmatched --session %2” แล้วจับคู่ทีละคนด้วย “sala-cli attendance match”</translation>
    </message>
    <message>
        <source>now matches %1 (participant %2): %3</source>
        <translation>ตอนนี้ตรงกับ %1 (ผู้เข้าร่วม %2): %3</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2): %3</source>
        <translation>ที่เสนอ: %1 (ผู้เข้าร่วม %2): %3</translation>
    </message>
    <message>
        <source>attendance unmatched needs --session ID; sala-cli plan list shows the numbers</source>
        <translation>attendance unmatched ต้องมี --session ID ดูหมายเลขได้จาก sala-cli plan list</translation>
    </message>
    <message>
        <source>attendance unmatched writes text or json, not “%1”</source>
        <translation>attendance unmatched เขียนได้เฉพาะ text หรือ json ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>Everyone in the attendance imported into session %1 is matched, added or ignored.</source>
        <translation>ทุกคนในข้อมูลการเข้าร่วมที่นำเข้าในเซสชัน %1 ได้จับคู่ เพิ่ม หรือไม่นับแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of session %1 are not matched to the roster:</source>
        <translation>
            <numerusform>มี %n คนในข้อมูลการเข้าร่วมของเซสชัน %1 ที่ยังไม่ได้จับคู่กับรายชื่อ:</numerusform>
        </translation>
    </message>
    <message>
        <source>id	name	e-mail	minutes	proposal</source>
        <translation>id	ชื่อ	อีเมล	นาที	ที่เสนอ</translation>
    </message>
    <message>
        <source>Match one with: sala-cli attendance match --identity ID --participant PID (or --ignore).</source>
        <translation>จับคู่ทีละคนด้วย: sala-cli attendance match --identity ID --participant PID (หรือ --ignore)</translation>
    </message>
    <message>
        <source>attendance match needs --identity ID; sala-cli attendance unmatched --session ID lists them</source>
        <translation>attendance match ต้องมี --identity ID ดูหมายเลขได้จาก sala-cli attendance unmatched --session ID</translation>
    </message>
    <message>
        <source>attendance match needs either --participant PID or --ignore</source>
        <translation>attendance match ต้องมี --participant PID หรือ --ignore อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>Ignored “%1” in session %2.</source>
        <translation>ไม่นับ “%1” ในเซสชัน %2 แล้ว</translation>
    </message>
    <message>
        <source>Matched “%1” in session %2 to participant %3.</source>
        <translation>จับคู่ “%1” ในเซสชัน %2 กับผู้เข้าร่วม %3 แล้ว</translation>
    </message>
    <message>
        <source>  saved “%1” as an alias of participant %2</source>
        <translation>  บันทึก “%1” เป็นชื่ออื่นของผู้เข้าร่วม %2 แล้ว</translation>
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
        <translation>คำสั่ง:
  db info [--format text|json]  พาธ เวอร์ชันของ schema และจำนวนแถวในแต่ละตาราง
  db check                      ตรวจความสมบูรณ์และเวอร์ชัน ออกด้วยรหัส 0 เมื่อไม่มีปัญหา
  db backup OUT                 เขียนสำเนาที่ครบถ้วนไปที่ OUT ได้แม้ Sala จะเปิดอยู่
  demo                          เพิ่มเวิร์กช็อปตัวอย่างและรายชื่อผู้เข้าร่วมลงในฐานข้อมูล
  plan validate FILE            ตรวจไฟล์แผนและแสดงปัญหาทั้งหมดในไฟล์
  plan import FILE [--workshop ID]
                                เพิ่มไฟล์เวิร์กช็อปเป็นเวิร์กช็อปใหม่ หรือเพิ่มไฟล์เซสชัน
                                เข้าไปในเวิร์กช็อป ID โดยนำเข้าทั้งหมดหรือไม่นำเข้าเลย
  plan export (--workshop ID | --session ID) --out FILE [--force]
                                เขียนเวิร์กช็อปหรือหนึ่งเซสชันลงในไฟล์แผน
  plan sheet --session ID --out FILE [--format pdf|html|md] [--force]
                                เขียนกำหนดการของเซสชันสำหรับพิมพ์ (ค่าเริ่มต้นเป็น PDF)
  plan list [--format text|json]
                                เวิร์กช็อปและเซสชันทั้งหมดพร้อมหมายเลข
  run status [--session ID] [--format text|json]
                                สถานะสดของเซสชันตามที่ Sala บันทึกไว้: กิจกรรม
                                เวลาที่เหลือ ช้ากว่าแผนเท่าไร และเวลาจบที่คาดไว้ ถ้าไม่ระบุ
                                --session จะใช้เซสชันที่ดำเนินการล่าสุด
  report timing --session ID --out FILE [--format csv|pdf] [--force]
                                จำนวนนาทีตามแผนเทียบกับเวลาจริงของการดำเนินเซสชัน
                                (ถ้าไม่ระบุรูปแบบ จะดูจากนามสกุลของชื่อไฟล์)
  report attendance --workshop ID --out FILE [--format csv|xlsx|pdf]
                    [--completion 80] [--participation 50] [--force]
                                รายงานการเข้าร่วมที่แหล่งทุนขอ: จำนวนนาทีและสัดส่วน
                                ของแต่ละคนในแต่ละเซสชัน การครบหลักสูตรเทียบกับเกณฑ์
                                (ร้อยละของเวลาตามกำหนดการของเวิร์กช็อป) และการจำแนก
                                ตามเพศ ประเทศ ประเภทองค์กร และขนาดวิสาหกิจ การส่งออกนี้
                                จะถูกบันทึกในบันทึกการใช้ข้อมูลส่วนบุคคล
                                ดู docs/reports.md
  report certificates --workshop ID --out FILE [--format pdf|csv] [--buddhist-era]
                      [--completion 80] [--participation 50] [--force]
                                เกียรติบัตรคนละหนึ่งใบสำหรับทุกคนที่ได้รับ จากเทมเพลต
                                ของเวิร์กช็อป (PDF) หรือรายชื่อผู้ได้รับ (CSV)
  roster import FILE --workshop ID [--mapping NAME] [--sheet NAME] [--dry-run]
                [--skip-invalid] [--duplicates merge|new|skip]
                                เพิ่มไฟล์ลงทะเบียนที่ส่งออกมา (CSV ในการเข้ารหัสที่ใช้กันทั่วไป
                                หรือ .xlsx) ลงในรายชื่อของเวิร์กช็อป โดยนำเข้าทั้งหมดหรือ
                                ไม่นำเข้าเลย ปัญหาจะแสดงตามบรรทัดและคอลัมน์
                                --dry-run จะไม่เปลี่ยนแปลงอะไร
  roster export --workshop ID --format csv|json --out FILE [--force]
                                เขียนรายชื่อผู้เข้าร่วม คนที่ไม่มีความยินยอมจะถูกทำเครื่องหมาย
                                และการส่งออกจะถูกบันทึกในบันทึกการใช้ข้อมูลส่วนบุคคล
  roster erase --participant ID  ลบข้อมูลส่วนบุคคลของคนนี้ออกจากไฟล์ฐานข้อมูล
                                โดยเก็บตัวเลขสถิติที่ไม่ระบุตัวตนไว้ ย้อนกลับไม่ได้
  roster show --participant ID [--format text|json]
                                ข้อมูลทั้งหมดที่เก็บไว้เกี่ยวกับหนึ่งคน (สำหรับคำขอเข้าถึงข้อมูล)
  groups make PROBLEM.json [--rounds W] [--seed N] [--time-limit SECONDS]
              [--format json|csv|zoom-csv|text] [--round R] [--out FILE [--force]]
  groups make --people N --size P --rounds W [ตัวเลือกเดียวกัน]
                                จัดห้องย่อยสำหรับทุกรอบให้มีคู่ที่เจอกันซ้ำน้อยที่สุด
                                (ไม่มีเลยถ้าทำได้) ตามเงื่อนไขในไฟล์ รูปแบบ json จะมีรอบและ
                                สถิติเพิ่มเติม ส่วน zoom-csv คือไฟล์จัดห้องล่วงหน้าของ Zoom
                                สำหรับรอบ R (ค่าเริ่มต้นคือ 1) ไม่ใช้ฐานข้อมูล
                                ดู docs/groups-format.md
  attendance summarize [--format json|csv] [--date-order dmy|mdy] [--date YYYY-MM-DD]
                       FILE... [--out FILE [--force]]
                                อ่านไฟล์การเข้าร่วมจาก Zoom, Teams และ Google Meet แล้ว
                                แสดงจำนวนนาทีและช่วงเวลาที่อยู่ในการประชุมของแต่ละคน
                                (ค่าเริ่มต้นเป็น JSON) ใช้ --date-order เมื่อวันที่ในไฟล์
                                อ่านได้ทั้งสองแบบ และ --date สำหรับเวลาในไฟล์ของ Meet
                                ไม่ใช้ฐานข้อมูล ดู docs/attendance-formats.md
  attendance import --session ID [--tz ZONE] [--date-order dmy|mdy] [--replace] FILE...
                                เก็บข้อมูลการเข้าร่วมจากไฟล์ลงในเซสชัน โดยนำเข้าทั้งหมด
                                หรือไม่นำเข้าเลย คนที่ตรงกับรายชื่อด้วยอีเมล ชื่ออื่น หรือชื่อ
                                จะถูกจับคู่ทันที ส่วนข้อเสนอและคนที่ไม่อยู่ในรายชื่อจะแสดงไว้
                                ให้ตรวจสอบใน Sala เวลาจะอ่านตามเขตเวลาของเวิร์กช็อป
                                เว้นแต่ --tz ระบุเขตเวลาอื่น (ชื่อ IANA เช่น Asia/Manila)
                                ไฟล์ที่เคยนำเข้าแล้วจะถูกปฏิเสธ เว้นแต่ใช้ --replace
                                ดู docs/attendance.md
  attendance unmatched --session ID [--format text|json]
                                คนที่การนำเข้าของเซสชันยังจับคู่ไม่ได้: id ชื่อ อีเมล
                                จำนวนนาที และสิ่งที่ Sala เสนอตอนนี้
  attendance match --identity ID (--participant PID | --ignore)
                                จับคู่คนหนึ่งกับผู้เข้าร่วมในรายชื่อ (ชื่อจะถูกบันทึก
                                เป็นชื่ออื่น) หรือไม่นับคนนั้นในรายงาน

รหัสการออก (exit code):
  0  สำเร็จ
  1  ใช้งานผิด: ไม่รู้จักคำสั่ง หรือขาดอาร์กิวเมนต์
  2  เปิดไม่ได้: ฐานข้อมูล (ไม่มีไฟล์ ไม่ใช่ SQLite หรือไม่ใช่ฐานข้อมูลของ Sala)
     ไฟล์อินพุต หรือหมายเลขเวิร์กช็อปหรือเซสชันที่ไม่มีอยู่
  3  ฐานข้อมูลเสียหาย (ตรวจความสมบูรณ์ไม่ผ่าน)
  4  ฐานข้อมูลถูกเขียนโดย Sala รุ่นที่ใหม่กว่า
  5  ฐานข้อมูลเปิดอยู่ในโปรเซส Sala อื่น
  6  เขียนเอาต์พุตหรือฐานข้อมูลไม่ได้
  7  ไฟล์อินพุตไม่ถูกต้อง (แสดงปัญหาทั้งหมด)
</translation>
    </message>
    <message>
        <source>Participant number for roster erase, roster show and attendance match.</source>
        <translation>หมายเลขผู้เข้าร่วมสำหรับ roster erase, roster show และ attendance match</translation>
    </message>
    <message>
        <source>Number of a person in the imported attendance for attendance match.</source>
        <translation>หมายเลขของคนในข้อมูลการเข้าร่วมที่นำเข้า สำหรับ attendance match</translation>
    </message>
    <message>
        <source>Let attendance match leave the person out of the reports.</source>
        <translation>ให้ attendance match ไม่นับคนนี้ในรายงาน</translation>
    </message>
</context>
</TS>
