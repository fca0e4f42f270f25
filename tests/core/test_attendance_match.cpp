// Recognising the people of an attendance export on the roster: e-mail, alias, name after
// normalizing and removing titles, and similar names as proposals only, each with its reason,
// for Khmer, Lao, Thai, Malay and Filipino names. Names are never split into given and family.

#include "attendance/identitymatch.h"

#include <catch2/catch.hpp>

#include <QDateTime>

using namespace sala;

namespace {

Participant person(qint64 id, const QString &name, const QString &preferred = {}, const QStringList &aliases = {},
                   const QString &email = {})
{
    Participant p;
    p.id = id;
    p.name = name;
    p.preferredName = preferred;
    p.aliases = aliases;
    p.email = email;
    return p;
}

// A small roster from the five countries, as trainers register people.
std::vector<Participant> roster()
{
    return {
        person(1, QStringLiteral("Sok Dara"), QStringLiteral("Dara"), {QStringLiteral("សុខ ដារ៉ា")},
               QStringLiteral("dara.sok@example.com")),
        person(2, QStringLiteral("Chan Sreymom"), QStringLiteral("Sreymom"), {}, QStringLiteral("sreymom.chan@example.org")),
        person(3, QStringLiteral("Phonesavanh Keomany"), QStringLiteral("Noy"), {QStringLiteral("ພອນສະຫວັນ ແກ້ວມະນີ")},
               QStringLiteral("noy.keomany@example.org")),
        person(4, QStringLiteral("Souksavanh Phommachanh"), QStringLiteral("Souk"), {}, {}),
        person(5, QStringLiteral("Siriporn Chaiyasit"), QStringLiteral("Nok"), {QStringLiteral("ศิริพร ชัยสิทธิ์")},
               QStringLiteral("nok.chaiyasit@example.com")),
        person(6, QStringLiteral("Somchai Wongsuwan"), QStringLiteral("Ek"), {}, QStringLiteral("somchai.w@example.org")),
        person(7, QStringLiteral("Nur Aisyah binti Ahmad"), QStringLiteral("Aisyah"), {},
               QStringLiteral("aisyah.ahmad@example.com")),
        person(8, QStringLiteral("Mohd Faizal bin Hamzah"), QStringLiteral("Faizal"), {}, {}),
        person(9, QStringLiteral("Maria Cristina R. Dela Cruz"), QStringLiteral("Tina"), {},
               QStringLiteral("tina.delacruz@example.com")),
        person(10, QStringLiteral("José Miguel Santos Jr."), QStringLiteral("Migs"), {}, {}),
    };
}

IdentityMatch matchOf(const QString &name, const QString &email = {}, const QStringList &otherNames = {})
{
    static const IdentityMatcher matcher(roster());
    return matcher.match({name, otherNames, email});
}

} // namespace

TEST_CASE("normalizedPersonName_foldsCaseSpacingAndLatinAccentsOnly", "[attendance][match]")
{
    CHECK(normalizedPersonName(QStringLiteral("  JOSÉ   Miguel  ")) == u"jose miguel");
    CHECK(normalizedPersonName(QStringLiteral("Nguyễn Thị Hương")) == u"nguyen thi huong");
    CHECK(normalizedPersonName(QStringLiteral("Ma. Cristina DELA-CRUZ")) == u"ma cristina dela cruz");
    CHECK(normalizedPersonName(QStringLiteral("Ma'am Rowena")) == u"maam rowena");
    // Thai, Lao and Khmer marks are vowels and tones: they stay.
    CHECK(normalizedPersonName(QStringLiteral("ศิริพร ชัยสิทธิ์")) != normalizedPersonName(QStringLiteral("ศรพร ชยสทธ")));
    CHECK(normalizedPersonName(QStringLiteral("ສົມພອນ")) == normalizedPersonName(QStringLiteral(" ສົມພອນ ")));
    // A zero-width space, as Thai keyboards leave between words, is nothing.
    CHECK(normalizedPersonName(QStringLiteral("ศิริพร\u200B")) == normalizedPersonName(QStringLiteral("ศิริพร")));
}

