import QtQuick
import QtTest
import Huixuan

// The console's components against a live engine: every figure on screen
// comes from the engine, and every action is an engine command.
TestCase {
    id: tc
    name: "Console"
    width: 1366
    height: 768
    when: windowShown

    Component { id: gauge; QuorumGauge {} }
    Component { id: checkin; CheckInPage { width: 1200; height: 700 } }
    Component { id: ballots; BallotPage { width: 1200; height: 700 } }

    function test_1_quorum_gauge_shows_the_engines_figures() {
        const g = createTemporaryObject(gauge, tc)
        compare(App.session.expected, 6)
        compare(App.session.present, 2)
        compare(App.session.needed, 5)         // 5·3 > 6·2
        verify(!App.session.quorumMet)
        verify(App.session.quorumText.indexOf("实到2名") >= 0)
    }

    function test_2_check_in_by_pinyin_initials_and_enter() {
        const page = createTemporaryObject(checkin, tc)
        compare(page.checkInByName("wf"), "")     // 王芳
        compare(page.checkInByName("ln"), "")     // 李娜
        compare(page.checkInByName("张敏"), "")
        compare(App.session.present, 5)
        verify(App.session.quorumMet)
        verify(page.checkInByName("wf").length > 0) // nobody left to find
    }

    function test_2b_a_delegate_card_read_by_a_barcode_reader() {
        const page = createTemporaryObject(checkin, tc)
        compare(App.session.checkInCard("HX1:other:p4").error, "这张证件属于另一次会议，不是本次会议的")
        compare(App.session.checkInCard("HX1:m:p1").error, "王芳 已经签到")
        compare(App.session.checkInCard("HX1:m:nobody").error, "证件上的人不在本次会议的应到名单中")
        compare(App.session.checkInCard("HX1:m").error, "读不懂这个码：HX1:m")
        compare(App.session.present, 5)
        // The reader types the code and Enter into the check-in box, as a keyboard does.
        page.focusHome()
        const box = findChild(page, "checkInSearch")
        verify(box.activeFocus)
        for (const ch of "HX1:m:p4")
            keyClick(ch)
        verify(box.text.endsWith("HX1:m:p4"))  // after what was left in the box: the code still counts
        keyClick(Qt.Key_Return)
        compare(App.session.present, 6)
        compare(page.lastName, "刘静")
    }

    function test_3_agenda_states_and_the_script() {
        compare(App.session.agenda.get(0).state, "now")
        compare(App.session.agenda.get(1).state, "blocked")
        verify(App.session.agenda.get(1).why.indexOf("通过选举办法") >= 0)
        verify(App.session.passage.indexOf("选举办法") >= 0)
        compare(App.session.adoptMethod("acclamation"), "")
        compare(App.session.agenda.get(0).state, "done")
        compare(App.session.adoptScrutineers("p6", [], ["工作人员"]), "")
    }

    function test_3b_guidance_before_the_operator_acts() {
        // A community's committee has 10 to 15 executives (RULES §1): said while the number is chosen.
        verify(App.session.sizeNotice(7).indexOf("须写明理由") >= 0)
        compare(App.session.sizeNotice(12), "")
        // No presiding officer named: the hall says so.
        verify(App.session.hallNotice.indexOf("尚未指定主持人") >= 0)
        verify(!App.session.countOpen)
    }

    function test_4_ballot_desk_types_only_the_exceptions() {
        compare(App.session.openContest("s", "standing", 3, ["p1", "p2", "p3"], "secret_ballot"), "")
        verify(App.session.countOpen)   // documents asked for now are told the count is open
        compare(App.session.issueBallots(5), "")
        compare(App.session.returnBallots(5), "")
        const page = createTemporaryObject(ballots, tc)
        const desk = App.session.desk
        compare(desk.model.count, 3)
        page.focusDesk()
        // 王芳 and 李娜 approved by default; 张敏 (number 3) → abstain, then Enter.
        const third = desk.model.get(2)
        page.press(["3", "Enter"])
        compare(desk.entered, 1)
        compare(App.session.tally.get(2).abstain, 1)
        // Real key events through the page's handler: 1 1 → oppose, Enter.
        keyClick(Qt.Key_1); keyClick(Qt.Key_1); keyClick(Qt.Key_3); keyClick(Qt.Key_Return)
        compare(desk.entered, 2)
        compare(App.session.tally.get(0).oppose, 1)
        // Ctrl+Z withdraws the last ballot as a journaled correction.
        compare(desk.undo(), "")
        compare(desk.entered, 1)
        compare(App.session.tally.get(0).oppose, 0)
        verify(third.name.length > 0)
    }

    function test_5_manual_order_is_journaled_before_voting() {
        compare(App.session.openContest("t", "standing", 2, ["p3", "p4"], "secret_ballot"), "")
        compare(App.session.tally.get(0).candidateId, "p4")   // 刘 (6 strokes) before 张 (7)
        const first = App.session.tally.get(0).candidateId
        const second = App.session.tally.get(1).candidateId
        compare(App.session.setOrder([second, first], "主持人"), "")
        compare(App.session.tally.get(0).candidateId, second)
        compare(App.session.issueBallots(5), "")
        verify(App.session.setOrder([first, second], "主持人").length > 0) // voting has started
    }

    function test_6_user_files_in_the_users_folders() {
        // The workspace just opened heads the recent list (kept in the user's settings, XDG_CONFIG_HOME).
        verify(App.recentWorkspaces.length > 0)
        verify(App.recentWorkspaces[0].endsWith("/w.huixuan"))
        // New workspaces are offered in the documents folder, not beside the program or in the current folder.
        const docs = App.documentsLocation.toString()
        verify(docs.startsWith("file:///"))
        verify(docs.endsWith("/Documents"))
    }

    function test_7_a_prepared_list_waits_for_its_approval_then_fills_the_form() {
        App.session.setMeeting("c")
        const waiting = App.session.preparedContest("executive")
        verify(waiting.blocked)
        verify(waiting.notice.indexOf("尚未经同级党组织批复") >= 0)
        compare(App.session.preparedContest("chair").notice, undefined)   // no list for the chair: nothing to say
        compare(App.session.command({ "do": "record_approval", "document": "candidate_list:executive-1", "date": "2026-11-20", "number": "测〔2026〕1号" }), "")
        const ready = App.session.preparedContest("executive")
        verify(!ready.blocked)
        compare(ready.candidates.length, 4)
        compare(ready.seats, 3)
        App.session.setMeeting("m")
    }
}
