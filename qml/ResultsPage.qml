pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The count's outcome: figures per candidate, validity, the next round the
// rules propose and the chair's decision, the announcement.
Page {
    id: resultsPage
    function nextRound() { return App.session.openRound() }
    function reduce(seats, by) { return App.session.reduceSeats(seats, by) }
    function announceResult() { return App.session.announce() }
    function sign(signers) { return App.session.closeCount(signers) }
    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 20
        ColumnLayout {
            Layout.preferredWidth: 280
            Layout.fillHeight: true
            Label { text: qsTr("选举事项"); font.pixelSize: 22; font.bold: true }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: App.session.contests
                delegate: ItemDelegate {
                    id: crow
                    required property string contestId
                    required property string office
                    required property string outcome
                    required property bool announced
                    width: ListView.view.width
                    highlighted: App.session.focusContest === crow.contestId
                    text: crow.office + "　" + (crow.announced ? qsTr("已宣布") : crow.outcome)
                    onClicked: App.session.focus(crow.contestId)
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            Label {
                text: !App.session.round.contest ? ""
                      : App.session.round.voting === "show_of_hands"
                      ? qsTr("%1选举　第 %2 轮：举手表决，实到 %3 名；当选至少须得 %4 票").arg(App.session.round.label).arg(App.session.round.number).arg(App.session.present).arg(App.session.round.threshold)
                      : qsTr("%1选举　第 %2 轮：发出 %3，收回 %4，有效 %5，无效 %6；当选至少须得 %7 票")
                      .arg(App.session.round.label).arg(App.session.round.number).arg(App.session.round.issued ?? "—")
                      .arg(App.session.round.returned ?? "—").arg(App.session.round.valid).arg(App.session.round.void).arg(App.session.round.threshold)
                font.pixelSize: 18
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: App.session.tally
                delegate: RowLayout {
                    id: trow
                    required property string name
                    required property int approve
                    required property int oppose
                    required property int abstain
                    required property bool elected
                    required property int threshold
                    required property int valid
                    required property bool writeIn
                    width: ListView.view.width
                    height: 34
                    Label { text: trow.name; Layout.preferredWidth: 170; elide: Text.ElideRight; font.bold: trow.elected }
                    Rectangle {
                        Layout.fillWidth: true
                        height: 20
                        color: "#eee"
                        Rectangle { width: trow.valid > 0 ? parent.width * trow.approve / Math.max(trow.valid, 1) : 0; height: parent.height; color: trow.elected ? "#2e7d32" : "#90a4ae" }
                        Rectangle { x: trow.valid > 0 ? parent.width * trow.threshold / Math.max(trow.valid, 1) : 0; width: 2; height: parent.height; color: "#b71c1c"; visible: trow.threshold <= trow.valid }
                    }
                    Label {
                        text: trow.writeIn ? qsTr("赞成 %1").arg(trow.approve) : qsTr("赞成 %1　不赞成 %2　弃权 %3").arg(trow.approve).arg(trow.oppose).arg(trow.abstain)
                        Layout.preferredWidth: 300
                    }
                    Label { text: trow.elected ? qsTr("当选") : ""; color: "#1b5e20"; Layout.preferredWidth: 80 }
                }
            }
            Label { text: App.session.proposal; color: "#8a6d3b"; wrapMode: Text.WordWrap; Layout.fillWidth: true; font.pixelSize: 18 }
            RowLayout {
                visible: App.session.round.closed === true && !App.session.round.concluded
                Button { text: qsTr("主持人决定：进行下一轮"); onClicked: App.session.openRound() }
                SpinBox { id: newSeats; from: 0; to: 1000; value: App.session.round.seats ?? 0 }
                TextField { id: decidedBy; placeholderText: qsTr("决定者（如：主席团）") }
                Button { text: qsTr("记录减少名额的决定"); onClicked: App.session.reduceSeats(newSeats.value, decidedBy.text) }
            }
            Button {
                visible: App.session.round.concluded === true && App.session.round.announced !== true
                text: qsTr("主持人宣布当选名单")
                highlighted: true
                onClicked: App.session.announce()
            }
            Label { visible: App.session.announcement.length > 0; text: qsTr("已宣布当选：") + App.session.announcement; font.pixelSize: 22; color: "#8c1c22"; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
    }
}