TEST_CASE("withoutTitles_removesLeadingTitlesOfTheFiveCountries", "[attendance][match]")
{
    const auto strip = [](const QString &name) { return withoutTitles(normalizedPersonName(name)); };
    CHECK(strip(QStringLiteral("Khun Siriporn Chaiyasit")).name == u"siriporn chaiyasit");
    CHECK(strip(QStringLiteral("Khun Siriporn Chaiyasit")).removed == QStringList{QStringLiteral("Khun")});
    CHECK(strip(QStringLiteral("Nang Sao Siriporn")).removed == QStringList{QStringLiteral("Nang Sao")});
    CHECK(strip(QStringLiteral("Lok Srey Chan Sreymom")).name == u"chan sreymom");
    CHECK(strip(QStringLiteral("Lok Srey Chan Sreymom")).removed == QStringList{QStringLiteral("Lok Srey")});
    CHECK(strip(QStringLiteral("Thao Souksavanh")).name == u"souksavanh");
    CHECK(strip(QStringLiteral("Encik Mohd Faizal bin Hamzah")).name == u"mohd faizal bin hamzah");
    CHECK(strip(QStringLiteral("Atty. Maria Cristina R. Dela Cruz")).removed == QStringList{QStringLiteral("Atty")});
    CHECK(strip(QStringLiteral("Engr. Dr. Ramon Mercado")).removed == (QStringList{QStringLiteral("Engr"), QStringLiteral("Dr")}));
    CHECK(strip(QStringLiteral("Ma'am Rowena")).removed == QStringList{QStringLiteral("Ma'am")});
    // Thai registration forms join the title to the name.
    CHECK(strip(QStringLiteral("นางสาวศิริพร ชัยสิทธิ์")).name == normalizedPersonName(QStringLiteral("ศิริพร ชัยสิทธิ์")));
    CHECK(strip(QStringLiteral("คุณ ศิริพร")).removed == QStringList{QStringLiteral("คุณ")});
    CHECK(strip(QStringLiteral("លោកស្រី ចាន់ ស្រីមុំ")).removed == QStringList{QStringLiteral("លោកស្រី")});
    // A family name that happens to look like a title stays: Tan is not "Tan Sri".
    CHECK(strip(QStringLiteral("Tan Mei Ling")).removed.isEmpty());
    // A name that is nothing but a title keeps it.
    CHECK(strip(QStringLiteral("Khun")).name == u"khun");
}

TEST_CASE("match_sameEmailAnyCase_isAppliedWithTheAddress", "[attendance][match]")
{
    const IdentityMatch m = matchOf(QStringLiteral("Dara's laptop"), QStringLiteral("DARA.SOK@Example.com"));
    CHECK(m.rule == MatchRule::Email);
    CHECK(m.participantId == 1);
    CHECK(m.isApplied());
    CHECK(m.reason == u"same e-mail DARA.SOK@Example.com");
    // Whatever the name shown: a Lao nickname, a Thai one, a Malay and a Filipino short form.
    CHECK(matchOf(QStringLiteral("Noy"), QStringLiteral("noy.keomany@example.org")).participantId == 3);
    CHECK(matchOf(QStringLiteral("Nok's laptop"), QStringLiteral("Nok.Chaiyasit@example.com")).participantId == 5);
    CHECK(matchOf(QStringLiteral("Aisyah A."), QStringLiteral("aisyah.ahmad@example.com")).participantId == 7);
    CHECK(matchOf(QStringLiteral("Tina DC"), QStringLiteral(" tina.delacruz@example.com ")).participantId == 9);
}

TEST_CASE("match_otherRegisteredAddress_matchesByEmail", "[attendance][match]")
{
    std::vector<Participant> people = roster();
    people[7].otherEmails = {QStringLiteral("faizal@kedai.example.org")};
    const IdentityMatcher matcher(people);
    const IdentityMatch m = matcher.match({QStringLiteral("Kedai Faizal"), {}, QStringLiteral("faizal@kedai.example.org")});
    CHECK(m.rule == MatchRule::Email);
    CHECK(m.participantId == 8);
}

TEST_CASE("match_khmerAndLaoScriptAliases_matchByAlias", "[attendance][match]")
{
    const IdentityMatch khmer = matchOf(QStringLiteral("សុខ ដារ៉ា"));
    CHECK(khmer.rule == MatchRule::Alias);
    CHECK(khmer.participantId == 1);
    CHECK(khmer.reason == u"alias ‘សុខ ដារ៉ា’");

    const IdentityMatch lao = matchOf(QStringLiteral("ພອນສະຫວັນ  ແກ້ວມະນີ"));
    CHECK(lao.rule == MatchRule::Alias);
    CHECK(lao.participantId == 3);
}

