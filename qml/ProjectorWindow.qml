pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The projector is the chair's: it shows only what the operator chose
// (`shows`) — the meeting's title, attendance and quorum, a contest's
// candidates, the count (live, marked 计票中, until it is closed), the result
// with the threshold, the announcement. Full screen on a second display, a
// window sized to the screen otherwise; every size is a share of the
// window's height, so names stay ≥ 5 % of it from the last row.
Window {
    id: projector
    property string shows: "title"
    readonly property var r: App.session.round
    readonly property bool hasRound: r.contest !== undefined
    readonly property bool counting: hasRound && !r.closed
    readonly property real unit: height / 100
    width: Math.min(1920, Math.round(Screen.desktopAvailableWidth * 0.9))
    height: Math.round(width * 9 / 16)
    title: qsTr("会选 — 投影")
    color: "#7a1218"
    Component.onCompleted: {
        if (Qt.application.screens.length > 1) {
            screen = Qt.application.screens[1]
            visibility = Window.FullScreen
        }
    }
    Shortcut { sequence: "Escape"; onActivated: projector.hide() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: projector.unit * 4
        spacing: projector.unit * 2
        // The title alone stands in the middle of the screen, the federation under it.
        Item { Layout.fillHeight: true; visible: projector.shows === "title" }
        Label {
            text: App.session.title
            color: "#ffd98a"
            font.pixelSize: projector.unit * (projector.shows === "title" ? 9 : 6)
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: projector.shows === "title"
            text: App.federationName
            color: "white"
            font.pixelSize: projector.unit * 5
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: projector.shows === "attendance"
            text: qsTr("应到 %1 名　实到 %2 名").arg(App.session.expected).arg(App.session.present) + "　" + (App.session.quorumMet ? qsTr("符合法定人数") : qsTr("未达法定人数"))
            color: "white"
            font.pixelSize: projector.unit * 6
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            visible: projector.hasRound && ["candidates", "count", "result", "announcement"].indexOf(projector.shows) >= 0
            text: projector.shows === "candidates" ? qsTr("%1选举候选人（按姓氏笔画为序）　应选 %2 名").arg(projector.r.label).arg(projector.r.seats)
                : projector.shows === "announcement" ? (projector.r.announced ? qsTr("当选%1（按姓氏笔画为序）").arg(projector.r.label) : qsTr("%1选举结果尚未宣布").arg(projector.r.label))
                : projector.shows === "count" && projector.counting ? qsTr("%1选举　计票中").arg(projector.r.label)
                : projector.shows === "result" && !projector.r.closed ? qsTr("%1选举　计票尚未结束").arg(projector.r.label)
                : qsTr("%1选举　第 %2 轮计票结果　当选须得 %3 票").arg(projector.r.label).arg(projector.r.number).arg(projector.r.threshold)
            color: projector.shows === "count" && projector.counting ? "#ffb74d" : "#ffd98a"
            font.pixelSize: projector.unit * 5
            font.bold: projector.shows === "count" && projector.counting
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: projector.shows === "announcement" && App.session.announcement.length > 0
            text: App.session.announcement
            color: "white"
            font.pixelSize: projector.unit * 7
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Flow {
            visible: projector.shows === "candidates" && projector.hasRound
            Layout.fillWidth: true
            // A fixed preferred width: the width comes from the layout, never from how the chips flow (a polish loop otherwise).
            Layout.preferredWidth: 100
            spacing: projector.unit * 3
            Repeater {
                model: App.session.tally
                delegate: Label {
                    required property string name
                    required property bool writeIn
                    visible: !writeIn
                    text: name
                    color: "white"
                    font.pixelSize: projector.unit * 6
                }
            }
        }
        // The count: bars against the threshold, drawn as a line at the share of the votes it needs.
        ListView {
            id: bars
            visible: projector.hasRound && (projector.shows === "count" || (projector.shows === "result" && projector.r.closed))
            Layout.fillWidth: true
            Layout.fillHeight: true
            interactive: false
            model: App.session.tally
            spacing: projector.unit * 1.2
            readonly property int scale: Math.max(1, projector.r.threshold, projector.r.voting === "secret_ballot" ? (projector.r.returned ?? 1) : App.session.present)
            delegate: RowLayout {
                id: bar
                required property string name
                required property int approve
                required property bool elected
                width: ListView.view.width
                height: projector.unit * 6.5
                Label {
                    text: bar.name
                    color: "white"
                    font.pixelSize: projector.unit * 5
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: projector.unit * 3
                    Layout.preferredWidth: projector.width * 0.2
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: "#5b0d12"
                    Rectangle {
                        width: parent.width * Math.min(1, bar.approve / bars.scale)
                        height: parent.height
                        color: projector.shows === "result" && bar.elected ? "#ffd98a" : "#e8a0a4"
                        Behavior on width { NumberAnimation { duration: 300 } }
                    }
                    Rectangle {
                        x: parent.width * Math.min(1, projector.r.threshold / bars.scale) - width / 2
                        width: Math.max(2, projector.unit * 0.3)
                        height: parent.height
                        color: "white"
                    }
                }
                Label {
                    text: bar.approve + (projector.shows === "result" && bar.elected ? qsTr(" 当选") : "")
                    color: "white"
                    font.pixelSize: projector.unit * 5
                    Layout.preferredWidth: projector.width * 0.14
                    horizontalAlignment: Text.AlignRight
                }
            }
        }
        Label {
            visible: bars.visible
            text: qsTr("白线：当选所需票数 %1").arg(projector.r.threshold)
            color: "#f3d7d9"
            font.pixelSize: projector.unit * 3
        }
        Item { Layout.fillHeight: true; visible: !bars.visible }
    }
}
