pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// Contests: open one with its seats and candidates (put in surname-stroke
// order by the engine), issue and return ballots, or record a show of hands.
Page {
    id: contestPage
    signal navigate(string key)
    function open(id, office, seats, candidates, voting) {
        return App.session.openContest(id, office, seats, candidates, voting)
    }
    function issue(n) { return App.session.issueBallots(n) }
    // Contest ids are made here, never typed: the office, numbered within the meeting.
    function newId(office) {
        const taken = []
        for (let i = 0; i < App.session.contests.count; ++i)
            taken.push(App.session.contests.get(i).contestId)
        let n = 1
        while (taken.indexOf(office + "-" + n) >= 0)
            ++n
        return office + "-" + n
    }
    function collect(n) { return App.session.returnBallots(n) }
    function hands(candidate, approve, abstain, oppose) { return App.session.showOfHands(candidate, approve, abstain, oppose) }
    // Returned ballots that would void the round are recorded only after the operator has read what follows.
    function recordReturned(n) {
        const why = App.session.voidIfReturned(n)
        if (why.length === 0)
            return App.session.returnBallots(n)
        confirm.ask(qsTr("登记收回选票"), qsTr("收回 %1 张。").arg(n), why + qsTr("。登记后本轮即告无效，不能再更正；如是输入错误，请返回修改。"),
                    false, qsTr("确认本轮无效"), () => App.session.returnBallots(n))
        return ""
    }
    function correct(figure, n) {
        const was = figure === "issued" ? App.session.round.issued : App.session.round.returned
        const what = figure === "issued" ? qsTr("发出选票") : qsTr("收回选票")
        const why = App.session.voidIfCorrected(figure, n)
        confirm.ask(qsTr("更正%1").arg(what), qsTr("%1由 %2 张更正为 %3 张。原数字保留在日志中。").arg(what).arg(was).arg(n),
                    why.length ? why + qsTr("。更正后本轮即告无效。") : "", true, qsTr("确认更正"),
                    reason => App.session.correctFigure(figure, n, reason))
    }
    ConfirmDialog { id: confirm }
    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 20
        ColumnLayout {
            Layout.preferredWidth: 500
            Layout.fillHeight: true
            Label { text: qsTr("选举事项"); font.pixelSize: 24; font.bold: true }
            ListView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(200, Math.max(1, count) * 48)
                clip: true
                model: App.session.contests
                delegate: ItemDelegate {
                    id: crow
                    required property string contestId
                    required property string office
                    required property int seats
                    required property int round
                    required property string outcome
                    required property string elected
                    width: ListView.view.width
                    highlighted: App.session.focusContest === crow.contestId
                    text: crow.office + qsTr("　应选 %1 名　第 %2 轮　").arg(crow.seats).arg(crow.round) + crow.outcome
                    onClicked: App.session.focus(crow.contestId)
                }
            }
            GroupBox {
                title: qsTr("新的选举事项")
                Layout.fillWidth: true
                GridLayout {
                    width: parent.width
                    columns: 2
                    Label { text: qsTr("职务") }
                    ComboBox {
                        id: office
                        objectName: "officeBox"
                        Layout.fillWidth: true
                        textRole: "label"; valueRole: "value"
                        model: [{ value: "executive", label: qsTr("执委") }, { value: "chair", label: qsTr("主席") },
                                { value: "vice_chair", label: qsTr("副主席") }, { value: "standing", label: qsTr("常委") }]
                    }
                    Label { text: qsTr("应选名额") }
                    SpinBox { id: seats; objectName: "seatsBox"; from: 1; to: 1000; value: 1; editable: true }
                    Label { text: qsTr("候选人"); Layout.alignment: Qt.AlignTop }
                    PersonPicker { id: candidates; objectName: "candidatePicker"; slot: "candidate"; multiple: true; Layout.fillWidth: true }
                    Label { text: qsTr("表决方式") }
                    ComboBox { id: voting; Layout.fillWidth: true; textRole: "label"; valueRole: "value"; model: [{ value: "secret_ballot", label: qsTr("无记名投票") }, { value: "show_of_hands", label: qsTr("举手表决") }] }
                    // A prepared list: awaiting approval it stops the contest here, approved it fills the form.
                    Item { width: 1; visible: prepared.text.length > 0 }
                    Label {
                        id: prepared
                        readonly property var info: App.session.preparedContest(office.currentValue ?? "executive")
                        text: info.notice || ""
                        visible: text.length > 0
                        color: info.blocked ? "#b71c1c" : "#1b5e20"
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        onInfoChanged: if (info.candidates) { candidates.chosen = info.candidates; seats.value = info.seats }
                    }
                    Item { width: 1 }
                    Button {
                        enabled: !prepared.info.blocked
                        text: qsTr("开始本项选举")
                        onClicked: {
                            if (contestPage.open(contestPage.newId(office.currentValue), office.currentValue, seats.value, candidates.chosen, voting.currentValue) === "") {
                                candidates.clear()
                                seats.value = 1
                            }
                        }
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10
            Label {
                text: App.session.round.contest ? qsTr("%1选举　第 %2 轮　应选 %3 名　当选至少须得 %4 票").arg(App.session.round.label).arg(App.session.round.number).arg(App.session.round.seats).arg(App.session.round.threshold) : qsTr("尚无选举事项")
                font.pixelSize: 20
                font.bold: true
            }
            Label { text: qsTr("候选人（按姓氏笔画为序）"); color: "#666" }
            Flow {
                Layout.fillWidth: true
                // A fixed preferred width: the width comes from the layout, never from how the chips flow (a polish loop otherwise).
                Layout.preferredWidth: 100
                spacing: 8
                Repeater {
                    model: App.session.tally
                    delegate: Label {
                        required property int index
                        required property string name
                        required property bool writeIn
                        visible: !writeIn
                        text: (index + 1) + ". " + name
                        padding: 6
                        background: Rectangle { color: "#f4f1ea"; radius: 3 }
                    }
                }
            }
            RowLayout {
                // Same strokes throughout, or the operator's reason: a manual order, journaled and printed on the record.
                visible: App.session.round.contest !== undefined && App.session.round.issued === undefined && !App.session.round.closed
                TextField { id: manualOrder; placeholderText: qsTr("手动排序：按新顺序输入序号，如 2,1,3"); Layout.fillWidth: true }
                TextField { id: orderBy; placeholderText: qsTr("决定者"); Layout.preferredWidth: 120 }
                Button {
                    text: qsTr("记录手动排序")
                    onClicked: {
                        const ids = manualOrder.text.split(/[,，\s]+/).filter(s => s.length).map(n => App.session.tally.get(Number(n) - 1).candidateId)
                        App.session.setOrder(ids, orderBy.text)
                    }
                }
            }
            // Ballots issued and returned: recorded once, then corrected with a reason until the count closes.
            GridLayout {
                readonly property var r: App.session.round
                visible: r.voting === "secret_ballot" && !r.closed
                columns: 3
                columnSpacing: 12
                Label { text: qsTr("发出选票") }
                SpinBox { id: issued; objectName: "issuedBox"; to: 100000; editable: true; value: App.session.round.issued ?? App.session.present }
                Button {
                    text: App.session.round.issued === undefined ? qsTr("登记发出") : qsTr("更正发出…")
                    enabled: App.session.round.issued === undefined || issued.value !== App.session.round.issued
                    onClicked: App.session.round.issued === undefined ? App.session.issueBallots(issued.value) : contestPage.correct("issued", issued.value)
                }
                Label { text: qsTr("收回选票") }
                SpinBox { id: returned; objectName: "returnedBox"; to: 100000; editable: true; value: App.session.round.returned ?? issued.value }
                Button {
                    text: App.session.round.returned === undefined ? qsTr("登记收回") : qsTr("更正收回…")
                    enabled: App.session.round.issued !== undefined && (App.session.round.returned === undefined || returned.value !== App.session.round.returned)
                    onClicked: App.session.round.returned === undefined ? contestPage.recordReturned(returned.value) : contestPage.correct("returned", returned.value)
                }
            }
            Label {
                visible: App.session.round.issued !== undefined
                text: qsTr("已登记：发出 %1 张，收回 %2 张").arg(App.session.round.issued ?? "—").arg(App.session.round.returned ?? "—")
            }
            Button {
                visible: App.session.round.returned !== undefined && !App.session.round.closed
                text: qsTr("开始录票 →")
                onClicked: contestPage.navigate("ballots")
            }
            ColumnLayout {
                visible: App.session.round.voting === "show_of_hands" && !App.session.round.closed
                Label { text: qsTr("举手表决：逐一登记赞成、弃权、反对人数"); font.bold: true }
                RowLayout {
                    Item { Layout.preferredWidth: 120 }
                    Repeater {
                        model: [qsTr("赞成"), qsTr("弃权"), qsTr("反对")]
                        delegate: Label { required property string modelData; text: modelData; Layout.preferredWidth: 150 }
                    }
                }
                Repeater {
                    model: App.session.tally
                    delegate: RowLayout {
                        id: hrow
                        required property bool writeIn
                        visible: !writeIn
                        required property string candidateId
                        required property string name
                        required property bool counted
                        required property int approve
                        required property int abstain
                        required property int oppose
                        Label { text: hrow.name; Layout.preferredWidth: 120 }
                        SpinBox { id: ha; to: 100000; editable: true; Layout.preferredWidth: 150; value: hrow.approve }
                        SpinBox { id: hb; to: 100000; editable: true; Layout.preferredWidth: 150; value: hrow.abstain }
                        SpinBox { id: ho; to: 100000; editable: true; Layout.preferredWidth: 150; value: hrow.oppose }
                        Button {
                            text: hrow.counted ? qsTr("更正…") : qsTr("登记")
                            onClicked: {
                                if (!hrow.counted)
                                    return App.session.showOfHands(hrow.candidateId, ha.value, hb.value, ho.value)
                                confirm.ask(qsTr("更正举手表决"), qsTr("%1：赞成 %2，弃权 %3，反对 %4。原数字保留在日志中。").arg(hrow.name).arg(ha.value).arg(hb.value).arg(ho.value),
                                            "", true, qsTr("确认更正"), reason => App.session.correctHands(hrow.candidateId, ha.value, hb.value, ho.value, reason))
                            }
                        }
                    }
                }
                Button { text: qsTr("监票人签字，结束计票"); onClicked: App.session.closeCount(App.session.scrutineerIds()) }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
