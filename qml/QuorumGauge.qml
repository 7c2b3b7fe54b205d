import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// Expected / present / needed, as a bar with the quorum line; from the engine's figures.
Item {
    id: gauge
    property bool compact: false
    property color textColor: compact ? "white" : "#222"
    implicitHeight: compact ? 40 : column.implicitHeight
    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: 2
        Label {
            text: qsTr("应到 %1　实到 %2　法定 %3").arg(App.session.expected).arg(App.session.present).arg(App.session.needed)
            color: gauge.textColor
            font.pixelSize: gauge.compact ? 14 : 22
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: gauge.compact ? 10 : 26
            radius: 3
            color: "#e8e2d8"
            Rectangle {
                width: App.session.expected > 0 ? parent.width * App.session.present / App.session.expected : 0
                height: parent.height
                radius: 3
                color: App.session.quorumMet ? "#2e7d32" : "#c62828"
            }
            Rectangle {
                x: App.session.expected > 0 ? parent.width * App.session.needed / App.session.expected : 0
                width: 3
                height: parent.height + 6
                y: -3
                color: "#111"
            }
        }
        Label {
            visible: !gauge.compact
            text: App.session.quorumText
            color: App.session.quorumMet ? "#1b5e20" : "#b71c1c"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
