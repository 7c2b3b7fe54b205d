pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// A congress's preparation (筹备, RULES §2): the founding plan with the
// committee's size, the candidate lists, and the party organisation's
// approvals with their date and number. The engine checks the size range
// and that a contest opens only with its approved list.
ColumnLayout {
    id: prep
    spacing: 8
    property string outcome: ""
    function send(step) {
        outcome = App.session.command(step)
        return outcome
    }
    function plan(p) { return send({ "do": "prepare_plan", "plan": p }) }
    function candidateList(contest, office, seats, candidates) {
        return send({ "do": "set_candidate_list", "contest": contest, "office": office, "seats": seats, "candidates": candidates })
    }
    function approval(documentId, date, number) { return send({ "do": "record_approval", "document": documentId, "date": date, "number": number }) }

    Label { text: qsTr("筹备"); font.pixelSize: 18; color: "#8c1c22"; font.bold: true }
    Label { text: App.session.preparationStatus; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    RowLayout {
        Label { text: qsTr("妇女人数") }
        SpinBox { id: women; from: 0; to: 100000; editable: true; value: 100; Layout.preferredWidth: 110 }
        Label { text: qsTr("代表") }
        SpinBox { id: delegates; from: 0; to: 5000; editable: true; value: 30; Layout.preferredWidth: 100 }
        Label { text: qsTr("执委") }
        SpinBox { id: executives; from: 1; to: 100; editable: true; value: 7; Layout.preferredWidth: 90 }
        Label { text: qsTr("副主席") }
        SpinBox { id: vice; from: 0; to: 10; editable: true; value: 2; Layout.preferredWidth: 80 }
    }
    // The size range of RULES §1, said while the number is chosen, not after.
    Label {
        readonly property string notice: App.session.sizeNotice(executives.value)
        visible: notice.length > 0
        text: notice
        color: "#8a6d3b"
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    RowLayout {
        TextField { id: sizeReason; placeholderText: qsTr("人数超出范围的理由"); Layout.fillWidth: true }
        Button {
            text: qsTr("登记建会方案")
            onClicked: prep.plan({ women: women.value, delegates: delegates.value, executives: executives.value, chair: 1,
                                   vice_chairs: vice.value, size_reason: sizeReason.text })
        }
    }
    // A candidate list belongs to the first contest of its office (the contest page opens it as office-1).
    GridLayout {
        readonly property string contest: listOffice.currentValue + "-1"
        id: listForm
        columns: 4
        Layout.fillWidth: true
        ComboBox {
            id: listOffice
            textRole: "label"
            valueRole: "value"
            model: [{ value: "executive", label: qsTr("执委") }, { value: "chair", label: qsTr("主席") },
                    { value: "vice_chair", label: qsTr("副主席") }, { value: "standing", label: qsTr("常委") }]
        }
        SpinBox { id: listSeats; from: 1; to: 1000; editable: true; value: 7; Layout.preferredWidth: 90 }
        PersonPicker { id: listPeople; objectName: "listPicker"; slot: "person"; multiple: true; placeholder: qsTr("候选人：输入姓名或拼音首字母"); Layout.fillWidth: true }
        Button {
            text: qsTr("登记候选人名单")
            Layout.alignment: Qt.AlignTop
            onClicked: prep.candidateList(listForm.contest, listOffice.currentValue, listSeats.value, listPeople.chosen)
        }
    }
    RowLayout {
        ComboBox {
            id: approvalDoc
            textRole: "label"
            valueRole: "value"
            model: [{ value: "request", label: qsTr("请示") }, { value: "founding_plan", label: qsTr("建会方案") },
                    { value: "candidate_list:" + listForm.contest, label: qsTr("候选人名单（%1）").arg(listOffice.currentText) }]
        }
        TextField { id: approvalDate; placeholderText: "2026-11-15"; Layout.preferredWidth: 130 }
        TextField { id: approvalNumber; placeholderText: qsTr("批复文号"); Layout.fillWidth: true }
        Button { text: qsTr("登记批复"); onClicked: prep.approval(approvalDoc.currentValue, approvalDate.text, approvalNumber.text) }
    }
    Label { visible: prep.outcome.length > 0; text: prep.outcome; color: "#b71c1c"; wrapMode: Text.WordWrap; Layout.fillWidth: true }
}
