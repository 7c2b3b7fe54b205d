pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The roster, and importing one: preview (new / changed / error and why), then commit.
Page {
    id: rosterPage
    function preview(path) { return App.previewImport(path) }
    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 520
            Label { text: qsTr("名册（%1 人）").arg(list.count); font.pixelSize: 24; font.bold: true }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: App.roster
                delegate: ItemDelegate {
                    id: row
                    required property string personId
                    required property string name
                    required property string sex
                    required property string birth
                    required property string post
                    width: ListView.view.width
                    text: row.name + "　" + row.sex + "　" + row.birth + "　" + row.post
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label { text: qsTr("导入名册（CSV：UTF-8 或 GB18030；XLSX）"); font.pixelSize: 20; font.bold: true }
            RowLayout {
                Button {
                    text: qsTr("选择文件并预览…")
                    onClicked: {
                        const path = App.askFile("open", qsTr("选择名册文件"), qsTr("名册 (*.csv *.xlsx)"))
                        if (path.length > 0)
                            rosterPage.preview(path)
                    }
                }
                Label { text: App.importSummary }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: App.importPreview
                delegate: Label {
                    id: prow
                    required property int line
                    required property string status
                    required property string name
                    required property string reason
                    width: ListView.view.width
                    padding: 4
                    text: qsTr("第 %1 行").arg(prow.line) + "　" + prow.status + "　" + prow.name + (prow.reason.length ? "　" + prow.reason : "")
                    color: prow.status === qsTr("错误") || prow.status === "error" ? "#b71c1c" : "#222"
                    wrapMode: Text.WordWrap
                }
            }
            RowLayout {
                visible: App.importPreview.count > 0
                Button { text: qsTr("确认导入"); onClicked: App.commitImport(false) }
                Button { text: qsTr("只导入无误的行"); onClicked: App.commitImport(true) }
            }
        }
    }
}