TEST_CASE("match_zoomDisplayNameIsANickname_matchesThePreferredName", "[attendance][match]")
{
    // Zoom's "Noy (Phoutthasone Keomany)": the original name is spelled differently from the
    // registration, but the display name is her nickname.
    const IdentityMatch m = matchOf(QStringLiteral("Phoutthasone Keomany"), {}, {QStringLiteral("Noy")});
    CHECK(m.rule == MatchRule::Name);
    CHECK(m.participantId == 3);
    CHECK(m.reason == u"preferred name ‘Noy’");
    // The whole cell as some exports keep it.
    CHECK(matchOf(QStringLiteral("Noy (Phoutthasone Keomany)")).participantId == 3);
}

TEST_CASE("match_thaiTitleInLatinOrThaiScript_matchesAfterRemovingIt", "[attendance][match]")
{
    const IdentityMatch latin = matchOf(QStringLiteral("Khun Siriporn Chaiyasit"));
    CHECK(latin.rule == MatchRule::Name);
    CHECK(latin.participantId == 5);
    CHECK(latin.reason == u"name matches after removing ‘Khun’");

    const IdentityMatch thai = matchOf(QStringLiteral("นางสาวศิริพร ชัยสิทธิ์"));
    CHECK(thai.rule == MatchRule::Name);
    CHECK(thai.participantId == 5);
    CHECK(thai.reason == u"name matches after removing ‘นางสาว’");

    // "K." is how Khun is shortened in chats; Nok is her nickname.
    const IdentityMatch chat = matchOf(QStringLiteral("K.Nok"));
    CHECK(chat.rule == MatchRule::Name);
    CHECK(chat.participantId == 5);
}

TEST_CASE("match_malayHonorific_matchesAfterRemovingIt", "[attendance][match]")
{
    const IdentityMatch m = matchOf(QStringLiteral("Encik Mohd Faizal bin Hamzah"));
    CHECK(m.rule == MatchRule::Name);
    CHECK(m.participantId == 8);
    CHECK(m.reason == u"name matches after removing ‘Encik’");
    // bin/binti is part of the name, never a title or a separator.
    CHECK(matchOf(QStringLiteral("Nur Aisyah Ahmad")).rule != MatchRule::Name);
}

TEST_CASE("match_khmerTitle_matchesAfterRemovingIt", "[attendance][match]")
{
    const IdentityMatch m = matchOf(QStringLiteral("Lok Srey Chan Sreymom"));
    CHECK(m.rule == MatchRule::Name);
    CHECK(m.participantId == 2);
    CHECK(m.reason == u"name matches after removing ‘Lok Srey’");
}

TEST_CASE("match_laoTitle_matchesAfterRemovingIt", "[attendance][match]")
{
    const IdentityMatch m = matchOf(QStringLiteral("Thao Souksavanh Phommachanh"));
    CHECK(m.rule == MatchRule::Name);
    CHECK(m.participantId == 4);
    CHECK(m.reason == u"name matches after removing ‘Thao’");
}

TEST_CASE("match_filipinoNameWithCaseAndAccentsChanged_matchesTheName", "[attendance][match]")
{
    const IdentityMatch m = matchOf(QStringLiteral("JOSE MIGUEL SANTOS JR"));
    CHECK(m.rule == MatchRule::Name);
    CHECK(m.participantId == 10);
    CHECK(m.reason == u"same name as ‘José Miguel Santos Jr.’ apart from case, spacing or accents");

    const IdentityMatch titled = matchOf(QStringLiteral("Atty. Maria Cristina R. Dela Cruz"));
    CHECK(titled.rule == MatchRule::Name);
    CHECK(titled.participantId == 9);
}

TEST_CASE("match_teamsGuestSuffix_isIgnored", "[attendance][match]")
{
    const IdentityMatch m = matchOf(QStringLiteral("Somchai Wongsuwan (Guest)"));
    CHECK(m.rule == MatchRule::Name);
    CHECK(m.participantId == 6);
    CHECK(m.reason == u"same name ‘Somchai Wongsuwan’");
}

TEST_CASE("match_renamingConventionCountryNameBusiness_findsTheNickname", "[attendance][match]")
{
    const IdentityMatch m = matchOf(QStringLiteral("MY – Aisyah – Batik Aisyah Online"));
    CHECK(m.rule == MatchRule::Name);
    CHECK(m.participantId == 7);
}

