pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The roster as a table — search, add, edit, remove one person — and
// importing one: the accepted headers, a preview (new / changed / error and
// why), then the commit, confirmed with its counts.
Page {
    id: rosterPage
    function preview(path) { return App.previewImport(path) }
    function focusHome() { search.forceActiveFocus() }
    // The table's columns: role, header, width (0 fills).
    readonly property var columns: [
        { role: "name", title: qsTr("姓名"), width: 96 }, { role: "sex", title: qsTr("性别"), width: 48 },
        { role: "birth", title: qsTr("出生年月"), width: 84 }, { role: "ethnicity", title: qsTr("民族"), width: 84 },
        { role: "party", title: qsTr("政治面貌"), width: 110 }, { role: "education", title: qsTr("学历"), width: 88 },
        { role: "workplace", title: qsTr("工作单位"), width: 0 }, { role: "post", title: qsTr("职务"), width: 110 },
        { role: "personId", title: qsTr("编号"), width: 56 }
    ]
    PersonDialog { id: personDialog }
    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.minimumWidth: 560
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: App.roster.count === App.roster.total ? qsTr("名册（%1 人）").arg(App.roster.total)
                                                                : qsTr("名册（%1 人，显示 %2 人）").arg(App.roster.total).arg(App.roster.count)
                    font.pixelSize: 24
                    font.bold: true
                }
                Item { Layout.fillWidth: true }
                Button { text: qsTr("新增人员…"); enabled: App.hasWorkspace; onClicked: personDialog.edit("") }
            }
            TextField {
                id: search
                objectName: "rosterSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("查找：姓名、部分姓名或拼音首字母（如 wf）")
                text: App.roster.query
                onTextEdited: App.roster.query = text
            }
            // Header row, then one row per person; a click (or Enter) opens the form.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 30
                color: "#eceff1"
                RosterRow { anchors.fill: parent; columns: rosterPage.columns; header: true }
            }
            ListView {
                id: table
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: App.roster
                ScrollBar.vertical: ScrollBar { policy: table.contentHeight > table.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property var model
                    width: ListView.view.width
                    height: 32
                    highlighted: ListView.isCurrentItem
                    onClicked: { table.currentIndex = row.index; personDialog.edit(row.model.personId) }
                    contentItem: RosterRow { columns: rosterPage.columns; values: row.model }
                    background: Rectangle { color: row.highlighted ? "#e3f2fd" : (row.index % 2 ? "#fafafa" : "white") }
                }
                Label {
                    anchors.centerIn: parent
                    visible: table.count === 0
                    text: App.roster.total === 0 ? qsTr("名册是空的：从右侧导入名册文件，或点“新增人员…”")
                                                 : qsTr("没有找到“%1”").arg(App.roster.query)
                    color: "#666"
                }
            }
        }
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 420
            Layout.maximumWidth: 520
            spacing: 8
            Label { text: qsTr("导入名册"); font.pixelSize: 20; font.bold: true }
            Label {
                text: qsTr("CSV（UTF-8、GB18030、Big5）、Excel 的“Unicode 文本”或 XLSX。") + App.acceptedHeaders
                wrapMode: Text.WordWrap
                color: "#444"
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    text: qsTr("选择文件并预览…")
                    enabled: App.hasWorkspace
                    onClicked: {
                        const path = App.askFile("open", qsTr("选择名册文件"), qsTr("名册 (*.csv *.txt *.xlsx)"))
                        if (path.length > 0)
                            rosterPage.preview(path)
                    }
                }
                Label { text: App.importSummary; Layout.fillWidth: true; wrapMode: Text.WordWrap }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: App.importPreview
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
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
