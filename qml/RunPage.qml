pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// Running the meeting: the agenda with each step's state, the script to
// read now with live figures, the quorum, and the action the step needs.
Page {
    id: runPage
    signal navigate(string key)
    property alias executive: executivePanel
    property alias preparation: preparationPanel
    function complete(item) { return App.session.completeItem(item) }
    function adoptByAcclamation() { return App.session.adoptMethod("acclamation") }
    function adoptScrutineers(chief, scrutineers, tellers) { return App.session.adoptScrutineers(chief, scrutineers, tellers) }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 20
        ColumnLayout {
            Layout.preferredWidth: 330
            Layout.fillHeight: true
            Label { text: App.session.inPlenary ? qsTr("执委会第一次全体会议议程") : qsTr("议程"); font.pixelSize: 22; font.bold: true }
            Label {
                visible: App.session.hallNotice.length > 0
                text: App.session.hallNotice
                color: "#8a6d3b"
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: App.session.agenda
                delegate: Rectangle {
                    id: arow
                    required property int index
                    required property string name
                    required property string state
                    required property string why
                    width: ListView.view.width
                    height: col.implicitHeight + 12
                    radius: 4
                    color: arow.state === "now" ? "#fff3d6" : arow.state === "done" ? "#eef5ee" : arow.state === "blocked" && arow.why.length && index === 0 ? "#fdeaea" : "#f7f5f0"
                    border.color: arow.state === "now" ? "#c8962e" : "transparent"
                    ColumnLayout {
                        id: col
                        anchors.fill: parent
                        anchors.margins: 6
                        spacing: 2
                        Label {
                            text: (arow.index + 1) + ". " + arow.name + "　" + (arow.state === "done" ? qsTr("✓ 已完成") : arow.state === "now" ? qsTr("▶ 当前") : arow.state === "blocked" ? qsTr("✕ 未到") : "")
                            font.bold: arow.state === "now"
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            visible: arow.state === "blocked" && arow.why.length > 0
                            text: arow.why
                            color: "#8a6d3b"
                            font.pixelSize: 13
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 14
            QuorumGauge { Layout.fillWidth: true }
            Label { text: qsTr("主持词"); font.pixelSize: 18; color: "#8c1c22"; font.bold: true }
            Frame {
                Layout.fillWidth: true
                background: Rectangle { color: "#fffdf7"; border.color: "#e0d6c2"; radius: 4 }
                Label {
                    width: parent.width
                    text: App.session.passage
                    font.pixelSize: 24
                    lineHeight: 1.4
                    wrapMode: Text.WordWrap
                }
            }
            StepActions { Layout.fillWidth: true; visible: App.session.kind !== "executive_meeting" || (App.session.currentItem !== "deliberation" && App.session.currentItem !== ""); onNavigate: key => runPage.navigate(key) }
            PreparationPanel { id: preparationPanel; Layout.fillWidth: true; visible: App.session.preparing }
            ExecutiveMeetingPanel { id: executivePanel; Layout.fillWidth: true; visible: App.session.kind === "executive_meeting" }
            Item { Layout.fillHeight: true }
        }
    }
}