TEST_CASE("match_misspelledName_isOnlyAProposalWithItsScore", "[attendance][match]")
{
    const IdentityMatch thai = matchOf(QStringLiteral("Somchay Wongsuwan"));
    CHECK(thai.rule == MatchRule::Fuzzy);
    CHECK_FALSE(thai.isApplied());
    CHECK(thai.participantId == 6);
    CHECK(thai.percent >= IdentityMatcher::proposalThreshold);
    CHECK(thai.percent < 100);
    CHECK(thai.reason == QStringLiteral("%1% similar to ‘Somchai Wongsuwan’").arg(thai.percent));

    // A Filipino name without the middle initial.
    const IdentityMatch filipino = matchOf(QStringLiteral("Maria Cristina Dela Cruz"));
    CHECK(filipino.rule == MatchRule::Fuzzy);
    CHECK(filipino.participantId == 9);

    // Khmer order reversed: names are never split, so this waits for the trainer.
    const IdentityMatch khmer = matchOf(QStringLiteral("Dara Sok"));
    CHECK(khmer.rule == MatchRule::Fuzzy);
    CHECK(khmer.participantId == 1);

    // Lao spelled in another romanization.
    const IdentityMatch lao = matchOf(QStringLiteral("Souksavan Phommachan"));
    CHECK(lao.rule == MatchRule::Fuzzy);
    CHECK(lao.participantId == 4);

    // A Malay name with a typo.
    const IdentityMatch malay = matchOf(QStringLiteral("Nur Aisya binti Ahmad"));
    CHECK(malay.rule == MatchRule::Fuzzy);
    CHECK(malay.participantId == 7);
}

TEST_CASE("match_nicknameSharedByTwoPeople_isAProposalNamingBoth", "[attendance][match]")
{
    std::vector<Participant> people = roster();
    people.push_back(person(11, QStringLiteral("Kanokwan Srisuk"), QStringLiteral("Nok")));
    const IdentityMatcher matcher(people);
    const IdentityMatch m = matcher.match({QStringLiteral("Nok"), {}, {}});
    CHECK(m.rule == MatchRule::Fuzzy);
    CHECK_FALSE(m.isApplied());
    CHECK(m.reason.contains(u"‘Siriporn Chaiyasit’"));
    CHECK(m.reason.contains(u"‘Kanokwan Srisuk’"));
}

TEST_CASE("match_phoneDefaultNames_matchNobody", "[attendance][match]")
{
    CHECK(matchOf(QStringLiteral("iPhone")).rule == MatchRule::None);
    CHECK(matchOf(QStringLiteral("Galaxy A12")).rule == MatchRule::None);
    CHECK(isDeviceName(QStringLiteral("Galaxy A12")));
    CHECK_FALSE(isDeviceName(QStringLiteral("Sok Dara")));
    // The owner's name in front of the device still counts.
    const IdentityMatch owned = matchOf(QStringLiteral("Dara's iPhone"));
    CHECK(owned.rule == MatchRule::Name);
    CHECK(owned.participantId == 1);
    CHECK(withoutDeviceName(QStringLiteral("Migs’s Galaxy A12")) == u"Migs");
}

TEST_CASE("match_someoneNotOnTheRoster_matchesNothing", "[attendance][match]")
{
    const IdentityMatch m = matchOf(QStringLiteral("Trainer Anna"), QStringLiteral("anna@example.org"));
    CHECK(m.rule == MatchRule::None);
    CHECK(m.participantId == 0);
}

TEST_CASE("match_erasedParticipant_isNeverFound", "[attendance][match]")
{
    std::vector<Participant> people = roster();
    people[0].erasedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const IdentityMatcher matcher(people);
    CHECK(matcher.match({QStringLiteral("Sok Dara"), {}, QStringLiteral("dara.sok@example.com")}).participantId != 1);
}

TEST_CASE("similar_listsTheClosestPeopleFirst", "[attendance][match]")
{
    const IdentityMatcher matcher(roster());
    const auto list = matcher.similar({QStringLiteral("Somchay Wongsuwan"), {}, {}}, 3);
    REQUIRE(list.size() == 3);
    CHECK(list[0].participantId == 6);
    CHECK(list[0].matched == u"Somchai Wongsuwan");
    CHECK(list[0].percent > list[1].percent);
}

TEST_CASE("nameSimilarity_sameWordsAnyOrderAndTypos", "[attendance][match]")
{
    CHECK(similarityPercent(QStringLiteral("Sok Dara"), QStringLiteral("Dara Sok")) == 100);
    // A swap of two letters is one edit.
    CHECK(similarityPercent(QStringLiteral("Siriporn"), QStringLiteral("Siripron")) == 88);
    CHECK(similarityPercent(QStringLiteral("Somchai Wongsuwan"), QStringLiteral("Kanokwan Srisuk")) < 50);
    CHECK(similarityPercent(QString(), QStringLiteral("Dara")) == 0);
}
