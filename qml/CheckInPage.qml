pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// Check-in: type a name, part of it or its pinyin initials (王芳 ← wf) and press Enter.
Page {
    id: checkIn
    function checkInByName(text) {
        App.session.query = text
        return App.session.checkInFirst()
    }
    // Excused absence with its reason (事由); an empty reason records 请假.
    function excuse(personId, reason) { return App.session.excuse(personId, reason.length > 0 ? reason : qsTr("请假")) }
    Component.onCompleted: search.forceActiveFocus()
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        RowLayout {
            Label { text: qsTr("签到"); font.pixelSize: 24; font.bold: true }
            Item { Layout.fillWidth: true }
            QuorumGauge { Layout.preferredWidth: 520 }
        }
        TextField {
            id: search
            Layout.fillWidth: true
            font.pixelSize: 26
            placeholderText: qsTr("输入姓名或拼音首字母（如 wf），回车签到")
            text: App.session.query
            onTextEdited: App.session.query = text
            onAccepted: App.session.checkInFirst()
        }
        RowLayout {
            Label { text: qsTr("请假事由") }
            TextField { id: excuseReason; placeholderText: qsTr("如：外出务工、生病；不填记为“请假”"); Layout.fillWidth: true }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.session.attendance
            delegate: Rectangle {
                id: prow
                required property int index
                required property string personId
                required property string name
                required property string status
                required property string post
                width: ListView.view.width
                height: 48
                color: index === 0 && App.session.query.length > 0 ? "#fff3d6" : index % 2 ? "#faf8f4" : "white"
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 12
                    Label { text: prow.name; font.pixelSize: 22; Layout.preferredWidth: 160 }
                    Label { text: prow.post; color: "#666"; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label {
                        text: prow.status === "present" ? qsTr("已签到") : prow.status === "excused" ? qsTr("请假") : qsTr("未到")
                        color: prow.status === "present" ? "#1b5e20" : prow.status === "excused" ? "#8a6d3b" : "#999"
                        Layout.preferredWidth: 80
                    }
                    Button { visible: prow.status !== "present"; text: qsTr("签到"); onClicked: App.session.checkIn(prow.personId) }
                    Button { visible: prow.status === "present"; text: qsTr("离场"); onClicked: App.session.leave(prow.personId) }
                    Button { visible: prow.status === "absent"; text: qsTr("请假"); onClicked: checkIn.excuse(prow.personId, excuseReason.text) }
                }
            }
        }
    }
}
