pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Huixuan

ApplicationWindow {
    id: window
    width: 1366
    height: 768
    visible: true
    title: App.hasWorkspace ? qsTr("会选 — %1").arg(App.federationName) : qsTr("会选")
    font.pixelSize: 18

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                text: App.hasWorkspace ? App.federationName + "（" + App.federationKind + "）" : qsTr("未打开工作区")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: App.journalStatus
                color: App.journalValid ? "#1b5e20" : "#b71c1c"
            }
            Button {
                text: qsTr("打开工作区…")
                onClicked: openDialog.open()
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("打开工作区")
        nameFilters: [qsTr("会选工作区 (*.huixuan)")]
        onAccepted: App.openWorkspace(selectedFile)
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: App.hasWorkspace ? 1 : 0

        Item {
            Column {
                anchors.centerIn: parent
                spacing: 16
                Label {
                    text: qsTr("会选：妇联选举与会议程序")
                    font.pixelSize: 32
                    anchors.horizontalCenter: parent.horizontalCenter
                }
                Label {
                    text: App.message.length > 0 ? App.message : qsTr("请打开一个工作区文件（.huixuan）")
                    color: App.message.length > 0 ? "#b71c1c" : palette.text
                    anchors.horizontalCenter: parent.horizontalCenter
                }
            }
        }
        RosterPage {}
    }
}
