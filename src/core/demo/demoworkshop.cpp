#include "demo/demoworkshop.h"

#include <QDateTime>
#include <QTime>

#include <initializer_list>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace sala {

namespace {

Activity &addActivity(Session &session, ActivityKind kind, QString title, int minutes)
{
    Activity &activity = session.activities.emplace_back();
    activity.kind = kind;
    activity.title = std::move(title);
    activity.plannedMinutes = minutes;
    return activity;
}

std::vector<Material> materialsFrom(std::initializer_list<QString> labels)
{
    std::vector<Material> materials;
    materials.reserve(labels.size());
    for (const QString &label : labels)
        materials.push_back(Material{.label = label, .link = {}});
    return materials;
}

QStringList defaultRoles()
{
    return {u"Reader"_s, u"Timekeeper"_s, u"Reporter"_s};
}

QString lines(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(u'\n');
}

// Fixed instants in UTC, so the demo roster reads the same on every machine and in every zone.
std::optional<QDateTime> consentedOn(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

Workshop demoWorkshop(QDate sessionDate)
{
    Workshop workshop;
    workshop.title = u"Keep the Doors Open: A Six-Step Business Continuity Plan for Small Businesses"_s;
    workshop.organizer = u"Southeast Asia Small Business Resilience Network"_s;
    workshop.platform = Platform::Zoom;
    // Participants span UTC+7 (KH, LA, TH) and UTC+8 (MY, PH), so both clocks are shown.
    workshop.timeZone = u"Asia/Bangkok"_s;
    workshop.secondTimeZone = u"Asia/Manila"_s;
    workshop.language = u"en"_s;
    workshop.description = u"A three-hour online activity-based learning workshop for owners and managers of micro, "
                           u"small and medium enterprises. Participants work through the ILO Six-Step COVID-19 "
                           u"Business Continuity Plan tool, rating their exposure across the 4 Ps (People, "
                           u"Processes, Profits and Partnerships) and practising on the case of a fictitious small "
                           u"business, Mai's Noodle Shop. Everyone leaves with a one-page continuity plan for their "
                           u"own business."_s;

    Session session;
    session.title = u"Session 1 — Business continuity in six steps"_s;
    session.date = sessionDate;
    session.plannedStart = QTime(9, 0);
    session.targetEnd = QTime(12, 0);

    {
        Activity &a = addActivity(session, ActivityKind::Welcome, u"Welcome, objectives and housekeeping"_s, 8);
        // The start time went out in the invitations, so editing the plan must not move it.
        a.fixedStart = QTime(9, 0);
        a.objective = u"Participants know the goals and the agenda, know how to take part "
                      u"online, and have accepted or declined the recording."_s;
        a.instructions = lines({
            u"Welcome! Please keep your microphone muted unless you are speaking."_s,
            u"Questions are welcome at any time: type them in the chat or use Raise Hand."_s,
            u"If your connection drops, rejoin with the same link and we will bring you back "
            u"to your group."_s,
            u"Interpretation: choose your language channel with the globe button at the bottom "
            u"of the screen."_s,
            u"This session is recorded for people who cannot attend. If you do not agree, send "
            u"a private chat to the host and keep your camera off."_s,
        });
        a.facilitatorNotes = u"Read the consent and recording notice aloud before starting the recording, then "
                             u"wait a minute for private messages. Pass the names of anyone who declines to the "
                             u"producer so they are left out of the edited recording. Keep to 8 minutes: pin the "
                             u"housekeeping text in the chat for late joiners instead of repeating it."_s;
        a.materials = materialsFrom({u"Slides 1–4"_s, u"Consent and recording notice"_s});
    }
    {
        Activity &a = addActivity(session, ActivityKind::Icebreaker, u"My business in one word + one photo"_s, 10);
        a.objective = u"Everyone contributes in the first ten minutes and the group sees who "
                      u"is in the room."_s;
        a.instructions = lines({
            u"Type ONE word that describes your business today, but do not press Enter yet!"_s,
            u"When the facilitator says \"Go\", everyone presses Enter at the same time."_s,
            u"If you like, share one photo of your shop, stall or product in the chat."_s,
            u"Then answer the 2-question poll on your screen: your sector and your number of "
            u"workers."_s,
        });
        a.facilitatorNotes = u"Set up the poll before the session. Q1 sector: food and beverage, retail, "
                             u"handicrafts, tourism, agriculture, services, garments, other. Q2 workers: just me, "
                             u"2–9, 10–49, 50 or more. The poll doubles as a check of the sector and enterprise "
                             u"size recorded at registration: flag big differences to the producer. Read out four "
                             u"or five words from different countries."_s;
    }
    {
        Activity &a = addActivity(session, ActivityKind::Welcome, u"How ABL works today"_s, 5);
        a.objective = u"Groups can run each activity on their own: they know the roles, the "
                      u"time cap and how to call for help."_s;
        a.instructions = lines({
            u"How group work runs today:"_s,
            u"1. In each room, choose a Reader, a Timekeeper and a Reporter."_s,
            u"2. The Reader reads the steps from the worksheet; you do not need to wait for us."_s,
            u"3. The Timekeeper watches the room timer: every activity has a time cap."_s,
            u"4. The Reporter posts your group's result in the main chat."_s,
            u"5. Stuck? Click \"Ask for help\" and a facilitator will join your room."_s,
        });
        a.facilitatorNotes = u"Show the room timer on the shared screen so people recognise it later, and click "
                             u"\"Ask for help\" once so they see what happens. Do not explain the content of the "
                             u"activities here: the worksheets carry the steps, and groups working from them on "
                             u"their own is the point of the method."_s;
        a.materials = materialsFrom({u"Group roles slide"_s, u"Worksheet p.1"_s});
    }
    {
        Activity &a = addActivity(session, ActivityKind::Breakout, u"Activity 1 — How exposed is my business?"_s, 30);
        a.objective = u"Each participant rates their own business across the 4 Ps (People, "
                      u"Processes, Profits, Partnerships) and names its biggest risk."_s;
        a.instructions = lines({
            u"Activity 1 — How exposed is my business? (30 minutes)"_s,
            u"1. Alone, 5 minutes: score each of the 4 Ps on Worksheet A (1 = low risk, "
            u"3 = high risk)."_s,
            u"2. In your room, 20 minutes: each person shares their top risk and why."_s,
            u"3. Together, agree on ONE risk that most of you share."_s,
            u"4. Back in the main room: the Reporter posts that shared risk in the chat."_s,
        });
        a.facilitatorNotes = u"Open the rooms after the 5 minutes of individual scoring. The broadcast goes out "
                             u"at minute 18. Visit 2 rooms and listen before you speak. Rooms close automatically "
                             u"with a 60-second countdown. In the 5-minute harvest, sort the posted risks by P "
                             u"and point out what is shared across countries."_s;
        a.materials = materialsFrom({u"Worksheet A — 4-P risk grid (1–3 scale)"_s, u"Step cards slide"_s});
        a.mayShorten = true;
        a.minimumMinutes = 24;
        a.breakout = BreakoutSettings{
            .grouping = Grouping::HomeGroups,
            .groupSize = 5,
            .groupCount = 0,
            .rounds = 1,
            .minutesPerRound = 20,
            .roles = defaultRoles(),
            .broadcasts = {{.minutesBeforeEnd = 2,
                            .text = u"2 minutes left — reporters, get ready to post your "
                                    u"group's top shared risk in the main chat."_s}},
        };
    }
    {
        Activity &a = addActivity(session, ActivityKind::Energizer, u"Energizer: show me something from your shop"_s, 5);
        a.objective = u"Lift the energy after group work and connect people, without leaving "
                      u"out anyone on a weak connection."_s;
        a.instructions = lines({
            u"Quick one! Grab something from your shop, kitchen or workshop and show it to your "
            u"camera."_s,
            u"Camera off or weak internet? No problem: describe your object in the chat in one "
            u"sentence."_s,
            u"We will guess what a few of the objects are used for."_s,
        });
        a.facilitatorNotes = u"Say clearly that the camera is optional and the chat option counts just as much: "
                             u"many participants join from a phone on mobile data. Skip the guessing to bring it "
                             u"down to 3 minutes."_s;
        a.mayShorten = true;
        a.minimumMinutes = 3;
    }
    {
        Activity &a = addActivity(session, ActivityKind::Breakout, u"Activity 2 — Case study: Mai's Noodle Shop"_s, 35);
        a.objective = u"Groups apply Steps 1–3 (set priorities, identify risks, reduce the "
                      u"impact) to a fictitious small business."_s;
        a.instructions = lines({
            u"Activity 2 — Case study: Mai's Noodle Shop (25 minutes in your room)"_s,
            u"1. Reader: read the case sheet aloud, or everyone reads it quietly (3 minutes)."_s,
            u"2. Step 1: what matters most to Mai? Her key products, customers and people."_s,
            u"3. Step 2: which risks threaten each priority? Use the 4 Ps and Worksheet B."_s,
            u"4. Step 3: agree on your top 3 actions to reduce the impact."_s,
            u"5. Reporter: post your group's top 3 actions in the main chat."_s,
        });
        a.facilitatorNotes = u"Interpreters: home groups are formed by language, so each interpreter stays with "
                             u"the same rooms; check this before opening. Reporters post a \"top 3 actions\" "
                             u"list. In the 10-minute plenary compare two or three lists and ask which actions "
                             u"protect cash and which protect people."_s;
        a.materials = materialsFrom(
            {u"Case sheet — Mai's Noodle Shop (1 page, translated)"_s, u"Worksheet B — Steps 1–3 table"_s});
        a.mayShorten = true;
        a.minimumMinutes = 28;
        a.breakout = BreakoutSettings{
            .grouping = Grouping::HomeGroups,
            .groupSize = 5,
            .groupCount = 0,
            .rounds = 1,
            .minutesPerRound = 25,
            .roles = defaultRoles(),
            .broadcasts = {{.minutesBeforeEnd = 5, .text = u"5 minutes left — agree on your top 3 actions for Mai."_s},
                           {.minutesBeforeEnd = 2,
                            .text = u"2 minutes left — reporters, post your group's top 3 "
                                    u"actions in the main chat."_s}},
        };
    }
    {
        Activity &a = addActivity(session, ActivityKind::Break, u"Break"_s, 15);
        a.objective = u"Rest, and bring back everyone who has dropped out."_s;
        a.instructions = lines({
            u"Time for a 15-minute break!"_s,
            u"Leave Zoom open; you can turn your camera and microphone off."_s,
            u"Stretch, drink some water, rest your eyes. We start again when the countdown "
            u"reaches zero."_s,
        });
        a.facilitatorNotes = u"Producer: admit anyone in the waiting room and send the catch-up message to "
                             u"people who dropped out (what they missed and which group they are in). "
                             u"Facilitator: pick examples from the Activity 1 and 2 harvests to use later."_s;
        a.materials = materialsFrom({u"Countdown slide with music"_s});
    }
    {
        const QString card1 = u"EVENT CARD 1 — Your main supplier has closed for two weeks and you have stock for "
                              u"only 5 days. What do you do? Update your cash tally."_s;
        const QString card2 = u"EVENT CARD 2 — Two of your staff are sick and must stay home for 10 days. Who does "
                              u"their work, and do you keep paying them? Update your cash tally."_s;
        const QString card3 = u"EVENT CARD 3 — A 2-week lockdown starts tomorrow and customers cannot come to "
                              u"your shop. How do you keep selling and protect your cash? Update your cash tally."_s;

        Activity &a = addActivity(session, ActivityKind::Breakout, u"Activity 3 — Crisis Month business game"_s, 30);
        a.objective = u"Groups practise quick continuity decisions under pressure and see how "
                      u"each choice affects cash and people."_s;
        a.instructions = lines({
            u"Activity 3 — Crisis Month business game: 3 rounds of 6 minutes, then a debrief."_s,
            u"1. Your group runs one small business with 100 units of cash. Keep the cash "
            u"tally sheet up to date."_s,
            u"2. Each round, read the event card, agree on your actions and update the tally. "
            u"Reporter: keep your final cash ready for the debrief."_s,
            u"3. The event cards arrive by broadcast, one per round: wait for each before you plan."_s,
        });
        // A scheduled broadcast repeats the same text every round, so the three different cards
        // have to be sent by hand.
        a.facilitatorNotes = lines({
            u"Broadcast one event card at the start of each round (minutes 0, 6 and 12 after the "
            u"rooms open); only the 1-minute warning is automatic. Paste exactly:"_s,
            card1,
            card2,
            card3,
            u"Debrief, 12 minutes: which responses protected cash, and which protected people? "
            u"Ask the group with the most cash left and the one with the least."_s,
        });
        a.materials = materialsFrom({u"Event cards (broadcast texts)"_s, u"Cash tally sheet"_s});
        a.mayShorten = true;
        a.minimumMinutes = 24;
        a.breakout = BreakoutSettings{
            .grouping = Grouping::HomeGroups,
            .groupSize = 5,
            .groupCount = 0,
            .rounds = 3,
            .minutesPerRound = 6,
            .roles = defaultRoles(),
            .broadcasts = {{.minutesBeforeEnd = 1,
                            .text = u"1 minute left in this round — update your cash tally "
                                    u"now."_s}},
        };
    }
    {
        Activity &a = addActivity(session, ActivityKind::Energizer, u"Stretch micro-break"_s, 3);
        a.objective = u"A short physical reset before the last block of individual work."_s;
        a.instructions = lines({
            u"Stand up if you can, roll your shoulders and look away from the screen for 30 "
            u"seconds."_s,
            u"We continue in 3 minutes."_s,
        });
        a.facilitatorNotes = u"Lead it yourself on camera; people copy what they see more "
                             u"readily than what they are told."_s;
    }
    {
        Activity &a = addActivity(session, ActivityKind::ActionPlanning, u"Activity 4 — My BCP on one page"_s, 25);
        a.objective = u"Each participant drafts a one-page continuity plan for their own "
                      u"business (Steps 4–6: respond, communicate, test) and improves it with "
                      u"peer advice."_s;
        a.instructions = lines({
            u"Activity 4 — My BCP on one page"_s,
            u"1. Alone, 10 minutes: fill in Worksheet C for YOUR business: response actions, "
            u"who you will tell and how, and when you will test the plan."_s,
            u"2. In trios, about 4 minutes per person: the Client explains their plan in 1 "
            u"minute."_s,
            u"3. The Client mutes and turns the camera off; the two Consultants discuss the "
            u"plan and give advice."_s,
            u"4. The Client comes back, thanks the Consultants, and you switch roles."_s,
        });
        a.facilitatorNotes = u"Producer: create the trios before the activity, mixing businesses so no trio "
                             u"shares a sector where possible. Tell clients to mute and turn the camera off "
                             u"during the advice phase: consultants speak more frankly and the client listens "
                             u"instead of defending. If time is short, cut the drafting to 7 minutes rather than "
                             u"the consulting rounds."_s;
        a.materials = materialsFrom({u"Worksheet C — one-page BCP"_s, u"Troika steps slide"_s});
        a.mayShorten = true;
        a.minimumMinutes = 20;
        a.breakout = BreakoutSettings{
            .grouping = Grouping::TriosPairs,
            .groupSize = 3,
            .groupCount = 0,
            .rounds = 3,
            .minutesPerRound = 4,
            .roles = {u"Client"_s, u"Consultant"_s, u"Consultant"_s},
            .broadcasts = {{.minutesBeforeEnd = 1,
                            .text = u"1 minute left — client, thank your consultants and "
                                    u"switch roles."_s}},
        };
    }
    {
        Activity &a = addActivity(session, ActivityKind::ActionPlanning, u"Commitments and resources"_s, 8);
        a.objective = u"Each participant commits to one concrete step this week and knows "
                      u"where to find further support."_s;
        a.instructions = lines({
            u"In the chat, finish this sentence: \"This week, I will ...\""_s,
            u"Keep it small and specific, for example \"call my two main suppliers about a "
            u"back-up plan\"."_s,
            u"The links on the screen (videos, digital and finance follow-up sessions, business "
            u"support contacts in your country) will also be emailed to you."_s,
        });
        a.facilitatorNotes = u"Read out a few commitments from different countries, using preferred names. Paste "
                             u"the resource links only after the commitments so they do not bury them."_s;
        a.materials = materialsFrom({u"Resource slide and links"_s});
    }
    {
        Activity &a = addActivity(session, ActivityKind::Evaluation, u"Post-survey, certificates and close"_s, 6);
        a.objective = u"Collect feedback and the knowledge check, explain the certificates and "
                      u"close on time."_s;
        a.instructions = lines({
            u"Please fill in the short post-survey now (about 3 minutes); the link is in the "
            u"chat."_s,
            u"Certificate of Completion: you attended at least 80% of the session and answered "
            u"both surveys."_s,
            u"Certificate of Participation: you attended at least 50% of the session."_s,
            u"Thank you! The room stays open for 5 more minutes for questions."_s,
        });
        a.facilitatorNotes = u"The post-survey has 3–5 feedback questions plus knowledge items that mirror the "
                             u"pre-survey, so the change in knowledge can be measured. Attendance for "
                             u"certificates is counted against the scheduled time, not the actual end. Stop the "
                             u"recording, then keep the room open for 5 minutes after the close."_s;
        a.materials = materialsFrom({u"Post-survey form"_s});
    }

    workshop.sessions.push_back(std::move(session));
    return workshop;
}

std::vector<Participant> demoRoster()
{
    std::vector<Participant> roster;
    roster.reserve(28);
    const auto add = [&roster](QString name, QString country, Sex sex) -> Participant & {
        Participant &participant = roster.emplace_back();
        participant.name = std::move(name);
        participant.country = std::move(country);
        participant.sex = sex;
        participant.source = u"demo"_s;
        return participant;
    };

    // Cambodia: family name first, and people are addressed by their given name.
    {
        Participant &p = add(u"Sok Dara"_s, u"KH"_s, Sex::Male);
        p.preferredName = u"Dara"_s;
        p.aliases = {u"សុខ ដារ៉ា"_s, u"KH – Dara – Dara Motorbike Repair"_s};
        p.email = u"dara.sok@example.com"_s;
        p.phone = u"+855 12 555 014"_s;
        p.organization = u"Dara Motorbike Repair"_s;
        p.sector = u"Services"_s;
        p.employees = 4;
        p.languages = {u"km"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 2, 2, 15);
    }
    {
        Participant &p = add(u"Chan Sreymom"_s, u"KH"_s, Sex::Female);
        p.preferredName = u"Sreymom"_s;
        p.aliases = {u"ចាន់ ស្រីមុំ"_s};
        p.email = u"sreymom.chan@example.org"_s;
        p.phone = u"+855 17 555 203"_s;
        p.organization = u"Sreymom Tailoring"_s;
        p.sector = u"Garments"_s;
        p.employees = 6;
        p.languages = {u"km"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 3, 4, 40);
    }
    {
        Participant &p = add(u"Keo Sophea"_s, u"KH"_s, Sex::Female);
        p.preferredName = u"Sophea"_s;
        p.email = u"sophea.keo@example.net"_s;
        p.phone = u"+855 92 555 318"_s;
        p.organization = u"Keo Sophea Rice Trading"_s;
        p.sector = u"Agriculture"_s;
        p.employees = 38;
        p.languages = {u"km"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 5, 7, 5);
    }
    {
        Participant &p = add(u"Meas Bopha"_s, u"KH"_s, Sex::Female);
        p.preferredName = u"Bopha"_s;
        p.aliases = {u"មាស បុប្ផា"_s};
        p.email = u"bopha.meas@example.com"_s;
        p.phone = u"+855 15 555 427"_s;
        p.organization = u"Bopha Palm Leaf Handicrafts"_s;
        p.sector = u"Handicrafts"_s;
        p.employees = 9;
        p.languages = {u"km"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 6, 1, 50);
    }
    {
        Participant &p = add(u"Heng Vuthy"_s, u"KH"_s, Sex::Male);
        p.preferredName = u"Vuthy"_s;
        p.email = u"vuthy.heng@example.org"_s;
        p.phone = u"+855 12 555 536"_s;
        p.organization = u"Phnom Penh Small Business Coaching Centre"_s;
        p.organizationType = OrganizationType::BdsProvider;
        p.sector = u"Services"_s;
        p.languages = {u"km"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(2, 27, 9, 30);
    }
    {
        Participant &p = add(u"Lim Sokunthea"_s, u"KH"_s, Sex::NotStated);
        p.preferredName = u"Sokunthea"_s;
        p.email = u"sokunthea.lim@example.net"_s;
        p.phone = u"+855 97 555 641"_s;
        p.organization = u"Kampot Pepper Farm Homestay"_s;
        p.sector = u"Tourism"_s;
        p.employees = 3;
        p.languages = {u"km"_s, u"en"_s};
    }

    // Laos: given name first; nicknames are common in everyday use.
    {
        Participant &p = add(u"Souksavanh Phommachanh"_s, u"LA"_s, Sex::Male);
        p.preferredName = u"Souk"_s;
        p.aliases = {u"ສຸກສະຫວັນ ພົມມະຈັນ"_s};
        p.email = u"souksavanh.p@example.com"_s;
        p.phone = u"+856 20 5555 1021"_s;
        p.organization = u"Phommachanh Coffee Roasters"_s;
        p.sector = u"Food and beverage"_s;
        p.employees = 7;
        p.languages = {u"lo"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 2, 3, 20);
    }
    {
        Participant &p = add(u"Phonesavanh Keomany"_s, u"LA"_s, Sex::Female);
        p.preferredName = u"Noy"_s;
        p.aliases = {u"ພອນສະຫວັນ ແກ້ວມະນີ"_s, u"LA – Noy – Noy Silk Weaving"_s};
        p.email = u"noy.keomany@example.org"_s;
        p.phone = u"+856 20 5555 2387"_s;
        p.organization = u"Noy Silk Weaving"_s;
        p.sector = u"Handicrafts"_s;
        p.employees = 12;
        p.languages = {u"lo"_s, u"th"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 4, 11, 0);
    }
    {
        Participant &p = add(u"Vilayvanh Sisouphanh"_s, u"LA"_s, Sex::Female);
        p.preferredName = u"Vilay"_s;
        p.email = u"vilay.sisouphanh@example.net"_s;
        p.phone = u"+856 20 5555 3140"_s;
        p.organization = u"Vilay Khao Piak Noodle Stall"_s;
        p.sector = u"Food and beverage"_s;
        p.employees = 2;
        p.languages = {u"lo"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 7, 0, 45);
    }
    {
        Participant &p = add(u"Khamphet Xayavong"_s, u"LA"_s, Sex::Male);
        p.preferredName = u"Khamphet"_s;
        p.email = u"khamphet.x@example.com"_s;
        p.phone = u"+856 20 5555 4492"_s;
        p.organization = u"Savannakhet Small Traders Group"_s;
        p.organizationType = OrganizationType::BusinessAssociation;
        p.sector = u"Retail"_s;
        p.languages = {u"lo"_s, u"th"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(2, 25, 6, 10);
    }
    {
        Participant &p = add(u"Manivone Inthavong"_s, u"LA"_s, Sex::Female);
        p.preferredName = u"Toui"_s;
        p.email = u"manivone.inthavong@example.org"_s;
        p.phone = u"+856 20 5555 5763"_s;
        p.organization = u"Mani Riverside Homestay"_s;
        p.sector = u"Tourism"_s;
        p.employees = 5;
        p.languages = {u"lo"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 1, 8, 25);
    }

    // Malaysia: Malay names carry a patronymic (bin/binti) rather than a family name, Indian
    // names use a/l or a/p, and Chinese names put the family name first.
    {
        Participant &p = add(u"Nur Aisyah binti Ahmad"_s, u"MY"_s, Sex::Female);
        p.preferredName = u"Aisyah"_s;
        p.aliases = {u"MY – Aisyah – Batik Aisyah Online"_s};
        p.email = u"aisyah.ahmad@example.com"_s;
        p.phone = u"+60 12-555 0143"_s;
        p.organization = u"Batik Aisyah Online"_s;
        p.sector = u"Retail"_s;
        p.employees = 3;
        p.languages = {u"ms"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 3, 1, 15);
    }
    {
        Participant &p = add(u"Mohd Faizal bin Hamzah"_s, u"MY"_s, Sex::Male);
        p.preferredName = u"Faizal"_s;
        p.email = u"faizal.hamzah@example.org"_s;
        p.phone = u"+60 13-555 2290"_s;
        p.organization = u"Northern Region Small Employers Council"_s;
        p.organizationType = OrganizationType::EmployersOrganization;
        p.sector = u"Services"_s;
        p.languages = {u"ms"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(2, 26, 5, 55);
    }
    {
        Participant &p = add(u"Tan Mei Ling"_s, u"MY"_s, Sex::Female);
        p.preferredName = u"Michelle"_s;
        p.aliases = {u"Michelle Tan"_s};
        p.email = u"michelle.tan@example.net"_s;
        p.phone = u"+60 16-555 3871"_s;
        p.organization = u"Mei Ling Bakery & Café"_s;
        p.sector = u"Food and beverage"_s;
        p.employees = 8;
        p.languages = {u"en"_s, u"ms"_s, u"zh"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 5, 12, 30);
    }
    {
        Participant &p = add(u"Kavitha a/p Ramasamy"_s, u"MY"_s, Sex::Female);
        p.preferredName = u"Kavitha"_s;
        p.email = u"kavitha.ramasamy@example.com"_s;
        p.phone = u"+60 12-555 4419"_s;
        p.organization = u"Kavitha Home Catering"_s;
        p.sector = u"Food and beverage"_s;
        p.employees = 14;
        p.languages = {u"en"_s, u"ms"_s, u"ta"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 6, 14, 5);
    }
    {
        Participant &p = add(u"Farah Hanim binti Yusof"_s, u"MY"_s, Sex::Female);
        p.preferredName = u"Farah"_s;
        p.email = u"farah.yusof@example.org"_s;
        p.phone = u"+60 19-555 6025"_s;
        p.organization = u"Butik Jahitan Farah"_s;
        p.sector = u"Garments"_s;
        p.employees = 5;
        p.languages = {u"ms"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 8, 2, 0);
    }
    {
        Participant &p = add(u"Wong Kah Yan"_s, u"MY"_s, Sex::NotStated);
        p.preferredName = u"Kah Yan"_s;
        p.email = u"kahyan.wong@example.net"_s;
        p.phone = u"+60 17-555 7732"_s;
        p.organization = u"Kah Yan Printing Services"_s;
        p.sector = u"Services"_s;
        p.employees = 22;
        p.languages = {u"en"_s, u"ms"_s, u"zh"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 9, 3, 35);
    }

    // Philippines: middle initials and suffixes are part of the written name.
    {
        Participant &p = add(u"Maria Cristina R. Dela Cruz"_s, u"PH"_s, Sex::Female);
        p.preferredName = u"Tina"_s;
        p.aliases = {u"PH – Tina – Tina's Sari-Sari Store"_s};
        p.email = u"tina.delacruz@example.com"_s;
        p.phone = u"+63 917 555 0123"_s;
        p.organization = u"Tina's Sari-Sari Store"_s;
        p.sector = u"Retail"_s;
        p.employees = 2;
        p.languages = {u"fil"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 2, 6, 45);
    }
    {
        Participant &p = add(u"Jose Miguel Santos Jr."_s, u"PH"_s, Sex::Male);
        p.preferredName = u"Migs"_s;
        p.email = u"migs.santos@example.org"_s;
        p.phone = u"+63 918 555 0456"_s;
        p.organization = u"Santos Garment Manufacturing"_s;
        p.sector = u"Garments"_s;
        p.employees = 150;
        p.languages = {u"fil"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(2, 28, 0, 30);
    }
    {
        Participant &p = add(u"Ana Liza M. Bautista"_s, u"PH"_s, Sex::Female);
        p.preferredName = u"Liza"_s;
        p.email = u"liza.bautista@example.net"_s;
        p.phone = u"+63 927 555 0789"_s;
        p.organization = u"Bautista Dried Mango Products"_s;
        p.sector = u"Agriculture"_s;
        p.employees = 11;
        p.languages = {u"ceb"_s, u"fil"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 4, 2, 20);
    }
    {
        Participant &p = add(u"Rowena P. Villanueva"_s, u"PH"_s, Sex::Female);
        p.preferredName = u"Weng"_s;
        p.email = u"weng.villanueva@example.com"_s;
        p.phone = u"+63 917 555 1012"_s;
        p.organization = u"Bayanihan Livelihood Foundation"_s;
        p.organizationType = OrganizationType::Ngo;
        p.sector = u"Services"_s;
        p.languages = {u"fil"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 1, 4, 0);
    }
    {
        Participant &p = add(u"Ramon D. Mercado III"_s, u"PH"_s, Sex::Male);
        p.preferredName = u"Mon"_s;
        p.email = u"ramon.mercado@example.org"_s;
        p.phone = u"+63 998 555 1345"_s;
        p.organization = u"Mercado Farm Supply"_s;
        p.sector = u"Agriculture"_s;
        p.employees = 6;
        p.languages = {u"fil"_s, u"en"_s};
    }
    {
        Participant &p = add(u"Jennifer A. Reyes-Ocampo"_s, u"PH"_s, Sex::Female);
        p.preferredName = u"Jen"_s;
        p.email = u"jen.ocampo@example.net"_s;
        p.phone = u"+63 905 555 1678"_s;
        p.organization = u"Ocampo Bamboo Crafts"_s;
        p.sector = u"Handicrafts"_s;
        p.employees = 9;
        p.languages = {u"fil"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 7, 5, 10);
    }

    // Thailand: the registered name is formal; almost everyone is called by a nickname.
    {
        Participant &p = add(u"Siriporn Chaiyasit"_s, u"TH"_s, Sex::Female);
        p.preferredName = u"Nok"_s;
        p.aliases = {u"ศิริพร ชัยสิทธิ์"_s, u"TH – Nok – Baan Nok Bakery"_s};
        p.email = u"nok.chaiyasit@example.com"_s;
        p.phone = u"+66 81 555 0147"_s;
        p.organization = u"Baan Nok Bakery"_s;
        p.sector = u"Food and beverage"_s;
        p.employees = 4;
        p.languages = {u"th"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 3, 8, 0);
    }
    {
        Participant &p = add(u"Somchai Wongsuwan"_s, u"TH"_s, Sex::Male);
        p.preferredName = u"Ek"_s;
        p.aliases = {u"สมชาย วงศ์สุวรรณ"_s};
        p.email = u"somchai.w@example.org"_s;
        p.phone = u"+66 89 555 2203"_s;
        p.organization = u"Wongsuwan Rice Mill"_s;
        p.sector = u"Agriculture"_s;
        p.employees = 35;
        p.languages = {u"th"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(2, 27, 3, 15);
    }
    {
        Participant &p = add(u"Kanokwan Srisuk"_s, u"TH"_s, Sex::Female);
        p.preferredName = u"Ploy"_s;
        p.email = u"ploy.srisuk@example.net"_s;
        p.phone = u"+66 86 555 3318"_s;
        p.organization = u"Ploy Thai Silk Tailoring"_s;
        p.sector = u"Garments"_s;
        p.employees = 7;
        p.languages = {u"th"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 5, 9, 50);
    }
    {
        Participant &p = add(u"Pimchanok Thongdee"_s, u"TH"_s, Sex::Female);
        p.preferredName = u"Fon"_s;
        p.aliases = {u"พิมพ์ชนก ทองดี"_s};
        p.email = u"fon.thongdee@example.com"_s;
        p.phone = u"+66 81 555 4462"_s;
        p.organization = u"Thongdee Thai Massage"_s;
        p.sector = u"Services"_s;
        p.employees = 6;
        p.languages = {u"th"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 8, 11, 25);
    }
    {
        Participant &p = add(u"Anan Rattanakorn"_s, u"TH"_s, Sex::Male);
        p.preferredName = u"Beer"_s;
        p.email = u"anan.r@example.org"_s;
        p.phone = u"+66 92 555 5579"_s;
        p.organization = u"Northern Thailand SME Coaching Centre"_s;
        p.organizationType = OrganizationType::BdsProvider;
        p.sector = u"Services"_s;
        p.languages = {u"th"_s, u"en"_s};
        p.consentGiven = true;
        p.consentAt = consentedOn(3, 2, 7, 40);
    }

    // Registration asked for an age band, interpretation needs and consent to the notice of
    // January 2026; the bands cycle so that reports have something to count.
    const AgeBand bands[] = {AgeBand::From25To34, AgeBand::From35To44, AgeBand::From45To54, AgeBand::From18To24,
                             AgeBand::From55To64};
    for (std::size_t i = 0; i < roster.size(); ++i) {
        Participant &p = roster[i];
        p.ageBand = bands[i % std::size(bands)];
        p.needsInterpretation = p.languages.size() == 1 && p.languages.front() != u"en";
        if (p.consentGiven) {
            p.consentNotice = u"2026-01"_s;
            p.consentPurposes = {u"training"_s, u"reporting"_s};
        }
    }
    return roster;
}

std::vector<Participant> demoTeam()
{
    std::vector<Participant> team;
    {
        Participant &p = team.emplace_back();
        p.role = ParticipantRole::Facilitator;
        p.name = u"Pornthip Suwannarat"_s;
        p.preferredName = u"Pui"_s;
        p.email = u"facilitator@example.org"_s; // the host of the demo's Zoom meeting
        p.phone = u"+66 81 555 9001"_s;
        p.organization = u"Southeast Asia Small Business Resilience Network"_s;
        p.organizationType = OrganizationType::BdsProvider;
        p.country = u"TH"_s;
        p.sex = Sex::Female;
        p.sector = u"Services"_s;
        p.languages = {u"th"_s, u"en"_s};
    }
    {
        Participant &p = team.emplace_back();
        p.role = ParticipantRole::Interpreter;
        p.name = u"Bounmy Sayasith"_s;
        p.preferredName = u"Bounmy"_s;
        p.email = u"bounmy.sayasith@example.net"_s;
        p.phone = u"+856 20 5555 9002"_s;
        p.organization = u"Vientiane Language Services"_s;
        p.organizationType = OrganizationType::Other;
        p.country = u"LA"_s;
        p.sex = Sex::Male;
        p.sector = u"Services"_s;
        p.languages = {u"lo"_s, u"en"_s};
    }
    for (Participant &p : team) {
        p.source = u"demo"_s;
        p.consentGiven = true;
        p.consentAt = consentedOn(2, 20, 2, 0);
        p.consentNotice = u"2026-01"_s;
        p.consentPurposes = {u"training"_s};
    }
    return team;
}

} // namespace sala
