#pragma once
// Excel workbooks in the layouts of Microsoft Forms and KoboToolbox exports, written by the tests'
// own workbook writer from the documented column layouts, so no binary file is committed.

#include "core/xlsxfixture.h"

namespace sala::test {

// Microsoft Forms "Open in Excel": ID, Start time, Completion time, Email, Name, Last modified
// time, then one column per question. Times are Excel dates; the respondent's account name
// sits in Name and an anonymous form writes "anonymous" as the email.
inline QByteArray microsoftFormsWorkbook()
{
    using C = XlsxCell;
    XlsxSheet sheet{QStringLiteral("Form1"), {}};
    sheet.rows.push_back({C::t(QStringLiteral("ID")), C::t(QStringLiteral("Start time")), C::t(QStringLiteral("Completion time")),
                          C::t(QStringLiteral("Email")), C::t(QStringLiteral("Name")), C::t(QStringLiteral("Last modified time")),
                          C::t(QStringLiteral("Full name")), C::t(QStringLiteral("Preferred name or nickname")),
                          C::t(QStringLiteral("Organization")), C::t(QStringLiteral("Type of organization")),
                          C::t(QStringLiteral("Country")), C::t(QStringLiteral("Gender")), C::t(QStringLiteral("Age group")),
                          C::t(QStringLiteral("Number of employees")), C::t(QStringLiteral("Languages you speak")),
                          C::t(QStringLiteral("Do you need interpretation?")), C::t(QStringLiteral("Phone (WhatsApp)")),
                          C::t(QStringLiteral("I agree that the organizers keep my details for this training and for "
                                              "anonymous reports to the funder"))});
    sheet.rows.push_back({C::n(1), C::date(46080.375), C::date(46080.3925), C::t(QStringLiteral("siriporn.c@th.example.org")),
                          C::t(QStringLiteral("Siriporn C.")), C::empty(), C::t(QStringLiteral("Siriporn Chaiyawong")),
                          C::t(QStringLiteral("Nok")), C::t(QStringLiteral("Chaiyawong Bakery")),
                          C::t(QStringLiteral("Enterprise")), C::t(QStringLiteral("Thailand")), C::t(QStringLiteral("Female")),
                          C::t(QStringLiteral("35-44")), C::n(12), C::t(QStringLiteral("Thai;English")),
                          C::t(QStringLiteral("No")), C::n(66815550192.0), C::t(QStringLiteral("I agree"))});
    sheet.rows.push_back({C::n(2), C::date(46081.5625), C::date(46081.6), C::t(QStringLiteral("anonymous")), C::empty(),
                          C::empty(), C::inl(QStringLiteral("ບຸນມີ ສີຫາລາດ")), C::t(QStringLiteral("Mee")),
                          C::t(QStringLiteral("Vientiane Weaving Group")), C::t(QStringLiteral("Business association")),
                          C::t(QStringLiteral("Lao PDR")), C::t(QStringLiteral("Male")), C::t(QStringLiteral("25-34")),
                          C::t(QStringLiteral("8")), C::t(QStringLiteral("Lao")), C::t(QStringLiteral("Yes")),
                          C::t(QStringLiteral("+856 20 5555 7788")), C::t(QStringLiteral("I agree"))});
    sheet.rows.push_back({C::n(3), C::date(46082.40625), C::date(46082.45), C::t(QStringLiteral("maricel.rs@ph.example.org")),
                          C::t(QStringLiteral("Maricel Ramos-Santos")), C::empty(), C::t(QStringLiteral("Maricel Ramos-Santos")),
                          C::t(QStringLiteral("Cel")), C::t(QStringLiteral("Ramos Sari-Sari Store")),
                          C::t(QStringLiteral("Enterprise")), C::t(QStringLiteral("Philippines")), C::t(QStringLiteral("Female")),
                          C::t(QStringLiteral("45-54")), C::n(3), C::t(QStringLiteral("Filipino, English")),
                          C::t(QStringLiteral("No")), C::t(QStringLiteral("+63 917 555 0134")), C::empty()});
    return xlsxBytes({sheet});
}

// KoboToolbox XLSX with "XML values and headers": group paths in the headers, yes/no as XML
// values, the submission time in UTC without an offset, metadata columns at the end. A second
// sheet holds a repeat group, which the importer must not read unless asked.
inline QByteArray koboWorkbook()
{
    using C = XlsxCell;
    XlsxSheet main{QStringLiteral("SME training registration"), {}};
    main.rows.push_back({C::t(QStringLiteral("start")), C::t(QStringLiteral("end")),
                         C::t(QStringLiteral("group_participant/full_name")), C::t(QStringLiteral("group_participant/nickname")),
                         C::t(QStringLiteral("group_participant/sex")), C::t(QStringLiteral("group_participant/age_band")),
                         C::t(QStringLiteral("group_business/business_name")), C::t(QStringLiteral("group_business/org_type")),
                         C::t(QStringLiteral("group_business/employees")), C::t(QStringLiteral("group_contact/phone")),
                         C::t(QStringLiteral("group_contact/email")), C::t(QStringLiteral("country")),
                         C::t(QStringLiteral("languages")), C::t(QStringLiteral("consent")), C::t(QStringLiteral("_id")),
                         C::t(QStringLiteral("_uuid")), C::t(QStringLiteral("_submission_time")),
                         C::t(QStringLiteral("_validation_status")), C::t(QStringLiteral("_index"))});
    main.rows.push_back({C::t(QStringLiteral("2026-02-20T09:15:02.000+07:00")),
                         C::t(QStringLiteral("2026-02-20T09:21:40.000+07:00")), C::t(QStringLiteral("ហេង សុភ័ក្រ")),
                         C::t(QStringLiteral("Sophak")), C::t(QStringLiteral("female")), C::t(QStringLiteral("35_44")),
                         C::t(QStringLiteral("Heng Sophak Rice Mill")), C::t(QStringLiteral("enterprise")), C::n(22),
                         C::t(QStringLiteral("+855 12 555 777")), C::t(QStringLiteral("sophak.heng@example.com")),
                         C::t(QStringLiteral("KH")), C::t(QStringLiteral("km en")), C::t(QStringLiteral("yes")), C::n(1001),
                         C::t(QStringLiteral("3f2b8c1e-0a4d-4d1b-9a51-7c1d2e3f4a01")),
                         C::t(QStringLiteral("2026-02-20T02:21:41")), C::empty(), C::n(1)});
    main.rows.push_back(
        {C::t(QStringLiteral("2026-02-21T14:00:00.000+08:00")), C::t(QStringLiteral("2026-02-21T14:06:30.000+08:00")),
         C::t(QStringLiteral("Nurul Huda binti Ismail")), C::t(QStringLiteral("Huda")), C::t(QStringLiteral("female")),
         C::t(QStringLiteral("25_34")), C::t(QStringLiteral("Persatuan Usahawan Wanita Terengganu")),
         C::t(QStringLiteral("business_association")), C::empty(), C::t(QStringLiteral("+60 12-555 3030")),
         C::t(QStringLiteral("huda.ismail@my.example.org")), C::t(QStringLiteral("MY")), C::t(QStringLiteral("ms")),
         C::t(QStringLiteral("no")), C::n(1002), C::t(QStringLiteral("3f2b8c1e-0a4d-4d1b-9a51-7c1d2e3f4a02")),
         C::t(QStringLiteral("2026-02-21T06:06:31")), C::empty(), C::n(2)});
    XlsxSheet repeat{QStringLiteral("group_family"), {}};
    repeat.rows.push_back({C::t(QStringLiteral("member_name")), C::t(QStringLiteral("_parent_index"))});
    repeat.rows.push_back({C::t(QStringLiteral("Heng Dara")), C::n(1)});
    return xlsxBytes({main, repeat});
}

} // namespace sala::test
