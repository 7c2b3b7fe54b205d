pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The projector: the meeting's title, the quorum, live counts (or hidden
// until the announcement), the announcement — legible from the last row.
Window {
    id: projector
    width: 1920
    height: 1080
    title: qsTr("会选 — 投影")
    color: "#7a1218"
    readonly property bool showBars: App.session.showLiveCounts || App.session.announcement.length > 0
    Component.onCompleted: {
        if (Qt.application.screens.length > 1) {
            screen = Qt.application.screens[1]
            visibility = Window.FullScreen
        }
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: projector.height * 0.04
        spacing: projector.height * 0.02
        Label {
            text: App.session.title
            color: "#ffd98a"
            font.pixelSize: projector.height * 0.055
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("应到 %1 名　实到 %2 名").arg(App.session.expected).arg(App.session.present) + "　" + (App.session.quorumMet ? qsTr("符合法定人数") : qsTr("未达法定人数"))
            color: "white"
            font.pixelSize: projector.height * 0.04
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            visible: App.session.announcement.length > 0
            text: qsTr("当选%1（按姓氏笔画为序）").arg(App.session.round.label ?? "")
            color: "#ffd98a"
            font.pixelSize: projector.height * 0.045
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            visible: App.session.announcement.length > 0
            text: App.session.announcement
            color: "white"
            font.pixelSize: projector.height * 0.07
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        ListView {
            visible: projector.showBars && App.session.announcement.length === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            interactive: false
            model: App.session.tally
            spacing: projector.height * 0.012
            delegate: RowLayout {
                id: bar
                required property string name
                required property int approve
                required property int valid
                required property bool elected
                width: ListView.view.width
                height: projector.height * 0.06
                Label { text: bar.name; color: "white"; font.pixelSize: projector.height * 0.045; Layout.preferredWidth: projector.width * 0.18 }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: "#5b0d12"
                    Rectangle {
                        width: bar.valid > 0 ? parent.width * bar.approve / bar.valid : 0
                        height: parent.height
                        color: bar.elected ? "#ffd98a" : "#e8a0a4"
                        Behavior on width { NumberAnimation { duration: 300 } }
                    }
                }
                Label { text: bar.approve; color: "white"; font.pixelSize: projector.height * 0.045; Layout.preferredWidth: projector.width * 0.08; horizontalAlignment: Text.AlignRight }
            }
        }
        Item { Layout.fillHeight: true; visible: !projector.showBars }
    }
}
