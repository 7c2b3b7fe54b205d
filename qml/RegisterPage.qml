pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The executive register between congresses: who serves, the term's changes,
// the withdrawals the rules propose (the decision is the party
// organisation's), the seven-ones duties overdue, and one form for every change.
Page {
    id: registerPage
    readonly property var reg: App.executiveRegister
    // Each action: its verb, the command field its code goes in, and the engine's
    // list of codes for it (codesFor).
    readonly property var actions: [
        { verb: "release", label: qsTr("自行卸免"), key: "reason", field: "release" },
        { verb: "withdraw", label: qsTr("组织劝退"), key: "grounds", field: "withdraw" },
        { verb: "terminate", label: qsTr("资格终止"), key: "reason", field: "terminate" },
        { verb: "keep", label: qsTr("决定保留"), key: "grounds", field: "keep" },
        { verb: "take_office", label: qsTr("任职"), key: "office", field: "office" },
        { verb: "leave_office", label: qsTr("离任"), key: "office", field: "office" },
        { verb: "record_duty", label: qsTr("履职记录（七个一）"), key: "duty", field: "duty" }
    ]
    property string outcome: ""
    onVisibleChanged: reg.active = visible
    Component.onCompleted: reg.active = visible

    function codesOf(action) { return reg.codes(action.field) }
    // Fills the form from a proposal: the decision is to withdraw or to keep.
    function decide(personId, grounds, verb) {
        actionBox.currentIndex = verb === "withdraw" ? 1 : 3
        personBox.chosen = [personId]
        codeBox.currentIndex = codesOf(actions[actionBox.currentIndex]).indexOf(grounds)
        noteField.forceActiveFocus()
    }
    function record(step) { return reg.execute(step) }
    function submit() {
        const action = actions[actionBox.currentIndex]
        const step = { "do": action.verb, "person": personBox.chosenId, "date": dateField.text, "note": noteField.text }
        step[action.key] = codesOf(action)[codeBox.currentIndex]
        if (approvalField.text.length > 0)
            step.approved = { "date": approvalField.text, "number": numberField.text }
        if (action.verb === "leave_office")
            step.keep_seat = keepSeat.checked
        const refusal = record(step)
        outcome = refusal.length > 0 ? refusal : qsTr("已记录：%1 %2").arg(App.session.nameOf(personBox.chosenId)).arg(action.label)
        return refusal
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 20
        ColumnLayout {
            Layout.preferredWidth: 560
            Layout.fillHeight: true
            Label { text: qsTr("执委名册"); font.pixelSize: 24; font.bold: true }
            // Width from the column, never from the one-line text: the wrapped height is then known to the layout.
            Label { text: registerPage.reg.summary; wrapMode: Text.WordWrap; Layout.fillWidth: true; Layout.preferredWidth: 100; font.pixelSize: 16 }
            ListView {
                id: servingList
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 200
                clip: true
                ScrollBar.vertical: ScrollBar {}
                model: registerPage.reg.serving
                delegate: Label {
                    id: srow
                    required property string name
                    required property string offices
                    required property string since
                    required property string how
                    width: ListView.view.width
                    padding: 4
                    font.pixelSize: 16
                    text: srow.name + "　" + (srow.offices.length ? srow.offices : qsTr("执委")) + "　" + srow.since + "　" + srow.how
                }
            }
            Label { text: qsTr("本届变动"); font.pixelSize: 18; font.bold: true }
            ListView {
                Layout.fillWidth: true
                Layout.preferredHeight: 170
                clip: true
                ScrollBar.vertical: ScrollBar {}
                model: registerPage.reg.history
                delegate: Label {
                    id: hrow
                    required property string date
                    required property string name
                    required property string change
                    required property string detail
                    width: ListView.view.width
                    padding: 2
                    elide: Text.ElideRight
                    text: hrow.date + "　" + hrow.name + "　" + hrow.change + (hrow.detail.length ? "　" + hrow.detail : "")
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label { text: qsTr("劝退建议（须经同级党组织决定）"); font.pixelSize: 18; font.bold: true }
            Label { visible: registerPage.reg.proposals.count === 0; text: qsTr("无"); color: "#555" }
            Repeater {
                model: registerPage.reg.proposals
                delegate: RowLayout {
                    id: prow
                    required property string personId
                    required property string name
                    required property string grounds
                    required property string groundsText
                    required property string evidence
                    Layout.fillWidth: true
                    Label {
                        text: prow.name + "：" + prow.groundsText + "（" + prow.evidence + "）"
                        color: "#b71c1c"
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button { text: qsTr("劝退…"); onClicked: registerPage.decide(prow.personId, prow.grounds, "withdraw") }
                    Button { text: qsTr("保留…"); onClicked: registerPage.decide(prow.personId, prow.grounds, "keep") }
                }
            }
            Label { text: qsTr("逾期未履行的“七个一”（%1 项）").arg(registerPage.reg.overdue.count); font.pixelSize: 18; font.bold: true }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 110
                clip: true
                ScrollBar.vertical: ScrollBar {}
                model: registerPage.reg.overdue
                delegate: Label {
                    id: orow
                    required property string name
                    required property string duty
                    required property string period
                    width: ListView.view.width
                    text: orow.name + "　" + orow.duty + "　" + orow.period
                }
            }
            Label { text: qsTr("登记变动"); font.pixelSize: 18; font.bold: true }
            GridLayout {
                columns: 4
                columnSpacing: 8
                Layout.fillWidth: true
                Label { text: qsTr("事项") }
                ComboBox {
                    id: actionBox
                    model: registerPage.actions.map(a => a.label)
                    Layout.fillWidth: true
                    Layout.columnSpan: 3
                    onCurrentIndexChanged: codeBox.currentIndex = 0
                }
                Label { text: qsTr("执委") }
                PersonPicker {
                    id: personBox
                    objectName: "registerPicker"
                    slot: "serving"
                    placeholder: qsTr("现任执委：输入姓名或拼音首字母")
                    Layout.fillWidth: true
                    Layout.columnSpan: 3
                }
                Label { text: qsTr("理由/职务") }
                ComboBox {
                    id: codeBox
                    model: registerPage.codesOf(registerPage.actions[actionBox.currentIndex])
                        .map(c => registerPage.reg.codeText(registerPage.actions[actionBox.currentIndex].field, c))
                    Layout.fillWidth: true
                    Layout.columnSpan: 3
                }
                Label { text: qsTr("日期") }
                TextField { id: dateField; placeholderText: "2026-01-15"; Layout.fillWidth: true }
                Label { text: qsTr("批准日期") }
                TextField { id: approvalField; placeholderText: "2026-01-15"; Layout.fillWidth: true }
                Label { text: qsTr("批准文号") }
                TextField { id: numberField; placeholderText: qsTr("中共…委〔2026〕1号"); Layout.fillWidth: true; Layout.columnSpan: 3 }
                Label { text: qsTr("说明") }
                TextField { id: noteField; Layout.fillWidth: true; Layout.columnSpan: 3 }
            }
            RowLayout {
                CheckBox {
                    id: keepSeat
                    visible: registerPage.actions[actionBox.currentIndex].verb === "leave_office"
                    checked: true
                    text: qsTr("保留执委席位")
                }
                Button {
                    text: qsTr("记录")
                    highlighted: true
                    enabled: personBox.chosenId.length > 0 && dateField.text.length > 0
                    onClicked: registerPage.submit()
                }
                Label {
                    text: registerPage.outcome
                    color: registerPage.outcome.indexOf(qsTr("已记录")) === 0 ? "#1b5e20" : "#b71c1c"
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
