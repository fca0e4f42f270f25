<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ចំណូលចិត្ត</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>ភាសារបស់កម្មវិធី (&amp;L)៖</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>ភាសារបស់កម្មវិធី</translation>
    </message>
    <message>
        <source>A new language takes effect when Sala next starts.</source>
        <translation>ភាសាថ្មីនឹងចាប់ប្រើ នៅពេលអ្នកបើក Sala លើកក្រោយ។</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>ល្វែងម៉ោងទីពីរ (&amp;S)៖</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>ល្វែងម៉ោងទីពីរ</translation>
    </message>
    <message>
        <source>Shown beside the workshop&apos;s own time zone when the workshop does not name a second one.</source>
        <translation>បង្ហាញនៅក្បែរល្វែងម៉ោងរបស់សិក្ខាសាលា នៅពេលសិក្ខាសាលាមិនបានកំណត់ល្វែងម៉ោងទីពីរ។</translation>
    </message>
    <message>
        <source>&amp;Wrap-up warning:</source>
        <translation>ការព្រមានត្រៀមបញ្ចប់ (&amp;W)៖</translation>
    </message>
    <message>
        <source>Wrap-up warning, minutes before the end</source>
        <translation>ការព្រមានត្រៀមបញ្ចប់ (នាទីមុនពេលបញ្ចប់)</translation>
    </message>
    <message>
        <source>The timer turns to wrap-up this many minutes before an activity ends, unless the activity sets its own.</source>
        <translation>នាឡិកាកំណត់ពេលប្ដូរទៅ “ត្រៀមបញ្ចប់” ចំនួននាទីប៉ុណ្ណេះ មុនពេលសកម្មភាពបញ្ចប់ លើកលែងតែសកម្មភាពនោះមានការកំណត់ផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation> នាទីមុនពេលបញ្ចប់</translation>
    </message>
    <message>
        <source>Play &amp;chimes during a live session (only you hear them)</source>
        <translation>បន្លឺសំឡេងរោទ៍ពេលដំណើរការវគ្គផ្ទាល់ (មានតែអ្នកទេដែលឮ) (&amp;C)</translation>
    </message>
</context>
<context>
    <name>sala::AboutDialog</name>
    <message>
        <source>&lt;p&gt;A facilitator console for live online workshops: prepare activity-based sessions, run them on Zoom, Teams or Google Meet, and report attendance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;កម្មវិធីសម្រាប់អ្នកសម្របសម្រួលសិក្ខាសាលាអនឡាញផ្ទាល់៖ រៀបចំវគ្គផ្អែកលើសកម្មភាព ដំណើរការវគ្គលើ Zoom, Teams ឬ Google Meet និងរាយការណ៍វត្តមាន។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything stays on this computer. Sala makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;អ្វីៗទាំងអស់នៅលើកុំព្យូទ័រនេះ។ Sala មិនភ្ជាប់ទៅបណ្ដាញណាមួយទេ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;មូលដ្ឋានទិន្នន័យ៖ %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sala is free software under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sala ជាកម្មវិធីសេរី (free software) ក្រោមអាជ្ញាប័ណ្ណ Apache License 2.0។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>បង្កើតដោយប្រើ</translation>
    </message>
    <message>
        <source>&lt;li&gt;Qt %1 — GNU LGPL version 3&lt;/li&gt;</source>
        <translation>&lt;li&gt;Qt %1 — GNU LGPL កំណែ 3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;SQLite — public domain&lt;/li&gt;</source>
        <translation>&lt;li&gt;SQLite — កម្មសិទ្ធិសាធារណៈ (public domain)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;nlohmann/json %1 — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;nlohmann/json %1 — អាជ្ញាប័ណ្ណ MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;spdlog %1 and {fmt} — MIT licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;spdlog %1 និង {fmt} — អាជ្ញាប័ណ្ណ MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Noto fonts for Khmer, Lao and Thai — SIL Open Font License 1.1&lt;/li&gt;</source>
        <translation>&lt;li&gt;ពុម្ពអក្សរ Noto សម្រាប់ភាសាខ្មែរ ឡាវ និងថៃ — SIL Open Font License 1.1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Catch2 (tests only) — Boost Software License 1.0&lt;/li&gt;</source>
        <translation>&lt;li&gt;Catch2 (សម្រាប់តេស្តប៉ុណ្ណោះ) — Boost Software License 1.0&lt;/li&gt;</translation>
    </message>
    <message>
        <source>About Sala</source>
        <translation>អំពី Sala</translation>
    </message>
</context>
<context>
    <name>sala::ActivityEditor</name>
    <message>
        <source>Kind of activity</source>
        <translation>ប្រភេទសកម្មភាព</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>ចំនួននាទីតាមគ្រោង</translation>
    </message>
    <message>
        <source>May be shortened to</source>
        <translation>អាចបង្រួមមកត្រឹម</translation>
    </message>
    <message>
        <source>Shortest acceptable minutes</source>
        <translation>ចំនួននាទីខ្លីបំផុតដែលអាចទទួលយកបាន</translation>
    </message>
    <message>
        <source>Must start at</source>
        <translation>ត្រូវចាប់ផ្ដើមនៅម៉ោង</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>ម៉ោងចាប់ផ្ដើមថេរ</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Instructions for the chat</source>
        <translation>សេចក្ដីណែនាំសម្រាប់ប្រអប់ជជែក</translation>
    </message>
    <message>
        <source>The text you paste into the meeting chat. Number the steps for group work.</source>
        <translation>អត្ថបទដែលអ្នកបិទភ្ជាប់ក្នុងប្រអប់ជជែកនៃកិច្ចប្រជុំ។ សូមដាក់លេខលើជំហាននីមួយៗសម្រាប់ការងារក្រុម។</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>កំណត់ចំណាំរបស់អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>Private: only you and your producer see these.</source>
        <translation>ឯកជន៖ មានតែអ្នក និងអ្នកជំនួយការបច្ចេកទេសរបស់អ្នកទេដែលមើលឃើញ។</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <source>One per line: name | link or file</source>
        <translation>មួយក្នុងមួយបន្ទាត់៖ ឈ្មោះ | តំណភ្ជាប់ ឬឯកសារ</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>បន្ទប់ក្រុមតូច</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>ការបែងចែកក្រុម</translation>
    </message>
    <message>
        <source>People per group</source>
        <translation>ចំនួនមនុស្សក្នុងមួយក្រុម</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ណាក៏បាន</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>ចំនួនក្រុម</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>ជុំ</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>ចំនួននាទីក្នុងមួយជុំ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Reader, Timekeeper, Reporter</source>
        <translation>អ្នកអាន, អ្នករក្សាពេល, អ្នករាយការណ៍</translation>
    </message>
    <message>
        <source>Broadcast texts</source>
        <translation>អត្ថបទសារផ្សាយ</translation>
    </message>
    <message>
        <source>One per line: minutes before the end | text
2 | 2 minutes left — reporters, get ready</source>
        <translation>មួយក្នុងមួយបន្ទាត់៖ នាទីមុនពេលបញ្ចប់ | អត្ថបទ
2 | នៅសល់ 2 នាទី — អ្នករាយការណ៍ សូមត្រៀមខ្លួន</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>ទំហំ៖</translation>
    </message>
    <message>
        <source>or groups:</source>
        <translation>ឬចំនួនក្រុម៖</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation>ការបែងចែកក្រុម៖</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>ក្រុម៖</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>ជុំ៖</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>តួនាទី៖</translation>
    </message>
    <message>
        <source>Broadcasts:</source>
        <translation>សារផ្សាយ៖</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង (&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>នាទី (&amp;M)៖</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>គោលបំណង (&amp;O)៖</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>សេចក្ដីណែនាំ (&amp;I)៖</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>កំណត់ចំណាំ (&amp;N)៖</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>សម្ភារៈ (&amp;A)៖</translation>
    </message>
    <message>
        <source>Select an activity to edit it, or press Insert to add one.</source>
        <translation>ជ្រើសរើសសកម្មភាពមួយដើម្បីកែ ឬចុច Insert ដើម្បីបន្ថែមថ្មី។</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>សកម្មភាព %1៖ %2</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>អ្នកអាន</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>អ្នករក្សាពេល</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>អ្នករាយការណ៍</translation>
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
            <numerusform>%n នាទី</numerusform>
            <numerusform>%n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>Type new minutes, or press + and − (Ctrl for 5 minutes)</source>
        <translation>វាយចំនួននាទីថ្មី ឬចុច + និង − (Ctrl សម្រាប់ 5 នាទី)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>ម៉ោង (%1)</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>ល្វែងម៉ោងទីពីរ</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>នាទី</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>ពេលកន្លងទៅ</translation>
    </message>
</context>
<context>
    <name>sala::AddActivityDialog</name>
    <message>
        <source>Add an Activity</source>
        <translation>បន្ថែមសកម្មភាព</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>សកម្មភាពថ្មី</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>ទទេ</translation>
    </message>
    <message>
        <source>My activities</source>
        <translation>សកម្មភាពរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>បណ្ណាល័យវិធីសាស្ត្រ</translation>
    </message>
    <message>
        <source>%1 — %2, %3 min · %4</source>
        <translation>%1 — %2, %3 នាទី · %4</translation>
    </message>
    <message>
        <source>Search methods: troika, energizer, case study…</source>
        <translation>ស្វែងរកវិធីសាស្ត្រ៖ troika, energizer, case study…</translation>
    </message>
    <message>
        <source>Search the method library</source>
        <translation>ស្វែងរកក្នុងបណ្ណាល័យវិធីសាស្ត្រ</translation>
    </message>
    <message>
        <source>Activities to add</source>
        <translation>សកម្មភាពដែលត្រូវបន្ថែម</translation>
    </message>
    <message>
        <source>Preview of the activity</source>
        <translation>មើលសកម្មភាពជាមុន</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>បន្ថែម (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ស្វែងរក (&amp;S)៖</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n នាទី</numerusform>
            <numerusform>%n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>សេចក្ដីណែនាំ</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>កំណត់ចំណាំរបស់អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>ក្រុមតូច</translation>
    </message>
    <message>
        <source>%1 · %2 round(s) of %3 min</source>
        <translation>%1 · %2 ជុំ ជុំនីមួយៗ %3 នាទី</translation>
    </message>
</context>
<context>
    <name>sala::Attendance</name>
    <message>
        <source>read the check-ins</source>
        <translation>អានការចុះវត្តមាន</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>មិនទាន់មកដល់</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>មានវត្តមាន</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>មកយឺត</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>បានចាកចេញ</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>ចូលវិញ</translation>
    </message>
    <message>
        <source>record the check-in</source>
        <translation>កត់ត្រាការចុះវត្តមាន</translation>
    </message>
    <message>
        <source>undo the check-in</source>
        <translation>បោះបង់ការចុះវត្តមាន</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCommands</name>
    <message>
        <source>Import Attendance from “%1”</source>
        <translation>នាំចូលវត្តមានពី “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Import Attendance from %n files</source>
        <translation>
            <numerusform>នាំចូលវត្តមានពីឯកសារ %n</numerusform>
            <numerusform>នាំចូលវត្តមានពីឯកសារ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceCsv</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ឈ្មោះដែលចូលចិត្តឱ្យហៅ</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>យល់ព្រមឱ្យរាយការណ៍</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ទំហំសហគ្រាស</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>វគ្គទី %1</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 នាទី</translation>
    </message>
    <message>
        <source>%1 share (%)</source>
        <translation>%1 ភាគរយ (%)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>នាទីសរុប</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>ភាគរយនៃសិក្ខាសាលា (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>នាទី</translation>
    </message>
    <message>
        <source>Share of the session (%)</source>
        <translation>ភាគរយនៃវគ្គ (%)</translation>
    </message>
    <message>
        <source>First join (%1)</source>
        <translation>ចូលដំបូង (%1)</translation>
    </message>
    <message>
        <source>Last leave (%1)</source>
        <translation>ចាកចេញចុងក្រោយ (%1)</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>បានផ្គូផ្គង</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>បានចុះវត្តមានផ្ទាល់</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>ម៉ោងដែលបានចូលរួម</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>ការបញ្ចប់</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>ការចូលរួម</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceExport</name>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>គ្មានឯកសារ “%1” ទេ៖ សូមពិនិត្យឈ្មោះ និងថតឯកសារ។</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an attendance export.</source>
        <translation>“%1” ជាថតឯកសារ មិនមែនជាឯកសារវត្តមានដែលបាននាំចេញទេ។</translation>
    </message>
    <message>
        <source>the file is %1 MB, far larger than any attendance report; check that it is the right file.</source>
        <translation>ឯកសារមានទំហំ %1 MB ដែលធំជាងរបាយការណ៍វត្តមានធម្មតាឆ្ងាយណាស់៖ សូមពិនិត្យថាវាជាឯកសារត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>មិនអាចអាន “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>ថ្ងៃមុនខែ</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>ខែមុនថ្ងៃ</translation>
    </message>
    <message>
        <source>the dates are written in two orders: “%1” on line %2 can only be day first, “%3” on line %4 only month first. Download the report again without editing it.</source>
        <translation>កាលបរិច្ឆេទត្រូវបានសរសេរតាមលំដាប់ពីរផ្សេងគ្នា៖ “%1” នៅបន្ទាត់ %2 អាចជាថ្ងៃមុនខែតែប៉ុណ្ណោះ ចំណែក “%3” នៅបន្ទាត់ %4 អាចជាខែមុនថ្ងៃតែប៉ុណ្ណោះ។ សូមទាញយករបាយការណ៍ម្ដងទៀត ដោយមិនកែប្រែវា។</translation>
    </message>
    <message>
        <source>“%1” can only be read %2, but the dates were said to be %3. Leave the order out and Sala reads it from the file.</source>
        <translation>“%1” អាចអានបានតែជា %2 ប៉ុណ្ណោះ ប៉ុន្តែកាលបរិច្ឆេទត្រូវបានកំណត់ថាជា %3។ សូមកុំកំណត់លំដាប់ ហើយ Sala នឹងអានវាពីឯកសារ។</translation>
    </message>
    <message>
        <source>“%1”: the dates can be read day first or month first (“%2” on line %3 is %4 or %5), and nothing in the file says which. Tell Sala which order the file uses.</source>
        <translation>“%1”៖ កាលបរិច្ឆេទអាចអានជាថ្ងៃមុនខែ ឬខែមុនថ្ងៃ (“%2” នៅបន្ទាត់ %3 គឺ %4 ឬ %5) ហើយគ្មានអ្វីក្នុងឯកសារបញ្ជាក់ថាមួយណាទេ។ សូមប្រាប់ Sala ថាឯកសារប្រើលំដាប់មួយណា។</translation>
    </message>
    <message>
        <source>%1 is missing. The file may have been cut short; download the report again.</source>
        <translation>ខ្វះ %1។ ឯកសារប្រហែលជាត្រូវបានកាត់ខ្លី៖ សូមទាញយករបាយការណ៍ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date and time Sala can read (such as 03/05/2024 09:02:00 AM or 5/3/24, 14:02). Correct the cell or download the report again.</source>
        <translation>%1 “%2” មិនមែនជាកាលបរិច្ឆេទ និងម៉ោងដែល Sala អាចអានបានទេ (ដូចជា 03/05/2024 09:02:00 AM ឬ 5/3/24, 14:02)។ សូមកែក្រឡានោះ ឬទាញយករបាយការណ៍ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>“%1”: the file gives times of day without a date, and its name carries none. Tell Sala the date of the session.</source>
        <translation>“%1”៖ ឯកសារផ្ដល់តែម៉ោងដោយគ្មានកាលបរិច្ឆេទ ហើយឈ្មោះឯកសារក៏គ្មានកាលបរិច្ឆេទដែរ។ សូមប្រាប់ Sala ពីកាលបរិច្ឆេទនៃវគ្គ។</translation>
    </message>
    <message>
        <source>the date is not a real day when read %1. Check the cell or tell Sala the other order.</source>
        <translation>កាលបរិច្ឆេទនេះមិនមែនជាថ្ងៃពិតប្រាកដទេ នៅពេលអានជា %1។ សូមពិនិត្យក្រឡានោះ ឬប្រាប់ Sala ពីលំដាប់ម្យ៉ាងទៀត។</translation>
    </message>
    <message>
        <source>this looks like a Zoom quality-of-service dashboard export (devices, networks and bitrates), not an attendance report. In the Zoom web portal open Reports ▸ Usage, click the meeting&apos;s number of participants and export that list.</source>
        <translation>ឯកសារនេះហាក់ដូចជាឯកសារនាំចេញពីផ្ទាំងគុណភាពសេវារបស់ Zoom (ឧបករណ៍ បណ្ដាញ និង bitrate) មិនមែនជារបាយការណ៍វត្តមានទេ។ នៅក្នុងគេហទំព័រ Zoom សូមបើក Reports ▸ Usage ចុចលើចំនួនអ្នកចូលរួមនៃកិច្ចប្រជុំ ហើយនាំចេញបញ្ជីនោះ។</translation>
    </message>
    <message>
        <source>this looks like a Google Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ឯកសារនេះហាក់ដូចជាបញ្ជីចុះឈ្មោះពី Google Forms (អ្នកដែលបានចុះឈ្មោះ) មិនមែនជារបាយការណ៍វត្តមានទេ។ សូមនាំចូលវាតាម បញ្ជីអ្នកចូលរួម ▸ នាំចូល ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>this looks like a Microsoft Forms registration list (who signed up), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ឯកសារនេះហាក់ដូចជាបញ្ជីចុះឈ្មោះពី Microsoft Forms (អ្នកដែលបានចុះឈ្មោះ) មិនមែនជារបាយការណ៍វត្តមានទេ។ សូមនាំចូលវាតាម បញ្ជីអ្នកចូលរួម ▸ នាំចូល ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>this looks like an Eventbrite attendee list (tickets sold), not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ឯកសារនេះហាក់ដូចជាបញ្ជីអ្នកចូលរួមពី Eventbrite (សំបុត្រដែលបានលក់) មិនមែនជារបាយការណ៍វត្តមានទេ។ សូមនាំចូលវាតាម បញ្ជីអ្នកចូលរួម ▸ នាំចូល ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>this looks like a KoboToolbox form export, not an attendance report. Import it in Roster ▸ Import instead.</source>
        <translation>ឯកសារនេះហាក់ដូចជាឯកសារនាំចេញពីទម្រង់ KoboToolbox មិនមែនជារបាយការណ៍វត្តមានទេ។ សូមនាំចូលវាតាម បញ្ជីអ្នកចូលរួម ▸ នាំចូល ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>this is a Zoom breakout room pre-assignment file, not an attendance report.</source>
        <translation>នេះជាឯកសារកំណត់បន្ទប់ក្រុមតូចជាមុនរបស់ Zoom មិនមែនជារបាយការណ៍វត្តមានទេ។</translation>
    </message>
    <message>
        <source>this looks like a Zoom registration list (who registered), not an attendance report. Export the meeting&apos;s participants report, or import the registrations in Roster ▸ Import.</source>
        <translation>ឯកសារនេះហាក់ដូចជាបញ្ជីចុះឈ្មោះរបស់ Zoom (អ្នកដែលបានចុះឈ្មោះ) មិនមែនជារបាយការណ៍វត្តមានទេ។ សូមនាំចេញរបាយការណ៍អ្នកចូលរួមនៃកិច្ចប្រជុំ ឬនាំចូលការចុះឈ្មោះតាម បញ្ជីអ្នកចូលរួម ▸ នាំចូល។</translation>
    </message>
    <message>
        <source>this is not an attendance report Sala knows; its first line reads %1. Sala reads the participants report of a Zoom meeting or webinar, the attendance list or report of a Teams meeting and the attendance report of a Google Meet call, as they were downloaded.</source>
        <translation>នេះមិនមែនជារបាយការណ៍វត្តមានដែល Sala ស្គាល់ទេ៖ បន្ទាត់ទីមួយរបស់វាសរសេរថា %1។ Sala អានរបាយការណ៍អ្នកចូលរួមនៃកិច្ចប្រជុំ ឬវេបប៊ីណា Zoom បញ្ជី ឬរបាយការណ៍វត្តមាននៃកិច្ចប្រជុំ Teams និងរបាយការណ៍វត្តមាននៃការហៅ Google Meet តាមដែលបានទាញយកមក ដោយមិនកែប្រែ។</translation>
    </message>
    <message>
        <source>the file has no rows. Download the attendance report again.</source>
        <translation>ឯកសារគ្មានជួរដេកទេ។ សូមទាញយករបាយការណ៍វត្តមានម្ដងទៀត។</translation>
    </message>
    <message>
        <source>this looks like a Zoom “%1”, not the attendee report. In the Zoom web portal open Reports ▸ Usage ▸ Webinar and export the attendee report.</source>
        <translation>ឯកសារនេះហាក់ដូចជា “%1” របស់ Zoom មិនមែនជារបាយការណ៍អ្នកចូលរួម (attendee report) ទេ។ នៅក្នុងគេហទំព័រ Zoom សូមបើក Reports ▸ Usage ▸ Webinar ហើយនាំចេញរបាយការណ៍អ្នកចូលរួម។</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. The file may have been cut short; download it again.</source>
        <translation>ក្រឡាដែលមានសញ្ញាសម្រង់ចាប់ផ្ដើមនៅទីនេះ ប៉ុន្តែគ្មានសញ្ញាសម្រង់បិទទេ។ ឯកសារប្រហែលជាត្រូវបានកាត់ខ្លី៖ សូមទាញយកវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>មានអត្ថបទនៅក្រោយសញ្ញាសម្រង់បិទនៃក្រឡានេះ។ សញ្ញាសម្រង់នៅក្នុងក្រឡាដែលមានសញ្ញាសម្រង់ ត្រូវសរសេរពីរដង (&quot;&quot;)។</translation>
    </message>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1” បន្ទាត់ %2 ជួរឈរ %3៖ %4</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx) or another packed file, not a CSV export. Open it in a spreadsheet and save it as “CSV UTF-8”, or download the CSV report from the meeting platform.</source>
        <translation>នេះជាសៀវភៅការងារ Excel (.xlsx) ឬឯកសារបង្ហាប់ផ្សេងទៀត មិនមែនជាឯកសារ CSV ទេ។ សូមបើកវាក្នុងកម្មវិធីតារាងទិន្នន័យ ហើយរក្សាទុកជា “CSV UTF-8” ឬទាញយករបាយការណ៍ CSV ពីវេទិកាកិច្ចប្រជុំ។</translation>
    </message>
    <message>
        <source>the file is empty. Download the attendance report again.</source>
        <translation>ឯកសារទទេ។ សូមទាញយករបាយការណ៍វត្តមានម្ដងទៀត។</translation>
    </message>
    <message>
        <source>the file does not contain text, so it is not an attendance report. Check that you chose the CSV file the meeting platform downloaded.</source>
        <translation>ឯកសារនេះមិនមានអត្ថបទទេ ដូច្នេះវាមិនមែនជារបាយការណ៍វត្តមានទេ។ សូមពិនិត្យថាអ្នកបានជ្រើសរើសឯកសារ CSV ដែលវេទិកាកិច្ចប្រជុំបានទាញយក។</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”៖ %2</translation>
    </message>
    <message>
        <source>“%1”, line %2: %3</source>
        <translation>“%1” បន្ទាត់ %2៖ %3</translation>
    </message>
    <message>
        <source>the time joined</source>
        <translation>ម៉ោងចូល (time joined)</translation>
    </message>
    <message>
        <source>the time exited</source>
        <translation>ម៉ោងចេញ (time exited)</translation>
    </message>
    <message>
        <source>the attendance report has its header but no rows. Download it again from the meeting&apos;s calendar event or e-mail.</source>
        <translation>របាយការណ៍វត្តមានមានតែក្បាលជួរឈរ ប៉ុន្តែគ្មានជួរដេកទេ។ សូមទាញយកវាម្ដងទៀតពីព្រឹត្តិការណ៍ក្នុងប្រតិទិន ឬពីអ៊ីមែលនៃកិច្ចប្រជុំ។</translation>
    </message>
    <message>
        <source>the join time</source>
        <translation>ម៉ោងចូល (join time)</translation>
    </message>
    <message>
        <source>the leave time</source>
        <translation>ម៉ោងចាកចេញ (leave time)</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>the meeting&apos;s start time</source>
        <translation>ម៉ោងចាប់ផ្ដើមកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>the meeting&apos;s end time</source>
        <translation>ម៉ោងបញ្ចប់កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>the attendance list has its header but no rows. Download it again from the meeting.</source>
        <translation>បញ្ជីវត្តមានមានតែក្បាលជួរឈរ ប៉ុន្តែគ្មានជួរដេកទេ។ សូមទាញយកវាម្ដងទៀតពីកិច្ចប្រជុំ។</translation>
    </message>
    <message>
        <source>the attendee report has its header but no join or leave rows.</source>
        <translation>របាយការណ៍អ្នកចូលរួមមានតែក្បាលជួរឈរ ប៉ុន្តែគ្មានជួរដេកនៃការចូល ឬការចាកចេញទេ។</translation>
    </message>
    <message>
        <source>this Teams participant table has no name, join or leave column (its columns are %1).</source>
        <translation>តារាងអ្នកចូលរួម Teams នេះគ្មានជួរឈរឈ្មោះ ម៉ោងចូល ឬម៉ោងចាកចេញទេ (ជួរឈររបស់វាគឺ %1)។</translation>
    </message>
    <message>
        <source>the time in the meeting “%1” is not a duration Sala can read (such as 1h 5m 3s).</source>
        <translation>រយៈពេលក្នុងកិច្ចប្រជុំ “%1” មិនមែនជារយៈពេលដែល Sala អាចអានបានទេ (ដូចជា 1h 5m 3s)។</translation>
    </message>
    <message>
        <source>this Teams meeting summary has no participant table (no line starting “Full Name” with a “Join Time”). Download the report again.</source>
        <translation>សេចក្ដីសង្ខេបកិច្ចប្រជុំ Teams នេះគ្មានតារាងអ្នកចូលរួមទេ (គ្មានបន្ទាត់ដែលចាប់ផ្ដើមដោយ “Full Name” ជាមួយ “Join Time”)។ សូមទាញយករបាយការណ៍ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>the participant table has its header but no rows.</source>
        <translation>តារាងអ្នកចូលរួមមានតែក្បាលជួរឈរ ប៉ុន្តែគ្មានជួរដេកទេ។</translation>
    </message>
    <message>
        <source>this Teams attendance report has no participants section (“2. …” followed by a table). Download the report again.</source>
        <translation>របាយការណ៍វត្តមាន Teams នេះគ្មានផ្នែកអ្នកចូលរួមទេ (“2. …” ដែលមានតារាងនៅបន្ទាប់)។ សូមទាញយករបាយការណ៍ម្ដងទៀត។</translation>
    </message>
    <message>
        <source>the participants section has a header but no rows.</source>
        <translation>ផ្នែកអ្នកចូលរួមមានក្បាលជួរឈរ ប៉ុន្តែគ្មានជួរដេកទេ។</translation>
    </message>
    <message>
        <source>the participants table has its header but no rows. The report may have been cut short or downloaded before anyone joined; download it again.</source>
        <translation>តារាងអ្នកចូលរួមមានតែក្បាលជួរឈរ ប៉ុន្តែគ្មានជួរដេកទេ។ របាយការណ៍ប្រហែលជាត្រូវបានកាត់ខ្លី ឬត្រូវបានទាញយកមុនពេលមាននរណាម្នាក់ចូល៖ សូមទាញយកវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>this Zoom participants table has no join or leave time column (its columns are %1).</source>
        <translation>តារាងអ្នកចូលរួម Zoom នេះគ្មានជួរឈរម៉ោងចូល ឬម៉ោងចាកចេញទេ (ជួរឈររបស់វាគឺ %1)។</translation>
    </message>
    <message>
        <source>this Zoom table of unique users has no total duration column (its columns are %1).</source>
        <translation>តារាងអ្នកប្រើប្រាស់មិនស្ទួន (unique users) របស់ Zoom នេះគ្មានជួរឈររយៈពេលសរុបទេ (ជួរឈររបស់វាគឺ %1)។</translation>
    </message>
    <message>
        <source>the total duration “%1” is not a number of minutes.</source>
        <translation>រយៈពេលសរុប “%1” មិនមែនជាចំនួននាទីទេ។</translation>
    </message>
    <message>
        <source>this Zoom admin export has no join or leave time after the participant&apos;s name (its columns are %1).</source>
        <translation>ឯកសារនាំចេញរបស់អ្នកគ្រប់គ្រង Zoom នេះគ្មានម៉ោងចូល ឬម៉ោងចាកចេញនៅបន្ទាប់ពីឈ្មោះអ្នកចូលរួមទេ (ជួរឈររបស់វាគឺ %1)។</translation>
    </message>
    <message>
        <source>this Zoom admin export holds more than one meeting (%1 and %2, from line %3). Sala reads one meeting at a time: keep only one meeting&apos;s rows in a spreadsheet, or export that meeting&apos;s participants report.</source>
        <translation>ឯកសារនាំចេញរបស់អ្នកគ្រប់គ្រង Zoom នេះមានកិច្ចប្រជុំច្រើនជាងមួយ (%1 និង %2 ចាប់ពីបន្ទាត់ %3)។ Sala អានកិច្ចប្រជុំម្ដងមួយ៖ សូមទុកតែជួរដេកនៃកិច្ចប្រជុំមួយក្នុងកម្មវិធីតារាងទិន្នន័យ ឬនាំចេញរបាយការណ៍អ្នកចូលរួមនៃកិច្ចប្រជុំនោះ។</translation>
    </message>
    <message>
        <source>this section of the webinar report has no join or leave time (its columns are %1).</source>
        <translation>ផ្នែកនេះនៃរបាយការណ៍វេបប៊ីណាគ្មានម៉ោងចូល ឬម៉ោងចាកចេញទេ (ជួរឈររបស់វាគឺ %1)។</translation>
    </message>
    <message>
        <source>this webinar report has no table of attendees (no row with “User Name (Original Name)”). Export the attendee report again.</source>
        <translation>របាយការណ៍វេបប៊ីណានេះគ្មានតារាងអ្នកចូលរួមទេ (គ្មានជួរដេកដែលមាន “User Name (Original Name)”)។ សូមនាំចេញរបាយការណ៍អ្នកចូលរួមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>nobody in this webinar report attended. Check that it is the right webinar.</source>
        <translation>គ្មាននរណាម្នាក់ក្នុងរបាយការណ៍វេបប៊ីណានេះបានចូលរួមទេ។ សូមពិនិត្យថាវាជាវេបប៊ីណាត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>this Zoom meeting report has no leave time column.</source>
        <translation>របាយការណ៍កិច្ចប្រជុំ Zoom នេះគ្មានជួរឈរម៉ោងចាកចេញទេ។</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and Sala cannot tell which of them are joins and which are leaves: a join starts each person’s lines and a leave follows a join. Download the list again with Teams set to English.</source>
        <translation>បញ្ជីវត្តមាន Teams នេះមានសកម្មភាព %1 ហើយ Sala មិនអាចដឹងថាមួយណាជាការចូល និងមួយណាជាការចាកចេញទេ៖ បន្ទាត់របស់បុគ្គលម្នាក់ៗចាប់ផ្ដើមដោយការចូល ហើយការចាកចេញកើតឡើងបន្ទាប់ពីការចូល។ សូមទាញយកបញ្ជីម្ដងទៀត ដោយកំណត់ Teams ជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <source>this Teams attendance list has the actions %1, and they could be read either way: Sala cannot tell which are joins and which are leaves. Download the list again with Teams set to English.</source>
        <translation>បញ្ជីវត្តមាន Teams នេះមានសកម្មភាព %1 ហើយសកម្មភាពទាំងនោះអាចអានបានទាំងពីររបៀប៖ Sala មិនអាចដឹងថាមួយណាជាការចូល និងមួយណាជាការចាកចេញទេ។ សូមទាញយកបញ្ជីម្ដងទៀត ដោយកំណត់ Teams ជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <source>the line has no action (such as Joined or Left) in its second column.</source>
        <translation>បន្ទាត់នេះគ្មានសកម្មភាព (ដូចជា Joined ឬ Left) នៅក្នុងជួរឈរទីពីររបស់វាទេ។</translation>
    </message>
    <message>
        <source>the action “%1” is a fourth kind of action after %2; Teams writes three (a join, a leave and a join before the list was downloaded).</source>
        <translation>សកម្មភាព “%1” ជាប្រភេទសកម្មភាពទីបួន បន្ទាប់ពី %2៖ Teams សរសេរតែបីប្រភេទប៉ុណ្ណោះ (ការចូល ការចាកចេញ និងការចូលមុនពេលទាញយកបញ្ជី)។</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImport</name>
    <message>
        <source>proposed: %1</source>
        <translation>បានស្នើ៖ %1</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>បានបញ្ជាក់ដោយគ្រូបង្គោល៖ %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>បានជ្រើសរើសដោយគ្រូបង្គោល</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>បានបន្ថែមទៅបញ្ជីអ្នកចូលរួមពី “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>គ្រូបង្គោលបានកំណត់មិនរាប់បញ្ចូល</translation>
    </message>
    <message>
        <source>There is no file to import.</source>
        <translation>គ្មានឯកសារសម្រាប់នាំចូលទេ។</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Use a name such as Asia/Bangkok, Asia/Manila or Asia/Kuala_Lumpur.</source>
        <translation>“%1” មិនមែនជាល្វែងម៉ោងដែល Sala ស្គាល់ទេ។ សូមប្រើឈ្មោះដូចជា Asia/Bangkok, Asia/Manila ឬ Asia/Kuala_Lumpur។</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same file. Import it once.</source>
        <translation>“%1” និង “%2” ជាឯកសារតែមួយ។ សូមនាំចូលវាតែម្ដង។</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>ឯកសារវត្តមាន “%1”</translation>
    </message>
    <message>
        <source>“%1” was matched to participant %2, who is not on this workshop’s roster. Pick someone on the roster and import again.</source>
        <translation>“%1” ត្រូវបានផ្គូផ្គងទៅអ្នកចូលរួម %2 ដែលមិនមាននៅក្នុងបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលានេះទេ។ សូមជ្រើសរើសអ្នកដែលមាននៅក្នុងបញ្ជី ហើយនាំចូលម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceImportDialog</name>
    <message>
        <source>&amp;Add File…</source>
        <translation>បន្ថែមឯកសារ (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove File</source>
        <translation>ដកឯកសារចេញ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>ផ្គូផ្គង (&amp;M)</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>បន្ថែមទៅបញ្ជីអ្នកចូលរួម (&amp;E)</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>មិនរាប់បញ្ចូល (&amp;G)</translation>
    </message>
    <message>
        <source>Undo C&amp;hoice</source>
        <translation>បោះបង់ការជ្រើសរើស (&amp;H)</translation>
    </message>
    <message>
        <source>Import Attendance</source>
        <translation>នាំចូលវត្តមាន</translation>
    </message>
    <message numerus="yes">
        <source>Attendance for &lt;b&gt;%1&lt;/b&gt; · %2 · roster of %n people</source>
        <translation>
            <numerusform>វត្តមានសម្រាប់ &lt;b&gt;%1&lt;/b&gt; · %2 · បញ្ជីអ្នកចូលរួម %n នាក់</numerusform>
            <numerusform>វត្តមានសម្រាប់ &lt;b&gt;%1&lt;/b&gt; · %2 · បញ្ជីអ្នកចូលរួម %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>អានជា</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ចំនួនមនុស្ស</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Attendance files</source>
        <translation>ឯកសារវត្តមាន</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>តាមដែលឯកសារបង្ហាញ</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>ថ្ងៃមុនខែ (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>ខែមុនថ្ងៃ (12/31/2026)</translation>
    </message>
    <message>
        <source>Day order of the dates</source>
        <translation>លំដាប់ថ្ងៃ និងខែនៃកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Only needed when every date in a file reads both ways, such as 03/04/2026.</source>
        <translation>ត្រូវការតែពេលដែលកាលបរិច្ឆេទទាំងអស់ក្នុងឯកសារអាចអានបានទាំងពីររបៀប ដូចជា 03/04/2026។</translation>
    </message>
    <message>
        <source>Time zone of the times in the files</source>
        <translation>ល្វែងម៉ោងនៃម៉ោងក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>Exports give the clock time of the account that downloaded them, without a zone. This is the workshop&apos;s zone unless the host&apos;s account is set to another.</source>
        <translation>ឯកសារនាំចេញបង្ហាញម៉ោងតាមគណនីដែលបានទាញយកវា ដោយមិនបញ្ជាក់ល្វែងម៉ោង។ នេះគឺជាល្វែងម៉ោងនៃសិក្ខាសាលា លុះត្រាតែគណនីរបស់ម្ចាស់កិច្ចប្រជុំ (host) ត្រូវបានកំណត់ជាល្វែងម៉ោងផ្សេង។</translation>
    </message>
    <message>
        <source>Problems with the files</source>
        <translation>បញ្ហាក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>People in the files</source>
        <translation>មនុស្សក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>វាយឈ្មោះ ឈ្មោះផ្សេង ឬអ៊ីមែល…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>ស្វែងរកក្នុងបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>អ្នកចូលរួមក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>បុគ្គលនេះគឺជាអ្នកចូលរួមដែលបានជ្រើសរើសក្នុងបញ្ជី (ឬអ្នកដែលបានស្នើ)។ Sala រក្សាទុកឈ្មោះនេះជាឈ្មោះផ្សេង ដូច្នេះឯកសារលើកក្រោយនឹងផ្គូផ្គងដោយស្វ័យប្រវត្តិ។</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>បន្ថែមបុគ្គលនេះទៅបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលា ជាអ្នកចូលរួមថ្មី</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>មិនមែនជាអ្នកណាម្នាក់ក្នុងបញ្ជីទេ៖ ឧបករណ៍ទីពីររបស់ម្ចាស់កិច្ចប្រជុំ អ្នកបកប្រែ ឬអ្នកសង្កេតការណ៍</translation>
    </message>
    <message>
        <source>Go back to what Sala found</source>
        <translation>ត្រឡប់ទៅលទ្ធផលដែល Sala បានរកឃើញ</translation>
    </message>
    <message>
        <source>&amp;Day order:</source>
        <translation>លំដាប់ថ្ងៃ (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;Time zone of the times:</source>
        <translation>ល្វែងម៉ោងនៃម៉ោងក្នុងឯកសារ (&amp;T)៖</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>តើនេះជានរណា? (&amp;W)</translation>
    </message>
    <message>
        <source>Review the people</source>
        <translation>ពិនិត្យមើលមនុស្ស</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>នាំចូល (&amp;I)</translation>
    </message>
    <message>
        <source>Add Attendance File</source>
        <translation>បន្ថែមឯកសារវត្តមាន</translation>
    </message>
    <message>
        <source>Attendance exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>ឯកសារវត្តមាន (*.csv *.tsv *.txt);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Choose the day order above.</source>
        <translation>សូមជ្រើសរើសលំដាប់ថ្ងៃនៅខាងលើ។</translation>
    </message>
    <message>
        <source>Imported before (%1): importing again replaces that import and its review.</source>
        <translation>បាននាំចូលពីមុន (%1)៖ ការនាំចូលម្ដងទៀតនឹងជំនួសការនាំចូលនោះ និងការពិនិត្យរបស់វា។</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs the day order</source>
        <translation>ត្រូវការលំដាប់ថ្ងៃ</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>មិនបានអាន</translation>
    </message>
    <message>
        <source>%1 — %2%</source>
        <translation>%1 — %2%</translation>
    </message>
    <message>
        <source>Add the participants report you downloaded from Zoom, Teams or Google Meet.</source>
        <translation>សូមបន្ថែមរបាយការណ៍អ្នកចូលរួមដែលអ្នកបានទាញយកពី Zoom, Teams ឬ Google Meet។</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceMatrixModel</name>
    <message>
        <source>Preferred name: %1</source>
        <translation>ឈ្មោះដែលចូលចិត្តឱ្យហៅ៖ %1</translation>
    </message>
    <message>
        <source>%1 min · %2 %</source>
        <translation>%1 នាទី · %2 %</translation>
    </message>
    <message>
        <source>Matched %1</source>
        <translation>បានផ្គូផ្គង %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ទំហំសហគ្រាស</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>វគ្គ %1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>នាទីសរុប</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>ភាគរយនៃសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
</context>
<context>
    <name>sala::AttendancePanel</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>មិនអាចសរសេរ “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Completion threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>កម្រិតកំណត់នៃការបញ្ចប់ ជាភាគរយនៃពេលវេលាតាមកាលវិភាគរបស់សិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Participation threshold, percent of the workshop&apos;s scheduled time</source>
        <translation>កម្រិតកំណត់នៃការចូលរួម ជាភាគរយនៃពេលវេលាតាមកាលវិភាគរបស់សិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>អ្នកចូលរួម និងវគ្គ</translation>
    </message>
    <message>
        <source>People in the session</source>
        <translation>មនុស្សក្នុងវគ្គ</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>តារាងបែងចែកតាមក្រុម</translation>
    </message>
    <message>
        <source>Who earned a certificate</source>
        <translation>អ្នកដែលទទួលបានវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>នាំចេញ CSV (&amp;C)…</translation>
    </message>
    <message>
        <source>Save the participants × sessions table as CSV for a spreadsheet</source>
        <translation>រក្សាទុកតារាងអ្នកចូលរួម × វគ្គ ជា CSV សម្រាប់កម្មវិធីតារាងទិន្នន័យ</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>នាំចេញ Excel (&amp;X)…</translation>
    </message>
    <message>
        <source>Save the summary, participants and sessions as an Excel workbook</source>
        <translation>រក្សាទុកសេចក្ដីសង្ខេប អ្នកចូលរួម និងវគ្គ ជាសៀវភៅការងារ Excel</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>នាំចេញ PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Save the attendance report with its charts as a PDF for the funder</source>
        <translation>រក្សាទុករបាយការណ៍វត្តមានព្រមទាំងគំនូសតាង ជា PDF សម្រាប់ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <source>Certi&amp;ficates…</source>
        <translation>វិញ្ញាបនបត្រ (&amp;F)…</translation>
    </message>
    <message>
        <source>Save one certificate per person who earned one, as a PDF</source>
        <translation>រក្សាទុកវិញ្ញាបនបត្រមួយសម្រាប់អ្នកទទួលបានម្នាក់ៗ ជា PDF</translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation>នាំចេញបញ្ជី (&amp;L)…</translation>
    </message>
    <message>
        <source>Save who earned a certificate as CSV</source>
        <translation>រក្សាទុកបញ្ជីអ្នកដែលទទួលបានវិញ្ញាបនបត្រ ជា CSV</translation>
    </message>
    <message>
        <source>Certificate &amp;Template…</source>
        <translation>គំរូវិញ្ញាបនបត្រ (&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the titles, texts and signatory of this workshop&apos;s certificates</source>
        <translation>កែចំណងជើង អត្ថបទ និងអ្នកចុះហត្ថលេខានៃវិញ្ញាបនបត្ររបស់សិក្ខាសាលានេះ</translation>
    </message>
    <message>
        <source>C&amp;ompletion at:</source>
        <translation>ការបញ្ចប់ចាប់ពី (&amp;O)៖</translation>
    </message>
    <message>
        <source>Partici&amp;pation at:</source>
        <translation>ការចូលរួមចាប់ពី (&amp;P)៖</translation>
    </message>
    <message>
        <source>A person completes the workshop with at least this share of its total scheduled time</source>
        <translation>បុគ្គលម្នាក់បញ្ចប់សិក្ខាសាលា នៅពេលមានវត្តមានយ៉ាងហោចណាស់ភាគរយនេះនៃពេលវេលាសរុបតាមកាលវិភាគ</translation>
    </message>
    <message>
        <source>A person earns a participation certificate with at least this share, below completion</source>
        <translation>បុគ្គលម្នាក់ទទួលបានវិញ្ញាបនបត្រចូលរួម នៅពេលមានវត្តមានយ៉ាងហោចណាស់ភាគរយនេះ ដែលទាបជាងកម្រិតបញ្ចប់</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>សេចក្ដីសង្ខេបវត្តមាន</translation>
    </message>
    <message>
        <source>Attendance note</source>
        <translation>កំណត់ចំណាំអំពីវត្តមាន</translation>
    </message>
    <message>
        <source>Attendance views</source>
        <translation>ទិដ្ឋភាពវត្តមាន</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>ការបែងចែកតាមក្រុម</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>វគ្គ (&amp;S)៖</translation>
    </message>
    <message>
        <source>About this session&apos;s attendance</source>
        <translation>អំពីវត្តមាននៃវគ្គនេះ</translation>
    </message>
    <message>
        <source>Export Session C&amp;SV…</source>
        <translation>នាំចេញ CSV នៃវគ្គ (&amp;S)…</translation>
    </message>
    <message>
        <source>Save this session&apos;s people, minutes, joins and leaves as CSV</source>
        <translation>រក្សាទុកមនុស្ស ចំនួននាទី ការចូល និងការចាកចេញនៃវគ្គនេះ ជា CSV</translation>
    </message>
    <message>
        <source>People in the room over the session</source>
        <translation>ចំនួនមនុស្សក្នុងកិច្ចប្រជុំពេញមួយវគ្គ</translation>
    </message>
    <message>
        <source>Export Session Attendance as CSV</source>
        <translation>នាំចេញវត្តមាននៃវគ្គជា CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 - attendance</source>
        <translation>%1 - វត្តមាន</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>ការបែងចែកតាមក្រុម</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>បែងចែកតាម (&amp;B)៖</translation>
    </message>
    <message>
        <source>Breakdown chart</source>
        <translation>គំនូសតាងបែងចែកតាមក្រុម</translation>
    </message>
    <message>
        <source>About the certificates</source>
        <translation>អំពីវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Certificates &amp;PDF…</source>
        <translation>វិញ្ញាបនបត្រ PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>Open or create a workshop to see its attendance.</source>
        <translation>សូមបើក ឬបង្កើតសិក្ខាសាលាមួយ ដើម្បីមើលវត្តមានរបស់វា។</translation>
    </message>
    <message>
        <source>No attendance has been imported for this workshop yet. Use Import attendance… to read the attendance export that Zoom, Microsoft Teams or Google Meet gives after each session; people checked in live during a session count too. The tables, charts, exports and certificates appear here once there is attendance.</source>
        <translation>មិនទាន់មានវត្តមានត្រូវបាននាំចូលសម្រាប់សិក្ខាសាលានេះនៅឡើយទេ។ សូមប្រើ “នាំចូលវត្តមាន…” ដើម្បីអានឯកសារវត្តមានដែល Zoom, Microsoft Teams ឬ Google Meet ផ្ដល់ឱ្យបន្ទាប់ពីវគ្គនីមួយៗ៖ អ្នកដែលបានចុះវត្តមានផ្ទាល់ក្នុងអំឡុងវគ្គក៏ត្រូវបានរាប់ដែរ។ តារាង គំនូសតាង ឯកសារនាំចេញ និងវិញ្ញាបនបត្រ នឹងបង្ហាញនៅទីនេះ នៅពេលមានវត្តមាន។</translation>
    </message>
    <message>
        <source>%1 enrolled · %2 attended · %3 completed · %4 participated</source>
        <translation>ចុះឈ្មោះ %1 · មានវត្តមាន %2 · បានបញ្ចប់ %3 · បានចូលរួម %4</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>%1 ក្នុងចំណោម %2 វគ្គ មិនទាន់មានវត្តមាននៅឡើយទេ៖ ពេលវេលានៃវគ្គទាំងនោះត្រូវបានរាប់ថាអវត្តមាន។</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 people earned a certificate: completion at %2 % or more of the workshop&apos;s scheduled time, participation at %3 % or more. People whose personal data was erased get none.</source>
        <translation>មនុស្ស %1 នាក់ទទួលបានវិញ្ញាបនបត្រ៖ ការបញ្ចប់ចាប់ពី %2 % ឡើងទៅនៃពេលវេលាតាមកាលវិភាគរបស់សិក្ខាសាលា និងការចូលរួមចាប់ពី %3 % ឡើងទៅ។ អ្នកដែលទិន្នន័យផ្ទាល់ខ្លួនត្រូវបានលុបចោល មិនទទួលបានវិញ្ញាបនបត្រទេ។</translation>
    </message>
    <message>
        <source>At most %1 people were in the room at once.</source>
        <translation>មានមនុស្សច្រើនបំផុត %1 នាក់នៅក្នុងកិច្ចប្រជុំក្នុងពេលតែមួយ។</translation>
    </message>
    <message>
        <source>No attendance imported for this session yet.</source>
        <translation>មិនទាន់បាននាំចូលវត្តមានសម្រាប់វគ្គនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>%1 attendees, %2 minutes on average, of %3 scheduled.</source>
        <translation>អ្នកមានវត្តមាន %1 នាក់ ជាមធ្យម %2 នាទី ក្នុងចំណោម %3 តាមកាលវិភាគ។</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>ពី %1។</translation>
    </message>
    <message>
        <source>%1 people in the exports are not matched to the roster yet.</source>
        <translation>មនុស្ស %1 នាក់ក្នុងឯកសារនាំចេញ មិនទាន់ត្រូវបានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួមនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>%1 people are known only by their total minutes and are not in the chart.</source>
        <translation>មនុស្ស %1 នាក់ត្រូវបានដឹងតែចំនួននាទីសរុប ហើយមិនមាននៅក្នុងគំនូសតាងទេ។</translation>
    </message>
    <message>
        <source>%1: attended, completed and participated per group; the same numbers as the table.</source>
        <translation>%1៖ ចំនួនអ្នកមានវត្តមាន បានបញ្ចប់ និងបានចូលរួម តាមក្រុមនីមួយៗ៖ លេខដូចគ្នានឹងក្នុងតារាង។</translation>
    </message>
    <message>
        <source>The file was written, but Sala could not record the export in the personal data log: %1</source>
        <translation>ឯកសារត្រូវបានសរសេររួចហើយ ប៉ុន្តែ Sala មិនអាចកត់ត្រាការនាំចេញនេះក្នុងកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួនបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Export Attendance as CSV</source>
        <translation>នាំចេញវត្តមានជា CSV</translation>
    </message>
    <message>
        <source>Export Attendance as Excel Workbook</source>
        <translation>នាំចេញវត្តមានជាសៀវភៅការងារ Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>សៀវភៅការងារ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Attendance Report as PDF</source>
        <translation>នាំចេញរបាយការណ៍វត្តមានជា PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Certificate List as CSV</source>
        <translation>នាំចេញបញ្ជីវិញ្ញាបនបត្រជា CSV</translation>
    </message>
    <message>
        <source>%1 - certificates</source>
        <translation>%1 - វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet at these thresholds (completion %1 %, participation %2 %), so there is nothing to print.</source>
        <translation>មិនទាន់មាននរណាម្នាក់ទទួលបានវិញ្ញាបនបត្រតាមកម្រិតកំណត់ទាំងនេះនៅឡើយទេ (ការបញ្ចប់ %1 % ការចូលរួម %2 %) ដូច្នេះគ្មានអ្វីត្រូវបោះពុម្ពទេ។</translation>
    </message>
    <message>
        <source>Save Certificates as PDF</source>
        <translation>រក្សាទុកវិញ្ញាបនបត្រជា PDF</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>វិញ្ញាបនបត្រ៖ %1</translation>
    </message>
    <message>
        <source>Rev&amp;iew…</source>
        <translation>ពិនិត្យ (&amp;I)…</translation>
    </message>
    <message>
        <source>Match, add or ignore the people the attendance exports named but Sala could not match to the roster</source>
        <translation>ផ្គូផ្គង បន្ថែម ឬមិនរាប់បញ្ចូលមនុស្សដែលមានឈ្មោះក្នុងឯកសារវត្តមាន ប៉ុន្តែ Sala មិនអាចផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួមបាន</translation>
    </message>
    <message>
        <source>People not matched</source>
        <translation>មនុស្សដែលមិនបានផ្គូផ្គង</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this session&apos;s attendance are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>មនុស្ស %n នាក់ក្នុងវត្តមាននៃវគ្គនេះ មិនទាន់បានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម ហើយមិនទាន់ត្រូវបានរាប់នៅកន្លែងណាមួយនៅឡើយទេ។</numerusform>
            <numerusform>មនុស្ស %n នាក់ក្នុងវត្តមាននៃវគ្គនេះ មិនទាន់បានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម ហើយមិនទាន់ត្រូវបានរាប់នៅកន្លែងណាមួយនៅឡើយទេ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of “%1” are not matched to the roster and count nowhere yet.</source>
        <translation>
            <numerusform>មនុស្ស %n នាក់ក្នុងវត្តមាននៃ “%1” មិនទាន់បានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម ហើយមិនទាន់ត្រូវបានរាប់នៅកន្លែងណាមួយនៅឡើយទេ។</numerusform>
            <numerusform>មនុស្ស %n នាក់ក្នុងវត្តមាននៃ “%1” មិនទាន់បានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម ហើយមិនទាន់ត្រូវបានរាប់នៅកន្លែងណាមួយនៅឡើយទេ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in other sessions.</source>
        <translation>
            <numerusform>និង %n នាក់ទៀតក្នុងវគ្គផ្សេងទៀត។</numerusform>
            <numerusform>និង %n នាក់ទៀតក្នុងវគ្គផ្សេងទៀត។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReport</name>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>បានចូលរួម</translation>
    </message>
    <message>
        <source>Below participation</source>
        <translation>ក្រោមកម្រិតចូលរួម</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>អវត្តមាន</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>តាមអ៊ីមែល</translation>
    </message>
    <message>
        <source>by alias</source>
        <translation>តាមឈ្មោះផ្សេង</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>តាមឈ្មោះ</translation>
    </message>
    <message>
        <source>by a similar name</source>
        <translation>តាមឈ្មោះស្រដៀងគ្នា</translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation>បញ្ជាក់ដោយដៃ</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>បន្ថែមដោយដៃ</translation>
    </message>
    <message>
        <source>live check-in only</source>
        <translation>ចុះវត្តមានផ្ទាល់តែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>គ្មានការយល់ព្រម</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>តាមភេទ</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>តាមប្រទេស</translation>
    </message>
    <message>
        <source>By organization type</source>
        <translation>តាមប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <source>By enterprise size</source>
        <translation>តាមទំហំសហគ្រាស</translation>
    </message>
    <message>
        <source>Participant %1 (personal data erased)</source>
        <translation>អ្នកចូលរួម %1 (ទិន្នន័យផ្ទាល់ខ្លួនត្រូវបានលុបចោល)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>មិនបញ្ជាក់</translation>
    </message>
    <message>
        <source>Team (not counted): %1</source>
        <translation>ក្រុមការងារ (មិនរាប់)៖ %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReportIo</name>
    <message>
        <source>Attendance report of workshop %1 as CSV</source>
        <translation>របាយការណ៍វត្តមាននៃសិក្ខាសាលា %1 ជា CSV</translation>
    </message>
    <message>
        <source>Attendance of one session of workshop %1 as CSV</source>
        <translation>វត្តមាននៃវគ្គមួយរបស់សិក្ខាសាលា %1 ជា CSV</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as an Excel workbook</source>
        <translation>របាយការណ៍វត្តមាននៃសិក្ខាសាលា %1 ជាសៀវភៅការងារ Excel</translation>
    </message>
    <message>
        <source>Attendance report of workshop %1 as PDF</source>
        <translation>របាយការណ៍វត្តមាននៃសិក្ខាសាលា %1 ជា PDF</translation>
    </message>
    <message>
        <source>Certificate list of workshop %1 as CSV</source>
        <translation>បញ្ជីវិញ្ញាបនបត្រនៃសិក្ខាសាលា %1 ជា CSV</translation>
    </message>
    <message>
        <source>Certificates of workshop %1 as PDF</source>
        <translation>វិញ្ញាបនបត្រនៃសិក្ខាសាលា %1 ជា PDF</translation>
    </message>
    <message>
        <source>The completion threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>កម្រិតកំណត់នៃការបញ្ចប់ត្រូវតែជាភាគរយពី 1 ដល់ 100 មិនមែន %1 ទេ។</translation>
    </message>
    <message>
        <source>The participation threshold must be a percentage from 1 to 100, not %1.</source>
        <translation>កម្រិតកំណត់នៃការចូលរួមត្រូវតែជាភាគរយពី 1 ដល់ 100 មិនមែន %1 ទេ។</translation>
    </message>
    <message>
        <source>The participation threshold (%1 %) cannot be above the completion threshold (%2 %).</source>
        <translation>កម្រិតកំណត់នៃការចូលរួម (%1 %) មិនអាចខ្ពស់ជាងកម្រិតកំណត់នៃការបញ្ចប់ (%2 %) បានទេ។</translation>
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
        <translation>របាយការណ៍វត្តមាន</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>អ្នករៀបចំ៖</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>វគ្គ៖</translation>
    </message>
    <message>
        <source>%1, %2 hours scheduled in all</source>
        <translation>%1 សរុប %2 ម៉ោងតាមកាលវិភាគ</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>ការបញ្ចប់៖</translation>
    </message>
    <message>
        <source>at least %1 % of the workshop&apos;s scheduled time</source>
        <translation>យ៉ាងហោចណាស់ %1 % នៃពេលវេលាតាមកាលវិភាគរបស់សិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translation>ការចូលរួម៖</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent; minutes are rounded to the nearest minute.</source>
        <translation>ភាគរយរបស់បុគ្គលម្នាក់ គឺពេលវេលាដែលគាត់នៅក្នុងកិច្ចប្រជុំ ធៀបនឹងពេលវេលាតាមកាលវិភាគនៃវគ្គទាំងអស់របស់សិក្ខាសាលា៖ ពេលវេលាក្នុងវគ្គមួយត្រូវបានរាប់មិនលើសរយៈពេលតាមកាលវិភាគនៃវគ្គនោះទេ។ ភាគរយត្រូវបានបង្គត់ចុះជាភាគរយគត់៖ នាទីត្រូវបានបង្គត់ទៅនាទីជិតបំផុត។</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 ក្នុងចំណោម %2 វគ្គ មិនទាន់បាននាំចូលវត្តមាននៅឡើយទេ៖ ពេលវេលានៃវគ្គទាំងនោះត្រូវបានរាប់ថាអវត្តមាន។</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance are no longer on the roster and are left out.</source>
        <translation>
            <numerusform>មនុស្ស %n នាក់ក្នុងវត្តមាន លែងមាននៅក្នុងបញ្ជីអ្នកចូលរួម ហើយមិនត្រូវបានរាប់បញ្ចូលទេ។</numerusform>
            <numerusform>មនុស្ស %n នាក់ក្នុងវត្តមាន លែងមាននៅក្នុងបញ្ជីអ្នកចូលរួម ហើយមិនត្រូវបានរាប់បញ្ចូលទេ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>បង្កើតនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ចំនួនមនុស្ស</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <source>Share of the enrolled</source>
        <translation>ភាគរយនៃអ្នកចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>បានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Attended at least once</source>
        <translation>មានវត្តមានយ៉ាងហោចណាស់ម្ដង</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>បានចូលរួម (ក្រោមកម្រិតបញ្ចប់)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>មានវត្តមាន</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% នៃអ្នកមានវត្តមាន</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% នៃអ្នកបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>បានចូលរួម</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% នៃអ្នកបានចូលរួម</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>តាមកាលវិភាគ</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>អ្នកមានវត្តមាន</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>នាទីជាមធ្យម</translation>
    </message>
    <message>
        <source>Not matched to the roster</source>
        <translation>មិនបានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>no attendance imported yet</source>
        <translation>មិនទាន់បាននាំចូលវត្តមាន</translation>
    </message>
    <message>
        <source>People in the room: %1</source>
        <translation>មនុស្សក្នុងកិច្ចប្រជុំ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people are known only by their total minutes and are not in the curve.</source>
        <translation>
            <numerusform>មនុស្ស %n នាក់ត្រូវបានដឹងតែចំនួននាទីសរុប ហើយមិនមាននៅក្នុងខ្សែកោងទេ។</numerusform>
            <numerusform>មនុស្ស %n នាក់ត្រូវបានដឹងតែចំនួននាទីសរុប ហើយមិនមាននៅក្នុងខ្សែកោងទេ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants and sessions</source>
        <translation>អ្នកចូលរួម និងវគ្គ</translation>
    </message>
    <message>
        <source>Each session shows minutes in the room and the share of its scheduled time. Status is over the whole workshop: completed at %1 % or more, participated at %2 % or more.</source>
        <translation>វគ្គនីមួយៗបង្ហាញចំនួននាទីក្នុងកិច្ចប្រជុំ និងភាគរយនៃពេលវេលាតាមកាលវិភាគរបស់វា។ ស្ថានភាពគិតលើសិក្ខាសាលាទាំងមូល៖ បានបញ្ចប់ ចាប់ពី %1 % ឡើងទៅ បានចូលរួម ចាប់ពី %2 % ឡើងទៅ។</translation>
    </message>
    <message>
        <source>Nobody is on the roster.</source>
        <translation>គ្មាននរណាម្នាក់នៅក្នុងបញ្ជីអ្នកចូលរួមទេ។</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>វគ្គ %1</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>នាទីសរុប</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ភាគរយ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>%1 min (%2 %)</source>
        <translation>%1 នាទី (%2 %)</translation>
    </message>
    <message>
        <source>S%1: %2</source>
        <translation>វគ្គ %1៖ %2</translation>
    </message>
    <message>
        <source>Sala could not save the attendance report as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala មិនអាចរក្សាទុករបាយការណ៍វត្តមានជា “%1” បានទេ (%2)។ សូមពិនិត្យថាថតឯកសារនោះមានពិតប្រាកដ ហើយអ្នកមានសិទ្ធិសរសេរនៅទីនោះ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The PDF attendance report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>របាយការណ៍វត្តមានជា PDF ត្រូវការមុខងារក្រាហ្វិករបស់ Qt ដែលកម្មវិធីនេះមិនបានបើក។ សូមបង្កើត PDF ពីផ្ទាំងកម្មវិធី Sala។</translation>
    </message>
    <message>
        <source>No file name was given for the PDF attendance report.</source>
        <translation>មិនបានផ្ដល់ឈ្មោះឯកសារសម្រាប់របាយការណ៍វត្តមានជា PDF ទេ។</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>វត្តមាន៖ %1</translation>
    </message>
    <message>
        <source>Attendance · %1</source>
        <translation>វត្តមាន · %1</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewDialog</name>
    <message>
        <source>&amp;Match</source>
        <translation>ផ្គូផ្គង (&amp;M)</translation>
    </message>
    <message>
        <source>Add to Rost&amp;er</source>
        <translation>បន្ថែមទៅបញ្ជីអ្នកចូលរួម (&amp;E)</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>មិនរាប់បញ្ចូល (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>Finish the Attendance Review</source>
        <translation>បញ្ចប់ការពិនិត្យវត្តមាន</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>These people in the imported attendance are not matched to the roster, so they count nowhere in the reports. Each choice is saved at once and the reports change with it; Undo (Ctrl+Z) takes it back.</source>
        <translation>មនុស្សទាំងនេះក្នុងវត្តមានដែលបាននាំចូល មិនទាន់បានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម ដូច្នេះពួកគេមិនត្រូវបានរាប់ក្នុងរបាយការណ៍ណាមួយទេ។ ការជ្រើសរើសនីមួយៗត្រូវបានរក្សាទុកភ្លាមៗ ហើយរបាយការណ៍ផ្លាស់ប្ដូរតាម៖ មិនធ្វើវិញ (Ctrl+Z) នឹងដកការជ្រើសរើសនោះវិញ។</translation>
    </message>
    <message>
        <source>People not matched to the roster</source>
        <translation>មនុស្សដែលមិនបានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Type a name, alias or e-mail…</source>
        <translation>វាយឈ្មោះ ឈ្មោះផ្សេង ឬអ៊ីមែល…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>ស្វែងរកក្នុងបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Roster participants</source>
        <translation>អ្នកចូលរួមក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>This person is the participant selected in the list (or the one proposed). Sala keeps the name as an alias, so the next file matches by itself.</source>
        <translation>បុគ្គលនេះគឺជាអ្នកចូលរួមដែលបានជ្រើសរើសក្នុងបញ្ជី (ឬអ្នកដែលបានស្នើ)។ Sala រក្សាទុកឈ្មោះនេះជាឈ្មោះផ្សេង ដូច្នេះឯកសារលើកក្រោយនឹងផ្គូផ្គងដោយស្វ័យប្រវត្តិ។</translation>
    </message>
    <message>
        <source>Add this person to the workshop&apos;s roster as a new participant</source>
        <translation>បន្ថែមបុគ្គលនេះទៅបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលា ជាអ្នកចូលរួមថ្មី</translation>
    </message>
    <message>
        <source>Nobody on the roster: a host&apos;s second device, an interpreter, an observer</source>
        <translation>មិនមែនជាអ្នកណាម្នាក់ក្នុងបញ្ជីទេ៖ ឧបករណ៍ទីពីររបស់ម្ចាស់កិច្ចប្រជុំ អ្នកបកប្រែ ឬអ្នកសង្កេតការណ៍</translation>
    </message>
    <message>
        <source>Apply every match Sala finds now by e-mail address, alias or name, such as for people added to the roster since the import</source>
        <translation>អនុវត្តការផ្គូផ្គងទាំងអស់ដែល Sala រកឃើញឥឡូវនេះ តាមអាសយដ្ឋានអ៊ីមែល ឈ្មោះផ្សេង ឬឈ្មោះ ដូចជាសម្រាប់អ្នកដែលបានបន្ថែមទៅបញ្ជីអ្នកចូលរួមក្រោយពេលនាំចូល</translation>
    </message>
    <message>
        <source>Take back the last choice saved here</source>
        <translation>ដកការជ្រើសរើសចុងក្រោយដែលបានរក្សាទុកនៅទីនេះវិញ</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>សេចក្ដីសង្ខេបនៃការពិនិត្យ</translation>
    </message>
    <message>
        <source>&amp;Who is this?</source>
        <translation>តើនេះជានរណា? (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>វគ្គ (&amp;S)៖</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>មិនទាន់ផ្គូផ្គង %n នាក់</numerusform>
            <numerusform>មិនទាន់ផ្គូផ្គង %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>now on the roster: %1</source>
        <translation>ឥឡូវមាននៅក្នុងបញ្ជីអ្នកចូលរួម៖ %1</translation>
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
        <translation>ផ្គូផ្គង “%1” ជាមួយ %2</translation>
    </message>
    <message>
        <source>Add “%1” to the Roster</source>
        <translation>បន្ថែម “%1” ទៅបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Ignore “%1” in the Attendance</source>
        <translation>មិនរាប់បញ្ចូល “%1” ក្នុងវត្តមាន</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Attendance Match(es)</source>
        <translation>
            <numerusform>អនុវត្តការផ្គូផ្គងវត្តមាន %n</numerusform>
            <numerusform>អនុវត្តការផ្គូផ្គងវត្តមាន %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Match(es) Sala Found</source>
        <translation>
            <numerusform>អនុវត្តការផ្គូផ្គង %n ដែល Sala បានរកឃើញ (&amp;A)</numerusform>
            <numerusform>អនុវត្តការផ្គូផ្គង %n ដែល Sala បានរកឃើញ (&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply Matches Sala Found</source>
        <translation>អនុវត្តការផ្គូផ្គងដែល Sala បានរកឃើញ (&amp;A)</translation>
    </message>
    <message>
        <source>Everyone in this session&apos;s imported attendance is matched, added or ignored.</source>
        <translation>អ្នកទាំងអស់ក្នុងវត្តមានដែលបាននាំចូលនៃវគ្គនេះ ត្រូវបានផ្គូផ្គង បន្ថែម ឬមិនរាប់បញ្ចូលរួចហើយ។</translation>
    </message>
    <message numerus="yes">
        <source>%n people not matched yet.</source>
        <translation>
            <numerusform>មនុស្ស %n នាក់មិនទាន់បានផ្គូផ្គងនៅឡើយទេ។</numerusform>
            <numerusform>មនុស្ស %n នាក់មិនទាន់បានផ្គូផ្គងនៅឡើយទេ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them Sala now finds an e-mail, alias or name on the roster.</source>
        <translation>
            <numerusform>សម្រាប់ %n នាក់ក្នុងចំណោមពួកគេ ឥឡូវនេះ Sala រកឃើញអ៊ីមែល ឈ្មោះផ្សេង ឬឈ្មោះនៅក្នុងបញ្ជីអ្នកចូលរួម។</numerusform>
            <numerusform>សម្រាប់ %n នាក់ក្នុងចំណោមពួកគេ ឥឡូវនេះ Sala រកឃើញអ៊ីមែល ឈ្មោះផ្សេង ឬឈ្មោះនៅក្នុងបញ្ជីអ្នកចូលរួម។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::AttendanceReviewModel</name>
    <message>
        <source>Matched</source>
        <translation>បានផ្គូផ្គង</translation>
    </message>
    <message>
        <source>Proposed — confirm?</source>
        <translation>បានស្នើ — បញ្ជាក់?</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>មិនបានផ្គូផ្គង</translation>
    </message>
    <message>
        <source>Matched by you</source>
        <translation>អ្នកបានផ្គូផ្គង</translation>
    </message>
    <message>
        <source>Add to roster</source>
        <translation>បន្ថែមទៅបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>មិនរាប់បញ្ចូល</translation>
    </message>
    <message>
        <source>Also shown as: %1</source>
        <translation>ក៏បង្ហាញជា៖ %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(គ្មានឈ្មោះ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>ថ្មី៖ %1</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>confirmed by you: %1</source>
        <translation>អ្នកបានបញ្ជាក់៖ %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>អ្នកបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>will be added to the workshop’s roster</source>
        <translation>នឹងត្រូវបានបន្ថែមទៅបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>left out of the reports</source>
        <translation>មិនរាប់បញ្ចូលក្នុងរបាយការណ៍</translation>
    </message>
    <message>
        <source>no one on the roster with this e-mail or name</source>
        <translation>គ្មាននរណាម្នាក់ក្នុងបញ្ជីអ្នកចូលរួមដែលមានអ៊ីមែល ឬឈ្មោះនេះទេ</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>នាទី</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Roster participant</source>
        <translation>អ្នកចូលរួមក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the file(s): </source>
        <translation>
            <numerusform>មនុស្ស %n នាក់ក្នុងឯកសារ៖ </numerusform>
            <numerusform>មនុស្ស %n នាក់ក្នុងឯកសារ៖ </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matched</source>
        <translation>បានផ្គូផ្គង %1</translation>
    </message>
    <message>
        <source>, %1 proposed</source>
        <translation>, បានស្នើ %1</translation>
    </message>
    <message>
        <source>, %1 not matched</source>
        <translation>, មិនបានផ្គូផ្គង %1</translation>
    </message>
    <message>
        <source>, %1 to add to the roster</source>
        <translation>, ត្រូវបន្ថែមទៅបញ្ជីអ្នកចូលរួម %1</translation>
    </message>
    <message>
        <source>, %1 ignored</source>
        <translation>, មិនរាប់បញ្ចូល %1</translation>
    </message>
    <message>
        <source>Proposed and unmatched people are left out of the reports until they are matched.</source>
        <translation>អ្នកដែលបានស្នើ និងអ្នកមិនទាន់ផ្គូផ្គង មិនត្រូវបានរាប់បញ្ចូលក្នុងរបាយការណ៍ទេ រហូតដល់ពួកគេត្រូវបានផ្គូផ្គង។</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceStore</name>
    <message>
        <source>save the stays</source>
        <translation>រក្សាទុករយៈពេលនៅក្នុងកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>“%1” was already imported into this session on %2. Import it as a replacement to review it again.</source>
        <translation>“%1” ត្រូវបាននាំចូលទៅក្នុងវគ្គនេះរួចហើយនៅថ្ងៃ %2។ សូមនាំចូលវាជាការជំនួស ដើម្បីពិនិត្យវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>“%1” is the same file as “%2”, imported into this session on %3. Import it as a replacement to review it again.</source>
        <translation>“%1” ជាឯកសារដូចគ្នានឹង “%2” ដែលបាននាំចូលទៅក្នុងវគ្គនេះនៅថ្ងៃ %3។ សូមនាំចូលវាជាការជំនួស ដើម្បីពិនិត្យវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>save the attendance of “%1”</source>
        <translation>រក្សាទុកវត្តមាននៃ “%1”</translation>
    </message>
    <message>
        <source>remove an attendance import</source>
        <translation>ដកការនាំចូលវត្តមានចេញ</translation>
    </message>
    <message>
        <source>read the attendance imports</source>
        <translation>អានការនាំចូលវត្តមាន</translation>
    </message>
    <message>
        <source>save the alias “%1”</source>
        <translation>រក្សាទុកឈ្មោះផ្សេង “%1”</translation>
    </message>
    <message>
        <source>remove the alias “%1”</source>
        <translation>ដកឈ្មោះផ្សេង “%1” ចេញ</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>អានបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>read the people waiting for review</source>
        <translation>អានមនុស្សដែលកំពុងរង់ចាំការពិនិត្យ</translation>
    </message>
    <message>
        <source>read a person of an attendance import</source>
        <translation>អានបុគ្គលម្នាក់នៃការនាំចូលវត្តមាន</translation>
    </message>
    <message>
        <source>There is no person number %1 in the imported attendance. Its import may have been removed or imported again; list the people waiting for review again.</source>
        <translation>គ្មានបុគ្គលលេខ %1 ក្នុងវត្តមានដែលបាននាំចូលទេ។ ការនាំចូលរបស់វាប្រហែលជាត្រូវបានដកចេញ ឬត្រូវបាននាំចូលម្ដងទៀត៖ សូមរាយបញ្ជីមនុស្សដែលកំពុងរង់ចាំការពិនិត្យម្ដងទៀត។</translation>
    </message>
    <message>
        <source>count the people waiting for review</source>
        <translation>រាប់មនុស្សដែលកំពុងរង់ចាំការពិនិត្យ</translation>
    </message>
    <message>
        <source>save the match of a person in the imported attendance</source>
        <translation>រក្សាទុកការផ្គូផ្គងរបស់បុគ្គលម្នាក់ក្នុងវត្តមានដែលបាននាំចូល</translation>
    </message>
</context>
<context>
    <name>sala::AttendanceXlsx</name>
    <message>
        <source>Attendance report</source>
        <translation>របាយការណ៍វត្តមាន</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>សិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>Scheduled hours</source>
        <translation>ម៉ោងតាមកាលវិភាគ</translation>
    </message>
    <message>
        <source>Completion threshold (%)</source>
        <translation>កម្រិតកំណត់នៃការបញ្ចប់ (%)</translation>
    </message>
    <message>
        <source>Participation threshold (%)</source>
        <translation>កម្រិតកំណត់នៃការចូលរួម (%)</translation>
    </message>
    <message>
        <source>How shares are counted</source>
        <translation>របៀបគណនាភាគរយ</translation>
    </message>
    <message>
        <source>A person&apos;s share is their time in the room over the scheduled time of all the workshop&apos;s sessions; time in one session counts up to that session&apos;s scheduled length. Shares are rounded down to a whole percent.</source>
        <translation>ភាគរយរបស់បុគ្គលម្នាក់ គឺពេលវេលាដែលគាត់នៅក្នុងកិច្ចប្រជុំ ធៀបនឹងពេលវេលាតាមកាលវិភាគនៃវគ្គទាំងអស់របស់សិក្ខាសាលា៖ ពេលវេលាក្នុងវគ្គមួយត្រូវបានរាប់មិនលើសរយៈពេលតាមកាលវិភាគនៃវគ្គនោះទេ។ ភាគរយត្រូវបានបង្គត់ចុះជាភាគរយគត់។</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>%1 of %2 sessions have no attendance imported yet; their time counts as missed.</source>
        <translation>%1 ក្នុងចំណោម %2 វគ្គ មិនទាន់បាននាំចូលវត្តមាននៅឡើយទេ៖ ពេលវេលានៃវគ្គទាំងនោះត្រូវបានរាប់ថាអវត្តមាន។</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>បានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>មានវត្តមាន</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Participated (below completion)</source>
        <translation>បានចូលរួម (ក្រោមកម្រិតបញ្ចប់)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% នៃអ្នកមានវត្តមាន</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% នៃអ្នកបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>បានចូលរួម</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% នៃអ្នកបានចូលរួម</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ឈ្មោះដែលចូលចិត្តឱ្យហៅ</translation>
    </message>
    <message>
        <source>Consent to reporting</source>
        <translation>យល់ព្រមឱ្យរាយការណ៍</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ទំហំសហគ្រាស</translation>
    </message>
    <message>
        <source>%1 (minutes)</source>
        <translation>%1 (នាទី)</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>នាទីសរុប</translation>
    </message>
    <message>
        <source>Workshop share (%)</source>
        <translation>ភាគរយនៃសិក្ខាសាលា (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Scheduled start (%1)</source>
        <translation>ម៉ោងចាប់ផ្ដើមតាមកាលវិភាគ (%1)</translation>
    </message>
    <message>
        <source>Scheduled minutes</source>
        <translation>នាទីតាមកាលវិភាគ</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>អ្នកមានវត្តមាន</translation>
    </message>
    <message>
        <source>Average minutes</source>
        <translation>នាទីជាមធ្យម</translation>
    </message>
    <message>
        <source>Unmatched identities</source>
        <translation>អត្តសញ្ញាណមិនបានផ្គូផ្គង</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>ឯកសារដែលបាននាំចូល</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>មិនបាននាំចូល</translation>
    </message>
    <message>
        <source>Sala could not save the attendance workbook as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala មិនអាចរក្សាទុកសៀវភៅការងារវត្តមានជា “%1” បានទេ (%2)។ សូមពិនិត្យថាថតឯកសារនោះមានពិតប្រាកដ ហើយអ្នកមានសិទ្ធិសរសេរនៅទីនោះ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Sala could not make a temporary folder for the workbook (%1).</source>
        <translation>Sala មិនអាចបង្កើតថតឯកសារបណ្ដោះអាសន្នសម្រាប់សៀវភៅការងារបានទេ (%1)។</translation>
    </message>
    <message>
        <source>Sala could not start the workbook.</source>
        <translation>Sala មិនអាចចាប់ផ្ដើមបង្កើតសៀវភៅការងារបានទេ។</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>វត្តមាន៖ %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Sala could not add the sheets to the workbook.</source>
        <translation>Sala មិនអាចបន្ថែមសន្លឹកទៅក្នុងសៀវភៅការងារបានទេ។</translation>
    </message>
    <message>
        <source>Sala could not finish the workbook (%1).</source>
        <translation>Sala មិនអាចបញ្ចប់សៀវភៅការងារបានទេ (%1)។</translation>
    </message>
    <message>
        <source>Sala could not read the finished workbook back (%1).</source>
        <translation>Sala មិនអាចអានសៀវភៅការងារដែលបានបញ្ចប់ឡើងវិញបានទេ (%1)។</translation>
    </message>
    <message>
        <source>No file name was given for the attendance workbook.</source>
        <translation>មិនបានផ្ដល់ឈ្មោះឯកសារសម្រាប់សៀវភៅការងារវត្តមានទេ។</translation>
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
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>បានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>មានវត្តមាន</translation>
    </message>
    <message>
        <source>% of attendees</source>
        <translation>% នៃអ្នកមានវត្តមាន</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>% of completers</source>
        <translation>% នៃអ្នកបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>បានចូលរួម</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% នៃអ្នកបានចូលរួម</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutRoomsModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n នាក់)</numerusform>
            <numerusform>%1 (%n នាក់)</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: re-solving keeps everyone in this room</source>
        <translation>បានចាក់សោ៖ ពេលរៀបចំឡើងវិញ អ្នករាល់គ្នានៅតែក្នុងបន្ទប់នេះ</translation>
    </message>
    <message>
        <source>Tick to lock the room</source>
        <translation>គូសធីក ដើម្បីចាក់សោបន្ទប់</translation>
    </message>
    <message>
        <source>%1 — meets again</source>
        <translation>%1 — ជួបគ្នាម្ដងទៀត</translation>
    </message>
    <message>
        <source>Has met %1 before</source>
        <translation>ធ្លាប់ជួប %1 ពីមុន</translation>
    </message>
    <message>
        <source>Locked: re-solving keeps this person here</source>
        <translation>បានចាក់សោ៖ ពេលរៀបចំឡើងវិញ បុគ្គលនេះនៅតែនៅទីនេះ</translation>
    </message>
    <message>
        <source>Room and people (tick to lock)</source>
        <translation>បន្ទប់ និងមនុស្ស (គូសធីកដើម្បីចាក់សោ)</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>ភាពចម្រុះ</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutSetStore</name>
    <message>
        <source>read the breakout rooms of an activity</source>
        <translation>អានបន្ទប់ក្រុមតូចនៃសកម្មភាព</translation>
    </message>
    <message>
        <source>remove the breakout rooms of an activity</source>
        <translation>ដកបន្ទប់ក្រុមតូចនៃសកម្មភាពចេញ</translation>
    </message>
    <message>
        <source>save the breakout rooms of an activity</source>
        <translation>រក្សាទុកបន្ទប់ក្រុមតូចនៃសកម្មភាព</translation>
    </message>
    <message>
        <source>read the breakout rooms of the workshop</source>
        <translation>អានបន្ទប់ក្រុមតូចនៃសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>read the home groups</source>
        <translation>អានក្រុមគោល</translation>
    </message>
    <message>
        <source>save the home groups</source>
        <translation>រក្សាទុកក្រុមគោល</translation>
    </message>
</context>
<context>
    <name>sala::BreakoutsView</name>
    <message>
        <source>&amp;Generate</source>
        <translation>បង្កើត (&amp;G)</translation>
    </message>
    <message>
        <source>Re-solve &amp;unlocked</source>
        <translation>រៀបចំផ្នែកមិនចាក់សោឡើងវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>ដាក់ចូល (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>នាំចេញ (&amp;X)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>ការបែងចែកក្រុម</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>បន្ទប់</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>ជុំ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Breakout activities</source>
        <translation>សកម្មភាពក្រុមតូច</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>ជុំ</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Rooms for every round from the roster, with as few repeated pairs as possible (Ctrl+G)</source>
        <translation>បង្កើតបន្ទប់សម្រាប់គ្រប់ជុំពីបញ្ជីអ្នកចូលរួម ដោយមានគូដែលជួបគ្នាម្ដងទៀតតិចបំផុតតាមដែលអាចធ្វើបាន (Ctrl+G)</translation>
    </message>
    <message>
        <source>Keep locked people and rooms where they are and find the best rooms for everyone else</source>
        <translation>រក្សាមនុស្ស និងបន្ទប់ដែលបានចាក់សោនៅកន្លែងដដែល ហើយរកបន្ទប់ល្អបំផុតសម្រាប់អ្នកផ្សេងទៀតទាំងអស់</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>បន្ទប់ក្រុមតូច</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>ជុំ (&amp;R)៖</translation>
    </message>
    <message>
        <source>Spread evenly:</source>
        <translation>បែងចែកឱ្យស្មើៗគ្នាតាម៖</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <source>&amp;Late arrival:</source>
        <translation>អ្នកមកយឺត (&amp;L)៖</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>អ្នកមកយឺត</translation>
    </message>
    <message>
        <source>Put the person into the room Sala suggests: the fewest people already met, the smallest room, the best mix</source>
        <translation>ដាក់បុគ្គលនេះចូលបន្ទប់ដែល Sala ណែនាំ៖ មានមនុស្សដែលធ្លាប់ជួបតិចបំផុត បន្ទប់តូចបំផុត និងភាពចម្រុះល្អបំផុត</translation>
    </message>
    <message>
        <source>Zoom pre-assignment CSV…</source>
        <translation>CSV កំណត់បន្ទប់ជាមុនសម្រាប់ Zoom…</translation>
    </message>
    <message>
        <source>Copy room list (Teams, Meet, chat)</source>
        <translation>ចម្លងបញ្ជីបន្ទប់ (Teams, Meet, ប្រអប់ជជែក)</translation>
    </message>
    <message>
        <source>Save room list…</source>
        <translation>រក្សាទុកបញ្ជីបន្ទប់…</translation>
    </message>
    <message>
        <source>Save this round as home groups</source>
        <translation>រក្សាទុកជុំនេះជាក្រុមគោល</translation>
    </message>
    <message>
        <source>Use home groups for every round</source>
        <translation>ប្រើក្រុមគោលសម្រាប់គ្រប់ជុំ</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>គ្មានវគ្គណាមួយត្រូវបានបើកទេ។</translation>
    </message>
    <message>
        <source> — more than %1 allows (%2)</source>
        <translation> — លើសពីចំនួនដែល %1 អនុញ្ញាត (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 min</source>
        <translation>%1 × %2 នាទី</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast %n min before the end</source>
        <translation>
            <numerusform>ផ្សាយសារ %n នាទីមុនពេលបញ្ចប់</numerusform>
            <numerusform>ផ្សាយសារ %n នាទីមុនពេលបញ្ចប់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breakout activities in this session.</source>
        <translation>
            <numerusform>សកម្មភាពក្រុមតូច %n ក្នុងវគ្គនេះ។</numerusform>
            <numerusform>សកម្មភាពក្រុមតូច %n ក្នុងវគ្គនេះ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a breakout activity above to see its rooms.</source>
        <translation>ជ្រើសរើសសកម្មភាពក្រុមតូចខាងលើ ដើម្បីមើលបន្ទប់របស់វា។</translation>
    </message>
    <message>
        <source>Rooms for “%1”</source>
        <translation>បន្ទប់សម្រាប់ “%1”</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>ជុំទី %1 នៃ %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>មិនបញ្ជាក់</translation>
    </message>
    <message>
        <source>The roster is empty: add participants in Roster mode (Ctrl+2) first.</source>
        <translation>បញ្ជីអ្នកចូលរួមទទេ៖ សូមបន្ថែមអ្នកចូលរួមក្នុងផ្ទាំងបញ្ជីអ្នកចូលរួម (Ctrl+2) ជាមុនសិន។</translation>
    </message>
    <message numerus="yes">
        <source>No rooms yet for %n people. Generate (Ctrl+G) makes them for every round.</source>
        <translation>
            <numerusform>មិនទាន់មានបន្ទប់សម្រាប់ %n នាក់នៅឡើយទេ។ “បង្កើត” (Ctrl+G) នឹងបង្កើតបន្ទប់សម្រាប់គ្រប់ជុំ។</numerusform>
            <numerusform>មិនទាន់មានបន្ទប់សម្រាប់ %n នាក់នៅឡើយទេ។ “បង្កើត” (Ctrl+G) នឹងបង្កើតបន្ទប់សម្រាប់គ្រប់ជុំ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated pairs over all rounds: %1</source>
        <translation>គូដែលជួបគ្នាម្ដងទៀតក្នុងគ្រប់ជុំ៖ %1</translation>
    </message>
    <message>
        <source> (no schedule can have fewer than %1)</source>
        <translation> (គ្មានកាលវិភាគណាអាចមានតិចជាង %1 ទេ)</translation>
    </message>
    <message>
        <source>people beyond an even mix: %1</source>
        <translation>ចំនួនមនុស្សដែលលើសពីការបែងចែកស្មើគ្នា៖ %1</translation>
    </message>
    <message>
        <source>These rooms cannot be made: %1</source>
        <translation>មិនអាចបង្កើតបន្ទប់ទាំងនេះបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Finding the best rooms…</source>
        <translation>កំពុងរកបន្ទប់ល្អបំផុត…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Re-solve the rooms of “%1”</source>
        <translation>រៀបចំបន្ទប់របស់ “%1” ឡើងវិញ</translation>
    </message>
    <message>
        <source>Generate rooms for “%1”</source>
        <translation>បង្កើតបន្ទប់សម្រាប់ “%1”</translation>
    </message>
    <message>
        <source>Rooms made for every round. Repeated pairs: %1; no schedule can have fewer than %2.</source>
        <translation>បានបង្កើតបន្ទប់សម្រាប់គ្រប់ជុំ។ គូដែលជួបគ្នាម្ដងទៀត៖ %1 (គ្មានកាលវិភាគណាអាចមានតិចជាង %2 ទេ)។</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>ផ្លាស់ %1 ទៅ %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to %1</source>
        <translation>
            <numerusform>ផ្លាស់មនុស្ស %n នាក់ទៅ %1</numerusform>
            <numerusform>ផ្លាស់មនុស្ស %n នាក់ទៅ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>ចាក់សោ %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>ដោះសោ %1</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>បន្ទប់ %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>ប្ដូរឈ្មោះ %1 ទៅជា %2</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>ដាក់ %1 ចូល %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before.</source>
        <translation>%1 ចូល %2៖ គ្មាននរណានៅទីនោះធ្លាប់ជួប %1 ពីមុនទេ។</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3.</source>
        <translation>%1 ចូល %2 ដែលជាបន្ទប់ល្អបំផុតដែលនៅសល់។ អ្នកនៅទីនោះដែលធ្លាប់ជួប %1 ពីមុន៖ %3។</translation>
    </message>
    <message>
        <source>These rooms are now the workshop&apos;s home groups; any breakout activity can use them.</source>
        <translation>បន្ទប់ទាំងនេះឥឡូវជាក្រុមគោលរបស់សិក្ខាសាលា៖ សកម្មភាពក្រុមតូចណាមួយក៏អាចប្រើវាបាន។</translation>
    </message>
    <message>
        <source>This workshop has no home groups yet: make rooms, then Export ▸ Save this round as home groups.</source>
        <translation>សិក្ខាសាលានេះមិនទាន់មានក្រុមគោលទេ៖ សូមបង្កើតបន្ទប់ រួចចុច នាំចេញ ▸ រក្សាទុកជុំនេះជាក្រុមគោល។</translation>
    </message>
    <message>
        <source>Use home groups for “%1”</source>
        <translation>ប្រើក្រុមគោលសម្រាប់ “%1”</translation>
    </message>
    <message>
        <source>The room list of round %1 is on the clipboard: paste it into the chat, Teams or Meet.</source>
        <translation>បញ្ជីបន្ទប់នៃជុំទី %1 ត្រូវបានចម្លងហើយ៖ សូមបិទភ្ជាប់វាក្នុងប្រអប់ជជែក Teams ឬ Meet។</translation>
    </message>
    <message>
        <source>Save Room List</source>
        <translation>រក្សាទុកបញ្ជីបន្ទប់</translation>
    </message>
    <message>
        <source>breakout-rooms-round-%1.txt</source>
        <translation>breakout-rooms-round-%1.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ឯកសារអត្ថបទ (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>មិនអាចសរសេរ “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Room list saved to %1.</source>
        <translation>បានរក្សាទុកបញ្ជីបន្ទប់ទៅ %1។</translation>
    </message>
    <message>
        <source>Export Zoom Pre-assignment</source>
        <translation>នាំចេញការកំណត់បន្ទប់ជាមុនសម្រាប់ Zoom</translation>
    </message>
    <message>
        <source>zoom-rooms-round-%1.csv</source>
        <translation>zoom-rooms-round-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Zoom pre-assignment for round %1 saved to %2, people: %3. Upload it when scheduling the meeting: Breakout Room pre-assign ▸ Import from CSV.</source>
        <translation>បានរក្សាទុកការកំណត់បន្ទប់ជាមុនសម្រាប់ Zoom នៃជុំទី %1 ទៅ %2 ចំនួនមនុស្ស៖ %3។ សូមផ្ទុកវាឡើងនៅពេលកំណត់កាលវិភាគកិច្ចប្រជុំ៖ Breakout Room pre-assign ▸ Import from CSV។</translation>
    </message>
    <message>
        <source>Only people &amp;checked in</source>
        <translation>តែអ្នកដែលបានចុះវត្តមាន (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Move to Room…</source>
        <translation>ផ្លាស់ទៅបន្ទប់ (&amp;M)…</translation>
    </message>
    <message>
        <source>Move to the &amp;Previous Room</source>
        <translation>ផ្លាស់ទៅបន្ទប់មុន (&amp;P)</translation>
    </message>
    <message>
        <source>Move to the &amp;Next Room</source>
        <translation>ផ្លាស់ទៅបន្ទប់បន្ទាប់ (&amp;N)</translation>
    </message>
    <message>
        <source>Drag people to another room, or select them and press M (Alt+Up, Alt+Down: the room before or after)</source>
        <translation>អូសមនុស្សទៅបន្ទប់ផ្សេង ឬជ្រើសរើសពួកគេ រួចចុច M (Alt+Up, Alt+Down៖ បន្ទប់មុន ឬបន្ទប់បន្ទាប់)</translation>
    </message>
    <message>
        <source>Move the selected people to a room you choose</source>
        <translation>ផ្លាស់មនុស្សដែលបានជ្រើសរើសទៅបន្ទប់ដែលអ្នកជ្រើសរើស</translation>
    </message>
    <message>
        <source>Move the selected people to the room before theirs</source>
        <translation>ផ្លាស់មនុស្សដែលបានជ្រើសរើសទៅបន្ទប់មុនបន្ទប់របស់ពួកគេ</translation>
    </message>
    <message>
        <source>Move the selected people to the room after theirs</source>
        <translation>ផ្លាស់មនុស្សដែលបានជ្រើសរើសទៅបន្ទប់បន្ទាប់ពីបន្ទប់របស់ពួកគេ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only people checked in</source>
        <translation>តែអ្នកដែលបានចុះវត្តមាន</translation>
    </message>
    <message>
        <source>Group only the people checked in to this session now (present, late or rejoined). On by default once anyone has checked in.</source>
        <translation>ដាក់ជាក្រុមតែអ្នកដែលបានចុះវត្តមានក្នុងវគ្គនេះឥឡូវនេះ (មានវត្តមាន មកយឺត ឬចូលវិញ)។ បើកដោយលំនាំដើម នៅពេលមាននរណាម្នាក់បានចុះវត្តមាន។</translation>
    </message>
    <message>
        <source>Who is grouped</source>
        <translation>អ្នកដែលត្រូវដាក់ជាក្រុម</translation>
    </message>
    <message>
        <source>Export and print the rooms</source>
        <translation>នាំចេញ និងបោះពុម្ពបន្ទប់</translation>
    </message>
    <message>
        <source>Print rooms (PDF)…</source>
        <translation>បោះពុម្ពបន្ទប់ (PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms of about %1</source>
        <translation>
            <numerusform>%n បន្ទប់ ប្រហែល %1 នាក់ក្នុងមួយបន្ទប់</numerusform>
            <numerusform>%n បន្ទប់ ប្រហែល %1 នាក់ក្នុងមួយបន្ទប់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n បន្ទប់</numerusform>
            <numerusform>%n បន្ទប់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rooms are counted for the %n people grouped; %1 allows up to %2 rooms.</source>
        <translation>
            <numerusform>ចំនួនបន្ទប់ត្រូវបានគណនាសម្រាប់មនុស្ស %n នាក់ដែលត្រូវដាក់ជាក្រុម៖ %1 អនុញ្ញាតរហូតដល់ %2 បន្ទប់។</numerusform>
            <numerusform>ចំនួនបន្ទប់ត្រូវបានគណនាសម្រាប់មនុស្ស %n នាក់ដែលត្រូវដាក់ជាក្រុម៖ %1 អនុញ្ញាតរហូតដល់ %2 បន្ទប់។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to other rooms</source>
        <translation>
            <numerusform>ផ្លាស់មនុស្ស %n នាក់ទៅបន្ទប់ផ្សេង</numerusform>
            <numerusform>ផ្លាស់មនុស្ស %n នាក់ទៅបន្ទប់ផ្សេង</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ។</translation>
    </message>
    <message>
        <source>Already in the first room.</source>
        <translation>នៅក្នុងបន្ទប់ទីមួយរួចហើយ។</translation>
    </message>
    <message>
        <source>Already in the last room.</source>
        <translation>នៅក្នុងបន្ទប់ចុងក្រោយរួចហើយ។</translation>
    </message>
    <message>
        <source>Move to Room</source>
        <translation>ផ្លាស់ទៅបន្ទប់</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>ផ្លាស់ទៅបន្ទប់</translation>
    </message>
    <message>
        <source>Select people in the rooms first</source>
        <translation>សូមជ្រើសរើសមនុស្សក្នុងបន្ទប់ជាមុនសិន</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n នាក់)</numerusform>
            <numerusform>%1 (%n នាក់)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is checked in to this session now: untick “Only people checked in” to group everyone expected.</source>
        <translation>ឥឡូវនេះគ្មាននរណាម្នាក់បានចុះវត្តមានក្នុងវគ្គនេះទេ៖ សូមដោះធីក “តែអ្នកដែលបានចុះវត្តមាន” ដើម្បីដាក់ជាក្រុមអ្នកទាំងអស់ដែលរំពឹងថានឹងមក។</translation>
    </message>
    <message numerus="yes">
        <source>Grouping all %n people on the roster.</source>
        <translation>
            <numerusform>កំពុងដាក់ជាក្រុមមនុស្សទាំង %n នាក់ក្នុងបញ្ជីអ្នកចូលរួម។</numerusform>
            <numerusform>កំពុងដាក់ជាក្រុមមនុស្សទាំង %n នាក់ក្នុងបញ្ជីអ្នកចូលរួម។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked in</source>
        <translation>
            <numerusform>%n នាក់មិនទាន់ចុះវត្តមាន</numerusform>
            <numerusform>%n នាក់មិនទាន់ចុះវត្តមាន</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked out of the call</source>
        <translation>
            <numerusform>%n នាក់បានចាកចេញពីកិច្ចប្រជុំ</numerusform>
            <numerusform>%n នាក់បានចាកចេញពីកិច្ចប្រជុំ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out of this session</source>
        <translation>
            <numerusform>%n នាក់មិនត្រូវបានរាប់បញ្ចូលក្នុងវគ្គនេះ</numerusform>
            <numerusform>%n នាក់មិនត្រូវបានរាប់បញ្ចូលក្នុងវគ្គនេះ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose data was erased</source>
        <translation>
            <numerusform>%n នាក់ដែលទិន្នន័យត្រូវបានលុបចោល</numerusform>
            <numerusform>%n នាក់ដែលទិន្នន័យត្រូវបានលុបចោល</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %1 of %n people; not grouped: %2.</source>
        <translation>
            <numerusform>កំពុងដាក់ជាក្រុម %1 ក្នុងចំណោម %n នាក់។ មិនបានដាក់ជាក្រុម៖ %2។</numerusform>
            <numerusform>កំពុងដាក់ជាក្រុម %1 ក្នុងចំណោម %n នាក់។ មិនបានដាក់ជាក្រុម៖ %2។</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>There are no rooms to print yet: Generate (Ctrl+G) makes them.</source>
        <translation>មិនទាន់មានបន្ទប់សម្រាប់បោះពុម្ពនៅឡើយទេ៖ “បង្កើត” (Ctrl+G) នឹងបង្កើតបន្ទប់។</translation>
    </message>
    <message>
        <source>Print Rooms (PDF)</source>
        <translation>បោះពុម្ពបន្ទប់ (PDF)</translation>
    </message>
    <message>
        <source>breakout-rooms.pdf</source>
        <translation>breakout-rooms.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The rooms of every round of “%1” are in %2, a page per round.</source>
        <translation>បន្ទប់នៃគ្រប់ជុំរបស់ “%1” មាននៅក្នុង %2 មួយទំព័រសម្រាប់មួយជុំ។</translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s) in the main room</source>
        <translation>
            <numerusform>អ្នកសង្កេតការណ៍ %n នាក់នៅក្នុងបន្ទប់ធំ</numerusform>
            <numerusform>អ្នកសង្កេតការណ៍ %n នាក់នៅក្នុងបន្ទប់ធំ</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: %1.</source>
        <translation>ក្រុមការងារ៖ %1។</translation>
    </message>
</context>
<context>
    <name>sala::CatchUp</name>
    <message>
        <source>Welcome! Good to have you with us.</source>
        <translation>សូមស្វាគមន៍! រីករាយដែលអ្នកបានមកចូលរួមជាមួយយើង។</translation>
    </message>
    <message>
        <source>Welcome, %1! Good to have you with us.</source>
        <translation>សូមស្វាគមន៍ %1! រីករាយដែលអ្នកបានមកចូលរួមជាមួយយើង។</translation>
    </message>
    <message>
        <source>We have not started yet: we begin at %1.</source>
        <translation>យើងមិនទាន់ចាប់ផ្ដើមនៅឡើយទេ៖ យើងនឹងចាប់ផ្ដើមនៅម៉ោង %1។</translation>
    </message>
    <message>
        <source>So far we have done:</source>
        <translation>រហូតមកដល់ពេលនេះ យើងបានធ្វើ៖</translation>
    </message>
    <message>
        <source>We have just finished. The facilitator will share the summary.</source>
        <translation>យើងទើបតែបញ្ចប់។ អ្នកសម្របសម្រួលនឹងចែករំលែកសេចក្ដីសង្ខេប។</translation>
    </message>
    <message>
        <source>Now, until %1: %2</source>
        <translation>ឥឡូវនេះ រហូតដល់ម៉ោង %1៖ %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>អ្វីដែលត្រូវធ្វើ៖ %1</translation>
    </message>
    <message>
        <source>You will join a breakout room in a moment; please stay in the main room until then.</source>
        <translation>បន្តិចទៀតអ្នកនឹងចូលបន្ទប់ក្រុមតូច៖ សូមនៅក្នុងបន្ទប់ធំរហូតដល់ពេលនោះ។</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>បន្ទាប់៖ %1</translation>
    </message>
</context>
<context>
    <name>sala::CertificateListModel</name>
    <message>
        <source>Completion</source>
        <translation>ការបញ្ចប់</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>ការចូលរួម</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Workshop share</source>
        <translation>ភាគរយនៃសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Hours counted</source>
        <translation>ម៉ោងដែលបានរាប់</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
</context>
<context>
    <name>sala::CertificateTemplateDialog</name>
    <message>
        <source>Completion text</source>
        <translation>អត្ថបទវិញ្ញាបនបត្របញ្ចប់</translation>
    </message>
    <message>
        <source>Participation text</source>
        <translation>អត្ថបទវិញ្ញាបនបត្រចូលរួម</translation>
    </message>
    <message>
        <source>Make certificates of &amp;participation too</source>
        <translation>បង្កើតវិញ្ញាបនបត្រចូលរួមផងដែរ (&amp;P)</translation>
    </message>
    <message>
        <source>Write years in the &amp;Buddhist Era (2026 → 2569), as Thai certificates do</source>
        <translation>សរសេរឆ្នាំជាពុទ្ធសករាជ (2026 → 2569) ដូចវិញ្ញាបនបត្រថៃ (&amp;B)</translation>
    </message>
    <message>
        <source>Certificate Template</source>
        <translation>គំរូវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Completion title</source>
        <translation>ចំណងជើងវិញ្ញាបនបត្របញ្ចប់</translation>
    </message>
    <message>
        <source>Participation title</source>
        <translation>ចំណងជើងវិញ្ញាបនបត្រចូលរួម</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>ឈ្មោះអ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Signatory role</source>
        <translation>តួនាទីអ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Make certificates of participation too</source>
        <translation>បង្កើតវិញ្ញាបនបត្រចូលរួមផងដែរ</translation>
    </message>
    <message>
        <source>Write years in the Buddhist Era</source>
        <translation>សរសេរឆ្នាំជាពុទ្ធសករាជ</translation>
    </message>
    <message>
        <source>e.g. Programme Director</source>
        <translation>ឧ. នាយកកម្មវិធី</translation>
    </message>
    <message>
        <source>Completion &amp;title:</source>
        <translation>ចំណងជើងវិញ្ញាបនបត្របញ្ចប់ (&amp;T)៖</translation>
    </message>
    <message>
        <source>Completion te&amp;xt:</source>
        <translation>អត្ថបទវិញ្ញាបនបត្របញ្ចប់ (&amp;X)៖</translation>
    </message>
    <message>
        <source>Participation t&amp;itle:</source>
        <translation>ចំណងជើងវិញ្ញាបនបត្រចូលរួម (&amp;I)៖</translation>
    </message>
    <message>
        <source>Participation t&amp;ext:</source>
        <translation>អត្ថបទវិញ្ញាបនបត្រចូលរួម (&amp;E)៖</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>ឈ្មោះអ្នកចុះហត្ថលេខា (&amp;N)៖</translation>
    </message>
    <message>
        <source>Signatory &amp;role:</source>
        <translation>តួនាទីអ្នកចុះហត្ថលេខា (&amp;R)៖</translation>
    </message>
    <message>
        <source>Placeholders: %1. Each line of a text is a line on the certificate; the person&apos;s name is set large.</source>
        <translation>ពាក្យជំនួស៖ %1។ បន្ទាត់នីមួយៗនៃអត្ថបទ គឺជាបន្ទាត់មួយនៅលើវិញ្ញាបនបត្រ៖ ឈ្មោះរបស់បុគ្គលនោះត្រូវបានបង្ហាញជាអក្សរធំ។</translation>
    </message>
    <message>
        <source>Template problems</source>
        <translation>បញ្ហាក្នុងគំរូ</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>ស្ដារលំនាំដើមវិញ (&amp;D)</translation>
    </message>
    <message>
        <source>Sala does not know %1 and will print it as written. Known placeholders: %2.</source>
        <translation>Sala មិនស្គាល់ %1 ទេ ហើយនឹងបោះពុម្ពវាដូចដែលបានសរសេរ។ ពាក្យជំនួសដែលស្គាល់៖ %2។</translation>
    </message>
</context>
<context>
    <name>sala::Certificates</name>
    <message>
        <source>Certificate of Completion</source>
        <translation>វិញ្ញាបនបត្របញ្ចប់ការសិក្សា</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has successfully completed the workshop
{workshop}
held online on {dates} ({hours} hours) by {organizer}.</source>
        <translation>សូមបញ្ជាក់ថា
{name}
បានបញ្ចប់ដោយជោគជ័យនូវសិក្ខាសាលា
{workshop}
ដែលរៀបចំតាមអនឡាញនៅ {dates} ({hours} ម៉ោង) ដោយ {organizer}។</translation>
    </message>
    <message>
        <source>Certificate of Participation</source>
        <translation>វិញ្ញាបនបត្រចូលរួម</translation>
    </message>
    <message>
        <source>This is to certify that
{name}
has participated in the workshop
{workshop}
held online on {dates} by {organizer}, attending {attendedHours} of {hours} hours.</source>
        <translation>សូមបញ្ជាក់ថា
{name}
បានចូលរួមក្នុងសិក្ខាសាលា
{workshop}
ដែលរៀបចំតាមអនឡាញនៅ {dates} ដោយ {organizer} ដោយមានវត្តមាន {attendedHours} ម៉ោង ក្នុងចំណោម {hours} ម៉ោង។</translation>
    </message>
</context>
<context>
    <name>sala::CertificatesPdf</name>
    <message>
        <source>Sala could not save the certificates as “%1” (%2). Check that the folder exists and that you may write there, then try again.</source>
        <translation>Sala មិនអាចរក្សាទុកវិញ្ញាបនបត្រជា “%1” បានទេ (%2)។ សូមពិនិត្យថាថតឯកសារនោះមានពិតប្រាកដ ហើយអ្នកមានសិទ្ធិសរសេរនៅទីនោះ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The certificates need Qt&apos;s graphics support, which this program did not start. Make them from the Sala window.</source>
        <translation>វិញ្ញាបនបត្រត្រូវការមុខងារក្រាហ្វិករបស់ Qt ដែលកម្មវិធីនេះមិនបានបើក។ សូមបង្កើតវាពីផ្ទាំងកម្មវិធី Sala។</translation>
    </message>
    <message>
        <source>No file name was given for the certificates.</source>
        <translation>មិនបានផ្ដល់ឈ្មោះឯកសារសម្រាប់វិញ្ញាបនបត្រទេ។</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet, so no certificates were written. Import the attendance of every session, or check the thresholds.</source>
        <translation>មិនទាន់មាននរណាម្នាក់ទទួលបានវិញ្ញាបនបត្រនៅឡើយទេ ដូច្នេះគ្មានវិញ្ញាបនបត្រណាមួយត្រូវបានបង្កើតទេ។ សូមនាំចូលវត្តមាននៃគ្រប់វគ្គ ឬពិនិត្យកម្រិតកំណត់។</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>មិនអាចចាប់ផ្ដើមបង្កើត PDF បានទេ</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>មិនអាចបញ្ចប់ការបង្កើត PDF បានទេ</translation>
    </message>
</context>
<context>
    <name>sala::Charts</name>
    <message>
        <source>Attended</source>
        <translation>មានវត្តមាន</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>បានចូលរួម</translation>
    </message>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>មិនទាន់មាននរណាម្នាក់នៅក្នុងបញ្ជីអ្នកចូលរួមនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>No joins and leaves are known for this session yet.</source>
        <translation>មិនទាន់ដឹងពីការចូល និងការចាកចេញសម្រាប់វគ្គនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>People in the room, peak %1</source>
        <translation>មនុស្សក្នុងកិច្ចប្រជុំ ច្រើនបំផុត %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ចំនួនមនុស្ស</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>មនុស្សក្នុងកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Scheduled start and end</source>
        <translation>ម៉ោងចាប់ផ្ដើម និងបញ្ចប់តាមកាលវិភាគ</translation>
    </message>
    <message>
        <source>Clock time (%1)</source>
        <translation>ម៉ោង (%1)</translation>
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
        <translation>សារសង្ខេបសម្រាប់អ្នកមកយឺត (&amp;M)</translation>
    </message>
    <message>
        <source>Present and expected</source>
        <translation>មានវត្តមាន និងរំពឹងថានឹងមក</translation>
    </message>
    <message>
        <source>Type a name, alias or email, then Enter</source>
        <translation>វាយឈ្មោះ ឈ្មោះផ្សេង ឬអ៊ីមែល រួចចុច Enter</translation>
    </message>
    <message>
        <source>Find a participant to check in</source>
        <translation>ស្វែងរកអ្នកចូលរួមដើម្បីចុះវត្តមាន</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>អ្នកចូលរួមដែលត្រូវគ្នា</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>ការចុះវត្តមានចុងក្រោយ</translation>
    </message>
    <message>
        <source>Ctrl+M writes a catch-up message for latecomers here and copies it.</source>
        <translation>Ctrl+M សរសេរសារសង្ខេបសម្រាប់អ្នកមកយឺតនៅទីនេះ ហើយចម្លងវា។</translation>
    </message>
    <message>
        <source>Catch-up message</source>
        <translation>សារសង្ខេបសម្រាប់អ្នកមកយឺត</translation>
    </message>
    <message>
        <source>What has happened and what the group is doing now, ready to paste into the chat (Ctrl+M)</source>
        <translation>អ្វីដែលបានកើតឡើង និងអ្វីដែលក្រុមកំពុងធ្វើឥឡូវនេះ រួចរាល់សម្រាប់បិទភ្ជាប់ក្នុងប្រអប់ជជែក (Ctrl+M)</translation>
    </message>
    <message>
        <source>Enter: present · Ctrl+L: late · Ctrl+D: left · Ctrl+R: rejoined · Ctrl+Enter: walk-in · Ctrl+M: catch-up message</source>
        <translation>Enter៖ មានវត្តមាន · Ctrl+L៖ មកយឺត · Ctrl+D៖ បានចាកចេញ · Ctrl+R៖ ចូលវិញ · Ctrl+Enter៖ អ្នកមកដោយមិនបានចុះឈ្មោះ · Ctrl+M៖ សារសង្ខេប</translation>
    </message>
    <message>
        <source>not expected this session</source>
        <translation>មិនរំពឹងថានឹងមកវគ្គនេះ</translation>
    </message>
    <message>
        <source>present since %1</source>
        <translation>មានវត្តមានតាំងពីម៉ោង %1</translation>
    </message>
    <message>
        <source>late, since %1</source>
        <translation>មកយឺត តាំងពីម៉ោង %1</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>បានចាកចេញនៅម៉ោង %1</translation>
    </message>
    <message>
        <source>rejoined at %1</source>
        <translation>ចូលវិញនៅម៉ោង %1</translation>
    </message>
    <message>
        <source>Check-in — %1</source>
        <translation>ចុះវត្តមាន — %1</translation>
    </message>
    <message>
        <source>Check-in — choose a session first</source>
        <translation>ចុះវត្តមាន — សូមជ្រើសរើសវគ្គជាមុនសិន</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more still to come; type to find them</source>
        <translation>
            <numerusform>… និង %n នាក់ទៀតដែលមិនទាន់មកដល់៖ វាយដើម្បីស្វែងរកពួកគេ</numerusform>
            <numerusform>… និង %n នាក់ទៀតដែលមិនទាន់មកដល់៖ វាយដើម្បីស្វែងរកពួកគេ</numerusform>
        </translation>
    </message>
    <message>
        <source>as “%1”</source>
        <translation>ជា “%1”</translation>
    </message>
    <message>
        <source>+ Add “%1” as a walk-in (Ctrl+Enter)</source>
        <translation>+ បន្ថែម “%1” ជាអ្នកមកដោយមិនបានចុះឈ្មោះ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; present of &lt;b&gt;%2&lt;/b&gt; expected</source>
        <translation>មានវត្តមាន &lt;b&gt;%1&lt;/b&gt; នាក់ ក្នុងចំណោម &lt;b&gt;%2&lt;/b&gt; នាក់ដែលរំពឹងទុក</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>មកយឺត %n</numerusform>
            <numerusform>មកយឺត %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>បានចាកចេញ %n</numerusform>
            <numerusform>បានចាកចេញ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 present at %2</source>
        <translation>%1 មានវត្តមាននៅម៉ោង %2</translation>
    </message>
    <message>
        <source>%1 late, arrived at %2</source>
        <translation>%1 មកយឺត មកដល់នៅម៉ោង %2</translation>
    </message>
    <message>
        <source>%1 left at %2</source>
        <translation>%1 បានចាកចេញនៅម៉ោង %2</translation>
    </message>
    <message>
        <source>%1 rejoined at %2</source>
        <translation>%1 ចូលវិញនៅម៉ោង %2</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it</source>
        <translation>ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>%1 is already here (since %2).</source>
        <translation>%1 មានវត្តមានរួចហើយ (តាំងពីម៉ោង %2)។</translation>
    </message>
    <message>
        <source>%1 has not arrived, so cannot leave.</source>
        <translation>%1 មិនទាន់មកដល់ទេ ដូច្នេះមិនអាចចាកចេញបានទេ។</translation>
    </message>
    <message>
        <source>%1 has not left, so cannot rejoin.</source>
        <translation>%1 មិនទាន់ចាកចេញទេ ដូច្នេះមិនអាចចូលវិញបានទេ។</translation>
    </message>
    <message>
        <source>Walk-in at %1</source>
        <translation>អ្នកមកដោយមិនបានចុះឈ្មោះ នៅម៉ោង %1</translation>
    </message>
    <message>
        <source>Walk-in %1 added and present at %2</source>
        <translation>បានបន្ថែម %1 (មកដោយមិនបានចុះឈ្មោះ) និងមានវត្តមាននៅម៉ោង %2</translation>
    </message>
    <message>
        <source>Ask for their details and consent later in Roster mode.</source>
        <translation>សូមសួរព័ត៌មាន និងការយល់ព្រមរបស់គាត់នៅពេលក្រោយ ក្នុងផ្ទាំងបញ្ជីអ្នកចូលរួម។</translation>
    </message>
    <message>
        <source>The catch-up message is on the clipboard: paste it into the meeting chat.</source>
        <translation>សារសង្ខេបត្រូវបានចម្លងហើយ៖ សូមបិទភ្ជាប់វាក្នុងប្រអប់ជជែកនៃកិច្ចប្រជុំ។</translation>
    </message>
</context>
<context>
    <name>sala::ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(មិននាំចូល)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ឈ្មោះដែលចូលចិត្តឱ្យហៅ</translation>
    </message>
    <message>
        <source>Alias (e.g. Zoom name)</source>
        <translation>ឈ្មោះផ្សេង (ឧ. ឈ្មោះក្នុង Zoom)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>ចំនួនបុគ្គលិក</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Needs interpretation</source>
        <translation>ត្រូវការអ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>បានយល់ព្រម</translation>
    </message>
    <message>
        <source>Consent time / form sent</source>
        <translation>ពេលយល់ព្រម / ពេលផ្ញើទម្រង់</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>កំណែសេចក្ដីជូនដំណឹងអំពីឯកជនភាព</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>តារាងទិន្នន័យ (Spreadsheet)</translation>
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
        <translation>តួនាទីក្នុងសិក្ខាសាលា</translation>
    </message>
</context>
<context>
    <name>sala::CsvReader</name>
    <message>
        <source>“%1”, line %2, column %3: %4</source>
        <translation>“%1” បន្ទាត់ %2 ជួរឈរ %3៖ %4</translation>
    </message>
    <message>
        <source>a quoted cell starts here but its closing quote never comes. Check that quotes inside cells are doubled (&quot;&quot;), then export the file again.</source>
        <translation>ក្រឡាដែលមានសញ្ញាសម្រង់ចាប់ផ្ដើមនៅទីនេះ ប៉ុន្តែគ្មានសញ្ញាសម្រង់បិទទេ។ សូមពិនិត្យថាសញ្ញាសម្រង់នៅក្នុងក្រឡាត្រូវបានសរសេរពីរដង (&quot;&quot;) រួចនាំចេញឯកសារម្ដងទៀត។</translation>
    </message>
    <message>
        <source>there is text after the closing quote of this cell. A quote inside a quoted cell must be written twice (&quot;&quot;).</source>
        <translation>មានអត្ថបទនៅក្រោយសញ្ញាសម្រង់បិទនៃក្រឡានេះ។ សញ្ញាសម្រង់នៅក្នុងក្រឡាដែលមានសញ្ញាសម្រង់ ត្រូវសរសេរពីរដង (&quot;&quot;)។</translation>
    </message>
</context>
<context>
    <name>sala::Demo</name>
    <message>
        <source>look for the demo workshop</source>
        <translation>ស្វែងរកសិក្ខាសាលាសាកល្បង</translation>
    </message>
</context>
<context>
    <name>sala::Duplicates</name>
    <message>
        <source>same email</source>
        <translation>អ៊ីមែលដូចគ្នា</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>លេខទូរស័ព្ទដូចគ្នា</translation>
    </message>
    <message>
        <source>similar name, same organization</source>
        <translation>ឈ្មោះស្រដៀងគ្នា ស្ថាប័នដូចគ្នា</translation>
    </message>
</context>
<context>
    <name>sala::GroupExport</name>
    <message>
        <source>Room %1</source>
        <translation>បន្ទប់ %1</translation>
    </message>
    <message>
        <source>Left out, without an e-mail address (assign them in the meeting): %1</source>
        <translation>មិនបានដាក់បញ្ចូល ព្រោះគ្មានអាសយដ្ឋានអ៊ីមែល (សូមចាត់ពួកគេក្នុងកិច្ចប្រជុំ)៖ %1</translation>
    </message>
    <message>
        <source>%1 share the address %2; Zoom places one account in one room</source>
        <translation>%1 ប្រើអាសយដ្ឋាន %2 ដូចគ្នា៖ Zoom ដាក់គណនីមួយនៅក្នុងបន្ទប់តែមួយ</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 rooms; this round has %2</source>
        <translation>Zoom កំណត់បន្ទប់ជាមុនបានយ៉ាងច្រើន %1 បន្ទប់ ប៉ុន្តែជុំនេះមាន %2</translation>
    </message>
    <message>
        <source>Zoom pre-assigns at most %1 people; this round has %2</source>
        <translation>Zoom កំណត់បន្ទប់ជាមុនបានយ៉ាងច្រើន %1 នាក់ ប៉ុន្តែជុំនេះមាន %2 នាក់</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>ជុំទី %1</translation>
    </message>
</context>
<context>
    <name>sala::GroupSolver</name>
    <message>
        <source>round robin</source>
        <translation>ការបង្វិលវេន (round robin)</translation>
    </message>
    <message>
        <source>affine plane of order %1</source>
        <translation>ប្លង់ affine លំដាប់ %1</translation>
    </message>
    <message>
        <source>resolvable transversal design over GF(%1)</source>
        <translation>resolvable transversal design លើ GF(%1)</translation>
    </message>
    <message>
        <source>32 in fours over the binary triples</source>
        <translation>32 នាក់ ក្រុមបួននាក់ លើ binary triples</translation>
    </message>
    <message>
        <source>base round shifted over Z%1</source>
        <translation>ជុំគោលរំកិលលើ Z%1</translation>
    </message>
    <message>
        <source>with a single room everyone meets everyone in every round</source>
        <translation>បើមានបន្ទប់តែមួយ អ្នករាល់គ្នាជួបគ្នាទាំងអស់ក្នុងគ្រប់ជុំ</translation>
    </message>
    <message>
        <source>a second round would need every room to take at most one person from each room of the first, and there are only %1 rooms for groups of %2</source>
        <translation>ជុំទីពីរតម្រូវឱ្យបន្ទប់នីមួយៗទទួលយ៉ាងច្រើនមនុស្សម្នាក់ពីបន្ទប់នីមួយៗនៃជុំទីមួយ ប៉ុន្តែមានតែ %1 បន្ទប់ប៉ុណ្ណោះសម្រាប់ក្រុម %2 នាក់</translation>
    </message>
    <message>
        <source>Euler&apos;s problem of the 36 officers has no solution (Tarry, 1900), so no two Latin squares of order 6 fit together and 36 people in sixes get 3 rounds</source>
        <translation>បញ្ហានាយទាហាន 36 នាក់របស់ Euler គ្មានដំណោះស្រាយទេ (Tarry, 1900) ដូច្នេះគ្មានការេឡាតាំងលំដាប់ 6 ពីរណាដែលផ្គុំគ្នាបានឡើយ ហើយមនុស្ស 36 នាក់ក្នុងក្រុម 6 នាក់ទទួលបានតែ 3 ជុំប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>a fifth round would need a nearly Kirkman triple system of order 12, which does not exist</source>
        <translation>ជុំទីប្រាំត្រូវការប្រព័ន្ធត្រីធាតុ Kirkman ស្ទើរពេញលេញលំដាប់ 12 ដែលមិនមានទេ</translation>
    </message>
    <message>
        <source>each round everyone meets %1 new people, and there are only %2 others to meet</source>
        <translation>ក្នុងជុំនីមួយៗ ម្នាក់ៗជួបមនុស្សថ្មី %1 នាក់ ប៉ុន្តែមានមនុស្សផ្សេងទៀតតែ %2 នាក់ប៉ុណ្ណោះដែលត្រូវជួប</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ជុំទី %1</translation>
    </message>
    <message>
        <source>there is no participant with this id</source>
        <translation>គ្មានអ្នកចូលរួមដែលមាន id នេះទេ</translation>
    </message>
    <message>
        <source>%1 is in two rooms of %2; put each person in one room</source>
        <translation>%1 ស្ថិតនៅក្នុងបន្ទប់ពីរនៃ %2៖ សូមដាក់ម្នាក់ៗក្នុងបន្ទប់តែមួយ</translation>
    </message>
    <message>
        <source>the room sizes add up to %1, but %2 people take part; make them add up to %2</source>
        <translation>ទំហំបន្ទប់បូកសរុបបាន %1 ប៉ុន្តែមានអ្នកចូលរួម %2 នាក់៖ សូមកែឱ្យសរុបបាន %2</translation>
    </message>
    <message>
        <source>%1 people cannot be split into groups of %2 to %3; widen the range</source>
        <translation>មនុស្ស %1 នាក់មិនអាចបែងចែកជាក្រុមពី %2 ដល់ %3 នាក់បានទេ៖ សូមពង្រីកចន្លោះ</translation>
    </message>
    <message>
        <source>say how to form the rooms: give num_groups, group_size, group_sizes, or min_size and max_size</source>
        <translation>សូមបញ្ជាក់របៀបបង្កើតបន្ទប់៖ ផ្ដល់ num_groups, group_size, group_sizes ឬ min_size និង max_size</translation>
    </message>
    <message>
        <source>%1 people are too few for %2 rooms; ask for fewer rooms</source>
        <translation>មនុស្ស %1 នាក់តិចពេកសម្រាប់ %2 បន្ទប់៖ សូមស្នើចំនួនបន្ទប់តិចជាងនេះ</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, below min_size %4</source>
        <translation>មនុស្ស %1 នាក់ក្នុង %2 បន្ទប់ ធ្វើឱ្យបន្ទប់មាន %3 នាក់ ដែលតិចជាង min_size %4</translation>
    </message>
    <message>
        <source>%1 people in %2 rooms makes rooms of %3, above max_size %4</source>
        <translation>មនុស្ស %1 នាក់ក្នុង %2 បន្ទប់ ធ្វើឱ្យបន្ទប់មាន %3 នាក់ ដែលលើសពី max_size %4</translation>
    </message>
    <message>
        <source>id is empty; every participant needs one</source>
        <translation>id ទទេ៖ អ្នកចូលរួមម្នាក់ៗត្រូវមាន id</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 ក៏ជា id របស់អ្នកចូលរួមមុនដែរ៖ id ត្រូវតែខុសគ្នា</translation>
    </message>
    <message>
        <source>there is nobody to group; list the participants</source>
        <translation>គ្មាននរណាម្នាក់សម្រាប់បែងចែកក្រុមទេ៖ សូមរាយឈ្មោះអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>%1 participants are more than Sala groups at once (%2); split them, for example by language or cohort</source>
        <translation>អ្នកចូលរួម %1 នាក់ ច្រើនជាងចំនួនដែល Sala អាចបែងចែកក្រុមក្នុងពេលតែមួយ (%2)៖ សូមបំបែកពួកគេ ឧទាហរណ៍ តាមភាសា ឬតាមក្រុមសិក្សា</translation>
    </message>
    <message>
        <source>%1 rounds are more than Sala plans at once (%2)</source>
        <translation>%1 ជុំ ច្រើនជាងចំនួនដែល Sala អាចរៀបចំក្នុងពេលតែមួយ (%2)</translation>
    </message>
    <message>
        <source>%1 rounds asked for, but %2 fixed rounds are given; ask for at least %2</source>
        <translation>បានស្នើ %1 ជុំ ប៉ុន្តែបានផ្ដល់ជុំថេរ %2៖ សូមស្នើយ៉ាងហោចណាស់ %2 ជុំ</translation>
    </message>
    <message>
        <source>max_meetings must be at least 1</source>
        <translation>max_meetings ត្រូវតែយ៉ាងហោចណាស់ 1</translation>
    </message>
    <message>
        <source>round %1 does not exist; rounds are numbered from 0 to %2</source>
        <translation>ជុំទី %1 មិនមានទេ៖ ជុំត្រូវបានដាក់លេខពី 0 ដល់ %2</translation>
    </message>
    <message>
        <source>group must be a room number from 0</source>
        <translation>group ត្រូវតែជាលេខបន្ទប់ ដោយរាប់ពី 0</translation>
    </message>
    <message>
        <source>%1 is pinned in %2 but does not attend it</source>
        <translation>%1 ត្រូវបានកំណត់ឱ្យនៅក្នុង %2 ប៉ុន្តែមិនបានចូលរួមជុំនោះទេ</translation>
    </message>
    <message>
        <source>%1 is pinned to two rooms in %2</source>
        <translation>%1 ត្រូវបានកំណត់ឱ្យនៅបន្ទប់ពីរក្នុង %2</translation>
    </message>
    <message>
        <source>group_sizes cannot be combined with homogeneous_attrs, which give each value its own rooms; give num_groups or group_size instead</source>
        <translation>group_sizes មិនអាចប្រើរួមជាមួយ homogeneous_attrs បានទេ ព្រោះ homogeneous_attrs ផ្ដល់បន្ទប់ដាច់ដោយឡែកសម្រាប់តម្លៃនីមួយៗ៖ សូមផ្ដល់ num_groups ឬ group_size ជំនួសវិញ</translation>
    </message>
    <message>
        <source>%1 rooms are too few: keeping %2 homogeneous needs one room for each of its %3 values</source>
        <translation>%1 បន្ទប់តិចពេក៖ ការរក្សា %2 ឱ្យដូចគ្នាក្នុងបន្ទប់នីមួយៗ ត្រូវការបន្ទប់មួយសម្រាប់តម្លៃនីមួយៗក្នុងចំណោម %3 តម្លៃរបស់វា</translation>
    </message>
    <message>
        <source>%1 is pinned to rooms of different %2 values; pin them to rooms of one</source>
        <translation>%1 ត្រូវបានកំណត់ឱ្យនៅបន្ទប់ដែលមានតម្លៃ %2 ខុសគ្នា៖ សូមកំណត់ឱ្យនៅបន្ទប់ដែលមានតម្លៃតែមួយ</translation>
    </message>
    <message>
        <source>%1 is pinned to a room that does not exist</source>
        <translation>%1 ត្រូវបានកំណត់ឱ្យនៅបន្ទប់ដែលមិនមាន</translation>
    </message>
    <message>
        <source>list at least two participants</source>
        <translation>សូមរាយអ្នកចូលរួមយ៉ាងហោចណាស់ពីរនាក់</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ត្រូវបានរាយពីរដង</translation>
    </message>
    <message>
        <source>%1 and %2 are to be kept apart and kept together at once; choose one</source>
        <translation>%1 និង %2 ត្រូវបានកំណត់ឱ្យនៅដាច់ពីគ្នា ហើយនៅជាមួយគ្នាក្នុងពេលតែមួយ៖ សូមជ្រើសរើសមួយ</translation>
    </message>
    <message>
        <source>%1 and %2 have different %3, which gives them different rooms; they cannot be kept together</source>
        <translation>%1 និង %2 មាន %3 ខុសគ្នា ដែលធ្វើឱ្យពួកគេនៅបន្ទប់ខុសគ្នា៖ មិនអាចដាក់ពួកគេនៅជាមួយគ្នាបានទេ</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>ក្នុង %1៖ %2</translation>
    </message>
    <message>
        <source>%1 is pinned to room %2, but %3 has rooms %4 to %5</source>
        <translation>%1 ត្រូវបានកំណត់ឱ្យនៅបន្ទប់ %2 ប៉ុន្តែ %3 មានបន្ទប់ពី %4 ដល់ %5</translation>
    </message>
    <message>
        <source>%1 people are pinned to room %2 in %3, which holds only %4</source>
        <translation>មនុស្ស %1 នាក់ត្រូវបានកំណត់ឱ្យនៅបន្ទប់ %2 ក្នុង %3 ដែលផ្ទុកបានតែ %4 នាក់</translation>
    </message>
    <message>
        <source>%1 people are to be kept together, but the rooms of %2 hold at most %3</source>
        <translation>មនុស្ស %1 នាក់ត្រូវនៅជាមួយគ្នា ប៉ុន្តែបន្ទប់នៃ %2 ផ្ទុកបានយ៉ាងច្រើន %3 នាក់</translation>
    </message>
    <message>
        <source>each person meets about %1 people per round, and only so many of them can be new</source>
        <translation>ម្នាក់ៗជួបមនុស្សប្រហែល %1 នាក់ក្នុងមួយជុំ ហើយមានតែចំនួនប៉ុណ្ណឹងប៉ុណ្ណោះដែលអាចជាមនុស្សថ្មី</translation>
    </message>
    <message>
        <source>%1 for %2 rounds, the rest by tabu search</source>
        <translation>%1 សម្រាប់ %2 ជុំ ជុំដែលនៅសល់រកដោយ tabu search</translation>
    </message>
    <message>
        <source>greedy start and tabu search</source>
        <translation>ចាប់ផ្ដើមបែប greedy រួចរកដោយ tabu search</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, then tabu search</source>
        <translation>រក្សាផែនការដដែលកន្លែងណាដែលនៅសមស្រប បន្ទាប់មករកដោយ tabu search</translation>
    </message>
    <message>
        <source>At most %1 of the %2 rounds can be free of repeated pairs: %3.</source>
        <translation>យ៉ាងច្រើន %1 ក្នុងចំណោម %2 ជុំ អាចគ្មានគូដែលជួបគ្នាម្ដងទៀត៖ %3។</translation>
    </message>
    <message>
        <source>This schedule has %1 repeated pairs.</source>
        <translation>កាលវិភាគនេះមានគូដែលជួបគ្នាម្ដងទៀតចំនួន %1។</translation>
    </message>
    <message>
        <source>Alternatives: %1 rounds with nobody meeting twice</source>
        <translation>ជម្រើសផ្សេង៖ %1 ជុំ ដោយគ្មាននរណាជួបគ្នាពីរដង</translation>
    </message>
    <message>
        <source>, or groups of about %1, which by counting allow up to %2 rounds</source>
        <translation>, ឬក្រុមប្រហែល %1 នាក់ ដែលតាមការរាប់ អនុញ្ញាតបានរហូតដល់ %2 ជុំ</translation>
    </message>
    <message>
        <source>The time limit ended the search at %1 repeated pairs against a lower bound of %2; a longer time limit may find fewer.</source>
        <translation>ការកំណត់ពេលបានបញ្ចប់ការស្វែងរកត្រឹម %1 គូដែលជួបគ្នាម្ដងទៀត ធៀបនឹងដែនទាបបំផុត %2៖ ការកំណត់ពេលយូរជាងនេះ អាចរកឃើញតិចជាងនេះ។</translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept apart shares a room %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>គូដែលត្រូវនៅដាច់ពីគ្នា បាននៅបន្ទប់ជាមួយគ្នា %n ដង៖ គ្មានកាលវិភាគដែលរកឃើញអាចជៀសវាងបានទេ។</numerusform>
            <numerusform>គូដែលត្រូវនៅដាច់ពីគ្នា បាននៅបន្ទប់ជាមួយគ្នា %n ដង៖ គ្មានកាលវិភាគដែលរកឃើញអាចជៀសវាងបានទេ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A pair to be kept together is split %n time(s); no schedule found avoids it.</source>
        <translation>
            <numerusform>គូដែលត្រូវនៅជាមួយគ្នា ត្រូវបានបំបែក %n ដង៖ គ្មានកាលវិភាគដែលរកឃើញអាចជៀសវាងបានទេ។</numerusform>
            <numerusform>គូដែលត្រូវនៅជាមួយគ្នា ត្រូវបានបំបែក %n ដង៖ គ្មានកាលវិភាគដែលរកឃើញអាចជៀសវាងបានទេ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; this is the best schedule found so far.</source>
        <translation>បានបញ្ឈប់មុនចប់៖ នេះជាកាលវិភាគល្អបំផុតដែលរកឃើញរហូតមកដល់ពេលនេះ។</translation>
    </message>
    <message>
        <source>Kirkman triple system of order %1</source>
        <translation>ប្រព័ន្ធត្រីធាតុ Kirkman លំដាប់ %1</translation>
    </message>
    <message>
        <source>nearly Kirkman triple system of order %1</source>
        <translation>ប្រព័ន្ធត្រីធាតុ Kirkman ស្ទើរពេញលេញលំដាប់ %1</translation>
    </message>
    <message>
        <source>the plan kept where it still fits, newcomers placed by exact search</source>
        <translation>រក្សាផែនការដដែលកន្លែងណាដែលនៅសមស្រប អ្នកមកថ្មីត្រូវបានដាក់ដោយការស្វែងរកពេញលេញ (exact search)</translation>
    </message>
    <message>
        <source>No schedule can have fewer than %1 repeated pairs with these rooms, rounds and earlier meetings; this schedule has %2.</source>
        <translation>ជាមួយបន្ទប់ ជុំ និងការជួបគ្នាពីមុនទាំងនេះ យ៉ាងហោចណាស់ %1 គូដែលជួបគ្នាម្ដងទៀត គឺមិនអាចជៀសវាងបាន៖ កាលវិភាគនេះមាន %2។</translation>
    </message>
    <message>
        <source>23 people in rooms of 5, 5, 5, 4, 4 would have to meet all but one of their 253 pairs exactly once in six rounds, which is proven impossible</source>
        <translation>មនុស្ស 23 នាក់ក្នុងបន្ទប់ 5, 5, 5, 4, 4 ត្រូវតែឲ្យគូទាំងអស់ក្នុងចំណោម 253 គូ លើកលែងតែមួយគូ ជួបគ្នាតែម្ដងគត់ក្នុងប្រាំមួយជុំ ដែលត្រូវបានបញ្ជាក់ថាមិនអាចទៅរួចទេ</translation>
    </message>
</context>
<context>
    <name>sala::GroupsJson</name>
    <message>
        <source>a list</source>
        <translation>បញ្ជីមួយ</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>object មួយ</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; known here: %2</source>
        <translation>មិនស្គាល់ធាតុ &quot;%1&quot;៖ ធាតុដែលស្គាល់នៅទីនេះ៖ %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>ត្រូវតែជាចំនួនគត់ពី %1 ដល់ %2 មិនមែន %3 ទេ</translation>
    </message>
    <message>
        <source>must be a list in square brackets [ ], not %1</source>
        <translation>ត្រូវតែជាបញ្ជីក្នុងដង្កៀបការេ [ ] មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>must be a name in double quotes, not %1</source>
        <translation>ត្រូវតែជាឈ្មោះក្នុងសញ្ញាសម្រង់ពីរ មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>must be a participant id in double quotes, not %1</source>
        <translation>ត្រូវតែជា id អ្នកចូលរួមក្នុងសញ្ញាសម្រង់ពីរ មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>no participant has the id %1; add them to &quot;participants&quot; or correct the id</source>
        <translation>គ្មានអ្នកចូលរួមណាមាន id %1 ទេ៖ សូមបន្ថែមគាត់ទៅក្នុង &quot;participants&quot; ឬកែ id ឱ្យត្រូវ</translation>
    </message>
    <message>
        <source>must be a list of participant ids, not %1</source>
        <translation>ត្រូវតែជាបញ្ជី id អ្នកចូលរួម មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>each round must be a list of rooms, each a list of ids, not %1</source>
        <translation>ជុំនីមួយៗត្រូវតែជាបញ្ជីបន្ទប់ ដែលបន្ទប់នីមួយៗជាបញ្ជី id មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>participants is missing; list the people to group, for example [{&quot;id&quot;: &quot;p01&quot;}]</source>
        <translation>ខ្វះ participants៖ សូមរាយមនុស្សដែលត្រូវបែងចែកក្រុម ឧទាហរណ៍ [{&quot;id&quot;: &quot;p01&quot;}]</translation>
    </message>
    <message>
        <source>each participant must be an object in braces { }, not %1</source>
        <translation>អ្នកចូលរួមម្នាក់ៗត្រូវតែជា object ក្នុងសញ្ញា { } មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>id is missing; every participant needs one</source>
        <translation>ខ្វះ id៖ អ្នកចូលរួមម្នាក់ៗត្រូវមាន id</translation>
    </message>
    <message>
        <source>id must be non-empty text in double quotes, not %1</source>
        <translation>id ត្រូវតែជាអត្ថបទមិនទទេក្នុងសញ្ញាសម្រង់ពីរ មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>%1 is the id of an earlier participant too; ids must differ</source>
        <translation>%1 ក៏ជា id របស់អ្នកចូលរួមមុនដែរ៖ id ត្រូវតែខុសគ្នា</translation>
    </message>
    <message>
        <source>must be text in double quotes, not %1</source>
        <translation>ត្រូវតែជាអត្ថបទក្នុងសញ្ញាសម្រង់ពីរ មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>attrs must be an object such as {&quot;country&quot;: &quot;TH&quot;}, not %1</source>
        <translation>attrs ត្រូវតែជា object ដូចជា {&quot;country&quot;: &quot;TH&quot;} មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>attendance must be an object such as {&quot;p07&quot;: [0, 1]}, not %1</source>
        <translation>attendance ត្រូវតែជា object ដូចជា {&quot;p07&quot;: [0, 1]} មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>no participant has the id &quot;%1&quot;</source>
        <translation>គ្មានអ្នកចូលរួមណាមាន id &quot;%1&quot; ទេ</translation>
    </message>
    <message>
        <source>must be the list of rounds the person attends, such as [0, 1], not %1</source>
        <translation>ត្រូវតែជាបញ្ជីជុំដែលបុគ្គលនោះចូលរួម ដូចជា [0, 1] មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>constraints must be an object in braces { }, not %1</source>
        <translation>constraints ត្រូវតែជា object ក្នុងសញ្ញា { } មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>min_size (%1) is above max_size (%2)</source>
        <translation>min_size (%1) ធំជាង max_size (%2)</translation>
    </message>
    <message>
        <source>%1 sizes given for %2 rooms (num_groups); give one size per room</source>
        <translation>បានផ្ដល់ទំហំ %1 សម្រាប់ %2 បន្ទប់ (num_groups)៖ សូមផ្ដល់ទំហំមួយក្នុងមួយបន្ទប់</translation>
    </message>
    <message>
        <source>each pin must be an object such as {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0}, not %1</source>
        <translation>pin នីមួយៗត្រូវតែជា object ដូចជា {&quot;id&quot;: &quot;f1&quot;, &quot;group&quot;: 0} មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>id is missing; say whom to pin</source>
        <translation>ខ្វះ id៖ សូមបញ្ជាក់ថាត្រូវកំណត់បន្ទប់ឱ្យនរណា</translation>
    </message>
    <message>
        <source>group is missing; give the room number, counting from 0</source>
        <translation>ខ្វះ group៖ សូមផ្ដល់លេខបន្ទប់ ដោយរាប់ពី 0</translation>
    </message>
    <message>
        <source>This is not a breakout problem: it holds %1 instead of an object with &quot;participants&quot;.</source>
        <translation>នេះមិនមែនជាឯកសារបញ្ហាបែងចែកក្រុមតូចទេ៖ វាមាន %1 ជំនួសឱ្យ object ដែលមាន &quot;participants&quot;។</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not valid JSON (%3)</source>
        <translation>បន្ទាត់ %1 ជួរឈរ %2៖ ឯកសារមិនមែនជា JSON ត្រឹមត្រូវទេ (%3)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>មិនអាចអានឯកសារបានទេ (%1)</translation>
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
            <numerusform>%1 ប៉ុន្តែមានមនុស្ស %n នាក់ក្នុងបញ្ជីអ្នកចូលរួមដែលត្រូវគ្នា៖ %2</numerusform>
            <numerusform>%1 ប៉ុន្តែមានមនុស្ស %n នាក់ក្នុងបញ្ជីអ្នកចូលរួមដែលត្រូវគ្នា៖ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>អ៊ីមែលដូចគ្នា %1</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>ឈ្មោះផ្សេង %1</translation>
    </message>
    <message>
        <source>preferred name %1</source>
        <translation>ឈ្មោះដែលចូលចិត្តឱ្យហៅ %1</translation>
    </message>
    <message>
        <source>same name %1</source>
        <translation>ឈ្មោះដូចគ្នា %1</translation>
    </message>
    <message>
        <source>same name as %1 apart from case, spacing or accents</source>
        <translation>ឈ្មោះដូចគ្នានឹង %1 លើកលែងតែអក្សរធំ/តូច ដកឃ្លា ឬសញ្ញាសំឡេង</translation>
    </message>
    <message>
        <source>name matches after removing %1</source>
        <translation>ឈ្មោះត្រូវគ្នាបន្ទាប់ពីដក %1 ចេញ</translation>
    </message>
    <message>
        <source> and </source>
        <translation> និង </translation>
    </message>
    <message>
        <source>%1% similar to %2</source>
        <translation>ស្រដៀងនឹង %2 %1%</translation>
    </message>
</context>
<context>
    <name>sala::ImportPreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>Matches %1 (%2)</source>
        <translation>ត្រូវគ្នានឹង %1 (%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>បានយល់ព្រម</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>មិនបានយល់ព្រម</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ការពិនិត្យ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
</context>
<context>
    <name>sala::Library</name>
    <message>
        <source>“%1” is missing from this build of Sala.</source>
        <translation>“%1” មិនមាននៅក្នុងកំណែ Sala នេះទេ។</translation>
    </message>
    <message>
        <source>The method library is not valid JSON: %1</source>
        <translation>បណ្ណាល័យវិធីសាស្ត្រមិនមែនជា JSON ត្រឹមត្រូវទេ៖ %1</translation>
    </message>
    <message>
        <source>This is not a Sala method library (&quot;format&quot; must be &quot;sala-methods&quot;).</source>
        <translation>នេះមិនមែនជាបណ្ណាល័យវិធីសាស្ត្ររបស់ Sala ទេ (&quot;format&quot; ត្រូវតែជា &quot;sala-methods&quot;)។</translation>
    </message>
    <message>
        <source>This method library needs a newer version of Sala.</source>
        <translation>បណ្ណាល័យវិធីសាស្ត្រនេះត្រូវការ Sala កំណែថ្មីជាងនេះ។</translation>
    </message>
    <message>
        <source>The method library has no &quot;methods&quot; list.</source>
        <translation>បណ្ណាល័យវិធីសាស្ត្រគ្មានបញ្ជី &quot;methods&quot; ទេ។</translation>
    </message>
    <message>
        <source>The method library has problems:
%1</source>
        <translation>បណ្ណាល័យវិធីសាស្ត្រមានបញ្ហា៖
%1</translation>
    </message>
    <message>
        <source>save the template</source>
        <translation>រក្សាទុកគំរូ</translation>
    </message>
    <message>
        <source>read the templates</source>
        <translation>អានគំរូ</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>លុបគំរូ</translation>
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
        <translation>មូលដ្ឋានទិន្នន័យ៖ %1</translation>
    </message>
    <message>
        <source>Every change is saved to this file at once; there is no Save button.</source>
        <translation>រាល់ការផ្លាស់ប្ដូរត្រូវបានរក្សាទុកក្នុងឯកសារនេះភ្លាមៗ៖ មិនមានប៊ូតុង “រក្សាទុក” ទេ។</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>ផែនការ (&amp;P)</translation>
    </message>
    <message>
        <source>The session&apos;s activities and timings</source>
        <translation>សកម្មភាព និងពេលវេលានៃវគ្គ</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>បញ្ជីអ្នកចូលរួម (&amp;R)</translation>
    </message>
    <message>
        <source>Participants of the workshop</source>
        <translation>អ្នកចូលរួមនៃសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>&amp;Breakouts</source>
        <translation>ក្រុមតូច (&amp;B)</translation>
    </message>
    <message>
        <source>Breakout rooms, rounds and broadcast texts</source>
        <translation>បន្ទប់ក្រុមតូច ជុំ និងអត្ថបទសារផ្សាយ</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>ដំណើរការ (&amp;U)</translation>
    </message>
    <message>
        <source>Run the session live</source>
        <translation>ដំណើរការវគ្គផ្ទាល់</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>របាយការណ៍ (&amp;P)</translation>
    </message>
    <message>
        <source>Attendance and planning reports</source>
        <translation>របាយការណ៍វត្តមាន និងផែនការ</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>ផ្ទាំង</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>សិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>សិក្ខាសាលា (&amp;W)៖</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>វគ្គ (&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>សិក្ខាសាលាថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>ថ្មីពីគំរូ (&amp;T)…</translation>
    </message>
    <message>
        <source>Workshop &amp;Settings…</source>
        <translation>ការកំណត់សិក្ខាសាលា (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>នាំចូលផែនការ (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>នាំចេញវគ្គ (&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Workshop…</source>
        <translation>នាំចេញសិក្ខាសាលា (&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Run Sheet…</source>
        <translation>តារាងដំណើរការវគ្គ (&amp;R)…</translation>
    </message>
    <message>
        <source>Write the session&apos;s run sheet as PDF, HTML or Markdown for printing</source>
        <translation>បង្កើតតារាងដំណើរការវគ្គជា PDF, HTML ឬ Markdown សម្រាប់បោះពុម្ព</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>បម្រុងទុកមូលដ្ឋានទិន្នន័យ (&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to a file of your choice</source>
        <translation>រក្សាទុកច្បាប់ចម្លងនៃមូលដ្ឋានទិន្នន័យទាំងមូល ទៅក្នុងឯកសារដែលអ្នកជ្រើសរើស</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>កែសម្រួល (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ចំណូលចិត្ត (&amp;P)…</translation>
    </message>
    <message>
        <source>Save Activity as &amp;Template</source>
        <translation>រក្សាទុកសកម្មភាពជាគំរូ (&amp;T)</translation>
    </message>
    <message>
        <source>Save Session as Te&amp;mplate</source>
        <translation>រក្សាទុកវគ្គជាគំរូ (&amp;M)</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>បញ្ជីអ្នកចូលរួម (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ផ្លូវកាត់ក្ដារចុច (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Sala</source>
        <translation>អំពី Sala (&amp;A)</translation>
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
        <translation>សិក្ខាសាលាថ្មី</translation>
    </message>
    <message>
        <source>Session 1</source>
        <translation>វគ្គទី 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n វគ្គ)</numerusform>
            <numerusform>%1 (%n វគ្គ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (my session template)</source>
        <translation>%1 (គំរូវគ្គរបស់ខ្ញុំ)</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>ថ្មីពីគំរូ</translation>
    </message>
    <message>
        <source>Start a new workshop from:</source>
        <translation>ចាប់ផ្ដើមសិក្ខាសាលាថ្មីពី៖</translation>
    </message>
    <message>
        <source>Workshop Settings</source>
        <translation>ការកំណត់សិក្ខាសាលា</translation>
    </message>
    <message>
        <source>“%1” is now in your method library (Plan ▸ Add).</source>
        <translation>“%1” ឥឡូវនៅក្នុងបណ្ណាល័យវិធីសាស្ត្ររបស់អ្នកហើយ (ផែនការ ▸ បន្ថែម)។</translation>
    </message>
    <message>
        <source>“%1” is saved as a template (File ▸ New from Template).</source>
        <translation>“%1” ត្រូវបានរក្សាទុកជាគំរូ (ឯកសារ ▸ ថ្មីពីគំរូ)។</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>មិនអាចសរសេរ “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>នាំចូលផែនការ</translation>
    </message>
    <message>
        <source>Sala plans (*.json);;All files (*)</source>
        <translation>ផែនការ Sala (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>មិនអាចអាន “%1” បានទេ៖ %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be imported; nothing was changed. Problems found: %n</source>
        <translation>
            <numerusform>មិនអាចនាំចូល “%1” បានទេ៖ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ បញ្ហាដែលរកឃើញ៖ %n</numerusform>
            <numerusform>មិនអាចនាំចូល “%1” បានទេ៖ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ បញ្ហាដែលរកឃើញ៖ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the workshop “%1”.</source>
        <translation>បាននាំចូលសិក្ខាសាលា “%1”។</translation>
    </message>
    <message>
        <source>“%1” holds one session. Open or create the workshop it belongs to first, then import it again.</source>
        <translation>“%1” មានវគ្គតែមួយ។ សូមបើក ឬបង្កើតសិក្ខាសាលាដែលវគ្គនេះជាផ្នែកមួយជាមុនសិន រួចនាំចូលម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Import the session “%1”</source>
        <translation>នាំចូលវគ្គ “%1”</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>នាំចេញវគ្គ</translation>
    </message>
    <message>
        <source>Sala plans (*.json)</source>
        <translation>ផែនការ Sala (*.json)</translation>
    </message>
    <message>
        <source>Session exported to %1</source>
        <translation>បាននាំចេញវគ្គទៅ %1</translation>
    </message>
    <message>
        <source>Export Workshop</source>
        <translation>នាំចេញសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Workshop exported to %1</source>
        <translation>បាននាំចេញសិក្ខាសាលាទៅ %1</translation>
    </message>
    <message>
        <source>Run Sheet</source>
        <translation>តារាងដំណើរការវគ្គ</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;ទំព័រវេប (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Run sheet written to %1</source>
        <translation>បានរក្សាទុកតារាងដំណើរការវគ្គទៅ %1</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>បម្រុងទុកមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Sala databases (*.db)</source>
        <translation>មូលដ្ឋានទិន្នន័យ Sala (*.db)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>បានរក្សាទុកច្បាប់បម្រុងទុកទៅ %1</translation>
    </message>
    <message>
        <source>Choose the workshop</source>
        <translation>ជ្រើសរើសសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>ជ្រើសរើសវគ្គ</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>ចំណូលចិត្ត</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>បញ្ជីផ្លូវកាត់នេះ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>ផ្លូវកាត់ក្ដារចុច</translation>
    </message>
    <message>
        <source>Import &amp;Attendance…</source>
        <translation>នាំចូលវត្តមាន (&amp;A)…</translation>
    </message>
    <message>
        <source>Read a participants report from Zoom, Teams or Google Meet into the current session</source>
        <translation>អានរបាយការណ៍អ្នកចូលរួមពី Zoom, Teams ឬ Google Meet ចូលទៅក្នុងវគ្គបច្ចុប្បន្ន</translation>
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
        <translation>វេទិកាផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Welcome / briefing</source>
        <translation>ស្វាគមន៍ / ការណែនាំ</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>ល្បែងស្គាល់គ្នា</translation>
    </message>
    <message>
        <source>Input / presentation</source>
        <translation>ការបង្រៀន / បទបង្ហាញ</translation>
    </message>
    <message>
        <source>Individual work</source>
        <translation>ការងារបុគ្គល</translation>
    </message>
    <message>
        <source>Breakout group work</source>
        <translation>ការងារក្រុមតូច</translation>
    </message>
    <message>
        <source>Plenary debrief</source>
        <translation>ការពិភាក្សាសង្ខេបក្នុងក្រុមធំ</translation>
    </message>
    <message>
        <source>Poll / quiz</source>
        <translation>ការស្ទង់មតិ / កម្រងសំណួរ</translation>
    </message>
    <message>
        <source>Energizer</source>
        <translation>ល្បែងបង្កើនថាមពល</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>សម្រាក</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>ការរៀបចំផែនការសកម្មភាព</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Keep home groups</source>
        <translation>រក្សាក្រុមគោល</translation>
    </message>
    <message>
        <source>New mix</source>
        <translation>លាយក្រុមថ្មី</translation>
    </message>
    <message>
        <source>Trios or pairs</source>
        <translation>ក្រុមបីនាក់ ឬជាគូ</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>តាមភាសា</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>កំណត់ដោយដៃ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>មិនបញ្ជាក់</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>សហគ្រាស</translation>
    </message>
    <message>
        <source>BDS provider</source>
        <translation>អ្នកផ្ដល់សេវាអភិវឌ្ឍអាជីវកម្ម (BDS)</translation>
    </message>
    <message>
        <source>Employers&apos; organization</source>
        <translation>អង្គការនិយោជក</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>សមាគមអាជីវកម្ម</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>អង្គការមិនមែនរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>រដ្ឋាភិបាល</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(មិនបញ្ជាក់)</translation>
    </message>
    <message>
        <source>Needs &amp;interpretation</source>
        <translation>ត្រូវការអ្នកបកប្រែផ្ទាល់មាត់ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Consent given</source>
        <translation>បានយល់ព្រម (&amp;C)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>មិនបានយល់ព្រម</translation>
    </message>
    <message>
        <source>e.g. Khmer, English or km, en</source>
        <translation>ឧ. ខ្មែរ, អង់គ្លេស ឬ km, en</translation>
    </message>
    <message>
        <source>version of the privacy notice, e.g. 2026-01</source>
        <translation>កំណែនៃសេចក្ដីជូនដំណឹងអំពីឯកជនភាព ឧ. 2026-01</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>ឈ្មោះតាមការសរសេរ</translation>
    </message>
    <message>
        <source>Exactly as the person writes it; Sala never splits names into given and family names.</source>
        <translation>តាមរបៀបដែលបុគ្គលនោះសរសេរផ្ទាល់៖ Sala មិនដែលបំបែកឈ្មោះជានាមខ្លួន និងនាមត្រកូលទេ។</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>ឈ្មោះផ្សេង មួយក្នុងមួយបន្ទាត់</translation>
    </message>
    <message>
        <source>Other names the person appears under, such as a Zoom display name; one per line.</source>
        <translation>ឈ្មោះផ្សេងទៀតដែលបុគ្គលនេះប្រើ ដូចជាឈ្មោះបង្ហាញក្នុង Zoom៖ មួយក្នុងមួយបន្ទាត់។</translation>
    </message>
    <message>
        <source>Other email addresses</source>
        <translation>អាសយដ្ឋានអ៊ីមែលផ្សេងទៀត</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>ឈ្មោះដែលចូលចិត្តឱ្យហៅ (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>ឈ្មោះផ្សេង (&amp;A)៖</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>អ៊ីមែល (&amp;E)៖</translation>
    </message>
    <message>
        <source>Other e&amp;mails:</source>
        <translation>អ៊ីមែលផ្សេងទៀត (&amp;M)៖</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>ទូរស័ព្ទ (&amp;H)៖</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>ប្រទេស (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>ភេទ (&amp;S)៖</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>អាយុ (&amp;G)៖</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>ភាសា (&amp;L)៖</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>ស្ថាប័ន (&amp;O)៖</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ប្រភេទ (&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>ចំនួនបុគ្គលិក (&amp;E)៖</translation>
    </message>
    <message>
        <source>Size class:</source>
        <translation>ទំហំសហគ្រាស៖</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>វិស័យ (&amp;C)៖</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>ពេលយល់ព្រម (&amp;W)៖</translation>
    </message>
    <message>
        <source>Privacy &amp;notice:</source>
        <translation>សេចក្ដីជូនដំណឹងអំពីឯកជនភាព (&amp;N)៖</translation>
    </message>
    <message>
        <source>Agreed purposes</source>
        <translation>គោលបំណងដែលបានយល់ព្រម</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>កំណត់ចំណាំ (&amp;O)៖</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ប្រភព៖ %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation>ការយល់ព្រម និងកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Every participant needs a name, written as they write it.</source>
        <translation>អ្នកចូលរួមម្នាក់ៗត្រូវមានឈ្មោះ ដែលសរសេរតាមរបៀបដែលគាត់សរសេរ។</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” មិនមែនជាអាសយដ្ឋានអ៊ីមែលទេ។</translation>
    </message>
    <message>
        <source>Write languages as names or codes separated by commas, such as “Khmer, English” or “km, en”.</source>
        <translation>សូមសរសេរភាសាជាឈ្មោះ ឬកូដ បំបែកដោយក្បៀស ដូចជា “ខ្មែរ, អង់គ្លេស” ឬ “km, en”។</translation>
    </message>
    <message>
        <source>— (no head count)</source>
        <translation>— (គ្មានចំនួនបុគ្គលិក)</translation>
    </message>
    <message>
        <source>Role in this workshop</source>
        <translation>តួនាទីក្នុងសិក្ខាសាលានេះ</translation>
    </message>
    <message>
        <source>Facilitators and interpreters go into breakout rooms but are never counted; observers (a producer or co-host, a visitor) are neither placed in rooms nor counted. Reports count participants only.</source>
        <translation>អ្នកសម្របសម្រួល និងអ្នកបកប្រែ ចូលបន្ទប់ក្រុមតូច ប៉ុន្តែមិនត្រូវបានរាប់ទេ៖ អ្នកសង្កេតការណ៍ (អ្នកជំនួយការបច្ចេកទេស សហម្ចាស់កិច្ចប្រជុំ (co-host) ឬភ្ញៀវ) មិនត្រូវបានដាក់ក្នុងបន្ទប់ ហើយក៏មិនត្រូវបានរាប់ដែរ។ របាយការណ៍រាប់តែអ្នកចូលរួមប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>តួនាទី (&amp;R)៖</translation>
    </message>
</context>
<context>
    <name>sala::ParticipantRole</name>
    <message>
        <source>Participant</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>អ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>អ្នកសង្កេតការណ៍</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
            <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>អ្នកសម្របសម្រួល %n នាក់</numerusform>
            <numerusform>អ្នកសម្របសម្រួល %n នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s)</source>
        <translation>
            <numerusform>អ្នកបកប្រែ %n នាក់</numerusform>
            <numerusform>អ្នកបកប្រែ %n នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>អ្នកសង្កេតការណ៍ %n នាក់</numerusform>
            <numerusform>អ្នកសង្កេតការណ៍ %n នាក់</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::ParticipantTableModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(ទិន្នន័យផ្ទាល់ខ្លួនត្រូវបានលុបចោល)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>បានយល់ព្រម</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>មិនបានយល់ព្រម</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>រំពឹងថានឹងមក</translation>
    </message>
    <message>
        <source>Not this session</source>
        <translation>មិនមែនវគ្គនេះ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Personal data erased on %1; only anonymous counts are kept.</source>
        <translation>ទិន្នន័យផ្ទាល់ខ្លួនត្រូវបានលុបចោលនៅថ្ងៃ %1៖ រក្សាទុកតែចំនួនអនាមិកប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>ឈ្មោះផ្សេង៖ %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>បានយល់ព្រមនៅថ្ងៃ %1</translation>
    </message>
    <message>
        <source>Given (time not recorded)</source>
        <translation>បានយល់ព្រម (មិនបានកត់ត្រាពេលវេលា)</translation>
    </message>
    <message>
        <source>Privacy notice %1</source>
        <translation>សេចក្ដីជូនដំណឹងអំពីឯកជនភាព %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>ឈ្មោះដែលចូលចិត្តឱ្យហៅ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>ចំនួនបុគ្គលិក</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>វគ្គនេះ</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>ការចុះវត្តមាន</translation>
    </message>
    <message>
        <source>Change the %1 of “%2”</source>
        <translation>ប្ដូរ %1 របស់ “%2”</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
</context>
<context>
    <name>sala::PdfPages</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>មិនអាចចាប់ផ្ដើមបង្កើត PDF បានទេ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ទំព័រ %1 នៃ %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>មិនអាចបញ្ចប់ការបង្កើត PDF បានទេ</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLog</name>
    <message>
        <source>record the export in the personal data log</source>
        <translation>កត់ត្រាការនាំចេញក្នុងកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>read the personal data log</source>
        <translation>អានកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Roster export</source>
        <translation>ការនាំចេញបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Access request export</source>
        <translation>ការនាំចេញតាមសំណើសុំមើលទិន្នន័យ</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>ការលុបចោល</translation>
    </message>
    <message>
        <source>Erasure at the end of retention</source>
        <translation>ការលុបចោលនៅចុងរយៈពេលរក្សាទុក</translation>
    </message>
</context>
<context>
    <name>sala::PersonalDataLogDialog</name>
    <message>
        <source>Personal Data Log</source>
        <translation>កំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Every export that contained personal data, and every erasure, as Sala recorded it. The log holds numbers, not names, so it keeps nothing of the people it mentions.</source>
        <translation>រាល់ការនាំចេញដែលមានទិន្នន័យផ្ទាល់ខ្លួន និងរាល់ការលុបចោល ដូចដែល Sala បានកត់ត្រា។ កំណត់ត្រានេះរក្សាទុកតែលេខ មិនមែនឈ្មោះទេ ដូច្នេះវាមិនរក្សាទុកព័ត៌មានអ្វីពីមនុស្សដែលវានិយាយដល់ឡើយ។</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ចំនួនមនុស្ស</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>គ្មានការយល់ព្រម</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Personal data log</source>
        <translation>កំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source> (command line)</source>
        <translation> (បន្ទាត់បញ្ជា)</translation>
    </message>
</context>
<context>
    <name>sala::PlanCheck</name>
    <message numerus="yes">
        <source>%n minutes without a break or energizer by the end of “%1”; people online tire after about 90.</source>
        <translation>
            <numerusform>%n នាទីដោយគ្មានការសម្រាក ឬល្បែងបង្កើនថាមពល រហូតដល់ចប់ “%1”៖ អ្នកចូលរួមតាមអនឡាញចាប់ផ្ដើមហត់នឿយក្រោយប្រហែល 90 នាទី។</numerusform>
            <numerusform>%n នាទីដោយគ្មានការសម្រាក ឬល្បែងបង្កើនថាមពល រហូតដល់ចប់ “%1”៖ អ្នកចូលរួមតាមអនឡាញចាប់ផ្ដើមហត់នឿយក្រោយប្រហែល 90 នាទី។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan ends %n minutes after the target end (%1); shorten or remove activities.</source>
        <translation>
            <numerusform>ផែនការបញ្ចប់ %n នាទីក្រោយម៉ោងបញ្ចប់គោលដៅ (%1)៖ សូមបង្រួម ឬដកសកម្មភាពខ្លះចេញ។</numerusform>
            <numerusform>ផែនការបញ្ចប់ %n នាទីក្រោយម៉ោងបញ្ចប់គោលដៅ (%1)៖ សូមបង្រួម ឬដកសកម្មភាពខ្លះចេញ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” must start at %2, but the activities before it end %n minutes later.</source>
        <translation>
            <numerusform>“%1” ត្រូវចាប់ផ្ដើមនៅម៉ោង %2 ប៉ុន្តែសកម្មភាពមុនវាបញ្ចប់យឺតជាងនោះ %n នាទី។</numerusform>
            <numerusform>“%1” ត្រូវចាប់ផ្ដើមនៅម៉ោង %2 ប៉ុន្តែសកម្មភាពមុនវាបញ្ចប់យឺតជាងនោះ %n នាទី។</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” needs %2 breakout rooms; %3 allows at most %4.</source>
        <translation>“%1” ត្រូវការបន្ទប់ក្រុមតូច %2៖ %3 អនុញ្ញាតបានយ៉ាងច្រើន %4។</translation>
    </message>
    <message>
        <source>“%1” is group work without instructions; groups need written steps to run themselves.</source>
        <translation>“%1” ជាការងារក្រុមដែលគ្មានសេចក្ដីណែនាំ៖ ក្រុមត្រូវការជំហានជាលាយលក្ខណ៍អក្សរ ដើម្បីធ្វើការដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <source>“%1” plans %2 minutes in rooms (%3 × %4) but only %5 minutes for the whole activity.</source>
        <translation>“%1” គ្រោង %2 នាទីក្នុងបន្ទប់ (%3 × %4) ប៉ុន្តែមានតែ %5 នាទីសម្រាប់សកម្មភាពទាំងមូល។</translation>
    </message>
</context>
<context>
    <name>sala::PlanCommands</name>
    <message>
        <source>Change the minutes of “%1”</source>
        <translation>ប្ដូរចំនួននាទីរបស់ “%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>ប្ដូរឈ្មោះ “%1”</translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation>ប្ដូរប្រភេទរបស់ “%1”</translation>
    </message>
    <message>
        <source>Edit the objective of “%1”</source>
        <translation>កែគោលបំណងរបស់ “%1”</translation>
    </message>
    <message>
        <source>Edit the instructions of “%1”</source>
        <translation>កែសេចក្ដីណែនាំរបស់ “%1”</translation>
    </message>
    <message>
        <source>Edit the notes of “%1”</source>
        <translation>កែកំណត់ចំណាំរបស់ “%1”</translation>
    </message>
    <message>
        <source>Edit the materials of “%1”</source>
        <translation>កែសម្ភារៈរបស់ “%1”</translation>
    </message>
    <message>
        <source>Change the timing of “%1”</source>
        <translation>ប្ដូរពេលវេលារបស់ “%1”</translation>
    </message>
    <message>
        <source>Change the breakout settings of “%1”</source>
        <translation>ប្ដូរការកំណត់ក្រុមតូចរបស់ “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>កែ “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>លុប “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>ផ្លាស់ទី “%1”</translation>
    </message>
    <message>
        <source>Edit the session “%1”</source>
        <translation>កែវគ្គ “%1”</translation>
    </message>
    <message>
        <source>Edit the workshop settings</source>
        <translation>កែការកំណត់សិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Delete the session “%1”</source>
        <translation>លុបវគ្គ “%1”</translation>
    </message>
</context>
<context>
    <name>sala::PlanJson</name>
    <message>
        <source>unknown grouping %1; use one of: %2</source>
        <translation>ការបែងចែកក្រុម %1 មិនស្គាល់៖ សូមប្រើមួយក្នុងចំណោម៖ %2</translation>
    </message>
    <message>
        <source>unknown activity kind %1; use one of: %2</source>
        <translation>ប្រភេទសកម្មភាព %1 មិនស្គាល់៖ សូមប្រើមួយក្នុងចំណោម៖ %2</translation>
    </message>
    <message>
        <source>unknown platform %1; use one of: %2</source>
        <translation>វេទិកា %1 មិនស្គាល់៖ សូមប្រើមួយក្នុងចំណោម៖ %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>បញ្ជីមួយ</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>object មួយ</translation>
    </message>
    <message>
        <source>%1 is missing; every %2 needs one</source>
        <translation>ខ្វះ %1៖ %2 នីមួយៗត្រូវតែមានវា</translation>
    </message>
    <message>
        <source>%1 must be text in double quotes, not %2</source>
        <translation>%1 ត្រូវតែជាអត្ថបទក្នុងសញ្ញាសម្រង់ពីរ មិនមែន %2 ទេ</translation>
    </message>
    <message>
        <source>%1 is empty; every %2 needs one</source>
        <translation>%1 ទទេ៖ %2 នីមួយៗត្រូវតែមានវា</translation>
    </message>
    <message>
        <source>%1 must be a whole number between %2 and %3, not %4</source>
        <translation>%1 ត្រូវតែជាចំនួនគត់ចន្លោះពី %2 ដល់ %3 មិនមែន %4 ទេ</translation>
    </message>
    <message>
        <source>%1 must be true or false (without quotes), not %2</source>
        <translation>%1 ត្រូវតែជា true ឬ false (គ្មានសញ្ញាសម្រង់) មិនមែន %2 ទេ</translation>
    </message>
    <message>
        <source>time must be HH:MM (24-hour), not %1</source>
        <translation>ម៉ោងត្រូវតែជា HH:MM (ប្រព័ន្ធ 24 ម៉ោង) មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>date %1 does not exist in the calendar</source>
        <translation>កាលបរិច្ឆេទ %1 មិនមាននៅក្នុងប្រតិទិនទេ</translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD, for example 2026-12-01, not %1</source>
        <translation>កាលបរិច្ឆេទត្រូវតែជា YYYY-MM-DD ឧទាហរណ៍ 2026-12-01 មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>time zone %1 is not a known IANA time zone; use a name such as &quot;Asia/Bangkok&quot; or &quot;Asia/Manila&quot;</source>
        <translation>ល្វែងម៉ោង %1 មិនមែនជាល្វែងម៉ោង IANA ដែលស្គាល់ទេ៖ សូមប្រើឈ្មោះដូចជា &quot;Asia/Bangkok&quot; ឬ &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>%1 must be a list in square brackets [ ], not %2</source>
        <translation>%1 ត្រូវតែជាបញ្ជីក្នុងដង្កៀបការេ [ ] មិនមែន %2 ទេ</translation>
    </message>
    <message>
        <source>each %1 must be an object in braces { }, not %2</source>
        <translation>%1 នីមួយៗត្រូវតែជា object ក្នុងសញ្ញា { } មិនមែន %2 ទេ</translation>
    </message>
    <message>
        <source>breakout must be an object in braces { }, not %1</source>
        <translation>breakout ត្រូវតែជា object ក្នុងសញ្ញា { } មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>breakout</source>
        <translation>ក្រុមតូច</translation>
    </message>
    <message>
        <source>give groupSize or groupCount a number above 0, so that Sala knows how to form the groups</source>
        <translation>សូមផ្ដល់លេខធំជាង 0 ឱ្យ groupSize ឬ groupCount ដើម្បីឱ្យ Sala ដឹងពីរបៀបបង្កើតក្រុម</translation>
    </message>
    <message>
        <source>each role must be text in double quotes, not %1</source>
        <translation>តួនាទីនីមួយៗត្រូវតែជាអត្ថបទក្នុងសញ្ញាសម្រង់ពីរ មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>សារផ្សាយ</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>material</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <source>minimumMinutes must be at least 1 when mayShorten is true; give the shortest the activity may become, or set mayShorten to false</source>
        <translation>minimumMinutes ត្រូវតែយ៉ាងហោចណាស់ 1 នៅពេល mayShorten ជា true៖ សូមផ្ដល់រយៈពេលខ្លីបំផុតដែលសកម្មភាពអាចបង្រួមបាន ឬកំណត់ mayShorten ជា false</translation>
    </message>
    <message>
        <source>minimumMinutes (%1) cannot be more than minutes (%2); lower it or lengthen the activity</source>
        <translation>minimumMinutes (%1) មិនអាចច្រើនជាង minutes (%2) បានទេ៖ សូមបន្ថយវា ឬពន្យារសកម្មភាព</translation>
    </message>
    <message>
        <source>session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>សិក្ខាសាលា</translation>
    </message>
    <message>
        <source>language must be a BCP 47 code such as &quot;en&quot;, &quot;th&quot;, &quot;km&quot; or &quot;fil&quot;, not %1</source>
        <translation>language ត្រូវតែជាកូដ BCP 47 ដូចជា &quot;en&quot;, &quot;th&quot;, &quot;km&quot; ឬ &quot;fil&quot; មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>%1 is missing; a file with &quot;kind&quot;: &quot;%1&quot; keeps the plan in a &quot;%1&quot; object</source>
        <translation>ខ្វះ %1៖ ឯកសារដែលមាន &quot;kind&quot;: &quot;%1&quot; រក្សាទុកផែនការក្នុង object &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be an object in braces { }, not %2</source>
        <translation>%1 ត្រូវតែជា object ក្នុងសញ្ញា { } មិនមែន %2 ទេ</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it holds %1 instead of an object with &quot;format&quot;: &quot;sala-plan&quot;.</source>
        <translation>នេះមិនមែនជាឯកសារផែនការ Sala ទេ៖ វាមាន %1 ជំនួសឱ្យ object ដែលមាន &quot;format&quot;: &quot;sala-plan&quot;។</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: it has no &quot;format&quot;: &quot;sala-plan&quot; member.</source>
        <translation>នេះមិនមែនជាឯកសារផែនការ Sala ទេ៖ វាគ្មាន &quot;format&quot;: &quot;sala-plan&quot; ទេ។</translation>
    </message>
    <message>
        <source>This is not a Sala plan file: its format is %1, not &quot;sala-plan&quot;.</source>
        <translation>នេះមិនមែនជាឯកសារផែនការ Sala ទេ៖ ទម្រង់របស់វាគឺ %1 មិនមែន &quot;sala-plan&quot; ទេ។</translation>
    </message>
    <message>
        <source>version must be a whole number such as 1, not %1</source>
        <translation>version ត្រូវតែជាចំនួនគត់ ដូចជា 1 មិនមែន %1 ទេ</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Sala (format version %1); update Sala to open it.</source>
        <translation>ផែនការនេះត្រូវបានរក្សាទុកដោយ Sala កំណែថ្មីជាង (ទម្រង់កំណែ %1)៖ សូមធ្វើបច្ចុប្បន្នភាព Sala ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>version is missing; this Sala writes &quot;version&quot;: %1</source>
        <translation>ខ្វះ version៖ Sala នេះសរសេរ &quot;version&quot;: %1</translation>
    </message>
    <message>
        <source>use &quot;workshop&quot; for a whole workshop or &quot;session&quot; for one session</source>
        <translation>សូមប្រើ &quot;workshop&quot; សម្រាប់សិក្ខាសាលាទាំងមូល ឬ &quot;session&quot; សម្រាប់វគ្គតែមួយ</translation>
    </message>
    <message>
        <source>kind is missing; %1</source>
        <translation>ខ្វះ kind៖ %1</translation>
    </message>
    <message>
        <source>unknown kind %1; %2</source>
        <translation>kind %1 មិនស្គាល់៖ %2</translation>
    </message>
    <message>
        <source>an unknown word</source>
        <translation>ពាក្យដែលមិនស្គាល់</translation>
    </message>
    <message>
        <source>text needs double quotes; only true, false and null go without them</source>
        <translation>អត្ថបទត្រូវមានសញ្ញាសម្រង់ពីរ (&quot;)៖ មានតែ true, false និង null ទេដែលមិនត្រូវការ</translation>
    </message>
    <message>
        <source>a text without its closing double quote</source>
        <translation>អត្ថបទដែលគ្មានសញ្ញាសម្រង់ពីរ (&quot;) បិទ</translation>
    </message>
    <message>
        <source>a line break inside a text</source>
        <translation>ការចុះបន្ទាត់នៅក្នុងអត្ថបទ</translation>
    </message>
    <message>
        <source>write a line break as \n</source>
        <translation>សូមសរសេរការចុះបន្ទាត់ជា \n</translation>
    </message>
    <message>
        <source>a control character inside a text</source>
        <translation>តួអក្សរបញ្ជា (control character) នៅក្នុងអត្ថបទ</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text</source>
        <translation>បៃដែលមិនមែនជាអត្ថបទ UTF-8</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>សូមរក្សាទុកឯកសារជា UTF-8</translation>
    </message>
    <message>
        <source>a badly written backslash escape inside a text</source>
        <translation>សញ្ញា backslash (\) ដែលសរសេរខុសនៅក្នុងអត្ថបទ</translation>
    </message>
    <message>
        <source>a badly written number</source>
        <translation>លេខដែលសរសេរខុស</translation>
    </message>
    <message>
        <source>damaged bytes at the start of the file</source>
        <translation>បៃខូចនៅដើមឯកសារ</translation>
    </message>
    <message>
        <source>save the file again as UTF-8</source>
        <translation>សូមរក្សាទុកឯកសារម្ដងទៀតជា UTF-8</translation>
    </message>
    <message>
        <source>a number too large to read</source>
        <translation>លេខធំពេក មិនអាចអានបាន</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>ទិន្នន័យចប់ដោយមិនបានរំពឹងទុក</translation>
    </message>
    <message>
        <source>the file may have been cut off, or a closing } or ] is missing</source>
        <translation>ឯកសារប្រហែលជាត្រូវបានកាត់ខ្លី ឬខ្វះសញ្ញាបិទ } ឬ ]</translation>
    </message>
    <message>
        <source>unexpected text in double quotes</source>
        <translation>អត្ថបទក្នុងសញ្ញាសម្រង់ពីរ ដែលមិនបានរំពឹងទុក</translation>
    </message>
    <message>
        <source>unexpected number</source>
        <translation>លេខដែលមិនបានរំពឹងទុក</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ដែលមិនបានរំពឹងទុក</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 ដែលមិនបានរំពឹងទុក</translation>
    </message>
    <message>
        <source>there is more after the end of the plan</source>
        <translation>នៅមានអ្វីផ្សេងទៀតបន្ទាប់ពីចុងបញ្ចប់នៃផែនការ</translation>
    </message>
    <message>
        <source>expected a name in double quotes; a comma before a closing } is not allowed</source>
        <translation>រំពឹងថាមានឈ្មោះក្នុងសញ្ញាសម្រង់ពីរ៖ មិនអនុញ្ញាតឱ្យមានក្បៀស (,) នៅមុនសញ្ញាបិទ } ទេ</translation>
    </message>
    <message>
        <source>expected a colon after the name</source>
        <translation>រំពឹងថាមានសញ្ញាចុចពីរ (:) នៅក្រោយឈ្មោះ</translation>
    </message>
    <message>
        <source>expected a comma or a closing }</source>
        <translation>រំពឹងថាមានក្បៀស (,) ឬសញ្ញាបិទ }</translation>
    </message>
    <message>
        <source>expected a comma or a closing ]</source>
        <translation>រំពឹងថាមានក្បៀស (,) ឬសញ្ញាបិទ ]</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>រំពឹងថាមានតម្លៃ</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>ឯកសារនេះមិនមែនជា JSON ត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>ឯកសារនេះមិនមែនជា JSON ត្រឹមត្រូវទេ៖ %1 នៅបន្ទាត់ %2 ជួរឈរ %3។</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (%4).</source>
        <translation>ឯកសារនេះមិនមែនជា JSON ត្រឹមត្រូវទេ៖ %1 នៅបន្ទាត់ %2 ជួរឈរ %3 (%4)។</translation>
    </message>
    <message>
        <source>The file is empty. A Sala plan file is JSON text that starts with {.</source>
        <translation>ឯកសារទទេ។ ឯកសារផែនការ Sala គឺជាអត្ថបទ JSON ដែលចាប់ផ្ដើមដោយ {។</translation>
    </message>
    <message>
        <source>Sala could not read the file (%1). Please report this with the file attached.</source>
        <translation>Sala មិនអាចអានឯកសារបានទេ (%1)។ សូមរាយការណ៍បញ្ហានេះ ដោយភ្ជាប់ឯកសារមកជាមួយ។</translation>
    </message>
</context>
<context>
    <name>sala::PlanStore</name>
    <message>
        <source>save the workshop</source>
        <translation>រក្សាទុកសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>add the session</source>
        <translation>បន្ថែមវគ្គ</translation>
    </message>
    <message>
        <source>There is no workshop with number %1.</source>
        <translation>គ្មានសិក្ខាសាលាលេខ %1 ទេ។</translation>
    </message>
    <message>
        <source>save the session “%1”</source>
        <translation>រក្សាទុកវគ្គ “%1”</translation>
    </message>
    <message>
        <source>save the activity “%1”</source>
        <translation>រក្សាទុកសកម្មភាព “%1”</translation>
    </message>
    <message>
        <source>delete the workshop</source>
        <translation>លុបសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>delete the session</source>
        <translation>លុបវគ្គ</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>វគ្គនេះលែងមានទៀតហើយ។</translation>
    </message>
    <message>
        <source>delete the activity</source>
        <translation>លុបសកម្មភាព</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>សកម្មភាពនេះលែងមានទៀតហើយ។</translation>
    </message>
    <message>
        <source>Cannot move the activity to that place.</source>
        <translation>មិនអាចផ្លាស់ទីសកម្មភាពទៅកន្លែងនោះបានទេ។</translation>
    </message>
    <message>
        <source>read the order of the plan</source>
        <translation>អានលំដាប់នៃផែនការ</translation>
    </message>
    <message>
        <source>save the order of the plan</source>
        <translation>រក្សាទុកលំដាប់នៃផែនការ</translation>
    </message>
    <message>
        <source>Could not %1: it no longer exists in the database.</source>
        <translation>មិនអាច%1បានទេ៖ វាលែងមាននៅក្នុងមូលដ្ឋានទិន្នន័យទៀតហើយ។</translation>
    </message>
    <message>
        <source>look up the session</source>
        <translation>ស្វែងរកវគ្គ</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>គ្មានវគ្គលេខ %1 ទេ។</translation>
    </message>
    <message>
        <source>list the workshops</source>
        <translation>រាយបញ្ជីសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>read the workshop</source>
        <translation>អានសិក្ខាសាលា</translation>
    </message>
</context>
<context>
    <name>sala::PlanView</name>
    <message>
        <source>Target &amp;end:</source>
        <translation>ម៉ោងបញ្ចប់គោលដៅ (&amp;E)៖</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>សេចក្ដីសង្ខេបវគ្គ</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>ចំណងជើងវគ្គ</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>កាលបរិច្ឆេទវគ្គ</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>ម៉ោងចាប់ផ្ដើមតាមគ្រោង</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>ម៉ោងបញ្ចប់គោលដៅ</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>វគ្គ (&amp;I)៖</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)៖</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>ចាប់ផ្ដើម (&amp;T)៖</translation>
    </message>
    <message>
        <source>Activities of the session</source>
        <translation>សកម្មភាពនៃវគ្គ</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>ការត្រួតពិនិត្យផែនការ</translation>
    </message>
    <message>
        <source>Plan &amp;checks:</source>
        <translation>ការត្រួតពិនិត្យផែនការ (&amp;C)៖</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>បន្ថែម (&amp;A)…</translation>
    </message>
    <message>
        <source>Add an activity from the method library</source>
        <translation>បន្ថែមសកម្មភាពពីបណ្ណាល័យវិធីសាស្ត្រ</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ធ្វើស្ទួន (&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selected activity</source>
        <translation>ធ្វើស្ទួនសកម្មភាពដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected activity</source>
        <translation>លុបសកម្មភាពដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ផ្លាស់ឡើងលើ (&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected activity earlier</source>
        <translation>ផ្លាស់សកម្មភាពដែលបានជ្រើសរើសទៅមុន</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>ផ្លាស់ចុះក្រោម (&amp;N)</translation>
    </message>
    <message>
        <source>Move the selected activity later</source>
        <translation>ផ្លាស់សកម្មភាពដែលបានជ្រើសរើសទៅក្រោយ</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>វគ្គថ្មី</translation>
    </message>
    <message>
        <source>Add an empty session to this workshop</source>
        <translation>បន្ថែមវគ្គទទេមួយទៅសិក្ខាសាលានេះ</translation>
    </message>
    <message>
        <source>Copy session</source>
        <translation>ចម្លងវគ្គ</translation>
    </message>
    <message>
        <source>Copy this session, with all its activities, as a new session</source>
        <translation>ចម្លងវគ្គនេះ ព្រមទាំងសកម្មភាពទាំងអស់របស់វា ជាវគ្គថ្មីមួយ</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>លុបវគ្គ</translation>
    </message>
    <message>
        <source>Delete this session and its activities</source>
        <translation>លុបវគ្គនេះ និងសកម្មភាពរបស់វា</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>វគ្គទី %1</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>បន្ថែមវគ្គ</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (ច្បាប់ចម្លង)</translation>
    </message>
    <message>
        <source>Copy the session “%1”</source>
        <translation>ចម្លងវគ្គ “%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>បន្ថែម “%1”</translation>
    </message>
    <message>
        <source>This workshop has no sessions yet. Use “New session” to add one.</source>
        <translation>សិក្ខាសាលានេះមិនទាន់មានវគ្គនៅឡើយទេ។ សូមប្រើ “វគ្គថ្មី” ដើម្បីបន្ថែម។</translation>
    </message>
    <message>
        <source>No workshop is open. Create one with File ▸ New Workshop.</source>
        <translation>គ្មានសិក្ខាសាលាណាមួយត្រូវបានបើកទេ។ សូមបង្កើតមួយតាមរយៈ ឯកសារ ▸ សិក្ខាសាលាថ្មី។</translation>
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
            <numerusform>&lt;b&gt;បញ្ចប់ %n នាទីក្រោយម៉ោងបញ្ចប់គោលដៅ។&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;បញ្ចប់ %n នាទីក្រោយម៉ោងបញ្ចប់គោលដៅ។&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends %n min before the target end.</source>
        <translation>
            <numerusform>បញ្ចប់ %n នាទីមុនម៉ោងបញ្ចប់គោលដៅ។</numerusform>
            <numerusform>បញ្ចប់ %n នាទីមុនម៉ោងបញ្ចប់គោលដៅ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends exactly at the target end.</source>
        <translation>បញ្ចប់ត្រឹមម៉ោងបញ្ចប់គោលដៅ។</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n activities, %4 min in all. %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n សកម្មភាព សរុប %4 នាទី។ %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · %n សកម្មភាព សរុប %4 នាទី។ %5</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems found in this plan.</source>
        <translation>✓ មិនមានបញ្ហាក្នុងផែនការនេះទេ។</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>បញ្ហា៖</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>ពិនិត្យ៖</translation>
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
        <translation>ដូចប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>គ្មាន</translation>
    </message>
</context>
<context>
    <name>sala::PresenterWindow</name>
    <message>
        <source>Sala timer</source>
        <translation>នាឡិកាកំណត់ពេល Sala</translation>
    </message>
    <message>
        <source>Presenter timer</source>
        <translation>នាឡិកាកំណត់ពេលសម្រាប់បង្ហាញ</translation>
    </message>
    <message>
        <source>Drag to move, drag the corner to resize, right-click for options</source>
        <translation>អូសដើម្បីផ្លាស់ទី អូសជ្រុងដើម្បីប្ដូរទំហំ ចុចកណ្ដុរស្ដាំសម្រាប់ជម្រើស</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>ប្ដូរទំហំ</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>បិទសំឡេងរោទ៍</translation>
    </message>
    <message>
        <source>Show activity title</source>
        <translation>បង្ហាញចំណងជើងសកម្មភាព</translation>
    </message>
    <message>
        <source>Close timer</source>
        <translation>បិទនាឡិកាកំណត់ពេល</translation>
    </message>
</context>
<context>
    <name>sala::RegistrationFile</name>
    <message>
        <source>tab-separated</source>
        <translation>បំបែកដោយ tab</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>បំបែកដោយចុចក្បៀស (;)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>បំបែកដោយក្បៀស (,)</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>បំបែកដោយ “%1”</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>គ្មានឯកសារ “%1” ទេ៖ សូមពិនិត្យឈ្មោះ និងថតឯកសារ។</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>មិនអាចអាន “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1” ទទេ៖ គ្មានអ្វីត្រូវនាំចូលទេ។</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Sala imports CSV files and Excel workbooks (.xlsx).</source>
        <translation>“%1” មិនមែនជាឯកសារអត្ថបទទេ។ Sala នាំចូលឯកសារ CSV និងសៀវភៅការងារ Excel (.xlsx)។</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>សៀវភៅការងារ Excel សន្លឹក “%1”</translation>
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
        <translation>ពេលវេលាតាមគ្រោង តាមប្រភេទ</translation>
    </message>
    <message>
        <source>Roster by country and sex</source>
        <translation>បញ្ជីអ្នកចូលរួម តាមប្រទេស និងភេទ</translation>
    </message>
    <message>
        <source>Planned versus actual</source>
        <translation>តាមគ្រោង ធៀបនឹងជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>នាំចេញ PDF…</translation>
    </message>
    <message>
        <source>Planned time by kind of activity</source>
        <translation>ពេលវេលាតាមគ្រោង តាមប្រភេទសកម្មភាព</translation>
    </message>
    <message>
        <source>Enrolled participants by country and sex</source>
        <translation>អ្នកចូលរួមដែលបានចុះឈ្មោះ តាមប្រទេស និងភេទ</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>ពេលវេលាបានប្រើទៅលើអ្វីខ្លះ</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual table as a CSV file for a spreadsheet</source>
        <translation>រក្សាទុកតារាងតាមគ្រោងធៀបនឹងជាក់ស្ដែង ជាឯកសារ CSV សម្រាប់កម្មវិធីតារាងទិន្នន័យ</translation>
    </message>
    <message>
        <source>Save the planned-versus-actual report as a PDF</source>
        <translation>រក្សាទុករបាយការណ៍តាមគ្រោងធៀបនឹងជាក់ស្ដែង ជា PDF</translation>
    </message>
    <message>
        <source>Planned versus actual (this session&apos;s run)</source>
        <translation>តាមគ្រោង ធៀបនឹងជាក់ស្ដែង (ការដំណើរការវគ្គនេះ)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>តាមគ្រោង</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ភាពខុសគ្នា</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>ការផ្អាក</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ពេលបន្ថែម</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>បានចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 នាទី</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>មិនបានដំណើរការ</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>%1 - timing</source>
        <translation>%1 - ពេលវេលា</translation>
    </message>
    <message>
        <source>Export Timing Report as PDF</source>
        <translation>នាំចេញរបាយការណ៍ពេលវេលាជា PDF</translation>
    </message>
    <message>
        <source>Export Timing Report as CSV</source>
        <translation>នាំចេញរបាយការណ៍ពេលវេលាជា CSV</translation>
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
        <translation>មិនអាចសរសេរ “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>នាទី</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ភាគរយ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>មិនបញ្ជាក់</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>វត្តមាន</translation>
    </message>
    <message>
        <source>Plan and timing</source>
        <translation>ផែនការ និងពេលវេលា</translation>
    </message>
    <message>
        <source>Import attendance…</source>
        <translation>នាំចូលវត្តមាន…</translation>
    </message>
    <message>
        <source>Read a participants report downloaded from Zoom, Teams or Google Meet into this session</source>
        <translation>អានរបាយការណ៍អ្នកចូលរួមដែលបានទាញយកពី Zoom, Teams ឬ Google Meet ចូលទៅក្នុងវគ្គនេះ</translation>
    </message>
</context>
<context>
    <name>sala::RoomsPdf</name>
    <message>
        <source>facilitator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>បានចាក់សោ</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n នាក់</numerusform>
            <numerusform>%n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>locked room</source>
        <translation>បន្ទប់បានចាក់សោ</translation>
    </message>
    <message>
        <source>Nobody in this room.</source>
        <translation>គ្មាននរណាម្នាក់នៅក្នុងបន្ទប់នេះទេ។</translation>
    </message>
    <message>
        <source>[locked]: stays where it is when the other rooms are made again.</source>
        <translation>[បានចាក់សោ]៖ នៅដដែល នៅពេលបន្ទប់ផ្សេងទៀតត្រូវបានរៀបចំឡើងវិញ។</translation>
    </message>
    <message>
        <source>[facilitator]: a facilitator who stays in this room.</source>
        <translation>[អ្នកសម្របសម្រួល]៖ អ្នកសម្របសម្រួលដែលនៅប្រចាំក្នុងបន្ទប់នេះ។</translation>
    </message>
    <message>
        <source>Sala could not save the breakout rooms as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala មិនអាចរក្សាទុកបន្ទប់ក្រុមតូចជា “%1” បានទេ (%2)។ សូមពិនិត្យថាថតឯកសារនោះមានពិតប្រាកដ ហើយអ្នកមានសិទ្ធិសរសេរចូលវា ឬជ្រើសរើសកន្លែងផ្សេង។</translation>
    </message>
    <message>
        <source>Breakout rooms: %1</source>
        <translation>បន្ទប់ក្រុមតូច៖ %1</translation>
    </message>
    <message>
        <source>No rooms have been made for this activity yet.</source>
        <translation>មិនទាន់មានបន្ទប់ត្រូវបានបង្កើតសម្រាប់សកម្មភាពនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>ជុំទី %1 នៃ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n បន្ទប់</numerusform>
            <numerusform>%n បន្ទប់</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF of the breakout rooms needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>PDF នៃបន្ទប់ក្រុមតូចត្រូវការមុខងារក្រាហ្វិករបស់ Qt ដែលកម្មវិធីនេះមិនបានបើក។ សូមបង្កើត PDF ពីផ្ទាំងកម្មវិធី Sala។</translation>
    </message>
    <message>
        <source>No file name was given for the PDF of the breakout rooms.</source>
        <translation>មិនបានផ្ដល់ឈ្មោះឯកសារសម្រាប់ PDF នៃបន្ទប់ក្រុមតូចទេ។</translation>
    </message>
</context>
<context>
    <name>sala::RosterCommands</name>
    <message>
        <source>Remove “%1” from the roster</source>
        <translation>ដក “%1” ចេញពីបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people from the roster</source>
        <translation>
            <numerusform>ដកមនុស្ស %n នាក់ចេញពីបញ្ជីអ្នកចូលរួម</numerusform>
            <numerusform>ដកមនុស្ស %n នាក់ចេញពីបញ្ជីអ្នកចូលរួម</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expect %n people at the session</source>
        <translation>
            <numerusform>រំពឹងថាមនុស្ស %n នាក់នឹងមកវគ្គ</numerusform>
            <numerusform>រំពឹងថាមនុស្ស %n នាក់នឹងមកវគ្គ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %n people out of the session</source>
        <translation>
            <numerusform>មិនរាប់បញ្ចូលមនុស្ស %n នាក់ក្នុងវគ្គ</numerusform>
            <numerusform>មិនរាប់បញ្ចូលមនុស្ស %n នាក់ក្នុងវគ្គ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::RosterExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>មិនអាចសរសេរ “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>The export could not be recorded in the personal data log, so it was not kept. %1</source>
        <translation>មិនអាចកត់ត្រាការនាំចេញក្នុងកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួនបានទេ ដូច្នេះឯកសារនាំចេញមិនត្រូវបានរក្សាទុកទេ។ %1</translation>
    </message>
    <message>
        <source>Roster of workshop %1 as %2</source>
        <translation>បញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលា %1 ជា %2</translation>
    </message>
    <message>
        <source>Everything this copy of Sala stores about the person: the details they gave, their consent, the workshops and sessions they were enrolled in, their attendance, and every export of personal data that included them.</source>
        <translation>អ្វីៗទាំងអស់ដែល Sala នៅលើកុំព្យូទ័រនេះរក្សាទុកអំពីបុគ្គលនេះ៖ ព័ត៌មានដែលគាត់បានផ្ដល់ ការយល់ព្រមរបស់គាត់ សិក្ខាសាលា និងវគ្គដែលគាត់បានចុះឈ្មោះ វត្តមានរបស់គាត់ និងរាល់ការនាំចេញទិន្នន័យផ្ទាល់ខ្លួនដែលមានគាត់។</translation>
    </message>
    <message>
        <source>Everything stored about participant %1</source>
        <translation>អ្វីៗទាំងអស់ដែលបានរក្សាទុកអំពីអ្នកចូលរួម %1</translation>
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
        <translation>ស្រី, ប្រុស, ផ្សេងទៀត ឬមិនបញ្ជាក់</translation>
    </message>
    <message>
        <source>this row has more cells than the header has columns (%1 instead of %2); a delimiter or quote inside a cell may be broken</source>
        <translation>ជួរដេកនេះមានក្រឡាច្រើនជាងចំនួនជួរឈរនៃក្បាលតារាង (%1 ជំនួសឱ្យ %2)៖ សញ្ញាបំបែក ឬសញ្ញាសម្រង់នៅក្នុងក្រឡាណាមួយប្រហែលជាខូច</translation>
    </message>
    <message>
        <source>there is no name in this row; fill it in or skip the row</source>
        <translation>គ្មានឈ្មោះក្នុងជួរដេកនេះទេ៖ សូមបំពេញវា ឬរំលងជួរដេកនេះ</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 មិនមែនជាអាសយដ្ឋានអ៊ីមែលទេ</translation>
    </message>
    <message>
        <source>%1 is not an organization type Sala knows; use enterprise, BDS provider, employers&apos; organization, business association, NGO, government or other</source>
        <translation>%1 មិនមែនជាប្រភេទស្ថាប័នដែល Sala ស្គាល់ទេ៖ សូមប្រើ សហគ្រាស, អ្នកផ្ដល់សេវាអភិវឌ្ឍអាជីវកម្ម (BDS), អង្គការនិយោជក, សមាគមអាជីវកម្ម, អង្គការមិនមែនរដ្ឋាភិបាល, រដ្ឋាភិបាល ឬផ្សេងទៀត</translation>
    </message>
    <message>
        <source>%1 is not a country Sala knows; write its English name or its two-letter code such as KH, LA, MY, PH or TH</source>
        <translation>%1 មិនមែនជាប្រទេសដែល Sala ស្គាល់ទេ៖ សូមសរសេរឈ្មោះប្រទេសជាភាសាអង់គ្លេស ឬកូដពីរអក្សររបស់វា ដូចជា KH, LA, MY, PH ឬ TH</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 មិនមែនជាមួយក្នុងចំណោម %2 ទេ</translation>
    </message>
    <message>
        <source>%1 is not an age or an age band such as 25–34</source>
        <translation>%1 មិនមែនជាអាយុ ឬក្រុមអាយុ ដូចជា 25–34 ទេ</translation>
    </message>
    <message>
        <source>%1 is not a number of employees; write a number such as 12 or a range such as 10–49</source>
        <translation>%1 មិនមែនជាចំនួនបុគ្គលិកទេ៖ សូមសរសេរលេខ ដូចជា 12 ឬចន្លោះ ដូចជា 10–49</translation>
    </message>
    <message>
        <source>%1 holds a language Sala does not know; write language names such as Thai, Khmer, English or codes such as th, km, en, separated by commas</source>
        <translation>%1 មានភាសាដែល Sala មិនស្គាល់៖ សូមសរសេរឈ្មោះភាសា ដូចជា ថៃ, ខ្មែរ, អង់គ្លេស ឬកូដ ដូចជា th, km, en ដោយបំបែកដោយក្បៀស</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no</source>
        <translation>%1 មិនមែនជា “បាទ/ចាស” ឬ “ទេ” ឡើយ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>%1 is neither a yes nor a no to the consent question</source>
        <translation>%1 មិនមែនជាចម្លើយ “យល់ព្រម” ឬ “មិនយល់ព្រម” ចំពោះសំណួរអំពីការយល់ព្រមទេ</translation>
    </message>
    <message>
        <source>%1 is not a date and time Sala can read; write it as 2026-03-02 14:05</source>
        <translation>%1 មិនមែនជាកាលបរិច្ឆេទ និងម៉ោងដែល Sala អាចអានបានទេ៖ សូមសរសេរជា 2026-03-02 14:05</translation>
    </message>
    <message>
        <source>No column is mapped to Name. Choose the column (or the first and last name columns) that holds each person&apos;s name.</source>
        <translation>គ្មានជួរឈរណាមួយត្រូវបានផ្គូផ្គងទៅ “ឈ្មោះ” ទេ។ សូមជ្រើសរើសជួរឈរ (ឬជួរឈរនាមខ្លួន និងនាមត្រកូល) ដែលមានឈ្មោះរបស់ម្នាក់ៗ។</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>បន្ទាត់ %1៖ %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>បន្ទាត់ %1 ជួរឈរ %2៖ %3</translation>
    </message>
    <message>
        <source>line %1, column %2 “%3”: %4</source>
        <translation>បន្ទាត់ %1 ជួរឈរ %2 “%3”៖ %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… និងបញ្ហា %n ទៀត</numerusform>
            <numerusform>… និងបញ្ហា %n ទៀត</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n row(s) with problems, so nothing was imported. Fix them in the file, or skip those rows:
</source>
        <translation>
            <numerusform>“%1” មាន %n ជួរដេកដែលមានបញ្ហា ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែវានៅក្នុងឯកសារ ឬរំលងជួរដេកទាំងនោះ៖
</numerusform>
            <numerusform>“%1” មាន %n ជួរដេកដែលមានបញ្ហា ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែវានៅក្នុងឯកសារ ឬរំលងជួរដេកទាំងនោះ៖
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a role Sala knows; write participant, facilitator (or co-facilitator, trainer), interpreter or observer (or producer, host), or leave it empty</source>
        <translation>%1 មិនមែនជាតួនាទីដែល Sala ស្គាល់ទេ៖ សូមសរសេរ participant (អ្នកចូលរួម), facilitator (អ្នកសម្របសម្រួល ឬ co-facilitator, trainer), interpreter (អ្នកបកប្រែ) ឬ observer (អ្នកសង្កេតការណ៍ ឬ producer, host) ឬទុកក្រឡានោះឱ្យទទេ</translation>
    </message>
</context>
<context>
    <name>sala::RosterImportDialog</name>
    <message>
        <source>Merge into that record</source>
        <translation>បញ្ចូលទៅក្នុងកំណត់ត្រានោះ</translation>
    </message>
    <message>
        <source>Add as a separate person</source>
        <translation>បន្ថែមជាបុគ្គលដាច់ដោយឡែក</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>រំលងជួរដេកនេះ</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>រំលងជួរដេកដែលមានបញ្ហា ហើយនាំចូលជួរដេកផ្សេងទៀត (&amp;S)</translation>
    </message>
    <message>
        <source>Import Participants — %1</source>
        <translation>នាំចូលអ្នកចូលរួម — %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>សន្លឹក</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>សន្លឹក (&amp;H)៖</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ជួរឈរ</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>ក្បាលជួរឈរក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>តម្លៃទីមួយ</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>នាំចូលជា</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>ការផ្គូផ្គងជួរឈរ</translation>
    </message>
    <message>
        <source>Rows read from the file</source>
        <translation>ជួរដេកដែលបានអានពីឯកសារ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>ស្គាល់រួចហើយថាជា</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>ត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>អាចស្ទួន</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>ឧ. 2026-01</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>កំណែសេចក្ដីជូនដំណឹងអំពីឯកជនភាព</translation>
    </message>
    <message>
        <source>Recorded with the consent of everyone in this file who agreed, unless a column gives it.</source>
        <translation>កត់ត្រាជាមួយការយល់ព្រមរបស់អ្នកគ្រប់គ្នាក្នុងឯកសារនេះដែលបានយល់ព្រម លើកលែងតែមានជួរឈរមួយផ្ដល់ព័ត៌មាននេះ។</translation>
    </message>
    <message>
        <source>&amp;Columns — choose what each one holds</source>
        <translation>ជួរឈរ — ជ្រើសរើសអ្វីដែលជួរឈរនីមួយៗមាន (&amp;C)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <source>&amp;Problems (by line in the file)</source>
        <translation>បញ្ហា (តាមបន្ទាត់ក្នុងឯកសារ) (&amp;P)</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>អាចស្ទួន (&amp;D)</translation>
    </message>
    <message>
        <source>Privacy &amp;notice version agreed to:</source>
        <translation>កំណែសេចក្ដីជូនដំណឹងអំពីឯកជនភាពដែលបានយល់ព្រម (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>នាំចូល (&amp;I)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>វាលសម្រាប់ជួរឈរ %1</translation>
    </message>
    <message>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (បន្ទាត់ %2 នៃឯកសារនេះ)</translation>
    </message>
    <message>
        <source>What to do with line %1</source>
        <translation>អ្វីដែលត្រូវធ្វើជាមួយបន្ទាត់ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 layout — header on line %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — ទម្រង់ %3 — ក្បាលជួរឈរនៅបន្ទាត់ %4</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>មិនអាចនាំចូលអ្វីពីឯកសារនេះបានទេ។</translation>
    </message>
    <message>
        <source>%1 row(s): %2 new, %3 merged into people already on file, %4 skipped, %5 with problems.</source>
        <translation>%1 ជួរដេក៖ ថ្មី %2 បញ្ចូលទៅក្នុងមនុស្សដែលមានរួចហើយ %3 រំលង %4 មានបញ្ហា %5។</translation>
    </message>
    <message>
        <source>Fix the problems in the file and open it again, or skip those rows.</source>
        <translation>សូមកែបញ្ហាក្នុងឯកសារ ហើយបើកវាម្ដងទៀត ឬរំលងជួរដេកទាំងនោះ។</translation>
    </message>
</context>
<context>
    <name>sala::RosterNames</name>
    <message>
        <source>Not stated</source>
        <translation>មិនបញ្ជាក់</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>ក្រោម 18 ឆ្នាំ</translation>
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
        <translation>65 ឆ្នាំឡើងទៅ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>ធុនមីក្រូ</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>ធុនតូច</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ធុនមធ្យម</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>ធុនធំ</translation>
    </message>
    <message>
        <source>Running the training</source>
        <translation>ការរៀបចំវគ្គបណ្ដុះបណ្ដាល</translation>
    </message>
    <message>
        <source>Anonymous reports to the funder</source>
        <translation>របាយការណ៍អនាមិកជូនម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <source>Follow-up contact after the workshop</source>
        <translation>ការទាក់ទងតាមដានក្រោយសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Photos and screenshots</source>
        <translation>រូបថត និងរូបថតអេក្រង់</translation>
    </message>
</context>
<context>
    <name>sala::RosterSettingsStore</name>
    <message>
        <source>read the enterprise size rules</source>
        <translation>អានច្បាប់ទំហំសហគ្រាស</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>ប្រទេសផ្សេងទៀត</translation>
    </message>
    <message>
        <source>The size rule for %1 must rise from micro to small to medium (now %2, %3, %4).</source>
        <translation>ច្បាប់ទំហំសម្រាប់ %1 ត្រូវតែកើនឡើងពីធុនមីក្រូ ទៅធុនតូច ទៅធុនមធ្យម (ឥឡូវ %2, %3, %4)។</translation>
    </message>
    <message>
        <source>save the enterprise size rules</source>
        <translation>រក្សាទុកច្បាប់ទំហំសហគ្រាស</translation>
    </message>
    <message>
        <source>read the saved column mappings</source>
        <translation>អានការផ្គូផ្គងជួរឈរដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <source>read a saved column mapping</source>
        <translation>អានការផ្គូផ្គងជួរឈរដែលបានរក្សាទុកមួយ</translation>
    </message>
    <message>
        <source>remember the column mapping</source>
        <translation>ចងចាំការផ្គូផ្គងជួរឈរ</translation>
    </message>
</context>
<context>
    <name>sala::RosterStore</name>
    <message>
        <source>save the participant “%1”</source>
        <translation>រក្សាទុកអ្នកចូលរួម “%1”</translation>
    </message>
    <message>
        <source>Participant %1 no longer exists or has been erased; nothing was changed.</source>
        <translation>អ្នកចូលរួម %1 លែងមាន ឬត្រូវបានលុបចោលហើយ៖ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>remove a participant</source>
        <translation>ដកអ្នកចូលរួមចេញ</translation>
    </message>
    <message>
        <source>enrol participant %1</source>
        <translation>ចុះឈ្មោះអ្នកចូលរួម %1</translation>
    </message>
    <message>
        <source>remove participant %1 from the roster</source>
        <translation>ដកអ្នកចូលរួម %1 ចេញពីបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>read the workshops of a participant</source>
        <translation>អានសិក្ខាសាលារបស់អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>read who is expected at the session</source>
        <translation>អានអ្នកដែលរំពឹងថានឹងមកវគ្គ</translation>
    </message>
    <message>
        <source>change who is expected at the session</source>
        <translation>ប្ដូរអ្នកដែលរំពឹងថានឹងមកវគ្គ</translation>
    </message>
    <message>
        <source>There is no participant with number %1.</source>
        <translation>គ្មានអ្នកចូលរួមលេខ %1 ទេ។</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>អានបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>find the personal data of the workshop</source>
        <translation>ស្វែងរកទិន្នន័យផ្ទាល់ខ្លួននៃសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>លុបចោលទិន្នន័យផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Could not turn on secure delete, so nothing was erased.</source>
        <translation>មិនអាចបើកការលុបដោយសុវត្ថិភាព (secure delete) បានទេ ដូច្នេះគ្មានអ្វីត្រូវបានលុបចោលទេ។</translation>
    </message>
    <message>
        <source>(file name removed at erasure)</source>
        <translation>(ឈ្មោះឯកសារត្រូវបានដកចេញពេលលុបចោល)</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased at the end of the retention period</source>
        <translation>
            <numerusform>ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %n នាក់ ត្រូវបានលុបចោលនៅចុងរយៈពេលរក្សាទុក</numerusform>
            <numerusform>ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %n នាក់ ត្រូវបានលុបចោលនៅចុងរយៈពេលរក្សាទុក</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data of participant %1 erased</source>
        <translation>ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %1 ត្រូវបានលុបចោល</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n participant(s) erased</source>
        <translation>
            <numerusform>ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %n នាក់ ត្រូវបានលុបចោល</numerusform>
            <numerusform>ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %n នាក់ ត្រូវបានលុបចោល</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal data was erased, but Sala could not compact the database (%1), so old copies may remain in its free space. Close other Sala windows and erase again.</source>
        <translation>ទិន្នន័យផ្ទាល់ខ្លួនត្រូវបានលុបចោលហើយ ប៉ុន្តែ Sala មិនអាចបង្រួមមូលដ្ឋានទិន្នន័យបានទេ (%1) ដូច្នេះច្បាប់ចម្លងចាស់ៗអាចនៅសល់ក្នុងទំហំទំនេររបស់វា។ សូមបិទផ្ទាំង Sala ផ្សេងទៀត ហើយលុបចោលម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The personal data was erased, but another program is reading the database, so a copy may remain in its write-ahead log until that program closes. Close other Sala windows and erase again.</source>
        <translation>ទិន្នន័យផ្ទាល់ខ្លួនត្រូវបានលុបចោលហើយ ប៉ុន្តែកម្មវិធីមួយផ្សេងទៀតកំពុងអានមូលដ្ឋានទិន្នន័យ ដូច្នេះច្បាប់ចម្លងមួយអាចនៅសល់ក្នុង write-ahead log របស់វា រហូតដល់កម្មវិធីនោះបិទ។ សូមបិទផ្ទាំង Sala ផ្សេងទៀត ហើយលុបចោលម្ដងទៀត។</translation>
    </message>
    <message>
        <source>read the retention period</source>
        <translation>អានរយៈពេលរក្សាទុក</translation>
    </message>
    <message>
        <source>A retention period cannot be negative.</source>
        <translation>រយៈពេលរក្សាទុកមិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <source>save the retention period</source>
        <translation>រក្សាទុករយៈពេលរក្សាទុក</translation>
    </message>
    <message>
        <source>check the retention periods</source>
        <translation>ពិនិត្យរយៈពេលរក្សាទុក</translation>
    </message>
    <message>
        <source>change the role of participant %1</source>
        <translation>ប្ដូរតួនាទីរបស់អ្នកចូលរួម %1</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop&apos;s roster any more; the role was not changed.</source>
        <translation>អ្នកចូលរួម %1 លែងនៅក្នុងបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលានេះទៀតហើយ៖ តួនាទីមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
</context>
<context>
    <name>sala::RosterView</name>
    <message>
        <source>Search names, aliases, organizations, emails…</source>
        <translation>ស្វែងរកឈ្មោះ ឈ្មោះផ្សេង ស្ថាប័ន អ៊ីមែល…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>ស្វែងរកក្នុងបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>គ្រប់ភេទ</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>គ្រប់ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>ការយល់ព្រម៖ ទាំងអស់</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>បានយល់ព្រម</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>គ្មានការយល់ព្រម</translation>
    </message>
    <message>
        <source>Every enrolled person</source>
        <translation>អ្នកបានចុះឈ្មោះទាំងអស់</translation>
    </message>
    <message>
        <source>Expected this session</source>
        <translation>រំពឹងថានឹងមកវគ្គនេះ</translation>
    </message>
    <message>
        <source>Not expected this session</source>
        <translation>មិនរំពឹងថានឹងមកវគ្គនេះ</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>ត្រងតាមប្រទេស</translation>
    </message>
    <message>
        <source>Filter by sex</source>
        <translation>ត្រងតាមភេទ</translation>
    </message>
    <message>
        <source>Filter by organization type</source>
        <translation>ត្រងតាមប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <source>Filter by consent</source>
        <translation>ត្រងតាមការយល់ព្រម</translation>
    </message>
    <message>
        <source>Filter by enrolment in this session</source>
        <translation>ត្រងតាមការចុះឈ្មោះក្នុងវគ្គនេះ</translation>
    </message>
    <message>
        <source>Roster counts</source>
        <translation>ចំនួនក្នុងបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>ប្រតិបត្តិការចុងក្រោយ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Erase Its Personal &amp;Data…</source>
        <translation>លុបចោលទិន្នន័យផ្ទាល់ខ្លួនរបស់សិក្ខាសាលានេះ (&amp;D)…</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>មិនមែនឥឡូវ (&amp;N)</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>លុបចោលទិន្នន័យផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Erase the personal data of everyone on this workshop&apos;s roster who is not on the roster of another workshop still in use? Names, contacts and notes are removed from the database file; counts by sex, country, organization type and attendance stay for reports. This cannot be undone.</source>
        <translation>លុបចោលទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកគ្រប់គ្នាក្នុងបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលានេះ ដែលមិននៅក្នុងបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលាផ្សេងទៀតដែលនៅប្រើ? ឈ្មោះ ព័ត៌មានទំនាក់ទំនង និងកំណត់ចំណាំ នឹងត្រូវដកចេញពីឯកសារមូលដ្ឋានទិន្នន័យ៖ ចំនួនតាមភេទ ប្រទេស ប្រភេទស្ថាប័ន និងវត្តមាន នៅរក្សាទុកសម្រាប់របាយការណ៍។ ការលុបនេះមិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <source>The workshop&apos;s personal data was erased; anonymous counts are kept.</source>
        <translation>ទិន្នន័យផ្ទាល់ខ្លួននៃសិក្ខាសាលាត្រូវបានលុបចោលហើយ៖ ចំនួនអនាមិកនៅតែរក្សាទុក។</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ស្វែងរក (&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>ត្រង (&amp;F)៖</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>បញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>&amp;Change Selected</source>
        <translation>ប្ដូរអ្វីដែលបានជ្រើសរើស (&amp;C)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>នាំចូល (&amp;I)…</translation>
    </message>
    <message>
        <source>Add people from a registration export: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox or any spreadsheet</source>
        <translation>បន្ថែមមនុស្សពីឯកសារចុះឈ្មោះដែលបាននាំចេញ៖ Google Forms, Microsoft Forms, Eventbrite, KoboToolbox ឬតារាងទិន្នន័យណាមួយ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>បន្ថែម (&amp;A)…</translation>
    </message>
    <message>
        <source>Type in a new participant</source>
        <translation>វាយបញ្ចូលអ្នកចូលរួមថ្មី</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>ព័ត៌មានលម្អិត (&amp;D)…</translation>
    </message>
    <message>
        <source>Every detail and the consent of the selected person</source>
        <translation>ព័ត៌មានលម្អិតទាំងអស់ និងការយល់ព្រមរបស់បុគ្គលដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ដកចេញ (&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected people off this workshop&apos;s roster (their record stays)</source>
        <translation>ដកមនុស្សដែលបានជ្រើសរើសចេញពីបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលានេះ (កំណត់ត្រារបស់ពួកគេនៅដដែល)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>នាំចេញ (&amp;X)…</translation>
    </message>
    <message>
        <source>Write the roster as CSV or JSON; the export is logged</source>
        <translation>រក្សាទុកបញ្ជីអ្នកចូលរួមជា CSV ឬ JSON៖ ការនាំចេញត្រូវបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Access &amp;Request…</source>
        <translation>សំណើសុំមើលទិន្នន័យ (&amp;R)…</translation>
    </message>
    <message>
        <source>Write everything stored about the selected person to a JSON file, to answer an access request</source>
        <translation>រក្សាទុកអ្វីៗទាំងអស់ដែលមានអំពីបុគ្គលដែលបានជ្រើសរើស ទៅក្នុងឯកសារ JSON ដើម្បីឆ្លើយតបសំណើសុំមើលទិន្នន័យ</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>លុបចោល…</translation>
    </message>
    <message>
        <source>Remove the selected people&apos;s personal data from the database file for good</source>
        <translation>ដកទិន្នន័យផ្ទាល់ខ្លួនរបស់មនុស្សដែលបានជ្រើសរើស ចេញពីឯកសារមូលដ្ឋានទិន្នន័យជាស្ថាពរ</translation>
    </message>
    <message>
        <source>Retention &amp;Period…</source>
        <translation>រយៈពេលរក្សាទុក (&amp;P)…</translation>
    </message>
    <message>
        <source>How long this workshop&apos;s personal data is kept</source>
        <translation>រយៈពេលដែលទិន្នន័យផ្ទាល់ខ្លួននៃសិក្ខាសាលានេះត្រូវបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Enterprise &amp;Size Rules…</source>
        <translation>ច្បាប់ទំហំសហគ្រាស (&amp;S)…</translation>
    </message>
    <message>
        <source>Head counts of micro, small and medium enterprises</source>
        <translation>ចំនួនបុគ្គលិកនៃសហគ្រាសធុនមីក្រូ តូច និងមធ្យម</translation>
    </message>
    <message>
        <source>Personal Data &amp;Log…</source>
        <translation>កំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន (&amp;L)…</translation>
    </message>
    <message>
        <source>Every export of personal data and every erasure</source>
        <translation>រាល់ការនាំចេញទិន្នន័យផ្ទាល់ខ្លួន និងរាល់ការលុបចោល</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>ចុះវត្តមាន (&amp;C)</translation>
    </message>
    <message>
        <source>Show the live check-in panel beside the roster</source>
        <translation>បង្ហាញផ្ទាំងចុះវត្តមានផ្ទាល់ នៅក្បែរបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>ប្រទេស…</translation>
    </message>
    <message>
        <source>Change Country</source>
        <translation>ប្ដូរប្រទេស</translation>
    </message>
    <message>
        <source>Country of the selected people:</source>
        <translation>ប្រទេសរបស់មនុស្សដែលបានជ្រើសរើស៖</translation>
    </message>
    <message>
        <source>Change the country of the selection</source>
        <translation>ប្ដូរប្រទេសរបស់មនុស្សដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>ភេទ៖ %1</translation>
    </message>
    <message>
        <source>Change the sex of the selection</source>
        <translation>ប្ដូរភេទរបស់មនុស្សដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Organization type: %1</source>
        <translation>ប្រភេទស្ថាប័ន៖ %1</translation>
    </message>
    <message>
        <source>Change the organization type of the selection</source>
        <translation>ប្ដូរប្រភេទស្ថាប័នរបស់មនុស្សដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>អាយុ៖ %1</translation>
    </message>
    <message>
        <source>Change the age of the selection</source>
        <translation>ប្ដូរអាយុរបស់មនុស្សដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Consent Given Now</source>
        <translation>បានយល់ព្រមឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Record consent for the selection</source>
        <translation>កត់ត្រាការយល់ព្រមសម្រាប់មនុស្សដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Consent Withdrawn</source>
        <translation>បានដកការយល់ព្រម</translation>
    </message>
    <message>
        <source>Withdraw consent for the selection</source>
        <translation>ដកការយល់ព្រមសម្រាប់មនុស្សដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Expected at This Session</source>
        <translation>រំពឹងថានឹងមកវគ្គនេះ</translation>
    </message>
    <message>
        <source>Not Expected at This Session</source>
        <translation>មិនរំពឹងថានឹងមកវគ្គនេះ</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>គ្រប់ប្រទេស</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
            <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (បង្ហាញ %n)</numerusform>
            <numerusform> (បង្ហាញ %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>គ្មានប្រទេស</translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n នាក់គ្មានការយល់ព្រម</numerusform>
            <numerusform>%n នាក់គ្មានការយល់ព្រម</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from this workshop&apos;s roster; Ctrl+Z brings them back. Their record stays: use Erase to remove their personal data.</source>
        <translation>បានដកចេញពីបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលានេះ៖ ចុច Ctrl+Z ដើម្បីនាំពួកគេត្រឡប់មកវិញ។ កំណត់ត្រារបស់ពួកគេនៅដដែល៖ សូមប្រើ “លុបចោល” ដើម្បីដកទិន្នន័យផ្ទាល់ខ្លួនរបស់ពួកគេចេញ។</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>វាយបញ្ចូលដោយដៃ</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>បន្ថែមអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>បន្ថែម “%1”</translation>
    </message>
    <message>
        <source>Participant — %1</source>
        <translation>អ្នកចូលរួម — %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>កែ “%1”</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>នាំចូលអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Registration exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>ឯកសារចុះឈ្មោះដែលបាននាំចេញ (*.csv *.txt *.tsv *.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 merged into existing records, %4 skipped.</source>
        <translation>បាននាំចូលពី %1៖ បន្ថែម %2 បញ្ចូលទៅក្នុងកំណត់ត្រាដែលមានស្រាប់ %3 រំលង %4។</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? Their names, contact details, notes and consent record are removed from the database file itself; counts by sex, country, organization type and attendance stay for past reports. This cannot be undone, and it clears the undo history. Backups made earlier still hold the data.</source>
        <translation>លុបចោលទិន្នន័យផ្ទាល់ខ្លួនរបស់ %1? ឈ្មោះ ព័ត៌មានទំនាក់ទំនង កំណត់ចំណាំ និងកំណត់ត្រាការយល់ព្រមរបស់ពួកគេ នឹងត្រូវដកចេញពីឯកសារមូលដ្ឋានទិន្នន័យផ្ទាល់៖ ចំនួនតាមភេទ ប្រទេស ប្រភេទស្ថាប័ន និងវត្តមាន នៅរក្សាទុកសម្រាប់របាយការណ៍កន្លងមក។ ការលុបនេះមិនអាចត្រឡប់វិញបានទេ ហើយវាសម្អាតប្រវត្តិ “មិនធ្វើវិញ”។ ច្បាប់បម្រុងទុកដែលបានធ្វើពីមុន នៅតែមានទិន្នន័យនេះ។</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n នាក់</numerusform>
            <numerusform>%n នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n person(s); anonymous counts are kept.</source>
        <translation>
            <numerusform>បានលុបចោលទិន្នន័យផ្ទាល់ខ្លួនរបស់មនុស្ស %n នាក់៖ ចំនួនអនាមិកនៅតែរក្សាទុក។</numerusform>
            <numerusform>បានលុបចោលទិន្នន័យផ្ទាល់ខ្លួនរបស់មនុស្ស %n នាក់៖ ចំនួនអនាមិកនៅតែរក្សាទុក។</numerusform>
        </translation>
    </message>
    <message>
        <source>Access request - participant %1</source>
        <translation>សំណើសុំមើលទិន្នន័យ - អ្នកចូលរួម %1</translation>
    </message>
    <message>
        <source>Export Access Request</source>
        <translation>នាំចេញសំណើសុំមើលទិន្នន័យ</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything stored about %1 is in %2. The export is recorded in the personal data log.</source>
        <translation>អ្វីៗទាំងអស់ដែលបានរក្សាទុកអំពី %1 មាននៅក្នុង %2។ ការនាំចេញនេះត្រូវបានកត់ត្រាក្នុងកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>អ្នកចូលរួម %1</translation>
    </message>
    <message>
        <source> - roster</source>
        <translation> - បញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Export Roster</source>
        <translation>នាំចេញបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n participant(s) to %1; the export is recorded in the personal data log.</source>
        <translation>
            <numerusform>បានរក្សាទុកអ្នកចូលរួម %n នាក់ទៅ %1៖ ការនាំចេញនេះត្រូវបានកត់ត្រាក្នុងកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន។</numerusform>
            <numerusform>បានរក្សាទុកអ្នកចូលរួម %n នាក់ទៅ %1៖ ការនាំចេញនេះត្រូវបានកត់ត្រាក្នុងកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent are marked “NO CONSENT”.</source>
        <translation>
            <numerusform>%n នាក់ដែលគ្មានការយល់ព្រម ត្រូវបានសម្គាល់ថា “NO CONSENT”។</numerusform>
            <numerusform>%n នាក់ដែលគ្មានការយល់ព្រម ត្រូវបានសម្គាល់ថា “NO CONSENT”។</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Period</source>
        <translation>រយៈពេលរក្សាទុក</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>មិនបានកំណត់</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ខែ</translation>
    </message>
    <message>
        <source>Keep the personal data of this workshop&apos;s participants for this long after its last session. When the period has passed, Sala offers to erase it and keeps the anonymous counts.</source>
        <translation>រក្សាទុកទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួមនៃសិក្ខាសាលានេះ ក្នុងរយៈពេលនេះ បន្ទាប់ពីវគ្គចុងក្រោយរបស់វា។ នៅពេលផុតរយៈពេលនេះ Sala នឹងស្នើឱ្យលុបចោលទិន្នន័យ ហើយរក្សាទុកចំនួនអនាមិក។</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>រក្សាទុករយៈពេល (&amp;K)៖</translation>
    </message>
    <message numerus="yes">
        <source>The retention period of “%1” ended on %2: the personal data of %n participant(s) is still stored. Erase it now? Anonymous counts for reports are kept.</source>
        <translation>
            <numerusform>រយៈពេលរក្សាទុករបស់ “%1” បានផុតនៅថ្ងៃ %2៖ ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %n នាក់ នៅតែត្រូវបានរក្សាទុក។ លុបចោលវាឥឡូវនេះ? ចំនួនអនាមិកសម្រាប់របាយការណ៍នៅតែរក្សាទុក។</numerusform>
            <numerusform>រយៈពេលរក្សាទុករបស់ “%1” បានផុតនៅថ្ងៃ %2៖ ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %n នាក់ នៅតែត្រូវបានរក្សាទុក។ លុបចោលវាឥឡូវនេះ? ចំនួនអនាមិកសម្រាប់របាយការណ៍នៅតែរក្សាទុក។</numerusform>
        </translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>តួនាទី៖ %1</translation>
    </message>
    <message>
        <source>Change the role of the selection</source>
        <translation>ប្ដូរតួនាទីរបស់មនុស្សដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>team (not counted): %1</source>
        <translation>ក្រុមការងារ (មិនរាប់)៖ %1</translation>
    </message>
</context>
<context>
    <name>sala::RunEngine</name>
    <message>
        <source>This session has no activities yet: add them in Plan mode, then start it.</source>
        <translation>វគ្គនេះមិនទាន់មានសកម្មភាពទេ៖ សូមបន្ថែមសកម្មភាពក្នុងផ្ទាំងផែនការ រួចចាប់ផ្ដើមវគ្គ។</translation>
    </message>
    <message>
        <source>The session is already running.</source>
        <translation>វគ្គកំពុងដំណើរការរួចហើយ។</translation>
    </message>
    <message>
        <source>The session is finished. Use Start over to run it again.</source>
        <translation>វគ្គបានបញ្ចប់ហើយ។ សូមប្រើ “ចាប់ផ្ដើមឡើងវិញ” ដើម្បីដំណើរការវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>វគ្គបានបញ្ចប់ហើយ។</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>វគ្គមិនទាន់ចាប់ផ្ដើមនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>This session has no activities.</source>
        <translation>វគ្គនេះគ្មានសកម្មភាពទេ។</translation>
    </message>
    <message>
        <source>This is the first activity.</source>
        <translation>នេះជាសកម្មភាពទីមួយ។</translation>
    </message>
    <message>
        <source>There is no activity %1 in this session.</source>
        <translation>គ្មានសកម្មភាព %1 ក្នុងវគ្គនេះទេ។</translation>
    </message>
    <message>
        <source>That activity is already running.</source>
        <translation>សកម្មភាពនោះកំពុងដំណើរការរួចហើយ។</translation>
    </message>
    <message>
        <source>Nothing is running to pause.</source>
        <translation>គ្មានអ្វីកំពុងដំណើរការដែលត្រូវផ្អាកទេ។</translation>
    </message>
    <message>
        <source>The session is already paused.</source>
        <translation>វគ្គត្រូវបានផ្អាករួចហើយ។</translation>
    </message>
    <message>
        <source>The session is not paused.</source>
        <translation>វគ្គមិនបានផ្អាកទេ។</translation>
    </message>
    <message>
        <source>Start the session first: time is added to the running activity.</source>
        <translation>សូមចាប់ផ្ដើមវគ្គជាមុនសិន៖ ពេលវេលាត្រូវបានបន្ថែមទៅសកម្មភាពដែលកំពុងដំណើរការ។</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>សូមចាប់ផ្ដើមវគ្គជាមុនសិន៖ ពេលនៅសល់ គឺជាពេលនៅសល់របស់សកម្មភាពដែលកំពុងដំណើរការ។</translation>
    </message>
    <message>
        <source>The time left cannot be negative.</source>
        <translation>ពេលនៅសល់មិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <source>The running activity has no breakout rounds.</source>
        <translation>សកម្មភាពដែលកំពុងដំណើរការ គ្មានជុំក្រុមតូចទេ។</translation>
    </message>
    <message>
        <source>The session is already finished.</source>
        <translation>វគ្គបានបញ្ចប់រួចហើយ។</translation>
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
        <translation>ចាប់ផ្ដើមវគ្គ រួចផ្អាក និងបន្ត</translation>
    </message>
    <message>
        <source>→ Right</source>
        <translation>→ ស្ដាំ</translation>
    </message>
    <message>
        <source>Next activity (on the last one: finish)</source>
        <translation>សកម្មភាពបន្ទាប់ (នៅសកម្មភាពចុងក្រោយ៖ បញ្ចប់)</translation>
    </message>
    <message>
        <source>← Left</source>
        <translation>← ឆ្វេង</translation>
    </message>
    <message>
        <source>Previous activity (it goes on where it stopped)</source>
        <translation>សកម្មភាពមុន (បន្តពីកន្លែងដែលវាបានឈប់)</translation>
    </message>
    <message>
        <source>= or keypad +</source>
        <translation>= ឬ + លើក្ដារលេខ</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>បន្ថែមមួយនាទី</translation>
    </message>
    <message>
        <source>− or keypad −</source>
        <translation>− ឬ − លើក្ដារលេខ</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>បន្ថយមួយនាទី</translation>
    </message>
    <message>
        <source>Shift with = (that is, +)</source>
        <translation>Shift ជាមួយ = (គឺ +)</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>បន្ថែមប្រាំនាទី</translation>
    </message>
    <message>
        <source>Shift with − (that is, _)</source>
        <translation>Shift ជាមួយ − (គឺ _)</translation>
    </message>
    <message>
        <source>Five minutes less</source>
        <translation>បន្ថយប្រាំនាទី</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Set the time left (type 5 or 4:30, then Enter)</source>
        <translation>កំណត់ពេលនៅសល់ (វាយ 5 ឬ 4:30 រួចចុច Enter)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here</source>
        <translation>បន្ទប់ក្រុមតូចបានបើកហើយ៖ ចាប់ផ្ដើមរាប់ជុំពីពេលនេះ</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Copy the participant instructions for the chat</source>
        <translation>ចម្លងសេចក្ដីណែនាំសម្រាប់អ្នកចូលរួម ដើម្បីដាក់ក្នុងប្រអប់ជជែក</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Copy the broadcast text that is due</source>
        <translation>ចម្លងអត្ថបទសារផ្សាយដែលដល់ពេលផ្ញើ</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Apply the suggested trim (Ctrl+Z undoes it)</source>
        <translation>អនុវត្តការកាត់បន្ថយដែលបានណែនាំ (Ctrl+Z ដើម្បីមិនធ្វើវិញ)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>បញ្ចប់វគ្គ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show or hide the presenter timer</source>
        <translation>បង្ហាញ ឬលាក់នាឡិកាកំណត់ពេលសម្រាប់បង្ហាញ</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 ឬ ?</translation>
    </message>
    <message>
        <source>Show or hide this list (Esc closes it too)</source>
        <translation>បង្ហាញ ឬលាក់បញ្ជីនេះ (Esc ក៏បិទវាបានដែរ)</translation>
    </message>
    <message>
        <source>Keys of Run mode</source>
        <translation>គ្រាប់ចុចនៃផ្ទាំងដំណើរការ</translation>
    </message>
    <message>
        <source>Keys in Run mode</source>
        <translation>គ្រាប់ចុចក្នុងផ្ទាំងដំណើរការ</translation>
    </message>
    <message>
        <source>The keys work whenever Run mode is shown, also in the presenter timer, except while you type in a text field. Shift decides between one and five minutes: = and − give one, Shift with the same key gives five.</source>
        <translation>គ្រាប់ចុចទាំងនេះប្រើបានគ្រប់ពេលដែលផ្ទាំងដំណើរការត្រូវបានបង្ហាញ ព្រមទាំងក្នុងនាឡិកាកំណត់ពេលសម្រាប់បង្ហាញ លើកលែងតែពេលអ្នកកំពុងវាយអក្សរក្នុងប្រអប់អត្ថបទ។ Shift កំណត់ថាមួយនាទី ឬប្រាំនាទី៖ = និង − ផ្ដល់មួយនាទី ហើយ Shift ជាមួយគ្រាប់ចុចដដែលផ្ដល់ប្រាំនាទី។</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Say the time left (shown here and read by a screen reader)</source>
        <translation>ប្រាប់ពេលនៅសល់ (បង្ហាញនៅទីនេះ និងអានដោយកម្មវិធីអានអេក្រង់)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Place the selected late arrival in the suggested room</source>
        <translation>ដាក់អ្នកមកយឺតដែលបានជ្រើសរើស ចូលបន្ទប់ដែលបានណែនាំ</translation>
    </message>
</context>
<context>
    <name>sala::RunLogStore</name>
    <message>
        <source>record the run action</source>
        <translation>កត់ត្រាប្រតិបត្តិការដំណើរការវគ្គ</translation>
    </message>
    <message>
        <source>read the run log</source>
        <translation>អានកំណត់ហេតុដំណើរការ</translation>
    </message>
    <message>
        <source>read the wrap-up warnings</source>
        <translation>អានការព្រមានត្រៀមបញ្ចប់</translation>
    </message>
    <message>
        <source>save the wrap-up warning</source>
        <translation>រក្សាទុកការព្រមានត្រៀមបញ្ចប់</translation>
    </message>
</context>
<context>
    <name>sala::RunRoomsPanel</name>
    <message>
        <source>Rooms</source>
        <translation>បន្ទប់</translation>
    </message>
    <message>
        <source>Place in suggested room</source>
        <translation>ដាក់ចូលបន្ទប់ដែលបានណែនាំ</translation>
    </message>
    <message>
        <source>Open Breakouts mode</source>
        <translation>បើកផ្ទាំងក្រុមតូច</translation>
    </message>
    <message>
        <source>Rooms of the breakout activity</source>
        <translation>បន្ទប់នៃសកម្មភាពក្រុមតូច</translation>
    </message>
    <message>
        <source>Round shown in the rooms</source>
        <translation>ជុំដែលបង្ហាញក្នុងបន្ទប់</translation>
    </message>
    <message>
        <source>The round under way is marked “now”; choose another round to look at it</source>
        <translation>ជុំដែលកំពុងដំណើរការត្រូវបានសម្គាល់ថា “ឥឡូវ”៖ សូមជ្រើសរើសជុំផ្សេង ដើម្បីមើលវា</translation>
    </message>
    <message>
        <source>In the call but in no room</source>
        <translation>នៅក្នុងកិច្ចប្រជុំ ប៉ុន្តែមិននៅក្នុងបន្ទប់ណាមួយ</translation>
    </message>
    <message>
        <source>People checked in who have no room in this round, with the room Sala suggests; Enter or P places the selected one</source>
        <translation>អ្នកដែលបានចុះវត្តមាន តែមិនមានបន្ទប់ក្នុងជុំនេះ ព្រមទាំងបន្ទប់ដែល Sala ណែនាំ៖ ចុច Enter ឬ P ដើម្បីដាក់អ្នកដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Breakout rooms of the round</source>
        <translation>បន្ទប់ក្រុមតូចនៃជុំ</translation>
    </message>
    <message>
        <source>Put the selected person, who is in the call but in no room, into the room Sala suggests: the fewest people already met, the smallest room, the best mix. Stored at once; Ctrl+Z undoes it (P)</source>
        <translation>ដាក់បុគ្គលដែលបានជ្រើសរើស ដែលនៅក្នុងកិច្ចប្រជុំ តែមិននៅក្នុងបន្ទប់ណាមួយ ចូលបន្ទប់ដែល Sala ណែនាំ៖ មានមនុស្សធ្លាប់ជួបតិចបំផុត បន្ទប់តូចបំផុត និងការចម្រុះល្អបំផុត។ រក្សាទុកភ្លាមៗ៖ Ctrl+Z ដើម្បីមិនធ្វើវិញ (P)</translation>
    </message>
    <message>
        <source>Suggested room</source>
        <translation>បន្ទប់ដែលបានណែនាំ</translation>
    </message>
    <message>
        <source>No rooms saved</source>
        <translation>មិនមានបន្ទប់ដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Make the rooms of this activity in Breakouts mode (Ctrl+3)</source>
        <translation>បង្កើតបន្ទប់នៃសកម្មភាពនេះក្នុងផ្ទាំងក្រុមតូច (Ctrl+3)</translation>
    </message>
    <message>
        <source>No rooms are saved for “%1” yet. Make them in Breakouts mode; they show here round by round while the activity runs.</source>
        <translation>មិនទាន់មានបន្ទប់ត្រូវបានរក្សាទុកសម្រាប់ “%1” នៅឡើយទេ។ សូមបង្កើតវាក្នុងផ្ទាំងក្រុមតូច៖ វានឹងបង្ហាញនៅទីនេះម្ដងមួយជុំ ខណៈពេលសកម្មភាពកំពុងដំណើរការ។</translation>
    </message>
    <message>
        <source>Round %1 of %2 · now</source>
        <translation>ជុំទី %1 នៃ %2 · ឥឡូវ</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>ជុំទី %1 នៃ %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>In the call but in no room of this round; Enter or P places %1 in the suggested room</source>
        <translation>នៅក្នុងកិច្ចប្រជុំ ប៉ុន្តែមិននៅក្នុងបន្ទប់ណាមួយនៃជុំនេះ៖ ចុច Enter ឬ P ដើម្បីដាក់ %1 ចូលបន្ទប់ដែលបានណែនាំ</translation>
    </message>
    <message>
        <source>&amp;Not in a room (%1):</source>
        <translation>មិននៅក្នុងបន្ទប់ (%1) (&amp;N)៖</translation>
    </message>
    <message>
        <source>(left)</source>
        <translation>(បានចាកចេញ)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>គ្មាននរណាម្នាក់</translation>
    </message>
    <message>
        <source>Everyone checked in has a room.</source>
        <translation>អ្នកដែលបានចុះវត្តមានទាំងអស់មានបន្ទប់ហើយ។</translation>
    </message>
    <message>
        <source>Everyone checked in has a room in this round: nobody to place.</source>
        <translation>អ្នកដែលបានចុះវត្តមានទាំងអស់មានបន្ទប់ក្នុងជុំនេះហើយ៖ គ្មាននរណាម្នាក់ត្រូវដាក់ទេ។</translation>
    </message>
    <message>
        <source>No rooms are saved for this activity yet: make them in Breakouts mode (Ctrl+3).</source>
        <translation>មិនទាន់មានបន្ទប់ត្រូវបានរក្សាទុកសម្រាប់សកម្មភាពនេះនៅឡើយទេ៖ សូមបង្កើតវាក្នុងផ្ទាំងក្រុមតូច (Ctrl+3)។</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>ដាក់ %1 ចូល %2</translation>
    </message>
    <message>
        <source>%1 joins %2: nobody there met %1 before. Ctrl+Z undoes it.</source>
        <translation>%1 ចូល %2៖ គ្មាននរណាម្នាក់នៅទីនោះធ្លាប់ជួប %1 ពីមុនទេ។ ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ។</translation>
    </message>
    <message>
        <source>%1 joins %2, the best room left; people there who met %1 before: %3. Ctrl+Z undoes it.</source>
        <translation>%1 ចូល %2 ដែលជាបន្ទប់ល្អបំផុតដែលនៅសល់។ អ្នកនៅទីនោះដែលធ្លាប់ជួប %1 ពីមុន៖ %3។ ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ។</translation>
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
        <translation>%1 នាទី</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ម៉ោង</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ម៉ោង %2 នាទី</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the plan runs %1 past the target: shorten or cut something</source>
        <translation>ផែនការហួសពីគោលដៅ %1៖ សូមបង្រួម ឬកាត់អ្វីមួយចេញ</translation>
    </message>
    <message>
        <source>the plan ends %1 before the target</source>
        <translation>ផែនការបញ្ចប់មុនគោលដៅ %1</translation>
    </message>
    <message>
        <source>the plan ends on time</source>
        <translation>ផែនការបញ្ចប់ទាន់ពេល</translation>
    </message>
    <message>
        <source>may shorten to %1</source>
        <translation>អាចបង្រួមមកត្រឹម %1</translation>
    </message>
    <message>
        <source>%1 (waits for this time when the plan runs early)</source>
        <translation>%1 (រង់ចាំដល់ម៉ោងនេះ ប្រសិនបើផែនការដើរលឿនជាងកំណត់)</translation>
    </message>
    <message>
        <source>%1 groups of %2</source>
        <translation>%1 ក្រុម ក្រុមនីមួយៗ %2 នាក់</translation>
    </message>
    <message>
        <source>groups of %1</source>
        <translation>ក្រុមនីមួយៗ %1 នាក់</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 ក្រុម</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Send %1 before the end of each round</source>
        <translation>ផ្ញើ %1 មុនពេលបញ្ចប់ជុំនីមួយៗ</translation>
    </message>
    <message>
        <source>Send %1 before the end</source>
        <translation>ផ្ញើ %1 មុនពេលបញ្ចប់</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>តារាងដំណើរការវគ្គ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>វេទិកា</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>តាមផែនការ</translation>
    </message>
    <message>
        <source>Second zone</source>
        <translation>ល្វែងម៉ោងទីពីរ</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>ម៉ោងបញ្ចប់គោលដៅ</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>មិនបានកំណត់</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>កាលវិភាគ</translation>
    </message>
    <message>
        <source>No activities are planned in this session yet.</source>
        <translation>មិនទាន់មានសកម្មភាពណាមួយក្នុងផែនការនៃវគ្គនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>នាទី</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>បន្ទប់ក្រុមតូច</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>ការបែងចែកក្រុម</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>ជុំ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Broadcast messages to all rooms</source>
        <translation>សារផ្សាយទៅគ្រប់បន្ទប់</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>ម៉ោងចាប់ផ្ដើមថេរ</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Instructions for participants (paste into the chat)</source>
        <translation>សេចក្ដីណែនាំសម្រាប់អ្នកចូលរួម (បិទភ្ជាប់ក្នុងប្រអប់ជជែក)</translation>
    </message>
    <message>
        <source>Facilitator notes (private: do not share with participants)</source>
        <translation>កំណត់ចំណាំរបស់អ្នកសម្របសម្រួល (ឯកជន៖ កុំចែករំលែកជាមួយអ្នកចូលរួម)</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>បញ្ជីត្រួតពិនិត្យសម្ភារៈ</translation>
    </message>
    <message>
        <source>No activity lists any material.</source>
        <translation>គ្មានសកម្មភាពណាមួយរាយសម្ភារៈទេ។</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>ប្រើក្នុង</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>ប្រើក្នុង %1</translation>
    </message>
    <message>
        <source>Run sheet: %1</source>
        <translation>តារាងដំណើរការវគ្គ៖ %1</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>សកម្មភាព</translation>
    </message>
</context>
<context>
    <name>sala::RunSheetPdf</name>
    <message>
        <source>Sala could not save the run sheet as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala មិនអាចរក្សាទុកតារាងដំណើរការវគ្គជា “%1” បានទេ (%2)។ សូមពិនិត្យថាថតឯកសារនោះមានពិតប្រាកដ ហើយអ្នកមានសិទ្ធិសរសេរចូលវា ឬជ្រើសរើសកន្លែងផ្សេង។</translation>
    </message>
    <message>
        <source>The PDF run sheet needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>តារាងដំណើរការវគ្គជា PDF ត្រូវការមុខងារក្រាហ្វិករបស់ Qt ដែលកម្មវិធីនេះមិនបានបើក។ សូមបង្កើត PDF ពីផ្ទាំងកម្មវិធី Sala។</translation>
    </message>
    <message>
        <source>No file name was given for the PDF run sheet.</source>
        <translation>មិនបានផ្ដល់ឈ្មោះឯកសារសម្រាប់តារាងដំណើរការវគ្គជា PDF ទេ។</translation>
    </message>
</context>
<context>
    <name>sala::RunState</name>
    <message>
        <source>on time</source>
        <translation>ទាន់ពេល</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>យឺត %1 នាទី</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>លឿន %1 នាទី</translation>
    </message>
</context>
<context>
    <name>sala::RunView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ថ្ងៃ %2 ម៉ោង</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ម៉ោង %2 នាទី</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 នាទី</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>ចាប់ផ្ដើមក្នុងរយៈពេល %1 ទៀត</translation>
    </message>
    <message>
        <source>Started %1 ago</source>
        <translation>បានចាប់ផ្ដើម %1 មុន</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Presenter Timer</source>
        <translation>នាឡិកាកំណត់ពេលសម្រាប់បង្ហាញ (&amp;P)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ មុន</translation>
    </message>
    <message>
        <source>Back to the previous activity (Left arrow)</source>
        <translation>ត្រឡប់ទៅសកម្មភាពមុន (ព្រួញឆ្វេង)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>ចាប់ផ្ដើម ផ្អាក ឬបន្ត (Space)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>បន្ទាប់ ▶</translation>
    </message>
    <message>
        <source>On to the next activity (Right arrow)</source>
        <translation>ទៅសកម្មភាពបន្ទាប់ (ព្រួញស្ដាំ)</translation>
    </message>
    <message>
        <source>Rooms open</source>
        <translation>បន្ទប់បានបើក</translation>
    </message>
    <message>
        <source>The breakout rooms are open now: count the rounds from here (R)</source>
        <translation>បន្ទប់ក្រុមតូចបានបើកហើយ៖ ចាប់ផ្ដើមរាប់ជុំពីពេលនេះ (R)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>បញ្ចប់</translation>
    </message>
    <message>
        <source>Finish the session (End)</source>
        <translation>បញ្ចប់វគ្គ (End)</translation>
    </message>
    <message>
        <source>Copy broadcast</source>
        <translation>ចម្លងសារផ្សាយ</translation>
    </message>
    <message>
        <source>Copy the broadcast text for the platform&apos;s broadcast box (B)</source>
        <translation>ចម្លងអត្ថបទសារផ្សាយ សម្រាប់ប្រអប់ផ្សាយសាររបស់វេទិកា (B)</translation>
    </message>
    <message>
        <source>Participant instructions</source>
        <translation>សេចក្ដីណែនាំសម្រាប់អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Copy instructions</source>
        <translation>ចម្លងសេចក្ដីណែនាំ</translation>
    </message>
    <message>
        <source>Copy the instructions for the meeting chat (C)</source>
        <translation>ចម្លងសេចក្ដីណែនាំសម្រាប់ប្រអប់ជជែកនៃកិច្ចប្រជុំ (C)</translation>
    </message>
    <message>
        <source>Current activity</source>
        <translation>សកម្មភាពបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Activity number and kind</source>
        <translation>លេខ និងប្រភេទសកម្មភាព</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>សកម្មភាពបន្ទាប់</translation>
    </message>
    <message>
        <source>Breakout round</source>
        <translation>ជុំក្រុមតូច</translation>
    </message>
    <message>
        <source>Ahead or behind the plan</source>
        <translation>លឿន ឬយឺតជាងផែនការ</translation>
    </message>
    <message>
        <source>Projected end</source>
        <translation>ម៉ោងបញ្ចប់ប៉ាន់ស្មាន</translation>
    </message>
    <message>
        <source>Run messages</source>
        <translation>សារដំណើរការ</translation>
    </message>
    <message>
        <source>−5</source>
        <translation>−5</translation>
    </message>
    <message>
        <source>Five minutes less (Shift with −)</source>
        <translation>បន្ថយប្រាំនាទី (Shift ជាមួយ −)</translation>
    </message>
    <message>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <source>One minute less (−)</source>
        <translation>បន្ថយមួយនាទី (−)</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One minute more (=, or + on the keypad)</source>
        <translation>បន្ថែមមួយនាទី (= ឬ + លើក្ដារលេខ)</translation>
    </message>
    <message>
        <source>+5</source>
        <translation>+5</translation>
    </message>
    <message>
        <source>Five minutes more (Shift with =, that is +)</source>
        <translation>បន្ថែមប្រាំនាទី (Shift ជាមួយ = គឺ +)</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>កំណត់…</translation>
    </message>
    <message>
        <source>Set the time left of this activity (S)</source>
        <translation>កំណត់ពេលនៅសល់នៃសកម្មភាពនេះ (S)</translation>
    </message>
    <message>
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>ពេលនៅសល់</translation>
    </message>
    <message>
        <source>Type the time left, such as 5 or 4:30, then press Enter; Esc cancels</source>
        <translation>វាយពេលនៅសល់ ដូចជា 5 ឬ 4:30 រួចចុច Enter៖ ចុច Esc ដើម្បីបោះបង់</translation>
    </message>
    <message>
        <source>More</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>More run actions</source>
        <translation>មុខងារដំណើរការផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Suggested trim</source>
        <translation>ការកាត់បន្ថយដែលបានណែនាំ</translation>
    </message>
    <message>
        <source>Apply trim</source>
        <translation>អនុវត្តការកាត់បន្ថយ</translation>
    </message>
    <message>
        <source>Shorten the activities as suggested; Ctrl+Z undoes it (T)</source>
        <translation>បង្រួមសកម្មភាពតាមការណែនាំ៖ Ctrl+Z ដើម្បីមិនធ្វើវិញ (T)</translation>
    </message>
    <message>
        <source>Broadcast text</source>
        <translation>អត្ថបទសារផ្សាយ</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>លំដាប់សកម្មភាព</translation>
    </message>
    <message>
        <source>Enter or double-click jumps to an activity</source>
        <translation>ចុច Enter ឬចុចពីរដង ដើម្បីលោតទៅសកម្មភាព</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>អ្នកចូលរួមដែលបានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>A compact timer that stays on top, to share into the call</source>
        <translation>នាឡិកាកំណត់ពេលតូចមួយដែលនៅខាងលើជានិច្ច សម្រាប់ចែករំលែកក្នុងកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Wrap-up warning for this activity…</source>
        <translation>ការព្រមានត្រៀមបញ្ចប់សម្រាប់សកម្មភាពនេះ…</translation>
    </message>
    <message>
        <source>Wrap-up warning</source>
        <translation>ការព្រមានត្រៀមបញ្ចប់</translation>
    </message>
    <message>
        <source>Minutes before the end of “%1” when the timer turns to wrap-up:</source>
        <translation>ចំនួននាទីមុនពេលបញ្ចប់ “%1” ដែលនាឡិកាកំណត់ពេលប្ដូរទៅ “ត្រៀមបញ្ចប់”៖</translation>
    </message>
    <message>
        <source>Mute chimes</source>
        <translation>បិទសំឡេងរោទ៍</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>ចាប់ផ្ដើមឡើងវិញ…</translation>
    </message>
    <message>
        <source>Clear the run (after a rehearsal); the log keeps it as history</source>
        <translation>សម្អាតការដំណើរការ (ក្រោយពេលហាត់សាកល្បង)៖ កំណត់ហេតុរក្សាទុកវាជាប្រវត្តិ</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>ចាប់ផ្ដើមឡើងវិញ</translation>
    </message>
    <message>
        <source>Start the session over? The timer goes back to the first activity and the timing report starts afresh. The run so far stays in the log.</source>
        <translation>ចាប់ផ្ដើមវគ្គឡើងវិញ? នាឡិកាកំណត់ពេលនឹងត្រឡប់ទៅសកម្មភាពទីមួយ ហើយរបាយការណ៍ពេលវេលាចាប់ផ្ដើមសាជាថ្មី។ ការដំណើរការរហូតមកដល់ពេលនេះនៅតែមានក្នុងកំណត់ហេតុ។</translation>
    </message>
    <message>
        <source>Wrap-up time for this activity.</source>
        <translation>ដល់ពេលត្រៀមបញ្ចប់សកម្មភាពនេះ។</translation>
    </message>
    <message>
        <source>Time is up: the activity is in overtime.</source>
        <translation>អស់ពេលហើយ៖ សកម្មភាពកំពុងហួសម៉ោង។</translation>
    </message>
    <message>
        <source>“%1” has no participant instructions.</source>
        <translation>“%1” គ្មានសេចក្ដីណែនាំសម្រាប់អ្នកចូលរួមទេ។</translation>
    </message>
    <message>
        <source>Instructions copied: paste them into the meeting chat.</source>
        <translation>បានចម្លងសេចក្ដីណែនាំ៖ សូមបិទភ្ជាប់វាក្នុងប្រអប់ជជែកនៃកិច្ចប្រជុំ។</translation>
    </message>
    <message>
        <source>This activity has no broadcast texts.</source>
        <translation>សកម្មភាពនេះគ្មានអត្ថបទសារផ្សាយទេ។</translation>
    </message>
    <message>
        <source>Broadcast copied: paste it into the platform&apos;s broadcast box.</source>
        <translation>បានចម្លងសារផ្សាយ៖ សូមបិទភ្ជាប់វាក្នុងប្រអប់ផ្សាយសាររបស់វេទិកា។</translation>
    </message>
    <message>
        <source>There is nothing to trim: the session is on time, or nothing left may be shortened.</source>
        <translation>គ្មានអ្វីត្រូវកាត់បន្ថយទេ៖ វគ្គកំពុងទាន់ពេល ឬគ្មានសកម្មភាពដែលនៅសល់អាចបង្រួមបានទៀតទេ។</translation>
    </message>
    <message>
        <source>Trim the rest of the session to end on time</source>
        <translation>កាត់បន្ថយផ្នែកដែលនៅសល់នៃវគ្គ ដើម្បីបញ្ចប់ទាន់ពេល</translation>
    </message>
    <message>
        <source>Trimmed %1 min from the rest of the session; Ctrl+Z undoes it.</source>
        <translation>បានកាត់បន្ថយ %1 នាទីពីផ្នែកដែលនៅសល់នៃវគ្គ៖ ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ។</translation>
    </message>
    <message>
        <source>Start the session first: the time left is that of the running activity.</source>
        <translation>សូមចាប់ផ្ដើមវគ្គជាមុនសិន៖ ពេលនៅសល់ គឺជាពេលនៅសល់របស់សកម្មភាពដែលកំពុងដំណើរការ។</translation>
    </message>
    <message>
        <source>“%1” is not a time: type minutes such as 5, or minutes and seconds such as 4:30.</source>
        <translation>“%1” មិនមែនជាពេលវេលាទេ៖ សូមវាយចំនួននាទី ដូចជា 5 ឬនាទី និងវិនាទី ដូចជា 4:30។</translation>
    </message>
    <message>
        <source>Broadcast due now (round %1): press B to copy it.</source>
        <translation>ដល់ពេលផ្ញើសារផ្សាយហើយ (ជុំទី %1)៖ ចុច B ដើម្បីចម្លងវា។</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People enrolled (%1)</source>
        <translation>អ្នកបានចុះឈ្មោះ (%1)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>តាមគ្រោង</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>ចាប់ផ្ដើម (%1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ឥឡូវ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>គ្មានវគ្គណាមួយត្រូវបានបើកទេ។</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>វគ្គបានបញ្ចប់</translation>
    </message>
    <message>
        <source>First activity of %1</source>
        <translation>សកម្មភាពទីមួយនៃ %1</translation>
    </message>
    <message>
        <source>Activity %1 of %2</source>
        <translation>សកម្មភាពទី %1 នៃ %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This session has no activities yet.</source>
        <translation>វគ្គនេះមិនទាន់មានសកម្មភាពនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Next: %1 (%2, %3 min)</source>
        <translation>បន្ទាប់៖ %1 (%2, %3 នាទី)</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>បន្ទាប់៖ ចប់វគ្គ</translation>
    </message>
    <message>
        <source>All %1 rounds are done.</source>
        <translation>ជុំទាំង %1 បានបញ្ចប់ហើយ។</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3 left in this round</source>
        <translation>ជុំទី %1 នៃ %2 · នៅសល់ %3 ក្នុងជុំនេះ</translation>
    </message>
    <message>
        <source>%1 rounds of %2 min</source>
        <translation>%1 ជុំ ជុំនីមួយៗ %2 នាទី</translation>
    </message>
    <message>
        <source>● On time</source>
        <translation>● ទាន់ពេល</translation>
    </message>
    <message>
        <source>▼ %1 min behind</source>
        <translation>▼ យឺត %1 នាទី</translation>
    </message>
    <message>
        <source>▲ %1 min ahead</source>
        <translation>▲ លឿន %1 នាទី</translation>
    </message>
    <message>
        <source>Finished at %1; planned end %2</source>
        <translation>បានបញ្ចប់នៅម៉ោង %1៖ ម៉ោងបញ្ចប់តាមគ្រោង %2</translation>
    </message>
    <message>
        <source>Projected end %1; planned %2</source>
        <translation>ម៉ោងបញ្ចប់ប៉ាន់ស្មាន %1៖ តាមគ្រោង %2</translation>
    </message>
    <message>
        <source>Planned start %1 · %2</source>
        <translation>ម៉ោងចាប់ផ្ដើមតាមគ្រោង %1 · %2</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ បន្ត</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ ផ្អាក</translation>
    </message>
    <message>
        <source>%1 %2→%3 min</source>
        <translation>%1 %2→%3 នាទី</translation>
    </message>
    <message>
        <source>To end by %1, shorten (%2 min in all): %3.</source>
        <translation>ដើម្បីបញ្ចប់ត្រឹមម៉ោង %1 សូមបង្រួម (សរុប %2 នាទី)៖ %3។</translation>
    </message>
    <message>
        <source>Even at their minimums the activities still to come save only %1 of %2 min; the session then ends at %3. Shorten: %4.</source>
        <translation>ទោះបង្រួមដល់អប្បបរមាក៏ដោយ សកម្មភាពដែលនៅសល់សន្សំបានតែ %1 ក្នុងចំណោម %2 នាទី៖ ពេលនោះវគ្គនឹងបញ្ចប់នៅម៉ោង %3។ បង្រួម៖ %4។</translation>
    </message>
    <message>
        <source>▶ Broadcast due now (round %1 of %2)</source>
        <translation>▶ ដល់ពេលផ្ញើសារផ្សាយហើយ (ជុំទី %1 នៃ %2)</translation>
    </message>
    <message>
        <source>Next broadcast: round %1, when %2 min are left</source>
        <translation>សារផ្សាយបន្ទាប់៖ ជុំទី %1 នៅពេលនៅសល់ %2 នាទី</translation>
    </message>
    <message>
        <source>next in round %1</source>
        <translation>បន្ទាប់ក្នុងជុំទី %1</translation>
    </message>
    <message>
        <source>Participant instructions: %1</source>
        <translation>សេចក្ដីណែនាំសម្រាប់អ្នកចូលរួម៖ %1</translation>
    </message>
    <message>
        <source>The session has not started.</source>
        <translation>វគ្គមិនទាន់ចាប់ផ្ដើមទេ។</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>វគ្គបានបញ្ចប់ហើយ។</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 នាទី</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 នាទី</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 វិនាទី</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 វិនាទី</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>minutes and seconds</comment>
        <translation>%1 និង %2</translation>
    </message>
    <message>
        <source>“%1” is %2 over its time.</source>
        <translation>“%1” ហួសម៉ោង %2។</translation>
    </message>
    <message>
        <source>%1 left in “%2”.</source>
        <translation>នៅសល់ %1 ក្នុង “%2”។</translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>ជុំទី %1 នៃ %2។</translation>
    </message>
    <message>
        <source>The timer is paused.</source>
        <translation>នាឡិកាកំណត់ពេលត្រូវបានផ្អាក។</translation>
    </message>
    <message>
        <source>Time to wrap up.</source>
        <translation>ដល់ពេលត្រៀមបញ្ចប់ហើយ។</translation>
    </message>
    <message>
        <source>The activity under way has no breakout rooms: P places late arrivals during breakouts.</source>
        <translation>សកម្មភាពដែលកំពុងដំណើរការគ្មានបន្ទប់ក្រុមតូចទេ៖ P ដាក់អ្នកមកយឺតចូលបន្ទប់ក្នុងអំឡុងសកម្មភាពក្រុមតូច។</translation>
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
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>នាទី</translation>
    </message>
    <message>
        <source>Share of the session</source>
        <translation>ភាគរយនៃវគ្គ</translation>
    </message>
    <message>
        <source>First join</source>
        <translation>ចូលដំបូង</translation>
    </message>
    <message>
        <source>Last leave</source>
        <translation>ចាកចេញចុងក្រោយ</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>បានផ្គូផ្គង</translation>
    </message>
    <message>
        <source>Checked in live</source>
        <translation>បានចុះវត្តមានផ្ទាល់</translation>
    </message>
</context>
<context>
    <name>sala::SessionBar</name>
    <message>
        <source>Session progress</source>
        <translation>វឌ្ឍនភាពនៃវគ្គ</translation>
    </message>
    <message>
        <source>Activity %1 of %2, %3 % of the planned session</source>
        <translation>សកម្មភាពទី %1 នៃ %2, %3 % នៃវគ្គតាមគ្រោង</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n សកម្មភាព</numerusform>
            <numerusform>%n សកម្មភាព</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 (%3, %4 min)</source>
        <translation>%1. %2 (%3, %4 នាទី)</translation>
    </message>
</context>
<context>
    <name>sala::SizeRulesDialog</name>
    <message>
        <source>Enterprise Size Rules</source>
        <translation>ច្បាប់ទំហំសហគ្រាស</translation>
    </message>
    <message>
        <source>An enterprise is micro, small or medium when its head count is at most the number given for its country; above medium it is large. The values Sala starts with follow national definitions as published up to 2024. &lt;b&gt;Check them against the current definitions&lt;/b&gt;, which may also differ by sector. An empty country applies to every country without a row.</source>
        <translation>សហគ្រាសមួយជាធុនមីក្រូ ធុនតូច ឬធុនមធ្យម នៅពេលចំនួនបុគ្គលិករបស់វាមិនលើសពីលេខដែលកំណត់សម្រាប់ប្រទេសរបស់វា៖ លើសពីធុនមធ្យម គឺជាធុនធំ។ តម្លៃដំបូងរបស់ Sala ផ្អែកលើនិយមន័យជាតិដែលបានផ្សព្វផ្សាយរហូតដល់ឆ្នាំ 2024។ &lt;b&gt;សូមផ្ទៀងផ្ទាត់ជាមួយនិយមន័យបច្ចុប្បន្ន&lt;/b&gt; ដែលអាចខុសគ្នាតាមវិស័យផងដែរ។ ប្រទេសទទេ អនុវត្តចំពោះគ្រប់ប្រទេសដែលគ្មានជួរដេកផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>កូដប្រទេស</translation>
    </message>
    <message>
        <source>Micro up to</source>
        <translation>ធុនមីក្រូ រហូតដល់</translation>
    </message>
    <message>
        <source>Small up to</source>
        <translation>ធុនតូច រហូតដល់</translation>
    </message>
    <message>
        <source>Medium up to</source>
        <translation>ធុនមធ្យម រហូតដល់</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Size rules</source>
        <translation>ច្បាប់ទំហំ</translation>
    </message>
    <message>
        <source>&amp;Add Country</source>
        <translation>បន្ថែមប្រទេស (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>ដកជួរដេកចេញ (&amp;R)</translation>
    </message>
    <message>
        <source>The limits for %1 must rise from micro to small to medium.</source>
        <translation>ដែនកំណត់សម្រាប់ %1 ត្រូវតែកើនឡើងពីធុនមីក្រូ ទៅធុនតូច ទៅធុនមធ្យម។</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>ប្រទេសផ្សេងទៀត</translation>
    </message>
</context>
<context>
    <name>sala::Startup</name>
    <message>
        <source>Sala: a facilitator console for live online workshops.</source>
        <translation>Sala៖ កម្មវិធីសម្រាប់អ្នកសម្របសម្រួលសិក្ខាសាលាអនឡាញផ្ទាល់។</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; instead of the default one.</source>
        <translation>បើកមូលដ្ឋានទិន្នន័យនៅ &lt;path&gt; ជំនួសឱ្យមូលដ្ឋានទិន្នន័យលំនាំដើម។</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Log debugging detail.</source>
        <translation>កត់ត្រាព័ត៌មានលម្អិតសម្រាប់ការដោះស្រាយបញ្ហា (debug)។</translation>
    </message>
    <message>
        <source>Sala cannot open its database</source>
        <translation>Sala មិនអាចបើកមូលដ្ឋានទិន្នន័យរបស់វាបានទេ</translation>
    </message>
    <message>
        <source>Sala</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>The demo workshop could not be created: %1</source>
        <translation>មិនអាចបង្កើតសិក្ខាសាលាសាកល្បងបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Sala can open a copy of the newest backup, “%1” from %2, and leave the damaged file as it is so that it can still be recovered. Changes made after that backup are not in it.</source>
        <translation>Sala អាចបើកច្បាប់ចម្លងនៃច្បាប់បម្រុងទុកថ្មីបំផុត “%1” ពី %2 ហើយទុកឯកសារដែលខូចនៅដដែល ដើម្បីឱ្យនៅតែអាចស្ដារវាបាន។ ការផ្លាស់ប្ដូរដែលបានធ្វើក្រោយច្បាប់បម្រុងទុកនោះ មិនមាននៅក្នុងវាទេ។</translation>
    </message>
    <message>
        <source>Open a Copy of the Backup</source>
        <translation>បើកច្បាប់ចម្លងនៃច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ចាកចេញ</translation>
    </message>
</context>
<context>
    <name>sala::Store</name>
    <message>
        <source>“%1” already exists; choose a new file name for the backup.</source>
        <translation>“%1” មានរួចហើយ៖ សូមជ្រើសរើសឈ្មោះឯកសារថ្មីសម្រាប់ច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>ថតឯកសារ “%1” មិនមានទេ។</translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation>សរសេរច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <source>Could not write the backup to “%1”.</source>
        <translation>មិនអាចសរសេរច្បាប់បម្រុងទុកទៅ “%1” បានទេ។</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>អានកំណែ schema</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>ការធ្វើបច្ចុប្បន្នភាព (migration) %1 មិនមាននៅក្នុងកំណែនេះទេ។</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>ធ្វើបច្ចុប្បន្នភាពមូលដ្ឋានទិន្នន័យទៅកំណែ %1</translation>
    </message>
    <message>
        <source>mark the database as Sala&apos;s</source>
        <translation>សម្គាល់មូលដ្ឋានទិន្នន័យថាជារបស់ Sala</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>កត់ត្រាកំណែ schema</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>មិនអាច%1បានទេ៖ %2</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the path of a database file.</source>
        <translation>“%1” ជាថតឯកសារ៖ សូមផ្ដល់ផ្លូវទៅកាន់ឯកសារមូលដ្ឋានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>គ្មានមូលដ្ឋានទិន្នន័យនៅ “%1” ទេ។</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>មិនអាចបង្កើតថតឯកសារ “%1” បានទេ។</translation>
    </message>
    <message>
        <source>“%1” is already open in another Sala window (process %2). Close that window first, or open a different database with --db.</source>
        <translation>“%1” កំពុងបើករួចហើយក្នុងផ្ទាំង Sala មួយផ្សេងទៀត (ដំណើរការ %2)។ សូមបិទផ្ទាំងនោះជាមុនសិន ឬបើកមូលដ្ឋានទិន្នន័យផ្សេងដោយប្រើ --db។</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside “%1”; check that the folder is writable.</source>
        <translation>មិនអាចបង្កើតឯកសារចាក់សោ (lock file) នៅក្បែរ “%1” បានទេ៖ សូមពិនិត្យថាថតឯកសារនោះអាចសរសេរបាន។</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>មិនអាចបើក “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Sala needs to upgrade “%1” but could not write the backup first, so it left the file unchanged. %2</source>
        <translation>Sala ត្រូវធ្វើបច្ចុប្បន្នភាព “%1” ប៉ុន្តែមិនអាចសរសេរច្បាប់បម្រុងទុកជាមុនបាន ដូច្នេះវាទុកឯកសារនៅដដែល។ %2</translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation>បើក foreign keys</translation>
    </message>
    <message>
        <source>set the sync level</source>
        <translation>កំណត់កម្រិត sync</translation>
    </message>
    <message>
        <source>Cannot switch “%1” to write-ahead logging; is it on a network drive or a read-only disk?</source>
        <translation>មិនអាចប្ដូរ “%1” ទៅ write-ahead logging បានទេ៖ តើវានៅលើដ្រាយបណ្ដាញ ឬឌីសដែលអានបានតែប៉ុណ្ណោះឬ?</translation>
    </message>
    <message>
        <source>save a setting in the database</source>
        <translation>រក្សាទុកការកំណត់មួយក្នុងមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>read the database summary</source>
        <translation>អានសេចក្ដីសង្ខេបមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>ពិនិត្យមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <source>A row in %1 points to a missing row in %2.</source>
        <translation>ជួរដេកមួយក្នុង %1 ចង្អុលទៅជួរដេកដែលបាត់ក្នុង %2។</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>ចាប់ផ្ដើមប្រតិបត្តិការ (transaction)</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>រក្សាទុកការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>There is no backup of “%1” beside it.</source>
        <translation>គ្មានច្បាប់បម្រុងទុកនៃ “%1” នៅជាប់នឹងវាទេ។</translation>
    </message>
    <message>
        <source>Could not copy the backup “%1” to “%2”; check that the folder is writable and the disk has room.</source>
        <translation>មិនអាចចម្លងច្បាប់បម្រុងទុក “%1” ទៅ “%2” បានទេ៖ សូមពិនិត្យថាថតឯកសារអាចសរសេរបាន ហើយថាសនៅមានទំហំទំនេរ។</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full, or the database has reached its size limit. Free some space on the disk and try again.</source>
        <translation>មិនអាច%1បានទេ៖ ថាសពេញ ឬមូលដ្ឋានទិន្នន័យបានដល់ទំហំកំណត់របស់វា។ សូមបង្កើតទំហំទំនេរលើថាស ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The newest backup is “%1”: restore it with a copy, or open it with --db.</source>
        <translation>ច្បាប់បម្រុងទុកថ្មីបំផុតគឺ “%1”៖ សូមស្ដារវាដោយចម្លងវាមកជំនួស ឬបើកវាដោយប្រើ --db។</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Sala has not changed the file.</source>
        <translation>“%1” ខូច ហើយមិនអាចបើកបានទេ (%2)។ Sala មិនបានកែប្រែឯកសារនេះទេ។</translation>
    </message>
    <message>
        <source>the file is cut short inside its header</source>
        <translation>ឯកសារត្រូវបានកាត់ខ្លីនៅក្នុងផ្នែកក្បាលរបស់វា</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>ផ្នែកក្បាលរបស់វាបញ្ជាក់ទំហំទំព័រដែលមិនអាចទៅរួច</translation>
    </message>
    <message>
        <source>the file is cut short: its size is not a whole number of pages</source>
        <translation>ឯកសារត្រូវបានកាត់ខ្លី៖ ទំហំរបស់វាមិនមែនជាចំនួនទំព័រគត់ទេ</translation>
    </message>
    <message>
        <source>the file is cut short: it holds %1 of its %2 pages</source>
        <translation>ឯកសារត្រូវបានកាត់ខ្លី៖ វាមានតែ %1 ក្នុងចំណោម %2 ទំព័ររបស់វា</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>មិនអាចអាន “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ឯកសារទទេ</translation>
    </message>
    <message>
        <source>“%1” is not a Sala database: it is not an SQLite database file at all.</source>
        <translation>“%1” មិនមែនជាមូលដ្ឋានទិន្នន័យ Sala ទេ៖ វាមិនមែនជាឯកសារមូលដ្ឋានទិន្នន័យ SQLite សោះ។</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not one of Sala&apos;s. Sala has not changed it; choose a Sala database or a new file name.</source>
        <translation>“%1” ជាមូលដ្ឋានទិន្នន័យ SQLite ប៉ុន្តែមិនមែនរបស់ Sala ទេ។ Sala មិនបានកែប្រែវាទេ៖ សូមជ្រើសរើសមូលដ្ឋានទិន្នន័យ Sala ឬឈ្មោះឯកសារថ្មី។</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Sala (database version %2; this Sala understands up to %3). Update Sala to open it; the file has not been changed.</source>
        <translation>“%1” ត្រូវបានសរសេរដោយ Sala កំណែថ្មីជាង (មូលដ្ឋានទិន្នន័យកំណែ %2៖ Sala នេះយល់បានត្រឹមកំណែ %3)។ សូមធ្វើបច្ចុប្បន្នភាព Sala ដើម្បីបើកវា៖ ឯកសារមិនត្រូវបានកែប្រែទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1 និងបញ្ហាផ្សេងទៀត %n</numerusform>
            <numerusform>%1 និងបញ្ហាផ្សេងទៀត %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sala::StoredReview</name>
    <message>
        <source>person %1</source>
        <translation>បុគ្គល %1</translation>
    </message>
    <message>
        <source>No person of the imported attendance was chosen.</source>
        <translation>មិនទាន់បានជ្រើសរើសបុគ្គលណាម្នាក់ពីវត្តមានដែលបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance was erased with the personal data; there is nothing left to match.</source>
        <translation>បុគ្គល %1 នៃវត្តមានដែលបាននាំចូល ត្រូវបានលុបចោលជាមួយទិន្នន័យផ្ទាល់ខ្លួនហើយ៖ គ្មានអ្វីនៅសល់សម្រាប់ផ្គូផ្គងទេ។</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not waiting for review any more (%3). List the people waiting again.</source>
        <translation>“%1” ក្នុង “%2” លែងរង់ចាំការពិនិត្យទៀតហើយ (%3)។ សូមរាយបញ្ជីមនុស្សដែលកំពុងរង់ចាំម្ដងទៀត។</translation>
    </message>
    <message>
        <source>These people of the imported attendance belong to different workshops; decide on each of them on its own.</source>
        <translation>មនុស្សទាំងនេះក្នុងវត្តមានដែលបាននាំចូល ស្ថិតនៅក្នុងសិក្ខាសាលាផ្សេងៗគ្នា៖ សូមសម្រេចលើម្នាក់ៗដាច់ដោយឡែក។</translation>
    </message>
    <message>
        <source>Nobody on the roster has the e-mail address, an alias or the name of “%1”. Confirm a proposal, pick someone, add them to the roster or ignore them.</source>
        <translation>គ្មាននរណាម្នាក់ក្នុងបញ្ជីអ្នកចូលរួមមានអាសយដ្ឋានអ៊ីមែល ឈ្មោះផ្សេង ឬឈ្មោះរបស់ “%1” ទេ។ សូមបញ្ជាក់សំណើមួយ ជ្រើសរើសនរណាម្នាក់ បន្ថែមគាត់ទៅបញ្ជីអ្នកចូលរួម ឬមិនរាប់បញ្ចូលគាត់។</translation>
    </message>
    <message>
        <source>Participant %1 is not on this workshop’s roster, so “%2” cannot be matched to them. Pick someone on the roster.</source>
        <translation>អ្នកចូលរួម %1 មិននៅក្នុងបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលានេះទេ ដូច្នេះមិនអាចផ្គូផ្គង “%2” ជាមួយគាត់បានទេ។ សូមជ្រើសរើសនរណាម្នាក់ក្នុងបញ្ជីអ្នកចូលរួម។</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was erased, so nobody can be matched to them. Pick someone else, add “%2” to the roster or ignore them.</source>
        <translation>ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %1 ត្រូវបានលុបចោលហើយ ដូច្នេះមិនអាចផ្គូផ្គងនរណាម្នាក់ជាមួយគាត់បានទេ។ សូមជ្រើសរើសអ្នកផ្សេង បន្ថែម “%2” ទៅបញ្ជីអ្នកចូលរួម ឬមិនរាប់បញ្ចូលគាត់។</translation>
    </message>
    <message>
        <source>confirmed by the trainer: %1</source>
        <translation>បានបញ្ជាក់ដោយគ្រូបង្គោល៖ %1</translation>
    </message>
    <message>
        <source>chosen by the trainer</source>
        <translation>បានជ្រើសរើសដោយគ្រូបង្គោល</translation>
    </message>
    <message>
        <source>Person %1 of the imported attendance has neither a name nor an e-mail address to put on the roster; ignore them instead.</source>
        <translation>បុគ្គល %1 នៃវត្តមានដែលបាននាំចូល គ្មានទាំងឈ្មោះ និងអាសយដ្ឋានអ៊ីមែល សម្រាប់ដាក់ក្នុងបញ្ជីអ្នកចូលរួមទេ៖ សូមមិនរាប់បញ្ចូលគាត់ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>attendance export “%1”</source>
        <translation>ឯកសារវត្តមាន “%1”</translation>
    </message>
    <message>
        <source>added to the roster from “%1”</source>
        <translation>បានបន្ថែមទៅបញ្ជីអ្នកចូលរួមពី “%1”</translation>
    </message>
    <message>
        <source>ignored by the trainer</source>
        <translation>មិនរាប់បញ្ចូលដោយគ្រូបង្គោល</translation>
    </message>
</context>
<context>
    <name>sala::TextDecoder</name>
    <message>
        <source>Thai (TIS-620 / Windows-874)</source>
        <translation>ថៃ (TIS-620 / Windows-874)</translation>
    </message>
</context>
<context>
    <name>sala::TimerFace</name>
    <message>
        <source>Ready</source>
        <translation>ត្រៀមរួចរាល់</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>ពេលនៅសល់</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>ត្រៀមបញ្ចប់</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>ហួសម៉ោង</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>បានផ្អាក</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>ត្រៀមរួចរាល់</translation>
    </message>
    <message>
        <source>No activities</source>
        <translation>គ្មានសកម្មភាព</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>ចុច Space ដើម្បីចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>PAUSED · OVERTIME</source>
        <translation>បានផ្អាក · ហួសម៉ោង</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>បានផ្អាក</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>ពេលនៅសល់</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>ត្រៀមបញ្ចប់</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>ហួសម៉ោង</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3</source>
        <translation>ជុំទី %1 នៃ %2 · %3</translation>
    </message>
    <message>
        <source>All %1 rounds done</source>
        <translation>ជុំទាំង %1 បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>នាឡិកាកំណត់ពេល</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1៖ %2, %3</translation>
    </message>
</context>
<context>
    <name>sala::TimingReport</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n នាទី</numerusform>
            <numerusform>%n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The session has not been run yet.</source>
        <translation>វគ្គនេះមិនទាន់បានដំណើរការនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>It started on %1 at %2 instead of %3 at %4, so it is measured against the plan moved to that start.</source>
        <translation>វគ្គបានចាប់ផ្ដើមនៅថ្ងៃ %1 ម៉ោង %2 ជំនួសឱ្យថ្ងៃ %3 ម៉ោង %4 ដូច្នេះវាត្រូវបានវាស់ធៀបនឹងផែនការដែលបានរំកិលទៅពេលចាប់ផ្ដើមនោះ។</translation>
    </message>
    <message>
        <source>It started at %1, %2 after the planned %3.</source>
        <translation>វគ្គបានចាប់ផ្ដើមនៅម៉ោង %1 យឺតជាងម៉ោងគ្រោង %3 ចំនួន %2។</translation>
    </message>
    <message>
        <source>It started at %1, %2 before the planned %3.</source>
        <translation>វគ្គបានចាប់ផ្ដើមនៅម៉ោង %1 លឿនជាងម៉ោងគ្រោង %3 ចំនួន %2។</translation>
    </message>
    <message>
        <source>It started on time at %1.</source>
        <translation>វគ្គបានចាប់ផ្ដើមទាន់ពេលនៅម៉ោង %1។</translation>
    </message>
    <message>
        <source>It finished at %1, %2 after the planned end (%3).</source>
        <translation>វគ្គបានបញ្ចប់នៅម៉ោង %1 យឺតជាងម៉ោងបញ្ចប់តាមគ្រោង (%3) ចំនួន %2។</translation>
    </message>
    <message>
        <source>It finished at %1, %2 before the planned end (%3).</source>
        <translation>វគ្គបានបញ្ចប់នៅម៉ោង %1 លឿនជាងម៉ោងបញ្ចប់តាមគ្រោង (%3) ចំនួន %2។</translation>
    </message>
    <message>
        <source>It finished on time at %1.</source>
        <translation>វគ្គបានបញ្ចប់ទាន់ពេលនៅម៉ោង %1។</translation>
    </message>
    <message>
        <source>It is still running; at this pace it ends at %1 (planned %2).</source>
        <translation>វគ្គនៅកំពុងដំណើរការ៖ តាមល្បឿននេះ វានឹងបញ្ចប់នៅម៉ោង %1 (តាមគ្រោង %2)។</translation>
    </message>
    <message>
        <source>%1 took %2 more than its %3.</source>
        <translation>%1 ប្រើពេលលើសពី %3 របស់វា ចំនួន %2។</translation>
    </message>
    <message>
        <source>It was extended by %1.</source>
        <translation>វាត្រូវបានបន្ថែមពេល %1។</translation>
    </message>
    <message numerus="yes">
        <source>Other activities that ran over: %n.</source>
        <translation>
            <numerusform>សកម្មភាពផ្សេងទៀតដែលហួសពេល៖ %n។</numerusform>
            <numerusform>សកម្មភាពផ្សេងទៀតដែលហួសពេល៖ %n។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activities that took less time than planned: %n, %1 in all.</source>
        <translation>
            <numerusform>សកម្មភាពដែលប្រើពេលតិចជាងគ្រោង៖ %n សរុប %1។</numerusform>
            <numerusform>សកម្មភាពដែលប្រើពេលតិចជាងគ្រោង៖ %n សរុប %1។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pauses: %n, %1 in all.</source>
        <translation>
            <numerusform>ការផ្អាក៖ %n ដង សរុប %1។</numerusform>
            <numerusform>ការផ្អាក៖ %n ដង សរុប %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run: %1.</source>
        <translation>មិនបានដំណើរការ៖ %1។</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>តាមគ្រោង ធៀបនឹងជាក់ស្ដែង៖ %1</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>ពេលវេលាបានប្រើទៅលើអ្វីខ្លះ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>តាមផែនការ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ភាពខុសគ្នា</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>ការផ្អាក</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ពេលបន្ថែម</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>បានចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>មិនបានដំណើរការ</translation>
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
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Actual time counts only while the activity was running; pauses are shown apart. Planned: %1 to %2.</source>
        <translation>ពេលជាក់ស្ដែងរាប់តែពេលសកម្មភាពកំពុងដំណើរការប៉ុណ្ណោះ៖ ការផ្អាកត្រូវបានបង្ហាញដាច់ដោយឡែក។ តាមគ្រោង៖ %1 ដល់ %2។</translation>
    </message>
</context>
<context>
    <name>sala::TimingReportPdf</name>
    <message>
        <source>Sala could not save the timing report as “%1” (%2). Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Sala មិនអាចរក្សាទុករបាយការណ៍ពេលវេលាជា “%1” បានទេ (%2)។ សូមពិនិត្យថាថតឯកសារនោះមានពិតប្រាកដ ហើយអ្នកមានសិទ្ធិសរសេរចូលវា ឬជ្រើសរើសកន្លែងផ្សេង។</translation>
    </message>
    <message>
        <source>The PDF timing report needs Qt&apos;s graphics support, which this program did not start. Make the PDF from the Sala window.</source>
        <translation>របាយការណ៍ពេលវេលាជា PDF ត្រូវការមុខងារក្រាហ្វិករបស់ Qt ដែលកម្មវិធីនេះមិនបានបើក។ សូមបង្កើត PDF ពីផ្ទាំងកម្មវិធី Sala។</translation>
    </message>
    <message>
        <source>No file name was given for the PDF timing report.</source>
        <translation>មិនបានផ្ដល់ឈ្មោះឯកសារសម្រាប់របាយការណ៍ពេលវេលាជា PDF ទេ។</translation>
    </message>
    <message>
        <source>Planned versus actual: %1</source>
        <translation>តាមគ្រោង ធៀបនឹងជាក់ស្ដែង៖ %1</translation>
    </message>
</context>
<context>
    <name>sala::WorkshopDialog</name>
    <message>
        <source>None</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>ចំណងជើងសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>វេទិកា</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>ល្វែងម៉ោង</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>ល្វែងម៉ោងទីពីរ</translation>
    </message>
    <message>
        <source>Language of delivery</source>
        <translation>ភាសាបង្រៀន</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង (&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>អ្នករៀបចំ (&amp;O)៖</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>វេទិកា (&amp;P)៖</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>ល្វែងម៉ោង (&amp;Z)៖</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>ល្វែងម៉ោងទីពីរ (&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Language of delivery:</source>
        <translation>ភាសាបង្រៀន (&amp;L)៖</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ការពិពណ៌នា (&amp;D)៖</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>សូមដាក់ចំណងជើងឱ្យសិក្ខាសាលា។</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sala knows. Choose one from the list, such as Asia/Bangkok.</source>
        <translation>“%1” មិនមែនជាល្វែងម៉ោងដែល Sala ស្គាល់ទេ។ សូមជ្រើសរើសមួយពីបញ្ជី ដូចជា Asia/Bangkok។</translation>
    </message>
</context>
<context>
    <name>sala::XlsxReader</name>
    <message>
        <source>“%1” is damaged: its part “%2” is not valid XML (line %3: %4). Open it in Excel or LibreOffice and save it again.</source>
        <translation>“%1” ខូច៖ ផ្នែក “%2” របស់វាមិនមែនជា XML ត្រឹមត្រូវទេ (បន្ទាត់ %3៖ %4)។ សូមបើកវាក្នុង Excel ឬ LibreOffice ហើយរក្សាទុកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part “%2” has %3, outside Excel&apos;s rows and columns. Open it in Excel or LibreOffice and save it again.</source>
        <translation>“%1” ខូច៖ ផ្នែក “%2” របស់វាមាន %3 ដែលនៅក្រៅជួរដេក និងជួរឈររបស់ Excel។ សូមបើកវានៅក្នុង Excel ឬ LibreOffice ហើយរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>a row numbered “%1”</source>
        <translation>ជួរដេកលេខ “%1”</translation>
    </message>
    <message>
        <source>a cell “%1”</source>
        <translation>ក្រឡា “%1”</translation>
    </message>
    <message>
        <source>more than %1 cells in row %2</source>
        <translation>ក្រឡាច្រើនជាង %1 ក្នុងជួរដេក %2</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive but not an Excel workbook (.xlsx). If it came from Google Forms, unzip it and import the CSV file inside.</source>
        <translation>“%1” ជាឯកសារ ZIP ប៉ុន្តែមិនមែនជាសៀវភៅការងារ Excel (.xlsx) ទេ។ ប្រសិនបើវាមកពី Google Forms សូមពន្លាវា ហើយនាំចូលឯកសារ CSV ដែលនៅខាងក្នុង។</translation>
    </message>
    <message>
        <source>“%1” has no sheets.</source>
        <translation>“%1” គ្មានសន្លឹកទេ។</translation>
    </message>
    <message>
        <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>“%1” គ្មានសន្លឹកឈ្មោះ “%2” ទេ។ សន្លឹករបស់វាគឺ៖ %3។</translation>
    </message>
</context>
<context>
    <name>sala::ZipReader</name>
    <message>
        <source>“%1” is not a readable Excel workbook (%2). Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV UTF-8.</source>
        <translation>“%1” មិនមែនជាសៀវភៅការងារ Excel ដែលអាចអានបានទេ (%2)។ សូមបើកវាក្នុង Excel ឬ LibreOffice ហើយរក្សាទុកម្ដងទៀតជា .xlsx ឬរក្សាទុកជា CSV UTF-8។</translation>
    </message>
    <message>
        <source>it is not a ZIP archive</source>
        <translation>វាមិនមែនជាឯកសារ ZIP ទេ</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is missing; the file may be cut short</source>
        <translation>បាត់បញ្ជីមាតិការបស់ឯកសារ ZIP៖ ឯកសារប្រហែលជាត្រូវបានកាត់ខ្លី</translation>
    </message>
    <message>
        <source>it uses ZIP64, which Sala does not read</source>
        <translation>វាប្រើ ZIP64 ដែល Sala មិនអានទេ</translation>
    </message>
    <message>
        <source>the archive&apos;s directory points outside the file</source>
        <translation>បញ្ជីមាតិការបស់ឯកសារ ZIP ចង្អុលទៅក្រៅឯកសារ</translation>
    </message>
    <message>
        <source>entry %1 of the directory is broken</source>
        <translation>ធាតុ %1 នៃបញ្ជីមាតិកាខូច</translation>
    </message>
    <message>
        <source>the part “%1” is missing</source>
        <translation>បាត់ផ្នែក “%1”</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Remove the password in Excel (File ▸ Info ▸ Protect Workbook) and import it again.</source>
        <translation>“%1” ត្រូវបានការពារដោយពាក្យសម្ងាត់។ សូមដកពាក្យសម្ងាត់ចេញក្នុង Excel (File ▸ Info ▸ Protect Workbook) ហើយនាំចូលម្ដងទៀត។</translation>
    </message>
    <message>
        <source>the part “%1” is too large</source>
        <translation>ផ្នែក “%1” ធំពេក</translation>
    </message>
    <message>
        <source>the part “%1” is broken</source>
        <translation>ផ្នែក “%1” ខូច</translation>
    </message>
    <message>
        <source>the part “%1” is cut short</source>
        <translation>ផ្នែក “%1” ត្រូវបានកាត់ខ្លី</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>កម្មវិធីពន្លាមិនអាចចាប់ផ្ដើមបានទេ</translation>
    </message>
    <message>
        <source>the part “%1” does not decompress</source>
        <translation>មិនអាចពន្លាផ្នែក “%1” បានទេ</translation>
    </message>
    <message>
        <source>the part “%1” uses compression method %2</source>
        <translation>ផ្នែក “%1” ប្រើវិធីបង្ហាប់ %2</translation>
    </message>
    <message>
        <source>the part “%1” fails its checksum</source>
        <translation>ផ្នែក “%1” មិនឆ្លងការត្រួតពិនិត្យ checksum</translation>
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
        <translation>sala-cli: %1 (សូមមើល sala-cli --help)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>មិនអាចសរសេរ “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>--format must be text or json, not “%1”</source>
        <translation>--format ត្រូវតែជា text ឬ json មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>មូលដ្ឋានទិន្នន័យ៖ %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Sala writes %2)</source>
        <translation>កំណែ schema៖ %1 (Sala នេះសរសេរកំណែ %2)</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>ទំហំ៖ %1 បៃ</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>ចំនួនជួរដេកក្នុងតារាងនីមួយៗ៖</translation>
    </message>
    <message>
        <source>sala-cli: %1 is damaged: %2</source>
        <translation>sala-cli: %1 ខូច៖ %2</translation>
    </message>
    <message>
        <source>%1: healthy, schema version %2</source>
        <translation>%1៖ គ្មានបញ្ហា កំណែ schema %2</translation>
    </message>
    <message>
        <source> (Sala will upgrade it when it next opens it)</source>
        <translation> (Sala នឹងធ្វើបច្ចុប្បន្នភាពវា នៅពេលបើកវាលើកក្រោយ)</translation>
    </message>
    <message>
        <source>db backup needs exactly one output file</source>
        <translation>db backup ត្រូវការឯកសារលទ្ធផលមួយគត់</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database itself</source>
        <translation>ច្បាប់បម្រុងទុកមិនអាចសរសេរជាន់លើមូលដ្ឋានទិន្នន័យខ្លួនឯងបានទេ</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>បានរក្សាទុកច្បាប់បម្រុងទុកទៅ %1</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo មិនទទួលអាគុយម៉ង់ទេ</translation>
    </message>
    <message>
        <source>The demo workshop is already in %1 (workshop %2); nothing was added.</source>
        <translation>សិក្ខាសាលាសាកល្បងមាននៅក្នុង %1 រួចហើយ (សិក្ខាសាលា %2)៖ គ្មានអ្វីត្រូវបានបន្ថែមទេ។</translation>
    </message>
    <message>
        <source>Added the demo workshop (workshop %1) and its roster to %2.</source>
        <translation>បានបន្ថែមសិក្ខាសាលាសាកល្បង (សិក្ខាសាលា %1) និងបញ្ជីអ្នកចូលរួមរបស់វាទៅ %2។</translation>
    </message>
    <message>
        <source>Sala&apos;s command-line tool: inspect, check and back up the library database, and exchange plan files.</source>
        <translation>ឧបករណ៍បន្ទាត់បញ្ជារបស់ Sala៖ មើល ពិនិត្យ និងបម្រុងទុកមូលដ្ឋានទិន្នន័យ ព្រមទាំងប្ដូរឯកសារផែនការ។</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>ប្រើមូលដ្ឋានទិន្នន័យនៅ &lt;path&gt; ជំនួសឱ្យមូលដ្ឋានទិន្នន័យលំនាំដើម។</translation>
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
        <translation>លេខសិក្ខាសាលាសម្រាប់ plan import និង plan export។</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Session number for plan export, plan sheet, run status and report timing.</source>
        <translation>លេខវគ្គសម្រាប់ plan export, plan sheet, run status និង report timing។</translation>
    </message>
    <message>
        <source>Output file of plan export, plan sheet and report timing.</source>
        <translation>ឯកសារលទ្ធផលនៃ plan export, plan sheet និង report timing។</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Let plan export, plan sheet and report timing replace an existing file.</source>
        <translation>អនុញ្ញាតឱ្យ plan export, plan sheet និង report timing ជំនួសឯកសារដែលមានស្រាប់។</translation>
    </message>
    <message>
        <source>Log debugging detail to standard error.</source>
        <translation>កត់ត្រាព័ត៌មានលម្អិតសម្រាប់ដោះស្រាយបញ្ហា (debug) ទៅ standard error។</translation>
    </message>
    <message>
        <source>Column mapping for roster import: a saved name or a source (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet).</source>
        <translation>ការផ្គូផ្គងជួរឈរសម្រាប់ roster import៖ ឈ្មោះដែលបានរក្សាទុក ឬប្រភពមួយ (google-forms, microsoft-forms, eventbrite, kobotoolbox, spreadsheet)។</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Sheet of an .xlsx file for roster import (the first by default).</source>
        <translation>សន្លឹកនៃឯកសារ .xlsx សម្រាប់ roster import (សន្លឹកទីមួយតាមលំនាំដើម)។</translation>
    </message>
    <message>
        <source>Let roster import check and report without changing anything.</source>
        <translation>ឱ្យ roster import ពិនិត្យ និងរាយការណ៍ ដោយមិនផ្លាស់ប្ដូរអ្វីទាំងអស់។</translation>
    </message>
    <message>
        <source>Let roster import leave out rows with problems.</source>
        <translation>ឱ្យ roster import រំលងជួរដេកដែលមានបញ្ហា។</translation>
    </message>
    <message>
        <source>What roster import does with duplicates: merge, new or skip (by default merge, or new for one address shared by different names).</source>
        <translation>អ្វីដែល roster import ធ្វើជាមួយទិន្នន័យស្ទួន៖ merge, new ឬ skip (លំនាំដើម merge ឬ new សម្រាប់អាសយដ្ឋានតែមួយដែលប្រើដោយឈ្មោះខុសៗគ្នា)។</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Number of rounds for groups make.</source>
        <translation>ចំនួនជុំសម្រាប់ groups make។</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Seed for groups make: the same seed gives the same groups.</source>
        <translation>seed សម្រាប់ groups make៖ seed ដូចគ្នាផ្ដល់ក្រុមដូចគ្នា។</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Most seconds groups make may search (5 by default).</source>
        <translation>ចំនួនវិនាទីច្រើនបំផុតដែល groups make អាចស្វែងរក (5 តាមលំនាំដើម)។</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Number of people for the quick form of groups make.</source>
        <translation>ចំនួនមនុស្សសម្រាប់ទម្រង់រហ័សនៃ groups make។</translation>
    </message>
    <message>
        <source>Group size for the quick form of groups make.</source>
        <translation>ទំហំក្រុមសម្រាប់ទម្រង់រហ័សនៃ groups make។</translation>
    </message>
    <message>
        <source>Round (from 1) for groups make --format zoom-csv or text.</source>
        <translation>ជុំ (រាប់ពី 1) សម្រាប់ groups make --format zoom-csv ឬ text។</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>ពាក្យបញ្ជាមួយក្នុងចំណោមពាក្យបញ្ជាខាងក្រោម។</translation>
    </message>
    <message>
        <source>sala-cli: no command given (see sala-cli --help)</source>
        <translation>sala-cli: មិនបានផ្ដល់ពាក្យបញ្ជាទេ (សូមមើល sala-cli --help)</translation>
    </message>
    <message>
        <source>sala-cli: db needs a subcommand: info, check or backup (see sala-cli --help)</source>
        <translation>sala-cli: db ត្រូវការពាក្យបញ្ជារង៖ info, check ឬ backup (សូមមើល sala-cli --help)</translation>
    </message>
    <message>
        <source>unknown db subcommand “%1”</source>
        <translation>ពាក្យបញ្ជារង db “%1” មិនស្គាល់</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>ពាក្យបញ្ជា “%1” មិនស្គាល់</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 ត្រូវការចំនួនគត់ពី %2 ដល់ %3 មិនមែន “%4” ទេ</translation>
    </message>
    <message>
        <source>--format for groups must be json, csv, zoom-csv or text, not “%1”</source>
        <translation>--format សម្រាប់ groups ត្រូវតែជា json, csv, zoom-csv ឬ text មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>give either a problem file or --people and --size, not both</source>
        <translation>សូមផ្ដល់ឯកសារបញ្ហា ឬ --people និង --size មិនមែនទាំងពីរទេ</translation>
    </message>
    <message>
        <source>the quick form needs --people N --size P --rounds W</source>
        <translation>ទម្រង់រហ័សត្រូវការ --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 នាក់</translation>
    </message>
    <message>
        <source>groups make needs one problem file, or --people N --size P --rounds W</source>
        <translation>groups make ត្រូវការឯកសារបញ្ហាមួយ ឬ --people N --size P --rounds W</translation>
    </message>
    <message>
        <source>There is no file “%1”; check the name and the folder.</source>
        <translation>គ្មានឯកសារ “%1” ទេ៖ សូមពិនិត្យឈ្មោះ និងថតឯកសារ។</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>មិនអាចអាន “%1” បានទេ៖ %2</translation>
    </message>
    <message>
        <source>--time-limit needs seconds above 0 and at most 3600, such as 2 or 0.5, not “%1”</source>
        <translation>--time-limit ត្រូវការចំនួនវិនាទីធំជាង 0 និងមិនលើស 3600 ដូចជា 2 ឬ 0.5 មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>sala-cli: note: %1</source>
        <translation>sala-cli: ចំណាំ៖ %1</translation>
    </message>
    <message>
        <source>sala-cli: note: Zoom keeps one set of pre-assigned rooms per meeting; this is round 1 of %1 (--round N for another)</source>
        <translation>sala-cli: ចំណាំ៖ Zoom រក្សាទុកការកំណត់បន្ទប់ជាមុនតែមួយឈុតក្នុងមួយកិច្ចប្រជុំ៖ នេះជាជុំទី 1 នៃ %1 (--round N សម្រាប់ជុំផ្សេង)</translation>
    </message>
    <message>
        <source>sala-cli: warning: %1</source>
        <translation>sala-cli: ការព្រមាន៖ %1</translation>
    </message>
    <message>
        <source>“%1” exists; add --force to replace it</source>
        <translation>“%1” មានរួចហើយ៖ បន្ថែម --force ដើម្បីជំនួសវា</translation>
    </message>
    <message>
        <source>sala-cli: %1 rounds written to %2 (%3 repeated pairs, lower bound %4)</source>
        <translation>sala-cli: បានសរសេរ %1 ជុំទៅ %2 (គូដែលជួបគ្នាម្ដងទៀត %3 ដែនទាបបំផុត %4)</translation>
    </message>
    <message>
        <source>groups needs a subcommand: make</source>
        <translation>groups ត្រូវការពាក្យបញ្ជារង៖ make</translation>
    </message>
    <message>
        <source>unknown groups subcommand “%1”</source>
        <translation>ពាក្យបញ្ជារង groups “%1” មិនស្គាល់</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 វគ្គ</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 វគ្គ</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 សកម្មភាព</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 សកម្មភាព</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”; sala-cli plan list shows the numbers</source>
        <translation>--%1 ត្រូវការលេខ ដូចជា 3 មិនមែន “%2” ទេ៖ sala-cli plan list បង្ហាញលេខទាំងនោះ</translation>
    </message>
    <message>
        <source>There is no session with number %1; sala-cli plan list shows the numbers.</source>
        <translation>គ្មានវគ្គលេខ %1 ទេ៖ sala-cli plan list បង្ហាញលេខទាំងនោះ។</translation>
    </message>
    <message>
        <source>There is no session with number %1.</source>
        <translation>គ្មានវគ្គលេខ %1 ទេ។</translation>
    </message>
    <message>
        <source>plan validate needs exactly one plan file</source>
        <translation>plan validate ត្រូវការឯកសារផែនការមួយគត់</translation>
    </message>
    <message>
        <source>%1: a valid plan (session “%2”, %3)</source>
        <translation>%1៖ ផែនការត្រឹមត្រូវ (វគ្គ “%2”, %3)</translation>
    </message>
    <message>
        <source>%1: a valid plan (workshop “%2”, %3, %4)</source>
        <translation>%1៖ ផែនការត្រឹមត្រូវ (សិក្ខាសាលា “%2”, %3, %4)</translation>
    </message>
    <message>
        <source>plan import needs exactly one plan file</source>
        <translation>plan import ត្រូវការឯកសារផែនការមួយគត់</translation>
    </message>
    <message>
        <source>sala-cli: nothing was imported from %1</source>
        <translation>sala-cli: គ្មានអ្វីត្រូវបាននាំចូលពី %1 ទេ</translation>
    </message>
    <message>
        <source>%1 holds one session; add --workshop ID to say which workshop it joins</source>
        <translation>%1 មានវគ្គតែមួយ៖ បន្ថែម --workshop ID ដើម្បីបញ្ជាក់ថាវាចូលទៅសិក្ខាសាលាណា</translation>
    </message>
    <message>
        <source>%1 holds a whole workshop, which becomes a new workshop; leave out --workshop</source>
        <translation>%1 មានសិក្ខាសាលាទាំងមូល ដែលនឹងក្លាយជាសិក្ខាសាលាថ្មី៖ សូមកុំប្រើ --workshop</translation>
    </message>
    <message>
        <source>Added session %1 “%2” (%3) to workshop %4 in %5.</source>
        <translation>បានបន្ថែមវគ្គ %1 “%2” (%3) ទៅសិក្ខាសាលា %4 ក្នុង %5។</translation>
    </message>
    <message>
        <source>Imported workshop %1 “%2” (%3, %4) into %5.</source>
        <translation>បាននាំចូលសិក្ខាសាលា %1 “%2” (%3, %4) ទៅក្នុង %5។</translation>
    </message>
    <message>
        <source>  session %1 “%2”</source>
        <translation>  វគ្គ %1 “%2”</translation>
    </message>
    <message>
        <source>plan export takes no file name of its own; give the output with --out FILE</source>
        <translation>plan export មិនទទួលឈ្មោះឯកសារដោយផ្ទាល់ទេ៖ សូមផ្ដល់លទ្ធផលជាមួយ --out FILE</translation>
    </message>
    <message>
        <source>plan export needs either --workshop ID or --session ID</source>
        <translation>plan export ត្រូវការ --workshop ID ឬ --session ID</translation>
    </message>
    <message>
        <source>plan export needs --out FILE</source>
        <translation>plan export ត្រូវការ --out FILE</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name after --out.</source>
        <translation>“%1” ជាថតឯកសារ៖ សូមផ្ដល់ឈ្មោះឯកសារបន្ទាប់ពី --out។</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another file name.</source>
        <translation>“%1” មានរួចហើយ៖ បន្ថែម --force ដើម្បីជំនួសវា ឬជ្រើសរើសឈ្មោះឯកសារផ្សេង។</translation>
    </message>
    <message>
        <source>session %1 “%2” (%3)</source>
        <translation>វគ្គ %1 “%2” (%3)</translation>
    </message>
    <message>
        <source>workshop %1 “%2” (%3, %4)</source>
        <translation>សិក្ខាសាលា %1 “%2” (%3, %4)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>បាននាំចេញ %1 ទៅ %2។</translation>
    </message>
    <message>
        <source>plan sheet takes no file name of its own; give the output with --out FILE</source>
        <translation>plan sheet មិនទទួលឈ្មោះឯកសារដោយផ្ទាល់ទេ៖ សូមផ្ដល់លទ្ធផលជាមួយ --out FILE</translation>
    </message>
    <message>
        <source>plan sheet needs --session ID</source>
        <translation>plan sheet ត្រូវការ --session ID</translation>
    </message>
    <message>
        <source>--format for plan sheet must be pdf, html or md, not “%1”</source>
        <translation>--format សម្រាប់ plan sheet ត្រូវតែជា pdf, html ឬ md មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>plan sheet needs --out FILE</source>
        <translation>plan sheet ត្រូវការ --out FILE</translation>
    </message>
    <message>
        <source>Run sheet for “%1” written to %2.</source>
        <translation>បានរក្សាទុកតារាងដំណើរការវគ្គសម្រាប់ “%1” ទៅ %2។</translation>
    </message>
    <message>
        <source>plan list takes no arguments</source>
        <translation>plan list មិនទទួលអាគុយម៉ង់ទេ</translation>
    </message>
    <message>
        <source>There are no workshops in %1.</source>
        <translation>គ្មានសិក្ខាសាលានៅក្នុង %1 ទេ។</translation>
    </message>
    <message>
        <source>Workshop %1: %2 (%3)</source>
        <translation>សិក្ខាសាលា %1៖ %2 (%3)</translation>
    </message>
    <message>
        <source>  session %1: %2 %3, %4, %5 minutes planned: %6</source>
        <translation>  វគ្គ %1៖ %2 %3, %4, គ្រោង %5 នាទី៖ %6</translation>
    </message>
    <message>
        <source>plan needs a subcommand: validate, import, export, sheet or list</source>
        <translation>plan ត្រូវការពាក្យបញ្ជារង៖ validate, import, export, sheet ឬ list</translation>
    </message>
    <message>
        <source>unknown plan subcommand “%1”</source>
        <translation>ពាក្យបញ្ជារង plan “%1” មិនស្គាល់</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>ត្រូវការ --%1</translation>
    </message>
    <message>
        <source>--%1 needs a number such as 3, not “%2”</source>
        <translation>--%1 ត្រូវការលេខ ដូចជា 3 មិនមែន “%2” ទេ</translation>
    </message>
    <message>
        <source>“%1” was written by an older Sala and has no roster details yet. Open it once in Sala, or run the command without --dry-run, to upgrade it.</source>
        <translation>“%1” ត្រូវបានសរសេរដោយ Sala កំណែចាស់ ហើយមិនទាន់មានព័ត៌មានបញ្ជីអ្នកចូលរួមនៅឡើយទេ។ សូមបើកវាម្ដងក្នុង Sala ឬដំណើរការពាក្យបញ្ជាដោយគ្មាន --dry-run ដើម្បីធ្វើបច្ចុប្បន្នភាពវា។</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>បញ្ចូលគ្នា</translation>
    </message>
    <message>
        <source>add as a separate person</source>
        <translation>បន្ថែមជាបុគ្គលដាច់ដោយឡែក</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>រំលង</translation>
    </message>
    <message>
        <source>there is no mapping named “%1”; use one of: %2</source>
        <translation>គ្មានការផ្គូផ្គងឈ្មោះ “%1” ទេ៖ សូមប្រើមួយក្នុងចំណោម៖ %2</translation>
    </message>
    <message>
        <source>roster import needs exactly one registration file</source>
        <translation>roster import ត្រូវការឯកសារចុះឈ្មោះមួយគត់</translation>
    </message>
    <message>
        <source>; sala-cli plan list shows the workshop numbers</source>
        <translation>; sala-cli plan list បង្ហាញលេខសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>--duplicates must be merge, new or skip, not “%1”</source>
        <translation>--duplicates ត្រូវតែជា merge, new ឬ skip មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>There is no workshop with number %1; sala-cli plan list shows the numbers.</source>
        <translation>គ្មានសិក្ខាសាលាលេខ %1 ទេ៖ sala-cli plan list បង្ហាញលេខទាំងនោះ។</translation>
    </message>
    <message>
        <source>%1: %2, %3 layout, header on line %4, %5.</source>
        <translation>%1៖ %2, ទម្រង់ %3, ក្បាលជួរឈរនៅបន្ទាត់ %4, %5។</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ជួរដេក</numerusform>
            <numerusform>%n ជួរដេក</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>ជួរឈរ៖</translation>
    </message>
    <message>
        <source>  %1 “%2” → %3</source>
        <translation>  %1 “%2” → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>participant %1 “%2”</source>
        <translation>អ្នកចូលរួម %1 “%2”</translation>
    </message>
    <message>
        <source>line %1 “%2”</source>
        <translation>បន្ទាត់ %1 “%2”</translation>
    </message>
    <message>
        <source>Duplicate: line %1 “%2” matches %3 (%4) → %5</source>
        <translation>ស្ទួន៖ បន្ទាត់ %1 “%2” ត្រូវគ្នានឹង %3 (%4) → %5</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n row(s) of %1 have problems, so nothing was imported. Fix them in the file, or add --skip-invalid to import the other rows.</source>
        <translation>
            <numerusform>sala-cli: %n ជួរដេកនៃ %1 មានបញ្ហា ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែវាក្នុងឯកសារ ឬបន្ថែម --skip-invalid ដើម្បីនាំចូលជួរដេកផ្សេងទៀត។</numerusform>
            <numerusform>sala-cli: %n ជួរដេកនៃ %1 មានបញ្ហា ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែវាក្នុងឯកសារ ឬបន្ថែម --skip-invalid ដើម្បីនាំចូលជួរដេកផ្សេងទៀត។</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would be added, %2 merged into existing records, %3 skipped; nothing was changed.</source>
        <translation>សាកល្បង (dry run)៖ នឹងបន្ថែម %1 បញ្ចូលទៅក្នុងកំណត់ត្រាដែលមានស្រាប់ %2 រំលង %3៖ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>sala-cli: the import worked, but the column mapping could not be remembered: %1</source>
        <translation>sala-cli: ការនាំចូលបានសម្រេច ប៉ុន្តែមិនអាចចងចាំការផ្គូផ្គងជួរឈរបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Imported into workshop %1 “%2”: %3 added, %4 merged into existing records, %5 duplicate(s) skipped, %6 row(s) with problems skipped.</source>
        <translation>បាននាំចូលទៅសិក្ខាសាលា %1 “%2”៖ បន្ថែម %3 បញ្ចូលទៅក្នុងកំណត់ត្រាដែលមានស្រាប់ %4 រំលងទិន្នន័យស្ទួន %5 រំលងជួរដេកដែលមានបញ្ហា %6។</translation>
    </message>
    <message>
        <source>roster export takes no file name; give it with --out</source>
        <translation>roster export មិនទទួលឈ្មោះឯកសារទេ៖ សូមផ្ដល់វាជាមួយ --out</translation>
    </message>
    <message>
        <source>roster export needs --format csv or --format json</source>
        <translation>roster export ត្រូវការ --format csv ឬ --format json</translation>
    </message>
    <message>
        <source>roster export needs --out FILE</source>
        <translation>roster export ត្រូវការ --out FILE</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it, or choose another name.</source>
        <translation>“%1” មានរួចហើយ៖ បន្ថែម --force ដើម្បីជំនួសវា ឬជ្រើសរើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <source>Wrote %1 to %2; the export is recorded in the personal data log.</source>
        <translation>បានសរសេរ %1 ទៅ %2៖ ការនាំចេញនេះត្រូវបានកត់ត្រាក្នុងកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន។</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
            <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have not given consent; they are marked “NO CONSENT” in the file.</source>
        <translation>
            <numerusform>ក្នុងចំណោមនោះ %n នាក់មិនបានយល់ព្រមទេ៖ ពួកគេត្រូវបានសម្គាល់ថា “NO CONSENT” ក្នុងឯកសារ។</numerusform>
            <numerusform>ក្នុងចំណោមនោះ %n នាក់មិនបានយល់ព្រមទេ៖ ពួកគេត្រូវបានសម្គាល់ថា “NO CONSENT” ក្នុងឯកសារ។</numerusform>
        </translation>
    </message>
    <message>
        <source>roster erase takes only --participant ID</source>
        <translation>roster erase ទទួលតែ --participant ID ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>The personal data of participant %1 was already erased on %2.</source>
        <translation>ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %1 ត្រូវបានលុបចោលរួចហើយនៅថ្ងៃ %2។</translation>
    </message>
    <message>
        <source>Erased the personal data of participant %1 from %2. Counts by sex, country, organization type and attendance are kept without the person.</source>
        <translation>បានលុបចោលទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកចូលរួម %1 ពី %2។ ចំនួនតាមភេទ ប្រទេស ប្រភេទស្ថាប័ន និងវត្តមាន នៅរក្សាទុកដោយគ្មានព័ត៌មានបុគ្គល។</translation>
    </message>
    <message>
        <source>Backups made before now still hold the data; delete them if they are no longer needed: %1</source>
        <translation>ច្បាប់បម្រុងទុកដែលបានធ្វើមុនពេលនេះ នៅតែមានទិន្នន័យនេះ៖ សូមលុបវាចោល ប្រសិនបើលែងត្រូវការ៖ %1</translation>
    </message>
    <message>
        <source>roster show takes only --participant ID</source>
        <translation>roster show ទទួលតែ --participant ID ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>--format must be json or text, not “%1”</source>
        <translation>--format ត្រូវតែជា json ឬ text មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>Participant %1: personal data erased on %2. Kept: %3, %4, %5, age %6.</source>
        <translation>អ្នកចូលរួម %1៖ ទិន្នន័យផ្ទាល់ខ្លួនត្រូវបានលុបចោលនៅថ្ងៃ %2។ រក្សាទុក៖ %3, %4, %5, អាយុ %6។</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>អ្នកចូលរួម៖</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>ឈ្មោះដែលចូលចិត្តឱ្យហៅ៖</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>ឈ្មោះផ្សេង៖</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>អ៊ីមែល៖</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>ទូរស័ព្ទ៖</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>ស្ថាប័ន៖</translation>
    </message>
    <message>
        <source>Organization type:</source>
        <translation>ប្រភេទស្ថាប័ន៖</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ប្រទេស៖</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>ភេទ៖</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>ក្រុមអាយុ៖</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>ចំនួនបុគ្គលិក៖</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>វិស័យ៖</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <translation>ការបកប្រែផ្ទាល់មាត់៖</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>ត្រូវការ</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>កំណត់ចំណាំ៖</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>ការយល់ព្រម៖</translation>
    </message>
    <message>
        <source>given %1, notice %2, for %3</source>
        <translation>បានយល់ព្រម %1 សេចក្ដីជូនដំណឹង %2 សម្រាប់ %3</translation>
    </message>
    <message>
        <source>(time not recorded)</source>
        <translation>(មិនបានកត់ត្រាពេលវេលា)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(មិនបានកត់ត្រា)</translation>
    </message>
    <message>
        <source>NOT GIVEN</source>
        <translation>មិនបានយល់ព្រម</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ប្រភព៖</translation>
    </message>
    <message>
        <source>roster needs a subcommand: import, export, erase or show</source>
        <translation>roster ត្រូវការពាក្យបញ្ជារង៖ import, export, erase ឬ show</translation>
    </message>
    <message>
        <source>unknown roster subcommand “%1”</source>
        <translation>ពាក្យបញ្ជារង roster “%1” មិនស្គាល់</translation>
    </message>
    <message>
        <source>--session needs a number such as 3, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>--session ត្រូវការលេខ ដូចជា 3 មិនមែន “%1” ទេ៖ sala-cli plan list បង្ហាញលេខទាំងនោះ</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>មិនទាន់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>running</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>បានផ្អាក</translation>
    </message>
    <message>
        <source>in overtime</source>
        <translation>ហួសម៉ោង</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>run status takes no arguments</source>
        <translation>run status មិនទទួលអាគុយម៉ង់ទេ</translation>
    </message>
    <message>
        <source>--format for run status must be text or json, not “%1”</source>
        <translation>--format សម្រាប់ run status ត្រូវតែជា text ឬ json មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>No session has been run in %1 yet; name one with --session ID (sala-cli plan list shows the numbers).</source>
        <translation>មិនទាន់មានវគ្គណាមួយត្រូវបានដំណើរការក្នុង %1 នៅឡើយទេ៖ សូមបញ្ជាក់វគ្គមួយដោយប្រើ --session ID (sala-cli plan list បង្ហាញលេខទាំងនោះ)។</translation>
    </message>
    <message>
        <source>Session %1 “%2”: %3</source>
        <translation>វគ្គ %1 “%2”៖ %3</translation>
    </message>
    <message>
        <source>Activity %1 of %2: %3, %4 %5</source>
        <translation>សកម្មភាពទី %1 នៃ %2៖ %3, %5 %4</translation>
    </message>
    <message>
        <source>left</source>
        <translation>នៅសល់</translation>
    </message>
    <message>
        <source>over</source>
        <translation>លើស</translation>
    </message>
    <message>
        <source>Finished at %1 %2, %3.</source>
        <translation>បានបញ្ចប់នៅម៉ោង %1 %2, %3។</translation>
    </message>
    <message>
        <source>Projected end %1 %2 (planned %3), %4.</source>
        <translation>ម៉ោងបញ្ចប់ប៉ាន់ស្មាន %1 %2 (តាមគ្រោង %3), %4។</translation>
    </message>
    <message>
        <source>report timing takes no file name of its own; give the output with --out FILE</source>
        <translation>report timing មិនទទួលឈ្មោះឯកសារដោយផ្ទាល់ទេ៖ សូមផ្ដល់លទ្ធផលជាមួយ --out FILE</translation>
    </message>
    <message>
        <source>report timing needs --session ID</source>
        <translation>report timing ត្រូវការ --session ID</translation>
    </message>
    <message>
        <source>report timing needs --out FILE</source>
        <translation>report timing ត្រូវការ --out FILE</translation>
    </message>
    <message>
        <source>--format for report timing must be csv or pdf, not “%1”</source>
        <translation>--format សម្រាប់ report timing ត្រូវតែជា csv ឬ pdf មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>Timing report for “%1” written to %2.</source>
        <translation>បានរក្សាទុករបាយការណ៍ពេលវេលាសម្រាប់ “%1” ទៅ %2។</translation>
    </message>
    <message>
        <source>run needs a subcommand: status</source>
        <translation>run ត្រូវការពាក្យបញ្ជារង៖ status</translation>
    </message>
    <message>
        <source>unknown run subcommand “%1”</source>
        <translation>ពាក្យបញ្ជារង run “%1” មិនស្គាល់</translation>
    </message>
    <message>
        <source>report needs a subcommand: timing</source>
        <translation>report ត្រូវការពាក្យបញ្ជារង៖ timing</translation>
    </message>
    <message>
        <source>unknown report subcommand “%1”</source>
        <translation>ពាក្យបញ្ជារង report “%1” មិនស្គាល់</translation>
    </message>
    <message>
        <source>--format for attendance must be json or csv, not “%1”</source>
        <translation>--format សម្រាប់ attendance ត្រូវតែជា json ឬ csv មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>--date-order must be dmy (day first) or mdy (month first), not “%1”</source>
        <translation>--date-order ត្រូវតែជា dmy (ថ្ងៃមុនខែ) ឬ mdy (ខែមុនថ្ងៃ) មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>--date needs a date such as 2024-03-05, not “%1”</source>
        <translation>--date ត្រូវការកាលបរិច្ឆេទ ដូចជា 2024-03-05 មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>attendance summarize needs at least one export file</source>
        <translation>attendance summarize ត្រូវការឯកសារនាំចេញយ៉ាងហោចណាស់មួយ</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy, or --date with the session&apos;s date.</source>
        <translation>សូមបន្ថែម --date-order dmy ឬ --date-order mdy ឬ --date ជាមួយកាលបរិច្ឆេទនៃវគ្គ។</translation>
    </message>
    <message>
        <source>Add --date YYYY-MM-DD.</source>
        <translation>សូមបន្ថែម --date YYYY-MM-DD។</translation>
    </message>
    <message numerus="yes">
        <source>sala-cli: %n people written to %1</source>
        <translation>
            <numerusform>sala-cli: បានសរសេរមនុស្ស %n នាក់ទៅ %1</numerusform>
            <numerusform>sala-cli: បានសរសេរមនុស្ស %n នាក់ទៅ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance needs a subcommand: summarize</source>
        <translation>attendance ត្រូវការពាក្យបញ្ជារង៖ summarize</translation>
    </message>
    <message>
        <source>unknown attendance subcommand “%1”</source>
        <translation>ពាក្យបញ្ជារង attendance “%1” មិនស្គាល់</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 នាទី</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>attendance import needs --session ID; sala-cli plan list shows the numbers</source>
        <translation>attendance import ត្រូវការ --session ID៖ sala-cli plan list បង្ហាញលេខទាំងនោះ</translation>
    </message>
    <message>
        <source>attendance import needs at least one export file</source>
        <translation>attendance import ត្រូវការឯកសារនាំចេញយ៉ាងហោចណាស់មួយ</translation>
    </message>
    <message>
        <source>Add --date-order dmy or --date-order mdy.</source>
        <translation>សូមបន្ថែម --date-order dmy ឬ --date-order mdy។</translation>
    </message>
    <message>
        <source>Add --replace to import it again in its place.</source>
        <translation>សូមបន្ថែម --replace ដើម្បីនាំចូលវាម្ដងទៀត ជំនួសការនាំចូលមុន។</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) into session %1, with times read as %2:</source>
        <translation>
            <numerusform>បាននាំចូលឯកសារ %n ទៅក្នុងវគ្គ %1 ដោយអានម៉ោងជា %2៖</numerusform>
            <numerusform>បាននាំចូលឯកសារ %n ទៅក្នុងវគ្គ %1 ដោយអានម៉ោងជា %2៖</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 (%3), %4 rows, %5 people</source>
        <translation>  %1៖ %2 (%3), %4 ជួរដេក, %5 នាក់</translation>
    </message>
    <message>
        <source>  (replaces the earlier import of %1)</source>
        <translation>  (ជំនួសការនាំចូលមុននៃ %1)</translation>
    </message>
    <message>
        <source>Matched to the roster (%1):</source>
        <translation>បានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម (%1)៖</translation>
    </message>
    <message>
        <source>  %1 → %2, %3 (%4)</source>
        <translation>  %1 → %2, %3 (%4)</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2)</source>
        <translation>បានស្នើ៖ %1 (អ្នកចូលរួម %2)</translation>
    </message>
    <message>
        <source>not on the roster</source>
        <translation>មិនមាននៅក្នុងបញ្ជីអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1៖ %2 (%3)</translation>
    </message>
    <message>
        <source>Output format: text or json (db info, plan list, run status); pdf, html or md (plan sheet); csv or pdf (report timing); json, csv, zoom-csv or text (groups make, json by default); json or csv (attendance summarize, json by default).</source>
        <translation>ទម្រង់លទ្ធផល៖ text ឬ json (db info, plan list, run status); pdf, html ឬ md (plan sheet); csv ឬ pdf (report timing); json, csv, zoom-csv ឬ text (groups make, json តាមលំនាំដើម); json ឬ csv (attendance summarize, json តាមលំនាំដើម)។</translation>
    </message>
    <message>
        <source>Order of numeric dates for attendance summarize: dmy (day first) or mdy (month first), when the file cannot tell.</source>
        <translation>លំដាប់នៃកាលបរិច្ឆេទជាលេខសម្រាប់ attendance summarize៖ dmy (ថ្ងៃមុនខែ) ឬ mdy (ខែមុនថ្ងៃ) នៅពេលឯកសារមិនអាចបញ្ជាក់បាន។</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Session date (YYYY-MM-DD) for attendance summarize: the date of Meet&apos;s times of day, and a hint for the order of numeric dates.</source>
        <translation>កាលបរិច្ឆេទនៃវគ្គ (YYYY-MM-DD) សម្រាប់ attendance summarize៖ កាលបរិច្ឆេទនៃម៉ោងក្នុងឯកសារ Meet និងជាព័ត៌មានជំនួយសម្រាប់លំដាប់នៃកាលបរិច្ឆេទជាលេខ។</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Time zone (IANA name such as Asia/Bangkok) of the exports&apos; times for attendance import; the workshop&apos;s by default.</source>
        <translation>ល្វែងម៉ោង (ឈ្មោះ IANA ដូចជា Asia/Bangkok) នៃម៉ោងក្នុងឯកសារនាំចេញ សម្រាប់ attendance import៖ ល្វែងម៉ោងនៃសិក្ខាសាលាតាមលំនាំដើម។</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Let attendance import replace an earlier import of the same file.</source>
        <translation>អនុញ្ញាតឱ្យ attendance import ជំនួសការនាំចូលមុននៃឯកសារដដែល។</translation>
    </message>
    <message>
        <source>Completion threshold for report attendance and report certificates: percent of the workshop&apos;s scheduled time (80 by default).</source>
        <translation>កម្រិតកំណត់នៃការបញ្ចប់សម្រាប់ report attendance និង report certificates៖ ភាគរយនៃពេលវេលាតាមកាលវិភាគរបស់សិក្ខាសាលា (80 តាមលំនាំដើម)។</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>Participation threshold for report attendance and report certificates (50 by default).</source>
        <translation>កម្រិតកំណត់នៃការចូលរួមសម្រាប់ report attendance និង report certificates (50 តាមលំនាំដើម)។</translation>
    </message>
    <message>
        <source>Let report certificates write years of the Buddhist Era (2026 is 2569).</source>
        <translation>អនុញ្ញាតឱ្យ report certificates សរសេរឆ្នាំជាពុទ្ធសករាជ (2026 គឺ 2569)។</translation>
    </message>
    <message>
        <source>--%1 needs a whole percentage such as 80, not “%2”</source>
        <translation>--%1 ត្រូវការភាគរយជាចំនួនគត់ ដូចជា 80 មិនមែន “%2” ទេ</translation>
    </message>
    <message>
        <source>%1 needs --workshop ID (sala-cli plan list shows the numbers)</source>
        <translation>%1 ត្រូវការ --workshop ID (sala-cli plan list បង្ហាញលេខទាំងនោះ)</translation>
    </message>
    <message>
        <source>--workshop needs a number such as 1, not “%1”; sala-cli plan list shows the numbers</source>
        <translation>--workshop ត្រូវការលេខ ដូចជា 1 មិនមែន “%1” ទេ៖ sala-cli plan list បង្ហាញលេខទាំងនោះ</translation>
    </message>
    <message>
        <source>%1 needs --out FILE</source>
        <translation>%1 ត្រូវការ --out FILE</translation>
    </message>
    <message>
        <source>--format for %1 must be %2, not “%3” (or give the file a .%4 name)</source>
        <translation>--format សម្រាប់ %1 ត្រូវតែជា %2 មិនមែន “%3” ទេ (ឬដាក់ឈ្មោះឯកសារឱ្យមានកន្ទុយ .%4)</translation>
    </message>
    <message>
        <source>Workshop %1 has no attendance yet. Import each session&apos;s Zoom, Teams or Meet export with sala-cli attendance import --session ID FILE, or in Sala&apos;s Reports mode.</source>
        <translation>សិក្ខាសាលា %1 មិនទាន់មានវត្តមាននៅឡើយទេ។ សូមនាំចូលឯកសារនាំចេញពី Zoom, Teams ឬ Meet នៃវគ្គនីមួយៗ ដោយប្រើ sala-cli attendance import --session ID FILE ឬក្នុងផ្ទាំងរបាយការណ៍របស់ Sala។</translation>
    </message>
    <message>
        <source>sala-cli: note: %1 of %2 sessions have no attendance yet; their time counts as missed.</source>
        <translation>sala-cli: ចំណាំ៖ %1 ក្នុងចំណោម %2 វគ្គ មិនទាន់មានវត្តមាននៅឡើយទេ៖ ពេលវេលានៃវគ្គទាំងនោះត្រូវបានរាប់ថាអវត្តមាន។</translation>
    </message>
    <message>
        <source>report attendance takes no file name of its own; give the output with --out FILE</source>
        <translation>report attendance មិនទទួលឈ្មោះឯកសារដោយផ្ទាល់ទេ៖ សូមផ្ដល់លទ្ធផលជាមួយ --out FILE</translation>
    </message>
    <message>
        <source>Attendance report of “%1” written to %2: %3 enrolled, %4 attended, %5 completed, %6 participated.</source>
        <translation>បានរក្សាទុករបាយការណ៍វត្តមាននៃ “%1” ទៅ %2៖ ចុះឈ្មោះ %3, មានវត្តមាន %4, បានបញ្ចប់ %5, បានចូលរួម %6។</translation>
    </message>
    <message>
        <source>report certificates takes no file name of its own; give the output with --out FILE</source>
        <translation>report certificates មិនទទួលឈ្មោះឯកសារដោយផ្ទាល់ទេ៖ សូមផ្ដល់លទ្ធផលជាមួយ --out FILE</translation>
    </message>
    <message>
        <source>Nobody in workshop %1 has earned a certificate at these thresholds (completion %2 %, participation %3 %); nothing was written.</source>
        <translation>គ្មាននរណាម្នាក់ក្នុងសិក្ខាសាលា %1 ទទួលបានវិញ្ញាបនបត្រតាមកម្រិតកំណត់ទាំងនេះទេ (ការបញ្ចប់ %2 % ការចូលរួម %3 %)៖ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>វិញ្ញាបនបត្រ៖ %1</translation>
    </message>
    <message>
        <source>%1 certificates for “%2” written to %3.</source>
        <translation>បានរក្សាទុកវិញ្ញាបនបត្រ %1 សម្រាប់ “%2” ទៅ %3។</translation>
    </message>
    <message>
        <source>Not matched (%1), left out of the reports until they are. To match them, open Sala&apos;s Reports mode and choose Review… on the Attendance tab, where you can confirm a proposal, pick someone from the roster or add them to it; or list them with “sala-cli attendance unmatched --session %2” and match each with “sala-cli attendance match”.</source>
        <translation>មិនទាន់ផ្គូផ្គង (%1) ហើយមិនត្រូវបានរាប់ក្នុងរបាយការណ៍ រហូតដល់ពួកគេត្រូវបានផ្គូផ្គង។ ដើម្បីផ្គូផ្គងពួកគេ សូមបើកផ្ទាំងរបាយការណ៍របស់ Sala ហើយជ្រើសរើស “ពិនិត្យ…” នៅក្នុងថេប “វត្តមាន” ដែលអ្នកអាចបញ្ជាក់សំណើ ជ្រើសរើសនរណាម្នាក់ពីបញ្ជីអ្នកចូលរួម ឬបន្ថែមពួកគេទៅបញ្ជីនោះ៖ ឬរាយបញ្ជីពួកគេដោយប្រើ “sala-cli attendance unmatched --session %2” ហើយផ្គូផ្គងម្នាក់ៗដោយប្រើ “sala-cli attendance match”។</translation>
    </message>
    <message>
        <source>now matches %1 (participant %2): %3</source>
        <translation>ឥឡូវផ្គូផ្គងជាមួយ %1 (អ្នកចូលរួម %2)៖ %3</translation>
    </message>
    <message>
        <source>proposed: %1 (participant %2): %3</source>
        <translation>បានស្នើ៖ %1 (អ្នកចូលរួម %2)៖ %3</translation>
    </message>
    <message>
        <source>attendance unmatched needs --session ID; sala-cli plan list shows the numbers</source>
        <translation>attendance unmatched ត្រូវការ --session ID៖ sala-cli plan list បង្ហាញលេខទាំងនោះ</translation>
    </message>
    <message>
        <source>attendance unmatched writes text or json, not “%1”</source>
        <translation>attendance unmatched សរសេរជា text ឬ json មិនមែន “%1” ទេ</translation>
    </message>
    <message>
        <source>Everyone in the attendance imported into session %1 is matched, added or ignored.</source>
        <translation>អ្នកទាំងអស់ក្នុងវត្តមានដែលបាននាំចូលទៅវគ្គ %1 ត្រូវបានផ្គូផ្គង បន្ថែម ឬមិនរាប់បញ្ចូលរួចហើយ។</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the attendance of session %1 are not matched to the roster:</source>
        <translation>
            <numerusform>មនុស្ស %n នាក់ក្នុងវត្តមាននៃវគ្គ %1 មិនទាន់បានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម៖</numerusform>
            <numerusform>មនុស្ស %n នាក់ក្នុងវត្តមាននៃវគ្គ %1 មិនទាន់បានផ្គូផ្គងជាមួយបញ្ជីអ្នកចូលរួម៖</numerusform>
        </translation>
    </message>
    <message>
        <source>id	name	e-mail	minutes	proposal</source>
        <translation>id	ឈ្មោះ	អ៊ីមែល	នាទី	សំណើ</translation>
    </message>
    <message>
        <source>Match one with: sala-cli attendance match --identity ID --participant PID (or --ignore).</source>
        <translation>ផ្គូផ្គងម្នាក់ដោយប្រើ៖ sala-cli attendance match --identity ID --participant PID (ឬ --ignore)។</translation>
    </message>
    <message>
        <source>attendance match needs --identity ID; sala-cli attendance unmatched --session ID lists them</source>
        <translation>attendance match ត្រូវការ --identity ID៖ sala-cli attendance unmatched --session ID រាយបញ្ជីពួកគេ</translation>
    </message>
    <message>
        <source>attendance match needs either --participant PID or --ignore</source>
        <translation>attendance match ត្រូវការ --participant PID ឬ --ignore</translation>
    </message>
    <message>
        <source>Ignored “%1” in session %2.</source>
        <translation>“%1” ក្នុងវគ្គ %2 ត្រូវបានកំណត់ថាមិនរាប់បញ្ចូល។</translation>
    </message>
    <message>
        <source>Matched “%1” in session %2 to participant %3.</source>
        <translation>បានផ្គូផ្គង “%1” ក្នុងវគ្គ %2 ជាមួយអ្នកចូលរួម %3។</translation>
    </message>
    <message>
        <source>  saved “%1” as an alias of participant %2</source>
        <translation>  បានរក្សាទុក “%1” ជាឈ្មោះផ្សេងរបស់អ្នកចូលរួម %2</translation>
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
        <translation>ពាក្យបញ្ជា៖
  db info [--format text|json]  ផ្លូវ កំណែ schema និងចំនួនជួរដេកក្នុងតារាងនីមួយៗ។
  db check                      ពិនិត្យភាពត្រឹមត្រូវ និងកំណែ៖ ចេញដោយលេខ 0 នៅពេលគ្មានបញ្ហា។
  db backup OUT                 សរសេរច្បាប់ចម្លងដែលស៊ីសង្វាក់គ្នាទៅ OUT ទោះបីជា Sala កំពុងបើកក៏ដោយ។
  demo                          បន្ថែមសិក្ខាសាលាសាកល្បង និងបញ្ជីអ្នកចូលរួមរបស់វាទៅក្នុងមូលដ្ឋានទិន្នន័យ។
  plan validate FILE            ពិនិត្យឯកសារផែនការ ហើយរាយបញ្ជីបញ្ហាទាំងអស់ក្នុងវា។
  plan import FILE [--workshop ID]
                                បន្ថែមឯកសារសិក្ខាសាលាជាសិក្ខាសាលាថ្មី ឬបន្ថែមឯកសារវគ្គ
                                ទៅសិក្ខាសាលា ID។ នាំចូលទាំងអស់ ឬមិននាំចូលអ្វីសោះ។
  plan export (--workshop ID | --session ID) --out FILE [--force]
                                សរសេរសិក្ខាសាលា ឬវគ្គមួយទៅឯកសារផែនការ។
  plan sheet --session ID --out FILE [--format pdf|html|md] [--force]
                                សរសេរតារាងដំណើរការវគ្គសម្រាប់បោះពុម្ព (PDF តាមលំនាំដើម)។
  plan list [--format text|json]
                                សិក្ខាសាលា និងវគ្គទាំងអស់ ព្រមទាំងលេខរបស់វា។
  run status [--session ID] [--format text|json]
                                ស្ថានភាពផ្ទាល់នៃវគ្គ ដូចដែល Sala បានរក្សាទុក៖ សកម្មភាព
                                ពេលនៅសល់ យឺតប៉ុណ្ណា ម៉ោងបញ្ចប់ប៉ាន់ស្មាន។ បើគ្មាន
                                --session៖ វគ្គដែលបានដំណើរការចុងក្រោយបំផុត។
  report timing --session ID --out FILE [--format csv|pdf] [--force]
                                នាទីតាមគ្រោង ធៀបនឹងជាក់ស្ដែង នៃការដំណើរការវគ្គ (ទម្រង់យកតាម
                                ឈ្មោះឯកសារ នៅពេលមិនបានបញ្ជាក់)។
  report attendance --workshop ID --out FILE [--format csv|xlsx|pdf]
                    [--completion 80] [--participation 50] [--force]
                                របាយការណ៍វត្តមានដែលម្ចាស់ជំនួយស្នើសុំ៖ នាទី និងភាគរយ
                                តាមបុគ្គល និងវគ្គ ការបញ្ចប់ធៀបនឹងកម្រិតកំណត់
                                (ភាគរយនៃពេលវេលាតាមកាលវិភាគរបស់សិក្ខាសាលា) ការបែងចែកតាម
                                ភេទ ប្រទេស ប្រភេទស្ថាប័ន និងទំហំសហគ្រាស។ ការនាំចេញ
                                ត្រូវបានកត់ត្រាក្នុងកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន។ សូមមើល
                                docs/reports.md។
  report certificates --workshop ID --out FILE [--format pdf|csv] [--buddhist-era]
                      [--completion 80] [--participation 50] [--force]
                                វិញ្ញាបនបត្រមួយសម្រាប់អ្នកទទួលបានម្នាក់ៗ តាមគំរូរបស់
                                សិក្ខាសាលា (PDF) ឬបញ្ជីអ្នកទទួលបាន (CSV)។
  roster import FILE --workshop ID [--mapping NAME] [--sheet NAME] [--dry-run]
                [--skip-invalid] [--duplicates merge|new|skip]
                                បន្ថែមឯកសារចុះឈ្មោះដែលបាននាំចេញ (CSV ក្នុងការអ៊ិនកូដទូទៅណាមួយ
                                ឬ .xlsx) ទៅបញ្ជីអ្នកចូលរួមនៃសិក្ខាសាលា ទាំងអស់ ឬគ្មានអ្វីសោះ។
                                បញ្ហាត្រូវបានរាយតាមបន្ទាត់ និងជួរឈរ៖ --dry-run មិនផ្លាស់ប្ដូរអ្វីទេ។
  roster export --workshop ID --format csv|json --out FILE [--force]
                                សរសេរបញ្ជីអ្នកចូលរួម៖ អ្នកដែលមិនបានយល់ព្រមត្រូវបានសម្គាល់ ហើយ
                                ការនាំចេញត្រូវបានកត់ត្រាក្នុងកំណត់ត្រាទិន្នន័យផ្ទាល់ខ្លួន។
  roster erase --participant ID  ដកទិន្នន័យផ្ទាល់ខ្លួនរបស់បុគ្គលនោះចេញពីឯកសារមូលដ្ឋានទិន្នន័យ
                                ដោយរក្សាទុកចំនួនអនាមិក។ មិនអាចត្រឡប់វិញបានទេ។
  roster show --participant ID [--format text|json]
                                អ្វីៗទាំងអស់ដែលបានរក្សាទុកអំពីបុគ្គលម្នាក់ (សម្រាប់សំណើសុំមើលទិន្នន័យ)។
  groups make PROBLEM.json [--rounds W] [--seed N] [--time-limit SECONDS]
              [--format json|csv|zoom-csv|text] [--round R] [--out FILE [--force]]
  groups make --people N --size P --rounds W [same options]
                                បន្ទប់ក្រុមតូចសម្រាប់គ្រប់ជុំ ដោយមានគូដែលជួបគ្នាម្ដងទៀតតិចបំផុត
                                តាមដែលអាចធ្វើបាន (គ្មានសោះ បើអាចធ្វើបាន) ដោយគោរពលក្ខខណ្ឌ
                                របស់ឯកសារ។ JSON បន្ថែមជុំ និងស្ថិតិ៖ zoom-csv គឺជាឯកសារ
                                កំណត់បន្ទប់ជាមុនរបស់ Zoom សម្រាប់ជុំ R (1 តាមលំនាំដើម)។
                                មិនប្រើមូលដ្ឋានទិន្នន័យទេ។ សូមមើល docs/groups-format.md។
  attendance summarize [--format json|csv] [--date-order dmy|mdy] [--date YYYY-MM-DD]
                       FILE... [--out FILE [--force]]
                                អានឯកសារវត្តមានដែលបាននាំចេញពី Zoom, Teams និង Google Meet
                                ហើយបង្ហាញនាទី និងរយៈពេលនៅក្នុងកិច្ចប្រជុំរបស់បុគ្គលម្នាក់ៗ
                                (JSON តាមលំនាំដើម)។ --date-order នៅពេលកាលបរិច្ឆេទក្នុងឯកសារ
                                អាចអានបានទាំងពីររបៀប៖ --date សម្រាប់ម៉ោងក្នុងឯកសារ Meet។
                                មិនប្រើមូលដ្ឋានទិន្នន័យទេ។ សូមមើល docs/attendance-formats.md។
  attendance import --session ID [--tz ZONE] [--date-order dmy|mdy] [--replace] FILE...
                                រក្សាទុកវត្តមានពីឯកសារនាំចេញទៅក្នុងវគ្គ ទាំងអស់ ឬគ្មានអ្វីសោះ។
                                ការផ្គូផ្គងតាមអ៊ីមែល ឈ្មោះផ្សេង និងឈ្មោះ ជាមួយបញ្ជីអ្នកចូលរួម
                                ត្រូវបានអនុវត្ត៖ សំណើ និងអ្នកដែលមិនមាននៅក្នុងបញ្ជី ត្រូវបានរាយ
                                ហើយទុកសម្រាប់ពិនិត្យក្នុង Sala។ ម៉ោងត្រូវបានអានតាមល្វែងម៉ោង
                                នៃសិក្ខាសាលា លុះត្រាតែ --tz បញ្ជាក់ល្វែងម៉ោងផ្សេង (IANA ឧ.
                                Asia/Manila)។ ឯកសារដែលបាននាំចូលពីមុននឹងត្រូវបដិសេធ លុះត្រាតែ
                                មាន --replace។ សូមមើល docs/attendance.md។
  attendance unmatched --session ID [--format text|json]
                                មនុស្សដែលការនាំចូលនៃវគ្គនៅទុកឱ្យមិនទាន់ផ្គូផ្គង៖ id ឈ្មោះ
                                អ៊ីមែល នាទី និងអ្វីដែល Sala ស្នើនៅពេលនេះ។
  attendance match --identity ID (--participant PID | --ignore)
                                ផ្គូផ្គងម្នាក់ក្នុងចំណោមពួកគេជាមួយអ្នកចូលរួមក្នុងបញ្ជី (ឈ្មោះ
                                ត្រូវបានរក្សាទុកជាឈ្មោះផ្សេង) ឬមិនរាប់បញ្ចូលគាត់ក្នុងរបាយការណ៍។

លេខកូដចេញ៖
  0  ជោគជ័យ
  1  ការប្រើប្រាស់ខុស៖ ពាក្យបញ្ជាមិនស្គាល់ ឬខ្វះអាគុយម៉ង់
  2  មិនអាចបើកបាន៖ មូលដ្ឋានទិន្នន័យ (មិនមាន មិនមែន SQLite ឬមិនមែនជាមូលដ្ឋានទិន្នន័យ Sala)
     ឯកសារបញ្ចូល ឬលេខសិក្ខាសាលា ឬវគ្គដែលមិនមាន
  3  មូលដ្ឋានទិន្នន័យខូច (ការពិនិត្យភាពត្រឹមត្រូវបរាជ័យ)
  4  មូលដ្ឋានទិន្នន័យត្រូវបានសរសេរដោយ Sala កំណែថ្មីជាង
  5  មូលដ្ឋានទិន្នន័យកំពុងបើកក្នុងដំណើរការ Sala មួយផ្សេងទៀត
  6  មិនអាចសរសេរលទ្ធផល ឬមូលដ្ឋានទិន្នន័យបានទេ
  7  ឯកសារបញ្ចូលមិនត្រឹមត្រូវ (បញ្ហាទាំងអស់ត្រូវបានរាយ)
</translation>
    </message>
    <message>
        <source>Participant number for roster erase, roster show and attendance match.</source>
        <translation>លេខអ្នកចូលរួម សម្រាប់ roster erase, roster show និង attendance match។</translation>
    </message>
    <message>
        <source>Number of a person in the imported attendance for attendance match.</source>
        <translation>លេខរបស់បុគ្គលម្នាក់ក្នុងវត្តមានដែលបាននាំចូល សម្រាប់ attendance match។</translation>
    </message>
    <message>
        <source>Let attendance match leave the person out of the reports.</source>
        <translation>អនុញ្ញាតឱ្យ attendance match មិនរាប់បញ្ចូលបុគ្គលនោះក្នុងរបាយការណ៍។</translation>
    </message>
</context>
</TS>
